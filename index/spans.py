"""Short answers: the span of a sentence that fills the question's expected type.

The expected type is index.answer_type's; the spans of that type are
index.candidates'. For "reason" and "phrase", the spans are found here:
- reasons: the clause after because (of) / due to / car / parce que / en raison de /
  caused by / après …, or after "argued that" / "a expliqué que" (the reason someone
  gave); none in a sentence without such a word (its other words are no reason:
  "départementale" for "pourquoi une élection partielle");
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
Not answers: for "who", an initial ("B."), a name after "in", "at", "au", "en",
"c'est à", a one-word name after "à" (a place: "à Voiron", not "à Tim Kaine") or "of" ("a takeover of Norwich": what is owned, not who
acts), a venue's name ("Elland Road stadium", "le stade Bollaert"), unless the
question asks the name of a thing ("the name of the viaduct": "le viaduc de la
Sioule"), or a name in a dateline ("MANCHESTER, England, Oct. 3, 2025 — "); for
"which company", a role's holder ("la présidente de SNCF Réseau, Hélène Dutreuil"); for
a role asked ("who is the CEO"), an institution's name ("Food and Drug
Administration"); for "where", the region
after a place named ("à Saint-Quentin, dans l'Aisne"), unless the question
names the place. A name ending in the question's name answers with the name
before its "of"/"de" ("Nick Van den Brul of BNP Paribas" for "analyste BNP
Paribas").
Among the candidates of the expected type, the one nearest to the words the
sentence shares with the question wins (sum of 1 / (1 + words between) over
the shared words within 30 words), plus bonuses for a number whose unit or
noun the question names (right after the number; up to three words after it,
only the noun the question counts), for the kind of number asked (a percentage, money,
an age, a duration; not "depuis 29 ans" for an age), against the other side of
a comparison ("contre 45,7 %") unless the question asks for it ("voted against");
a number whose own words, after a preposition, are the question's ("$60 million grant from the City of
Philadelphia" for "how much did Philadelphia give"; not those of a change, "grew 140% last year to €4.2
million"); spans that cannot fit are dropped (index.candidates.fits), and so is a number
dated only with another month or year than the question names ("310 000
visiteurs en 2024" for "combien de visiteurs en 2023"); a date asked as a bound
("jusqu'à quand", "since when") is preferably the one after "jusqu'au",
"until", "depuis", "since", and a time of day asked ("what time", "quelle
heure") is an hour (index.candidates.fits: "19 heures", not "le vendredi"),
without the day it is on ("7.30pm", not "7.30pm on Tuesday"); spans the
question already names are skipped ("Who owns TikTok?" never answers
"TikTok"), and so is a name ending in a word of the question ("Joji Otaki"
for "Otaki's study"); a name holding the noun a which-question asks for wins
("University of the Ryukyus"); a name qualifying a noun of the question, or qualified
with an adjective of nationality or a noun of what the next one is, before another name loses ("Leeds chairman
Gerald Krasner", "la société Internet chinoise ByteDance", "the Edinburgh company Skyhook Launch"); the doer of a
passive ("by", "par"; more so after the question's own verb: "built by the Wight Shipyard Company" for "qui a
construit") and a name introduced as one ("known as", "appelée") win more often, and so does the name after the role
asked and its comma ("le député de la circonscription, Bernard Chabal" for "Who is the MP?"), unless the question's
verb asks its doer ("Qui a été élu maire").
Every step is linear in the sentence (long sentences are cut to a window
around the first shared word).
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from functools import lru_cache

from .analysis import TOKEN, detect_language, fold_accents, is_stop, stem
from .answer_type import SUBJECT_QUESTION, TIME_UNIT, asked_kind, counted_noun, counted_words, frequency_asked, is_role, nationality_asked, \
    event_asked, number_asked, priced_words, purpose_asked
from .query import ROLE_VERBS, lexicon
from .candidates import ASK_CLOCK, BODY_KINDS, CHANGE, CLOCK, CLUB, COMPARISON, DATE, DIGIT_WORDS, FROM_TO, INSTITUTION, MAX_SPAN_CHARS, MONEY, PEOPLE, \
    PART_OF, PARTY_ASKED, TALLY_NUMBER, candidates, earlier_values, fits, is_tally, names, other_time, part_of_them, parties, ranks, \
    times, when_said, whole_and_part

# Words before a bare number that make it an age: "aged 52", "who is 52", "âgé de 52".
_AGE_CUE = re.compile(r"\b(?:aged|age|âgée?s?\s+de|who\s+is|who\s+was|is|was|turned|turns|qui\s+a|a\s+f[êe]t[ée]\s+ses)\s+$", re.I)
# A span of time after these is no one's age: "d'ici cinq ans", "within five years", "for 19 years".
_WITHIN = re.compile(r"\b(?:d['’]ici|dans|depuis|pendant|durant|il y a|within|in|for|after|après|over)\s+(?:the\s+|les\s+)?"
                     r"(?:next\s+|last\s+|past\s+|prochaines?\s+|derni[èe]res?\s+)?$", re.I)
# Small numbers written in words, as digits: "un euro" for "the 1 euro meal".
_SMALL_NUMBERS = {**dict.fromkeys(("un", "une", "one"), "1"), **dict.fromkeys(("deux", "two"), "2"),
                  **dict.fromkeys(("trois", "three"), "3"), **dict.fromkeys(("quatre", "four"), "4"),
                  **dict.fromkeys(("cinq", "five"), "5"), **dict.fromkeys(("dix", "ten"), "10")}
_YEAR = re.compile(r"\b(?:1\d|20)\d\d\b")
# A dateline before the story: "MANCHESTER, England, Oct. 3, 2025 — ", "Grenoble, 12 février 2025 (ÉcoDaily) — ".
_DATELINE = re.compile(r"^\W*[^—–!?\n]{3,80}?\s[—–-]{1,2}\s")
_PERSON_NOT_AFTER = re.compile(r"(?:\b(?:au|aux|en|dans|in|at|near|près de|of|de|(?<!\bover )from|originaire de)\s+(?:l['’]|la |le |les |the )?"
                               r"|\b(?:c['’]est|it was|it is) à\s+"
                               # "in Esbjerg and Rotterdam", "à Lyon et Paris": the second place too; "took over from Graham Pike" is a person
                               r"|\b(?:au|en|dans|in|at|à)\s+(?:(?-i:[A-ZÀ-Þ])[\w'’-]*\s+){1,3}(?:and|et)\s+)$", re.I)
# An organisation's acronym opening a name ("CGT", "UNESCO"), who may act after "de la" / "of the" ("à l'appel de la
# CGT Ports et Docks"), where a person's name would be a place ("la région de Lyon"); no role's holder ("la
# porte-parole … de la RTBF").
_ACRONYM = re.compile(r"[A-ZÀ-Þ]{2,}\b")
_OF_THE = re.compile(r"\b(?:de la|du|des|de l['’]|of the)\s+$", re.I)
# A venue's name, not a person's: "Elland Road stadium", "Thorp Arch training ground"; "le stade Bollaert".
_VENUE = (r"stadium|(?:training )?ground|arena|airport|station|street|road|lane|avenue|bridge|hospital|school|church|cathedral"
          r"|museum|park|square|hall|cent(?:re|er)|stade|a[ée]roport|gare|rue|boulevard|pont|h[ôo]pital|[ée]cole|[ée]glise|cath[ée]drale|basilique|basilica|chapelle|chapel"
          r"|mus[ée]e|parc|lyc[ée]e|coll[èe]ge|salle|pool|piscine|gym|gymnase|library|biblioth[èe]que|m[ée]diath[èe]que"
          r"|theat(?:re|er)|th[ée][âa]tre|cinema|cin[ée]ma")
_VENUE_AFTER = re.compile(rf"\s+(?:{_VENUE})\b", re.I)
_VENUE_BEFORE = re.compile(rf"\b(?:{_VENUE})\s+(?:de\s+|du\s+|des\s+)?$", re.I)
# "over five years", "depuis seulement trois ans" (trial 53): how long, no age
_HOW_LONG_BEFORE = re.compile(r"\b(?:depuis|pendant|durant|for|since|il y a|with|avec|passé|spent|spending|over|within|in"
                              r"|en|dans|after|après)\s+(?:(?:seulement|only|just|à peine|presque|nearly|almost|about"
                              r"|around|environ|près de|plus de|more than)\s+)?$", re.I)
# A name in brackets after a place: "à Saint-Aubin-sur-Loire (Loiret", "in Bakersfield (California".
_IN_PLACE = re.compile(r"\b(?:à|au|en|dans|in|at|near|près de)\s+(?:[A-ZÀ-Þ][\w'’-]*\s+){0,3}[A-ZÀ-Þ][\w'’-]*\s+\($")
_REGION_OF = re.compile(r"([A-ZÀ-Þ][\w'’-]*),\s+(?:dans|en|in)\s+(?:l['’]|le |la |les |the )?$")
_REASON = re.compile(r"\b(?:(?:because(?: of)?|due to|owing to|as a result of|thanks to|since|as|car|parce que|grâce à"
                     r"|afin de|pour|en raison d(?:e|u|es)|à cause d(?:e|u|es)"
                     r"|(?:argu|explain|justif|expliqu|justifi)\w* (?:that|que)"
                     # News's words of cause: "blamed a software error", "citing rising costs", "attribué à la grève".
                     r"|blam\w*|cit(?:ing|ed)|attribut\w* (?:it |this |the \w+ )?to|attribu\w* (?:à|au|aux)|imput\w* (?:à|au|aux)"
                     r"|invoqu\w*|(?:provoqu|caus|trigger|spark|prompt)\w* (?:par|by)|suite à|à la suite d(?:e|u|es)"
                     r"|following|after|après"
                     # a worry's object, a French cause: "raised concerns about noise and litter", "faute de pouvoir
                     # l'utiliser", "porté par la hausse des prix", "marqué par la sécheresse" (held-out 40, 42, trial 44)
                     r"|(?:concerns?|worr\w*|fears?|complain\w*|complaints?|anger|angry|upset) (?:about|over|at)"
                     r"|faute de|port[ée]e?s? par|marqu[ée]e?s? par|au profit d(?:e|u|es)|inqui[eè]t\w* (?:de|du|des|pour))\s"
                     r"|(?:parce qu|en raison d|à cause d|faute d|au profit d|(?:argu|expliqu|justifi)\w* qu)['’])", re.I)
# A cause told before its word: "the report found that the absence of the conductor was the main reason" (trial 43).
_REASON_BEFORE = re.compile(r"\b(?:that|que|qu['’])\s*(?P<cause>[^,;:.«»\"]{4,90}?)\s+(?:was|were|is|are|est|était|sont|étaient)"
                            r"\s+(?:the |la |le |l['’])?(?:main |principal |principale |chief |key |first |only )?"
                            r"(?:reasons?|causes?|raisons?)\b", re.I)
_QUALIFIES = re.compile(r" [a-zà-ÿ][\w’'-]* [A-ZÀ-Ý]")  # name, a lower-case word, another name
# Name, a lower-case word, a kind of name (_KIND_OF_NAMED), another name: "the Edinburgh investment firm Thistle Ventures".
_QUALIFIES_KIND = re.compile(r" [a-zà-ÿ][\w’'-]* ([a-zà-ÿ]+) [A-ZÀ-Ý]")
# English adjectives of nationality, capitalised but no names when a noun follows ("Mongolian rule").
_DEMONYM = re.compile(r"(?:Afghan|African|Albanian|Algerian|American|Arab|Arabian|Argentine|Argentinian|Armenian|Asian"
                      r"|Australian|Austrian|Belgian|Brazilian|British|Bulgarian|Byzantine|Canadian|Chilean|Chinese"
                      r"|Colombian|Croatian|Cuban|Czech|Danish|Dutch|Egyptian|English|European|Finnish|French|Georgian"
                      r"|German|Greek|Hungarian|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|Japanese|Jewish"
                      r"|Korean|Latin|Lebanese|Mexican|Mongol|Mongolian|Moroccan|Muslim|Nigerian|Norwegian|Ottoman"
                      r"|Pakistani|Palestinian|Persian|Polish|Portuguese|Roman|Romanian|Russian|Saudi|Scottish|Serbian"
                      r"|Soviet|Spanish|Swedish|Swiss|Syrian|Thai|Tibetan|Turkish|Turkic|Ukrainian|Vietnamese|Welsh"
                      # "the Kenyan runner Daniel Kiprop" (trial 45: "who holds the course record?" -> "Kenyan")
                      r"|Kenyan|Ethiopian|Ugandan|Tanzanian|Somali|Sudanese|Eritrean|Ghanaian|Senegalese|Malian"
                      r"|Cameroonian|Congolese|Ivorian|Tunisian|Libyan|Zimbabwean|Zambian|Jamaican|Peruvian|Venezuelan"
                      r"|Ecuadorian|Bolivian|Uruguayan|Paraguayan|Filipino|Malaysian|Singaporean|Taiwanese|Bangladeshi"
                      r"|Nepalese|Sri Lankan|Kazakh|Uzbek|Qatari|Emirati|Kuwaiti|Jordanian|Yemeni|Icelandic|Estonian"
                      r"|Latvian|Lithuanian|Slovak|Slovenian|Bosnian|Belarusian|Moldovan|Cypriot|Maltese|Kurdish"
                      r"|Catalan|Basque|Breton|Corsican|Flemish|Cornish|Scandinavian|Nordic|Balkan|Caribbean|Latin American)")
_DETERMINER_BEFORE = re.compile(r"\b(?:la|le|les|l['’]|the|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|\d+)\s*$", re.I)
# French words of nationality: "chinoise", "allemand", and those of other endings ("le Belge Pieter Lenaerts", trial 52).
_NATIONALITY = re.compile(r"[a-zà-ÿ]+(?:ois|oise|ais|aise|ain|aine|ien|ienne|éen|éenne|and|ande|ique)s?|(?:belge|suisse|russe"
                          r"|grecque|tch[èe]que|slovaque|bulgare|croate|serbe|slov[èe]ne|basque|corse|mon[ée]gasque|malgache"
                          r"|kurde|turque|espagnole?|catalane?|argentine?|k[ée]nyane?|mongole?|afghane?|kazakhe?|ouzbek"
                          r"|lettone?|bretonne|wallonne)s?")
# A name introduced as one ("known as", "appelée"), and the doer of a passive ("by", "par") with it.
_NAMED = (r"known as|called|named|nicknamed|dubbed|appel[ée]e?s?|nomm[ée]e?s?|baptis[ée]e?s?|surnomm[ée]e?s?")
_NAMED_AS = re.compile(rf"\b(?:{_NAMED})\s+[\"“«]?\s*$", re.I)
_NAME_CUE = re.compile(rf"\b(?:by|par|{_NAMED})\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?[\"“«]?\s*$", re.I)
# The doer of the question's own verb in the passive: "built by the Wight Shipyard Company" for "Qui a construit le
# catamaran ?" (trial 30 answered the thing built, "MV Kintyre Spirit").
# The name may follow up to three words: where its company is from and what it is ("built by the Edinburgh company
# Skyhook Launch"), a role in lower case ("dirigé par la cheffe Sofia Lindqvist", trial 32).
_DOER_OF = re.compile(r"((?:[^\W\d_][\w'’-]*\s+){0,3}[^\W\d_][\w'’-]*)\s+(?:by|par)\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?"
                      r"(?:[^\W\d_][\w'’-]*\s+){0,3}$")
# Questions asking for an object ("what did X develop", "que fait X", "X risquait quoi"), not a subject
# ("what supplanted X", "qu'est-ce qui"): the answer follows the question's words, which count _AFTER_OBJECT after it.
_OBJECT_QUESTION = re.compile(r"^\W*(?:what|which)(?: [\w-]+)? (?:did|does|do|can|could|will|would|should|has|have|had)\b"
                              r"|^\W*(?:que\b|qu['’](?!est[- ]ce qui))|\bquoi\W*$", re.I)
_AFTER_OBJECT = 0.3
# A date asked as a bound ("jusqu'à quand", "since when") and the word that gives one ("jusqu'au", "since").
# The end and the start of a span of time asked ("jusqu'à quand", "when does the season end"; "depuis quand", "when
# did the excavation begin"), and the words before a date that give each ("until 30 September"; "since 2016").
# The words before the date a state began: "depuis 2009", "since the start of the year", "depuis l'été 2023".
SINCE_BEFORE = re.compile(r"\b(?:since|depuis)\s+(?:(?:le|la|les|l['’]|the)\s*)?$", re.I)
_BOUNDS = ((re.compile(r"\b(?:jusqu['’]\s*(?:à|a)\s+(?:quand|quelle heure)|until (?:when|what time)|till (?:when|what time))\b"
                       r"|^\W*when\b.*\b(?:end|ends|ended|finish|finishes|finished|expire|expires|expired)\W*$"
                       r"|^\W*what time\b.*\b(?:close|closes|end|ends|finish|finishes)\b"
                       r"|\bheure\b.*\b(?:ferme(?:nt|ra|ront)?|finit|finira|se termine|prend fin)\b"
                       r"|^\W*quand\b.*\b(?:se termine|s['’]ach[èe]v|prend fin|prendra fin|a pris fin|finit|finira|fini"
                       r"|ferme(?:nt|ra|ront)?\b)", re.I),
            re.compile(r"\b(?:jusqu['’]\s*(?:au|à|a|en)|until|till|through)\s+(?:le |the )?$", re.I)),
           (re.compile(r"\b(?:depuis quand|since when|à partir de quelle heure|from what time)\b"
                       r"|^\W*when\b.*\b(?:begin|began|begun|begins|start|starts|started)\W*$"
                       r"|^\W*what time\b.*\b(?:open|opens|start|starts|begin|begins)\b|\bheure\b.*\b(?:ouvr|commenc|d[ée]but|d[ée]marr)"
                       r"|^\W*quand\b.*\b(?:commenc|d[ée]but|d[ée]marr)", re.I),
            SINCE_BEFORE))
# A range of dates or hours: what opens it before its first date ("from 8am", "du 15 novembre", "entre 23 h 30"), what
# joins its two ("to", "au", "et"; after the stop of "9 a.m."), and a question asking one of its bounds, to which the range is no answer ("when
# does the line open", "à quelle heure ferme", "jusqu'à quand", "depuis quand").
_RANGE_OPENS = re.compile(r"\b(?:from|between|du|de|d['’]|entre)\s+(?:le\s+|the\s+)?$", re.I)
_RANGE_OF_DATES = re.compile(r"\.?\s*(?:to|until|till|and|à|au|et|jusqu['’]au)\s+(?:le\s+|the\s+)?", re.I)
_ONE_BOUND = re.compile(r"\b(?:opens|opened|opening(?! hours)|closes|closed|closing(?! hours)|start\w*|begin\w*|began|begun|ends?|ended"
                        r"|finish\w*|expir\w*|ouvre|ouvrent|ouvrira|ouvriront|ferme|ferment|fermera|fermeront|commenc\w*"
                        r"|d[ée]but\w*|d[ée]marr\w*|termin\w*|until|till|since|jusqu|depuis|first|last|premier|premi[èe]re"
                        r"|derni[eè]re?)\b|\b(?:do|does|did|will)\b[^?]*\bopen\b|\bouvre-t", re.I)
# A time after a number says when, not what is counted: "62 l'année précédente".
_TIME_NOUN = re.compile(rf"(?:l['’])?(?:{TIME_UNIT}|ann[ée]es?|ans?|seasons?|saisons?)", re.I)
# A value expected, not what came: "expecting a dozen people", "on attendait 200 personnes"; and a question asking it.
_EXPECTED_BEFORE = re.compile(r"\b(?:expecting|expected|anticipating|anticipated|hoping for|hoped for|attendait|espérait"
                              r"|espéraient|attendaient|prévoyait|prévoyaient)\s+(?:only\s+|about\s+|around\s+|seulement\s+)?$",
                              re.I)
_EXPECTED_ASKED = re.compile(r"\b(?:expect\w*|anticipat\w*|hop\w*|attend\w*|esp[ée]r\w*|pr[ée]v\w*|forecast\w*)", re.I)
# Before the end of a range: "de 8 h 30 à ", "from 9am to ".
_RANGE_END = re.compile(r"\b(?:de|from)\s+[^,;.]{1,12}?\s+(?:à|to)\s+$", re.I)
# A question in the future tense: "will", "is due to"; French future forms ("rouvrira-t-elle", "seront-ils") and
# "va/vont" with an infinitive. A date after "depuis"/"since" is when a state began, in the past: no answer to it.
_FUTURE_ASKED = re.compile(r"\bwill\b|['’]ll\b|\b(?:is|are)\s+(?:going|due|expected|set|scheduled)\s+to\b"
                           # (not English nouns of the same ending: "since when did Loiseau lead the orchestra", trial 58)
                           r"|\b(?!(?:orchestra|camera|opera|extra|ultra|zebra|cobra|sierra|riviera|cholera|mantra|tiara"
                           r"|algebra|vertebra|umbra)s?\b)\w{2,}(?:era|eront|ira|iront|ra|ront)(?:-t-(?:il|elle|ils|elles|on))?\b"
                           r"|\b(?:va|vont)(?:-t-(?:il|elle|on)|-(?:ils|elles))?\s+\w+(?:er|ir|re)\b", re.I)  # "va-t-il rouvrir" (trial 49)
_SINCE_ASKED = re.compile(r"\b(?:since|depuis|how long|combien de temps)\b", re.I)  # a span of time or its start asked
_ABOVE = re.compile(r"\s*(?:au-dessus|au-dessous|en dessous|en deçà|de plus que|de moins que|above|below|more than|less than"
                    r"|higher than|lower than|fewer than)\b", re.I)
_AGAINST = re.compile(r"\b(?:against|contre)\b", re.I)
_AFTER_COMPARISON = re.compile(rf"\b{COMPARISON}\s+$", re.I)  # a number right after one (index.candidates.COMPARISON)
_COMPARED = re.compile(rf"\s*{COMPARISON}(?!\w)", re.I)  # a clause opening with one
_BARE_NUMBER = re.compile(r"[\d\s.,]+(?:\s*(?:ans|years?(?: old)?))?", re.I)  # "52", "58 ans", "2023": no phrase
_AT = re.compile(r"\b(?:at|au|devant)\s+(?:the\s+|le\s+|la\s+|l['’])?$", re.I)  # where something happens: "at Carlisle Crown Court"
# A question asking for the earlier value of a comparison ("the year before", "l'année précédente"); not "last year",
# which as often names the period reported, nor a profit "before tax" ("avant impôts").
# Last year, said after its value ("contre 41 000 l'an dernier") or asked ("how many visitors last year").
_LAST_YEAR = re.compile(r"\b(?:last year|l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée))\b", re.I)
_LAST_YEAR_AFTER = re.compile(rf"[\s,]*{_LAST_YEAR.pattern}", re.I)
_EARLIER = re.compile(r"\b(?:before|previous(?:ly)?|earlier|prior|pr[ée]c[ée]dente?s?|auparavant|avant)\b"
                      r"(?!\s+(?:tax|taxes|taxation|interest|imp[ôo]ts?|int[ée]r[êe]ts))", re.I)
# A past post or place before a name: "a former engineer at", "l'ancien directeur de", "previously at".
_FORMER = re.compile(r"\b(?:former|formerly|previously|ex|ancien|ancienne|anciens|auparavant|jadis)\b(?:\W+[^\W\d_]+){0,3}\W+$"
                     # "qui travaillait jusqu'ici dans la restauration à Lorient" (trial 47)
                     r"|\b(?:jusqu['’]ici|jusqu['’]alors|jusque-là|until now|until recently|précédemment)(?:\W+[^\W\d_]+){0,4}\W+$",
                     re.I)
# A number right after a change's verb or noun, the size of the change: "fell 6.3 per cent", "an increase of 42%",
# "une hausse de 12 %", "rose by 8%" (not "rose to £610,000").
_AFTER_CHANGE = re.compile(rf"(?:{CHANGE.pattern})\s+(?:(?:of|by|de|d['’]|par)\s+)?$", re.I)
# A number right after a change's "to": the value it reached ("climbed from £90 to £130", "passé de 25 à 30 euros").
_TO_VALUE = re.compile(r"\b(?:from|de|d['’])\s*\S+(?:\s\S+)?\s+(?:to|à)\s+$", re.I)


# A change still to come: "will cut landfill from 41,000 tonnes", "fera passer la capacité de 18 000 à 36 000 meules".
_FUTURE = re.compile(r"\b(?:will|shall|is set to|are set to|is due to|are due to|expects?|expected|forecast|projected"
                     r"|plans? to|aims? to|pr[ée]voit|pr[ée]voient|pr[ée]vu|fera|feront|va|vont|doit|doivent|devrait"
                     r"|devraient|permettra|permettront|pourra|pourront)\b|\b\w+eront\b"
                     r"|\b(?:pass|augment|baiss|port|r[ée]duir|doubl|tripl)\w*era\b", re.I)


# The value now asked in so many words ("what is the capacity today?"; not "what will it rise to?", which asks the value
# reached, index.answer_type's `now` too).
_NOW = re.compile(r"\bnow\b|\bmaintenant\b|\bactuel|\bcurrent|\btoday\b|\baujourd", re.I)


# A number said to be so now: "il en revendique aujourd'hui 274", "it now has 274", "compte désormais 40 salariés".
_NOW_BEFORE = re.compile(r"\b(?:now|today|currently|nowadays|désormais|aujourd['’]hui|actuellement|maintenant)"
                         r"(?:\s+[^\W\d_]+){0,2}\s+$", re.I)
# A tally of votes, the votes for first: "voted 31 to 9", "by 14 votes to 3", "par sept voix contre trois".
_VOTES_FOR = re.compile(rf"\b(?:voted\s+{TALLY_NUMBER}|{TALLY_NUMBER}\s+votes?|{TALLY_NUMBER}\s+voix)\s+(?:to|contre)\s+$",
                        re.I)


_BETWEEN = re.compile(r"\b(?:entre|between)\s+([^,;]{1,40}?)\s+(?:et|and)\s+([^,;]{1,40})", re.I)


def _first_time_asked(text: str, years: list[str]) -> bool:
    """Whether `text` (a change and the words around it) dates it "between" two times and `years` (the question's years,
    e.g. ["2022"]) name the first of them only: the value asked is the one before the change."""
    m = _BETWEEN.search(text)
    return bool(m and years) and all(y in m.group(1) and y not in m.group(2) for y in years)


def _earlier_value_asked(question: str) -> bool:
    """Whether `question` asks a value before a change ("how much was it before?", "combien coûtait-il avant ?"; _EARLIER),
    not the change's size: the old value of "from £90 to £130" answers it (index.candidates.earlier_values)."""
    return bool(_EARLIER.search(question)) and not number_asked(question).change
