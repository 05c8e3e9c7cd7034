"""About the bot: /about and /help."""
from __future__ import annotations

import asyncio

import discord
from discord import app_commands
from discord.ext import commands

from ..client import ArticleBot
from ..embeds import about_embed
from ..i18n import language
from ..utils import NO_MENTIONS


class MetaCog(commands.Cog, name="About"):
    """What the bot knows and how to use it."""

    def __init__(self, bot: ArticleBot) -> None:
        self.bot = bot

    @app_commands.command(name="about")
    async def about(self, interaction: discord.Interaction) -> None:
        """The article: date, language, sentence count, first line, retrieval mode."""
        qa = await asyncio.to_thread(self.bot.library.index, interaction.guild_id)  # this server's article
        await interaction.response.send_message(embed=about_embed(qa.info, language(interaction.locale)), allowed_mentions=NO_MENTIONS)

    @app_commands.command(name="help")
    async def help(self, interaction: discord.Interaction) -> None:
        """How to use the bot: commands, mentions, DMs, private answers."""
        embed = self.bot.help_embed(language(interaction.locale))
        await interaction.response.send_message(embed=embed, ephemeral=True, allowed_mentions=NO_MENTIONS)


async def setup(bot: ArticleBot) -> None:
    """Extension entry point: add the cog of /about and /help."""
    await bot.add_cog(MetaCog(bot))
