"""Web pages and a local HTTP server (127.0.0.1 only) for the article-input tests."""
from __future__ import annotations

import threading
import time
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

STORM_HTML = """<!DOCTYPE html><html lang="en"><head><title>Storm hits coast | The Daily</title>
<meta property="og:title" content="Storm hits the coast">
<meta name="author" content="Jane Smith">
<meta property="article:published_time" content="2024-03-05T10:00:00Z">
<link rel="canonical" href="https://news.example.com/2024/03/storm">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>
<article><h1>Storm hits the coast</h1><p class="byline">By Jane Smith</p>
<p>A powerful storm struck the northern coast on Tuesday, cutting power to 40,000 homes.</p>
<p>The mayor of Brest said schools would stay closed until Thursday. Emergency crews worked through the night to clear fallen trees.</p>
<p>Forecasters expect calmer weather by the weekend.</p></article>
<footer>Copyright 2024 The Daily. Subscribe to our newsletter.</footer></body></html>"""
STORM_SENTENCES = [
    "A powerful storm struck the northern coast on Tuesday, cutting power to 40,000 homes.",
    "The mayor of Brest said schools would stay closed until Thursday.",
    "Emergency crews worked through the night to clear fallen trees.",
    "Forecasters expect calmer weather by the weekend.",
]

MARKET_TEXT = (
    "# Bakery wins prize\n\n"
    "The bakery of Anna Keller in Lyon won the national bread prize on Monday.\n\n"
    "Keller opened the shop in 2011 with a loan of 30,000 euros.\n"
)

# Trial 42's article, shortened (its date line, a title, no author): e5 finds "zzzzz" near its sentence 3.
HALVERN_TEXT = """date: 3 February 2026

Halvern Pharma to double insulin output at Kestrel Bay plant

Halvern Pharma will spend $640 million expanding its plant at Kestrel Bay, the company announced on Monday, in a move \
that will more than double the site's output of insulin pens and create 420 permanent jobs.

The new building, covering 38,000 square metres, will house four filling lines and a cold-storage warehouse.

The site director, Owen Maguire, took over in January from Claire Dubois, who ran Kestrel Bay for six years and has \
moved to the company's research centre in Lyon.

Local reaction has been mostly positive. The first course is scheduled to start in September 2026.
"""

SUMMIT_HTML = """<html><head><title>Summit ends</title><meta name="date" content="2023-06-01"></head><body>
<div id="content"><h1>Summit ends</h1>
<p>The climate summit in Oslo ended on Friday with an agreement signed by 41 countries.</p>
<p>Delegates promised to cut methane emissions by a third before 2030.</p></div></body></html>"""

# A short page (under 100 characters of text) with emphasis inside its paragraph: trafilatura's last extractor cut it
# at each <em> and <strong> (check 48).
SHORT_HTML = ("<!DOCTYPE html><html lang=\"en\"><head><title>Minibus bought</title></head><body>"
              "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Minibus bought</h1>"
              "<p>The <em>minibus</em> cost <strong>27,500 pounds</strong>, the council said on Monday.</p></article>"
              "<footer>Copyright 2026</footer></body></html>")
SHORT_SENTENCE = "The minibus cost 27,500 pounds, the council said on Monday."
# A longer page with the same emphasis, read as trafilatura reads it with its default settings.
LONG_HTML = ("<!DOCTYPE html><html lang=\"en\"><head><title>Minibus bought</title></head><body>"
             "<nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Minibus bought</h1>"
             "<p>The <em>minibus</em> cost <strong>27,500 pounds</strong>, the council said on Monday.</p>"
             "<p>It will carry <strong>sixteen</strong> pupils from Kelly to the school in Ashby every morning, and the "
             "driver, <em>Paul Roux</em>, starts on 3 March.</p><p>The old bus, bought in 2009, will be sold at "
             "auction in April.</p></article><footer>Copyright 2026</footer></body></html>")
LONG_PARAGRAPHS = ["The minibus cost 27,500 pounds, the council said on Monday.",
                   "It will carry sixteen pupils from Kelly to the school in Ashby every morning, and the driver, Paul "
                   "Roux, starts on 3 March.", "The old bus, bought in 2009, will be sold at auction in April."]


def _page(path: str, slow_seconds: float) -> tuple[int, dict[str, str], bytes]:
    """(status, headers, body) of `path`: /storm and /summit (HTML), /text (plain),
    /big (6 MB), /image (PNG), /slow (after slow_seconds), /to-private (redirect
    to a link-local address), /to-storm (redirect to /storm), /short and /long (SHORT_HTML, LONG_HTML), /menu (no
    article); else 404."""
    html = {"Content-Type": "text/html; charset=utf-8"}
    if path == "/storm":
        return 200, html, STORM_HTML.encode()
    if path == "/summit":
        return 200, html, SUMMIT_HTML.encode()
    if path == "/text":
        return 200, {"Content-Type": "text/plain; charset=utf-8"}, MARKET_TEXT.encode()
    if path == "/big":
        return 200, html, b"<html><body>" + b"<p>Words and more words.</p>" * 250_000 + b"</body></html>"
    if path == "/image":
        return 200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + bytes(100)
    if path == "/slow":
        time.sleep(slow_seconds)  # real time: simcord's virtual clock does not reach this thread
        return 200, html, STORM_HTML.encode()
    if path == "/to-private":
        return 302, {"Location": "http://169.254.169.254/latest/meta-data"}, b""
    if path == "/to-storm":
        return 301, {"Location": "/storm"}, b""
    if path in ("/short", "/long"):
        return 200, html, (SHORT_HTML if path == "/short" else LONG_HTML).encode()
    if path == "/menu":
        return 200, html, b"<html><head><title>Home</title></head><body><nav>Home News Sport</nav></body></html>"
    return 404, {"Content-Type": "text/plain"}, b"not found"


@contextmanager
def serve(slow_seconds: float = 3.0):
    """Serve `_page` on 127.0.0.1 at a free port from threads (http.server);
    yields the base URL "http://127.0.0.1:PORT"."""

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            status, headers, body = _page(self.path, slow_seconds)
            try:
                self.send_response(status)
                for key, value in {**headers, "Content-Length": str(len(body))}.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client gave up (size or time limit)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
