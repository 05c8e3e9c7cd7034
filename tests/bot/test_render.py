from bot.embeds import about_embed
from bot.render import HELP, about_text, small_talk, talk_language, to_text
from index.model import Answer, ArticleInfo, Passage


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


TOO_MANY_WHY = ("it has 2,501 sentences, more than the 2,000 the e5 model embeds (embedding them would take "
                "minutes)")


def test_about_says_why_the_e5_model_installed_was_not_used():
    """Trial 60: `about` on an article over the e5 model's limits said "Retrieval: BM25" without a word, e5 installed;
    the line says why, in index.build.bm25_only_reason's words (translated), and /about's embed shows the same."""
    info = ArticleInfo("huge.txt", None, "en", 2501, "The council met.", "BM25", bm25_alone=TOO_MANY_WHY)
    assert "\nRetrieval: BM25 — the e5 model is not used: " + TOO_MANY_WHY + "\n" in about_text(info)
    assert "\nRecherche: BM25 — le modèle e5 n’est pas utilisé : il a 2\u202f501 phrases, plus que les 2\u202f000 que le " \
           "modèle e5 encode (les encoder prendrait des minutes)\n" in about_text(info, "fr")
    fields = {field.name: field.value for field in about_embed(info).fields}
    assert fields["Retrieval"] == "BM25 — the e5 model is not used: " + TOO_MANY_WHY
    plain = ArticleInfo("a.txt", None, "en", 3, "The council met.", "BM25")  # --bm25-only, or no model: as before
    assert "\nRetrieval: BM25\n" in about_text(plain)
