"""Loading an article file: decoding, metadata prefix, paragraphs."""
from __future__ import annotations

import codecs
import hashlib
import json
import logging
import re
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date as calendar_date, datetime
from functools import lru_cache
from pathlib import Path

from .errors import ArticleError

log = logging.getLogger(__name__)

MAX_ARTICLE_BYTES = 50 * 1024 * 1024  # 50 MiB: 52,428,800 bytes
# Documents whose bytes may all be text but are not an article's text: PDF, RTF.
_FORMATS = (b"%PDF-", b"{\\rtf")
# The metadata prefix: "date 2020-07" or "date: 2020-07-31" (any case) before the text.
_META = re.compile(r"^\s*date(?:\s*:\s*|\s+)(\d{4}-\d{2}(?:-\d{2})?)\s+", re.IGNORECASE)
# Else "date:" and the rest of its line, a date in words ("date: 15 janvier 2026"): see `words_date`.
_WORDS_META = re.compile(r"^\s*date[ \t]*:[ \t]*([^\n]*)(?:\n|$)", re.IGNORECASE)
_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")
# A dateline opening a paragraph: a place (capitalised words, an agency in brackets), a comma, a date in words,
# then a dash, a full stop or an agency: "SAINTE-ADÈLE-DU-LAC, le 7 novembre 2026 – Les citoyens…", "CARNFORD,
# March 5, 2026 - …", "ABERYSTWYTH, Monday 3 June 2024 — …", "Sherbrooke, le 7 novembre 2026. Le conseil…".
_DATELINE = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3}\s*(?:\([^()\n]{1,30}\))?\s*,\s*"
                       r"(?:(?:le|on|the)\s+)?(?P<date>[^—–\n]{6,45}?)\s*(?:\([^()\n]{1,20}\)\s*)?(?:[—–]|-\s|\.(?:\s|$))")
# A byline: "By" or "Par", a person's name of two to four capitalised words (a particle such as "de" or "van" may
# come between them), a second name after "and"/"et", and a role after a comma or a dash ("By Jamie Ross, Business
# Reporter", "Par Marie de Villiers et Paul Roux — correspondants à Lyon"), no final punctuation.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_PERSON = rf"{_NAME_WORD}(?:\s+(?:(?:de|du|des|di|da|van|von|der|den|le|la)\s+|d['’])?{_NAME_WORD}){{1,3}}"
_BYLINE = re.compile(rf"(?i:by|par)\s+(?P<name>{_PERSON}(?:\s+(?:and|et|&)\s+{_PERSON})?)"
                     r"(?:\s*[,–—-]\s*[^.!?…\n]{1,80})?")


# Markdown emphasis in a plain text ("**Sofia Marchetti**", "__x__", "*Hart & Co*", "_x_", "***x***"): one to three
# asterisks (or underscores) not inside a word or a path, before a non-space, and the same after one, with no other
# asterisk (underscore) nor blank line between them and at most EMPHASIS_CHARS characters, so that a text of stray
# asterisks costs linear time; "5 * 3", "prix*", "* item" and snake_case stay.
EMPHASIS_CHARS = 300
_EMPHASIS = [re.compile(rf"(?<![\w{m}/])({m}{{1,3}})(?=[^\s{m}])((?:[^{m}\n]|\n(?![ \t]*\n)){{1,{EMPHASIS_CHARS}}})"
                        rf"(?<=[^\s{m}])\1(?![\w{m}/])") for m in (r"\*", "_")]


@dataclass(frozen=True)
class Article:
    """A loaded article.

    name: the file name; text: the body (metadata prefix removed, newlines
    normalised to \\n); date: "YYYY-MM" or "YYYY-MM-DD", a real calendar date,
    from the metadata prefix ("date 2020-07" or "date: 2020-07-31" before the
    text, any case; or "date: 15 janvier 2026" alone on the first line), or None;
    sha256: hex digest of the raw file bytes (keys the persisted index);
    author: the author an HTML or Markdown page's metadata or byline names, or a
    plain text's byline (`split_byline`, read by `parse_article`), else None;
    date_words: the date as a "date:" line writes it in words ("6 février 2026" of
    "date: 6 février 2026"), which is how the article's own date asked is answered
    (index.qa), else None (no such line, or "date 2026-02-06": `date` is as written);
    title: a title kept apart from `text`, no sentence of it (a Markdown "# Title" line, an HTML page's title:
    bot.sources.Document), else None (a plain text's title line is its first sentence: index.build.Index.title);
    given: the path (~ expanded) or link the article was given as (--article, ARTICLE_PATH: bot.sources.read_source),
    which the console's `about` shows and index.build.check_article's errors name, else None (a server's article, a
    SQuAD context: named by `name` alone);
    notes: what the reader should know of how the article was read, one line each (`future_date`'s note on a date
    ignored as after today), which the console prints as "note: …" lines (bot.cli).
    """

    name: str
    text: str
    date: str | None
    sha256: str
    author: str | None = None
    date_words: str | None = None
    title: str | None = None
    given: str | None = None
    notes: tuple[str, ...] = ()


