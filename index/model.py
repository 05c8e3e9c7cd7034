"""The answer object shared by every front end (Discord embed, console text, JSON).

One `Answer` is built by `index.qa.QA` and rendered twice: `bot.render.to_text`
for the console and `bot.embeds.to_embed` for Discord. Nothing here imports
Discord.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Passage:
    """One quoted sentence of the article.

    number: 1-based sentence number, as in the sentence split of the article.
    text: the sentence, verbatim from the article.
    score: retrieval score, higher is better; 0.0 for passages quoted by number.
    """

    number: int
    text: str
    score: float = 0.0


@dataclass(frozen=True)
class Answer:
    """What the bot says about one question.

    question: the question as received (after control characters are removed).
    found: False when the article does not answer (abstention); the passages
        are then the closest ones, shown as such.
    answer: the short answer span (a name, number, date or place) copied from
        the best passage, or None when the passage itself is the answer.
    passages: best first, at most `k` of them.
    kind: "ask" for answers, "source" for quotations.
    language: "en" or "fr", the language the question was detected in.
    expected: the expected answer type from the question word
        (index.answer_type.expected_type: "name", "org", "number", "date", "place",
        "reason", "phrase") or None.
    foreign: True when the question reads as neither English nor French
        (index.analysis.foreign_question): it is not answered (found False), and says so.
    unsure: True for an abstention without a certainty against the best passage (index.abstain.certainly_not):
        on too little confidence (index.abstain.confidence under its threshold), or for a name, number, date or
        place asked that the best passage holds none of, a role's holder aside (index.qa): the bot is not sure the
        article says, rather than sure it does not (trial 35 read "the article doesn't say" over the sentence
        answering as the bot contradicting itself).
    of_article: "date" or "author" when the question asks the article's own date or author ("who wrote this
        article?"), answered from its metadata (index.qa.QA.ask), with no passage; found False when it is
        unknown (shown as "The article's date is not given."); "summary" when it asks what the article is about
        ("tl;dr", "de quoi parle l'article ?"), answered by its title and first body sentence as passages, found
        with no short answer; else None.
    title: for the article as a whole asked, its title when that is no sentence (a Markdown "# Title" line, an
        HTML page's title: index.article.Article.title), shown above the passages; else None (a plain text's
        title line is sentence 1, a passage).
    held: for a quotation of words (kind "source", index.qa.QA.search) that some sentences hold, how many sentences
        hold them (an int >= len(passages): `passages` are the best k of them, so more than shown when greater;
        rendered by bot.render.held_note); else None (no sentence holds them, a sentence quoted by number, an answer).
    unmatched: True for an abstention, or a quotation of words no sentence holds, when no word of the question or
        search (nor a translation of one from the bilingual list) is in the article at all: its passages are only
        the nearest in meaning, maybe unrelated, which bot.render says (trial 58: `source zzzzqqq`); else False, and
        False for a question in the other language than the article's by its own words, which cannot be in it (trial
        59: index.qa._across).
    """

    question: str
    found: bool
    answer: str | None
    passages: tuple[Passage, ...] = field(default_factory=tuple)
    kind: str = "ask"
    language: str = "en"
    expected: str | None = None
    foreign: bool = False
    unsure: bool = False
    of_article: str | None = None
    title: str | None = None
    held: int | None = None
    unmatched: bool = False

    def to_json(self) -> dict:
        """The JSON contract of `article-bot ask --json`.

        Returns {"question": str, "found": bool, "unsure": bool, "answer": str|None,
        "passages": [{"number": int, "text": str, "score": float}, ...]},
        passages best first, numbers 1-based, scores rounded to 4 decimals; "unsure" true for an abstention that is
        no certainty (see `unsure`; shown as "I'm not sure the article says."); and "title": str, before "passages",
        only when `title` is set (the article as a whole asked, its title no sentence).
        """
        out = {"question": self.question, "found": self.found, "unsure": self.unsure, "answer": self.answer}
        if self.title is not None:
            out["title"] = self.title
        out["passages"] = [{"number": p.number, "text": p.text, "score": round(float(p.score), 4)}
                           for p in self.passages]
        return out


@dataclass(frozen=True)
class ArticleInfo:
    """What `/about` shows: date (e.g. "2020-07" or None), language ("fr"/"en"),
    sentence count, the first line (the body's first sentence, after a title line and a byline, in every format:
    index.qa.QA.info), the name (the file's name or the link given, or the name a server gave
    its article), the retrieval mode
    ("BM25 + e5" when the multilingual embedding model is installed, else "BM25"),
    the title (one kept apart from the sentences, a Markdown "# Title" or an HTML page's title, else a first line
    standing alone without final punctuation: index.qa.QA.title) or None,
    the author (an HTML page's byline or metadata) or None,
    and why the e5 model, though loaded, was not used on the article (index.build.bm25_only_reason: too many
    sentences or characters to embed; trial 60: `about` said "Retrieval: BM25" without a word) or None."""

    name: str
    date: str | None
    language: str
    sentences: int
    first_line: str
    mode: str
    title: str | None = None
    author: str | None = None
    bm25_alone: str | None = None
