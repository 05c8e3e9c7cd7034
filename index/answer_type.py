"""What a question asks for: its expected answer type, the noun a which-question
asks for, the noun a count asks about, and what it asks of a number or a date.

Expected types come from the question word, in English and French:
"name" (who / qui, what ... called / comment s'appelle), "org" (which company,
newspaper / quelle société, quel journal), "number" (how many, how much, what
percentage / combien, quel pourcentage, quel âge), "date" (when / quand, what
year, what time / quelle année, quel jour), "place" (where / où), "reason"
(why / pourquoi). "Who is Kevin Mayer?" asks for a description, not a name
("who is bates lawyer", naming a role, asks for a name). Other wh-questions
(what, which, how / quoi, quel, comment) get a "phrase", unless their head
names a quantity ("whats the new full year revenue guidance": a number);
yes/no questions get no short answer; keywords alone ask for a number when
they start with a quantity or a price ("montant du fonds annoncé par le
ministre ?"), else for a name when they name a role ("analyste bnp paribas ?"),
else for a number when they name a quantity or a price.

index.candidates finds the spans of each type in a sentence and index.spans
chooses the short answer among them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .analysis import TOKEN, fold_accents, is_stop

# The value a change reaches: "what will council tax rise to", "à combien va passer le loyer".
_REACHED = (r"\b(?:rise|rises|rose|risen|increase[sd]?|fall|falls|fell|fallen|drop(?:s|ped)?|climb(?:s|ed)?|grow|grows|grown"
            r"|grew|go(?:es)? up|went up|go(?:es)? down|went down|jump(?:s|ed)?|cut|reduced|raised)\s+to\W*$")
# A rank asked: "à quelle place", "what position did she finish", "what's kowalczyk's world ranking", "quel rang".
_RANK = (r"\b(?:quelle|à quelle|a quelle) (?:place|position|[ée]dition)\b|\bquel rang\b|\bwhat (?:position|place|rank)\b"
         r"|\b(?:which|what) edition\b"
         # a team's place in its league: "where are stoke in the league", "où en est Brest au classement"
         r"|\bwhere\b.*\bin the (?:table|league|standings)\b|\b(?:où|ou)\b.*\bau classement\b"
         r"|\b(?:world |fifa |atp |wta )?(?:ranking|classement mondial)\b")
# The result of a vote or a match: "quel a été le résultat du vote", "what was the vote", "the final tally" (a score).
_VOTE_RESULT = (r"\b(?:r[ée]sultats?|results?|outcome|issue)\s+(?:du|of the|de la|de l['’])\s+(?:[\w-]+\s+)?(?:vote|scrutin|ballot|match|game"
                r"|rencontre|final[e]?|d[ée]lib[ée]ration)\b|\bvote (?:result|count|tally|margin)\b"
                r"|\bwhat was the (?:[\w-]+ )?(?:vote|tally)\b"
                # "how did councillors vote", "comment ont voté les élus" (trial 26: the whole clause was the answer)
                # (a body or a plural: "how did smith vote" asks for a side)
                r"|^\W*how did (?:the )?(?:[\w-]+ )?(?:[\w-]+s|council|committee|board|parliament|senate|assembly|jury)"
                r" vote(?: (?:on|for|over) .*)?\W*$|^\W*comment (?:ont|a) vot[ée] (?:les|le|la) ")
# A change asked from one value to the next: "passé de combien à combien", "from what to what", "how did net debt
# change", "comment a évolué le taux" (a quantity's noun after "how"/"comment": not "how did the town change").
_FROM_TO = (r"\bde (?:combien|cb|quoi) (?:à|a) (?:combien|cb|quoi)\b|\bfrom (?:how much|how many|what) to (?:how much|how many|what)\b"
            r"|\bhow (?:did|has|have|had|could|would|will|might|may|does|do) (?:the )?(?:[\w-]+ ){0,5}?(?:number|rate|debt|price"
            r"|revenues?|sales|profits?|loss|income|deficit|turnover|workforce|headcount|population|budget|value|share price"
            r"|attendance|total)s?\b(?: [\w-]+){0,6}? change\b"
            r"|\bcomment\b.*\b(?:nombre|taux|dette|prix|chiffre d['’]affaires|b[ée]n[ée]fice|effectifs?|population|budget"
            r"|montant|valeur|d[ée]ficit)\b.*\b(?:[ée]volu|chang)\w*")
_ASK_FROM_TO = re.compile(_FROM_TO, re.I)
# A span of time asked from its start to its end: "de quand à quand", "from when to when".
_ASK_SPAN = re.compile(r"\bde quand (?:à|a|jusqu['’]\s*(?:à|a|en)) quand\b|\bfrom when (?:to|until|till) when\b", re.I)
_TYPES = [
    # "which company", "which design firm" (one word between), "quelle entreprise", "quel constructeur".
    ("org", r"\b(which|what)( (?!(?:will|would|does|did|do|is|was|are|were|can|could|has|have|had|should)\b)[\w-]+)? (company|firm|newspaper|paper|media|outlet|organi[sz]ation|app|application|website|club|bank|group|team|party|university|agency|body"
            r"|union|federation|association|ministry|court|council|committee|league|school|hospital|brand|channel|network"
            r"|journal|magazine|publication|broadcaster|manufacturer|maker|carmaker|supplier|contractor|operator|insurer|lender"
            r"|retailer|airline|carrier|studio|label|publisher|developer|laboratory|lab|charity|foundation)\b"
            r"|\b(quel|quelle)s? (soci[ée]t[ée]|entreprise|journal|m[ée]dia|application|firme|organisation|banque|club|groupe|[ée]quipe|parti|universit[ée]|agence|cha[iî]ne"
            r"|syndicat|f[ée]d[ée]ration|association|minist[eè]re|tribunal|cour|conseil|comit[ée]|ligue|[ée]cole|h[ôo]pital|marque|r[ée]seau"
            r"|constructeur|fabricant|fournisseur|op[ée]rateur|assureur|compagnie|laboratoire|cabinet|enseigne|[ée]diteur|prestataire"
            r"|fondation|œuvre)\b"
            r"|\b(via|par|avec|chez) quel(le)?s? (soci[ée]t[ée]|entreprise|firme|banque|groupe)\b"
            # "Where did Mayer work before TikTok?": an employer or a school, not a place.
            r"|\bwhere (did|does|do|has|had|was|is|were)\b.*\b(work(s|ed)?|stud(y|ied|ies)|employed)\b"),
    ("date", r"\bwhen\b|\bquand\b|\bhow (?:late|early)\b(?! (?:did|was|were|had)\b)|\bwhat(?: is| are| was| were|'s|s) (?:the|his|her|its|their) dates?\b|^\W*(?:the |la |les )?dates?\b|\bquel(?:le)?s? (?:est|sont|était|étaient) (?:la|les|sa|son|leur|leurs|ses) dates?\b|\bwhat (?:exact |precise |specific )?(year|date|day|time|month|period)\b|\bwhich (year|date|day|month|period)\b"
             r"|\bquel(le)? (ann[ée]e|date|jour|heure|mois|p[ée]riode|minute)\b|\b(?:what|which) minute\b|\ba quel moment\b|\bà quel moment\b|\ben quelle ann[ée]e\b"
             # opening hours asked: "what are the line's opening hours", "les horaires d'ouverture" (trial 48)
             r"|\b(?:opening|office|business) hours\b|\bhoraires\b|\b(?:l['’]|quel )horaire\b"),
    # "quel a été le score", "score à la mi-temps ?" (not "qui a ouvert le score": a who-question first).
    ("number", r"\b(?:quel(?:le)?|what|which)\b(?:\W+\w+){0,4}?\W+score\b|^\W*(?:le |the |final )?score\b"
               rf"|{_VOTE_RESULT}|{_FROM_TO}|\bwhat\b.*{_REACHED}|{_RANK}"
               # a delay: "how late did the village open" ("avec deux semaines de retard", trial 50)
               r"|\bhow (?:late|early) (?:did|was|were|had)\b"
               r"|\bhow (many|much|old|long|far|big|large|tall|high|hot|cold|fast|deep|wide|thick|heavy|loud|accurate|effective|expensive)\b|\bcombien\b|\bde cb\b|\bcb\b|\bwhat number\b"
               r"|\bquel nombre\b|\bquel (âge|age)\b|\bwhat (percentage|share|proportion|percent|fraction)\b|\bwhat %|\bquel(le)? %"
               r"|\bquel(le)? (part|pourcentage|proportion|distance|montant|somme|prix|temp[ée]rature|vitesse|taille|hauteur"
               r"|longueur|largeur|superficie|altitude|profondeur|diam[èe]tre|[ée]paisseur|poids|volume|amende|salaire|loyer"
               r"|budget|co[uû]t|indemnit[ée]|cachet|ran[çc]on|facture|dette|augmentation|hausse|baisse|r[ée]duction"
               r"|diminution|revalorisation|note|subvention|prime|allocation|plafond|maximum|minimum|tarif|cotisation)\b|\bà quelle distance\b|\ba quelle distance\b"
               r"|\bwhat (price|amount|sum)\b|\bwhat (will|does|did|do|would) .*\b(cost|weigh)\b|\bwhat(?:s|'s)?\b.*\bcost\W*$|\bwhat(?: is|'s|s| was| are| were| will| would)?(?: the| its| their)?(?:(?: [\w.-]+){1,3}['’]s)?(?: [\w-]+){0,2} (prices?|amount|number|costs?|population|percentage|share|rate|total|size|age"
               r"|turnover|revenues?|sales|profits?|loss(es)?|debts?|budget|salary|wages?|income|value|deficit|fine|efficiency|enrol(l)?ment"
               r"|fees?|rents?|bills?|premiums?|fares?|tariffs?|ransom|compensation|payout|grants?|subsidy|allowance|bonus|maximum|minimum|max|min"
               r"|capacity|speed|temperature|pressure|weight|height|length|width|depth|thickness|wingspan|diameter|altitude|volume|area"
               r"|distance|duration|attendance|score|growth"
               r"|unemployment|inflation|death toll|turnout|count|tally)\b"
               # "Quel sera le nouveau prix du ticket ?" (trial 36 read a phrase)
               r"|\b(quel(le)?s? (est|sont|était|etait|sera|seront|serait|a été|fut)|(c'est|c'était|c'etait|c est|c etait)? ?(quoi|koi))"
               r" (le|la|les|l') ?(?:(?:nouvel(?:le)?|nouveau|ancien(?:ne)?|futur(?:e)?|prochain(?:e)?|actuel(?:le)?) )?(montant|prix|nombre|somme|taux|pourcentage|part|co[uû]t|population|total|âge|age"
               r"|chiffre d'affaires|dette|b[ée]n[ée]fices?|budget|salaire|pertes?|valeur|revenus?|d[ée]ficit|amende|capacit[ée]|vitesse"
               r"|temp[ée]rature|pression|poids|hauteur|longueur|largeur|profondeur|[ée]paisseur|envergure|altitude|superficie"
               r"|surface|effectif|score|croissance|ch[ôo]mage|inflation"
               r"|dur[ée]e|distance|participation)\b"),
    # "ou" unaccented is "où" typed fast, unless it is "or": "… ou pas ?", "ou non".
    ("place", r"\bwhere\b|(^|\s|\bd['’])(où|ou(?!\s+(pas|non|bien|alors|plut[ôo]t)\b))\s|(^|\s|\bd['’])o[ùu]\W*$|\bin which (country|city|town|region)\b|\bdans quel(le)? (pays|ville|r[ée]gion)\b"
              r"|\b(which|what) (country|city|town|region|state|province|island|continent|county|district|neighbou?rhood|venue|stadium)\b"
              r"|\bquel(le)?s? (pays|ville|r[ée]gion|[ée]tat|province|[îi]le|continent|d[ée]partement|quartier|lieu|endroit|commune|stade)\b"),
    ("reason", r"\bwhy\b|\bpourquoi\b|\bfor what reason\b|\bpour quelle raison\b"),
    ("name", r"\bwho(m|se|s)?\b|^\W*(\w+\W+){0,2}?qui\b|\b(?:à|par|pour|avec|chez|contre|envers) qui\b|\b(who|qui)\s+(is|was|are|est|sont|a|ont|has|have)\b|\bcalled\b|\bnamed\b"
             r"|\bappel(l)?e\b|\bs['’]appel\w*|\bnomm[ée]e?\b|\bnicknamed\b|\bdubbed\b|\bsurnomm[ée]e?s?\b|\bbaptis[ée]e?s?\b|\bwhat is the name\b|\bquel est le nom\b|\bwhose\b|\bqui\W*$"
             r"|\b(?:the )?name of\b|\ble nom (?:du|de|des|d')"
             # "whats the governor's name", "c'est quoi son nom"
             r"|\bwhat(?:'s|s| is| was| are| were)\b[^?]*\bnames?\b|\b(?:quel est|quel était|c'est quoi|c quoi)\b[^?]*\bnoms?\b"),
]
_DESCRIBE = re.compile(r"^\s*(who|qui)(?:\s+(?:is|was|est|était|etait)|['’]?s)\s+(?!(the|a|an|le|la|les|l'|un|une)\b)"
                       r"(?![\w-]+['’]s\b)[A-ZÀ-Ý]", re.I)
# Roles held by people: a question naming one without a question word asks who holds it, and a title before a
# name ("Sheriff Kent van der Kamp") is no name (index.build: name_only).
ROLES = frozenset("""ceo executive chairman chairwoman chair president director manager spokesman spokeswoman spokesperson
analyst lawyer attorney coach mayor minister secretary governor senator founder owner boss head leader judge prosecutor
author researcher professor editor presenter captain pdg président présidente directeur directrice porte-parole analyste
avocat avocate entraîneur entraineur maire bourgmestre ministre secrétaire gouverneur sénateur sénatrice fondateur fondatrice
propriétaire patron patronne chef juge procureur procureure auteur autrice chercheur chercheuse rédacteur présentateur
présentatrice capitaine sheriff shérif commissioner commissaire inspector inspecteur superintendent prefect préfet préfète
general général colonel admiral amiral bishop évêque gouverneure councillor councilor conseiller conseillère
treasurer trésorier trésorière député députée mp lawmaker representative rep delegate délégué déléguée représentant
représentante""".split())


def is_role(word: str) -> bool:
    """Whether `word` (any case, accents as written) is one of ROLES or its plural ("Mayor", "analystes")."""
    w = word.lower()
    return w in ROLES or w[-1:] == "s" and w[:-1] in ROLES


def _names_role(text: str) -> bool:
    """Whether `text` names a role held by a person ("lawyer", "analystes"), one word at a time (linear)."""
    return any(is_role(w) for w in TOKEN.findall(text))


_CLAUSE_FIRST = re.compile(r"^\W*(?:quand|lorsqu['e]|when|if|si|once|une fois que?)\b[^,?]*,")
_WH = re.compile(r"\b(what|which|how|whats|quoi|quel|quelle|quels|quelles|comment|que|qu|koi|lequel|laquelle)\b|^\W*c['’]?est quoi", re.I)
_YES_NO = re.compile(r"^\W*(do|does|did|is|are|was|were|can|could|will|would|has|have|had|should|est-ce qu)\b", re.I)
# Number subtypes the question asks for, and what marks them in a sentence.
# "part" is French for a share, but "took part" is English for joining in; a "share price" and a price "per share" are money.
# Not "une part" nor "each share", one of them bought ("c combien une part de la coop": "une part de 50 euros", trial 47).
_ASK_PERCENT = re.compile(r"%|\bper ?cent|\bpourcentage|(?<!\btake )(?<!\btook )(?<!\btakes )(?<!\btaken )(?<!\btaking )"
                          r"(?<!\bune )(?<!\bchaque )\bpart\b"
                          r"|(?<!\bper )(?<!\beach )\bshare\b(?!\s+(?:price|capital|sale|issue|buyback))|\bproportion\b|\bfraction\b"
                          r"|\bpremium\b", re.I)  # a bid's premium over the share price: "a 34% premium"
# Figures news gives as percentages, unless the question counts ("combien de prêts à taux fixe") or asks a change
# ("de combien la participation a augmenté": percentage points): "what was turnout",
# "le taux de chômage", "inflation in may".
_ASK_RATE = re.compile(r"\bturnout\b|\bparticipation\b|\btaux\b|\binterest rates?\b|\binflation\b|\bunemployment\b"
                       r"|\bch[ôo]mage\b|\bgrowth\b|\bcroissance\b"
                       # a company's margin ("Quelle est la marge opérationnelle du studio ?": "31%", not "about 3.8"
                       # times its revenue; trial 30), not a winning margin in votes
                       r"|\b(?:operating|profit|gross|net|ebitda)\s+margins?\b"
                       r"|\bmarges?\s+(?:op[ée]rationnelles?|brutes?|nettes?|d['’]exploitation|b[ée]n[ée]ficiaires?)\b", re.I)
_ASK_AGE = re.compile(r"\bhow old\b|\bâge\b|\bage\b", re.I)
# "What was the waiting time in Stoke?", "quel était le délai d'attente": a span of time, not "38 miles" (trial 44)
_ASK_DURATION = re.compile(r"\bhow long\b|\bhow (?:late|early) (?:did|was|were|had)\b|\bcombien de temps\b|\bdur[ée]e\b|\bpendant combien\b"
                           r"|\bwait(?:ing)? times?\b|\btemps d['’]attente\b|\bd[ée]lais?\b(?:\s+\w+)?\s+d['’]attente\b", re.I)
TIME_UNIT = (r"ans|années|years?|mois|months?|jours?|days?|semaines?|weeks?|heures?|hours?|minutes?|secondes?|seconds?"
             r"|décennies|decades|siècles|centuries|saisons?|seasons?")  # singular too: "a 45-minute bus ride" (trial 49);
# a season is a span of time too: "Son contrat porte sur quatre saisons" for "How long is her contract?" (trial 58)
# Nouns of a span of time (a unit, "prison", "délai"…).
_TIME_NOUNS = rf"{TIME_UNIT}|temps|time|prison|jail|peine|sentence|retard|d[ée]lais?|cong[ée]s?|leave|sursis|wait(?:s|ing)?|attente"
_ASK_DISTANCE = re.compile(r"\bhow far\b|\bdistance\b|\bhow big\b|\bhow large\b|\bkm\b|\bkilom", re.I)
# A measure of length, area, height, speed or temperature: the answer has a unit ("6.2 km", "31,722 square
# kilometres", "187 km/h", "16C"; or is money or a percentage: "how high"), never a bare number.
# What is measured, not counted ("how much rain", "combien de pluie"): the answer has a unit ("45 mm", "6 inches").
MEASURED = re.compile(r"rain|rainfall|snow|snowfall|precipitation|pluie|pluies|pr[ée]cipitations|neige", re.I)
# An area asked ("Quelle est la surface", "what area"); "below the surface" is where, not an area ("How deep below the
# surface are the ropes?": "about 2 metres", trial 32).
# An area measured ("what is the area of the park"), not a place ("how many practices in the area", trial 49).
AREA_WORD = r"(?<!\bin the )(?<!\bin this )(?<!\bin that )(?<!\bin our )(?<!\bthe local )\barea\b|\bsuperficie\b|(?<!below the )(?<!under the )(?<!above the )(?<!sous la )\bsurface\b"
_ASK_MEASURE = re.compile(r"\bhow (?:far|tall|deep|wide|thick|high|hot|cold|fast|heavy)\b|\bweigh(?:s|ed)?\b|\btemp[ée]rature|\bvitesse\b|\bspeed\b"
                          rf"|\bweight\b|\bpoids\b(?!\s+lourds?)|\bp[eè]s(?:e|ent|ait|aient|er)\b|{AREA_WORD}"
                          r"|\bwingspan\b|\benvergure\b|\bhow loud\b|\bvolume\b|(?<!full )(?<!pleine )\bcapacit(?:y|ies|é|és)\b"
                          r"|\bquelle taille\b|\bdistance\b|\blength\b|\blongueur\b|\bheight\b"
                          r"|\bhauteur\b|\baltitude\b|\bdepth\b|\bprofondeur\b|\bwidth\b|\blargeur\b|\bthickness\b|\b[ée]paisseur\b"
                          rf"|\b(?:{MEASURED.pattern})\b", re.I)
# When what is asked was so, not a time asked: "How much profit did Berthier make last year?" asks money, which "en trois
# ans" is not (held-out 42); "Combien de visiteurs cette année ?", "le chiffre d'affaires de l'an dernier".
_TIME_SAID = re.compile(r"\b(?:last|this|next|that|the previous|the following)\s+(?:year|month|week|season)\b"
                        r"|\b(?:l['’]|cette\s+)ann[ée]e(?:\s+(?:derni[eè]re|pass[ée]e|prochaine))?\b"
                        r"|\bl['’]an(?:\s+(?:dernier|pass[ée]|prochain))?\b|\bce\s+mois(?:-ci)?\b|\bcette\s+semaine\b", re.I)
# Words of a question about time: a span of time ("deux ans") answers nothing else ("What fine was he ordered to pay?").
_ASKS_TIME = re.compile(rf"\b(?:{_TIME_NOUNS}|how late|how early|long|dur\w*|last(?:s|ed)?|ago|il y a|old|[âa]ge|p[ée]riode|period|mandat|term"
                        r"|suspen\w*)\b", re.I)
_ASK_MONEY = re.compile(r"\bhow much\b|\bco[uû]t|\bprix\b|\bprice\b|\bcost|\bpa(y|id|yé|ye)\b|\bpay[ée]?\b|\bmontant\b|\bsomme\b"
                        r"|\bmoney\b|\bargent\b|\bprofit|\bb[ée]n[ée]fice|\brevenue|\bturnover\b|\bchiffre d|\bdebt|\bdette"
                        r"|\bloan|\bpr[eê]t|\bemprunt|\bborrow|\bsalaire|\bsalary|\bfine\b|\bamende|\bstole|\bvol[ée]|\bearn|\bgagn|\bmake\b|\bmade\b"
                        r"|\bworth\b|\bvaut\b|\bvalent\b|\bvalait\b|\bvalued\b|\bvaluations?\b|\bvaloris\w*"
                        # "how big is the grant" asks money, not a size (trial 42)
                        r"|\bgrants?\b|\bsubventions?\b|\bfunding\b|\bfinancement|\bbudget|\binvestment|\binvestissement"
                        r"|\binvested\b|\binvesti\b|\bdonations?\b|\bcommissions?\b"
                        # a sale's price: "combien a été vendue la plaque", "what did the sign go for" (trial 51)
                        r"|\bvendue?s?\b|\bsold\b|\bsell\b|\bfetch(?:ed)?\b|\b(?:go|went) for\b"
                        r"|\brapport(?:e|é|ée|era|ent)\b"
                        r"|\badjug[ée]e?s?\b", re.I)
_COUNT_WORDS = r"(?:how many|combien d(?:e\s|['’])|cb de|number of|nombre d(?:e\s|['’]))"
_ASK_COUNT = re.compile(rf"\b{_COUNT_WORDS}|\bpopulation\b", re.I)  # a population is a count of people
# The noun counted, and an English noun after an adjective ("how many fake invoices did", "milk producers are").
# ("how many more hours", "how many new stores": the noun after "more", "new"; trial 47)
_COUNTED = re.compile(rf"{_COUNT_WORDS}\s*(?:(?:more|fewer|extra|additional|other|new)\s+)?([^\W\d_]+)(?:\s+([^\W\d_]+)(?=\s+(?:did|do|does|are|were|was|is|have|has|had|will"
                      r"|would|can|could)\b))?", re.I)
# Nouns whose amount is a span of time: "combien de prison" asks for "dix-huit mois".
_COUNTS_TIME = re.compile(_TIME_NOUNS, re.I)
_COUNT_OF_MONEY = re.compile(rf"{_COUNT_WORDS}\s*(?:argent|euros?|dollars?|livres?|pounds?|money|b[ée]n[ée]fices?|profits?"
                             r"|francs?|revenus?|yens?|pence|augmentation|hausse|primes?|bonus|subventions?|salaires?"
                             r"|[ée]conomies|[ée]pargne|d[ée]penses|recettes|investissements?"
                             # "combien de dommages et intérêts": "2,1 millions d'euros" (trial 55)
                             r"|dommages|indemnit[ée]s|amendes|frais)\b", re.I)
# Words that ask for an amount of money and nothing else ("how much prize money": never "29-year-old").
_ASK_PRICE = re.compile(r"\bprix\b|\bprices?\b|\bco[uû]t|\bcosts?\b|\btarifs?\b|\bfees?\b|\bmoney\b|\bargent\b"
                        r"|\bsurcharges?\b|\bfares?\b|\bsuppl[ée]ments?\b|\bprizes?\b|[$€£]"
                        r"|\bsalaires?\b|\bsalar(?:y|ies)\b|\bwages?\b|\bamendes?\b|\bearn(?:s|ed|ing)?\b|\bgagnen?t?\b"
                        r"|\bpa(?:y|ys|id|ying)\b|\bpay[ée]s?\b|\bpayer\b|\bspen(?:d|ds|t|ding)\b|\bd[ée]pens\w*"
                        r"|\bworth\b|\bvaut\b|\bvalent\b|\bvalait\b|\bbudgets?\b|\bfunding\b|\bfinancement\b"
                        r"|\binvest(?:s|ed|ing|ment|issement)?\b|\binvesti[rte]?s?\b"
                        r"|\brents?\b|\bloyers?\b|\bpremiums?\b|\bbills?\b|\bbids?\b|\bsoumissions?\b|\bcommissions?\b"
                        r"|\bdommages\b|\bdamages\b|\bindemnit[ée]s?\b|\bcompensation\b",  # "what rent": not "1,2 hectare" (held-out 40)
                        re.I)
# Nouns of a quantity: a question of keywords naming one, or a what-question whose head is one (_HEAD), asks for a number.
_QUANTITY = re.compile(r"\b(?:amount|number|population|percentage|rate|total|turnover|revenues?|sales|profits?|loss(?:es)?"
                       r"|debts?|income|deficit|estimate|toll|yield|turnout|inflation|unemployment|growth|speed|temperature"
                       r"|height|length|thickness|area|distance|duration|attendance|capacity|montant|nombre|somme|taux|pourcentage"
                       r"|chiffre d['’]affaires|dette|b[ée]n[ée]fices?|pertes?|d[ée]ficit|estimation|bilan"
                       r"|rendement|participation|ch[ôo]mage|croissance|vitesse|temp[ée]rature|hauteur|longueur|superficie"
                       r"|dur[ée]e|affluence|capacit[ée]|effectif|value|valued|valeur|valuation|valorisation|valoris[ée]e?|size|taille"
                       r"|margin|marge|[ée]cart|premium|peak|pic|record|forecast|pr[ée]vision|guidance|hausse|rating"
                       r"|baisse|increase|rise|drop|efficiency|degr[ée]s?|num[ée]ro|[âa]ge|percent|share|cpi|gdp|pib|time|temps|chrono"
                       r"|gusts?|rafales?|altitude|elevation|depth|profondeur|[ée]paisseur|weight|poids|width|largeur|d[ée]lais?"
                       r"|bids?|soumissions?"  # "what was transport belanger's bid" (trial 48)
                       # a share's price: "Quel est le cours de l'action après la chute ?" (trial 55)
                       r"|cours(?=\s+(?:de\s+l['’]action|de\s+bourse|du\s+titre))"
                       r"|tarifs?|tariffs?|droits? de douane|tax(?:es?)?)\b", re.I)  # "Quel est le tarif douanier sur le bœuf ?"
# The head of a what-question: the noun after "what's (the)", "quel a été le", "c'est quoi la", within four words
# ("whats the new full year revenue guidance", "what was his market value"), or a question's first words when it
# ends on its question word ("inflation in may was what?", "l'ancien record c'était quoi").
_HEAD = re.compile(r"\b(?:what|whats|which|quel|quelle|quels|quelles|quoi|koi)\b(?:['’]s)?"
                   r"(?:\s+(?:is|was|are|were|will be|est|sont|était|etait|étaient|a été|ont été|sera|fut))?"
                   r"(?:\s+(?:the|a|an|its|his|her|their|our|your|le|la|les|l['’]|un|une|son|sa|ses|leur|leurs|ce|cette)\b)?"
                   r"((?:\s*[\w'’%-]+){1,4})", re.I)
_TRAILING_WH = re.compile(r"\b(?:what|quoi|koi|combien)\W*$", re.I)
# A rise of a price or a pay may be a percentage ("what pay rise is the union asking for": "9.5%").
_ASK_RISE = re.compile(r"\b(?:rises?|raises?|increases?|hikes?|hausses?|augmentations?|revalorisations?)\b", re.I)
_ASK_YEAR = re.compile(r"\b(?:what|which) year\b|\bquelle ann[ée]e\b|\bin what year\b", re.I)
_ASK_NOW = re.compile(rf"\bnow\b|\bmaintenant\b|\bactuel|\bcurrent|\btoday\b|\baujourd|{_REACHED}", re.I)
# "By how much did it fall", "de combien a-t-elle réduit": the size of a change, not the value it reached.
_ASK_CHANGE = re.compile(r"\bby how (?:much|many)\b|\bde (?:combien|cb)\b"
                         r"|\bquel(?:le)?s? (?:augmentation|hausse|baisse|r[ée]duction|diminution|revalorisation)\b"
                         r"|\bhow much (?:did|does|do|has|have|had|will|would)\b.*\b(?:fall|fell|fallen|rise|rose|risen|drop|dropped"
                         r"|increase|increased|decrease|decreased|grow|grew|grown|climb|climbed|decline|declined|jump|jumped"
                         r"|go (?:up|down)|gone (?:up|down)|shrink|shrank|shrunk)\b"
                         r"|\bhow much (?:is|are|was|were)\b.*\b(?:going|gone|go|went) (?:up|down)\b", re.I)
# A match's score, the noun: "the final score", "le score à la mi-temps"; not "how many goals did he score".
_ASK_SCORE = re.compile(r"\b(?:the|a|final|half[- ]?time|full[- ]?time|le|un|quel|what|match)\s+score\b"
                        r"|\bscore\s+(?:final|à la mi-temps|at half[- ]?time|du match|of the)\b|^\W*score\b"
                        r"|\bcombien\b.*\bà la mi-temps\b"  # "c'était combien à la mi-temps" (a score)
                        rf"|{_VOTE_RESULT}", re.I)
# The words of a question asking for the score of the match or the result of the vote, and nothing else
# (index.rank.ordered, index.abstain.answers).
SCORE_WORDS = re.compile(r"score|final|finale|match|game|result|résultat|resultat|outcome|issue|vote|scrutin|tally"
                         r"|rencontre|partie|délibération|deliberation", re.I)
# A question asking when or where the article's event took place and nothing else ("Quand le match a-t-il eu lieu ?",
# "where was the game played", "Quand a eu lieu l'incendie ?"): the event's nouns, and the words of its taking place.
EVENT_NOUNS = re.compile(r"match|game|rencontre|partie|final|finale|race|course|event|événement|evenement|incident"
                         r"|accident|crash|collision|explosion|fire|blaze|incendie|attack|attaque|attentat|ceremony"
                         r"|cérémonie|ceremonie|concert|festival|meeting|réunion|reunion|conference|conférence"
                         r"|trial|procès|proces|hearing|vote|scrutin|election|élection|strike|grève|greve|protest"
                         r"|manifestation|demonstration|flood|inondation|storm|tempête|tempete", re.I)
TAKING_PLACE = re.compile(r"happen(?:ed)?|occur(?:red)?|take|took|taken|place|lieu|held|hold|played|joué|jouée|joue"
                          r"|déroulé|déroulée|deroule|deroulee|tenu|tenue", re.I)
_ASK_RANK = re.compile(_RANK, re.I)
# Questions asking for the doer of a verb ("qui a été élu maire", "who won the race"), not a copula's ("who is the
# mayor"): index.spans looks for the answer before the question's words, index.rank reads no role asked.
SUBJECT_QUESTION = re.compile(r"^\W*(?:who|qui)\s+(?!(?:is|was|are|were|est|était|etait|sont|étaient|etaient)\b"
                              r"(?!\s+\w+ing\b))\w", re.I)  # "who is buying Glen Oat": the subject (trial 38)
_KIND_ROLE = re.compile(r"\b(?:which|what|quel|quelle|quels|quelles)\s+([^\W\d_][\w-]*)(?:\s+([^\W\d_][\w-]*))?")
_KIND_NOUN = re.compile(r"\b(?:which|what|quel|quelle|quels|quelles)\s+([^\W\d_]+)")
# The noun a name is asked for: "whats the river called", "what is the name of the fire", "comment s'appelle le lac".
_CALLED_NOUN = re.compile(r"\b(?:the|this|that|le|la|l['’]|ce|cette)\s*([^\W\d_]+)\s+(?:is\s+|was\s+)?(?:called|named)\b"
                        r"|\bname of (?:the|this|that)\s+([^\W\d_]+)|\bappel(?:l)?e(?:-t-(?:il|elle))?\s+(?:le|la|l['’]|ce|cette)\s*([^\W\d_]+)")


def _only_names(text: str, known: set[str] | frozenset[str]) -> bool:
    """Whether every word of `text` other than stop words is a name: capitalised, or in `known`."""
    return all(w[0].isupper() or fold_accents(w.lower()) in known or is_stop(w) for w in TOKEN.findall(text))


# Questions asking what someone does or is: "what's Karim Haddad's role", "elle fait quoi dans la vie", "faisait quoi
# avant", "quel est le métier de", "what does X do". Their own words ("role", "métier") are answered by the role
# next to the name, not written in the sentence (index.abstain leaves them out of the words it looks for).
ROLE_ASKED = re.compile(r"\b(?:role|job|occupation|profession|position|title|r[ôo]le|m[ée]tier|poste|fonction|boulot"
                        r"|do for a living|fait quoi|faisait quoi|fais quoi|what (?:does|did) [\w' -]+ do)\b", re.I)
_ASKING = re.compile(r"\b(?:what|what's|whats|quel|quelle|quoi|est|is|was|did|does|do|dans la vie|for a living|before"
                     r"|avant|now|maintenant|exactly|exactement|il|elle|he|she|they|ils|elles)\b|\W+", re.I)
_DESCRIBE_CHAT = re.compile(r"^\W*(?:c['’]?est|c)\s+(?:qui|quoi)\s+", re.I)


def described(question: str, known: set[str] | frozenset[str] = frozenset()) -> bool:
    """Whether the question asks who or what a named person or body is, or what they do: "Who is Kevin
    Mayer?", "c'est quoi Febelfin ?", "what's Karim Haddad's role?", "élodie marchand elle fait quoi dans
    la vie" (ROLE_ASKED, with a name of `known` in it). Not "who is the mayor", "c'est qui le town
    manager", "who is bates lawyer": those ask for a name (a role word or another word than names).

    known: the article's names, accent-folded lower case (index.build.Index.names)."""
    m = _DESCRIBE.match(question) or _DESCRIBE_CHAT.match(question)
    if m:
        named = re.split(r"[,?.!;:]", question[m.end() - (1 if m.re is _DESCRIBE else 0):])[0]
        return bool(TOKEN.search(named)) and not _names_role(named) and _only_names(named, known)
    rest = _ASKING.sub(" ", ROLE_ASKED.sub(" ", question))  # "what's bates first job at leeds" asks for a task
    return bool(ROLE_ASKED.search(question)) and _only_names(rest, known) \
        and any(fold_accents(w.lower()) in known for w in TOKEN.findall(question))


