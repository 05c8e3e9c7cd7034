"""The bot's own words in the reader's language: French and English, English the fallback.

Texts live in gettext catalogues, one per language: `bot/locale/<lang>/LC_MESSAGES/article-bot.po`
(msgid: the English text as written in the code). They are read at start by Babel
(https://babel.pocoo.org, `babel.messages.pofile.read_po`): no compile step and no binary `.mo`
file in the repository; reading the French catalogue takes a few milliseconds. English needs no
catalogue. A maintainer adds a text to the code wrapped in `t(lang, "…")` (or `N_("…")` for a
constant), then `pybabel extract -F babel.cfg -o /tmp/article-bot.pot bot` and
`pybabel update -i /tmp/article-bot.pot -d bot/locale -D article-bot` list what the catalogues
lack; tests/bot/test_i18n.py fails while a text of bot/ has no French translation.

Which language (`language`):
- slash commands and buttons: the reader's Discord client language (`interaction.locale`);
- mentions and DMs: the question's language when it has words of one (index.analysis), else the
  server's language (guild.preferred_locale), else English;
- the console: `--lang`, else the question's language.

Quoted passages are never translated: they stay word for word in the article's language.
Slash command names and descriptions are localised by `bot.client.CatalogTranslator`, discord.py's
`app_commands.Translator`, from the same catalogues.
"""
from __future__ import annotations

import functools
import re
from pathlib import Path

from babel import Locale
from babel.messages.pofile import read_po
from babel.numbers import format_decimal

from index.analysis import STOP_EN, STOP_FR, detect_language, foreign_question, words

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "article-bot"
LANGUAGES = ("en", "fr")
DEFAULT = "en"


def N_(text: str) -> str:
    """Mark a constant's English text for the catalogues; returns it unchanged
    (it is translated where it is sent, by `localise`)."""
    return text


@functools.cache
def catalogue(lang: str) -> dict[str, str]:
    """msgid → translation of language `lang` ({} for English and unknown
    languages). Untranslated and fuzzy entries are left out (English shows)."""
    path = LOCALE_DIR / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
    if lang == DEFAULT or not path.is_file():
        return {}
    with path.open("rb") as file:
        entries = read_po(file, locale=lang, domain=DOMAIN)
    return {m.id: m.string for m in entries if m.id and isinstance(m.id, str) and m.string and not m.fuzzy}


def t(lang: str, text: str, /, **values) -> str:
    """`text` (English, as in the code) in language `lang`, English when the
    catalogue lacks it, with `{name}` placeholders filled from `values`."""
    translated = catalogue(lang).get(text, text)
    return translated.format(**values) if values else translated


@functools.cache
def _templates(lang: str) -> list[tuple[re.Pattern, str]]:
    """(regex matching the English text, translation) for each msgid with placeholders."""
    out = []
    for msgid, translation in catalogue(lang).items():
        if "{" not in msgid:
            continue
        parts, seen, pattern = re.split(r"\{(\w+)(?:[^}]*)\}", msgid), set(), ""
        for i, part in enumerate(parts):
            if i % 2 == 0:
                pattern += re.escape(part)
            else:  # a placeholder: its value, the same where it comes again
                pattern += f"(?P={part})" if part in seen else f"(?P<{part}>.+?)"
                seen.add(part)
        out.append((re.compile(pattern + r"\Z", re.S), translation))
    return out


def localise(lang: str, text: str) -> str:
    """An English text already made (an error from index/, a constant of the
    error policy) in language `lang`: its exact translation, else the
    translation of the catalogue template it matches with the same values
    ("Your question is 1,234 characters long…"), else `text` unchanged."""
    if lang == DEFAULT:
        return text
    exact = catalogue(lang).get(text)
    if exact is not None:
        return exact
    for pattern, translation in _templates(lang):
        match = pattern.match(text)
        if match:
            return re.sub(r"\{(\w+)(?:[^}]*)\}", lambda m: _value(lang, m.group(1), match.group(m.group(1))), translation)
    return text


def _value(lang: str, placeholder: str, value: str) -> str:
    """The value of `placeholder` in an English text as language `lang` writes it:
    a whole number with English thousands separators ("1,199") in that language's
    form ("1 199" in French, babel.numbers.format_decimal); a `{language}`, a
    language's English name ("Spanish", index.analysis.foreign_language), in that
    language ("espagnol", Babel's locale data); any other value (names, ids,
    "404") unchanged."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+", value):
        return format_decimal(int(value.replace(",", "")), locale=lang)
    code = _language_codes().get(value) if placeholder == "language" else None
    return Locale.parse(lang).languages.get(code, value) if code else value


@functools.cache
def _language_codes() -> dict[str, str]:
    """English language name → ISO 639 code ("Spanish" → "es"), from Babel's English locale."""
    return {name: code for code, name in Locale("en").languages.items()}


def language(locale) -> str:
    """"fr" or "en" for a Discord locale ("fr", "en-US", discord.Locale.french…);
    English for any other or None."""
    base = str(locale or "").split("-")[0].lower()
    return base if base in LANGUAGES else DEFAULT


# Letters French and English never write ("¿Cuánto cuesta la extensión?", "Straßenbahn").
_FOREIGN = re.compile(r"[¿¡ñáíóúãõßäöå]")


def text_language(text: str, fallback: str = DEFAULT) -> str:
    """The language of `text` (index.analysis.detect_language) when it holds
    French or English words that tell, else `fallback`. English (DEFAULT) for
    another language: an opening ¿ or ¡, more words with letters neither
    writes (_FOREIGN) than French and English stop words ("¿Cuánto cuesta la
    extensión del tranvía?"; but "Qui est José Peña ?" is French), or a question
    index.analysis.foreign_question reads as another language ("Chi è il sindaco?",
    whose "il" is a French word)."""
    ws = words(text)
    told = sum(w in STOP_FR or w in STOP_EN for w in ws)
    if re.match(r"\W*[¿¡]", text) or sum(bool(_FOREIGN.search(w)) for w in ws) > told or foreign_question(text):
        return DEFAULT
    return detect_language(text) if told else fallback


def message_language(message, text: str) -> str:
    """The language to answer a mention or DM in: that of `text`, else the
    server's (guild.preferred_locale), else English."""
    guild = getattr(message, "guild", None)
    return text_language(text, language(guild.preferred_locale) if guild is not None else DEFAULT)
