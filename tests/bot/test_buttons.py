"""The buttons under an answer, clicked in simcord: More passages, Context,
Share in channel, 👍/👎, after a restart and after expiry; French and English users."""
from __future__ import annotations

from bot.buttons import LIFETIME
from bot.client import ArticleBot
from bot.settings import Settings
from tests.bot.conftest import SENTENCES

OWNER = "Qui possède TikTok ?"  # sentence 8: ByteDance
TOO_OLD = "This answer is too old, ask again."


def buttons(message) -> list:
    """A message's buttons (discord.py components), in order."""
    message = getattr(message, "message", message)  # a simcord ResponseMessage
    return [button for row in message.components for button in row.children]


def labels(message) -> list[str]:
    """The labels (or emoji) of a message's buttons, in order."""
    return [b.label or str(b.emoji) for b in buttons(message)]


async def click(actor, message, action: str):
    """`actor` clicks the button of `action` ("up", "more"…) under `message`."""
    (custom_id,) = [b.custom_id for b in buttons(message) if (b.custom_id or "").startswith(f"ab:{action}:")]
    return await actor.click(getattr(message, "message", message), custom_id=custom_id)


def public(w, message_id: int):
    """The channel message `message_id` as a member sees it now."""
    (message,) = [m for m in w.channel.history(viewer=w.bob) if m.id == message_id]
    return message


def numbers(embed) -> list[int]:
    return [int(line.split("]**")[0].removeprefix("> **[")) for line in embed.description.splitlines()
            if line.startswith("> **[")]


def test_an_answer_has_its_buttons_and_footer(simulate):
    async def scenario(w):
        answer = (await w.alice.slash(w.channel, "ask", question=OWNER)).response
        assert labels(answer) == ["More passages", "Context", "👍", "👎"]
        assert answer.embeds[0].footer.text == "amazon-tiktok-2020-07.fr.txt · 2020-07 · sentence 8 of 14"
        assert "BM25" not in answer.embeds[0].footer.text  # the retrieval mode is for /about only
        private = (await w.alice.slash(w.channel, "ask", question=OWNER, private=True)).response
        assert labels(private) == ["More passages", "Context", "Share in channel", "👍", "👎"]

    simulate(scenario)


def test_more_passages_edits_in_place_for_the_asker_and_privately_for_others(simulate, quote):
    async def scenario(w):
        answer = (await w.alice.slash(w.channel, "ask", question=OWNER)).response
        first = numbers(answer.embeds[0])
        assert first[0] == 8 and len(first) == 3
        await w.alice.click(answer.message, label="More passages")
        edited = public(w, answer.id)
        six = numbers(edited.embeds[0])
        assert six[:3] == first and len(set(six)) == 6  # the next three, below the first three
        assert edited.embeds[0].title == "ByteDance"
        other = await w.bob.click(edited, label="More passages")
        assert other.response.ephemeral and len(numbers(other.response.embeds[0])) == 9
        assert numbers(public(w, answer.id).embeds[0]) == six  # alice's answer unchanged
        assert "More passages" not in labels(other.response)  # 9 is the most

    simulate(scenario)


def test_context_quotes_the_best_sentence_with_its_neighbours(simulate, quote):
    async def scenario(w):
        answer = (await w.alice.slash(w.channel, "ask", question=OWNER)).response
        context = await w.bob.click(answer.message, label="Context")
        assert context.response.ephemeral
        assert context.response.embeds[0].description.splitlines() == [quote(7), quote(8), quote(9)]
        assert context.response.embeds[0].title == "Sentences 7, 8, 9"

    simulate(scenario)


def test_share_posts_a_private_answer_once(simulate, quote):
    async def scenario(w):
        private = (await w.alice.slash(w.channel, "ask", question=OWNER, private=True)).response
        assert w.channel.history(viewer=w.bob) == []
        await w.alice.click(private.message, label="Share in channel")
        (shared,) = w.channel.history(viewer=w.bob)
        assert shared.embeds[0].title == "ByteDance" and shared.embeds[0].description.splitlines()[0] == quote(8)
        assert labels(shared) == ["More passages", "Context", "👍", "👎"]
        assert "Share in channel" not in labels(private)  # shared once: the button is gone
        # /source now shows what was shared.
        source = await w.bob.slash(w.channel, "source")
        assert source.response.embeds[0].description.splitlines()[0] == quote(8)

    simulate(scenario)


def test_buttons_work_after_a_restart_and_expire(simulate, qa, quote):
    async def scenario(w):
        answer = (await w.alice.slash(w.channel, "ask", question=OWNER)).response
        await w.env.restart_bot(ArticleBot(Settings(token="not-a-real-token", ask_cooldown_seconds=0), qa))
        context = await w.bob.click(answer.message, label="Context")
        assert context.response.embeds[0].description.splitlines() == [quote(7), quote(8), quote(9)]
        await w.alice.click(answer.message, label="More passages")
        assert len(numbers(public(w, answer.id).embeds[0])) == 6
        await w.env.advance_time(LIFETIME.total_seconds() + 60)
        late = await w.bob.click(answer.message, label="Context")
        assert late.response.ephemeral and late.response.content == TOO_OLD
        w.locales[w.alice.id] = "fr"
        late = await w.alice.click(answer.message, label="More passages")
        assert late.response.content == "Cette réponse est trop ancienne, posez à nouveau la question."

    simulate(scenario)


