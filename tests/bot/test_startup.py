"""`python -m bot` starting up and shutting down against a fake Discord
(issue 12 §3): discord.py's real HTTP client and gateway client talk to a
REST + websocket server on 127.0.0.1 (ephemeral port, in a thread of its
own, as Discord is another process); `bot.__main__.main` runs in process.
The retry sleeps of discord.py's HTTP client are skipped (`fast_sleep`)."""
from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import threading

import discord
import discord.gateway
import discord.http
import pytest
import yarl
from aiohttp import web

import bot.__main__ as entry
from bot.client import ArticleBot
from bot.i18n import localise
from bot.respond import RESTARTING
from bot.settings import Settings
from tests.bot.test_http_retry import (  # noqa: F401 (fixtures)
    APP_ID,
    BOT,
    DM_ID,
    OWNER,
    TOKEN,
    against,
    ask_interaction,
    discord_json,
    fast_sleep,
    slash,
)
from tests.bot.test_main import started  # noqa: F401 (fixture)

APPLICATION = {"id": str(APP_ID), "name": "article-bot", "icon": None, "description": "", "rpc_origins": [],
               "bot_public": True, "bot_require_code_grant": False, "owner": BOT, "verify_key": "0" * 64,
               "flags": 0, "summary": ""}


class FakeDiscordProcess:
    """Discord's login, command sync and gateway, in a thread.

    logins: statuses answered to GET /users/@me in turn (200 once they run out);
    close_code: the gateway closes with it after the IDENTIFY;
    on_login: called (in the server's thread) at each login attempt.
    """

    def __init__(self, logins: list[int], close_code: int = 4004, on_login=None) -> None:
        self.logins, self.close_code, self.on_login = list(logins), close_code, on_login
        self.seen: list[str] = []
        self.identified = threading.Event()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> FakeDiscordProcess:
        self._thread.start()
        assert self._ready.wait(10)
        return self

    def __exit__(self, *exc) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(10)

    def _run(self) -> None:
        self._loop = asyncio.new_event_loop()
        app = web.Application()
        app.router.add_get("/gateway", self.gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self.rest)
        runner = web.AppRunner(app)
        self._loop.run_until_complete(runner.setup())
        site = web.TCPSite(runner, "127.0.0.1", 0)
        self._loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(runner.cleanup())

    async def rest(self, request: web.Request) -> web.Response:
        path = request.path.removeprefix("/api/v10")
        self.seen.append(f"{request.method} {path}")
        if path == "/users/@me":
            if self.on_login:
                self.on_login()
            status = self.logins.pop(0) if self.logins else 200
            if status != 200:
                return discord_json({"message": f"{status}: Internal Server Error", "code": 0}, status)
            return discord_json(BOT)
        if path == "/oauth2/applications/@me":
            return discord_json(APPLICATION)
        if request.method == "PUT" and path == f"/applications/{APP_ID}/commands":
            body = await request.json()
            return discord_json([{**c, "id": str(9000 + i), "application_id": str(APP_ID), "version": "1",
                                  "type": 1, "default_member_permissions": None} for i, c in enumerate(body)])
        return discord_json({"message": "404: Not Found", "code": 0}, 404)

    async def gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str(json.dumps({"op": 10, "d": {"heartbeat_interval": 45000}, "s": None, "t": None}))
        async for message in ws:
            if json.loads(message.data).get("op") == 2:  # IDENTIFY
                self.identified.set()
                await ws.close(code=self.close_code, message=b"closed by the fake")
                break
        return ws


@pytest.fixture
def fake_discord(started, fast_sleep, monkeypatch):  # noqa: F811
    """fake_discord(**FakeDiscordProcess options) -> (exit code, stderr lines,
    the fake): runs `python -m bot --bm25-only` in process against it."""

    def run(capsys, **options):
        with FakeDiscordProcess(**options) as fake:
            monkeypatch.setattr(discord.http.Route, "BASE", f"http://127.0.0.1:{fake.port}/api/v10")
            monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(f"ws://127.0.0.1:{fake.port}/gateway"))
            monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
            monkeypatch.setenv("ASK_COOLDOWN_SECONDS", "0")
            code = entry.main(["--bm25-only"])
        err = capsys.readouterr().err
        assert "Traceback" not in err and TOKEN not in err
        return code, [line for line in err.splitlines() if line.startswith("error:")], fake

    return run


