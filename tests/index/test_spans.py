"""Short answers of each kind, in English and French, on small articles written here."""
import re

import pytest

from index import dense
from index.analysis import fold_accents, is_stop, words
from index.article import parse_article
from index.qa import QA
from index.query import EXPANSION, MAX_TYPE_CHARS, analyse
from index import answer_type
from index.answer_type import expected_type, number_asked, priced_words
from index.candidates import acronyms, candidates, capitalised_words, fits, has_candidate, names, other_time, times
from index.spans import appositive, best_span, places

FR = """Le festival de Saint-Aubin attire la foule

Le festival de Saint-Aubin a accueilli 35 000 spectateurs samedi 15 avril.

Saint-Aubin compte 4 200 habitants selon la mairie.

Le prix du billet est passé de 25 à 30 euros cette année.

Les travaux de la nouvelle salle commencent en septembre.

La directrice du festival, Claire Dumont, a remercié les bénévoles.

Le festival est organisé par l'association Les Amis de la Musique depuis 1998.

Les concerts ont lieu à Rennes et dans trois villages voisins, à 20 kilomètres de la ville.

Environ 12,5 % des billets ont été vendus en ligne.

La mairie a versé une subvention de 3 millions d'euros pour la salle.

Le 19 mars 1812, le village a reçu sa charte.

Le budget du festival a été voté par le Conseil municipal en janvier.
"""

EN = """Millbrook council backs new library

The Millbrook Town Council voted 5 to 2 on Tuesday to build a new library.

Millbrook has a population of 18,500 people.

The fair opens on May 3.

The project will cost £4.2m ($5.3m), the council said.

Mayor Linda Carter said the library would open in March 2027.

Ticket prices rose from £6 to £8 last year.

The building will be designed by Harlow Architects, a firm based in Leeds.

About 40% of residents use the current library every month.

The town was founded in 1642 by Dutch settlers.
"""


@pytest.fixture(scope="module")
def fr():
    return QA(parse_article(FR.encode(), "festival.txt"), dense.load_model())


@pytest.fixture(scope="module")
def en():
    return QA(parse_article(EN.encode(), "library.txt"), dense.load_model())


@pytest.mark.parametrize("article, question, short", [
    ("fr", "Combien d'habitants compte Saint-Aubin ?", "4 200 habitants"),
    ("fr", "Combien de spectateurs a accueilli le festival ?", "35 000 spectateurs"),
    ("fr", "Combien coûte le billet ?", "30 euros"),
    ("fr", "Quand commencent les travaux ?", "septembre"),
    ("fr", "Quel jour le festival a-t-il accueilli les spectateurs ?", "samedi 15 avril"),
    ("fr", "Qui est la directrice du festival ?", "Claire Dumont"),
    ("fr", "Quel pourcentage des billets a été vendu en ligne ?", "Environ 12,5 %"),
    ("fr", "Quel est le montant de la subvention de la mairie ?", "3 millions d'euros"),
    ("fr", "Depuis quelle année l'association organise le festival ?", "1998"),
    ("fr", "En quelle année le village a-t-il reçu sa charte ?", "1812"),
    ("fr", "Qui a voté le budget du festival ?", "Conseil municipal"),
    ("en", "How many people live in Millbrook?", "18,500 people"),
    ("en", "When does the fair open?", "May 3"),
    ("en", "How much will the project cost?", "£4.2m"),
    ("en", "Who is the mayor?", "Linda Carter"),
    ("en", "When will the library open?", "March 2027"),
    ("en", "How much is a ticket now?", "£8"),
    ("en", "Which firm will design the building?", "Harlow Architects"),
    ("en", "What percentage of residents use the library?", "About 40%"),
    ("en", "When did the council vote?", "Tuesday"),
    ("en", "In what year was the town founded?", "1642"),
    ("en", "the mayor ?", "Linda Carter"),
    ("fr", "directrice du festival ?", "Claire Dumont"),
    ("fr", "Who runs the festival?", "Claire Dumont"),  # a verb of holding a role: "La directrice du festival"
])
def test_short_answers(request, article, question, short):
    answer = request.getfixturevalue(article).ask(question)
    assert answer.found and answer.answer == short


def test_a_title_is_the_articles_title_and_does_not_answer(en, fr):
    assert en.info.title == "Millbrook council backs new library"
    assert fr.info.title == "Le festival de Saint-Aubin attire la foule"
    assert en.ask("How much will the new Millbrook library cost?").passages[0].number != 1


def test_no_title_when_the_first_line_is_a_sentence(qa):
    assert qa.info.title is None


@pytest.mark.parametrize("question, kind", [
    ("les 261 cas c'est sur quelle période", "date"),
    ("which union does sandrine bole represent", "org"),
    ("which journal published otaki's study?", "org"),
    ("Quel syndicat a appelé à la grève ?", "org"),
    ("what will a single ticket cost from january 2025", "number"),
    ("Which period do these results cover?", "date"),
    ("how many butterflies did they catch", "number"),
    ("whos the ceo of britsh airways", "name"),
    ("What is the enrollment of undergraduates at Harvard?", "number"),
    ("What was the turnout?", "number"),
    ("Quelle est la vitesse du train ?", "number"),
    ("Quel est le taux de chômage ?", "number"),
    ("de cb le nombre de passagers a augmenté", "number"),
    ("Ken Bates a quel âge ?", "number"),
    ("what % of the club did bates get", "number"),
    ("What was turnover for the quarter?", "number"),
    ("c'était quoi la dette de leeds en mars 2004", "number"),
    ("todd akin a perdu dans quel etat", "place"),
    ("il vient d'où callum reid ?", "place"),                 # "d'où": from where (a new user's trial)
    ("Sur quelle île Napoléon regrette-t-il la guerre ?", "place"),
    ("which state did he win", "place"),
    ("What is the state of the economy?", "phrase"),
    ("what time was the deal signed", "date"),
    ("quel jour le rachat a été conclu ?", "date"),
    ("Via quelle société Bates a-t-il acheté ses parts ?", "org"),
    ("why did BA profits fall", "reason"),
    ("pourquoi BA s'attend a une baisse", "reason"),
    ("c'est quoi Febelfin ?", "phrase"),
    ("what did the analyst call the results", "phrase"),
    ("Was the email sent by mistake?", None),
    ("Who is Kevin Mayer?", None),
    ("Quel a été le score final du match ?", "number"),
    ("score à la mi-temps ?", "number"),
    ("Qui a ouvert le score ?", "name"),
    ("who is bates lawyer", "name"),                          # a role: not a description
    ("Qui est Mike Pompeo, le secrétaire d'État ?", None),
    ("analyste bnp paribas ?", "name"),                       # keywords only: a role asks who
    ("prix du billet ?", "number"),
    ("c'est quoi le nom du virus", "name"),
    ("what's the name of the river?", "name"),
    ("ou se trouve l'usine ?", "place"),                      # "où" typed without its accent
    ("amazon a changé sa politique sur tiktok ou pas", None),  # but "ou pas" is "or not": yes or no
    ("where did kevin mayer work before tiktok", "org"),      # an employer, not a place
    ("Where did she study law?", "org"),
    # From new-user trial 9: a word between "the" and the amount asked, "koi" typed for "quoi".
    ("what was the pre-tax profit?", "number"),
    ("c koi le montant du chantier", "number"),
    # Trials 13 and 14: "whats" for "what's"; a temperature or a size asked; a tally.
    ("whats the vote count", "number"),
    ("il faisait quelle temperature au depart ?", "number"),
    ("elle fait quelle taille la grenouille", "number"),
    # A what-question ending in "cost"; a date qualified.
    ("whats a ticket oban to craignure normally cost", "number"),
    ("what exact date in may do trustees meet", "date"),
    # Trial 27: a date of birth is a date.
    ("Quelle est sa date de naissance ?", "date"),
    ("what is her date of birth", "date"),
    # Trial 27: a "when" after a quantity asked opens a clause (it was a date).
    ("how old was her husband when he died", "number"),
    ("Quel âge avait-il quand il est mort ?", "number"),
    # Trial 44: so after another question word ("9 October" answered the first), unless a word of time is asked.
    ("What were police investigating when they found it?", "phrase"),
    ("Que faisait-il quand il a été arrêté ?", "phrase"),
    ("Who was mayor when the plant opened?", "name"),
    ("What year was it when it opened?", "date"),
    ("what time does it open when the season starts", "date"),
    # Trial 26: a body's vote is a tally, a person's a side; a maximum is a quantity.
    ("how did councillors vote?", "number"),
    ("how did the council vote on the plan", "number"),
    ("how did smith vote", "phrase"),
    ("whats the max grant per business", "number"),
    ("what was the grant for", "phrase"),  # its purpose
    ("quelle subvention le club a-t-il reçue ?", "number"),
    # Trial 36: a price to come, or new, is a number (it was a phrase, answered by the whole change).
    ("Quel sera le nouveau prix du ticket ?", "number"),
    ("What will the new ticket price be?", "number"),
    # Trial 48: opening hours are times, a bid an amount; an hourly wage ("salaire horaire") is no time (news 42).
    ("what are the phone line's opening hours", "date"),
    ("quels sont les horaires de la déchetterie ?", "date"),
    ("what was transport belanger's bid", "number"),
    ("Quel sera le salaire horaire des postes ?", "number"),
    # Trial 51: a sale's price is a number, not what money goes to; trial 50: "how late did" asks a delay.
    ("what did the Chocolat Menier sign go for", "number"),
    ("what did the painting fetch", "number"),
    ("what will the money go for", "phrase"),
    ("how late did the village open", "number"),
    ("how late is the shop open", "date"),
    ("what was the michelin sign estimated at", "number"),  # an estimate (trial 51: "routière de 1932")
    ("which charity gets money from the family", "org"),  # trial 51: "versée"
    # Keywords only: what the first word asks (a count, a share, money, a measure; a time; a name; a firm).
    ("% ventes en ligne", "number"),
    ("nbr de licences", "number"),
    ("subvention région", "number"),
    ("surface parcelle", "number"),
    ("debut travaux", "date"),
    ("heure reunion publique", "date"),
    ("nom du maire", "name"),
    ("prestataire transport scolaire", "org"),
    ("travaux pont debut", "date"),  # else the first such word further on
    ("marchal team", "org"),  # else a side (trial 52), after a role or a time: "club president", "club house opening"
    ("connie mack party?", "org"),
    ("club president", "name"),
    ("club house opening", "date"),
    ("écart Lenaerts", "number"),
    ("licences taxis nb", "number"),
    ("travaux pont", None),
])
def test_expected_types(question, kind):
    assert expected_type(question) == kind


@pytest.mark.parametrize("question, score", [
    ("how many goals did he score last season", False),  # trial 14: the verb asked for no match score ("27")
    ("what was the final score", True),
    ("quel a été le score final ?", True),
    ("score à la mi-temps ?", True),
])
def test_a_score_is_asked_by_the_noun_not_the_verb(question, score):
    assert number_asked(question).score is score


def test_a_long_sentence_is_answered(en):
    long = "The fair opens on May 3 " + "and the band plays " * 2000 + "."
    qa = QA(parse_article(long.encode(), "long.txt"), None)
    assert qa.ask("Who plays at the fair?").passages[0].number == 1


@pytest.mark.parametrize("text, question, fit", [
    ("3 millions d'euros", "how many people are in the gang", False),
    ("8.1%", "combien de passagers ont pris l’avion en janvier ?", False),
    ("18,500 people", "How many people live in Millbrook?", True),
    ("£4.2m", "How much will the project cost?", True),
    ("40%", "What percentage of residents use the library?", True),
    ("jusqu'à 40 kilomètres", "Quel est le prix du reblochon au kilo ?", False),
    ("30 euros", "Combien coûte le billet ?", True),
    ("8.1%", "combien de passagers ont volé avec BA en janvier ?", False),
    ("3 millions d'euros", "combien d'argent les pirates ont-ils volé ?", True),
    ("10 points", "what % of the club did bates get", False),
    ("50%", "what % of the club did bates get", True),
    ("41 des 48", "Quelle part des sociétaires a voté pour ?", True),
    ("29-year-old", "How much prize money did Ingrid Solberg win?", False),   # from a new user's trial
    ("£25,000", "How much prize money did Ingrid Solberg win?", True),
    ("35 ans", "Quel est le salaire du directeur ?", False),
    # From a new user's trial: earning asks for money ("about 1,200" flights is no pay) ...
    ("about 1,200", "How much do Norvik pilots earn at the moment?", False),
    ("4 200 euros", "Combien gagnent les pilotes ?", True),
    ("roughly 40 million kroner", "How much is the strike costing Norvik per day?", True),
    # ... but a count of workers is a count, whatever they earn.
    ("about 640 pilots", "How many pilots earn more than the minimum wage?", True),
    # A population is a count of people: not money, not a span of time (from a new user's trial).
    ("£48 million", "What is the population of Portmere?", False),
    ("three-year", "Quelle est la population de Portmere ?", False),
    ("18,500 people", "What is the population of Millbrook?", True),
    # "took part" is no share (trial 9: "How many patients took part in the trial?" asked for a percentage).
    ("486", "How many patients took part in the trial?", True),
    ("two", "Combien vaut la villa au Portugal ?", False),  # a value is money
    ("€950,000", "How much is the villa worth?", True),
    # an amount asked of a fine is money, whatever speed it punishes; a commission is money; a profit is an amount,
    # its change a percentage (held-out news 42 and trial 51's "20mph", "1,50 mètre", "près de 30 %")
    ("20mph", "Quel sera le montant de l'amende pour excès de vitesse ?", False),
    ("75 euros", "Quel sera le montant de l'amende pour excès de vitesse ?", True),
    ("1,50 mètre", "how much commission does the auction house take", False),
    ("près de 30 %", "How much profit did Berthier make last year?", False),
    ("près de 30 %", "By how much did Berthier's profit rise?", True),
    ("30 %", "What drop in turnover are the shopkeepers afraid of?", True),  # a change asked (trial 53)
])
def test_a_count_is_never_money_or_a_percentage_and_a_price_always_money(text, question, fit):
    assert fits("number", text, question) is fit
    assert has_candidate(f"The figure was {text}.", "number", set(), question) is fit


@pytest.mark.parametrize("kind, text, question, fit", [
    ("number", "7", "How long does the butterfly live?", False),
    ("number", "three weeks", "How long did the strike last?", True),
    # "combien de temps" asks for time; "how long" may ask for a length (trial 13: "40 kilomètres carrés" for
    # "combien de temps vit cette grenouille ?"); an area is never a span of time.
    ("number", "1 750 kilomètres", "Combien de temps faut-il pour parcourir 1 750 kilomètres ?", False),
    ("number", "40 kilomètres carrés", "combien de temps vit cette grenouille ?", False),
    ("number", "6 kilometres", "How long is the tram line?", True),
    ("number", "40 square kilometres", "How long is the tram line?", False),
    ("number", "1 mois", "Combien de temps dure le cycle ?", True),
    ("date", "March", "Bates avait racheté Chelsea en quelle année ?", False),
    ("date", "March 2004", "In what year did Bates buy Chelsea?", True),
    # A clock time is no year (news-dev gave "0227 GMT" for "en quelle année"); an early year after "en" is (PIAF).
    ("date", "0227 GMT", "Bates avait racheté Chelsea en quelle année ?", False),
    ("date", "1400 GMT", "What year did the talks start?", False),
    ("date", "en 338", "en quelle année meurt Shang Yang ?", True),
    ("date", "le 1er janvier 2015 à 10 h 30", "En quelle année la loi est-elle entrée en vigueur ?", True),
    # Trial 28: a turnover is money, not a bare number (the chief executive's age, "44").
    ("number", "44", "Quel est le chiffre d'affaires de l'entreprise ?", False),
    ("number", "7,5 millions d'euros", "Quel est le chiffre d'affaires de l'entreprise ?", True),
    ("date", "March", "When did Bates buy Chelsea?", True),
    ("number", "Deux mois", "how many butterflies did they catch in may 2011", False),
    ("number", "two years", "How many people did the club employ?", False),
    ("number", "Deux mois", "Combien de mois a duré l'étude ?", True),
    ("number", "three weeks", "How many weeks did the strike last?", True),
    ("number", "dix-huit mois", "combien de prison pour le patron ?", True),   # not a count of things
    ("number", "6.2-kilometre", "How long is the new line?", True),  # a length, its unit after a hyphen
    ("number", "£640,000", "How old is Sarah Quinn?", False),  # an age is no amount of money
    ("number", "8.1%", "de cb le nombre de passagers a augmenté en janvier", True),  # a count's change in percent
    # A wage's change may be a percentage (trial 27: "how much have electricity costs gone up" over "a 27 per cent
    # rise in electricity costs" declined); money beside it wins (test_short_answers_in_one_sentence).
    ("number", "3.5 per cent", "By how much will the living wage go up?", True),
    ("number", "12 %", "Quel âge a-t-elle ?", False),
    ("number", "58", "How old is Graham Ellery?", True),
    # A span of time answers only a question about time (held-out news: "deux ans" for a fine; trial 11:
    # "quatre secondes" for an age), unless it is money too ("12 millions d'euros sur cinq ans").
    ("number", "deux ans", "What fine was Bernard Lucciani ordered to pay?", False),
    ("number", "deux ans", "Combien Bernard Lucciani a-t-il touché ?", False),
    ("number", "quatre secondes", "quel age a theo marchand ?", False),
    ("number", "22 ans", "quel age a theo marchand ?", True),
    ("number", "trois semaines", "Combien de temps a duré la grève ?", True),
    ("number", "12 millions d'euros sur cinq ans", "Combien la coopérative compte investir ?", True),
    # A length or an area has its unit; a count of people is no measure.
    ("number", "Deux", "Quelle est la longueur du canal latéral à la Garonne ?", False),
    ("number", "193 kilomètres", "Quelle est la longueur du canal latéral à la Garonne ?", True),
    ("number", "31,722 square kilometres", "What is the area of Lake Baikal?", True),
    ("number", "nearly 6 miles", "What is the population of Eastport?", False),
    ("number", "10 miles", "How many miles is the race?", True),
    # A score is a match's ("31 à 30") or an election's percentage, not any number of the sentence.
    ("number", "31 à 30", "quel est le score final ?", True),
    ("number", "cinq", "quel est le score final ?", False),
    ("number", "33 %", "Quel score a obtenu le RN ?", True),
    ("number", "31 à 30", "combien de buts a marqué Nantes ?", False),
    # From new-user trials 13 and 14. An age is a number alone or in years.
    ("number", "24-year-old", "how old is costa", True),
    ("number", "five-year", "how old is costa", False),
    ("number", "35 kilometres", "how old is meseret bekele?", False),
    ("number", "58 ans", "quel âge a Philippe Marchal ?", True),
    # A height or a speed has its unit (or is money or a percentage); paying asks for money.
    ("number", "85 habitants", "how high were the waves?", False),
    ("number", "8 metres", "how high were the waves?", True),
    ("number", "187 km/h", "c'etait quoi la vitesse max du vent", True),
    ("number", "30%", "how much is the government paying", False),
    ("number", "£450 million", "how much is the government paying", True),
    # Trial 15: an amount of a raise is money, not a count ("180 infirmières").
    ("number", "180 infirmières", "ils demandent combien d'augmentation de salaire?", False),
    ("number", "300 euros", "ils demandent combien d'augmentation de salaire?", True),
])
def test_a_duration_has_a_unit_and_a_year_question_a_year(kind, text, question, fit):
    assert fits(kind, text, question) is fit


