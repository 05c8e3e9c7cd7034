"""SQuAD 2.0 evaluation: the official metric, the file reader, and floors on the development files."""
import json

import pytest

from bot.cli import main
from index import dense
from index.article import parse_article
from index.errors import QuestionError, QuestionTooLong
from index.evaluate import Row, SquadRow, evaluate_squad, refusal_notes, squad_summary
from index.qa import QA
from index.squad import SquadArticle, SquadQuestion, exact, f1, normalize, read_squad, squad_notes
from tests.conftest import REPO

SHARED_EVAL = REPO.parent / "shared" / "eval"


@pytest.mark.parametrize("text, normal", [
    ("The £75m ($141m).", "£75m 141m"),
    ("L’University of the Ryukyus", "university of ryukyus"),
    ("« mules »", "mules"),
    ("l'économie et la dette", "économie et dette"),
    ("Des ailes  plus courtes", "ailes plus courtes"),
    ("a 9.5% pay rise", "95 pay rise"),  # punctuation deleted, as the official script does: "5" is no part of it
])
def test_normalisation(text, normal):
    assert normalize(text) == normal


def test_exact_and_f1_as_the_official_script():
    assert exact("the £10", ("£10", "£10 one-way")) == 1.0
    assert f1("£75m", ("£75m ($141m)",)) == pytest.approx(2 / 3)
    assert f1("5", ("9.5%",)) == 0.0
    assert f1("", ()) == 1.0 and exact("", ()) == 1.0       # unanswerable, abstained
    assert f1("Bates", ()) == 0.0                           # unanswerable, answered
    assert f1("", ("Ken Bates",)) == 0.0                    # answerable, abstained


def test_an_unanswerable_question_is_right_only_when_the_bot_abstains():
    """From a new user's trial: quoting passages without a short answer ("The article says:") on an
    unanswerable question scored EM 1, its prediction being empty; it is an answer, and wrong."""
    unanswerable = SquadQuestion("u", "Who is the prefect?", (), True)
    answerable = SquadQuestion("a", "Who is the mayor?", ("Linda Carter",), False)
    quoted, abstained = SquadRow("t", unanswerable, "", True, ("s",)), SquadRow("t", unanswerable, "", False, ("s",))
    assert (quoted.exact, quoted.f1, abstained.exact, abstained.f1) == (0.0, 0.0, 1.0, 1.0)
    assert SquadRow("t", answerable, "Linda Carter", True, ()).exact == 1.0
    assert SquadRow("t", answerable, "", True, ("Mayor Linda Carter said",)).f1 == 0.0
    summary = squad_summary([quoted, abstained])
    assert (summary["NoAns_exact"], summary["exact"]) == (0.5, 0.5)


SMALL = {"version": "v2.0", "data": [{"title": "library", "paragraphs": [
    {"context": "The Millbrook Town Council voted on Tuesday to build a new library.",
     "qas": [{"id": "a", "question": "When did the council vote?", "answers": [{"text": "Tuesday", "answer_start": 35}],
              "is_impossible": False},
             {"id": "b", "question": "Who founded Microsoft?", "answers": [], "is_impossible": True}]},
    {"context": "Mayor Linda Carter said the library would open in March 2027.",
     "qas": [{"id": "c", "question": "Who is the mayor?", "answers": [{"text": "Linda Carter", "answer_start": 6}],
              "is_impossible": False}]}]}]}


def test_one_title_is_one_article_of_its_paragraphs(tmp_path):
    path = tmp_path / "small.json"
    path.write_text(json.dumps(SMALL), encoding="utf-8")
    (art,) = read_squad(path)
    assert art.context == SMALL["data"][0]["paragraphs"][0]["context"] + "\n\n" + SMALL["data"][0]["paragraphs"][1]["context"]
    assert [q.id for q in art.questions] == ["a", "b", "c"] and art.questions[1].impossible


def test_entries_of_the_same_title_are_articles_of_their_own(tmp_path, capsys):
    """A new user's trial: two data[] entries titled alike were one row of the per-title table."""
    second = {"title": "library", "paragraphs": [{"context": "The old library closed in 1990 after a fire.", "qas": [
        {"id": "e", "question": "When did the old library close?", "answers": [{"text": "1990", "answer_start": 23}],
         "is_impossible": False}]}]}
    path = tmp_path / "twice.json"
    path.write_text(json.dumps({"version": "v2.0", "data": SMALL["data"] + [second] * 2}), encoding="utf-8")
    articles = read_squad(path)
    assert [(a.title, [q.id for q in a.questions]) for a in articles] == [
        ("library", ["a", "b", "c"]), ("library (2)", ["e"]), ("library (3)", ["e"])]
    assert articles[1].context == "The old library closed in 1990 after a fire."
    assert main(["--bm25-only", "eval", str(path)]) == 0
    table = [line.split()[0:2] for line in capsys.readouterr().out.splitlines()[-5:-1]]
    assert table == [["library", "1.000"], ["library", "(2)"], ["library", "(3)"], ["overall", "1.000"]]


def test_an_entry_with_no_title_is_named_by_its_place(tmp_path, capsys):
    """Trial 55: `"title": null` was the row "None" of the per-title table."""
    entries = [dict(SMALL["data"][0], title=title) for title in (None, "", "library")] + [
        {k: v for k, v in SMALL["data"][0].items() if k != "title"}]
    path = tmp_path / "notitle.json"
    path.write_text(json.dumps({"version": "v2.0", "data": entries}), encoding="utf-8")
    assert [a.title for a in read_squad(path)] == ["article 1", "article 2", "library", "article 4"]
    assert main(["--bm25-only", "eval", "--summary", str(path)]) == 0
    table = [line.split()[0:2] for line in capsys.readouterr().out.splitlines()[-6:-1]]
    assert table == [["article", "1"], ["article", "2"], ["library", "1.000"], ["article", "4"], ["overall", "1.000"]]


