"""The catalogues (bot/locale): every text of bot/ and every command string has
its French translation; templates carry values over; the console's --lang."""
from __future__ import annotations

import asyncio
import re
from pathlib import Path

from babel.messages.extract import extract_from_dir
from discord import app_commands

from bot.cli import main
from bot.client import EXTENSIONS, ArticleBot
from bot.i18n import catalogue, language, localise, t, text_language
from bot.settings import Settings
from tests.conftest import ARTICLE

BOT = Path(__file__).resolve().parents[2] / "bot"


def code_texts() -> set[str]:
    """The texts of bot/ marked with t(lang, "…") or N_("…"), as pybabel extracts them (babel.cfg)."""
    found = extract_from_dir(str(BOT), method_map=[("**.py", "python")], keywords={"t": (2,), "N_": None})
    return {message for _file, _line, message, _comments, _context in found}


def command_texts(qa) -> set[str]:
    """Names and descriptions of every slash command, group and option."""
    async def load():
        bot = ArticleBot(Settings(token="x"), qa)
        for extension in EXTENSIONS:
            await bot.load_extension(extension)
        return bot.tree.get_commands()

    texts: set[str] = set()

    def walk(commands):
        for command in commands:
            texts.update((command.name, command.description))
            if isinstance(command, app_commands.Group):
                walk(command.commands)
            else:
                texts.update(text for p in command.parameters for text in (p.name, p.description))

    walk(asyncio.run(load()))
    return texts


def test_every_text_has_a_french_translation(qa):
    texts = code_texts() | command_texts(qa)
    assert "More passages" in texts and "Ask a question about the article; the answer quotes it." in texts
    assert sorted(texts - set(catalogue("fr"))) == []


def test_french_keeps_the_placeholders_of_each_text():
    def placeholders(text):
        return sorted(re.findall(r"\{\w+\}", text))

    for msgid, translation in catalogue("fr").items():
        assert placeholders(msgid) == placeholders(translation), msgid


def test_made_texts_are_translated_with_their_values():
    assert localise("fr", "Your question is 1,234 characters long; please keep it to at most 1,000.") == \
        "Votre question fait 1\u202f234 caractères ; limitez-la à 1\u202f000 au plus."
    assert localise("fr", "There is no sentence 20: the article has sentences 1 to 14.") == \
        "Il n’y a pas de phrase 20 : l’article a les phrases 1 à 14."
    assert localise("fr", "the article tram.txt is written in Spanish: I answer questions about articles in French "
                          "or English only.") == ("l’article tram.txt est rédigé en espagnol : je ne réponds qu’aux "
                                                  "questions sur des articles en français ou en anglais.")
    assert localise("fr", "the article English is empty: put some text in it or choose another file.") == \
        "l’article English est vide : mettez-y du texte ou choisissez un autre fichier."  # a name, not a {language}
    # Trial 21: refusals of index/ that had no French text.
    assert localise("fr", "the article x.json is JSON data, not an article's text: save the text alone as a plain-text "
                          "file.") == ("l’article x.json est une donnée JSON, pas le texte d’un article : enregistrez le "
                                       "texte seul dans un fichier texte brut.")
    assert localise("fr", "the article /dev/zero is not a regular file (a device or a pipe): choose a text, Markdown or HTML file, "
                          "or a web address.") == ("l’article /dev/zero n’est pas un fichier ordinaire (un périphérique "
                                                   "ou un tube) : choisissez un fichier texte, Markdown ou HTML, ou une adresse web.")
    assert localise("fr", "an unknown text") == "an unknown text"
    assert localise("en", "You can't use this command here.") == "You can't use this command here."
    assert t("de", "More passages") == "More passages"  # English is the fallback


def test_languages_of_locales_and_texts():
    assert [language(x) for x in ("fr", "en-US", "en-GB", "de", None)] == ["fr", "en", "en", "en", "en"]
    assert text_language("Who owns TikTok?") == "en" and text_language("Qui possède TikTok ?") == "fr"
    assert text_language("TikTok", "fr") == "fr" and text_language("TikTok") == "en"  # no word tells
    # Another language is answered in English (a new user's Spanish questions got French), a foreign name is not one.
    assert text_language("¿Cuánto cuesta la extensión del tranvía?", "fr") == "en"
    assert text_language("Cuánto cuesta la extensión del tranvía", "fr") == "en"
    assert text_language("Qui est José Peña ?", "en") == "fr"


def test_the_console_follows_the_question_or_lang(capsys):
    assert main(["--article", str(ARTICLE), "ask", "Qui a fondé Amazon ?"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "A: L’article ne le dit pas. Passages les plus proches :"
    assert main(["--article", str(ARTICLE), "ask", "Who founded Amazon?"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "A: The article doesn't say. Closest passages:"
    assert main(["--article", str(ARTICLE), "--lang", "fr", "about"]) == 0
    assert capsys.readouterr().out.splitlines()[1:4] == ["Date: 2020-07", "Langue: fr", "Phrases: 14"]
    assert main(["--article", str(ARTICLE), "--lang", "fr", "source", "--number", "99"]) == 2
    assert capsys.readouterr().err == "error: il n’y a pas de phrase 99 : l’article a les phrases 1 à 14.\n"
    assert main(["--article", "nope.txt", "ask", "Qui a fondé Microsoft ?"]) == 2  # the article's errors too
    assert capsys.readouterr().err == "error: l’article nope.txt n’existe pas : choisissez un fichier texte, Markdown ou HTML, ou une adresse web (--article).\n"


def test_an_article_s_bad_date_is_told_in_french():
    message = ("the article a.txt starts with date 2025-13-45, which is no calendar date: write it as date YYYY-MM-DD "
               "or date YYYY-MM, or remove it.")
    assert localise("fr", message) == ("l’article a.txt commence par date 2025-13-45, qui n’est pas une date du "
                                       "calendrier : écrivez-la date AAAA-MM-JJ ou date AAAA-MM, ou retirez-la.")


def test_a_date_line_naming_a_day_its_month_lacks_is_told_in_french():
    message = ('the article a.txt starts with the line "date: 31 février 2026", which is no day of the calendar: '
               "write a day its month has, or remove the line.")
    assert localise("fr", message) == ("l’article a.txt commence par la ligne « date: 31 février 2026 », qui n’est "
                                       "pas un jour du calendrier : écrivez un jour que compte ce mois, ou retirez "
                                       "la ligne.")


def test_utf16_and_a_link_without_host_are_told_in_french():
    assert localise("fr", "the article a.txt looks like UTF-16 without a byte-order mark: save it as UTF-8.") == \
        "l’article a.txt semble être de l’UTF-16 sans indicateur d’ordre des octets (BOM) : enregistrez-le en UTF-8."
    assert localise("fr", "'http:///x' has no host name: a link looks like https://example.com/page.") == \
        "'http:///x' n’a pas de nom d’hôte : un lien ressemble à https://example.com/page."
