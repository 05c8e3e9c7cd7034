"""Sentence segmentation for French (and English) news text.

Rule-based and paragraph-aware: a sentence never spans a blank line. Inside a
paragraph a sentence ends at . ! ? or … (with any closing quote or bracket
after it) when the next word starts a sentence: a capital letter, an opening
guillemet or quote, or a dialogue dash. It does not end after a title or
initial ("M. Dupont", "Mme", "J. K. Rowling"), after a short abbreviation
followed by a lower-case word ("p. ex. le"), or inside a number ("3.5",
"10 h 30"). A line that starts with a dialogue dash starts a sentence.

Why not spaCy's own splitters (measured on the bundled article, see
shared/NOTES.md): the parser-based `doc.sents` of fr_core_news_sm gives 21
pieces, 6 of them wrong; the rule-based `sentencizer` glues an opening « to
the previous sentence; both cost a 3 s French pipeline load.
"""
from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Sentence:
    """number: 1-based sentence number; text: verbatim sentence (stripped);
    paragraph: 1-based paragraph number."""

    number: int
    text: str
    paragraph: int


# Titles and abbreviations after which a full stop never ends a sentence.
_TITLES = {
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste",
    "mr", "mrs", "ms", "prof", "sr", "jr", "gén", "col", "cdt", "lt", "av", "bd",
    "no", "n°", "vol", "chap", "fig", "cf", "env", "art", "al", "vs", "ex", "p", "pp",
}
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# A terminator, the closing quotes/brackets after it, then the space before the next sentence.
_END = re.compile(r"(?:[.!?…]+|\.\.\.)(?:\s?[»”\")\]’'])*(?=\s)")
_START = re.compile(r"\s+[«“\"(\[—–-]?\s?[^\W\d_]")
_DASH_LINE = re.compile(r"\n(?=[ \t]*[—–-]\s)")


def paragraphs(text: str) -> list[str]:
    """Split `text` at blank lines. Returns the non-empty paragraphs, stripped."""
    return [p.strip() for p in _PARAGRAPH.split(text) if p.strip()]


def _ends_sentence(par: str, m: re.Match) -> bool:
    """Whether the terminator matched by `m` in `par` ends a sentence."""
    nxt = _START.match(par, m.end())
    if not nxt:
        return False
    first = nxt.group(0)[-1]
    if not first.isupper() and not re.search(r"[«“\"—–-]", nxt.group(0)):
        return False
    if par[m.start()] != ".":
        return True
    word = re.search(r"(\S+)$", par[: m.start()])
    if not word:
        return True
    w = word.group(1).lstrip("«“\"([").lower()
    if w in _TITLES:
        return False
    # An initial: one capital letter, as in "J. K. Rowling".
    if len(w) == 1 and word.group(1)[-1].isupper():
        return False
    return True


def split_paragraph(par: str) -> list[str]:
    """Split one paragraph into sentences. Returns the sentence texts, stripped,
    which joined with single spaces give back the paragraph modulo whitespace."""
    pieces: list[str] = []
    for line_block in _DASH_LINE.split(par):
        start = 0
        for m in _END.finditer(line_block):
            if _ends_sentence(line_block, m):
                pieces.append(line_block[start:m.end()])
                start = m.end()
        pieces.append(line_block[start:])
    return [" ".join(p.split()) for p in pieces if p.strip()]


def split_sentences(text: str) -> list[Sentence]:
    """Split an article body into sentences, paragraph by paragraph.

    Returns Sentence objects numbered 1..n contiguously; inner whitespace
    (line breaks inside a paragraph) is folded to single spaces. Never raises;
    an empty text gives [].
    """
    out: list[Sentence] = []
    for pno, par in enumerate(paragraphs(text), start=1):
        for s in split_paragraph(par):
            out.append(Sentence(len(out) + 1, s, pno))
    return out
