"""Web pages and a local HTTP server (127.0.0.1 only) for the article-input tests."""
from __future__ import annotations

import asyncio
from contextlib import asynccontextmanager

from aiohttp import web

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

SUMMIT_HTML = """<html><head><title>Summit ends</title><meta name="date" content="2023-06-01"></head><body>
<div id="content"><h1>Summit ends</h1>
<p>The climate summit in Oslo ended on Friday with an agreement signed by 41 countries.</p>
<p>Delegates promised to cut methane emissions by a third before 2030.</p></div></body></html>"""


def routes(slow_seconds: float = 3.0) -> web.RouteTableDef:
    """/storm (HTML), /summit (HTML), /text (plain), /big (6 MB), /image (PNG),
    /slow (answers after slow_seconds), /missing (404), /to-private (redirect to a
    private address), /to-storm (redirect to /storm)."""
    table = web.RouteTableDef()

    @table.get("/storm")
    async def storm(request):
        return web.Response(text=STORM_HTML, content_type="text/html")

    @table.get("/summit")
    async def summit(request):
        return web.Response(text=SUMMIT_HTML, content_type="text/html")

    @table.get("/text")
    async def text(request):
        return web.Response(text=MARKET_TEXT, content_type="text/plain")

    @table.get("/big")
    async def big(request):
        return web.Response(text="<html><body>" + "<p>Words and more words.</p>" * 250_000 + "</body></html>",
                            content_type="text/html")

    @table.get("/image")
    async def image(request):
        return web.Response(body=b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, content_type="image/png")

    @table.get("/slow")
    async def slow(request):
        await asyncio.sleep(slow_seconds)
        return web.Response(text=STORM_HTML, content_type="text/html")

    @table.get("/missing")
    async def missing(request):
        return web.Response(status=404, text="no")

    @table.get("/to-private")
    async def to_private(request):
        raise web.HTTPFound("http://169.254.169.254/latest/meta-data")

    @table.get("/to-storm")
    async def to_storm(request):
        raise web.HTTPMovedPermanently("/storm")

    return table


@asynccontextmanager
async def serve(slow_seconds: float = 3.0):
    """Serve `routes()` on 127.0.0.1 at a free port; yields the base URL "http://127.0.0.1:PORT"."""
    app = web.Application()
    app.add_routes(routes(slow_seconds))
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = runner.addresses[0][1]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()
