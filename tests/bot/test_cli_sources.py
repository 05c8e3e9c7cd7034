"""The console on an HTML file and on a URL (served on 127.0.0.1)."""
from __future__ import annotations

import json

import pytest

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
    is the article's title, as for /article add, and not a sentence (the article is named by its file, as a text
    file is: check 48)."""
    page = tmp_path / "bakery.md"
    page.write_text(MARKET_TEXT, encoding="utf-8")
    assert main(["--article", str(page), "about"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[:2] == [f"Article: {page}", "Title: Bakery wins prize"]
    assert "Sentences: 2" in out and "#" not in out


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
    assert capsys.readouterr().out.splitlines()[:5] == [f"Article: {page}", "Title: New bus depot opens",
                                                        "Date: unknown", "Author: Jamie Ross", "Language: en"]


def test_url(capsys, monkeypatch):
    monkeypatch.setenv("FETCH_ALLOW_LOOPBACK", "true")
    with serve() as base:
        code, data, _ = ask(capsys, base + "/to-storm", "How many homes lost power?")
        assert code == 0 and data["answer"] == "40,000"
        code, data, err = ask(capsys, base + "/image", "How many homes lost power?")
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
        code, data, _ = ask(capsys, base + "/storm", "How many homes lost power?")
    assert code == 2
    assert data == {"error": "127.0.0.1 is a private, loopback or link-local address: "
                             "only public web pages can be read (--article)."}


HALVERN_BODY = ("<p>Halvern Pharma will spend $640 million expanding its plant at Kestrel Bay, the company announced on "
                "Monday. Chief executive Naomi Feldt said the investment was a response to rising demand.</p>"
                "<p>The site director, Owen Maguire, took over in January from Claire Dubois.</p>")
HALVERN_ABOUT = ["Article: {page}", "Title: Halvern Pharma to double insulin output", "Date: 2026-02-03",
                 "Author: Jamie Ross",
                 "Language: en", "Sentences: 3", "Retrieval: BM25",
                 "First line: Halvern Pharma will spend $640 million expanding its plant at Kestrel Bay, the company "
                 "announced on Monday."]


def halvern_page(byline: str, meta_author: bool) -> str:
    """Trial 42's page: a headline, `byline` as a plain first paragraph (no byline class), the body."""
    meta = '<meta name="author" content="Jamie Ross">' if meta_author else ""
    return (f'<html><head><title>Halvern expands | News</title>{meta}<meta property="article:published_time" '
            f'content="2026-02-03"></head><body><nav>Home | World | Business</nav><article><h1>Halvern Pharma to '
            f"double insulin output</h1><p>{byline}</p>{HALVERN_BODY}</article><footer>Copyright 2026</footer>"
            "</body></html>")


@pytest.mark.parametrize("byline, meta_author", [("By Jamie Ross", True), ("By Jamie Ross, Business Reporter", False),
                                                 ("Par Jamie Ross", False)])
def test_a_byline_paragraph_of_an_html_page_is_its_author_not_a_sentence_nor_the_title(capsys, tmp_path, byline,
                                                                                       meta_author):
    """Trial 42: "<p>By Jamie Ross</p>" without a byline class was sentence 1 and `about`'s "Title: By Jamie Ross";
    "who wrote the article?" was answered "Owen Maguire"."""
    page = tmp_path / "halvern.html"
    page.write_text(halvern_page(byline, meta_author), encoding="utf-8")
    assert main(["--bm25-only", "--article", str(page), "about"]) == 0
    assert capsys.readouterr().out.splitlines() == [HALVERN_ABOUT[0].format(page=page), *HALVERN_ABOUT[1:]]
    assert main(["--bm25-only", "--article", str(page), "ask", "who wrote the article?"]) == 0
    assert capsys.readouterr().out == "Q: who wrote the article?\nA: Jamie Ross\n"


