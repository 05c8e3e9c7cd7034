"""Follow-up questions in a conversation (`article-bot chat`).

"how old is she?" after "who is the CEO?" (answered "Fiona Maddox") asks about
Fiona Maddox: a question with a third-person pronoun ("she", "his", "elle",
"a-t-il"; in French also the possessives "sa", "son", "ses") and no name of the article gets the person it most
likely refers to added after it, in parentheses, so that ranking and the short answer see the
name: "how old is she? (Fiona Maddox)". The person is, in this order: the same pronoun as in the previous
question, its person again; the previous short answer when it was a person's name; the person the previous
question named as typed ("What does Marc Jaouen do?", then
"where is his shop?" or "Où se trouve sa boucherie ?": Marc Jaouen), not a name after a preposition or a
determiner ("qui est le gardien de Leicester ?", "who owns the gallery?") nor one in the possessive of a
who-question ("who is René Vachet's daughter?" asks about her), nor a place or a body (`_is_person`);
after a who-question answered with no name, there is none ("who is the goalkeeper?" then "how old
is he?": not the team's name); else the names of the previous question, but not a place or a body answered to it
("who did he replace? (Owen Maguire)" answered "Kestrel Bay": "where did she go?" is about Owen Maguire, the
last person answered). "it" is left alone (a company, a plan, a
date…), and so is the French impersonal "il" ("il y a", "il faut", "il reste").
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from .analysis import TOKEN, detect_language, fold_accents, is_stop
from .candidates import BODY_KINDS, CALENDAR, CLUB, INSTITUTION
from .errors import QuestionError
from .model import Answer
from .spans import AGE_SET_OFF

_PRONOUN = re.compile(r"(?:\b(?:he|she|him|her|his|hers|they|them|their|elle|elles|ils|lui|leur|leurs|eux)\b"
                      r"|\bil\b(?!\s+(?:y\b|faut|reste|s['’]agit|semble|para[iî]t))|-t-(?:il|elle)s?\b)", re.I)
# French possessives ("Où se trouve sa boucherie ?"), read in a French question only: "son" is an English word too.
_POSSESSIVE_FR = re.compile(r"\b(?:sa|son|ses)\b", re.I)
# Before a name that is no person asked about: a preposition ("the goalkeeper of Leicester", "le maire de Quimperlé",
# "at Kestrel Bay") or a determiner ("who owns the gallery?" over "the Harbourside Gallery": a thing).
_NO_PERSON_AFTER = set("of de du des at in near à au aux dans en the a an this that these those its his her their our "
                       "my your le la les l un une ce cet cette ces sa son ses leur leurs notre votre mon ma mes".split())


# Before a place's name: a preposition of place ("its plant at Kestrel Bay", "à Lyon"; not "from", which also comes
# before a person: "took over from Claire Dubois").
_AT = r"\b(?:at|in|near|à|au|aux|dans|près de)\s+(?:the\s+|la\s+|le\s+|l['’])?"


# A word of a body's kind that a passage writes before its name, after a determiner ("l'association Médard Solidaire";
# index.candidates.BODY_KINDS; trial 58: "how old is she?" after "Médard Solidaire", an association, was asked about it).
_BODY_KIND = rf"(?:(?:the|an?|la|le|les|une?|de|du|des)\s+|[ld]['’]){BODY_KINDS}"


# A name that begins with its determiner ("The Holmbridge Gazette", "La Voix du Nord", "Le Télégramme"): a newspaper,
# a body, a thing, no person (trial 60: "en quelle année il l'a fondé ?" was asked "(The Holmbridge Gazette)"); not
# a surname ("Le Goff"), which a passage writes after a first name (`_is_person`).
_DETERMINED = re.compile(r"^(?:The|Le|La|Les|L['’])\s*[A-ZÀ-Ý]")


def _person(answer: Answer) -> bool:
    """Whether the short answer of `answer` names a person, as far as the Answer tells (`_is_person`)."""
    return _is_person(answer.answer or "", answer)


def _is_person(name: str, answer: Answer) -> bool:
    """Whether `name` may be a person's, as far as `answer` (the Answer it comes with) tells: not a body named by the
    word of its kind (index.candidates.INSTITUTION, CLUB: "Kestrel Bay Council", "FC Brest"), or that one of the
    answer's passages writes right after such a word (_BODY_KIND: "l'association Médard Solidaire"; trial 58), nor a
    place, which one of the answer's passages writes after a preposition of place (_AT: "plant at Kestrel Bay"; trial
    42), unless one gives the name an age ("confiée à Manon Tanguy, 29 ans": index.spans.AGE_SET_OFF; trial 47); nor
    a name that begins with its determiner (_DETERMINED: "The Holmbridge Gazette"), unless a passage writes it after
    a first name ("Anne Le Goff"), or that a passage writes after "the", "le", "la" as a whole ("bought the Gazette
    from", "the Gazette's": a thing; not "the Whitlock family"; trial 60)."""
    if _DETERMINED.match(name) and not any(re.search(rf"[^\W\d_]\s+{re.escape(name)}\b", p.text)
                                           for p in answer.passages):
        return False
    thing = re.compile(rf"(?i:\b(?:the|le|la|les)\s+|\bl['’]){re.escape(name)}(?:['’]s\b|(?![\w’'-])(?!\s+[^\W\d_]))"
                       rf"|(?i:\b(?:the|le|la|les)\s+|\bl['’]){re.escape(name)}\s+([^\W\d_]+)")
    if any(not m.group(1) or is_stop(m.group(1)) for p in answer.passages for m in thing.finditer(p.text)):
        return False
    at = re.compile(rf"{_AT}{re.escape(name)}\b(?!['’]s)")
    aged = re.compile(rf"\b{re.escape(name)},\s*{AGE_SET_OFF}\b")  # "confiée à Manon Tanguy, 29 ans,": a person (trial 47)
    body = re.compile(rf"(?i:\b{_BODY_KIND})\s+[«\"“]?\s*{re.escape(name)}(?![\w’'-])")
    return not (INSTITUTION.search(name) or CLUB.search(name) or any(body.search(p.text) for p in answer.passages)
                or any(at.search(p.text) for p in answer.passages) and not any(aged.search(p.text) for p in answer.passages))


def _names(text: str, known: set[str], asked_about: bool = False) -> list[str]:
    """Runs of words of `text` that are names: words the article writes capitalised (known:
    accent-folded lower case; "claire morvan" typed in lower case) or that `text` itself
    capitalises after its first word ("Lindqvist", which the article writes only after a first name
    at the start of a sentence); a day or a month is no name ("where did he fly on sunday?").
    asked_about: only the names not written after a preposition or a determiner (_NO_PERSON_AFTER: "le gardien de
    Leicester", "the gallery")."""
    tokens = TOKEN.findall(text)
    runs, start = [], None
    for i, w in enumerate(tokens + [""]):
        if w and (fold_accents(w.lower()) in known or i > 0 and w[0].isupper()) and not CALENDAR.fullmatch(w):
            start = i if start is None else start
        elif start is not None:
            # "le", "de" at either end: capitalised somewhere in the article ("Le Mans"), no name here
            lo, hi = start, i
            while hi > lo and is_stop(tokens[hi - 1]):
                hi -= 1
            while lo < hi and is_stop(tokens[lo]):
                lo += 1
            if lo < hi and not (asked_about and lo > 0 and tokens[lo - 1].lower() in _NO_PERSON_AFTER):
                runs.append(" ".join(tokens[lo:hi]))
            start = None
    return runs


def pronoun(question: str) -> str | None:
    """The first third-person pronoun of `question` as typed ("he", "elle"; "il" of "a-t-il"), or a French
    possessive ("sa", "son", "ses") of a French question; None when it has none ("it" is none)."""
    found = _PRONOUN.search(question)
    if found is None and detect_language(question, tie="") == "fr":
        found = _POSSESSIVE_FR.search(question)
    return found.group().removeprefix("-t-") if found else None


# A who-question whose verb is not "be" ("who broke her wrist?", "qui a perdu son emploi ?"): a possessive there may
# be the person asked's own (trial 48).
_WHO_DID = re.compile(r"^\s*(?:who|qui)\b(?!\s+(?:is|was|are|were|['’]s|est|était|sont|étaient|c['’]est)\b)", re.I)
# The possessive pronouns; "her" when a word other than a preposition or determiner follows it ("her wrist", not
# "saw her at", "gave her the award").
_POSSESSIVE = re.compile(r"\b(?:his|their|sa|son|ses|leurs?)\b|\bher\b(?=\s+(?!(?:at|in|on|to|for|with|from|by|"
                         r"about|after|before|and|or|when|that|the|a|an|this|some)\b)[^\W\d_])", re.I)


def _own_possessive(question: str) -> bool:
    """Whether `question` asks who did something to someone's own (_WHO_DID) and its only third-person pronouns are
    possessives (_POSSESSIVE): "who broke her wrist?", whose answer may be the woman herself; not "who replaced
    her?", "who is his wife?"."""
    return bool(_WHO_DID.match(question) and _POSSESSIVE.search(question)) \
        and not _PRONOUN.search(_POSSESSIVE.sub("", question))


_GENDER = {**dict.fromkeys(("she", "her", "hers", "elle", "elles"), "f"), **dict.fromkeys(("he", "him", "his", "il", "ils"), "m")}


def _genders(question: str) -> set[str]:
    """The genders ("f", "m") of `question`'s third-person pronouns (_GENDER; "they", "lui", "leur" tell none)."""
    return {_GENDER[w] for w in re.findall(r"[^\W\d_]+", question.lower()) if w in _GENDER}


def follow_up(question: str, previous: Answer | None, known: set[str]) -> str:
    """`question` with the person it refers to added, or `question` unchanged.

    previous: the Answer to the question asked just before (None for the first);
    known: the article's names, accent-folded lower-case words it writes
    capitalised (index.build.Index.names). The question is unchanged when it
    has no third-person pronoun, names someone of the article itself (not after a preposition or a determiner:
    "what will he raise in parliament" is rewritten), or there
    is no previous name to refer to. A person answered to a who-question comes first ("Who did Marc Jaouen hire?",
    then "how old is she?": the person hired), then a person the previous question named as typed (trial 45: after
    "What does Marc Jaouen do?", "where is his shop?" was not about him). A place or body answered
    to a who-question (`_person`) is no referent: the names of that question are. Returns a str.
    """
    # (a name after a preposition or a determiner is no one the pronoun could be: "what will he raise in parliament",
    # trial 51, is about the MP answered before)
    if previous is None or pronoun(question) is None or _names(question, known, asked_about=True):
        return question
    kept = re.search(r"\(([^()]+)\)\s*$", previous.question)
    typed = previous.question[:kept.start()] if kept else previous.question  # without the person follow_up added
    answered = previous.expected == "name" and previous.found and previous.answer and _person(previous)
    if kept and _genders(question) & _genders(previous.question) and not (answered and _own_possessive(typed)):
        # the same pronoun again is the same person: "who did she replace? (Sarah Okafor)" answered "Daniel Hughes",
        # then "where did she work before?" is still about Sarah Okafor (a fresh user's check); but "who broke her
        # wrist?" answered "Ruth Okafor" makes her the one asked about next (trial 48)
        return f"{question} ({kept.group(1)})"
    # a person answered first ("Who did Marc Jaouen hire?" -> "Anne Le Goff", then "how old is she?"), else the one named
    # (not a name in the possessive of a who-question: "who is René Vachet's daughter" asks about her, trial 51)
    # ("What does Marc Jaouen's shop sell?": Marc Jaouen, without the possessive)
    named = [] if answered else [re.sub(r"['’]s$", "", n) for n in _names(typed, known, asked_about=True)
                                 if _is_person(n, previous)
                                 and not (previous.expected == "name" and re.search(r"['’]s$", n))]
    if named:
        return f"{question} ({' '.join(named)})"
    if previous.expected == "name" and not (previous.found and previous.answer and not _person(previous)):
        # the pronoun stands for the person answered, if any: "Sofie Lund of Team Nordvik": the person, not her team
        referent = re.split(r"\s+(?:of|from)\s+", previous.answer)[0] if previous.found and previous.answer else ""
    else:  # the names of the previous question, but not the place or body answered to it
        referent = " ".join(n for n in _names(previous.question, known)
                            if n != previous.answer and _is_person(n, previous))  # not "(Gazette)": trial 60
    return f"{question} ({referent})" if referent else question


def ask_follow_up(ask: Callable[[str], Answer], question: str, previous: Answer | None, known: set[str]) -> Answer:
    """The Answer to `question` in a conversation: that of `follow_up`'s rewrite, unless the rewrite is not answered
    (found False) and the question as typed is (trial 44: after "who owns the gallery?", "when did his father buy
    the painting? (Martin Oakes)" got "doesn't say", the question alone 1978), with another answer than the person the
    pronoun stands for (trial 49: "who hired him?" is not "Julien Perret" when "him" is he). That answer keeps the rewrite as its
    `question`, shown on the Q: line, so that the next pronoun still refers to the same person.

    ask: question (str) -> Answer, e.g. index.qa.QA.ask; previous, known: as for `follow_up`. Returns an Answer.
    Raises what `ask` raises (index.errors.QuestionError) for the rewrite; the question as typed refused (no word of
    its own but the pronoun: "where is she from?") leaves the rewrite's answer.
    """
    asked = follow_up(question, previous, known)
    answer = ask(asked)
    if asked != question and not answer.found:
        try:
            alone = ask(question)
        except QuestionError:
            # no word of its own but the pronoun (trial 56: "where is she from?" after "when did she found the
            # company? (Priya Raman)" was refused 'I can't tell who "she" refers to', the person linked): the rewrite's
            return answer
        referent = asked[len(question):].strip(" ()")
        # not the referent itself: "who hired him?" answered "Julien Perret" when "him" is Julien Perret (trial 49)
        if alone.found and not (alone.answer and (alone.answer in referent or referent in alone.answer)):
            return replace(alone, question=asked)
    return answer