@pytest.mark.parametrize(("close_code", "line"), [
    (4004, entry.BAD_TOKEN),  # the example: authentication failed
    (4011, entry.SHARDING),  # the example: sharding required
    (4014, entry.INTENTS),  # disallowed intents
    (4013, entry.INTENTS),  # invalid intents
    (4012, entry.GATEWAY_CLOSED.format(4012, "")),  # invalid API version
])
def test_a_gateway_close_at_start_is_one_line_and_exit_2(fake_discord, capsys, close_code, line):
    code, errors, fake = fake_discord(capsys, logins=[], close_code=close_code)
    assert fake.identified.is_set()
    assert (code, errors) == (2, [f"error: {line}"])


def test_the_sharding_line_says_what_to_do():
    assert entry.SHARDING == ("Discord requires sharding: the bot is in 2,500 servers or more for one shard "
                              "(gateway close 4011). Set SHARD_COUNT (at most 2,500 servers a shard; README, "
                              "Running at scale) and start it again.")


@pytest.mark.parametrize(("statuses", "waits"), [
    ([500] * 5, [1, 3, 5, 7, 9]),  # the example
    ([502] * 5, [1, 3, 5, 7, 9]),
    ([504, 500, 502, 524, 500], [1, 3, 5, 7, 9]),
    ([503], []),  # discord.py does not retry a 503
])
def test_login_failing_with_5xx_after_the_retries_is_one_line_and_exit_2(fake_discord, fast_sleep, capsys, statuses, waits):  # noqa: F811
    code, errors, fake = fake_discord(capsys, logins=statuses + [200])
    assert fake.seen.count("GET /users/@me") == len(statuses) and not fake.identified.is_set()
    assert (code, errors) == (2, [f"error: {entry.DISCORD_DOWN.format(statuses[-1])}"])
    assert fast_sleep.waits == waits


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT])
def test_a_signal_during_the_login_retries_exits_0(fake_discord, capsys, signum):
    """The issue's example: SIGTERM while discord.py retries a login that
    Discord answers with 500 (it used to end in "Session is closed", exit 1)."""
    sent = []

    def once():  # discord.py may try once more before the close lands: one signal, as a host sends
        if not sent:
            sent.append(signum)
            os.kill(os.getpid(), signum)

    code, errors, fake = fake_discord(capsys, logins=[500] * 3, on_login=once)
    assert (code, errors) == (0, [])
    assert not fake.identified.is_set()


def test_a_signal_during_the_first_index_build_exits_0(started, monkeypatch, capsys):  # noqa: F811
    """The index is built before the event loop runs; the signal used to kill the process (-15)."""
    built = []

    def slow_build(source, model, limits, cache):
        os.kill(os.getpid(), signal.SIGTERM)  # arrives while building
        for _ in range(1000):
            built.append(sum(range(10_000)))  # a build that takes a while
        raise AssertionError("the signal did not stop the build")

    monkeypatch.setattr("bot.sources.load_source", slow_build)
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    assert entry.main([]) == 0
    assert len(built) < 1000
    assert signal.getsignal(signal.SIGTERM) is not entry._raise_stopped  # handlers restored


@pytest.mark.parametrize(("argv", "code"), [(["--help"], 0), (["-h"], 0), (["--log-level", "loud"], 2), (["--token", "x"], 2)])
def test_help_and_bad_options_never_start_the_bot(monkeypatch, capsys, argv, code):
    monkeypatch.setattr(ArticleBot, "start", lambda self, token: pytest.fail("the bot started"))
    with pytest.raises(SystemExit) as exit_:
        entry.main(argv)
    out, err = capsys.readouterr()
    assert exit_.value.code == code
    usage = "usage: python -m bot [-h] [--article PATH] [--log-level LEVEL] [--bm25-only]"
    assert (out if code == 0 else err).splitlines()[0] == usage
    if code == 0:
        assert "--article PATH" in out and "--log-level LEVEL" in out and "Exit codes:" in out


# ---------------------------------------------------------------- shutdown


class Blocking:
    """The real core, except that `ask` waits until `release` is set."""

    def __init__(self, qa) -> None:
        self._qa, self.release, self.asked = qa, threading.Event(), threading.Event()

    def __getattr__(self, name):
        return getattr(self._qa, name)

    def ask(self, question, k=3):
        self.asked.set()
        self.release.wait(10)
        return self._qa.ask(question, k)


