"""Turning what an admin gives into an article: a file (plain text, Markdown,
HTML saved from a browser) or the URL of a news page.

HTML is reduced to the article's main text and metadata (title, date, author,
canonical URL) by trafilatura (Barbaresi 2021, https://trafilatura.readthedocs.io).
URLs are fetched with aiohttp under the limits of `FetchLimits`: http(s) only,
no private, loopback or link-local address (checked on the resolved addresses
and again after each redirect), a content type check, a size and a time limit.
Every refusal is an `index.errors.ArticleError` whose message is the one line
shown to the user: English, made from a catalogue template (`N_`), so that
sending it shows it in the reader's language (bot.i18n.localise).
"""
from __future__ import annotations

import asyncio
import contextvars
import hashlib
import ipaddress
import logging
import os
import re
import socket
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

import aiohttp
from aiohttp.abc import AbstractResolver
from yarl import URL

from index.article import Article, byline, clean_text, future_date, parse_article, read_article_file, split_byline
from index.errors import ArticleError
from index.qa import QA
from index.store import IndexCache

from .i18n import N_

HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain", "text/markdown", "text/x-markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_TYPES = ("text/markdown", "text/x-markdown")
MARKDOWN_SUFFIXES = (".md", ".markdown")
MAX_REDIRECTS = 5
NAME_CHARS = 80  # article names are Discord autocomplete choices (at most 100 characters)
# A character reference to a control character ("&#27;", "&#x1b;"; not tab, line feed or carriage return): lxml
# cannot hold one, and trafilatura then discarded the whole page (trial 22's "Jo Marsh&#27;[2J").
_CONTROL_REFERENCE = re.compile(rb"&#(?:0*(?:[0-8]|1[124-9]|2\d|3[01]|127)|x0*(?:[0-8bcef]|1[0-9a-f]|7f));", re.IGNORECASE)
_HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)", re.IGNORECASE | re.DOTALL)
_MD_TITLE = re.compile(r"^#\s+(.+?)\s*#*\s*$")


# The refusals (templates of the catalogues, filled with str.format).
TOO_BIG = N_("{name} is {size}, over the {limit} limit.")
EMPTY = N_("{name} is empty: it has no text to answer from.")
# The one minimum of an article's text, whatever its file type (text, Markdown, HTML, a web page: `enough_words`,
# `check_words`): fewer words in sentences are a menu, a caption or a title alone, not an article.
MIN_WORDS = 5
NO_TEXT = N_("{name} has no article text that could be found: save the page as text, or try its URL.")
TOO_FEW_WORDS = N_("{name} has no article text that could be found: it needs sentences of at least {words} words in all.")
NO_TEXT_AT = N_("{name} has no article text that could be found: check that the link is an article's page, "
                "or save the article as text.")
NOT_PUBLIC = N_("{host} is a private, loopback or link-local address: only public web pages can be read.")
NOT_HTTP = N_("only http:// and https:// links can be read, not {link}.")
NOT_A_LINK = N_("{link} is not a valid link.")
NO_HOST = N_("{link} has no host name: a link looks like https://example.com/page.")
BAD_REDIRECT = N_("{host} redirected to a malformed link.")
TOO_MANY_REDIRECTS = N_("{host} redirected more than {count} times.")
TOO_SLOW = N_("{host} did not send the page within {seconds} s.")
NOT_FETCHED = N_("could not fetch {host} ({error}).")
HTTP_ERROR = N_("{host} answered HTTP {status} for that link.")
NOT_A_PAGE = N_("the link is {type}, not a web page or a text file.")
PAGE_TOO_BIG = N_("the page is over the {limit} limit.")
NOT_CSV = N_("the article {name} looks like CSV (comma-separated values), not an article's text: an article is a "
             "text, Markdown or HTML file.")
