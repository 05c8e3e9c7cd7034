"""The short answer of an answered question: the rules of index.answer_type,
index.candidates and index.spans applied to the best sentence, with the
question's matches (index.query) telling which words of the sentence are the
question's own and which anchor the answer.
"""
from __future__ import annotations

from .analysis import fold_accents, stem, words
from .build import Index
from .query import HOLDING_VERBS, Query
from .answer_type import described, is_role, nationality_asked
from .rank import TYPED, attribute_given, fixture_winner, holds_term
from .spans import appositive, best_span, places

# Roles told by a verb as often as by a title ("ByteDance, qui possède TikTok" for "tiktok owner?").
BY_VERB_ROLES = frozenset("owner owners propriétaire propriétaires founder founders fondateur fondatrice fondateurs "
                     "author authors auteur autrice auteurs".split())

# A role's match this strong in the best sentence gives it (index.query: e5's "directrice" for "director", 0.59).
ROLE_HELD = 0.5
# A match this strong (index.query: the word itself, a close spelling, the bilingual list's translation) names the
# question's term outright; e5's weaker guesses do not.
STRONG_MATCH = 0.7


def short_answer(index: Index, query: Query, i: int) -> str | None:
    """The span of sentence i (0-based) that answers `query`'s expected type
    (index.spans.best_span: a name, number, date, place, reason or phrase,
    verbatim from the sentence), or None.

    None too when the question has words other than the article's names and
    none of them matched: the sentence was then picked for a name alone, and
    its other names are guesses ("Who founded ByteDance?"). A question of names
    only asks about them when it asks for a name, place, number or date ("where's
    Tyler Brandt from", "who's the Fire Chief"), not for a phrase ("What did Mike
    Pompeo say?": the sentence is the answer). Not when an age asked follows the name asked about
    (index.rank.attribute_given: "Hartley, 23," for "how old is hartley", where "old" matches nothing without e5).
    """
    winner = fixture_winner(index, query, i)  # "who won norwich v coventry": one of the question's own names
    if winner:
        return winner
    if described(query.text, index.names):  # "Who is Kevin Mayer?", "what's Karim Haddad's role?"
        return appositive(index.sentences[i].text, {fold_accents(w) for w, _ in query.matches} & index.names, cut=True)
    # A role asked counts only when the sentence gives it (a match of ROLE_HELD) or a verb of holding it: "Who is the CEO
    # of Amazon?" over "Après Walmart, Amazon est le deuxième plus grand employeur privé" was picked for "Amazon" alone.
    others = [{} if is_role(w) and w not in BY_VERB_ROLES and not any(
        holds_term(index, t, i) or _lead_in(index, i) and holds_term(index, t, i - 1)
        for t in (*(t for t, s in m.items() if s >= ROLE_HELD), *HOLDING_VERBS.get(w, ())))
        else m for w, m in query.matches if w not in index.name_only]
    if not any(others) and (others or query.expected not in TYPED) and not attribute_given(index, query, i):
        return None
    text = index.sentences[i].text
    wanted = set(query.weights())
    qwords = {fold_accents(w) for w in words(query.text)}
    # Terms the question names outright, misspelt ("TikTk") or translates with confidence.
    strong = {t for _, m in query.matches for t, s in m.items() if s >= STRONG_MATCH}

    def in_question(word: str) -> bool:  # "l’État" is the question's "State"
        return any(fold_accents(w) in qwords or stem(w, index.language) in strong for w in words(word, compounds=True))

    def is_anchor(word: str) -> bool:
        return any(stem(w, index.language) in wanted for w in words(word))

    # The question's words written capitalised past its first: names, where the question's case tells.
    capitalised = {fold_accents(w) for w in words(" ".join(t for t in query.text.split()[1:] if t[:1].isupper()))}

    # The terms that capitalised question words name outright or translate with confidence ("England": "Angleterre").
    named = {t for q, m in query.matches if fold_accents(q) in capitalised for t, s in m.items() if s >= STRONG_MATCH}

    def names_it(word: str) -> bool:  # "Obama" (a name of the article) or "England" for "Angleterre", not "bamboo"
        return any(fold_accents(w) in qwords and (fold_accents(w) in capitalised or w in index.name_only)
                   or stem(w, index.language) in named for w in words(word, compounds=True))

    return best_span(text, query.expected, query.text, is_anchor, in_question, index.names, names_it,
                     places(tuple(s.text for s in index.sentences), frozenset(index.names)))


def _lead_in(index: Index, i: int) -> bool:
    """Whether sentence i (0-based) follows, in its paragraph, a sentence of at most six words naming nobody that
    introduces it: "Analysts were divided. Rachel Imrie, of the broker Castlegate Securities, said …" gives the
    analyst (trial 55), as "Les syndicats ont réagi." would a union's spokesman."""
    if i == 0 or index.sentences[i - 1].paragraph != index.sentences[i].paragraph:
        return False
    before = index.sentences[i - 1].text.split()
    return len(before) <= 6 and not any(w[:1].isupper() for w in before[1:])


def kind_missing(expected: str | None, question: str, short: str | None) -> bool:
    """Whether the question (its text, and `expected`, index.answer_type's type) asks a name, number, date or place
    (index.rank.TYPED) or a nationality and `short`, the short answer found in the best sentence, is None: the bot
    then abstains (index.qa: "not sure", or "the article doesn't say" when a role's holder is asked), and the fitting
    scripts count it abstained (benchmarks/fit_abstention.py)."""
    return short is None and (expected in TYPED or nationality_asked(question))
