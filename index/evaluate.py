"""Evaluation: recall@k, MRR and abstention over a TSV of questions; the
SQuAD 2.0 figures over a SQuAD JSON file (`evaluate_squad`, metrics in index.squad).

File format (as shared/eval/dev-questions.tsv): one question per line,
"question<TAB>gold", gold being 1-based sentence numbers separated by commas,
or "-" when the article does not answer; lines starting with # are comments; no header line.
Recall@k and MRR (mean reciprocal rank of the first gold sentence; 0 when it
is not among the ranked passages) are over answerable questions only.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ArticleError, QuestionError, QuestionTooLong
from .model import Answer
from .qa import MAX_QUESTION_CHARS
from .squad import SHOWN_IDS, SquadArticle, SquadQuestion, contains, exact, f1, labelled, read_text

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Row:
    """One evaluated question: gold is a frozenset of sentence numbers (empty:
    unanswerable); answer is what the QA gave (None when it refused); refused
    is the QA's QuestionError then (e.g. index.errors.QuestionTooLong), else None."""

    question: str
    gold: frozenset[int]
    answer: Answer | None
    refused: QuestionError | None = None

    @property
    def rank(self) -> int | None:
        """1-based rank of the first gold passage, or None."""
        if self.answer is None:
            return None
        return next((i for i, p in enumerate(self.answer.passages, 1) if p.number in self.gold), None)

    @property
    def right(self) -> bool:
        """End to end: answered with a gold sentence first, or abstained on an
        unanswerable question."""
        found = self.answer is not None and self.answer.found
        return found and self.rank == 1 if self.gold else not found


def read_lines(path: str | Path) -> list[str]:
    """The lines of a UTF-8 text file.

    Raises ValueError with one line naming the file (and the line, for bytes
    that are not UTF-8) when it is missing, a directory, unreadable or not
    UTF-8 (index.squad.read_text).
    """
    return read_text(path).splitlines()


#: The error of `read_tsv` on a file that `looks_like_csv` (trial 53: `eval q.csv` of question,answer lines).
CSV = ("{path}: looks like CSV (comma-separated values), which eval does not read: eval reads a SQuAD 2.0 JSON file "
       "or a TSV of question<TAB>gold sentence numbers; write question/answer pairs as SQuAD 2.0 JSON (README: \"The "
       "questions file\"), or save questions with their gold sentence numbers as tab-separated values")


#: The error of `read_tsv` on a line with no tab that ends with a comma and a gold field ("who bought valley fm,2":
#: trial 61 was told "if this is the article"): the question and its gold are separated by a comma, not a tab.
COMMA_GOLD = ("{path}:{no}: expected 'question<TAB>gold', got a comma before the gold {gold!r}: separate the question "
              "from its gold sentence numbers with a tab, not a comma")
_COMMA_GOLD = re.compile(r"(?<!\d),\s*(\d+(?:,\d+)*|-)\s*$")  # not a number's "1,000"


def looks_like_csv(path: str | Path, lines: list[str]) -> bool:
    """Whether an evaluation file whose first line of questions has no tab is CSV: its name ends with .csv, or its
    first lines that are neither blank nor comments (three, or two when there are no more) hold as many commas, one
    or more each (a header and rows: "question,answer"). An article's title, byline and paragraphs seldom do."""
    if Path(path).name.lower().endswith(".csv"):
        return True
    counts = [line.count(",") for line in lines if line.strip() and not line.lstrip().startswith("#")][:3]
    return len(counts) >= 2 and counts[0] >= 1 and len(set(counts)) == 1


class GoldBeyond(ValueError):
    """read_tsv's error on a gold sentence number beyond the article's sentences: the one error of the file that
    depends on the article (bot.cli names the article it was checked against when --article was not given)."""


