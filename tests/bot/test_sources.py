"""Reading articles from files and URLs (bot.sources), against a local HTTP server."""
from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from bot.i18n import localise
from bot.settings import Settings
from bot.sources import FetchLimits, load_source, read_document, read_url
from index.errors import ArticleError
from index.qa import QA
from index.segment import split_sentences

from tests.bot.pages import (LONG_HTML, LONG_PARAGRAPHS, MARKET_TEXT, SHORT_SENTENCE, STORM_HTML, STORM_SENTENCES,
                             SUMMIT_HTML, serve)

LOCAL = FetchLimits(seconds=1.0, allow_loopback=True)


def test_html_gives_main_text_and_metadata():
    doc = read_document(STORM_HTML.encode(), "storm.html")
    assert (doc.name, doc.title, doc.date, doc.author, doc.url) == (
        "Storm hits the coast", "Storm hits the coast", "2024-03-05", "Jane Smith",
        "https://news.example.com/2024/03/storm")
    # Navigation, byline, headline and footer are gone; paragraphs stay paragraphs.
    assert doc.text == "\n\n".join([STORM_SENTENCES[0], " ".join(STORM_SENTENCES[1:3]), STORM_SENTENCES[3]])


def test_html_is_recognised_by_its_first_tag_without_a_suffix():
    doc = read_document(SUMMIT_HTML.encode(), "page")
    assert doc.title == "Summit ends" and doc.date == "2023-06-01" and doc.author is None
    assert doc.text.startswith("The climate summit in Oslo ended on Friday")


def test_a_page_without_date_metadata_has_no_date_guessed_from_its_text():
    """Trial 22: a page whose body said "in May 2026 … by 2029" was dated 2026-01-01 (htmldate's extensive search);
    the date comes from the page's metadata only."""
    page = ("<html><head><title>Tram line delayed</title></head><body><article><h1>Tram line delayed</h1>"
            "<p>The city said in May 2026 that the new tram line would open by 2029, three years late.</p>"
            "<p>Works on the bridge section will restart next spring after a long dispute with the builder.</p>"
            "</article></body></html>")
    doc = read_document(page.encode(), "tram.html")
    assert (doc.title, doc.date) == ("Tram line delayed", None)
    assert doc.text.startswith("The city said in May 2026")


@pytest.mark.parametrize("published, date", [("2026-03-11", "2026-03-11"), ("2999-03-11", None)])
def test_a_page_is_dated_by_its_published_time_unless_after_today(published, date):
    """Trial 55: `<meta property="article:published_time" content="2027-03-11">` gave "Date: unknown" on 2026-12-06:
    htmldate ignores a date after today (README: The date)."""
    page = (f'<html><head><title>Norvale cuts jobs</title><meta property="article:published_time" content="{published}">'
            "</head><body><article><p>Norvale Foods will cut 620 jobs after its profit fell by half, chief executive "
            "Martin Okafor said on Thursday.</p></article></body></html>")
    assert read_document(page.encode(), "page.html").date == date


def test_a_page_s_date_after_today_is_ignored_with_the_note_of_a_text_file_s_date_line():
    """Trial 59: a date after today was ignored without a word; a page's and a text file's are told alike
    (index.article.future_date)."""
    page = ('<html><head><title>Norvale cuts jobs</title><meta property="article:published_time" content="2999-03-11">'
            "</head><body><article><p>Norvale Foods will cut 620 jobs after its profit fell by half, chief executive "
            "Martin Okafor said on Thursday.</p></article></body></html>")
    assert read_document(page.encode(), "page.html").notes == (
        "the article page.html is dated 2999-03-11, after today: that date is ignored (Date: unknown)",)
    text = read_document(b"date 2999-03-11\n\nNorvale Foods will cut 620 jobs after its profit fell.", "page.txt")
    assert (text.date, text.notes) == (None, ("the article page.txt is dated 2999-03-11, after today: that date is "
                                              "ignored (Date: unknown)",))


def test_a_character_reference_to_a_control_character_loses_no_article(caplog):
    """Trial 22: "Jo Marsh&#27;[2J" made trafilatura discard the page ("discarding data: None" twice in the log) and
    refuse it as having no article text; the reference is dropped and trafilatura's warnings stay out of the log."""
    page = (b"<html><head><title>Council backs plan</title></head><body><article><p>The council approved the plan "
            b"for 300 homes in Ashby by 9 votes to 2 on Monday, said council leader Jo Marsh&#27;[2J&#x7;.</p><p>Building "
            b"will start in May 2026 and finish in 2029, the developer Redbrick Homes said in a statement.</p>"
            b"</article></body></html>")
    doc = read_document(page, "council.html")
    assert doc.text.startswith("The council approved the plan for 300 homes in Ashby by 9 votes to 2 on Monday, said "
                               "council leader Jo Marsh[2J.")
    assert not [r for r in caplog.records if r.name.startswith("trafilatura")]