@lru_cache(maxsize=1)
def _invisible() -> re.Pattern:
    """A character class of every code point in Unicode categories Cc, Cf, Cs
    and Co except newline, tab and the zero-width joiner (built once, about 0.2 s)."""
    ranges, start = [], None
    for cp in range(sys.maxunicode + 2):
        hidden = cp <= sys.maxunicode and chr(cp) not in "\n\t\u200d" and unicodedata.category(chr(cp)) in _HIDDEN
        if hidden and start is None:
            start = cp
        elif not hidden and start is not None:
            ranges.append(f"{re.escape(chr(start))}-{re.escape(chr(cp - 1))}")
            start = None
    return re.compile(f"[{''.join(ranges)}]+")


_HIDDEN = ("Cc", "Cf", "Cs", "Co")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]+")  # the control characters (Cc) but newline and tab
# The zero-width joiner binds emoji into one ("👩\u200d💼", quoted as written); next to a letter it only hides in a word.
_JOINER_IN_WORD = re.compile(r"(?<=\w)\u200d|\u200d(?=\w)")


def clean_text(text: str) -> str:
    """The one normalisation of text on the way in (articles and questions):
    remove what no reader can see or mean: NUL and other control characters, each run a space as it parts
    words (_CONTROL, tab too: "qui\\x01est" is "qui est", trial 49), zero-width and bidi controls (Unicode category Cf;
    a zero-width joiner only inside a word, not between emoji),
    a BOM; CRLF and CR become LF; then Unicode NFC, so that "é" typed as
    e + U+0301 (macOS, NFD) is the one character every rule expects.
    Returns a str."""
    text = _CONTROL.sub(" ", text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " "))
    return unicodedata.normalize("NFC", _JOINER_IN_WORD.sub("", _invisible().sub("", text)))


def without_emphasis(text: str) -> str:
    """`text` (a str) without Markdown emphasis markers around words (_EMPHASIS): "**Sofia Marchetti** a dit" ->
    "Sofia Marchetti a dit", "_x_" -> "x", "***x***" -> "x", "**a *b* c**" -> "a b c"; a lone or spaced asterisk ("5 * 3",
    a footnote's "prix*" or "* Hors taxes") and snake_case stay. Returns a str; never raises."""
    for marker, emphasis in zip("*_", _EMPHASIS):
        for _ in range(3):  # emphasis inside emphasis: "**a *b* c**"
            if marker not in text:
                break
            text, count = emphasis.subn(r"\2", text)
            if not count:
                break
    return text


