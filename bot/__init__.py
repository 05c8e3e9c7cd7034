"""Front ends of article-bot: the Discord bot (`python -m bot`) and the console (`article-bot`)."""
