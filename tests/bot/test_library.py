"""bot.library.ArticleLibrary: which index answers, and the memory budget."""
from __future__ import annotations

import logging

import pytest

from bot.library import ArticleLibrary, Limits, cache_keep, index_bytes, no_such_article
from bot.sources import Document, read_document
from bot.storage import Database
from index.errors import ArticleError, QuestionError
from index.store import IndexCache
from tests.bot.pages import MARKET_TEXT, STORM_HTML

STORM = read_document(STORM_HTML.encode(), "storm.html")
BAKERY = read_document(MARKET_TEXT.encode(), "bakery.md")
SUMMIT = Document(name="summit", text="The climate summit in Oslo ended on Friday. Delegates went home.")


@pytest.fixture
def library(qa_bm25):
    return ArticleLibrary(Database.open("sqlite://"), qa_bm25, None, memory_budget=10**9)


def test_servers_dms_and_names(library, qa_bm25):
    library.add(1, 7, STORM)
    assert library.index(None) is qa_bm25 and library.index(2) is qa_bm25
    assert library.index(1).article.name == "Storm hits the coast"
    library.add(1, 7, BAKERY)
    assert library.index(1).article.name == "Bakery wins prize"
    assert library.index(1, "Storm hits the coast").article.name == "Storm hits the coast"
    with pytest.raises(QuestionError, match=f"^{no_such_article('Summit')}$"):
        library.index(1, "Summit")
    with pytest.raises(QuestionError, match="^In direct messages I answer about my own article"):
        library.index(None, "Storm hits the coast")


def test_the_same_text_or_name_twice_is_refused(library):
    library.add(1, 7, STORM)
    with pytest.raises(ArticleError, match="^This server already has that article, as “Storm hits the coast”.$"):
        library.add(1, 7, STORM, name="again")
    with pytest.raises(ArticleError, match="^This server already has an article named “Storm hits the coast”"):
        library.add(1, 7, SUMMIT, name="Storm hits the coast")
    library.add(2, 8, STORM)  # another server may add it
    assert library.names(1) == library.names(2) == ["Storm hits the coast"]


def test_memory_budget_keeps_the_most_recently_used(qa_bm25):
    database = Database.open("sqlite://")
    sizing = ArticleLibrary(database, qa_bm25, None)
    sizes = {doc.name: index_bytes(sizing.add(guild, 7, doc)[1]) for guild, doc in enumerate((STORM, BAKERY, SUMMIT), 1)}
    # A budget for the two largest: asking about the third unloads the least recently used.
    budget = sum(sorted(sizes.values())[1:])
    library = ArticleLibrary(database, qa_bm25, None, memory_budget=budget)
    first = library.index(1)
    library.index(2)
    assert library.loaded() == [1, 2]
    assert library.index(1) is first  # still loaded: the same object
    library.index(3)
    assert library.loaded() == [1, 3] and library.loaded_bytes() <= budget
    assert library.index(2).article.name == "Bakery wins prize"  # loaded again on demand
    assert library.loaded() == [3, 2]  # the two smaller fit together


def test_a_server_s_article_answers_its_date_as_its_date_line_writes_it_after_a_reload(qa_bm25):
    """Trial 46: the date is answered as a "date:" line writes it ("6 février 2026"), also once the article is
    loaded again from the database (the words are stored beside the parsed date)."""
    database = Database.open("sqlite://")
    document = read_document("date: 6 février 2026\n\nLe prix du repas passera à 3,65 euros.".encode(), "cantine.txt")
    stored, _ = ArticleLibrary(database, qa_bm25, None).add(1, 7, document)
    assert (stored.date, stored.date_words) == ("2026-02-06", "6 février 2026")
    again = ArticleLibrary(database, qa_bm25, None).index(1, "cantine.txt")  # a restart: read from the database
    assert again.ask("quand l'article a-t-il été publié").answer == "6 février 2026"
    assert again.info.date == "2026-02-06"


def test_a_budget_smaller_than_one_index_keeps_one(qa_bm25):
    library = ArticleLibrary(Database.open("sqlite://"), qa_bm25, None, memory_budget=1,
                             limits=Limits(articles=5))
    library.add(1, 7, STORM)
    library.add(1, 7, BAKERY)
    assert library.loaded() == [2]
    library.remove(1, "Bakery wins prize")
    # The article in use was removed: the server is back on the operator's article.
    assert library.loaded() == [] and library.index(1) is qa_bm25
    assert library.index(1, "Storm hits the coast").article.name == "Storm hits the coast"


def test_the_cache_keeps_one_index_per_stored_article(qa_bm25, tmp_path, caplog):
    assert [cache_keep(n) for n in (0, 15, 16, 100)] == [20, 20, 21, 105]
    library = ArticleLibrary(Database.open("sqlite://"), qa_bm25, None, memory_budget=1,
                             limits=Limits(articles=30), cache=IndexCache(tmp_path))
    for i in range(24):  # more than index.store.KEEP = 20
        library.add(1, 7, Document(name=f"n{i}", text=f"Note number {i} is short. It has two sentences."))
    assert len(list(tmp_path.glob("article-bot-index-*.npz"))) == 24
    with caplog.at_level(logging.INFO, logger="index.qa"):
        assert library.index(1, "n0").article.name == "n0"  # the oldest, unloaded: read back from the cache
    assert [r.message.split()[:2] for r in caplog.records if r.name == "index.qa"] == [["loaded", "n0:"]]