def test_markdown_title_and_plain_text():
    doc = read_document(MARKET_TEXT.encode(), "bakery.md")
    assert doc.title == "Bakery wins prize" and doc.name == "Bakery wins prize"
    assert doc.text.startswith("The bakery of Anna Keller in Lyon")
    plain = read_document(b"date 2020-07 Amazon asked its staff to delete TikTok.", "amazon.txt")
    assert (plain.name, plain.title, plain.date, plain.text) == ("amazon.txt", None, "2020-07", "Amazon asked its staff to delete TikTok.")


@pytest.mark.parametrize(("raw", "name", "message"), [
    (b"", "empty.txt", "empty.txt is empty: it has no text to answer from."),
    (b"  \n\n ", "blank.txt", "blank.txt is empty: it has no text to answer from."),
    (b"%PDF-1.7\x00\x01\x02", "paper.pdf", "the article paper.pdf looks binary (a PDF, Word file or image?): save it as plain text."),
    (b"<html><body><nav></nav></body></html>", "nothing.html",
     "nothing.html has no article text that could be found: save the page as text, or try its URL."),
    # New-user trial 19: a menu's one word was read as a one-sentence article "Accueil".
    (b"<html><head><title>Page</title></head><body><nav>Accueil</nav><script>var x=1;</script></body></html>",
     "nobody.html", "nobody.html has no article text that could be found: save the page as text, or try its URL."),
    # Trial 21: python -m http.server's directory listing became an article whose sentences were file names.
    (b'<!DOCTYPE HTML><html lang="en"><head><meta charset="utf-8"><title>Directory listing for /</title></head><body>'
     b'<h1>Directory listing for /</h1><hr><ul><li><a href="asks.txt">asks.txt</a></li><li><a href="eval.txt">eval.txt</a>'
     b'</li><li><a href="library.en.txt">library.en.txt</a></li><li><a href="library.html">library.html</a></li>'
     b'<li><a href="mine.json">mine.json</a></li><li><a href="piscine.fr.txt">piscine.fr.txt</a></li>'
     b'<li><a href="piscine.html">piscine.html</a></li><li><a href="qs.py">qs.py</a></li></ul><hr></body></html>',
     "listing.html", "listing.html has no article text that could be found: save the page as text, or try its URL."),
    (b"x" * 3000, "big.txt", "big.txt is 2.9 KiB, over the 2 KiB limit."),
])
def test_refused_files(raw, name, message):
    with pytest.raises(ArticleError) as error:
        read_document(raw, name, max_bytes=2000 if name == "big.txt" else None)
    assert str(error.value) == message


@pytest.mark.parametrize(("raw", "name"), [
    (b"# T\n\nHello.\n", "tiny.md"), (b"Hello.\n", "tiny.txt"), (b"Only a title line\n", "titleonly.txt"),
    (b"# Only a title\n", "onlytitle.md"), (b"<html><body><article><p>Hello.</p></article></body></html>", "tiny.html"),
])
def test_every_file_type_needs_five_words_in_sentences(raw, name):
    """Trial 59: a Markdown file whose body is "Hello." was refused, a text file holding only "Hello." or a title line
    accepted (Sentences: 1). One rule (bot.sources.enough_words) and one message for every file type but HTML, whose
    refusal advises saving the page as text."""
    with pytest.raises(ArticleError) as error:
        read_document(raw, name)
    expected = (f"{name} has no article text that could be found: save the page as text, or try its URL."
                if name.endswith(".html") else
                f"{name} has no article text that could be found: it needs sentences of at least 5 words in all.")
    assert str(error.value) == expected


DEPOT_MD = """# New **bus** depot opens in Portmere

> The council opened a new bus depot on [12 May 2026](https://example.com/news).

- It cost 12 million pounds and holds forty buses.
- The depot was designed by *Hart & Co*, a local firm.

Work began in 2024.
"""


