"""The persisted index: one .npz file per article content and code version.

The file holds a JSON document (sentences, terms, vocabulary, names; stored
as uint8 bytes) and, in the cross-lingual mode, the e5 vectors (float32,
sentences x 384 and phrases x 384). Nothing is pickled. Its name is
sha256(article bytes + the source of the index modules + mode), so an edited
article or a changed analyzer gets a new index. A file that cannot be read
(corrupt, truncated, older layout) is rebuilt, with one log line.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

FORMAT = 1
KEEP = 20  # index files kept in the cache directory, newest first
_SOURCES = ("analysis.py", "segment.py", "spans.py", "qa.py", "store.py", "dense.py")


def cache_dir() -> Path:
    """ARTICLE_BOT_CACHE_DIR, else $XDG_CACHE_HOME/article-bot, else ~/.cache/article-bot."""
    explicit = os.environ.get("ARTICLE_BOT_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "article-bot"


def index_key(article_sha256: str, mode: str) -> str:
    """Hex key naming the index of an article (its sha256) in a mode ("BM25" or "BM25 + e5")."""
    h = hashlib.sha256(f"{FORMAT}|{article_sha256}|{mode}".encode())
    here = Path(__file__).parent
    for name in _SOURCES:
        h.update((here / name).read_bytes())
    return h.hexdigest()[:32]


def save(key: str, meta: dict, arrays: dict[str, np.ndarray]) -> Path | None:
    """Write the index atomically to cache_dir()/<key>.npz, keeping the KEEP
    newest index files there; returns the path, or None (logged) when the
    cache directory is not writable."""
    path = cache_dir() / f"{key}.npz"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        blob = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            np.savez(f, meta=blob, **arrays)
        os.replace(tmp, path)
        _prune(path.parent)
        return path
    except OSError as exc:
        log.warning("index not saved to %s (%s): it will be rebuilt at next start", path, exc)
        return None


def _prune(folder: Path) -> None:
    """Delete all but the KEEP most recently written index files of `folder`."""
    files = sorted(folder.glob("*.npz"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass


def load(key: str) -> tuple[dict, dict[str, np.ndarray]] | None:
    """(meta, arrays) of the index saved under `key`, or None when there is
    none or it cannot be read (then logged once and removed)."""
    path = cache_dir() / f"{key}.npz"
    if not path.exists():
        return None
    try:
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(data["meta"].tobytes().decode("utf-8"))
            arrays = {name: data[name] for name in data.files if name != "meta"}
        if meta.get("format") != FORMAT:
            raise ValueError(f"format {meta.get('format')!r}, expected {FORMAT}")
        return meta, arrays
    except Exception as exc:  # corrupt zip, bad JSON, missing keys, old layout
        log.warning("persisted index %s unreadable (%s): rebuilding it", path, exc)
        try:
            path.unlink()
        except OSError:
            pass
        return None
