"""Short answers: the expected answer type of a question and the span of a sentence that fills it.

Expected types come from the question word, in English and French:
"name" (who / qui, what ... called / comment s'appelle), "org" (which company,
newspaper / quelle société, quel journal), "number" (how many, how much, what
percentage / combien, quel pourcentage, quel âge), "date" (when / quand, what
year, what time / quelle année, quel jour), "place" (where / où), "reason"
(why / pourquoi). "Who is Kevin Mayer?" asks for a description, not a name
("who is bates lawyer", naming a role, asks for a name). Other wh-questions
(what, which, how / quoi, quel, comment) get a "phrase"; yes/no questions get
no short answer; keywords alone ask for a name when they name a role
("analyste bnp paribas ?"), for a number when they name a price.

Candidate spans are found with rules, not a statistical NER (fr_core_news_sm
labels ByteDance MISC and has no number or date types; NOTES.md):
- names: runs of capitalised words ("New York Times", "Kevin Mayer"), the
  first word of a sentence only if the article also writes it capitalised
  elsewhere; a month or a weekday alone ("In May, …"), a compound
  adjective ("Geneva-based") and an initial ("B.") are not names, nor, for
  "who", a name after "in", "at", "au", "en", "c'est à" (a place) or "of"
  ("a takeover of Norwich": what is owned, not who acts), a venue's name
  ("Elland Road stadium", "le stade Bollaert") or a name in a dateline
  ("MANCHESTER, England, Oct. 3, 2025 — "); a name ending in the question's
  name answers with the name before its "of"/"de" ("Nick Van den Brul of BNP
  Paribas" for "analyste BNP Paribas");
- numbers: digits with French or English grouping ("840 000", "13,000",
  "3,5"), digit words ("six", "trente-trois"), with a qualifier before them
  ("plus de", "under"), a currency ("£75m", "3 millions d'euros", "30
  euros"), a percent sign or a unit from a closed list ("1 750 kilomètres",
  "80 000 personnes", "3,1 millions de litres"); "from X to Y" / "de X à Y"
  after a verb of change ("rose", "est passé") answers Y, otherwise it is a
  range and one span ("de 12 à 24 mois", "3 to 5 years", "41 des 48"), unless
  the two are of different kinds ("up 4.3% to £1.97bn"); numbers that are
  part of a date or a time, bare years from 1500 ("around 1712" too) and ranks ("21st", "3e")
  are not quantities;
- dates: full dates in both orders ("3 mai", "May 3, 2020", "31 December
  2004"), months with or without a year ("en septembre", "March 2004"),
  weekdays ("samedi 15 avril", "Friday"), years (before 1900 only after
  "in", "en", "since"…: "en 1812", "en 338,"), times ("0227 GMT", "10 h 30"),
  and relative words ("hier", "last week", "dans les prochains jours",
  "since the start of the year", "la fin du mois de mars 2026"), a match's minute
  ("the 88th minute");
- places: names after à / au / aux / en / dans / hors de / in / at / from, and
  before "-based" ("a Geneva-based company"); not the region after a place
  named ("à Saint-Quentin, dans l'Aisne"), unless the question names the place;
- reasons: the clause after because (of) / due to / car / parce que / en raison de …,
  or after "argued that" / "a expliqué que" (the reason someone gave);
- phrases: the run of the sentence's words, between punctuation and the
  question's own words, nearest to those words, trimmed of stop words (also
  elided ones: "c'est"); for "what river", a name ending in that kind
  ("Charles River"), and the noun a which-question asks for joins the phrase
  next to it ("which tribes": "Mongol and Turkic tribes", "tribus mongoles").
  An English past verb opening a phrase is dropped ("offered his nephew":
  "nephew"). A question asking for an object ("what did the council
  approve", "qu'a cherché le ministre", "X risquait quoi") is answered after
  its words ("approved a new parking plan"), so the question's words after a
  phrase count less than those before it; what someone called, described or
  said something is preferably the words quoted ("pretty modest").
Among the candidates of the expected type, the one nearest to the words the
sentence shares with the question wins (sum of 1 / (1 + words between) over
the shared words within 30 words), plus bonuses for a number whose unit or
noun the question names (right after the number; up to three words after it,
only the noun the question counts), for the kind of number asked (a percentage, money,
an age, a duration; not "depuis 29 ans" for an age), against the other side of
a comparison ("contre 45,7 %"); spans that cannot fit are dropped (index.spans.fits: a
count is not money nor, unless it counts time, a span of time; a duration has a
unit; "what year" has a year); spans the
question already names are skipped ("Who owns TikTok?" never answers
"TikTok"), and so is a name ending in a word of the question ("Joji Otaki"
for "Otaki's study"); a name holding the noun a which-question asks for wins
("University of the Ryukyus"); a name qualifying a noun of the question, or qualified
with an adjective of nationality, before another name loses ("Leeds chairman
Gerald Krasner", "la société Internet chinoise ByteDance"); the doer of a passive ("by",
"par") and a name introduced as one ("known as", "appelée") win more often.
Every step is linear in the sentence (long sentences are cut to a window
around the first shared word).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .analysis import STOP_WORDS, fold_accents

_TYPES = [
    ("org", r"\b(which|what) (company|firm|newspaper|paper|media|outlet|organi[sz]ation|app|application|website|club|bank|group|team|party|university|agency|body"
            r"|union|federation|association|ministry|court|council|committee|league|school|hospital|brand|channel|network"
            r"|journal|magazine|publication|broadcaster)\b"
            r"|\b(quel|quelle)s? (soci[ée]t[ée]|entreprise|journal|m[ée]dia|application|firme|organisation|banque|club|groupe|[ée]quipe|parti|universit[ée]|agence|cha[iî]ne"
            r"|syndicat|f[ée]d[ée]ration|association|minist[eè]re|tribunal|cour|conseil|comit[ée]|ligue|[ée]cole|h[ôo]pital|marque|r[ée]seau)\b"
            r"|\b(via|par|avec|chez) quel(le)?s? (soci[ée]t[ée]|entreprise|firme|banque|groupe)\b"
            # "Where did Mayer work before TikTok?": an employer or a school, not a place.
            r"|\bwhere (did|does|do|has|had|was|is|were)\b.*\b(work(s|ed)?|stud(y|ied|ies)|employed)\b"),
    ("date", r"\bwhen\b|\bquand\b|\bwhat (year|date|day|time|month|period)\b|\bwhich (year|date|day|month|period)\b"
             r"|\bquel(le)? (ann[ée]e|date|jour|heure|mois|p[ée]riode)\b|\ba quel moment\b|\bà quel moment\b|\ben quelle ann[ée]e\b"),
    ("number", r"\bhow (many|much|old|long|far|big|large|tall|high)\b|\bcombien\b|\bde cb\b|\bcb\b|\bwhat number\b"
               r"|\bquel nombre\b|\bquel (âge|age)\b|\bwhat (percentage|share|proportion|percent|fraction)\b|\bwhat %|\bquel(le)? %"
               r"|\bquel(le)? (part|pourcentage|proportion|distance|montant|somme|prix)\b|\bà quelle distance\b|\ba quelle distance\b"
               r"|\bwhat (price|amount|sum)\b|\bwhat (will|does|did|do|would) .*\bcost\b|\bwhat(?: is|'s| was| are| were)?(?: the| its| their)?(?: [\w.-]+'s)? (price|amount|number|cost|population|percentage|share|rate|total|size|age"
               r"|turnover|revenues?|sales|profits?|loss(es)?|debts?|budget|salary|wages?|income|value|deficit|fine|efficiency|enrol(l)?ment"
               r"|capacity|speed|temperature|pressure|weight|height|length|area|distance|duration|attendance|score|growth"
               r"|unemployment|inflation|death toll|turnout)\b"
               r"|\b(quel(le)?s? (est|sont|était|etait)|(c'est|c'était|c'etait|c est|c etait)? ?quoi) (le|la|les|l') ?(montant|prix|nombre|somme|taux|pourcentage|part|co[uû]t|population|total|âge|age"
               r"|chiffre d'affaires|dette|b[ée]n[ée]fices?|budget|salaire|pertes?|valeur|revenus?|d[ée]ficit|amende|capacit[ée]|vitesse"
               r"|temp[ée]rature|pression|poids|hauteur|longueur|superficie|surface|effectif|score|croissance|ch[ôo]mage|inflation"
               r"|dur[ée]e|distance|participation)\b"),
    # "ou" unaccented is "où" typed fast, unless it is "or": "… ou pas ?", "ou non".
    ("place", r"\bwhere\b|(^|\s|\bd['’])(où|ou(?!\s+(pas|non|bien|alors|plut[ôo]t)\b))\s|(^|\s|\bd['’])o[ùu]\W*$|\bin which (country|city|town|region)\b|\bdans quel(le)? (pays|ville|r[ée]gion)\b"
              r"|\b(which|what) (country|city|town|region|state|province|island|continent|county|district|neighbou?rhood|venue|stadium)\b"
              r"|\bquel(le)?s? (pays|ville|r[ée]gion|[ée]tat|province|[îi]le|continent|d[ée]partement|quartier|lieu|endroit|commune|stade)\b"),
    ("reason", r"\bwhy\b|\bpourquoi\b|\bfor what reason\b|\bpour quelle raison\b"),
    ("name", r"\bwho(m|se|s)?\b|^\W*(\w+\W+){0,2}?qui\b|\b(who|qui)\s+(is|was|are|est|sont|a|ont|has|have)\b|\bcalled\b|\bnamed\b"
             r"|\bappel(l)?e\b|\bnomm[ée]e?\b|\bwhat is the name\b|\bquel est le nom\b|\bwhose\b|\bqui\W*$"
             r"|\b(?:the )?name of\b|\ble nom (?:du|de|des|d')"),
]
_DESCRIBE = re.compile(r"^\s*(who|qui)\s+(is|was|est|était|etait)\s+(?!(the|a|an|le|la|les|l'|un|une)\b)"
                       r"(?![\w-]+['’]s\b)[A-ZÀ-Ý]", re.I)
# Roles held by people: a question naming one without a question word asks who holds it.
_ROLES = frozenset("""ceo executive chairman chairwoman chair president director manager spokesman spokeswoman spokesperson
analyst lawyer attorney coach mayor minister secretary governor senator founder owner boss head leader judge prosecutor
author researcher professor editor presenter captain pdg président présidente directeur directrice porte-parole analyste
avocat avocate entraîneur entraineur maire ministre secrétaire gouverneur sénateur sénatrice fondateur fondatrice
propriétaire patron patronne chef juge procureur procureure auteur autrice chercheur chercheuse rédacteur présentateur
présentatrice capitaine""".split())


def _names_role(text: str) -> bool:
    """Whether `text` names a role held by a person ("lawyer", "analystes"), one word at a time (linear)."""
    return any(w in _ROLES or w[-1:] == "s" and w[:-1] in _ROLES for w in _TOKEN.findall(text.lower()))


_WH = re.compile(r"\b(what|which|how|whats|quoi|quel|quelle|quels|quelles|comment|que|qu|koi|lequel|laquelle)\b|^\W*c['’]?est quoi", re.I)
_YES_NO = re.compile(r"^\W*(do|does|did|is|are|was|were|can|could|will|would|has|have|had|should|est-ce qu)\b", re.I)

# Number subtypes the question asks for, and what marks them in a sentence.
_ASK_PERCENT = re.compile(r"%|\bper ?cent|\bpourcentage|\bpart\b|\bshare\b|\bproportion\b|\bfraction\b", re.I)
_ASK_AGE = re.compile(r"\bhow old\b|\bâge\b|\bage\b", re.I)
_ASK_DURATION = re.compile(r"\bhow long\b|\bcombien de temps\b|\bdur[ée]e\b|\bpendant combien\b", re.I)
_TIME_UNIT = (r"ans|années|years?|mois|months?|jours|days?|semaines|weeks?|heures|hours?|minutes|secondes|seconds"
              r"|décennies|decades|siècles|centuries")
_DURATION_UNIT = re.compile(rf"\b(?:{_TIME_UNIT}|km|kilom\w+|miles?|m[èe]tres?|meters?)\b", re.I)
_ENDS_IN_TIME = re.compile(rf"\b(?:{_TIME_UNIT})$", re.I)
_ASK_DISTANCE = re.compile(r"\bhow far\b|\bdistance\b|\bhow big\b|\bhow large\b|\bkm\b|\bkilom", re.I)
_ASK_MONEY = re.compile(r"\bhow much\b|\bco[uû]t|\bprix\b|\bprice\b|\bcost|\bpa(y|id|yé|ye)\b|\bpay[ée]?\b|\bmontant\b|\bsomme\b"
                        r"|\bmoney\b|\bargent\b|\bprofit|\bb[ée]n[ée]fice|\brevenue|\bturnover\b|\bchiffre d|\bdebt|\bdette"
                        r"|\bloan|\bpr[eê]t|\bsalaire|\bsalary|\bfine\b|\bamende|\bstole|\bvol[ée]|\bearn|\bgagn|\bmake\b|\bmade\b", re.I)
_COUNT_WORDS = r"(?:how many|combien d(?:e\s|['’])|cb de|number of|nombre d(?:e\s|['’]))"
_ASK_COUNT = re.compile(rf"\b{_COUNT_WORDS}|\bpopulation\b", re.I)  # a population is a count of people
_COUNTED = re.compile(rf"{_COUNT_WORDS}\s*([^\W\d_]+)", re.I)  # the noun counted
# Nouns whose amount is a span of time: "combien de prison" asks for "dix-huit mois".
_COUNTS_TIME = re.compile(rf"{_TIME_UNIT}|temps|time|prison|jail|peine|sentence|retard|d[ée]lais?|cong[ée]s?|leave|sursis", re.I)
_COUNT_OF_MONEY = re.compile(rf"{_COUNT_WORDS}\s*(?:argent|euros?|dollars?"
                             r"|livres?|pounds?|money|b[ée]n[ée]fices?|profits?|francs?|revenus?|yens?|pence)\b", re.I)
# Words that ask for an amount of money and nothing else ("how much prize money": never "29-year-old").
_ASK_PRICE = re.compile(r"\bprix\b|\bprices?\b|\bco[uû]t|\bcosts?\b|\btarifs?\b|\bfees?\b|\bmoney\b|\bargent\b"
                        r"|\bsalaires?\b|\bsalar(?:y|ies)\b|\bwages?\b|\bamendes?\b|\bearn(?:s|ed|ing)?\b|\bgagnen?t?\b"
                        r"|\bpaid\b|\bpay[ée]s?\b", re.I)
_ASK_YEAR = re.compile(r"\b(?:what|which) year\b|\bquelle ann[ée]e\b|\bin what year\b", re.I)
_YEAR = re.compile(r"\b(?:1\d|20)\d\d\b")
_ASK_NOW = re.compile(r"\bnow\b|\bmaintenant\b|\bactuel|\bcurrent|\btoday\b|\baujourd", re.I)
# "By how much did it fall", "de combien a-t-elle réduit": the size of a change, not the value it reached.
_ASK_CHANGE = re.compile(r"\bby how (?:much|many)\b|\bde (?:combien|cb)\b", re.I)

_DIGIT_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty"
                "|hundred|dozen|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente|quarante"
                "|cinquante|soixante|cent|mille")
_SCALE = r"(?:m|bn|k|mn|millions?|milliards?|billions?|thousands?|milliers|mille)"
_CURRENCY_AFTER = (r"(?:€|\$|£|euros?|dollars?|pence|p\b|pounds?|livres?(?: sterling)?|francs?|yens?|yuans?"
                   r"|kroner|kronor|krona|krone|couronnes?|rupees?|roupies?|roubles?|rubles?"
                   r"|(?:d['’]|de )(?:euros|dollars|livres|francs|yens|yuans|couronnes|roupies|roubles))")
_UNITS = ("km|kilom[èe]tres?|kilometers?|miles?|m[èe]tres?|meters?|metres?|kg|kilos?|kilogrammes?|tonnes?|tons?|hectares?"
          "|ans|années|years?|mois|months?|jours|days?|semaines|weeks?|heures|hours?|minutes|secondes|seconds"
          "|points?|personnes|people|habitants|residents|inhabitants|employ[ée]s|employees|salari[ée]s|workers|staff|jobs"
          "|emplois|spectateurs|visiteurs|visitors|passagers|passengers|voix|votes|si[èe]ges|seats|comptes|accounts"
          "|élèves|students|étudiants|membres|members|victimes|victims|morts|deaths|cas|cases|clients|customers|users|utilisateurs"
          "|degr[ée]s|degrees|pour ?cent|percent|per cent|litres?|liters?|gallons?|barils|barrels?")
_MONEY = re.compile(rf"[£$€¥]|{_CURRENCY_AFTER}", re.I)  # a number span that is an amount of money
_NUM_CORE = (rf"(?:[£$€¥]\s?)?(?<![\w.,])(?:\d+(?:[ \u00a0\u202f]\d{{3}})+|\d{{1,3}}(?:,\d{{3}})+|\d+)(?:[.,]\d+)?(?!\d)"
             rf"(?:\s?%|\s?{_SCALE}\b)?(?:\s?{_CURRENCY_AFTER})?"
             rf"|\b(?:{_DIGIT_WORDS})(?:-(?:{_DIGIT_WORDS}|et-un|et-une))*\b(?:\s{_SCALE}\b)?(?:\s?{_CURRENCY_AFTER})?")
_QUALIFIER = (r"(?:(?:plus|moins) de |près de |pres de |environ |jusqu['’]à |more than |less than |about |over |under |"
              r"nearly |almost |around |up to |some |roughly |approximately |presque |quelque )")
# The unit after a space or a hyphen ("6.2-kilometre line", "a 10-mile race").
_NUMBER = re.compile(rf"(?:{_QUALIFIER})?(?:{_NUM_CORE})(?:(?:\s(?:de |d['’])?|-)(?:{_UNITS})\b)?(?:-year-old|-year)?", re.I)
_RANGE = re.compile(rf"(?P<from>\b(?:from|de|d['’]|between|entre)\s+)?(?P<a>{_NUM_CORE})"
                    rf"(?P<mid>\s+(?:to|à|a|and|et|-|des|of the|out of|sur)\s+)"
                    rf"(?P<b>(?:{_QUALIFIER})?(?:{_NUM_CORE}))", re.I)

# Verbs of a change: "from X to Y" after them gives the new value Y, else it is a range.
_CHANGE = re.compile(r"\b(?:pass|augment|baiss|chut|grimp|recul|progress|hausse|rise|rose|risen|fall|fell|grow|grew"
                     r"|increas|decreas|cut|rais|reduc|jump|drop|climb|went|gone|go|goes|up|down|mov|chang|boost|slash"
                     r"|lift|soar|plung|tumbl|doubl|tripl|fait pass|port|ramen|relev|abaiss)\w*\b", re.I)
_WEEKDAYS = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
_MONTHS = ("janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre"
           "|january|february|march|april|may|june|july|august|september|october|november|december"
           "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec")
# A month alone is a date only after a word like "in", "en", "since" (else "may" is a verb).
_MONTH_AFTER = "|".join(f"(?<=\\b{w} )" for w in ("in", "en", "of", "de", "since", "depuis", "until", "till", "by",
                                                   "late", "early", "début", "fin", "mi-", "In", "En", "Since"))
# A dateline before the story: "MANCHESTER, England, Oct. 3, 2025 — ", "Grenoble, 12 février 2025 (ÉcoDaily) — ".
_DATELINE = re.compile(r"^\W*[^—–!?\n]{3,80}?\s[—–-]{1,2}\s")
_BASED = re.compile(r"\b([A-ZÀ-Ý][\w’']*(?:[ -][A-ZÀ-Ý][\w’']*)*)-based\b")
_COMPOUND_ADJECTIVE = re.compile(r"-(?:based|born|led|owned|run|backed|made|funded|listed|style)$", re.I)
_CALENDAR = re.compile(rf"(?:{_MONTHS}|{_WEEKDAYS})\.?", re.I)
_DAY = r"(?:1er|\d{1,2}(?:st|nd|rd|th)?)"
# Years before 1900 are years only after a word like "in", "en", "since" (else "1500 employees").
_YEAR_AFTER = "|".join(f"(?<=\\b{w} )" for w in ("in", "en", "In", "En", "since", "depuis", "from", "until", "by", "of",
                                                  "de", "year", "année", "jusqu'en", "jusqu’en", "vers", "around", "circa"))
# Years before 1000 only after "in", "en", "since" and before punctuation or an era ("en 338,", "in 802 AD").
_EARLY_YEAR_AFTER = "|".join(f"(?<=\\b{w} )" for w in ("in", "en", "In", "En", "since", "depuis", "vers", "circa",
                                                        "jusqu'en", "jusqu’en"))
_SEASONS = "spring|summer|autumn|winter|printemps|été|automne|hiver"
_DATE = re.compile(
    rf"\b(?:(?:ce|cette|le|la|dans l['’])\s*)?(?:"
    # A span of days: "du 24 au 27 juillet", "from 24 to 27 July", "24-27 July", "July 24-27".
    rf"(?:(?:du|from|between)\s+)?{_DAY}\s*(?:-|–|au|to|and|et)\s*{_DAY}\s+(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?"
    rf"|(?:{_MONTHS})\s+{_DAY}\s*[-–]\s*{_DAY}\b(?:,?\s+\d{{4}})?"
    # A season with its year or "next"/"last": "spring 2028", "the summer of 2011", "au printemps prochain", "next winter".
    rf"|(?:{_SEASONS}|(?<=\bthe )fall)\s+(?:of\s+|de\s+)?(?:19|20)\d\d|(?:next|last|this)\s+(?:{_SEASONS}|fall)"
    rf"|(?:au\s+|en\s+|l['’])?(?:{_SEASONS})\s+(?:prochain|dernier)|"
    rf"(?:(?:{_WEEKDAYS}),?\s+)?(?:{_DAY}\s+(?:{_MONTHS})\b\.?(?:,?\s+\d{{4}})?|(?:{_MONTHS})\b\.?\s+{_DAY}\b(?:,?\s+\d{{4}})?)"
    rf"|(?:{_MONTHS})\s+(?:de\s+|of\s+)?(?:19|20)\d\d"
    rf"|(?:{_MONTH_AFTER})(?:{_MONTHS})\b"
    rf"|^(?:{_MONTHS})\b"
    rf"|(?:{_WEEKDAYS})(?:\s+(?:matin|soir|après-midi|morning|evening|afternoon|night|dernier|prochain))?"
    rf"|\d{{4}}\s?GMT|\d{{1,2}}[:h]\s?\d{{2}}(?:\s?(?:GMT|UTC|am|pm|a\.m\.|p\.m\.))?|\d{{1,2}}\s?(?:am|pm|a\.m\.|p\.m\.)"
    rf"|\d{{1,2}}\s?h\b"
    rf"|(?:19|20)\d\d|(?:{_YEAR_AFTER})1\d\d\d|(?:{_EARLY_YEAR_AFTER})[1-9]\d\d(?=\s?[,.;:)]|\s(?:av|apr|BC|AD|B\.C|A\.D)\b)"
    rf"|(?:last|next|this) (?:week|month|year|weekend)|(?:la semaine|le mois|l['’]année) (?:dernière|dernier|prochaine|prochain)"
    rf"|(?:dans |au cours )?(?:les|des) (?:prochain|dernier)[e]?s (?:jours|semaines|mois|années)"
    rf"|(?:in |over |during )?the (?:coming|next|past|last) (?:few )?(?:days|weeks|months|years)"
    rf"|(?:depuis |dès )?(?:le )?(?:début|fin|milieu) (?:du mois (?:de |d['’])(?:{_MONTHS})(?:\s+\d{{4}})?|de l['’]année|du mois|de la semaine)"
    rf"|(?:since |at )?the (?:beginning|start|end|middle) of the (?:year|month|week)"
    rf"|semaine|après-midi|hier|yesterday|today|tomorrow|demain|aujourd['’]hui|récemment|recently"
    # A moment of a match: "in the 88th minute", "à la 88e minute".
    rf"|(?:the\s+)?\d{{1,3}}(?:st|nd|rd|th|e|ème|eme)\s+minute)\b",
    re.I | re.M,
)
_PERSON_NOT_AFTER = re.compile(r"(?:\b(?:au|aux|en|dans|in|at|near|près de|of|de)\s+(?:l['’]|la |le |les |the )?"
                               r"|\b(?:c['’]est|it was|it is) à\s+"
                               # "in Esbjerg and Rotterdam", "à Lyon et Paris": the second place too
                               r"|\b(?:au|en|dans|in|at|à)\s+(?:(?-i:[A-ZÀ-Þ])[\w'’-]*\s+){1,3}(?:and|et)\s+)$", re.I)
# A venue's name, not a person's: "Elland Road stadium", "Thorp Arch training ground"; "le stade Bollaert".
_VENUE = (r"stadium|(?:training )?ground|arena|airport|station|street|road|avenue|bridge|hospital|school|church|cathedral"
          r"|museum|park|square|hall|cent(?:re|er)|stade|a[ée]roport|gare|rue|boulevard|pont|h[ôo]pital|[ée]cole|[ée]glise"
          r"|mus[ée]e|parc|lyc[ée]e|coll[èe]ge|salle")
_VENUE_AFTER = re.compile(rf"\s+(?:{_VENUE})\b", re.I)
_VENUE_BEFORE = re.compile(rf"\b(?:{_VENUE})\s+(?:de\s+|du\s+|des\s+)?$", re.I)
_REGION_OF = re.compile(r"([A-ZÀ-Þ][\w'’-]*),\s+(?:dans|en|in)\s+(?:l['’]|le |la |les |the )?$")
_PLACE_BEFORE = re.compile(r"(?:\b(?:à|au|aux|en|dans|hors de|in|at|on|from|near|près de)\s+(?:l['’]|la |le |les |the )?)$", re.I)
_REASON = re.compile(r"\b(?:(?:because(?: of)?|due to|owing to|as a result of|thanks to|since|as|car|parce que|grâce à"
                     r"|afin de|pour|en raison d(?:e|u|es)|à cause d(?:e|u|es)"
                     r"|(?:argu|explain|justif|expliqu|justifi)\w* (?:that|que)"
                     # News's words of cause: "blamed a software error", "citing rising costs", "attribué à la grève".
                     r"|blam\w*|cit(?:ing|ed)|attribut\w* (?:it |this |the \w+ )?to|attribu\w* (?:à|au|aux)|imput\w* (?:à|au|aux)"
                     r"|invoqu\w*)\s"
                     r"|(?:parce qu|en raison d|à cause d|(?:argu|expliqu|justifi)\w* qu)['’])", re.I)
_ORDINAL = re.compile(r"(?:st|nd|rd|th|e|er|re|ère|ème|eme)\b", re.I)
_QUALIFIES = re.compile(r" [a-zà-ÿ][\w’'-]* [A-ZÀ-Ý]")  # name, a lower-case word, another name
# English adjectives of nationality, capitalised but no names when a noun follows ("Mongolian rule").
_DEMONYM = re.compile(r"(?:Afghan|African|Albanian|Algerian|American|Arab|Arabian|Argentine|Argentinian|Armenian|Asian"
                      r"|Australian|Austrian|Belgian|Brazilian|British|Bulgarian|Byzantine|Canadian|Chilean|Chinese"
                      r"|Colombian|Croatian|Cuban|Czech|Danish|Dutch|Egyptian|English|European|Finnish|French|Georgian"
                      r"|German|Greek|Hungarian|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Japanese|Jewish"
                      r"|Korean|Latin|Lebanese|Mexican|Mongol|Mongolian|Moroccan|Muslim|Nigerian|Norwegian|Ottoman"
                      r"|Pakistani|Palestinian|Persian|Polish|Portuguese|Roman|Romanian|Russian|Saudi|Scottish|Serbian"
                      r"|Soviet|Spanish|Swedish|Swiss|Syrian|Thai|Tibetan|Turkish|Turkic|Ukrainian|Vietnamese|Welsh)")
_NATIONALITY = re.compile(r"[a-zà-ÿ]+(?:ois|oise|ais|aise|ain|aine|ien|ienne|éen|éenne|and|ande|ique)s?")  # "chinoise", "allemand"
_NAME_CUE = re.compile(r"\b(?:by|par|known as|called|named|appel[ée]e?s?|nomm[ée]e?s?|baptis[ée]e?s?|surnomm[ée]e?s?)\s+$",
                       re.I)
# Questions asking for an object ("what did X develop", "que fait X", "X risquait quoi"), not a subject
# ("what supplanted X", "qu'est-ce qui"): the answer follows the question's words, which count _AFTER_OBJECT after it.
_OBJECT_QUESTION = re.compile(r"^\W*(?:what|which)(?: [\w-]+)? (?:did|does|do|can|could|will|would|should|has|have|had)\b"
                              r"|^\W*(?:que\b|qu['’](?!est[- ]ce qui))|\bquoi\W*$", re.I)
_AFTER_OBJECT = 0.3
_PAST_VERB = re.compile(r"[a-z]{3,}(?<!e)ed")  # "offered", "claimed"; not "need", "speed", "red"
# A noun asked for, not a verb: "which tribes", "quelles tribus", "what tribes did" (not "what approved").
_NOUN_ASKED = re.compile(r"\b(?:which|quel|quelle|quels|quelles)\s+[^\W\d_]+"
                         r"|\bwhat\s+[^\W\d_]+\s+(?:did|does|do|is|are|was|were|has|have|had|will|can|could|would)\b")


def _list_after(item: str) -> re.Pattern:
    """The rest of a list after its first item, each item matching `item`:
    ", X, Y et Z" (a conjunction before the last) or ", X, Y" (two items or
    more), up to punctuation or the end."""
    return re.compile(rf"(?:,\s+{item})*(?:,?\s+(?:and|et)\s+{item}|(?:,\s+{item}){{2,}})(?=\s*[,.;:()!?]|\s*$)")


# Items of one to four words; for names, capitalised names ("Obama defeated Romney and won 303 votes" is no list).
_LIST_AFTER = {"phrase": _list_after(r"[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}"),
               "name": _list_after(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,3}")}
# Questions asking for someone's words: what they called, described or said something.
_ASK_WORDS = re.compile(r"\b(?:call|called|describe|described|dub|dubbed|term|termed|label|labelled|qualif\w*|d[ée]cri\w*"
                        r"|trait[ée]\w*|appel[ée]\w*|say|said|dit|dire)\b")
_KIND_NOUN = re.compile(r"\b(?:which|what|quel|quelle|quels|quelles)\s+([^\W\d_]+)")
_CHUNK_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[;:!?()«»\"“”\[\]]|\s[-–—]\s|,\s")  # not "9.5"

_CAP = r"[A-ZÀ-ÖØ-Þ][\w’'\-]*"
_NAME = re.compile(rf"{_CAP}(?:\s+(?:{_CAP}|&|de la|de|du|des|of the|of|von|van|den|der|da|di|la|le)(?=\s+{_CAP}|$|[\s,.;:!?»)]))*")
# French institutions: one capitalised noun and its adjectives ("Conseil constitutionnel",
# "Parquet fédéral", "Banque centrale européenne").
_ADJECTIVES = re.compile(r"(?:\s+[a-zà-ÿ]+(?:el|elle|al|ale|aux|ien|ienne|ais|aise|ique|aire|éen|éenne)\b){1,2}")
_ARTICLES = {"le", "la", "les", "the"}
_NAME_LINKS = {"de", "du", "des", "of", "von", "van", "den", "der", "da", "di", "la", "le"}
_NAME_TAIL = re.compile(r"(\s+(de|du|des|of|von|van|den|der|da|di|la|le))+$")
_TOKEN = re.compile(r"\d+(?:[.,]\d+)+%?|\d+%|[^\W_]+(?:[’'\-][^\W_]+)*")  # "9.5%" is one token
_WINDOW = 30  # shared words further than this many words from a span do not count
MAX_SPAN_CHARS = 4000  # longer sentences are cut to this window around the first shared word


def expected_type(question: str) -> str | None:
    """The answer type a question asks for: "org", "date", "number", "place",
    "reason", "name", "phrase" (another wh-question: what, which, how / quoi,
    quel, comment) or None (a description of a named person, a yes/no
    question, or keywords only)."""
    describe = _DESCRIBE.match(question)
    if describe and not _names_role(question.split(",")[0][describe.end() - 1:]):
        return None  # "Who is Kevin Mayer?"; "who is bates lawyer" asks for a name
    q = question.lower().replace("’", "'")
    for kind, pattern in _TYPES:
        if re.search(pattern, q):
            return kind
    if _YES_NO.match(q):
        return None
    if _WH.search(q):
        return "phrase"
    # Keywords only: a role asks for a person ("analyste bnp paribas ?"), a price for a number.
    return "name" if _names_role(q) else "number" if _ASK_PRICE.search(q) else None


def asked_kind(question: str) -> str | None:
    """The noun a which-question asks for, accent-folded lower case ("firm" in
    "which firm is Mike Powell with", "societe" in "quelle société"), or None:
    the answer fills it, so the sentence need not say it."""
    m = _KIND_NOUN.search(question.lower())
    return fold_accents(m.group(1)) if m else None


def counted_noun(question: str) -> str | None:
    """The noun a count asks about, lower case ("reactors" in "how many reactors
    were hit", "clients" in "combien de clients"), or None: no count, a count of
    money ("combien d'euros") or of time ("combien de mois"), or a stop word."""
    asks = _asks(question)
    m = _COUNTED.search(question)
    if not m or not asks.count or not asks.counts_time or _is_stop(m.group(1)):
        return None
    return m.group(1).lower()


def _lead(sentence: str) -> int:
    """Offset of the sentence's first character other than space, quote or dash."""
    return len(sentence) - len(sentence.lstrip(" «“\"—–-"))


def _names(sentence: str, known: set[str]):
    """Capitalised runs as (start, end, text) character spans (a generator)."""
    lead = _lead(sentence)
    for m in _NAME.finditer(sentence):
        text = _NAME_TAIL.sub("", m.group(0))
        if all(w.lower() in STOP_WORDS for w in re.findall(r"[^\W_]+", text)):
            continue  # "Nous", "Il" after an opening quote: a capital, not a name
        start = m.start()
        if start <= lead and fold_accents(text.split()[0].lower()) not in known:
            # Sentence-initial capital: keep the rest of the run, if any.
            rest = text.split(None, 1)
            if len(rest) < 2:
                continue
            start += len(text) - len(rest[1])
            text = rest[1]
        if _CALENDAR.fullmatch(text) or _COMPOUND_ADJECTIVE.search(text):
            continue  # "In May, he made a proposal": a month; "a Geneva-based company": an adjective
        if len([w for w in text.split() if w.lower() not in _ARTICLES]) == 1:  # "Le Parquet fédéral"
            adjectives = _ADJECTIVES.match(sentence, start + len(text))
            if adjectives:
                text += adjectives.group(0)
        yield start, start + len(text), text


def _dates(sentence: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0).strip()) for m in _DATE.finditer(sentence) if m.group(0).strip()]


