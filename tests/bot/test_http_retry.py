"""Discord rate limiting (429) or failing (5xx) on the bot's reply, through
discord.py's REAL HTTP client.

simcord replaces discord.py's HTTP layer, so its retry loop never runs in the
other tests. Here the bot talks with its real `discord.http.HTTPClient` (and
the real webhook adapter behind interaction follow-ups) to a tiny fake Discord
REST server on 127.0.0.1 (ephemeral port): `Route.BASE` points there, and any
request the fake does not know is recorded and fails the test. Nothing else
is contacted. The bot's handlers are driven as the gateway would drive them
(a DM message to `QACog.on_message`, an /ask interaction to the command tree).

Behaviour of discord.py 2.7.1 this relies on (discord/http.py,
discord/webhook/async_.py): a request is tried at most 5 times; a 429 is
retried after the body's `retry_after` only when the response has a `Via`
header (Discord's does; without it the 429 is taken for a Cloudflare ban and
raised at once); a 500/502/504/524 (webhooks: any 5xx) is retried after
1 + 2 * attempt seconds, the attempt counter including 429s, and it still
sleeps after the fifth failure before raising `DiscordServerError`. Those
sleeps (1 + 3 + 5 + 7 + 9 = 25 s per request) are recorded and skipped: the
`asyncio` seen by those two modules has a `sleep` that returns at once.
"""
from __future__ import annotations

import asyncio
import itertools
import json
import logging
import re
import time

import discord
import discord.http
import discord.webhook.async_
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from bot.client import ArticleBot
from bot.i18n import localise
from bot.respond import DISCORD_FAILING
from bot.settings import Settings

OWNER = "Qui possède TikTok ?"
TOKEN = "not-a-real-token"
BOT_ID, APP_ID, ALICE_ID, DM_ID = 1000, 1001, 2000, 3000
BOT = {"id": str(BOT_ID), "username": "article-bot", "discriminator": "0", "global_name": None, "avatar": None, "bot": True}
ALICE = {"id": str(ALICE_ID), "username": "alice", "discriminator": "0", "global_name": "Alice", "avatar": None}
BUCKET = "41f9cd5d28af77da04563bcb1d67fdfd"  # an X-RateLimit-Bucket as Discord sends it
NONE = {"parse": []}
#: The reply to a message: no pings, and not even its author (mention_author=False).
NONE_IN_REPLY = {"parse": [], "replied_user": False}
TIMEOUT = 10.0  # seconds; a hang fails instead of blocking the suite

_snowflakes = itertools.count(5000)


def discord_json(payload: dict, status: int = 200, headers: dict | None = None) -> web.Response:
    """A JSON response with Discord's exact `Content-Type: application/json`
    (discord.py parses nothing else as JSON; aiohttp's json_response adds a charset)."""
    headers = {"Content-Type": "application/json", **(headers or {})}
    return web.Response(body=json.dumps(payload).encode(), status=status, headers=headers)


def rate_limited(retry_after: float = 0.05) -> web.Response:
    """A per-route 429 as Discord sends it: JSON body with `retry_after`,
    `Retry-After` (whole seconds, rounded up), X-RateLimit-* and `Via`."""
    body = {"message": "You are being rate limited.", "retry_after": retry_after, "global": False}
    headers = {
        "Retry-After": "1",
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "0",
        "X-RateLimit-Reset": f"{time.time() + retry_after:.3f}",
        "X-RateLimit-Reset-After": f"{retry_after:.3f}",
        "X-RateLimit-Bucket": BUCKET,
        "X-RateLimit-Scope": "user",
        "Via": "1.1 google",
    }
    return discord_json(body, 429, headers)


def server_error(status: int) -> web.Response:
    """A 5xx: a 502 is Cloudflare's HTML page, a 500 Discord's JSON error."""
    if status == 502:
        return web.Response(status=502, text="<html><body><h1>502 Bad Gateway</h1></body></html>", content_type="text/html")
    return discord_json({"message": f"{status}: Internal Server Error", "code": 0}, status, {"Via": "1.1 google"})


