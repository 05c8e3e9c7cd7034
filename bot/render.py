"""Console rendering of the answer object (the Discord embed is in bot.embeds)."""
from __future__ import annotations

import unicodedata

from index.model import Answer, ArticleInfo

from .i18n import N_, localise, t
from .utils import truncate

NOT_FOUND = N_("The article doesn't say.")
NOT_FOUND_LEAD = N_("Closest passages:")
NOT_FOUND_LEAD_ONE = N_("Closest passage:")  # -k 1
NO_MATCH = N_("No sentence of the article holds these words.")
# No word of a question or search is in the article at all (index.model.Answer.unmatched): said plainly, over passages
# only the nearest in meaning, maybe unrelated (trial 58: `source zzzzqqq` showed three unrelated sentences as merely
# "closest"); the same words for `ask`, `source` and Discord (`headline`, `quote_title`, `closest_lead`).
NO_WORD = N_("None of these words is in the article.")
UNRELATED_LEAD = N_("Nearest passages in meaning, maybe unrelated:")
UNRELATED_LEAD_ONE = N_("Nearest passage in meaning, maybe unrelated:")  # -k 1
# An abstention on a question in another language (index.model.Answer.foreign): not "the article doesn't say".
FOREIGN = N_("I read questions in English and French only.")
# An abstention that is no certainty (index.model.Answer.unsure): the best passage may answer.
UNSURE = N_("I'm not sure the article says.")
# The article's own date or author asked and its metadata lacks it (index.model.Answer.of_article).
NOT_GIVEN = {"date": N_("The article's date is not given."), "author": N_("The article's author is not given.")}
# A quotation of words that more sentences hold than it shows (index.model.Answer.held; a new user's trial: `source
# volontaires formation` showed 3 sentences of 6 without a word); {how} is the console's "-k 6", Discord's
# "/source k:6"; HELD_ONLY when no option shows more (Discord's k at its most).
HELD_MORE = N_("{shown} of {total} sentences holding these words; {how} shows more.")
HELD_ONLY = N_("{shown} of {total} sentences holding these words.")


def quote_title(answer: Answer, lang: str = "en") -> str:
    """What a quotation (kind "source") shows, in `lang`: "Sentences 2, 3, 4"
    (its sentence numbers), or "None of these words is in the article." (NO_WORD) when no word looked for is
    (index.model.Answer.unmatched), "No sentence of the article holds these words." when the
    article has none otherwise. The title of /source's embed and the first line of
    `article-bot source`."""
    if not answer.found or not answer.passages:
        return t(lang, NO_WORD if answer.unmatched else NO_MATCH)
    numbers = ", ".join(str(p.number) for p in answer.passages)
    if len(answer.passages) == 1:
        return t(lang, "Sentence {numbers}", numbers=numbers)
    return t(lang, "Sentences {numbers}", numbers=numbers)


def held_note(answer: Answer, lang: str = "en", how: str | None = None) -> str | None:
    """The line telling that a quotation of words shows only some of the sentences holding them, in `lang`: "3 of 6
    sentences holding these words; -k 6 shows more." (`how`, the option that shows more: the console's "-k 6",
    Discord's "/source k:6"; None when none can: the line without it); None when `answer` shows every sentence
    holding them, or is no such quotation (index.model.Answer.held None)."""
    if answer.held is None or answer.held <= len(answer.passages):
        return None
    values = dict(shown=len(answer.passages), total=answer.held)
    return t(lang, HELD_MORE, how=how, **values) if how else t(lang, HELD_ONLY, **values)


def closest_lead(answer: Answer, lang: str = "en") -> str:
    """"Closest passages:" in `lang`, or "Closest passage:" when `answer` quotes one (-k 1); "Nearest passages in
    meaning, maybe unrelated:" (UNRELATED_LEAD) when no word of its question is in the article (Answer.unmatched).
    The lead of the console's and Discord's passages of an abstention or a quotation of words no sentence holds."""
    one = len(answer.passages) == 1
    if answer.unmatched:
        return t(lang, UNRELATED_LEAD_ONE if one else UNRELATED_LEAD)
    return t(lang, NOT_FOUND_LEAD_ONE if one else NOT_FOUND_LEAD)


