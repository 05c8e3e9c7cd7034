"""SQuAD 2.0 evaluation: read the field's JSON format, score answers as the
official script does.

Source of the metric: the official SQuAD 2.0 evaluation script
(`evaluate-v2.0.py`, Rajpurkar et al. 2018): answers and gold spans are
normalised (lower case, punctuation removed, English articles a/an/the
removed, white space collapsed); exact match (EM) is 1 when the normalised
prediction equals a normalised gold span; F1 is the token-overlap F1 against
the best gold span. An unanswerable question scores 1 only for an empty
prediction, and an answerable one scores 0 for it. A question is unanswerable
when the file marks it "is_impossible": true (or gives neither answers nor
"is_impossible"), even when it gives answers too: the official script reads
"answers" alone and would score that one as answerable (`squad_notes` names
such questions). For French articles we
also drop le/la/les/l'/un/une/des/du/de/d' and all Unicode punctuation
(« » ’ …), as shared/eval/README.external.md asks.

Each `data[]` entry is one article: its paragraphs' contexts joined by a blank
line, named by its title. An entry whose title an earlier entry has is an
article of its own all the same, named "title (2)", "title (3)"…
"""
from __future__ import annotations

import errno
import json
import re
import string
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from pathlib import Path

_ARTICLES = re.compile(r"\b(a|an|the|le|la|les|l'|l’|un|une|des|du|de|d'|d’)(?=\s|$)|\b(l|d)['’]", re.UNICODE)


@dataclass(frozen=True)
class SquadQuestion:
    """One question: id (str), question (str), answers (tuple of gold span
    texts, empty when unanswerable), impossible (bool); guessed (bool): True when the file gives neither answers
    nor "is_impossible", and the question is read as unanswerable (`squad_notes` says so); overruled (bool): True
    when the file marks it "is_impossible": true and gives answers all the same, which are left out (`answers`
    empty): it is scored as unanswerable (`squad_notes` says so); position (int): its place among the file's
    questions (every qas[] entry, in file order, from 1; 0 when not read from a file); shared (bool): True when
    another question of the file has its id, so that a note names it by its position too (`label`)."""

    id: str
    question: str
    answers: tuple[str, ...]
    impossible: bool
    guessed: bool = False
    overruled: bool = False
    position: int = 0
    shared: bool = False


@dataclass(frozen=True)
class SquadArticle:
    """One `data[]` entry of a SQuAD file: title (str; "title (2)" for a title
    an earlier entry has, see read_squad), context (the paragraphs' contexts
    joined by a blank line), questions in file order; unscored: the ids of its questions left out for want of a gold
    answer (answerable, `answers` empty: a 👎 of `article-bot feedback export` not yet reviewed), in file order."""

    title: str
    context: str
    questions: tuple[SquadQuestion, ...]
    unscored: tuple[str, ...] = ()


def read_text(path: str | Path) -> str:
    """The text of a UTF-8 file (a BOM removed).

    Raises ValueError with one line naming the file, what is wrong and what to
    do (and the line, for bytes that are not UTF-8) when it is missing, a
    directory, not a regular file (a device, a pipe), unreadable or not UTF-8.
    """
    p = Path(path)
    try:  # exists() itself raises OSError on a name too long for the file system
        if p.exists() and not p.is_file() and not p.is_dir():  # /dev/zero never ends, a pipe without a writer never opens
            raise ValueError(f"{path}: not a regular file (a device or a pipe): give the path of a file")
        raw = p.read_bytes()
    except FileNotFoundError:
        raise ValueError(f"{path}: no such file: check the name and the folder") from None
    except IsADirectoryError:
        raise ValueError(f"{path}: is a directory, not a file: give the path of a file") from None
    except OSError as exc:
        hint = "check the name" if exc.errno == errno.ENAMETOOLONG else "check its permissions"
        raise ValueError(f"{path}: cannot be read ({exc.strerror or exc}): {hint}") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise ValueError(f"{path}:{line}: not UTF-8 text: save the file as UTF-8") from None


def is_squad_json(path: str | Path) -> bool:
    """Whether `article-bot eval` reads the file at `path` as SQuAD JSON rather
    than TSV: its name ends with .json, or its first character other than white
    space (and a UTF-8 BOM) is "{". False for a file that cannot be read (the
    TSV reader then says why)."""
    p = Path(path)
    if p.name.lower().endswith(".json"):
        return True
    try:
        if not p.is_file():  # a pipe without a writer never opens
            return False
        with p.open("rb") as file:
            head = file.read(65536)
    except OSError:
        return False
    return head.removeprefix(b"\xef\xbb\xbf").lstrip()[:1] == b"{"


#: Why answerable questions without a gold answer are not scored (`ids` names them), and what to do.
UNSCORED = ("{n} answerable question(s) have no gold answer and are not scored (id {ids}): "
            "fill in their \"answers\" or set \"is_impossible\": true")
SHOWN_IDS = 3  # the question ids a note names; "and N more" counts the others


