"""BM25 scoring: the positive-IDF variant against rank-bm25's BM25Okapi."""
import math

import numpy as np
import pytest
from rank_bm25 import BM25Okapi

from index.bm25 import B, BM25, K1


DOCS = [["tiktok", "amazon"], ["tiktok", "bytedanc"], ["tiktok"], ["hong", "kong", "tiktok"], ["amazon", "employ"]]


def test_idf_is_positive_for_a_term_in_most_documents():
    index = BM25.build(DOCS)
    assert index.idf("tiktok") == math.log1p((5 - 4 + 0.5) / (4 + 0.5))
    assert 0 < index.idf("tiktok") < index.idf("amazon") < index.idf("bytedanc")


def test_a_common_term_still_counts():
    scores = BM25.build(DOCS).scores(["tiktok"])
    assert scores[4] == 0 and all(scores[:4] > 0)


def test_same_order_as_rank_bm25_for_rare_terms():
    # For terms in fewer than half the documents both IDFs are increasing in
    # 1/df, so rankings agree.
    rng = np.random.default_rng(7)
    vocab = [f"w{i}" for i in range(300)]
    docs = [list(rng.choice(vocab, size=rng.integers(5, 20))) for _ in range(400)]
    ours, ref = BM25.build(docs), BM25Okapi(docs, k1=K1, b=B)
    for q in (["w1", "w2"], ["w10"], ["w5", "w6", "w7"]):
        a, b = ours.scores(q), ref.get_scores(q)
        assert list(np.argsort(-a, kind="stable")[:10]) == list(np.argsort(-b, kind="stable")[:10])


def test_weights_scale_scores_and_unknown_terms_score_zero():
    index = BM25.build(DOCS)
    assert np.allclose(index.scores({"amazon": 0.5}), 0.5 * index.scores(["amazon"]))
    assert not index.scores(["nothing"]).any()
    assert BM25.build([]).scores(["x"]).shape == (0,)


def test_arrays_round_trip():
    index = BM25.build(DOCS)
    terms, arrays = index.to_arrays()
    again = BM25.from_arrays(terms, arrays)
    for q in (["tiktok"], ["amazon", "employ"], ["hong", "x"]):
        assert np.array_equal(again.scores(q), index.scores(q))
    with pytest.raises(ValueError, match="do not match"):
        BM25.from_arrays(terms[:-1], arrays)
