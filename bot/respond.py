"""How the bot answers on Discord, and what it does when it cannot: the send
helpers, the per-user cooldown, the limit on questions in flight and the one
error policy. Every front-end path (slash commands, mentions, DMs) goes
through this module.

Error policy (`outcome`), by class of what went wrong:

| class | the user is told | the log |
|---|---|---|
| a refused question, cooldown, busy | why, privately | nothing |
| forbidden (403: 50013 Missing Permissions, 50001 Missing Access, 50007 DMs closed) | nothing (the place is closed to the bot) | one WARNING: where, and the missing permission |
| not found (404: 10062 interaction expired, 10008 message deleted, 10003 channel gone) | nothing (nowhere left to answer) | one WARNING |
| rate limited (429 that discord.py did not absorb) | "Discord is limiting…", once | one WARNING |
| Discord failing (5xx after discord.py's retries) | "Discord had a problem…", once | one WARNING |
| anything else: a bug of ours | "Something went wrong (error id …)" | ERROR with the traceback, under that id |

Discord's codes: https://discord.com/developers/docs/topics/opcodes-and-status-codes#json
"""
from __future__ import annotations

import asyncio
import logging
import math
import uuid
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass

import discord
from discord import app_commands
from discord.ext import commands

from index.errors import QuestionError

from .i18n import N_, language, localise
from .utils import CONTENT_LIMIT, NO_MENTIONS, truncate

log = logging.getLogger(__name__)

BUSY = N_("I'm busy answering many questions right now — please try again in a moment.")
RESTARTING = N_("The bot is restarting — please ask again in a moment.")
DISCORD_FAILING = N_("Discord had a problem delivering my answer — please ask again in a moment.")
DISCORD_LIMITING = N_("Discord is limiting how fast I can answer — please ask again in a minute.")
TOO_FAST = N_("You're asking too fast — try again in {seconds} s.")
WENT_WRONG = N_("Something went wrong (error id {error_id}).")
NOT_HERE = N_("You can't use this command here.")
#: Channel permissions a reply to a mention needs (a reply quotes the question: Read Message History).
REPLY_PERMISSIONS = ("view_channel", "send_messages", "embed_links", "read_message_history")

Tell = Callable[[str], Awaitable[None]]


class Busy(Exception):
    """The bot has `max_pending_questions` questions in flight already."""

    def __str__(self) -> str:
        return BUSY


def too_fast(retry_after: float) -> str:
    """The cooldown refusal, with the wait (seconds) rounded up to whole seconds."""
    return TOO_FAST.format(seconds=max(1, math.ceil(retry_after)))


def something_went_wrong(error_id: str) -> str:
    """The message a user sees for a bug, with the id of its log line."""
    return WENT_WRONG.format(error_id=error_id)


# ------------------------------------------------------------------ sending


async def send_private(interaction: discord.Interaction, content: str | None = None, **kwargs) -> None:
    """Send a message only the user of `interaction` sees, whatever state the
    interaction is in (not answered yet, deferred privately or publicly).

    A public "thinking…" response cannot be turned ephemeral, so it is
    completed, deleted, and the message sent as an ephemeral follow-up.
    Content (English, as the code writes it) is shown in the user's Discord
    language (bot.i18n.localise) and cut to 2,000 characters; nothing in it can
    ping anyone. Raises discord.HTTPException when Discord refuses.
    """
    if content is not None:
        kwargs["content"] = truncate(localise(language(interaction.locale), content), CONTENT_LIMIT)
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


async def send_reply(message: discord.Message, content: str | None = None, **kwargs) -> discord.Message:
    """Reply to `message` without pinging its author or anyone else; content
    is cut to 2,000 characters. Returns the reply sent. Raises
    discord.HTTPException when Discord refuses."""
    if content is not None:
        kwargs["content"] = truncate(content, CONTENT_LIMIT)
    return await message.reply(mention_author=False, allowed_mentions=NO_MENTIONS, **kwargs)


def where(channel) -> str:
    """A channel as the log names it: "#name (id N, server S)" or "a DM (channel id N)"."""
    guild = getattr(channel, "guild", None)
    if guild is None:
        return f"a DM (channel id {channel.id})"
    return f"#{getattr(channel, 'name', '?')} (id {channel.id}, server {guild.name!r})"


def missing_permissions(channel) -> list[str]:
    """The REPLY_PERMISSIONS the bot lacks in `channel`, as Discord names them
    ("Send Messages"); [] in a DM or when all are granted."""
    guild = getattr(channel, "guild", None)
    if guild is None or guild.me is None:
        return []
    granted = channel.permissions_for(guild.me)
    needed = list(REPLY_PERMISSIONS)
    if isinstance(channel, discord.Thread):
        needed[1] = "send_messages_in_threads"
    return [name.replace("_", " ").title() for name in needed if not getattr(granted, name)]


# ------------------------------------------------------------ error policy


@dataclass(frozen=True)
class Outcome:
    """What to do about one error: `tell` the user this text (None: nothing),
    log at `level` (None: not at all) the line `note`, with the traceback when `trace`."""

    tell: str | None
    level: int | None
    note: str = ""
    trace: bool = False