def _numbers(sentence: str) -> list[tuple[int, int, str]]:
    """Number spans, without those inside a date or a time, with "from X to Y"
    changes reduced to Y and bare "X to Y" ranges joined."""
    dates = [(s, e) for s, e, _ in _dates(sentence)]
    out = []
    for m in _NUMBER.finditer(sentence):
        s, e = m.start(), m.end()
        if any(ds <= s and e <= de for ds, de in dates) or re.fullmatch(r"(?:around |circa |vers )?(?:1[5-9]|20)\d\d",
                                                                        m.group(0).strip(), re.I):
            continue
        if _ORDINAL.match(sentence, e):
            continue  # "Harvard's 21st president", "le 3e mandat": a rank, not a quantity
        out.append((s, e, m.group(0).strip()))
    for r in _RANGE.finditer(sentence):
        a, b = r.span("a"), r.span("b")
        if any(ds <= a[0] < de for ds, de in dates):
            continue  # "passé de 800 000 euros en 2020 à 2,6 millions": a year, not the start of a range
        mid = r.group("mid").strip().lower()
        if r.group("from") and mid not in ("and", "et") and _CHANGE.search(sentence[max(0, r.start() - 40): r.start()]):
            out = [c for c in out if not (a[0] <= c[0] < a[1])]  # the old value of a change: "rose from £6 to £8"
        elif "" != _unit_kind(r.group("a")) != _unit_kind(r.group("b")) != "":
            continue  # "up 4.3% to £1.97bn": a percentage and an amount, two answers
        elif mid in ("to", "à", "-", "des", "of the", "out of", "sur") or r.group("from"):
            # A range ("3 to 5 years", "de 12 à 24 mois", "between 3 and 5") or a part ("41 des 48 sociétaires").
            end = max([b[1]] + [c[1] for c in out if c[0] == b[0]])  # with Y's unit
            joined = (a[0], end, sentence[a[0]:end])
            out = [c for c in out if not (a[0] <= c[0] < b[1])] + [joined]
    return sorted(out)


