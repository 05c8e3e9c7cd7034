"""Discord's error codes are expected events (issue 9 §4), load shedding
(issue 12 §1), the bounded memory of last answers (issue 12 §4): through
discord.py's real command tree in simcord."""
from __future__ import annotations

import asyncio
import logging

import discord
import pytest
from discord import app_commands

from bot.client import LastAnswers
from bot.cogs.qa import NOTHING_ASKED
from bot.i18n import localise
from bot.respond import BUSY, DISCORD_FAILING, DISCORD_LIMITING, Busy, Outcome, outcome, too_fast
from index.errors import QuestionError

OWNER = "Qui possède TikTok ?"
CEO = "Qui est le nouveau directeur général de TikTok ?"


def bot_records(caplog) -> list[tuple[int, str]]:
    return [(r.levelno, r.getMessage()) for r in caplog.records if r.name.startswith("bot")]


def callbacks(w) -> list:
    return [r for r in w.env.http_requests if r.path.endswith("/callback")]


def where(channel, guild) -> str:
    return f"#{channel.name} (id {channel.id}, server {guild.name!r})"


# ----------------------------------------------- missing permission on a reply


@pytest.mark.parametrize(("denied", "named"), [
    # the example; without Send Messages, Discord denies Embed Links too
    ({"send_messages": False}, "Send Messages and Embed Links permissions there (grant them"),
    ({"embed_links": False}, "Embed Links permission there (grant it"),
    ({"read_message_history": False}, "Read Message History permission there (grant it"),
    ({"embed_links": False, "read_message_history": False},
     "Embed Links and Read Message History permissions there (grant them"),
])
def test_a_mention_where_the_bot_cannot_reply_is_one_warning_and_nothing_sent(simulate, caplog, denied, named):
    async def scenario(w):
        locked = w.guild.create_text_channel("locked", overwrites={w.guild.me: discord.PermissionOverwrite(**denied)})
        await w.alice.send(locked, f"{w.bot.user.mention} {OWNER}")
        await w.alice.send(locked, f"{w.bot.user.mention} {OWNER}")  # and again: still nothing sent there
        assert w.sent() == []
        return locked

    caplog.set_level(logging.WARNING, logger="bot")
    locked = simulate(scenario)
    line = f"cannot reply in #locked (id {locked.id}, server 'Test Guild'): the bot lacks the {named} to answer mentions)"
    assert bot_records(caplog) == [(logging.WARNING, line)] * 2


@pytest.mark.parametrize(("status", "code", "text"), [
    (403, 50013, "Missing Permissions"),
    (403, 50001, "Missing Access"),
    (403, 50007, "Cannot send messages to this user"),
])
def test_discord_refusing_a_reply_is_one_warning_and_no_second_post(simulate, caplog, status, code, text):
    """The permission cache said yes, Discord says no: no apology posted into the same dead place."""

    async def scenario(w):
        w.env.inject_error("POST", "/channels/*/messages", status=status, code=code, message=text)
        await w.alice.send(w.channel, f"{w.bot.user.mention} {OWNER}")
        posts = [r for r in w.env.http_requests if r.method == "POST" and r.path.endswith("/messages")]
        assert len(posts) == 1  # the answer, refused; nothing more
        assert w.channel.last_message.author.id == w.alice.id
        await w.alice.send(w.channel, f"{w.bot.user.mention} {OWNER}")  # the fault is gone: answered
        assert w.channel.last_message.embeds[0].title == "ByteDance"
        return where(w.channel, w.guild)

    caplog.set_level(logging.WARNING, logger="bot")
    place = simulate(scenario)
    assert bot_records(caplog) == [
        (logging.WARNING, f"Discord refused a reply in {place}: {text} (code {code}); nothing more is sent there")]


# ------------------------------------------------------ expired interaction


@pytest.mark.parametrize(("command", "options"), [
    ("ask", {"question": OWNER}),  # the example
    ("source", {"number": 3}),
    ("source", {"query": "Hong Kong"}),
    ("about", {}),
    ("help", {}),
])
def test_an_expired_interaction_is_one_warning_and_no_second_callback(simulate, caplog, command, options):
    async def scenario(w):
        w.env.inject_error("POST", "/interactions/*/callback", status=404, code=10062, message="Unknown interaction")
        await w.alice.slash(w.channel, command, **options)
        assert len(callbacks(w)) == 1
        assert [r.path for r in w.env.http_requests if "/webhooks/" in r.path or r.path.endswith("/messages")] == []
        w.env.errors  # seen
        return where(w.channel, w.guild)

    caplog.set_level(logging.WARNING, logger="bot")
    place = simulate(scenario)
    assert bot_records(caplog) == [(logging.WARNING, f"/{command} in {place}: the interaction expired before "
                                                     "the bot answered (Discord code 10062); nothing more is sent")]


# ---------------------------------------------------------- the policy table


class FakeResponse:
    def __init__(self, status: int, reason: str = "") -> None:
        self.status, self.reason = status, reason


def http(cls, status: int, code: int, message: str):
    return cls(FakeResponse(status), {"code": code, "message": message})


