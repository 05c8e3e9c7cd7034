"""The slash commands, driven through discord.py's real command tree in simcord."""
from __future__ import annotations

import pytest

from bot.client import ArticleBot
from bot.cogs.qa import NOTHING_ASKED, ONE_OF, out_of_range
from bot.embeds import NOT_FOUND_TITLE
from bot.render import NOT_FOUND_LEAD, to_text
from bot.settings import Settings
from index import dense
from index.article import parse_article
from index.qa import QA
from tests.bot.pages import HALVERN_TEXT
from tests.conftest import CACHE

FOOTER = "amazon-tiktok-2020-07.fr.txt · "
OWNER = "Qui possède TikTok ?"  # answered by sentence 8: ByteDance


def test_ask_answers_publicly_with_sentence_numbers(simulate, quote):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "ask", question=OWNER)
        assert not result.ephemeral
        message = result.response
        assert message is not None and not message.ephemeral
        (embed,) = message.embeds
        assert embed.title == "ByteDance"
        assert embed.description.splitlines()[0] == quote(8)
        assert embed.fields[0].name == "Question" and embed.fields[0].value == OWNER
        assert embed.footer.text.startswith(FOOTER)
        # Bob, another member, sees the answer in the channel.
        assert [e.title for e in w.channel.history(viewer=w.bob)[-1].embeds] == ["ByteDance"]

    simulate(scenario)


def test_ask_private_is_ephemeral(simulate, quote):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "ask", question=OWNER, private=True)
        assert result.ephemeral and result.response.ephemeral
        assert result.response.embeds[0].title == "ByteDance"
        assert result.response.embeds[0].description.splitlines()[0] == quote(8)
        assert w.channel.history(viewer=w.bob) == []

    simulate(scenario)


def test_abstention_goes_to_the_asker_only(simulate):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "ask", question="Who founded Amazon?")
        assert result.response is None  # the public "thinking…" was removed
        (followup,) = result.followups
        assert followup.ephemeral
        (embed,) = followup.embeds
        assert embed.title == NOT_FOUND_TITLE
        assert embed.description.splitlines()[0] == NOT_FOUND_LEAD
        assert embed.description.count("> **[") == 3
        assert w.channel.history(viewer=w.bob) == []
        return result

    simulate(scenario)


def test_an_abstention_on_a_question_in_another_language_says_which_languages_are_read(simulate):
    """Trial 34: a Spanish question was told "The article doesn't say" over the sentence answering it."""
    async def scenario(w):
        result = await w.alice.slash(w.channel, "ask", question="¿Cuánto cuesta una acción de Microsoft?")
        (embed,) = result.followups[0].embeds
        assert embed.title == "I read questions in English and French only."
        # no word of it is in the article either (trial 58): its passages are only near in meaning
        assert embed.description.splitlines()[0] == "Nearest passages in meaning, maybe unrelated:"

    simulate(scenario)


def test_an_abstention_on_too_little_confidence_says_the_bot_is_not_sure(simulate, qa_bm25):
    """Trial 35: "The article doesn't say" over the sentence answering read as the bot contradicting itself."""
    async def scenario(w):
        result = await w.alice.slash(w.channel, "ask", question="did amazon take back the tiktok ban")
        (embed,) = result.followups[0].embeds
        assert embed.title == "I'm not sure the article says."
        assert embed.description.splitlines()[0] == NOT_FOUND_LEAD
        assert embed.description.count("> **[") == 3

    simulate(scenario, qa=qa_bm25)


def test_source_by_query_quotes_matching_sentences(simulate, quote):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "source", query="Mike Pompeo")
        (embed,) = result.response.embeds
        assert not result.response.ephemeral
        assert embed.description.splitlines() == [quote(14)]  # the only sentence naming him
        assert embed.title == "Sentence 14"
        assert embed.fields[0].name == "Query" and embed.fields[0].value == "Mike Pompeo"
        several = (await w.alice.slash(w.channel, "source", query="sécurité")).response.embeds[0]
        # the best three of the four sentences holding it, in reading order (check 48: "Sentences 13, 9, 1")
        assert several.title == "Sentences 1, 9, 13"
        assert several.description.splitlines() == ["3 of 4 sentences holding these words; /source k:4 shows more.",
                                                    quote(1), quote(9), quote(13)]

    simulate(scenario)


