"""Servers' own articles through discord.py's real command tree (simcord), on
SQLite and on a real PostgreSQL server (the `database_url` fixture), with web
pages served on 127.0.0.1."""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, replace

import discord
import pytest
import simcord

from bot.client import ArticleBot, ShardedArticleBot, make_bot
from bot.cogs.articles import NEED_MANAGE_SERVER, ONE_SOURCE, indexing
from bot.library import no_such_article, open_library
from bot.settings import Settings
from tests.bot.conftest import with_locales
from tests.bot.pages import MARKET_TEXT, STORM_HTML, STORM_SENTENCES, serve
from tests.conftest import TRAM

SUMMIT_FIRST = "The climate summit in Oslo ended on Friday with an agreement signed by 41 countries."
BAKERY_FIRST = "The bakery of Anna Keller in Lyon won the national bread prize on Monday."
BUNDLED = "amazon-tiktok-2020-07.fr.txt"


@dataclass
class Server:
    """A guild with its #general channel, an admin (Manage Server) and a member."""

    guild: simcord.GuildHandle
    channel: simcord.ChannelHandle
    admin: simcord.MemberActor
    member: simcord.MemberActor


@dataclass
class World:
    env: simcord.Env
    bot: ArticleBot
    one: Server
    two: Server
    base: str  # the local web server, "http://127.0.0.1:PORT"
    settings: Settings

    async def restart(self) -> None:
        """A new bot object (and library) on the same database, as after a process restart."""
        self.bot = ArticleBot(self.settings, self.bot.qa, open_library(self.settings, self.bot.qa))
        await self.env.restart_bot(self.bot)


def server(env: simcord.Env, name: str) -> Server:
    guild = env.create_guild(name)
    admins = guild.create_role("admins", permissions=discord.Permissions(manage_guild=True))
    return Server(guild, guild.create_text_channel("general"),
                  guild.add_member(env.create_user(f"{name}-admin"), roles=[admins]),
                  guild.add_member(env.create_user(f"{name}-member")))


@pytest.fixture
def articles(qa, database_url):
    """articles(scenario, **settings) runs scenario(world) with two servers, a
    database at `database_url` and a local web server allowed by FETCH_ALLOW_LOOPBACK."""

    def run(scenario, **overrides):
        settings = Settings(token="not-a-real-token", ask_cooldown_seconds=0, database_url=database_url,
                            fetch_allow_loopback=True, fetch_seconds=1.0, **overrides)

        async def main():
            bot = ArticleBot(settings, qa, open_library(settings, qa))
            with serve() as base:
                async with simcord.run(bot) as env:
                    world = World(env, bot, server(env, "one"), server(env, "two"), base, settings)
                    return await scenario(world)

        return asyncio.run(main())

    return run


def shown(result) -> tuple[discord.Message, bool]:
    """The message a command produced and whether it is ephemeral."""
    message = result.response or result.followups[0]
    return message, bool(message.ephemeral)


def fields(embed: discord.Embed) -> dict[str, str]:
    return {f.name: f.value for f in embed.fields}


