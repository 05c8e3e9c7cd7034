"""Settings of both front ends (`python -m bot` and `article-bot`), read in this one place.

Values come from command-line options, then the process environment, then a
`.env` file in the current directory (parsed by python-dotenv; it never
overrides variables already set). See `.env.example` for every setting.

Every way a setting can be present but unusable raises SettingsError with
one line naming the setting (or the `.env` line) and what to do; the front
ends print it as `error: …` and exit with code 2, except that the console only
warns of a setting it does not use (`Settings.ignored`). A `.env` name that looks
like a misspelt setting, or set twice, is logged as a warning (`warn_dotenv_names`).
"""
from __future__ import annotations

import argparse
import difflib
import io
import logging
import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path

from dotenv import dotenv_values
from dotenv.parser import parse_stream

log = logging.getLogger(__name__)

#: Every name the settings are read from (see .env.example); `warn_dotenv_names` compares .env's names with it.
SETTING_NAMES = (
    "DISCORD_TOKEN", "ARTICLE_PATH", "DISCORD_GUILD_ID", "LOG_LEVEL", "ASK_COOLDOWN_SECONDS", "MAX_PENDING_QUESTIONS",
    "LAST_ANSWERS_MAX", "SHUTDOWN_GRACE_SECONDS", "DATABASE_URL", "MAX_FILE_MB", "MAX_ARTICLES_PER_SERVER",
    "MAX_SENTENCES_PER_ARTICLE", "FETCH_TIMEOUT_SECONDS", "FETCH_MAX_MB", "FETCH_ALLOW_LOOPBACK", "INDEX_MEMORY_MB",
    "ARTICLE_BOT_CACHE_DIR", "ARTICLE_BOT_DATA_DIR", "XDG_CACHE_HOME", "XDG_DATA_HOME", "SHARD_COUNT", "SHARD_IDS",
)
#: How alike (difflib's ratio) a .env name must be to a setting's to be taken for a misspelling of it:
#: ASK_COOLDOWN for ASK_COOLDOWN_SECONDS is 0.75; DISCORD_CLIENT_ID for DISCORD_GUILD_ID, 0.73.
CLOSE_NAME = 0.75
#: The bot's own word: a .env name starting with it (ARTICLE=, ARTICLE_FILE=) is meant for this bot, so one that is
#: no setting is taken for a mistake even when it is not CLOSE_NAME to one (ARTICLE for ARTICLE_PATH is 0.74).
OWN_PREFIX = "ARTICLE"

#: The article bundled with the project.
DEFAULT_ARTICLE = Path(__file__).resolve().parent.parent / "articles" / "amazon-tiktok-2020-07.fr.txt"
DEFAULT_COOLDOWN_SECONDS = 5.0
LOG_LEVELS = ("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL")
#: Characters of a Discord bot token (base64url parts joined by dots).
_TOKEN = re.compile(r"[A-Za-z0-9._-]+")
_MAX_SNOWFLAKE = 2**64 - 1


MB = 2**20  # the *_MB settings are counted in MiB (1,048,576 bytes), and their messages say so
MEGABYTES = "a number of MiB (1 MiB = 1,048,576 bytes) >= 0.001 (1 KiB)"  # what MAX_FILE_MB and FETCH_MAX_MB accept
#: Memory for the indexes of recently used server articles. benchmarks/library.py (200 articles
#: of 30-61 sentences, 2026-12-01): an index holds about 0.9 MB, and the process about 200 MB
#: besides while articles are being added; 256 MB let the peak reach 383 MB, over the 300 MB
#: target, so the default keeps about 70 articles in memory (a cold one loads in 0.03 s).
DEFAULT_INDEX_MEMORY_MB = 64
#: Added to index.store's warning that the cache folder cannot be used.
CACHE_ADVICE = "set ARTICLE_BOT_CACHE_DIR to a writable folder"