def test_a_squad_file_not_named_json_is_read_as_json(tmp_path, capsys):
    """A new user's trial: SQuAD JSON saved as small.txt was read as TSV ("got no tab")."""
    path = tmp_path / "small.txt"
    path.write_text("\n  " + json.dumps(SMALL), encoding="utf-8-sig")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "exact=1.000 f1=1.000 HasAns_f1=1.000 NoAns_exact=1.000 passage_recall@1=1.000 n=3")


def test_a_question_too_long_to_ask_is_noted(tmp_path, capsys):
    """A new user's trial: a question over 1,000 characters was scored as abstained without a note; a later one: the
    note did not name its id, where the other notes do."""
    long = {"id": "x", "question": "When did the council vote" + " really" * 140 + "?", "answers": [], "is_impossible": True}
    data = json.loads(json.dumps(SMALL))
    data["data"][0]["paragraphs"][0]["qas"].append(long)
    path = tmp_path / "long.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == ("note: ranked with BM25 only (--bm25-only)\n"
                   "note: 1 question(s) are over 1,000 characters, which the bot refuses, and are scored as abstained "
                   "(id x)\n")
    assert out.splitlines()[-1].endswith(" n=4")


def test_cli_prints_the_summary_line(tmp_path, capsys):
    path = tmp_path / "small.json"
    path.write_text(json.dumps(SMALL), encoding="utf-8")
    assert main(["eval", str(path)]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == (
        "exact=1.000 f1=1.000 HasAns_f1=1.000 NoAns_exact=1.000 passage_recall@1=1.000 n=3")


STATION = "to build a new library in the old railway station by the river Mill"  # 67 characters
SEVERAL = {"version": "v2.0", "data": [{"title": "library", "paragraphs": [
    {"context": f"The Millbrook Town Council voted on Tuesday {STATION}.",
     "qas": [{"id": "a", "question": "Who voted to build a new library?",
              "answers": [{"text": "The Millbrook Town Council", "answer_start": 0},
                          {"text": "Millbrook Town Council", "answer_start": 4}], "is_impossible": False},
             {"id": "b", "question": "What did the council vote for on Tuesday?",
              "answers": [{"text": STATION, "answer_start": 44}], "is_impossible": False},
             {"id": "c", "question": "Who founded Microsoft?", "answers": [], "is_impossible": True}]},
    {"context": "Mayor Linda Carter said the library would open in March 2027.",
     "qas": [{"id": "d", "question": "When will the library open?",
              "answers": [{"text": t, "answer_start": 0} for t in ("in March 2027", "March 2027", "2027")],
              "is_impossible": False}]}]}]}


def test_cli_table_shows_the_gold_closest_to_the_prediction_and_how_many_others(tmp_path, capsys):
    """A new user's trial: gold answers were cut at 24 characters mid-word ("Dresdner Kleinwort Wasse"), and
    only the first was shown, so whether the prediction matched could not be told. Now 50 characters, cut at
    a word with "…" beyond; the gold shown is the one the prediction scores best against, "(+N more)" the others."""
    path = tmp_path / "several.json"
    path.write_text(json.dumps(SEVERAL), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.rstrip() for line in lines[:5]] == [
        f"{'id':2} {'question':50} {'gold':50} {'prediction':50} EM  F1",
        f"{'a':2} {'Who voted to build a new library?':50} {'The Millbrook Town Council (+1 more)':50} "
        f"{'Millbrook Town Council':50} 1 1.00",
        f"{'b':2} {'What did the council vote for on Tuesday?':50} {'to build a new library in the old railway…':50} "
        f"{'build a new library in the old railway station…':50} 0 0.95",
        f"{'c':2} {'Who founded Microsoft?':50} {'-':50} {'(abstained)':50} 1 1.00",
        f"{'d':2} {'When will the library open?':50} {'March 2027 (+2 more)':50} {'March 2027':50} 1 1.00"]
    assert lines[-1] == "exact=0.750 f1=0.988 HasAns_f1=0.984 NoAns_exact=1.000 passage_recall@1=1.000 n=4"


def test_cli_table_tells_a_decline_not_sure_from_a_certain_one(tmp_path, capsys):
    """A new user's trial 40 could not tell "I'm not sure" from "The article doesn't say" in the table."""
    data = {"version": "v2.0", "data": [{"title": "plan", "paragraphs": [
        {"context": "Council backs plan\n\nThe plan was approved on Tuesday by a large majority of councillors.",
         "qas": [{"id": "a", "question": "Who proposed the plan?", "answers": [], "is_impossible": True},
                 {"id": "b", "question": "Who founded Microsoft?", "answers": [], "is_impossible": True}]}]}]}
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.rstrip() for line in lines[1:3]] == [
        f"{'a':2} {'Who proposed the plan?':50} {'-':50} {'(not sure)':50} 1 1.00",
        f"{'b':2} {'Who founded Microsoft?':50} {'-':50} {'(abstained)':50} 1 1.00"]