@pytest.mark.parametrize("sentence, kind, found", [
    ("He became Harvard's 21st president.", "number", []),
    ("Il entame son 3e mandat.", "number", []),
    ("Its roots can be traced back to 1858, when Eliot was a student.", "number", []),
    ("It employs 1500 people.", "number", ["1500 people"]),
    ("It was built around 1712 and made 5 horsepower.", "number", ["5"]),
    ("In May, he made a proposal to invest £10m in Sheffield Wednesday.", "name", ["Sheffield Wednesday"]),
    ("Vendredi, Theresa May a parlé.", "name", ["Theresa May"]),
    # An area keeps its unit, so that "what is the area" finds one.
    ("The lake covers 31,722 square kilometres.", "number", ["31,722 square kilometres"]),
    ("La salle fait 450 m² et le parc 20 kilomètres carrés.", "number", ["450 m²", "20 kilomètres carrés"]),
    # A French match's score is "31 à 30" (held-out news: "29 à 27", "24 à 21"); "de 12 à 24 mois" stays a range.
    ("Chambéry s'est imposé 31 à 30 face à Nantes.", "number", ["31 à 30"]),
    ("La peine va de 12 à 24 mois.", "number", ["12 à 24 mois"]),
])
def test_ranks_years_and_months_are_not_quantities_or_names(sentence, kind, found):
    assert [text for _, _, text in candidates(sentence, kind, set())] == found


def _best(sentence, question):
    asked = {fold_accents(w.lower()) for w in re.findall(r"\w+", question)}
    in_question = lambda w: fold_accents(w.lower()) in asked  # noqa: E731
    return best_span(sentence, expected_type(question), question, in_question, in_question, set())


@pytest.mark.parametrize("sentence, question, short", [
    ("The study's author, Joji Otaki, warns that the results need care.", "Who published Otaki's study?", None),
    ("Le président Barack Obama a attendu les résultats.", "Qui est le vice-président d'Obama ?", None),
    ("Le secrétaire d'État Mike Pompeo a parlé de TikTok.", "Qui est le secrétaire d'État ?", "Mike Pompeo"),
    # A title asked, after other words of the name run: the name after it.
    ("He was sentenced on Friday by US District Judge Elena Vasquez.", "Who is the judge?", "Elena Vasquez"),
    # "on" before a street: a place.
    ("The group would ask the city to build a new parking lot on Front Street.",
     "Where does the group want a new parking lot?", "Front Street"),
    ("Outgoing Leeds chairman Gerald Krasner said the deal was good.", "Who is the outgoing chairman?", "Gerald Krasner"),
    ("Bates bought his stake through a Geneva-based company known as The Forward Sports Fund.",
     "Which company did Bates use?", "The Forward Sports Fund"),
    ("Joji Otaki works at the University of the Ryukyus in Japan.", "Which university does Otaki work at?",
     "University of the Ryukyus"),
    # A dateline says where and who reports, not who acts.
    ("MANCHESTER, England, Oct. 3, 2025 — A former director of Northgate Rail was sentenced on Friday.",
     "Who is the chief executive of Northgate Rail?", None),
    ("Grenoble, 12 février 2025 (ÉcoDaily) — Le fabricant Alpivélo a publié ses résultats.",
     "Qui est le directeur financier d'Alpivélo ?", None),
    ("LONDON, Oct. 3, 2025 — Helen Marsh sentenced Graham Ellery on Friday.", "Who sentenced Graham Ellery?",
     "Helen Marsh"),
    # Someone's words asked: the words quoted.
    ('Its chief executive, Claire Ashdown, said the offer was "fair and affordable" and urged drivers to accept it.',
     "What did the chief executive call the offer?", 'fair and affordable'),
    # An age is not how long someone has done something.
    ("Patrick Lemoine travaille sur la ligne depuis 29 ans ; délégué CGT, il a 54 ans.",
     "Quel âge a Patrick Lemoine ?", "54 ans"),
    # The end of a month with its month and year.
    ("Le groupe fermera son usine de Vierzon d'ici à la fin du mois de mars 2026.", "Quand l'usine fermera-t-elle ?",
     "la fin du mois de mars 2026"),
    # The place named, not its region.
    ("À Saint-Quentin, dans l'Aisne, les machines seront transférées.", "Où les machines seront-elles transférées ?",
     "Saint-Quentin"),
    ("À Saint-Quentin, dans l'Aisne, les machines seront transférées.", "Où se trouve Saint-Quentin ?", "Aisne"),
    # A venue's name is no person's.
    ("He plans to buy back the Elland Road stadium and the Thorp Arch training ground.", "Who is the coach?", None),
    ("Le match s'est joué au stade Bollaert devant 30 000 spectateurs.", "Qui a joué le match ?", None),
    # The other side of a comparison is not the value asked.
    ("La candidate divers gauche a obtenu 54,3 % des suffrages exprimés au second tour, contre 45,7 % pour le maire.",
     "cb de % a eu Claire Vasseur au second tour", "54,3 %"),
    # A quotation inside a cause is part of it.
    ('The judge rejected a suspended sentence because the fraud had been "cold, calculated and sustained".',
     "Why did the judge reject a suspended sentence?", 'the fraud had been "cold, calculated and sustained"'),
    # The moment of a match.
    ("Chloe Tanner forced extra time with a volley in the 88th minute.", "When did Chloe Tanner score?",
     "the 88th minute"),
    ("Le Racing a égalisé à la 88e minute.", "Quand le Racing a-t-il égalisé ?", "la 88e minute"),
    # The noun asked inside a name wins, and "of the" in it are no words of the question's.
    ("The butterflies were chosen by Joji Otaki, a researcher at the University of the Ryukyus.",
     "Which university is the researcher from?", "University of the Ryukyus"),
    # A name run ending in the question's name: the name before "of".
    ("Aviation analyst Nick Van den Brul of BNP Paribas called the results modest.",
     "Qui est l'analyste de BNP Paribas ?", "Nick Van den Brul"),
    ("Le papillon a été choisi en 2011 par Joji Otaki, chercheur au Japon.", "Qui a choisi le papillon ?", "Joji Otaki"),
    ("The floods forced about 3,200 residents from their homes and closed 140 businesses.",
     "How many residents had to leave their homes?", "about 3,200 residents"),
    ("Councillor Marcus Delgado, who voted against the plan, argued that the fee would hit renters hardest.",
     "Why did Delgado vote against the plan?", "the fee would hit renters hardest"),
    ("Le match est reporté parce qu’une tempête approche.", "Pourquoi le match est-il reporté ?",
     "une tempête approche"),
    # News's words of cause: what was blamed (not what it was blamed for), cited, invoked.
    ("The firm blamed a software error for the wrong labels, the regulator said.", "Why were the labels wrong?",
     "a software error"),
    ("The organisers cancelled the festival, citing rising security costs.", "Why was the festival cancelled?",
     "rising security costs"),
    ("Les organisateurs ont annulé le festival en invoquant la hausse des coûts de sécurité.",
     "Pourquoi le festival est-il annulé ?", "la hausse des coûts de sécurité"),
    ("Harvard extends across the Charles River from Cambridge.", "What river is located near the school?",
     "Charles River"),
    ("C’est à Chicago que le président a attendu les résultats.", "Qui est le vice-président ?", None),
    ("It is the study by Joji Otaki.", "What did the Otaki study find?", None),
    ("Sans la Floride, B. Obama a recueilli 303 grands électeurs.", "Qui a recueilli 303 grands électeurs ?", "Obama"),
    ("Le républicain a concédé la victoire à Tim Kaine.", "Qui a obtenu la victoire ?", "Tim Kaine"),
    ("In 1206, Temujin united the Mongolian tribes.", "Who united the tribes?", "Temujin"),
    ("Bates bought his stake through a Geneva-based company.", "Where is his company based?", "Geneva"),
    ("The New York-based firm opened an office in Paris.", "Where is the firm based?", "New York"),
    ("Le groupe Internet chinois Alibaba possède le site depuis 2019.", "Qui possède le site ?", "Alibaba"),
    ("Last week Paul Hendry, once close to a takeover of Norwich, withdrew his offer.", "Who withdrew his offer?",
     "Paul Hendry"),
    ("Sur quoi repose la richesse ? C'est la production agricole.", "Sur quoi repose la richesse de Qin ?",
     "production agricole"),
    # From a new user's trial: "by how much" / "de combien" asks the size of the change, not the value reached ...
    ("La région a réduit sa subvention de 40 %, la faisant passer de 250 000 à 150 000 euros.",
     "De combien la région a-t-elle réduit sa subvention ?", "40 %"),
    ("The region cut its grant by 40%, from £250,000 to £150,000.", "By how much did the region cut its grant?", "40%"),
    # ... the noun a which-question asks for introduces the name ...
    ("Une campagne sera lancée le 1er mars sur la plateforme Ulule.", "Sur quelle plateforme la campagne sera lancée ?",
     "Ulule"),
    # ... and a place coordinated with one ("in Esbjerg and Rotterdam") or after "le département de" is not who.
    ("Nordvind Logistics already runs similar sites in Esbjerg and Rotterdam.", "Who is the CEO of Nordvind Logistics?",
     None),
    ("Le département de Saône-et-Loire a maintenu son aide.", "Qui dirige la brasserie ?", None),
    ("L'enquête a été confiée à la brigade financière de Lyon.", "Qui a dirigé l'enquête ?", None),
    # The object a question asks for follows the question's words; a subject ("what approved") precedes them.
    ("Despite heavy rain, Millbrook council approved a new parking plan.", "What has Millbrook council approved?",
     "new parking plan"),
    ("Despite heavy rain, Millbrook council approved a new parking plan.", "What approved a new parking plan?",
     "Millbrook council"),
    ("Selon son entourage, le ministre a cherché à réduire la dette.", "Qu'a cherché le ministre ?", "réduire la dette"),
    # The noun a which-question asks for is part of the phrase next to it.
    ("Genghis Khan united the Mongol and Turkic tribes of the steppes.", "Which tribes did Genghis Khan united?",
     "Mongol and Turkic tribes"),
    ("Gengis Khan a unifié les tribus mongoles et turques.", "Quelles tribus Gengis Khan a unifié ?",
     "tribus mongoles et turques"),
    # ... and the phrase that holds it is the answer, over a phrase as close to the question's words.
    ("A powerful storm struck the northern coast on Tuesday.", "Which coast did the storm strike?", "northern coast"),
    # An answer that opens a list is the whole list; for names, a list of names only.
    ("Plus de 3 millions d'euros ont été volés dans les banques Belfius, ING, KBC, BNP Paribas Fortis et AXA.",
     "Quelles banques ont été touchées ?", "Belfius, ING, KBC, BNP Paribas Fortis et AXA"),
    ("The new trial will take place in Glasgow and Dundee.", "Where will the new trial take place?", "Glasgow and Dundee"),
    ("In 2012 Obama defeated Romney and won 303 votes.", "Who did Obama defeat in 2012?", "Romney"),
    ("Each packet is labeled with a destination address, source address, and port numbers.",
     "What is each packet labeled with?", "destination address, source address, and port numbers"),
    ("Les troupes commettent des saccages, viols, profanations, agressions.", "Que commettent les troupes ?",
     "saccages, viols, profanations, agressions"),
    # An English past verb opening a phrase is not the thing asked.
    ("Ogedei offered his nephew Kublai a position in Xingzhou.", "What was Kublai's relation to Ogedei?", "nephew"),
    # The noun counted may come after adjectives ("eleven separate academic units", "trois grandes nouvelles écoles").
    ("The university has eleven separate academic units—ten faculties and one institute.",
     "How many academic units make up the university?", "eleven"),
    ("La ville a ouvert trois grandes nouvelles écoles, et deux crèches ont fermé.", "Combien d'écoles la ville a ouvert ?",
     "trois"),
    # A title in capitals before a name is not the noun a which-question joins to its answer.
    ("Councillor Ann Reyes, one of three members who opposed the budget, said taxes would rise.",
     "Which councillor opposed the budget?", "Ann Reyes"),
    # From new-user trial 9. A bare number set off by commas after a name is an age, not a count.
    ("One victim, retired nurse Margaret Ellery, 81, lost £184,000.", "how old is Margaret Ellery?", "81"),
    ("One victim, retired nurse Margaret Ellery, 81, lost £184,000.", "combien de retraités ont été victimes", None),
    # "how much did … fall" asks for the change, right after its verb; "per cent" is no number "cent".
    ("Shares in the company fell 6.3 per cent to 214p in London trading.", "how much did the shares fall", "6.3 per cent"),
    ("Shares in the company fell 6.3 per cent to 214p in London trading.", "what was the share price after the fall?",
     "214p"),
    # Trial 10: a match's score is one span, the answer to a score only; a time after a number is not what it counts.
    ("L'Aviron Bayonnais s'est imposé face au Castres Olympique (27-24), samedi 18 octobre, avec 17 points d'Etcheverry.",
     "Quel est le score final du match ?", "27-24"),
    ("L'Aviron Bayonnais s'est imposé face au Castres Olympique (27-24), samedi 18 octobre, avec 17 points d'Etcheverry.",
     "combien de points a marqué Etcheverry ?", "17 points"),
    ("Revenue grew 140% last year to €4.2 million.", "what was tessera's revenue last year", "€4.2 million"),
    # A pool's name is no one's name.
    ("La maire a visité la piscine des Tilleuls, fermée depuis 2019.", "Qui est la maire ?", None),
    # Trial 16: a figure dated with another year than the one asked is not the answer.
    ("Le musée, qui a accueilli 310 000 visiteurs en 2024 contre 265 000 en 2023, restera fermé jusqu'au 2 juin.",
     "combien de visiteurs en 2023", "265 000"),
    ("Le musée, qui a accueilli 310 000 visiteurs en 2024 contre 265 000 en 2023, restera fermé jusqu'au 2 juin.",
     "combien de visiteurs en 2024 ?", "310 000 visiteurs"),
    ("Sales reached £5m in 2023, up from £4m in 2022.", "what were the sales in 2022?", "£4m"),
    ("Sales reached £5m in 2023, up from £4m in 2022.", "what were the sales in 2023?", "£5m"),
    # Trial 16: a place after a district's "de"; a date asked as a bound ("jusqu'à quand", "depuis quand").
    ("Environ 14 500 repas sont préparés chaque jour par la cuisine centrale de la ville, située dans le quartier de "
     "Cleunay.", "ou se trouve la cuisine centrale", "Cleunay"),
    ("The plant, on the island of Unst, opened in 2019.", "Where is the plant?", "Unst"),
    ("Le musée, qui a accueilli 310 000 visiteurs en 2024 contre 265 000 en 2023, restera fermé jusqu'au 2 juin.",
     "jusqu'a quand le musee est fermé", "2 juin"),
    ("The road, shut since 12 May after the collapse in 2023, stays closed until 30 June.",
     "until when is the road closed?", "30 June"),
    ("The road, shut since 12 May after the collapse in 2023, stays closed until 30 June.",
     "since when is the road shut?", "12 May"),
    # Trial 17: "five" of "a five-stage race" is no age; a budget is money, not "35 agents".
    ("Sofie Lund won the five-stage race 42 seconds ahead of her rival.", "quel age a sofie lund", None),
    ("Lund, 27, won the five-stage race.", "quel age a sofie lund", "27"),
    ("Les contrôles seront renforcés : 35 agents de l'Office patrouilleront chaque semaine.",
     "quel est le budget de l'OFB pour les controles", None),
    ("L'Office consacre un budget de 2,4 millions d'euros aux contrôles.",
     "quel est le budget de l'OFB pour les controles", "2,4 millions d'euros"),
    # Trial 16: the other side of a vote, when the question asks for it.
    ("La décision a été votée lundi soir par le conseil municipal, par 41 voix contre 12.",
     "how many councillors voted against?", "12"),
    ("La décision a été votée lundi soir par le conseil municipal, par 41 voix contre 12.",
     "combien de conseillers ont voté pour ?", "41 voix"),
    # Trial 18: "deux" of "les deux tours" is no age (a number counting a noun); an age in years still is.
    ("Entre les deux tours, Nadia Benali a fusionné sa liste avec celle de Claire Fontaine.",
     "quel age a nadia benali", None),
    ("The 67-year-old retired teacher Margaret Doyle chairs the group.", "how old is margaret doyle", "67"),  # the age alone
    ("Bernard Augier, aged 67 when he was elected, led the city.", "how old was bernard augier", "67"),
    # Trial 19: a name, not the country it belongs to; an age range counts no one.
    ("The marathon was won by Kenya's Daniel Kiptoo in 2:05:48.", "who won the marathon", "Daniel Kiptoo"),
    ("On Tuesday evenings, visitors aged 16 to 25 can enter for £5.", "how many visitors are expected", None),
    ("The director expects about 250,000 visitors.", "how many visitors are expected", "about 250,000 visitors"),
    # Trial 19: the age after the name, not the years spent elsewhere.
    ("Bertrand Lemaire, 58 ans, dirige le groupe depuis 2019, après avoir passé quinze ans chez un concurrent allemand.",
     "how old is bertrand lemaire", "58 ans"),
    # Trial 18: the value asked, not its change ("en hausse de près de 6 points"), unless the change is asked.
    ("La participation s'est établie à 58,3 %, en hausse de près de 6 points par rapport au premier tour.",
     "c'etait combien la participation ?", "58,3 %"),
    ("La participation s'est établie à 58,3 %, en hausse de près de 6 points par rapport au premier tour.",
     "de combien la participation a augmenté ?", "près de 6 points"),
    # Trial 18: the start of a closure ("depuis le 1er mars") does not say until when it lasts, and the other way.
    ("Depuis le 1er mars, les urgences de l'établissement sont fermées chaque nuit.",
     "jusqu'a quand ca reste ferme", None),
    ("The road stays closed until 30 June.", "since when is the road shut?", None),
    # Held-out news: the question's words after a preposition that follows a number qualify that number.
    ("The project was funded by a $60 million grant from the City of Philadelphia, a $35 million gift from the "
     "Hartwell Foundation and contributions from more than 4,000 individual donors.",
     "how much did the City of Philadelphia give", "$60 million"),
    ("Le tonneau se négocie désormais autour de 1 150 euros, contre 890 euros au début de l'été, selon le courtier.",
     "combien coûtait le tonneau au début de l'été", "890 euros"),
    ("The wildfire more than doubled in size overnight, growing from 7,900 acres on Monday to 18,400 acres by Tuesday "
     "morning, fire officials said.", "how many acres was it on monday?", "7,900 acres"),
    # ... not a word of time as common as "year", nor after the English article "a" ("a year earlier").
    ("The group expects margins to recover to between 5.5% and 6% in the current financial year, compared with 4.8% "
     "last year.", "What was the operating margin last year?", "4.8%"),
    ("Pre-tax profit for the year to 31 March 2025 fell to £96.4 million from £117.6 million a year earlier.",
     "What was pre-tax profit for the year to 31 March 2025?", "£96.4 million"),
    # ... not across "et"/"and" (the next item's words).
    ("Les deux victimes, un agent d'entretien de 34 ans et une retraitée de 71 ans, se trouvaient au niveau -2.",
     "quel âge avait la retraitée", "71 ans"),
    # "declined from X to Y" is a change: its value now is Y, not the range "48,300 to 46,900".
    ("The number of subscription customers declined from 48,300 to 46,900.",
     "how many subscription customers are there now", "46,900"),
    # New-user trial 19: a percentage of a total is two answers; "quelle augmentation" asks for a change's size,
    # "quelle note" for a number; an organisation's acronym after "de la" may answer "qui".
    ("Selon le syndicat, 92 % des 480 dockers du port ont cessé le travail mardi.", "Combien de dockers compte le port ?",
     "480"),
    ("Le syndicat réclame une revalorisation des salaires de 6 %.", "quelle augmentation de salaire réclame le syndicat",
     "6 %"),
    ("Le Bagad Kemper a remporté le championnat avec une note de 18,4 sur 20.", "quelle note a eu le bagad kemper",
     "18,4 sur 20"),
    ("La grève a été lancée mardi à l'appel de la CGT Ports et Docks.", "qui a appelé à la grève", "CGT Ports et Docks"),
    ("« Non », a répondu la porte-parole de la fédération à une question de la RTBF.",
     "comment s'appelle la porte-parole de febelfin", None),  # news-dev: a role's holder is no organisation
    # Trial 19 too: "up to 750 patients" is no amount in pence ("up"); a préfecture names its town.
    ("The unit will treat up to 750 patients a year once it is running at full capacity.",
     "how many patients a year will it treat at full capacity?", "up to 750 patients"),
    ("La préfète a proposé une réunion lundi prochain à la préfecture de Nantes.", "où aura lieu la réunion de lundi",
     "Nantes"),
    # Trial 22: a company named after "la société" / "l'entreprise" for "quelle entreprise", not the town before it
    # nor the boss after it; the price of the thing asked, in its clause; the words quoted for "qualifie", "describe";
    # "sept ans" is seven years, not September.
    ("Les panneaux seront assemblés à Vierzon par la société Solveo, qui embauchera 40 personnes.",
     "Quelle entreprise assemble les panneaux ?", "Solveo"),
    ("Le nettoyage a été confié à l'entreprise nantaise Propral, dirigée par Anne Colin, pour cinq ans.",
     "Quelle entreprise assure le nettoyage ?", "Propral"),
    ("La visite coûtera 6 euros par personne, et un pass annuel sera proposé à 30 euros.",
     "Quel est le prix du pass annuel ?", "30 euros"),
    ("L'opposition, menée par Claire Dumas, juge le budget « irréaliste » pour une commune de cette taille.",
     "Comment l'opposition qualifie-t-elle le budget ?", "irréaliste"),
    ("The Ramblers, founded by retired surveyor Ian Holt in 1990, described the plan as \"a missed chance\".",
     "How did the Ramblers describe the plan?", "a missed chance"),
    ("La concession a été attribuée au groupe Keolis pour une durée de sept ans.",
     "Quand la concession a-t-elle été attribuée ?", None),
    # Trial 23: a name quoted whole; a person whose last name is a word of the firm asked about; the earlier value of
    # a comparison asked for.
    ("Le collectif « Sauvons notre gare », qui a réuni 2 000 signatures, salue la décision.",
     "Comment s'appelle le collectif ?", "Sauvons notre gare"),
    ("The firm's former managing director, Simon Harlow, 58, pleaded guilty last year.",
     "Who was the managing director of Harlow Build?", "Simon Harlow"),
    ("The club reported revenue of £186.4 million for the year, up from £151.2 million a year earlier.",
     "What was the revenue the year before?", "£151.2 million"),
    ("The club reported revenue of £186.4 million for the year, up from £151.2 million a year earlier.",
     "What was the club's revenue?", "£186.4 million"),
    ("The airline made a pre-tax profit of £75m in the quarter, down from £125m a year earlier.",
     "how much did the airline make before tax in the quarter?", "£75m"),  # news-dev: "before tax" is no earlier value
    ("D'après la mairie, 1 240 mariages avaient été célébrés à Vannes en 2023, contre 1 510 en 2019.",
     "combien de mariages en 2019", "1 510"),  # trial 23: a year 41 characters after its number still dates it
    # Trial 23: an age or a year alone says nothing a what-question asks.
    ("Siddiqui, 52, defended the loan.", "What did Siddiqui say about the loan?", "defended"),
    ("Le directeur, 58 ans, a défendu le prêt.", "Qu'a dit le directeur sur le prêt ?", "défendu"),
    ("The penalty was announced on Friday at Exeter Crown Court by Judge Ruth Kane.", "Where was the penalty announced?",
     "Exeter Crown Court"),  # an institution where something happens is a place
    # "jusqu'à" and "quelque" frame a figure that written answers give without them; "environ" stays.
    ("Le mercure est monté jusqu'à 43,1 °C à Agen mardi.", "il a fait combien a agen??", "43,1 °C"),
    ("Quelque 25 000 spectateurs étaient massés dans la montée finale.", "how many spectators were on the final climb",
     "25 000 spectateurs"),
    ("La coopérative compte environ 250 adhérents.", "combien d'adhérents a la coopérative", "environ 250"),
    # A vote's result, and the value a change reaches.
    ("Councillors in Port Kelby voted 31 to 14 on Tuesday to approve a tidal barrier.", "what was the result of the vote",
     "31 to 14"),
    ("The faculty senate backed the motion by 38 votes to 9 on Monday.", "what was the vote", "38 votes to 9"),
    # Trial 27: two days each with its month are one date; a rise of costs may be a percentage.
    ("The union said its members would walk out on Thursday 10 December and Friday 11 December.",
     "Quand aura lieu la grève ?", "Thursday 10 December and Friday 11 December"),
    ("She said the increase was needed to cover a 27 per cent rise in electricity costs since 2024.",
     "how much have electricity costs gone up", "27 per cent"),
    ("The living wage will go up by 45p, or 3.5 per cent, to £12.60 an hour in April.",
     "By how much will the living wage go up?", "45p"),
    # Trial 27: a university's town is where someone studied ("Toulouse", where she worked, was the answer).
    ("Après des études de lettres à l'université de Bordeaux, elle entre en 1967 à la station de l'ORTF à Toulouse.",
     "Où a-t-elle fait ses études ?", "Bordeaux"),
    # Sports set: a name the noun asked introduces, after an adjective ("quel pilier" gave "droit"); a venue's name.
    ("Toulon a également perdu son pilier international Kilian Gros, sorti sur civière après s'être blessé au genou droit.",
     "quel pilier toulonnais s'est blessé au genou ?", "Kilian Gros"),
    ("Le RC Toulon a battu l'Union Bordeaux-Bègles (27-24), samedi 8 février, au stade Mayol.",
     "c'était dans quel stade ?", "Mayol"),
    ("Lannemezan a battu Montluçon 23 à 20 au stade de la Demi-Lune.", "c'était dans quel stade ?", "Demi-Lune"),
    # Trial 26: "how did councillors vote?" gave the whole clause; "the max grant" a phrase without its currency.
    ("Councillors voted 31 to 9 in favour of the scheme at a meeting on Tuesday evening.", "how did councillors vote?",
     "31 to 9"),
    ("Les conseillers ont adopté le projet par 31 voix contre 9 mardi soir.", "comment ont voté les conseillers ?",
     "31 voix contre 9"),
    ("The council will set up a support fund, with grants of up to £5,000 available to each business.",
     "whats the max grant per business", "up to £5,000"),
    ("Council tax in the town will rise from £1,820 to £1,874 for a typical Band D home.",
     "What will council tax for a Band D home rise to?", "£1,874"),
    # A name after "à" is a place, not who; a role's holder is a person, not "which company".
    ("Le club, les Dauphins de Saint-Véran, s'entraîne pour l'instant à Voiron.", "Qui est le président des Dauphins ?",
     None),
    ("La présidente de SNCF Réseau, Hélène Dutreuil, a inauguré la ligne samedi.",
     "quelle entreprise a inauguré la ligne ?", "SNCF Réseau"),
    # A bid's premium is a percentage; "how much is X going up" asks the change.
    ("Kestrel offered 286 pence per share, a 34% premium to the closing price on Friday.", "what premium are they paying",
     "34%"),
    ("Tuition at Northbridge will go up 9% next year, adding hundreds of dollars to the bill for most families.",
     "how much is tuition going up at northbridge", "9%"),
    # "5G" is a name, no number 5.
    ("The deal would allow the group to invest £11 billion over the next decade in 5G and full-fibre networks.",
     "how much will they invest in 5G", "£11 billion"),
])
def test_short_answers_in_one_sentence(sentence, question, short):
    assert _best(sentence, question) == short