# A question asking a quantity first: a "when"/"quand" after it opens a clause ("quel âge avait-il quand il est mort").
_QUANTITY_FIRST = re.compile(r"\W*(?:how (?:old|many|much)|what age|quel âge|quel age|combien)\b")
# Another question word first, then "when" opening a clause, and no word of time asked ("what year", "quel jour").
_WH_THEN_WHEN = re.compile(r"\W*(?:what|who|whom|where|which|why|qui|que|qu'|quoi|o[uù]|pourquoi)\b"
                           r"(?!.*\b(?:years?|dates?|days?|times?|months?|period|ann[ée]es?|jours?|mois|heures?|p[ée]riode)\b)"
                           r".*\b(?:when|quand|lorsqu'|lorsque)")
# A what-question ending in "for" asks a purpose ("what was the grant for", "what is the money for").
_PURPOSE = re.compile(r"\W*what(?:'s|s)?\b(?!.*\b(?:how|combien)\b).*\bfor\W*$")
# Any question asking a purpose: "what will the Met Office use the satellite for", "what is it used for", "à quoi
# servira la subvention", "pour quoi faire".
_ASK_PURPOSE = re.compile(rf"{_PURPOSE.pattern}|\b(?:used|use|utilis[ée]e?s?) (?:for|pour)\b|\bà quoi (?:ser[tv]\w*|va servir)"
                          r"|\ba quoi ser[tv]\w*|\bpour quoi faire\b|\bdans quel but\b|\bfor what purpose\b", re.I)


