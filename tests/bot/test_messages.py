"""Questions by mention and by DM: the same answer as /ask, without the
message-content intent (simcord censors content like Discord does)."""
from __future__ import annotations

import discord
import pytest

from bot.embeds import HELP_LEAD
from bot.i18n import t
from index.qa import QA

OWNER = "Qui possède TikTok ?"


def test_the_bot_does_not_ask_for_message_content(simulate):
    async def scenario(w):
        assert not w.bot.intents.message_content
        assert w.bot.intents.guild_messages and w.bot.intents.dm_messages

    simulate(scenario, approved_intents=discord.Intents.default())


def test_mention_gives_the_same_answer_as_ask(simulate, quote):
    async def scenario(w):
        w.locales[w.alice.id] = "fr"  # the question is French: so are the bot's words of the mention's answer
        slash = await w.alice.slash(w.channel, "ask", question=OWNER)
        asked = await w.alice.send(w.channel, f"{w.bot.user.mention} {OWNER}")
        reply = w.channel.last_message
        assert reply.author.id == w.bot.user.id
        assert reply.reference.message_id == asked.id
        assert reply.embeds[0].to_dict() == slash.response.embeds[0].to_dict()
        assert reply.embeds[0].description.splitlines()[0] == quote(8)

    # Portal intents as a bot without the privileged message-content intent.
    simulate(scenario, approved_intents=discord.Intents.default())


def test_nickname_mention_is_stripped_too(simulate):
    async def scenario(w):
        await w.alice.send(w.channel, f"<@!{w.bot.user.id}> {OWNER}")
        assert w.channel.last_message.embeds[0].fields[0].value == OWNER

    simulate(scenario, approved_intents=discord.Intents.default())


def test_dm_gives_the_same_answer_as_ask(simulate, quote):
    async def scenario(w):
        w.locales[w.alice.id] = "fr"
        slash = await w.alice.slash(w.channel, "ask", question=OWNER)
        await w.alice.send_dm(OWNER)
        reply = w.dm(w.alice).last_message
        assert reply.author.id == w.bot.user.id
        assert reply.embeds[0].to_dict() == slash.response.embeds[0].to_dict()

    simulate(scenario, approved_intents=discord.Intents.default())


def test_slash_command_in_dm(simulate, quote):
    async def scenario(w):
        result = await w.alice.user.slash("ask", question=OWNER)
        assert result.response.embeds[0].description.splitlines()[0] == quote(8)

    simulate(scenario)


def test_a_bare_mention_gets_the_help(simulate):
    async def scenario(w):
        await w.alice.send(w.channel, w.bot.user.mention)
        assert w.channel.last_message.embeds[0].description.startswith(HELP_LEAD)

    simulate(scenario)


def test_messages_without_mention_are_ignored(simulate):
    async def scenario(w):
        await w.alice.send(w.channel, OWNER)
        assert w.channel.last_message.author.id == w.alice.id
        assert w.sent() == []

    simulate(scenario)


def test_mention_with_a_refused_question_replies_with_the_reason(simulate):
    async def scenario(w):
        await w.alice.send(w.channel, f"{w.bot.user.mention} " + "pourquoi " * 200)
        reply = w.channel.last_message
        assert reply.author.id == w.bot.user.id
        assert reply.content == "Votre question fait 1\u202f799 caractères ; limitez-la à 1\u202f000 au plus."

    simulate(scenario)


def test_abstentions_and_refusals_by_mention_are_quiet_replies(simulate):
    """Discord has no private reply to a message: the least noisy one is a reply
    that pings no one, not even the asker (mention_author=False), and no DM."""
    async def scenario(w):
        asked = [await w.alice.send(w.channel, f"{w.bot.user.mention} Who founded Amazon?"),
                 await w.alice.send(w.channel, f"{w.bot.user.mention} " + "why " * 300)]
        bodies = w.sent()
        assert [b["message_reference"]["message_id"] for b in bodies] == [m.id for m in asked]
        assert [b["allowed_mentions"] for b in bodies] == [{"parse": [], "replied_user": False}] * 2
        assert bodies[0]["embeds"][0]["title"] == "The article doesn't say."
        assert bodies[1]["content"] == "Your question is 1,199 characters long; please keep it to at most 1,000."
        assert all(r.path == f"/channels/{w.channel.id}/messages" for r in w.env.http_requests if r.method == "POST")

    simulate(scenario)