def ok(payload: dict) -> web.Response:
    """A 200 with the rate limit headers of a bucket that is not exhausted."""
    headers = {
        "X-RateLimit-Limit": "5",
        "X-RateLimit-Remaining": "4",
        "X-RateLimit-Reset": f"{time.time() + 5:.3f}",
        "X-RateLimit-Reset-After": "5.000",
        "X-RateLimit-Bucket": BUCKET,
        "Via": "1.1 google",
    }
    return discord_json(payload, 200, headers)


def message_json(message_id: int, channel_id: int, author: dict, body: dict | None = None) -> dict:
    """A minimal message object; content and embeds taken from `body`."""
    body = body or {}
    return {
        "id": str(message_id),
        "channel_id": str(channel_id),
        "author": author,
        "content": body.get("content") or "",
        "timestamp": "2024-01-01T00:00:00.000000+00:00",
        "edited_timestamp": None,
        "tts": False,
        "mention_everyone": False,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": body.get("embeds") or [],
        "pinned": False,
        "type": 19 if "message_reference" in body else 0,
    }


class FakeDiscord:
    """Discord's REST API, as far as the bot needs it, on 127.0.0.1.

    answers: the statuses given, in order, to the posts of a message (channel
    messages and interaction follow-ups); 200 once they run out (403: the
    user's DMs are closed, code 50007).
    attempts: (path, JSON body) of every such post, in order.
    created: the messages actually created (one per 200).
    callbacks: the interaction responses (e.g. a defer); original: the
    methods of the edits and deletions of an interaction's original response.
    unexpected: requests to anything else (should stay empty).
    """

    def __init__(self, answers: list[int]) -> None:
        self.answers = list(answers)
        self.attempts: list[tuple[str, dict]] = []
        self.created: list[dict] = []
        self.callbacks: list[dict] = []
        self.original: list[str] = []
        self.unexpected: list[str] = []
        app = web.Application()
        app.router.add_route("*", "/api/v10/{tail:.*}", self.handle)
        self.server = TestServer(app, host="127.0.0.1", port=0)

    async def handle(self, request: web.Request) -> web.Response:
        path = request.path.removeprefix("/api/v10")
        if request.headers.get("Authorization") != f"Bot {TOKEN}" and not path.startswith(("/interactions/", "/webhooks/")):
            return discord_json({"message": "401: Unauthorized", "code": 0}, 401)
        if request.method == "GET" and path == "/users/@me":
            return ok(BOT)
        if request.method == "POST" and re.fullmatch(r"/interactions/\d+/[\w-]+/callback", path):
            body = await request.json()
            self.callbacks.append(body)
            interaction_id = path.split("/")[2]
            loading = body["type"] == 5  # DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
            return ok({"interaction": {"id": interaction_id, "type": 2, "response_message_loading": loading}})
        channel = re.fullmatch(r"/channels/(\d+)/messages", path)
        followup = re.fullmatch(rf"/webhooks/{APP_ID}/[\w-]+", path)
        if request.method == "POST" and (channel or followup):
            body = await request.json()
            self.attempts.append((path, body))
            status = self.answers.pop(0) if self.answers else 200
            if status == 429:
                return rate_limited()
            if status == 403:
                return discord_json({"message": "Cannot send messages to this user", "code": 50007}, 403)
            if status >= 500:
                return server_error(status)
            message = message_json(next(_snowflakes), int(channel.group(1)) if channel else DM_ID, BOT, body)
            self.created.append(message)
            return ok(message)
        original = re.fullmatch(rf"/webhooks/{APP_ID}/[\w-]+/messages/@original", path)
        if original and request.method in ("PATCH", "DELETE"):
            self.original.append(request.method)
            if request.method == "DELETE":
                return web.Response(status=204)
            return ok(message_json(next(_snowflakes), DM_ID, BOT, await request.json()))
        self.unexpected.append(f"{request.method} {path}")
        return discord_json({"message": "404: Not Found", "code": 0}, 404)