@pytest.mark.parametrize("name, content, message", [
    ("small.json", b"{", "small.json:1: not valid JSON (Expecting property name enclosed in double quotes): "
                          "give a SQuAD 2.0 JSON file"),
    ("small.json", b"[]", 'small.json: not SQuAD 2.0 JSON: expected an object with a "data" list'),
    ("small.json", b'{"data": [{"title": "x"}]}',
     "small.json: data[0] is not a SQuAD 2.0 article (missing or wrong 'paragraphs')"),
    ("small.json", b"\xff\xfe\x00", "small.json:1: not UTF-8 text: save the file as UTF-8"),
    ("small.json", b'{"data": [{"title": "x", "paragraphs": [{"context": "It rained.", "qas": '
                   b'[{"id": "1", "question": "Did it rain?", "answers": [], "is_impossible": false}]}]}]}',
     'small.json: 1 answerable question(s) have no gold answer and are not scored (id 1): fill in their "answers" '
     'or set "is_impossible": true, and no other questions'),
    ("questions.tsv", None, "questions.tsv: no such file: check the name and the folder"),
    # Trial 53: an empty file (or one of blanks) was "no questions", not "is empty" as an empty article is. A new
    # user's `eval empty.txt` was told of TSV alone: the line names both formats eval reads.
    ("questions.tsv", b"", "questions.tsv is empty: give a SQuAD 2.0 JSON file or a TSV of questions (one per line: "
                           "question<TAB>gold sentence numbers or -)"),
    ("questions.tsv", b" \n\t\n", "questions.tsv is empty: give a SQuAD 2.0 JSON file or a TSV of questions (one per "
                                  "line: question<TAB>gold sentence numbers or -)"),
    ("empty.txt", b"", "empty.txt is empty: give a SQuAD 2.0 JSON file or a TSV of questions (one per line: "
                       "question<TAB>gold sentence numbers or -)"),
    ("small.json", b"", "small.json is empty: give a SQuAD 2.0 JSON file"),
    ("small.json", b"\xef\xbb\xbf \n", "small.json is empty: give a SQuAD 2.0 JSON file"),
    ("questions.tsv", b"# only a comment\n", "questions.tsv: no questions (one per line: question<TAB>gold sentence "
                                           "numbers or -)"),
    ("questions.tsv", b"Who owns TikTok?\t8\nQui \xe9tait l\xe0 ?\t1\n",
     "questions.tsv:2: not UTF-8 text: save the file as UTF-8"),
    ("questions.tsv", b"Who owns TikTok?\t8\nno tab here\n", "questions.tsv:2: expected 'question<TAB>gold', got no tab"),
    ("questions.tsv", b"Who owns TikTok?\teight\n",
     "questions.tsv:1: expected 'question<TAB>gold' with gold sentence numbers like 4 or 6,7, or '-', got 'eight'; "
     "if this line is a header, delete it or start it with # (a comment)"),
    # Trial 50: a header line said only ":1: gold must be sentence numbers…"; after a comment it is still the first.
    ("questions.tsv", b"question\tsentences\nWho owns TikTok?\t8\n",
     "questions.tsv:1: expected 'question<TAB>gold' with gold sentence numbers like 4 or 6,7, or '-', got 'sentences'; "
     "if this line is a header, delete it or start it with # (a comment)"),
    ("questions.tsv", b"# TikTok\n\nQuestion\tGold\nWho owns TikTok?\t8\n",
     "questions.tsv:3: expected 'question<TAB>gold' with gold sentence numbers like 4 or 6,7, or '-', got 'Gold'; "
     "if this line is a header, delete it or start it with # (a comment)"),
    ("questions.tsv", b"Who owns TikTok?\t8\nWho is the CEO?\tKevin Mayer\n",
     "questions.tsv:2: expected 'question<TAB>gold' with gold sentence numbers like 4 or 6,7, or '-', got 'Kevin Mayer'"),
])
def test_a_bad_eval_file_is_refused_in_one_line_naming_file_and_line(tmp_path, capsys, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert main(["--bm25-only", "eval", str(path)]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path}/{message}\n"


@pytest.mark.parametrize("name, text, line", [
    ("article.txt", "Harbour Ales lifts profit\n\nHarbour Ales made a pre-tax profit of £12.4 million last year.\n", 1),
    # a Markdown "# Title" line reads as a TSV comment: the first line with no tab is the byline
    ("harbour.md", "# Harbour Ales lifts profit\n\nBy Helen Marsh\n\nHarbour Ales made a profit.\n", 3),
    # commas in its title and first paragraph, not as many in each line as CSV has (trial 53)
    ("fire.txt", "Fire at the harbour, two hurt\n\nA fire broke out on Tuesday, the police said.\n\nNo one died.\n", 1),
], ids=["txt", "md", "commas"])
def test_an_article_given_to_eval_is_told_what_eval_reads_and_where_the_article_goes(tmp_path, capsys, name, text,
                                                                                      line):
    """A new user's trial: `article-bot eval article.txt` said only "expected 'question<TAB>gold', got no tab", with
    no word of the SQuAD 2.0 file or TSV of questions meant, nor of --article (a later line with no tab still says
    only that: test_a_bad_eval_file_is_refused_in_one_line_naming_file_and_line)."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 2
    assert capsys.readouterr() == ("", (
        f"error: {path}:{line}: expected 'question<TAB>gold', got no tab: eval reads questions, from a SQuAD 2.0 .json "
        "file or a TSV of question<TAB>gold lines; if this is the article, give it with --article (article-bot "
        f"--article {path} eval QUESTIONS.tsv)\n"))


@pytest.mark.parametrize("text, message", [
    ("who bought valley fm,2\n", "q4.tsv:1: expected 'question<TAB>gold', got a comma before the gold '2': separate "
                                  "the question from its gold sentence numbers with a tab, not a comma"),
    ("Who owns TikTok?\t8\nWho is the CEO?, 6,7\n", "q4.tsv:2: expected 'question<TAB>gold', got a comma before the "
     "gold '6,7': separate the question from its gold sentence numbers with a tab, not a comma"),
    # a title ending with a number's comma is prose: the article hint stays
    ("Profit tops 1,000\n", "q4.tsv:1: expected 'question<TAB>gold', got no tab: eval reads questions, from a SQuAD "
     "2.0 .json file or a TSV of question<TAB>gold lines; if this is the article, give it with --article (article-bot "
     "--article {path} eval QUESTIONS.tsv)"),
], ids=["trial-61", "later-line", "prose"])
def test_a_question_and_gold_separated_by_a_comma_is_told_to_use_a_tab(tmp_path, capsys, text, message):
    """Trial 61: "who bought valley fm,2" in q4.tsv was told "got no tab: … if this is the article, give it with
    --article", as if the questions were the article."""
    path = tmp_path / "q4.tsv"
    path.write_text(text, encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 2
    assert capsys.readouterr() == ("", f"error: {tmp_path}/{message.format(path=path)}\n")


CSV_ERROR = ("error: {path}: looks like CSV (comma-separated values), which eval does not read: eval reads a SQuAD 2.0 "
             "JSON file or a TSV of question<TAB>gold sentence numbers; write question/answer pairs as SQuAD 2.0 JSON "
             "(README: \"The questions file\"), or save questions with their gold sentence numbers as tab-separated "
             "values\n")


@pytest.mark.parametrize("name, text", [
    ("q.csv", "question,answer\nWho owns TikTok?,ByteDance\nWho is the CEO?,Kevin Mayer\n"),
    ("q.csv", "Who owns TikTok?;ByteDance\n"),  # named .csv, whatever its separator
    ("questions.txt", "# TikTok\nquestion,answer\n\nWho owns TikTok?,ByteDance\n"),  # as many commas in each line
], ids=["trial-53", "named-csv", "comma-lines"])
def test_a_csv_file_given_to_eval_is_told_eval_reads_no_csv_and_how_to_write_its_questions(tmp_path, capsys, name,
                                                                                          text):
    """Trial 53: `article-bot eval q.csv` of question,answer lines said "got no tab: … if this is the article, give
    it with --article", as if the questions were the article, and never that CSV is not read."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 2
    assert capsys.readouterr() == ("", CSV_ERROR.format(path=path))


# Floors: the figures reached on the development files (e5 mode), so that they cannot silently regress.
# news-dev NoAns_exact 0.70 -> 0.675 on 2026-12-03 with the role verbs (index.query.ROLE_VERBS): "who runs easyjet"
# (unanswerable) is answered with BA's chief executive, "whos the ceo of britsh airways" now right; f1 unchanged.
@pytest.mark.parametrize("name, floors", [
    # news-dev f1 0.652 -> 0.665, NoAns_exact 0.675 -> 0.70, passage recall@1 0.845 -> 0.855 on 2026-12-03 (ages opening a
    # sentence, a maximum asked as a quantity, index.rank.yielding reading two sentences).
    # news-dev f1 0.665 -> 0.672, exact 0.627 -> 0.633, NoAns_exact 0.70 -> 0.725 on 2026-12-03 (a year asked is no clock
    # time: "0227 GMT").
    # news-dev f1 0.672 -> 0.685, exact 0.633 -> 0.640, NoAns_exact 0.725 -> 0.75 on 2026-12-04 (a purpose asked, a
    # nationality asked).
    # news-dev f1 0.685 -> 0.692, NoAns_exact 0.75 -> 0.775 on 2026-12-04 (a price of what the best sentence never
    # names, across languages, by the bilingual list).
    # news-dev f1 0.692 -> 0.712 on 2026-12-05 (trial 40's rules: NoAns 0.775 -> 0.800).
    # news-dev f1 0.712 -> 0.718 on 2026-12-06 (a thing mentioned without its name: NoAns 0.800 -> 0.825).
    ("news/news-dev.json", {"exact": 0.67, "f1": 0.71, "HasAns_f1": 0.67, "NoAns_exact": 0.82, "passage_recall@1": 0.87}),
    # SQuAD sample f1 0.425 -> 0.455 on 2026-12-03 (index.abstain.named_else for every question).
    # SQuAD sample f1 0.455 -> 0.465 on 2026-12-04 (the date of an event asked, index.abstain.event_else).
    ("squad2-dev-sample.en.json", {"exact": 0.43, "f1": 0.46, "HasAns_f1": 0.47, "NoAns_exact": 0.45, "passage_recall@1": 0.74}),
    # PIAF f1 0.257 -> 0.270 on 2026-12-03 (an early year: "en 338").
    # PIAF f1 0.270 -> 0.280 on 2026-12-04 (a year of an era: "206 av. J.-C").
    ("piaf-dev-sample.fr.json", {"exact": 0.18, "f1": 0.28, "HasAns_f1": 0.28, "passage_recall@1": 0.57}),
    # The repository's own development files (benchmarks/dev/README.md), at 2026-12-03 (trials 29 to 33: 2026-12-04).
    # Trials 26 and 27 f1 0.710 -> 0.719 and 0.693 -> 0.711 on 2026-12-04 (how often; a number dated with the year asked).
    # Trial 26 HasAns_f1 0.7102 -> 0.7098 on 2026-12-05 (one partial span, "condamné jeudi par le tribunal …" for
    # "What sentence did Le Bihan get?", once the noun counted weighed more: index.spans._bonus).
    # Trial 26 f1 0.719 -> 0.728 on 2026-12-05 ("What did the project cost when it was first…" asks money, not a date).
    ("trial26.json", {"exact": 0.68, "f1": 0.72, "HasAns_f1": 0.72, "NoAns_exact": 0.75, "passage_recall@1": 0.93}),
    ("trial27.json", {"exact": 0.63, "f1": 0.71, "HasAns_f1": 0.72, "NoAns_exact": 0.66, "passage_recall@1": 0.89}),
    # trial 28 f1 0.679 -> 0.697 on 2026-12-04 (volumes in cubic metres).
    # Trial 28 NoAns_exact 0.70 -> 0.666 on 2026-12-05: "what was the score when these two teams last met" (unanswerable)
    # asks a score since "when" opening a clause asks no date (index.answer_type._WH_THEN_WHEN), and is answered "10-9".
    ("trial28.json", {"exact": 0.69, "f1": 0.72, "HasAns_f1": 0.72, "NoAns_exact": 0.73, "passage_recall@1": 0.85}),
    ("trial29.json", {"exact": 0.79, "f1": 0.88, "HasAns_f1": 0.87, "NoAns_exact": 0.92, "passage_recall@1": 0.96}),
    # Trials 30 and 31 (2026-12-04): f1 0.674 and 0.648 at the commits they were written at, 0.732 and 0.677 with the
    # rules mended from them.
    # Trials 30 and 31 f1 0.732 -> 0.740 and 0.677 -> 0.713 on 2026-12-04 (money named by the question, lists of amounts).
    # Trials 30 and 31 f1 0.740 -> 0.747 and 0.713 -> 0.723 on 2026-12-04 (an officer of another field,
    # index.abstain.officer_else); trial 30 back to 0.740 the same day ("When was Frostvale founded?" answered with
    # Pixel Forge's founding once sentences not wording a founding were no rivals, index.abstain.margin).
    ("trial30.json", {"exact": 0.71, "f1": 0.73, "HasAns_f1": 0.75, "NoAns_exact": 0.66, "passage_recall@1": 0.86}),
    ("trial31.json", {"exact": 0.70, "f1": 0.72, "HasAns_f1": 0.73, "NoAns_exact": 0.66, "passage_recall@1": 0.87}),
    # Trials 32 and 33 (2026-12-04): f1 0.773 and 0.713 at the commits they were written at, 0.864 and 0.807 with the
    # rules mended from them.
    ("trial32.json", {"exact": 0.81, "f1": 0.86, "HasAns_f1": 0.84, "NoAns_exact": 0.90, "passage_recall@1": 0.91}),
    ("trial33.json", {"exact": 0.72, "f1": 0.80, "HasAns_f1": 0.80, "NoAns_exact": 0.80, "passage_recall@1": 0.93}),
    # Trial 34 (2026-12-04): f1 0.640 at the commit it was written at (fde3331), 0.762 with the rules mended from it.
    ("trial34.json", {"exact": 0.72, "f1": 0.76, "HasAns_f1": 0.72, "NoAns_exact": 0.85, "passage_recall@1": 0.85}),
    # Trials 35 and 36 (2026-12-04): f1 0.730 and 0.662 at the commit they were written at (2fd9f43), 0.823 and 0.755
    # with the rules mended from them.
    ("trial35.json", {"exact": 0.75, "f1": 0.80, "HasAns_f1": 0.76, "NoAns_exact": 0.88, "passage_recall@1": 0.85}),
    ("trial36.json", {"exact": 0.69, "f1": 0.73, "HasAns_f1": 0.71, "NoAns_exact": 0.79, "passage_recall@1": 0.82}),
    # Trial 37 (2026-12-04): f1 0.744 at the commit it was written at (43ec384), 0.769 with the word list mended from it.
    ("trial37.json", {"exact": 0.73, "f1": 0.75, "HasAns_f1": 0.69, "NoAns_exact": 0.90, "passage_recall@1": 0.80}),
    # Trial 38 (2026-12-04): f1 0.625 at the commit it was written at (3dd7d4b), 0.682 with the rules mended from it.
    ("trial38.json", {"exact": 0.63, "f1": 0.68, "HasAns_f1": 0.68, "NoAns_exact": 0.66, "passage_recall@1": 0.86}),
    # Trial 39 (2026-12-04): f1 0.706 at the commit it was written at (efcf1f1), 0.728 with the rules mended from it.
    ("trial39.json", {"exact": 0.69, "f1": 0.72, "HasAns_f1": 0.75, "NoAns_exact": 0.61, "passage_recall@1": 0.86}),
    # Trial 40 (2026-12-05): f1 0.753 at the commit it was written at (341382a), 0.860 with the rules mended from it.
    # Trial 40 f1 0.860 -> 0.849 on 2026-12-05: "who is the president of the conseil départemental" answered with the
    # riders' association's president once a past holding verb no longer made a rival sentence (index.abstain.margin).
    # Lowered on 2026-12-06: a new machine gives unchanged code (e68a8b7) exact 0.817, NoAns_exact 0.708, passage_recall@1 0.942
    # (near-ties ordered by e5's 4-bit kernels).
    ("trial40.json", {"exact": 0.81, "f1": 0.84, "HasAns_f1": 0.88, "NoAns_exact": 0.70, "passage_recall@1": 0.94}),
    # Trial 41 (2026-12-05): f1 0.736 at the commit it was written at (c72d731), 0.805 with the rules mended from it.
    # Lowered on 2026-12-06: a new machine gives unchanged code (e68a8b7) NoAns_exact 0.667
    # (near-ties ordered by e5's 4-bit kernels).
    ("trial41.json", {"exact": 0.76, "f1": 0.80, "HasAns_f1": 0.83, "NoAns_exact": 0.66, "passage_recall@1": 0.95}),
    # Trial 42 (2026-12-05): f1 0.767 at the commit it was written at (c995ebb), 0.791 with the rules mended from it.
    # Lowered on 2026-12-06: a new machine gives unchanged code (e68a8b7) exact 0.727, f1 0.782, HasAns_f1 0.802
    # (near-ties ordered by e5's 4-bit kernels).
    ("trial42.json", {"exact": 0.72, "f1": 0.78, "HasAns_f1": 0.80, "NoAns_exact": 0.70, "passage_recall@1": 0.91}),
    # Trial 43 (2026-12-05): f1 0.618 at the commit it was written at (d0cee8a), 0.655 with the rules mended from it.
    ("trial43.json", {"exact": 0.62, "f1": 0.65, "HasAns_f1": 0.61, "NoAns_exact": 0.79, "passage_recall@1": 0.89}),
    # Trial 44 (2026-12-05): f1 0.588 with `eval` at the commit it was written at (ecb1ac3), 0.620 with the rules
    # mended from it (0.611 here until parse_article read its bylines as the author, as `eval` and the console do).
    # f1 0.6197 on benchmarks/dev/trial44.json at 646a68d and after (a clean clone, where ../shared/eval is not), under
    # the 0.62 floor 646a68d set from a rounded 0.620: the floor is that figure, 0.619.
    ("trial44.json", {"exact": 0.59, "f1": 0.63, "HasAns_f1": 0.62, "NoAns_exact": 0.66, "passage_recall@1": 0.82}),
    # Trial 45 (2026-12-05): f1 0.626 with `eval` at the commit it was written at (a4a31e2), 0.710 with the rules
    # mended from it.
    ("trial45.json", {"exact": 0.64, "f1": 0.70, "HasAns_f1": 0.64, "NoAns_exact": 0.95, "passage_recall@1": 0.79}),
    # Trial 46 (2026-12-05): f1 0.629 with `eval` at the commit it was written at (717f714), 0.724 with the rules
    # mended from it and from trial 47.
    ("trial46.json", {"exact": 0.72, "f1": 0.73, "HasAns_f1": 0.75, "NoAns_exact": 0.66, "passage_recall@1": 0.83}),
    # Trial 47 (2026-12-05): f1 0.615 with `eval` at the commit it was written at (3a9a381), 0.658 with the rules
    # mended from it.
    ("trial47.json", {"exact": 0.62, "f1": 0.65, "HasAns_f1": 0.63, "NoAns_exact": 0.73, "passage_recall@1": 0.81}),
    # Trial 48 (2026-12-05): f1 0.714 with `eval` at the commit it was written at (eb086f3), 0.765 with the rules
    # mended from it and from trial 49.
    ("trial48.json", {"exact": 0.72, "f1": 0.76, "HasAns_f1": 0.76, "NoAns_exact": 0.76, "passage_recall@1": 0.86}),
    # Trial 49 (2026-12-05): f1 0.655 with `eval` at the commit it was written at (a6cb9f2), 0.684 with the rules
    # mended from it.
    ("trial49.json", {"exact": 0.67, "f1": 0.68, "HasAns_f1": 0.68, "NoAns_exact": 0.66, "passage_recall@1": 0.82}),
    # Trial 50 (2026-12-05): f1 0.708 with `eval` at the commit it was written at (5278dc1), 0.733 with the rules
    # mended from it and from trial 49.
    ("trial50.json", {"exact": 0.69, "f1": 0.75, "HasAns_f1": 0.74, "NoAns_exact": 0.78, "passage_recall@1": 0.86}),
    # Trial 51 (2026-12-06): f1 0.644 with `eval` at the commit it was written at (bc95d7b), 0.678 with the rules
    # mended from it.
    ("trial51.json", {"exact": 0.67, "f1": 0.70, "HasAns_f1": 0.72, "NoAns_exact": 0.63, "passage_recall@1": 0.83}),
    # Trial 52 (2026-12-06): f1 0.627 with `eval` at the commit it was written at (e68a8b7), 0.702 with the rules
    # mended from it.
    ("trial52.json", {"exact": 0.65, "f1": 0.70, "HasAns_f1": 0.68, "NoAns_exact": 0.76, "passage_recall@1": 0.85}),
    # Trial 53 (2026-12-06): f1 0.621 with `eval` at the commit it was written at (9b7685c), 0.642 with the rules
    # mended from it.
    ("trial53.json", {"exact": 0.64, "f1": 0.66, "HasAns_f1": 0.66, "NoAns_exact": 0.66, "passage_recall@1": 0.91}),
    # Trial 54 (2026-12-06): f1 0.607 with `eval` at the commit it was written at (29bde22), 0.670 with the rules
    # mended from it.
    ("trial54.json", {"exact": 0.57, "f1": 0.67, "HasAns_f1": 0.65, "NoAns_exact": 0.73, "passage_recall@1": 0.77}),
    # Trial 55 (2026-12-06): f1 0.678 with `eval` at the commit it was written at (4534e81), 0.728 with the rules
    # mended from it.
    ("trial55.json", {"exact": 0.62, "f1": 0.72, "HasAns_f1": 0.78, "NoAns_exact": 0.56, "passage_recall@1": 0.91}),
    # Trial 56 (2026-12-06): f1 0.660 with `eval` at the commit it was written at (c2c5599), 0.692 with the rules
    # mended from it.
    ("trial56.json", {"exact": 0.57, "f1": 0.69, "HasAns_f1": 0.69, "NoAns_exact": 0.69, "passage_recall@1": 0.76}),
    # Trial 57 (2026-12-06): f1 0.678 with `eval` at the commit it was written at (2a5800e), 0.723 with the rules
    # mended from it and trials 50 to 56 (a thing mentioned without its name, a party asked).
    ("trial57.json", {"exact": 0.66, "f1": 0.72, "HasAns_f1": 0.72, "NoAns_exact": 0.69, "passage_recall@1": 0.91}),
    # Trial 58 (2026-12-06): f1 0.646 with `eval` at the commit it was written at (fd178f6), 0.707 with the rules
    # mended from it (since when, a thing's name, a body's name, seasons).
    ("trial58.json", {"exact": 0.62, "f1": 0.70, "HasAns_f1": 0.70, "NoAns_exact": 0.69, "passage_recall@1": 0.84}),
    # Trial 59 (2026-12-06): f1 0.729 with `eval` at the commit it was written at (4db86d5), 0.760 with the rules
    # mended from it (an age after a full name, a body's kind, a month from now, a mark out of a whole, cheese words).
    ("trial59.json", {"exact": 0.66, "f1": 0.75, "HasAns_f1": 0.71, "NoAns_exact": 0.89, "passage_recall@1": 0.88}),
    # Trial 60 (2026-12-07): f1 0.671 with `eval` at the commit it was written at (c32645c), 0.707 with the rules
    # mended from it and trial 61 (a day asked, a change's value today, "each", a whole's owner, "respectively").
    ("trial60.json", {"exact": 0.64, "f1": 0.70, "HasAns_f1": 0.67, "NoAns_exact": 0.79, "passage_recall@1": 0.83}),
    # Trial 61 (2026-12-07): f1 0.655 with `eval` at the commit it was written at (d87633c), 0.682 with those rules.
    ("trial61.json", {"exact": 0.62, "f1": 0.68, "HasAns_f1": 0.65, "NoAns_exact": 0.76, "passage_recall@1": 0.84}),
    # sports f1 0.557 -> 0.579 on 2026-12-04 (gentilés before a name, nationality, the end of a span of time).
    # sports f1 0.579 -> 0.589 on 2026-12-04 (money named by the question).
    ("sports.json", {"exact": 0.56, "f1": 0.58, "HasAns_f1": 0.55, "NoAns_exact": 0.65, "passage_recall@1": 0.72}),
])
def test_development_file_floors(name, floors):
    path = SHARED_EVAL / name if (SHARED_EVAL / name).exists() else REPO / "benchmarks" / "dev" / name
    if not path.exists():
        pytest.skip(f"{path} is not here (the project's shared/ folder sits beside the repository)")
    model = dense.load_model()
    if model is None:
        pytest.skip("the floors are for the cross-lingual mode")
    rows = evaluate_squad(read_squad(path), lambda a: QA(parse_article(a.context.encode("utf-8"), a.title), model))
    figures = squad_summary(rows)
    assert {k: figures[k] >= v for k, v in floors.items()} == {k: True for k in floors}, figures


def test_refusal_notes_name_the_ids_of_the_questions_refused_by_reason():
    """A new user's trial: "???" was scored as abstained with no note, and the note on a question over 1,000
    characters named no id, where the other notes do. A TSV's questions have no id: their count alone is said."""
    refused = {"long": QuestionTooLong("too long"), "wordless": QuestionError("no words"), "empty": QuestionError("empty")}
    questions = [("a", "Who?", "wordless"), ("b", "x" * 1001, "long"), ("c", "Who owns it?", None), ("d", " ", "empty")]
    questions += [(f"w{n}", "???", "wordless") for n in range(4)]
    rows = [SquadRow("t", SquadQuestion(i, text, (), True), "", False, (), refused.get(why)) for i, text, why in questions]
    assert refusal_notes(rows) == [
        "1 question(s) are empty, which the bot refuses, and are scored as abstained (id d)",
        "1 question(s) are over 1,000 characters, which the bot refuses, and are scored as abstained (id b)",
        '5 question(s) have no words to look for ("???", "who?", a link alone), which the bot refuses, and are scored '
        "as abstained (id a, w0, w1 and 2 more)"]
    rows = [Row(text, frozenset(), None, refused[why]) for _, text, why in questions if why in ("long", "wordless")]
    assert refusal_notes(rows) == [
        "1 question(s) are over 1,000 characters, which the bot refuses, and are scored as abstained",
        '5 question(s) have no words to look for ("???", "who?", a link alone), which the bot refuses, and are scored '
        "as abstained"]
    assert refusal_notes([Row("Who owns it?", frozenset({8}), None)]) == []


def test_notes_name_a_question_whose_id_another_has_by_its_position_in_the_file(tmp_path):
    """Trial 57: of two questions "q1", the note "no words to look for (id q1)" could not say which; the one on ids
    used more than once stays (positions count every qas[] entry, those left out for want of a gold answer too)."""
    path = tmp_path / "twice.json"
    qas = [{"id": "q0", "question": "Who is the mayor?", "answers": [], "is_impossible": False},
           {"id": "q1", "question": "Who is the site director?", "answers": [{"text": "Owen Maguire"}]},
           {"id": "q2", "question": "Who is the chair?", "answers": [], "is_impossible": True},
           {"id": "q1", "question": "what?", "answers": [], "is_impossible": True},
           {"id": "q3", "question": "who?", "answers": [], "is_impossible": True}]
    path.write_text(json.dumps({"data": [{"title": "t", "paragraphs": [
        {"context": "Owen Maguire is the site director.", "qas": qas}]}]}), encoding="utf-8")
    questions = read_squad(path)[0].questions
    assert [(q.id, q.position, q.shared) for q in questions] == [("q1", 2, True), ("q2", 3, False), ("q1", 4, True),
                                                                 ("q3", 5, False)]
    rows = [SquadRow("t", q, "", False, (), QuestionError("no words")) for q in questions[2:]]
    assert refusal_notes(rows) == ['2 question(s) have no words to look for ("???", "who?", a link alone), which the '
                                   'bot refuses, and are scored as abstained (question 4, id q1; id q3)']
    assert squad_notes([read_squad(path)[0]]) == [
        "1 question id(s) are used more than once (id q1): give each question its own id"]


def test_squad_notes_name_the_first_ids_of_each_likely_mistake():
    held = SquadQuestion("ok", "Who?", ("Owen Maguire",), False)
    typos = [SquadQuestion(f"q{n}", "Who?", ("Owen Maguir e",), False) for n in range(5)]
    article = SquadArticle("x", "Owen Maguire is the site director.", (held, *typos))
    assert squad_notes([article]) == ["5 question(s) have a gold answer that is not in their context, so that no "
                                      "answer quoted from it can match (id q0, q1, q2 and 2 more): check the answer's text"]
    assert squad_notes([SquadArticle("x", "Owen Maguire is the site director.", (held,))]) == []


def test_a_question_with_neither_answers_nor_is_impossible_is_noted_as_scored_unanswerable(tmp_path):
    """A fresh user's check: {"id": "q2", "question": …} alone was scored as unanswerable without a word."""
    path = tmp_path / "partial.json"
    path.write_text(json.dumps({"data": [{"title": "t", "paragraphs": [{"context": "Owen Maguire is the site director.",
        "qas": [{"id": "q1", "question": "Who is the site director?", "answers": [{"text": "Owen Maguire"}]},
                {"id": "q2", "question": "Who is the mayor?"},
                {"id": "q3", "question": "Who is the chair?", "answers": [], "is_impossible": True}]}]}]}),
                    encoding="utf-8")
    articles = read_squad(path)
    assert [(q.id, q.impossible, q.guessed) for q in articles[0].questions] == [
        ("q1", False, False), ("q2", True, True), ("q3", True, False)]
    assert squad_notes(articles) == ['1 question(s) have no answer and no "is_impossible", and are scored as '
                                     'unanswerable (id q2): set "is_impossible": true, or give the answer']


def test_eval_notes_name_the_answerable_questions_without_gold_and_the_unanswerable_ones_with_answers(tmp_path,
                                                                                                     capsys):
    """A new user's trial: "1 answerable question(s) have no gold answer and are not scored" named no id, where the
    other notes do; a question marked "is_impossible": true with answers was scored as unanswerable without a word
    (SQuAD 2.0's official script, reading "answers" alone, would score it as answerable)."""
    path = tmp_path / "mixed.json"
    qas = [{"id": "q1", "question": "Who is the site director?", "answers": [{"text": "Owen Maguire"}],
            "is_impossible": False},
           {"id": "q2", "question": "Who is the mayor?", "answers": [], "is_impossible": False},
           {"id": "q3", "question": "Who runs the site?", "answers": [{"text": "Owen Maguire"}], "is_impossible": True}]
    qas += [{"id": f"u{n}", "question": "Who is the chair?", "answers": [], "is_impossible": False} for n in range(4)]
    path.write_text(json.dumps({"data": [{"title": "t", "paragraphs": [
        {"context": "Owen Maguire is the site director.", "qas": qas}]}]}), encoding="utf-8")
    articles = read_squad(path)
    assert articles[0].unscored == ("q2", "u0", "u1", "u2", "u3")
    assert [(q.id, q.answers, q.impossible, q.overruled) for q in articles[0].questions] == [
        ("q1", ("Owen Maguire",), False, False), ("q3", (), True, True)]
    assert squad_notes(articles) == ['1 question(s) are marked "is_impossible": true but have "answers", and are '
                                     'scored as unanswerable, their answers left out (id q3): empty their "answers", '
                                     'or set "is_impossible": false']
    assert main(["--bm25-only", "eval", str(path)]) == 0
    assert capsys.readouterr().err == (
        'note: 5 answerable question(s) have no gold answer and are not scored (id q2, u0, u1 and 2 more): fill in '
        'their "answers" or set "is_impossible": true\n'
        'note: 1 question(s) are marked "is_impossible": true but have "answers", and are scored as unanswerable, '
        'their answers left out (id q3): empty their "answers", or set "is_impossible": false\n'
        "note: ranked with BM25 only (--bm25-only)\n")