_ASK_NATIONALITY = re.compile(r"\bnationalit(?:y|ies|é|és|e)\b", re.I)


def nationality_asked(question: str) -> bool:
    """Whether `question` asks someone's nationality ("Quelle est la nationalité de Kovalenko ?", "what nationality
    is gabin mouret?"): answered by an adjective or noun of nationality (index.spans.nationalities)."""
    return bool(_ASK_NATIONALITY.search(question))


# How often something happens: "how often do the shuttle buses run", "à quelle fréquence", "tous les combien".
_ASK_FREQUENCY = re.compile(r"\bhow often\b|\b[àa] quelle fr[ée]quence\b|\btous les combien\b|\btoutes les combien\b", re.I)


def frequency_asked(question: str) -> bool:
    """Whether `question` asks how often something happens (_ASK_FREQUENCY)."""
    return bool(_ASK_FREQUENCY.search(question))


def purpose_asked(question: str) -> bool:
    """Whether `question` asks what something is for (_ASK_PURPOSE): "what will the Met Office use the satellite
    for", "à quoi servira la subvention"."""
    return bool(_ASK_PURPOSE.search(question))


# What someone pays, charges, earns or spends, asked with "what": an amount ("what do poor families pay per meal"); not
# "what did they pay for", the thing bought.
_PAID = re.compile(r"\bwhat (?:do|does|did|will|would|should|must|can) (?:[\w'-]+ ){1,4}(?:pay|charge|earn|spend)\b"
                   r"(?!.*\b(?:for|on)\W*$)")