def test_the_discord_bot_s_article_errors_name_the_file_by_its_path_as_given(tmp_path):
    """Trial 52: `python -m bot` with ARTICLE_PATH=/tmp/x/empty.txt said "empty.txt is empty", where a missing one is
    "the article /tmp/x/nope.txt does not exist". load_source names the file by its path, in read_source's errors and
    in index.build.check_article's (Article.given), while the Discord bot's /about names it by its file name."""
    empty, spanish, english = tmp_path / "empty.txt", tmp_path / "es.txt", tmp_path / "en.txt"
    empty.write_bytes(b"")
    spanish.write_text("El ayuntamiento de Villanueva aprobó ayer la construcción de un nuevo mercado municipal. La "
                       "obra costará 2,3 millones de euros y estará terminada en 2027, según el alcalde, Jorge Pérez.",
                       encoding="utf-8")
    english.write_text("The council approved the new market on Monday.", encoding="utf-8")
    with pytest.raises(ArticleError) as caught:
        load_source(empty, None)
    assert str(caught.value) == f"{empty} is empty: it has no text to answer from."
    with pytest.raises(ArticleError) as caught:
        load_source(spanish, None)
    assert str(caught.value) == (f"the article {spanish} is written in Spanish: I answer questions about articles in "
                                 "French or English only.")
    assert load_source(english, None).info.name == "en.txt"


def test_markdown_is_rendered_and_read_as_html_leaving_only_the_words():
    """Trial 41: `**bus**`, `[12 May 2026](https://…)`, "- " and "> " stayed in the title and sentences, and
    "Who designed it?" over `*Hart & Co*` gave "Hart &"."""
    doc = read_document(DEPOT_MD.encode(), "depot.md")
    assert (doc.title, doc.text) == ("New bus depot opens in Portmere", "The council opened a new bus depot on 12 May "
                                     "2026.\n\nIt cost 12 million pounds and holds forty buses.\n\nThe depot was "
                                     "designed by Hart & Co, a local firm.\n\nWork began in 2024.")
    assert QA(doc.article(), None).ask("Who designed it?").answer == "Hart & Co"


def test_a_fenced_code_block_of_markdown_is_no_sentence():
    """Trial 44: "```\ncode block should be ignored\n```" was sentence 20 of a Markdown article."""
    doc = read_document((DEPOT_MD + "\n```\ncode block should be ignored\n```\n").encode(), "depot.md")
    assert doc.text == read_document(DEPOT_MD.encode(), "depot.md").text
    assert doc.text.endswith("designed by Hart & Co, a local firm.\n\nWork began in 2024.")


SHORT_MD = "# Le bus revient\n\nPar **Jean Dupont**\n\nLe *minibus* coûte **27 500 livres**. Il part à 7 h 40 de Kelly.\n"


def test_a_short_markdown_file_is_not_cut_at_its_emphasis():
    """Trial 46: a 27-word Markdown file was cut at every bold or italic word ("Le", "minibus", "coûte", "27 500
    livres", ". Il part…"; its byline "Par", "Jean Dupont" two sentences): under 250 characters of text, trafilatura
    tried its other extractors, the last of which puts every text node of the page on a line of its own."""
    doc = read_document(SHORT_MD.encode(), "a.md")
    assert (doc.title, doc.author, doc.text) == (
        "Le bus revient", "Jean Dupont", "Le minibus coûte 27 500 livres. Il part à 7 h 40 de Kelly.")
    qa = QA(doc.article(), None)
    assert [s.text for s in qa.sentences] == ["Le minibus coûte 27 500 livres.", "Il part à 7 h 40 de Kelly."]
    assert qa.ask("combien coute le minibus").answer == "27 500 livres"


def test_size_message_in_mebibytes():
    """Issue 45: the limits are counted in MiB (2**20 bytes), which the messages called MB."""
    with pytest.raises(ArticleError, match=r"^big.txt is 2.5 MiB, over the 2 MiB limit.$"):
        read_document(b"x" * (5 * 2**19), "big.txt", max_bytes=2 * 2**20)


def fetched(path: str, limits: FetchLimits = LOCAL):
    with serve() as base:
        return asyncio.run(read_url(base + path, limits))


def refusal(path: str, limits: FetchLimits = LOCAL) -> str:
    with pytest.raises(ArticleError) as error:
        fetched(path, limits)
    return str(error.value)


def test_a_small_fetch_limit_is_shown_in_kilobytes_not_as_0_mb():
    """Trial 41: FETCH_MAX_MB=0.001 said "the page is over the 0 MB limit"."""
    limits = replace(Settings.from_env({"FETCH_MAX_MB": "0.001"}).fetch_limits, seconds=1.0, allow_loopback=True)
    assert refusal("/big", limits) == "the page is over the 1 KiB limit."


