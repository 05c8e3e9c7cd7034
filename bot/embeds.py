"""Discord renderings of the core's objects: `to_embed(answer)` for an Answer
(the console's twin is `bot.render.to_text`), `about_embed(info)` and
`help_embed()`. Every embed returned here fits Discord's limits."""
from __future__ import annotations

import discord

from index.model import Answer, ArticleInfo, Passage

from .render import NOT_FOUND
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
NOT_FOUND_LEAD = "Closest passages:"
NO_MATCH_TITLE = "No sentence of the article matches."


def _quote(passage: Passage, limit: int) -> str:
    """One passage as a Markdown quote line "> **[n]** text", at most `limit` chars."""
    prefix = f"> **[{passage.number}]** "
    return prefix + truncate(safe_inline(passage.text), max(limit - len(prefix), 1))


def _title(answer: Answer) -> str:
    if not answer.found:
        return NOT_FOUND_TITLE if answer.kind == "ask" else NO_MATCH_TITLE
    if answer.kind == "ask" and answer.answer:
        return truncate(safe_inline(answer.answer), EMBED_TITLE_LIMIT)
    if answer.kind == "ask":
        return "From the article"
    if not answer.passages:
        return NO_MATCH_TITLE
    numbers = ", ".join(str(p.number) for p in answer.passages)
    label = "Sentence" if len(answer.passages) == 1 else "Sentences"
    return truncate(f"{label} {numbers}", EMBED_TITLE_LIMIT)


def to_embed(answer: Answer, footer: str | None = None) -> discord.Embed:
    """The Discord embed of one Answer.

    title: the short answer, "The article doesn't say." for an abstention,
        or the sentence numbers for a quotation (kind "source").
    description: the passages quoted verbatim as "> **[n]** text" lines, best
        first, under "Closest passages:" for an abstention; long passages are
        cut at a word with "…" so the whole embed fits Discord's limits
        (description 4,096, field 1,024, title 256, footer 2,048, 6,000 total).
    fields: the question or query, escaped so Markdown, code fences and
        mentions in it are shown as typed.
    footer: `footer` (e.g. article name and retrieval mode), if given.
    """
    embed = discord.Embed(
        title=_title(answer),
        colour=FOUND_COLOUR if answer.found else NOT_FOUND_COLOUR,
    )
    if answer.question.strip():
        label = "Question" if answer.kind == "ask" else "Query"
        embed.add_field(name=label, value=truncate(safe_inline(answer.question), EMBED_FIELD_VALUE_LIMIT), inline=False)
    if footer:
        embed.set_footer(text=truncate(footer, EMBED_FOOTER_LIMIT))

    room = min(EMBED_DESCRIPTION_LIMIT, EMBED_TOTAL_LIMIT - len(embed))
    lead = [NOT_FOUND_LEAD] if not answer.found and answer.passages else []
    used = sum(len(line) + 1 for line in lead)
    per_passage = (room - used) // max(len(answer.passages), 1) - 1
    lines = lead + [_quote(p, per_passage) for p in answer.passages]
    embed.description = truncate("\n".join(lines), room) if lines else None
    return embed


def about_embed(info: ArticleInfo) -> discord.Embed:
    """What the bot knows: article name, date, language, sentence count,
    retrieval mode and first line, as one embed within Discord's limits."""
    embed = discord.Embed(title=truncate(safe_inline(info.name), EMBED_TITLE_LIMIT), colour=FOUND_COLOUR)
    embed.description = "> " + truncate(safe_inline(info.first_line), EMBED_DESCRIPTION_LIMIT - 2)
    embed.add_field(name="Date", value=info.date or "unknown")
    embed.add_field(name="Language", value=info.language)
    embed.add_field(name="Sentences", value=str(info.sentences))
    embed.add_field(name="Retrieval", value=truncate(info.mode, EMBED_FIELD_VALUE_LIMIT))
    return embed


HELP_TEXT = """\
I answer questions about one news article, quoting it word for word. \
Each quoted sentence carries its number in the article, like **[8]**.

**/ask** `question` — ask a question. The answer is public; set `private` to True to see it alone. \
If the article does not answer, only you see the closest passages.
**/source** `query` — quote the sentences that match some words.
**/source** `number` — quote that sentence with its neighbours.
**/source** — quote the passages behind the last answer given in this channel.
**/about** — the article: date, language, number of sentences, first line.
**/article list** — this server's own articles; `article` on /ask and /source picks one. Members with Manage Server add one with **/article add** (a file or a link), switch with **/article use**, delete with **/article remove**.

You can also mention me with a question (`@me Who owns TikTok?`) or send me a direct message: \
same answer as /ask. Questions in English or French."""


def help_embed(cooldown_seconds: float) -> discord.Embed:
    """How to use the bot: commands, mentions, DMs, the private option and
    the per-user cooldown (`cooldown_seconds`, 0 for none)."""
    text = HELP_TEXT
    if cooldown_seconds > 0:
        text += f"\n\nEach person can ask once every {cooldown_seconds:g} s."
    return discord.Embed(title="How to use me", description=text, colour=FOUND_COLOUR)
