"""Settings files and values a user really has (issue 9 §3): a .env written by
PowerShell (UTF-16) or with a UTF-8 BOM is read; anything present but
unusable gives one line naming it and what to do, exit 2, no traceback."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main as cli_main
from bot.settings import SETTING_NAMES, Settings, SettingsError, read_dotenv, warn_dotenv_names

REPO = Path(__file__).resolve().parents[2]
TOKEN = "MTIzNDU2Nzg5.fake-token-for-tests"
NOT_UTF8 = "{} is not UTF-8 text: save it as UTF-8 (in PowerShell: Set-Content -Encoding utf8)."
BAD_TOKEN_CHARS = ("DISCORD_TOKEN holds a line break, space or quote that a bot token never has: copy the token "
                   "alone, on one line, from the Developer Portal (Bot → Reset Token).")


def clean_env(**env: str) -> dict:
    base = {k: v for k, v in os.environ.items()
            if k == "ARTICLE_BOT_CACHE_DIR"  # the test run's own cache (tests/conftest.py), never the user's
            or not k.startswith(("DISCORD_", "ARTICLE_", "LOG_LEVEL", "ASK_", "MAX_PENDING", "LAST_ANSWERS", "SHUTDOWN_"))}
    return {**base, "PYTHONPATH": str(REPO), **env}


def run(cwd: Path, *command: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *command], cwd=cwd, env=clean_env(**env),
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def here(tmp_path, monkeypatch):
    """A clean working directory and environment for Settings.from_env()."""
    monkeypatch.chdir(tmp_path)
    for name in list(os.environ):
        if name.startswith(("DISCORD_", "ARTICLE_PATH", "LOG_LEVEL", "ASK_", "MAX_PENDING", "LAST_ANSWERS", "SHUTDOWN_")):
            monkeypatch.delenv(name)
    yield tmp_path
    for name in ("DISCORD_TOKEN", "DISCORD_GUILD_ID", "ARTICLE_PATH", "LOG_LEVEL"):
        os.environ.pop(name, None)  # what .env put there


# ----------------------------------------------------------- the examples


def test_a_powershell_dotenv_in_utf16_is_read_by_the_bot(tmp_path):
    """`echo "DISCORD_TOKEN=…" > .env` in Windows PowerShell 5 writes UTF-16 LE with a BOM and CRLF."""
    (tmp_path / ".env").write_bytes(f"DISCORD_TOKEN={TOKEN}\r\nARTICLE_PATH=missing.txt\r\n".encode("utf-16"))
    result = run(tmp_path, "-m", "bot")
    assert result.returncode == 2 and "Traceback" not in result.stderr
    # Both keys were read: the token (else "DISCORD_TOKEN is not set") and the article path.
    assert result.stderr.splitlines() == [
        "error: the article missing.txt does not exist: choose a text, Markdown or HTML file, or a web address (ARTICLE_PATH)."]


def test_a_powershell_dotenv_in_utf16_is_read_by_the_console(tmp_path):
    (tmp_path / "en.txt").write_text("The moon orbits the earth. It is bright.", encoding="utf-8")
    (tmp_path / ".env").write_bytes("ARTICLE_PATH=en.txt\r\n".encode("utf-16"))
    result = run(tmp_path, "-c", "from bot.cli import run; run()", "--bm25-only", "about")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[0] == "Article: en.txt"


def test_a_utf8_bom_does_not_lose_the_first_key(here):
    (here / ".env").write_bytes("\ufeffDISCORD_GUILD_ID=7\nLOG_LEVEL=debug\n".encode("utf-8"))
    settings = Settings.from_env()
    assert settings.guild_id == 7 and settings.log_level == "DEBUG"


# ---------------------------------------------------- more of each kind


@pytest.mark.parametrize(("raw", "expected"), [
    ("DISCORD_GUILD_ID=42\r\nLOG_LEVEL=warning\r\n".encode("utf-16-le").join([b"\xff\xfe", b""]),
     {"DISCORD_GUILD_ID": "42", "LOG_LEVEL": "warning"}),
    (b"\xfe\xff" + "DISCORD_GUILD_ID=42\n".encode("utf-16-be"), {"DISCORD_GUILD_ID": "42"}),
    ("\ufeffARTICLE_PATH=article é.txt\r\n".encode("utf-8"), {"ARTICLE_PATH": "article é.txt"}),
    (b"# comment\n\nexport LOG_LEVEL='INFO'\nDISCORD_GUILD_ID=\"9\"\n", {"LOG_LEVEL": "INFO", "DISCORD_GUILD_ID": "9"}),
])
def test_dotenv_encodings_and_forms_are_read(tmp_path, raw, expected):
    (tmp_path / ".env").write_bytes(raw)
    assert read_dotenv(tmp_path / ".env") == expected


def test_no_dotenv_is_no_settings(tmp_path):
    assert read_dotenv(tmp_path / ".env") == {}


@pytest.mark.parametrize("raw", [
    "LOG_LEVEL=débogage\n".encode("latin-1"),  # Windows-1252 from Notepad of old
    b"LOG_LEVEL=INFO\n\x00\x00",  # a NUL byte: not text
    b"\xff\xfeD\x00\xd8",  # UTF-16 cut in half (an odd byte, a lone surrogate)
])
def test_a_dotenv_that_is_not_text_is_named(tmp_path, raw):
    (tmp_path / ".env").write_bytes(raw)
    with pytest.raises(SettingsError) as error:
        read_dotenv(tmp_path / ".env")
    assert str(error.value) == NOT_UTF8.format(tmp_path / ".env")


def test_a_dotenv_directory(here):
    (here / ".env").mkdir()
    with pytest.raises(SettingsError) as error:
        Settings.from_env()
    assert str(error.value) == ".env is a directory: settings go in a file named .env (or remove it)."


def test_an_unreadable_dotenv(here, unreadable):
    (here / ".env").write_text("LOG_LEVEL=INFO\n")
    unreadable(".env")
    with pytest.raises(SettingsError) as error:
        Settings.from_env()
    assert str(error.value) == ".env cannot be read (Permission denied): fix its permissions or remove it."


@pytest.mark.parametrize("line", [f"DISCORD_TOKEN {TOKEN}", f"'DISCORD_TOKEN={TOKEN}", "= value"])
def test_a_dotenv_line_that_is_not_name_value_is_named_without_showing_it(here, line):
    (here / ".env").write_text(f"LOG_LEVEL=INFO\n{line}\n")
    with pytest.raises(SettingsError) as error:
        Settings.from_env()
    assert str(error.value) == "line 2 of .env is not NAME=value: fix or remove it."


@pytest.mark.parametrize("token", [f"{TOKEN}\nsecond-line", f"{TOKEN} {TOKEN}", f'"{TOKEN}', f"{TOKEN}\r\n.x"])
def test_a_token_with_a_line_break_space_or_quote(token):
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"DISCORD_TOKEN": token})
    assert str(error.value) == BAD_TOKEN_CHARS and TOKEN not in str(error.value)


@pytest.mark.parametrize("token", [f"Bot {TOKEN}", f"bot {TOKEN}", f"Bot  {TOKEN}"])
def test_a_token_with_the_bot_prefix_says_to_drop_it(token):
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"DISCORD_TOKEN": token})
    assert str(error.value) == ('DISCORD_TOKEN starts with "Bot ": drop the "Bot " prefix and keep only the token '
                                "(discord.py adds the prefix itself).")


def test_a_token_with_an_escaped_newline_in_dotenv_exits_2_with_one_line(tmp_path):
    """python-dotenv turns \\n in a double-quoted value into a line break."""
    (tmp_path / ".env").write_text(f'DISCORD_TOKEN="{TOKEN}\\nMORE"\n')
    result = run(tmp_path, "-m", "bot")
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.splitlines() == [f"error: {BAD_TOKEN_CHARS}"]


@pytest.mark.parametrize(("name", "value", "what"), [
    ("DISCORD_GUILD_ID", "0", "a server id (a number)"),
    ("DISCORD_GUILD_ID", "-5", "a server id (a number)"),
    ("DISCORD_GUILD_ID", "18446744073709551616", "a server id (a number)"),
    ("DISCORD_GUILD_ID", "１２３", "a server id (a number)"),  # full-width digits
    ("ASK_COOLDOWN_SECONDS", "nan", "a number of seconds >= 0"),
    ("ASK_COOLDOWN_SECONDS", "inf", "a number of seconds >= 0"),
    ("ASK_COOLDOWN_SECONDS", "five", "a number of seconds >= 0"),
    ("MAX_PENDING_QUESTIONS", "0", "a whole number >= 1"),
    ("MAX_PENDING_QUESTIONS", "2.5", "a whole number >= 1"),
    ("LAST_ANSWERS_MAX", "-1", "a whole number >= 1"),
    ("SHUTDOWN_GRACE_SECONDS", "soon", "a number of seconds >= 0"),
])
def test_a_value_out_of_range_names_the_setting(name, value, what):
    with pytest.raises(SettingsError) as error:
        Settings.from_env({name: value})
    assert str(error.value) == f"{name} must be {what}, not {value!r}."


def test_the_new_bounds_are_read():
    settings = Settings.from_env({"MAX_PENDING_QUESTIONS": "4", "LAST_ANSWERS_MAX": "100", "SHUTDOWN_GRACE_SECONDS": "1.5"})
    assert (settings.max_pending_questions, settings.last_answers_max, settings.shutdown_grace_seconds) == (4, 100, 1.5)
    assert Settings.from_env({}) == Settings()


@pytest.mark.parametrize(("dotenv", "expected"), [
    (b"LOG_LEVEL=\xe9\n", "error: " + NOT_UTF8.format(".env") + "\n"),
    (b"LOG_LEVEL=loud\n", "error: LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, not 'LOUD'.\n"),
    (b"ARTICLE_BOT_DATA_DIR=\n", "error: ARTICLE_BOT_DATA_DIR is empty: give a folder, or remove the line to use the "
                                 "default, "),
])
def test_the_console_reads_the_same_settings_and_says_the_same(here, capsys, dotenv, expected):
    (here / ".env").write_bytes(dotenv)
    assert cli_main(["--bm25-only", "about"]) == 2
    assert capsys.readouterr().err.startswith(expected)


@pytest.mark.parametrize(("dotenv", "message"), [
    ("ASK_COOLDOWN_SECONDS=abc", "ASK_COOLDOWN_SECONDS must be a number of seconds >= 0, not 'abc'."),
    ("DISCORD_GUILD_ID=abc", "DISCORD_GUILD_ID must be a server id (a number), not 'abc'."),
    ("MAX_PENDING_QUESTIONS=none", "MAX_PENDING_QUESTIONS must be a whole number >= 1, not 'none'."),
    ("SHARD_IDS=1", "SHARD_IDS must be shard numbers from 0 to SHARD_COUNT - 1 separated by commas (and SHARD_COUNT "
                    "set), not '1'."),
])
def test_a_bad_setting_of_the_bot_only_is_a_warning_to_the_console_and_refused_by_the_bot(here, capsys, dotenv,
                                                                                           message):
    """Trial 43: a .env with ASK_COOLDOWN_SECONDS=abc made `article-bot ask …` exit 2; the console does not use it."""
    (here / ".env").write_text(dotenv + "\n", encoding="utf-8")
    assert cli_main(["--bm25-only", "ask", "Qui possède TikTok ?"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("Q: Qui possède TikTok ?\nA: ByteDance\n")
    assert err.endswith(f"] [WARNING ] bot.settings: {message} Only the Discord bot uses it (and refuses it): the "
                        "console goes on without it.\n") and err.count("\n") == 1
    with pytest.raises(SettingsError) as error:
        Settings.load()  # as python -m bot reads them
    assert str(error.value) == message


def test_the_index_cache_folder(here, monkeypatch):
    monkeypatch.delenv("ARTICLE_BOT_CACHE_DIR", raising=False)
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    monkeypatch.setenv("HOME", str(here / "home"))
    assert Settings.from_env({}).cache_dir == here / "home" / ".cache" / "article-bot"
    assert Settings.from_env({"XDG_CACHE_HOME": "/srv/xdg"}).cache_dir == Path("/srv/xdg/article-bot")
    both = {"XDG_CACHE_HOME": "/srv/xdg", "ARTICLE_BOT_CACHE_DIR": "/srv/cache"}
    assert Settings.from_env(both).cache_dir == Path("/srv/cache")
    (here / ".env").write_text("ARTICLE_BOT_CACHE_DIR=from-dotenv\n", encoding="utf-8")
    assert Settings.from_env().cache_dir == Path("from-dotenv")
    assert "ARTICLE_BOT_CACHE_DIR" not in os.environ  # read by Settings, not exported for index/


# ------------------------------------------------- misspelt names in .env

MISSPELT = "ASK_COOLDOWN=3\n\n# other programs' variables are left alone\nDISCORD_CLIENT_ID=9\nPATH_EXTRA=x\n" \
           "export DISCROD_GUILD_ID=5\nlog_level=info\nLOG_LEVEL=INFO\n"


def test_a_misspelt_name_in_dotenv_is_one_warning_with_its_line(here, caplog):
    (here / ".env").write_text(MISSPELT, encoding="utf-8")
    expected = [".env line 1: ASK_COOLDOWN is not a setting; did you mean ASK_COOLDOWN_SECONDS?",
                ".env line 6: DISCROD_GUILD_ID is not a setting; did you mean DISCORD_GUILD_ID?",
                ".env line 7: log_level is not a setting; did you mean LOG_LEVEL?"]
    with caplog.at_level("WARNING", logger="bot.settings"):
        assert warn_dotenv_names() == expected
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [("WARNING", line) for line in expected]


def test_the_process_environment_is_not_checked(here, monkeypatch):
    monkeypatch.setenv("ASK_COOLDOWN", "3")
    (here / ".env").write_text("LOG_LEVEL=INFO\n", encoding="utf-8")
    assert warn_dotenv_names() == []


def test_the_line_of_a_bad_dotenv_line_counts_blank_lines_before_it(here):
    (here / ".env").write_text(f"LOG_LEVEL=INFO\n\n\nDISCORD_TOKEN {TOKEN}\n")
    with pytest.raises(SettingsError) as error:
        Settings.from_env()
    assert str(error.value) == "line 4 of .env is not NAME=value: fix or remove it."


def test_the_console_and_the_bot_warn_about_a_misspelt_name(here, capsys):
    (here / ".env").write_text("ASK_COOLDOWN=3\n", encoding="utf-8")
    assert cli_main(["--bm25-only", "about"]) == 0
    assert capsys.readouterr().err.endswith(
        "] [WARNING ] bot.settings: .env line 1: ASK_COOLDOWN is not a setting; did you mean ASK_COOLDOWN_SECONDS?\n")
    (here / ".env").write_text("DISCROD_TOKEN=x\n", encoding="utf-8")
    lines = run(here, "-m", "bot").stderr.splitlines()  # the warning tells why the token is not set
    assert lines[0].endswith("] [WARNING ] bot.settings: .env line 1: DISCROD_TOKEN is not a setting; "
                             "did you mean DISCORD_TOKEN?")
    assert lines[1:] == ["error: DISCORD_TOKEN is not set. Put it in .env (see .env.example) or the environment."]


def test_setting_names_lists_every_name_read_and_in_env_example():
    source = (REPO / "bot" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r'(?:get|_number\(env,) ?\(?"([A-Z][A-Z0-9_]+)"', source))
    example = set(re.findall(r"^#?([A-Z][A-Z0-9_]+)=", (REPO / ".env.example").read_text(encoding="utf-8"), re.M))
    assert "ASK_COOLDOWN_SECONDS" in read and "SHARD_IDS" in example
    assert sorted(read | example) == sorted(SETTING_NAMES)


def test_the_default_database_folder_is_made_and_a_set_one_must_exist(here, monkeypatch):
    """A new user's trial: DATABASE_URL=sqlite:////nonexistent/typo/x.db made the folders and an empty database."""
    from bot.library import open_library
    from bot.storage import StorageError

    qa = type("QA", (), {"model": None})()
    data = here / "data"
    default = Settings.from_env({"ARTICLE_BOT_DATA_DIR": str(data)})
    assert (default.database_url, default.database_from) == (f"sqlite:///{data}/article-bot.db", None)
    open_library(default, qa).database.close()
    assert (data / "article-bot.db").is_file()
    typo = here / "typo" / "x.db"
    chosen = Settings.from_env({"DATABASE_URL": f"sqlite:///{typo}"})
    assert chosen.database_from == "DATABASE_URL"
    with pytest.raises(StorageError) as error:
        open_library(chosen, qa)
    assert str(error.value) == (f"the folder {typo.parent} of the database sqlite:///{typo} does not exist: "
                                "create it, or correct DATABASE_URL.")
    assert not typo.parent.exists()


