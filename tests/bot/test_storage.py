"""bot.storage on SQLite and on a real PostgreSQL server (see tests/postgres.py)."""
from __future__ import annotations

import sys

import pytest
import sqlalchemy
from sqlalchemy.exc import IntegrityError

from bot.storage import Database, StorageError, engine_url, masked

COLUMNS = dict(title="Storm hits the coast", date="2024-03-05", author="Jane Smith",
               url="https://news.example.com/storm", language="en", sentences=3,
               text="A storm struck.\n\nSchools closed.", sha256="ab" * 32)


def test_migrations_create_the_tables_once(database_url):
    Database.open(database_url).close()
    db = Database.open(database_url)  # a second start finds the schema up to date
    tables = set(sqlalchemy.inspect(db.engine).get_table_names())
    assert tables == {"alembic_version", "articles", "guilds", "guild_settings", "feedback", "feedback_articles"}
    with db.engine.connect() as connection:
        assert connection.execute(sqlalchemy.text("select version_num from alembic_version")).scalar() == "0003"


def test_articles_are_kept_per_server_across_restarts(database_url):
    db = Database.open(database_url)
    storm = db.add(1, name="storm", added_by=42, **COLUMNS)
    db.add(2, name="storm", added_by=43, **{**COLUMNS, "title": "Other"})
    db.add(1, name="flood", added_by=42, make_current=False, **COLUMNS)
    db.close()

    db = Database.open(database_url)
    assert db.names(1) == ["storm", "flood"] and db.names(2) == ["storm"] and db.names(3) == []
    again = db.article(1, "storm")
    assert again == storm and again.added_by == 42 and again.added_at.tzinfo is not None
    assert again.text == "A storm struck.\n\nSchools closed."
    assert db.article(2, "storm").title == "Other"
    assert db.current(1).name == "storm" and db.current(3) is None
    assert db.use(1, "flood").name == "flood" and db.current(1).name == "flood"
    assert db.use(1, "nothing") is None and db.current(1).name == "flood"


def test_a_name_is_unique_within_a_server(database_url):
    db = Database.open(database_url)
    db.add(1, name="storm", added_by=42, **COLUMNS)
    with pytest.raises(IntegrityError):
        db.add(1, name="storm", added_by=42, **COLUMNS)
    assert db.names(1) == ["storm"]


def test_removing_the_current_article_falls_back_to_none(database_url):
    db = Database.open(database_url)
    db.add(1, name="storm", added_by=42, **COLUMNS)
    assert db.remove(1, "storm") is True
    assert db.remove(1, "storm") is False
    assert db.current(1) is None and db.names(1) == []


def test_per_server_settings(database_url):
    db = Database.open(database_url)
    assert db.setting(1, "language") is None
    db.set_setting(1, "language", "fr")
    db.set_setting(1, "language", "en")
    assert db.setting(1, "language") == "en" and db.setting(2, "language") is None
    db.set_setting(1, "language", None)
    assert db.setting(1, "language") is None


def test_postgres_urls_use_psycopg():
    assert engine_url("postgres://u:p@h/db") == "postgresql+psycopg://u:p@h/db"
    assert engine_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert engine_url("sqlite:///x.db") == "sqlite:///x.db"


def test_unusable_urls_get_one_line(tmp_path):
    with pytest.raises(StorageError, match=r"^DATABASE_URL 'nonsense' is not a database URL"):
        Database.open("nonsense")
    with pytest.raises(StorageError, match=r"^DATABASE_URL 'mysql://u:\*\*\*@h/db' needs a driver that is not installed "
                                           r"\(.*\): the bot stores its data in SQLite or PostgreSQL\.$"):
        Database.open("mysql://u:secret@h/db")  # trial 22: it said "pip install 'article-bot[postgres]'"
    port_closed = "postgresql://u:secret@127.0.0.1:1/db"
    with pytest.MonkeyPatch.context() as patch:  # without psycopg: how to install it from the clone (trial 43)
        patch.setitem(sys.modules, "psycopg", None)
        with pytest.raises(StorageError, match=r"needs a driver that is not installed \(.*\): pip install -e "
                                               r"'\.\[postgres\]' in the project's folder for PostgreSQL\.$"):
            Database.open(port_closed)
    with pytest.raises(StorageError, match=r"^cannot open the database postgresql\+psycopg://u:\*\*\*@127.0.0.1:1/db \("):
        Database.open(port_closed)


def test_a_set_database_url_in_a_folder_that_does_not_exist_is_an_error(tmp_path):
    """A new user's trial: a mistyped DATABASE_URL made its folders and an empty database, so the admin's
    articles looked lost."""
    database = tmp_path / "typo" / "x.db"
    with pytest.raises(StorageError) as error:
        Database.open(f"sqlite:///{database}")
    assert str(error.value) == (f"the folder {database.parent} of the database sqlite:///{database} does not exist: "
                                "create it, or correct DATABASE_URL.")
    assert not database.parent.exists()


def test_a_new_database_file_is_logged(tmp_path, caplog):
    database = tmp_path / "data" / "article-bot" / "article-bot.db"
    with caplog.at_level("INFO", logger="bot.storage"):
        Database.open(f"sqlite:///{database}", make_folder=True).close()  # the default data folder is made
        Database.open(f"sqlite:///{database}").close()
    assert [(r.levelname, r.getMessage()) for r in caplog.records] == [("INFO", f"creating a new database at {database}")]


def test_urls_are_shown_with_the_password_masked():
    assert masked("postgres://bot:secret@db.example.com:5432/articles") == \
        "postgresql+psycopg://bot:***@db.example.com:5432/articles"
    assert masked("sqlite:////var/lib/article-bot/article-bot.db") == "sqlite:////var/lib/article-bot/article-bot.db"


def test_a_password_given_as_a_query_parameter_is_masked_too():
    """A new user's check: "?password=S3cretPass" was logged in clear at start and in the error."""
    assert masked("postgresql://bob@127.0.0.1:55441/articles?password=S3cretPass&sslmode=require") == \
        "postgresql+psycopg://bob@127.0.0.1:55441/articles?password=***&sslmode=require"
