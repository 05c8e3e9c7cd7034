"""Sentence segmentation for French (and English) news text.

Rule-based and aware of paragraphs and lines; linear in the text's length.

1. Paragraphs: a sentence never spans a blank line.
2. Lines: inside a paragraph, a line starts a new sentence when it starts a
   list item ("1. ", "2) ", "a) ", "(iv) ", "B) ", "1/ ", "- ", "* ", "• ") or a
   dialogue line ("— Oui"), or when the line before it is a title or heading:
   it has no final punctuation, does not end with a comma, a colon or a
   function word ("du", "the"), the new line starts with a capital, a digit or
   an opening quote, and the line before was not filled up to the paragraph's
   width (hard-wrapped prose: the new line's first word would not have fitted
   on it). Other lines are joined with a space.
3. Inside a line: a sentence ends at . ! ? or … (with any closing quote or
   bracket after it) when the next word starts a sentence: a capital letter,
   an opening guillemet or quote, or a dialogue dash. It does not end after a
   title or initial ("M. Dupont", "Mme", "J. K. Rowling", but "you and I. Did"
   does), after a short abbreviation followed by a lower-case word ("p. ex.
   le"), inside a number ("3.5", "10 h 30"), after a list number ("1. La"), at
   an omission in brackets ("[...]") or a spaced ellipsis of three dots
   (". . ."), nor after a dotted abbreviation ("U.S.", "P.M.") unless the next
   word is a function word or a title ("U.S. How", "U.S.A. My", but "U.S.
   Government"). A line that starts a numbered or lettered list ("1) …") is
   also split before the next number of that list ("… 2) …"), and a numbered
   item after a sentence starts one ("… données. 2. La protection …").

4. A sentence longer than MAX_SENTENCE_CHARS (text without punctuation) is cut
   into pieces at most that long, after a comma or a space.

Measured against the 48 English "golden rules" of pySBD (MIT licence, copied
in tests/data/pysbd_golden_rules_en.py): see tests/index/test_segment.py for
which pass.

Why not spaCy's own splitters (measured on the bundled article, see
shared/NOTES.md): the parser-based `doc.sents` of fr_core_news_sm gives 21
pieces, 6 of them wrong; the rule-based `sentencizer` glues an opening « to
the previous sentence; both cost a 3 s French pipeline load.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .analysis import STOP_WORDS


@dataclass(frozen=True)
class Sentence:
    """number: 1-based sentence number; text: verbatim sentence (stripped,
    inner whitespace folded to single spaces); paragraph: 1-based paragraph number."""

    number: int
    text: str
    paragraph: int


# Titles and abbreviations after which a full stop never ends a sentence.
_TITLES = {
    "m", "mm", "mme", "mmes", "mlle", "mlles", "dr", "pr", "me", "mgr", "st", "ste", "mt",
    "mr", "mrs", "ms", "prof", "sr", "jr", "gén", "col", "cdt", "lt", "av", "bd",
    "no", "n°", "vol", "chap", "fig", "cf", "env", "art", "al", "vs", "ex", "p", "pp",
    "gen", "sen", "rep", "gov", "capt", "sgt", "rev", "hon", "pres", "adm", "maj", "cmdr", "messrs",
    "cie", "sté", "éd", "coll", "trad",
}
_PARAGRAPH = re.compile(r"\n[ \t]*\n")
# A terminator, the closing quotes/brackets after it, then the space before the next sentence.
_END = re.compile(r"(?:[.!?…]+|\.\.\.)(?:\s?[»”\")\]’'])*(?=\s)")
_START = re.compile(r"\s+[«“\"(\[—–-]?\s?[^\W\d_]")
_BULLETS = "-*•‣⁃◦▪–—+→►■●○"
# A list item at the start of a line: a bullet or dash; a number, letter or roman numeral
# with ")" or ".)" ("1)", "(a)", "B)", "iv)"); a number or small letter with "." and then a
# capital or quote ("1. La": "p. 55" or "en\n3. ex" are not items); "1/" or "1 -".
_ITEM = re.compile(rf"[{_BULLETS}]\s|\(?(?:\d{{1,3}}|[a-zA-Z]|[ivxIVX]{{1,4}})\.?\)\s"
                   rf"|(?:\d{{1,3}}|[a-z])\.\s+[«“\"]?[^\W\d_a-z]|\d{{1,3}}\s?(?:/|[-–—])\s")
# The start of a numbered or lettered list: optional bullet, number or letter, its punctuation.
_LIST = re.compile(rf"([{_BULLETS}]\s?)?(\d{{1,3}}|[a-z])(\.\)|\)|\.)\s")
_MARKER_ONLY = re.compile(rf"[{_BULLETS}]?\s?(?:\d{{1,3}}|[a-z])")
# A numbered item inside a line, after a sentence: " 2. La protection", " 3) Le reste".
_NEXT_ITEM = re.compile(r"\s\d{1,3}(?:\.\)|[.)])\s[«“\"]?[^\W\d_]")
_DOTTED = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_SPACED_DOTS = re.compile(r"(?:\. ?)+\Z")
_LINE_END = re.compile(r"[.!?…][»”\"')\]’']*\Z")
_LINE_START = re.compile(r"[«“\"(\[]?\s?[^\W_]")
_CONTINUES = ",;:(«“/&+" + _BULLETS
_LOOKBACK = 64  # characters looked at before a full stop for the word it ends


def paragraphs(text: str) -> list[str]:
    """Split `text` at blank lines. Returns the non-empty paragraphs, stripped."""
    return [p.strip() for p in _PARAGRAPH.split(text) if p.strip()]


def _starts_line_sentence(prev: str, cur: str, width: int) -> bool:
    """Whether line `cur` starts a new sentence after line `prev` (both
    stripped, non-empty) in a paragraph whose longest line has `width` chars."""
    if _ITEM.match(cur):
        return True
    if _LINE_END.search(prev) or prev[-1] in _CONTINUES:
        return False
    start = _LINE_START.match(cur)
    if not start or not (start.group(0)[-1].isupper() or start.group(0)[-1].isdigit() or len(start.group(0)) > 1):
        return False
    if prev.rsplit(None, 1)[-1].lower() in STOP_WORDS:
        return False  # "… selon un rapport du" / "New York Times": a line cut in the middle
    wrapped = width >= 50 and len(prev) + 1 + len(cur.split(None, 1)[0]) > width
    return not wrapped or bool(_ITEM.match(prev))


# Words that follow an initial inside a name ("C. de Gaulle", "J.-M. Le Pen", "L. van Gaal").
_PARTICLES = {"de", "du", "des", "d", "le", "la", "van", "von", "der", "den", "da", "di", "del", "y"}


def _ends_sentence(s: str, m: re.Match, chunk_start: int) -> bool:
    """Whether the terminator matched by `m` in `s` (whitespace folded) ends a
    sentence; the current chunk of `s` (a line or list item) starts at `chunk_start`.
    Looks at a bounded window around `m` only."""
    nxt = _START.match(s, m.end()) or _NEXT_ITEM.match(s, m.end())
    if not nxt:
        return False
    head = nxt.group(0)
    if not head[-1].isupper() and not re.search(r"[«“\"—–-]", head):
        return False
    at = m.start()
    if at > chunk_start and s[at - 1] in "[(":
        return False  # an omission "[...]" or "(…)"
    if s[at] != ".":
        return True
    before = s[max(chunk_start, at - _LOOKBACK):at]
    if not before or before[-1] == " ":
        # A spaced ellipsis: ". . ." goes on, ". . . ." (the ellipsis then the full stop) ends.
        dots = _SPACED_DOTS.search(s[max(chunk_start, at - 16):at + 1])
        return dots is not None and dots.group(0).count(".") >= 4
    word = before.rsplit(None, 1)[-1]
    if at - chunk_start <= 8 and _MARKER_ONLY.fullmatch(s[chunk_start:at].strip()):
        return False  # the number of a list item: "1. La sécurité"
    if word.isdigit() and len(word) <= 3 and before[: -len(word)].rstrip()[-1:] in (":", "."):
        return False  # "… : 1. La sécurité …", "… données. 2. La protection"
    w = word.lstrip("«“\"([").lower()
    if w in _TITLES:
        return False
    nxt_word = s[nxt.end() - 1: nxt.end() + 20].split(None, 1)[0].rstrip(".,;:").lower()
    if len(w) == 1 and word[-1].isupper():
        # An initial ("J. K. Rowling", "C. de Gaulle"), except the pronoun after a lower-case word ("you and I.") and
        # a letter before a function word or an elided article ("au rez-de-chaussée du bâtiment B. L'ARS précise",
        # "Plan B. But"; trial 23).
        prev = before[: -len(word)].rsplit(None, 1)
        return word[-1] == "I" and bool(prev) and prev[-1][0].islower() \
            or re.match(r"(?:l|qu|j|n|s|c)['’]", nxt_word) is not None \
            or nxt_word in STOP_WORDS and nxt_word not in _PARTICLES
    if _DOTTED.fullmatch(w):
        # "U.S." ends a sentence before a function word or a title ("U.S. How", "P.M. Mr."), not a name.
        return nxt_word in STOP_WORDS or nxt_word in _TITLES
    return True


def _list_items(s: str) -> list[int]:
    """Start offsets of the items of a numbered or lettered list that `s`
    starts with ("1) a 2) b" -> [0, 5]), found by looking for each next number."""
    m = _LIST.match(s)
    if not m:
        return [0]
    bullet, label, punct = m.group(1) or "", m.group(2), m.group(3)
    starts, pos = [0], m.end()
    while True:
        label = str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)
        pos = s.find(f" {bullet}{label}{punct} ", pos)
        if pos < 0:
            return starts
        starts.append(pos + 1)


def _split_line(s: str) -> list[str]:
    """Split one line (or lines joined into one, whitespace folded) into sentences."""
    pieces: list[str] = []
    bounds = _list_items(s) + [len(s)]
    for lo, hi in zip(bounds, bounds[1:]):
        start = lo
        for m in _END.finditer(s, lo, hi):
            if _ends_sentence(s, m, start):
                pieces.append(s[start:m.end()])
                start = m.end()
        pieces.append(s[start:hi])
    return [p.strip() for p in pieces if p.strip()]


def split_paragraph(par: str) -> list[str]:
    """Split one paragraph into sentences. Returns the sentence texts, stripped,
    which joined with single spaces give back the paragraph modulo whitespace."""
    lines = [" ".join(line.split()) for line in par.split("\n")]
    lines = [line for line in lines if line]
    if not lines:
        return []
    width = max(len(line) for line in lines)
    out: list[str] = []
    block = [lines[0]]
    for prev, cur in zip(lines, lines[1:]):
        if _starts_line_sentence(prev, cur, width):
            out += _split_line(" ".join(block))
            block = []
        block.append(cur)
    return out + _split_line(" ".join(block))


def split_sentences(text: str) -> list[Sentence]:
    """Split an article body into sentences, paragraph by paragraph.

    Returns Sentence objects numbered 1..n contiguously; inner whitespace
    (line breaks inside a paragraph) is folded to single spaces. Never raises;
    an empty text gives []. Time linear in len(text).
    """
    out: list[Sentence] = []
    for pno, par in enumerate(paragraphs(text), start=1):
        for s in split_paragraph(par):
            for piece in _bounded(s):
                out.append(Sentence(len(out) + 1, piece, pno))
    return out


# The longest sentence kept whole, in characters: the longest of the development and held-out files has 540; text
# without punctuation (trial 24: 60,000 words) is cut into pieces this long, quoted and ranked one by one.
MAX_SENTENCE_CHARS = 1000


def _bounded(s: str) -> list[str]:
    """`s` (a sentence, stripped) cut into pieces of at most MAX_SENTENCE_CHARS characters, after the last comma or
    semicolon that leaves at least half a piece, else after the last space (a word longer than a piece is cut where it
    must). Returns the pieces, stripped. Time linear in len(s): the cuts are offsets into `s`, which is never copied
    whole (taking the rest of it at each cut made a 50 MB text without punctuation load in 20 minutes)."""
    pieces, start, end = [], 0, len(s)
    while end - start > MAX_SENTENCE_CHARS:
        stop = start + MAX_SENTENCE_CHARS + 1
        cut = max(s.rfind(", ", start, stop), s.rfind("; ", start, stop)) - start
        cut = cut + 1 if cut >= MAX_SENTENCE_CHARS // 2 else s.rfind(" ", start, stop) - start
        cut = start + (cut if cut > 0 else MAX_SENTENCE_CHARS)
        pieces.append(s[start:cut].strip())
        start = cut
        while start < end and s[start].isspace():
            start += 1
        while end > start and s[end - 1].isspace():
            end -= 1
    rest = s[start:end]
    return pieces + ([rest] if rest else [])