def parse_article(raw: bytes, name: str = "article", markdown: bool = False) -> Article:
    """Decode and clean the bytes of an article.

    UTF-8 (with or without BOM) is expected; UTF-16 with a BOM is read too;
    the text is normalised by `clean_text` (NFC: what the bot quotes is the
    article's text in its composed form);
    bytes that are not UTF-8 are read as Windows-1252/Latin-1, the common
    legacy encoding of French text (`_utf8_or_cp1252`: only those bytes, so
    that a UTF-8 file with one stray byte keeps its other accents). A leading "date YYYY-MM[-DD]" (or "date:
    …"), or a first line "date:" and a date in words (`words_date`: "date: 15
    janvier 2026", whose words are kept as Article.date_words), is the article's date (ignored when after today:
    `after_today`) and is not part of its text; a byline among the first three paragraphs is
    the author and not part of it either (`split_byline`). Markdown emphasis markers ("**Sofia Marchetti**") are no
    part of a plain text (`without_emphasis`); markdown: the bytes are a Markdown source, whose emphasis its renderer
    reads (bot.sources.from_markdown), so they are left in. Raises ArticleError
    when the bytes look like UTF-16 without a BOM (`_utf16_without_bom`) or
    binary (NUL bytes, a PDF or RTF file, or under 60 % letters and spaces), are JSON data, the date prefix is no calendar date
    ("date 2025-13-45") or a "date:" line no date (`words_date`: "date: hier"; one naming a day its month lacks,
    "date: 30 février 2026", is told so: `no_such_day`), or no text is left.
    """
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text = raw.decode("utf-16", errors="replace")
    elif _utf16_without_bom(raw[:65536]):
        raise ArticleError(f"the article {name} looks like UTF-16 without a byte-order mark: save it as UTF-8.")
    elif b"\x00" in raw[:65536] or raw.lstrip().startswith(_FORMATS):
        raise ArticleError(f"the article {name} looks binary (a PDF, Word file or image?): save it as plain text.")
    else:
        text = _utf8_or_cp1252(raw, name)
    text = clean_text(text)
    if text.lstrip()[:1] in ("{", "["):
        try:
            json.loads(text)
        except ValueError:
            pass
        else:
            raise ArticleError(f"the article {name} is JSON data, not an article's text: save the text alone as a plain-text file.")
    sample = text[:65536]
    if sample and sum(c.isalpha() or c.isspace() for c in sample) < 0.6 * len(sample):
        raise ArticleError(f"the article {name} does not look like text (too few letters): save it as plain text.")
    date = date_words = None
    m = _META.match(text)
    if m:
        date, text = m.group(1), text[m.end():]
        try:
            datetime.strptime(date, "%Y-%m-%d" if len(date) > 7 else "%Y-%m")
        except ValueError:
            raise ArticleError(f"the article {name} starts with date {date}, which is no calendar date: write it as "
                               "date YYYY-MM-DD or date YYYY-MM, or remove it.") from None
    elif m := _WORDS_META.match(text):
        date_words, text = m.group(1).strip(), text[m.end():]
        date = words_date(date_words)
        if date is None:
            line = date_words if len(date_words) <= 60 else date_words[:60] + "…"
            if no_such_day(date_words):  # a new user's "date: 31 février 2026" was told to write it with its year
                raise ArticleError(f"the article {name} starts with the line \"date: {line}\", which is no day of the "
                                   "calendar: write a day its month has, or remove the line.")
            raise ArticleError(f"the article {name} starts with the line \"date: {line}\", which is no date: write it "
                               "in words with its year (date: 15 January 2026, date: 15 janvier 2026) or as "
                               "date YYYY-MM-DD, or remove the line.")
    future = date if date is not None and after_today(date) else None  # as a page's is (bot.sources.from_html)
    if future is not None:
        date = date_words = None
    text, author = split_byline((text if markdown else without_emphasis(text)).strip())
    if not text:
        raise ArticleError(f"the article {name} is empty: put some text in it or choose another file.")
    if date is None and (found := dateline(text)) is not None:
        date_words, date = found
    # Trial 61: the note said "(Date: unknown)" while `about` showed the dateline's date: it names the date used.
    notes = (future_date(future, name, used=date),) if future is not None else ()
    return Article(name=name, text=text, date=date, sha256=hashlib.sha256(raw).hexdigest(), author=author,
                   date_words=date_words, notes=notes)


#: The note on an article's date that is ignored because it comes after today (`future_date`).
FUTURE_DATE = "the article {name} is dated {date}, after today: that date is ignored (Date: {used})"


def future_date(date: str, name: str, today: calendar_date | None = None, used: str | None = None) -> str | None:
    """The note (FUTURE_DATE) saying that the date `date` ("YYYY-MM[-DD]") of the article `name` is ignored because it
    comes after `today` (`after_today`), or None when it does not. The one decision and wording for a text or Markdown
    file's date line (`parse_article`) and a web page's date (bot.sources.from_html): trial 59's "date 2031-01-01"
    was dropped without a word. `used` is the date the article has instead (a dateline's, `parse_article`), shown
    as `about` shows it ("Date: 2026-03-03"); without one, "Date: unknown" (trial 61)."""
    return FUTURE_DATE.format(name=name, date=date, used=used or "unknown") if after_today(date, today) else None