@pytest.mark.parametrize("sentence, question, short", [
    # a share in words answers a share asked, never a count (index.candidates._FRACTION)
    ("Selon la direction, un tiers des 600 salariés ont suivi la grève lundi.", "Quelle part des salariés a fait grève ?",
     "un tiers"),
    ("Almost half of the 212 members voted for the merger on Tuesday.", "What proportion of members backed the merger?",
     "Almost half"),
    ("Almost half of the 212 members voted for the merger on Tuesday.", "How many members are there?", "212 members"),
    ("Il a attendu un quart d'heure devant 40 clients.", "Combien de clients attendaient ?", "40 clients"),
    # a tariff or a tax may be a rate (index.candidates.fits)
    ("Le tarif douanier sur le bœuf australien sera de 5 % dès juillet.", "Quel est le tarif douanier sur le bœuf ?",
     "5 %"),
    ("The auction house takes a commission of 24% on each sale.", "how much commission does the auction house take", "24%"),
])
def test_shares_in_words_and_rates(sentence, question, short):
    assert _best(sentence, question) == short


@pytest.mark.parametrize("sentence, question, short", [
    # a telephone number is one span, answering a telephone asked (index.candidates.PHONE; trial 56)
    ("Appelez le 01 23 45 67 89 avant 18 heures.", "quel est le numéro de téléphone ?", "01 23 45 67 89"),
    ("Call +44 20 7946 0958 for help.", "What's the phone number?", "+44 20 7946 0958"),
    # and never a count ("2190" of the helpline for the customers affected)
    ("The helpline, 0800 046 2190, is free for the 12 affected customers.", "How many customers were affected?", "12"),
    # a number of a line or a route is still no telephone ("numéro de la ligne")
    ("Le bus de la ligne 12 passe toutes les dix minutes.", "quel est le numéro de la ligne ?", "12"),
])
def test_telephone_numbers(sentence, question, short):
    assert _best(sentence, question) == short


@pytest.mark.parametrize("model", [None, "e5"])
def test_a_thing_s_name_asked_is_the_name_introduced_as_one(model):
    """Trial 20, on the bundled article's wording: "Quel est le nom de la version chinoise ?" answered "Chine" (of
    "hors de Chine"), not "Douyin" (of "la version chinoise appelée Douyin")."""
    text = ("TikTok et ByteDance\n\nAmazon a demandé à ses employés de supprimer TikTok.\n\nLa société Internet chinoise "
            "ByteDance possède TikTok, qui est conçu pour les utilisateurs hors de Chine, ainsi que la version chinoise "
            "appelée Douyin.\n\nAmazon a ensuite parlé d'une erreur.")
    qa = QA(parse_article(text.encode(), "tiktok.txt"), dense.load_model() if model else None)
    assert qa.ask("Quel est le nom de la version chinoise ?").answer == "Douyin"


def test_the_level_reached_not_how_far_above_the_usual_one():
    """Trial 19: "la riviere est montee a combien de metres" answered "près de deux mètres" (the difference to
    the usual level, after "soit") instead of the height reached."""
    text = ("Crue de la Sèvre\n\nDans la nuit de lundi à mardi, la rivière est sortie de son lit vers 3 h 40 et a atteint "
            "une hauteur de 4,82 mètres à la station de mesure du Moulin-Neuf, soit près de deux mètres au-dessus de son "
            "niveau habituel.\n\n« L'eau est montée de quarante centimètres en une heure », raconte une habitante.")
    qa = QA(parse_article(text.encode(), "crue.txt"), None)
    assert qa.ask("la riviere est montee a combien de metres").answer == "4,82 mètres"


NORVIK = """Norvik pilots strike

The union is asking for a 9.5% pay rise over two years.

The strike is costing Norvik roughly 40 million kroner per day.
"""


@pytest.mark.parametrize("question, short", [
    ("what pay rise is the union asking for", "9.5%"),  # a decimal number is one word, not "5"
    ("how much is the strike costing norvik per day", "roughly 40 million kroner"),  # the currency stays
    ("How much do Norvik pilots earn?", None),  # earning asks for money: neither number is pay
])
def test_numbers_from_a_new_users_trial(question, short):
    answer = QA(parse_article(NORVIK.encode(), "norvik.txt"), None).ask(question)
    assert answer.answer == short and answer.found is (short is not None)


def test_a_unit_after_a_hyphen_is_the_number_s_unit():
    """From a new user's trial: "The 6.2-kilometre line" holds the length asked (before, no span fitted
    "how long" and the bot said the article doesn't say)."""
    assert _best("The 6.2-kilometre line will link the station to the new hospital.", "How long is the new line?") \
        == "6.2-kilometre"
    assert _best("Runners finished the 10-mile race in Leeds.", "How far did the runners go?") == "10-mile"


def test_a_season_with_its_year_answers_when():
    """From a new user's trial: "spring 2028" was no date, and the other date of the sentence answered."""
    qa = QA(parse_article(b"Portmere approves tram extension\n\nWork is due to start in September 2025 and the first "
                          b"trams should run in spring 2028.", "tram.txt"), None)
    assert qa.ask("When should the first trams run?").answer == "spring 2028"
    assert qa.ask("When will work start?").answer == "September 2025"


def test_further_from_a_number_only_the_noun_counted_names_what_it_counts():
    """"120 salariés et produit": "produit", a word of the question two words after 120, does
    not make 120 a count of tonnes (with e5, "fromage" also matches words near it)."""
    qa = QA(parse_article("La fromagerie du Val\n\nFondée en 1950 par Paul Morel, la fromagerie emploie aujourd'hui "
                          "120 salariés et produit chaque année près de 4 000 tonnes de comté et de morbier.".encode(),
                          "fromagerie.txt"), dense.load_model())
    assert qa.ask("Combien de tonnes de fromage la fromagerie produit-elle chaque année ?").answer == "près de 4 000 tonnes"
    assert qa.ask("Combien de salariés la fromagerie emploie-t-elle ?").answer == "120 salariés"


def test_a_stop_word_after_a_number_is_not_the_noun_the_question_counts():
    """From a new user's trial: "of the cost" after $180 million named the question's "the"."""
    qa = QA(parse_article(b"Nordvind will pay $180 million of the cost, while the state of Maine will contribute "
                          b"$150 million from its clean energy fund.", "port.txt"), None)
    assert qa.ask("How much will the state of Maine contribute?").answer == "$150 million"


@pytest.mark.parametrize("sentence, numbers", [
    ("Turnover for the quarter was up 4.3% to £1.97bn.", ["4.3%", "£1.97bn"]),   # two answers, not a range
    ("Le comté est affiné de 12 à 24 mois.", ["12 à 24 mois"]),                   # a range
    ("Il coûte de 25 à 30 euros le kilo.", ["25 à 30 euros"]),
    # a change: the whole change (answering only "de combien à combien", see `fits`) and the new value
    ("Le prix du billet est passé de 25 à 30 euros.", ["de 25 à 30 euros", "30 euros"]),
    ("Ticket prices rose from £6 to £8 last year.", ["from £6 to £8", "£8"]),
    ("Net debt rose to £412 million from £355 million.", ["to £412 million from £355 million", "£412 million",
                                                          "£355 million"]),
    ("41 des 48 sociétaires ont voté pour.", ["41 des 48"]),                      # a part of a whole
    ("Elle a transformé 3,1 millions de litres de lait.", ["3,1 millions de litres"]),
    ("Il est passé de 800 000 euros en 2020 à 2,6 millions d'euros en 2023.",   # a change dated at its start,
     ["de 800 000 euros en 2020 à 2,6 millions d'euros", "2,6 millions d'euros"]),  # not a range from the year
    ("Shares fell 6.3 per cent to 214p.", ["6.3 per cent", "214p"]),             # "cent" after "per" is no number
    ("Bayonne égalise à 24-24 à cinq minutes de la fin.", ["24-24"]),              # a score
    ("Le taux a baissé de 3 pour cent.", ["3 pour cent"]),
])
def test_ranges_changes_and_parts(sentence, numbers):
    assert [text for _, _, text in candidates(sentence, "number", set())] == numbers


@pytest.mark.parametrize("sentence, dates, numbers", [
    ("Quand Shang Yang meurt disgracié en 338, l'armée de Qin est puissante.", ["338"], []),
    ("He was crowned in 800 AD by the pope.", ["800"], []),
    ("The chain grew in 300 stores.", [], ["300"]),
    ("Les résultats complets seront connus dans les prochains jours.", ["dans les prochains jours"], []),
    ("Febelfin a recensé 261 cas depuis le début de l’année.", ["depuis le début de l’année"], ["261 cas"]),
    ("Sales will grow in the coming months.", ["in the coming months"], []),
    # From a new user's trial: spans of days and seasons are dates, their day numbers no counts.
    ("Le festival aura lieu du 24 au 27 juillet à Angers.", ["du 24 au 27 juillet"], []),
    ("The fair runs from 24 to 27 July 2025 in Leeds.", ["from 24 to 27 July 2025"], []),
    ("The show runs July 24-27 at the arena.", ["July 24-27"], []),
    ("Work starts in September 2025 and the first trams should run in spring 2028.",
     ["September 2025", "spring 2028"], []),
    ("Les travaux reprendront au printemps prochain.", ["au printemps prochain"], []),
    ("The park reopened in the fall of 2011 after 3 years.", ["fall of 2011"], ["3 years"]),
    # Trial 10: "when will the first residents move in?" got "2028" without its "late".
    ("The first residents should move in by late 2028, and the school in early March 2029.",
     ["late 2028", "early March 2029"], []),
    ("Les travaux finiront fin 2028 ; la vente aura lieu mi-juin.", ["fin 2028", "mi-juin"], []),
    # Held-out news: a span of months ("when is the lake usually frozen" abstained); about a number ("une trentaine").
    ("The surface is usually frozen from January to May.", ["from January to May"], []),
    ("L'exposition est ouverte d'avril à juin 2025.", ["d'avril à juin 2025"], []),
    ("Les œuvres, dont une trentaine inédites, et des centaines de lettres.", [], ["une trentaine", "des centaines"]),
    ("Hundreds of fans and dozens of players came.", [], ["Hundreds", "dozens"]),
    # Trial 50: half a unit is a number, a time from now a date whose span of time is a number too, a season from now
    # a date; the first hour of a range of them is one (trial 49).
    ("Dogs are allowed on Polwenna Cove, about half a mile to the east, for une demi-heure.", [],
     ["about half a mile", "une demi-heure"]),
    ("The order will be reviewed within three years, the bridge d'ici deux ans.", ["within three years", "d'ici deux ans"],
     ["three years", "deux ans"]),
    ("Cette année, 64 cabanes sont installées, contre 71 l'hiver dernier et 80 last season.",
     ["Cette année", "l'hiver dernier", "last season"], ["64", "71", "80"]),
    ("La journée portes ouvertes aura lieu de 9 heures à 17 heures.", ["9 heures", "17 heures"], []),
    # Trial 12: "when did the fire start" got "Saturday" without its time.
    ("The fire started shortly after 2 p.m. on Saturday near Sisters.", ["2 p.m. on Saturday"], []),
])
def test_early_years_and_relative_dates(sentence, dates, numbers):
    assert [text for _, _, text in candidates(sentence, "date", set())] == dates
    assert [text for _, _, text in candidates(sentence, "number", set())] == numbers


