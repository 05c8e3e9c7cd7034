"""Ranking the article's sentences for an analysed question (score fusion).

Score of sentence j (all parts in [0, 1]):
    0.35 * BM25_j / max BM25  +  0.35 * minmax(e5 cosine)_j  +  0.3 * coverage_j
    (+ 0.1 when the sentence holds a span of the expected answer type)
where BM25 (index.bm25, through the index's retriever) runs over the
question's words and, for words the article does not contain, their
translations into the article's vocabulary (index.query), and coverage_j is
the IDF-weighted share of the question's content words that sentence j
contains (a translated word counts by its match strength). Without the
embedding model the e5 part is dropped and the weights rescaled.

A first line standing alone without final punctuation is the article's title
(index.build.Index.title): it ranks at TITLE_FACTOR of its score, so that a
headline naming the subject does not outrank the sentence that answers.
"""
from __future__ import annotations

import numpy as np

from .build import Index
from .query import Query
from .spans import has_candidate

W_BM25, W_DENSE, W_COVER, TYPE_BONUS = 0.35, 0.35, 0.3, 0.1
TITLE_FACTOR = 0.8
TYPED = ("name", "org", "number", "date", "place")  # answer types with candidate spans of their own


def coverage(index: Index, query: Query) -> np.ndarray:
    """IDF-weighted share of the question's content words each sentence
    holds: float64 array, one value in [0, 1] per sentence.

    A word the article lacks weighs the highest IDF (twice for a name),
    except where no signal could have matched it: an acronym ("CEO")
    that the article does not write, or a foreign word without e5.
    """
    n = len(index.sentences)
    total = 0.0
    got = np.zeros(n)
    unknown_idf = index.retriever.idf("\0")
    for w, match in query.matches:
        if w in query.acronyms and max(match.values(), default=0.0) < 1.0:
            imp = 0.0  # e5 cannot translate an acronym word by word ("CEO")
        elif match:
            imp = max(index.retriever.idf(t) for t in match)
        elif not index.dense and query.language != index.language and w not in query.unknown_names:
            imp = 0.0  # BM25 alone cannot translate: an unmatched foreign word says nothing
        else:
            imp = unknown_idf * (2 if w in query.unknown_names else 1)
        total += imp
        best = np.zeros(n)
        for t, s in match.items():
            ids = index.retriever.docs(t)
            best[ids] = np.maximum(best[ids], s)
        got += imp * best
    return got / total if total else got


def rank(index: Index, query: Query) -> tuple[np.ndarray, np.ndarray]:
    """(score, coverage) of every sentence for `query` (see the module
    docstring): two float64 arrays of len(index.sentences), higher is better.
    `query` must have matches (index.qa refuses a question without words)."""
    bm = index.retriever.scores(query.weights())
    cover = coverage(index, query)
    parts = [(W_BM25, bm / bm.max() if bm.max() > 0 else bm), (W_COVER, cover)]
    if index.dense:
        cos = index.sentence_vecs @ query.vector
        spread = cos.max() - cos.min()
        parts.append((W_DENSE, (cos - cos.min()) / spread if spread > 0 else np.zeros_like(cos)))
    score = sum(w * p for w, p in parts) / sum(w for w, _ in parts)
    if index.title is not None:
        score[0] *= TITLE_FACTOR  # a headline names the subject; the answer is in the body
    if query.expected in TYPED:
        # Only sentences near the top can be lifted by the bonus: look at those.
        near = np.flatnonzero((cover > 0) & (score >= np.sort(score)[-min(len(score), 50)] - TYPE_BONUS))
        for i in near:
            if has_candidate(index.sentences[i].text, query.expected, index.names, query.text):
                score[i] += TYPE_BONUS
    return score, cover
