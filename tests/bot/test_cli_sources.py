"""The console on an HTML file and on a URL (served on 127.0.0.1)."""
from __future__ import annotations

import json

from bot.cli import main
from tests.bot.pages import MARKET_TEXT, STORM_HTML, STORM_SENTENCES, serve


def ask(capsys, article: str, question: str):
    code = main(["--article", article, "ask", "--json", question])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out else None), err


def test_html_file(capsys, tmp_path):
    page = tmp_path / "storm.html"
    page.write_text(STORM_HTML, encoding="utf-8")
    code, data, _ = ask(capsys, str(page), "How many homes lost power?")
    assert code == 0 and data["answer"] == "40,000"
    assert data["passages"][0] == {"number": 1, "text": STORM_SENTENCES[0], "score": data["passages"][0]["score"]}
    assert main(["--article", str(page), "about"]) == 0
    assert "Sentences: 4" in capsys.readouterr().out


def test_markdown_file_is_read_as_article_add_reads_it(capsys, tmp_path):
    """From a new user's trial: the console showed "Title: # Bakery wins prize"; its "# Title" line
    is the article's name, as for /article add, and not a sentence."""
    page = tmp_path / "bakery.md"
    page.write_text(MARKET_TEXT, encoding="utf-8")
    assert main(["--article", str(page), "about"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == "Article: Bakery wins prize" and "Sentences: 2" in out and "#" not in out


ROSS_HTML = """<!DOCTYPE html><html lang="en"><head><title>Depot opens | Portmere News</title></head><body>
<nav><a href="/">Home</a> <a href="/local">Local</a></nav>
<article><h1>New bus depot opens</h1><p class="byline">By Jamie Ross</p>
<p>The council opened a new bus depot in Portmere on Monday, with room for forty buses and their drivers.</p>
<p>It cost 12 million pounds. The depot was designed by Hart &amp; Co, a local firm of architects.</p>
<p>Work began in 2024 and ended three months late, after a dispute over the roof.</p></article>
<footer>Copyright 2026 Portmere News.</footer></body></html>"""


def test_about_shows_the_author_of_an_html_page_s_byline(capsys, tmp_path):
    """Trial 41: "By Jamie Ross" was dropped from the text (as bylines are) and `about` named no author."""
    page = tmp_path / "depot.html"
    page.write_text(ROSS_HTML, encoding="utf-8")
    assert main(["--bm25-only", "--article", str(page), "about"]) == 0
    assert capsys.readouterr().out.splitlines()[:4] == ["Article: New bus depot opens", "Date: unknown",
                                                        "Author: Jamie Ross", "Language: en"]


def test_url(capsys, monkeypatch):
    monkeypatch.setenv("FETCH_ALLOW_LOOPBACK", "true")
    with serve() as base:
        code, data, _ = ask(capsys, base + "/to-storm", "How many homes lost power?")
        assert code == 0 and data["answer"] == "40,000"
        code, data, err = ask(capsys, base + "/image", "Who?")
    assert code == 2 and data == {"error": "the link is image/png, not a web page or a text file (--article)."}
    assert err == "error: the link is image/png, not a web page or a text file (--article).\n"


def test_url_in_article_path(capsys, monkeypatch):
    """ARTICLE_PATH keeps a URL's "//" (a Path made it "http:/…", a missing file)."""
    monkeypatch.setenv("FETCH_ALLOW_LOOPBACK", "true")
    with serve() as base:
        monkeypatch.setenv("ARTICLE_PATH", base + "/to-storm")
        assert main(["ask", "--json", "How many homes lost power?"]) == 0
    assert json.loads(capsys.readouterr().out)["answer"] == "40,000"


def test_private_url_refused_by_default(capsys, monkeypatch):
    monkeypatch.delenv("FETCH_ALLOW_LOOPBACK", raising=False)
    with serve() as base:
        code, data, _ = ask(capsys, base + "/storm", "Who?")
    assert code == 2
    assert data == {"error": "127.0.0.1 is a private, loopback or link-local address: "
                             "only public web pages can be added (--article)."}