def _unit_kind(number: str) -> str:
    """"percent", "money" or "" for a number's text."""
    return "percent" if re.search(r"%|\bper ?cent|\bpour ?cent", number, re.I) else "money" if _MONEY.search(number) else ""


def candidates(sentence: str, kind: str, known: set[str]) -> list[tuple[int, int, str]]:
    """Spans of `sentence` that could answer a question of type `kind`
    ("number", "date", "place", "name", "org"; other kinds: none).

    known: accent-folded lower-case words that the article writes capitalised
    in mid-sentence (names), used to accept a name at the start of a sentence.
    Returns (start, end, text) character spans in order.
    """
    if kind == "number":
        return _numbers(sentence)
    if kind == "date":
        return _dates(sentence)
    if kind == "place":
        after = [n for n in _names(sentence, known) if _PLACE_BEFORE.search(sentence[max(0, n[0] - 30): n[0]])]
        based = []  # "a Geneva-based company", "The New York-based firm"
        for m in _BASED.finditer(sentence):
            words = list(_TOKEN.finditer(m.group(1)))
            while words and _is_stop(words[0].group(0)):
                words.pop(0)
            if words:
                based.append((m.start(1) + words[0].start(), m.end(1), m.group(1)[words[0].start():]))
        return sorted(after + based)
    if kind in ("name", "org"):
        return list(_names(sentence, known))
    return []


