"""The persisted index: one .npz file per article content, code version and model.

The file holds a JSON document (sentences, terms, vocabulary, names; stored
as uint8 bytes) and, in the cross-lingual mode, the e5 vectors (float32,
sentences x 384 and phrases x 384). Nothing is pickled. Its name is
article-bot-index-<key>.npz, key = sha256(article bytes, every file of the
`index` package (code and data), the embedding model's identity), so an edited
article, a changed module or a new model release gets a new index.

An `IndexCache` is one folder, given by the caller (the front ends compute it
in bot.settings: this package reads no environment variable), and the number
of indexes kept in it. The folder may be shared: the bot writes only files named
article-bot-index-*.npz (and article-bot-index-*.npz.tmp while saving), and
deletes only those: all but the `keep` newest indexes, and temporary files older
than STALE_TMP_SECONDS (left by a killed process). Only a regular file is read
(not a symlink, pipe or folder), and only when the article sha256 stored inside
matches. A file that cannot be read (corrupt, truncated, older layout, another
article's; or one this user may not read, which the log line says) is rebuilt,
with one log line; a folder that cannot be used (parent not enterable, name too
long, not a folder) gives one warning (the folder, the OS
error and the caller's `advice`) and the bot runs without the cache.
"""
from __future__ import annotations

import errno
import hashlib
import json
import logging
import os
import stat
import tempfile
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

log = logging.getLogger(__name__)

FORMAT = 2  # layout of the file (meta keys and arrays); a file of another is rebuilt
KEEP = 20  # default number of index files kept in the cache folder, newest first
PREFIX, SUFFIX, TMP_SUFFIX = "article-bot-index-", ".npz", ".npz.tmp"
STALE_TMP_SECONDS = 600  # a save takes seconds; older temporary files of ours are leftovers
_unusable: set[str] = set()  # cache folders already reported unusable in this process


def code_hash(here: Path) -> str:
    """sha256 hex of every file of the `index` package folder `here` (code and
    any data file, by name and content; __pycache__, hidden and backup files
    aside): whatever shapes an index."""
    h = hashlib.sha256()
    for path in sorted(here.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".") \
                and not path.name.endswith("~"):
            h.update(f"{path.relative_to(here).as_posix()}\0".encode())
            h.update(path.read_bytes())
    return h.hexdigest()


@lru_cache(maxsize=1)
def _this_code() -> str:
    """code_hash of this package, computed once per process (about 1 ms)."""
    return code_hash(Path(__file__).parent)


def index_key(article_sha256: str, model_id: str) -> str:
    """Hex key naming the index of an article (its sha256) built by this code
    with a model (`index.dense.identity`: "bm25", or the e5 model's version and file)."""
    return hashlib.sha256(f"{FORMAT}|{article_sha256}|{model_id}|{_this_code()}".encode()).hexdigest()[:32]


def _give_up(folder: Path, exc: OSError, advice: str) -> None:
    """Warn once that `folder` cannot hold the cache (the OS error, then `advice`
    in parentheses when given); later calls skip it."""
    if str(folder) not in _unusable:
        _unusable.add(str(folder))
        log.warning("cache folder %s cannot be used (%s): running without the index cache%s",
                    folder, exc.strerror or exc, f" ({advice})" if advice else "")


def _ours(folder: Path, suffix: str) -> list[tuple[float, Path]]:
    """(mtime, path) of the regular files of `folder` named PREFIX*suffix."""
    out = []
    with os.scandir(folder) as entries:
        for e in entries:
            if e.name.startswith(PREFIX) and e.name.endswith(suffix) and e.is_file(follow_symlinks=False):
                out.append((e.stat(follow_symlinks=False).st_mtime, Path(e.path)))
    return out