def test_url_of_an_html_page_and_a_redirect():
    doc = fetched("/to-storm")
    assert doc.title == "Storm hits the coast" and doc.url == "https://news.example.com/2024/03/storm"
    assert [s.text for s in split_sentences(doc.text)] == STORM_SENTENCES
    text = fetched("/text")
    assert text.title == "Bakery wins prize" and text.name == "Bakery wins prize" and text.url.endswith("/text")


def test_a_short_page_is_not_cut_at_its_emphasis():
    """Check 48: a real page of under 100 characters of text was cut at each <em> and <strong> ("The", "minibus",
    "cost", "27,500 pounds", ", the council said on Monday."), as a short Markdown file was (trial 46), and its menu's "Home"
    and "News" were lines of the article: trafilatura's last extractor, run under 250 characters, puts each text node
    of the page on a line of its own."""
    doc = fetched("/short")
    assert (doc.title, doc.text) == ("Minibus bought", SHORT_SENTENCE)
    assert [s.text for s in QA(doc.article(), None).sentences] == [SHORT_SENTENCE]


def test_a_longer_page_is_read_as_trafilatura_reads_it():
    """A page of over 250 characters of text is read once, with trafilatura's default settings, as before check 48."""
    import trafilatura
    from trafilatura.settings import DEFAULT_CONFIG

    doc = fetched("/long")
    assert (doc.title, doc.text.split("\n\n")) == ("Minibus bought", LONG_PARAGRAPHS)
    default = trafilatura.bare_extraction(LONG_HTML, include_comments=False, include_tables=False, config=DEFAULT_CONFIG)
    assert default.text.split("\n") == ["Minibus bought", *LONG_PARAGRAPHS]


def test_refused_urls():
    assert refusal("/slow") == "127.0.0.1 did not send the page within 1 s."
    assert refusal("/big") == "the page is over the 5 MiB limit."
    assert refusal("/image") == "the link is image/png, not a web page or a text file."
    assert refusal("/missing") == "127.0.0.1 answered HTTP 404 for that link."
    # Trial 22: a link with no article told the user to "try its URL".
    assert refusal("/menu") == ("menu has no article text that could be found: check that the link is an article's "
                                "page, or save the article as text.")
    assert refusal("/to-private") == ("169.254.169.254 is a private, loopback or link-local address: "
                                      "only public web pages can be read.")
    # Loopback is refused unless the test-only setting allows it, by address and by name.
    assert refusal("/storm", FetchLimits()) == ("127.0.0.1 is a private, loopback or link-local address: "
                                                "only public web pages can be read.")


@pytest.mark.parametrize(("url", "message"), [
    ("http://localhost:9/x", "localhost is a private, loopback or link-local address: only public web pages can be read."),
    ("http://10.1.2.3/", "10.1.2.3 is a private, loopback or link-local address: only public web pages can be read."),
    ("http://[::ffff:192.168.0.1]/", "::ffff:c0a8:1 is a private, loopback or link-local address: only public web pages can be read."),
    ("file:///etc/passwd", "only http:// and https:// links can be read, not 'file:///etc/passwd'."),
    ("ftp://example.com/a", "only http:// and https:// links can be read, not 'ftp://example.com/a'."),
    ("http://127.0.0.1:80http://x/", "'http://127.0.0.1:80http://x/' is not a valid link."),
    ("news.example.com/storm", "only http:// and https:// links can be read, not 'news.example.com/storm'."),
    # A new user's trial: "http:///x" was told it was not http:// (it is; it has no host).
    ("http:///x", "'http:///x' has no host name: a link looks like https://example.com/page."),
    ("https://?q=1", "'https://?q=1' has no host name: a link looks like https://example.com/page."),
])
def test_refused_addresses(url, message):
    with pytest.raises(ArticleError) as error:
        asyncio.run(read_url(url))
    assert str(error.value) == message


def test_a_private_address_is_refused_in_words_that_fit_the_console_and_discord():
    """Trial 58: `article-bot --article http://localhost:9/x about` was told "only public web pages can be added",
    /article add's words; one text, "read", fits both, in French too."""
    with pytest.raises(ArticleError) as error:
        asyncio.run(read_url("http://localhost:9/x"))
    assert localise("fr", str(error.value)) == ("localhost est une adresse privée, locale ou de lien local : seules les "
                                                "pages web publiques peuvent être lues.")