def has_candidate(sentence: str, kind: str, known: set[str], question: str = "") -> bool:
    """Whether `sentence` holds a span of type `kind` (see `candidates`) that
    can answer `question` (see `fits`; "" accepts every span)."""
    if kind in ("name", "org"):
        return next(_names(sentence[:MAX_SPAN_CHARS], known), None) is not None
    return any(fits(kind, text, question) for _, _, text in candidates(sentence[:MAX_SPAN_CHARS], kind, known))


@dataclass(frozen=True)
class _Asks:
    """What a question asks of a number or a date (read by `fits` and `_bonus`), read once per question."""

    year: bool
    duration: bool
    percent: bool
    price: bool
    count: bool  # a count of things, not of money ("combien d'euros")
    counts_time: bool  # a count of anything but time ("how many butterflies", "the population")
    age: bool
    distance: bool
    money: bool
    now: bool  # the value now ("how much debt does leeds have now")
    change: bool  # the size of a change ("by how much", "de combien")


@lru_cache(maxsize=256)
def _asks(question: str) -> _Asks:
    counted = _COUNTED.search(question)
    duration = bool(_ASK_DURATION.search(question))
    return _Asks(year=bool(_ASK_YEAR.search(question)), duration=duration, percent=bool(_ASK_PERCENT.search(question)),
                 price=bool(_ASK_PRICE.search(question)),
                 count=bool(_ASK_COUNT.search(question)) and not _COUNT_OF_MONEY.search(question),
                 counts_time=bool(_ASK_COUNT.search(question)) and not duration
                 and not (counted and _COUNTS_TIME.fullmatch(counted.group(1))),
                 age=bool(_ASK_AGE.search(question)), distance=bool(_ASK_DISTANCE.search(question)),
                 money=bool(_ASK_MONEY.search(question)), now=bool(_ASK_NOW.search(question)),
                 change=bool(_ASK_CHANGE.search(question)))


