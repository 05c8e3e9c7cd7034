"""The interface of a sparse retriever over the article's sentences.

Tokenisation (index.analysis), scoring and retrieval are kept apart, as in
bm25s and haystack's InMemoryBM25Retriever: a retriever is built from the
analysed terms of each sentence and only answers for terms. `index.bm25.BM25`
implements it; another retriever (another BM25 variant, a learned sparse
model) can be dropped in by implementing the same methods, with
`index.build.RETRIEVER` pointing at it.
"""
from __future__ import annotations

from typing import Protocol

import numpy as np


class Retriever(Protocol):
    """Scores of sentences (documents, numbered 0..n_docs-1) for weighted terms."""

    @classmethod
    def build(cls, docs: list[list[str]]) -> Retriever:
        """Index `docs`: one list of terms per document (an empty list allowed)."""

    @property
    def n_docs(self) -> int:
        """Number of documents indexed."""

    def __contains__(self, term: str) -> bool:
        """Whether some document holds `term`."""

    def docs(self, term: str) -> np.ndarray:
        """Ids of the documents holding `term` (int array, ascending; empty when none)."""

    def idf(self, term: str) -> float:
        """Inverse document frequency of `term` (> 0; a term in no document gets the highest)."""

    def scores(self, query: dict[str, float]) -> np.ndarray:
        """float64 array of n_docs scores for the terms of `query` weighted by
        its values (0 for documents holding none of them); higher is better."""

    def to_arrays(self) -> tuple[list[str], dict[str, np.ndarray]]:
        """(terms, named numpy arrays): the retriever in a form index.store can
        persist without pickling."""

    @classmethod
    def from_arrays(cls, terms: list[str], arrays: dict[str, np.ndarray]) -> Retriever:
        """The inverse of `to_arrays`. Raises ValueError when they do not fit."""
