"""Shared fixtures of the Discord front-end tests.

The bot runs offline in simcord (discord.py's real command tree, parsers and
cache against an in-memory Discord). Tests are plain functions that call
`simulate(scenario)`: it builds an ArticleBot on the real bundled article,
starts it in simcord with one guild, a #general channel and two members,
then awaits `scenario(world)`. No network, no token, no pytest-asyncio.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass
from pathlib import Path

import pytest
import simcord

from bot.client import ArticleBot
from bot.settings import DEFAULT_ARTICLE, Settings
from index.qa import QA

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

    def sent(self, method: str = "*") -> list:
        """JSON bodies of every message-creating REST call the bot made."""
        bodies = []
        for request in self.env.http_requests:
            creates = request.method == "POST" and (
                request.path.endswith("/messages") or "/callback" in request.path or "/webhooks/" in request.path
            )
            edits = request.method == "PATCH" and "/webhooks/" in request.path
            if (creates or edits) and isinstance(request.json, dict):
                bodies.append(request.json)
        return bodies


@pytest.fixture(scope="session")
def qa() -> QA:
    """The real core, loaded once on the bundled article."""
    return QA.from_path(DEFAULT_ARTICLE)


@pytest.fixture
def simulate(qa):
    """simulate(scenario, *, qa=None, cooldown=0.0, **simcord_options) -> the
    scenario's return value. `qa` replaces the real core (e.g. a wrapper that
    raises); `cooldown` is ASK_COOLDOWN_SECONDS (0 = off, so tests can ask
    several times)."""

    def run(scenario, *, qa=qa, cooldown: float = 0.0, **options):
        async def main():
            bot = ArticleBot(Settings(token="not-a-real-token", ask_cooldown_seconds=cooldown), qa)
            async with simcord.run(bot, **options) as env:
                guild = env.create_guild()
                channel = guild.create_text_channel("general")
                alice = guild.add_member(env.create_user("alice"))
                bob = guild.add_member(env.create_user("bob"))
                return await scenario(World(env, bot, guild, channel, alice, bob))

        return asyncio.run(main())

    return run
