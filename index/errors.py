"""Errors whose message is meant for the user, verbatim."""


class ArticleError(Exception):
    """The article cannot be used (missing, a directory, unreadable, empty).

    str(error) is one line saying what is wrong and what to do.
    """


class QuestionError(ValueError):
    """The question or sentence number cannot be answered as given
    (empty, too long, out of range). str(error) is the message for the user."""


class QuestionTooLong(QuestionError):
    """The question is longer than index.qa.MAX_QUESTION_CHARS (`article-bot eval` counts these apart)."""