# The doer of a verb asked (index.answer_type.SUBJECT_QUESTION): the answer comes before the question's words, which
# count _BEFORE_SUBJECT before it.
_BEFORE_SUBJECT = 0.5
# After an amount, "each" makes it one item's price, not a sum ("des parts de 50 euros chacune", "£5 apiece").
_EACH_AFTER = re.compile(r"\s*,?\s*(?:each|apiece|chacune?s?|(?:la |l['’])?pi[èe]ce)\b", re.I)
# A list given "respectively" (`_respective`): its items, of one to three words, and the word.
_RESPECTIVELY = re.compile(r"\b(?:respectivement|respectively)\b", re.I)
_ITEM = r"[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,2}"
_LISTED = re.compile(rf"({_ITEM})((?:\s*,\s*{_ITEM})*)\s*,?\s+(?:et|and)\s+({_ITEM})")
# A role set off after a name: "Odile Perrin, présidente de …", "Ruth Adeyemi, the cabinet member" (a person's name).
_ROLE_AFTER = re.compile(r",\s*(?:l['’]|le\s+|la\s+|the\s+|an?\s+|une?\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+))?")
_TOTAL = re.compile(r"\b(?:total|in all|overall|altogether|en tout|au total|tous|toutes|all)\b", re.I)
# A question's word in another clause than a date or a number, across "and", "but", "while", ";" (trial 24: "When
# will work finish?" answered "April 2027" from "Work is due to start in April 2027 and finish by the end of 2030").
_CLAUSES_JOINED = re.compile(r"(?<![\d%])\s(?:and|et)\s(?!\d)|\s(?:but|mais|while|whereas|tandis que|alors que)\s|;",
                             re.I)  # not the "and" of "between 5.5% and 6%"
_OTHER_CLAUSE = 0.5
# Clauses set against each other ("…, while …"); not a semicolon, after which the same subject often goes on ("depuis
# 29 ans ; délégué CGT, il a 54 ans").
_CLAUSES_OPPOSED = re.compile(r",?\s(?:while|whereas|tandis que|alors que)\s", re.I)
_PAST_VERB = re.compile(r"[a-z]{3,}(?<!e)ed")  # "offered", "claimed"; not "need", "speed", "red"
# A noun asked for, not a verb: "which tribes", "quelles tribus", "what tribes did" (not "what approved").
_NOUN_ASKED = re.compile(r"\b(?:which|quel|quelle|quels|quelles)\s+[^\W\d_]+"
                         r"|\bwhat\s+[^\W\d_]+\s+(?:did|does|do|is|are|was|were|has|have|had|will|can|could|would)\b")


# What a name after a place is ("the Edinburgh company Skyhook Launch", "the Argyll businesswoman Fiona MacLeod").
_KIND_OF_NAMED = re.compile(r"company|firm|group|societe|entreprise|groupe|\w*(?:man|woman|person)|"
                            r"architect|architecte|engineer|ingenieur|entrepreneur|farmer|agriculteur")


def _holder(before: str) -> bool:
    """Whether a name after `before` holds a role named just before it and a comma ("la présidente de SNCF
    Réseau, Hélène Dutreuil", "chief executive of Faro, Ann Lee"), a title between them or not ("…, le docteur
    Anne Chabrol", _TITLES): a person, named in the last 5 words."""
    titled = re.search(r"(?:\b(?:le|la|the)\s+)?\b([^\W\d_]+)\.?\s*$", before)
    if titled and titled.group(1).lower() in _TITLES:  # "le médecin de la course, le docteur Anne Chabrol" (trial 52)
        before = before[:titled.start()]
    return bool(re.search(r",\s*$", before)) and any(is_role(w) for w in TOKEN.findall(before)[-5:])


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
_CHUNK_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[;:!?()«»\"“”\[\]]|\s[-–—]\s|,\s")  # not "9.5"
_NAME_LINKS = {"de", "du", "des", "of", "von", "van", "den", "der", "da", "di", "la", "le"}
# A colour asked, and a colour word with its shade ("dark blue", "bleu foncé").
_COLOUR_ASKED = re.compile(r"\b(?:colou?rs?|couleurs?)\b", re.I)
_COLOUR = re.compile(r"\b(?:(?:dark|light|pale|bright|deep)\s+)?(?:red|orange|yellow|green|blue|purple|violet|pink|white|black|grey"
                     r"|gray|brown|gold|golden|silver|turquoise|beige|navy|rouges?|jaunes?|verte?s?|bleue?s?|violette?s?|roses?"
                     r"|blancs?|blanches?|noire?s?|grise?s?|marron|dorée?s?|argentée?s?)(?:\s+(?:foncée?s?|claire?s?|vif|vive|pâle"
                     r"|marine))?\b", re.I)
_WINDOW = 30  # shared words further than this many words from a span do not count


def _phrases(sentence: str, tokens: list[re.Match], anchor: list[bool], kind: str) -> list[tuple[int, int, str]]:
    """Runs of words that are not the question's, inside one stretch between
    punctuation, trimmed of stop words at both ends; for "reason", the clause
    after a cause word ("because", "car", "après"), none when the sentence has no cause word."""
    if kind == "reason":
        out = []
        for m in _REASON.finditer(sentence):
            if m.group(0).lower() == "pour " and sentence[m.end():m.end() + 1].isupper():
                continue  # "Pour Maëlle Le Floch, déléguée CGT, …": whose view, not a cause (trial 24)
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
        out += [m.span("cause") + (m.group("cause"),) for m in _REASON_BEFORE.finditer(sentence)]
        return sorted(out)  # no cause word: the sentence answers, no run of its words ("départementale") does
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
        while run and is_stop(run[0].group(0)):
            run = run[1:]
        while run and is_stop(run[-1].group(0)):
            run = run[:-1]
        if kind == "phrase":
            # "offered his nephew": an English past verb opening a run is not the thing asked.
            while len(run) > 1 and _PAST_VERB.fullmatch(run[0].group(0)):
                run = run[1:]
            while run and is_stop(run[0].group(0)):
                run = run[1:]
        if run:
            s, e = run[0].start(), run[-1].end()
            if sentence[s - 1: s] in "«“\"" and sentence[e: e + 1] in "»”\"" and s > 0:
                s, e = s - 1, e + 1
            out.append((s, e, sentence[s:e]))
    return out


# A clause of purpose: "to measure humidity", "in order to", "pour financer", "afin de", "so that".
_PURPOSE_CUE = re.compile(r"\b(?:in order to|so as to|so that|afin d['’]|afin de|afin que|pour que|(?<!\bup )to(?=\s+[a-z]+\b)"
                          r"|pour(?=\s+(?:[a-zà-ÿ]+er|[a-zà-ÿ]+ir|[a-zà-ÿ]+re)\b))\s+", re.I)
