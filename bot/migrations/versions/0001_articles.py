"""articles, guilds, guild_settings

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Create the three tables of bot.storage."""
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("guild_id", sa.BigInteger, nullable=False, index=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("title", sa.String(300)),
        sa.Column("date", sa.String(10)),
        sa.Column("author", sa.String(300)),
        sa.Column("url", sa.String(2000)),
        sa.Column("language", sa.String(8), nullable=False),
        sa.Column("sentences", sa.Integer, nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("added_by", sa.BigInteger, nullable=False),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("guild_id", "name", name="uq_articles_guild_name"),
    )
    op.create_table(
        "guilds",
        sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("current_article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
    )
    op.create_table(
        "guild_settings",
        sa.Column("guild_id", sa.BigInteger, primary_key=True, autoincrement=False),
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )


def downgrade() -> None:
    """Drop them."""
    op.drop_table("guild_settings")
    op.drop_table("guilds")
    op.drop_table("articles")