def outcome(error: BaseException, place: str) -> Outcome:
    """The policy (table in the module docstring) for `error`, raised while
    answering at `place` (e.g. "/ask in #general (id …)")."""
    if isinstance(error, app_commands.CommandInvokeError):
        error = error.original
    if isinstance(error, app_commands.CommandOnCooldown):
        return Outcome(too_fast(error.retry_after), None)
    if isinstance(error, (QuestionError, Busy)):
        return Outcome(str(error), None)
    if isinstance(error, app_commands.CheckFailure):
        return Outcome(NOT_HERE, None)
    if isinstance(error, discord.Forbidden):
        return Outcome(None, logging.WARNING, f"Discord refused {place}: {error.text or 'Forbidden'} "
                                              f"(code {error.code}); nothing more is sent there")
    if isinstance(error, discord.NotFound):
        gone = "the interaction expired before the bot answered" if error.code == 10062 else error.text
        return Outcome(None, logging.WARNING, f"{place}: {gone} (Discord code {error.code}); nothing more is sent")
    if isinstance(error, discord.RateLimited) or (isinstance(error, discord.HTTPException) and error.status == 429):
        return Outcome(DISCORD_LIMITING, logging.WARNING, f"{place}: Discord rate limited the bot beyond its retries")
    if isinstance(error, discord.HTTPException) and error.status >= 500:
        return Outcome(DISCORD_FAILING, logging.WARNING, f"{place}: Discord answered {error.status} after retries")
    return Outcome(None, logging.ERROR, place, trace=True)


async def handle_error(error: BaseException, place: str, tell: Tell) -> None:
    """Apply the policy to `error` raised at `place`: log it once and, where
    there is a user to tell, call `tell(text)` once. Never raises (a failure
    of `tell` itself is one WARNING line)."""
    cause = getattr(error, "original", error)
    result = outcome(error, place)
    text = result.tell
    if result.trace:
        error_id = uuid.uuid4().hex[:8]
        log.error("error id %s %s", error_id, place, exc_info=cause)
        text = something_went_wrong(error_id)
    elif result.level is not None:
        log.log(result.level, "%s", result.note)
    if text is None:
        return
    try:
        await tell(text)
    except discord.HTTPException as failure:
        log.warning("could not tell the user at %s (%s %s): %s", place, failure.status, failure.code, text)


# ----------------------------------------------------- cooldown and load


class Cooldowns:
    """One use per `per` seconds per (user, command): the cooldown of /ask,
    /source and questions by mention or DM (which share /ask's bucket).
    Buckets unused for `per` seconds are dropped (discord.py's CooldownMapping)."""

    def __init__(self, per: float) -> None:
        self.per = per
        self._buckets = commands.CooldownMapping.from_cooldown(1, per, lambda key: key) if per > 0 else None

    def retry_after(self, user_id: int, command: str, at: float) -> float:
        """Counts one use at time `at` (Unix seconds: when Discord received
        the message or interaction); the seconds to wait when it comes too soon, else 0."""
        if self._buckets is None:
            return 0.0
        return self._buckets.update_rate_limit((user_id, command), at) or 0.0

    def check(self, interaction: discord.Interaction) -> bool:
        """An app_commands check; raises CommandOnCooldown when too soon."""
        name = interaction.command.name if interaction.command else "?"
        wait = self.retry_after(interaction.user.id, name, interaction.created_at.timestamp())
        if wait:
            raise app_commands.CommandOnCooldown(app_commands.Cooldown(1, self.per), wait)
        return True


def cooldown_check(interaction: discord.Interaction) -> bool:
    """The check decorating /ask and /source: the bot's `Cooldowns`."""
    return interaction.client.cooldowns.check(interaction)


class InFlight:
    """The questions being answered, at most `limit` at once.

    A question beyond the limit raises Busy at once rather than waiting
    (an answer minutes late helps no one). On shutdown, `restarting` tells
    the askers of the questions still in flight.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._held: dict[object, tuple[asyncio.Task | None, Tell]] = {}

    def __len__(self) -> int:
        return len(self._held)

    @asynccontextmanager
    async def slot(self, tell: Tell):
        """Hold one place while the body answers; `tell(text)` reaches the
        asker (used by `restarting`). Raises Busy when all places are taken."""
        if len(self._held) >= self.limit:
            raise Busy()
        place = object()
        self._held[place] = (asyncio.current_task(), tell)
        try:
            yield
        finally:
            self._held.pop(place, None)

    async def restarting(self, grace: float) -> None:
        """Stop the answers in flight and tell each asker RESTARTING, all
        within `grace` seconds (what is not sent by then is dropped)."""
        pending = list(self._held.values())
        self._held.clear()
        if not pending:
            return
        current = asyncio.current_task()
        for task, _ in pending:
            if task is not None and task is not current:
                task.cancel()
        log.info("shutting down: telling %d askers to ask again", len(pending))

        async def tell(send: Tell) -> None:
            try:
                await send(RESTARTING)
            except discord.HTTPException as failure:
                log.warning("could not tell an asker the bot is restarting (%s %s)", failure.status, failure.code)

        try:
            await asyncio.wait_for(asyncio.gather(*(tell(send) for _, send in pending)), grace)
        except TimeoutError:
            log.warning("shutdown grace of %g s over before every asker was told", grace)