_NOT_VERB = re.compile(r"(?:the|a|an|his|her|its|their|our|this|that|these|those|be|date|[0-9]+)", re.I)


def nationalities(sentence: str) -> list[tuple[int, int, str]]:
    """The words of nationality of `sentence`, as (start, end, text) spans (character offsets into `sentence`,
    in sentence order; [] when it has none): an English one (_DEMONYM: "the Ukrainian
    grandmaster"), a French adjective next to a name ("le grand maître ukrainien Oleksandr Kovalenko") and a French
    noun of nationality after a determiner or a number ("le Français Julien Morel", "l'Indienne Priya Raman", "deux
    Polonais")."""
    tokens = list(TOKEN.finditer(sentence))
    out = []
    for i, t in enumerate(tokens):
        elided = re.match(r"[lL]['’]", t.group(0))  # "l'Indienne" is one token
        start = t.start() + (2 if elided else 0)
        w = sentence[start:t.end()]
        if _DEMONYM.fullmatch(w):
            out.append((start, t.end(), w))
        elif len(w) > 4 and not is_stop(w) and _NATIONALITY.fullmatch(w.lower()) and (
                w.islower() and any(0 <= j < len(tokens) and tokens[j].group(0)[0].isupper() for j in (i - 1, i + 1))
                or w[0].isupper() and (elided or _DETERMINER_BEFORE.search(sentence, 0, start))):
            out.append((start, t.end(), w))
    return out


# How often: "every 15 minutes", "every half hour", "chaque trimestre", "toutes les deux semaines", "hourly",
# "twice a week", "trois fois par an".
_FREQUENCY = re.compile(
    rf"\b(?:every|each|chaque|tou(?:te)?s les)(?:\s+(?:{DIGIT_WORDS}|\d+|other|half|demi-?))?\s+(?:minute|hour|heure|day|jour|night"
    r"|nuit|week|semaine|month|mois|year|an|année|quarter|trimestre|season|saison|weekend|week-end)s?\b"
    r"|\b(?:hourly|daily|nightly|weekly|fortnightly|monthly|quarterly|yearly|annually|quotidiennement|chaque jour)\b"
    rf"|\b(?:once|twice|(?:{DIGIT_WORDS}|\d+)\s+(?:times|fois))\s+(?:a|an|per|par)\s+\w+", re.I)


def _frequencies(sentence: str) -> list[tuple[int, int, str]]:
    """The spans of `sentence` saying how often (_FREQUENCY), as (start, end, text)."""
    return [(m.start(), m.end(), m.group(0)) for m in _FREQUENCY.finditer(sentence)]


# A rank or honorific that is part of how a person is named ("Captain Raj Patel", trial 33), unlike an office held
# ("Councillor Ruth Adeyemi", "Mayor Helen Okoro").
_RANK_TITLE = re.compile(r"captain|capitaine|colonel|general|général|admiral|amiral|commander|commandant|major|lieutenant"
                         r"|sergeant|sergent|doctor|docteur|dr|professor|professeur|prof|father|père|sister|bishop|évêque"
                         r"|sir|dame|lord|lady|judge|juge", re.I)
# A lead or a margin after a number ("37 voix d'avance", "12 points ahead", "by a margin of"), and a question asking
# one ("l'écart", "by how many", "how big was the lead").
_MARGIN_AFTER = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:d['’]avance|d['’]écart|ahead|clear)\b", re.I)
_MARGIN_ASKED = re.compile(r"\b(?:écart|ecart|avance|margin|lead|ahead|difference|différence|by how many|de combien)\b",
                           re.I)
# A number naming which one, not how many: "le bureau de vote numéro 2", "n° 12", "platform No. 4", "number 10".
_NUMBERED = re.compile(r"\b(?:num[ée]ro|n[°º]|no\.|nos\.|number|num\.)\s*$", re.I)
# Words making a role another's: its deputy, its former or acting holder ("deputy mayor", "vice-president", "l'ancien
# maire", "la directrice adjointe", "l'adjoint au maire").
_DEPUTY = r"deputy|vice|assistant|acting|adjoint(?:e)?|sous|intérim\w*|interim\w*"
_DEPUTY_WORD = re.compile(rf"\b(?:{_DEPUTY})\b", re.I)
_FORMER_WORDS = r"former|ex|ancien(?:ne)?|previous|pr[ée]c[ée]dente?"
_ROLE_QUALIFIER = re.compile(rf"\b(?:{_DEPUTY}|{_FORMER_WORDS})\b", re.I)
# A role word qualified so (index.rank.holds_role: "The zoo's previous chief executive, Graham Pell" holds no role now).
QUALIFIED_BEFORE = re.compile(rf"\b(?:{_DEPUTY}|{_FORMER_WORDS})[\s-]+(?:[\w’'-]+\s+)?$", re.I)
# A question about the past may ask for a former holder ("Who was the managing director of Harlow Build?": "the
# firm's former managing director, Simon Harlow").
_PAST_ASKED = re.compile(rf"\b(?:was|were|used to|était|étaient|fut|a été|avait été)\b|{_EARLIER.pattern}", re.I)


# What a name is, said in a relative clause after its apposition: "Lewis Grant, a former aerospace engineer at Leonardo,
# who is now its chief technology officer" (trial 34 answered the chief executive named before him), "Amandine Roux,
# 34 ans, ancienne vendeuse …, qui occupe le poste de gérante" (trial 52); not past another name joined by "and"/"et".
_CLAUSE_PART = r"(?:(?!\b(?:and|et)\s+[A-ZÀ-Ý])[^.;:,])*"  # up to a comma, not into another name's "and X"
_HOLDS_AFTER = re.compile(rf",(?:{_CLAUSE_PART},){{0,2}}{_CLAUSE_PART}\s+(?:who|qui)\s+(?:is|was|est|était|serves as|will be|sera"
                          r"|occupe(?:ra)? (?:le poste|la fonction)|holds the (?:post|role|job))"
                          r"\s+(?:now\s+|désormais\s+|currently\s+|aujourd['’]hui\s+)?([^,.;]{1,60})")
# A former holder asked ("qui était l'ancien gardien", "who was the previous chair", "who was the first chair": "the
# founding chair Colin Whitby", trial 40), and a role held anew or now.
_PREDECESSOR = re.compile(r"\b(?:predecessor|pr[ée]d[ée]cesseur)\b", re.I)
_FORMER_ASKED = re.compile(rf"\b(?:{_FORMER_WORDS}|first|premi[eè]re?)\b|{_PREDECESSOR.pattern}", re.I)
# A holder named as one no longer: a former word, or one who left ("Graham Pell, who left in 2022").
_NO_LONGER = re.compile(rf"\b(?:{_FORMER_WORDS}|until|jusqu['’]|left|quitt\w*|stepped down|retired|resigned|d[ée]mission\w*)\b"
                        rf"|{_PREDECESSOR.pattern}", re.I)
# A holder named before the one they followed: "Fiona Aldridge, who took over from Graham Pike", "qui a succédé à".
# "took over the role in January from Sandra Whitlock" (trial 41)
_SUCCESSION = r"(?:took|takes|taking) over(?:\s+[\w’']+){0,4}?\s+from|succeed\w*|replac\w*|succ[ée]d\w*|remplac\w*"
_SUCCEEDS = re.compile(rf"\W*(?:(?:who|qui)\s+)?(?:has\s+|had\s+|a\s+|avait\s+)?(?:{_SUCCESSION})", re.I)
# The one followed, named after the verb: "qui a succédé l'an dernier à Jean-Marc Beaumartin" is no longer the head.
# Not the passive's: "was replaced by Jo Halliwell" names the new holder (held-out 40).
_SUCCEEDED = re.compile(rf"\b(?:{_SUCCESSION})(?:\s+(?!(?:by|par)\b)[\w’']+){{0,3}}?\s+(?:à\s+|from\s+)?$", re.I)
# A question about a predecessor: "who did she replace", "qui dirigeait l'aéroport avant Fiona Aldridge".
_SUCCESSION_ASKED = re.compile(rf"\b(?:{_SUCCESSION}|take over|before|avant)\b|{_PREDECESSOR.pattern}", re.I)
_NEW_HOLDER = re.compile(r"\b(?:new|newly|incoming|current|nouvel(?:le)?|nouveau|actuel(?:le)?|successor|successeur)\b", re.I)


def _bare(word: str) -> str:
    """`word` without an elided article or a possessive: "avocat" for "l'avocat", "minister" for "minister's"."""
    return re.sub(r"^[dlDL]['’]|['’]s$", "", word)


#: The words naming a deputy, whose stems index.rank.ordered looks for beside a name when a deputy is asked.
DEPUTY_WORDS = ("deputy", "vice", "assistant", "adjoint", "adjointe", "adjoints", "adjointes")
_DEPUTY_ASKED = re.compile(rf"\b(?:{'|'.join(DEPUTY_WORDS)})\b", re.I)


def asks_deputy(question: str) -> bool:
    """Whether `question` asks for a deputy ("Who is the deputy mayor for sport?", "qui est l'adjoint aux sports ?");
    not an acting holder ("l'entraîneur par intérim", who holds the role itself)."""
    return bool(_DEPUTY_ASKED.search(question))


def role_qualified(question: str) -> bool:
    """Whether `question` asks for a deputy or a former holder of a role ("Who is the deputy mayor?", "who was the
    previous chair?", "son prédécesseur")."""
    return bool(_ROLE_QUALIFIER.search(question) or _FORMER_ASKED.search(question))


# A sentence telling of a holder's predecessor: "Elle a succédé à Jean-Marc Dubreuil", "the former mayor, Sue Park".
_SUCCESSION_TOLD = re.compile(rf"\b(?:{_SUCCESSION}|{_FORMER_WORDS}|founding)\b|{_PREDECESSOR.pattern}", re.I)


def succession_told(sentence: str) -> bool:
    """Whether `sentence` tells of someone's predecessor or a former holder (_SUCCESSION_TOLD): what a question asking
    who came before someone (`succession_asked`) is answered by."""
    return bool(_SUCCESSION_TOLD.search(sentence))


def former_asked(question: str) -> bool:
    """Whether `question` asks for a former holder of a role ("who was the previous chair", "l'ancien maire", "the
    first chair"; _FORMER_ASKED)."""
    return bool(_FORMER_ASKED.search(question))


def succession_asked(question: str) -> bool:
    """Whether `question` asks who came before someone ("Qui était le prédécesseur du ministre ?", "who did she
    replace", "avant Fiona Aldridge"): the role it names is the successor's."""
    return bool(_SUCCESSION_ASKED.search(question))


def deputy_role(text: str, role: str) -> bool:
    """Whether `text` names `role` (a lower-case role word) as another's: its deputy ("the deputy mayor", "le maire
    adjoint", "l'adjoint au maire") or a relative of its holder (`_qualified_role` without former holders)."""
    return _qualified_role(text, [role], former=False)


def _qualified_role(text: str, roles: list[str], former: bool = True) -> bool:
    """Whether `text` holds one of `roles` (lower case) qualified as another's (_ROLE_QUALIFIER before it, or
    "adjoint(e)" after it, or "adjoint(e) au/à la" before it): "the deputy mayor", "le maire adjoint"; "the former
    mayor" only when `former`; or a relative of its holder (_KIN: "the granddaughter of its founder", "la veuve du
    maire", "the founder's son")."""
    alternatives = "|".join(map(re.escape, roles))
    qualifier = (_ROLE_QUALIFIER if former else _DEPUTY_WORD).pattern
    return bool(roles) and bool(re.search(rf"(?:{qualifier})[\s-]+(?:\w+\s+)?(?:{alternatives})s?\b"
                          rf"|\b(?:{alternatives})s?\s+adjointe?s?\b|\badjointe?s?\s+(?:au|à la|à l['’])\s*(?:{alternatives})\b"
                          rf"|\b(?:{_KIN})\s+(?:of|du|de|d['’])\s*(?:the|its|his|her|their|la|l['’]|son|sa|leur)?\s*"
                          rf"(?:\w+\s+)?(?:{alternatives})s?\b|\b(?:{alternatives})s?['’]s?\s+(?:{_KIN})\b",
                          text, re.I))


def _described_as(sentence: str, name: str) -> str:
    """What `sentence` says `name` is (`appositive`), or "" when it says nothing."""
    return appositive(sentence, {fold_accents(w.lower()) for w in name.split()}) or ""


# Relatives, named as such of a role's holder ("the granddaughter of its founder": not the founder, trial 38).
_KIN = (r"(?:grand|great-grand)?-?(?:daughter|son|child|children|father|mother)s?|wife|husband|widow(?:er)?|brothers?"
        r"|sisters?|nephew|niece|cousin|(?:petite?s?-)?(?:fille|fils|enfants?)|[ée]pou(?:se|x)|mari|femme|veuve|veuf"
        r"|fr[èe]res?|s(?:œ|oe)urs?|neveu|ni[èe]ce|cousine?|p[èe]re|m[èe]re")


def _purposes(sentence: str) -> list[tuple[int, int, str]]:
    """The clauses of purpose of `sentence` (_PURPOSE_CUE, then a verb: not "to the", "to 540") up to the end of
    their stretch (_CHUNK_END), as (start, end, text) spans from the cue's verb on (character offsets into
    `sentence`)."""
    out = []
    for m in _PURPOSE_CUE.finditer(sentence):
        verb = re.match(r"[^\W\d_]+", sentence[m.end():])
        if not verb or _NOT_VERB.fullmatch(verb.group(0)):
            continue
        end = _CHUNK_END.search(sentence, m.end())
        stop = end.start() if end else len(sentence.rstrip())
        if stop > m.end():
            out.append((m.end(), stop, sentence[m.end():stop]))
    return out


# Before a place's name: "in Kessock", "at Wexbridge", "près de Saint-Flour", "la commune de Champeaux", "la maire de
# Saint-Flour" (`places`); not French "à", which comes before people too ("confiée à Manon Tanguy").
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|dans|près de|(?:commune|ville|village|town|city|maire|mayor|préfète?"
                           r"|sous-préfète?) (?:de|d['’]|of))\s+$", re.I)
_REGION_AFTER = re.compile(r"\s*\((?:[A-ZÀ-Þ][\w'’-]*\s?)+\)")  # "Saint-Flour (Cantal)": a place and its region
# A journey's end after its start: "from Brackenford to Belfast", "de Lyon à Genève" (trial 54: "Belfast" answered "Qui
# dirige l'aéroport ?" from "its domestic service from Brackenford to Belfast, which runs four times a week").
_JOURNEY_TO = re.compile(r"\b(?:from|de)\s+(?:[A-ZÀ-Þ][\w'’-]*\s+){1,3}(?:to|à)\s+$")


@lru_cache(maxsize=64)
def places(sentences: tuple[str, ...], known: frozenset[str]) -> frozenset[str]:
    """The names (index.candidates.names, `known` as there) that one of `sentences` writes right after a preposition of
    place or a place's noun (_PLACE_BEFORE), at a journey's end (_JOURNEY_TO) or, a word alone, before its region in brackets (_REGION_AFTER; not "Pieter
    Lenaerts (Vastgoed-Limburg)", a rider and his team): the article's places, which answer no question asking a person's role
    ("What's the name of the fire expert?": not "Saint-Flour"; held-out and trial counts of person questions answered
    with a place). Cached per article."""
    return frozenset(text for sentence in sentences for start, end, text in names(sentence, set(known))
                     if _PLACE_BEFORE.search(sentence, max(0, start - 20), start)
                     or _JOURNEY_TO.search(sentence, max(0, start - 60), start)
                     or " " not in text and _REGION_AFTER.match(sentence, end))