# A sale's price or an estimate asked: "what did the Chocolat Menier sign go for", "what was the michelin sign
# estimated at" (trial 51), "what did the painting fetch". Not what money goes to ("what will the grant go for": its
# purpose).
_SOLD_FOR = re.compile(r"^\W*what (?:did|does|will|would|could|might)\b"
                       r"(?!.*\b(?:money|funds?|cash|grants?|budget|donations?|proceeds|profits?)\b)"
                       r".*\b(?:(?:go|sell) for|fetch)\W*$"
                       r"|^\W*what (?:is|was|are|were|'s)\b.*\b(?:estimated|valued|priced) at\W*$")


def expected_type(question: str, known: set[str] | frozenset[str] = frozenset()) -> str | None:
    """The answer type a question asks for: "org", "date", "number", "place",
    "reason", "name", "phrase" (another wh-question: what, which, how / quoi,
    quel, comment) or None (a description of a named person, a yes/no
    question, or keywords only). A what-question whose head names a quantity
    asks for a number ("Quel a été le bénéfice net …", "inflation in may was
    what?"); a clause of time or condition before the question word is skipped
    ("Quand on croise …, quelle part des larves …" asks for a number).

    known: the article's names, accent-folded lower case (index.build.Index.names): "who is kevin
    mayer" typed in lower case asks for a description of him, "who was nantes top scorer" for a name."""
    describe = _DESCRIBE.match(question)
    if describe:
        named = re.split(r"[,?.!;:]", question[describe.end() - 1:])[0]
        if not _names_role(named) and _only_names(named, known):
            return None  # "Who is Kevin Mayer?"; "who is bates lawyer" asks for a name
    q = question.lower().replace("’", "'")
    # "Quand on croise les mutants avec des papillons normaux, quelle part des larves est malformée ?": a clause of
    # time or condition first; the question word after it asks.
    clause = _CLAUSE_FIRST.match(q)
    if clause and _WH.search(q[clause.end():]):
        q = q[clause.end():]
    for kind, pattern in _TYPES:
        if kind == "date" and (_QUANTITY_FIRST.match(q) or _WH_THEN_WHEN.match(q)):
            # "how old was her husband when he died": an age, "when" opens a clause (trial 27: a date); "What were
            # police investigating when they found it?": what, not when (trial 44)
            continue
        if kind == "number" and _PURPOSE.match(q):
            continue  # "what was the grant for": its purpose, not its amount
        if re.search(pattern, q):
            return kind
    if _YES_NO.match(q):
        return None
    if _WH.search(q):
        role = _KIND_ROLE.search(q)  # "quelle vice-gouverneure a voté contre", "which analyst said": a person
        if role and not is_stop(role.group(1)) and any(w and is_role(w.split("-")[-1]) for w in role.groups()):
            return "name"
        head = _HEAD.search(q)
        heads = [head.group(1)] if head else []
        if _TRAILING_WH.search(q):
            heads.append(" ".join(q.split()[:3]))
        weather = re.search(r"\bquel temps\b", q)  # "il faisait quel temps": the weather
        if re.search(r"\bwhat(?:'s| is| was| are| were| will)\b.*\bworth\b", q) or _PAID.search(q) or _SOLD_FOR.search(q):
            # "What is the contract worth each year?": "£640,000 a year" (trial 41); "what do poor families pay per
            # meal": "un euro" (trial 46), not what they pay for
            return "number"
        return "number" if not weather and any(_QUANTITY.search(h) for h in heads) else "phrase"
    # Keywords only: a role asks for a person ("analyste bnp paribas ?"), a price or another quantity for a number
    # ("q3 net income?", "damage estimate?", "vitesse max des rames ?").
    # A quantity first ("montant du fonds annoncé par le ministre ?") asks for it, not for the role named after; so
    # do a count, an amount of money, a share or a measure ("nb de licences", "% ventes en ligne", "subvention
    # région"), a time ("debut travaux", "heure réunion"), a name ("nom du maire") or a firm ("prestataire ?") first.
    # Else the first such word further on ("licences taxis nb", "travaux pont debut").
    if _QUANTITY.match(q.strip()) or _ASK_PRICE.match(q.strip()):
        return "number"
    first = _keyword_kind(q, anywhere=False)
    if first:
        return first
    return "name" if _names_role(q) else "number" if _ASK_PRICE.search(q) or _QUANTITY.search(q) \
        else _keyword_kind(q, anywhere=True)


