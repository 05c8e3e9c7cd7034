"""Discord renderings of the core's objects: `to_embed(answer)` for an Answer
(the console's twin is `bot.render.to_text`), `about_embed(info)` and
`help_embed(tree)`. The bot's own words are in the reader's language (bot.i18n);
quoted passages stay verbatim. Every embed returned here fits Discord's limits."""
from __future__ import annotations

import discord
from discord import app_commands

from index.model import Answer, ArticleInfo, Passage

from .i18n import N_, t
from .render import (FOREIGN, NO_WORD, NOT_FOUND, NOT_GIVEN, UNSURE, about_fields, closest_lead, held_note, no_word,
                     quote_title)
from .utils import (
    EMBED_DESCRIPTION_LIMIT,
    EMBED_FIELD_VALUE_LIMIT,
    EMBED_FOOTER_LIMIT,
    EMBED_TITLE_LIMIT,
    EMBED_TOTAL_LIMIT,
    safe_inline,
    truncate,
)

FOUND_COLOUR = discord.Colour.green()
NOT_FOUND_COLOUR = discord.Colour.light_grey()
NOT_FOUND_TITLE = NOT_FOUND  # the same words as the console's
SOURCE_K_MAX = 9  # the most sentences /source's option k quotes (as many as the "More passages" buttons show)


def _quote(passage: Passage, limit: int) -> str:
    """One passage as a Markdown quote line "> **[n]** text", at most `limit` chars."""
    prefix = f"> **[{passage.number}]** "
    return prefix + truncate(safe_inline(passage.text), max(limit - len(prefix), 1))


def _title(answer: Answer, lang: str) -> str:
    if answer.kind != "ask":
        return truncate(quote_title(answer, lang), EMBED_TITLE_LIMIT)
    if not answer.found and answer.of_article:
        return t(lang, NOT_GIVEN[answer.of_article])
    if no_word(answer):
        return t(lang, NO_WORD)
    if not answer.found:
        return t(lang, FOREIGN if answer.foreign else UNSURE if answer.unsure else NOT_FOUND_TITLE)
    if answer.answer:
        return truncate(safe_inline(answer.answer), EMBED_TITLE_LIMIT)
    return t(lang, "From the article")


def to_embed(answer: Answer, footer: str | None = None, lang: str = "en") -> discord.Embed:
    """The Discord embed of one Answer.

    title: the short answer, "The article doesn't say." for an abstention (bot.render.FOREIGN on a
        question in neither English nor French, bot.render.UNSURE when it is no certainty, bot.render.NOT_GIVEN
        for the article's own date or author unknown),
        or the sentence numbers for a quotation (kind "source").
    description: the passages quoted verbatim as "> **[n]** text" lines, best
        first, under "Closest passages:" for an abstention, under bot.render.held_note for a quotation of words
        that more sentences hold ("3 of 6 sentences holding these words; /source k:6 shows more."), after the
        article's title as "> title" when it is no sentence (index.model.Answer.title: the article as a whole
        asked); long passages are cut at a word with "…" so the whole embed fits Discord's limits
        (description 4,096, field 1,024, title 256, footer 2,048, 6,000 total).
    fields: the question or query, escaped so Markdown, code fences and
        mentions in it are shown as typed.
    footer: `footer` (see `answer_footer`), if given.
    lang: the language of the bot's own words (titles, labels), "en" or "fr".
    """
    embed = discord.Embed(
        title=_title(answer, lang),
        colour=FOUND_COLOUR if answer.found else NOT_FOUND_COLOUR,
    )
    if answer.question.strip():
        label = t(lang, "Question") if answer.kind == "ask" else t(lang, "Query")
        embed.add_field(name=label, value=truncate(safe_inline(answer.question), EMBED_FIELD_VALUE_LIMIT), inline=False)
    if footer:
        embed.set_footer(text=truncate(footer, EMBED_FOOTER_LIMIT))

    room = min(EMBED_DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - len(embed))
    lead = [closest_lead(answer, lang)] if not answer.found and answer.passages else []
    shown = len(answer.passages)
    more = held_note(answer, lang, f"/source k:{min(answer.held or 0, SOURCE_K_MAX)}" if shown < SOURCE_K_MAX else None)
    lead += [more] if more else []
    used = sum(len(line) + 1 for line in lead)
    per_passage = (room - used) // max(len(answer.passages) + bool(answer.title), 1) - 1
    title = ["> " + truncate(safe_inline(answer.title), max(per_passage - 2, 1))] if answer.title else []
    lines = lead + title + [_quote(p, per_passage) for p in answer.passages]
    embed.description = truncate("\n".join(lines), room) if lines else None
    return embed


