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
    """

    token: str | None = field(default=None, repr=False)
    article_path: Path = DEFAULT_ARTICLE
    guild_id: int | None = None
    log_level: str = "INFO"
    ask_cooldown_seconds: float = DEFAULT_COOLDOWN_SECONDS

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
        )