def _keyword_kind(question: str, anywhere: bool) -> str | None:
    """The answer type ("number", "date", "name", "org") that a word of a question of keywords asks (_KEYWORDS): its
    first word, or with `anywhere` the first word that asks one, else the first naming a side (_SIDE), in a question
    of at most KEYWORDS_AT_MOST words (a pasted passage is no question of keywords); None when none does."""
    starts = [m.start() for m in re.finditer(r"[^\W_]+|%", question)]
    read = starts if anywhere and len(starts) <= KEYWORDS_AT_MOST else starts[:1]
    for table in (_KEYWORDS, (_SIDE,) if anywhere else ()):  # a side last: "club house opening" asks a date
        for start in read:
            for kind, pattern in table:
                if pattern.match(question, start):
                    return kind
    return None


KEYWORDS_AT_MOST = 8  # words of a question of keywords read past its first (`_keyword_kind`)
# The words of a question of keywords asking a number (a count, a share, money, a measure), a date, a name or an
# organisation (`expected_type`, `_keyword_kind`).
_KEYWORDS = (
    # (besides _QUANTITY's and _ASK_PRICE's words, which expected_type reads first: "nombre", "coût", "distance")
    ("number", re.compile(r"%|(?:nb|nbr|nbre|parts?|proportion|surface|subventions?|grants?|[ée]conomies?|savings?"
                          r"|fines?|loyers?|rents?|frais|effectifs?|capacit[ée]s|dimensions?|km|kms|chiffres?|max"
                          r"|maximum|min|minimum|avance|[ée]carts?|gap|margin|marge)\b", re.I)),
    ("date", re.compile(r"(?:dates?|jours?|day|heures?|horaires?|hours?|d[ée]but|start|fin|end|ouverture|opening"
                        r"|fermeture|closing|ann[ée]e|year|mois|month|deadline|[ée]ch[ée]ance)\b", re.I)),
    ("name", re.compile(r"(?:noms?|names?|pr[ée]nom)\b", re.I)),
    ("org", re.compile(r"(?:entreprise|soci[ée]t[ée]|compagnie|company|firm|prestataire|provider|contractor"
                       r"|op[ée]rateur|operator|fabricant|manufacturer|fournisseur|supplier)\b", re.I)))