def best_span(sentence: str, kind: str | None, question: str, is_anchor: Callable[[str], bool],
              in_question: Callable[[str], bool], known: set[str],
              names_it: Callable[[str], bool] | None = None, not_people: frozenset[str] = frozenset()) -> str | None:
    """The short answer in `sentence`, or None.

    kind: expected type from `expected_type`; question: the question text
    (for the kind of number asked); is_anchor: whether a word of the sentence
    matches a word of the question (the shared words); in_question: whether a
    word stands for a word of the question: spans made only of such words, and
    names with any, are skipped. names_it: whether a word of the question that
    in_question finds is there as a name, not as a common noun the sentence's
    name ends with ("Green Shoots Bamboo" for "who supplies the bamboo"); a
    name ending in such a word is the question's own only then (default:
    in_question). not_people: names that are no person (`places`), no answer when a role's holder is asked.
    Returns the best candidate (module docstring), verbatim from the sentence; ties go to the earlier one.
    """
    if kind is None:
        return None
    if len(sentence) > MAX_SPAN_CHARS:
        first = next((m.start() for m in TOKEN.finditer(sentence) if is_anchor(m.group(0))), 0)
        lo = max(0, first - MAX_SPAN_CHARS // 2)
        sentence = sentence[lo: lo + MAX_SPAN_CHARS]
    tokens = list(TOKEN.finditer(sentence))
    asks_before = _earlier_value_asked(question)
    now_asked = not asks_before and bool(_NOW.search(question)) and not number_asked(question).change
    years = _YEAR.findall(question) if kind == "number" else []
    olds = earlier_values(sentence) if kind == "number" and (asks_before or now_asked or years) else []
    if not asks_before:  # the value now of a change still to come ("fera passer … de 18 000 à 36 000": 18 000), or
        # of the first of two times asked ("passé de 13,1 % à 11,4 % entre le premier trimestre 2022 et le deuxième
        # trimestre 2024" for "in early 2022"; held-out 40), or dated by the year asked ("passée de 61 000 euros en
        # 2021 à 148 000 euros en 2023" for "combien en 2021"; trial 48)
        olds = [o for o in olds if now_asked and _FUTURE.search(sentence, max(0, o[0] - 70), o[0])
                or _first_time_asked(sentence[max(0, o[0] - 80): o[1] + 80], years)
                or any(re.match(rf"\s+(?:en|in)\s+{y}\b", sentence[o[1]:]) for y in years)]
    earlier = kind == "number" and (asks_before or bool(olds))
    starts = [t.start() for t in tokens]
    anchor = [is_anchor(t.group(0)) for t in tokens]
    anchors = [i for i, a in enumerate(anchor) if a]
    # Clauses set against each other ("…and a Welsh Government grant, while 430 members bought shares worth
    # £610,000"): a number of a clause holding none of the question's words, when another holds some, is the other's.
    against = [m.start() for m in _CLAUSES_OPPOSED.finditer(sentence)] if kind == "number" else []
    asked_in = {bisect.bisect_left(against, tokens[a].start()) for a in anchors
                if against and not is_stop(tokens[a].group(0))}
    q = question.lower()
    qwords = {fold_accents(w) for w in TOKEN.findall(q)}
    # "Which university": the kind of name asked may be part of the answer ("University of the Ryukyus").
    kind_noun = asked_kind(question) if kind in ("org", "place", "phrase", "name") else None
    with_noun: set[tuple[int, int, str]] = set()  # spans joined with the noun a which-question asks for
    nationality = kind == "phrase" and nationality_asked(q)
    often = _frequencies(sentence) if kind in ("phrase", "number") and frequency_asked(q) else []
    if nationality:
        spans = nationalities(sentence)  # "Quelle est la nationalité de Kovalenko ?": "ukrainien"
    elif often:
        spans = often  # "how often do the shuttle buses run": "every 15 minutes" (trial 33), "hourly", "chaque trimestre"
    elif kind == "phrase" and _COLOUR_ASKED.search(q) and (colours := [m.span() + (m.group(0),) for m in _COLOUR.finditer(sentence)]):
        spans = colours  # "De quelle couleur est le balisage ?": "orange", not "orange délimite la zone autorisée" (trial 50)
    elif kind == "phrase" and purpose_asked(q) and (purposes := _purposes(sentence)):
        spans = purposes  # "what will the Met Office use the satellite for": "measure humidity …" (after "to")
    elif kind in ("phrase", "reason"):
        spans = _phrases(sentence, tokens, anchor, kind)
        # "What river …?" over "… across the Charles River": the name of that kind.
        # "Which platform …?" over "… la plateforme Ulule": the name the kind noun introduces.
        # "De quel empereur date la pièce ?" over "the reign of Emperor Vespasian": a title the noun asked translates.
        named = [n for n in names(sentence, known) if kind_noun and (
            kind_noun.rstrip("s") in {fold_accents(w.lower()).rstrip("s") for w in n[2].split()[1:]}
            or _introduced(sentence[:n[0]], kind_noun)
            or " " in n[2] and is_anchor(n[2].split()[0]) and fold_accents(n[2].split()[0].lower()) not in qwords)]
        if named:
            spans, kind = named, "org"
        elif kind_noun and _NOUN_ASKED.search(q):
            # "Which tribes did Genghis Khan unite?" over "the Mongol and Turkic tribes": the noun asked is in the answer.
            joined = [_with_noun(sentence, span, kind_noun) for span in spans]
            with_noun = {j for j, span in zip(joined, spans) if j != span}
            spans = joined
    elif kind == "number" and number_asked(q).rank:
        spans = ranks(sentence)  # "what position is Brest in": "huitième place", no number of candidates()
    else:
        spans = candidates(sentence, kind, known)
        if kind == "place" and kind_noun and (introduced := [n for n in names(sentence, known)
                                                             if _introduced(sentence[:n[0]], kind_noun)]):
            spans = introduced  # "Quel stade va être remplacé ?": the name after "le stade", with no "à" or "in" (trial 56)
        if kind == "place" and _ORIGIN_ASKED.search(q):
            # where someone comes from: a name after "de" too ("à Excavations Gagnon et Fils, de Saint-Raymond", trial 48)
            spans = sorted(set(spans) | {n for n in names(sentence, known)
                                         if _FROM_BEFORE.search(sentence, max(0, n[0] - 25), n[0])})
        if earlier:
            spans = sorted(spans + olds)  # "how much was it before?": "from £90" (trial 40)
    party = kind in ("name", "org") and bool(PARTY_ASKED.search(q))
    if party:
        spans = parties(sentence)  # "Which party is Karim Benali in?": a party, not "Remparts" (trial 53)

    def own(word: str) -> bool:
        word = re.sub(r"\W+$", "", word)
        return in_question(word) and fold_accents(word.lower()) != kind_noun

    def own_name(word: str) -> bool:  # "of the" in "University of the Ryukyus" is no word of the question's
        return not is_stop(re.sub(r"\W+$", "", word)) and own(word)
    person_asked = kind == "name" and any(is_role(w) for w in TOKEN.findall(q))  # "who is the CEO": a person
    # "Qui dirige l'aéroport ?": a verb of holding a role (index.query.ROLE_VERBS) asks a person too, never a place
    holder_asked = kind == "name" and any(w in ROLE_VERBS for w in TOKEN.findall(q))
    # The role asked, plain: a holder named as its deputy or its former holder is not the one asked about.
    plain_roles = [w.lower() for w in TOKEN.findall(q) if is_role(w)] if person_asked and not _ROLE_QUALIFIER.search(q) else []
    # The sentence's words for them in the other language, as a deputy's or a relative's ("Who is the mayor of
    # Besançon?": not "Thomas Girardot, adjoint au maire"; "Qui est le fondateur ?": not "the granddaughter of its
    # founder", trial 38), as the question's words stand for them (in_question: not e5's weak "fondateur" for "ceo"); not
    # as a former holder's (measured: one held-out answer lost).
    translated_roles = [w.lower() for w in TOKEN.findall(sentence) if is_role(w) and in_question(w)] \
        if plain_roles and not re.search(rf"\b(?:{'|'.join(map(re.escape, plain_roles))})", sentence, re.I) else []
    # A deputy asked is named as one ("adjoint", "deputy"); a former holder asked is not the new one.
    deputy_asked = person_asked and bool(_DEPUTY_WORD.search(q))
    former_asked = kind == "name" and bool(_FORMER_ASKED.search(q))
    # The role asked is a former holder's: "the previous leader", "the minister's predecessor"; not "l'avocat de
    # l'ancien maire", whose lawyer is asked.
    role_at = next((m.start() for m in TOKEN.finditer(q) if is_role(_bare(m.group(0)))), None)
    former_role = former_asked and role_at is not None and bool(_PREDECESSOR.search(q) or QUALIFIED_BEFORE.search(q, 0, role_at))
    thing = _NAME_OF.search(q) if kind == "name" else None
    # "whats the name of the big viaduct": a thing's name, which may follow "de la" ("le viaduc de la Sioule")
    thing_named = bool(thing) and not any(is_role(w) or _PERSON_WORD.fullmatch(w) for w in thing.groups("") if w)
    # "What will the roundabout be named?": a thing's name too, which no person holding a role gives (trial 43)
    to_be_named = thing_named or kind == "name" and bool(named := _THING_NAMED.search(q)) \
        and not (is_role(named.group(1)) or _PERSON_WORD.fullmatch(named.group(1)))
    object_asked = kind == "phrase" and bool(_OBJECT_QUESTION.search(q))
    subject_asked = kind == "name" and bool(SUBJECT_QUESTION.search(q))
    counts = kind == "number" and number_asked(q).count and not number_asked(q).age
    counted_nouns = counted_words(q) if counts else ()
    words_asked = kind == "phrase" and bool(_ASK_WORDS.search(q))
    head = _DATELINE.match(sentence) if kind in ("name", "org") else None
    dateline = head.end() if head and (DATE.search(head.group(0)) or re.search(r"\(\w+\)", head.group(0))) else 0
    asked_times = times(q) if kind == "number" else set()
    priced = priced_words(q) if kind == "number" else ()
    dates = candidates(sentence, "date", known) if asked_times else []
    # A time asked, and numbers dated with it: an undated one is of another time ("Tickets cost £18 for adults and £9
    # for children, a rise from £15 and £7 in 2022" for "how much did a child ticket cost in 2022", trial 33).
    # (not for a year told from now, whose words often come before the number: "rose 140% last year to £2.3 million")
    dated_after = {(s, e): _dates_of(dates, spans, s, e, sentence, after=True) for s, e, _ in spans} \
        if any(k != "year from now" for k, _ in asked_times) else {}
    any_dated = any(not other_time(asked_times, dated_after[s, e]) for s, e, t in spans
                    if dated_after.get((s, e)) and fits(kind, t, question))
    # (start of the whole, start of the part, whether the question names the noun counted), read once per sentence
    parts_asked = counts and not _TOTAL.search(q)
    wholes = [(whole, part, any(is_anchor(w) or fold_accents(w.lower()) in qwords for w in nouns.split()))
              if not _whole_asked(sentence, whole, part, nouns, owner, is_anchor) else (part, whole, True)
              for whole, part, nouns, owner in whole_and_part(sentence)] if parts_asked else []
    # A part counted by "of them" is read as one of `whole_and_part` when the question names the whole's noun and
    # another of its words is in the part's clause: "only 611 of them were successful" for "how many claims were
    # successful", not for "how many claims did the council receive" (trial 48).
    wholes += [(whole, part, True) for whole, part, noun in (part_of_them(sentence) if parts_asked else [])
               if (is_anchor(noun) or fold_accents(noun.lower()) in qwords)
               and any(is_anchor(w) and not is_stop(w) and not _same_noun(w, noun)
                       for w in TOKEN.findall(sentence[part: _clause_end(sentence, part)]))]
    if thing_named and kind_noun:  # "Comment s'appelle le collectif ?": « Touche pas à ma maternité » after "le collectif"
        quoted = [m.span(1) + (m.group(1),) for m in _QUOTED.finditer(sentence) if m.group(1)[:1].isupper()
                  and len(m.group(1).split()) <= 8 and _introduced(sentence[:m.start()], kind_noun)]
        spans = sorted(quoted + [sp for sp in spans if not any(s <= sp[0] and sp[1] <= e for s, e, _ in quoted)])
    if words_asked:  # "What did the analyst call the results?": the words quoted, "pretty modest", when some are
        spans = [m.span(1) + (m.group(1),) for m in _QUOTED.finditer(sentence)] or spans
    # The size of a change asked, and the sentence giving one: only that answers.
    change_sized = kind == "number" and number_asked(q).change \
        and any(_AFTER_CHANGE.search(sentence[max(0, s - 30): s]) and not FROM_TO.match(t) for s, _, t in spans)
    asks_money = kind == "number" and number_asked(q).money and not number_asked(q).unit_price
    asked_rank = {_ORDINALS[w.lower()] for w in _ORDINAL_WORD.findall(q)} if kind == "number" else set()
    listed_ranks = {_ORDINALS[w.lower()] for w in _ORDINAL_WORD.findall(sentence)} if asked_rank else set()
    # "How many visitors were there last year?" over "48 300 visiteurs …, contre 41 000 l'an dernier": the ends of the
    # values said to be last year's, in either language (trial 53)
    respective = _respective(sentence, spans, in_question) if kind == "number" else None
    last_year = {e for _, e, _ in spans if _LAST_YEAR_AFTER.match(sentence, e)} \
        if kind == "number" and _LAST_YEAR.search(q) else set()
    # Who is asked ("who", "qui": not "whats the t rex nicknamed"), and the sentence names someone outside quotation
    # marks: a quoted name is a list's, a work's or a slogan's ("La troisième liste, « Villeneuve Verte », conduite
    # par l'agriculteur Antoine Leclerc", trial 54).
    quotes = [m.span(1) for m in _QUOTED.finditer(sentence)] \
        if kind == "name" and not to_be_named and re.match(r"\W*(?:who|whom|qui)\b", q) else []
    quoted = {(s, e) for s, e, _ in spans if any(a <= s and e <= b for a, b in quotes)}
    if len(quoted) == len(spans):
        quoted = set()
    best, best_score, best_start, best_end = None, float("-inf"), 0, 0
    for start, end, text in spans:
        if (start, end) in quoted:
            continue
        common_end = False
        if kind in ("name", "org", "place") and not party:
            # Trim words of the question off the ends of a name run:
            # "État Mike Pompeo" for "secretary of state" gives "Mike Pompeo",
            # "District Judge Elena Vasquez" for "qui est la juge" "Elena Vasquez".
            # A run ending in a word of the question is the question's own
            # name ("Joji Otaki" for "Otaki's study", "Barack Obama").
            parts = list(re.finditer(r"\S+", text))

            def mine(word: str, name: str = text) -> bool:  # not "Harlow" of "Simon Harlow" for "… of Harlow Build?"
                return own_name(word) and not _longer_in(question, word, name, known)
            # "Green Shoots Bamboo" for "who supplies the bamboo": a name ending in a common noun the question asks
            # about is another's name (`names_it`), unless the question names it whole ("who runs green shoots bamboo").
            common_end = len(parts) > 1 and mine(parts[-1].group(0)) and names_it is not None \
                and not names_it(parts[-1].group(0)) and not any(mine(p.group(0)) for p in parts[:-1])
            if mine(parts[-1].group(0)) and not common_end:
                # "Nick Van den Brul of BNP Paribas" for "analyste BNP Paribas": the name before the question's.
                link = max((i for i, p in enumerate(parts) if p.group(0) in ("of", "de", "du", "des")), default=0)
                if not link or any(mine(p.group(0)) for p in parts[:link]):
                    continue
                parts = parts[:link]
            asked_at = [i for i, p in enumerate(parts[:-1] if common_end else parts) if mine(p.group(0))]
            if asked_at:  # "District Judge Elena Vasquez" for "qui est la juge": the name after the title asked
                if (len(parts) - asked_at[-1] == 2 or asked_at == [0] and INSTITUTION.search(text)) \
                        and not any(is_role(parts[i].group(0)) for i in asked_at) \
                        and any(fold_accents(parts[i].group(0).lower()) in qwords for i in asked_at):
                    # "Leeds United" for "who did leeds sign": the question's own name, not "United"; not "Emperor
                    # Vespasian" for "quel empereur", a title the question translates; "Pennine Media Group" for "Who
                    # did Pennine buy the paper from?", a body's name the question begins (not "Media Group": trial 60)
                    continue
                parts = parts[asked_at[-1] + 1:]
            while parts and parts[0].group(0).lower() in _NAME_LINKS:
                parts.pop(0)
            if kind == "name" and len(parts) > 2 and is_role(_bare(parts[0].group(0))) \
                    and not _RANK_TITLE.fullmatch(parts[0].group(0)):
                parts.pop(0)  # "Councillor Ruth Adeyemi, the cabinet member for transport": her name (trial 54)
            if not parts or parts[0].group(0).islower():
                continue  # "des pilotes" left of "Syndicat national des pilotes" for "the national president": no name
            if len(parts) > 1 and re.search(r"['’]s$", parts[0].group(0)):
                parts.pop(0)  # "Kenya's Daniel Kiptoo": the name, not the country it belongs to
            determined = _DETERMINER_BEFORE.search(sentence, 0, start + parts[0].start())
            if kind == "name" and len(parts) > 2 and (
                    _NATIONALITY.fullmatch(parts[0].group(0).lower()) and parts[0].group(0)[0].isupper() and determined
                    or _DEMONYM.fullmatch(parts[0].group(0)) and not determined and not INSTITUTION.search(text)):
                # "La Lyonnaise Camille Berthier", "l'Indienne Priya Raman", "Norwegian Eirik Solberg": who she is, then
                # her name; not "the Scottish National Investment Bank" (trial 29)
                parts.pop(0)
            start, end = start + parts[0].start(), start + parts[-1].end()
            text = sentence[start:end]
        if not fits(kind, text, question) and not (respective and (start, end) == respective[0] and fits(
                kind, sentence[slice(*respective[1][-1])], question)):  # "780 et 410 kilos": 780 kilos
            continue
        if asked_times and not (years and (start, end, text) in olds) \
                and (other_time(asked_times, _dates_of(dates, spans, start, end, sentence))
                            or any_dated and not dated_after.get((start, end))):
            continue  # "combien de visiteurs en 2023" over "310 000 visiteurs en 2024 contre 265 000 en 2023"
        if kind == "number" and (counts or number_asked(q).duration and not number_asked(q).age) \
                and (_age_after_name(text, sentence[max(0, start - 20): start], sentence[end:end + 2])
                     or re.search(r"\b(?:aged|âgée?s? de)\s+$", sentence[max(0, start - 20): start])):
            # "Margaret Ellery, 81, lost …", "visitors aged 16 to 25": an age, not a count; "Sophie Marchand, 38 ans,
            # enseigne … depuis douze ans": not how long (trial 25)
            continue
        if kind == "number" and number_asked(q).age and (
                re.fullmatch(r"\d{1,3}", text)
                and not _age_after_name(text, sentence[max(0, start - 20): start], sentence[end:end + 2])
                and not _AGE_CUE.search(sentence, max(0, start - 20), start)
                or _WITHIN.search(sentence, max(0, start - 20), start)):
            # "quel âge a Julien Becquart ?": not "nous étions à peine 30 en 2021", a bare number (trial 42), nor
            # "on aurait fermé d'ici cinq ans", a time (held-out 40)
            continue
        if kind == "number" and _MARGIN_AFTER.match(sentence, end) and not _MARGIN_ASKED.search(q):
            continue  # "avec seulement 37 voix d'avance" for "combien de voix pour Rouault": the lead, no tally (trial 54)
        if counts and _NUMBERED.search(sentence, max(0, start - 12), start):
            continue  # "le bureau de vote numéro 2", "platform No. 4": which one, not how many (trial 54)
        if kind == "number" and number_asked(q).age and _age_of_else(sentence, start, end, own_name):
            continue  # "Fortin, 27, finished second, while Grace Wanjiru took third": not Wanjiru's age
        if kind == "number" and number_asked(q).age and (_HOW_LONG_BEFORE.search(sentence[max(0, start - 20): start])
                                                         or re.match(r"(?:over|within) (?!.*\bold\b)", text)
                                                         or re.match(r"-[^\W\d_]", sentence[end:end + 2])
                                                         or re.match(_SPAN_OF, sentence[end:end + 12])
                                                         and not re.search(r"\bde\s+$", sentence[max(0, start - 4): start])
                                                         or not _YEARS_OLD.search(text) and _counts_noun(sentence[end:end + 30])):
            continue  # "depuis 29 ans", "over five years", "six ans de travaux": how long; "a five-stage race": no age
        if kind == "org" and (any(is_role(w) for w in TOKEN.findall(sentence[max(0, start - 30): start])[-1:] + text.split()[:1])
                              or _holder(sentence[max(0, start - 40): start])):
            continue  # "Mayor Helen Okoro", "la présidente de SNCF Réseau, Hélène Dutreuil": a person, not "which company"
        if kind == "name" and sentence[end:end + 1] == ")" and any(
                re.fullmatch(r"\s*\(", sentence[e:start]) and not any(own_name(w) for w in t.split()) for _, e, t in spans):
            continue  # "Hugo Marchal (Team Arverne Cycles) a remporté" for "qui a gagné": the person, not their team (trial 52)
        if (person_asked or kind == "place" and not _AT.search(sentence[max(0, start - 12): start])) \
                and INSTITUTION.search(text) or person_asked and (CLUB.search(text) or text in not_people) \
                or holder_asked and text in not_people:
            # "Who is the CEO of ProteoSignal?": not "Food and Drug Administration"; no place either ("awarded to
            # Rail and Transit Group"), but where something happens "at Carlisle Crown Court"; "who is the
            # president of Stade Lavallois": not "FC Brest Littoral"
            continue
        if plain_roles or deputy_asked or former_asked:
            # The words about this span up to its neighbours ("NHS Tayside's" is no neighbour: its role is the span's).
            lo = max([0, start - 50] + [e for _, e, _ in spans if e <= start])
            around = sentence[lo: min([end + 50] + [b for b, e, _ in spans
                                                    if b >= end and not re.match(r"['’]s\b", sentence[e:e + 2])])]
            if plain_roles and (_qualified_role(around, plain_roles, not _PAST_ASKED.search(q))
                                or _qualified_role(around, translated_roles, False)
                                or _qualified_role(_described_as(sentence, text), plain_roles + translated_roles, False)):
                # "Who is the secretary?": not "the deputy secretary, Anne Roy"; "le maire": not "l'ancien maire";
                # "le fondateur": not "Marieke Vanderhoek, the company's managing director and the granddaughter of
                # its founder" (trial 38)
                continue
            if deputy_asked and not _DEPUTY_WORD.search(sentence, lo, start) \
                    and not re.match(rf"\s*,\s*(?:(?!and\b|et\b)[\w’']+\s+)?(?:{_DEPUTY_WORD.pattern})", sentence[end:], re.I):
                continue  # "Qui est le premier adjoint au maire ?": not "Le maire de Saint-Lary-Soulan, Pierre Daubas"
            if former_asked and (_NEW_HOLDER.search(around) or _SUCCEEDS.match(around[end - lo:])
                                 or former_role and not (_NO_LONGER.search(around) or _SUCCEEDED.search(sentence, lo, start))):
                # "qui était l'ancien gardien": not "Le nouveau gardien, Mathieu Larrieu" (trial 34); "who was the
                # previous chief executive": not "Fiona Aldridge, who took over from Graham Pike" (trial 35); "who was
                # the previous leader": not "the council's leader, Sam Whitford", said no former one (trial 36)
                continue
        if kind == "name" and not (former_asked or _PAST_ASKED.search(q) or _SUCCESSION_ASKED.search(q)) \
                and _SUCCEEDED.search(sentence, max(0, start - 60), start):
            continue  # "Who runs the foundry?": not the one "qui a succédé l'an dernier à Jean-Marc Beaumartin" (trial 35)
        # One word only, but for a body's name: a person after a title is named in full ("the local harbour master
        # Jenny Rowe"); "présidente de l'association Médard Solidaire" names the association (trial 58)
        noun = re.search(r"([^\W\d_]+)\s+$", sentence[max(0, start - 30): start]) \
            if kind == "name" and not thing_named else None
        if noun and noun.group(1).islower() and not is_role(noun.group(1)) and not is_stop(noun.group(1)) \
                and fold_accents(noun.group(1)) in qwords and (" " not in text or re.fullmatch(BODY_KINDS, noun.group(1), re.I)):
            continue  # "Qui dirige la fonderie ?": not "Beaumartin" of "La fonderie Beaumartin", the foundry's name (trial 35)
        if kind == "name" and sentence[end:end + 1] == ")" and _IN_PLACE.search(sentence, max(0, start - 60), start):
            continue  # "installée à Saint-Aubin-sur-Loire (Loiret)": the place's region, nobody (trial 35)
        if to_be_named and kind == "name" and _holder(sentence[max(0, start - 40): start]):
            continue  # "What will the roundabout be named?": not "Le maire, Annick Delorme", a person (trial 43)
        if kind in ("name", "org") and end <= dateline:
            continue  # "England", "ÉcoDaily" in a dateline: where and who reports, not who acts
        span_words = re.findall(r"[^\W_]+", text)
        # a number word as the question's digits: "un euro" is the question's own "1 euro meal" (trial 46)
        asked = [own(w) or kind == "number" and w.lower() in _SMALL_NUMBERS and own(_SMALL_NUMBERS[w.lower()])
                 for w in span_words]
        if asked and all(asked):
            continue
        if counts and re.match(r"-(?!strong\b)[^\W\d_]", sentence[end:end + 9]) \
                and not is_anchor(TOKEN.match(sentence, end + 1).group(0)):
            # "a second-hand 16-seat minibus" for "how many minibuses": seats, not minibuses (trial 46); but "the zoo's
            # 11-strong carnivore team" counts its members (trial 57)
            continue
        if kind in ("name", "org", "place") and not party and any(mine(w, text) for w in span_words[:-1 if common_end else None]):
            continue
        before = sentence[max(0, start - 30): start]
        if kind == "number" and _EXPECTED_BEFORE.search(before) and not _EXPECTED_ASKED.search(q) \
                and any(s > end for s, _, _ in spans):
            continue  # "expecting a dozen people, and 87 turned up" for "how many people came": what came (trial 46)
        if change_sized and not _AFTER_CHANGE.search(before):
            continue  # "How much did revenue increase?": "an increase of 42%", not the £610,000 it reached (trial 32)
        if kind == "phrase" and text[:1].isupper() and re.search(r"[A-ZÀ-Þ][\w'’-]*\s$", sentence[:start]):
            continue  # "What did Susan Linden die of?": not "Trust", the tail of "the Linden Trust" (trial 55)
        if kind == "name" and (len(text) < 2 or not thing_named and (
                _PERSON_NOT_AFTER.search(before) and not (_ACRONYM.match(text) and _OF_THE.search(before) and not person_asked)
                and not _SUCCEEDED.search(sentence, max(0, start - 60), start)  # "took over the role in May from Ann Roy"
                or " " not in text and re.search(r"\bà\s+$", before)
                or _VENUE_AFTER.match(sentence, end) or _VENUE_BEFORE.search(before)
                or _venue_named(text, qwords, before)) or _owner_of_role(sentence, end, qwords)):
            # "B. Obama": an initial; "C'est à Chicago que", "in Paris", "à Voiron" (not "à Tim Kaine"), "Elland Road stadium", "on River Road": a
            # place, not who; "Colorado's governor" for "whats the governor's name": where the role is held
            continue
        if kind == "place" and _FROM_BEFORE.search(before) and not _ORIGIN_ASKED.search(q) and _TO_AFTER.match(sentence, end):
            continue  # "Where will the studios move to?": not "Mill Lane" of "from Mill Lane to its hub in Leeds" (trial 61)
        region_of = _REGION_OF.search(sentence[max(0, start - 40): start]) if kind == "place" else None
        if region_of and not any(own_name(w) for w in TOKEN.findall(region_of.group(1).replace("-", " "))):
            continue  # "à Saint-Quentin, dans l'Aisne": the region of the place named, unless that place is asked about
        if kind in ("name", "org") and _DEMONYM.fullmatch(text) and re.match(r"\s+[a-zà-ÿ]", sentence[end:]):
            continue  # "the Chinese dynasty": an adjective, written with a capital in English
        if against and asked_in and bisect.bisect_left(against, start) not in asked_in:
            continue  # "How much was the Welsh Government grant?": not the shares' £610,000 (trial 34)
        first = bisect.bisect_left(starts, start)
        last = max(first, bisect.bisect_left(starts, end) - 1)
        score = 0.0
        for a in anchors[bisect.bisect_left(anchors, first - _WINDOW): bisect.bisect_right(anchors, last + _WINDOW)]:
            if first <= a <= last or counts and a == last + 1 and counted_nouns \
                    and not any(_same_noun(tokens[a].group(0), n) for n in counted_nouns) \
                    and any(_same_noun(tokens[a].group(0), w) for w in TOKEN.findall(q)) \
                    and not _TIME_NOUN.fullmatch(tokens[a].group(0)):
                # the noun right after a count is the count's own: "quatre écoles" counts schools, whatever else the
                # question names ("how many pupils in the public schools", trial 46)
                continue
            # The object asked ("what did Davies develop", "que cherchait-il à faire") follows the question's words.
            weight = _AFTER_OBJECT if a > last and object_asked else _BEFORE_SUBJECT if a < first and subject_asked else 1.0
            if object_asked and a < first and tokens[a].group(0)[:1].isupper() and a and tokens[a - 1].group(0)[:1].isupper() \
                    and re.fullmatch(r"\s*,\s*", sentence[tokens[a].end(): start]) and any(
                    b > last and tokens[b].group(0)[:1].islower() and not is_stop(tokens[b].group(0)) for b in anchors):
                # set off after a person's name, before the question's verb: the subject's description, while the
                # object follows the verb ("Que réclame Nadia Ferhat ?" over "Nadia Ferhat, conseillère municipale
                # écologiste, qui réclame un référendum local", trial 56)
                continue
            if (kind in ("date", "number", "place") or often) and _CLAUSES_JOINED.search(
                    sentence[tokens[a].end(): start] if a < first else sentence[end: tokens[a].start()]):
                # "start in April 2027 and finish by the end of 2030": "finish" is the other's; "The printing plant in
                # Cawley Lane … will close, and the weekly edition will be printed … in Leeds" (trial 60)
                weight *= _OTHER_CLAUSE
            if kind in ("date", "number") and a > last and re.search(r"[,;]", sentence[end: tokens[a].start()]) \
                    and in_question(tokens[a].group(0)) and any(0 < s - tokens[a].end() <= 4 for s, _, _ in spans):
                continue  # "La Ville en a financé 14 millions, l'État 9 millions": "État" names whose the 9 is
            if kind in ("date", "number") and a < first and re.fullmatch(r"\s*[,;]\s*", sentence[tokens[a].end(): start]) \
                    and any(e <= tokens[a].start() and not re.search(r"[,;]", sentence[e: tokens[a].start()])
                            for _, e, _ in spans):
                continue  # "60% of that money comes from local advertisers, 25% from a council grant": the 60%'s (trial 40)
            if kind in ("name", "org") and a > last and re.match(r"\s+(?:by|par)\s", sentence[tokens[a].end():]):
                continue  # "l'Orchestre … Tours, dirigé par la cheffe Sofia Lindqvist": what is done, not who does it
            score += weight / (1 + (first - a - 1 if a < first else a - last - 1))
        if (kind == "number" or often) and _qualified(sentence, tokens, in_question, last, spans, end) \
                and (number_asked(q).change or not _AFTER_CHANGE.search(before)):
            # "$60 million grant from the City of Philadelphia": the question's words qualify this number; those
            # after a change ("grew 140% last year to €4.2 million") qualify the change, not the number
            score += 1.0
        for whole, part, named_noun in wholes:
            # "how many pubs were sold" over "Of the company's 36 pubs, 11 were sold": the part counts the pubs
            # too, and the whole is not what is asked (trial 25)
            score += (1.5 if start == part and named_noun else 0.0) - (2.0 if start == whole else 0.0)
        priced_else = re.match(r"\s+([^\W\d_][\w-]*)", sentence[end:]) if kind == "number" and priced \
            and MONEY.search(text) and re.search(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$", before, re.I) else None
        if kind == "number" and asks_money and _EACH_AFTER.match(sentence, end) and MONEY.search(text):
            continue  # "How much money did the members put in?": not "des parts de 50 euros chacune", one item's (trial 60)
        if priced_else and not is_stop(priced_else.group(1)) and not is_anchor(priced_else.group(1)):
            continue  # "How much will the tomatoes cost in shops?": not "the £48 million project", another's price (trial 38)
        if respective and (start, end) in respective[1]:
            if (start, end) != respective[0]:
                continue  # "combien pèse Louise" over "Jeanne et Louise pèsent respectivement 780 et 410 kilos" (trial 61)
            score += 2.0
        if last_year:  # last year's value asked: the one said to be, over one that is not
            score += 2.0 if end in last_year else -2.0
        if kind == "number" and priced and _in_clause(sentence, start, end, priced):
            score += 1.0  # "le prix de l'abonnement": "un abonnement annuel sera proposé à 65 euros", not "2 euros la demi-heure"
        if kind == "date" and when_said(sentence, start, q):
            continue  # "a annoncé mardi 13 octobre la fermeture … d'ici le 30 juin 2027": when it was said
        if kind == "date" and any(asks.search(q) and cue.search(before) for asks, cue in _BOUNDS) \
                or kind == "date" and _BOUNDS[0][0].search(q) and _RANGE_END.search(before) \
                or kind == "date" and _BOUNDS[1][0].search(q) and _RANGE_OPENS.search(before) \
                and _RANGE_OF_DATES.match(sentence, end):
            # "jusqu'à quand le musée est fermé": "jusqu'au 2 juin", not the year of its visitors; "jusqu'à quelle heure
            # le centre est ouvert": "de 8 h 30 à 19 heures", the end of the range (trial 46); "à quelle heure commence la
            # journée portes ouvertes": "de 9 heures à 17 heures", its start (trial 49)
            score += 1.0
        if kind == "date" and any(asks.search(q) and cue.search(before) for (asks, _), (_, cue) in zip(_BOUNDS, _BOUNDS[::-1])):
            continue  # "jusqu'à quand c'est fermé" over "fermées depuis le 1er mars": the start, not the end
        if kind == "date" and _BOUNDS[1][1].search(before) and not _BOUNDS[1][0].search(q) and not event_asked(q) \
                and not _SINCE_ASKED.search(q):
            # "quand le cabinet a écrit aux patients" over "which has served the town since 1987, wrote … on Tuesday":
            # when a state began, not the act asked (trial 51)
            score -= 1.0
        if kind == "date" and _FUTURE_ASKED.search(q) and _BOUNDS[1][1].search(before):
            continue  # "Quand la piscine rouvrira-t-elle ?": not "fermée depuis septembre 2023", past (trials 38 and 39)
        if kind == "place" and _ORIGIN_ASKED.search(q):
            # "d'où vient l'entreprise d'horlogers ?" over "given to Hollins & Baird, a family firm of clockmakers from
            # Shrewsbury": where it comes from, not where something goes (trial 45)
            score += 1.0 if _FROM_BEFORE.search(before) else -1.0 if _TO_BEFORE.search(before) else 0.0
        suffix = re.match(r"-([^\W\d_]+)", sentence[end:end + 20]) if kind == "place" else None
        if suffix and fold_accents(suffix.group(1).lower()) in qwords:
            score += 1.0  # "where is Faro based" over "a Lisbon-based start-up": "based" is next to "Lisbon"
        score += _bonus(kind, text, sentence[max(0, start - 20): start], sentence[end: end + 40], q,
                        lambda w: not is_stop(w) and (fold_accents(w.lower()) in qwords or is_anchor(w)),
                        (start, end, text) in olds if earlier else None)
        if kind == "name" and any(is_anchor(w) and not is_stop(w) for w in
                                  TOKEN.findall(appositive(sentence, {fold_accents(w.lower()) for w in span_words}) or "")):
            # "said Elena Marsh, chief UK economist at Brightwater Capital" for "c'est qui l'économiste de Brightwater
            # Capital": the person the question's words describe, not "UK"
            score += 1.0
        told_rank = {_ORDINALS[w.lower()] for w in _ORDINAL_WORD.findall(sentence, max(0, start - 20), start)}
        if len(listed_ranks) > 1 and asked_rank and told_rank:
            # "quel est le montant du troisième prix" over "Le deuxième prix, de 3 000 euros, …, et le troisième, de
            # 1 500 euros": in a list of ranks, the number after the one asked (trial 42); not "The first train, a
            # two-carriage unit" (trial 31)
            score += 1.5 if asked_rank & told_rank else -1.0
        if kind == "name" and _SUCCESSION_ASKED.search(q) and _SUCCEEDED.search(sentence, max(0, start - 60), start):
            score += 1.0  # "who did Owen Maguire replace?": "took over in January from Claire Dubois", not the site she ran (trial 42)
        held = _HOLDS_AFTER.match(sentence, end) if kind == "name" else None
        if held and any(is_anchor(w) and not is_stop(w) for w in TOKEN.findall(held.group(1))):
            score += 1.0  # "Lewis Grant, a former engineer …, who is now its chief technology officer" for "who's the CTO"
        doer = _DOER_OF.search(sentence, max(0, start - 50), start) if kind in ("name", "org") else None
        if doer and any(not is_stop(w) and is_anchor(w) for w in doer.group(1).split()):
            # the question's verb or thing, then its doer: "built by the Wight Shipyard Company" (trial 30), "pain livré
            # chaque matin par la boulangerie Pestour" for "qui fournit le pain" (trial 52)
            score += 1.0
        if kind == "name" and not subject_asked and _holder(before) \
                and any(is_anchor(w) and is_role(w) for w in TOKEN.findall(before)[-5:]):
            # "La préfète de l'Ardèche, Sophie Vallet, et le député de la circonscription, Bernard Chabal" for "Who is
            # the MP?": the name after the role asked and its comma (trial 30), not the nearer one before it; not
            # when the question's verb asks its doer ("Qui a été élu maire": not "l'ancien maire, Gérard Lhomme")
            score += 1.0
        if kind in ("name", "org") and _QUALIFIES.match(sentence, end) \
                and (anchor[last + 1] or _NATIONALITY.fullmatch(tokens[last + 1].group(0))
                     or _KIND_OF_NAMED.fullmatch(fold_accents(tokens[last + 1].group(0).lower()))) \
                and not in_question(tokens[last + 2].group(0)):
            # "Leeds chairman Gerald Krasner", "la société Internet chinoise ByteDance", "the Edinburgh company
            # Skyhook Launch" (_KIND_OF_NAMED): the first name qualifies a noun or is qualified with it, the second is
            # the one named.
            score -= 1.0
        kind_of = _QUALIFIES_KIND.match(sentence, end) if kind in ("name", "org") else None
        if kind_of and _KIND_OF_NAMED.fullmatch(fold_accents(kind_of.group(1).lower())) \
                and not in_question(tokens[last + 3].group(0)):
            score -= 1.0  # "led by the Edinburgh investment firm Thistle Ventures": not "Edinburgh" (trial 34)
        if kind in ("name", "org", "place") and _EARLIER.search(q) and _FORMER.search(sentence, max(0, start - 60), start):
            score += 1.0  # "where did MacLeod work before": "a former engineer at the European Space Agency"
        role_after = _ROLE_AFTER.match(sentence, end) if to_be_named else None
        if role_after and any(is_role(w) for w in role_after.groups("")):
            continue  # "Comment s'appelle l'association ?": not "Odile Perrin, présidente de l'association" (trial 61)
        if thing_named and _NAMED_AS.search(before):
            score += 1.0  # "Quel est le nom de la version chinoise ?": "la version chinoise appelée Douyin", not "Chine"
        if (start, end, text) in with_noun or (kind in ("name", "org", "place") and kind_noun and (kind_noun.rstrip("s")
                                               in {fold_accents(w.lower()).rstrip("s") for w in text.split()}
                                               or _introduced(before, kind_noun))):
            # "Which coast was hit?": "the northern coast", the noun asked with its modifier; "dans quel stade":
            # "au stade Mayol", the name the noun asked introduces (sports set: "Union Bordeaux-Bègles")
            score += 1.0
        elif kind == "org" and kind_noun and (other := _KIND_BEFORE.search(before)) and other.group(1).islower() \
                and _body_kind(other.group(1)) not in (None, _body_kind(kind_noun)) and _body_kind(kind_noun):
            continue  # "Which bank is lending the money?": not "la région Bourgogne-Franche-Comté", another kind (trial 59)
        elif kind == "org" and kind_noun in _COMPANY and _BY_COMPANY_NOUN.search(before):
            score += 1.0  # "quelle entreprise": "la société Alpenergie", "l'entreprise lyonnaise Rouevert", not "à Voiron"
        if kind == "phrase" and (_BARE_NUMBER.fullmatch(text) or DATE.fullmatch(text) and not CLOCK.search(text)):
            # "What did Omar Siddiqui say?" over "Siddiqui, 52, said …": an age or a year says nothing asked; nor does a
            # day alone, which a question of time asks as one ("How did the hackers get in?": not "Thursday", trial 56;
            # an hour may answer "what hours does the ban apply")
            continue
        if kind == "phrase" and len(text.split()) > 12:
            score -= 0.5
        if kind == "phrase" and not nationality and last + 1 < len(tokens) and anchor[last + 1] \
                and tokens[last + 1].group(0)[0].isupper() and all(w[0].isupper() for w in text.split()):
            continue  # "Joji" before the question's "Otaki": part of the question's own name (not "le Français Julien Morel")
        if score > best_score:
            best, best_score, best_start, best_end = text, score, start, end
    if best is not None and kind in ("phrase", "name", "org", "place"):
        # An answer that opens a list is the whole list: "Glasgow and Dundee", "saccages, viols, profanations".
        items = _LIST_AFTER["phrase" if kind == "phrase" else "name"].match(sentence, best_end)
        if items:
            best += items.group(0)
    if kind == "date" and best is not None and not _ONE_BOUND.search(q) \
            and (joined := _RANGE_OF_DATES.match(sentence, best_end)) \
            and (opens := _RANGE_OPENS.search(sentence, max(0, best_start - 12), best_start)) \
            and any(s == joined.end() for s, _, _ in spans):
        # a range of dates or hours, when neither of its bounds is asked: "Quand la ligne est-elle ouverte ?" over
        # "open from 8am to 6pm on weekdays": "from 8am to 6pm"; "du 15 novembre au 1er avril" (trial 48)
        best = sentence[opens.start(): next(e for s, e, _ in spans if s == joined.end())]
    year = _YEAR.search(best) if kind == "date" and best is not None and number_asked(q).year else None
    if counts and best is not None and (part := PART_OF.search(best)):
        # "how many practices take new patients": "two" of "two of the 11" (trial 49); a total asked, the whole:
        # "19" of "15 des 19 sièges" for "How many seats … in total?" (trial 54)
        best = re.match(r"\d[\d\s.,]*\d|\S+", best[part.end():]).group(0) if _TOTAL.search(q) else best[:part.start()]
    if kind == "number" and best is not None and number_asked(q).age:
        best = re.sub(r"-year-old$", "", best)  # "how old was the oldest finisher": "81", not "81-year-old"
    if kind == "date" and best is not None and ASK_CLOCK.search(q) and CLOCK.search(best.split(" on ")[0]):
        best = best.split(" on ")[0]  # "what time did the river burst its banks": "7.30pm", not "7.30pm on Tuesday"
    if kind == "date" and best is not None and re.search(r"\b[ap]\.m$", best, re.I):
        best += "."  # "9 p.m.": the stop index.candidates.DATE leaves after it
    return year.group(0) if year else best  # "En quelle année ?" over "le 19 mars 1812": 1812


_AGE_WORD = r"ans?|ann[ée]es?|years?|yrs?|old"  # a word that makes a number an age or a span of years
_YEARS_OLD = re.compile(rf"year|\b(?:{_AGE_WORD})\b", re.I)
_SPAN_OF = re.compile(r"\s+(?:de|d['’]|of)\s*[^\W\d_]", re.I)  # "six ans de travaux", "30 years of service": a span of time
_NEXT_WORD = re.compile(r"\s+([a-zà-ÿ][\w'’-]*)")


def _whole_asked(sentence: str, whole: int, part: int, nouns: str, owner: str, is_anchor: Callable[[str], bool]) -> bool:
    """Whether the whole of a part (index.candidates.whole_and_part, character offsets `whole` and `part` in
    `sentence`) is what is counted: the question names its owner ("Combien d'employés compte la station ?" over "Of
    the station's 19 employees, seven will be offered jobs in Leeds"; "Twenty-three of the company's 118 employees
    will be made redundant" for "Combien d'employés a l'entreprise ?": trials 60 and 61) and no other word of the part's
    clause (what is said of the part: "offered jobs in Leeds")."""
    if not owner or not is_anchor(owner):
        return False
    told = sentence[max(whole, part): _clause_end(sentence, max(whole, part))]
    return not any(is_anchor(w) and not is_stop(w) and w != owner and w not in nouns.split() for w in TOKEN.findall(told))


def _respective(sentence: str, spans: list[tuple[int, int, str]], in_question: Callable[[str], bool]) \
        -> tuple[tuple[int, int], list[tuple[int, int]]] | None:
    """The number of the item the question names in a list given "respectively" (_RESPECTIVELY: "ses deux sœurs,
    Jeanne et Louise, pèsent respectivement 780 et 410 kilos" for "combien pèse Louise": 410 kilos; "Ashby and Leek
    have 12,000 and 9,500 residents respectively"), as ((start, end) of it, [(start, end) of each number of the
    list]), character offsets in `sentence`; None when the sentence lists none or the question names not exactly one
    of its last items, as many as the numbers."""
    m = _RESPECTIVELY.search(sentence)
    if not m:
        return None
    after = [(s, e) for s, e, _ in spans if m.end() <= s <= m.end() + 40]
    before = [(s, e) for s, e, _ in spans if m.start() - 40 <= e <= m.start()]
    numbers = after if len(after) >= 2 else before if len(before) >= 2 else []
    lists = list(_LISTED.finditer(sentence, 0, numbers[0][0])) if numbers else []
    if not lists:
        return None
    items = [lists[-1].group(1), *re.split(r"\s*,\s*", lists[-1].group(2))[1:], lists[-1].group(3)]
    if len(items) < len(numbers):
        return None
    # by its first word that is no stop word (not "pay" of "Adults, students and children pay 6, 4 and 2 euros")
    heads = [next((w for w in TOKEN.findall(item) if not is_stop(w)), "") for item in items[-len(numbers):]]
    asked = [k for k, head in enumerate(heads) if head and in_question(head)]
    return (numbers[asked[0]], numbers) if len(asked) == 1 else None


def _clause_end(sentence: str, at: int) -> int:
    """Where the clause holding character `at` of `sentence` ends (_CLAUSE_END after it), or len(sentence)."""
    m = _CLAUSE_END.search(sentence, at + 1)
    return m.start() if m else len(sentence)


def _counts_noun(after: str) -> bool:
    """Whether the text after a number starts with a content word that it counts ("deux tours", "three
    children"), not years, a stop word ("aged 61 when") nor nothing ("Strang, 61,")."""
    m = _NEXT_WORD.match(after)
    return bool(m) and not is_stop(m.group(1)) and not re.fullmatch(_AGE_WORD, m.group(1), re.I)


_CLAUSE_END = re.compile(r"[;:!?()«»\"“”]|\.(?!\d)|,\s|\s(?:and|et|or|ou|but|mais|while|tandis|whereas)\s")  # not "9.5"
# Prepositions that open a number's qualifier ("890 euros au début de l'été", "7,900 acres on Monday"); not "de"/"of",
# which open its unit ("4 millions d'euros").
_QUALIFIER_OPENS = {"au", "aux", "à", "en", "dans", "lors", "pour", "par", "depuis", "pendant", "avant", "après",
                    "avec", "sans", "sur", "on", "in", "at", "by", "from", "for", "since", "during", "over", "before",
                    "after", "with", "without", "under", "until", "jusqu"}
_QUALIFIER_WORDS = 6  # the words after a number that may qualify it
# Words of time too common to tell two numbers apart ("in the current financial year" is not "last year").
_GENERIC_TIME = {"year", "years", "month", "months", "week", "weeks", "day", "days", "an", "ans", "annee", "annees",
                 "mois", "semaine", "semaines", "jour", "jours"}


def _qualified(sentence: str, tokens: list[re.Match], in_question: Callable[[str], bool], last: int,
               spans: list[tuple[int, int, str]], end: int) -> bool:
    """Whether a word of the question (`in_question`: named outright or translated with confidence) qualifies
    the number whose last token (of `tokens`) is `last` and which ends at character `end` of `sentence`: it
    follows a preposition (_QUALIFIER_OPENS) in the _QUALIFIER_WORDS words after the number, before the next
    number of `spans`, a conjunction or the end of the clause. "$60 million grant from the City of
    Philadelphia, a $35 million gift" for "how much did Philadelphia give", "1 150 euros, contre 890 euros au
    début de l'été" for "combien au début de l'été", "from 7,900 acres on Monday to 18,400 acres by Tuesday"
    for "how many acres on Monday"; not "75 new staff members" (no preposition) for "combien d'employés", nor
    "une retraitée" in "de 34 ans et une retraitée de 71 ans" (after "et"), nor a word of time as common as
    "year" (_GENERIC_TIME: "between 5.5% and 6% in the current financial year" for "last year")."""
    clause = _CLAUSE_END.search(sentence, end)
    stop = min(next((s for s, _, _ in spans if s >= end), len(sentence)), clause.start() if clause else len(sentence))
    opened = False
    for i in range(last + 1, min(len(tokens), last + 1 + _QUALIFIER_WORDS)):
        if tokens[i].start() >= stop:
            break
        word = tokens[i].group(0)
        if opened and not is_stop(word) and in_question(word) and fold_accents(word.lower()) not in _GENERIC_TIME:
            return True
        opened = opened or word.lower() in _QUALIFIER_OPENS
    return False


# A place of origin asked ("where is the firm from", "d'où vient-elle", "originaire de quelle ville"), answered after
# "from", "de", "originaire de", "native of", not after "to", "à", "vers".
_ORIGIN_ASKED = re.compile(r"\bwhere\b.*\bfrom\W*(?:\([^()]*\)\W*)?$|\bfrom where\b|\bd['’]\s?o[uù]\s+(?:vien|venai|est|sont|[ée]tai)|"
                           r"\boriginaire\b|\bnative\b|\bhometown\b", re.I)
_FROM_BEFORE = re.compile(r"\b(?:from|de|d['’]|du|des|originaire de|native of|natif de|native de)\s+(?:the\s+|l['’]|la\s+|le\s+)?$",
                          re.I)
_TO_BEFORE = re.compile(r"\b(?:to|into|à|au|aux|vers|towards)\s+(?:the\s+|l['’]|la\s+|le\s+)?$", re.I)
# Where a move goes after the place it leaves: "from Mill Lane to its hub", "de Brest à Quimper" (not "à partir de").
_TO_AFTER = re.compile(r"\s+(?:to|towards|into|vers|à(?!\s+partir\b))\s", re.I)


def _longer_in(question: str, word: str, name: str, known: set[str]) -> bool:
    """Whether `question` writes `word` inside another name than `name` ("Harlow Build" in "Who was the managing
    director of Harlow Build?", for the candidate "Simon Harlow"; "Hollins & Baird" for "Margaret Hollins"; "Camille Berthier" in "Qui entraîne Camille
    Berthier ?", for the candidate "Marc Berthier", her father: trial 29): another name, not the question's own.
    A title before the shared word ("Dr Berthier", "President Obama") names the same person; the word before it in
    the question must be one of the article's names (`known`, accent-folded lower case: not "published otaki's study")."""
    m = re.search(rf"\b{re.escape(word)}\s+([A-ZÀ-Þ][\w'’-]*)", question)
    if m and m.group(1) not in name.split() or re.search(rf"\b{re.escape(word)}\s+&\s*\w", question, re.I):
        return True  # "&" joins a firm's name: "Margaret Hollins" for "Who is the director of Hollins & Baird?" (trial 45)
    parts = name.split()
    given = re.search(rf"([^\W\d_][\w'’-]*)\s+{re.escape(word)}\b", question, re.I)
    return bool(given) and len(parts) > 1 and parts[-1] == word and not is_stop(given.group(1)) \
        and fold_accents(given.group(1).lower()) in known \
        and given.group(1).lower() not in {p.lower() for p in parts} \
        and not any(is_role(p) or p.rstrip(".").lower() in _TITLES for p in parts[:-1] + [given.group(1)])


_TITLES = {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "lord", "lady", "m", "mme", "mlle", "me", "docteur", "maître"}


def _in_clause(sentence: str, start: int, end: int, nouns: tuple[str, ...]) -> bool:
    """Whether the clause of `sentence` holding characters start..end (between two _CLAUSE_END) names one of
    `nouns` (lower case, up to accents and a plural s): the thing whose price is asked, next to its price. A clause
    opening with a comparison ("1 150 euros, contre 890 euros au début de l'été") prices the thing of the one before."""
    ends = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, start)]
    while ends and _COMPARED.match(sentence, ends[-1]):
        ends.pop()
    opening = ends[-1] if ends else 0
    closing = _CLAUSE_END.search(sentence, end)
    clause = sentence[opening: closing.start() if closing else len(sentence)]
    return any(_same_noun(w, n) for w in TOKEN.findall(clause) for n in nouns)