def test_a_vote_and_a_changed_vote_are_stored_once(simulate):
    async def scenario(w):
        answer = (await w.alice.slash(w.channel, "ask", question=OWNER)).response
        thanks = await click(w.bob, answer, "up")
        assert thanks.response.ephemeral and thanks.response.content == "Thanks! Your 👍 is recorded."
        changed = await click(w.bob, answer, "down")
        assert changed.response.content == "Your vote is now 👎."
        await click(w.alice, answer, "up")
        database = w.bot.library.database
        votes = database.votes()
        assert [(v.vote, v.question, v.answer, v.passages[0], v.found) for v in votes] == [
            (-1, OWNER, "ByteDance", (8, SENTENCES[7]), True), (1, OWNER, "ByteDance", (8, SENTENCES[7]), True)]
        assert votes[0].article_sha256 == w.bot.qa.article.sha256 and votes[0].text == w.bot.qa.article.text
        assert database.vote_counts(w.bot.qa.article.sha256) == (1, 1)

    simulate(scenario)


def test_french_and_english_users_see_their_own_words_for_the_same_question(simulate, quote):
    async def scenario(w):
        w.locales[w.alice.id] = "fr"
        french = (await w.alice.slash(w.channel, "ask", question="Who owns TikTok?")).response
        english = (await w.bob.slash(w.channel, "ask", question="Who owns TikTok?")).response
        fr, en = french.embeds[0], english.embeds[0]
        assert fr.title == en.title == "ByteDance"
        assert fr.description == en.description  # the article's words, verbatim, for both
        assert fr.description.splitlines()[0] == quote(8)
        assert fr.footer.text == "amazon-tiktok-2020-07.fr.txt · 2020-07 · phrase 8 sur 14"
        assert en.footer.text == "amazon-tiktok-2020-07.fr.txt · 2020-07 · sentence 8 of 14"
        assert labels(french) == ["Plus de passages", "Contexte", "👍", "👎"]
        assert labels(english) == ["More passages", "Context", "👍", "👎"]
        missing = await w.alice.slash(w.channel, "ask", question="Who founded Amazon?")
        assert missing.followups[0].embeds[0].title == "L’article ne le dit pas."
        help_fr = (await w.alice.slash(w.channel, "help")).response.embeds[0]
        assert help_fr.title == "Mode d’emploi"
        assert "**/demander** `question` `privé` `article` — Poser une question sur l’article ; la réponse le cite." \
            in help_fr.description.splitlines()
        assert "**/article ajouter** `fichier` `lien` `nom` — Ajouter un article depuis un fichier ou un lien ; " \
               "il devient l’article de ce serveur." in help_fr.description.splitlines()
        empty = await w.alice.slash(w.channel, "ask", question="   ")
        assert empty.response.content.startswith("Votre question est vide")
        w.env.errors  # the refusal, seen

    simulate(scenario)


def test_french_names_and_descriptions_are_in_the_synced_commands(simulate):
    async def scenario(w):
        synced = [r.json for r in w.env.http_requests if r.method == "PUT" and r.path.endswith("/commands")]
        commands = {c["name"]: c for c in synced[-1]}
        ask = commands["ask"]
        assert ask["name_localizations"]["fr"] == "demander"
        assert ask["description_localizations"]["fr"] == "Poser une question sur l’article ; la réponse le cite."
        options = {o["name"]: o for o in ask["options"]}
        assert options["private"]["name_localizations"]["fr"] == "privé"
        assert options["question"]["description_localizations"]["fr"] == "Votre question sur l’article"
        subcommands = {o["name"]: o for o in commands["article"]["options"]}
        assert subcommands["add"]["name_localizations"]["fr"] == "ajouter"
        assert "en-US" not in ask.get("name_localizations", {})  # English is the default

    simulate(scenario)


def test_a_french_mention_gets_french_words_and_names_instead_of_ids(simulate, quote):
    async def scenario(w):
        await w.alice.send(w.channel, f"{w.bot.user.mention} qui possède TikTok, {w.bob.mention} ?")
        reply = w.channel.last_message
        embed = reply.embeds[0]
        assert embed.fields[0].value == "qui possède TikTok, @bob ?"
        assert embed.title == "ByteDance" and embed.description.splitlines()[0] == quote(8)
        assert embed.footer.text.endswith("phrase 8 sur 14")
        assert labels(reply) == ["Plus de passages", "Contexte", "👍", "👎"]
        context = await w.bob.click(reply, label="Contexte")  # bob's client is in English
        assert context.response.embeds[0].title == "Sentences 7, 8, 9"
        await w.alice.send(w.channel, f"{w.bot.user.mention} merci !")
        assert w.channel.last_message.content == "Avec plaisir ! Posez-moi une autre question sur l’article si vous voulez."
        await w.alice.send(w.channel, f"{w.bot.user.mention} help")
        assert w.channel.last_message.embeds[0].title == "How to use me"

    simulate(scenario)