# A side ("marchal team", "connie mack party?"), read past the first word only: "club president", "team manager name" ask
# for a person (a role, which expected_type reads before).
_SIDE = ("org", re.compile(r"(?:[ée]quipe|team|club|partis?|party)\b", re.I))


def asked_kind(question: str) -> str | None:
    """The noun a which-question asks for, accent-folded lower case ("firm" in
    "which firm is Mike Powell with", "societe" in "quelle société", "river" in
    "whats the river called", "lac" in "comment s'appelle le lac", "ouvreur" in "c'est qui l'ouvreur"), or None:
    the answer fills it, so the sentence need not say it. A name written capitalised there is not the noun: the word
    after it is ("farmer" in "What is the name of the Chassagne farmer?", trial 46), or there is none."""
    q = question.lower()
    m = _CALLED_NOUN.search(q) or _KIND_NOUN.search(q)
    if m is None and (m := _WHO_NOUN.search(q)) and is_role(m.group(1)):
        return None  # "who is the mayor": a role, whose holder index.rank.holds_role finds
    if m is None:
        return None
    group = next(g for g in range(1, len(m.groups()) + 1) if m.group(g))
    if len(q) == len(question) and question[m.start(group)].isupper() and m.start(group) > 0:
        after = re.match(r"\s+([^\W\d_]+)", question[m.end(group):])
        return fold_accents(after.group(1)) if after and after.group(1).islower() and not is_stop(after.group(1)) else None
    return fold_accents(m.group(group))


# "C'est qui l'ouvreur de Montluçon ?": the person the noun introduces ("l'ouvreur Romain Peyrot"; trial 28 gave the
# other name of the sentence, "le demi de mêlée montluçonnais Kévin Aubert").
_WHO_NOUN = re.compile(r"^\W*(?:who(?:['’]s|\s+is|\s+was)|qui\s+(?:est|était|etait)|c['’](?:est|était|etait)\s+qui)\s+"
                       r"(?:the|le|la|l['’])\s*([^\W\d_]+)(?=\s*(?:\?|$|of\b|at\b|for\b|in\b|de\b|du\b|des\b|d['’]))")


# The words a question asks a name with ("what is the name of the storm", "comment s'appelle le maire"): no word the
# sentence giving the name need hold ("Le maire de Quimperlé, Yannick Moysan, …"; trial 24).
_NAMING = re.compile(r"names?|noms?|called|named|s?appel\w*", re.I)


