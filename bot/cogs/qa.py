"""Asking and quoting: /ask, /source, and questions by mention or DM."""
from __future__ import annotations

import asyncio
import logging
import re
from typing import Optional

import discord
from discord import app_commands
from discord.ext import commands

from index.follow_up import ask_follow_up
from index.model import Answer

from ..buttons import answer_message, quote_message
from ..client import ArticleBot
from ..embeds import SOURCE_K_MAX
from ..i18n import N_, language, localise, message_language
from ..render import HELP, small_talk, talk_language
from ..respond import (
    cooldown_check,
    handle_error,
    missing_permissions,
    send_private,
    send_public,
    send_reply,
    think,
    too_fast,
    where,
)
from ..utils import NO_MENTIONS, mention_names, readable_mentions
from .articles import article_names

log = logging.getLogger(__name__)

NOTHING_ASKED = N_("Nothing asked in this channel yet — use /ask first.")
ONE_OF = N_("Give either a query or a number, not both.")
OUT_OF_RANGE = N_("The article has {count} sentences: pick a number from 1 to {count}.")


def out_of_range(count: int) -> str:
    """The refusal of a sentence number past the end of the article (English; sending localises it)."""
    return OUT_OF_RANGE.format(count=count)


class QACog(commands.Cog, name="Questions"):
    """Answers from the article, by slash command, mention or DM."""

    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot

    async def _article(self, guild_id: int | None, article: str | None = None):
        """(stored article or None, index) to answer with (bot.library: the server's
        article `article`, or its current one, or the operator's); QuestionError for an unknown name."""
        return await asyncio.to_thread(self.bot.library.resolve, guild_id, article)

    async def _reply(self, interaction: discord.Interaction, answer: Answer, stored, qa, *, private: bool = False) -> None:
        """Follow a deferred interaction with `answer`: public (or as private as
        the defer) when found, ephemeral for an abstention or no match. Answers
        to /ask carry their buttons (bot.buttons); quotations only the footer.

        Answers shown publicly are remembered for /source in that channel;
        private ones are not, so /source cannot reveal them.
        """
        lang = language(interaction.locale)
        if answer.kind == "ask":
            reply = answer_message(answer, stored, qa, interaction.user.id, lang, private=private and answer.found)
        else:
            reply = quote_message(answer, stored, qa, lang)
        if answer.found:  # the article's date or author asked has no passage (index.model.Answer.of_article)
            await send_public(interaction, **reply)
            if not private and answer.kind == "ask" and answer.passages:
                self.bot.last_answers.remember(interaction.channel_id, answer)
        else:
            await send_private(interaction, **reply)

    @app_commands.command(name="ask")
    @app_commands.describe(question="Your question about the article", private="Only you see the answer",
                           article="One of this server's articles (default: the one in use)")
    @app_commands.autocomplete(article=article_names)
    @app_commands.check(cooldown_check)
    async def ask(self, interaction: discord.Interaction, question: str, private: bool = False,
                  article: str | None = None) -> None:
        """Ask a question about the article; the answer quotes it."""
        lang = language(interaction.locale)
        talk = small_talk(question)  # a greeting or thanks is answered in the language it is written in
        if talk == HELP:
            await send_private(interaction, embed=self.bot.help_embed(lang))
            return
        if talk is not None:
            await send_private(interaction, talk)
            return
        question = await mention_names(question, interaction.guild, self.bot)
        self.bot.qa.check_question(question)  # a refusal is sent before any public "thinking…"
        async with self.bot.in_flight.slot(lambda text: send_private(interaction, text)):
            await think(interaction, private=private)
            stored, qa = await self._article(interaction.guild_id, article)
            answer = await asyncio.to_thread(qa.ask, question)
            await self._reply(interaction, answer, stored, qa, private=private)

    @app_commands.command(name="source", description="Quote the article: sentences matching words, one sentence "
                                                     "by number, or the last answer's passages")
    @app_commands.describe(
        query="Words to find in the article",
        number="A sentence number: quote it with its neighbours",
        article="One of this server's articles (default: the one in use)",
        k="Sentences to quote, of those holding the words (default 3)",
    )
    @app_commands.autocomplete(article=article_names)
    @app_commands.check(cooldown_check)
    async def source(
        self,
        interaction: discord.Interaction,
        query: str | None = None,
        number: Optional[app_commands.Range[int, 1, None]] = None,  # noqa: UP007 (discord.py reads it)
        article: str | None = None,
        k: Optional[app_commands.Range[int, 1, SOURCE_K_MAX]] = None,  # noqa: UP007
    ) -> None:
        """Quote the article: sentences matching a query (the best `k` of those holding its words, 3 by default),
        one sentence by number, or the passages behind the last answer in this channel."""
        if query is not None and number is not None:
            await send_private(interaction, ONE_OF)
            return
        stored, qa = await self._article(interaction.guild_id, article)
        if query is None and number is None:
            last = self.bot.last_answers.get(interaction.channel_id)
            if last is None:
                await send_private(interaction, NOTHING_ASKED)
                return
            quoted = Answer(question=last.question, found=True, answer=None, passages=last.passages, kind="source", language=last.language)
            reply = quote_message(quoted, stored, qa, language(interaction.locale))
            await interaction.response.send_message(**reply, allowed_mentions=NO_MENTIONS)
            return
        count = qa.info.sentences
        if number is not None and number > count:
            await send_private(interaction, out_of_range(count))
            return
        if query is not None:
            query = await mention_names(query, interaction.guild, self.bot)
            qa.check_question(query, "source")
        async with self.bot.in_flight.slot(lambda text: send_private(interaction, text)):
            await think(interaction, private=False)
            if number is not None:
                answer = await asyncio.to_thread(qa.passage, number)
            else:
                answer = await asyncio.to_thread(qa.search, query, k or 3)
            await self._reply(interaction, answer, stored, qa)

    @commands.Cog.listener()
    async def on_message(self, message: discord.Message) -> None:
        """Answer a message that mentions the bot, or any DM, like /ask.

        Bots (including itself) are ignored. The mention is removed from the
        text; an empty rest or "help" gets the help. Where the bot lacks a
        permission to reply, one WARNING names the channel and the permission
        and nothing is sent. Other failures follow bot.respond's error policy.
        Replies never ping anyone. A question with a pronoun and no name follows
        up the answer it continues, the DM's last one or the bot's answer it
        replies to ("how old is she?" after "Tom Reyes"; index.follow_up).
        """
        me = self.bot.user
        if message.author.bot or me is None:
            return
        is_dm = message.guild is None
        if not is_dm and me not in message.mentions:
            return
        place = f"a reply in {where(message.channel)}"
        missing = missing_permissions(message.channel)
        if missing:
            log.warning("cannot reply in %s: the bot lacks the %s permission%s there (grant %s to answer mentions)",
                        where(message.channel), " and ".join(missing), "s" if len(missing) > 1 else "",
                        "them" if len(missing) > 1 else "it")
            return
        question = re.sub(rf"<@!?{me.id}>", " ", message.content).strip()
        question = readable_mentions(question, message.guild, self.bot, message.mentions)
        talked = talk_language(question)
        lang = talked or message_language(message, question)
        try:
            await self._answer_message(message, question, lang)
        except Exception as error:
            await handle_error(error, place, lambda text: send_reply(message, content=localise(lang, text)))

    def _followed(self, message: discord.Message) -> Answer | None:
        """The answer `message` continues, for a pronoun in it to refer to (index.follow_up):
        in a DM, the last answer there; elsewhere, the answer of the bot's message it replies to."""
        if message.guild is None:
            return self.bot.last_answers.get(message.channel.id)
        if message.reference is None or message.reference.message_id is None:
            return None
        return self.bot.answer_messages.get(message.reference.message_id)

    async def _answer_message(self, message: discord.Message, question: str, lang: str) -> None:
        talk = small_talk(question, lang) if question else HELP
        if talk == HELP:
            await send_reply(message, embed=self.bot.help_embed(lang))
            return
        if talk is not None:
            await send_reply(message, content=talk)
            return
        retry_after = self.bot.cooldowns.retry_after(message.author.id, "ask", message.created_at.timestamp())
        if retry_after:
            await send_reply(message, content=localise(lang, too_fast(retry_after)))
            return
        # A refused question (QuestionError) or a full bot (Busy) reaches
        # on_message's handler, which replies with the reason.
        async with self.bot.in_flight.slot(lambda text: send_reply(message, content=localise(lang, text))):
            stored, qa = await self._article(message.guild.id if message.guild else None)
            answer = await asyncio.to_thread(ask_follow_up, qa.ask, question, self._followed(message), qa.names)
            sent = await send_reply(message, **answer_message(answer, stored, qa, message.author.id, lang))
            self.bot.answer_messages.remember(sent.id, answer)
        if answer.found and answer.passages:
            self.bot.last_answers.remember(message.channel.id, answer)


async def setup(bot: ArticleBot) -> None:
    """Extension entry point: add the Questions cog."""
    await bot.add_cog(QACog(bot))
