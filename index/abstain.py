"""Abstention: whether the best sentence answers the question.

The article "doesn't say" when the best sentence covers less than
`MIN_COVERAGE` of the question (the words that carry it, "price",
"chiffre d'affaires", are not there; a question in the other language than
the article is spared when e5 finds the sentence clearly closer than the
rest, see close_across_languages), when the question names something the
article never mentions ("Microsoft"), when it asks for a number or a date
and the best sentence holds none that fits (index.spans.fits: a count is
not an amount of money), or when the best sentence shares only the
question's names and e5 does not find it close ("What is the population of
Hong Kong?"): none of the question's other content words has a match of
strength >= MIN_PREDICATE in the sentence, and its e5 cosine with the
question is below MIN_PREDICATE_COS. The thresholds were measured with
`article-bot eval` on the dev set and two question sets of our own
(tests/data), keeping the dev figures exact.
"""
from __future__ import annotations

import numpy as np

from .build import Index
from .query import Query
from .spans import asked_kind, has_candidate

MIN_COVERAGE = 0.35
MIN_PREDICATE, MIN_PREDICATE_COS = 0.2, 0.82
# Fitted by benchmarks/fit_cross_lingual.py on the development questions (its output: benchmarks/fit_cross_lingual.txt).
MIN_CROSS_COVERAGE, MIN_CROSS_GAP = 0.2, 0.035


def answers(index: Index, query: Query, i: int, coverage: float) -> bool:
    """Whether sentence i (0-based; the best, covering `coverage` in [0, 1] of
    the question, see index.rank.coverage) answers it: the rules of the module
    docstring, in one place."""
    if query.unknown_names or coverage < MIN_COVERAGE and not close_across_languages(index, query, i, coverage):
        return False
    if query.expected in ("number", "date") and not has_candidate(index.sentences[i].text, query.expected, index.names,
                                                                      query.text):
        return False
    return query.vector is None or not off_topic(index, query, i)


def close_across_languages(index: Index, query: Query, i: int, coverage: float) -> bool:
    """Whether sentence i (0-based), covering `coverage` < MIN_COVERAGE of a
    question written in the other language, is still its answer: word-by-word
    translation loses words ("staff", "meeting"), so e5, which reads both
    languages, decides: coverage >= MIN_CROSS_COVERAGE and the sentence's
    cosine with the question exceeds the article's mean cosine by >=
    MIN_CROSS_GAP. Same-language questions: always False (their words are
    really missing)."""
    if query.vector is None or query.language == index.language or coverage < MIN_CROSS_COVERAGE:
        return False
    cos = index.sentence_vecs @ query.vector
    return float(cos[i] - cos.mean()) >= MIN_CROSS_GAP


def off_topic(index: Index, query: Query, i: int) -> bool:
    """Whether sentence i (0-based) answers only the names of the question
    (cross-lingual mode only: query.vector must be set): none of its other
    content words ("population", "salaire"; not the noun a which-question asks
    for, "which firm", which the answer fills) has a match of strength >=
    MIN_PREDICATE in the sentence, and e5 does not find the sentence close
    either (cosine < MIN_PREDICATE_COS)."""
    kind = asked_kind(query.text)
    asked = [m for w, m in query.matches
             if w not in index.name_only and w not in query.unknown_names and w not in query.acronyms and w != kind]
    if not asked or float(index.sentence_vecs[i] @ query.vector) >= MIN_PREDICATE_COS:
        return False
    return not any(s >= MIN_PREDICATE and np.any(index.retriever.docs(t) == i)
                   for m in asked for t, s in m.items())
