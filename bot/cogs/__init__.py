"""The bot's cogs, one per concern: `qa` (/ask, /source, mentions and DMs)
and `meta` (/about, /help). Each module ends with `async def setup(bot)`."""