def test_admin_adds_a_text_file_an_html_file_and_a_url(articles):
    async def scenario(w):
        s = w.one
        result = await s.admin.slash(s.channel, "article add", file=("bakery.txt", MARKET_TEXT.encode()))
        message, private = shown(result)
        (embed,) = message.embeds
        assert not private and embed.title == "Bakery wins prize"
        # While indexing, the reply said so; the article's card then replaced that line.
        edits = [r.json.get("content") for r in w.env.http_requests if r.method == "PATCH" and isinstance(r.json, dict)]
        assert edits == [indexing("Bakery wins prize", 2), None] and not message.content
        assert embed.description.splitlines()[1] == "> " + BAKERY_FIRST
        assert fields(embed) | {"Retrieval": ""} == {"Date": "unknown", "Language": "en", "Sentences": "2",
                                                     "Retrieval": "", "Name": "Bakery wins prize"}

        result = await s.admin.slash(s.channel, "article add", file=("storm.html", STORM_HTML.encode()))
        (embed,) = shown(result)[0].embeds
        assert embed.title == "Storm hits the coast"
        assert embed.description.splitlines()[1] == "> " + STORM_SENTENCES[0]
        info = fields(embed)
        assert (info["Date"], info["Language"], info["Sentences"], info["Author"], info["Link"]) == (
            "2024-03-05", "en", "4", "Jane Smith", "https://news.example.com/2024/03/storm")
        # the title is the card's, the author one field (it was shown twice)
        assert [f.name for f in embed.fields] == ["Date", "Language", "Sentences", "Retrieval", "Author", "Link", "Name"]

        result = await s.admin.slash(s.channel, "article add", url=w.base + "/summit", name="oslo")
        (embed,) = shown(result)[0].embeds
        assert embed.title == "Summit ends" and fields(embed)["Date"] == "2023-06-01"
        assert embed.description.splitlines()[1] == "> " + SUMMIT_FIRST

        # The last one added is in use; the others are asked about by name.
        assert w.bot.library.names(s.guild.id) == ["Bakery wins prize", "Storm hits the coast", "oslo"]
        answer = (await s.member.slash(s.channel, "ask", question="How many countries signed?")).response.embeds[0]
        assert answer.title == "41" and answer.footer.text == "Summit ends · 2023-06-01 · sentence 1 of 2"
        answer = (await s.member.slash(s.channel, "ask", question="How many homes lost power?",
                                       article="Storm hits the coast")).response.embeds[0]
        assert answer.title == "40,000" and answer.description.splitlines()[0] == f"> **[1]** {STORM_SENTENCES[0]}"
        quoted = (await s.member.slash(s.channel, "source", number=2, article="Bakery wins prize")).response.embeds[0]
        assert quoted.description.splitlines()[-1].endswith("Keller opened the shop in 2011 with a loan of 30,000 euros.")

        listing = await s.admin.slash(s.channel, "article list")
        assert listing.ephemeral
        lines = listing.response.embeds[0].description.splitlines()
        assert lines == ["• **Bakery wins prize** — no date, en, 2 sentences",
                         "• **Storm hits the coast** — 2024-03-05, en, 4 sentences",
                         "▶ **oslo** — 2023-06-01, en, 2 sentences"]
        assert listing.response.embeds[0].title == "Articles of this server (3/20)"

    articles(scenario)


def test_use_remove_and_info(articles):
    async def scenario(w):
        s = w.one
        await s.admin.slash(s.channel, "article add", file=("storm.html", STORM_HTML.encode()))
        await s.admin.slash(s.channel, "article add", file=("bakery.md", MARKET_TEXT.encode()))
        used = await s.admin.slash(s.channel, "article use", name="Storm hits the coast")
        assert shown(used)[0].embeds[0].title == "Storm hits the coast"
        info = shown(await s.admin.slash(s.channel, "article info"))[0].embeds[0]
        assert info.title == "Storm hits the coast" and fields(info)["Sentences"] == "4"
        help_text = (await s.member.slash(s.channel, "help")).response.embeds[0].description
        assert ("**/article add** `file` `url` `name` — Add an article from a file or a link; "
                "it becomes this server's article.") in help_text.splitlines()
        assert "**/ask** `question` `private` `article` — Ask a question about the article; the answer quotes it." in help_text
        about = (await s.member.slash(s.channel, "about")).response.embeds[0]
        assert about.title == "Storm hits the coast" and about.description == "> " + STORM_SENTENCES[0]

        removed = await s.admin.slash(s.channel, "article remove", name="Storm hits the coast")
        assert removed.ephemeral and removed.response.content == (
            f"Removed “Storm hits the coast”. Questions here are about {BUNDLED}.")
        answer = (await s.member.slash(s.channel, "ask", question="Qui possède TikTok ?")).response.embeds[0]
        assert answer.title == "ByteDance" and answer.footer.text.startswith(BUNDLED)
        missing = await s.admin.slash(s.channel, "article use", name="Storm hits the coast")
        assert shown(missing)[0].content == no_such_article("Storm hits the coast") and shown(missing)[1]
        assert [str(e.original) for e in w.env.errors] == [no_such_article("Storm hits the coast")]
        assert w.bot.library.names(s.guild.id) == ["Bakery wins prize"]

    articles(scenario)


def test_a_markdown_article_s_title_is_in_about_and_in_its_summary(articles):
    """Check 48: /about showed no title, and "what is this article about?" quoted the body's first sentence alone, of a
    Markdown article (its "# Title" is no sentence); a text file's title line is sentence 1, quoted as such."""
    async def scenario(w):
        s = w.one
        await s.admin.slash(s.channel, "article add", file=("bakery.md", MARKET_TEXT.encode()))
        about = (await s.member.slash(s.channel, "about")).response.embeds[0]
        assert (about.title, about.description) == ("Bakery wins prize", "> " + BAKERY_FIRST)
        assert fields(about) == {"Title": "Bakery wins prize", "Date": "unknown", "Language": "en", "Sentences": "2",
                                 "Retrieval": "BM25 + e5" if w.bot.qa.model else "BM25"}
        answer = (await s.member.slash(s.channel, "ask", question="what is this article about?")).response.embeds[0]
        assert (answer.title, answer.description) == ("From the article",
                                                      f"> Bakery wins prize\n> **[1]** {BAKERY_FIRST}")
        assert answer.footer.text == "Bakery wins prize · sentence 1 of 2"
        await s.admin.slash(s.channel, "article add", file=("bakery.txt", MARKET_TEXT.removeprefix("# ").encode()),
                            name="bakery (text)")
        about = (await s.member.slash(s.channel, "about")).response.embeds[0]
        assert (about.title, fields(about)["Title"], fields(about)["Sentences"], about.description) == (
            "bakery (text)", "Bakery wins prize", "3", "> " + BAKERY_FIRST)  # the body's first line, as of the .md
        answer = (await s.member.slash(s.channel, "ask", question="de quoi parle l'article ?")).response.embeds[0]
        assert answer.description == f"> **[1]** Bakery wins prize\n> **[2]** {BAKERY_FIRST}"

    articles(scenario)


