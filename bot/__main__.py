"""`python -m bot`: run the Discord bot (`python -m bot --help` for the options).

Exit codes: 0 after a stop signal (SIGTERM, SIGINT), whenever it comes (while
the index is built, while logging in, or connected; in-flight questions are
then told the bot is restarting, see `ArticleBot.close`); 2 with one
`error: …` line on stderr saying what to do when a setting or option is
unusable, the token is missing or rejected, Discord refuses the connection
(privileged intents, sharding required), Discord or the network fails at
start-up, or the article (ARTICLE_PATH or --article: a file or a URL) cannot be loaded.
"""
from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys

import aiohttp
import discord

from .logs import setup_logging
from .settings import Settings, SettingsError, add_options, warn_dotenv_names

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
SHARDING = (
    "Discord requires sharding: the bot is in 2,500 servers or more for one shard (gateway close 4011). "
    "Set SHARD_COUNT (at most 2,500 servers a shard; README, Running at scale) and start it again."
)
GATEWAY_CLOSED = "Discord closed the gateway connection (code {}{}): check the bot's settings in the Developer Portal and start it again."
DISCORD_DOWN = (
    "Discord kept failing (HTTP {}) while the bot logged in, after retries: check "
    "https://discordstatus.com and start the bot again in a few minutes."
)
DISCORD_REFUSED = "Discord refused the bot's start-up request (HTTP {} {}): check the token and the application in the Developer Portal."
NO_NETWORK = (
    "cannot reach Discord ({}): check the host's network, DNS and firewall "
    "(outbound HTTPS to discord.com and gateway.discord.gg), then start the bot again."
)


class Fatal(Exception):
    """A problem that stops the bot, with the one line to print."""


class Stopped(Exception):
    """A stop signal arrived before the event loop handles signals (e.g. while the index is built)."""


def parser() -> argparse.ArgumentParser:
    """The command line of `python -m bot` (its options are article-bot's global ones)."""
    p = argparse.ArgumentParser(
        prog="python -m bot",
        description="Run the Discord bot that answers questions about a news article. Settings "
                    "(DISCORD_TOKEN, DISCORD_GUILD_ID, …) come from the environment and ./.env; "
                    "see .env.example. Options win over the settings.",
        epilog="Exit codes: 0 after SIGTERM or SIGINT; 2 with one 'error: …' line when it cannot start.",
    )
    add_options(p)
    return p


async def run(settings: Settings, qa, stopping: list, library=None) -> None:
    """Run the bot until it is closed; SIGTERM and SIGINT close it cleanly
    (and are recorded in `stopping`).

    Raises what discord.py raises when Discord refuses or cannot be reached.
    """
    from .client import make_bot

    async with make_bot(settings, qa, library) as bot:  # library: the servers' articles (bot.library)
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(signum, lambda s=signum: _stop(bot, s, stopping))
        try:
            await bot.start(settings.token)
        finally:
            # A signal after this point must not find the default action (death by -15).
            for signum in (signal.SIGTERM, signal.SIGINT):
                loop.remove_signal_handler(signum)
                signal.signal(signum, _raise_stopped)


_closing: set[asyncio.Task] = set()


def _stop(bot, signum: int, stopping: list) -> None:
    log.info("received %s, closing", signal.Signals(signum).name)
    stopping.append(signum)
    task = asyncio.create_task(bot.close())
    _closing.add(task)
    task.add_done_callback(_closing.discard)


def _raise_stopped(signum, frame) -> None:
    raise Stopped(signum)


def _load(args: argparse.Namespace):
    """Settings, QA and the servers' article library, or Fatal with the line to print."""
    try:
        settings = Settings.load(args)
    except SettingsError as error:
        raise Fatal(str(error)) from None
    # Logging starts before the index is loaded, so that index.store's warnings are log lines.
    setup_logging(settings.log_level or "INFO")
    warn_dotenv_names()  # before "DISCORD_TOKEN is not set": a misspelt name may be why
    if not settings.token:
        raise Fatal(NO_TOKEN)

    from index import dense
    from index.errors import ArticleError

    from .library import open_database, open_library
    from .sources import load_source
    from .storage import StorageError, masked

    try:  # a DATABASE_URL is checked before the article's index, which may take minutes (trial 44: a 20 MB article)
        database = open_database(settings) if settings.database_from else None
    except StorageError as error:
        raise Fatal(str(error)) from None
    try:
        cache = settings.index_cache()  # store.KEEP indexes: ArticleLibrary keeps one per stored article
        model = dense.load_model() if settings.use_embeddings else None
        # a text, Markdown or HTML file, or the URL of a news page, as `article-bot --article`
        qa = load_source(settings.article_path, model, settings.fetch_limits, cache)
    except ArticleError as error:
        if database is not None:
            database.close()
        # one line saying what is wrong and what to do, and where the article came from
        raise Fatal(settings.article_error(str(error))) from None
    try:
        library = open_library(settings, qa, database)  # the default database: opened (and made) here
    except StorageError as error:
        raise Fatal(str(error)) from None
    info = qa.info
    log.info("settings: %r", settings)
    log.info("using the database %s", masked(settings.database_url))
    log.info("article %s: %d sentences, %s, mode %s", info.name, info.sentences, info.language, info.mode)
    return settings, qa, library


def fatal_line(error: BaseException) -> str | None:
    """The line to print for an exception that ended the bot at start-up,
    or None when it is not one Discord or the network explains (a bug)."""
    if isinstance(error, discord.LoginFailure):
        return BAD_TOKEN
    if isinstance(error, discord.PrivilegedIntentsRequired):
        return INTENTS
    if isinstance(error, discord.ConnectionClosed):
        if error.code == 4004:
            return BAD_TOKEN
        if error.code == 4011:
            return SHARDING
        if error.code in (4013, 4014):
            return INTENTS
        return GATEWAY_CLOSED.format(error.code, f": {error.reason}" if error.reason else "")
    if isinstance(error, discord.HTTPException):
        if error.status >= 500:
            return DISCORD_DOWN.format(error.status)
        return DISCORD_REFUSED.format(error.status, error.text or "")
    if isinstance(error, (aiohttp.ClientConnectionError, discord.GatewayNotFound, OSError, asyncio.TimeoutError)):
        return NO_NETWORK.format(type(error).__name__)
    return None


def main(argv: list[str] | None = None) -> int:
    """Run the bot; the process's exit code. `--help` prints the usage (exit 0)."""
    args = parser().parse_args(argv)
    stopping: list[int] = []
    previous = {signum: signal.signal(signum, _raise_stopped) for signum in (signal.SIGTERM, signal.SIGINT)}
    try:
        settings, qa, library = _load(args)
        try:
            asyncio.run(run(settings, qa, stopping, library))
        except Exception as error:
            if stopping:  # closed by a signal while discord.py was still starting
                return 0
            line = fatal_line(error)
            if line is None:
                raise
            raise Fatal(line) from None
    except Fatal as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except (Stopped, KeyboardInterrupt):
        return 0
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    return 0


if __name__ == "__main__":
    sys.exit(main())