def test_an_interaction_in_flight_at_shutdown_is_told_the_bot_is_restarting(against, qa, monkeypatch):  # noqa: F811
    """/ask deferred publicly, its answer still being computed, then the bot
    closes: the "thinking…" is removed and the asker told, privately, to ask
    again; the answer computed afterwards is never sent."""
    blocking = Blocking(qa)

    async def scenario(bot, fake):
        bot.qa = blocking
        bot._connection.parse_interaction_create(ask_interaction(OWNER))
        await asyncio.to_thread(blocking.asked.wait, 10)
        await bot.close()
        blocking.release.set()
        await asyncio.sleep(0.05)
        return fake

    fake = against([], scenario)
    assert [c["type"] for c in fake.callbacks] == [5]  # the public "thinking…"
    assert fake.original == ["PATCH", "DELETE"]  # removed
    (told,) = fake.created
    assert told["content"] == localise("fr", RESTARTING)  # the interaction's locale
    assert [body.get("flags", 0) & 64 for _, body in fake.attempts] == [64]  # ephemeral, and nothing else posted


def test_a_mention_in_flight_at_shutdown_is_told_the_bot_is_restarting(against, qa):  # noqa: F811
    from tests.bot.test_http_retry import dm_from_alice

    blocking = Blocking(qa)

    async def scenario(bot, fake):
        bot.qa = blocking
        answering = asyncio.create_task(bot.get_cog("Questions").on_message(dm_from_alice(bot, OWNER)))
        await asyncio.to_thread(blocking.asked.wait, 10)
        await bot.close()
        blocking.release.set()
        await asyncio.gather(answering, return_exceptions=True)
        return fake

    fake = against([], scenario)
    assert [body["content"] for _, body in fake.attempts] == [localise("fr", RESTARTING)]  # a French question


def test_shutdown_tells_within_the_grace_time_and_no_longer(against, qa, caplog, monkeypatch):  # noqa: F811
    """Discord fails the notices (discord.py would retry them for 25 s, with
    real sleeps here): the bot gives up after SHUTDOWN_GRACE_SECONDS."""
    import discord.webhook.async_

    monkeypatch.setattr(discord.webhook.async_, "asyncio", asyncio)  # real retry sleeps
    blocking = Blocking(qa)

    async def scenario(bot, fake):
        bot.qa = blocking
        bot.settings = Settings(token=TOKEN, shutdown_grace_seconds=0.2)
        fake.answers[:] = [500] * 20
        for _ in range(3):
            bot._connection.parse_interaction_create(ask_interaction(OWNER))
        await asyncio.to_thread(blocking.asked.wait, 10)
        await asyncio.sleep(0.05)
        loop = asyncio.get_running_loop()
        began = loop.time()
        await bot.close()
        blocking.release.set()
        return loop.time() - began

    caplog.set_level(logging.WARNING)
    took = against([], scenario)
    assert took < 2  # bounded by the grace, not by Discord's retries
    assert "shutdown grace of 0.2 s over before every asker was told" in caplog.text


def test_sigterm_during_the_first_index_build_of_a_real_process_exits_0(tmp_path):
    """The issue's example, as a host sends it: `python -m bot` on a large
    article never indexed (a fresh cache folder), SIGTERM 3 s in, while the
    index is built (it takes over 10 s here): exit 0, nothing on stderr."""
    import random
    import subprocess
    import sys
    import time

    from tests.bot.test_settings import clean_env

    rng = random.Random(1)
    words = "amazon tiktok employés sécurité données application réseau vidéo Chine loi marché utilisateurs".split()
    lines = (" ".join(rng.choice(words) for _ in range(12)).capitalize() + "." for _ in range(150_000))
    (tmp_path / "big.txt").write_text("\n".join(lines), encoding="utf-8")
    env = clean_env(DISCORD_TOKEN=TOKEN, ARTICLE_PATH="big.txt", ARTICLE_BOT_CACHE_DIR=str(tmp_path / "cache"))
    child = subprocess.Popen([sys.executable, "-m", "bot", "--bm25-only"], cwd=tmp_path, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(3)
    child.send_signal(signal.SIGTERM)
    out, err = child.communicate(timeout=60)
    assert (child.returncode, out, err) == (0, "", "")
