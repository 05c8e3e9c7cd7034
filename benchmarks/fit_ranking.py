"""Fit index.rank's weights together with index.abstain's decision, on all the
development questions, for the highest SQuAD 2.0 F1 end to end.

    python benchmarks/fit_ranking.py [FILE.json|FILE.tsv ...] > benchmarks/fit_ranking.txt

Default files: benchmarks/devdata.py's (news, SQuAD 2.0 and PIAF samples, the bundled
article's three question sets, benchmarks/dev's new-user trials and match reports).

The ranking decides which sentence the abstention judges, and its score margin is one
of the abstention's signals, so the two are fitted as one: for every weight vector of
a grid (the parts' weights on the simplex in steps of STEP, the type bonus in BONUSES),
each question's best sentence is found as index.rank.rank finds it, the abstention's
logistic regression and threshold are fitted on the result as
benchmarks/fit_abstention.py does (its `fit`), and the F1 end to end is summed (as
fit_abstention.py scores it: an answered question the F1 of the short answer the bot
gives from its best sentence, an abstention 1 when the question is unanswerable), each collection's
questions (news, SQuAD, PIAF, bundled, each file of benchmarks/dev) decided by the abstention fitted on the other
collections (leave-one-collection-out cross-validation: the choice rewards weights
whose abstention carries over to articles and questions of a new kind, not those
that fit the development questions best). The grid point with the highest sum wins (ties:
the higher passage recall@1, then the earlier point). Per question the
script computes each sentence's parts, type, certainty, signals and short answer once
(index.rank.parts, index.rank.typed, index.abstain.certainly_not and .signals, index.short_answer), so
each grid point costs only sums and a small regression.

It prints, per mode (with e5, BM25 only), the chosen weights (paste them into
index/rank.py, then run benchmarks/fit_abstention.py for the abstention's weights), and
per file the F1 end to end and passage recall@1 with the weights in
index/rank.py now, with the chosen ones, and with those chosen without the file's
collection (news, SQuAD, PIAF, bundled, each file of benchmarks/dev): the figure to expect on new articles.
"""
from __future__ import annotations

import itertools
import sys
from pathlib import Path

import numpy as np

import fit_abstention
from devdata import DEFAULT, modes, questions
from index import abstain, rank
from index.query import analyse

STEP = 0.05
BONUSES = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)


def cases(paths: list[Path], model) -> list[dict]:
    """One dict per question with words: file, collection, answerable, and per sentence
    (0-based, arrays of len(sentences)): x (parts), typed (index.rank.typed), cover (coverage > 0),
    lowered (index.rank.other_times), numeric (a number or a date asked: index.rank.ordered applies),
    certain (index.abstain.certainly_not, or no short answer of the type asked), signals (index.abstain.signals
    with margin 0), gold (holds a gold answer), gain (the F1 of answering from it: fit_abstention's `cases`)."""
    out = []
    for q in questions(paths, model):
        index = q.qa.index
        query = analyse(index, model, q.qa.check_question(q.text))
        if not query.matches:
            continue
        x, cover = rank.parts(index, query)
        n = len(index.sentences)
        judged_each = [fit_abstention.judge(q, query, i) for i in range(n)]
        zero = np.zeros(n)
        out.append({"file": q.path.name, "collection": q.collection, "answerable": q.answerable,
                    "x": x, "typed": rank.typed(index, query, range(n)), "cover": cover > 0,
                    "lowered": rank.other_times(index, query, range(n)),
                    "numeric": query.expected in ("number", "date"),
                    "certain": np.array([c for c, _ in judged_each]),
                    "gain": np.array([g for _, g in judged_each]),
                    "signals": np.array([abstain.signals(index, query, zero, cover, i) for i in range(n)]),
                    "gold": np.array([q.gold(i) for i in range(n)])})
    return out