def read_tsv(path: str | Path, sentences: int | None = None) -> list[tuple[str, frozenset[int]]]:
    """(question, gold) pairs of an evaluation file, gold a frozenset of 1-based
    sentence numbers (empty for "-").

    Raises ValueError naming the file and line when it cannot be read, is not
    UTF-8, is empty (or blank: the message names both formats eval reads), has no question, or a line has no tab (on the first line that is not blank or a
    comment, CSV when the file `looks_like_csv`; on any line ending with a comma and a gold field, COMMA_GOLD; else on
    that first line the message says what eval reads and that an article goes with --article), a bad gold field (quoted; on that first line, the
    message says to delete a header line or make it a comment: there is no header), or (when
    the article's sentence count `sentences` is given) a gold sentence number
    beyond it.
    """
    lines = read_lines(path)
    if not "".join(lines).strip():  # trial 53: "no questions" did not say the file was empty
        # a file not named .json (`eval empty.txt`): either format eval reads (a new user's trial was told of TSV alone)
        raise ValueError(f"{path} is empty: give a SQuAD 2.0 JSON file or a TSV of questions (one per line: "
                         "question<TAB>gold sentence numbers or -)")
    out = []
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if "\t" not in line:
            if not out and looks_like_csv(path, lines):  # trial 53: q.csv was told "if this is the article"
                raise ValueError(CSV.format(path=path))
            if comma := _COMMA_GOLD.search(line):
                raise ValueError(COMMA_GOLD.format(path=path, no=no, gold=comma.group(1)))
            # on the first line that is not blank or a comment, the file is likely no TSV at all: an article given as
            # the questions (`eval article.txt`, a new user's trial)
            hint = (": eval reads questions, from a SQuAD 2.0 .json file or a TSV of question<TAB>gold lines; if this "
                    f"is the article, give it with --article (article-bot --article {path} eval QUESTIONS.tsv)"
                    if not out else "")
            raise ValueError(f"{path}:{no}: expected 'question<TAB>gold', got no tab{hint}")
        question, gold = line.rsplit("\t", 1)
        gold = gold.strip()
        try:
            numbers = frozenset() if gold == "-" else frozenset(int(g) for g in gold.split(","))
            if min(numbers, default=1) < 1:
                raise ValueError
        except ValueError:
            shown = gold if len(gold) <= 40 else gold[:40] + "…"
            header = "; if this line is a header, delete it or start it with # (a comment)" if not out else ""
            raise ValueError(f"{path}:{no}: expected 'question<TAB>gold' with gold sentence numbers like 4 or 6,7, "
                             f"or '-', got {shown!r}{header}") from None
        if not question.strip():
            raise ValueError(f"{path}:{no}: the question before the tab is empty")
        beyond = sorted(g for g in numbers if sentences is not None and g > sentences)
        if beyond:
            raise GoldBeyond(f"{path}:{no}: gold sentence {beyond[0]} is beyond the article's {sentences} sentences: "
                             "check the number and the article")
        out.append((question.strip(), numbers))
    if not out:
        raise ValueError(f"{path}: no questions (one per line: question<TAB>gold sentence numbers or -)")
    return out


def evaluate(ask, pairs, k: int) -> list[Row]:
    """Answer every question with `ask(question, k)` (the same path as the CLI's ask);
    `pairs` as read_tsv gives them. A question `ask` refuses (QuestionError, kept in
    Row.refused) has answer None and counts as an abstention."""
    rows = []
    for question, gold in pairs:
        try:
            rows.append(Row(question, gold, ask(question, k)))
        except QuestionError as exc:
            rows.append(Row(question, gold, None, exc))
    return rows


def summary(rows: list[Row]) -> dict:
    """recall@1, recall@3, mrr (floats in [0, 1]) over answerable rows, counted
    on the ranking even when the bot abstained; accuracy (end to end, see
    Row.right) over all rows; abstain_correct, unanswerable, false_abstain (counts)."""
    answerable = [r for r in rows if r.gold]
    unanswerable = [r for r in rows if not r.gold]
    n = len(answerable) or 1
    return {
        "accuracy": sum(r.right for r in rows) / (len(rows) or 1),
        "recall@1": sum(r.rank == 1 for r in answerable) / n,
        "recall@3": sum(r.rank is not None and r.rank <= 3 for r in answerable) / n,
        "mrr": sum(1 / r.rank for r in answerable if r.rank) / n,
        "abstain_correct": sum(r.answer is None or not r.answer.found for r in unanswerable),
        "unanswerable": len(unanswerable),
        "false_abstain": sum(r.answer is None or not r.answer.found for r in answerable),
    }


def summary_line(s: dict) -> str:
    """The one summary line printed last by `article-bot eval`."""
    return (f"accuracy={s['accuracy']:.3f} recall@1={s['recall@1']:.3f} recall@3={s['recall@3']:.3f} mrr={s['mrr']:.3f} "
            f"abstain_correct={s['abstain_correct']}/{s['unanswerable']} false_abstain={s['false_abstain']}")


@dataclass(frozen=True)
class SquadRow:
    """One SQuAD question as answered: prediction is the short answer, or ""
    when the bot abstained or gave none; found is False when it abstained;
    passages are the quoted sentence texts, best first; refused is the QA's
    QuestionError when it refused the question (scored as abstained), else None;
    unsure is True when it abstained as not sure ("I'm not sure the article
    says.") rather than certain ("The article doesn't say.": index.qa.Answer.unsure)."""

    title: str
    question: SquadQuestion
    prediction: str
    found: bool
    passages: tuple[str, ...]
    refused: QuestionError | None = None
    unsure: bool = False

    def sentence_hit(self, k: int) -> bool:
        """A gold span inside one of the first k passages."""
        return any(contains(p, self.question.answers) for p in self.passages[:k])

    @property
    def gold(self) -> str | None:
        """The gold span to show beside the prediction: the one it scores best
        against (index.squad.f1; the first on a tie), None when unanswerable."""
        answers = self.question.answers
        return max(answers, key=lambda g: f1(self.prediction, (g,))) if answers else None

    @property
    def exact(self) -> float:
        """Exact match (index.squad.exact) of the prediction; an unanswerable
        question is right only when the bot abstained: quoting passages
        without a short answer is an answer too (issue 8's scoring)."""
        if self.question.impossible:
            return float(not self.found)
        return exact(self.prediction, self.question.answers)

    @property
    def f1(self) -> float:
        """Token F1 (index.squad.f1) of the prediction; unanswerable questions as in `exact`."""
        if self.question.impossible:
            return float(not self.found)
        return f1(self.prediction, self.question.answers)


