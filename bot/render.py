"""Console rendering of the answer object (the Discord embed is in bot.embeds)."""
from __future__ import annotations

import unicodedata

from index.model import Answer, ArticleInfo

NOT_FOUND = "The article doesn't say."


def headline(answer: Answer) -> str:
    """The line above the passages: the short answer, the abstention sentence,
    or a lead-in to the quoted passages. Shared by the console and Discord."""
    if answer.kind == "source":
        return "Passages of the article:" if answer.found else f"{NOT_FOUND} Closest passages:"
    if not answer.found:
        return f"{NOT_FOUND} Closest passages:"
    if answer.answer:
        return answer.answer
    return "The article says:"


def to_text(answer: Answer) -> str:
    """Plain text for the console: the question, the headline, then each
    passage as "[n] text" (n = 1-based sentence number), best first."""
    lines = [f"Q: {answer.question}", f"A: {headline(answer)}", ""]
    lines += [f"[{p.number}] {p.text}" for p in answer.passages]
    return "\n".join(lines)


def about_text(info: ArticleInfo) -> str:
    """What the bot knows, as console text."""
    return (f"Article: {info.name}\n" + (f"Title: {info.title}\n" if info.title else "") + f"Date: {info.date or 'unknown'}\nLanguage: {info.language}\n"
            f"Sentences: {info.sentences}\nRetrieval: {info.mode}\nFirst line: {info.first_line}")


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
    ("greeting", "en"): "Hello! Ask me a question about the article (say “help” to see how).",
    ("greeting", "fr"): "Bonjour ! Posez-moi une question sur l’article (« aide » pour savoir comment).",
    ("thanks", "en"): "You're welcome! Ask me anything else about the article.",
    ("thanks", "fr"): "Avec plaisir ! Posez-moi une autre question sur l’article si vous voulez.",
}


def small_talk(text: str) -> str | None:
    """What a message that is not a question calls for: HELP ("help", "aide",
    "?"), a short friendly reply (English or French, as written) to a greeting
    or thanks ("hello", "merci beaucoup !"), or None for anything else.

    Case, accents, punctuation, emoji and a leading/trailing "@bot" do not matter.
    """
    folded = unicodedata.normalize("NFKD", text.casefold())
    folded = "".join(c if c.isalnum() or c in "?/" else " " for c in folded if not unicodedata.combining(c))
    phrase = " ".join(folded.replace("?", " ? ").split())
    if phrase in _HELP_WORDS or phrase.rstrip(" ?") in _HELP_WORDS:
        return HELP
    for kind, table in (("greeting", _GREETINGS), ("thanks", _THANKS)):
        for language, phrases in table.items():
            if phrase.rstrip(" ?") in phrases:
                return _REPLIES[kind, language]
    return None