def test_source_says_when_more_sentences_hold_the_words_and_k_quotes_more(simulate, quote):
    """A new user's trial: `source volontaires formation` showed 3 sentences and not that 3 more held the words."""
    async def scenario(w):
        every = (await w.alice.slash(w.channel, "source", query="sécurité", k=4)).response.embeds[0]
        assert every.title == "Sentences 1, 9, 12, 13"
        assert every.description.splitlines() == [quote(1), quote(9), quote(12), quote(13)]
        w.locales[w.bob.id] = "fr"
        french = (await w.bob.slash(w.channel, "source", query="sécurité")).response.embeds[0]
        assert french.description.splitlines()[0] == "3 des 4 phrases contenant ces mots ; /source k:4 en montre plus."
        # 12 sentences hold "TikTok" or "Amazon": k at its most (9) quotes 9 and names no option that shows more
        most = (await w.alice.slash(w.channel, "source", query="TikTok Amazon", k=9)).response.embeds[0]
        assert most.title == "Sentences 1, 2, 3, 4, 6, 7, 8, 10, 12"
        assert most.description.splitlines()[:2] == ["9 of 12 sentences holding these words.", quote(1)]
        fewer = (await w.alice.slash(w.channel, "source", query="TikTok Amazon")).response.embeds[0]
        assert fewer.description.splitlines()[0] == "3 of 12 sentences holding these words; /source k:9 shows more."

    simulate(scenario)


def test_source_by_number_quotes_neighbours(simulate, quote):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "source", number=8)
        (embed,) = result.response.embeds
        assert embed.title == "Sentences 7, 8, 9"
        assert embed.fields == []  # nothing was asked: no "Query: sentence 8" field
        assert embed.description.splitlines() == [quote(7), quote(8), quote(9)]
        w.locales[w.bob.id] = "fr"  # the console's `--lang fr source --number 8` heads it the same
        french = (await w.bob.slash(w.channel, "source", number=8)).response.embeds[0]
        assert french.title == "Phrases 7, 8, 9" and french.description == embed.description

    simulate(scenario)


def test_source_number_past_the_end_is_refused_privately(simulate):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "source", number=15)
        assert result.ephemeral
        assert result.response.content == out_of_range(14)
        assert result.response.content == "The article has 14 sentences: pick a number from 1 to 14."

    simulate(scenario)


def test_source_with_query_and_number_is_refused(simulate):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "source", query="TikTok", number=2)
        assert result.ephemeral and result.response.content == ONE_OF

    simulate(scenario)


def test_source_before_any_question(simulate):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "source")
        assert result.ephemeral
        assert result.response.content == NOTHING_ASKED

    simulate(scenario)


def test_source_after_ask_quotes_the_last_answer_of_the_channel(simulate, quote):
    async def scenario(w):
        await w.alice.slash(w.channel, "ask", question=OWNER)
        other = w.guild.create_text_channel("other")
        await w.bob.slash(other, "ask", question="Qui est le nouveau directeur général de TikTok ?")
        result = await w.bob.slash(w.channel, "source")
        assert not result.ephemeral
        (embed,) = result.response.embeds
        assert embed.description.splitlines()[0] == quote(8)
        assert embed.fields[0].value == OWNER

    simulate(scenario)


def test_source_does_not_reveal_private_answers(simulate):
    async def scenario(w):
        await w.alice.slash(w.channel, "ask", question=OWNER, private=True)
        result = await w.bob.slash(w.channel, "source")
        assert result.response.content == NOTHING_ASKED

    simulate(scenario)


