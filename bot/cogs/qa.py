"""Asking and quoting: /ask, /source, and questions by mention or DM."""
from __future__ import annotations

import asyncio
import logging
import re
from typing import Optional

import discord
from discord import app_commands
from discord.ext import commands

from index.errors import QuestionError
from index.model import Answer

from ..client import ArticleBot, new_error_id, send_private, send_public, something_went_wrong, think, too_fast
from .articles import article_names
from ..embeds import help_embed, to_embed
from ..utils import CONTENT_LIMIT, NO_MENTIONS, truncate

log = logging.getLogger(__name__)

NOTHING_ASKED = "Nothing asked in this channel yet — use /ask first."
ONE_OF = "Give either a query or a number, not both."


def out_of_range(count: int) -> str:
    """The refusal of a sentence number past the end of the article."""
    return f"The article has {count} sentences: pick a number from 1 to {count}."


def user_cooldown(interaction: discord.Interaction) -> app_commands.Cooldown | None:
    """One use per ASK_COOLDOWN_SECONDS per user and command (None: no cooldown)."""
    per = interaction.client.settings.ask_cooldown_seconds
    return app_commands.Cooldown(1, per) if per > 0 else None


class QACog(commands.Cog, name="Questions"):
    """Answers from the article, by slash command, mention or DM."""

    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot
        per = bot.settings.ask_cooldown_seconds
        self.mention_cooldown = commands.CooldownMapping.from_cooldown(1, per, commands.BucketType.user) if per > 0 else None

    @staticmethod
    def footer(qa) -> str:
        """The embed footer: article name and retrieval mode of `qa`."""
        info = qa.info
        return f"{info.name} · {info.mode}"

    async def _qa(self, guild_id: int | None, article: str | None = None):
        """The index to answer with (bot.library: the server's article `article`,
        or its current one, or the operator's); QuestionError for an unknown name."""
        return await asyncio.to_thread(self.bot.library.index, guild_id, article)

    async def _reply(self, interaction: discord.Interaction, answer: Answer, qa, *, private: bool = False) -> None:
        """Follow a deferred interaction with `answer`: public (or as private as
        the defer) when found, ephemeral for an abstention or no match.

        Answers shown publicly are remembered for /source in that channel;
        private ones are not, so /source cannot reveal them.
        """
        embed = to_embed(answer, self.footer(qa))
        if answer.found and answer.passages:
            await send_public(interaction, embed=embed)
            if not private and answer.kind == "ask":
                self.bot.last_answers[interaction.channel_id] = answer
        else:
            await send_private(interaction, embed=embed)

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question about the article", private="Only you see the answer",
                           article="One of this server's articles (default: the one in use)")
    @app_commands.autocomplete(article=article_names)
    @app_commands.checks.dynamic_cooldown(user_cooldown)
    async def ask(self, interaction: discord.Interaction, question: str, private: bool = False,
                  article: str | None = None) -> None:
        """Ask a question about the article; the answer quotes it."""
        self.bot.qa.check_question(question)  # a refusal is sent before any public "thinking…"
        await think(interaction, private=private)
        qa = await self._qa(interaction.guild_id, article)
        answer = await asyncio.to_thread(qa.ask, question)
        await self._reply(interaction, answer, qa, private=private)

    @app_commands.command(name="source")
    @app_commands.describe(
        query="Words to find in the article",
        number="A sentence number: quote it with its neighbours",
        article="One of this server's articles (default: the one in use)",
    )
    @app_commands.autocomplete(article=article_names)
    @app_commands.checks.dynamic_cooldown(user_cooldown)
    async def source(
        self,
        interaction: discord.Interaction,
        query: str | None = None,
        number: Optional[app_commands.Range[int, 1, None]] = None,  # noqa: UP007 (discord.py reads it)
        article: str | None = None,
    ) -> None:
        """Quote the article: sentences matching a query, one sentence by number,
        or the passages behind the last answer in this channel."""
        if query is not None and number is not None:
            await send_private(interaction, ONE_OF)
            return
        qa = await self._qa(interaction.guild_id, article)
        if query is None and number is None:
            last = self.bot.last_answers.get(interaction.channel_id)
            if last is None:
                await send_private(interaction, NOTHING_ASKED)
                return
            quoted = Answer(question=last.question, found=True, answer=None, passages=last.passages, kind="source", language=last.language)
            await interaction.response.send_message(embed=to_embed(quoted, self.footer(qa)), allowed_mentions=NO_MENTIONS)
            return
        count = qa.info.sentences
        if number is not None and number > count:
            await send_private(interaction, out_of_range(count))
            return
        if query is not None:
            qa.check_question(query)
        await think(interaction, private=False)
        if number is not None:
            answer = await asyncio.to_thread(qa.passage, number)
        else:
            answer = await asyncio.to_thread(qa.search, query)
        await self._reply(interaction, answer, qa)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer a message that mentions the bot, or any DM, like /ask.

        Bots (including itself) are ignored. The mention is removed from the
        text; an empty rest gets the help. Replies never ping anyone.
        """
        me = self.bot.user
        if message.author.bot or me is None:
            return
        is_dm = message.guild is None
        if not is_dm and me not in message.mentions:
            return
        question = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()
        try:
            await self._answer_message(message, question)
        except Exception:
            error_id = new_error_id()
            log.exception("error id %s answering message %s", error_id, message.id)
            try:
                await self._send_reply(message, content=something_went_wrong(error_id))
            except discord.HTTPException:
                log.warning("could not tell the author about error id %s", error_id)

    async def _answer_message(self, message: discord.Message, question: str) -> None:
        if not question:
            await self._send_reply(message, embed=help_embed(self.bot.settings.ask_cooldown_seconds))
            return
        if self.mention_cooldown is not None:
            retry_after = self.mention_cooldown.update_rate_limit(message)
            if retry_after:
                await self._send_reply(message, content=too_fast(retry_after))
                return
        try:
            qa = await self._qa(message.guild.id if message.guild else None)
            answer = await asyncio.to_thread(qa.ask, question)
        except QuestionError as error:
            await self._send_reply(message, content=str(error))
            return
        await self._send_reply(message, embed=to_embed(answer, self.footer(qa)))
        if answer.found and answer.passages:
            self.bot.last_answers[message.channel.id] = answer

    @staticmethod
    async def _send_reply(message: discord.Message, content: str | None = None, **kwargs) -> None:
        """Reply to `message` without pinging its author or anyone else;
        content is cut to 2,000 characters."""
        if content is not None:
            kwargs["content"] = truncate(content, CONTENT_LIMIT)
        await message.reply(mention_author=False, allowed_mentions=NO_MENTIONS, **kwargs)


async def setup(bot: ArticleBot) -> None:
    """Extension entry point: add the Questions cog."""
    await bot.add_cog(QACog(bot))
