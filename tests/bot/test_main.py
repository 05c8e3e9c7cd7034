"""`python -m bot` startup failures: one line on stderr, exit code 2, no
traceback, never the token. Runs in a temporary directory with a clean
environment, so no .env of the developer is read and nothing reaches Discord."""
from __future__ import annotations

import asyncio
import errno
import logging
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import discord
import pytest

import bot.__main__ as entry
from bot.client import ArticleBot

REPO = Path(__file__).resolve().parents[2]
TOKEN = "MTIzNDU2Nzg5.fake-token-for-tests"


def run_bot(cwd: Path, **env: str) -> subprocess.CompletedProcess:
    base = {k: v for k, v in os.environ.items()
            if k == "ARTICLE_BOT_CACHE_DIR"  # the test run's own cache (tests/conftest.py), never the user's
            or not k.startswith(("DISCORD_", "ARTICLE_", "LOG_LEVEL", "ASK_"))}
    base["PYTHONPATH"] = str(REPO)
    return subprocess.run(
        [sys.executable, "-m", "bot"], cwd=cwd, env={**base, **env}, capture_output=True, text=True, timeout=120
    )


def assert_one_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
    assert TOKEN not in result.stderr
    return lines[0]


def test_no_token(tmp_path):
    line = assert_one_line(run_bot(tmp_path))
    assert line == "error: DISCORD_TOKEN is not set. Put it in .env (see .env.example) or the environment."


def test_token_from_dotenv_in_the_current_directory(tmp_path):
    (tmp_path / ".env").write_text(f"DISCORD_TOKEN={TOKEN}\nARTICLE_PATH=missing.txt\n")
    line = assert_one_line(run_bot(tmp_path))
    assert line.startswith("error: the article missing.txt does not exist") and "ARTICLE_PATH" in line


def test_missing_article(tmp_path):
    line = assert_one_line(run_bot(tmp_path, DISCORD_TOKEN=TOKEN, ARTICLE_PATH=str(tmp_path / "nope.txt")))
    assert line == f"error: the article {tmp_path / 'nope.txt'} does not exist: choose a text, Markdown or HTML file, or a web address (ARTICLE_PATH)."


@pytest.mark.parametrize("content", [b"", b"   \n\n  "])
def test_empty_article(tmp_path, content):
    (tmp_path / "empty.txt").write_bytes(content)
    line = assert_one_line(run_bot(tmp_path, DISCORD_TOKEN=TOKEN, ARTICLE_PATH="empty.txt"))
    assert line == "error: empty.txt is empty: it has no text to answer from (ARTICLE_PATH)."


def test_article_is_a_directory(tmp_path):
    line = assert_one_line(run_bot(tmp_path, DISCORD_TOKEN=TOKEN, ARTICLE_PATH=str(tmp_path)))
    assert line.startswith("error: the article ") and "is a directory" in line


@pytest.mark.parametrize(
    ("name", "value", "expected"),
    [
        ("DISCORD_GUILD_ID", "my-server", "error: DISCORD_GUILD_ID must be a server id (a number), not 'my-server'."),
        ("LOG_LEVEL", "loud", "error: LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, not 'LOUD'."),
        ("ASK_COOLDOWN_SECONDS", "-1", "error: ASK_COOLDOWN_SECONDS must be a number of seconds >= 0, not '-1'."),
    ],
)
def test_bad_setting(tmp_path, name, value, expected):
    assert assert_one_line(run_bot(tmp_path, DISCORD_TOKEN=TOKEN, **{name: value})) == expected


def test_environment_wins_over_dotenv(tmp_path, monkeypatch):
    from bot.settings import Settings

    (tmp_path / ".env").write_text("LOG_LEVEL=DEBUG\nDISCORD_GUILD_ID=7\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LOG_LEVEL", "WARNING")
    monkeypatch.delenv("DISCORD_GUILD_ID", raising=False)
    settings = Settings.from_env()
    assert settings.log_level == "WARNING" and settings.guild_id == 7
    assert "DISCORD_GUILD_ID" not in os.environ  # .env is read, not copied into the environment


