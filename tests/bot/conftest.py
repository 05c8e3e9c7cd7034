"""Shared fixtures of the Discord front-end tests.

The bot runs offline in simcord (discord.py's real command tree, parsers and
cache against an in-memory Discord). Tests are plain functions that call
`simulate(scenario)`: it builds an ArticleBot on the real bundled article,
starts it in simcord with one guild, a #general channel and two members,
then awaits `scenario(world)`. No network, no token, no pytest-asyncio.

simcord sends every interaction with the locale "en-US"; `World.locales` sets
a member's Discord client language (e.g. {alice.id: "fr"}) in the
INTERACTION_CREATE payloads the simulated Discord sends, as Discord does.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import simcord

from bot.client import ArticleBot
from bot.settings import DEFAULT_ARTICLE, Settings
from index.qa import QA
from tests.conftest import CACHE

REPO = Path(__file__).resolve().parents[2]
SENTENCES = (REPO / "articles" / "amazon-tiktok-2020-07.fr.sentences.txt").read_text(encoding="utf-8").splitlines()


@dataclass
class World:
    """One running simulation: the env, the bot and the people in it."""

    env: simcord.Env
    bot: ArticleBot
    guild: simcord.GuildHandle
    channel: simcord.ChannelHandle
    alice: simcord.MemberActor
    bob: simcord.MemberActor
    locales: dict[int, str] = field(default_factory=dict)

    def sent(self) -> list[dict]:
        """The message payloads of every REST call by which the bot sent or
        edited a message (channel messages, replies, interaction responses,
        follow-ups and edits), in order. Defers carry no message and are left out."""
        bodies = []
        for request in self.env.http_requests:
            body = request.json if isinstance(request.json, dict) else None
            if body is None or request.method not in ("POST", "PATCH"):
                continue
            if request.path.endswith("/callback"):
                if body.get("type") == 4:  # CHANNEL_MESSAGE_WITH_SOURCE
                    bodies.append(body["data"])
            elif "/webhooks/" in request.path or request.path.endswith("/messages"):
                bodies.append(body)
        return bodies

    def dm(self, member: simcord.MemberActor) -> simcord.ChannelHandle:
        """The DM channel between `member` and the bot."""
        return member.user.dm_channel


def with_locales(env: simcord.Env, locales: dict[int, str]) -> None:
    """Make the simulated Discord send, in each interaction, the client locale
    `locales[user id]` of the user who acts (simcord's default: "en-US")."""
    emit = env.backend.emit

    def emit_with_locale(event: str, payload):
        if event == "INTERACTION_CREATE":
            user = (payload.get("member") or {}).get("user") or payload.get("user") or {}
            locale = locales.get(int(user.get("id", 0)))
            if locale:
                payload = {**payload, "locale": locale}
        return emit(event, payload)

    env.backend.emit = emit_with_locale


@pytest.fixture
def unreadable(monkeypatch):
    """unreadable(name): reading a file of that name raises PermissionError
    (the tests run as root, which chmod 000 does not stop)."""
    def make(name: str) -> None:
        real = Path.read_bytes

        def read_bytes(self):
            if self.name == name:
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)

    return make


@pytest.fixture(scope="session")
def sentences() -> list[str]:
    """The bundled article's correct sentence split; sentence n is item n - 1."""
    return SENTENCES


@pytest.fixture(scope="session")
def quote():
    """quote(n) -> how sentence n of the bundled article is quoted in an embed."""
    return lambda number: f"> **[{number}]** {SENTENCES[number - 1]}"


@pytest.fixture(scope="session")
def qa() -> QA:
    """The real core, loaded once on the bundled article."""
    return QA.from_path(DEFAULT_ARTICLE, cache=CACHE)


@pytest.fixture
def simulate(qa):
    """simulate(scenario, *, qa=None, cooldown=0.0, settings=None, **simcord_options)
    -> the scenario's return value. `qa` replaces the real core (e.g. a wrapper
    that raises); `cooldown` is ASK_COOLDOWN_SECONDS (0 = off, so tests can ask
    several times); `settings` other Settings fields."""

    def run(scenario, *, qa=qa, cooldown: float = 0.0, settings: dict | None = None, **options):
        async def main():
            bot = ArticleBot(Settings(token="not-a-real-token", ask_cooldown_seconds=cooldown, **(settings or {})), qa)
            async with simcord.run(bot, **options) as env:
                guild = env.create_guild()
                channel = guild.create_text_channel("general")
                alice = guild.add_member(env.create_user("alice"))
                bob = guild.add_member(env.create_user("bob"))
                world = World(env, bot, guild, channel, alice, bob)
                with_locales(env, world.locales)
                return await scenario(world)

        return asyncio.run(main())

    return run