def no_word(answer: Answer) -> bool:
    """Whether `answer` is an abstention to tell as NO_WORD: an answer (kind "ask") not found, no word of whose
    question is in the article (Answer.unmatched), neither in another language (FOREIGN) nor on the article's own
    date or author (NOT_GIVEN). The console's headline and Discord's title."""
    return answer.kind == "ask" and not answer.found and answer.unmatched and not answer.foreign \
        and not answer.of_article


def headline(answer: Answer, lang: str = "en") -> str:
    """The line above the passages, in language `lang` (bot.i18n): the short
    answer (verbatim), the abstention sentence, or a lead-in to the quoted
    passages (FOREIGN for an abstention on a question in neither language, UNSURE for one on too little
    confidence, NOT_GIVEN for the article's own date or author unknown); for a
    quotation, its `quote_title` (and "Closest passages:" when none matches)."""
    if answer.kind == "source":
        lead = "" if answer.found or not answer.passages else " " + closest_lead(answer, lang)
        return quote_title(answer, lang) + lead
    if not answer.found and answer.of_article:
        return t(lang, NOT_GIVEN[answer.of_article])
    if no_word(answer):
        return t(lang, NO_WORD) + (" " + closest_lead(answer, lang) if answer.passages else "")
    if not answer.found and (answer.foreign or answer.unsure):
        return t(lang, FOREIGN if answer.foreign else UNSURE) + " " + closest_lead(answer, lang)
    if not answer.found:
        if len(answer.passages) == 1:
            return t(lang, "The article doesn't say. Closest passage:")
        return t(lang, "The article doesn't say. Closest passages:")
    if answer.answer:
        return answer.answer
    return t(lang, "The article says:")


def to_text(answer: Answer, lang: str = "en") -> str:
    """Plain text for the console: for an answer "Q: question" and "A: headline",
    for a quotation its headline (what it shows: "Sentences 2, 3, 4") and, when more sentences hold its words,
    `held_note` ("3 of 6 sentences holding these words; -k 6 shows more."), in
    `lang`; then, after an empty line, the article's title when it is no sentence (index.model.Answer.title, the
    article as a whole asked), unnumbered, and each passage as "[n] text" (n = 1-based sentence number, text
    verbatim), best first (none for the article's date or author: index.model.Answer.of_article)."""
    if answer.kind == "source":
        more = held_note(answer, lang, f"-k {answer.held}")
        lines = [headline(answer, lang)] + ([more] if more else [])
    else:
        lines = [f"Q: {answer.question}", f"A: {headline(answer, lang)}"]
    quoted = ([answer.title] if answer.title else []) + [f"[{p.number}] {p.text}" for p in answer.passages]
    if quoted:
        lines += [""] + quoted
    return "\n".join(lines)


#: The retrieval line of `about` and /about when the e5 model is installed but not used on the article: why, in
#: index.build.bm25_only_reason's words (trial 60: "Retrieval: BM25" on an article over the limit, with no reason).
BM25_ALONE = N_("{mode} — the e5 model is not used: {why}")


def about_fields(info: ArticleInfo, lang: str = "en") -> list[tuple[str, str]]:
    """(label, value) pairs of what the bot knows about the article, labels in
    `lang`: title and author (when known), date, language, sentence count, retrieval mode (shared by the console and
    /about, so that both show the title of every kind of article: index.qa.QA.title), with BM25_ALONE's reason when
    the e5 model was loaded but not used on the article (ArticleInfo.bm25_alone)."""
    title = [(t(lang, "Title"), info.title)] if info.title else []
    mode = (t(lang, BM25_ALONE, mode=info.mode, why=localise(lang, info.bm25_alone)) if info.bm25_alone
            else info.mode)
    author = [(t(lang, "Author"), info.author)] if info.author else []
    return title + [(t(lang, "Date"), info.date or t(lang, "unknown"))] + author + [
        (t(lang, "Language"), info.language), (t(lang, "Sentences"), str(info.sentences)),
        (t(lang, "Retrieval"), mode)]


