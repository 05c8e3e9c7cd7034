"""Short answers: the expected answer type of a question and the span of a sentence that fills it.

Expected types come from the question word, in English and French:
"name" (who / qui, what ... called / comment s'appelle), "org" (which company,
newspaper / quelle société, quel journal), "number" (how many / combien),
"date" (when / quand, what year / quelle année), "place" (where / où).
"Who is Kevin Mayer?" asks for a description, not a name: no type.

Candidate spans are found with rules, not a statistical NER (fr_core_news_sm
labels ByteDance MISC and has no number or date types):
- names: runs of capitalised words ("New York Times", "Kevin Mayer"), the
  first word of a sentence only if the article also writes it capitalised
  elsewhere;
- numbers: digits with French or English grouping ("840 000", "3,5"), with
  a qualifier before them ("plus de") and a scale word after them ("millions");
- dates: weekdays, months, years, and "ce vendredi", "cette semaine", "matin";
- places: names after à / au / aux / en / dans / hors de / in / at.
Among the candidates of the expected type, the span nearest to the words the
sentence shares with the question wins; spans the question already names are
skipped ("Who owns TikTok?" never answers "TikTok").
"""
from __future__ import annotations

import re
from collections.abc import Callable

from .analysis import STOP_WORDS, fold_accents

_TYPES = [
    ("org", r"\b(which|what) (company|firm|newspaper|paper|media|outlet|organi[sz]ation|app|application|website)\b"
            r"|\b(quel|quelle)s? (soci[ée]t[ée]|entreprise|journal|m[ée]dia|application|firme|organisation)\b"),
    ("number", r"\bhow (many|much)\b|\bcombien\b|\bwhat number\b|\bquel nombre\b"),
    ("date", r"\bwhen\b|\bquand\b|\bwhat (year|date|day|time)\b|\bquel(le)? (ann[ée]e|date|jour|heure)\b|\ba quel moment\b"),
    ("place", r"\bwhere\b|(^|\s)o[ùu]\s|\bin which (country|city)\b|\bdans quel(le)? (pays|ville)\b"),
    ("name", r"\bwho(m|se)?\b|^\W*(\w+\W+){0,2}?qui\b|\b(who|qui)\s+(is|was|are|est|sont|a|ont|has|have)\b|\bcalled\b|\bnamed\b"
             r"|\bappel(l)?e\b|\bnomm[ée]e?\b|\bwhat is the name\b|\bquel est le nom\b|\bwhose\b"),
]
_DESCRIBE = re.compile(r"^\s*(who|qui)\s+(is|was|est|était|etait)\s+(?!(the|a|an|le|la|les|l'|un|une)\b)"
                       r"(?![\w-]+['’]s\b)[A-ZÀ-Ý]", re.I)

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*"
_NAME = re.compile(rf"{_CAP}(?:\s+(?:{_CAP}|de|du|des|of|von|van|da|di|la|le)(?=\s+{_CAP}|$|[\s,.;:!?»)]))*")
_NAME_TAIL = re.compile(r"(\s+(de|du|des|of|von|van|da|di|la|le))+$")
_NUMBER = re.compile(
    r"(?:(?:plus|moins) de |près de |environ |more than |about |over |nearly |almost )?"
    r"\d+(?:[ \u00a0\u202f]\d{3})*(?:[.,]\d+)?"
    r"(?:\s?(?:%|millions?|milliards?|milliers|billions?|thousands?|euros?|dollars?|\$|€))?"
    r"|(?:des |plusieurs |de )?(?:millions|milliards|milliers|centaines|dizaines)\b",
    re.I,
)
_WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
           "|january|february|march|april|june|july|august|september|october|november|december")
_DATE = re.compile(
    rf"\b(?:(?:ce|cette|le|la|dans l['’])\s*)?(?:(?:{_WEEKDAYS})(?:\s+(?:matin|soir|après-midi|\d{{1,2}}))?"
    rf"|\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}|(?:19|20)\d\d"
    rf"|semaine|après-midi|hier|aujourd['’]hui|récemment)\b",
    re.I,
)
_PLACE_BEFORE = re.compile(r"(?:\b(?:à|au|aux|en|dans|hors de|in|at|from)\s+(?:l['’]|la |le |les )?)$", re.I)