def test_a_name_starting_with_article_is_this_bot_s_and_warned_about(here, caplog):
    """A new user's trial: ARTICLE_FILE= and ARTICLE= were ignored in silence, and the bot answered about the
    bundled article. Names starting with ARTICLE are this bot's, however far from a setting."""
    (here / ".env").write_text("ARTICLE=mine.txt\nARTICLE_FILE=mine.txt\nARTICLE_PATH=mine.txt\nPATH_EXTRA=x\n",
                               encoding="utf-8")
    assert warn_dotenv_names() == [".env line 1: ARTICLE is not a setting; did you mean ARTICLE_PATH?",
                                        ".env line 2: ARTICLE_FILE is not a setting; did you mean ARTICLE_PATH?"]


EMPTY_ARTICLE_PATH = ("ARTICLE_PATH is empty: give the article's file or link, or remove the line to answer about the "
                      "bundled article.")


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_article_path_is_refused_not_the_bundled_article(value):
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"ARTICLE_PATH": value})
    assert str(error.value) == EMPTY_ARTICLE_PATH


def test_an_empty_article_path_in_dotenv_stops_the_console_with_one_line(here, capsys):
    (here / ".env").write_text("ARTICLE_PATH=\n", encoding="utf-8")
    assert cli_main(["--bm25-only", "about"]) == 2
    assert capsys.readouterr() == ("", f"error: {EMPTY_ARTICLE_PATH}\n")


