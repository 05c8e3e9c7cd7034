"""Settings of the Discord bot: defaults in code, secrets from the environment.

Values come from the process environment, then from a `.env` file in the
current directory (python-dotenv; it never overrides variables already set).
See `.env.example` for every setting.
"""
from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from dotenv import load_dotenv

#: The article bundled with the project.
DEFAULT_ARTICLE = Path(__file__).resolve().parent.parent / "articles" / "amazon-tiktok-2020-07.fr.txt"
DEFAULT_COOLDOWN_SECONDS = 5.0
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")


MB = 2**20


def default_database_url() -> str:
    """sqlite:///<data dir>/article-bot.db, the data dir being ARTICLE_BOT_DATA_DIR,
    else $XDG_DATA_HOME/article-bot, else ~/.local/share/article-bot."""
    folder = os.environ.get("ARTICLE_BOT_DATA_DIR") or Path(
        os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share") / "article-bot"
    return f"sqlite:///{Path(folder).expanduser() / 'article-bot.db'}"


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message says which and why."""


@dataclass(frozen=True)
class Settings:
    """Everything `python -m bot` needs.

    token: the bot token (secret; None when unset). Never part of repr().
    article_path: the article to answer about.
    guild_id: when set, commands are synced to that one guild at start
        (instant availability); otherwise they are synced globally.
    log_level: a logging level name, e.g. "INFO".
    ask_cooldown_seconds: per-user cooldown of /ask, /source and mentions:
        one use per this many seconds; 0 disables it.
    database_url: SQLAlchemy URL of the servers' articles (default: an SQLite
        file, see default_database_url).
    max_file_bytes, max_articles, max_sentences: what a server may add (bytes
        of a file, articles per server, sentences per article).
    fetch_seconds, fetch_max_bytes: limits of fetching a URL; fetch_allow_loopback
        lets URLs on 127.0.0.1 through (tests only).
    index_memory_bytes: memory budget of the indexes kept loaded.
    shard_count, shard_ids: Discord sharding (AutoShardedBot) when set.
    """

    token: str | None = field(default=None, repr=False)
    article_path: Path = DEFAULT_ARTICLE
    guild_id: int | None = None
    log_level: str = "INFO"
    ask_cooldown_seconds: float = DEFAULT_COOLDOWN_SECONDS
    # Servers' own articles and running at scale (see `_library_settings`).
    database_url: str = field(default_factory=default_database_url, repr=False)  # may hold a password
    max_file_bytes: int = 2 * MB
    max_articles: int = 20
    max_sentences: int = 2000
    fetch_seconds: float = 10.0
    fetch_max_bytes: int = 5 * MB
    fetch_allow_loopback: bool = False
    index_memory_bytes: int = 256 * MB
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, *, dotenv: bool = True) -> Settings:
        """Read the settings from `environ` (default: os.environ, after loading
        `./.env` into it when `dotenv` is true).

        Raises SettingsError for a DISCORD_GUILD_ID that is not a number, an
        unknown LOG_LEVEL, or an ASK_COOLDOWN_SECONDS that is not a number >= 0.
        """
        if environ is None:
            if dotenv:
                load_dotenv(Path.cwd() / ".env", override=False)
            environ = os.environ
        env = {key: value.strip() for key, value in environ.items()}

        guild = env.get("DISCORD_GUILD_ID") or None
        if guild is not None and not (guild.isascii() and guild.isdigit() and len(guild) <= 20):
            raise SettingsError(f"DISCORD_GUILD_ID must be a server id (a number), not {guild!r}.")

        level = (env.get("LOG_LEVEL") or "INFO").upper()
        if level not in LOG_LEVELS:
            raise SettingsError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {level!r}.")

        raw_cooldown = env.get("ASK_COOLDOWN_SECONDS") or str(DEFAULT_COOLDOWN_SECONDS)
        try:
            cooldown = float(raw_cooldown)
        except ValueError:
            cooldown = -1.0
        if not cooldown >= 0 or cooldown == float("inf"):
            raise SettingsError(f"ASK_COOLDOWN_SECONDS must be a number of seconds >= 0, not {raw_cooldown!r}.")

        article = env.get("ARTICLE_PATH")
        return cls(
            token=env.get("DISCORD_TOKEN") or None,
            article_path=Path(article).expanduser() if article else DEFAULT_ARTICLE,
            guild_id=int(guild) if guild else None,
            log_level=level,
            ask_cooldown_seconds=cooldown,
            **_library_settings(env),
        )


def _library_settings(env: Mapping[str, str]) -> dict:
    """The Settings fields of servers' articles and sharding, from `env` (stripped).

    Raises SettingsError naming the variable for a value that is not a number
    in range, or SHARD_IDS without SHARD_COUNT or outside 0..SHARD_COUNT-1.
    """

    def number(key: str, default: float, minimum: float, kind=float):
        raw = env.get(key) or ""
        if not raw:
            return default
        try:
            value = kind(raw)
        except ValueError:
            value = None
        if value is None or not minimum <= value < float("inf"):
            unit = "a whole number" if kind is int else "a number"
            raise SettingsError(f"{key} must be {unit} >= {minimum:g}, not {raw!r}.")
        return value

    loopback = (env.get("FETCH_ALLOW_LOOPBACK") or "false").lower()
    if loopback not in ("true", "false", "1", "0", "yes", "no"):
        raise SettingsError(f"FETCH_ALLOW_LOOPBACK must be true or false, not {loopback!r}.")
    shard_count = number("SHARD_COUNT", 0, 1, int) or None
    raw_ids = env.get("SHARD_IDS") or ""
    shard_ids = None
    if raw_ids:
        parts = [part.strip() for part in raw_ids.split(",")]
        if shard_count is None or not all(p.isdigit() and int(p) < shard_count for p in parts):
            raise SettingsError(f"SHARD_IDS must be shard numbers from 0 to SHARD_COUNT - 1 separated by "
                                f"commas (and SHARD_COUNT set), not {raw_ids!r}.")
        shard_ids = tuple(sorted({int(p) for p in parts}))
    return dict(
        database_url=env.get("DATABASE_URL") or default_database_url(),
        max_file_bytes=int(number("MAX_FILE_MB", 2, 0.001) * MB),
        max_articles=number("MAX_ARTICLES_PER_SERVER", 20, 1, int),
        max_sentences=number("MAX_SENTENCES_PER_ARTICLE", 2000, 1, int),
        fetch_seconds=number("FETCH_TIMEOUT_SECONDS", 10.0, 0.1),
        fetch_max_bytes=int(number("FETCH_MAX_MB", 5, 0.001) * MB),
        fetch_allow_loopback=loopback in ("true", "1", "yes"),
        index_memory_bytes=int(number("INDEX_MEMORY_MB", 256, 1) * MB),
        shard_count=shard_count,
        shard_ids=shard_ids,
    )
