"""Feedback on a server's article (SQLite and PostgreSQL): votes by button, the
counts in /article info, `article-bot feedback export` read back by `article-bot eval`."""
from __future__ import annotations

import json

import pytest

from bot.cli import main
from bot.storage import Database, StorageError
from tests.bot.pages import STORM_HTML
from tests.bot.test_articles import articles, fields, shown  # noqa: F401 (the fixture)
from tests.bot.test_buttons import click, labels


def test_votes_are_counted_and_exported_as_squad_that_eval_reads(articles, database_url, tmp_path,  # noqa: F811
                                                                   monkeypatch, capsys):
    async def scenario(w):
        s = w.one
        await s.admin.slash(s.channel, "article add", url=w.base + "/storm")
        answered = (await s.member.slash(s.channel, "ask", question="How many homes lost power?")).response
        assert answered.embeds[0].title == "40,000"
        assert answered.embeds[0].footer.text == "Storm hits the coast · 2024-03-05 · sentence 1 of 4"
        assert labels(answered) == ["More passages", "Context", "Source", "👍", "👎"]
        (link,) = [b for row in answered.message.components for b in row.children if b.url]
        assert link.url == "https://news.example.com/2024/03/storm"
        wrong = (await s.member.slash(s.channel, "ask", question="Did the mayor of Brest close the schools?")).response
        await click(s.member, answered, "up")
        await click(s.admin, answered, "up")
        await click(s.member, wrong, "down")
        info = shown(await s.admin.slash(s.channel, "article info"))[0].embeds[0]
        assert fields(info)["Feedback"] == "👍 2 · 👎 1"
        assert wrong.embeds[0].title == "From the article"  # a yes-or-no question: no short answer

    articles(scenario)
    rejected = "The mayor of Brest said schools would stay closed until Thursday."  # the passage shown
    monkeypatch.setenv("DATABASE_URL", database_url)
    out = tmp_path / "feedback.json"
    assert main(["feedback", "export", str(out)]) == 0
    assert capsys.readouterr().out == f"2 rated questions written to {out} (1 marked for review)\n"
    squad = json.loads(out.read_text(encoding="utf-8"))
    (article,) = squad["data"]
    assert article["title"] == "Storm hits the coast"
    context = article["paragraphs"][0]["context"]
    assert context.startswith("A powerful storm struck the northern coast on Tuesday")
    good, bad = article["paragraphs"][0]["qas"]
    assert good["question"] == "How many homes lost power?" and good["votes"] == {"up": 2, "down": 0}
    assert good["answers"] == [{"text": "40,000", "answer_start": context.index("40,000")}]
    assert bad["review"] is True and bad["answers"] == [] and bad["bot_answer"] == rejected
    assert main(["--bm25-only", "eval", str(out)]) == 0
    printed = capsys.readouterr()
    # The 👍 answer is found again (exact 1); the 👎 one has no gold yet: left out, and eval says so.
    assert printed.out.strip().splitlines()[-1] == \
        "exact=1.000 f1=1.000 HasAns_f1=1.000 NoAns_exact=- passage_recall@1=1.000 n=1"
    assert printed.err == (f"note: 1 answerable question(s) have no gold answer and are not scored (id {bad['id']}): "
                           "fill in their \"answers\" or set \"is_impossible\": true\n"
                           "note: ranked with BM25 only (--bm25-only)\n")


