"""Users' 👍/👎 on answers, exported as a SQuAD 2.0 evaluation file (`article-bot feedback export`).

Each rated article (by sha256) is one `data[]` entry whose context is its whole text; each
distinct question asked about it is one `qas[]` entry:
- only 👍: the bot's answer is the gold answer — its short answer, or the best passage when it
  gave none, with `answer_start` where it first occurs in the context; a 👍 abstention is
  `is_impossible: true`;
- any 👎: `"review": true`, no gold answer yet (`answers: []`) and the rejected answer under
  `"bot_answer"`: someone fills in the right answer (or sets `is_impossible`) before using the
  file; until then `article-bot eval` leaves it out and says how many it left out.
The extra keys (`review`, `bot_answer`, `votes`) are ignored by SQuAD readers.
Format: https://rajpurkar.github.io/SQuAD-explorer/ (SQuAD 2.0).
"""
from __future__ import annotations

import json
from pathlib import Path

from .storage import Database, Vote


def to_squad(votes: list[Vote]) -> dict:
    """The SQuAD 2.0 object of `votes` (see the module docstring): {"version": "v2.0", "data": [...]}."""
    articles: dict[str, dict] = {}
    questions: dict[tuple[str, str], list[Vote]] = {}
    for vote in votes:
        articles.setdefault(vote.article_sha256, {"title": vote.title, "paragraphs": [{"context": vote.text, "qas": []}]})
        questions.setdefault((vote.article_sha256, vote.question), []).append(vote)
    for (sha256, question), rated in questions.items():
        paragraph = articles[sha256]["paragraphs"][0]
        last = rated[-1]
        shown = last.answer or (last.passages[0][1] if last.passages else None)
        entry = {"id": f"{sha256[:12]}-{len(paragraph['qas']) + 1}", "question": question,
                 "votes": {"up": sum(v.vote > 0 for v in rated), "down": sum(v.vote < 0 for v in rated)}}
        if any(v.vote < 0 for v in rated):
            entry.update(answers=[], is_impossible=False, review=True,
                         bot_answer=shown if last.found else None)
        elif not last.found or shown is None:
            entry.update(answers=[], is_impossible=True)
        else:
            start = paragraph["context"].find(shown)
            entry.update(answers=[{"text": shown, "answer_start": max(start, 0)}], is_impossible=False)
        paragraph["qas"].append(entry)
    return {"version": "v2.0", "data": list(articles.values())}


def export(database: Database, path: str | Path) -> tuple[int, int]:
    """Write the SQuAD 2.0 file of every vote in `database` to `path` (UTF-8 JSON);
    returns (questions written, of which marked for review). Raises OSError."""
    squad = to_squad(database.votes())
    Path(path).write_text(json.dumps(squad, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    entries = [qa for article in squad["data"] for qa in article["paragraphs"][0]["qas"]]
    return len(entries), sum(bool(qa.get("review")) for qa in entries)