def judged(rows: list[dict], weights: np.ndarray, bonus: float, margin: int) -> list[dict]:
    """index.abstain's rows (benchmarks/fit_abstention.py's `cases`) for the best sentence
    of each question under `weights` and `bonus`; margin: the column of the margin signal."""
    out = []
    for r in rows:
        score = r["x"] @ weights + bonus * (r["typed"] * r["cover"] - r["lowered"])  # as index.rank.rank
        order = np.argsort(-score, kind="stable")
        i = int(rank.yielding(order, score, lambda j: r["typed"][j] > 0, bonus)[0] if r["numeric"] else order[0])
        x = r["signals"][i].copy()
        x[margin] = score[i] - np.delete(score, i).max() if len(score) > 1 else 0.0
        out.append({"file": r["file"], "collection": r["collection"], "answerable": r["answerable"],
                    "right": r["answerable"] and bool(r["gold"][i]), "gain": float(r["gain"][i]),
                    "certain": bool(r["certain"][i]), "x": x})
    return out


def outcome(rows: list[dict], weights: np.ndarray, bonus: float, margin: int,
            fitted_on: list[dict] | None = None, held_out: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(F1 end to end, right sentence first) per row under the same ranking weights, the
    abstention fitted on `fitted_on` (default: the rows themselves) or, with held_out, for each
    collection's rows on the other collections' (fit_abstention.decide_held_out)."""
    seen = judged(rows, weights, bonus, margin)
    if held_out:
        answered = fit_abstention.decide_held_out(seen)
    else:
        w, t = fit_abstention.fit(judged(fitted_on, weights, bonus, margin) if fitted_on is not None else seen)
        answered = fit_abstention.decide(w, t, seen)
    scored = np.array([r["gain"] if a else float(not r["answerable"]) for r, a in zip(seen, answered)])
    return scored, np.array([r["right"] for r in seen])


def grid(k: int):
    """Weight vectors of k parts on the simplex in steps of STEP."""
    m = round(1 / STEP)
    for head in itertools.product(range(m + 1), repeat=k - 1):
        if sum(head) <= m:
            yield np.array([*head, m - sum(head)]) / m


def choose(rows: list[dict], margin: int) -> tuple[np.ndarray, float]:
    """The (weights, bonus) of the grid with the highest F1 end to end, each collection's
    rows decided by the abstention fitted without it (with one collection: on itself)."""
    best, key = None, None
    answerable = np.array([r["answerable"] for r in rows])
    held_out = len({r["collection"] for r in rows}) > 1
    for weights in grid(rows[0]["x"].shape[1]):
        for bonus in BONUSES:
            scored, first = outcome(rows, weights, bonus, margin, held_out=held_out)
            k = (round(scored.sum(), 6), first[answerable].sum())
            if key is None or k > key:
                best, key = (weights, bonus), k
    return best


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or DEFAULT
    for name, model in modes("fit_ranking"):
        rows = cases(paths, model)
        margin = abstain.FEATURES[name].index("margin")
        weights, bonus = choose(rows, margin)
        print(f"## mode {name}: {len(rows)} questions")
        print(f'WEIGHTS["{name}"] = ({", ".join(f"{v:.2f}" for v in weights)})  # ' + ", ".join(rank.FEATURES[name]))
        print(f'TYPE_BONUS["{name}"] = {bonus:.2f}')
        now = outcome(rows, np.array(rank.WEIGHTS[name]), rank.TYPE_BONUS[name], margin)
        fit = outcome(rows, weights, bonus, margin)
        # Each collection judged with weights chosen, and the abstention fitted, without it.
        held = (np.zeros(len(rows), dtype=bool), np.zeros(len(rows), dtype=bool))
        for collection in {r["collection"] for r in rows}:
            inside = np.array([r["collection"] == collection for r in rows])
            rest = [r for r, k in zip(rows, inside) if not k]
            held[0][inside], held[1][inside] = outcome([r for r, k in zip(rows, inside) if k],
                                                       *choose(rest, margin), margin, fitted_on=rest)
        has = np.array([r["answerable"] for r in rows])
        print("file                          n  | F1 end to end:     now   fit  held out | passage_recall@1: now   fit  held out")
        for path in paths:
            keep = np.array([r["file"] == path.name for r in rows])
            if keep.any():
                right = " ".join(f"{f[0][keep].mean():.3f}" for f in (now, fit, held))
                first = " ".join(f"{f[1][keep & has].mean():.3f}" for f in (now, fit, held))
                print(f"{path.name:26s} {keep.sum():4d}  |                  {right} |                  {first}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
