"""Retrieval evaluation: recall@k, MRR and abstention over a TSV of questions.

File format (as shared/eval/dev-questions.tsv): one question per line,
"question<TAB>gold", gold being 1-based sentence numbers separated by commas,
or "-" when the article does not answer; lines starting with # are comments.
Recall@k and MRR (mean reciprocal rank of the first gold sentence; 0 when it
is not among the ranked passages) are over answerable questions only.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .errors import QuestionError
from .model import Answer


@dataclass(frozen=True)
class Row:
    """One evaluated question: gold is a frozenset of sentence numbers (empty:
    unanswerable); answer is what the QA gave (None when it refused)."""

    question: str
    gold: frozenset[int]
    answer: Answer | None

    @property
    def rank(self) -> int | None:
        """1-based rank of the first gold passage, or None."""
        if self.answer is None:
            return None
        return next((i for i, p in enumerate(self.answer.passages, 1) if p.number in self.gold), None)


def read_tsv(path: str | Path) -> list[tuple[str, frozenset[int]]]:
    """(question, gold) pairs of an evaluation file.

    Raises ValueError naming the line when a line has no tab or a bad gold field.
    """
    out = []
    for no, line in enumerate(Path(path).read_text(encoding="utf-8-sig").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            raise ValueError(f"{path}:{no}: expected 'question<TAB>gold', got no tab")
        question, gold = line.rsplit("\t", 1)
        gold = gold.strip()
        try:
            numbers = frozenset() if gold == "-" else frozenset(int(g) for g in gold.split(","))
        except ValueError:
            raise ValueError(f"{path}:{no}: gold must be sentence numbers like 4 or 6,7, or '-'") from None
        out.append((question.strip(), numbers))
    return out


def evaluate(ask, pairs, k: int) -> list[Row]:
    """Answer every question with `ask(question, k)` (the same path as the CLI's ask)."""
    rows = []
    for question, gold in pairs:
        try:
            answer = ask(question, k)
        except QuestionError:
            answer = None
        rows.append(Row(question, gold, answer))
    return rows


def summary(rows: list[Row]) -> dict:
    """recall@1, recall@3, mrr (floats in [0, 1]) over answerable rows;
    abstain_correct, unanswerable, false_abstain (counts)."""
    answerable = [r for r in rows if r.gold]
    unanswerable = [r for r in rows if not r.gold]
    n = len(answerable) or 1
    return {
        "recall@1": sum(r.rank == 1 for r in answerable) / n,
        "recall@3": sum(r.rank is not None and r.rank <= 3 for r in answerable) / n,
        "mrr": sum(1 / r.rank for r in answerable if r.rank) / n,
        "abstain_correct": sum(r.answer is None or not r.answer.found for r in unanswerable),
        "unanswerable": len(unanswerable),
        "false_abstain": sum(r.answer is None or not r.answer.found for r in answerable),
    }


def summary_line(s: dict) -> str:
    """The one summary line printed last by `article-bot eval`."""
    return (f"recall@1={s['recall@1']:.3f} recall@3={s['recall@3']:.3f} mrr={s['mrr']:.3f} "
            f"abstain_correct={s['abstain_correct']}/{s['unanswerable']} false_abstain={s['false_abstain']}")