def naming_word(word: str, question: str) -> bool:
    """Whether `word` (lower case, as written in `question`) is one `question` asks a name with: "name" in "What is
    the name of the storm?", "appelle" in "Comment s'appelle le maire ?" (not "named" in "who was named CEO")."""
    return bool(_NAMING.fullmatch(word) and _CALLED_NOUN.search(question.lower()))


def counted_noun(question: str) -> str | None:
    """The noun a count asks about, lower case ("reactors" in "how many reactors
    were hit", "clients" in "combien de clients"), or None: no count, a count of
    money ("combien d'euros") or of time ("combien de mois"), a count of times ("how many times did sewage
    flow": the sentence counts spills, "212 discharges"), or a stop word. "combien de monde" counts "personnes"."""
    asks = number_asked(question)
    m = _COUNTED.search(question)
    if not m or not asks.count or not asks.counts_time or is_stop(m.group(1)) \
            or m.group(1).lower() in ("times", "occasions", "fois"):
        return None
    # "combien de monde": people, whatever the sentence calls them ("plus de 1 800 visiteurs", trial 46)
    return "personnes" if m.group(1).lower() == "monde" else m.group(1).lower()


def counted_words(question: str) -> tuple[str, ...]:
    """`counted_noun` and, in English, the word after it before an auxiliary, lower case: the noun may
    come second ("how many fake invoices did he approve" counts invoices). () when nothing is counted."""
    noun = counted_noun(question)
    if noun is None:
        return ()
    after = _COUNTED.search(question).group(2)
    return (noun,) + ((after.lower(),) if after and not is_stop(after) else ())


# The thing whose name is asked: "what's the name of the fire expert", "Quel est le nom de l'architecte du nouveau
# pont ?", "Comment s'appelle la monnaie locale ?", "what's the new unit called": its words up to a clause or a
# preposition ("the collector who bought it", "the printing company in Rennes").
_NAMED_THING = re.compile(r"\b(?:name of|nom d[eu]s?|nom de la|nom de l['’])\s+(?:the |this |that |its |le |la |les |l['’]|ce |cette )?"
                          r"(?P<a>[^\W\d_]+(?:[ -][^\W\d_]+){0,3})"
                          r"|\bappel(?:l)?e(?:nt)?(?:-t-(?:il|elle)s?)?\s+(?:le |la |les |l['’]|ce |cette )(?P<b>[^\W\d_]+(?:[ -][^\W\d_]+){0,3})"
                          r"|\b(?:the|this|that|le|la|l['’])\s*(?P<c>[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?)\s+(?:is\s+|was\s+|will\s+be\s+)?"
                          r"(?:called|named)\b"
                          # "Who was the doctor on the helicopter?": the person the noun names
                          r"|^\W*(?:who(?:['’]s|\s+is|\s+was|\s+were|\s+are)|qui\s+(?:est|était|etait|sont|étaient)"
                          r"|c['’](?:est|était|etait)\s+qui)\s+(?:the|le|la|les|l['’])\s*(?P<d>[^\W\d_]+(?:[ -][^\W\d_]+){0,3})", re.I)
_THING_END = re.compile(r"who|whom|that|which|where|when|in|at|on|for|from|with|by|qui|que|dont|où|à|au|aux|dans|pour|avec"
                        r"|par|sur|is|was|are|were|will|has|had|de|du|des|d|of", re.I)


def name_asked(question: str) -> bool:
    """Whether `question` asks a thing's or a person's name in so many words (_NAMED_THING's "name of", "s'appelle",
    "called" forms: "what's the name of the association", "comment s'appelle l'association"), not "who is the deputy
    mayor", which a role's holder answers."""
    m = _NAMED_THING.search(question)
    return m is not None and m.lastgroup != "d"


def named_thing(question: str) -> tuple[str, ...]:
    """The lower-case words of the thing or the person whose name `question` asks (_NAMED_THING), up to a clause or a
    preposition: ("fire", "expert") for "what's the name of the fire expert?", ("architecte",) for "Quel est le nom de
    l'architecte du nouveau pont ?", ("printing", "company") for "What is the name of the printing company in Rennes?",
    ("doctor",) for "Who was the doctor on the helicopter?"; () when no name is asked of a thing or a person."""
    m = _NAMED_THING.search(question)
    if m is None:
        return ()
    out = []
    for w in re.findall(r"[^\W\d_]+", m.group(m.lastgroup)):
        if _THING_END.fullmatch(w):
            break
        out.append(w.lower())
    return tuple(out)


# The thing whose price is asked: "how much will a ticket cost", "combien coûte le billet", "le prix du billet".
# An adjective before the noun priced is not what is priced: "combien coûte le nouveau pont" prices "pont", "the
# monthly price of the cheapest package" prices "package" (trial 34).
_PRICED_ADJECTIVE = (r"(?:(?:new|old|nouveau|nouvel|nouvelle|ancien|ancienne|grand|grande|petit|petite|futur|future"
                     r"|cheapest|cheaper|cheap|dearest|priciest|most expensive|basic|standard|monthly|annual|yearly|weekly"
                     r"|daily|single|adult|average|typical)\s+)?")
_PRICED = re.compile(r"\bhow much (?:does|did|do|will|would|is|was|are|were|could|should) (?:a |an |the |one |each )?"
                     rf"{_PRICED_ADJECTIVE}([^\W\d_]+)"
                     r"(?: ([^\W\d_]+))? cost\b|\bco[uû]t(?:e|ent|ait|aient|era|eront|é|ée|és|ées)(?:-t-(?:il|elle))? "
                     # "un aller-retour", "le transport d'un vélo": a hyphenated noun, and the noun it is of
                     rf"(?:le |la |les |l['’]|un |une |chaque )?{_PRICED_ADJECTIVE}([^\W\d_]+(?:-[^\W\d_]+)*)"
                     r"(?: (?:d['’]une? |de la |du |des |de )([^\W\d_]+))?|\bprix (?:du |de la |de l['’]|des |d['’]un |d['’]une |d['’](?=[^\W\d_]))"
                     rf"{_PRICED_ADJECTIVE}([^\W\d_]+)|\bprice of (?:a |an |the )?{_PRICED_ADJECTIVE}([^\W\d_]+)", re.I)


def priced_words(question: str) -> tuple[str, ...]:
    """The noun whose price `question` asks, lower case, with an English noun after it before "cost"
    ("ticket" in "how much will a ticket cost", "billet" in "combien coûte le billet"), or () when it asks none."""
    m = _PRICED.search(question)
    return tuple(w.lower() for w in m.groups() if w and not is_stop(w)) if m else ()


# A firm's or a person's money asked by its name: a revenue, a profit, a debt, a budget, a salary, a valuation (the
# words of index/lexicon.en-fr.txt's groups for them).
_FINANCIAL = re.compile(r"\b(salary|salaries|salaire|wages?|r[ée]mun[ée]ration|revenues?|turnover|chiffre(?= d['’]affaires)"
                        r"|recettes|profits?|b[ée]n[ée]fices?|earnings|debts?|dettes?|budget|valuation|valorisation)\b", re.I)


def financial_words(question: str) -> tuple[str, ...]:
    """The words naming the money `question` asks about, lower case: ("revenue",) for "How much revenue does
    Aerolume make?", ("chiffre",) for "Quel est le chiffre d'affaires de la coopérative ?", () when it names none."""
    return tuple(m.group(1).lower() for m in _FINANCIAL.finditer(question))