@pytest.mark.parametrize("text, named", [
    ("Combien de papillons ont été capturés en septembre 2011 ?", {("month", 9), ("year", 2011)}),
    ("In September 2011, they caught 238 more.", {("month", 9), ("year", 2011)}),
    ("It suffered about 30% loss in 2008-09.", {("year", 2008)}),
    ("The results came at 1400 GMT on May 3.", {("month", 5)}),  # a clock time names no year
    ("The surface is usually frozen from January to May.", {("month", 1), ("month", 5)}),
    ("The council may approve 2,000 homes.", set()),  # "may" the verb, a count
    ("combien de cabanes l'hiver dernier", {("year from now", -1)}),  # a season from now (trial 50)
    ("how many goals this season", {("year from now", 0)}),
])
def test_the_months_and_years_a_text_names(text, named):
    assert times(text) == named


@pytest.mark.parametrize("question, sentence, other", [
    # News-dev: "capturés en septembre 2011" was answered from the sentence of May 2011.
    ("Combien de papillons ont été capturés en septembre 2011 ?", "Deux mois plus tard, en mai 2011, ils ont capturé 144 papillons.",
     True),
    ("Combien de papillons ont été capturés en septembre 2011 ?", "Ils en ont prélevé 238 en septembre 2011.", False),
    # SQuAD 2.0: "AppleTalk was developed in 1995 for who?" over "developed by Apple Inc. in 1985" is unanswerable.
    ("AppleTalk was developed in 1995 for who?", "AppleTalk was developed by Apple Inc. in 1985.", True),
    ("How many butterflies were caught in September?", "They caught 238 butterflies in September 2011.", False),
    ("How many butterflies were caught in September?", "They caught 238 more, the team said.", False),  # no time: not another
    ("How many were caught?", "Deux mois plus tard, en mai 2011, ils ont capturé 144 papillons.", False),
])
def test_a_sentence_about_another_month_or_year(question, sentence, other):
    assert other_time(times(question), sentence) is other


@pytest.mark.parametrize("question, sentence", [
    # An English question covering 0.21 of its words on this small French article: the calibrated abstention
    # (index.abstain) gives it 0.22, under its threshold 0.35 (the earlier thresholds answered it): the bot says the
    # article doesn't say and quotes the right sentence first. ("Who runs the festival?", 0.30, is now answered by
    # its director: index.query.ROLE_VERBS.)
    ("How much did the town hall give for the hall?", "La mairie a versé une subvention de 3 millions d'euros pour la salle."),
])
def test_a_question_in_the_other_language_under_the_threshold_quotes_the_closest_sentence(fr, question, sentence):
    answer = fr.ask(question)
    assert not answer.found and answer.answer is None and answer.passages[0].text == sentence


@pytest.mark.parametrize("article, question", [
    ("fr", "How much does parking cost at the festival?"),
    ("fr", "Who is the mayor of Rennes?"),
    ("en", "Qui est le maire de Leeds ?"),
])
def test_a_question_in_the_other_language_the_article_does_not_answer(request, article, question):
    assert not request.getfixturevalue(article).ask(question).found


def test_a_name_written_in_capitals_is_the_articles_name_not_a_lower_case_word():
    """"BA" and a capitalised first word ("Ken") in a question name the article's names fully; "new" in lower case
    matches the article's "New" (only in a name) at half strength."""
    qa = QA(parse_article(b"On Friday BA cut 600 jobs, the New York Times said.", "ba.txt"), None)
    matches = dict(analyse(qa.index, None, "How many new jobs did BA cut?").matches)
    assert matches["ba"] == {"ba": 1.0}
    assert matches["new"] == {"new": 0.5}
    qa = QA(parse_article(b"On Friday the club said that Ken Bates had bought it.", "bates.txt"), None)
    assert dict(analyse(qa.index, None, "Ken Bates a quel âge ?").matches)["ken"] == {"ken": 1.0}  # the first word too


def test_an_acronym_in_capitals_finds_the_words_it_abbreviates():
    """index.candidates.acronyms: initials of capitalised runs, stop words aside; a question's "BA"
    then matches "British Airways" at index.query.EXPANSION ("ba" in lower case does not)."""
    assert acronyms(["British Airways blamed fuel prices.", "The Internet Protocol and Kevin Mayer.",
                     "La Banque centrale européenne a parlé."]) == {
        "ba": ["British Airways"], "ip": ["Internet Protocol"], "km": ["Kevin Mayer"]}
    qa = QA(parse_article(b"British Airways blamed fuel prices for a drop in profits.\n\nOn Friday BA cut 600 jobs.",
                          "ba.txt"), None)
    assert dict(analyse(qa.index, None, "Why did BA profits drop?").matches)["ba"] == {
        "ba": 1.0, "british": EXPANSION, "airway": EXPANSION}
    assert dict(analyse(qa.index, None, "why did ba profits drop").matches)["ba"] == {"ba": 1.0}


def test_a_regnal_number_is_not_a_name_the_article_lacks():
    qa = QA(parse_article("Napoléon entre à Madrid en 1808 avec son frère Joseph.".encode(), "napoleon.txt"), None)
    assert analyse(qa.index, None, "Où entre le frère de Napoléon Ier ?").unknown_names == set()
    assert analyse(qa.index, None, "Où entre le frère de Louis Philippe ?").unknown_names == {"louis", "philippe"}


def test_a_question_type_is_read_in_its_first_characters():
    """index.query.MAX_TYPE_CHARS bounds the work of long questions: what a question asks for
    shows in its start."""
    qa = QA(parse_article(b"The fair opens on May 3 and 400 people attend.", "fair.txt"), None)
    assert analyse(qa.index, None, "How many people attend the fair? " + "fair " * 100).expected == "number"
    assert analyse(qa.index, None, "fair " * (MAX_TYPE_CHARS // 5) + "how many people attend?").expected is None


FOOTBRIDGE = """Millbrook council approves new footbridge

Millbrook Town Council voted on Tuesday to build a footbridge across the Wren River.

The structure was designed by the Leeds firm Carrow & Baines, which also built the Harbour Steps in Whitby.
"""


def test_an_ampersand_joins_a_firms_name():
    """From a new user's trial: "Carrow" alone, one word, lost to "Harbour Steps"."""
    qa = QA(parse_article(FOOTBRIDGE.encode(), "footbridge.txt"), None)
    answer = qa.ask("Who designed the structure?")
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, "Carrow & Baines", 3)


def test_an_institution_after_an_article_keeps_its_adjective():
    """"Le" is a name's word in this article ("Le Soir"): "Le Parquet fédéral" was cut to "Parquet"."""
    text = "Des pirates ont volé 3 millions d'euros, selon Le Soir.\n\nLe Parquet fédéral a annoncé le vol mardi."
    answer = QA(parse_article(text.encode(), "parquet.txt"), None).ask("Qui a annoncé le vol ?")
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, "Parquet fédéral", 2)


@pytest.mark.parametrize(("sentence", "name"), [
    ("Le reste sera payé par l'Agence régionale de santé (ARS) Centre-Val de Loire.", "Agence régionale de santé"),
    ("La Cour des comptes a publié son rapport jeudi.", "Cour des comptes"),
    ("Les rendements vont chuter, selon la Chambre d'agriculture de la Gironde.", "Chambre d'agriculture"),
    ("Le dossier est suivi par la Caisse nationale d'assurance maladie.", "Caisse nationale d'assurance maladie"),
    ("La loi est contrôlée par le Conseil constitutionnel depuis 1958.", "Conseil constitutionnel"),  # not "depuis"
    # Trial 27: "Académie" alone answered; a plural adjective, a hyphenated complement.
    ("En 2011, l'Académie des langues régionales lui décerne sa médaille d'or.", "Académie des langues régionales"),
    ("Le Musée des beaux-arts rouvre ses portes samedi.", "Musée des beaux-arts"),
])
def test_a_french_institution_keeps_its_lower_case_complement(sentence, name):
    """Held-out news: "qui paye une partie de l'addition" answered "Centre-Val de Loire", the name after
    "l'Agence régionale de santé (ARS)"; "Cour", "Chambre" alone are no institution's name."""
    from index.candidates import names
    assert name in [text for _, _, text in names(sentence, set())]


def test_a_name_s_lower_case_rest_is_no_name():
    """Review of the rule above: "Who is the national president of the SNPL?" (unanswerable) answered "pilotes",
    what was left of "Syndicat national des pilotes" once the question's words were trimmed off."""
    assert _best("Le Syndicat national des pilotes de ligne (SNPL) a appelé à la grève mardi.",
                 "Who is the national president of the SNPL?") is None


MUNICIPALE = ("Municipale partielle à Saint-Aubin\n\nClaire Morvan a été élue maire de Saint-Aubin-sur-Loire dimanche "
              "14 septembre 2025, à l'issue du second tour d'une élection municipale partielle provoquée par la démission de "
              "l'ancien maire, Gérard Lhomme. La candidate, Claire Morvan, a obtenu 52,8 % des suffrages.")


@pytest.mark.parametrize("question, short", [
    ("Qui a été élu maire de Saint-Aubin-sur-Loire ?", "Claire Morvan"),  # the doer of the verb, before its words
    ("who won the election?", "Claire Morvan"),
    ("Qui était l'ancien maire ?", "Gérard Lhomme"),                      # a role's holder, after it
])
def test_the_doer_of_the_questions_verb_comes_before_its_words(question, short):
    """From new-user trial 10, which got "Gérard Lhomme" for the first question."""
    assert QA(parse_article(MUNICIPALE.encode()), None).ask(question).answer == short


@pytest.mark.parametrize("sentence, kind, spans", [
    # Trial 13: a number inside a name ("Périgueux-2") is no quantity, nor a piece of a race time ("2"); the race
    # time is one (trial 45), which `fits` only a time taken or a record asked (test_a_race_time_answers_only_a_time).
    ("le second tour du canton de Périgueux-2, en Dordogne, avec 54,7 % des voix.", "number", ["54,7 %"]),
    ("Bekele won in 2:23:10 after 35 kilometres.", "number", ["2:23:10", "35 kilometres"]),
    # Units of speed and temperature; a count of people keeps its noun.
    ("Des rafales à 187 km/h ont touché Brest.", "number", ["187 km/h"]),
    ("Temperatures rose from 16C at the start to 24 °C by noon.", "number", ["16C", "24 °C"]),
    ("Au total, 214 épargnants ont perdu près de 8,6 millions d'euros.", "number",
     ["214 épargnants", "près de 8,6 millions d'euros"]),
    ("The HbA1c fell by 0.4 percentage points.", "number", ["0.4 percentage points"]),
    # A quarter or a half of a year with its year is a date; "in the third quarter" alone is a period of accounts.
    ("The deal is expected to close in the third quarter of 2026.", "date", ["the third quarter of 2026"]),
    ("La vente sera conclue au premier trimestre 2027.", "date", ["premier trimestre 2027"]),
    ("Profits rose in the third quarter.", "date", []),
])
def test_numbers_and_dates_from_new_users_trials_13_and_14(sentence, kind, spans):
    assert [text for _, _, text in candidates(sentence, kind, set())] == spans


@pytest.mark.parametrize("question, fitting", [
    ("whats the course record", True), ("How long did Bekele take?", True), ("en combien de temps a-t-il couru ?", True),
    ("how many kilometres did he run?", False), ("how many runners finished?", False),
])
def test_a_race_time_answers_only_a_time(question, fitting):
    """Trial 45: "The course record, 2:09:41, was set … in 2019": "whats the course record" found no number (its
    pieces were none) and "When did he set it?" got the clock time "2:09"; a race time is one number, for a time."""
    assert fits("number", "2:09:41", question) is fitting
    sentence = "The course record, 2:09:41, was set by the Kenyan runner Daniel Kiprop in 2019."
    assert [text for _, _, text in candidates(sentence, "date", set())] == ["2019"]


@pytest.mark.parametrize("sentence, kind, spans", [
    # Dates as journalists write them: decades, dates in digits, time ago, a season alone, an hour with a dot.
    ("The band was formed in the 1990s and split in the '00s.", "date", ["the 1990s", "the '00s"]),
    ("Le groupe s'est formé dans les années 1990 à Lyon.", "date", ["les années 1990"]),
    ("La réunion aura lieu le 3/03 ; le contrat date du 14/07/2024.", "date", ["le 3/03", "14/07/2024"]),
    ("The factory closed two years ago and the club was founded a decade ago.", "date",
     ["two years ago", "a decade ago"]),
    ("L'usine a fermé il y a deux ans ; le club a été fondé l'an dernier.", "date", ["il y a deux ans", "l'an dernier"]),
    ("Les travaux commenceront à l'automne et finiront au printemps 2027.", "date", ["l'automne", "printemps 2027"]),
    ("The line opens in the fall; the park in the spring of 2027.", "date", ["in the fall", "spring of 2027"]),
    ("The show starts at 7.30pm at the theatre.", "date", ["7.30pm"]),
    ("One in three voters, 1/3, backed it.", "date", []),  # a fraction is no date
    # A currency word ends at its word's end: "centimetres" holds no "centime", "franchises" no "franc".
    ("The storm dumped 45 centimetres of snow; the chain has 5 franchises.", "number",
     ["45 centimetres", "5"]),
    ("The company will hire a dozen engineers.", "number", ["a dozen"]),
    # A score after "de" with a dash ("de 12 à 24 mois" stays a range).
    ("Le score final était de 3-1 pour Lyon.", "number", ["3-1"]),
    # Units written against the number, ranges of years, a span of days with its weekdays, "on 2/11".
    ("He is 1.91m tall; 187mm of rain fell; gusts reached 83mph; the test needs 5 milliliters.", "number",
     ["1.91m", "187mm", "83mph", "5 milliliters"]),
    ("Samples were collected between 2019 and 2023, first presented on 2/11.", "date", ["between 2019 and 2023", "2/11"]),
    ("Les données couvrent la période 2019-2023.", "date", ["2019-2023"]),
    ("Le festival a eu lieu du jeudi 10 au dimanche 13 juillet.", "date", ["du jeudi 10 au dimanche 13 juillet"]),
    ("La tempête a frappé dans la nuit de mardi à mercredi, pas la nuit de mardi à Lyon.", "date",
     ["dans la nuit de mardi à mercredi", "mardi"]),
    # Trial 28: a night with its year, an hour with its minutes ("2 h" was given), a number after an acronym
    # ("SDIS 15", "RN 122") part of a name, not a count of firefighters.
    ("Le feu a pris dans la nuit du mardi 14 au mercredi 15 octobre 2025 ; l'alerte a été donnée vers 2 h 40.", "date",
     ["dans la nuit du mardi 14 au mercredi 15 octobre 2025", "2 h 40"]),
    ("Le commandant du SDIS 15 a engagé 65 pompiers sur la RN 122, et le CAC 40 a reculé de 2 %.", "number",
     ["65 pompiers", "2 %"]),
    # A name keeps "for" inside it and loses a possessive's "'s".
    ("According to the Office for National Statistics, unemployment fell.", "name", ["Office for National Statistics"]),
    ("The inquiry was handed to the Metropolitan Police's fraud squad.", "name", ["Metropolitan Police"]),
    # "and" joins two capitalised runs only inside an institution's name.
    ("It will seek Food and Drug Administration approval, as Paris and Lyon did.", "name",
     ["Food and Drug Administration", "Paris", "Lyon"]),
])
def test_numbers_and_dates_as_journalists_write_them(sentence, kind, spans):
    assert [text for _, _, text in candidates(sentence, kind, set())] == spans


CUP_FINAL = """Paris edge Lyon in cup final

Paris Saint-Germain won the French Cup on Sunday night at the Stade de France.

Paris beat Lyon 2-1 in front of 78,000 fans.

Kylian Diallo scored both goals for Paris in the second half.

Lyon's coach, Marc Petit, said his team had been unlucky.
"""


@pytest.mark.parametrize("text, question, fit", [
    ("1.91m", "how tall is ferreira", True),  # metres written against the number
    ("£1.9m", "how tall is ferreira", False),
    ("16 à 78 ans", "Les bénévoles ont quel âge ?", True),  # ages from one to another
    ("between 45 and 80", "How old were the study participants?", True),
    ("18 to 90", "quel âge a la boulangère ?", False),  # one person's age is no range (new user's trial 16)
    ("40-metre", "How long will repairs to the embankment take?", False),  # a verb of time: no length
    ("40-metre", "How long is the collapsed section?", True),
    ("10 à 15 %", "What will be the top speed of the new trams?", False),  # a speed is no percentage
    ("70 km/h", "What will be the top speed of the new trams?", True),
    # Trial 29: turnover asked is money, never a rocket's height; "how much" lithium may be a weight.
    ("19-metre", "Quel est le chiffre d'affaires de Skyhook ?", False),
    ("£4.3 million", "Quel est le chiffre d'affaires de Skyhook ?", True),
    ("4,500 tonnes", "How much lithium carbonate will the plant produce?", True),
    # A temperature is in degrees: not a satellite's "68-kilogram" (trial 29).
    ("68-kilogram", "what was the temperature at launch time", False),
    ("16C", "what was the temperature at launch time", True),
])
def test_measures_ages_and_lengths_as_asked(text, question, fit):
    assert fits("number", text, question) is fit


@pytest.mark.parametrize("text, fit", [("les années 1990", False), ("mardi", False), ("19h30", True), ("7.30pm", True),
                                       ("13 heures", True)])
def test_an_hour_asked_is_an_hour(text, fit):
    # New user's trial 16: "À quelle heure la pluie s'est-elle arrêtée ?" (not in the article) answered "les années 1990".
    assert fits("date", text, "À quelle heure la pluie s'est-elle arrêtée ?") is fit


@pytest.mark.parametrize("question, kind", [
    ("Which manufacturer is building the trams?", "org"),
    ("Which design firm was acquitted?", "org"),
    ("quel constructeur fabrique les rames ?", "org"),
    ("how accurate is the new blood test", "number"),
    ("Quel diamètre faisait le poteau ?", "number"),
    ("What kind of company is it?", "phrase"),
    ("Quelle amende maximale Patrick Vernet risquait-il ?", "number"),
    ("Quel cachet a touché la chanteuse ?", "number"),
    ("what was the transfer fee", "number"),
    ("Comment s'appelait la retraitée ?", "name"),
])
def test_org_and_number_questions_from_a_diagnosis_set(question, kind):
    assert expected_type(question) == kind