def test_members_without_manage_server_are_refused(articles):
    async def scenario(w):
        s = w.one
        # Hidden by default (default_permissions) ...
        assert "article add" not in s.member.available_commands(s.channel)
        assert "article add" in s.admin.available_commands(s.channel)
        # ... and refused in code when a server shows /article to everyone.
        command = w.env.backend.find_command("article", s.guild.id, type=1)
        s.guild.set_command_permissions(int(command["id"]), {s.member: True})
        for name, options in (("article add", {"file": ("bakery.txt", MARKET_TEXT.encode())}),
                              ("article use", {"name": "x"}), ("article remove", {"name": "x"})):
            result = await s.member.slash(s.channel, name, **options)
            assert result.ephemeral and result.response.content == NEED_MANAGE_SERVER
        listing = await s.member.slash(s.channel, "article list")
        assert listing.response.content == (
            f"This server has no article of its own yet: I answer about {BUNDLED}. An admin can add one with /article add.")
        assert w.bot.library.names(s.guild.id) == []

    articles(scenario)


def test_two_servers_answer_from_their_own_articles_and_a_restart_keeps_both(articles):
    async def ask_both(w):  # simcord runs one interaction at a time
        return (await w.one.member.slash(w.one.channel, "ask", question="How many homes lost power?"),
                await w.two.member.slash(w.two.channel, "ask", question="When did Keller open the shop?"))

    async def scenario(w):
        await w.one.admin.slash(w.one.channel, "article add", file=("storm.html", STORM_HTML.encode()))
        await w.two.admin.slash(w.two.channel, "article add", file=("bakery.txt", MARKET_TEXT.encode()))
        for _ in range(2):
            storm, bakery = await ask_both(w)
            assert storm.response.embeds[0].title == "40,000"
            assert bakery.response.embeds[0].title == "2011"
            # A DM is about the operator's article.
            dm = await w.one.member.send_dm("Qui possède TikTok ?")
            await w.env.settle()
            reply = w.one.member.user.dm_channel.history(viewer=w.one.member)[-1]
            assert reply.id != dm.id and reply.embeds[0].title == "ByteDance"
            await w.restart()
        assert w.bot.library.loaded() == []  # nothing was asked since the restart

    articles(scenario)


def test_autocomplete_lists_this_servers_articles_only(articles):
    async def scenario(w):
        await w.one.admin.slash(w.one.channel, "article add", file=("storm.html", STORM_HTML.encode()))
        await w.one.admin.slash(w.one.channel, "article add", file=("bakery.txt", MARKET_TEXT.encode()))
        await w.two.admin.slash(w.two.channel, "article add", url=w.base + "/summit")
        one = await w.one.member.autocomplete(w.one.channel, "ask", "article", "")
        assert [c["value"] for c in one] == ["Storm hits the coast", "Bakery wins prize"]
        typed = await w.one.admin.autocomplete(w.one.channel, "article use", "name", "BAK")
        assert [c["value"] for c in typed] == ["Bakery wins prize"]
        two = await w.two.member.autocomplete(w.two.channel, "source", "article", "")
        assert [c["value"] for c in two] == ["Summit ends"]
        unknown = await w.two.member.slash(w.two.channel, "ask", question="Who?", article="Storm hits the coast")
        message, private = shown(unknown)
        assert private and message.content == no_such_article("Storm hits the coast")
        assert [str(e.original) for e in w.env.errors] == [no_such_article("Storm hits the coast")]

    articles(scenario)