CSV_SUFFIXES = (".csv",)
NO_SCHEME = N_("the article {name} does not exist: for a web page, write its address in full, {link}.")
# What starts a web address typed without its scheme ("www.bbc.co.uk/news/x", "bbc.co.uk/news/x"), not a file's path.
_HOST_START = re.compile(r"(?:www\.|(?:[a-z0-9-]+\.)+[a-z]{2,}/)", re.IGNORECASE)


@dataclass(frozen=True)
class Document:
    """An article as understood from its source.

    name: a short default name (title, file name or URL path), at most NAME_CHARS;
    text: the body, paragraphs separated by blank lines; title, date
    ("YYYY-MM[-DD]"), author, url (canonical when the page gives one), date_words (the date as a text or
    Markdown file's "date:" line writes it in words, index.article.Article.date_words): or None;
    notes: index.article.Article.notes (a date after today ignored: index.article.future_date).
    """

    name: str
    text: str
    title: str | None = None
    date: str | None = None
    author: str | None = None
    url: str | None = None
    date_words: str | None = None
    notes: tuple[str, ...] = ()

    def article(self) -> Article:
        """The index.article.Article to index, its title kept apart (no sentence); its sha256 is the digest of the
        text's UTF-8 bytes (the stored text re-indexes to the same key)."""
        return Article(name=self.name, text=self.text, date=self.date,
                       sha256=hashlib.sha256(self.text.encode("utf-8")).hexdigest(), author=self.author,
                       date_words=self.date_words, title=self.title, notes=self.notes)


def short_name(text: str) -> str:
    """`text` on one line, cut to NAME_CHARS characters at a word."""
    one_line = " ".join(text.split())
    if len(one_line) <= NAME_CHARS:
        return one_line
    return one_line[:NAME_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:-") or one_line[:NAME_CHARS]


def is_html(raw: bytes, name: str, content_type: str | None = None) -> bool:
    """Whether `raw` is an HTML page: by content type, file suffix or its first tag."""
    return (content_type in HTML_TYPES or name.lower().endswith(HTML_SUFFIXES)
            or bool(_HTML_START.match(raw[:4096])))


def from_html(raw: bytes, name: str, url: str | None = None, rendered: bool = False) -> Document:
    """The main text and metadata of an HTML page (trafilatura). A page where
    trafilatura finds no main text is read again favouring recall; a page where
    neither finds MIN_WORDS words in lines ending a sentence (`enough_words`: a menu's "Accueil", a directory
    listing's file names are no article) raises ArticleError.
    rendered: the page is our own rendering of a Markdown file (`from_markdown`), all of it the article, so
    trafilatura's rescue of short extractions is off (`_whole_page_config`). Another page whose main text is under
    trafilatura's MIN_EXTRACTED_SIZE (250 characters) is read a second time so, and that reading kept unless it
    has fewer words in sentences (a short page was cut at each <em> and <strong>: check 48); longer pages are read
    once, with trafilatura's default settings."""
    from trafilatura.settings import DEFAULT_CONFIG

    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its "discarding data: None" is ours to say, once
    raw = _CONTROL_REFERENCE.sub(b"", raw)
    config = _whole_page_config() if rendered else DEFAULT_CONFIG
    short = DEFAULT_CONFIG.getint("DEFAULT", "MIN_EXTRACTED_SIZE")
    for recall in (False, True):
        found = _extraction(raw, url, recall, config)
        if not rendered and found is not None and len(found.text or "") < short:
            # A short page (a paragraph with <strong> or <em>, under 100 characters: a fresh user's check) may
            # have been read by trafilatura's last extractor, which puts each text node on a line of its own
            # ("The", "minibus", "cost"…). Read again as a rendered Markdown file is; kept when it has as many
            # words in sentences (`_prose_words`): a page whose text trafilatura's rescue found keeps that.
            whole = _extraction(raw, url, recall, _whole_page_config())
            if whole is not None and _prose_words(whole.text or "") >= _prose_words(found.text or ""):
                found = whole
        if found is not None and enough_words(found.text or ""):
            break
    else:
        raise ArticleError((NO_TEXT_AT if url else NO_TEXT).format(name=name))
    title = clean_text(found.title or "").strip() or None
    # trafilatura writes a list item as "- item" (a Markdown list's "1." too): the marker is no word of the article.
    lines = [line.strip().removeprefix("- ") for line in clean_text(found.text).split("\n") if line.strip()]
    if title and lines and lines[0] == title:
        lines = lines[1:] or lines  # the headline is the title, not the first sentence
    # A byline trafilatura kept ("<p>By Jamie Ross</p>" without a byline class: trial 42) is no sentence nor the title;
    # it names the author when the metadata does not.
    named = byline(lines[0]) if len(lines) > 1 else None
    if named:
        lines = lines[1:]
    date, notes = found.date or None, ()
    if date is not None and (note := future_date(date, name)) is not None:  # as a text file's date line is
        date, notes = None, (note,)
    return Document(name=short_name(title or name), text="\n\n".join(lines), title=title,
                    date=date, author=found.author or named, url=found.url or url, notes=notes)


def _extraction(raw: bytes, url: str | None, recall: bool, config):
    """trafilatura's bare_extraction of the page `raw` with its metadata, without comments nor tables, favouring
    recall or not, under `config` (trafilatura's settings); None when it finds nothing."""
    import trafilatura

    # The date from the page's metadata only: htmldate's extensive search guesses one from the body's text
    # ("May 2026 … 2029" became 2026-01-01; trial 22). A date after today is kept by htmldate (max_date), so that
    # from_html ignores it with a note, as a text file's date line (index.article.future_date).
    return trafilatura.bare_extraction(raw, url=url, with_metadata=True, include_comments=False, include_tables=False,
                                       favor_recall=recall, config=config,
                                       date_extraction_params={"extensive_search": False, "max_date": "9999-12-31"})


@lru_cache(maxsize=1)
def _whole_page_config():
    """trafilatura's settings with MIN_EXTRACTED_SIZE 0. Under that many characters (250 by default) trafilatura
    tries other extractors, and under 100 its last one joins every text node of the page on its own line: a short
    Markdown file's "Le *minibus* coûte **27 500 livres**." was cut into "Le", "minibus", "coûte"… (trial 46)."""
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "0")
    return config