def default_data_dir(env: Mapping[str, str]) -> Path:
    """The folder of the default database: ARTICLE_BOT_DATA_DIR, else
    $XDG_DATA_HOME/article-bot, else ~/.local/share/article-bot (read from
    `env`, then the process environment)."""
    def get(key: str) -> str | None:
        return (env.get(key) or os.environ.get(key) or "").strip() or None

    return Path(get("ARTICLE_BOT_DATA_DIR") or Path(get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
                / "article-bot").expanduser()


def default_database_url(env: Mapping[str, str]) -> str:
    """sqlite:///<data dir>/article-bot.db, the data dir being `default_data_dir`."""
    return f"sqlite:///{default_data_dir(env) / 'article-bot.db'}"


def default_cache_dir(env: Mapping[str, str]) -> Path:
    """The folder of the persisted indexes (index.store.IndexCache):
    ARTICLE_BOT_CACHE_DIR, else $XDG_CACHE_HOME/article-bot, else
    ~/.cache/article-bot (read from `env`, then the process environment)."""
    def get(key: str) -> str | None:
        return (env.get(key) or os.environ.get(key) or "").strip() or None

    explicit = get("ARTICLE_BOT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    return Path(get("XDG_CACHE_HOME") or Path.home() / ".cache") / "article-bot"


class SettingsError(ValueError):
    """A setting has a value that cannot be used; the message says which and what to do."""


@dataclass(frozen=True)
class Settings:
    """Everything the front ends need.

    token: the bot token (secret; None when unset). Never part of repr().
    article_path: the operator's article: a file path, or the URL of a news
        page as given (a str; see `article_source`).
    article_from: where article_path came from, "--article" or "ARTICLE_PATH"
        (None for the bundled article); see `article_error`.
    use_embeddings: load the multilingual model (False: `--bm25-only`).
    guild_id: when set, commands are synced to that one guild at start
        (instant availability); otherwise they are synced globally.
    log_level: a logging level name, e.g. "INFO"; None when unset (each
        front end has its own default: INFO for the bot, WARNING for the console).
    ask_cooldown_seconds: per-user cooldown of /ask, /source and mentions:
        one use per this many seconds; 0 disables it.
    max_pending_questions: questions being answered or waiting at once; a
        question beyond it is refused with "busy, try again in a moment".
    last_answers_max: channels whose last answer is kept for /source (least
        recently used forgotten first).
    shutdown_grace_seconds: on shutdown, how long the bot waits to tell the
        askers of questions in flight that it is restarting.
    database_url: SQLAlchemy URL of the servers' articles (default: an SQLite
        file, see default_database_url).
    database_from: "DATABASE_URL" when the URL was set, None for the default
        (whose folder is created when missing; a set URL's folder must exist).
    max_file_bytes, max_articles, max_sentences: what a server may add (bytes
        of a file, articles per server, sentences per article).
    fetch_seconds, fetch_max_bytes: limits of fetching a URL; fetch_allow_loopback
        lets URLs on 127.0.0.1 through (tests only).
    index_memory_bytes: memory budget of the indexes kept loaded.
    cache_dir: the folder of the persisted indexes (see default_cache_dir).
    shard_count, shard_ids: Discord sharding (AutoShardedBot) when set.
    ignored: read for the console (`from_env` with `console`), the message of an unusable setting only the Discord
        bot uses (`_bot_settings`), which was left at its default; else None.
    """

    token: str | None = field(default=None, repr=False)
    article_path: Path | str = DEFAULT_ARTICLE
    article_from: str | None = None
    use_embeddings: bool = True
    guild_id: int | None = None
    log_level: str | None = None
    ask_cooldown_seconds: float = DEFAULT_COOLDOWN_SECONDS
    max_pending_questions: int = 32
    last_answers_max: int = 10_000
    shutdown_grace_seconds: float = 5.0
    # Servers' own articles and running at scale (see `_bot_settings` and `_library_settings`).
    database_url: str = field(default_factory=lambda: default_database_url({}), repr=False)  # may hold a password
    database_from: str | None = None
    max_file_bytes: int = 2 * MB
    max_articles: int = 20
    max_sentences: int = 2000
    fetch_seconds: float = 10.0
    fetch_max_bytes: int = 5 * MB
    fetch_allow_loopback: bool = False
    index_memory_bytes: int = DEFAULT_INDEX_MEMORY_MB * MB
    cache_dir: Path = field(default_factory=lambda: default_cache_dir({}))
    shard_count: int | None = None
    shard_ids: tuple[int, ...] | None = None
    ignored: str | None = None

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, *, dotenv: bool = True,
                 article_given: bool = False, console: bool = False) -> Settings:
        """Read the settings from `environ` (default: os.environ, completed by
        `./.env` when `dotenv` is true; the process environment wins). With
        `article_given` (--article), ARTICLE_PATH is not read, even empty.

        Raises SettingsError for an unusable `.env` (see `read_dotenv`), an unknown
        LOG_LEVEL, an ARTICLE_PATH, ARTICLE_BOT_CACHE_DIR or ARTICLE_BOT_DATA_DIR set but empty (or
        blank), an ARTICLE_BOT_DATA_DIR that is a file, a number setting out of its range, or an unusable setting only the Discord bot uses
        (`_bot_settings`: the token, DISCORD_GUILD_ID…); with `console`, such a bot-only setting is left at its
        default and its message kept in `ignored` (trial 43: ASK_COOLDOWN_SECONDS=abc stopped `article-bot ask`).
        """
        if environ is None:
            from_file = read_dotenv(Path.cwd() / ".env") if dotenv else {}
            environ = {**from_file, **os.environ}
        env = {key: value.strip() for key, value in environ.items()}

        try:
            bot, ignored = _bot_settings(env), None
        except SettingsError as error:
            if not console:
                raise
            bot, ignored = {}, f"{error} Only the Discord bot uses it (and refuses it): the console goes on without it."

        level = env.get("LOG_LEVEL") or None
        if level is not None:
            level = parse_log_level(level)

        for name, default in (("ARTICLE_BOT_CACHE_DIR", default_cache_dir), ("ARTICLE_BOT_DATA_DIR", default_data_dir)):
            if env.get(name) == "":  # as for ARTICLE_PATH: set but empty is a mistake, not a wish for the default
                raise SettingsError(f"{name} is empty: give a folder, or remove the line to use the default, "
                                    f"{default(env)}.")
        data = Path(env.get("ARTICLE_BOT_DATA_DIR") or ".").expanduser()
        if data.exists() and not data.is_dir():  # trial 44: /etc/hostname was "unable to open database file"
            raise SettingsError(f"ARTICLE_BOT_DATA_DIR is {data}, a file, not a folder: give a folder (it is created "
                                "when missing), or remove the line to use the default.")
        article = env.get("ARTICLE_PATH") if not article_given else None
        return cls(
            article_path=given_article(article, "ARTICLE_PATH") if article is not None else DEFAULT_ARTICLE,
            article_from="ARTICLE_PATH" if article else None,
            log_level=level,
            ignored=ignored,
            **bot,
            **_library_settings(env),
        )

    @classmethod
    def load(cls, args: argparse.Namespace | None = None, console: bool = False) -> Settings:
        """The settings of a front end: the environment and `./.env`
        (`from_env`; `console` for article-bot), overridden by the options of `add_options` in `args`.

        Raises SettingsError like `from_env`, and for an empty `--article ""` as for an empty ARTICLE_PATH.
        """
        given = args is not None and args.article is not None
        settings = cls.from_env(article_given=given, console=console)
        if args is None:
            return settings
        changes = {}
        if given:
            changes["article_path"] = given_article(args.article, "--article")
            changes["article_from"] = "--article"
        if args.log_level:
            changes["log_level"] = args.log_level
        if args.bm25_only:
            changes["use_embeddings"] = False
        return replace(settings, **changes)

    def warn_ignored(self) -> None:
        """Log `ignored` as a warning when it is set (the console, once its logging is set up)."""
        if self.ignored:
            log.warning("%s", self.ignored)

    def article_error(self, message: str) -> str:
        """`message` (an article's one-line error) ending with where the article
        came from, "… (--article)." or "… (ARTICLE_PATH)."; as it is for the bundled article."""
        return f"{message.rstrip('.')} ({self.article_from})." if self.article_from else message

    def index_cache(self):
        """The index.store.IndexCache of cache_dir, whose warning when the folder
        cannot be used says to set ARTICLE_BOT_CACHE_DIR (CACHE_ADVICE)."""
        from index.store import IndexCache

        return IndexCache(self.cache_dir, advice=CACHE_ADVICE)

    @property
    def fetch_limits(self):
        """The bot.sources.FetchLimits of fetching a URL (fetch_seconds,
        fetch_max_bytes, fetch_allow_loopback)."""
        from .sources import FetchLimits

        return FetchLimits(self.fetch_seconds, self.fetch_max_bytes, self.fetch_allow_loopback)


def given_article(text: str, where: str) -> Path | str:
    """The article named by ARTICLE_PATH or --article (`where`), as `article_source`
    makes it. Raises SettingsError when it is empty or blank: that is no article, nor
    the bundled one ("--article is empty: …")."""
    if not text.strip():
        drop = "remove the line" if where == "ARTICLE_PATH" else "leave the option out"
        raise SettingsError(f"{where} is empty: give the article's file or link, or {drop} to answer about the "
                            "bundled article.")
    return article_source(text)


def article_source(text: str) -> Path | str:
    """An ARTICLE_PATH or --article value: a URL (bot.sources.is_url) as given,
    stripped (a Path would turn "https://" into "https:/"), else a Path with ~ expanded."""
    from .sources import is_url

    return text.strip() if is_url(text) else Path(text).expanduser()


def parse_log_level(text: str) -> str:
    """A LOG_LEVEL value in upper case; SettingsError when it is no level name."""
    level = text.strip().upper()
    if level not in LOG_LEVELS:
        raise SettingsError(f"LOG_LEVEL must be one of {', '.join(LOG_LEVELS)}, not {level!r}.")
    return level


def _log_level_option(text: str) -> str:
    """argparse type of --log-level."""
    try:
        return parse_log_level(text)
    except SettingsError:
        raise argparse.ArgumentTypeError(f"must be one of {', '.join(LOG_LEVELS)}, not {text!r}") from None


def add_options(parser: argparse.ArgumentParser) -> None:
    """The options both front ends share: --article, --log-level, --bm25-only
    (they win over ARTICLE_PATH and LOG_LEVEL; see `Settings.load`)."""
    parser.add_argument("--article", metavar="PATH", help="article: a text, Markdown or HTML file, or the URL of a news page "
                                                         "(default: ARTICLE_PATH or the bundled article)")
    parser.add_argument("--log-level", type=_log_level_option, metavar="LEVEL",
                        help=f"{', '.join(LOG_LEVELS)} (default: LOG_LEVEL)")
    parser.add_argument("--bm25-only", action="store_true", help="do not load the multilingual embedding model")


def _number(env: Mapping[str, str], name: str, default: float, low: float, what: str, whole: bool = False) -> float:
    """Setting `name` as a finite number >= `low` (a whole one when `whole`),
    `default` when unset or empty. Raises SettingsError naming it otherwise."""
    raw = env.get(name) or ""
    if not raw:
        return default
    try:
        value = int(raw) if whole else float(raw)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and value >= low):
        raise SettingsError(f"{name} must be {what}, not {raw!r}.")
    return value