FIRST_LINE_CHARS = 300  # the first line `about_text` shows: a one-line article of 100 KB flooded the terminal (trial 22)


def about_text(info: ArticleInfo, lang: str = "en") -> str:
    """What the bot knows, as console text (labels in `lang`; the first line cut to FIRST_LINE_CHARS characters)."""
    pairs = [(t(lang, "Article"), info.name)] + about_fields(info, lang)
    pairs += [(t(lang, "First line"), truncate(info.first_line, FIRST_LINE_CHARS))]
    return "\n".join(f"{label}: {value}" for label, value in pairs)


HELP = "help"
_HELP_WORDS = {"help", "aide", "/help", "?", "commands", "commandes", "how to use", "mode d emploi"}
_GREETINGS = {
    "en": {"hello", "hi", "hey", "hello there", "hi there", "good morning", "good afternoon", "good evening", "yo"},
    "fr": {"bonjour", "salut", "coucou", "bonsoir", "bonjour a tous", "salut a tous", "bonjour bonjour"},
}
_THANKS = {
    "en": {"thanks", "thank you", "thanks a lot", "thank you so much", "many thanks", "thx", "ty", "cheers",
           "great thanks", "ok thanks", "thanks bot", "thank you bot"},
    "fr": {"merci", "merci beaucoup", "merci bien", "merci bcp", "super merci", "ok merci", "merci bot", "mille merci"},
}
_REPLIES = {
    "greeting": N_("Hello! Ask me a question about the article (say “help” to see how)."),
    "thanks": N_("You're welcome! Ask me anything else about the article."),
}
#: The help words of each language: "aide" asks for the French help.
_HELP_LANGUAGE = {"aide": "fr", "commandes": "fr", "mode d emploi": "fr"}


def talk_language(text: str) -> str | None:
    """The language a greeting, thanks or help word is written in ("merci" → "fr",
    "thanks" → "en"), or None when it does not tell (a question, "?")."""
    phrase = _phrase(text).rstrip(" ?")
    for table in (_GREETINGS, _THANKS):
        for lang, phrases in table.items():
            if phrase in phrases:
                return lang
    return _HELP_LANGUAGE.get(phrase, "en" if _asks_help(text) else None)


def _asks_help(text: str) -> bool:
    """Whether `text` is a help word ("help", "aide", "Help?"), or "?" with nothing but punctuation and white space
    about it: "🐼🐼🐼 ?" is a question with no words to look for, refused as "what?" is (trial 57: it got the help)."""
    phrase = _phrase(text)
    if phrase not in _HELP_WORDS and phrase.rstrip(" ?") not in _HELP_WORDS:
        return False
    return phrase != "?" or all(c.isspace() or unicodedata.category(c).startswith("P") for c in text)


def _phrase(text: str) -> str:
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c if c.isalnum() or c in "?/" else " " for c in folded if not unicodedata.combining(c))
    return " ".join(folded.replace("?", " ? ").split())


def small_talk(text: str, lang: str | None = None) -> str | None:
    """What a message that is not a question calls for: HELP ("help", "aide",
    "?"), a short friendly reply to a greeting or thanks ("hello", "merci
    beaucoup !") in `lang` (default: the language it is written in), or None
    for anything else.

    Case, accents, punctuation, emoji and a leading/trailing "@bot" do not matter, but "?" is the help only with
    nothing but punctuation about it (`_asks_help`): "🐼🐼🐼 ?" is a question, with no words to look for.
    """
    phrase = _phrase(text)
    if _asks_help(text):
        return HELP
    for kind, table in (("greeting", _GREETINGS), ("thanks", _THANKS)):
        for written, phrases in table.items():
            if phrase.rstrip(" ?") in phrases:
                return t(lang or written, _REPLIES[kind])
    return None
