"""`python -m bot`: run the Discord bot.

Exit codes: 0 after a clean stop (SIGTERM, SIGINT); 2 with one line on stderr
saying what to do when the token is missing or rejected, the privileged intents
are not enabled, a setting is invalid or the article cannot be loaded.
"""
from __future__ import annotations

import asyncio
import logging
import signal
import sys

import aiohttp
import discord

from .settings import Settings, SettingsError

log = logging.getLogger("bot")

NO_TOKEN = "DISCORD_TOKEN is not set. Put it in .env (see .env.example) or the environment."
BAD_TOKEN = (
    "Discord rejected DISCORD_TOKEN (invalid or reset). Copy the bot token from the "
    "Developer Portal (Bot → Reset Token) into .env or the environment."
)
INTENTS = (
    "Discord refused a privileged intent this bot asked for. Enable it in the Developer "
    "Portal (Bot → Privileged Gateway Intents) or remove it from the bot."
)


NO_NETWORK = (
    "cannot reach Discord ({}): check the host's network, DNS and firewall "
    "(outbound HTTPS to discord.com and gateway.discord.gg), then start the bot again."
)


class Fatal(Exception):
    """A problem that stops the bot, with the one line to print."""


async def run(settings: Settings, qa, library=None) -> None:
    """Run the bot until it is closed; SIGTERM and SIGINT close it cleanly.
    library: the servers' articles (bot.library.ArticleLibrary).

    Raises discord.LoginFailure and discord.PrivilegedIntentsRequired.
    """
    from .client import make_bot

    async with make_bot(settings, qa, library) as bot:
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, lambda s=signum: _stop(bot, s))
        await bot.start(settings.token)


_closing: set[asyncio.Task] = set()


def _stop(bot, signum: int) -> None:
    log.info("received %s, closing", signal.Signals(signum).name)
    task = asyncio.create_task(bot.close())
    _closing.add(task)
    task.add_done_callback(_closing.discard)


def _load():
    """Settings, QA and the article library, or Fatal with the line to print."""
    try:
        settings = Settings.from_env()
    except SettingsError as error:
        raise Fatal(str(error)) from None
    if not settings.token:
        raise Fatal(NO_TOKEN)

    from index.errors import ArticleError
    from index.qa import QA

    try:
        qa = QA.from_path(settings.article_path)
    except ArticleError as error:
        raise Fatal(str(error)) from None  # one line saying what is wrong and what to do
    from .library import open_library
    from .storage import StorageError

    try:
        library = open_library(settings, qa)  # applies the database migrations
    except StorageError as error:
        raise Fatal(str(error)) from None
    # Logging starts once nothing can fail with a one-line message any more.
    discord.utils.setup_logging(level=getattr(logging, settings.log_level))
    info = qa.info
    log.info("settings: %r", settings)
    log.info("article %s: %d sentences, %s, mode %s", info.name, info.sentences, info.language, info.mode)
    return settings, qa, library


def main() -> int:
    """Run the bot; the process's exit code."""
    try:
        settings, qa, library = _load()
        try:
            asyncio.run(run(settings, qa, library))
        except discord.LoginFailure:
            raise Fatal(BAD_TOKEN) from None
        except discord.PrivilegedIntentsRequired:
            raise Fatal(INTENTS) from None
        except (aiohttp.ClientConnectionError, discord.GatewayNotFound, OSError) as error:
            raise Fatal(NO_NETWORK.format(type(error).__name__)) from None
    except Fatal as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
