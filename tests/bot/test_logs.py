"""Logs: no ANSI colour codes unless stderr is a terminal (issue 9 §6), and
no interaction token in any line, even at DEBUG (issue 12, note)."""
from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

import discord.utils
import pytest

from bot.logs import redact, setup_logging

REPO = Path(__file__).resolve().parents[2]
INTERACTION_TOKEN = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDpzZWNyZXQ"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def restore_logging():
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.mark.parametrize(("stream", "docker", "no_color", "coloured"), [
    (io.StringIO(), False, False, False),  # a pipe, a file
    (io.StringIO(), True, False, False),  # Docker without a tty (discord.py's own setup colours it)
    (Terminal(), False, False, True),  # a terminal
    (Terminal(), False, True, False),  # a terminal with NO_COLOR set
])
def test_colour_only_on_a_terminal(restore_logging, monkeypatch, stream, docker, no_color, coloured):
    monkeypatch.setattr(discord.utils, "is_docker", lambda: docker)
    if no_color:
        monkeypatch.setenv("NO_COLOR", "1")
    else:
        monkeypatch.delenv("NO_COLOR", raising=False)
    setup_logging("INFO", stream)
    logging.getLogger("bot.test").warning("hello")
    assert ("\x1b[" in stream.getvalue()) is coloured
    assert "hello" in stream.getvalue()


def test_no_ansi_codes_when_stderr_is_a_pipe():
    env = {**os.environ, "PYTHONPATH": str(REPO), "LOG_LEVEL": "INFO", "TERM": "xterm-256color"}
    result = subprocess.run([sys.executable, "-c", "from bot.cli import run; run()", "--bm25-only", "about"],
                            capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0
    assert re.search(r"index.qa: (loaded|built) amazon-tiktok-2020-07.fr.txt", result.stderr)
    assert "\x1b" not in result.stderr


@pytest.mark.parametrize(("line", "expected"), [
    ("For Shard ID None: WebSocket Event: {'t': 'INTERACTION_CREATE', 'd': {'id': '1', 'token': '%s', 'type': 2}}",
     "For Shard ID None: WebSocket Event: {'t': 'INTERACTION_CREATE', 'd': {'id': '1', 'token': '<redacted>', 'type': 2}}"),
    ('{"token": "%s"}', '{"token": "<redacted>"}'),
    ("POST https://discord.com/api/v10/interactions/123/%s/callback with {} has returned 204",
     "POST https://discord.com/api/v10/interactions/123/<redacted>/callback with {} has returned 204"),
    ("Webhook ID 1001 with POST https://discord.com/api/v10/webhooks/1001/%s?wait=1 has returned status code 200",
     "Webhook ID 1001 with POST https://discord.com/api/v10/webhooks/1001/<redacted>?wait=1 has returned status code 200"),
])
def test_interaction_tokens_are_redacted(line, expected):
    assert redact(line % INTERACTION_TOKEN) == expected


def test_a_debug_gateway_line_reaches_the_log_without_the_token(restore_logging):
    stream = io.StringIO()
    setup_logging("DEBUG", stream)
    payload = {"t": "INTERACTION_CREATE", "s": 3, "op": 0, "d": {"id": "42", "token": INTERACTION_TOKEN}}
    logging.getLogger("discord.gateway").debug("For Shard ID %s: WebSocket Event: %s", None, payload)
    assert INTERACTION_TOKEN not in stream.getvalue()
    assert "'token': '<redacted>'" in stream.getvalue() and "'id': '42'" in stream.getvalue()


def test_html_extraction_libraries_log_only_critical_records(restore_logging):
    """Trial 39: a link to an empty page printed four trafilatura [ERROR] lines before the bot's own message."""
    stream = io.StringIO()
    setup_logging("INFO", stream)
    logging.getLogger("trafilatura.core").error("empty HTML tree")
    logging.getLogger("htmldate.core").error("no date")
    logging.getLogger("bot.sources").error("the page has no text")
    assert stream.getvalue().count("\n") == 1 and "the page has no text" in stream.getvalue()
