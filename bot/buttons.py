"""The message of an answer on Discord (embed, footer and buttons) and what its buttons do.

Buttons under an answer to /ask or a mention:
- "More passages": the next three passages of the ranking (up to 9 in all). The asker's
  click edits the answer in place; anyone else gets the longer answer privately.
- "Context": the best sentence with one neighbour on each side, privately to whoever clicks.
- "Share in channel" (private answers only): posts the answer publicly, once (the button
  then disappears from the private answer).
- 👍 / 👎: one vote per user per answer (a changed vote replaces the earlier one), stored
  by bot.storage with the question, the article's sha256, the passages and the short answer.
- "Source": a link to the article's page, when it came from a URL.

They keep working after a restart: discord.py's DynamicItem reads the state back from the
custom_id, "ab:<action>:<sha256[:12] of the article>:<asker id>:<best sentence, 0 for
none>:<passages shown>:<1 if private>" (under Discord's 100 characters), and the question
from the answer's own embed. The answer's age is its message's (the message id is a
timestamp): after LIFETIME, or when the article was removed or changed, a click gets "This
answer is too old, ask again." privately.
"""
from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

import discord

from index.model import Answer

from .embeds import answer_footer, to_embed
from .i18n import N_, language, t
from .respond import handle_error, send_private, where
from .utils import unsafe_inline

log = logging.getLogger(__name__)

#: How long the buttons of an answer work.
LIFETIME = timedelta(days=7)
STEP = 3  # passages per "More passages"
MAX_PASSAGES = 9
TOO_OLD = N_("This answer is too old, ask again.")
THANKS = N_("Thanks! Your {vote} is recorded.")
CHANGED = N_("Your vote is now {vote}.")
ACTIONS = "more|context|share|up|down"


def custom_id(action: str, article: str, asker: int, best: int, shown: int, private: bool) -> str:
    """The custom_id of one button of an answer (see the module docstring)."""
    return f"ab:{action}:{article[:12]}:{asker}:{best}:{shown}:{int(private)}"


def _label(action: str, lang: str) -> tuple[str | None, str | None, discord.ButtonStyle]:
    """(label, emoji, style) of a button."""
    return {
        "more": (t(lang, "More passages"), None, discord.ButtonStyle.secondary),
        "context": (t(lang, "Context"), None, discord.ButtonStyle.secondary),
        "share": (t(lang, "Share in channel"), None, discord.ButtonStyle.primary),
        "up": (None, "👍", discord.ButtonStyle.secondary),
        "down": (None, "👎", discord.ButtonStyle.secondary),
    }[action]


class AnswerButton(discord.ui.DynamicItem[discord.ui.Button],
                   template=rf"ab:(?P<action>{ACTIONS}):(?P<article>[0-9a-f]{{12}}):(?P<asker>\d{{1,20}}):"
                            r"(?P<best>\d{1,9}):(?P<shown>\d{1,2}):(?P<private>[01])"):
    """One button of an answer; its state is in its custom_id (see the module docstring)."""

    def __init__(self, action: str, article: str, asker: int, best: int, shown: int, private: bool,
                 lang: str = "en") -> None:
        label, emoji, style = _label(action, lang)
        row = 1 if action in ("up", "down") else 0
        super().__init__(discord.ui.Button(label=label, emoji=emoji, style=style, row=row,
                                           custom_id=custom_id(action, article, asker, best, shown, private)))
        self.action, self.article, self.asker = action, article, asker
        self.best, self.shown, self.private = best, shown, private

    @classmethod
    async def from_custom_id(cls, interaction: discord.Interaction, item: discord.ui.Button, match) -> AnswerButton:
        """Rebuild the button from a click (also after a restart)."""
        return cls(match["action"], match["article"], int(match["asker"]), int(match["best"]),
                   int(match["shown"]), match["private"] == "1", language(interaction.locale))

    async def callback(self, interaction: discord.Interaction) -> None:
        """Do what the button says; errors follow bot.respond's policy."""
        place = f"the {self.action} button in {where(interaction.channel) if interaction.channel else '?'}"
        try:
            await _clicked(self, interaction)
        except Exception as error:
            await handle_error(error, place, lambda text: send_private(interaction, text))