def named(ids: list[str], shown: int = SHOWN_IDS) -> str:
    """The first `shown` of `ids` (question ids, str), as a note names them: "q0, q1, q2 and 2 more"."""
    return ", ".join(ids[:shown]) + (f" and {len(ids) - shown} more" if len(ids) > shown else "")


def labelled(questions: list[SquadQuestion], shown: int = SHOWN_IDS) -> str:
    """The first `shown` of `questions` as a note names them in brackets: "id q0, q1, q2 and 2 more" (`named`); a
    question whose id another question of the file has is named by its position in the file too (trial 57: of two
    questions "q1", a note "(id q1)" could not say which): "question 7, id q1; id q2"."""
    if not any(q.shared and q.position for q in questions[:shown]):
        return "id " + named([q.id for q in questions], shown)
    names = [f"question {q.position}, id {q.id}" if q.shared and q.position else f"id {q.id}"
             for q in questions[:shown]]
    return "; ".join(names) + (f" and {len(questions) - shown} more" if len(questions) > shown else "")


def unscored_note(articles: list[SquadArticle]) -> str | None:
    """UNSCORED for the questions of `articles` (of `read_squad`) left out for want of a gold answer, naming their
    first ids; None when there are none."""
    ids = [i for art in articles for i in art.unscored]
    return UNSCORED.format(n=len(ids), ids=named(ids)) if ids else None


def read_squad(path: str | Path) -> list[SquadArticle]:
    """The articles of a SQuAD 2.0 JSON file (`data[].title`,
    `paragraphs[].context`, `qas[]` with `id`, `question`, `answers[{text}]`,
    `is_impossible`).

    Each entry is an article; one whose title an earlier entry has is named
    "title (2)" (then "(3)"…), so that the two are not taken for one; one with
    no title (missing, null or blank) is named "article N", N its place in `data`.
    Questions marked answerable with no answer are left out (their ids in
    SquadArticle.unscored, told by `unscored_note`). Raises ValueError with one line naming the file
    (see `read_text`; "FILE is empty: …" for an empty or blank one), and the place when the JSON or its shape is
    not SQuAD's
    (the article, paragraph or question missing a field: "data[0].paragraphs[0].qas[2] is not a
    SQuAD 2.0 question (missing or wrong 'id')"; an `is_impossible` that is no JSON true or false) or it has no
    question to score. What is readable
    but likely a mistake is told by `squad_notes`.
    """
    text = read_text(path)
    if not text.strip():  # trial 53: an empty file was "not valid JSON (Expecting value)"
        raise ValueError(f"{path} is empty: give a SQuAD 2.0 JSON file")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg}): give a SQuAD 2.0 JSON file") from None
    if not isinstance(data, dict) or not isinstance(data.get("data"), list):
        raise ValueError(f"{path}: not SQuAD 2.0 JSON: expected an object with a \"data\" list")
    out, titles, ids = [], Counter(), Counter()  # ids: of every question of the file, scored or not
    for t, entry in enumerate(data["data"]):
        # where a missing or wrong field is, named as deep as it goes: "data[0].paragraphs[0].qas[2]" (trial 42
        # looked for the 'id' of a question on its article)
        where, what = f"data[{t}]", "article"
        try:
            contexts, questions, unscored = [], [], []
            for i, p in enumerate(_field(entry, "paragraphs", list)):
                where, what = f"data[{t}].paragraphs[{i}]", "paragraph"
                contexts.append(_field(p, "context", str))
                for j, qa in enumerate(_field(p, "qas", list)):
                    where, what = f"data[{t}].paragraphs[{i}].qas[{j}]", "question"
                    question, answers = _field(qa, "question", str), qa.get("answers", [])
                    ids[str(qa["id"])] += 1
                    if not isinstance(answers, list):
                        raise KeyError("answers")
                    answers = tuple(dict.fromkeys(_field(a, "text", str) for a in answers))
                    impossible = qa.get("is_impossible", not answers)
                    if not isinstance(impossible, bool):  # "no" was read as true (trial 43)
                        raise ValueError(f"{path}: {where} is not a SQuAD 2.0 question ('is_impossible' must be true "
                                         f"or false, not {json.dumps(impossible, ensure_ascii=False)})")
                    if not impossible and not answers:
                        unscored.append(str(qa["id"]))  # answerable with no gold answer: nothing to score against
                        continue
                    questions.append(SquadQuestion(str(qa["id"]), question, () if impossible else answers, impossible,
                                                   guessed="is_impossible" not in qa and not answers,
                                                   overruled=impossible and bool(answers), position=ids.total()))
            # a title missing, null or blank is "article N", N the entry's place (trial 55: null was "None")
            title = entry.get("title")
            title = f"article {t + 1}" if title is None or not str(title).strip() else str(title)
            titles[title] += 1
            name = title if titles[title] == 1 else f"{title} ({titles[title]})"
            out.append(SquadArticle(name, "\n\n".join(contexts), tuple(questions), tuple(unscored)))
        except KeyError as exc:
            raise ValueError(f"{path}: {where} is not a SQuAD 2.0 {what} (missing or wrong {exc})") from None
    out = [replace(art, questions=tuple(replace(q, shared=ids[q.id] > 1) for q in art.questions)) for art in out]
    if not any(art.questions for art in out):
        if any(art.unscored for art in out):
            raise ValueError(f"{path}: {unscored_note(out)}, and no other questions")
        raise ValueError(f"{path}: no questions (SQuAD 2.0: data[].paragraphs[].qas[])")
    return out


