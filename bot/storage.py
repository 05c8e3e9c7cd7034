"""The bot's database: each server's articles, its current article and its settings.

SQLAlchemy 2 (https://docs.sqlalchemy.org/en/20/) over an SQLite file by default or
PostgreSQL when DATABASE_URL says so. The schema is created and changed by the
Alembic migrations in bot/migrations, applied by `Database.open` at start.

Tables:
- articles: one row per article a server added (unique name per server);
- guilds: a server's current article (NULL: the operator's article);
- guild_settings: per-server settings as (guild_id, key, value) strings;
- feedback: one 👍/👎 per user per answer (message), with what was answered;
- feedback_articles: the text of each article rated (by sha256), kept for the export.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import (BigInteger, Boolean, DateTime, ForeignKey, Integer, SmallInteger, String, Text, UniqueConstraint,
                        create_engine, func, select)
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker
from sqlalchemy.pool import StaticPool

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).resolve().parent / "migrations"


class StorageError(RuntimeError):
    """The database cannot be used (bad URL, missing driver, unreachable); the message says what to do."""


class Base(DeclarativeBase):
    """Declarative base of the bot's tables."""


class ArticleRow(Base):
    """An article a server added. text is the article body as indexed (UTF-8,
    paragraphs separated by blank lines); sha256 is the hex digest of that
    text's UTF-8 bytes; date is "YYYY-MM[-DD]" or None, date_words the same date as the article's "date:" line
    writes it in words ("6 février 2026") or None; added_at is UTC."""

    __tablename__ = "articles"
    __table_args__ = (UniqueConstraint("guild_id", "name", name="uq_articles_guild_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    guild_id: Mapped[int] = mapped_column(BigInteger, index=True)
    name: Mapped[str] = mapped_column(String(100))
    title: Mapped[str | None] = mapped_column(String(300))
    date: Mapped[str | None] = mapped_column(String(10))
    author: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(2000))
    language: Mapped[str] = mapped_column(String(8))
    sentences: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    added_by: Mapped[int] = mapped_column(BigInteger)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    date_words: Mapped[str | None] = mapped_column(String(100))


class GuildRow(Base):
    """A server's current article (None: the operator's article)."""

    __tablename__ = "guilds"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    current_article_id: Mapped[int | None] = mapped_column(ForeignKey("articles.id", ondelete="SET NULL"))


class GuildSettingRow(Base):
    """One per-server setting: key and value are strings."""

    __tablename__ = "guild_settings"

    guild_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class FeedbackRow(Base):
    """One user's vote on one answer. message_id is the Discord message of the
    answer; vote is +1 (👍) or -1 (👎); passages is a JSON list of the passages
    shown, best first, as [sentence number, text] pairs; answer is the short answer or None; found is False
    for an abstention; article_sha256 keys feedback_articles. Times are UTC."""

    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("message_id", "user_id", name="uq_feedback_message_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    message_id: Mapped[int] = mapped_column(BigInteger)
    user_id: Mapped[int] = mapped_column(BigInteger)
    guild_id: Mapped[int | None] = mapped_column(BigInteger)
    vote: Mapped[int] = mapped_column(SmallInteger)
    question: Mapped[str] = mapped_column(Text)
    article_sha256: Mapped[str] = mapped_column(String(64), index=True)
    passages: Mapped[str] = mapped_column(Text)
    answer: Mapped[str | None] = mapped_column(Text)
    found: Mapped[bool] = mapped_column(Boolean)
    voted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class FeedbackArticleRow(Base):
    """The text of an article that has votes (so the export works after the article is removed)."""

    __tablename__ = "feedback_articles"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(String(300))
    text: Mapped[str] = mapped_column(Text)


@dataclass(frozen=True)
class Vote:
    """A detached feedback row: vote +1/-1, question, passages ((sentence number,
    text) pairs, best first), answer (short answer or None), found, and the article's
    sha256, title and text."""

    vote: int
    question: str
    passages: tuple[tuple[int, str], ...]
    answer: str | None
    found: bool
    article_sha256: str
    title: str
    text: str


@dataclass(frozen=True)
class StoredArticle:
    """A detached copy of an articles row (safe to use after its session closed)."""

    id: int
    guild_id: int
    name: str
    title: str | None
    date: str | None
    author: str | None
    url: str | None
    language: str
    sentences: int
    text: str
    sha256: str
    added_by: int
    added_at: datetime
    date_words: str | None = None

    @classmethod
    def of(cls, row: ArticleRow) -> StoredArticle:
        """Copy `row`'s columns (added_at made timezone-aware: SQLite drops the zone)."""
        values = {name: getattr(row, name) for name in cls.__dataclass_fields__}
        if values["added_at"].tzinfo is None:
            values["added_at"] = values["added_at"].replace(tzinfo=UTC)
        return cls(**values)


def engine_url(url: str) -> str:
    """`url` with PostgreSQL URLs pointed at the psycopg 3 driver: "postgres://"
    (Heroku's spelling) and "postgresql://" become "postgresql+psycopg://";
    other URLs are returned unchanged."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def masked(url: str) -> str:
    """`url` as logs and messages show it: the driver named as the engine uses it
    (engine_url) and the password, if any, as "***", in the URL or as a query
    parameter (`?password=…`, _SECRET_PARAMETERS)."""
    if "://" not in url:
        return url
    parsed = make_url(engine_url(url))
    secret = {k: "***" for k in parsed.query if k.lower() in _SECRET_PARAMETERS}
    return parsed.update_query_dict(secret).render_as_string(hide_password=True).replace("%2A%2A%2A", "***")


# Query parameters of a database URL that hold a password (libpq's and the drivers').
_SECRET_PARAMETERS = frozenset({"password", "passwd", "pwd", "sslpassword"})


def _engine(url: str) -> Engine:
    """An engine for `url`; SQLite gets foreign keys enforced and a 30 s busy
    timeout (several threads write)."""
    parsed = make_url(engine_url(url))
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database or ""
        if database in ("", ":memory:"):
            engine = create_engine(parsed, poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            engine = create_engine(parsed, connect_args={"timeout": 30})
        from sqlalchemy import event

        @event.listens_for(engine, "connect")
        def _foreign_keys(connection, _record) -> None:
            connection.execute("PRAGMA foreign_keys=ON")

        return engine
    return create_engine(parsed, pool_pre_ping=True)


def upgrade(engine: Engine) -> None:
    """Apply every Alembic migration of bot/migrations that `engine`'s database lacks."""
    # Alembic's INFO lines at each start (plugins set up, "Context impl SQLiteImpl.") stay out of the log.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    from alembic import command
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


class Database:
    """The bot's storage. All methods are synchronous (call them from a thread
    in async code) and each runs in its own transaction.

    guild ids and user ids are Discord snowflakes (ints).
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._session = sessionmaker(engine, expire_on_commit=False)

    @classmethod
    def open(cls, url: str, create: bool = True, make_folder: bool = False) -> Database:
        """Connect to `url` (an SQLAlchemy URL, e.g. "sqlite:////var/lib/bot.db" or
        "postgresql://user:pass@host/db") and apply the migrations. An SQLite file
        that does not exist is created (logged at INFO: "creating a new database
        at PATH") in a folder that must exist, unless `make_folder` (the default
        data folder, made with its parents). With create=False (a reader such as
        `feedback export`), an SQLite file that does not exist is an error rather
        than a new empty database.

        Raises StorageError with one line saying what is wrong.
        """
        from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError

        shown = masked(url)
        try:
            parsed = make_url(engine_url(url))
            if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
                path = Path(parsed.database).expanduser()
                if not create and not path.is_file():
                    what = "is a folder" if path.is_dir() else "does not exist (the bot creates it when it first runs)"
                    raise StorageError(f"the database {shown} {what}: check DATABASE_URL.")
                if not path.parent.exists():
                    if not make_folder:
                        raise StorageError(f"the folder {path.parent} of the database {shown} does not exist: "
                                           "create it, or correct DATABASE_URL.")
                    path.parent.mkdir(parents=True)
                if not path.exists():
                    log.info("creating a new database at %s", path)
            engine = _engine(url)
            upgrade(engine)
        except (ArgumentError, ValueError) as error:
            raise StorageError(f"DATABASE_URL {shown!r} is not a database URL ({error}).") from None
        except (ModuleNotFoundError, NoSuchModuleError) as error:
            hint = ("pip install -e '.[postgres]' in the project's folder for PostgreSQL"
                    if "postgres" in url.split("://")[0] else "the bot stores its data in SQLite or PostgreSQL")
            raise StorageError(f"DATABASE_URL {shown!r} needs a driver that is not installed ({error}): {hint}.") from None
        except (DatabaseError, OSError) as error:  # not reachable, not a database file ("file is not a database")
            reason = str(getattr(error, "orig", None) or error).strip().splitlines()[0]
            raise StorageError(f"cannot open the database {shown} ({reason}).") from None
        return cls(engine)

    def close(self) -> None:
        """Release the connections."""
        self.engine.dispose()

    def by_sha256(self, guild_id: int, prefix: str) -> StoredArticle | None:
        """The server's article whose sha256 starts with `prefix` (hex digits), or None."""
        with self._session() as session:
            row = session.scalar(select(ArticleRow).where(ArticleRow.guild_id == guild_id,
                                                          ArticleRow.sha256.startswith(prefix, autoescape=True)))
            return StoredArticle.of(row) if row else None

    def _one(self, session: Session, guild_id: int, name: str) -> ArticleRow | None:
        return session.scalar(select(ArticleRow).where(ArticleRow.guild_id == guild_id, ArticleRow.name == name))

    # ---------------------------------------------------------------- articles

    def articles(self, guild_id: int) -> list[StoredArticle]:
        """The server's articles, oldest first."""
        with self._session() as session:
            rows = session.scalars(select(ArticleRow).where(ArticleRow.guild_id == guild_id).order_by(ArticleRow.id))
            return [StoredArticle.of(row) for row in rows]

    def count(self) -> int:
        """Number of articles stored, all servers together."""
        with self._session() as session:
            return session.scalar(select(func.count()).select_from(ArticleRow))

    def names(self, guild_id: int) -> list[str]:
        """The names of the server's articles, oldest first (no text loaded)."""
        with self._session() as session:
            query = select(ArticleRow.name).where(ArticleRow.guild_id == guild_id).order_by(ArticleRow.id)
            return list(session.scalars(query))

    def article(self, guild_id: int, name: str) -> StoredArticle | None:
        """The server's article called `name`, or None."""
        with self._session() as session:
            row = self._one(session, guild_id, name)
            return StoredArticle.of(row) if row else None

    def add(self, guild_id: int, *, added_by: int, make_current: bool = True, **columns) -> StoredArticle:
        """Store an article (columns: name, title, date, author, url, language,
        sentences, text, sha256, and date_words or not) added now by user `added_by`, and make it the
        server's current article when `make_current`.

        Raises sqlalchemy.exc.IntegrityError when the server has an article of that name.
        """
        with self._session.begin() as session:
            row = ArticleRow(guild_id=guild_id, added_by=added_by, added_at=datetime.now(UTC), **columns)
            session.add(row)
            session.flush()
            if make_current:
                session.merge(GuildRow(guild_id=guild_id, current_article_id=row.id))
            return StoredArticle.of(row)

    def remove(self, guild_id: int, name: str) -> bool:
        """Delete the server's article `name` (a server whose current article it
        was goes back to the operator's article); False when there is none."""
        with self._session.begin() as session:
            row = self._one(session, guild_id, name)
            if row is None:
                return False
            guild = session.get(GuildRow, guild_id)
            if guild is not None and guild.current_article_id == row.id:
                guild.current_article_id = None
            session.delete(row)
            return True

    def current(self, guild_id: int) -> StoredArticle | None:
        """The server's current article, or None (then the operator's article is used)."""
        with self._session() as session:
            guild = session.get(GuildRow, guild_id)
            if guild is None or guild.current_article_id is None:
                return None
            row = session.get(ArticleRow, guild.current_article_id)
            return StoredArticle.of(row) if row else None

    def use(self, guild_id: int, name: str) -> StoredArticle | None:
        """Make the server's article `name` its current one; None when there is none."""
        with self._session.begin() as session:
            row = self._one(session, guild_id, name)
            if row is None:
                return None
            session.merge(GuildRow(guild_id=guild_id, current_article_id=row.id))
            return StoredArticle.of(row)

    # ---------------------------------------------------------------- settings

    def setting(self, guild_id: int, key: str) -> str | None:
        """The server's value of setting `key`, or None when unset."""
        with self._session() as session:
            row = session.get(GuildSettingRow, (guild_id, key))
            return row.value if row else None

    def set_setting(self, guild_id: int, key: str, value: str | None) -> None:
        """Set the server's setting `key` to `value` (None deletes it)."""
        with self._session.begin() as session:
            row = session.get(GuildSettingRow, (guild_id, key))
            if value is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(GuildSettingRow(guild_id=guild_id, key=key, value=value))
            else:
                row.value = value

    # ---------------------------------------------------------------- feedback

    def vote(self, *, message_id: int, user_id: int, guild_id: int | None, vote: int, question: str,
             article_sha256: str, title: str, text: str, passages: list[tuple[int, str]], answer: str | None,
             found: bool) -> int | None:
        """Record user `user_id`'s `vote` (+1 or -1) on the answer in message
        `message_id`, replacing the user's earlier vote on it; the article's
        title and text are kept once per sha256. Returns the earlier vote, or None."""
        with self._session.begin() as session:
            if session.get(FeedbackArticleRow, article_sha256) is None:
                session.add(FeedbackArticleRow(sha256=article_sha256, title=title[:300], text=text))
            row = session.scalar(select(FeedbackRow).where(FeedbackRow.message_id == message_id,
                                                           FeedbackRow.user_id == user_id))
            previous = row.vote if row else None
            if row is None:
                row = FeedbackRow(message_id=message_id, user_id=user_id)
                session.add(row)
            row.guild_id, row.vote, row.question, row.article_sha256 = guild_id, vote, question, article_sha256
            row.passages, row.answer, row.found = json.dumps(passages), answer, found
            row.voted_at = datetime.now(UTC)
            return previous

    def vote_counts(self, article_sha256: str) -> tuple[int, int]:
        """(👍 count, 👎 count) of the answers about the article `article_sha256`."""
        with self._session() as session:
            rows = session.execute(select(FeedbackRow.vote, func.count()).where(
                FeedbackRow.article_sha256 == article_sha256).group_by(FeedbackRow.vote))
            counts = dict(rows.all())
            return counts.get(1, 0), counts.get(-1, 0)

    def votes(self) -> list[Vote]:
        """Every vote, with its article's title and text, oldest first."""
        with self._session() as session:
            rows = session.execute(select(FeedbackRow, FeedbackArticleRow).join(
                FeedbackArticleRow, FeedbackArticleRow.sha256 == FeedbackRow.article_sha256).order_by(FeedbackRow.id))
            return [Vote(row.vote, row.question, tuple(map(tuple, json.loads(row.passages))), row.answer, row.found,
                         row.article_sha256, article.title, article.text) for row, article in rows]
