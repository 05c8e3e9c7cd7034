"""Fit index.abstain's logistic regression on all the development questions.

    python benchmarks/fit_abstention.py [FILE.json|FILE.tsv ...] > benchmarks/fit_abstention.txt

Default files: benchmarks/devdata.py's (news, SQuAD 2.0 and PIAF samples, the bundled
article's three question sets, benchmarks/dev's new-user trials and match reports).

For each question, as index.qa.QA.ask does: the best sentence i, and unless
index.abstain.certainly_not holds, its index.abstain.signals and a label: 1
when the question is answerable and sentence i holds a gold answer (SQuAD:
index.squad.contains; TSV: a gold sentence number), else 0 (unanswerable, or
the wrong sentence first: quoting it would be wrong too). A logistic regression
(signals standardised, L2 penalty 1.0 on the weights, Newton's method) is fitted
to the labels; the threshold is the one of 0.20, 0.25, ... 0.70 that gives the
highest SQuAD 2.0 F1 end to end on the same data, as `article-bot eval` scores it:
an answered question scores the F1 of the short answer the bot gives from
sentence i (index.short_answer; 0 when it is unanswerable, or when no short
answer is given; on the bundled article's TSV files, which hold sentence numbers
only, 1 for the right sentence), an abstention 1 when the question is unanswerable,
else 0 (ties: the higher threshold, abstaining rather than quoting a wrong sentence).
A question asking a name, number, date or place whose best sentence holds no short
answer of that type is abstained on whatever the regression says (index.qa), as a
certainty is. Both modes: with e5 and BM25 only.

It prints the fitted weights in the signals' own units (paste them into
index/abstain.py), then, per file, the F1 end to end, the share of questions right end to end,
the share of answerable ones abstained on, and the share of unanswerable ones
abstained on: with the weights fitted on everything ("fit") and with weights
fitted without the file's collection ("held out": news, SQuAD, PIAF, bundled, each file of benchmarks/dev),
the figure to expect on new articles.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

from devdata import DEFAULT, Question, modes, questions
from index import abstain
from index.query import Query, analyse
from index.rank import rank
from index.short_answer import kind_missing, short_answer
from index.squad import f1
L2 = 1.0
THRESHOLDS = np.round(np.arange(0.20, 0.701, 0.05), 2)


def cases(paths: list[Path], model) -> list[dict]:
    """One dict per question: file, collection, answerable, right (best sentence holds a gold answer),
    gain (the F1 of answering from it, module docstring), certain (index.abstain.certainly_not holds, or no
    short answer of the type asked), x (index.abstain.signals, or None when certain)."""
    out = []
    for q in questions(paths, model):
        query = analyse(q.qa.index, model, q.qa.check_question(q.text))
        if not query.matches:
            continue
        score, cover = rank(q.qa.index, query)
        i = int(abstain.counted_order(q.qa.index, query, score)[0])
        certain, gain = judge(q, query, i)
        out.append({"file": q.path.name, "collection": q.collection, "answerable": q.answerable,
                    "right": q.answerable and q.gold(i), "gain": gain, "certain": certain,
                    "x": None if certain else abstain.signals(q.qa.index, query, score, cover, i)})
    return out


def judge(q: Question, query: Query, i: int) -> tuple[bool, float]:
    """(certain, gain) of answering question `q` (analysed as `query`) from sentence i (0-based): certain when
    index.abstain.certainly_not holds or no short answer of the kind asked is there (index.short_answer.kind_missing);
    gain as the module docstring says."""
    short = short_answer(q.qa.index, query, i)
    certain = abstain.certainly_not(q.qa.index, query, i) or kind_missing(query.expected, query.text, short)
    if not q.answerable:
        return certain, 0.0
    return certain, float(q.gold(i)) if q.spans is None else f1(short or "", q.spans)


def fit(rows: list[dict]) -> tuple[np.ndarray, float]:
    """(bias and weights in the signals' units, threshold) fitted on rows not `certain`."""
    rows = [r for r in rows if not r["certain"]]
    x = np.array([r["x"] for r in rows])
    y = np.array([float(r["right"]) for r in rows])
    mu, sd = x.mean(0), x.std(0) + 1e-12
    z = np.hstack([np.ones((len(x), 1)), (x - mu) / sd])
    beta = np.zeros(z.shape[1])
    penalty = np.diag([0.0] + [L2] * x.shape[1])
    for _ in range(100):  # Newton's method on the penalised log-likelihood
        p = 1 / (1 + np.exp(-z @ beta))
        step = np.linalg.solve((z * (p * (1 - p))[:, None]).T @ z + penalty, z.T @ (p - y) + penalty @ beta)
        beta -= step
        if np.abs(step).max() < 1e-10:
            break
    w = beta[1:] / sd
    weights = np.concatenate([[beta[0] - w @ mu], w])
    p = probability(weights, x)
    answerable = np.array([r["answerable"] for r in rows])
    gain = np.array([r["gain"] for r in rows])
    scored = [np.sum(gain[p >= t]) + np.sum(~answerable & (p < t)) for t in THRESHOLDS]
    best = max(scored)
    return weights, float(max(t for t, n in zip(THRESHOLDS, scored) if n >= best - 1e-9))


def probability(weights: np.ndarray, x: np.ndarray) -> np.ndarray:
    """Logistic regression output for signal rows x (n × k) with weights (bias, k weights)."""
    return 1 / (1 + np.exp(-(weights[0] + x @ weights[1:])))


def decide(weights: np.ndarray, threshold: float, rows: list[dict]) -> np.ndarray:
    """Whether the bot answers each row: not certain, and probability >= threshold."""
    return np.array([not r["certain"] and probability(weights, r["x"][None])[0] >= threshold for r in rows])


def decide_held_out(rows: list[dict]) -> np.ndarray:
    """`decide` for each row with the abstention fitted without the row's collection
    (leave one collection out: news, SQuAD, PIAF, bundled, each file of benchmarks/dev), as a new article meets it."""
    answered = np.zeros(len(rows), dtype=bool)
    for collection in {r["collection"] for r in rows}:
        inside = np.array([r["collection"] == collection for r in rows])
        answered[inside] = decide(*fit([r for r, k in zip(rows, inside) if not k]), [r for r, k in zip(rows, inside) if k])
    return answered


def figures(rows: list[dict], answered: np.ndarray) -> str:
    """F1 and right end to end, answerable abstained, unanswerable abstained (shares; "-" when there is none)."""
    def share(keep, hit):
        n = sum(keep)
        return f"{sum(h for k, h in zip(keep, hit) if k) / n:.3f}" if n else "    -"
    answerable = [r["answerable"] for r in rows]
    right = [(a and r["right"]) or (not a and not r["answerable"]) for r, a in zip(rows, answered)]
    score = [r["gain"] if a else float(not r["answerable"]) for r, a in zip(rows, answered)]
    return (f"{share([True] * len(rows), score)}  {share([True] * len(rows), right)}  {share(answerable, [not a for a in answered])}"
            f"  {share([not x for x in answerable], [not a for a in answered])}")


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or DEFAULT
    for name, model in modes("fit_abstention"):
        rows = cases(paths, model)
        weights, threshold = fit(rows)
        print(f"## mode {name}: {len(rows)} questions, {sum(r['certain'] for r in rows)} certainly not answered")
        print(f'WEIGHTS["{name}"] = ({", ".join(f"{w:.3f}" for w in weights)})  # bias, '
              + ", ".join(abstain.FEATURES[name]))
        print(f'THRESHOLD["{name}"] = {threshold:.2f}')
        answered = decide(weights, threshold, rows)
        held_out = decide_held_out(rows)
        print("file                         n  | fit: f1     right  ans.abst  unans.abst | held out: f1     right  ans.abst  unans.abst")
        for path in paths:
            keep = np.array([r["file"] == path.name for r in rows])
            sub = [r for r, k in zip(rows, keep) if k]
            print(f"{path.name:26s} {len(sub):4d}  |      {figures(sub, answered[keep])} |           "
                  f"{figures(sub, held_out[keep])}")
        print()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