REFUSED = [
    ({"file": ("big.txt", b"word " * 400)}, "big.txt is 2 KiB, over the 1000 bytes limit."),
    ({"file": ("scan.pdf", b"%PDF-1.7\n\x00\x01\x02binary")},
     "the article scan.pdf looks binary (a PDF, Word file or image?): save it as plain text."),
    ({"file": ("empty.txt", b"")}, "empty.txt is empty: it has no text to answer from."),
    ({"file": ("tranvia.txt", TRAM["es"].encode())},
     "the article tranvia.txt is written in Spanish: I answer questions about articles in French or English only."),
    ({"url": "/to-private"},
     "169.254.169.254 is a private, loopback or link-local address: only public web pages can be read."),
    ({"url": "/slow"}, "127.0.0.1 did not send the page within 1 s."),
    ({"url": "/image"}, "the link is image/png, not a web page or a text file."),
    ({}, ONE_SOURCE),
]


@pytest.mark.parametrize(("options", "message"), REFUSED, ids=["big", "binary", "empty", "spanish", "private", "slow", "image", "none"])
def test_refused_inputs_store_nothing(articles, options, message):
    async def scenario(w):
        s = w.one
        await s.admin.slash(s.channel, "article add", file=("bakery.txt", MARKET_TEXT.encode()))
        given = {**options, "url": w.base + options["url"]} if "url" in options else options
        result = await s.admin.slash(s.channel, "article add", **given)
        reply, private = shown(result)
        assert (private, reply.content, reply.embeds) == (True, message, []), result
        assert w.bot.library.names(s.guild.id) == ["Bakery wins prize"]
        assert w.bot.library.current(s.guild.id).name == "Bakery wins prize"
        assert w.one.channel.history(viewer=s.member)[-1].embeds[0].title == "Bakery wins prize"

    articles(scenario, max_file_bytes=1000)


def test_limits_on_articles_per_server_and_sentences(articles):
    async def scenario(w):
        s = w.one
        await s.admin.slash(s.channel, "article add", file=("bakery.txt", MARKET_TEXT.encode()))
        result = await s.admin.slash(s.channel, "article add", file=("storm.html", STORM_HTML.encode()))
        assert shown(result)[0].content == ("This server already has 1 articles, the limit: "
                                            "remove one with /article remove first.")
        await s.admin.slash(s.channel, "article remove", name="Bakery wins prize")
        result = await s.admin.slash(s.channel, "article add", file=("storm.html", STORM_HTML.encode()))
        assert shown(result)[0].content == "Storm hits the coast has 4 sentences, over the limit of 3 per article."
        assert w.bot.library.names(s.guild.id) == []

    articles(scenario, max_articles=1, max_sentences=3)


def test_a_french_admin_sees_french_replies_and_refusals(articles):
    async def scenario(w):
        s, locales = w.one, {}
        with_locales(w.env, locales)
        locales[s.admin.id] = "fr"
        result = await s.admin.slash(s.channel, "article add", file=("bakery.txt", MARKET_TEXT.encode()))
        (embed,) = shown(result)[0].embeds
        edits = [r.json.get("content") for r in w.env.http_requests if r.method == "PATCH" and isinstance(r.json, dict)]
        assert edits[0] == ("Indexation de « Bakery wins prize » (2 paragraphes)… "
                            "Les questions ici utilisent l’article actuel jusqu’à ce qu’il soit prêt.")
        assert embed.description.splitlines() == [
            f"Ajouté par <@{s.admin.id}> ; les questions ici portent désormais sur cet article.", "> " + BAKERY_FIRST]
        assert fields(embed)["Nom"] == "Bakery wins prize"  # the article's own words stay as they are
        listing = (await s.admin.slash(s.channel, "article list")).response.embeds[0]
        assert listing.title == "Articles de ce serveur (1/20)"
        assert listing.description == "▶ **Bakery wins prize** — sans date, en, 2 phrases"

        refused = await s.admin.slash(s.channel, "article add", url=w.base + "/missing")
        assert shown(refused)[0].content == "127.0.0.1 a répondu HTTP 404 pour ce lien."
        del locales[s.admin.id]  # the same refusal to the same admin, with an English client
        refused = await s.admin.slash(s.channel, "article add", url=w.base + "/missing")
        assert shown(refused)[0].content == "127.0.0.1 answered HTTP 404 for that link."
        assert w.bot.library.names(s.guild.id) == ["Bakery wins prize"]

    articles(scenario)


def test_sharding_settings_make_an_auto_sharded_bot(qa):
    settings = Settings(token="t", shard_count=4, shard_ids=(1, 3), database_url="sqlite://")
    bot = make_bot(settings, qa)
    assert isinstance(bot, ShardedArticleBot) and isinstance(bot, discord.AutoShardedClient)
    assert (bot.shard_count, bot.shard_ids) == (4, [1, 3])
    plain = make_bot(replace(settings, shard_count=None, shard_ids=None), qa)
    assert type(plain) is ArticleBot
