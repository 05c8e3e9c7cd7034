"""articles.date_words

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Add the date as an article's "date:" line writes it in words (index.article.Article.date_words)."""
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("date_words", sa.String(100)))


def downgrade() -> None:
    """Drop it."""
    with op.batch_alter_table("articles") as batch:
        batch.drop_column("date_words")