def decode_settings_file(raw: bytes, name: str) -> str:
    """The text of a settings file: UTF-8 (a BOM removed), or UTF-16 with a
    BOM (what Windows PowerShell's `echo … > .env` writes), as articles are read.

    Raises SettingsError for other bytes (a NUL byte or invalid UTF-8).
    """
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in raw:
        try:
            return raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            pass
    raise SettingsError(f"{name} is not UTF-8 text: save it as UTF-8 (in PowerShell: Set-Content -Encoding utf8).")


def read_dotenv(path: Path) -> dict[str, str]:
    """The variables of the `.env` file at `path` ({} when there is none).

    Raises SettingsError (naming the file and what to do) when it is a
    directory or not a file, cannot be read, is not text (see
    `decode_settings_file`), or has a line python-dotenv cannot parse or a
    bare name without "=" (see `_dotenv`).
    """
    _name, text, _bindings = _dotenv(path)
    return {key: value for key, value in dotenv_values(stream=io.StringIO(text)).items() if value is not None}


def warn_dotenv_names(path: Path | None = None) -> list[str]:
    """Log one warning for each name of the `.env` file at `path` (default:
    ./.env; not the process environment) that is no setting but close to one
    (SETTING_NAMES, CLOSE_NAME) or starts with OWN_PREFIX: ".env line 3:
    ASK_COOLDOWN is not a setting; did you mean ASK_COOLDOWN_SECONDS?", ".env
    line 1: ARTICLE_FILE is not a setting; did you mean ARTICLE_PATH?". Other
    names (other programs' variables) are left alone. Then one for each name set
    more than once, whose last value python-dotenv keeps without a word: ".env lines 2
    and 5: ARTICLE_PATH is set 2 times; line 5 is the one used." Returns the warnings.

    Raises SettingsError like `read_dotenv`.
    """
    name, _text, bindings = _dotenv(path or Path.cwd() / ".env")
    warnings, lines = [], {}
    for binding in bindings:
        if binding.key is not None:
            lines.setdefault(binding.key, []).append(_line(binding))
        if binding.key is None or binding.key in SETTING_NAMES:
            continue
        key = binding.key.upper()
        close = difflib.get_close_matches(key, SETTING_NAMES, 1, CLOSE_NAME)
        if not close and key.startswith(OWN_PREFIX):  # the closest of the settings starting so
            close = difflib.get_close_matches(key, [n for n in SETTING_NAMES if n.startswith(OWN_PREFIX)], 1, 0)
        if close:
            warnings.append(f"{name} line {_line(binding)}: {binding.key} is not a setting; did you mean {close[0]}?")
    for key, numbers in lines.items():
        if len(numbers) > 1:
            listed = ", ".join(map(str, numbers[:-1])) + f" and {numbers[-1]}"
            warnings.append(f"{name} lines {listed}: {key} is set {len(numbers)} times; line {numbers[-1]} is the "
                            "one used.")
    for warning in warnings:
        log.warning("%s", warning)
    return warnings