def expected_type(question: str) -> str | None:
    """The answer type a question asks for: "org", "number", "date", "place",
    "name" or None (a description, a yes/no question, an explanation)."""
    if _DESCRIBE.match(question):
        return None
    q = question.lower().replace("’", "'")
    for kind, pattern in _TYPES:
        if re.search(pattern, q):
            return kind
    return None


def _names(sentence: str, known: set[str]) -> list[tuple[int, int, str]]:
    """Capitalised runs as (start, end, text) character spans."""
    out = []
    for m in _NAME.finditer(sentence):
        text = _NAME_TAIL.sub("", m.group(0))
        if all(w.lower() in STOP_WORDS for w in re.findall(r"[^\W_]+", text)):
            continue  # "Nous", "Il" after an opening quote: a capital, not a name
        start = m.start()
        if sentence[:start].strip(" «“\"—–-") == "" and fold_accents(text.split()[0].lower()) not in known:
            # Sentence-initial capital: keep the rest of the run, if any.
            rest = text.split(None, 1)
            if len(rest) < 2:
                continue
            start += len(text) - len(rest[1])
            text = rest[1]
        out.append((start, start + len(text), text))
    return out


def candidates(sentence: str, kind: str, known: set[str]) -> list[tuple[int, int, str]]:
    """Spans of `sentence` that could answer a question of type `kind`.

    known: accent-folded lower-case words that the article writes capitalised
    in mid-sentence (names), used to accept a name at the start of a sentence.
    Returns (start, end, text) character spans in order.
    """
    if kind == "number":
        return [(m.start(), m.end(), m.group(0).strip()) for m in _NUMBER.finditer(sentence)]
    if kind == "date":
        return [(m.start(), m.end(), m.group(0)) for m in _DATE.finditer(sentence)]
    names = _names(sentence, known)
    if kind == "place":
        return [n for n in names if _PLACE_BEFORE.search(sentence[max(0, n[0] - 30): n[0]])]
    return names


def capitalised_words(sentences: list[str]) -> set[str]:
    """Accent-folded lower-case forms of the words written capitalised somewhere
    other than at the start of a sentence (the article's names)."""
    known = set()
    for s in sentences:
        for m in _NAME.finditer(s):
            if s[: m.start()].strip(" «“\"—–-"):
                known.update(fold_accents(w.lower()) for w in m.group(0).split())
    return known


def best_span(sentence: str, kind: str | None, anchors: list[int], in_question: Callable[[str], bool],
              known: set[str]) -> str | None:
    """The short answer in `sentence`, or None.

    kind: expected type from `expected_type`; anchors: character offsets in
    the sentence of the words it shares with the question; in_question:
    whether a word (as written in the sentence) stands for a word of the
    question; spans made only of such words, and names with any, are skipped. Returns the candidate closest to the anchors, scored by the
    sum over anchors of 1 / (1 + words between) (ties: the earlier one),
    verbatim from the sentence.
    """
    if kind is None:
        return None
    best, best_score = None, 0.0
    for start, end, text in candidates(sentence, kind, known):
        if kind in ("name", "org", "place"):
            # Trim words of the question off the ends of a name run:
            # "État Mike Pompeo" for "secretary of state" gives "Mike Pompeo".
            parts = list(re.finditer(r"\S+", text))

            def asked_part(m: re.Match) -> bool:
                return in_question(re.sub(r"\W+$", "", m.group(0)))

            while parts and asked_part(parts[0]):
                parts.pop(0)
            while parts and asked_part(parts[-1]):
                parts.pop()
            if not parts:
                continue
            start, end = start + parts[0].start(), start + parts[-1].end()
            text = sentence[start:end]
        asked = [in_question(w) for w in re.findall(r"[^\W_]+", text)]
        if asked and all(asked):
            continue
        if kind in ("name", "org", "place") and any(asked):
            continue
        # Closeness to the shared words, in words between: sum of 1 / (1 + distance).
        score = 0.0
        for a in anchors:
            if start <= a < end:
                continue
            # Words strictly between the anchor word and the span.
            between = len(re.findall(r"[^\W_]+", sentence[a:start])) - 1 if a < start else \
                len(re.findall(r"[^\W_]+", sentence[end:a]))
            score += 1.0 / (1 + max(0, between))
        if best is None or score > best_score:
            best, best_score = text, score
    return best
