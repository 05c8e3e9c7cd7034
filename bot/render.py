"""Console rendering of the answer object (the Discord embed is in bot.embeds)."""
from __future__ import annotations

from index.model import Answer, ArticleInfo

NOT_FOUND = "The article doesn't say."


def headline(answer: Answer) -> str:
    """The line above the passages: the short answer, the abstention sentence,
    or a lead-in to the quoted passages. Shared by the console and Discord."""
    if answer.kind == "source":
        return "Passages of the article:" if answer.found else f"{NOT_FOUND} Closest passages:"
    if not answer.found:
        return f"{NOT_FOUND} Closest passages:"
    if answer.answer:
        return answer.answer
    return "The article says:"


def to_text(answer: Answer) -> str:
    """Plain text for the console: the question, the headline, then each
    passage as "[n] text" (n = 1-based sentence number), best first."""
    lines = [f"Q: {answer.question}", f"A: {headline(answer)}", ""]
    lines += [f"[{p.number}] {p.text}" for p in answer.passages]
    return "\n".join(lines)


def about_text(info: ArticleInfo) -> str:
    """What the bot knows, as console text."""
    return (f"Article: {info.name}\n" + (f"Title: {info.title}\n" if info.title else "") + f"Date: {info.date or 'unknown'}\nLanguage: {info.language}\n"
            f"Sentences: {info.sentences}\nRetrieval: {info.mode}\nFirst line: {info.first_line}")