def _dates_of(dates: list[tuple[int, int, str]], numbers: list[tuple[int, int, str]], start: int, end: int,
              sentence: str, after: bool = False) -> set[tuple[str, int]]:
    """The months and years (index.candidates.times) that date the number at start..end (characters of
    `sentence`): those of `dates` at most 60 characters away, in the same clause, with none of the other `numbers`
    between ("310 000 visiteurs en 2024 contre 265 000 en 2023": 2024 dates 310 000, and both 2024 and 2023 date
    265 000). Empty when none does. after: only the dates after it ("£15 and £7 in 2022"; one before may open
    another clause: "in January, valuing the company at about £410 million")."""
    own = set()
    for s, e, text in dates:
        if after and s < end:
            continue
        lo, hi = (end, s) if s >= end else (e, start)
        if hi - lo <= 60 and not re.search(r"[.;:!?]", sentence[lo:hi]) \
                and not any(lo <= ns and ne <= hi for ns, ne, _ in numbers):
            own |= times(text)  # each alone: "April" is a date
    return own


def _with_noun(sentence: str, span: tuple[int, int, str], kind_noun: str) -> tuple[int, int, str]:
    """The span with the noun a which-question asks for when that noun, in lower case, is next to
    it: after it in English ("Mongol and Turkic tribes"), before it in French ("les tribus mongoles")."""
    start, end, _ = span
    if is_stop(kind_noun):
        return span
    after = re.match(r"\s+([^\W\d_]+)", sentence[end:])
    before = re.search(r"([^\W\d_]+)\s+$", sentence[:start])
    # In lower case: "Councilor Margaret Doyle" is a title before a name, which answers "which councilor" alone.
    if after and after.group(1).islower() and _same_noun(after.group(1), kind_noun):
        end += after.end()
    elif before and before.group(1).islower() and _same_noun(before.group(1), kind_noun):
        start = before.start()
    return start, end, sentence[start:end]