PARKING = """Effondrement d'un parking : l'ancien directeur condamné

Le tribunal correctionnel de Lyon a rendu son jugement jeudi.

L'ancien directeur des travaux de l'entreprise Rhône Bâtiment, Patrick Vernet, 58 ans, a été reconnu coupable d'homicides et de blessures involontaires.

Il a été condamné à trois ans d'emprisonnement.
"""


@pytest.mark.parametrize("question", ["How old is the former works director who was convicted?",
                                      "quel âge a l'ancien directeur des travaux ?"])
def test_a_capital_opening_the_sentence_is_no_other_persons_name_for_an_age(question):
    # "L'ancien" opens the sentence: no name whose age "58 ans" would be (index.spans._age_of_else).
    answer = QA(parse_article(PARKING.encode()), dense.load_model()).ask(question)
    assert (answer.found, answer.answer) == (True, "58 ans")


PROTEO = """Blood test spots pancreatic cancer early

A blood test developed at the University of Michigan identified early-stage pancreatic cancer in 91 percent of cases.

ProteoSignal, an Ann Arbor-based startup founded in 2021, said it plans to seek Food and Drug Administration approval by late 2026.

The researchers called the results encouraging.
"""


def test_an_institution_is_no_person_holding_a_role():
    # The article names no chief executive: "Food and Drug Administration" holds no role (index.spans: INSTITUTION).
    qa = QA(parse_article(PROTEO.encode()), dense.load_model())
    assert qa.ask("Who is the CEO of ProteoSignal?").found is False
    answer = qa.ask("whose approval will ProteoSignal seek?")
    assert (answer.found, answer.answer) == (True, "Food and Drug Administration")


@pytest.mark.parametrize("sentence, question, short", [
    # "what time" asks the hour, not its day; "at least" qualifies a number; a gust is measured.
    ("The River Swale burst its banks in Richmond at about 7.30pm on Tuesday, flooding 320 properties.",
     "What time did the Swale burst its banks?", "7.30pm"),
    ("Repairs are expected to take at least three weeks.", "How long will repairs take?", "at least three weeks"),
    ("Gusts of up to 83mph were measured on the coast near Whitby.", "Quelle a été la rafale de vent la plus forte ?",
     "up to 83mph"),
    # A street named by the question is no person whose age "47 ans" would be (index.spans._age_of_else).
    ("« Mon chiffre d'affaires a chuté d'un tiers », témoigne Sandrine Moreau, 47 ans, qui tient une boulangerie rue de "
     "Gigant.", "quel âge a la boulangère de la rue de Gigant ?", "47 ans"),
    # The name of a thing may follow "de la"; a person's may not ("in Rennes" is where, not who).
    ("Il a fallu 112 ouvrages d'art, dont le viaduc de la Sioule, long de 1,4 kilomètre.",
     "whats the name of the big viaduct they built", "Sioule"),
    ("Il a fallu 112 ouvrages d'art, dont le viaduc de la Sioule, long de 1,4 kilomètre.", "quel est le nom du viaduc ?",
     "Sioule"),
    ("The festival in Rennes was opened by Marie Curie.", "what's the name of the singer?", "Marie Curie"),
    # An institution is no place (trial 16: "Rail and Transit Group" after "awarded to").
    ("The contract was awarded to Northbridge Rail and Transit Group, a consortium based in Toronto.",
     "Where is Northbridge based?", "Toronto"),
])
def test_short_answers_from_a_diagnosis_set(sentence, question, short):
    assert _best(sentence, question) == short


TRAM = """Le tramway de Nantes coûtera plus cher

La ligne 6 du tramway coûtera 412 millions d'euros, contre 295 millions prévus.

Le surcoût sera financé à parts égales par la métropole et l'État, qui s'est engagé à verser une subvention supplémentaire de 58 millions d'euros.

Les travaux ont commencé en mai 2023.
"""


def test_a_nationality_is_no_name_the_article_must_mention():
    # "French" qualifies the state the article calls "l'État" (index.query: _NATIONALITY).
    answer = QA(parse_article(TRAM.encode()), dense.load_model()).ask(
        "How much extra money has the French state committed to the project?")
    assert (answer.found, answer.answer) == (True, "58 millions d'euros")


def test_a_score_answers_the_score_asked_without_the_word_score():
    # "Paris beat Lyon 2-1" says the score: the question's "score" need not be in the sentence (index.abstain.predicate).
    answer = QA(parse_article(CUP_FINAL.encode()), dense.load_model()).ask("what was the score against Lyon?")
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, "2-1", 3)


@pytest.mark.parametrize("sentence, question, short", [
    # "based" next to "Lisbon" in "Lisbon-based" (trial 13 got "San Francisco").
    ("Northwind Systems, the cloud software company based in San Francisco, agreed to buy Faro Labs, "
     "a Lisbon-based artificial intelligence start-up.", "where is faro based", "Lisbon"),
    # A person is no company (trial 14 got "Helen Okoro").
    ("Mayor Helen Okoro called the vote a turning point.", "which company will build the tram?", None),
    # A count of people keeps its noun, now for any noun of people (index.candidates.PEOPLE).
    ("The trial enrolled 486 patients in 12 hospitals.", "How many patients took part in the trial?", "486 patients"),
])
def test_short_answers_from_new_users_trials_13_and_14(sentence, question, short):
    assert _best(sentence, question) == short


TRIAL13 = """Faro Labs joins Northwind

Faro Labs, a Lisbon start-up founded by Inês Carvalho, employs 140 people.

Carvalho, Faro's chief executive, will join Northwind as a senior vice president.

A record 27,400 runners started the city race on Sunday.

LEEDS, England, Aug. 29 — Leeds United have signed Brazilian striker Rafael Costa from Porto for £32 million.

In Lisbon the temperature reached 41°C on Monday, the hottest day of the summer.
"""


@pytest.mark.parametrize("question, short, number", [
    # Chat shorthand and misspelt question words are written out (index.query.CHAT_WORDS).
    ("how meny runners started", "27,400 runners", 4),
    ("how many ppl work at faro labs", "140 people", 2),
    ("what temp did lisbon hit on monday", "41°C", 6),  # "temp": a temperature asked, a number
    ("wen did the runners start", "Sunday", 4),  # "wen", "wot", "wheres", "whens" (trial 49's "wen does the rex reopen")
    ("whens the race", "Sunday", 4),
    ("wot was the temperature in lisbon on monday", "41°C", 6),
    # "ceo" is the article's "chief executive" (index.query._ROLE_ABBREVIATIONS); e5 gives it 0.58.
    ("who is faro's ceo?", "Carvalho", 3),
    ("who's the chief exec of faro labs", "Carvalho", 3),  # trial 27: "exec" too
    # The question's own name is no answer, nor its last word: "Leeds United" (trial 14 got "United").
    ("who did leeds sign?", "Rafael Costa", 5),
])
def test_chat_shorthand_and_role_abbreviations(question, short, number):
    answer = QA(parse_article(TRIAL13.encode(), "trial13.txt"), None).ask(question)
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, short, number)


GLASSWORKS = """Glassworks reopens in Runcorn

The Mersey Glass Company reopened its furnace in Runcorn on Monday after a two-year closure.

The sand is supplied by Hollins Sand, a quarry in Cheshire, and the soda ash comes from Tata Chemicals.

Hollins Sand is run by Mary Cole, who said the contract was worth £2 million a year.
"""


@pytest.mark.parametrize("question, short, number", [
    # A name ending in the common noun asked about is another's name (trials 36 and 37: "Green Shoots Bamboo" for
    # "who supplies the bamboo", "Pennine Electrolysis" for "qui fournit l'électrolyseur", both skipped as the
    # question's own name).
    ("who supplies the sand?", "Hollins Sand", 3),
    ("Who supplies the sand?", "Hollins Sand", 3),
    # Named whole, it is the question's own name.
    ("who runs hollins sand", "Mary Cole", 4),
    ("Who runs Hollins Sand?", "Mary Cole", 4),
])
def test_a_name_ending_in_the_noun_asked_about_is_an_answer(question, short, number):
    answer = QA(parse_article(GLASSWORKS.encode(), "glassworks.txt"), None).ask(question)
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, short, number)


@pytest.mark.parametrize("text, question, short", [
    # "Who is buying …": the doer of the verb, as for "who bought" (index.answer_type.SUBJECT_QUESTION), not the
    # place of the thing bought (trial 38: "Perthshire").
    ("Nordvig buys Glen Oat\n\nNordvig Foods, the Danish dairy cooperative, has agreed to buy Glen Oat, the Perthshire "
     "company that makes oat drinks, for £95 million.", "Who is buying Glen Oat?", "Nordvig Foods"),
    # A capacity is a measure, no amount of money (trial 38: "£20 million").
    ("Perth : l'usine s'agrandit\n\nLe groupe investira 20 millions d'euros dans l'usine de Perth, dont la capacité "
     "passera à 70 millions de litres.", "Quelle sera la capacité de l'usine ?", "70 millions de litres"),
    # "au public le samedi 3 mars": "public" is no verb of saying ("publier"), the date is the opening's.
    ("Une salle neuve à Dole\n\nLa nouvelle salle ouvrira au public le samedi 3 mars, a annoncé la mairie.",
     "Quand la salle ouvrira-t-elle ?", "le samedi 3 mars"),
    # A future asked is not the past date after "depuis" (trials 38 and 39: "septembre 2023", "avril 2025").
    ("Besançon rouvre sa piscine\n\nLa piscine Mallarmé, fermée depuis septembre 2023, rouvrira ses portes au public le "
     "samedi 17 janvier 2026, a annoncé mardi la Ville.", "Quand la piscine rouvrira-t-elle ?", "le samedi 17 janvier 2026"),
    # Grams weigh (trials 37 and 39: "combien pèse la prothèse" was told the article doesn't say).
    ("Une prothèse de main à Grenoble\n\nLa prothèse Kalia pèse 420 grammes et coûte 9 000 euros.",
     "combien pèse la prothèse ?", "420 grammes"),
])
def test_the_doer_a_capacity_a_weight_and_dates(text, question, short):
    answer = QA(parse_article(text.encode(), "article.txt"), None).ask(question)
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, short, 2)


@pytest.mark.parametrize("question, text, short", [
    # Trial 16: "qu a-t-il promis ?" was no object question ("qu'" without its apostrophe) and got "maire".
    ("qu a promis François Rebsamen ?", "qu'a promis François Rebsamen ?",
     "nouvelles caméras seraient installées avant la réouverture"),
    ("qu'a promis François Rebsamen ?", "qu'a promis François Rebsamen ?",
     "nouvelles caméras seraient installées avant la réouverture"),
    ("qui dirige l enquete ?", "qui dirige l'enquete ?", "Julien Marchetti"),
    ("what was vitamin d in ?", "what was vitamin d in ?", None),  # English: a letter, no elision
])
def test_french_elisions_typed_with_a_space(question, text, short):
    article = ("Vol au musée\n\nLe maire, François Rebsamen, a promis que de nouvelles caméras seraient installées avant "
               "la réouverture.\n\nLe commandant Julien Marchetti dirige l'enquête sur le vol.")
    qa = QA(parse_article(article.encode(), "vol.txt"), None)
    assert analyse(qa.index, None, question).text == text
    assert qa.ask(question).answer == short


def test_a_count_of_victims_is_answered_by_a_count_of_savers():
    """Trial 14: "combien de victimes ont perdu de l'argent ?" abstained over "214 épargnants" (the
    counted noun named nowhere in the sentence): savers are people (index.candidates.PEOPLE)."""
    text = ("Escroquerie à Bordeaux\n\nAu total, 214 épargnants ont perdu près de 8,6 millions d'euros.\n\n"
            "Le procès a duré trois jours.")
    answer = QA(parse_article(text.encode(), "fraude.txt"), None).ask("combien de victimes ont perdu de l'argent ?")
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, "214 épargnants", 2)


@pytest.mark.parametrize("sentence, question, short", [
    # Trial 13 got "départementale" for the reason of an election, trial 14 "Leeds had also been linked with Ajax
    # forward Tom" for why talks failed: without a word of cause, the sentence answers and no run of its words.
    ("La candidate socialiste a remporté le second tour de l'élection départementale partielle.",
     "pourquoi il y avait une election partielle", None),
    ("Le scrutin avait été provoqué par la démission de l'ancien conseiller Bernard Lacoste.",
     "pourquoi il y avait une election partielle", "la démission de l'ancien conseiller Bernard Lacoste"),
    ("Elle s'est éloignée des salons après une longue maladie.", "Pourquoi s'est-elle éloignée des salons ?",
     "une longue maladie"),
])
def test_a_reason_is_the_clause_after_a_word_of_cause(sentence, question, short):
    asked = {fold_accents(w) for w in words(question)}
    shared = lambda w: any(fold_accents(x) in asked for x in words(w))  # noqa: E731
    assert best_span(sentence, "reason", question, shared, shared, set()) == short


def test_a_question_of_names_only_asks_about_them():
    """Held-out news 8: "where's tyler brandt from" and "who's the fire chief there" had no short answer and
    abstained with the right sentence first: every word of theirs is one the article writes only as a name
    ("Fire Chief Ron Delaney"), and a question matching only names was taken for one whose other words
    matched nothing ("Who founded ByteDance?", where the sentence's other names are guesses)."""
    text = ("Saxon River floods Millbrook\n\nAmerican Tyler Brandt, 29, from Boulder, finished third in 2:09:57.\n\n"
            "Crews carried out 86 water rescues, said Fire Chief Ron Delaney.\n\nThe bridge was built by Harlow Works.")
    qa = QA(parse_article(text.encode(), "flood.txt"), None)
    assert [(a.found, a.answer) for a in map(qa.ask, ("where's tyler brandt from", "who's the fire chief there"))] \
        == [(True, "Boulder"), (True, "Ron Delaney")]
    assert qa.ask("who founded Harlow Works?").found is False


@pytest.mark.parametrize("question, described", [
    ("Who is Kevin Mayer?", True), ("c'est quoi Febelfin ?", True), ("what's Karim Haddad's role?", True),
    ("élodie marchand elle fait quoi dans la vie", True), ("yvonne todd elle faisait quoi avant", True),
    ("quel est le métier de Kevin Mayer ?", True), ("what does Kevin Mayer do", True),
    ("who is the mayor", False), ("c'est qui le town manager", False), ("who is bates lawyer", False),
    ("what's bates first job at leeds?", False),  # a task, not his role
    ("what does the company do", False),
])
def test_questions_asking_who_or_what_a_name_is(question, described):
    known = {"kevin", "mayer", "febelfin", "karim", "haddad", "elodie", "marchand", "yvonne", "todd", "town", "manager",
             "bates", "leeds"}
    assert answer_type.described(question, known) is described


@pytest.mark.parametrize("sentence, named, role", [
    ("Lorimer will be joined by former Chelsea finance director Yvonne Todd and lawyer Mark Taylor.", {"yvonne", "todd"},
     "former Chelsea finance director"),
    ("Côté allemand, le directeur sportif Markus Wendt, 48 ans, s'est félicité.", {"markus", "wendt"}, "directeur sportif"),
    ("« C'est un premier pas », a réagi Karim Haddad, délégué Force ouvrière.", {"karim", "haddad"},
     "délégué Force ouvrière"),
    ("TikTok a nommé Kevin Mayer, cadre supérieur de Disney, qui pourrait aider.", {"kevin", "mayer"},
     "cadre supérieur de Disney"),
    ("« Trop d'heures », affirme Nathalie Berthier, 47 ans, infirmière aux urgences.", {"nathalie", "berthier"},
     "infirmière aux urgences"),  # the age between commas passed over
    ("Crews carried out 86 rescues, said Fire Chief Ron Delaney.", {"ron", "delaney"}, "Fire Chief"),
    ("Kiptoo, who was running his third marathon, won.", {"kiptoo"}, None),  # a relative clause, no role
    ("The motion was tabled by Laura Brandt, an economics professor who chairs the senate.", {"laura", "brandt"},
     "an economics professor"),  # what she is, not the clause on what she does
    ("« On a peur », confie Lucie Morel, infirmière qui travaille de nuit depuis dix ans.", {"lucie", "morel"},
     "infirmière"),
    ("Whitfield, 54, said at a briefing that the fire was contained.", {"whitfield"}, None),
    ("The council met on Monday.", {"kiptoo"}, None),
])
def test_the_role_next_to_a_name(sentence, named, role):
    assert appositive(sentence, named) == role


def test_who_or_what_a_name_is_answers_with_the_role_next_to_it():
    """Held-out news 8 and news-dev: "what's Karim Haddad's role?" answered "réagi" (a phrase near the name), then
    abstained (no word of the question's but the name in the sentence); "yvonne todd elle faisait quoi avant"
    abstained with "former Chelsea finance director Yvonne Todd" first."""
    text = ("Grève à l'hôpital\n\n« Ce n'est pas une victoire complète », a réagi Karim Haddad, délégué Force ouvrière.\n\n"
            "Le directeur de l'hôpital, Philippe Morvan, a salué un dialogue exigeant.")
    qa = QA(parse_article(text.encode(), "greve.txt"), None)
    assert [qa.ask(q).answer for q in ("what's Karim Haddad's role?", "Karim Haddad il fait quoi ?", "c'est qui Philippe Morvan ?")] \
        == ["délégué Force ouvrière", "délégué Force ouvrière", "directeur de l'hôpital"]


@pytest.mark.parametrize("sentence, age", [
    ("Après six ans de travaux, la ligne a été inaugurée samedi.", None),  # how long the works took
    ("He retired after 30 years of service at the bank.", None),
    ("Une femme de 45 ans d'origine belge a été arrêtée.", "45 ans"),
    ("Bertrand Lemaire, 58 ans, dirige la société.", "58 ans"),
])
def test_years_of_something_are_no_age(sentence, age):
    assert _best(sentence, "quel âge a-t-elle ?" if "femme" in sentence else "how old is he?") == age


def test_names_opening_a_sentence_and_roles_before_a_name_set_off_by_commas():
    """Trial 20: "who is dana whitfield" and "who is helen brandt", typed in lower case, abstained: their names
    open their sentences ("Mayor Dana Whitfield, who …", "Helen Brandt, the tournament director, said") and were
    not known as names; "qui est laurent pichon" answered "s'est dit" (a verb after the name, not its role)."""
    known = capitalised_words(["Mayor Dana Whitfield, who made the tram her campaign, called the vote a promise kept.",
                               "Helen Brandt, the tournament director, said entries were up.",
                               "Six d'entre eux ont été hospitalisés.", "The Forward Sports Fund bought the stake."])
    assert {"dana", "whitfield", "helen", "brandt", "forward"} <= known and not {"six", "the"} & known
    text = ("Intoxication à la cantine\n\nQuarante-sept enfants de l'école ont été malades jeudi.\n\n"
            "Six d'entre eux ont été hospitalisés à Vierzon.\n\n"
            "Le directeur de Saveurs Collectives, Laurent Pichon, s'est dit « profondément désolé ».\n\n"
            "Son directeur commercial, Marc Delorme, affirme que la ligne perdait de l'argent.")
    qa = QA(parse_article(text.encode(), "cantine.txt"), None)
    assert [qa.ask(q).answer for q in ("qui est laurent pichon", "qui est marc delorme ?")] \
        == ["directeur de Saveurs Collectives", "directeur commercial"]
    # "d'entre eux": the children of the sentence before are counted (index.abstain.counts_else)
    assert qa.ask("combien d'enfants ont été hospitalisés ?").answer == "Six"


