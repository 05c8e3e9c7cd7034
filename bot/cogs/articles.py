"""A server's own articles: /article add, list, use, remove and info.

Adding, using and removing need the Manage Server permission: the /article
command is hidden from other members by default (default_permissions), and the
commands check the permission themselves, since a server can show /article to
everyone in its Integrations settings. Indexing runs in a thread: questions
meanwhile are answered from the previous article.
"""
from __future__ import annotations

import asyncio
import logging
from dataclasses import replace

import discord
from discord import app_commands
from discord.ext import commands

from index.errors import ArticleError
from index.qa import QA

from ..client import ArticleBot
from ..respond import send_private, send_public, think
from ..embeds import about_embed
from ..i18n import N_, language, t
from ..sources import read_document, read_url_blocking, too_big
from ..storage import StoredArticle
from ..utils import EMBED_FIELD_VALUE_LIMIT, NO_MENTIONS, safe_inline, truncate

log = logging.getLogger(__name__)

NEED_MANAGE_SERVER = N_("Only members with the Manage Server permission can add, use or remove articles.")
ONE_SOURCE = N_("Give either a file or a url, not both, and not neither.")
NONE_YET = N_("This server has no article of its own yet: I answer about {name}. An admin can add one with /article add.")
INDEXING_ONE = N_("Indexing “{name}” (1 paragraph)… Questions here use the current article until it is ready.")
INDEXING = N_("Indexing “{name}” ({count} paragraphs)… Questions here use the current article until it is ready.")


def indexing(name: str, paragraphs: int, lang: str = "en") -> str:
    """The progress line shown while an added article is indexed, in language `lang`."""
    if paragraphs == 1:
        return t(lang, INDEXING_ONE, name=safe_inline(name))
    return t(lang, INDEXING, name=safe_inline(name), count=f"{paragraphs:,}")


def article_embed(stored: StoredArticle | None, qa: QA, lead: str | None = None, lang: str = "en") -> discord.Embed:
    """What the bot understood of an article: title, date, language, sentence
    count and first sentence (index.qa's ArticleInfo), plus author, link and name
    for a server's article; `lead` goes above the first sentence; labels in `lang`. A server's article's title is
    the embed's title, and its author a field of its own: neither is repeated among /about's fields."""
    embed = about_embed(replace(qa.info, title=None, author=None) if stored is not None else qa.info, lang)
    if stored is not None:
        embed.title = truncate(safe_inline(stored.title or stored.name), 256)
        if stored.author:
            embed.add_field(name=t(lang, "Author"), value=truncate(safe_inline(stored.author), EMBED_FIELD_VALUE_LIMIT))
        if stored.url:
            embed.add_field(name=t(lang, "Link"), value=truncate(stored.url, EMBED_FIELD_VALUE_LIMIT))
        embed.add_field(name=t(lang, "Name"), value=truncate(safe_inline(stored.name), EMBED_FIELD_VALUE_LIMIT))
    if lead:
        embed.description = f"{lead}\n{embed.description}"
    return embed


def can_manage(interaction: discord.Interaction) -> bool:
    """Whether the member has Manage Server in this server."""
    permissions = getattr(interaction.user, "guild_permissions", None)
    return bool(permissions and permissions.manage_guild)


async def article_names(interaction: discord.Interaction, current: str) -> list[app_commands.Choice[str]]:
    """Autocomplete: this server's article names containing what was typed (25 at most)."""
    if interaction.guild_id is None:
        return []
    names = await asyncio.to_thread(interaction.client.library.names, interaction.guild_id)
    typed = current.casefold()
    return [app_commands.Choice(name=n, value=n) for n in names if typed in n.casefold()][:25]