@dataclass(frozen=True)
class NumberAsked:
    """What a question asks of a number or a date, each a bool (read by index.candidates.fits, to drop
    spans that cannot fit, and by index.spans' bonuses, to prefer the kind asked)."""

    year: bool
    duration: bool
    percent: bool
    price: bool
    unit_price: bool  # the price of one item ("how much does a pint cost", "combien coûte une place", "share price")
    rise: bool  # a rise or a raise ("pay rise", "augmentation de salaire"): of a price, money or a percentage
    count: bool  # a count of things, not of money ("combien d'euros")
    counts_time: bool  # a count of anything but time ("how many butterflies", "the population")
    age: bool
    distance: bool
    money: bool
    now: bool  # the value now ("how much debt does leeds have now")
    change: bool  # the size of a change ("by how much", "de combien")
    score: bool  # a match's score ("what was the final score", "le score final")
    rank: bool  # a rank ("à quelle place", "what's her world ranking"): an ordinal, "sixième place", "38th"
    measure: bool  # a length or an area ("quelle est la longueur", "how far")
    how_long: bool  # "how long" without a verb of time (_HOW_LONG): a span of time or a length may answer
    time: bool  # any span of time may answer (words of time: "how long", "combien de prison", "how old")
    from_to: bool  # a change from one value to the next ("passé de combien à combien"), or a span of time ("de quand à quand")


# The price of one item: an indefinite article after the verb of cost or "price of", "each" or "per" but of a period
# ("each year" asks a yearly sum) or of a group ("each of"), "par personne", a share's price: "How much does a pint cost in the taproom?", "Combien coûte
# une place ?", "What is Frostvale's share price?", "How much redundancy pay will each worker get?".
_PERIOD = r"(?:year|month|week|day|annum|ann[ée]e|mois|semaine|jour)s?\b"
_UNIT_PRICED = re.compile(r"\bhow much (?:does|did|do|will|would|is|was|are|were|could|should) (?:a|an|one)\b"
                          rf"|\b(?:price|cost) (?:of|for) (?:a|an|one)\b|\b(?:each|per|chaque) (?!{_PERIOD}|of\b)|\bpar (?:personne|t[êe]te|kilo|kg|litre|unit[ée]|adulte|enfant)\b"
                          r"|\bco[uû]t(?:e|ent|ait|aient|era|eront)(?:-t-(?:il|elle))? (?:un|une)\b|\bprix (?:d['’]une?\b|unitaire)"
                          r"|\bshare price\b|\bcours de l['’]action\b", re.I)


# "How long" may ask a length ("how long is the bridge"), not with a verb of time ("how long will repairs take").
_HOW_LONG = re.compile(r"\bhow long\b(?!.*\b(?:take|takes|took|taken|last|lasts|lasted|wait|spend|spent|stay|stayed|remain"
                       r"|remained|been)\b)", re.I)


# "à distance", "remotely": how, not how far (held-out 40's "Quelle part des ventes se fait à distance ?").
_REMOTELY = re.compile(r"(?<!quelle )\b(?:à|a) distance\b", re.I)


@lru_cache(maxsize=256)
def number_asked(question: str) -> NumberAsked:
    """What `question` asks of a number or a date (`NumberAsked`), from its words in English and French.
    Cached: it is read once per question however many spans are tried."""
    question = _REMOTELY.sub(" ", question)  # "Quelle part des ventes se fait à distance ?" asks no distance
    counted = _COUNTED.search(question)
    measured = bool(counted and MEASURED.fullmatch(counted.group(1)))  # "combien de pluie": a measure, no count
    duration = bool(_ASK_DURATION.search(question))
    count = bool(_ASK_COUNT.search(question)) and not _COUNT_OF_MONEY.search(question) and not measured
    from_to = bool(_ASK_FROM_TO.search(question) or _ASK_SPAN.search(question))
    change = bool(_ASK_CHANGE.search(question)) and not from_to  # "de combien la participation a augmenté": "6 points"
    return NumberAsked(year=bool(_ASK_YEAR.search(question)), duration=duration,
                 percent=bool(_ASK_PERCENT.search(question) or not count and not change and _ASK_RATE.search(question)),
                 price=bool(_ASK_PRICE.search(question)),
                 unit_price=bool(_UNIT_PRICED.search(question)) and bool(_ASK_MONEY.search(question)), rise=bool(_ASK_RISE.search(question)), count=count,
                 counts_time=bool(_ASK_COUNT.search(question)) and not duration
                 and not measured and not (counted and _COUNTS_TIME.fullmatch(counted.group(1))),
                 age=bool(_ASK_AGE.search(question)), distance=bool(_ASK_DISTANCE.search(question)),
                 money=bool(_ASK_MONEY.search(question)), now=bool(_ASK_NOW.search(question)),
                 change=change, score=bool(_ASK_SCORE.search(question)), rank=bool(_ASK_RANK.search(question)),
                 # "le montant de l'amende pour excès de vitesse": money, not a speed (held-out 42)
                 measure=bool(_ASK_MEASURE.search(question)) and not _ASK_PRICE.search(question), how_long=bool(_HOW_LONG.search(question)),
                 time=bool(_ASKS_TIME.search(_TIME_SAID.sub(" ", question))),
                 from_to=from_to)


# Events a date is asked for, each with the words (both languages) that ask it and the words of a sentence that may date
# it: "When was the cooperative founded?" over "Martine Oddou, présidente de la coopérative depuis mars 2021" (trial 32)
# and "Quand Marc Etcheverry est-il né ?" over "avait épousé en 1970 le photographe Marc Etcheverry" (trial 27) date
# something else.
_EVENTS = tuple((re.compile(asked, re.I), re.compile(dated, re.I)) for asked, dated in (
    (r"\b(?:found(?:ed|ing)?|fond[ée]e?s?|fondation|cr[ée]{2}e?s?|cr[ée]ation|created?|establish\w*|set up)\b",
     r"\b(?:found\w*|fond[ée]\w*|fondat\w*|cr[ée]{2}\w*|cr[ée]ation|creat\w*|establish\w*|set up|launch\w*|lanc[ée]\w*"
     r"|start(?:s|ed)?|d[ée]but\w*|formed|since its|depuis (?:sa|son))\b"),
    # A launch, told in many ways ("When was the Amsterdam route launched?" over "was dropped in November 2025",
    # trial 35).
    (r"\b(?:launch(?:ed|es|ing)?|lanc[ée]e?s?|lancement)\b",
     r"\b(?:launch\w*|lanc\w*|start\w*|began|begin\w*|begun|d[ée]but\w*|d[ée]marr\w*|commenc\w*|open\w*|ouv\w*"
     r"|inaugur\w*|introduc\w*|unveil\w*|d[ée]voil\w*|roll\w*|went live|premi\w*|first|new|nouv\w*|since|depuis"
     r"|cr[ée]{2}\w*|creat\w*|found\w*|fond[ée]\w*|set up|mis\w* en)\b"),
    # "born" in lower case: "Who is the spokesperson of Born Free?" asks no birth (trial 36).
    (r"\b(?:(?-i:born)|birth|n[ée]e?s?|naissance)\b", r"\b(?:born|birth|n[ée]e?s?|naissance)\b|\(\s*\d{4}\s*[-–]"),
    (r"\b(?:built|build|constru\w*|b[âa]ti\w*)\b",
     r"\b(?:built|build\w*|constru\w*|b[âa]ti\w*|erect\w*|[ée]difi\w*|dat(?:e|es|ing|ant|é)\b|open\w*|ouv\w*|inaugur\w*)"),
    (r"\b(?:clos(?:e|ed|es|ing|ure)|shut\w*|ferm(?:e|é|ée|és|ées|er|era|eront|eture))\b",
     r"\b(?:clos\w*|shut\w*|ferm\w*|end(?:s|ed)?|halt\w*|ceas\w*|stopp\w*|arr[êe]t\w*)\b"),
    (r"\b(?:died|die|death|mort|d[ée]c[ée]d\w*|d[ée]c[eè]s)\b",
     r"\b(?:died|dies|death|dead|mort\w*|d[ée]c[ée]d\w*|d[ée]c[eè]s|killed|tu[ée]e?s?)\b"),
))


def event_asked(question: str) -> bool:
    """Whether `question` asks about a founding, a launch, a birth, a building, a closing or a death (_EVENTS)."""
    return any(asked.search(question) for asked, _ in _EVENTS)


def event_worded(question: str, sentence: str) -> bool:
    """Whether `sentence` words the event `question` asks about (_EVENTS: a founding, a launch, a birth, a building, a closing,
    a death), or the question asks about none of them."""
    return all(dated.search(sentence) for asked, dated in _EVENTS if asked.search(question))
