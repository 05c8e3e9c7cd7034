"""Small helpers shared by the Discord front end (no Discord state kept here)."""
from __future__ import annotations

import discord

#: Discord's limits, in characters (https://discord.com/developers/docs/resources/message).
CONTENT_LIMIT = 2000
EMBED_TITLE_LIMIT = 256
EMBED_DESCRIPTION_LIMIT = 4096
EMBED_FIELD_VALUE_LIMIT = 1024
EMBED_FOOTER_LIMIT = 2048
EMBED_TOTAL_LIMIT = 6000

ELLIPSIS = "…"

#: What every message the bot sends is allowed to ping: nobody.
NO_MENTIONS = discord.AllowedMentions.none()


def truncate(text: str, limit: int) -> str:
    """Return `text` cut to at most `limit` characters (limit >= 1).

    Text that fits is returned unchanged. Otherwise it is cut at the last
    whitespace before the limit (or mid-word when the only word is longer than
    half the limit) and ends with a single "…", which counts toward the limit.
    """
    if limit < 1:
        raise ValueError("limit must be at least 1")
    if len(text) <= limit:
        return text
    head = text[: limit - len(ELLIPSIS)]
    cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
    if cut >= len(head) // 2:
        head = head[:cut]
    return head.rstrip() + ELLIPSIS


def safe_inline(text: str) -> str:
    """User text made inert for Discord markdown: one line, markdown and
    mentions escaped, so ``` or **, @everyone or <@id> render as typed."""
    one_line = " ".join(text.split())
    return discord.utils.escape_mentions(discord.utils.escape_markdown(one_line))