def fits(kind: str, text: str, question: str) -> bool:
    """Whether span `text` of type `kind` can answer `question`: a percentage
    ("what %", "quelle part") is a percentage or a part ("41 des 48"); a count
    ("how many people", "combien de clients") is never an amount of money or a
    percentage, unless it counts money ("combien d'euros"); "combien de
    passagers ont volé" counts passengers whatever the verb;
    a price ("prix", "cost", "earn", "salaire") is an amount of money unless
    the question counts things ("how many workers earn"); a duration ("how
    long", "combien de temps") has a unit of time or length, and a count of
    anything but time ("how many butterflies"; "combien de prison" counts
    time) is not a span of time ("Deux mois"); "what year" has a year; an
    age is never money nor a percentage ("£640,000" for "How old is …?"); the
    change of a count may be a percentage ("de combien le nombre de passagers
    a augmenté": "8.1%").
    The question is read once (cached), however many spans are tried."""
    asks = _asks(question)
    if kind == "date":
        return not asks.year or bool(re.search(r"\d{4}", text))
    if kind != "number":
        return True
    if asks.duration and not _DURATION_UNIT.search(text):
        return False
    if asks.counts_time and _ENDS_IN_TIME.search(text):
        return False  # "Deux mois plus tard" does not count the butterflies of "how many butterflies"
    if asks.age and _unit_kind(text):
        return False  # "How old is Sarah Quinn?" is not "£640,000"
    if asks.change and asks.count and _unit_kind(text) == "percent":
        return True  # "de combien le nombre de passagers a augmenté": "8.1%", a change of a count
    if asks.percent:
        return _unit_kind(text) == "percent" or bool(re.search(r"\s(?:des|of the|out of|sur)\s", text))
    if asks.price and not asks.count:  # "how many workers earn the minimum wage" counts workers
        return bool(_MONEY.search(text))
    return not asks.count or _unit_kind(text) == ""