def test_about(simulate, sentences):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "about")
        (embed,) = result.response.embeds
        assert embed.title == "amazon-tiktok-2020-07.fr.txt"
        fields = {f.name: f.value for f in embed.fields}
        assert fields["Date"] == "2020-07"
        assert fields["Language"] == "fr"
        assert fields["Sentences"] == "14"
        assert fields["Retrieval"] in ("BM25 + e5", "BM25")
        assert embed.description == "> " + sentences[0]

    simulate(scenario)


def test_help(simulate):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "help")
        assert result.ephemeral
        text = result.response.embeds[0].description
        for word in ("/ask", "/source", "/about", "private", "mention", "direct message"):
            assert word in text

    simulate(scenario)


def test_commands_are_synced_globally_without_guild_id(simulate):
    async def scenario(w):
        assert set(w.alice.available_commands(w.channel)) == {"ask", "source", "about", "help"}

    simulate(scenario)



def test_commands_are_synced_to_discord_guild_id(simulate, qa):
    async def scenario(w):
        before = len(w.env.http_requests)
        await w.env.restart_bot(ArticleBot(Settings(guild_id=w.guild.id, ask_cooldown_seconds=0), qa))
        (put,) = [r for r in w.env.http_requests[before:] if r.method == "PUT"]
        assert put.path.endswith(f"/guilds/{w.guild.id}/commands")
        assert {command["name"] for command in put.json} == {"ask", "source", "about", "help", "article"}
        result = await w.alice.slash(w.channel, "ask", question="Qui possède TikTok ?")
        assert result.response.embeds[0].title == "ByteDance"

    simulate(scenario)


def test_source_of_words_no_sentence_holds_is_no_match(simulate):
    """Trial 42, as `article-bot source zzzzz` (the same index.qa.QA.search): no sentence holds the words."""
    model = dense.load_model()
    if model is None:
        pytest.skip("e5 finds neighbours for any word; BM25 alone finds none")
    halvern = QA(parse_article(HALVERN_TEXT.encode("utf-8"), "halvern.txt"), model, CACHE)

    async def scenario(w):
        result = await w.alice.slash(w.channel, "source", query="zzzzz")
        (followup,) = result.followups
        (embed,) = followup.embeds
        # trial 58: as `article-bot source`, no word of it is in the article, its passages only near in meaning
        assert followup.ephemeral and embed.title == "None of these words is in the article."
        assert embed.description.splitlines()[0] == "Nearest passages in meaning, maybe unrelated:"
        assert embed.description.count("> **[") == 3

    simulate(scenario, qa=halvern)


def test_the_article_s_date_is_answered_as_its_date_line_writes_it(simulate):
    """Trial 46: an article whose date line is "date: 3 February 2026" had its date answered 2026-02-03, as in the
    console (bot.render.to_text shows the same answer)."""
    halvern = QA(parse_article(HALVERN_TEXT.encode("utf-8"), "halvern.txt"), None, CACHE)
    assert to_text(halvern.ask("when was this article published?")) == (
        "Q: when was this article published?\nA: 3 February 2026")

    async def scenario(w):
        result = await w.alice.slash(w.channel, "ask", question="quand l'article a-t-il été publié ?")
        (embed,) = result.response.embeds
        assert not result.response.ephemeral and embed.title == "3 February 2026" and embed.description is None
        assert embed.footer.text.endswith(" · 2026-02-03")  # the parsed date, as before

    simulate(scenario, qa=halvern)


def test_the_article_s_date_asked_is_answered_in_the_channel_and_its_unknown_author_privately(simulate):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "ask", question="when was this article published?")
        (embed,) = result.response.embeds
        # no passage; the title Markdown-escaped, shown "2020-07"
        assert not result.response.ephemeral and embed.title == r"2020\-07" and embed.description is None
        result = await w.alice.slash(w.channel, "ask", question="qui a écrit l'article ?")
        (followup,) = result.followups
        assert followup.ephemeral and followup.embeds[0].title == "The article's author is not given."

    simulate(scenario)
