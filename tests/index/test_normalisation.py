"""One text normalisation on the way in (issue 9 §1): NFD, fullwidth, ligatures,
no-break spaces give the answers of the plain composed text, in both modes."""
import unicodedata

import pytest

from index.analysis import terms, words
from index.article import parse_article
from index.qa import QA
from tests.conftest import ARTICLE, GOLD_SENTENCES


def nfd(text):
    return unicodedata.normalize("NFD", text)


@pytest.fixture(scope="module", params=["e5", "bm25"])
def both(request, qa, qa_bm25):
    return qa if request.param == "e5" else qa_bm25


@pytest.fixture(scope="module")
def nfd_article(qa):
    """The bundled article saved as NFD (as some macOS tools write it), in both modes."""
    article = parse_article(nfd(ARTICLE.read_text(encoding="utf-8")).encode("utf-8"), "nfd.txt")
    return {"e5": QA(article, qa.model), "bm25": QA(article, None)}


@pytest.mark.parametrize("question, short", [
    (nfd("Quelle société possède TikTok ?"), "ByteDance"),                # typed on macOS
    (nfd("Qui est le secrétaire d'État américain ?"), "Mike Pompeo"),
    ("Ｑｕｅｌｌｅ société possède TikTok ?", "ByteDance"),                  # fullwidth letters
    ("Qui possède TikTok\u00a0?", "ByteDance"),                            # no-break space before "?"
    ("Qui est le secrétaire d\u02bcÉtat américain\u202f?", "Mike Pompeo"),  # modifier apostrophe, narrow NBSP
])
def test_question_forms_get_the_short_answer(both, question, short):
    answer = both.ask(question)
    assert answer.found and answer.answer == short


def test_the_question_is_stored_composed(both):
    assert both.ask(nfd("Quelle société possède TikTok ?")).question == "Quelle société possède TikTok ?"


@pytest.mark.parametrize("mode", ["e5", "bm25"])
def test_nfd_article_answers_like_the_nfc_one(nfd_article, mode):
    qa = nfd_article[mode]
    answer = qa.ask("Qui est le secrétaire d'État américain ?")
    assert answer.found and answer.answer == "Mike Pompeo" and answer.passages[0].number == 14
    # What is quoted is the article's own text, composed (NFC).
    assert [s.text for s in qa.sentences] == GOLD_SENTENCES
    assert qa.ask("Quelle société possède TikTok ?").answer == "ByteDance"


@pytest.mark.parametrize("text, expected", [
    ("Le cœur du problème", ["le", "coeur", "du", "problème"]),   # accents are folded later, by stem()
    ("Un directeur ﬁnancier", ["un", "directeur", "financier"]),
    ("ＴｉｋＴｏｋ ２０２０", ["tiktok", "2020"]),
    ("Die Straße", ["die", "strasse"]),
])
def test_words_fold_compatibility_forms_and_ligatures(text, expected):
    assert words(text) == expected


def test_ligature_and_plain_spellings_meet():
    assert terms("Le cœur du projet") == terms("le coeur du projet") == terms(nfd("Le CŒUR du projet"))
    qa = QA(parse_article("Le cœur du projet est la sécurité. Amazon a nommé un directeur ﬁnancier.".encode(),
                          "lig.txt"), None)
    assert qa.ask("Quel est le coeur du projet ?").passages[0].number == 1
    assert qa.ask("Qui est le directeur financier ?").passages[0].number == 2
    assert qa.sentences[1].text == "Amazon a nommé un directeur ﬁnancier."  # quoted as written