_SENTENCE_END = re.compile(r"[.!?…][\"'»”’)]*(?:\s|$)")  # "closed." ends a sentence, "mine.json" does not


def _prose_words(text: str) -> int:
    """The words of `text`'s lines that end a sentence somewhere: a directory listing ("piscine.html",
    "mine.json": trial 21) or a menu has none."""
    return sum(len(line.split()) for line in text.split("\n") if _SENTENCE_END.search(line))


def enough_words(text: str) -> bool:
    """The one rule of an article's least text, for every file type (`from_text`, `from_markdown`, `from_html`):
    at least MIN_WORDS words in lines ending a sentence (`_prose_words`). A text file holding only "Hello." or
    a title line was accepted while a Markdown file with the same text was refused (trial 59)."""
    return _prose_words(text) >= MIN_WORDS


def check_words(text: str, name: str) -> None:
    """Raise ArticleError (TOO_FEW_WORDS, naming `name`) unless `text` has enough words in sentences
    (`enough_words`)."""
    if not enough_words(text):
        raise too_few_words(name)


def too_few_words(name: str) -> ArticleError:
    """The refusal of the article `name` for too few words in sentences (TOO_FEW_WORDS), whatever its file type."""
    return ArticleError(TOO_FEW_WORDS.format(name=name, words=MIN_WORDS))