@pytest.mark.parametrize(("error", "expected"), [
    (QuestionError("Your question is empty"), Outcome("Your question is empty", None)),
    (Busy(), Outcome(BUSY, None)),
    (app_commands.CommandOnCooldown(app_commands.Cooldown(1, 5), 4.2), Outcome(too_fast(4.2), None)),
    (http(discord.Forbidden, 403, 50013, "Missing Permissions"),
     Outcome(None, logging.WARNING, "Discord refused X: Missing Permissions (code 50013); nothing more is sent there")),
    (http(discord.NotFound, 404, 10008, "Unknown Message"),
     Outcome(None, logging.WARNING, "X: Unknown Message (Discord code 10008); nothing more is sent")),
    (http(discord.HTTPException, 429, 0, "You are being rate limited."),
     Outcome(DISCORD_LIMITING, logging.WARNING, "X: Discord rate limited the bot beyond its retries")),
    (discord.RateLimited(120.0), Outcome(DISCORD_LIMITING, logging.WARNING, "X: Discord rate limited the bot beyond its retries")),
    (http(discord.DiscordServerError, 502, 0, "Bad Gateway"),
     Outcome(DISCORD_FAILING, logging.WARNING, "X: Discord answered 502 after retries")),
    (http(discord.HTTPException, 400, 50035, "Invalid Form Body"), Outcome(None, logging.ERROR, "X", trace=True)),
    (RuntimeError("disk on fire"), Outcome(None, logging.ERROR, "X", trace=True)),
])
def test_the_error_policy(error, expected):
    wrapped = app_commands.CommandInvokeError(app_commands.Command(name="ask", description="-", callback=_ask), error)
    assert outcome(error, "X") == outcome(wrapped, "X") == expected


async def _ask(interaction: discord.Interaction) -> None:
    """A command callback, for CommandInvokeError."""


# ------------------------------------------------------------ load shedding


def test_a_full_bot_says_busy_privately_before_thinking(simulate):
    async def scenario(w):
        async def nothing(text):
            pass

        async with w.bot.in_flight.slot(nothing):  # the one place is taken
            busy = await w.alice.slash(w.channel, "ask", question=OWNER)
            source = await w.bob.slash(w.channel, "source", query="Hong Kong")
            await w.alice.send(w.channel, f"{w.bot.user.mention} {CEO}")
            mention = w.channel.last_message
        assert busy.ephemeral and not busy.deferred and busy.response.content == BUSY
        assert source.ephemeral and not source.deferred and source.response.content == BUSY
        # The mention's question is French: so is the reply.
        assert mention.author.id == w.bot.user.id and mention.content == localise("fr", BUSY) != BUSY
        assert w.channel.history(viewer=w.bob)[-1].content == localise("fr", BUSY)  # the mention reply only
        # The place is free again: answered.
        again = await w.alice.slash(w.channel, "ask", question=OWNER)
        assert again.response.embeds[0].title == "ByteDance"
        assert len(w.bot.in_flight) == 0
        w.env.errors  # the refusals, seen

    simulate(scenario, settings={"max_pending_questions": 1})


def test_help_and_small_talk_need_no_place(simulate):
    async def scenario(w):
        async def nothing(text):
            pass

        async with w.bot.in_flight.slot(nothing):
            help_ = await w.alice.slash(w.channel, "help")
            thanks = await w.alice.slash(w.channel, "ask", question="merci")
        assert help_.response.embeds[0].title == "How to use me"
        assert thanks.response.content == "Avec plaisir ! Posez-moi une autre question sur l’article si vous voulez."

    simulate(scenario, settings={"max_pending_questions": 1})


def test_in_flight_limit_counts_and_frees_places():
    async def main():
        told = []

        async def tell(text):
            told.append(text)

        gate = InFlightLimit(2)
        async with gate.slot(tell):
            async with gate.slot(tell):
                assert len(gate) == 2
                with pytest.raises(Busy):
                    async with gate.slot(tell):
                        pass
            assert len(gate) == 1
        with pytest.raises(ValueError):
            async with gate.slot(tell):
                raise ValueError("an answer that failed")
        assert len(gate) == 0 and told == []

    from bot.respond import InFlight as InFlightLimit

    asyncio.run(main())


# ------------------------------------------------------------- last answers


def test_last_answers_is_an_lru_of_bounded_size(qa):
    memory = LastAnswers(3)
    answers = {channel: qa.passage(channel) for channel in range(1, 6)}
    for channel in (1, 2, 3):
        memory.remember(channel, answers[channel])
    assert memory.get(1) is answers[1]  # 1 is now the most recent
    memory.remember(4, answers[4])  # forgets 2, the least recently used
    assert list(memory) == [3, 1, 4] and memory.get(2) is None
    memory.remember(3, answers[5])  # a channel's newer answer replaces its older one
    assert list(memory) == [1, 4, 3] and memory.get(3) is answers[5]
    for channel in range(100, 1100):
        memory.remember(channel, answers[1])
    assert len(memory) == 3 and list(memory) == [1097, 1098, 1099]


def test_source_forgets_the_least_recently_used_channel(simulate, quote):
    async def scenario(w):
        channels = [w.channel] + [w.guild.create_text_channel(f"c{i}") for i in (2, 3)]
        for channel in channels:
            await w.alice.slash(channel, "ask", question=OWNER)
        assert len(w.bot.last_answers) == 2
        first = await w.bob.slash(channels[0], "source")
        assert first.ephemeral and first.response.content == NOTHING_ASKED
        last = await w.bob.slash(channels[2], "source")
        assert last.response.embeds[0].description.splitlines()[0] == quote(8)

    simulate(scenario, settings={"last_answers_max": 2})