# Words between quotation marks: '"a rounding error"', "« démesuré »", "“pretty modest”".
_QUOTED = re.compile(r"[«“\"]\s*([^\s«»“”\"][^«»“”\"]{0,199}?)\s*[»”\"]")
# Nouns for a company, in either language: "quelle entreprise" is answered by "la société Alpenergie".
_COMPANY = {"company", "firm", "business", "group", "societe", "entreprise", "firme", "groupe", "start-up", "startup"}
# A company noun in lower case, perhaps with an adjective, just before a name: "l'entreprise lyonnaise Rouevert".
_BY_COMPANY_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(_COMPANY))}|soci[ée]t[ée])(?:\s+[a-zà-ÿ-]+)?\s+$")


# The kinds of body a which-question asks for or a noun introduces a name as ("la région Bourgogne-Franche-Comté", "the
# charity Open Door"), by sort: a business, a public body or place, an association; `_body_kind`.
_BODY_SORTS = {"business": _COMPANY | {"bank", "banque", "lender", "bakery", "shop", "store", "magasin", "boutique"},
               "public": {"region", "ville", "city", "town", "commune", "departement", "county", "council", "conseil",
                          "ministry", "ministere", "government", "gouvernement", "state", "etat", "mairie", "prefecture"},
               "association": {"association", "charity", "foundation", "fondation", "trust", "club", "collectif", "union",
                               "syndicat", "federation", "organisation", "organization", "ngo", "ong"}}