def test_a_byline_of_a_markdown_file_is_its_author_as_in_html(capsys, tmp_path):
    page = tmp_path / "halvern.md"
    page.write_text("# Halvern Pharma to double insulin output\n\nBy Jamie Ross, Business Reporter\n\n"
                    "Halvern Pharma will spend $640 million on its plant at Kestrel Bay, the company said on Monday.\n",
                    encoding="utf-8")
    assert main(["--bm25-only", "--article", str(page), "about"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Article: {page}", "Title: Halvern Pharma to double insulin output", "Date: unknown", "Author: Jamie Ross",
        "Language: en", "Sentences: 1", "Retrieval: BM25",
        "First line: Halvern Pharma will spend $640 million on its plant at Kestrel Bay, the company said on Monday."]


@pytest.mark.parametrize("text, title", [
    ("By Jamie Ross\n\n", []),
    ("Halvern doubles insulin output\n\nBy Jamie Ross, Business Reporter\n\n", ["Title: Halvern doubles insulin output"]),
])
def test_a_byline_of_a_plain_text_is_its_author_not_a_sentence_nor_the_title(capsys, tmp_path, text, title):
    """A plain text's byline is the author and no sentence, as an HTML or Markdown page's is (trial 43: "Par Claire
    Vasseur" was offered as a closest passage); it was the "Title" when it came first (trial 42)."""
    article = tmp_path / "halvern.txt"
    body = "Halvern Pharma will spend $640 million on its plant at Kestrel Bay."
    article.write_text(text + body + "\n", encoding="utf-8")
    assert main(["--bm25-only", "--article", str(article), "about"]) == 0
    sentences = 2 if title else 1  # the first line is the body's, never the title line
    assert capsys.readouterr().out.splitlines() == [f"Article: {article}", *title, "Date: unknown", "Author: Jamie Ross",
                                                    "Language: en", f"Sentences: {sentences}", "Retrieval: BM25",
                                                    f"First line: {body}"]
    assert main(["--bm25-only", "--article", str(article), "source", "--json", "xyzzy"]) == 0
    assert "Jamie Ross" not in capsys.readouterr().out


@pytest.mark.parametrize("given", ["www.example.com/news/x", "bbc.co.uk/news/x"])
def test_a_web_address_without_https_is_told_to_add_it(capsys, tmp_path, monkeypatch, given):
    """Trial 44: `--article www.bbc.co.uk/news/x` was "does not exist: choose a text, Markdown or HTML file, or a web address"."""
    monkeypatch.chdir(tmp_path)
    assert main(["--bm25-only", "--article", given, "about"]) == 2
    assert capsys.readouterr().err == (f"error: the article {given} does not exist: for a web page, write its address "
                                       f"in full, https://{given} (--article).\n")
    assert main(["--bm25-only", "--article", "notes.txt", "about"]) == 2  # a file's name is no address
    assert capsys.readouterr().err == ("error: the article notes.txt does not exist: choose a text, Markdown or HTML file, or a "
                                       "web address (--article).\n")


HARBOUR_TITLE = "Harbour Ales lifts profit"
HARBOUR_BODY = ("Harbour Ales made a pre-tax profit of £12.4 million last year, up from £9.1 million.",
                "The brewer, founded in 1998, employs 140 people in Leith.")
HARBOUR = {
    "harbour.txt": f"date: 6 February 2026\n\n{HARBOUR_TITLE}\n\nBy Helen Marsh\n\n{' '.join(HARBOUR_BODY)}\n",
    "harbour.md": f"date: 6 February 2026\n\n# {HARBOUR_TITLE}\n\nBy Helen Marsh\n\n{' '.join(HARBOUR_BODY)}\n",
    "harbour.html": (f'<html><head><title>{HARBOUR_TITLE}</title><meta property="article:published_time" '
                     f'content="2026-02-06"></head><body><article><h1>{HARBOUR_TITLE}</h1><p>By Helen Marsh</p>'
                     f"<p>{' '.join(HARBOUR_BODY)}</p></article></body></html>"),
}


@pytest.mark.parametrize("name", list(HARBOUR))
def test_a_text_markdown_or_html_article_shows_its_title_in_about_and_in_its_summary(capsys, tmp_path, name):
    """Check 48: a Markdown article's `about` had no "Title:" line (its "Article:" line held the title) and "what is
    this article about?" quoted its body's first sentence alone, where a text file shows its title and that sentence.
    Every format names the article by its file and shows its title; a title that is no sentence (Markdown, HTML) is
    quoted unnumbered above the passages, a text file's title line is sentence 1. `about`'s first line is the body's
    in every format (a new user's trial read a text file's "First line: Harbour Ales lifts profit" as its title)."""
    path = tmp_path / name
    path.write_text(HARBOUR[name], encoding="utf-8")
    titled = name.endswith(".txt")  # the title line is sentence 1
    assert main(["--bm25-only", "--article", str(path), "about"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        f"Article: {path}", f"Title: {HARBOUR_TITLE}", "Date: 2026-02-06", "Author: Helen Marsh", "Language: en",
        f"Sentences: {2 + titled}", "Retrieval: BM25", f"First line: {HARBOUR_BODY[0]}"]
    assert main(["--bm25-only", "--article", str(path), "ask", "what is this article about?"]) == 0
    quoted = [f"[1] {HARBOUR_TITLE}", f"[2] {HARBOUR_BODY[0]}"] if titled else [HARBOUR_TITLE, f"[1] {HARBOUR_BODY[0]}"]
    assert capsys.readouterr().out.splitlines() == ["Q: what is this article about?", "A: The article says:", "", *quoted]
    assert main(["--bm25-only", "--article", str(path), "ask", "--json", "de quoi parle l'article ?"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert (got.get("title"), [(p["number"], p["text"]) for p in got["passages"]]) == (
        (None, [(1, HARBOUR_TITLE), (2, HARBOUR_BODY[0])]) if titled else (HARBOUR_TITLE, [(1, HARBOUR_BODY[0])]))
    assert main(["--bm25-only", "-k", "1", "--article", str(path), "ask", "tl;dr"]) == 0
    assert capsys.readouterr().out.splitlines()[3:] == [f"[1] {HARBOUR_TITLE}" if titled else HARBOUR_TITLE]


def test_about_names_the_article_as_given_its_folder_kept(capsys, tmp_path, monkeypatch):
    """`about --article /some/dir/a.txt` said "Article: a.txt", the folder the user gave dropped. It names the article
    as given, ~ expanded as its errors name it (--article or ARTICLE_PATH, absolute or relative: as typed); the bundled
    article, which no one gave, by its file's name. The title line is as it was."""
    folder = tmp_path / "some" / "dir"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text(HARBOUR["harbour.txt"], encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.delenv("ARTICLE_PATH", raising=False)
    for given, shown in [(str(folder / "a.txt"), f"{folder}/a.txt"), ("some/dir/a.txt", "some/dir/a.txt"),
                         ("~/some/dir/a.txt", f"{folder}/a.txt")]:
        assert main(["--bm25-only", "--article", given, "about"]) == 0
        assert capsys.readouterr().out.splitlines()[:2] == [f"Article: {shown}", f"Title: {HARBOUR_TITLE}"]
    monkeypatch.setenv("ARTICLE_PATH", "some/dir/a.txt")
    assert main(["--bm25-only", "about"]) == 0
    assert capsys.readouterr().out.splitlines()[:2] == ["Article: some/dir/a.txt", f"Title: {HARBOUR_TITLE}"]
    monkeypatch.delenv("ARTICLE_PATH")
    assert main(["--bm25-only", "about"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "Article: amazon-tiktok-2020-07.fr.txt"