@pytest.fixture
def started(monkeypatch, tmp_path):
    """An environment where `main()` gets past the settings and the article."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DISCORD_TOKEN", TOKEN)
    for name in ("ARTICLE_PATH", "DISCORD_GUILD_ID", "LOG_LEVEL", "ASK_COOLDOWN_SECONDS"):
        monkeypatch.delenv(name, raising=False)
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers  # main() adds a handler on the test's stderr
    root.setLevel(level)


def test_missing_article_from_the_option_names_the_option(started, monkeypatch, capsys):
    monkeypatch.setenv("ARTICLE_PATH", "setting.txt")
    assert entry.main(["--article", "option.txt"]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == \
        "error: the article option.txt does not exist: choose a text, Markdown or HTML file, or a web address (--article)."


def test_an_index_that_cannot_be_saved_is_a_log_line(started, monkeypatch, capsys, tmp_path):
    """index.store's warnings while the index is built come after logging is set up, as log lines."""
    async def start(self, token):
        raise discord.LoginFailure("stop here")

    def no_space(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(ArticleBot, "start", start)
    monkeypatch.setattr("index.store.tempfile.mkstemp", no_space)
    monkeypatch.setenv("ARTICLE_BOT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    assert entry.main(["--bm25-only"]) == 2
    lines = capsys.readouterr().err.splitlines()
    saved = [line for line in lines if "index not saved" in line]
    assert len(saved) == 1 and re.fullmatch(
        r"\[[-\d: ]+\] \[WARNING \] index\.store: index not saved to " + re.escape(str(tmp_path / "cache")) +
        r"/article-bot-index-[0-9a-f]{32}\.npz \(No space left on device\): it will be rebuilt at next start", saved[0])


def test_the_database_in_use_is_logged_at_start(started, monkeypatch, capsys, tmp_path):
    """A new user's trial: a mistyped DATABASE_URL started the bot on a new empty database without a word."""
    async def start(self, token):
        raise discord.LoginFailure("stop here")

    monkeypatch.setattr(ArticleBot, "start", start)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    assert entry.main(["--bm25-only"]) == 2
    lines = [line.split("] ", 2)[-1] for line in capsys.readouterr().err.splitlines() if " database " in line]
    assert lines == [f"bot.storage: creating a new database at {tmp_path / 'bot.db'}",
                     f"bot: using the database sqlite:///{tmp_path / 'bot.db'}"]


def test_a_database_url_in_a_folder_that_does_not_exist_is_one_line(tmp_path):
    typo = tmp_path / "typo" / "x.db"
    line = assert_one_line(run_bot(tmp_path, DISCORD_TOKEN=TOKEN, DATABASE_URL=f"sqlite:///{typo}", LOG_LEVEL="WARNING"))
    assert line == (f"error: the folder {typo.parent} of the database sqlite:///{typo} does not exist: create it, "
                    "or correct DATABASE_URL.")
    assert not typo.parent.exists()


def test_a_data_folder_that_is_a_file_is_one_line_before_anything_else(tmp_path):
    """Trial 44: ARTICLE_BOT_DATA_DIR=/etc/hostname logged "creating a new database at /etc/hostname/article-bot.db",
    then "cannot open the database … (unable to open database file)", after the article's index."""
    (tmp_path / "hostname").write_text("host\n")
    line = assert_one_line(run_bot(tmp_path, DISCORD_TOKEN=TOKEN, ARTICLE_BOT_DATA_DIR=str(tmp_path / "hostname")))
    assert line == (f"error: ARTICLE_BOT_DATA_DIR is {tmp_path / 'hostname'}, a file, not a folder: give a folder (it "
                    "is created when missing), or remove the line to use the default.")


def test_a_mistyped_database_url_is_told_before_the_article_is_indexed(started, monkeypatch, capsys):
    """Trial 44: a DATABASE_URL mistake was told only after the article's index was loaded or built (17 s for a
    20 MB article)."""
    monkeypatch.setenv("DATABASE_URL", "postgress://bot@localhost/bot")
    assert entry.main(["--bm25-only"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "error: DATABASE_URL 'postgress://bot@localhost/bot' is not a database URL (Can't load plugin: "
        "sqlalchemy.dialects:postgress)."]


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (discord.LoginFailure("Improper token has been passed."), entry.BAD_TOKEN),
        (discord.PrivilegedIntentsRequired(shard_id=None), entry.INTENTS),
        (OSError("Network is unreachable"), entry.NO_NETWORK.format("OSError")),
        (discord.GatewayNotFound(), entry.NO_NETWORK.format("GatewayNotFound")),
    ],
)
def test_rejected_token_or_intents(started, monkeypatch, capsys, error, expected):
    async def start(self, token):  # what discord.py raises after Discord's answer
        raise error

    monkeypatch.setattr(ArticleBot, "start", start)
    assert entry.main([]) == 2
    err = capsys.readouterr().err
    assert err.strip().splitlines()[-1] == f"error: {expected}"
    assert "Traceback" not in err and TOKEN not in err


def test_sigterm_closes_cleanly_with_exit_0(started, monkeypatch, capsys):
    async def start(self, token):  # connected; the host sends SIGTERM
        os.kill(os.getpid(), signal.SIGTERM)
        while not self.is_closed():
            await asyncio.sleep(0.01)

    monkeypatch.setattr(ArticleBot, "start", start)
    assert entry.main([]) == 0
    err = capsys.readouterr().err
    assert "received SIGTERM, closing" in err and TOKEN not in err


def test_article_path_can_be_a_url(started, monkeypatch, capsys):
    """ARTICLE_PATH set to a news page's URL: `python -m bot` fetches and
    extracts it as `article-bot --article URL` does (a local server; loopback allowed)."""
    from tests.bot.pages import STORM_SENTENCES, serve

    seen = []

    async def start(self, token):  # connected: the bot answers from the fetched page
        seen.append((self.qa.info, self.qa.ask("How many homes lost power?")))
        raise discord.LoginFailure("stop here")

    monkeypatch.setattr(ArticleBot, "start", start)
    monkeypatch.setenv("FETCH_ALLOW_LOOPBACK", "true")
    with serve() as base:
        monkeypatch.setenv("ARTICLE_PATH", base + "/to-storm")
        assert entry.main(["--bm25-only"]) == 2  # the LoginFailure raised above
    [(info, answer)] = seen
    # named by its link, as a file is by its name; its title apart (check 48: `about` showed no "Title:" line)
    assert (info.name, info.title, info.date, info.language, info.sentences) == (
        base + "/to-storm", "Storm hits the coast", "2024-03-05", "en", 4)
    assert answer.answer == "40,000" and answer.passages[0].text == STORM_SENTENCES[0]


def test_article_path_url_refused_is_one_line(tmp_path):
    from tests.bot.pages import serve

    with serve() as base:
        line = assert_one_line(run_bot(tmp_path, DISCORD_TOKEN=TOKEN, ARTICLE_PATH=base + "/storm"))
    assert line == ("error: 127.0.0.1 is a private, loopback or link-local address: "
                    "only public web pages can be read (ARTICLE_PATH).")
