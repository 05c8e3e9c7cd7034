"""Property-based tests (hypothesis): any Unicode text is split, analysed and searched without error."""
import math
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from index.analysis import detect_language, terms
from index.article import ArticleError, parse_article
from index.bm25 import BM25
from index.errors import QuestionError
from index.qa import QA
from index.segment import split_sentences

# Text biased towards what matters here: punctuation, quotes, dashes, capitals, newlines.
alphabet = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(list(".!?…«»“”\"'’—–- \n\nMAÉéz0123456789,;:")),
)
texts = st.text(alphabet=alphabet, max_size=300)


def squash(s: str) -> str:
    return re.sub(r"\s+", "", s)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_sentences_cover_the_text_and_are_numbered(text):
    sentences = split_sentences(text)
    assert squash("".join(s.text for s in sentences)) == squash(text)
    assert [s.number for s in sentences] == list(range(1, len(sentences) + 1))
    assert all(s.text and s.text == s.text.strip() for s in sentences)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_analysis_never_raises(text):
    for lang in ("fr", "en"):
        assert all(t and " " not in t for t in terms(text, lang))
    assert detect_language(text) in ("fr", "en")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(["a", "b", "c", "d", "e"]), max_size=6), max_size=8),
       st.lists(st.sampled_from(["a", "b", "c", "x"]), max_size=4))
def test_bm25_scores_are_finite_and_non_negative(docs, query):
    scores = BM25.build(docs).scores(query)
    assert len(scores) == len(docs) and all(math.isfinite(s) and s >= 0 for s in scores)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.text(max_size=80))
def test_any_article_and_question_answer_or_refuse_cleanly(article, question):
    try:
        qa = QA(parse_article(article.encode("utf-8", "surrogatepass")))
    except ArticleError:
        return
    try:
        answer = qa.ask(question)
    except QuestionError:
        return
    assert 1 <= len(answer.passages) <= 3
    assert all(1 <= p.number <= len(qa.sentences) and math.isfinite(p.score) for p in answer.passages)
