"""The Discord client: `ArticleBot`, its command tree and its error handling."""
from __future__ import annotations

import logging
import math
import uuid

import discord
from discord import app_commands
from discord.ext import commands

from index.errors import QuestionError
from index.model import Answer
from index.qa import QA

from .library import ArticleLibrary, open_library
from .settings import Settings
from .utils import CONTENT_LIMIT, NO_MENTIONS, truncate

log = logging.getLogger(__name__)

EXTENSIONS = ("bot.cogs.qa", "bot.cogs.meta", "bot.cogs.articles")


def too_fast(retry_after: float) -> str:
    """The cooldown refusal, with the wait rounded up to whole seconds."""
    return f"You're asking too fast — try again in {max(1, math.ceil(retry_after))} s."


def new_error_id() -> str:
    """A short random id (8 hex digits) tying a user-facing error to its log line."""
    return uuid.uuid4().hex[:8]


def something_went_wrong(error_id: str) -> str:
    """The message a user sees for an unexpected error."""
    return f"Something went wrong (error id {error_id})."


async def send_private(interaction: discord.Interaction, content: str | None = None, **kwargs) -> None:
    """Send a message only the user of `interaction` sees, whatever state the
    interaction is in (not answered yet, deferred privately or publicly).

    A public "thinking…" response cannot be turned ephemeral, so it is
    completed, deleted, and the message sent as an ephemeral follow-up.
    Content is cut to 2,000 characters; nothing in it can ping anyone.
    """
    if content is not None:
        kwargs["content"] = truncate(content, CONTENT_LIMIT)
    kwargs["allowed_mentions"] = NO_MENTIONS
    if not interaction.response.is_done():
        await interaction.response.send_message(ephemeral=True, **kwargs)
        return
    if interaction.extras.pop("public_thinking", False):
        await interaction.edit_original_response(content="…", allowed_mentions=NO_MENTIONS)
        await interaction.delete_original_response()
    await interaction.followup.send(ephemeral=True, **kwargs)


async def think(interaction: discord.Interaction, *, private: bool) -> None:
    """Acknowledge `interaction` with a "thinking…" response (within Discord's
    3 s window), ephemeral when `private`; remembered for `send_private`."""
    await interaction.response.defer(thinking=True, ephemeral=private)
    interaction.extras["public_thinking"] = not private


async def send_public(interaction: discord.Interaction, **kwargs) -> None:
    """Send the answer to a deferred interaction (it completes the "thinking…"
    response, so it is as public or private as the defer was)."""
    await interaction.followup.send(allowed_mentions=NO_MENTIONS, **kwargs)
    interaction.extras.pop("public_thinking", None)  # only once it is no longer "thinking…"


class ArticleTree(app_commands.CommandTree):
    """The command tree with the bot's single error handler for slash commands."""

    async def on_error(self, interaction: discord.Interaction, error: app_commands.AppCommandError) -> None:
        """Tell the user, privately, what went wrong; never raises.

        Cooldown → "try again in N s"; QuestionError → its message; anything
        else → "Something went wrong (error id …)" with the traceback logged
        under that id.
        """
        cause = getattr(error, "original", error)
        if isinstance(error, app_commands.CommandOnCooldown):
            message = too_fast(error.retry_after)
        elif isinstance(cause, QuestionError):
            message = str(cause)
        elif isinstance(error, app_commands.CheckFailure):
            message = "You can't use this command here."
        else:
            error_id = new_error_id()
            name = interaction.command.qualified_name if interaction.command else "?"
            log.error("error id %s in /%s", error_id, name, exc_info=cause)
            message = something_went_wrong(error_id)
        try:
            await send_private(interaction, message)
        except discord.HTTPException:
            log.warning("could not tell the user about an error", exc_info=True)


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
    last_answers: channel id → the last Answer given there (for /source).
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
        self.qa = qa
        self.library = library if library is not None else open_library(settings, qa, "sqlite://")
        self.last_answers: dict[int, Answer] = {}

    async def setup_hook(self) -> None:
        """Load the cogs and sync the slash commands (to DISCORD_GUILD_ID
        when set, for instant availability; globally otherwise)."""
        for extension in EXTENSIONS:
            await self.load_extension(extension)
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
