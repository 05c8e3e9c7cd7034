"""The Discord client: `ArticleBot`, its command tree and its error handling."""
from __future__ import annotations

import logging
from collections import OrderedDict

import discord
from discord import app_commands
from discord.ext import commands

from index.model import Answer
from index.qa import QA

from .buttons import AnswerButton
from .embeds import help_embed
from .i18n import DEFAULT, catalogue, language
from .respond import Cooldowns, InFlight, handle_error, send_private, where
from .library import ArticleLibrary, open_library
from .settings import Settings
from .storage import Database
from .utils import NO_MENTIONS

log = logging.getLogger(__name__)

EXTENSIONS = ("bot.cogs.qa", "bot.cogs.meta", "bot.cogs.articles")


class LastAnswers(OrderedDict):
    """id → an Answer: a channel's id → the last Answer given there, or a reply
    message's id → the Answer it shows; keeping the `max_entries` ids used most
    recently (an LRU: `get` and `remember` refresh an id)."""

    def __init__(self, max_entries: int) -> None:
        super().__init__()
        self.max_entries = max_entries

    def get(self, key: int, default: Answer | None = None) -> Answer | None:
        """The answer kept for id `key` (refreshing it), else `default`."""
        if key not in self:
            return default
        self.move_to_end(key)
        return self[key]

    def remember(self, key: int, answer: Answer) -> None:
        """Keep `answer` for id `key`, forgetting the least recently used id beyond max_entries."""
        self[key] = answer
        self.move_to_end(key)
        while len(self) > self.max_entries:
            self.popitem(last=False)


class ArticleTree(app_commands.CommandTree):
    """The command tree with the bot's single error handler for slash commands."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Apply the error policy of bot.respond to `error` (tell the user
        privately, log as the class of error says); never raises."""
        name = interaction.command.qualified_name if interaction.command else "?"
        place = f"/{name} in {where(interaction.channel) if interaction.channel else interaction.channel_id}"
        await handle_error(error, place, lambda text: send_private(interaction, text))


# The bot never joins voice: discord.py's start-up warnings about missing voice
# libraries (PyNaCl, davey) would only worry admins.
discord.VoiceClient.warn_nacl = False
discord.VoiceClient.warn_dave = False


class ArticleBot(commands.Bot):
    """The Discord bot answering questions about one article.

    settings: the process settings (guild to sync to, cooldown).
    qa: the question-answering core, already loaded: the operator's article.
    library: servers' own articles (bot.library); default: one in memory only,
        lost when the bot stops (tests), with the limits of `settings`.
    last_answers: channel id → the last Answer given there (for /source, and
        follow-ups in DMs), at most settings.last_answers_max channels.
    answer_messages: id of the bot's reply to a mention or DM → its Answer (for
        follow-ups in replies to it), at most settings.last_answers_max.
    cooldowns: the per-user cooldown of questions; in_flight: the questions
        being answered (at most settings.max_pending_questions).
    """

    def __init__(self, settings: Settings, qa: QA, library: ArticleLibrary | None = None) -> None:
        sharding = {}
        if settings.shard_count:  # only ShardedArticleBot (make_bot) takes shard_ids
            sharding = dict(shard_count=settings.shard_count, shard_ids=list(settings.shard_ids or ()) or None)
        super().__init__(
            **sharding,
            # No prefix commands: mentions and DMs are handled by bot.cogs.qa.
            command_prefix=commands.when_mentioned,
            help_command=None,
            intents=discord.Intents.default(),  # no privileged message_content
            allowed_mentions=NO_MENTIONS,
            tree_cls=ArticleTree,
        )
        self.settings = settings
        self.library = library if library is not None else open_library(settings, qa, Database.open("sqlite://"))
        self.qa = qa
        self.last_answers = LastAnswers(settings.last_answers_max)
        self.answer_messages = LastAnswers(settings.last_answers_max)
        self.cooldowns = Cooldowns(settings.ask_cooldown_seconds)
        self.in_flight = InFlight(settings.max_pending_questions)

    @property
    def qa(self) -> QA:
        """The operator's article: the library's default (DMs, servers without an article)."""
        return self.library.default

    @qa.setter
    def qa(self, qa: QA) -> None:
        self.library.default = qa

    async def close(self) -> None:
        """Tell the askers of questions in flight that the bot is restarting
        (within settings.shutdown_grace_seconds), then disconnect."""
        await self.in_flight.restarting(self.settings.shutdown_grace_seconds)
        await super().close()

    def help_embed(self, lang: str = "en") -> discord.Embed:
        """The help, in `lang`, built from this bot's command tree."""
        return help_embed(self.tree.get_commands(), self.settings.ask_cooldown_seconds, lang)

    async def setup_hook(self) -> None:
        """Load the cogs, register the answers' buttons (they work for messages
        sent before a restart), set the French translations of the commands, and
        sync the slash commands (to DISCORD_GUILD_ID when set, for instant
        availability; globally otherwise)."""
        for extension in EXTENSIONS:
            await self.load_extension(extension)
        self.add_dynamic_items(AnswerButton)
        await self.tree.set_translator(CatalogTranslator())
        if self.settings.guild_id:
            guild = discord.Object(self.settings.guild_id)
            self.tree.copy_global_to(guild=guild)
            synced = await self.tree.sync(guild=guild)
            log.info("synced %d commands to guild %s", len(synced), self.settings.guild_id)
        else:
            synced = await self.tree.sync()
            log.info("synced %d global commands (may take up to an hour to appear)", len(synced))

    async def on_ready(self) -> None:
        """Log who the bot is and in how many servers (guilds) once connected."""
        log.info("logged in as %s (id %s) in %d servers", self.user, getattr(self.user, "id", "?"), len(self.guilds))

    async def on_message(self, message: discord.Message, /) -> None:
        """No prefix commands: do nothing here (the qa cog listens for mentions)."""


class ShardedArticleBot(ArticleBot, commands.AutoShardedBot):
    """ArticleBot over several gateway shards (SHARD_COUNT / SHARD_IDS set): this
    process runs the shards SHARD_IDS (default: all) of SHARD_COUNT."""


def make_bot(settings: Settings, qa: QA, library: ArticleLibrary | None = None) -> ArticleBot:
    """A ShardedArticleBot when settings.shard_count is set, else an ArticleBot."""
    return (ShardedArticleBot if settings.shard_count else ArticleBot)(settings, qa, library)


class CatalogTranslator(app_commands.Translator):
    """Slash command names, descriptions and option descriptions in French
    (Discord shows them to users whose client is in French), from the catalogues."""

    async def translate(self, string: app_commands.locale_str, locale, context) -> str | None:
        """The translation of `string` for `locale`, None when there is none (Discord shows English)."""
        lang = language(locale)
        return catalogue(lang).get(string.message) if lang != DEFAULT else None