@pytest.mark.parametrize(("text", "lang"), [("help", "en"), ("Help?", "en"), ("aide", "fr"), ("?", "en")])
def test_a_mention_asking_for_help_gets_the_help(simulate, text, lang):
    async def scenario(w):
        await w.alice.send(w.channel, f"{w.bot.user.mention} {text}")
        assert w.channel.last_message.embeds[0].description.startswith(t(lang, HELP_LEAD))

    simulate(scenario)


@pytest.mark.parametrize(("text", "reply"), [
    ("merci", "Avec plaisir ! Posez-moi une autre question sur l’article si vous voulez."),
    ("thanks!", "You're welcome! Ask me anything else about the article."),
    ("hello", "Hello! Ask me a question about the article (say “help” to see how)."),
    ("Salut 👋", "Bonjour ! Posez-moi une question sur l’article (« aide » pour savoir comment)."),
])
def test_greetings_and_thanks_by_mention_dm_or_ask_get_a_short_reply(simulate, text, reply):
    async def scenario(w):
        await w.alice.send(w.channel, f"{w.bot.user.mention} {text}")
        assert w.channel.last_message.content == reply
        await w.alice.send_dm(text)
        assert w.dm(w.alice).last_message.content == reply
        result = await w.alice.slash(w.channel, "ask", question=text)
        assert result.ephemeral and result.response.content == reply

    simulate(scenario)


def test_emoji_and_a_question_mark_by_mention_is_refused_as_what(simulate):
    """Trial 57: "🐼🐼🐼 ?" got the help where "what?" is refused: it has no words to look for either."""
    async def scenario(w):
        await w.alice.send(w.channel, f"{w.bot.user.mention} 🐼🐼🐼 ?")
        reply = w.channel.last_message
        assert not reply.embeds
        assert reply.content == "Your question has no words to look for: name what you want to know about."

    simulate(scenario)


def test_ask_help_shows_the_help_privately(simulate):
    async def scenario(w):
        result = await w.alice.slash(w.channel, "ask", question="help")
        assert result.ephemeral and result.response.embeds[0].title == "How to use me"

    simulate(scenario)


HARWICK = ("Harwick Foods to close Leicester plant\n\nHarwick Foods will close its Leicester plant, putting 340 jobs at "
           "risk. Chief executive Fiona Maddox said the decision was painful but unavoidable. Finance director Tom Reyes "
           "joined the company in 2019 from a bank. Maddox, 49, joined the company in 2015 from a rival baker.\n")


def test_a_follow_up_by_dm_or_reply_refers_to_the_last_answer(simulate, tmp_path):
    """ "when did he join the company?" alone gives Maddox's 2015; after "Tom Reyes", 2019."""
    path = tmp_path / "harwick.txt"
    path.write_text(HARWICK, encoding="utf-8")
    qa = QA.from_path(path, use_embeddings=False)

    async def scenario(w):
        await w.alice.send_dm("who is the finance director?")
        await w.alice.send_dm("when did he join the company?")
        dm = w.dm(w.alice).last_message.embeds[0]
        assert (dm.fields[0].value, dm.title) == ("when did he join the company? (Tom Reyes)", "2019")
        first = await w.alice.send(w.channel, f"{w.bot.user.mention} who is the finance director?")
        answer = w.channel.last_message
        assert answer.reference.message_id == first.id and answer.embeds[0].title == "Tom Reyes"
        await w.alice.send(w.channel, f"{w.bot.user.mention} when did he join the company?")  # not a reply: alone
        assert w.channel.last_message.embeds[0].title == "2015"
        await w.alice.send(w.channel, f"{w.bot.user.mention} when did he join the company?", reply_to=answer)
        assert w.channel.last_message.embeds[0].title == "2019"

    simulate(scenario, qa=qa, approved_intents=discord.Intents.default())