def evaluate_squad(articles: list[SquadArticle], make_qa, k: int = 3) -> list[SquadRow]:
    """Answer every question of every article. make_qa(article: SquadArticle)
    returns the index.qa.QA to ask (one per title); a question the QA refuses
    (QuestionError, kept in SquadRow.refused) counts as an abstention. An article
    make_qa refuses (ArticleError: an empty context, trial 44) is skipped, its
    questions not scored, with one warning naming its title (`article-bot eval` skips such articles before, each
    with a note: bot.cli)."""
    rows = []
    for art in articles:
        try:
            qa = make_qa(art)
        except ArticleError as exc:
            log.warning("the article %r is skipped, its %d question(s) not scored: %s", art.title,
                        len(art.questions), exc)
            continue
        for q in art.questions:
            try:
                answer = qa.ask(q.question, k)
            except QuestionError as exc:
                rows.append(SquadRow(art.title, q, "", False, (), exc))
                continue
            prediction = (answer.answer or "") if answer.found else ""
            rows.append(SquadRow(art.title, q, prediction, answer.found, tuple(p.text for p in answer.passages),
                                 unsure=answer.unsure))
    return rows


#: What the questions `refusal_notes` tells of are, by the reason the bot refused them.
REFUSED = {"empty": "are empty", "long": f"are over {MAX_QUESTION_CHARS:,} characters",
           "wordless": 'have no words to look for ("???", "who?", a link alone)'}


def refusal_notes(rows: list[Row] | list[SquadRow], shown: int = SHOWN_IDS) -> list[str]:
    """The notes of `article-bot eval` (printed as "note:" lines) on the questions of `rows` (Row or SquadRow) that
    the bot refused, each scored as abstained: empty ones, ones over index.qa.MAX_QUESTION_CHARS (QuestionTooLong)
    and ones with no words to look for (index.qa.refuse_wordless: "???", "who?", a link alone). One str per reason, in
    REFUSED's order, naming the first `shown` ids of SquadRows' questions (index.squad.labelled: "question 7, id q1"
    when another question of the file has its id; a TSV's questions have no id, only their count is said); [] when none was refused."""
    refused = {reason: [] for reason in REFUSED}
    for r in rows:
        if r.refused is not None:
            question, asked = (r.question.question, r.question) if isinstance(r, SquadRow) else (r.question, None)
            reason = "long" if isinstance(r.refused, QuestionTooLong) else "wordless" if question.strip() else "empty"
            refused[reason].append(asked)
    notes = []
    for reason, ids in refused.items():
        if ids:
            where = f" ({labelled(ids, shown)})" if None not in ids else ""
            notes.append(f"{len(ids)} question(s) {REFUSED[reason]}, which the bot refuses, and are scored as "
                         f"abstained{where}")
    return notes


def squad_summary(rows: list[SquadRow]) -> dict:
    """The official SQuAD 2.0 figures over `rows`, all floats in [0, 1]
    (SquadRow.exact and .f1: an unanswerable question right only when abstained):
    exact, f1, HasAns_exact, HasAns_f1, NoAns_exact (None when the subset is
    empty); passage_recall@1 and @3 over answerable questions (a gold span in
    the first 1 or 3 passages, abstained or not); EM_sentence (exact, but an
    answered question without short answer counts when passage 1 holds a gold
    span); abstained_answerable and no_short_answer (shares of answerable
    questions); n (count)."""
    has = [r for r in rows if not r.question.impossible]
    no = [r for r in rows if r.question.impossible]

    def mean(values) -> float | None:
        values = list(values)
        return sum(values) / len(values) if values else None

    def em_sentence(r: SquadRow) -> float:
        if r.found and not r.prediction and r.question.answers:
            return float(r.sentence_hit(1))
        return r.exact

    return {
        "exact": mean(r.exact for r in rows),
        "f1": mean(r.f1 for r in rows),
        "HasAns_exact": mean(r.exact for r in has),
        "HasAns_f1": mean(r.f1 for r in has),
        "NoAns_exact": mean(r.exact for r in no),
        "passage_recall@1": mean(r.sentence_hit(1) for r in has),
        "passage_recall@3": mean(r.sentence_hit(3) for r in has),
        "EM_sentence": mean(em_sentence(r) for r in rows),
        "abstained_answerable": mean(not r.found for r in has),
        "no_short_answer": mean(r.found and not r.prediction for r in has),
        "n": len(rows),
    }


def squad_line(s: dict) -> str:
    """The summary line printed last by `article-bot eval FILE.json`."""
    def fmt(v) -> str:
        return "-" if v is None else f"{v:.3f}"
    return (f"exact={fmt(s['exact'])} f1={fmt(s['f1'])} HasAns_f1={fmt(s['HasAns_f1'])} "
            f"NoAns_exact={fmt(s['NoAns_exact'])} passage_recall@1={fmt(s['passage_recall@1'])} n={s['n']}")