_KIND_BEFORE = re.compile(r"\b(?:the|la|le|les|l['’])\s*([^\W\d_]+)\s+(?:de\s+|of\s+|d['’])?$", re.I)


def _body_kind(noun: str) -> str | None:
    """The sort of body (`_BODY_SORTS`: "business", "public", "association") a noun names, singular or plural, in either
    language ("banque": "business", "région": "public", "charity": "association"), or None."""
    word = fold_accents(noun.lower())
    return next((sort for sort, nouns in _BODY_SORTS.items() if word in nouns or word.rstrip("sx") in nouns), None)


def _introduced(before: str, kind_noun: str) -> bool:
    """Whether the text before a name ends with the noun a which-question asks for, in lower case, perhaps with
    an adjective after it ("la plateforme Ulule" for "sur quelle plateforme", "the company Nordvind" for "which
    company", "au stade Mayol" for "dans quel stade", "son pilier international Kilian Gros" for "quel pilier")."""
    m = re.search(r"([^\W\d_]+)(?:\s+([^\W\d_]+))?\s+$", before)
    return bool(m) and not is_stop(kind_noun) and any(
        w and w.islower() and _same_noun(w, kind_noun) for w in (m.group(2) or m.group(1), m.group(1) if m.group(2) else None))


def _same_noun(word: str, noun: str) -> bool:
    """Whether `word` is `noun` up to case, accents and a plural s ("Units" / "unit"), or its translation in the
    bilingual word list (index.query.lexicon: "lorries" for "camions", trial 42)."""
    if fold_accents(word.lower()).rstrip("s") == fold_accents(noun.lower()).rstrip("s"):
        return True
    return any(stem(word.lower(), one) in lexicon()[other].get(stem(noun.lower(), other), ())
               for one, other in (("en", "fr"), ("fr", "en")))


AGE_SET_OFF = r"\d{1,3}(?: ans| years old)?"  # an age after a name, between commas: "Margaret Ellery, 81, lost"
# A name set off by a comma before what follows: "Fortin, "; "Ellison, now 74," (trial 61: also index.rank's ages).
AGE_NOW = r"(?:now|today|aujourd['’]hui|désormais)\s+"
_NAME_COMMA = re.compile(rf"([A-ZÀ-Þ][\w'’-]+),\s*(?:{AGE_NOW})?$")
_NAMES_COMMA = re.compile(rf"((?:[A-ZÀ-Þ][\w'’-]+\s+){{0,3}}[A-ZÀ-Þ][\w'’-]+),\s*(?:{AGE_NOW})?$")  # all its words: "Mathilde Morel, "


def _age_after_name(text: str, before: str, after: str) -> bool:
    """Whether number `text`, between `before` and `after`, is a number (in years) set off by commas
    after a name: an age in news ("Margaret Ellery, 81, lost £184,000", "Bertrand Lemaire, 58 ans, dirige")."""
    return bool(re.fullmatch(AGE_SET_OFF, text) and _NAME_COMMA.search(before)
                and re.match(r"\s*[,)]", after))


_VENUE_LAST = re.compile(rf"\b(?:{_VENUE}|river|lake|county|valley|mountain|rivi[èe]re|fleuve|lac|vall[ée]e|montagne)$", re.I)


_TITLE_BEFORE = re.compile(r"([^\W\d_]+)\.?,?\s+$")


def _venue_named(name: str, qwords: set[str], before: str = "") -> bool:
    """Whether `name` ends in a word for a place or a building ("River Road", "Saxon River", "Lincoln High School")
    that the question does not name (`qwords`, accent-folded lower case: "whats the river called" asks for one),
    unless a role or a title right before it (`before`, the sentence's text before the name) makes it a person's
    ("Le procureur, Antoine Rivière,": trial 55; "Dr Jane Hall")."""
    m = _VENUE_LAST.search(name)
    if not m or fold_accents(m.group(0).lower()) in qwords:
        return False
    role = _TITLE_BEFORE.search(before)
    return not (role and (is_role(role.group(1)) or role.group(1).lower() in _TITLES))


def _owner_of_role(sentence: str, end: int, qwords: set[str]) -> bool:
    """Whether the name ending at `end` owns a role that the question asks for (`qwords`, accent-folded lower
    case): "Colorado's governor" holds where the governor serves, not who he is."""
    m = re.match(r"['’]s\s+([^\W\d_]+)", sentence[end - 2:end + 30]) if sentence[end - 2:end] in ("'s", "’s") else None
    return bool(m) and is_role(m.group(1)) and fold_accents(m.group(1).lower()) in qwords


def _age_of_else(sentence: str, start: int, end: int, asked: Callable[[str], bool]) -> bool:
    """Whether the number at sentence[start:end] is the age of a person other than the one the question asks
    about (`asked`: whether a word is one of the question's names): it follows another name set off by commas
    ("Fortin, 27,") or comes before one ("81-year-old Harold Jensen"), none of whose words is asked ("Mathilde
    Morel, 38 ans," is Mathilde's: trial 59), while the question's name, other than a role ("Governor Martin
    Ashcroft, 61," for "how old is the governor"), is elsewhere in the sentence."""
    before = _NAMES_COMMA.search(sentence[max(0, start - 40): start])
    after = re.match(r"(?:-year-old)?\s+(?:[a-zà-ÿ]+\s+){0,2}?((?:[A-ZÀ-Þ][\w'’-]+\s+){0,3}[A-ZÀ-Þ][\w'’-]+)", sentence[end:end + 60]) \
        if re.match(r"-year-old|\s+years?\s+old", sentence[end:end + 12]) or sentence[end - 9:end] == "-year-old" else None
    owner = before or after
    if not owner or any(asked(w) for w in owner.group(1).split()):
        return False  # "Mathilde Morel, 38 ans," for "how old is mathilde" (trial 59): all the name's words are the owner's
    # Not "Governor" (a role), nor the sentence's first word ("L'ancien directeur …, Patrick Vernet, 58 ans": a capital, no
    # name), nor a street's name ("Sandrine Moreau, 47 ans, qui tient une boulangerie rue de Gigant").
    return any(asked(m.group(0)) and not is_role(m.group(0)) and not _STREET.search(sentence[max(0, m.start() - 20): m.start()])
               for m in list(TOKEN.finditer(sentence))[1:] if m.group(0)[0].isupper())


