"""The console front end, run in process through bot.cli.main."""
import json

import pytest

from bot.cli import main
from tests.conftest import ARTICLE, DEV_QUESTIONS


def run(capsys, *argv):
    code = main(["--article", str(ARTICLE), *argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("question, first", [("Qui possède TikTok ?", 8), ("Combien d'employés compte Amazon ?", 4)])
def test_ask_json_lists_the_right_sentence_first(capsys, question, first):
    code, out, _ = run(capsys, "ask", "--json", question)
    data = json.loads(out)
    assert code == 0 and data["question"] == question and data["found"] is True
    assert data["passages"][0]["number"] == first


def test_ask_text(capsys):
    code, out, _ = run(capsys, "ask", "Qui", "possède", "TikTok", "?")
    lines = out.splitlines()
    assert code == 0 and lines[:2] == ["Q: Qui possède TikTok ?", "A: ByteDance"]
    assert lines[3].startswith("[8] La société Internet chinoise ByteDance possède TikTok")


def test_abstention_text(capsys):
    code, out, _ = run(capsys, "ask", "Who founded Microsoft?")
    assert code == 0 and out.splitlines()[1] == "A: The article doesn't say. Closest passages:"


def test_source_by_number_and_query(capsys):
    code, out, _ = run(capsys, "source", "--number", "4")
    assert code == 0 and [line[:4] for line in out.splitlines()[3:]] == ["[3] ", "[4] ", "[5] "]
    code, out, _ = run(capsys, "source", "Hong", "Kong")
    assert code == 0 and out.splitlines()[3].startswith("[12] TikTok cessera ses activités à Hong Kong")


def test_bad_question_exit_2(capsys):
    code, out, err = run(capsys, "source", "--number", "99")
    assert code == 2 and err == "error: There is no sentence 99: the article has sentences 1 to 14.\n"
    code, out, err = run(capsys, "ask", "--json", " ")
    assert code == 2 and json.loads(out)["error"].startswith("Your question is empty")


def test_missing_article_exit_2(capsys, tmp_path):
    assert main(["--article", str(tmp_path / "nope.txt"), "ask", "x"]) == 2
    assert capsys.readouterr().err == f"error: the article {tmp_path / 'nope.txt'} does not exist: set ARTICLE_PATH to a UTF-8 text file.\n"


def test_about(capsys):
    code, out, _ = run(capsys, "about")
    assert code == 0 and "Sentences: 14" in out and "Date: 2020-07" in out


def test_eval_prints_the_summary_line_last(capsys):
    code, out, _ = run(capsys, "eval", str(DEV_QUESTIONS))
    last = out.splitlines()[-1]
    assert code == 0 and last.startswith("recall@1=") and "abstain_correct=" in last and "false_abstain=" in last


def test_chat(capsys, monkeypatch):
    answers = iter(["Qui possède TikTok ?", ""])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    code, out, _ = run(capsys, "chat")
    assert code == 0 and "A: ByteDance" in out


def test_json_errors_for_an_unusable_article(capsys, tmp_path):
    assert main(["--article", str(tmp_path), "ask", "--json", "x"]) == 2
    out, err = capsys.readouterr()
    message = f"the article {tmp_path} is a directory, not a file: set ARTICLE_PATH to a UTF-8 text file."
    assert json.loads(out) == {"error": message} and err == f"error: {message}\n"


def test_bad_log_level(capsys, monkeypatch):
    monkeypatch.setenv("LOG_LEVEL", "bogus")
    assert main(["about"]) == 2
    assert capsys.readouterr().err == "error: LOG_LEVEL must be one of DEBUG, INFO, WARNING, ERROR, CRITICAL, not 'BOGUS'.\n"


def test_dotenv_of_the_working_directory(capsys, monkeypatch, tmp_path):
    (tmp_path / "en.txt").write_text("The moon orbits the earth. It is bright.", encoding="utf-8")
    (tmp_path / ".env").write_text("ARTICLE_PATH=en.txt\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ARTICLE_PATH", raising=False)
    assert main(["--bm25-only", "about"]) == 0
    assert "Article: en.txt" in capsys.readouterr().out
    monkeypatch.delenv("ARTICLE_PATH", raising=False)  # load_dotenv wrote it


def test_eval_warns_about_gold_numbers_beyond_the_article(capsys, tmp_path):
    path = tmp_path / "q.tsv"
    path.write_text("Qui possède TikTok ?\t8\nQuoi ?\t99\n", encoding="utf-8")
    code, out, err = run(capsys, "eval", str(path))
    assert code == 0 and err == "warning: 'Quoi ?': gold sentence beyond the article's 1..14\n"
    assert out.splitlines()[-1].startswith("recall@1=0.500")