def capitalised_words(sentences: list[str]) -> set[str]:
    """Accent-folded lower-case forms of the words written capitalised somewhere
    other than at the start of a sentence (the article's names)."""
    known = set()
    for s in sentences:
        lead = _lead(s)
        for m in _NAME.finditer(s):
            if m.start() > lead:
                known.update(fold_accents(w.lower()) for w in m.group(0).split())
    return known


def acronyms(sentences: list[str]) -> dict[str, list[str]]:
    """Acronym -> the names it abbreviates: lower-case initials (2 to 6) of
    every run of two or more capitalised words, link and stop words aside
    ("British Airways" -> "ba", "The Asynchronous Transfer Mode" -> "atm";
    "Banque centrale européenne" is no run). Names in first-seen order."""
    out: dict[str, list[str]] = {}
    for s in sentences:
        for m in _NAME.finditer(s):
            caps = [w for w in m.group(0).split() if w[0].isupper() and w.lower() not in STOP_WORDS]
            key = "".join(w[0] for w in caps).lower()
            name = m.group(0)[m.group(0).find(caps[0]):] if caps else ""
            if len(caps) >= 2 and 2 <= len(key) <= 6 and key.isalpha() and name not in out.get(key, []):
                out.setdefault(key, []).append(name)
    return out


def _is_stop(token: str) -> bool:
    """Whether a token is a stop word, or only stop words joined by elision ("c'est", "n'est", "qu'il")."""
    return all(fold_accents(part) in STOP_WORDS for part in re.split(r"[’']", token.lower()))