def test_article_given_as_an_option_wins_over_an_empty_article_path(here, capsys):
    """--article wins over settings, an empty ARTICLE_PATH too (a new user's check: it still stopped)."""
    (here / ".env").write_text("ARTICLE_PATH=\n", encoding="utf-8")
    article = here / "harbour.txt"
    article.write_text("Harbour Ales lifts profit\n\nHarbour Ales made a profit of £12.4 million.", encoding="utf-8")
    assert cli_main(["--bm25-only", "--article", str(article), "ask", "How much profit did Harbour Ales make?"]) == 0
    assert "A: £12.4 million" in capsys.readouterr().out


def test_an_empty_article_option_is_refused_like_an_empty_article_path(here, capsys):
    """Trial 41: `--article ""` answered from the bundled article."""
    assert cli_main(["--bm25-only", "--article", "", "ask", "Who owns TikTok?"]) == 2
    assert capsys.readouterr() == ("", "error: --article is empty: give the article's file or link, or leave the "
                                       "option out to answer about the bundled article.\n")


def test_a_bare_name_in_dotenv_is_refused_like_a_line_that_is_not_name_value(here, capsys):
    """Trial 41: a line `ARTICLE_PATH` without "=" was ignored (python-dotenv reads a key whose value is None)."""
    (here / ".env").write_text("# the article\nARTICLE_PATH\n", encoding="utf-8")
    assert cli_main(["--bm25-only", "about"]) == 2
    assert capsys.readouterr() == ("", "error: line 2 of .env is not NAME=value: fix or remove it.\n")


