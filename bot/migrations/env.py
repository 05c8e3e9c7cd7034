"""Alembic environment of the bot's database: run by `bot.storage.upgrade`,
which passes the connection in `config.attributes["connection"]`.

A maintainer changing the schema writes a new file in versions/ (copy the
latest one; `down_revision` is the previous file's `revision`).
"""
from alembic import context

from bot.storage import Base

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