def _phrases(sentence: str, tokens: list[re.Match], anchor: list[bool], kind: str) -> list[tuple[int, int, str]]:
    """Runs of words that are not the question's, inside one stretch between
    punctuation, trimmed of stop words at both ends; for "reason", the clause
    after a cause word ("because", "car") when the sentence has one."""
    if kind == "reason":
        out = []
        for m in _REASON.finditer(sentence):
            end = _CHUNK_END.search(sentence, m.end())
            while end and end.group(0) in "«“\"":  # a quotation inside the cause is part of it
                close = sentence.find({"«": "»", "“": "”"}.get(end.group(0), '"'), end.end())
                if close < 0:
                    break
                end = _CHUNK_END.search(sentence, close + 1)
            stop = end.start() if end else len(sentence)
            effect = re.search(r"\sfor\s", sentence[m.end():stop]) if m.group(0)[:4].lower() == "blam" else None
            if effect:  # "blamed high fuel prices for a 40% fall": the cause ends before the effect
                stop = m.end() + effect.start()
            stop = m.end() + len(sentence[m.end():stop].rstrip())
            if stop - m.end() > 3:
                out.append((m.end(), stop, sentence[m.end():stop]))
        if out:
            return out
    breaks = [m.start() for m in _CHUNK_END.finditer(sentence)]
    runs, cur, last_chunk = [], [], None
    for i, t in enumerate(tokens):
        chunk = bisect.bisect_right(breaks, t.start())
        if anchor[i] or chunk != last_chunk:
            if cur:
                runs.append(cur)
            cur = []
        last_chunk = chunk
        if not anchor[i]:
            cur.append(t)
    if cur:
        runs.append(cur)
    out = []
    for run in runs:
        while run and _is_stop(run[0].group(0)):
            run = run[1:]
        while run and _is_stop(run[-1].group(0)):
            run = run[:-1]
        if kind == "phrase":
            # "offered his nephew": an English past verb opening a run is not the thing asked.
            while len(run) > 1 and _PAST_VERB.fullmatch(run[0].group(0)):
                run = run[1:]
            while run and _is_stop(run[0].group(0)):
                run = run[1:]
        if run:
            s, e = run[0].start(), run[-1].end()
            if sentence[s - 1: s] in "«“\"" and sentence[e: e + 1] in "»”\"" and s > 0:
                s, e = s - 1, e + 1
            out.append((s, e, sentence[s:e]))
    return out