def test_an_abstention_has_the_vote_buttons_and_its_votes_are_exported(articles, database_url, tmp_path,  # noqa: F811
                                                                       monkeypatch, capsys):
    """A user whose question the bot declined can say whether it was right to: 👍 makes the question
    an unanswerable one (is_impossible), 👎 one the article may answer, for review."""
    async def scenario(w):
        s = w.one
        await s.admin.slash(s.channel, "article add", url=w.base + "/storm")
        declined = {}
        # The mayor is not named (no holder of the role asked: a certainty); the crews are, by no name: the bot is
        # not sure (index.qa: "who raised the alarm?" over "par un chauffeur routier" was answerable).
        for question, title in (("Who is the mayor of Brest?", "The article doesn't say."),
                                ("Who cleared the trees?", "I'm not sure the article says.")):
            message, private = shown(await s.member.slash(s.channel, "ask", question=question))
            assert private and message.embeds[0].title == title
            assert labels(message) == ["More passages", "Context", "Source", "👍", "👎"]
            declined[question] = message
        thanks = await click(s.member, declined["Who is the mayor of Brest?"], "up")
        assert thanks.response.content == "Thanks! Your 👍 is recorded."
        await click(s.member, declined["Who cleared the trees?"], "down")
        votes = w.bot.library.database.votes()
        assert [(v.vote, v.question, v.answer, v.found) for v in votes] == [
            (1, "Who is the mayor of Brest?", None, False), (-1, "Who cleared the trees?", None, False)]
        return votes[0].article_sha256[:12]

    sha = articles(scenario)
    monkeypatch.setenv("DATABASE_URL", database_url)
    out = tmp_path / "feedback.json"
    assert main(["feedback", "export", str(out)]) == 0
    assert capsys.readouterr().out == f"2 rated questions written to {out} (1 marked for review)\n"
    (article,) = json.loads(out.read_text(encoding="utf-8"))["data"]
    assert article["paragraphs"][0]["qas"] == [
        {"id": f"{sha}-1", "question": "Who is the mayor of Brest?", "votes": {"up": 1, "down": 0},
         "answers": [], "is_impossible": True},
        {"id": f"{sha}-2", "question": "Who cleared the trees?", "votes": {"up": 0, "down": 1},
         "answers": [], "is_impossible": False, "review": True, "bot_answer": None}]


def test_export_to_a_missing_folder_says_so_in_one_line(capsys, monkeypatch, database_url, tmp_path):
    """Trial 21: the raw "[Errno 2] No such file or directory: …" was printed."""
    Database.open(database_url).close()  # the bot has run and made its database
    monkeypatch.setenv("DATABASE_URL", database_url)
    out = tmp_path / "missing" / "feedback.json"
    assert main(["feedback", "export", str(out)]) == 2
    assert capsys.readouterr().err == (f"error: {out} cannot be written (No such file or directory): check that its "
                                       "folder exists and is writable\n")


def test_export_from_a_database_file_that_does_not_exist_creates_none(capsys, monkeypatch, tmp_path):
    """Trial 22: a mistyped SQLite path was created, folders and all, and "0 rated questions written" printed."""
    database = tmp_path / "missing" / "bot.db"
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{database}")
    assert main(["feedback", "export", str(tmp_path / "feedback.json")]) == 2
    assert capsys.readouterr().err == (f"error: the database sqlite:///{database} does not exist (the bot creates it when "
                                       "it first runs): check DATABASE_URL.\n")
    assert not database.parent.exists() and not (tmp_path / "feedback.json").exists()


def test_export_before_the_bot_ever_ran_says_there_is_no_feedback_yet(capsys, monkeypatch, tmp_path):
    """Trial 41: it said "… does not exist (…): check DATABASE_URL", a setting the user had not set."""
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("ARTICLE_BOT_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.chdir(tmp_path)  # no .env
    assert main(["feedback", "export", "x.json"]) == 2
    assert capsys.readouterr().err == (f"error: there is no feedback yet: the database {tmp_path / 'data' / 'article-bot.db'}"
                                       ", where the Discord bot keeps users' 👍/👎, is created when the bot (python -m "
                                       "bot) first runs.\n")
    assert not (tmp_path / "data").exists() and not (tmp_path / "x.json").exists()


def test_a_file_that_is_no_database_or_a_folder_is_one_line(capsys, monkeypatch, tmp_path):
    """Trial 24: a DATABASE_URL naming a text file ended in a 60-line sqlalchemy.exc.DatabaseError traceback, in
    `feedback export` and when the bot started; one naming a folder said it did not exist."""
    text = tmp_path / "notes.db"
    text.write_text("not a database\n" * 100)
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{text}")
    assert main(["feedback", "export", str(tmp_path / "feedback.json")]) == 2
    assert capsys.readouterr().err == (f"error: cannot open the database sqlite:///{text} (file is not a database).\n")
    with pytest.raises(StorageError, match=r"^cannot open the database sqlite:///.*notes\.db \(file is not a database\)\.$"):
        Database.open(f"sqlite:///{text}")
    assert text.read_text() == "not a database\n" * 100  # nothing lost
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path}")
    assert main(["feedback", "export", str(tmp_path / "feedback.json")]) == 2
    assert capsys.readouterr().err == f"error: the database sqlite:///{tmp_path} is a folder: check DATABASE_URL.\n"
