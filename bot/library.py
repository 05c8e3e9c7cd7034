"""The article library: each server's articles, their indexes, and the operator's article.

`ArticleLibrary` owns server (guild) → articles (in `bot.storage.Database`) →
question-answering indexes (`index.qa.QA`). One embedding model serves every
article of the process; the indexes of the most recently used articles stay in
memory within a budget, and others are loaded again on demand (from the
persisted index in the cache directory when it is there, else rebuilt from the
stored text). DMs and servers without an article of their own use the
operator's article (ARTICLE_PATH or the bundled one).

The persisted indexes go to settings.cache_dir. The cache keeps
at least one index per stored article (`cache_keep`: the articles stored, all
servers together, plus CACHE_SLACK for the operator's article and the one
being added, and never fewer than index.store.KEEP): a server's article
dropped from memory is then loaded again from its index, not rebuilt.

Every method is synchronous and may take seconds (indexing): call it with
asyncio.to_thread from the bot. Methods are safe to call from several threads.
"""
from __future__ import annotations

import logging
import threading
from collections import OrderedDict
from dataclasses import dataclass, field, replace

from sqlalchemy.exc import IntegrityError

from index.article import Article
from index.errors import ArticleError, QuestionError
from index.qa import QA
from index.store import KEEP, IndexCache

from .i18n import N_
from .settings import Settings
from .sources import Document, FetchLimits, short_name
from .storage import Database, StoredArticle

log = logging.getLogger(__name__)

CACHE_SLACK = 5  # indexes kept beyond one per stored article (see the module docstring)


def cache_keep(stored: int) -> int:
    """Persisted indexes to keep when `stored` articles are in the database:
    max(index.store.KEEP, stored + CACHE_SLACK)."""
    return max(KEEP, stored + CACHE_SLACK)


@dataclass(frozen=True)
class Limits:
    """What a server may add: file bytes, articles per server, sentences per
    article, and the URL fetch limits."""

    file_bytes: int = 2 * 2**20
    articles: int = 20
    sentences: int = 2000
    fetch: FetchLimits = field(default_factory=FetchLimits)


def index_bytes(qa: QA) -> int:
    """Estimated memory of a loaded index, in bytes: its numpy arrays (e5 vectors,
    BM25 postings) plus 40 bytes per character of text for the Python objects
    (sentences, vocabulary, names); the factor is measured in benchmarks/bench.py."""
    arrays = 0
    for holder in (qa.index, qa.index.retriever):
        arrays += sum(value.nbytes for value in vars(holder).values() if hasattr(value, "nbytes"))
    return arrays + 40 * len(qa.article.text)


def no_such_article(name: str) -> str:
    """The refusal of an article name the server does not have."""
    return NO_SUCH_ARTICLE.format(name=name)


NO_SUCH_ARTICLE = N_("This server has no article named “{name}”: /article list shows them.")
IN_DMS = N_("In direct messages I answer about my own article: a server's articles are asked about in that server.")
NO_NAME = N_("Give the article a name (the name: option).")
FULL = N_("This server already has {count} articles, the limit: remove one with /article remove first.")
NAME_TAKEN = N_("This server already has an article named “{name}”: remove it first, or give this one another name.")
ALREADY_THERE = N_("This server already has that article, as “{name}”.")
TOO_LONG = N_("{name} has {count} sentences, over the limit of {limit} per article.")


