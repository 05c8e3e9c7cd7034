"""Small helpers shared by the Discord front end (no Discord state kept here)."""
from __future__ import annotations

import re

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


#: Characters that start Discord markup anywhere in a line: bold, italics,
#: underline, strike, spoilers, code, masked links [text](url), block quotes,
#: and <…> forms (<@id> mentions, <#id> channels, <t:…> timestamps, <url>,
#: <:emoji:id>); the backslash itself, so an escape cannot be undone.
_MARKUP = re.compile(r"[\\*_~|`\[\]<>]")
#: Autolinks: the colon of "scheme://" (https://evil.example stays text).
_SCHEME = re.compile(r"(?<=\w):(?=//)")
#: Markup only at the start of a line: headings, -# subtext, lists, quotes, "1." lists.
_LINE_START = re.compile(r"^(\d*)([#+\-]|(?<=\d)[.)])")


def safe_inline(text: str) -> str:
    """`text` (user- or article-supplied) made inert for Discord Markdown: one
    line (runs of whitespace become one space), every character that could
    start markup backslash-escaped (Discord shows an escaped punctuation
    character as itself), and @everyone, @here and <@id> broken by a zero-width
    space. So no link (masked or bare), heading, list, quote, code, spoiler,
    mention or timestamp can come out of it, and it shows as typed.

    The one escaping function of the bot: every piece of text that is not the
    bot's own goes through it before it is put in an embed or a message.
    """
    line = " ".join(text.split())
    line = _MARKUP.sub(r"\\\g<0>", line)
    line = _SCHEME.sub(r"\\:", line)
    line = _LINE_START.sub(r"\1\\\2", line)
    return discord.utils.escape_mentions(line)


_ESCAPED = re.compile(r"\\(.)|@\u200b")


def unsafe_inline(text: str) -> str:
    """The text `safe_inline` was given, from its output (backslash escapes and
    the zero-width spaces of broken mentions removed; runs of whitespace stay
    one space). Used to read back a question from an answer's embed."""
    return _ESCAPED.sub(lambda m: m.group(1) or "@", text)


_MENTION = re.compile(r"<(@[!&]?|#)(\d{15,20})>")


def readable_mentions(text: str, guild, client, users=()) -> str:
    """`text` with Discord's mention syntax shown as names: <@id> → @name,
    <@&id> → @role, <#id> → #channel (from `users`, e.g. message.mentions, then
    `guild` and `client`'s caches); an unknown one → @unknown-user,
    @unknown-role, #unknown-channel. The names ping no one (no id is left)."""
    known = {user.id: user.display_name for user in users}

    def name(match: re.Match) -> str:
        kind, ident = match.group(1), int(match.group(2))
        if kind == "#":
            channel = (guild.get_channel(ident) if guild else None) or client.get_channel(ident)
            return f"#{getattr(channel, 'name', None) or 'unknown-channel'}"
        if kind == "@&":
            role = guild.get_role(ident) if guild else None
            return "@" + (role.name.removeprefix("@") if role else "unknown-role")
        user = (guild.get_member(ident) if guild else None) or client.get_user(ident)
        return f"@{known.get(ident) or (user.display_name if user else 'unknown-user')}"

    return _MENTION.sub(name, text)


async def mention_names(text: str, guild, client, users=()) -> str:
    """`readable_mentions`, fetching from Discord (at most 5) the users that
    are in no cache (slash command options carry no resolved mentions);
    a user Discord does not know stays @unknown-user."""
    import discord

    known = list(users)
    missing = {int(i) for i in re.findall(r"<@!?(\d{15,20})>", text)} - {u.id for u in known}
    for ident in sorted(missing)[:5]:
        cached = (guild.get_member(ident) if guild else None) or client.get_user(ident)
        if cached is None:
            try:
                known.append(await (guild.fetch_member(ident) if guild else client.fetch_user(ident)))
            except discord.HTTPException:
                pass
    return readable_mentions(text, guild, client, known)