def test_chat_future_a_length_is_no_money_and_turnout_is_a_percentage():
    """Trial 20: "how much is the tram gonna cost" abstained ("going to cost" answered); "quelle longueur fait la
    ligne de tram ?" answered "$1.38 billion". Held-out news 8: "what was turnout in the first round" answered
    "deux" (from "entre les deux tours")."""
    qa = QA(parse_article(b"Green Line\n\nThe 11.3-mile line is expected to cost $1.38 billion.", "tram.txt"), None)
    assert qa.ask("how much is the tram gonna cost").answer == "$1.38 billion"
    assert not fits("number", "$1.38 billion", "quelle longueur fait la ligne de tram ?")
    assert fits("number", "11.3-mile", "quelle longueur fait la ligne de tram ?")
    assert fits("number", "$4m", "how high was the bill?")  # money may answer "how high"
    assert _best("La participation a progressé entre les deux tours pour atteindre 48,7 %.", "what was turnout?") \
        == "48,7 %"
    assert _best("Around 1.6 million fixed-rate deals at 5.9% expire next year.",
                 "combien de prêts à taux fixe arrivent à échéance ?") == "Around 1.6 million"  # a count, not the rate


@pytest.mark.parametrize("question, kind", [
    ("q3 net income?", "number"), ("damage estimate?", "number"), ("vitesse max des rames ?", "number"),
    ("la participation au 2nd tour ?", "number"), ("TikTok ?", None), ("analyste bnp paribas ?", "name"),
])
def test_keywords_naming_a_quantity_ask_for_a_number(question, kind):
    """Held-out news 8 and 9: "q3 net income?" and "la participation au 2nd tour ?" quoted the right sentence
    without a short answer: keywords only asked for a number when they named a price."""
    assert expected_type(question) == kind


@pytest.mark.parametrize("question, kind", [
    ("Quel a été le bénéfice net d'Aérolis en 2024 ?", "number"),  # "a été", and an adjective after the noun
    ("whats the new full year revenue guidance?", "number"),        # the quantity within four words
    ("what was his market value back in summer 2023", "number"),
    ("What is a turbine's theoretical Carnot efficiency?", "number"),
    ("c'est quoi la prévision de croissance pour cette année ?", "number"),
    ("inflation in may was what?", "number"),                       # the question word last: the first words
    ("l'ancien record de la ville c'était quoi", "number"),
    ("crowd size at the final?", "number"), ("temps du vainqueur ??", "number"), ("eilidh morrison age?", "number"),
    ("montant du fonds d'urgence annoncé par le ministre ?", "number"),  # the quantity first, not the role after
    ("whats the date of next years race", "date"), ("date de la prochaine négo ?", "date"),
    ("il faisait quel temps pendant l'étape", "phrase"),            # "quel temps": the weather
    ("What is the main reason?", "phrase"), ("What are the effects of the law?", "phrase"),
    ("what did the 3 dissenters want instead", "phrase"),
    # A clause of time or condition first: the question word after it asks (news-dev: asked as a date).
    ("Quand on croise les mutants avec des papillons normaux, quelle part des larves est malformée ?", "number"),
    ("If it rains, where will the concert be held?", "place"), ("when, exactly, did the fire start?", "date"),
])
def test_the_head_of_a_what_question_names_a_quantity_or_a_date(question, kind):
    """Held-out news 8, 9 and 12: "Quel a été le bénéfice net …" answered "atteint 212 millions d'euros"
    and "whats the new full year revenue guidance?" answered "expects": asked as phrases, not numbers."""
    assert expected_type(question) == kind


def test_a_number_dated_with_another_month_than_asked_is_not_the_answer():
    """Held-out news 9: "inflation in may was what?" answered 3.1%, the April figure: its dates were read
    joined ("Wednesday ; April"), where a bare month is no date."""
    sentence = ("Official figures published on Wednesday showed annual CPI inflation fell from 3.1% in April "
                "to 2.6% in May, the lowest reading since September 2024.")
    assert _best(sentence, "inflation in may was what?") == "2.6%"
    assert _best(sentence, "what was inflation in april?") == "3.1%"


@pytest.mark.parametrize("sentence, question, short", [
    # A new user's trial: the old value of a change whose first number carries its unit.
    ("The bridge's weight limit rises from 10 tonnes to 40 tonnes, which means school buses can use it again.",
     "what's the new weight limit?", "40 tonnes"),
    ("Le prix du lait est passé de 48 centimes à 41 centimes le litre.", "combien est payé le litre de lait ?",
     "41 centimes"),                                                      # centimes are money
    ("Ramirez won by 1,317 votes out of roughly 82,000 cast.", "how many ballots were cast", "roughly 82,000"),
    # An hour of the day asked: the hour, not the weekday beside it; a duration stays a number.
    ("Le marché sera ouvert du mardi au dimanche, et jusqu'à 19 heures le vendredi.",
     "à quelle heure ferme le marché le vendredi ?", "19 heures"),
    ("Le train est resté bloqué pendant 7 heures.", "combien d'heures le train est-il resté bloqué ?", "7 heures"),
])
def test_changes_with_units_money_in_centimes_and_hours_of_the_day(sentence, question, short):
    assert _best(sentence, question) == short


def test_cents_are_money_only_after_a_number_written_in_digits():
    """Review: "cents" as a currency also made the French "cinq cents spectateurs" (five hundred) money."""
    from index.candidates import MONEY
    assert MONEY.search("73 cents") and MONEY.search("41 centimes")
    assert not MONEY.search("cinq cents spectateurs") and not MONEY.search("3.5 per cent")


def test_a_name_after_from_is_where_someone_comes_from_not_who():
    """Trial 20: "who won the lakeshore open" answered "Toronto" from "… master from Toronto, won …"."""
    text = "Lakeshore Open\n\nMira Kovalenko, a 17-year-old master from Toronto, won the Lakeshore Chess Open on Sunday."
    assert QA(parse_article(text.encode(), "chess.txt"), None).ask("who won the lakeshore open").answer == "Mira Kovalenko"


@pytest.mark.parametrize("sentence, question, short", [
    # Held-out news 8: the age beside another name is not the age of the person asked about.
    ("Fortin, 27, finished second in 2:25:40, while Kenya's Grace Wanjiru took third in 2:26:05.",
     "how old is grace wanjiru", None),
    ("Fortin, 27, finished second in 2:25:40, while Kenya's Grace Wanjiru took third in 2:26:05.",
     "how old is fortin", "27"),
    ("The oldest finisher was 81-year-old Harold Jensen, ahead of Marie Dubois.", "how old is marie dubois", None),
    ("The oldest finisher was 81-year-old Harold Jensen, ahead of Marie Dubois.", "how old is harold jensen", "81"),
    # Held-out news 9: the title before the name is the role asked, not another person.
    ('"We are not on a pre-set course," Governor Martin Ashcroft, 61, told reporters.', "how old is the governor", "61"),
    # Held-out news 8: a street is no person's name; a river is asked for by "river".
    ("One man, a 72-year-old retired schoolteacher, was found dead in his flooded basement on River Road.",
     "what was the name of the man who died in his basement", None),
    ("The Saxon River crested at 21.3 feet on Wednesday.", "whats the river called", "Saxon River"),
    # Held-out news 9: "Colorado's governor" holds where the governor serves, not his name.
    ("Colorado's governor declared a state of emergency for Larimer County on Monday.", "whats the governor's name",
     None),
    ("Colorado's governor, Jared Polis, declared a state of emergency on Monday.", "whats the governor's name",
     "Jared Polis"),
    # Held-out news 8: rain is measured in inches or millimetres, never in money.
    ("The town had spent $3.5 million since 2019 on flood walls after a smaller flood that year.",
     "how much rain did they get in the 2019 flood", None),
    ("Between 6 and 8 inches of rain fell on the upper valley from Monday to Tuesday.", "how much rain fell in total",
     "Between 6 and 8 inches"),
    ("Il est tombé 45 mm de pluie en une heure sur Nîmes.", "combien de pluie est tombée ?", "45 mm"),
])
def test_whose_age_which_name_and_how_much_rain(sentence, question, short):
    """Held-out news 8 and 9 answered "how old is grace wanjiru" with another runner's age, a man's name with the
    street he lived on, "whats the governor's name" with "Colorado's", and the rain of a flood with its cost."""
    assert _best(sentence, question) == short


def test_a_unit_counted_is_a_measure_and_chat_shorthand_is_written_out():
    """Held-out news 9: "combien d'hectares ont été bétonnés" could be answered by "5 500 ouvriers"; "le proc il avait
    demandé quoi" and "how many houses are at risk rn" left their shorthand unread."""
    question = "combien d'hectares ont été bétonnés pour le chantier"
    assert not fits("number", "jusqu'à 5 500 ouvriers", question)
    assert fits("number", "environ 2 600 hectares", question)
    qa = QA(parse_article("Grève\n\nLe procureur a requis quatre ans de prison contre l'ancien maire.".encode()), None)
    assert analyse(qa.index, None, "le proc il avait demandé quoi").text == "le procureur il avait demandé quoi"
    assert analyse(qa.index, None, "how many houses r at risk rn").text == "how many houses are at risk right now"


@pytest.mark.parametrize("sentence, question, short", [
    # Held-out news 9: the person the question's words describe ("economist"), not "UK" beside them.
    ('"The vote split was more hawkish than we anticipated," said Elena Marsh, chief UK economist at Brightwater '
     'Capital.', "who is the economist at Brightwater Capital?", "Elena Marsh"),
    ("L'avocat de Gérard Lemoine, Me Olivier Ranson, a annoncé son intention de faire appel.",
     "qui est l'avocat de l'ancien maire ?", "Me Olivier Ranson"),
    # "which/quelle" and a role asks for a person; "nicknamed" for a name, after its quote.
    ("Three members, including Deputy Governor Rachel Okonkwo, preferred to hold rates.",
     "which deputy governor voted against the cut?", "Rachel Okonkwo"),
    ('The museum\'s famous Tyrannosaurus skeleton, nicknamed "Big Ruth," was moved to the atrium.',
     "whats the t rex nicknamed", "Big Ruth"),
])
def test_the_person_a_role_describes_and_names_given_as_nicknames(sentence, question, short):
    """Held-out news 9 answered "c'est qui l'économiste de Brightwater Capital ?" with "UK", "quelle vice-gouverneure
    a voté contre" with "including" and "whats the t rex nicknamed" with "skeleton"."""
    assert _best(sentence, question) == short
    assert expected_type("quelle vice-gouverneure a voté contre la baisse ?") == "name"
    assert expected_type("what were analysts expecting on revenue") == "number"  # no role asked: revenue


def test_a_closing_price_is_the_level_not_the_change_and_a_surcharge_is_a_price():
    """News development set: "a combien a cloture l'action BA" answered "four pence" from "closed up four pence at
    274.5 pence"; "short haul surcharge now?" quoted its sentence without a short answer."""
    assert _best("BA's shares closed up four pence at 274.5 pence.", "a combien a cloture l'action BA") == "274.5 pence"
    assert _best("BA's shares closed up four pence at 274.5 pence.", "by how much did the shares go up") == "four pence"
    assert expected_type("short haul surcharge now?") == "number"
    assert _best("The short-haul surcharge was raised from £2.50 to £4 a leg.", "short haul surcharge now?") == "£4"


def test_tennis_sets_and_dates_asked_in_the_plural():
    """Held-out news 12: "how old is marcos vidal" answered "7" from "defeated Spain's Marcos Vidal 7-6, 6-3";
    "Quelles sont les dates du préavis de grève ?" answered "couvrant"."""
    sentence = "Brooks defeated Spain's Marcos Vidal 7-6, 6-3 to claim his second title."
    assert [t for _, _, t in candidates(sentence, "number", set())] == ["7-6", "6-3"]
    assert _best(sentence, "how old is marcos vidal") is None
    assert [t for _, _, t in candidates("Le taux passe de 1,5 à 2,5 %.", "number", set())] == ["de 1,5 à 2,5 %", "2,5 %"]
    assert expected_type("Quelles sont les dates du préavis de grève ?") == "date"
    assert expected_type("what are the dates of the strike") == "date"


def test_role_abbreviations_and_an_english_apposition_after_a():
    """Held-out news 12: "who is veridian's CFO" and "c qui le DG d'aerolis" answered another person; "whos ellen
    thornbury" gave "Dr" (the English article "a" was read as the French verb: "a réagi")."""
    en = QA(parse_article(b"Veridian deal\n\nFeldman, Haloguard's chief executive, will join Veridian. "
                          b"Veridian's chief financial officer, Linda Marsh, said the deal adds to earnings.\n\n"
                          b'"Turnout nearly doubled," said Dr. Ellen Thornbury, a political science professor at the '
                          b"University of Puget Sound.", "veridian.txt"), None)
    assert en.ask("who is veridian's CFO").answer == "Linda Marsh"
    assert en.ask("whos ellen thornbury").answer == "a political science professor at the University of Puget Sound"
    assert expected_type("who's Ellen Thornbury?") is None  # a description, like "Who is Ellen Thornbury?"
    fr = QA(parse_article("Aérolis\n\nLe SNPL a déposé un préavis de grève. Selon le directeur général, Laurent "
                          "Mercadier, les résultats sont bons.".encode(), "aerolis.txt"), None)
    assert fr.ask("c qui le DG d'aerolis").answer == "Laurent Mercadier"
    assert appositive("Le maire, Jean Dupont, a réagi vivement.", {"jean", "dupont"}) == "maire"


def test_a_price_per_share_and_a_prize_are_money():
    """Held-out news 12: "what's the price per share" answered "28%" ("share" read as a part); "runner up prize $"
    quoted its sentence without a short answer."""
    sentence = "Haloguard shareholders will receive $41.50 per share, a premium of 28% over Friday's close."
    assert _best(sentence, "what's the price per share") == "$41.50"
    assert _best(sentence, "what share of the price is the premium") == "28%"
    assert expected_type("runner up prize $") == "number"
    assert _best("Harper collects $552,000 as runner-up.", "runner up prize $") == "$552,000"


VELO = """Clermont confie ses vélos à Roulib

Le conseil métropolitain a approuvé la délibération par 64 voix contre 21, avec 5 abstentions.

Le réseau, baptisé C.Vélo, était jusqu'ici exploité par l'entreprise Mobilum.

Pour la conseillère métropolitaine Marie-Laure Dufaud, élue du groupe Clermont Demain, le coût est trop élevé.

La directrice générale de Roulib, Sandrine Koulibaly, a indiqué que l'entreprise embaucherait 22 salariés. La société, fondée en 2014, gère déjà des réseaux à Annecy.
"""


def test_answers_from_new_users_trial_17():
    """A vote's result is "64 voix contre 21" (was a long phrase); revenue is money, never "22 salariés"; a
    hyphenated first name is part of the name ("conseillère métropolitaine Marie-Laure" was the role);
    "C.Vélo" is one name; "La société" speaks of the company the sentence before named."""
    qa = QA(parse_article(VELO.encode(), "velo.txt"), dense.load_model())
    assert qa.ask("quel a été le résultat du vote").answer == "64 voix contre 21"
    assert qa.ask("combien de voix contre la délibération ?").answer == "21"  # one side, not the result
    assert qa.ask("Quel est le chiffre d'affaires de Roulib ?").found is False
    assert qa.ask("Qui est Marie-Laure Dufaud ?").answer == "conseillère métropolitaine"
    assert qa.ask("Quand Roulib a-t-elle été fondée ?").answer == "2014"
    assert [t for _, _, t in names("Le réseau, baptisé C.Vélo, était exploité par Mobilum.", set())] == ["C.Vélo", "Mobilum"]
    assert appositive("Pour la conseillère métropolitaine Marie-Laure Dufaud, élue du groupe Clermont Demain, le coût "
                      "est élevé.", {"dufaud"}) == "conseillère métropolitaine"




def test_how_much_is_never_a_bare_number():
    """Trial 17: "How much did the Dutch firms bid?" was answered "two" (of "beat two Dutch firms"); no "how much"
    question of the development and held-out files has a bare number as its gold answer."""
    sentence = "The barrier will be built by Halden Marine Engineering, which beat two Dutch firms to the contract."
    assert _best(sentence, "How much did the Dutch firms bid?") is None
    assert _best("Halden bid £41.2m, beating two Dutch firms.", "How much did Halden bid?") == "£41.2m"
    assert fits("number", "7,250 points", "how much did the index close at")
    assert not fits("number", "31 to 14", "What is the population of Port Kelby?")  # trial 17: a vote


@pytest.mark.parametrize("sentence, question, short", [
    # Trial 17: "How tall will the structure be?" was answered with the length.
    ("The barrier will stretch 340 metres across the estuary and rise 9.5 metres above the low-water mark.",
     "How tall will the structure be?", "9.5 metres"),
    ("The barrier will stretch 340 metres across the estuary and rise 9.5 metres above the low-water mark.",
     "quelle longueur fera le barrage ?", "340 metres"),
    ("La tour, haute de 120 mètres, sera construite sur un terrain de 300 mètres de long.", "how tall is the tower",
     "120 mètres"),
    ("La tour, haute de 120 mètres, sera construite sur un terrain de 300 mètres de long.", "how long is the site",
     "300 mètres"),
])
def test_a_measure_of_the_dimension_asked(sentence, question, short):
    assert _best(sentence, question) == short


FOOT = """Le Stade Lavallois s'impose à Brest et grimpe sur le podium

Le Stade Lavallois a battu le FC Brest Littoral 3-1, samedi 21 mars, au stade Francis-Le Blé, lors de la 27e journée de National.

Devant 8 412 spectateurs, les Mayennais ont signé leur quatrième victoire consécutive à l'extérieur.

Dès la 9e minute, l'attaquant Yanis Kermarrec a ouvert le score d'une frappe croisée.

Mais Laval a répliqué avant la pause : à la 38e minute, le milieu Théo Bourdais a égalisé de la tête.

À l'heure de jeu, Belkacem a lui-même donné l'avantage aux Lavallois en transformant un penalty.

« Le penalty a tout changé.

Enfin, à la 84e minute, le jeune Noah Ferreira a scellé le score d'un tir du gauche.
"""


def test_answers_from_new_users_trial_18():
    """The score of the match is the sentence holding one, though it shares no word with the question (it was
    ranked tenth and declined); not for the score at half-time, which the article does not give. "à quelle
    minute" asks a time ("milieu Théo" was the answer). A club is no president."""
    qa = QA(parse_article(FOOT.encode(), "foot.txt"), dense.load_model())
    for question in ("Quel est le score du match ?", "what was the final score"):
        answer = qa.ask(question)
        assert (answer.found, answer.answer, answer.passages[0].number) == (True, "3-1", 2)
    assert qa.ask("quel était le score à la mi-temps ?").found is False
    assert qa.ask("A quelle minute Bourdais a-t-il egalisé ?").answer == "la 38e minute"
    assert qa.ask("Who is the president of Stade Lavallois?").found is False


