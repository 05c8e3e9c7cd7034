"""Loading an article file: decoding, metadata prefix, paragraphs."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError

MAX_ARTICLE_BYTES = 50 * 1024 * 1024
_META = re.compile(r"^\s*date\s+(\d{4}-\d{2}(?:-\d{2})?)\s+", re.IGNORECASE)


@dataclass(frozen=True)
class Article:
    """A loaded article.

    name: the file name; text: the body (metadata prefix removed, newlines
    normalised to \\n); date: the "date YYYY-MM[-DD]" metadata prefix or None;
    sha256: hex digest of the raw file bytes (keys the persisted index).
    """

    name: str
    text: str
    date: str | None
    sha256: str


def clean_text(text: str) -> str:
    """Remove what no reader can see or mean: NUL and other control characters
    (tab and newline kept as spaces/newlines), zero-width and bidi controls
    (Unicode category Cf), a BOM; CRLF and CR become LF. Returns a str."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\n":
            out.append(ch)
        elif ch == "\t":
            out.append(" ")
        elif cat in ("Cc", "Cf", "Cs", "Co"):
            continue
        else:
            out.append(ch)
    return "".join(out)


def parse_article(raw: bytes, name: str = "article") -> Article:
    """Decode and clean the bytes of an article.

    UTF-8 (with or without BOM) is expected; bytes that are not UTF-8 are read
    as Windows-1252/Latin-1, the common legacy encoding of French text.
    Raises ArticleError when no text is left.
    """
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    text = clean_text(text)
    date = None
    m = _META.match(text)
    if m:
        date, text = m.group(1), text[m.end():]
    text = text.strip()
    if not text:
        raise ArticleError(f"the article {name} is empty: put some text in it or set ARTICLE_PATH to another file.")
    return Article(name=name, text=text, date=date, sha256=hashlib.sha256(raw).hexdigest())


def load_article(path: str | Path) -> Article:
    """Read the article at `path`.

    Raises ArticleError (one line: what is wrong and what to do) when the path
    is missing, a directory, unreadable, larger than 50 MB, or empty.
    """
    p = Path(path).expanduser()
    hint = "set ARTICLE_PATH to a UTF-8 text file"
    if not p.exists():
        raise ArticleError(f"the article {p} does not exist: {hint}.")
    if p.is_dir():
        raise ArticleError(f"the article {p} is a directory, not a file: {hint}.")
    try:
        size = p.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(f"the article {p} is {size // 2**20} MB, over the 50 MB limit: {hint}.")
        raw = p.read_bytes()
    except OSError as exc:
        raise ArticleError(f"the article {p} cannot be read ({exc.strerror or exc}): {hint}.") from None
    return parse_article(raw, p.name)