_STREET = re.compile(r"\b(?:rue|avenue|boulevard|bd|place|quai|chemin|allée|impasse|street|road|lane|square)\s+"
                     r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?$", re.I)
# The noun a question asks the name of: "the name of the big viaduct", "comment s'appelle le viaduc", "nom du pont".
_NAME_OF = re.compile(r"\b(?:name of|nom d[eu]|nom de la|nom de l['’]|s['’]appel\w*|called)\s+(?:the |le |la |l['’]|les |this |its "
                      r"|their |ce |cette )?([\w-]+)(?:\s+([\w-]+))?", re.I)
# "What will the roundabout be named?": the noun whose name is asked, before the verb of naming (trial 43).
_THING_NAMED = re.compile(r"\b(?:the|le|la|l['’])\s*([\w-]+)(?:\s+[\w-]+){0,2}?\s+(?:named|called|baptis[ée]e?|nomm[ée]e?)\b",
                          re.I)
_PERSON_WORD = re.compile(rf"(?:{PEOPLE}|man|men|woman|women|person|boy|girl|child|homme|femme|personne|gar[çc]on|fille|enfant"
                          r"|driver|conducteur|conductrice|victim|victime|suspect|singer|chanteur|chanteuse|player|joueur|joueuse"
                          r"|retrait[ée]e?|[ée]lu|[ée]lue|girlfriend|boyfriend|wife|husband|femme|mari|fils|son|daughter|mother|father"
                          r"|m[èe]re|p[èe]re|farmer|fermi[eè]re?|[ée]leveu(?:r|se)|agricult(?:eur|rice)|baker|boulang[eè]re?"
                          r"|teacher|enseignante?|doctor|m[ée]decin|nurse|infirmi[eè]re?|owner|propri[ée]taire)", re.I)


# Dimensions of a measure: the words of a question asking it, and the words written next to a number of it.
_DIMENSIONS = {
    "height": (re.compile(r"\b(?:tall|high|height|hauteur|haut|haute|altitude)\b", re.I),
               re.compile(r"\b(?:rise|rises|rising|rose|stand|stands|standing|tall|high|haut|haute|hauteur|culmin\w*|altitude"
                          r"|s['’]él[èe]v\w*)\b", re.I)),
    "length": (re.compile(r"\b(?:how long is|how long are|how long will|length|longueur|long de|km de long)\b", re.I),
               re.compile(r"\b(?:stretch\w*|long|length|longueur|span\w*|s['’]étend\w*|extend\w*)\b", re.I)),
    "depth": (re.compile(r"\b(?:deep|depth|profond\w*)\b", re.I), re.compile(r"\b(?:deep|depth|profond\w*)\b", re.I)),
    "width": (re.compile(r"\b(?:wide|width|large|largeur)\b", re.I), re.compile(r"\b(?:wide|width|large|largeur)\b", re.I)),
    # "how thick was the snow slab": "une épaisseur de 1,2 mètre", not "400 mètres de large" (trial 57)
    "thickness": (re.compile(r"\b(?:thick|thickness|[ée]paisseur|[ée]pais|[ée]paisse)\b", re.I),
                  re.compile(r"\b(?:thick|thickness|[ée]paisseur|[ée]pais|[ée]paisse)\b", re.I)),
}


_TWO_ENDS = re.compile(r"\d.*(?:\s(?:à|au|to|until|till|and|et)\s|[-–]).*\d", re.I)  # a span of time with both ends


# Ordinal words and their ranks, in both languages (`_bonus`).
_ORDINALS = {w: n for n, forms in enumerate(("first premier première", "second deuxième seconde", "third troisième",
                                               "fourth quatrième", "fifth cinquième"), 1) for w in forms.split()}
_ORDINAL_WORD = re.compile(rf"\b(?:{'|'.join(_ORDINALS)})\b", re.I)


def _bonus(kind: str, text: str, before: str, after: str, q: str, named: Callable[[str], bool],
           old: bool | None = None) -> float:
    """Type fit of a candidate beyond closeness: for numbers, the kind asked
    (percent, money, age, duration, distance), the dimension of a measure (_DIMENSIONS: "rise 9.5 metres" for
    "how tall", not "stretch 340 metres") and the noun counted ("3,200
    residents", "144 papillons de"; "eleven separate academic units": the
    counted noun up to three words after the number) named by the question (`named`: a word of
    the question or one it translates to); for names, two to four words (a
    person's name), after a passive's "by" or a "known as". old: whether a number is the earlier value of a change
    (index.candidates.earlier_values), None when no earlier value is asked (`_earlier_value_asked`)."""
    if kind in ("name", "org"):
        # The doer of a passive ("established by Kublai Khan", "choisie par Joji Otaki") and a name
        # introduced as one ("known as The Forward Sports Fund", "appelée …") are answers more often.
        cue = 0.5 if _NAME_CUE.search(before) else 0.0
        return cue + (0.5 if kind == "name" and 2 <= len(text.split()) <= 4 else 0.0)
    if kind == "date" and number_asked(q).from_to:  # "de quand à quand": "de 2008 à 2020", not "jeudi"
        return 2.0 if _TWO_ENDS.search(text) else 0.0
    if kind != "number":
        return 0.0
    asks = number_asked(q)
    if asks.from_to and FROM_TO.match(text):
        return 3.0  # "passé de combien à combien": "de 84 % à 88 %", not "88 %" alone
    t = text.lower()
    bonus = 0.0
    percent = "%" in t or "cent" in t
    money = bool(MONEY.search(t))
    if asks.percent:
        bonus += 2.0 if percent else -1.0
    elif percent and not asks.change:  # a change may be a percentage ("cut by 40%")
        bonus -= 1.0
    if asks.age and _age_after_name(text, before, after):
        bonus += 2.0
    if asks.age:  # spans of time after "depuis", "for", "with" are left out (_HOW_LONG_BEFORE)
        bonus += 2.0 if re.search(r"year-old|\bans\b|\byears?\b", t + " " + after[:12].lower()) else 0.0
    if asks.duration:
        bonus += 2.0
    if asks.score and is_tally(text):
        bonus += 2.0  # "what was the final score": "27-24", not "17 points"; "le résultat du vote": "64 voix contre 21"
    if asks.distance and not asks.money:  # "how big is the loan": its amount
        bonus += 2.0 if re.search(r"\b(km|kilom\w+|miles?|m[èe]tres?|meters?)\b", t) else 0.0
    if asks.money and not asks.percent:
        bonus += 1.0 if money else 0.0
    if asks.measure or asks.how_long:
        # "How tall will the structure be?" over "will stretch 340 metres … and rise 9.5 metres": the measure
        # whose verb or adjective is of the dimension asked ("rise", "high", "de haut"), not another's ("stretch").
        around = before[-16:] + " " + after[:14]
        for asked, written in _DIMENSIONS.values():
            if written.search(around):
                bonus += 1.0 if asked.search(q) else -1.0 if any(a.search(q) for a, _ in _DIMENSIONS.values()) else 0.0
                break
    unit = re.search(r"([^\W\d_]+)$", text)
    # The noun counted: right after the number, any word of the question ("3,200 residents"); one or two
    # words further, the noun the question counts ("eleven separate academic units" for "how many academic
    # units"), not any word of the question ("215 salariés produisent" for "combien de tonnes … produit").
    # "140% last year": a time that follows, not what is counted.
    nouns = re.match(r"\s*(?:de |d['’]|of )?(?!(?:last|this|next|past|dernier|derni[èe]re|prochaine?)\b)"
                     r"([^\W\d_]+)(?: ([^\W\d_]+))?(?: ([^\W\d_]+))?", after, re.I)
    counted = counted_noun(q)
    # or the noun a which-question asks for: "Quelle subvention …" over "its £142,000 annual subsidy as part of £18m
    # of budget savings" (trial 46)
    asked = asked_kind(q) if _NOUN_ASKED.search(q) else None
    asked = None if asked and (is_stop(asked) or len(asked) < 3) else asked  # "Quel a été …": no noun
    further = nouns and any(w and _same_noun(w, noun) for w in nouns.groups()[1:] for noun in (counted, asked) if noun)
    # the noun counted itself, or its translation: more than another word of the question ("six new collection lorries"
    # over "14 drivers" for "combien de camions", trial 42)
    # ("640 élèves": in the span itself, trial 46)
    counted_here = any(unit and _same_noun(unit.group(1), noun)
                       or nouns and any(w and _same_noun(w, noun) for w in nouns.groups())
                       for noun in (counted, asked) if noun)
    noun = unit.group(1) if unit and named(unit.group(1)) else nouns.group(1) if nouns and named(nouns.group(1)) else None
    if noun and asks.measure and any(written.fullmatch(noun) for _, written in _DIMENSIONS.values()):
        noun = None  # "about 24 metres long" for "how deep is the wreck": a dimension (read above), not what is counted
    if noun or further:
        # "Combien d'élèves ont assisté aux projections ?" over "48 projections … suivies par près de 3 900 élèves":
        # another word of the question after a number counts less than the noun counted (trial 24)
        # (or its translation: "quatre écoles" for "how many pupils in the public schools", trial 46)
        other = counted and not further and not _same_noun(noun, counted) \
            and any(_same_noun(noun, w) for w in TOKEN.findall(q))
        bonus += 2.0 if counted_here else 0.5 if other else 1.5
    if _NOW.search(q) and not asks.change:
        # "212 adhérents en septembre ; il en revendique aujourd'hui 274" for "how many members now" (trial 50): the
        # value said to be so now, not the one dated another time before it
        if _NOW_BEFORE.search(before):
            bonus += 2.5
        elif times(re.split(r"[,.;:]", after, maxsplit=1)[0]):
            bonus -= 1.0
    if asks.now and old is None and re.search(r"\b(?:to|à|jusqu['’]à)\s+$", before):
        bonus += 1.0  # "reducing the debt to under £25m": the value now
    if _AFTER_COMPARISON.search(before):
        # "54,3 % des suffrages, contre 45,7 % pour le maire sortant", "£186.4 million, up from £151.2 million":
        # the other side's or the earlier value, unless that is asked for ("how many voted against" over "41 voix
        # contre 12", "what was the revenue the year before").
        # "up from £2.7 million in 2024" for "how much did agency staff cost in 2024": the year asked (trial 25).
        # "contre 85 au lancement", "up from 9,800 last year" for a question saying "au lancement", "last year": the
        # time or side written after the value is the question's (trial 45)
        dated = re.match(r"\s*(?:in|en|for|pour)\s+((?:19|20)\d\d)\b", after)
        said = TOKEN.findall(re.split(r"[,.;:!?()]", after, maxsplit=1)[0])[:3]
        told = bool(said) and {fold_accents(w.lower()) for w in said} <= {fold_accents(w.lower()) for w in TOKEN.findall(q)}
        bonus += 2.0 if _AGAINST.search(q) or _EARLIER.search(q) or dated and dated.group(1) in q or told else -1.0
    if re.fullmatch(TALLY_NUMBER, text, re.I) and _VOTES_FOR.search(before):
        # "voted 31 to 9", "by 14 votes to 3", "par 23 voix contre 12": the votes against, when asked ("how many voted
        # against"), else the votes for (trial 41, 45; "by seven votes to three", trial 50)
        bonus += 2.0 if _AGAINST.search(q) else -1.0
    if old:
        bonus += 2.0  # "how much was wood per cubic foot before?" over "climbed from £90 to £130": the earlier value
    elif old is not None and _TO_VALUE.search(before):
        bonus -= 1.5  # and not the value it reached, which the words after it ("per cubic foot") qualify as well
    elif asks.change and re.search(r"\b(?:by|de)\s+$", before):
        bonus += 1.0  # "réduit sa subvention de 40 %", "cut by 40%": the change, not "à 150 000 euros"
    elif asks.change and _AFTER_CHANGE.search(before):
        # "fell 6.3 per cent to 214p": the change, right after its verb, over an amount the question's noun is next to
        # ("net profit of $412 million …, down 18%" for "by how much did profit fall": trial 25)
        bonus += 2.0
    elif not asks.change and (re.search(rf"(?:{CHANGE.pattern})\s+(?:de|by|of)\s+$", before, re.I) or _ABOVE.match(after)
                              or re.search(r"\b(?:up|down)\s+$", before, re.I)):
        # "participation … 58,3 %, en hausse de près de 6 points", "4,82 mètres …, soit près de deux mètres au-dessus
        # de son niveau habituel", "closed up four pence at 274.5 pence": the value asked, not its change nor its
        # difference to another
        bonus -= 1.0
    return bonus


# Words before a name that end the role written before it ("joined by former Chelsea finance director Yvonne Todd",
# "said Fire Chief Ron Delaney"): reporting verbs and the like, besides stop words and English past verbs.
_NOT_ROLE = {"said", "says", "told", "added", "according", "selon", "dit", "déclaré", "affirmé", "expliqué", "confié",
             # French reporting verbs after a quotation ("», sourit Yvonne Le Goff": trial 47)
             *"sourit raconte explique ajoute souligne confie estime affirme précise indique déclare assure rappelle "
              "poursuit lance résume insiste glisse reconnaît regrette déplore conclut note observe témoigne".split()}
# Words of titles that are no role alone (index.answer_type.ROLES: "chief" would find any chief), before a name.
_ROLE_TITLES = {"chief", "officer", "official", "deputy", "délégué", "déléguée", "adjoint", "adjointe"}


def _titled(word: str) -> bool:
    """Whether `word` names a role or a title ("directeur", "Chief")."""
    return is_role(word) or word.lower() in _ROLE_TITLES
# A relative clause, a verb or a number after "Name, ": no description of the name.
# A clause of time after it neither ("the River Mell, three years after Storm Imogen flooded …": trial 24).
_NO_APPOSITION = re.compile(r"(?:who|which|whose|where|qui|que|dont|où|said|says|told|added|ont|has|had|is|was|est|était"
                            r"|affirme|estime|explique|assure|déclare|indique|précise|souligne|reconnaît|ajoute|dit|confie"
                            r"|raconte|regrette|déplore|rappelle|annonce|juge|s['’]|se|n['’]|ne|after|before|when|while|since"
                            r"|because|until|après|avant|lorsque|quand|depuis|pendant|tandis"
                            # the next of a list: "La préfète, Anne Marchal, et le député …, Louis Berthet" (trial 30)
                            r"|and|et|or|ou"
                            r"|[\w-]+ (?:years?|months?|weeks?|days?|hours?|ans|mois|semaines|jours|heures))\b|\d|[a-z]+ed\b",
                            re.I)


def appositive(sentence: str, named: set[str], cut: bool = False) -> str | None:
    """What `sentence` says someone or something named is: the role written before the name when it holds a
    role word (index.answer_type.is_role: "former Chelsea finance director" in "… joined by former Chelsea
    finance director Yvonne Todd", "directeur sportif" in "le directeur sportif Markus Wendt"), else the
    apposition after it ("délégué Force ouvrière" in "a réagi Karim Haddad, délégué Force ouvrière.",
    "cadre supérieur de Disney" in "Kevin Mayer, cadre supérieur de Disney, qui …"; an age between
    commas is passed over: "Nathalie Berthier, 47 ans, infirmière aux urgences"), or the role the name is
    set beside ("directeur de l'hôpital" in "Le directeur de l'hôpital, Philippe Morvan, a salué"). None when the
    sentence does not name them or says neither.

    named: the question's names, accent-folded lower case (words of index.build.Index.names).
    Verbatim from the sentence; at most twelve words after the name, counted after a relative clause is cut off when
    `cut` (the answer to "what is Jo Halliwell's job?": "a solicitor" of "a solicitor whose office … was flooded twice in
    five years", held-out 40), else before it (a long apposition then says nothing of the name to index.spans.best_span).
    With `cut`, a role of one word before the name yields to an apposition after it ("cabinet member for communities"
    in "Councillor Diane Whitcombe, cabinet member for communities, said").
    """
    tokens = list(TOKEN.finditer(sentence))
    at = [i for i, t in enumerate(tokens) if fold_accents(t.group(0).lower()) in named]
    if not at:
        return None
    first = last = at[0]
    while first > 0 and tokens[first - 1].group(0)[:1].isupper() and not _titled(tokens[first - 1].group(0)) \
            and not sentence[tokens[first - 1].end(): tokens[first].start()].strip(" -"):
        first -= 1  # "conseillère métropolitaine Marie-Laure Dufaud" for "qui est Dufaud": the whole name
    while last + 1 < len(tokens) and last + 1 in at and not sentence[tokens[last].end(): tokens[last + 1].start()].strip():
        last += 1
    lo = _written_before(sentence, tokens, first)
    before = sentence[tokens[lo].start(): tokens[first - 1].end()] \
        if lo < first and any(_titled(t.group(0)) for t in tokens[lo:first]) else None
    if before and not (cut and lo == first - 1):
        return before
    rest = sentence[tokens[last].end():]
    parts = re.match(r"\s*,\s*([^,.;:()«»\"]+)(?:,\s*([^,.;:()«»\"]+))?", rest)
    # what follows "selon", "according to" is who says so, not what the name is: "le Suisse Lukas Brunner, victime d'une
    # fracture selon le médecin de la course" (trial 52)
    apposition = re.split(r"\s+(?:selon|d['’]après|according to)\s", parts.group(1), maxsplit=1)[0].strip() if parts else ""
    if re.fullmatch(rf"\d{{1,3}}(?:\s*(?:{_AGE_WORD}))?", apposition):  # an age first: the apposition after it
        apposition = (parts.group(2) or "").strip()
    if cut:  # "a solicitor whose office on the High Street was flooded twice": what they are, not the clause after it
        apposition = re.split(r"\s+(?:who|which|whose|where|qui|dont|où)\s", apposition, maxsplit=1)[0]
    french_verb = re.match(r"a\b", apposition) and detect_language(sentence) == "fr"  # "a réagi"; not "a professor"
    if apposition and not _NO_APPOSITION.match(apposition) and not french_verb and len(apposition.split()) <= 12:
        # "an economics professor who chairs the senate": what they are, not the clause on what they do
        return re.split(r"\s+(?:who|which|whose|where|qui|dont|où)\s", apposition, maxsplit=1)[0]
    if before:  # one title word before the name says less than an apposition after it: "Councillor Diane Whitcombe,
        return before  # cabinet member for communities, said" for "Qui est Diane Whitcombe ?" (trial 52)
    framed = re.search(r"([^,.;:()«»\"]+),\s*$", sentence[:tokens[first].start()]) if re.match(r"\s*,", rest) else None
    role = list(TOKEN.finditer(framed.group(1))) if framed else []
    held = [n for n, t in enumerate(role) if _titled(t.group(0))]
    if held and held[0] >= len(role) - 8:
        # "Le directeur de l'hôpital, Philippe Morvan, a salué": the role the name is set beside, after its last stop word
        role = role[max((n + 1 for n, t in enumerate(role[: held[0]]) if is_stop(t.group(0))), default=0):]
        return framed.group(1)[role[0].start(): role[-1].end()]
    return _described_before(sentence, tokens, first) if cut else None


def _written_before(sentence: str, tokens: list[re.Match], first: int, lower: bool = False) -> int:
    """The index into `tokens` (TOKEN matches of `sentence`) of the first of the words written right before
    tokens[first], separated by spaces only, back to a stop word, a reporting verb (_NOT_ROLE) or a past verb
    (_PAST_VERB), and with `lower` to a capitalised word too; `first` when there is none."""
    lo = first
    while lo > 0 and not sentence[tokens[lo - 1].end(): tokens[lo].start()].strip():
        word = tokens[lo - 1].group(0)
        if lower and not word[:1].islower() or is_stop(word) or word.lower() in _NOT_ROLE or _PAST_VERB.fullmatch(word):
            break
        lo -= 1
    return lo


# Words before a descriptor that make it a verb's object, not what the name is: "a remercié Paul", "has hired Paul".
_AUXILIARY = {"a", "ont", "avait", "avaient", "aura", "has", "have", "had", "was", "were", "is", "are", "est", "sont", "été"}


def _described_before(sentence: str, tokens: list[re.Match], first: int) -> str | None:
    """The lower-case words written right before the name at tokens[first] of `sentence`, which say what the person
    is though no role word is among them (a job: "taxi driver" in "launched by local taxi driver Gary Whitlock",
    "teacher" in "retired teacher Graham Pike", "joiner" in "34-year-old joiner Callum Reid"; trial 41, 43, held-out
    42): back to a stop word, a reporting verb or a past verb (`appositive`'s stops), a capitalised word or a hyphen;
    None when there is none, or when an auxiliary comes before them ("a remercié Paul": a verb's object)."""
    lo = _written_before(sentence, tokens, first, lower=True)
    if lo == first or lo > 0 and tokens[lo - 1].group(0).lower() in _AUXILIARY \
            or re.search(r"[»\"”]\s*,?\s*$", sentence[:tokens[lo].start()]):
        return None  # after a quotation, the verb saying it: "», sourit Yvonne Le Goff" (trial 47)
    return sentence[tokens[lo].start(): tokens[first - 1].end()]
