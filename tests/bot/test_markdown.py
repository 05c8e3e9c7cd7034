"""No user- or article-supplied text can produce active Discord Markdown in
what the bot posts (issue 12 §5): bot.utils.safe_inline is the one escaping
function; checked on the issue's example, through the bot, and as a property
over generated Markdown."""
from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.embeds import about_embed, to_embed
from bot.utils import safe_inline
from index.model import Answer, Passage
from index.qa import QA

TWO_LINKS = "[a](https://a.example) [TikTok](https://evil.example/login)"
TWO_LINKS_ESCAPED = r"\[a\](https\://a.example) \[TikTok\](https\://evil.example/login)"
ZWSP = "\u200b"


def shown(escaped: str) -> str:
    """What Discord shows for `escaped`: a backslash before a character that
    is not a letter, digit or space shows that character alone (the escape
    rule of Discord's Markdown, from simple-markdown: ^\\\\([^0-9A-Za-z\\s]))."""
    return re.sub(r"\\([^0-9A-Za-z\s])", r"\1", escaped)


def live(escaped: str) -> list[tuple[int, str]]:
    """The characters of `escaped` that Markdown reads as themselves (not
    escaped), with their positions in the shown text."""
    out, i, position = [], 0, 0
    while i < len(escaped):
        if escaped[i] == "\\" and i + 1 < len(escaped) and not re.match(r"[0-9A-Za-z\s]", escaped[i + 1]):
            i, position = i + 2, position + 1
            continue
        out.append((position, escaped[i]))
        i, position = i + 1, position + 1
    return out


def active_markup(escaped: str) -> list[str]:
    """Every way `escaped` could still produce markup in Discord: a live
    formatting, link, code, spoiler or <…> character; a live "scheme://"
    colon (autolink); a live heading, list or quote marker at the start of the
    line; a line break; an @everyone or @here without the zero-width break."""
    found = []
    chars = live(escaped)
    text = shown(escaped)
    for position, char in chars:
        if char in "*_~|`[]<>":
            found.append(f"live {char!r} at {position}")
        if char == ":" and text[position + 1: position + 3] == "//" and position and text[position - 1].isalnum():
            found.append(f"autolink at {position}")
    if chars and chars[0] == (0, text[:1]) and text[:1] in "#-+":
        found.append(f"line starts with {text[0]!r}")
    digits = re.match(r"\d+", text)
    if digits and (digits.end(), text[digits.end(): digits.end() + 1]) in chars and text[digits.end():][:1] in (".", ")"):
        found.append("ordered list")
    if "\n" in escaped:
        found.append("line break")
    if re.search(r"@(everyone|here)", escaped):
        found.append("mass mention")
    return found


# ----------------------------------------------------------- the example


def test_two_masked_links_are_both_inert():
    assert safe_inline(TWO_LINKS) == TWO_LINKS_ESCAPED
    assert shown(TWO_LINKS_ESCAPED) == TWO_LINKS and active_markup(TWO_LINKS_ESCAPED) == []


def test_two_masked_links_in_a_question_are_shown_as_typed_in_the_public_embed(simulate):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "ask", question=f"{TWO_LINKS} Qui possède TikTok ?")
        (embed,) = result.response.embeds
        assert embed.title == "ByteDance"
        assert embed.fields[0].value == f"{TWO_LINKS_ESCAPED} Qui possède TikTok ?"

    simulate(scenario)


# ---------------------------------------------------- more of the kind


def test_each_kind_of_markup():
    cases = {
        "# Titre": r"\# Titre",
        "-# petit": r"\-# petit",
        "- liste": r"\- liste",
        "+ liste": r"\+ liste",
        "12. liste": r"12\. liste",
        "3) liste": r"3\) liste",
        "> citation": r"\> citation",
        ">>> bloc": r"\>\>\> bloc",
        "voir https://evil.example": r"voir https\://evil.example",
        "<https://evil.example>": r"\<https\://evil.example\>",
        "||spoiler||": r"\|\|spoiler\|\|",
        "~~barré~~ __souligné__ *it* **gras**": r"\~\~barré\~\~ \_\_souligné\_\_ \*it\* \*\*gras\*\*",
        "`code` ```bloc```": r"\`code\` \`\`\`bloc\`\`\`",
        "<t:1700000000:R> <#123> </ask:1>": r"\<t:1700000000:R\> \<#123\> \</ask:1\>",
        r"déjà \*échappé\*": r"déjà \\\*échappé\\\*",
        "[x](<https://evil.example>)": r"\[x\](\<https\://evil.example\>)",
        "ligne 1\n# ligne 2": r"ligne 1 # ligne 2",
        "5 - 3 = 2, 1.5 M$": "5 - 3 = 2, 1.5 M$",
    }
    for text, expected in cases.items():
        assert safe_inline(text) == expected, text
        assert active_markup(expected) == [], text