def answer_footer(title: str, date: str | None, number: int | None, count: int, lang: str = "en") -> str:
    """The footer of an answer: the article's `title`, its `date` ("2020-07") when
    known, and where the best passage is ("sentence 8 of 14"; `number` None: none)."""
    parts = [title] + ([date] if date else [])
    if number is not None:
        parts.append(t(lang, "sentence {number} of {count}", number=number, count=count))
    return " · ".join(parts)


def about_embed(info: ArticleInfo, lang: str = "en") -> discord.Embed:
    """What the bot knows: article name, its title (when known: the console's `about` shows it too), date, author,
    language, sentence count, retrieval mode and first line, as one embed within Discord's limits (labels in `lang`)."""
    embed = discord.Embed(title=truncate(safe_inline(info.name), EMBED_TITLE_LIMIT), colour=FOUND_COLOUR)
    embed.description = "> " + truncate(safe_inline(info.first_line), EMBED_DESCRIPTION_LIMIT - 2)
    for label, value in about_fields(info, lang):  # the title and the author are the article's own text
        inert = safe_inline(value) if value in (info.title, info.author) else value
        embed.add_field(name=label, value=truncate(inert, EMBED_FIELD_VALUE_LIMIT))
    return embed


HELP_LEAD = N_("I answer questions about one news article, quoting it word for word. "
               "Each quoted sentence carries its number in the article, like **[8]**.")
HELP_MENTION = N_("You can also mention me with a question (`@me Who owns TikTok?`) or send me a direct message: "
                  "same answer as /ask. Questions in English or French. Under each answer: more passages, "
                  "the context, 👍 / 👎 to tell whether it was right.")
COOLDOWN = N_("Each person can ask once every {seconds} s.")


def command_lines(commands, lang: str = "en", prefix: str = "") -> list[str]:
    """One help line per slash command of `commands` (the command tree's
    `get_commands()`; a group such as /article gives one line per subcommand):
    "**/name** `option` … — description", names and descriptions in `lang`
    (the catalogue's translations, as Discord shows them to that language)."""
    lines = []
    for command in commands:
        name = prefix + t(lang, command.name)
        if isinstance(command, app_commands.Group):
            lines += command_lines(command.commands, lang, name + " ")
        elif isinstance(command, app_commands.Command):  # context menus have no slash form
            options = "".join(" `" + t(lang, p.name) + "`" for p in command.parameters)
            description = t(lang, command.description)
            lines.append(f"**/{name}**{options} — {description}")
    return lines


def help_embed(commands, cooldown_seconds: float, lang: str = "en") -> discord.Embed:
    """How to use the bot, built from the command tree (`commands`: the
    tree's `get_commands()`), in `lang`: what it does, one line per command,
    mentions and DMs, and the per-user cooldown (`cooldown_seconds`, 0 for none)."""
    parts = [t(lang, HELP_LEAD), "\n".join(command_lines(commands, lang)), t(lang, HELP_MENTION)]
    if cooldown_seconds > 0:
        parts.append(t(lang, COOLDOWN, seconds=f"{cooldown_seconds:g}"))
    text = truncate("\n\n".join(parts), EMBED_DESCRIPTION_LIMIT)
    return discord.Embed(title=t(lang, "How to use me"), description=text, colour=FOUND_COLOUR)