def best_span(sentence: str, kind: str | None, question: str, is_anchor: Callable[[str], bool],
              in_question: Callable[[str], bool], known: set[str]) -> str | None:
    """The short answer in `sentence`, or None.

    kind: expected type from `expected_type`; question: the question text
    (for the kind of number asked); is_anchor: whether a word of the sentence
    matches a word of the question (the shared words); in_question: whether a
    word stands for a word of the question: spans made only of such words, and
    names with any, are skipped. Returns the best candidate (module docstring),
    verbatim from the sentence; ties go to the earlier one.
    """
    if kind is None:
        return None
    if len(sentence) > MAX_SPAN_CHARS:
        first = next((m.start() for m in _TOKEN.finditer(sentence) if is_anchor(m.group(0))), 0)
        lo = max(0, first - MAX_SPAN_CHARS // 2)
        sentence = sentence[lo: lo + MAX_SPAN_CHARS]
    tokens = list(_TOKEN.finditer(sentence))
    starts = [t.start() for t in tokens]
    anchor = [is_anchor(t.group(0)) for t in tokens]
    anchors = [i for i, a in enumerate(anchor) if a]
    q = question.lower()
    qwords = {fold_accents(w) for w in _TOKEN.findall(q)}
    # "Which university": the kind of name asked may be part of the answer ("University of the Ryukyus").
    kind_noun = asked_kind(q) if kind in ("org", "place", "phrase") else None
    with_noun: set[tuple[int, int, str]] = set()  # spans joined with the noun a which-question asks for
    if kind in ("phrase", "reason"):
        spans = _phrases(sentence, tokens, anchor, kind)
        # "What river …?" over "… across the Charles River": the name of that kind.
        # "Which platform …?" over "… la plateforme Ulule": the name the kind noun introduces.
        named = [n for n in _names(sentence, known) if kind_noun and (
            kind_noun.rstrip("s") in {fold_accents(w.lower()).rstrip("s") for w in n[2].split()[1:]}
            or _introduced(sentence[:n[0]], kind_noun))]
        if named:
            spans, kind = named, "org"
        elif kind_noun and _NOUN_ASKED.search(q):
            # "Which tribes did Genghis Khan unite?" over "the Mongol and Turkic tribes": the noun asked is in the answer.
            joined = [_with_noun(sentence, span, kind_noun) for span in spans]
            with_noun = {j for j, span in zip(joined, spans) if j != span}
            spans = joined
    else:
        spans = candidates(sentence, kind, known)

    def own(word: str) -> bool:
        word = re.sub(r"\W+$", "", word)
        return in_question(word) and fold_accents(word.lower()) != kind_noun

    def own_name(word: str) -> bool:  # "of the" in "University of the Ryukyus" is no word of the question's
        return not _is_stop(re.sub(r"\W+$", "", word)) and own(word)
    object_asked = kind == "phrase" and bool(_OBJECT_QUESTION.search(q))
    words_asked = kind == "phrase" and bool(_ASK_WORDS.search(q))
    head = _DATELINE.match(sentence) if kind in ("name", "org") else None
    dateline = head.end() if head and (_DATE.search(head.group(0)) or re.search(r"\(\w+\)", head.group(0))) else 0
    best, best_score, best_end = None, float("-inf"), 0
    for start, end, text in spans:
        if kind in ("name", "org", "place"):
            # Trim words of the question off the ends of a name run:
            # "État Mike Pompeo" for "secretary of state" gives "Mike Pompeo",
            # "District Judge Elena Vasquez" for "qui est la juge" "Elena Vasquez".
            # A run ending in a word of the question is the question's own
            # name ("Joji Otaki" for "Otaki's study", "Barack Obama").
            parts = list(re.finditer(r"\S+", text))
            if own_name(parts[-1].group(0)):
                # "Nick Van den Brul of BNP Paribas" for "analyste BNP Paribas": the name before the question's.
                link = max((i for i, p in enumerate(parts) if p.group(0) in ("of", "de", "du", "des")), default=0)
                if not link or any(own_name(p.group(0)) for p in parts[:link]):
                    continue
                parts = parts[:link]
            asked_at = [i for i, p in enumerate(parts) if own_name(p.group(0))]
            if asked_at:  # "District Judge Elena Vasquez" for "qui est la juge": the name after the title asked
                parts = parts[asked_at[-1] + 1:]
            while parts and parts[0].group(0).lower() in _NAME_LINKS:
                parts.pop(0)
            start, end = start + parts[0].start(), start + parts[-1].end()
            text = sentence[start:end]
        if not fits(kind, text, question):
            continue
        if kind in ("name", "org") and end <= dateline:
            continue  # "England", "ÉcoDaily" in a dateline: where and who reports, not who acts
        span_words = re.findall(r"[^\W_]+", text)
        asked = [own(w) for w in span_words]
        if asked and all(asked):
            continue
        if kind in ("name", "org", "place") and any(own_name(w) for w in span_words):
            continue
        before = sentence[max(0, start - 30): start]
        if kind == "name" and (len(text) < 2 or _PERSON_NOT_AFTER.search(before)
                               or _VENUE_AFTER.match(sentence, end) or _VENUE_BEFORE.search(before)):
            continue  # "B. Obama": an initial; "C'est à Chicago que", "in Paris", "Elland Road stadium": a place, not who
        region_of = _REGION_OF.search(sentence[max(0, start - 40): start]) if kind == "place" else None
        if region_of and not any(own_name(w) for w in _TOKEN.findall(region_of.group(1).replace("-", " "))):
            continue  # "à Saint-Quentin, dans l'Aisne": the region of the place named, unless that place is asked about
        if kind in ("name", "org") and _DEMONYM.fullmatch(text) and re.match(r"\s+[a-zà-ÿ]", sentence[end:]):
            continue  # "the Chinese dynasty": an adjective, written with a capital in English
        first = bisect.bisect_left(starts, start)
        last = max(first, bisect.bisect_left(starts, end) - 1)
        score = 0.0
        for a in anchors[bisect.bisect_left(anchors, first - _WINDOW): bisect.bisect_right(anchors, last + _WINDOW)]:
            if first <= a <= last:
                continue
            # The object asked ("what did Davies develop", "que cherchait-il à faire") follows the question's words.
            weight = _AFTER_OBJECT if a > last and object_asked else 1.0
            score += weight / (1 + (first - a - 1 if a < first else a - last - 1))
        score += _bonus(kind, text, sentence[max(0, start - 20): start], sentence[end: end + 40], q,
                        lambda w: not _is_stop(w) and (fold_accents(w.lower()) in qwords or is_anchor(w)))
        if kind in ("name", "org") and _QUALIFIES.match(sentence, end) \
                and (anchor[last + 1] or _NATIONALITY.fullmatch(tokens[last + 1].group(0))) \
                and not in_question(tokens[last + 2].group(0)):
            # "Leeds chairman Gerald Krasner", "la société Internet chinoise ByteDance": the first
            # name qualifies a noun or is qualified with it, the second is the one named.
            score -= 1.0
        if (start, end, text) in with_noun or (kind in ("name", "org", "place") and kind_noun and kind_noun.rstrip("s")
                                               in {fold_accents(w.lower()).rstrip("s") for w in text.split()}):
            score += 1.0  # "Which coast was hit?": "the northern coast", the noun asked with its modifier
        if words_asked and text[:1] in "«“\"":
            score += 1.0  # "What did the analyst call the results?": the words quoted, "pretty modest"
        if kind == "phrase" and len(text.split()) > 12:
            score -= 0.5
        if kind == "phrase" and last + 1 < len(tokens) and anchor[last + 1] and tokens[last + 1].group(0)[0].isupper() \
                and all(w[0].isupper() for w in text.split()):
            continue  # "Joji" before the question's "Otaki": part of the question's own name
        if score > best_score:
            best, best_score, best_end = text, score, end
    if best is not None and kind in ("phrase", "name", "org", "place"):
        # An answer that opens a list is the whole list: "Glasgow and Dundee", "saccages, viols, profanations".
        items = _LIST_AFTER["phrase" if kind == "phrase" else "name"].match(sentence, best_end)
        if items:
            best += items.group(0)
    year = _YEAR.search(best) if kind == "date" and best is not None and _ASK_YEAR.search(q) else None
    return year.group(0) if year else best  # "En quelle année ?" over "le 19 mars 1812": 1812


def _with_noun(sentence: str, span: tuple[int, int, str], kind_noun: str) -> tuple[int, int, str]:
    """The span with the noun a which-question asks for when that noun, in lower case, is next to
    it: after it in English ("Mongol and Turkic tribes"), before it in French ("les tribus mongoles")."""
    start, end, _ = span
    if _is_stop(kind_noun):
        return span
    after = re.match(r"\s+([^\W\d_]+)", sentence[end:])
    before = re.search(r"([^\W\d_]+)\s+$", sentence[:start])
    # In lower case: "Councilor Margaret Doyle" is a title before a name, which answers "which councilor" alone.
    if after and after.group(1).islower() and _same_noun(after.group(1), kind_noun):
        end += after.end()
    elif before and before.group(1).islower() and _same_noun(before.group(1), kind_noun):
        start = before.start()
    return start, end, sentence[start:end]


def _introduced(before: str, kind_noun: str) -> bool:
    """Whether the text before a name ends with the noun a which-question asks for, in lower case
    ("la plateforme Ulule" for "sur quelle plateforme", "the company Nordvind" for "which company")."""
    m = re.search(r"([^\W\d_]+)\s+$", before)
    return bool(m) and m.group(1).islower() and not _is_stop(kind_noun) and _same_noun(m.group(1), kind_noun)


def _same_noun(word: str, noun: str) -> bool:
    """Whether `word` is `noun` up to case, accents and a plural s ("Units" / "unit")."""
    return fold_accents(word.lower()).rstrip("s") == fold_accents(noun.lower()).rstrip("s")


def _bonus(kind: str, text: str, before: str, after: str, q: str, named: Callable[[str], bool]) -> float:
    """Type fit of a candidate beyond closeness: for numbers, the kind asked
    (percent, money, age, duration, distance) and the noun counted ("3,200
    residents", "144 papillons de"; "eleven separate academic units": the
    counted noun up to three words after the number) named by the question (`named`: a word of
    the question or one it translates to); for names, two to four words (a
    person's name), after a passive's "by" or a "known as"."""
    if kind in ("name", "org"):
        # The doer of a passive ("established by Kublai Khan", "choisie par Joji Otaki") and a name
        # introduced as one ("known as The Forward Sports Fund", "appelée …") are answers more often.
        cue = 0.5 if _NAME_CUE.search(before) else 0.0
        return cue + (0.5 if kind == "name" and 2 <= len(text.split()) <= 4 else 0.0)
    if kind != "number":
        return 0.0
    asks = _asks(q)
    t = text.lower()
    bonus = 0.0
    percent = "%" in t or "cent" in t
    money = bool(_MONEY.search(t))
    if asks.percent:
        bonus += 2.0 if percent else -1.0
    elif percent and not asks.change:  # a change may be a percentage ("cut by 40%")
        bonus -= 1.0
    if asks.age and not re.search(r"\b(?:depuis|pendant|durant|for|since|il y a)\s+$", before, re.I):
        # "délégué CGT de 54 ans, qui travaille … depuis 29 ans": "depuis 29 ans" is how long, not how old
        bonus += 2.0 if re.search(r"year-old|\bans\b|\byears?\b", t + " " + after[:12].lower()) else 0.0
    if asks.duration:
        bonus += 2.0
    if asks.distance:
        bonus += 2.0 if re.search(r"\b(km|kilom\w+|miles?|m[èe]tres?|meters?)\b", t) else 0.0
    if asks.money and not asks.percent:
        bonus += 1.0 if money else 0.0
    unit = re.search(r"([^\W\d_]+)$", text)
    # The noun counted: right after the number, any word of the question ("3,200 residents"); one or two
    # words further, the noun the question counts ("eleven separate academic units" for "how many academic
    # units"), not any word of the question ("215 salariés produisent" for "combien de tonnes … produit").
    nouns = re.match(r"\s*(?:de |d['’]|of )?([^\W\d_]+)(?: ([^\W\d_]+))?(?: ([^\W\d_]+))?", after)
    counted = counted_noun(q)
    further = nouns and counted and any(w and _same_noun(w, counted) for w in nouns.groups()[1:])
    if unit and named(unit.group(1)) or nouns and named(nouns.group(1)) or further:
        bonus += 1.5
    if asks.now and re.search(r"\b(?:to|à|jusqu['’]à)\s+$", before):
        bonus += 1.0  # "reducing the debt to under £25m": the value now
    if re.search(r"\b(?:contre|against|versus|vs\.?|compared (?:with|to))\s+$", before, re.I):
        bonus -= 1.0  # "54,3 % des suffrages, contre 45,7 % pour le maire sortant": the other side's
    if asks.change and re.search(r"\b(?:by|de)\s+$", before):
        bonus += 1.0  # "réduit sa subvention de 40 %", "cut by 40%": the change, not "à 150 000 euros"
    return bonus