def test_an_article_with_markup_is_quoted_inert(tmp_path, simulate):
    article = tmp_path / "piege.txt"
    article.write_text(
        "# Rachat de TikTok\n\nMicrosoft négocie le rachat de TikTok, voir [le communiqué](https://evil.example/login). "
        "Le prix reste ||secret|| selon @everyone et <@123456789012345678>.\n", encoding="utf-8")
    qa = QA.from_path(article, use_embeddings=False)
    answer = qa.search("Microsoft rachat")
    embed = to_embed(answer)
    lines = embed.description.splitlines()
    assert all(active_markup(line.split("** ", 1)[1]) == [] for line in lines)
    assert any(r"\[le communiqué\](https\://evil.example/login)" in line for line in lines)
    about = about_embed(qa.info)
    # the body's first line (not the title line, which a new user read as the title mislabelled), its link inert
    assert about.description == (r"> Microsoft négocie le rachat de TikTok, voir \[le communiqué\]"
                                 r"(https\://evil.example/login).")
    titled = tmp_path / "titre.txt"
    titled.write_text("Rachat de **TikTok** par ||Microsoft||\n\nMicrosoft négocie le rachat de TikTok avec ByteDance.\n",
                      encoding="utf-8")
    fields = {f.name: f.value for f in about_embed(QA.from_path(titled, use_embeddings=False).info).fields}
    # the title's spoiler shown as written (a helper's review: /about's Title was not escaped)
    assert fields["Title"] == r"Rachat de TikTok par \|\|Microsoft\|\|"

    async def scenario(w):
        result = await w.alice.slash(w.channel, "source", query="secret")
        (embed,) = result.response.embeds
        assert "\\|\\|secret\\|\\|" in embed.description and "@\u200beveryone" in embed.description
        assert "<@123" not in embed.description

    simulate(scenario, qa=qa)


# ------------------------------------------------------------ the property

TOKENS = ["[", "]", "(", ")", "https://", "http://", "steam://", "a.example", "*", "**", "_", "__", "~~", "||",
          "`", "```", "#", "# ", "## ", "-", "-# ", "> ", ">>> ", "1. ", "2)", "+", "<", ">",
          "<@123456789012345678>", "<@!123456789012345678>", "<@&123456789012345678>", "<#123>",
          "<t:1700000000:R>", "<:emoji:123>", "</ask:1>", "@everyone", "@here", "\\", "\\\\", ":", "/", " ",
          "\n", "\t", "TikTok", "é", "9", ".", "!", "=", "«", "»"]
markdown = st.one_of(
    st.lists(st.sampled_from(TOKENS), max_size=30).map("".join),
    st.text(alphabet=st.sampled_from("[]()<>*_~|`#-+>:/\\@!.1 \nab"), max_size=60),
    st.text(max_size=60),
)


@settings(max_examples=500, deadline=None)
@given(markdown)
def test_no_generated_markdown_survives_and_it_shows_as_typed(text):
    escaped = safe_inline(text)
    assert active_markup(escaped) == []
    assert shown(escaped).replace(ZWSP, "") == " ".join(text.split())


@settings(max_examples=200, deadline=None)
@given(markdown, st.lists(markdown, min_size=1, max_size=3), markdown)
def test_no_generated_markdown_survives_in_an_answer_embed(question, passages, short):
    answer = Answer(question or "q", True, short or None,
                    tuple(Passage(i + 1, text or "x") for i, text in enumerate(passages)))
    embed = to_embed(answer)
    for line in (embed.description or "").splitlines():
        assert active_markup(line.split("** ", 1)[1] if "** " in line else "") == []
    for value in (embed.title, *(f.value for f in embed.fields)):
        if value not in ("From the article",):
            assert active_markup(value.removesuffix("…")) == []