def answer_view(answer: Answer, article: str, asker: int, lang: str, *, shown: int = STEP, private: bool = False,
                url: str | None = None) -> discord.ui.View:
    """The buttons under `answer` (an /ask or mention answer about the article
    whose sha256 is `article`, asked by user `asker`, `shown` passages shown)."""
    view = discord.ui.View(timeout=None)
    best = answer.passages[0].number if answer.passages else 0
    actions = []
    if best:
        if len(answer.passages) >= shown and shown < MAX_PASSAGES:
            actions.append("more")
        actions.append("context")
    if private:
        actions.append("share")
    for action in actions + ["up", "down"]:
        view.add_item(AnswerButton(action, article, asker, best, shown, private, lang))
    if url and url.startswith(("http://", "https://")) and len(url) <= 512:
        view.add_item(discord.ui.Button(label=t(lang, "Source"), url=url, row=0))
    return view


def article_title(stored, qa) -> str:
    """The article's title as users know it: the server's article's title or
    name, else the operator's article's title line or file name."""
    return (stored.title or stored.name) if stored else (qa.title or qa.info.name)


def answer_message(answer: Answer, stored, qa, asker: int, lang: str, *, shown: int = STEP,
                   private: bool = False) -> dict:
    """embed= and view= of an answer: `to_embed` in `lang`, the footer (the
    article's title, date and "sentence 8 of 14"), and the buttons. `stored` is
    the server's article (bot.storage.StoredArticle) or None for the operator's."""
    info = qa.info
    number = answer.passages[0].number if answer.passages else None
    footer = answer_footer(article_title(stored, qa), info.date, number, info.sentences, lang)
    view = answer_view(answer, qa.article.sha256, asker, lang, shown=shown, private=private,
                       url=stored.url if stored else None)
    return {"embed": to_embed(answer, footer, lang), "view": view}


def quote_message(answer: Answer, stored, qa, lang: str) -> dict:
    """embed= of a quotation (kind "source": /source, the Context button), footer
    the article's title and date, no buttons."""
    footer = answer_footer(article_title(stored, qa), qa.info.date, None, qa.info.sentences, lang)
    return {"embed": to_embed(answer, footer, lang)}


def question_of(message: discord.Message) -> str | None:
    """The question an answer's message shows (its embed's first field), as asked."""
    if not message.embeds or not message.embeds[0].fields:
        return None
    return unsafe_inline(message.embeds[0].fields[0].value or "")


async def _clicked(button: AnswerButton, interaction: discord.Interaction) -> None:
    bot = interaction.client
    lang = language(interaction.locale)
    message = interaction.message
    found = await asyncio.to_thread(bot.library.find, interaction.guild_id, button.article)
    question = question_of(message) if message else None
    if (message is None or found is None or question is None
            or interaction.created_at - message.created_at > LIFETIME):
        await send_private(interaction, t(lang, TOO_OLD))
        return
    stored, qa = found
    user = interaction.user.id
    if button.action == "context":
        answer = await asyncio.to_thread(qa.passage, button.best, 1)
        await send_private(interaction, **quote_message(answer, stored, qa, lang))
        return
    shown = button.shown + STEP if button.action == "more" else button.shown
    answer = await asyncio.to_thread(qa.ask, question, shown)
    if button.action == "more":
        mine = user == button.asker
        reply = answer_message(answer, stored, qa, user, lang, shown=shown, private=button.private and mine)
        if mine:
            await interaction.response.edit_message(**reply)
        else:
            await send_private(interaction, **reply)
    elif button.action == "share":
        await interaction.response.edit_message(view=answer_view(answer, qa.article.sha256, user, lang, shown=shown,
                                                                 url=stored.url if stored else None))
        await interaction.followup.send(**answer_message(answer, stored, qa, user, lang, shown=shown),
                                        allowed_mentions=discord.AllowedMentions.none())
        bot.last_answers.remember(interaction.channel_id, answer)
    else:
        vote = 1 if button.action == "up" else -1
        text = stored.text if stored else qa.article.text
        title = article_title(stored, qa)
        previous = await asyncio.to_thread(
            bot.library.database.vote, message_id=message.id, user_id=user, guild_id=interaction.guild_id,
            vote=vote, question=answer.question, article_sha256=qa.article.sha256, title=title, text=text,
            passages=[(p.number, p.text) for p in answer.passages], answer=answer.answer, found=answer.found)
        log.info("vote %+d on message %s by user %s (was %s)", vote, message.id, user, previous)
        emoji = "👍" if vote > 0 else "👎"
        await send_private(interaction, t(lang, CHANGED if previous not in (None, vote) else THANKS, vote=emoji))
