"""BM25 over an inverted index (plain functional core in numpy).

Score of document d for weighted query terms {t: w_t}:
    sum_t w_t * IDF(t) * tf(t,d) * (k1 + 1) / (tf(t,d) + k1 * (1 - b + b * |d| / avgdl))
with k1 = 0.9, b = 0.4 (Anserini's defaults for passage retrieval, Lin et al.
2021, "Pyserini"; measured here on three question sets against k1 1.2-1.5,
b 0.2-0.75: weaker length normalisation suits sentences, where a long one
holds more facts rather than more verbiage) and the always-positive IDF
    IDF(t) = ln(1 + (N - df + 0.5) / (df + 0.5))
of Lucene's BM25Similarity (Robertson & Zaragoza 2009, eq. 3.3, plus one inside
the log). rank-bm25's BM25Okapi uses ln((N - df + 0.5) / (df + 0.5)), which is
zero or negative for a term in half the documents or more ("TikTok" is in 8
of 14 sentences here) and is patched with 0.25 x mean IDF; this variant keeps
such terms counting, smaller than rarer ones, and orders documents the same
way for every term present in fewer than half of them.

Only documents that share a term with the query are touched (postings lists),
so a query costs O(sum of the postings of its terms), not O(N).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import numpy as np

K1 = 0.9
B = 0.4


@dataclass
class BM25:
    """An inverted index, implementing index.retriever.Retriever.

    postings: term -> (doc ids int32 array, term frequencies float32 array).
    doc_len: float32 array, one length in terms per document.
    """

    postings: dict[str, tuple[np.ndarray, np.ndarray]]
    doc_len: np.ndarray

    @classmethod
    def build(cls, docs: list[list[str]]) -> "BM25":
        """Index `docs`: one list of terms per document. An empty list of docs is allowed."""
        ids: dict[str, list[int]] = {}
        tfs: dict[str, list[int]] = {}
        for i, doc in enumerate(docs):
            for term, tf in Counter(doc).items():
                ids.setdefault(term, []).append(i)
                tfs.setdefault(term, []).append(tf)
        postings = {
            t: (np.asarray(ids[t], dtype=np.int32), np.asarray(tfs[t], dtype=np.float32)) for t in ids
        }
        return cls(postings, np.asarray([len(d) for d in docs], dtype=np.float32))

    def to_arrays(self) -> tuple[list[str], dict[str, np.ndarray]]:
        """The index as flat arrays for persisting: (terms, {"indptr": int64,
        "ids": int32, "tfs": float32, "doc_len": float32}); the postings of
        terms[i] are ids/tfs[indptr[i]:indptr[i + 1]] (CSR layout)."""
        terms = list(self.postings)
        sizes = [len(self.postings[t][0]) for t in terms]
        indptr = np.zeros(len(terms) + 1, dtype=np.int64)
        np.cumsum(sizes, out=indptr[1:])
        empty_i, empty_f = np.zeros(0, np.int32), np.zeros(0, np.float32)
        ids = np.concatenate([self.postings[t][0] for t in terms]) if terms else empty_i
        tfs = np.concatenate([self.postings[t][1] for t in terms]) if terms else empty_f
        return terms, {"indptr": indptr, "ids": ids, "tfs": tfs, "doc_len": self.doc_len}

    @classmethod
    def from_arrays(cls, terms: list[str], arrays: dict[str, np.ndarray]) -> "BM25":
        """The inverse of `to_arrays` (postings are views into the arrays).

        Raises ValueError when the arrays do not fit the terms.
        """
        indptr, ids, tfs = arrays["indptr"], arrays["ids"], arrays["tfs"]
        if len(indptr) != len(terms) + 1 or len(ids) != len(tfs) or (len(terms) and indptr[-1] != len(ids)):
            raise ValueError("BM25 arrays do not match their terms")
        bounds = indptr.tolist()
        postings = {t: (ids[bounds[i]:bounds[i + 1]], tfs[bounds[i]:bounds[i + 1]]) for i, t in enumerate(terms)}
        return cls(postings, arrays["doc_len"])

    @property
    def n_docs(self) -> int:
        """Number of documents indexed."""
        return len(self.doc_len)

    def __contains__(self, term: str) -> bool:
        """Whether some document holds `term`."""
        return term in self.postings

    def docs(self, term: str) -> np.ndarray:
        """Ids of the documents holding `term`: int32 array, ascending, empty when none."""
        post = self.postings.get(term)
        return post[0] if post is not None else np.zeros(0, np.int32)

    def idf(self, term: str) -> float:
        """IDF of `term` as above; a term in no document gets the IDF of df = 0."""
        df = len(self.postings[term][0]) if term in self.postings else 0
        return float(np.log1p((self.n_docs - df + 0.5) / (df + 0.5)))

    def scores(self, query: dict[str, float] | list[str]) -> np.ndarray:
        """BM25 scores of every document for `query`.

        query: a list of terms (each occurrence counts once more) or a dict
            term -> weight (e.g. 1.0 for a word of the question, less for a
            translation of it).
        Returns a float64 array, one score per document, higher is better,
        all zero when no term of the query is indexed.
        """
        weights = Counter(query) if isinstance(query, list) else query
        out = np.zeros(self.n_docs, dtype=np.float64)
        if not self.n_docs:
            return out
        avgdl = float(self.doc_len.mean()) or 1.0
        for term, w in weights.items():
            post = self.postings.get(term)
            if post is None or w <= 0:
                continue
            ids, tf = post
            norm = K1 * (1 - B + B * self.doc_len[ids] / avgdl)
            out[ids] += w * self.idf(term) * tf * (K1 + 1) / (tf + norm)
        return out