class ArticleLibrary:
    """Server → articles → indexes, with one shared embedding model.

    database: where articles live; default: the operator's article, used in DMs
    and by servers without a current article; model: the embedding model shared
    by all indexes (None: BM25 only); memory_budget: bytes of indexes kept loaded
    (the most recently used first; at least one is always kept); limits: what a
    server may add; cache: where indexes are persisted (None: nowhere), its
    `keep` raised to cache_keep(articles stored) before each index is built.
    """

    def __init__(self, database: Database, default: QA, model=None, *,
                 memory_budget: int = 256 * 2**20, limits: Limits = Limits(),
                 cache: IndexCache | None = None) -> None:
        self.database = database
        self.cache = cache
        self.default = default
        self.model = model
        self.memory_budget = memory_budget
        self.limits = limits
        self._loaded: OrderedDict[int, tuple[QA, int]] = OrderedDict()  # article id → (index, bytes)
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ reading

    def index(self, guild_id: int | None, name: str | None = None) -> QA:
        """The index to answer with (see `resolve`)."""
        return self.resolve(guild_id, name)[1]

    def resolve(self, guild_id: int | None, name: str | None = None) -> tuple[StoredArticle | None, QA]:
        """(article, index) to answer with: the server's article `name`, else its
        current article, else (None, the operator's article), always in a DM
        (guild_id None).

        Raises QuestionError when the server has no article called `name`, or a
        name is given in a DM.
        """
        if guild_id is None:
            if name:
                raise QuestionError(IN_DMS)
            return None, self.default
        stored = self.database.article(guild_id, name) if name else self.database.current(guild_id)
        if stored is None:
            if name:
                raise QuestionError(no_such_article(name))
            return None, self.default
        return stored, self._index(stored)

    def find(self, guild_id: int | None, sha256_prefix: str) -> tuple[StoredArticle | None, QA] | None:
        """(article, index) whose text's sha256 starts with `sha256_prefix` (hex):
        the operator's article, else one of the server's; None when neither is
        (the article was removed or changed since)."""
        if self.default.article.sha256.startswith(sha256_prefix):
            return None, self.default
        stored = self.database.by_sha256(guild_id, sha256_prefix) if guild_id is not None else None
        return (stored, self._index(stored)) if stored else None

    def _index(self, stored: StoredArticle) -> QA:
        """The loaded index of `stored`, loading (or rebuilding) it when needed."""
        with self._lock:
            hit = self._loaded.get(stored.id)
            if hit is not None:
                self._loaded.move_to_end(stored.id)
                return hit[0]
        article = Article(name=stored.name, text=stored.text, date=stored.date, sha256=stored.sha256,
                          author=stored.author, date_words=stored.date_words, title=stored.title)
        qa = QA(article, self.model, self._cache())
        self._keep(stored.id, qa)
        return qa

    def _cache(self) -> IndexCache | None:
        """The cache to build an index with, keeping one index per stored article (cache_keep)."""
        if self.cache is None:
            return None
        return replace(self.cache, keep=max(self.cache.keep, cache_keep(self.database.count())))

    def _keep(self, article_id: int, qa: QA) -> None:
        """Remember `qa` as most recently used; forget the least recently used
        indexes beyond the memory budget."""
        with self._lock:
            self._loaded[article_id] = (qa, index_bytes(qa))
            self._loaded.move_to_end(article_id)
            while len(self._loaded) > 1 and self.loaded_bytes() > self.memory_budget:
                old, _ = self._loaded.popitem(last=False)
                log.debug("index of article %s unloaded (memory budget)", old)

    def loaded_bytes(self) -> int:
        """Estimated bytes of the indexes held in memory (see index_bytes)."""
        return sum(size for _qa, size in self._loaded.values())

    def loaded(self) -> list[int]:
        """Ids of the articles whose index is in memory, least recently used first."""
        with self._lock:
            return list(self._loaded)

    def names(self, guild_id: int) -> list[str]:
        """The server's article names, oldest first."""
        return self.database.names(guild_id)

    def articles(self, guild_id: int) -> list[StoredArticle]:
        """The server's articles, oldest first."""
        return self.database.articles(guild_id)

    def current(self, guild_id: int | None) -> StoredArticle | None:
        """The server's current article (None: the operator's article)."""
        return None if guild_id is None else self.database.current(guild_id)

    # ------------------------------------------------------------------ changing

    def add(self, guild_id: int, added_by: int, document: Document, name: str | None = None) -> tuple[StoredArticle, QA]:
        """Index `document` and store it as the server's article `name` (default:
        document.name), which becomes the server's current article.

        Raises ArticleError with the message for the admin, storing nothing, when
        the server has its maximum of articles, the name is taken, the text is
        already there, or the article has no sentence or too many.
        """
        name = short_name(name or document.name)
        if not name:
            raise ArticleError(NO_NAME)
        existing = self.database.articles(guild_id)
        if len(existing) >= self.limits.articles:
            raise ArticleError(FULL.format(count=len(existing)))
        article = replace(document.article(), name=name)
        for other in existing:
            if other.name == name:
                raise ArticleError(NAME_TAKEN.format(name=name))
            if other.sha256 == article.sha256:
                raise ArticleError(ALREADY_THERE.format(name=other.name))
        qa = QA(article, self.model, self._cache())
        if len(qa.sentences) > self.limits.sentences:
            raise ArticleError(TOO_LONG.format(name=name, count=f"{len(qa.sentences):,}",
                                               limit=f"{self.limits.sentences:,}"))
        try:
            stored = self.database.add(
                guild_id, added_by=added_by, name=name, title=document.title, date=article.date,
                date_words=article.date_words, author=document.author, url=document.url, language=qa.language,
                sentences=len(qa.sentences), text=article.text, sha256=article.sha256)
        except IntegrityError:  # the same name added by another admin meanwhile
            raise ArticleError(NAME_TAKEN.format(name=name)) from None
        self._keep(stored.id, qa)
        log.info("guild %s added article %s (%d sentences, %s)", guild_id, stored.id, len(qa.sentences), qa.language)
        return stored, qa

    def use(self, guild_id: int, name: str) -> tuple[StoredArticle, QA]:
        """Make the server's article `name` its current one; (article, index).
        Raises QuestionError when there is no such article."""
        stored = self.database.use(guild_id, name)
        if stored is None:
            raise QuestionError(no_such_article(name))
        return stored, self._index(stored)

    def remove(self, guild_id: int, name: str) -> None:
        """Delete the server's article `name` (its index is unloaded; a server whose
        current article it was goes back to the operator's). Raises QuestionError
        when there is no such article."""
        stored = self.database.article(guild_id, name)
        if stored is None or not self.database.remove(guild_id, name):
            raise QuestionError(no_such_article(name))
        with self._lock:
            self._loaded.pop(stored.id, None)



def open_database(settings: Settings) -> Database:
    """The bot.storage.Database of settings.database_url, its migrations applied. The folder of an SQLite file
    is created only for the default database (settings.database_from None). Raises bot.storage.StorageError."""
    return Database.open(settings.database_url, make_folder=settings.database_from is None)


def open_library(settings: Settings, default: QA, database: Database | None = None) -> ArticleLibrary:
    """The library of `settings` (its database, limits, memory budget and index
    cache), sharing `default`'s embedding model. database: one already open (`open_database`, or
    Database.open("sqlite://"): in memory); None opens `open_database(settings)`. Raises bot.storage.StorageError."""
    limits = Limits(
        file_bytes=settings.max_file_bytes, articles=settings.max_articles, sentences=settings.max_sentences,
        fetch=settings.fetch_limits)
    database = database if database is not None else open_database(settings)
    return ArticleLibrary(database, default, default.model, memory_budget=settings.index_memory_bytes, limits=limits,
                          cache=settings.index_cache())
