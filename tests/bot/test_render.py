from bot.render import HELP, small_talk, talk_language


def test_a_question_mark_after_emoji_is_a_question_not_the_help():
    """Trial 57: "🐼🐼🐼 ?" got the help (its emoji dropped, "?" was left) where "what?" is refused with no words to
    look for; "?" alone, or with punctuation only, stays the help."""
    assert (small_talk("🐼🐼🐼 ?"), talk_language("🐼🐼🐼 ?")) == (None, None)
    assert (small_talk("🐼 ?"), talk_language("🐼 ?")) == (None, None)
    assert [small_talk(text) for text in ("?", " ? ", "?!", "Help?", "help 🐼")] == [HELP] * 5
    assert talk_language("?") == "en"