def after_today(date: str, today: calendar_date | None = None) -> bool:
    """Whether the date `date` ("YYYY-MM-DD", or "YYYY-MM": a month, after today when it starts after today's month)
    comes after `today` (default: the local date today). A text's date line after today is ignored (`parse_article`)
    as a web page's date after today is (bot.sources.from_html), each with a note (`future_date`; trial 58's
    "date: 2099-01-01" was shown by `about`)."""
    today = today or calendar_date.today()
    parts = tuple(int(part) for part in date.split("-"))
    return parts > (today.year, today.month, today.day)[:len(parts)]


def _cp1252_bytes(error: UnicodeDecodeError) -> tuple[str, int]:
    """codecs error handler "article-cp1252": the bytes that are not UTF-8 read as Windows-1252."""
    return error.object[error.start:error.end].decode("cp1252", errors="replace"), error.end


codecs.register_error("article-cp1252", _cp1252_bytes)


def _utf8_or_cp1252(raw: bytes, name: str) -> str:
    """`raw` decoded as UTF-8 (a BOM removed), each run of bytes that is not UTF-8 read as Windows-1252 (a whole
    Latin-1 or Windows-1252 file is so read whole). A file that has UTF-8 text besides such bytes (trial 44: one stray
    Latin-1 "É" in a UTF-8 article) is logged as one warning naming the file, the bytes' count and first line."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        first = raw[:error.start].count(b"\n") + 1
    utf8 = raw.decode("utf-8-sig", errors="ignore")
    if not utf8.isascii():
        bad = len(raw.removeprefix(codecs.BOM_UTF8)) - len(utf8.encode("utf-8"))
        log.warning("the article %s is UTF-8 but for %d byte(s), the first on line %d, read as Windows-1252: check "
                    "its accents there, and save it as UTF-8", name, bad, first)
    return raw.decode("utf-8-sig", errors="article-cp1252")


def byline(paragraph: str) -> str | None:
    """The name(s) a byline paragraph gives ("By Jamie Ross, Business Reporter" -> "Jamie Ross",
    "Par Marie Dupont" -> "Marie Dupont"), or None when `paragraph` (a str) is no byline (_BYLINE)."""
    found = _BYLINE.fullmatch(paragraph.strip())
    return found.group("name") if found else None


BYLINE_PARAGRAPHS = 3  # a byline is looked for among the first three paragraphs (`split_byline`)


def split_byline(text: str) -> tuple[str, str | None]:
    """`text` (paragraphs separated by blank lines) without a byline paragraph among its first BYLINE_PARAGRAPHS (the
    title, a dateline's lead and the byline: trial 54's "By Daniel Okafor" after the lead), and the name(s)
    that byline gives (`byline`): ("Storm hits\n\nBy Jamie Ross\n\nThe storm…", …) -> ("Storm hits\n\nThe
    storm…", "Jamie Ross"). A text of one paragraph, or with no byline there, is returned as it is, with None.
    One reading for every caller, so that the console, `eval`, the floors test and the fitting scripts index the
    same sentences (trial 43: "Par Claire Vasseur" was offered as a closest passage; trial 44's "Who wrote this
    article?")."""
    paragraphs = re.split(r"\n\s*\n", text, maxsplit=BYLINE_PARAGRAPHS)
    at = next((i for i, p in enumerate(paragraphs[:BYLINE_PARAGRAPHS]) if byline(p)), None) if len(paragraphs) > 1 else None
    if at is None:
        return text, None
    return "\n\n".join(paragraphs[:at] + paragraphs[at + 1:]), byline(paragraphs[at])


def dateline(text: str) -> tuple[str, str] | None:
    """The date of a dateline opening one of the first two paragraphs of `text` (after a title line), as
    (its words, "YYYY-MM[-DD]" by `words_date`): "SAINTE-ADÈLE-DU-LAC, le 7 novembre 2026 – Les citoyens…" ->
    ("7 novembre 2026", "2026-11-07"); "CARNFORD, March 5, 2026 - …" -> ("March 5, 2026", "2026-03-05"). The
    dateline stays in the text; it is the article's date when no "date" line gives one (trial 48: `about` showed
    "Date: unknown" and "when was this published" had no answer, while the README says a dateline answers it).
    None when no such paragraph opens with a place, a comma and a date in words with its year."""
    for paragraph in re.split(r"\n\s*\n", text, maxsplit=2)[:2]:
        for line in paragraph.splitlines()[:2]:
            m = _DATELINE.match(line.strip())
            if m and (date := words_date(m.group("date"))) is not None:
                return m.group("date"), date
    return None


def words_date(value: str) -> str | None:
    """The date `value` says in English or French words, as "YYYY-MM-DD" (or
    "YYYY-MM" when it names no day): "15 janvier 2026", "January 15, 2026",
    "jeudi 15 janvier 2026", "janvier 2026". None when it is no real date, names
    no month in words or no four-digit year ("15/01/2026" may be 1 March in English:
    write 2026-01-15), or is relative ("yesterday", "hier"). Read by dateparser
    (absolute dates only), for a text file's `date:` line.
    """
    year = _YEAR.search(value)
    if year is None or len(value) > 60 or not re.search(r"[^\W\d_]{3}", value):
        return None
    from dateparser.date import DateDataParser  # only here: loading its languages takes about 0.1 s

    parser = DateDataParser(languages=["en", "fr"],
                            settings={"PARSERS": ["absolute-time"], "REQUIRE_PARTS": ["month", "year"]})
    found = parser.get_date_data(value)
    if found.date_obj is None or found.date_obj.year != int(year.group()):  # "15 janvier" read as 2015
        return None
    return found.date_obj.strftime("%Y-%m-%d" if found.period == "day" else "%Y-%m")


_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")  # a day's number in a date in words: "31" of "31 février 2026"


def no_such_day(value: str) -> bool:
    """Whether the date in words `value` (a str), which `words_date` reads as no date, names a day its month lacks
    ("31 février 2026", "April 31, 2026", "29 February 2025", "32 janvier 2026"): it has one number of one or two
    digits, and with that number made 1 it is a date of a day. False for any other value (no year: "31 février";
    figures: "15/01/2026"; "hier"). Never raises."""
    return len(_DAY.findall(value)) == 1 and len(words_date(_DAY.sub("1", value)) or "") == len("YYYY-MM-DD")


def _utf16_without_bom(sample: bytes) -> bool:
    """Whether `sample` looks like UTF-16 text without a byte-order mark: NUL bytes in at least a third of its
    even or of its odd positions and in under a twentieth of the others (Latin-script text in UTF-16 has a NUL
    beside nearly every letter; binary files have them anywhere)."""
    half = len(sample) // 2
    nuls = sorted((sample[0::2].count(0), sample[1::2].count(0)))
    return half > 0 and nuls[1] >= half / 3 and nuls[0] < half / 20


def load_article(path: str | Path) -> Article:
    """Read the article at `path` (`read_article_file`, then `parse_article`).

    Raises ArticleError (one line: what is wrong and what to do) when the path
    is missing, a directory, not a regular file, unreadable, larger than 50 MiB (MAX_ARTICLE_BYTES), binary or empty.
    """
    p = Path(path).expanduser()
    return parse_article(read_article_file(p), p.name)


def read_article_file(path: str | Path) -> bytes:
    """The bytes of the article file at `path`. Raises ArticleError (one line:
    what is wrong and what to do) when the path is missing, a directory, not a
    regular file (a device, a pipe), unreadable or larger than MAX_ARTICLE_BYTES, 50 MiB (52,428,800 bytes: the
    message says MiB, as the limit is counted)."""
    p = Path(path).expanduser()
    hint = "choose a text, Markdown or HTML file, or a web address"
    try:  # exists() itself raises OSError on a name too long for the file system
        if not p.exists():
            raise ArticleError(f"the article {p} does not exist: {hint}.")
        if p.is_dir():
            raise ArticleError(f"the article {p} is a directory, not a file: {hint}.")
        if not p.is_file():  # /dev/zero never ends, a pipe without a writer never opens
            raise ArticleError(f"the article {p} is not a regular file (a device or a pipe): {hint}.")
        size = p.stat().st_size
        if size <= MAX_ARTICLE_BYTES:
            with p.open("rb") as f:
                size = len(raw := f.read(MAX_ARTICLE_BYTES + 1))  # up to the limit: the file may have grown
        if size > MAX_ARTICLE_BYTES:
            mib = f"{size / 2**20:.1f}".removesuffix(".0")
            raise ArticleError(f"the article {p} is {mib} MiB, over the 50 MiB (52,428,800 bytes) limit of an article "
                               "file: keep only the article's text, or a part of it, in a smaller file.")
        return raw
    except OSError as exc:
        raise ArticleError(f"the article {p} cannot be read ({exc.strerror or exc}): {hint}.") from None
