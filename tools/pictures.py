"""Regenerate the README's pictures of an answer with its buttons, in English and in French.

    python tools/pictures.py            # writes docs/answer-en.png and docs/answer-fr.png

The bot runs offline in simcord, as in the tests (tests/bot/conftest.py): a member whose Discord
client is in English asks "/ask Who owns TikTok?", one whose client is in French asks
"/ask Qui possède TikTok ?" (the bundled article). The message the bot sent (its embed and its
buttons, as discord.py read them back from the simulated Discord) is drawn as a small HTML page in
Discord's dark theme, and Debian's Chromium (`apt-get install chromium`; CHROMIUM= another path)
screenshots it headless, once to measure the page's height and once at that height. Nothing is
downloaded. The tests do not need Chromium.
"""
from __future__ import annotations

import asyncio
import html
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

import simcord

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bot.client import ArticleBot  # noqa: E402
from bot.settings import DEFAULT_ARTICLE, Settings  # noqa: E402
from index.qa import QA  # noqa: E402
from tests.bot.conftest import with_locales  # noqa: E402

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
#: Noto Sans and Noto Color Emoji as pinned by simcord's preview extra (`pip install 'simcord[preview]'`),
#: so that the pictures do not depend on the machine's fonts.
FONTS = Path(simcord.__file__).parent / "preview" / "static" / "fonts"
WIDTH = 640  # CSS pixels of the picture
QUESTIONS = {"en": ("en-US", "Who owns TikTok?"), "fr": ("fr", "Qui possède TikTok ?")}
#: Discord's button styles (primary, secondary, success, danger, link) as colours of its dark theme.
BUTTON_COLOURS = {1: "#5865f2", 2: "#4e5058", 3: "#248046", 4: "#da373c", 5: "#4e5058"}

PAGE = """<!doctype html><html><head><meta charset="utf-8"><style>
@font-face {{ font-family: "Noto Sans"; font-weight: 100 900; src: url("{fonts}/noto-sans-latin-v2.015.ttf"); }}
@font-face {{ font-family: "Noto Color Emoji"; src: url("{fonts}/noto-color-emoji-v2.051.ttf"); }}
body {{ margin: 0; background: #313338; color: #dbdee1; font: 15px/1.35 "Noto Sans", "Noto Color Emoji", sans-serif; }}
#message {{ display: flex; gap: 14px; padding: 14px 16px; width: {width}px; box-sizing: border-box; }}
.avatar {{ width: 40px; height: 40px; border-radius: 50%; background: #5865f2; color: #fff; flex: none;
          display: flex; align-items: center; justify-content: center; font-weight: 700; }}
.name {{ color: #f2f3f5; font-weight: 600; }} .app {{ background: #5865f2; color: #fff; font-size: 10px;
        border-radius: 3px; padding: 1px 4px; margin-left: 4px; vertical-align: 2px; }}
.embed {{ background: #2b2d31; border-left: 4px solid {colour}; border-radius: 4px; padding: 8px 16px 12px 12px; margin-top: 4px; }}
.title {{ color: #f2f3f5; font-weight: 700; font-size: 16px; margin: 2px 0 6px; }}
blockquote {{ margin: 0; padding-left: 10px; border-left: 4px solid #4e5058; }}
.field {{ margin-top: 8px; }} .field b {{ color: #f2f3f5; }}
.footer {{ font-size: 12px; margin-top: 8px; color: #b5bac1; }}
.row {{ display: flex; gap: 8px; margin-top: 8px; }}
.button {{ color: #fff; border-radius: 3px; padding: 5px 14px; font-size: 14px; font-weight: 500; }}
</style></head><body><div id="message"><div class="avatar">A</div><div style="flex: 1; min-width: 0">
<div><span class="name">article-bot</span><span class="app">APP</span></div>
<div class="embed">{embed}</div>{rows}</div></div>
<script>document.title = "height=" + document.getElementById("message").offsetHeight;</script>
</body></html>"""