@dataclass
class IndexCache:
    """A folder of persisted indexes (see the module docstring).

    folder: the cache folder (created when first saved to).
    keep: index files kept in it, newest first (>= 1); a front end serving
        many articles keeps at least one per article (see bot.library).
    advice: what the user can do when the folder cannot be used, added to that
        warning (the front end's words, e.g. the setting that names the folder);
        "" for none.
    """

    folder: Path
    keep: int = KEEP
    advice: str = ""

    def path_for(self, key: str) -> Path:
        """Where the index of `key` is kept."""
        return Path(self.folder) / f"{PREFIX}{key}{SUFFIX}"

    def save(self, key: str, article_sha256: str, meta: dict, arrays: dict[str, np.ndarray]) -> Path | None:
        """Write the index (index.build.Index.to_store's meta and arrays)
        atomically to path_for(key), with FORMAT, `key` and the article's sha256
        stored in its meta, then prune the folder (see module doc).

        Returns the path, or None (logged once) when the folder cannot be written.
        A failed or interrupted save leaves no temporary file behind.
        """
        path = self.path_for(key)
        if str(path.parent) in _unusable:
            return None
        tmp = None
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            meta = {**meta, "format": FORMAT, "key": key, "article_sha256": article_sha256}
            blob = np.frombuffer(json.dumps(meta, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=PREFIX, suffix=TMP_SUFFIX)
            with os.fdopen(fd, "wb") as f:
                np.savez(f, meta=blob, **arrays)
            os.replace(tmp, path)
            tmp = None
            self._prune()
            return path
        except OSError as exc:
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.ENAMETOOLONG, errno.ENOTDIR, errno.EEXIST):
                _give_up(path.parent, exc, self.advice)
            else:  # disk full, a folder at the index's name, ...: this index only
                log.warning("index not saved to %s (%s): it will be rebuilt at next start", path, exc.strerror or exc)
            return None
        finally:
            if tmp is not None:
                try:
                    os.unlink(tmp)
                except OSError:
                    pass

    def _prune(self) -> None:
        """Delete all but the `keep` newest index files of ours in the folder, and our
        temporary files older than STALE_TMP_SECONDS. Other files are left alone."""
        try:
            old = sorted(_ours(self.folder, SUFFIX), reverse=True)[self.keep:]
            limit = time.time() - STALE_TMP_SECONDS
            old += [(t, p) for t, p in _ours(self.folder, TMP_SUFFIX) if t < limit]
        except OSError:
            return
        for _, p in old:
            try:
                p.unlink()
            except OSError:
                pass

    def load(self, key: str, article_sha256: str) -> tuple[dict, dict[str, np.ndarray]] | None:
        """(meta, arrays) of the index saved under `key` for the article of sha256
        `article_sha256`, or None when there is none, the folder cannot be used
        (warned once), or it cannot be trusted (logged; a damaged regular file is removed)."""
        path = self.path_for(key)
        if str(path.parent) in _unusable:
            return None
        try:
            st = os.lstat(path)
        except FileNotFoundError:
            return None
        except OSError as exc:  # parent not enterable, name too long, a file where the folder should be
            _give_up(path.parent, exc, self.advice)
            return None
        if not stat.S_ISREG(st.st_mode):
            log.warning("%s is not a regular file (a link, folder or pipe): not read; the index is rebuilt", path)
            return None
        try:
            fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
            with os.fdopen(fd, "rb") as f:
                if not stat.S_ISREG(os.fstat(f.fileno()).st_mode):
                    raise ValueError("not a regular file")
                with np.load(f, allow_pickle=False) as data:
                    meta = json.loads(data["meta"].tobytes().decode("utf-8"))
                    arrays = {name: data[name] for name in data.files if name != "meta"}
            if not isinstance(meta, dict):
                raise ValueError("meta is no JSON object")
        except PermissionError as exc:  # trial 44: built by root (mode 0600), read by the service's user
            reason = (f"{exc.strerror or exc}: run the bot as the user who built it, or delete the cache folder "
                      f"{path.parent}")
        except Exception as exc:  # no zip, a cut one, bad JSON, a part missing
            # numpy's and zipfile's words ("… load it unsafely using allow_pickle=", trial 43) tell a user nothing
            log.debug("persisted index %s: %r", path, exc)
            reason = "the file is damaged"
        else:
            if meta.get("format") != FORMAT:
                reason = f"format {meta.get('format')!r}, expected {FORMAT}"
            elif meta.get("key") != key or meta.get("article_sha256") != article_sha256:
                reason = "it was built for another article or code version"
            else:
                return meta, arrays
        log.warning("persisted index %s unreadable (%s): rebuilding it", path, reason)
        try:
            if stat.S_ISREG(os.lstat(path).st_mode):
                path.unlink()
        except OSError:
            pass
        return None