def from_text(raw: bytes, name: str, url: str | None = None) -> Document:
    """A plain-text article (decoded and cleaned by index.article, its Markdown emphasis markers removed:
    "**Sofia Marchetti**" is "Sofia Marchetti", index.article.without_emphasis; a leading
    Markdown-style "# Title" line becomes the title; a Markdown file is read by
    `from_markdown`). A byline among its first two paragraphs ("By Jamie Ross", "Par Claire Vasseur") names the
    author and, as in a page (`from_html`), is neither a sentence nor the title: the text goes on without it
    (index.article.split_byline, which parse_article applies too).
    Raises ArticleError for binary or empty files and for one without MIN_WORDS words in sentences (`check_words`,
    as a Markdown file or a page)."""
    article = parse_article(raw, name)
    title = None
    first, _, rest = article.text.partition("\n")
    heading = _MD_TITLE.match(first)
    if heading and rest.strip():
        title, text = heading.group(1), rest.strip()
    else:
        text = article.text
    author = article.author
    if author is None:  # "# Title" then "By Jamie Ross" on the next line: a byline once the title is taken off
        text, author = split_byline(text)
    check_words(text, name)
    return Document(name=short_name(title or name), text=text, title=title, date=article.date, author=author, url=url,
                    date_words=article.date_words, notes=article.notes)


def from_markdown(raw: bytes, name: str, url: str | None = None) -> Document:
    """A Markdown article: decoded, checked and its date prefix read by index.article.parse_article,
    rendered to HTML by markdown-it-py (CommonMark), then read as a page by `from_html`, so that
    emphasis, links, list markers and quotes leave only their words, a fenced (```) code block none, and a
    "# Title" is the title.
    Raises ArticleError for binary or empty files and for one without MIN_WORDS words in sentences (`check_words`'s
    TOO_FEW_WORDS, as a text file)."""
    from markdown_it import MarkdownIt

    article = parse_article(raw, name, markdown=True)
    markdown = MarkdownIt("commonmark")
    markdown.add_render_rule("fence", lambda *_: "")  # a ``` code block is no sentence of the article (trial 44)
    page = ('<html><head><meta charset="utf-8"></head><body><article>'
            f"{markdown.render(article.text)}</article></body></html>")
    try:
        document = from_html(page.encode("utf-8"), name, rendered=True)
    except ArticleError:  # from_html found no MIN_WORDS words in sentences (`enough_words`): told as a text file is
        raise too_few_words(name) from None
    return replace(document, date=article.date, author=document.author or article.author, url=url,
                   date_words=article.date_words, notes=article.notes)


def read_document(raw: bytes, name: str, *, content_type: str | None = None, url: str | None = None,
                  max_bytes: int | None = None) -> Document:
    """The article in the bytes of a file or page called `name`: HTML (`from_html`),
    Markdown by its suffix or content type (`from_markdown`), else plain text (`from_text`).

    content_type: the HTTP or attachment media type (without parameters), if known;
    max_bytes: refuse larger inputs. Raises ArticleError with the message to show.
    """
    if max_bytes is not None and len(raw) > max_bytes:
        raise ArticleError(too_big(name, len(raw), max_bytes))
    if not raw.strip():
        raise ArticleError(EMPTY.format(name=name))
    if is_html(raw, name, content_type):
        return from_html(raw, name, url)
    if content_type in MARKDOWN_TYPES or name.lower().endswith(MARKDOWN_SUFFIXES):
        return from_markdown(raw, name, url)
    return from_text(raw, name, url)


def size_text(size: int) -> str:
    """A size in bytes for messages, to one decimal in the largest binary unit it reaches (the limits are counted in
    them: MAX_FILE_MB=2 is 2 MiB, 2,097,152 bytes): "2 MiB", "2.4 MiB", "1 KiB" (FETCH_MAX_MB=0.001 was shown as
    "0 MB"), "512 bytes"."""
    for unit, name in ((2**20, "MiB"), (2**10, "KiB")):
        if size >= unit:
            return f"{size / unit:.1f}".removesuffix(".0") + " " + name
    return f"{size} bytes"


def too_big(name: str, size: int, limit: int) -> str:
    """The refusal of a file `name` of `size` bytes over `limit` bytes."""
    return TOO_BIG.format(name=name, size=size_text(size), limit=size_text(limit))



# ------------------------------------------------------------------ fetching