class FastAsyncio:
    """`asyncio` as discord.py's HTTP modules see it: `sleep` is recorded
    (in `sleeps`) and returns at once; everything else is the real module."""

    def __init__(self) -> None:
        self.sleeps: list[float] = []

    @property
    def waits(self) -> list[float]:
        """The non-zero sleeps: the retry waits (discord.py's bucket
        bookkeeping also sleeps 0 s after a request without rate limit headers)."""
        return [delay for delay in self.sleeps if delay]

    def __getattr__(self, name):
        return getattr(asyncio, name)

    async def sleep(self, delay: float, result=None):
        self.sleeps.append(delay)
        await asyncio.sleep(0)
        return result


@pytest.fixture
def fast_sleep(monkeypatch) -> FastAsyncio:
    """Skip (and record) the sleeps of discord.py's retry loops."""
    fake = FastAsyncio()
    monkeypatch.setattr(discord.http, "asyncio", fake)
    monkeypatch.setattr(discord.webhook.async_, "asyncio", fake)
    return fake


@pytest.fixture
def against(qa, monkeypatch, fast_sleep):
    """against(answers, scenario) -> scenario's value: starts a FakeDiscord
    answering `answers` to message posts, points discord.py at it, logs an
    ArticleBot in with its real HTTP client, loads the qa cog, then awaits
    `scenario(bot, fake)` (within TIMEOUT). The bot is closed afterwards."""

    def run(answers, scenario):
        async def main():
            fake = FakeDiscord(answers)
            await fake.server.start_server()
            try:
                assert fake.server.host == "127.0.0.1"
                monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{fake.server.port}/api/v10")
                bot = ArticleBot(Settings(token=TOKEN, ask_cooldown_seconds=0.0), qa)
                async with bot:
                    user = await bot.http.static_login(TOKEN)  # what Client.login does first
                    bot._connection.user = discord.ClientUser(state=bot._connection, data=user)
                    await bot.load_extension("bot.cogs.qa")
                    result = await asyncio.wait_for(scenario(bot, fake), TIMEOUT)
                assert fake.unexpected == []
                return result
            finally:
                await fake.server.close()

        return asyncio.run(main())

    return run


def dm_from_alice(bot: ArticleBot, content: str) -> discord.Message:
    """A DM from alice to the bot, as the gateway would deliver it."""
    state = bot._connection
    channel = discord.DMChannel(me=bot.user, state=state, data={"id": str(DM_ID), "type": 1, "recipients": [ALICE]})
    data = message_json(next(_snowflakes), DM_ID, ALICE, {"content": content})
    return discord.Message(state=state, channel=channel, data=data)


def ask_interaction(question: str) -> dict:
    """The INTERACTION_CREATE payload of alice's /ask in her DM with the bot."""
    return {
        "id": str(next(_snowflakes)),
        "application_id": str(APP_ID),
        "type": 2,
        "token": "interaction-token",
        "version": 1,
        "data": {"id": "4000", "name": "ask", "type": 1, "options": [{"name": "question", "type": 3, "value": question}]},
        "channel_id": str(DM_ID),
        "channel": {"id": str(DM_ID), "type": 1, "recipients": [ALICE]},
        "user": ALICE,
        "locale": "fr",
        "attachment_size_limit": 10 * 1024 * 1024,
        "context": 1,  # BOT_DM
        "authorizing_integration_owners": {"1": str(ALICE_ID)},
        "app_permissions": "0",
        "entitlements": [],
    }


@pytest.fixture
def replies(monkeypatch) -> list:
    """What each `Message.reply` returned (or the exception it raised), in order."""
    returned = []
    real_reply = discord.Message.reply

    async def reply(self, *args, **kwargs):
        try:
            message = await real_reply(self, *args, **kwargs)
        except Exception as error:
            returned.append(error)
            raise
        returned.append(message)
        return message

    monkeypatch.setattr(discord.Message, "reply", reply)
    return returned


def same_post_each_time(attempts: list[tuple[str, dict]]) -> dict:
    """The one body posted on every attempt (retries resend it unchanged)."""
    bodies = [json.dumps(body, sort_keys=True) for _, body in attempts]
    assert len(set(bodies)) == 1, bodies
    return attempts[0][1]


