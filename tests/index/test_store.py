"""The persisted index: round trip, rebuild on change, corrupt files."""
import logging

import pytest

from index import store
from index.qa import QA
from tests.conftest import ARTICLE

QUESTIONS = ["Qui possède TikTok ?", "Who is the new CEO of TikTok?", "Who founded Microsoft?", "Hong Kong"]


@pytest.fixture
def cache(tmp_path, monkeypatch):
    monkeypatch.setenv("ARTICLE_BOT_CACHE_DIR", str(tmp_path / "cache"))
    return tmp_path / "cache"


def test_round_trip_gives_identical_results(cache, caplog):
    caplog.set_level(logging.INFO, logger="index.qa")
    built = QA.from_path(ARTICLE)
    assert len(list(cache.glob("*.npz"))) == 1
    loaded = QA.from_path(ARTICLE)
    firsts = [r.message.split()[0] for r in caplog.records if r.name == "index.qa"]
    assert [w for w in firsts if w in ("built", "loaded")] == ["built", "loaded"]
    for q in QUESTIONS:
        assert loaded.ask(q) == built.ask(q)


def test_rebuilt_when_the_article_changes(cache, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("TikTok appartient à ByteDance. Amazon emploie des gens.", encoding="utf-8")
    assert QA.from_path(path, use_embeddings=False).ask("ByteDance").passages[0].number == 1
    path.write_text("Amazon emploie des gens. TikTok appartient à ByteDance.", encoding="utf-8")
    assert QA.from_path(path, use_embeddings=False).ask("ByteDance").passages[0].number == 2
    assert len(list(cache.glob("*.npz"))) == 2


def test_corrupt_index_is_rebuilt_with_one_log_line(cache, caplog):
    first = QA.from_path(ARTICLE, use_embeddings=False)
    (saved,) = cache.glob("*.npz")
    saved.write_bytes(b"not a zip file")
    with caplog.at_level(logging.WARNING, logger="index.store"):
        again = QA.from_path(ARTICLE, use_embeddings=False)
    warnings = [r.message for r in caplog.records if r.name == "index.store"]
    assert len(warnings) == 1 and "unreadable" in warnings[0] and "rebuilding" in warnings[0]
    assert again.ask("Qui possède TikTok ?") == first.ask("Qui possède TikTok ?")
    assert store.load(saved.stem) is not None  # rewritten


def test_index_of_an_older_format_is_rebuilt(cache, monkeypatch):
    QA.from_path(ARTICLE, use_embeddings=False)
    (saved,) = cache.glob("*.npz")
    monkeypatch.setattr(store, "FORMAT", store.FORMAT + 1)
    assert store.load(saved.stem) is None and not saved.exists()


def test_index_that_does_not_fit_the_article_is_rebuilt(cache, caplog):
    first = QA.from_path(ARTICLE, use_embeddings=False)
    (saved,) = cache.glob("*.npz")
    meta, arrays = store.load(saved.stem)
    meta["sentences"] = meta["sentences"][:3]
    store.save(saved.stem, meta, arrays)
    with caplog.at_level(logging.WARNING, logger="index.qa"):
        again = QA.from_path(ARTICLE, use_embeddings=False)
    assert any("does not fit" in r.message for r in caplog.records)
    assert len(again.sentences) == 14 and again.ask("Hong Kong") == first.ask("Hong Kong")


def test_cache_keeps_the_newest_files(cache, tmp_path, monkeypatch):
    monkeypatch.setattr(store, "KEEP", 2)
    for i in range(4):
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"Phrase numéro {i}. Une autre phrase.", encoding="utf-8")
        QA.from_path(path, use_embeddings=False)
    assert len(list(cache.glob("*.npz"))) == 2