def squad_notes(articles: list[SquadArticle], shown: int = SHOWN_IDS) -> list[str]:
    """What in `articles` (of `read_squad`) is likely a mistake yet scorable, one line each (`article-bot eval`
    prints them as "note:" lines): gold answers their article's context does not hold, once both are normalised
    (`normalize`; "58" is in "58-year-old"): a typo scores 0 whatever the bot says; question ids used more than
    once; questions with neither answers nor "is_impossible" (SquadQuestion.guessed), scored as unanswerable;
    questions marked "is_impossible": true with answers (SquadQuestion.overruled), scored as unanswerable. Each names
    its first `shown` question ids (`labelled`: with its position in the file, a question whose id another has). The questions left out for want of a gold answer are `unscored_note`'s;
    those the bot refuses (empty, too long, with no words to look for), index.evaluate.refusal_notes'. Returns a
    list of str, [] when none."""
    questions = [(art, q) for art in articles for q in art.questions]
    contexts = {art.title: normalize(art.context) for art in articles}

    def ids(found: list[SquadQuestion]) -> str:
        return labelled(found, shown)

    not_held = [q for art, q in questions if any(normalize(g) not in contexts[art.title] for g in q.answers)]
    counts = Counter(q.id for _, q in questions)
    repeated = [i for i, n in counts.items() if n > 1]
    guessed = [q for _, q in questions if q.guessed]
    overruled = [q for _, q in questions if q.overruled]
    notes = []
    if not_held:
        notes.append(f"{len(not_held)} question(s) have a gold answer that is not in their context, so that no answer "
                     f"quoted from it can match ({ids(not_held)}): check the answer's text")
    if repeated:
        notes.append(f"{len(repeated)} question id(s) are used more than once (id {named(repeated, shown)}): give "
                     "each question its own id")
    if guessed:  # a fresh user's check: such a question was scored as unanswerable without a word
        notes.append(f"{len(guessed)} question(s) have no answer and no \"is_impossible\", and are scored as "
                     f"unanswerable ({ids(guessed)}): set \"is_impossible\": true, or give the answer")
    if overruled:  # SQuAD 2.0's official script reads "answers" alone: it would score them as answerable
        notes.append(f"{len(overruled)} question(s) are marked \"is_impossible\": true but have \"answers\", and are "
                     f"scored as unanswerable, their answers left out ({ids(overruled)}): empty their \"answers\", "
                     "or set \"is_impossible\": false")
    return notes


def _field(item, key: str, kind: type):
    """item[key] when `item` is an object whose `key` is a `kind`; KeyError(key) otherwise."""
    value = item.get(key) if isinstance(item, dict) else None
    if not isinstance(value, kind):
        raise KeyError(key)
    return value


def normalize(text: str) -> str:
    """The official SQuAD normalisation, plus French articles and all Unicode
    punctuation: lower case, articles removed (also elided: "l'", "d'"),
    punctuation deleted as the official script deletes it ("9.5%" -> "95",
    not "9 5"), articles removed again, white space collapsed. Returns a str."""
    text = unicodedata.normalize("NFC", text).lower()
    text = _ARTICLES.sub(" ", text)
    text = "".join("" if unicodedata.category(c).startswith("P") or c in string.punctuation else c for c in text)
    text = _ARTICLES.sub(" ", text)
    return " ".join(text.split())


def exact(prediction: str, golds: tuple[str, ...]) -> float:
    """Exact match: 1.0 when normalised `prediction` equals a normalised gold
    span; for an unanswerable question (no gold), 1.0 when it is empty."""
    if not golds:
        return float(not prediction)
    p = normalize(prediction)
    return float(any(p == normalize(g) for g in golds))


def f1(prediction: str, golds: tuple[str, ...]) -> float:
    """Token-overlap F1 in [0, 1] against the best gold span (official
    script); unanswerable questions as in `exact`."""
    if not golds:
        return float(not prediction)
    pred = normalize(prediction).split()
    best = 0.0
    for g in golds:
        gold = normalize(g).split()
        if not pred or not gold:
            best = max(best, float(pred == gold))
            continue
        common = sum((Counter(pred) & Counter(gold)).values())
        if common:
            precision, recall = common / len(pred), common / len(gold)
            best = max(best, 2 * precision * recall / (precision + recall))
    return best


def contains(passage: str, golds: tuple[str, ...]) -> bool:
    """Whether a gold span's normalised text is inside the normalised passage."""
    p = f" {normalize(passage)} "
    return any(normalize(g) and f" {normalize(g)} " in p for g in golds)
