"""Benchmark of many servers' articles (issue 10): bot.library.ArticleLibrary at scale.

Run from the repository root, in the project's virtualenv (x86-64 Linux for e5):

    python benchmarks/library.py            # 200 articles across 200 servers (~35 min on 2 shared cores)
    python benchmarks/library.py --articles 50

What it measures, each part in a fresh worker process so that its peak RSS is its own:

5a. Adding: 200 articles of 30-60 sentences (consecutive paragraphs of the French
    corpus of benchmarks/bench.py, Debian's manpages-fr and debian-reference-fr,
    fetched once into benchmarks/corpus/) are added to 200 servers, one each,
    through `ArticleLibrary.add` (split, analyse, embed with e5, persist the
    index, store in SQLite), with the default memory budget (INDEX_MEMORY_MB,
    bot.settings.DEFAULT_INDEX_MEMORY_MB). Reported: the add time of the 50-sentence articles (median), of all
    (p50, p90), the estimated index memory per article (bot.library.index_bytes),
    and the worker's peak RSS (VmHWM) after all adds and one question per article.
5b. A restart: a new process opens the same database and asks one question about
    20 articles, none in memory, each loaded from its persisted index: time to
    first answer per cold article (median, max); then one question about every
    article with a small budget (INDEX_MEMORY_MB 16): peak RSS.

The library keeps one persisted index per stored article (bot.library.cache_keep),
so every cold article is loaded from its index, not rebuilt from its stored text.

Times are wall clock (time.perf_counter), memory in MB = 10^6 bytes. The
machine is shared: figures move by 10-20 % between runs.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bot.settings import DEFAULT_INDEX_MEMORY_MB  # noqa: E402


def peak_rss_mb() -> float:
    """This process's peak resident set size (VmHWM), MB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024 / 1e6
    return float("nan")


def make_articles(count: int) -> list[str]:
    """`count` articles of 30-60 sentences: consecutive paragraphs of the corpus,
    the target length cycling 30, 31, ... 60."""
    from bench import corpus_file

    from index.segment import split_paragraph

    paragraphs = corpus_file(20_000).read_text(encoding="utf-8").split("\n\n")
    articles, current, sentences = [], [], 0
    for paragraph in paragraphs:
        n = len(split_paragraph(paragraph))
        if n > 20:
            continue  # a table or a listing, not prose
        current.append(paragraph)
        sentences += n
        if sentences >= 30 + len(articles) % 31:
            articles.append("\n\n".join(current))
            current, sentences = [], 0
            if len(articles) == count:
                return articles
    sys.exit(f"the corpus gives only {len(articles)} articles")


def library(database: str, budget_mb: float):
    """An ArticleLibrary on `database` with a memory budget of `budget_mb` MB."""
    from bot.library import open_library
    from bot.settings import DEFAULT_ARTICLE, MB, Settings
    from index.qa import QA

    settings = Settings(database_url=database, index_memory_bytes=int(budget_mb * MB))
    default = QA.from_path(DEFAULT_ARTICLE, cache=settings.index_cache())
    return open_library(settings, default)


def question_of(text: str) -> str:
    """A question made of the article's first four words of five letters or more."""
    words = [w for w in text.split() if w.isalpha() and len(w) >= 5]
    return " ".join(words[:4]) + " ?"


def add_worker(database: str, count: int) -> dict:
    """5a: add `count` articles to `count` servers; ask one question each."""
    from bot.library import index_bytes
    from bot.sources import Document

    lib = library(database, DEFAULT_INDEX_MEMORY_MB)
    texts = make_articles(count)
    adds, sizes, sentence_counts = [], [], []
    for guild, text in enumerate(texts, start=1):
        t0 = time.perf_counter()
        stored, qa = lib.add(guild, 1, Document(name=f"article {guild}", text=text))
        adds.append(time.perf_counter() - t0)
        sizes.append(index_bytes(qa))
        sentence_counts.append(stored.sentences)
        if guild % 10 == 0:
            print(f"added {guild}/{count}, last {adds[-1]:.2f} s, {sum(adds):.0f} s in all, "
                  f"peak RSS {peak_rss_mb():.0f} MB", file=sys.stderr, flush=True)
    for guild, text in enumerate(texts, start=1):
        lib.index(guild).ask(question_of(text))
    fifty = [t for t, n in zip(adds, sentence_counts) if 45 <= n <= 55]
    return {"articles": count, "mode": lib.default.mode, "sentences_min": min(sentence_counts),
            "sentences_max": max(sentence_counts), "add_50_median_s": float(np.median(fifty)) if fifty else float("nan"),
            "add_50_count": len(fifty), "add_p50_s": float(np.percentile(adds, 50)),
            "add_p90_s": float(np.percentile(adds, 90)), "index_mb_median": float(np.median(sizes)) / 1e6,
            "loaded_after": len(lib.loaded()), "peak_rss_mb": peak_rss_mb()}