@pytest.mark.parametrize("sentence, question, short", [
    # Trial 18: "What position is Brest in?" gave a points total of another sentence; an ordinal was no candidate.
    ("Brest, battu, recule à la huitième place avec 38 points.", "What position is Brest in the standings now?",
     "huitième place"),
    ("Kowalczyk, ranked 38th in the world, beat the top seed 6-4, 6-2.", "what's kowalczyk's world ranking", "38th"),
    ("Kowalczyk, ranked 38th in the world, beat the top seed 6-4, 6-2.", "how many sets did she win", None),
])
def test_a_rank_asked_is_an_ordinal(sentence, question, short):
    assert _best(sentence, question) == short


@pytest.mark.parametrize("question, short", [
    ("What time did the doors open?", "10 a.m."),
    ("Until what time will the library stay open on weekdays?", "9 p.m."),
    ("How late will the library stay open?", "9 p.m."),  # "9 p" was an amount in pence
    ("What was the result of the council vote?", "5-2"),
    ("what was the council vote", "5-2"),
])
def test_clock_times_and_a_vote_s_result_from_a_new_users_trial(question, short):
    """Trial 21: "10 a.m." and "9 p.m." were no times (a span ending in a stop), the first questions declined;
    "the result of the council vote" was no vote's result asked ("remaining $700,000 in a 5-2")."""
    text = ("Riverside library reopens\n\nThe doors opened at 10 a.m. and hundreds of residents queued outside.\n\n"
            "The library will stay open until 9 p.m. on weekdays.\n\n"
            "The council approved the remaining $700,000 in a 5-2 vote in June.")
    answer = QA(parse_article(text.encode(), "library.txt"), None).ask(question)
    assert answer.found and answer.answer == short


MERGER = """Brightwave and Kestrel to merge

Brightwave and Kestrel agreed on Monday to merge in a deal worth $34 million.

Brightwave chief executive Anjali Mehra, 47, who will lead the merged business, said the deal would allow the group to \
invest £2.1 billion in fibre and mobile networks over five years and cut costs by £400 million a year.

"There was a huge bang, then the lights went out and everyone started grabbing life jackets," said Eilidh Morrison, 34, \
a teacher from Tobermory who was travelling with her two children.

The shares rose 12% on Tuesday.
"""


@pytest.mark.parametrize("question, short", [("how old is mehra", "47"), ("eilidh morrison age?", "34")])
def test_an_age_after_the_name_asked_about(question, short):
    """Held-out news 10: "eilidh morrison age?" was declined (the sentence shares only her name with the question,
    and e5 found it far: index.abstain.off_topic), and "how old is mehra" answered "over five years" (how long)."""
    answer = QA(parse_article(MERGER.encode(), "merger.txt"), dense.load_model()).ask(question)
    assert (answer.found, answer.answer) == (True, short)


@pytest.mark.parametrize("sentence, question, answer", [
    ("Le taux de remplissage est passé de 84 % à 88 % en un an.", "le taux de remplissage est passé de combien à combien ?",
     "de 84 % à 88 %"),
    ("Le taux de remplissage est passé de 84 % à 88 % en un an.", "Quel est le taux de remplissage ?", "88 %"),
    ("The total grant went from $6.2 million to $8 million this year.", "The total grant went from how much to how much?",
     "from $6.2 million to $8 million"),
    ("Net debt rose to £412 million from £355 million.", "How did net debt change?", "to £412 million from £355 million"),
    ("Net debt rose to £412 million from £355 million.", "What is net debt now?", "£412 million"),
    ("Ses effectifs sont passés de 210 à 134 salariés depuis.",
     "How did the number of employees at the company change?", "de 210 à 134 salariés"),
    ("Gérard Lemoine, maire de 2008 à 2020, a été condamné jeudi.", "Il a été maire de quand à quand ?", "de 2008 à 2020"),
])
def test_a_change_asked_from_one_value_to_the_next_is_both_values(sentence, question, answer):
    """Held-out news 12 and 17: "passé de combien à combien ?" answered "88 %" (gold "de 84 % à 88 %"), "How did net
    debt change?" a phrase; held-out news 9: "Il a été maire de quand à quand ?" answered "jeudi"."""
    assert _best(sentence, question) == answer


@pytest.mark.parametrize("sentence, question, answer", [
    # A question's word across "and" belongs to the other clause.
    ("Work is due to start in April 2027 and finish by the end of 2030.", "When will work finish?", "the end of 2030"),
    ("Work is due to start in April 2027 and finish by the end of 2030.", "When will work start?", "April 2027"),
    ("Les travaux commenceront en avril et se termineront le 30 juin 2027.", "Quand se termineront les travaux ?",
     "le 30 juin 2027"),
    # A date right after a verb of saying is when it was said.
    ("Nordkraft a annoncé mardi 13 octobre la fermeture de sa papeterie d'ici le 30 juin 2027.",
     "Quand la papeterie fermera ?", "le 30 juin 2027"),
    ("Nordkraft a annoncé mardi 13 octobre la fermeture de sa papeterie d'ici le 30 juin 2027.",
     "Quand Nordkraft a annoncé la fermeture ?", "mardi 13 octobre"),
])
def test_a_date_belongs_to_its_own_clause_and_not_to_a_verb_of_saying(sentence, question, answer):
    """Trial 24: "When will work finish?" answered "April 2027" ("the end of 2030" was no date), and "Quand la
    papeterie fermera-t-elle ?" the day the closure was announced."""
    assert _best(sentence, question) == answer


def test_a_clause_of_time_after_a_name_is_no_apposition():
    """Trial 24: "What is the name of the storm?" answered "River Mell": "three years after Storm Imogen flooded …"
    was read as what the River Mell is, and it holds the question's "storm"."""
    sentence = ("Councillors voted to approve a flood defence scheme for the River Mell, three years after Storm Imogen "
                "flooded more than 1,200 homes.")
    assert appositive(sentence, {"river", "mell"}) is None
    asked = lambda w: w.lower() in ("name", "storm")  # noqa: E731 (the question's words that are no stop words)
    assert best_span(sentence, "name", "What is the name of the storm?", asked, asked, set()) == "Storm Imogen"
    assert appositive("Laura Brandt, an economics professor, said so.", {"laura", "brandt"}) == "an economics professor"


def test_the_noun_counted_outweighs_another_word_of_the_question_after_a_number():
    """Trial 24: "Combien d'élèves ont assisté aux projections ?" answered "48" from "48 projections gratuites ont été
    suivies par près de 3 900 élèves": both numbers were followed by a word of the question."""
    sentence = "Au total, 48 projections gratuites ont été suivies par près de 3 900 élèves de la région."
    for question, answer in (("Combien d'élèves ont assisté aux projections ?", "près de 3 900 élèves"),
                             ("Combien de projections ont été suivies par les élèves ?", "48")):
        asked = {fold_accents(w.lower()) for w in re.findall(r"\w+", question)}
        content = lambda w: not is_stop(w) and fold_accents(w.lower()) in asked  # noqa: E731 (as index.qa's anchors)
        assert best_span(sentence, "number", question, content, content, set()) == answer


def test_the_word_after_a_dateline_in_capitals_opens_the_sentence():
    """Trial 24: "Who is the mayor of Hartwell?" answered "Councillors", from "HARTWELL — Councillors in Hartwell
    voted …": a capital after the dateline is a sentence's first, a name only when the article knows it."""
    sentence = "HARTWELL — Councillors in Hartwell voted on Wednesday, November 18, to approve the scheme."
    assert [text for _, _, text in names(sentence, set())] == ["Hartwell"]
    assert [text for _, _, text in names(sentence, {"councillors"})] == ["Councillors", "Hartwell"]
    assert "councillors" not in capitalised_words([sentence, "The scheme was approved."])


def test_a_title_in_quotation_marks_is_one_name():
    """Trial 24: "Qui a remporté le prix du public ?" answered "Neige", from « Neige noire »."""
    assert [t for _, _, t in names("Le prix du public est revenu à « Neige noire », de Claire Ducros.", set())] \
        == ["Neige noire", "Claire Ducros"]
    assert [t for _, _, t in names("It was called “Brisk Walking for Life” by its authors.", set())] \
        == ["Brisk Walking for Life"]
    assert [t for _, _, t in names('The skeleton, nicknamed "Big Ruth," was moved.', set())] == ["Big Ruth"]


def test_pour_and_a_name_is_whose_view_not_a_cause():
    """Trial 24: "Pourquoi l'usine ferme-t-elle ?" answered "Maëlle Le Floch" from "Pour Maëlle Le Floch, déléguée
    CGT, « la décision a été prise à Helsinki »"."""
    sentence = "Pour Maëlle Le Floch, déléguée CGT, « la décision a été prise à Helsinki depuis longtemps »."
    assert _best(sentence, "Pourquoi l'usine ferme-t-elle ?") is None
    assert _best("L'usine ferme pour réduire les coûts du groupe.", "Pourquoi l'usine ferme-t-elle ?") \
        == "réduire les coûts du groupe"


@pytest.mark.parametrize("question, kind", [
    ("Quelle est l'altitude du Jannu ?", "number"), ("What is the elevation of the summit?", "number"),
    ("whats the depth of the lake", "number"), ("C'était quelle édition ?", "number"),
])
def test_altitudes_depths_and_editions_are_numbers(question, kind):
    """Trial 24: "Quelle est l'altitude du Jannu ?" answered a phrase, "C'était quelle édition ?" "annoncé que la 20e
    édition" (an edition is a rank: "19e")."""
    assert expected_type(question) == kind
    assert _best("La 19e édition du festival s'est achevée dimanche.", "C'était quelle édition ?") == "19e"


@pytest.mark.parametrize("question", ["une loi administrative est transmise à qui pour un controle?",
                                      "le contrat a été signé par qui ?", "Il a parlé avec qui hier ?"])
def test_a_preposition_and_qui_ask_for_a_name(question):
    """PIAF sample: "… est transmise à qui pour un controle?" asked for nothing ("au Conseil d'État")."""
    assert expected_type(question) == "name"


def _content_best(sentence, question):
    """best_span with the question's words that are no stop words as anchors, as index.qa gives them."""
    asked = {fold_accents(w.lower()) for w in re.findall(r"\w+", question)}
    content = lambda w: not is_stop(w) and fold_accents(w.lower()) in asked  # noqa: E731
    return best_span(sentence, expected_type(question), question, content, content, set())


@pytest.mark.parametrize("sentence, question, answer", [
    # The part of a whole counts the whole's noun; the whole answers only the total asked.
    ("Of the company's 36 pubs, 11 were sold to a rival chain.", "how many pubs were sold", "11"),
    ("Of the company's 36 pubs, 11 were sold to a rival chain.", "how many pubs does the company have in total", "36"),
    ("Sur les 71 écoles de la ville, 23 sont restées fermées mardi.", "combien d'écoles sont restées fermées ?", "23"),
    ("Sur les 71 écoles de la ville, 23 sont restées fermées mardi.", "combien d'écoles compte la ville au total ?", "71"),
    # The part first (trial 26: "22").
    ("Inspections found corrosion in 14 of the bridge's 22 steel beams, she told the meeting.",
     "How many steel beams were corroded?", "14"),
    ("Inspections found corrosion in 14 of the bridge's 22 steel beams, she told the meeting.",
     "How many steel beams does the bridge have in total?", "22"),
    ("La grève a fermé 23 sur les 71 écoles de la ville mardi.", "combien d'écoles la grève a-t-elle fermé ?", "23"),
    # The earlier value of a comparison answers when the question asks its year.
    ("Spending on agency staff reached £4.1 million last year, up from £2.7 million in 2024.",
     "how much did agency staff cost in 2024", "£2.7 million"),
    ("Spending on agency staff reached £4.1 million last year, up from £2.7 million in 2024.",
     "how much did agency staff cost last year", "£4.1 million"),
    # An age set off by commas is no span of time.
    ("Sophie Marchand, 38 ans, enseigne à l'école Jean-Jaurès depuis douze ans.",
     "how long has marchand taught at her school", "douze ans"),
    ("Sophie Marchand, 38 ans, enseigne à l'école Jean-Jaurès depuis douze ans.", "quel âge a sophie marchand", "38 ans"),
    # Money invested is money.
    ("La ville a investi 9,5 millions d'euros dans la rénovation de six écoles.",
     "combien la ville a investi dans la rénovation des écoles ?", "9,5 millions d'euros"),
])
def test_parts_of_a_whole_years_of_a_comparison_ages_and_investments(sentence, question, answer):
    """Trial 25: "how many pubs were sold" answered 36 (the whole), "how much did agency staff cost in 2024" the
    current £4.1 million, "how long has marchand taught" her age, "combien la ville a investi" "six" (the schools)."""
    assert _content_best(sentence, question) == answer


def test_a_vote_written_in_words_is_a_vote():
    """Trial 25: "what was the vote" declined over "approved the plan by seven votes to two"."""
    sentence = "The board approved the plan by seven votes to two on Monday."
    assert "seven votes to two" in [t for _, _, t in candidates(sentence, "number", set())]
    assert _content_best(sentence, "what was the vote") == "seven votes to two"
    assert _content_best(sentence, "how many board members voted for the plan") != "seven votes to two"


def test_by_how_much_is_the_change_after_its_verb_over_the_amount_beside_the_noun():
    """Trial 25: "by how much did profit fall" answered "$412 million" from "net profit … was $412 million, down 18%
    from a year earlier"."""
    sentence = "Net profit for the quarter was $412 million, down 18% from a year earlier, on revenue of $3.1 billion."
    assert _content_best(sentence, "by how much did profit fall") == "18%"
    assert _content_best(sentence, "what was the net profit") == "$412 million"


MATCH = """Norwich 3-2 Coventry: a comeback

Norwich City came from two goals down to beat Coventry City 3-2 at Carrow Road on Tuesday night.

Coventry, who had won their previous two league games, drop to 11th.

The result, watched by a crowd of 26,418, lifts Norwich to fifth in the Championship table.

Coventry led through goals in the 14th and 33rd minutes.

"At 2-0 down, a lot of teams would have felt sorry for themselves, but I saw belief in the dressing room at half-time," said the Norwich coach.

Norwich had 64 per cent of possession in the second half.
"""


def test_answers_from_new_users_trial_26_sports():
    """Sports questions: the score of the match is a score ("64 per cent" was the answer: a percentage answers an
    election's score, not when a sentence holds a match's); "half time score" is a score asked (it was declined); a
    team's place "in the table" is a rank asked (it was a place); a crowd counts people (it was declined: the
    fans asked were named by no sentence); "what minute" asks a minute ("Tuesday night" fits no longer)."""
    qa = QA(parse_article(MATCH.encode(), "match.txt"), dense.load_model())
    assert (qa.ask("whats the final score").answer, qa.ask("whats the final score").passages[0].number) == ("3-2", 2)
    assert qa.ask("what was the half time score").answer == "2-0"
    assert qa.ask("where are norwich in the table now").answer == "fifth"
    assert qa.ask("how many fans watched the match").answer == "26,418"
    answer = qa.ask("who won norwich v coventry")  # trial of the sports set: "Coventry, who had won …" came first
    assert (answer.found, answer.answer, answer.passages[0].number) == (True, "Norwich City", 2)
    assert fits("date", "the 14th minute", "what minute did coventry score") is True
    assert fits("date", "Tuesday night", "what minute did coventry score") is False


@pytest.mark.parametrize("sentence, question, answer", [
    ("Shuttle buses leave Alderford station every 15 minutes.", "how often do the shuttle buses run?", "every 15 minutes"),
    ("Shuttle buses leave Alderford station every 15 minutes.", "À quelle fréquence partent les navettes ?",
     "every 15 minutes"),
    # The one the question's words qualify, across "and" (trial 31 gave "hour from Monday to Saturday and hourly").
    ("Trains will run every half hour from Monday to Saturday and hourly on Sundays.", "how often do trains run on sundays",
     "hourly"),
    ("Trains will run every half hour from Monday to Saturday and hourly on Sundays.", "how often do trains run",
     "every half hour"),
    ("Les comptes sont désormais vérifiés chaque trimestre par un bénévole.", "How often are the accounts checked now?",
     "chaque trimestre"),
    ("La navette passe trois fois par jour.", "tous les combien passe la navette ?", "trois fois par jour"),
])
def test_how_often_is_a_frequency(sentence, question, answer):
    """Trial 33: "how often do the shuttle buses run?" answered "Alderford station"."""
    assert _best(sentence, question) == answer


@pytest.mark.parametrize("sentence, question, answer", [
    # A unit counted is answered in a unit of its kind (trial 32 gave "35 kilogrammes" for hectares).
    ("Chaque hectare produit en moyenne 35 kilogrammes d'huile.", "How many hectares will have to be ripped out?", None),
    ("Environ 600 hectares devront être arrachés.", "How many hectares will have to be ripped out?",
     "Environ 600 hectares"),
    ("La ligne mesure 214 kilomètres.", "combien de km fait la ligne ?", "214 kilomètres"),
])
def test_a_unit_counted_is_answered_in_its_kind(sentence, question, answer):
    assert _best(sentence, question) == answer


@pytest.mark.parametrize("sentence, question, answer", [
    # The role asked, plain, is not its deputy's nor its former holder's.
    ("The pool was opened by the deputy mayor, Anne Roy, on Friday.", "Who is the mayor?", None),
    ("The pool was opened by the deputy mayor, Anne Roy, on Friday.", "Who is the deputy mayor?", "Anne Roy"),
    ("La piscine a été inaugurée par l'adjoint au maire, Paul Leroux.", "Qui est le maire ?", None),
    ("La piscine a été inaugurée par l'ancien maire Paul Leroux et la maire, Anne Roy.", "Qui est la maire ?",
     "Anne Roy"),
])
def test_a_deputy_or_former_holder_is_not_the_role_asked(sentence, question, answer):
    assert _best(sentence, question) == answer


@pytest.mark.parametrize("sentence, question, answer", [
    # A deputy asked is named as one: not the holder of the plain role (trial 34 gave the mayor).
    ("Le maire de Carvin, Paul Leroux, a inauguré la salle.", "Qui est l'adjoint au maire ?", None),
    ("The hall was opened by Mayor Paul Leroux.", "Who is the deputy mayor?", None),
    ("Le maire de Carvin, Paul Leroux, et son adjointe, Anne Roy, ont inauguré la salle.",
     "Qui est l'adjointe au maire ?", "Anne Roy"),
    # A former holder asked is not the new one (trial 34 gave the new keeper).
    ("Le nouveau gardien, Marc Estrade, a 41 ans.", "qui était l'ancien gardien ?", None),
    ("The club's new coach, Dan Ellis, starts on Monday.", "Who was the previous coach?", None),
    # A role asked now is not the former holder's, whose role may follow another name's possessive (trial 34).
    ("The plan was backed by Ian Reid, Fife Council's former chief executive.",
     "Who is Fife Council's chief executive now?",
     None),
    ("The plan was backed by Ian Reid, Fife Council's chief executive.", "Who is Fife Council's chief executive now?",
     "Ian Reid"),
])
def test_the_holder_of_the_role_asked(sentence, question, answer):
    assert _best(sentence, question) == answer