@app_commands.guild_only()
@app_commands.default_permissions(manage_guild=True)
class ArticlesCog(commands.GroupCog, group_name="article", group_description="This server's articles"):
    """A server's own articles, managed by its admins."""

    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot
        super().__init__()

    async def _refuse_non_admin(self, interaction: discord.Interaction) -> bool:
        if can_manage(interaction):
            return False
        await send_private(interaction, NEED_MANAGE_SERVER)
        return True

    @app_commands.command(name="add")
    @app_commands.describe(file="A text, Markdown or HTML file (a page saved from a browser)",
                           url="The link of a news page", name="A short name (default: the title)")
    async def add(self, interaction: discord.Interaction, file: discord.Attachment | None = None,
                  url: str | None = None, name: app_commands.Range[str, 1, 80] | None = None) -> None:
        """Add an article from a file or a link; it becomes this server's article."""
        if await self._refuse_non_admin(interaction):
            return
        if (file is None) == (url is None):
            await send_private(interaction, ONE_SOURCE)
            return
        library = self.bot.library
        limit = library.limits.file_bytes
        if file is not None and file.size > limit:
            await send_private(interaction, too_big(file.filename, file.size, limit))
            return
        lang = language(interaction.locale)
        await think(interaction, private=False)
        try:
            if file is not None:
                content_type = (file.content_type or "").split(";")[0].strip() or None
                document = read_document(await file.read(), file.filename, content_type=content_type, max_bytes=limit)
            else:
                document = await asyncio.to_thread(read_url_blocking, url, library.limits.fetch)
            paragraphs = document.text.count("\n\n") + 1
            await interaction.edit_original_response(content=indexing(document.name, paragraphs, lang))
            stored, qa = await asyncio.to_thread(library.add, interaction.guild_id, interaction.user.id, document, name)
        except ArticleError as error:
            await send_private(interaction, str(error))
            return
        lead = t(lang, "Added by {member}; questions here are now about this article.", member=interaction.user.mention)
        await interaction.edit_original_response(content=None, embed=article_embed(stored, qa, lead, lang))
        interaction.extras.pop("public_thinking", None)

    @app_commands.command(name="list")
    async def list_(self, interaction: discord.Interaction) -> None:
        """This server's articles, the current one marked."""
        library = self.bot.library
        articles = await asyncio.to_thread(library.articles, interaction.guild_id)
        current = await asyncio.to_thread(library.current, interaction.guild_id)
        if not articles:
            await send_private(interaction, NONE_YET.format(name=library.default.info.name))
            return
        lang = language(interaction.locale)
        lines = [t(lang, "{mark} **{name}** — {date}, {language}, {count} sentences",
                   mark="▶" if current and a.id == current.id else "•", name=safe_inline(a.name),
                   date=a.date or t(lang, "no date"), language=a.language, count=a.sentences) for a in articles]
        embed = discord.Embed(title=t(lang, "Articles of this server ({count}/{limit})",
                                      count=len(articles), limit=library.limits.articles),
                              description=truncate("\n".join(lines), 4096))
        if current is None:
            embed.set_footer(text=t(lang, "None is in use: questions are about {name}.", name=library.default.info.name))
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="use")
    @app_commands.describe(name="The article to answer about")
    @app_commands.autocomplete(name=article_names)
    async def use(self, interaction: discord.Interaction, name: str) -> None:
        """Answer questions in this server about another of its articles."""
        if await self._refuse_non_admin(interaction):
            return
        await think(interaction, private=False)
        stored, qa = await asyncio.to_thread(self.bot.library.use, interaction.guild_id, name)
        lang = language(interaction.locale)
        lead = t(lang, "Questions here are now about this article.")
        await send_public(interaction, embed=article_embed(stored, qa, lead, lang))

    @app_commands.command(name="remove")
    @app_commands.describe(name="The article to remove")
    @app_commands.autocomplete(name=article_names)
    async def remove(self, interaction: discord.Interaction, name: str) -> None:
        """Remove one of this server's articles."""
        if await self._refuse_non_admin(interaction):
            return
        library = self.bot.library
        await asyncio.to_thread(library.remove, interaction.guild_id, name)
        current = await asyncio.to_thread(library.current, interaction.guild_id)
        now = current.name if current else library.default.info.name
        await send_private(interaction, t(language(interaction.locale), "Removed “{name}”. Questions here are about {now}.",
                                          name=safe_inline(name), now=safe_inline(now)))

    @app_commands.command(name="info")
    @app_commands.describe(name="An article of this server (default: the one in use)")
    @app_commands.autocomplete(name=article_names)
    async def info(self, interaction: discord.Interaction, name: str | None = None) -> None:
        """What the bot knows about this server's article: title, date, language, sentences."""
        await think(interaction, private=True)
        library = self.bot.library
        stored, qa = await asyncio.to_thread(library.resolve, interaction.guild_id, name)
        up, down = await asyncio.to_thread(library.database.vote_counts, qa.article.sha256)
        lang = language(interaction.locale)
        embed = article_embed(stored, qa, lang=lang)
        embed.add_field(name=t(lang, "Feedback"), value=f"👍 {up} · 👎 {down}")
        await send_public(interaction, embed=embed)


async def setup(bot: ArticleBot) -> None:
    """Extension entry point: add the /article commands."""
    await bot.add_cog(ArticlesCog(bot))