def test_an_empty_cache_folder_is_refused_not_read_as_the_default(here, monkeypatch, capsys):
    """Trial 41: ARTICLE_BOT_CACHE_DIR= wrote to ~/.cache/article-bot without a word."""
    monkeypatch.setenv("ARTICLE_BOT_CACHE_DIR", "")
    monkeypatch.setenv("XDG_CACHE_HOME", str(here / "xdg"))
    assert cli_main(["--bm25-only", "about"]) == 2
    assert capsys.readouterr() == ("", "error: ARTICLE_BOT_CACHE_DIR is empty: give a folder, or remove the line to "
                                       f"use the default, {here / 'xdg' / 'article-bot'}.\n")


@pytest.mark.parametrize("name", ["FETCH_MAX_MB", "MAX_FILE_MB"])
def test_a_size_limit_under_one_kilobyte_says_the_least_allowed(name):
    """FETCH_MAX_MB=0.0005 said "must be a number of megabytes > 0" although it is (a fresh user's check)."""
    with pytest.raises(SettingsError) as error:
        Settings.from_env({"DISCORD_TOKEN": TOKEN, name: "0.0005"}, dotenv=False)
    assert str(error.value) == f"{name} must be a number of MiB (1 MiB = 1,048,576 bytes) >= 0.001 (1 KiB), not '0.0005'."


def test_a_name_set_twice_in_dotenv_is_one_warning_naming_its_lines(here, capsys):
    """Trial 42: ARTICLE_PATH written twice in .env, the last one was used without a word."""
    (here / ".env").write_text("ARTICLE_PATH=compost.en.txt\nLOG_LEVEL=WARNING\n\nexport ARTICLE_PATH=chorale.fr.txt\n"
                               "ARTICLE_PATH=pharma.en.txt\n", encoding="utf-8")
    expected = ".env lines 1, 4 and 5: ARTICLE_PATH is set 3 times; line 5 is the one used."
    assert warn_dotenv_names() == [expected]
    (here / ".env").write_text("ASK_COOLDOWN_SECONDS=3\nASK_COOLDOWN_SECONDS=4\n", encoding="utf-8")
    assert cli_main(["--bm25-only", "about"]) == 0
    assert capsys.readouterr().err.endswith("] [WARNING ] bot.settings: .env lines 1 and 2: ASK_COOLDOWN_SECONDS is "
                                            "set 2 times; line 2 is the one used.\n")