def _dotenv(path: Path) -> tuple[str, str, list]:
    """The name to show of the `.env` file at `path`, its text ("" when there
    is none) and its python-dotenv bindings. Raises SettingsError as `read_dotenv` says:
    "line 1 of .env is not NAME=value: fix or remove it." for a line python-dotenv
    cannot parse and for a bare name ("ARTICLE_PATH", which it reads as a key without value)."""
    name = str(path.name if path.parent == Path.cwd() else path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return name, "", []
    except IsADirectoryError:
        raise SettingsError(f"{name} is a directory: settings go in a file named .env (or remove it).") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise SettingsError(f"{name} cannot be read ({reason}): fix its permissions or remove it.") from None
    text = decode_settings_file(raw, name)
    bindings = list(parse_stream(io.StringIO(text)))
    for binding in bindings:
        # A bare name ("ARTICLE_PATH" without "=") parses as a key whose value is None: a setting left unset
        # without a word, so it is refused like any other line that is not NAME=value.
        if binding.error or (binding.key is not None and binding.value is None):
            # The line itself is not shown: it may hold the token (a token alone on a line reads as a bare name).
            raise SettingsError(f"line {_line(binding)} of {name} is not NAME=value: fix or remove it.")
    return name, text, bindings


def _line(binding) -> int:
    """The 1-based line of a python-dotenv binding's name (its text starts with the blank lines before it)."""
    text = binding.original.string
    return binding.original.line + text[: len(text) - len(text.lstrip())].count("\n")


def _bot_settings(env: Mapping[str, str]) -> dict:
    """The Settings fields only the Discord bot uses (`python -m bot`; the console reads none of them): the token,
    DISCORD_GUILD_ID, the bounds of answering, what a server may add, the index memory and sharding, from `env`
    (stripped).

    Raises SettingsError naming the variable for a token with characters a token never has (a line break, a space,
    a quote; or a "Bot " prefix), a DISCORD_GUILD_ID that is not a server id, a value that is not a number in
    range, or SHARD_IDS without SHARD_COUNT or outside 0..SHARD_COUNT-1.
    """
    token = env.get("DISCORD_TOKEN") or None
    if token is not None and not _TOKEN.fullmatch(token):
        if token[:4].lower() == "bot ":  # the Authorization header's form, pasted whole
            raise SettingsError('DISCORD_TOKEN starts with "Bot ": drop the "Bot " prefix and keep only the token '
                                "(discord.py adds the prefix itself).")
        raise SettingsError("DISCORD_TOKEN holds a line break, space or quote that a bot token never has: "
                            "copy the token alone, on one line, from the Developer Portal (Bot → Reset Token).")
    guild = env.get("DISCORD_GUILD_ID") or None
    if guild is not None and not (guild.isascii() and guild.isdigit() and 0 < int(guild) <= _MAX_SNOWFLAKE):
        raise SettingsError(f"DISCORD_GUILD_ID must be a server id (a number), not {guild!r}.")
    shard_count = int(_number(env, "SHARD_COUNT", 0, 1, "a whole number >= 1", whole=True)) or None
    raw_ids = env.get("SHARD_IDS") or ""
    shard_ids = None
    if raw_ids:
        parts = [part.strip() for part in raw_ids.split(",")]
        if shard_count is None or not all(p.isdigit() and int(p) < shard_count for p in parts):
            raise SettingsError(f"SHARD_IDS must be shard numbers from 0 to SHARD_COUNT - 1 separated by "
                                f"commas (and SHARD_COUNT set), not {raw_ids!r}.")
        shard_ids = tuple(sorted({int(p) for p in parts}))
    whole = "a whole number >= 1"
    return dict(
        token=token,
        guild_id=int(guild) if guild else None,
        ask_cooldown_seconds=_number(env, "ASK_COOLDOWN_SECONDS", DEFAULT_COOLDOWN_SECONDS, 0, "a number of seconds >= 0"),
        max_pending_questions=int(_number(env, "MAX_PENDING_QUESTIONS", Settings.max_pending_questions, 1, whole,
                                          whole=True)),
        last_answers_max=int(_number(env, "LAST_ANSWERS_MAX", Settings.last_answers_max, 1, whole, whole=True)),
        shutdown_grace_seconds=_number(env, "SHUTDOWN_GRACE_SECONDS", Settings.shutdown_grace_seconds, 0,
                                       "a number of seconds >= 0"),
        max_file_bytes=int(_number(env, "MAX_FILE_MB", 2, 0.001, MEGABYTES) * MB),
        max_articles=int(_number(env, "MAX_ARTICLES_PER_SERVER", 20, 1, whole, whole=True)),
        max_sentences=int(_number(env, "MAX_SENTENCES_PER_ARTICLE", 2000, 1, whole, whole=True)),
        index_memory_bytes=int(_number(env, "INDEX_MEMORY_MB", DEFAULT_INDEX_MEMORY_MB, 1,
                                       "a number of MiB (1 MiB = 1,048,576 bytes) >= 1") * MB),
        shard_count=shard_count,
        shard_ids=shard_ids,
    )


def _library_settings(env: Mapping[str, str]) -> dict:
    """The Settings fields of the database, fetching links and the index cache, which the console uses too
    (`article-bot feedback export`, `--article URL`), from `env` (stripped).

    Raises SettingsError naming the variable for a value that is not a number in range or FETCH_ALLOW_LOOPBACK
    that is no true or false.
    """
    loopback = (env.get("FETCH_ALLOW_LOOPBACK") or "false").lower()
    if loopback not in ("true", "false", "1", "0", "yes", "no"):
        raise SettingsError(f"FETCH_ALLOW_LOOPBACK must be true or false, not {loopback!r}.")
    return dict(
        database_url=env.get("DATABASE_URL") or default_database_url(env),
        database_from="DATABASE_URL" if env.get("DATABASE_URL") else None,
        fetch_seconds=_number(env, "FETCH_TIMEOUT_SECONDS", 10.0, 0.1, "a number of seconds >= 0.1"),
        fetch_max_bytes=int(_number(env, "FETCH_MAX_MB", 5, 0.001, MEGABYTES) * MB),
        fetch_allow_loopback=loopback in ("true", "1", "yes"),
        cache_dir=default_cache_dir(env),
    )