# --------------------------------------------------------- mention / DM reply


@pytest.mark.parametrize(
    ("answers", "sleeps"),
    [
        ([429, 502], [0.05, 3]),  # the 429 counts as attempt 0: the 502 waits 1 + 2 * 1
        ([502, 429], [1, 0.05]),
        ([500, 500], [1, 3]),
    ],
)
def test_a_reply_rate_limited_or_failing_is_retried_and_posted_once(against, fast_sleep, replies, caplog, answers, sleeps):
    async def scenario(bot, fake):
        question = dm_from_alice(bot, OWNER)
        await bot.get_cog("Questions").on_message(question)  # returns: nothing escaped
        return fake, question, bot.last_answers.get(DM_ID)

    caplog.set_level(logging.WARNING)
    fake, question, remembered = against(answers, scenario)

    assert [path for path, _ in fake.attempts] == [f"/channels/{DM_ID}/messages"] * 3
    (created,) = fake.created
    (returned,) = replies
    assert isinstance(returned, discord.Message) and returned.id == int(created["id"])
    assert returned.embeds[0].title == "ByteDance"
    body = same_post_each_time(fake.attempts)
    assert body["allowed_mentions"] == NONE_IN_REPLY
    assert body["message_reference"]["message_id"] == question.id
    assert body["embeds"][0]["title"] == "ByteDance"
    assert fast_sleep.waits == sleeps
    assert remembered is not None and remembered.question == OWNER  # the bot carried on after the post
    assert not [r for r in caplog.records if r.name.startswith("bot")]  # no error reported
    if 429 in answers:
        assert any("We are being rate limited" in r.getMessage() for r in caplog.records)


def test_a_reply_discord_keeps_failing_is_given_up_and_the_bot_carries_on(against, fast_sleep, replies, caplog):
    """Five 500s on the answer, five on the "Discord had a problem" that
    follows: both raise DiscordServerError; Discord failing is not our bug, so
    two WARNING lines and no traceback or error id; once Discord is back, the
    next question is answered."""

    async def scenario(bot, fake):
        cog = bot.get_cog("Questions")
        await cog.on_message(dm_from_alice(bot, OWNER))
        during = (list(fake.attempts), list(fake.created))
        await cog.on_message(dm_from_alice(bot, OWNER))
        return fake, during

    caplog.set_level(logging.WARNING)
    fake, (attempts, created) = against([500] * 10, scenario)

    assert len(attempts) == 10 and created == []  # bounded: 5 tries per post, nothing posted
    answer, apology = attempts[0][1], attempts[5][1]
    assert same_post_each_time(attempts[:5]) == answer and answer["embeds"][0]["title"] == "ByteDance"
    assert same_post_each_time(attempts[5:]) == apology
    assert apology["content"] == localise("fr", DISCORD_FAILING)  # to a French question
    assert answer["allowed_mentions"] == apology["allowed_mentions"] == NONE_IN_REPLY
    assert [type(r) for r in replies[:2]] == [discord.DiscordServerError] * 2
    assert all(r.status == 500 for r in replies[:2])
    assert fast_sleep.waits == [1, 3, 5, 7, 9] * 2  # it even waits after the fifth failure
    logged = [r for r in caplog.records if r.name.startswith("bot")]
    assert [(r.levelno, r.getMessage()) for r in logged] == [
        (logging.WARNING, f"a reply in a DM (channel id {DM_ID}): Discord answered 500 after retries"),
        (logging.WARNING, f"could not tell the user at a reply in a DM (channel id {DM_ID}) (500 0): {DISCORD_FAILING}"),
    ]
    assert all(r.exc_info is None for r in logged)
    # Discord is back: the next question gets one answer.
    (later,) = fake.created
    assert later["embeds"][0]["title"] == "ByteDance" and len(fake.attempts) == 11
    assert isinstance(replies[2], discord.Message)


