from bot.render import HELP, small_talk, talk_language, to_text
from index.model import Answer, Passage


def test_a_question_mark_after_emoji_is_a_question_not_the_help():
    """Trial 57: "🐼🐼🐼 ?" got the help (its emoji dropped, "?" was left) where "what?" is refused with no words to
    look for; "?" alone, or with punctuation only, stays the help."""
    assert (small_talk("🐼🐼🐼 ?"), talk_language("🐼🐼🐼 ?")) == (None, None)
    assert (small_talk("🐼 ?"), talk_language("🐼 ?")) == (None, None)
    assert [small_talk(text) for text in ("?", " ? ", "?!", "Help?", "help 🐼")] == [HELP] * 5
    assert talk_language("?") == "en"


PASSAGES = (Passage(24, "The centre was fine, but there was nowhere quiet to revise."),
            Passage(16, "Opening hours have also been extended."))


def test_words_none_of_which_is_in_the_article_are_told_so_by_source_and_ask_alike():
    """Trial 58: `source zzzzqqq` said "No sentence of the article holds these words. Closest passages:" over unrelated
    sentences; no word of the search, or of a question, is in the article (Answer.unmatched): said plainly, and its
    passages only the nearest in meaning."""
    source = Answer("zzzzqqq", False, None, PASSAGES, "source", unmatched=True)
    asked = Answer("zzzzqqq", False, None, PASSAGES[:1], "ask", unmatched=True)
    assert to_text(source).splitlines()[0] == \
        "None of these words is in the article. Nearest passages in meaning, maybe unrelated:"
    assert to_text(asked, "fr").splitlines()[1] == \
        "A: Aucun de ces mots n’est dans l’article. Passage le plus proche par le sens, peut-être sans rapport :"
    # Words some sentence holds, no answer: as before.
    assert to_text(Answer("q", False, None, PASSAGES, "ask")).splitlines()[1] == \
        "A: The article doesn't say. Closest passages:"
