"""Logging of both front ends: one stderr handler, colour only on a terminal,
and no secret of an interaction in any line."""
from __future__ import annotations

import logging
import os
import re
import sys


#: Interaction tokens (valid 15 minutes; whoever holds one can answer in the
#: bot's name) as they appear in discord.py's debug lines: the gateway's
#: payloads ('token': '…') and the URLs of callbacks and webhooks.
_SECRETS = (
    (re.compile(r"""(["']token["']\s*:\s*["'])[^"']+"""), r"\1<redacted>"),
    (re.compile(r"(/interactions/\d+/)[^/\s]+"), r"\1<redacted>"),
    (re.compile(r"(/webhooks/\d+/)[^/\s?]+"), r"\1<redacted>"),
)
PLAIN_FORMAT = "[{asctime}] [{levelname:<8}] {name}: {message}"


class _Handler(logging.StreamHandler):
    """The handler of `setup_logging` (a class of its own, to be found again).
    Without a stream of its own it writes to whatever sys.stderr is at the time."""

    def __init__(self, stream=None) -> None:
        super().__init__(stream)
        self._own = stream

    @property
    def stream(self):
        return self._own if self._own is not None else sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        self._own = value


def redact(text: str) -> str:
    """`text` with every interaction token replaced by "<redacted>"."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text


class RedactSecrets(logging.Filter):
    """A handler filter that removes interaction tokens from each record's
    message (discord.py logs whole gateway payloads at DEBUG)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        cleaned = redact(message)
        if cleaned != message:
            record.msg, record.args = cleaned, None
        return True


def setup_logging(level: str, stream=None) -> logging.Handler:
    """Log records of `level` (a level name) and above from every logger to
    `stream` (default: stderr), with discord.py's colour formatter only when
    the stream is a terminal and NO_COLOR is unset (no ANSI codes in Docker,
    systemd or a pipe); the loggers of QUIET_LIBRARIES at CRITICAL only. Returns the handler added to the root
    logger."""
    handler = _Handler(stream)
    handler.addFilter(RedactSecrets())
    if getattr(handler.stream, "isatty", lambda: False)() and "NO_COLOR" not in os.environ:
        import discord  # only here: the console's commands start without loading discord.py
        formatter = discord.utils._ColourFormatter()
    else:
        formatter = logging.Formatter(PLAIN_FORMAT, "%Y-%m-%d %H:%M:%S", style="{")
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, _Handler)]:  # called again: replace, not add
        root.removeHandler(old)
    handler.setFormatter(formatter)  # as discord.utils.setup_logging does, on the root logger
    root.setLevel(getattr(logging, level))
    root.addHandler(handler)
    for name in QUIET_LIBRARIES:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    return handler


# Libraries that log a page they cannot read at ERROR ("empty HTML tree") while the bot's own message says what is
# wrong (bot.sources): trial 39 saw four trafilatura [ERROR] lines before the one line that matters.
QUIET_LIBRARIES = ("trafilatura", "htmldate", "courlan")