def restart_worker(database: str, count: int) -> dict:
    """5b: a restart on the same database; cold articles, then all with a small budget."""
    lib = library(database, 16)
    texts = {guild: lib.current(guild).text for guild in range(1, count + 1)}
    cold = []
    for guild in range(1, min(count, 20) + 1):
        t0 = time.perf_counter()
        lib.index(guild).ask(question_of(texts[guild]))
        cold.append(time.perf_counter() - t0)
    for guild in range(1, count + 1):
        lib.index(guild).ask(question_of(texts[guild]))
    return {"cached_median_s": float(np.median(cold)), "cached_max_s": max(cold), "loaded_after": len(lib.loaded()),
            "loaded_mb": lib.loaded_bytes() / 1e6, "peak_rss_mb": peak_rss_mb()}


def run_worker(*args: str) -> dict:
    """Run a worker in a new process; its progress and errors go to this process's stderr."""
    child = subprocess.run([sys.executable, __file__, *args], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    if child.returncode:
        sys.exit(f"worker {' '.join(args)} failed (exit code {child.returncode}, traceback above)")
    return json.loads(child.stdout.splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=200, help="articles and servers (default 200)")
    ap.add_argument("--worker", nargs=3, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        kind, database, count = args.worker
        print(json.dumps((add_worker if kind == "add" else restart_worker)(database, int(count))))
        return
    with tempfile.TemporaryDirectory(prefix="article-bot-bench-lib-") as folder:
        os.environ["ARTICLE_BOT_CACHE_DIR"] = str(Path(folder) / "cache")
        database = f"sqlite:///{Path(folder) / 'bench.db'}"
        n = str(args.articles)
        added = run_worker("--worker", "add", database, n)
        restarted = run_worker("--worker", "restart", database, n)
    rows = [
        ("5a add", f"add a 45-55-sentence article, {added['mode']} (median of {added['add_50_count']})",
         f"{added['add_50_median_s']:.2f} s", "report"),
        ("5a add", f"add, all {added['sentences_min']}-{added['sentences_max']}-sentence articles: p50 / p90",
         f"{added['add_p50_s']:.2f} / {added['add_p90_s']:.2f} s", ""),
        ("5a add", "index memory per article (estimate, median)", f"{added['index_mb_median']:.2f} MB", ""),
        ("5a add", f"peak RSS, {n} articles added and asked, budget {DEFAULT_INDEX_MEMORY_MB} MB "
                   f"({added['loaded_after']} loaded)", f"{added['peak_rss_mb']:.0f} MB", "<= 300 MB"),
        ("5b restart", f"1st answer, cold article, persisted index (median / max of {min(args.articles, 20)})",
         f"{restarted['cached_median_s']:.2f} / {restarted['cached_max_s']:.2f} s", "<= 0.5 s"),
        ("5b restart", f"peak RSS after asking all {n}, budget 16 MB ({restarted['loaded_after']} loaded, "
                       f"{restarted['loaded_mb']:.1f} MB)", f"{restarted['peak_rss_mb']:.0f} MB", "<= 300 MB"),
    ]
    print(f"\narticle-bot library benchmark, python benchmarks/library.py --articles {n} "
          f"({time.strftime('%Y-%m-%d %H:%M:%S %z')}, {os.cpu_count()} CPUs)\n")
    print(f"| {'section':<10} | {'figure':<78} | {'value':>13} | {'target':<9} |")
    print(f"|{'-' * 12}|{'-' * 80}|{'-' * 15}|{'-' * 11}|")
    for section, figure, value, target in rows:
        print(f"| {section:<10} | {figure:<78} | {value:>13} | {target:<9} |")


if __name__ == "__main__":
    main()