def test_a_reply_discord_forbids_is_one_warning_and_not_retried(against, fast_sleep, replies, caplog):
    """A DM to a user who closed their DMs (403, 50007): discord.py raises
    Forbidden at once; the bot logs one WARNING and posts nothing more there."""

    async def scenario(bot, fake):
        await bot.get_cog("Questions").on_message(dm_from_alice(bot, OWNER))
        return fake

    caplog.set_level(logging.INFO)
    fake = against([403], scenario)
    assert len(fake.attempts) == 1 and fake.created == [] and fast_sleep.waits == []
    assert [type(r) for r in replies] == [discord.Forbidden]
    assert [(r.levelno, r.getMessage()) for r in caplog.records if r.name.startswith("bot")] == [
        (logging.WARNING, f"Discord refused a reply in a DM (channel id {DM_ID}): Cannot send messages to this user "
                          "(code 50007); nothing more is sent there")]


# ------------------------------------------------------------- /ask follow-up


async def slash(bot: ArticleBot, payload: dict) -> None:
    """Deliver an INTERACTION_CREATE to the bot and wait for the command
    tree to finish with it (the command and its error handler)."""
    bot._connection.parse_interaction_create(payload)
    await asyncio.gather(*[t for t in asyncio.all_tasks() if t.get_name() == "CommandTree-invoker"])


@pytest.mark.parametrize(("answers", "sleeps"), [([429, 502], [0.05, 3]), ([503, 429], [1, 0.05])])
def test_an_ask_follow_up_rate_limited_or_failing_is_retried_and_posted_once(against, fast_sleep, caplog, answers, sleeps):
    """The answer to /ask completes the "thinking…" with a follow-up (the
    webhook adapter's own retry loop): one defer, one answer, no error."""

    async def scenario(bot, fake):
        await slash(bot, ask_interaction(OWNER))
        return fake, bot.last_answers.get(DM_ID)

    caplog.set_level(logging.WARNING)
    fake, remembered = against(answers, scenario)

    assert [c["type"] for c in fake.callbacks] == [5]  # one public "thinking…"
    assert [path for path, _ in fake.attempts] == [f"/webhooks/{APP_ID}/interaction-token"] * 3
    (created,) = fake.created
    body = same_post_each_time(fake.attempts)
    assert body["allowed_mentions"] == NONE
    assert body["embeds"][0]["title"] == created["embeds"][0]["title"] == "ByteDance"
    assert fast_sleep.waits == sleeps
    assert fake.original == []
    assert remembered is not None and remembered.question == OWNER  # send_public returned
    assert not [r for r in caplog.records if r.name.startswith("bot")]


def test_an_ask_follow_up_discord_keeps_failing_is_told_privately(against, fast_sleep, caplog):
    """Five 500s on the answer: DiscordServerError reaches ArticleTree.on_error,
    which clears the public "thinking…" and tells the asker privately that
    Discord failed (Discord is back by then); the failed answer is never posted, nothing is posted twice."""

    async def scenario(bot, fake):
        await slash(bot, ask_interaction(OWNER))
        return fake, bot.last_answers.get(DM_ID)

    caplog.set_level(logging.WARNING)
    fake, remembered = against([500] * 5, scenario)

    assert len(fake.attempts) == 6  # five tries of the answer, then the private error
    answer = same_post_each_time(fake.attempts[:5])
    assert answer["embeds"][0]["title"] == "ByteDance"
    assert fast_sleep.waits == [1, 3, 5, 7, 9]
    (created,) = fake.created
    error = fake.attempts[5][1]
    assert error["flags"] & 64  # ephemeral
    assert error["allowed_mentions"] == NONE
    assert created["content"] == localise("fr", DISCORD_FAILING)  # Discord's failure, not a bug: no error id
    assert fake.original == ["PATCH", "DELETE"]  # the public "thinking…" is removed
    assert remembered is None
    (logged,) = [r for r in caplog.records if r.name.startswith("bot")]
    assert logged.levelno == logging.WARNING and logged.exc_info is None
    assert logged.getMessage() == f"/ask in a DM (channel id {DM_ID}): Discord answered 500 after retries"