@dataclass(frozen=True)
class FetchLimits:
    """Limits of a URL fetch: seconds for the whole fetch, bytes of the body,
    and whether loopback addresses are allowed (tests only)."""

    seconds: float = 10.0
    max_bytes: int = 5 * 2**20
    allow_loopback: bool = False


def check_address(address: str, host: str, allow_loopback: bool = False) -> None:
    """Raise ArticleError unless `address` (an IP address `host` resolved to) is
    a public one (ipaddress's is_global; IPv4-mapped IPv6 is checked as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if allow_loopback and ip.is_loopback:
        return
    if not ip.is_global or ip.is_multicast:
        raise ArticleError(NOT_PUBLIC.format(host=host))


class _PublicResolver(AbstractResolver):
    """aiohttp's resolver that refuses names resolving to a non-public address,
    so the address checked is the address connected to."""

    def __init__(self, allow_loopback: bool) -> None:
        self._inner = aiohttp.ThreadedResolver()
        self._allow_loopback = allow_loopback

    async def resolve(self, host: str, port: int = 0, family: socket.AddressFamily = socket.AF_INET) -> list:
        infos = await self._inner.resolve(host, port, family)
        for info in infos:
            check_address(info["host"], host, self._allow_loopback)
        return infos

    async def close(self) -> None:
        await self._inner.close()


def _check_url(url: URL, allow_loopback: bool) -> None:
    if url.scheme not in ("http", "https"):
        raise ArticleError(NOT_HTTP.format(link=repr(str(url)[:200])))
    if not url.host:
        raise ArticleError(NO_HOST.format(link=repr(str(url)[:200])))
    try:
        ipaddress.ip_address(url.host.strip("[]"))
    except ValueError:
        return  # a name: the resolver checks what it resolves to
    check_address(url.host.strip("[]"), url.host, allow_loopback)


async def fetch(url: str, limits: FetchLimits = FetchLimits()) -> tuple[bytes, str, str]:
    """GET `url`, following at most MAX_REDIRECTS redirects, each checked.

    Returns (body, media type such as "text/html", final URL). Raises
    ArticleError: not http(s), a non-public address, no answer within
    limits.seconds, a body over limits.max_bytes, an HTTP error status, a
    content type that is neither HTML nor text, a malformed link, or a
    connection failure.
    """
    try:
        current = URL(url.strip())
    except ValueError:
        raise ArticleError(NOT_A_LINK.format(link=repr(url.strip()[:200]))) from None
    connector = aiohttp.TCPConnector(resolver=_PublicResolver(limits.allow_loopback), use_dns_cache=False)
    headers = {"User-Agent": "article-bot", "Accept": "text/html,text/plain;q=0.9"}
    try:
        async with asyncio.timeout(limits.seconds), aiohttp.ClientSession(connector=connector, headers=headers) as session:
            for _ in range(MAX_REDIRECTS + 1):
                _check_url(current, limits.allow_loopback)
                async with session.get(current, allow_redirects=False) as response:
                    if response.status in (301, 302, 303, 307, 308) and "Location" in response.headers:
                        try:
                            current = current.join(URL(response.headers["Location"]))
                        except ValueError:
                            raise ArticleError(BAD_REDIRECT.format(host=current.host)) from None
                        continue
                    return await _body(response, current, limits), response.content_type, str(current)
            raise ArticleError(TOO_MANY_REDIRECTS.format(host=current.host, count=MAX_REDIRECTS))
    except TimeoutError:
        raise ArticleError(TOO_SLOW.format(host=current.host, seconds=f"{limits.seconds:g}")) from None
    except aiohttp.ClientError as error:
        cause = error.__cause__ if isinstance(error.__cause__, ArticleError) else None
        if cause is not None:  # the resolver's refusal, wrapped by aiohttp
            raise cause from None
        reason = getattr(getattr(error, "os_error", None), "strerror", None) or type(error).__name__  # "Connection refused"
        raise ArticleError(NOT_FETCHED.format(host=current.host, error=reason)) from None
    finally:
        await connector.close()


async def _body(response: aiohttp.ClientResponse, url: URL, limits: FetchLimits) -> bytes:
    if response.status >= 400:
        raise ArticleError(HTTP_ERROR.format(host=url.host, status=response.status))
    if response.content_type not in HTML_TYPES + TEXT_TYPES:
        raise ArticleError(NOT_A_PAGE.format(type=response.content_type))
    over = ArticleError(PAGE_TOO_BIG.format(limit=size_text(limits.max_bytes)))
    if (response.content_length or 0) > limits.max_bytes:
        raise over
    body = bytearray()
    async for chunk in response.content.iter_chunked(65536):
        body += chunk
        if len(body) > limits.max_bytes:
            raise over
    return bytes(body)


async def read_url(url: str, limits: FetchLimits = FetchLimits()) -> Document:
    """Fetch `url` and read the article in it (see `fetch` and `read_document`)."""
    body, content_type, final = await fetch(url, limits)
    path = urlsplit(final).path.rstrip("/").rsplit("/", 1)[-1]
    return read_document(body, path or urlsplit(final).hostname or final, content_type=content_type, url=final)


def read_url_blocking(url: str, limits: FetchLimits = FetchLimits()) -> Document:
    """`read_url` in an event loop of its own and an empty contextvars context,
    for a worker thread or the console: its time limit is real time whatever the
    caller's loop and context do (simcord's virtual clock follows the context)."""
    return contextvars.Context().run(asyncio.run, read_url(url, limits))


def is_url(text: str) -> bool:
    """Whether `text` looks like a link (has a scheme such as http://), not a file path."""
    return bool(re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", text.strip()))


def read_source(source: str | Path, limits: FetchLimits = FetchLimits()) -> Article:
    """The article given as a path or a URL (console --article, ARTICLE_PATH), read but not indexed: a URL is
    fetched (`read_url_blocking`), a file is read as /article add reads it (`read_document`: HTML extracted, a
    Markdown "# Title" line the title).
    The article is named by what was given, the file's name or the link (/about's title), whatever its
    format: its title, when it has one, is `about`'s "Title:" (a Markdown file was named by its title: a fresh
    user's check found no "Title:" line where a text file has one); Article.given is the path as given (~ expanded)
    or the link, which the console's `about` shows as "Article:" (it dropped the folder given).
    Raises ArticleError (missing, empty, binary, over 50 MiB, a bad date line, named .csv: NOT_CSV…) naming a file
    by its path as given
    (~ expanded), for a missing file named like a web address without its https:// with that link (NO_SCHEME).
    Whether it has sentences in French or English is told when it is indexed (index.build.check_article, whose
    errors name the article by Article.given too)."""
    text = str(source)
    if is_url(text):
        return replace(read_url_blocking(text, limits).article(), name=text.strip(), given=text.strip())
    path = Path(source).expanduser()
    if _HOST_START.match(text) and not os.path.exists(path):  # False, not OSError, on a name too long
        raise ArticleError(NO_SCHEME.format(name=text, link=f"https://{text}"))
    # Its errors name the file by its path as given, as read_article_file's "does not exist" does (trial 52: "empty.txt
    # is empty" beside "the article /tmp/x/nope.txt does not exist").
    raw = read_article_file(path)
    if path.name.lower().endswith(CSV_SUFFIXES):  # a new user's questions (id,question,answer) read as 2 sentences
        raise ArticleError(NOT_CSV.format(name=path))
    return replace(read_document(raw, str(path)).article(), name=path.name, given=str(path))


def load_source(source: str | Path, model, limits: FetchLimits = FetchLimits(), cache: IndexCache | None = None) -> QA:
    """The index of the article `read_source` reads from `source` (a path or a URL).
    model: the embedding model or None; cache: where its index is persisted
    (None: nowhere). Raises ArticleError (`read_source`, index.build.check_article), naming a file by
    its path as given."""
    return QA(read_source(source, limits), model, cache)
