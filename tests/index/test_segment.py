"""Sentence segmentation: the bundled article and the hard cases of French text."""
import pytest

from index.article import load_article
from index.segment import split_sentences
from tests.conftest import ARTICLE, GOLD_SENTENCES


def texts(text):
    return [s.text for s in split_sentences(text)]


def test_bundled_article_splits_into_the_14_gold_sentences():
    sentences = split_sentences(load_article(ARTICLE).text)
    assert [s.text for s in sentences] == GOLD_SENTENCES
    assert [s.number for s in sentences] == list(range(1, 15))
    # Sentence 7 starts with its own opening guillemet (spaCy's sentencizer glues it to 6).
    assert sentences[6].text.startswith("« Nous ne comprenons")
    assert sentences[0].text.endswith("New York Times et des publications d’utilisateurs de Twitter qui prétendent être des employés d’Amazon.")
    assert [s.paragraph for s in sentences] == [1, 2, 2, 3, 4, 5, 5, 6, 6, 7, 8, 9, 10, 11]


@pytest.mark.parametrize("text, expected", [
    ("M. Dupont est arrivé. Il a dit bonjour.", ["M. Dupont est arrivé.", "Il a dit bonjour."]),
    ("Mme Curie parle. M. Pierre aussi.", ["Mme Curie parle.", "M. Pierre aussi."]),
    ("J. K. Rowling écrit. Elle publie.", ["J. K. Rowling écrit.", "Elle publie."]),
    ("Pommes, poires, etc. Ensuite, le reste.", ["Pommes, poires, etc.", "Ensuite, le reste."]),
    ("Il pèse 3.5 kg et 2,5 l. Il part.", ["Il pèse 3.5 kg et 2,5 l.", "Il part."]),
    ("Il part à 10 h. Puis il revient à 11 h 30.", ["Il part à 10 h.", "Puis il revient à 11 h 30."]),
    ("— Tu viens ?\n— Oui, dit-il.", ["— Tu viens ?", "— Oui, dit-il."]),
    ("« Bonjour. » Il part.", ["« Bonjour. »", "Il part."]),
    ("Il dit : « Non. » Puis il part.", ["Il dit : « Non. »", "Puis il part."]),
    ("Quoi ? dit-il. Rien !", ["Quoi ? dit-il.", "Rien !"]),
    ("Il monte… Enfin il arrive.", ["Il monte…", "Enfin il arrive."]),
    ("Une phrase sans point final", ["Une phrase sans point final"]),
    ("Le site example.com est en panne. Vraiment.", ["Le site example.com est en panne.", "Vraiment."]),
])
def test_hard_cases(text, expected):
    assert texts(text) == expected


def test_a_sentence_never_spans_a_blank_line():
    assert texts("Un titre sans point\n\nLe texte commence ici. Il continue.") == [
        "Un titre sans point", "Le texte commence ici.", "Il continue."]


def test_line_breaks_inside_a_paragraph_are_folded():
    assert texts("Une phrase coupée\nen deux lignes. Une autre.") == ["Une phrase coupée en deux lignes.", "Une autre."]


def test_empty_text_gives_no_sentence():
    assert split_sentences("") == [] and split_sentences(" \n\n ") == []