def markdown(text: str) -> str:
    """Discord Markdown of the bot's embeds as HTML: "> " quotes, **bold**, backslash escapes."""
    blocks: list[tuple[bool, list[str]]] = []  # (quoted, lines)
    for line in html.escape(text).split("\n"):
        line = re.sub(r"\\([^\w\s])", r"\1", re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", line))
        quoted = line.startswith("&gt; ")
        if not blocks or blocks[-1][0] != quoted:
            blocks.append((quoted, []))
        blocks[-1][1].append(line[5:] if quoted else line)
    return "".join(f"<blockquote>{'<br>'.join(lines)}</blockquote>" if quoted else "<br>".join(lines)
                   for quoted, lines in blocks)


def page(embed: dict, components: list[dict]) -> str:
    """The HTML page of one message: `embed` and `components` are Discord's payload shapes
    (discord.Embed.to_dict(), action rows of buttons)."""
    parts = [f'<div class="title">{markdown(embed.get("title", ""))}</div>', markdown(embed.get("description", ""))]
    for field in embed.get("fields", []):
        parts.append(f'<div class="field"><b>{markdown(field["name"])}</b><br>{markdown(field["value"])}</div>')
    if "footer" in embed:
        parts.append(f'<div class="footer">{html.escape(embed["footer"]["text"])}</div>')
    rows = []
    for row in components:
        buttons = []
        for button in row["components"]:
            label = " ".join(x for x in ((button.get("emoji") or {}).get("name"), button.get("label")) if x)
            buttons.append(f'<span class="button" style="background: {BUTTON_COLOURS[button["style"]]}">'
                           f'{html.escape(label)}{" ↗" if button["style"] == 5 else ""}</span>')
        rows.append(f'<div class="row">{"".join(buttons)}</div>')
    colour = f'#{embed.get("color", 0x5865F2):06x}'
    return PAGE.format(width=WIDTH, colour=colour, embed="".join(parts), rows="".join(rows), fonts=FONTS.as_uri())


async def answers() -> dict[str, tuple[dict, list[dict]]]:
    """lang → (embed, components) of the bot's answer to QUESTIONS[lang], asked with that client locale."""
    bot = ArticleBot(Settings(token="not-a-real-token", ask_cooldown_seconds=0), QA.from_path(DEFAULT_ARTICLE))
    out = {}
    async with simcord.run(bot) as env:
        guild = env.create_guild("News club")
        channel = guild.create_text_channel("general")
        member = guild.add_member(env.create_user("alice"))
        locales: dict[int, str] = {}
        with_locales(env, locales)
        for lang, (locale, question) in QUESTIONS.items():
            locales[member.id] = locale
            message = (await member.slash(channel, "ask", question=question)).response
            out[lang] = (message.embeds[0].to_dict(), [dict(row) for row in message.components])
    return out


def chromium(*arguments: str) -> str:
    """Run headless Chromium with `arguments`; its stdout."""
    command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run", "--hide-scrollbars",
               f"--user-data-dir={tempfile.mkdtemp(prefix='article-bot-chromium-')}", *arguments]
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=120).stdout


def screenshot(page_html: str, destination: Path) -> None:
    """Write `page_html` to a file, measure its height, screenshot it to `destination` (PNG)."""
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "answer.html"
        source.write_text(page_html, encoding="utf-8")
        dom = chromium(f"--window-size={WIDTH},2000", "--dump-dom", source.as_uri())
        height = int(re.search(r"<title>height=(\d+)</title>", dom).group(1))
        chromium(f"--window-size={WIDTH},{height}", f"--screenshot={destination}", source.as_uri())


def main() -> None:
    """Write docs/answer-en.png and docs/answer-fr.png."""
    (REPO / "docs").mkdir(exist_ok=True)
    for lang, (embed, components) in asyncio.run(answers()).items():
        destination = REPO / "docs" / f"answer-{lang}.png"
        screenshot(page(embed, components), destination)
        print(destination.relative_to(REPO))


if __name__ == "__main__":
    main()