@pytest.mark.parametrize("sentence, question, answer", [
    # A name qualifying a kind of firm before the firm's own name (trial 34 gave "Edinburgh").
    ("The round was led by the Glasgow investment firm Clyde Capital, it said.", "who led the round?", "Clyde Capital"),
    ("La levée a été menée par le fonds lyonnais Rhône Partenaires.", "qui a mené la levée ?", "Rhône Partenaires"),
])
def test_a_name_before_a_kind_of_firm_qualifies_it(sentence, question, answer):
    assert _best(sentence, question) == answer


@pytest.mark.parametrize("sentence, question, answer", [
    # The role said in a relative clause after the name's apposition (trial 34 gave the chief executive named first).
    ("The firm was founded by Ana Ruiz, its chief executive, and Tom Hale, an engineer who is now its technical "
     "director.", "Who is the technical director?", "Tom Hale"),
    ("The firm was founded by Ana Ruiz, its chief executive, and Tom Hale, an engineer who is now its technical "
     "director.", "Who is the chief executive?", "Ana Ruiz"),
    # A change without a verb of rising: "expand … from 12 to 30" gives the new value (trial 34 gave "12 to 30").
    ("The funding will expand the fleet from 12 to 30 aircraft.", "How many aircraft will the fleet have?", "30"),
    ("La commune va agrandir le parking de 40 à 120 places.", "Combien de places comptera le parking ?", "120"),
    # A number of a clause set against the one holding the question's words is the other's (trial 34 gave the
    # shares' £610,000 for the grant).
    ("The council gave a grant, while members bought shares worth £610,000.", "How much was the council grant?", None),
    ("The council gave a grant, while members bought shares worth £610,000.", "How much were the shares worth?",
     "£610,000"),
    # A duration in words from thirteen to nineteen, a data rate (trial 34 declined each with the right sentence first).
    ("Eighteen months of digging later, here we are.", "How long did the digging take?", "Eighteen months"),
    ("Les travaux ont duré seize mois.", "Combien de temps ont duré les travaux ?", "seize mois"),
    ("Average download speeds have risen from 4 Mbps to 310 Mbps.", "What is the average download speed?", "310 Mbps"),
    # "up to" inside "soup to": no qualifier (a new user's smoke test gave "up to $3.49").
    ("It will raise the price of its tomato soup to $3.49 a can.", "How much will the tomato soup cost?", "$3.49"),
])
def test_trial_34_short_answers(sentence, question, answer):
    assert _best(sentence, question) == answer


@pytest.mark.parametrize("sentence, question, answer", [
    # A change dated at its start is still a change: the new value (trial 35 gave 164).
    ("The number of players rose from 164 in 2026 to 213, a record.", "How many players took part?", "213"),
    ("Le chiffre d'affaires est passé de 800 000 euros en 2020 à 2,6 millions d'euros.",
     "Quel est le chiffre d'affaires ?", "2,6 millions d'euros"),
    # A dollar of a country keeps its country (trial 35 gave "2,3 millions de dollars").
    ("Une campagne de dons a réuni 2,3 millions de dollars canadiens.", "Combien la campagne a-t-elle réuni ?",
     "2,3 millions de dollars canadiens"),
    ("The appeal raised 4 million Canadian dollars.", "How much did the appeal raise?", "4 million Canadian dollars"),
    # The one another took over from is a person, and the one asked for before her (trial 35 declined).
    ("The airport's chief executive, Fiona Aldridge, took over from Graham Pike in January.",
     "Who did Fiona Aldridge replace?", "Graham Pike"),
    ("The airport's chief executive, Fiona Aldridge, took over from Graham Pike in January.",
     "Who was the previous chief executive?", "Graham Pike"),
    # ... but not the one who runs it now (trial 35 gave "Jean-Marc Beaumartin").
    ("La directrice générale, Claire Vasseur, a succédé l'an dernier à Jean-Marc Beaumartin.", "Qui dirige la fonderie ?",
     "Claire Vasseur"),
    # The name of the thing asked about is nobody who runs it, nor is a place's region (trial 35 gave "Loiret").
    ("La fonderie Beaumartin, installée à Saint-Aubin (Loiret), a signé la commande.", "Qui dirige la fonderie ?", None),
    ("The local harbour master Jenny Rowe said so.", "Who is the harbour master?", "Jenny Rowe"),
])
def test_trial_35_short_answers(sentence, question, answer):
    assert _best(sentence, question) == answer


@pytest.mark.parametrize("sentence, question, has", [
    # A date right after a verb of saying is when it was said (trial 35: "a précisé mardi" for the signing).
    ("Le contrat s'élève à 1,8 million d'euros, a précisé mardi la directrice.", "Quand le contrat a-t-il été signé ?",
     False),
    ("Le contrat s'élève à 1,8 million d'euros, a précisé mardi la directrice.", "Quand la directrice l'a-t-elle dit ?",
     True),
    ("Le contrat a été signé mardi.", "Quand le contrat a-t-il été signé ?", True),
])
def test_a_date_of_saying_answers_no_other_when(sentence, question, has):
    assert has_candidate(sentence, "date", set(), question) is has


@pytest.mark.parametrize("sentence, question, answer", [
    # A year told from now: this year's figure, not last year's (trial 36 gave 412,000).
    ("The zoo welcomed 412,000 visitors last year and expects around 650,000 this year.",
     "Combien de visiteurs le zoo attend-il cette année ?", "around 650,000"),
    ("The zoo welcomed 412,000 visitors last year and expects around 650,000 this year.",
     "How many visitors came last year?", "412,000 visitors"),
    # A former holder asked is said to be one: not the holder now (trial 36 gave the current leader).
    ("The council's leader, Sam Whitford, welcomed the news.", "Who was the previous leader of the council?", None),
    ("The zoo's previous chief executive, Graham Pell, who left in 2022, made the first approach.",
     "Who was the previous chief executive?", "Graham Pell"),
    ("The zoo's previous chief executive, Graham Pell, who left in 2022, made the first approach.",
     "Who is the chief executive?", None),
    # A role named with a possessive is still asked of a person (trial 36 gave the minister himself).
    ("Le ministre délégué à la Mer, Hervé Castagnier, a reçu les pêcheurs.", "Who was the minister's predecessor?", None),
])
def test_trial_36_short_answers(sentence, question, answer):
    assert _best(sentence, question) == answer


def test_a_day_or_month_opening_a_sentence_makes_no_name_of_the_word_before():
    """"Every Sunday, …": "every" is no name (trial 40 answered "Every Sunday" to "who does the polish show")."""
    sentence = "Every Sunday, presenter Tomasz Nowak hosts a two-hour programme in Polish."
    known = capitalised_words([sentence])
    assert ("every" in known, "tomasz" in known) == (False, True)
    assert [text for _, _, text in names(sentence, known)] == ["Tomasz Nowak", "Polish"]


def test_a_weekday_in_the_plural_is_a_date_and_no_name():
    sentence = "Every Sunday, Tomasz Nowak hosts a show, and on Wednesdays pupils read the news; le marché a lieu les mercredis."
    assert [text for _, _, text in candidates(sentence, "date", set())] == ["Sunday", "Wednesdays", "mercredis"]
    assert [text for _, _, text in names(sentence, set())] == ["Tomasz Nowak"]


@pytest.mark.parametrize("question", ["Combien le conseil va-t-il emprunter ?", "how much will the council borrow?"])
def test_borrowing_asks_an_amount_of_money(question):
    """Borrowing asks money, never a bare number: "Combien le conseil va-t-il emprunter ?" gave the 31 of "Councillors
    voted 31 to 9" once a vote's sides were answers (trial 26, BM25), over "£12 million will be borrowed"."""
    assert number_asked(question).money is True
    assert not fits("number", "31", question)
    assert fits("number", "£12 million", question)


@pytest.mark.parametrize("question, time", [
    ("How much profit did Berthier make last year?", False),  # held-out 42: "en trois ans" answered it
    ("Combien de bénéfice l'an dernier ?", False),
    ("Quel chiffre d'affaires cette année ?", False),
    ("How long did the works last?", True),
    ("Combien d'années de prison ?", True),
    ("How many days a week is it open?", True),
])
def test_when_the_value_asked_was_so_is_no_time_asked(question, time):
    """"last year", "l'an dernier", "cette année" date what is asked; they do not ask a span of time, which then
    would fit ("en trois ans" for a profit)."""
    assert number_asked(question).time is time
    assert fits("number", "trois ans", question) is time


@pytest.mark.parametrize("question", ["What was the waiting time in Stoke?", "Quel était le délai moyen d'attente pour un examen ?",
                                      "How long did the first scan take?"])
def test_a_waiting_time_is_a_span_of_time(question):
    """Trial 44: "38 miles" answered the waiting time, "72-year-old" how long a scan took, and the "délai d'attente"
    was asked as a phrase ("routine scan had been 11")."""
    assert expected_type(question) == "number"
    assert number_asked(question).duration is True
    assert [fits("number", text, question) for text in ("38 miles", "72-year-old", "11 weeks", "25 minutes")] \
        == [False, False, True, True]


def test_a_wait_is_a_time():
    """Trial 44: "What will the wait fall to?" found no number in "the average wait for a routine scan had been 11
    weeks and should fall to under four weeks", a span of time answering no question that asks no time."""
    assert number_asked("What will the wait fall to?").time is True
    assert fits("number", "under four weeks", "What will the wait fall to?")


@pytest.mark.parametrize("question, priced", [
    ("Combien a coûté la charpente ?", ("charpente",)),  # trial 39: "6,8 millions d'euros" of the whole works answered it
    ("Combien ont coûté les travaux ?", ("travaux",)),
    ("Combien coûte le billet ?", ("billet",)),
    ("How much did the MRI scanner cost?", ("mri", "scanner")),
    ("combien ça a coûté ?", ()),
])
def test_what_a_price_is_asked_of_in_any_tense(question, priced):
    """The thing priced, read by index.abstain.counts_else and index.spans: French's "a coûté" too (it read only
    "coûte", "coûtait", "coûtera")."""
    assert priced_words(question) == priced


def test_a_person_named_after_a_role_is_no_thing_s_name():
    """Trial 43 (BM25): "What will the roundabout be named?" answered "Annick Delorme", the mayor named in the sentence
    about the roundabout (index.spans._THING_NAMED): a thing's name asked is not a person's."""
    sentence = "Le maire, Annick Delorme, souhaite qu'un panneau soit installé près du futur rond-point."
    assert _best(sentence, "What will the roundabout be named?") is None
    assert _best(sentence, "Who is the mayor?") == "Annick Delorme"


@pytest.mark.parametrize("sentence, question, short", [
    # The cause after a worry's words or a French cause word, or before "was the main reason" (held-out 40 and 42,
    # trials 43 and 44: a found sentence with no short answer).
    ("Residents of Weir Lane raised concerns about noise and litter.", "why were weir lane residents unhappy",
     "noise and litter"),
    ("Les grandes surfaces refusent la monnaie locale, faute de pouvoir l'utiliser auprès de leurs centrales d'achat.",
     "Why do the supermarkets refuse the local currency?", "pouvoir l'utiliser auprès de leurs centrales d'achat"),
    ("Le marché progresse, porté par la hausse des prix des appareils neufs.", "why is the market growing",
     "la hausse des prix des appareils neufs"),
    ("An engineer's report found that the absence of the conductor was the main reason the damage was so severe.",
     "Pourquoi les dégâts ont-ils été si graves ?", "the absence of the conductor"),
    # Trial 49: "va-t-il rouvrir" asks the future, not the date the cinema has been closed since.
    ("Le cinéma Le Rex, fermé depuis le 31 août dernier, rouvrira ses portes le vendredi 3 avril.",
     "Quand le Rex va-t-il rouvrir ?", "le vendredi 3 avril"),
    # Trial 49: "a 45-minute bus ride" is a duration; a part's own number counts ("two", not "two of the 11") but the
    # part answers a share; "in the area" is no area measured; "by the autumn" is a date.
    ("The nearest NHS dentist is in Kelbrook, and that's a 45-minute bus ride each way.",
     "how long is the bus ride to kelbrook", "45-minute"),
    ("Only two of the 11 practices in the area are accepting new adult NHS patients.",
     "how many practices in the area take new adult nhs patients", "two"),
    ("Only two of the 11 practices in the area are accepting new adult NHS patients.",
     "what share of practices accept new patients", "two of the 11"),
    ("The board hoped to have a new provider in place by the autumn.", "when will a new provider be in place",
     "by the autumn"),
])
def test_trial_49_spans(sentence, question, short):
    assert _best(sentence, question) == short


@pytest.mark.parametrize("question, short", [
    ("Name a platform they sell through", "Back Market"),
    ("citez une plateforme de vente", "Back Market"),
])
def test_a_request_to_name_one_is_a_which_question(question, short):
    """Trial 44: "Name a platform they sell through" had no answer type, so no short answer (index.query.plain_question
    reads it "which platform they sell through")."""
    from index.query import plain_question
    sentence = "L'entreprise vend 60 % de ses téléphones sur son propre site et le reste via des plateformes comme Back Market."
    asked = {fold_accents(w.lower()) for w in re.findall(r"\w+", question)} | {"plateformes"}
    in_question = lambda w: fold_accents(w.lower()) in asked  # noqa: E731
    read = plain_question(question)
    assert best_span(sentence, expected_type(read), read, in_question, in_question, set()) == short


def test_the_places_of_an_article_answer_no_role_s_holder():
    """A name written after a preposition of place or a place's noun, or a word alone before its region in brackets, is
    a place (index.spans.places), never a role's holder: "Who is the chief officer of the fire service?" was answered
    "Kessock"; not "Pieter Lenaerts (Vastgoed-Limburg)", a rider and his team."""
    sentences = ("The fire service will close its station at Kessock next spring.",
                 "La scierie est installée à Saint-Flour (Cantal).",
                 "Le Belge Pieter Lenaerts (Vastgoed-Limburg) conserve le maillot jaune.",
                 "La maire de Champeaux, Nathalie Brun, est venue samedi.")
    assert places(sentences, frozenset()) == {"Kessock", "Saint-Flour", "Champeaux"}
    sentence = "Last year Kessock answered 40 calls, the service said."
    question = "Who is the head of the fire service?"
    args = (sentence, "name", question, lambda w: w.lower() in {"service"}, lambda w: w.lower() in {"service"},
            {"kessock"})
    assert best_span(*args) == "Kessock"
    assert best_span(*args, not_people=frozenset({"Kessock"})) is None


@pytest.mark.parametrize("sentence, question, short", [
    # Trials 60 and 61: the whole of "Of the station's 19 employees, seven …" is counted when the question names its
    # owner and nothing said of the part; "what day" is a day, not a year; a date something "will be published on" is
    # no saying's date; "just under 9,200" is the value today of a change "from 48,000 copies in 2006"; "£50 each" is
    # no sum; "Pennine Media Group" is the question's own body, not "Media Group"; a move's destination, not the place
    # it leaves "from".
    ("Of the station's 19 employees, seven will be offered jobs in Leeds; the rest face redundancy.",
     "How many employees does the station have?", "19 employees"),
    ("Of the station's 19 employees, seven will be offered jobs in Leeds; the rest face redundancy.",
     "How many employees will be offered jobs in Leeds?", "seven"),
    ("Twenty-three of the company's 118 employees will be made redundant, most of them in printing.",
     "how many employees does the company have", "118 employees"),
    ("Twenty-three of the company's 118 employees will be made redundant, most of them in printing.",
     "how many employees will be made redundant", "Twenty-three"),
    ("The weekly paper, first printed in 1926, appears every Thursday.",
     "What day does the weekly paper appear?", "Thursday"),
    ("It has appeared every weekday since, except for nine days during the general strike of 1926.",
     "Quel jour paraîtra le journal ?", None),
    ("The last daily edition will be published on Thursday, April 30.",
     "When will the last daily edition come out?", "Thursday, April 30"),
    ("The Gazette's daily print sales have fallen from 48,000 copies in 2006 to just under 9,200 today.",
     "how many copies does the gazette sell today", "just under 9,200"),
    ("The 186 members put in £50 each, and the region gave the rest: £71,000.",
     "How much money did the members put in?", "£71,000"),
    ("The sale was announced by the managing director of Pennine Media Group, Claire Ashworth.",
     "Who did Pennine buy the paper from?", "Claire Ashworth"),
    ("Brightwave plans to move the station's studios from Mill Lane to its regional hub in Leeds by the end of September.",
     "Where will the studios move to?", "Leeds"),
    ("Brightwave plans to move the station's studios from Mill Lane to its regional hub in Leeds by the end of September.",
     "Where will the studios move from?", "Mill Lane"),
    # "respectively": the number at the place of the item asked, with the list's unit (trial 61: "combien pèse
    # Louise" gave Marguerite's "1 450 kilos").
    ("Marguerite pèse désormais 1 450 kilos et donne un fa dièse ; ses deux sœurs, Jeanne et Louise, pèsent "
     "respectivement 780 et 410 kilos.", "combien pèse Louise", "410 kilos"),
    ("Marguerite pèse désormais 1 450 kilos et donne un fa dièse ; ses deux sœurs, Jeanne et Louise, pèsent "
     "respectivement 780 et 410 kilos.", "combien pèse Jeanne", "780"),
    ("The two towns, Ashby and Leek, have 12,000 and 9,500 residents respectively.",
     "How many people live in Ashby?", "12,000"),
    ("Adults, students and children pay respectively 6, 4 and 2 euros.", "how much do students pay", "4"),
    # A thing's name asked is no person's, whom a role set off after the name shows (trial 61: "Odile Perrin").
    ("« Nous avons tout fait à la main », raconte Odile Perrin, présidente de l'association, qui compte 112 adhérents.",
     "Comment s'appelle l'association ?", None),
    ("Odile Perrin préside l'association Les Croqueurs du Val depuis 2017.", "Comment s'appelle l'association ?",
     "Les Croqueurs du Val"),
    # An amount "sur quinze ans" is over a span of time, no part of a whole (trial 60).
    ("Le Crédit Coopératif a prêté le reste, 75 000 euros sur quinze ans.", "Le prêt est sur combien d'années ?",
     "quinze ans"),
    # A workplace's noun before a place: "dans un atelier de Brest" (trial 60), "au dépôt de Vierzon".
    ("Les ouvriers ont démonté la lanterne pour la restaurer dans un atelier de Brest.",
     "Où la lanterne a-t-elle été restaurée ?", "Brest"),
    ("Les colis seront triés au dépôt de Vierzon.", "Où seront triés les colis ?", "Vierzon"),
    ("Les colis seront triés au dépôt de Vierzon à partir de mars.", "Où seront triés les colis ?", "Vierzon"),
])
def test_trial_60_and_61_spans(sentence, question, short):
    assert _best(sentence, question) == short
