"""index.article: the metadata prefix of an article file and the messages of files that are no text."""
import datetime

import pytest

from index.article import after_today, parse_article
from index.errors import ArticleError

BODY = "Amazon asked its staff to delete TikTok. It called that a mistake."


@pytest.mark.parametrize("prefix, date", [
    ("date 2020-07 ", "2020-07"),
    ("date 2025-03-04\n\n", "2025-03-04"),
    ("date: 2025-03-04\n", "2025-03-04"),  # a new user's trial: the colon form became the title line
    ("Date:2024-02-29 ", "2024-02-29"),
    ("  DATE : 2020-12\n", "2020-12"),
])
def test_the_date_prefix_is_read_and_removed(prefix, date):
    article = parse_article((prefix + BODY).encode(), "a.txt")
    assert (article.date, article.text) == (date, BODY)


@pytest.mark.parametrize("date", ["2025-13-45", "2025-02-30", "2023-02-29", "2025-00", "2025-13", "0000-01-01"])
def test_a_date_prefix_that_is_no_calendar_date_is_refused(date):
    """A new user's trial: "date 2025-13-45" was shown as the article's date."""
    with pytest.raises(ArticleError) as error:
        parse_article(f"date {date} {BODY}".encode(), "a.txt")
    assert str(error.value) == (f"the article a.txt starts with date {date}, which is no calendar date: write it as "
                                "date YYYY-MM-DD or date YYYY-MM, or remove it.")


def test_a_date_line_in_english_or_french_words_is_read_and_one_that_is_no_date_is_refused():
    """Trial 41: "date: 15 janvier 2026" was sentence 1, the date unknown and the title lost."""
    text = "date: 15 janvier 2026\nHarbour Ales lifts profit\n\n" + BODY
    article = parse_article(text.encode(), "a.txt")
    assert (article.date, article.text) == ("2026-01-15", "Harbour Ales lifts profit\n\n" + BODY)
    assert parse_article(f"Date: January 15, 2026\n{BODY}".encode(), "a.txt").date == "2026-01-15"
    assert parse_article(f"date: janvier 2026\n{BODY}".encode(), "a.txt").date == "2026-01"
    with pytest.raises(ArticleError) as error:
        parse_article(f"date: 15 janvier\n{BODY}".encode(), "a.txt")
    assert str(error.value) == ('the article a.txt starts with the line "date: 15 janvier", which is no date: '
                                "write it in words with its year (date: 15 January 2026, date: 15 janvier 2026) or "
                                "as date YYYY-MM-DD, or remove the line.")


@pytest.mark.parametrize("line", ["31 février 2026", "30 février 2026", "jeudi 31 février 2026", "29 February 2025",
                                  "April 31, 2026", "31 juin 2026"])
def test_a_date_line_naming_a_day_its_month_lacks_is_told_so(line):
    """A new user's trial: "date: 31 février 2026" was told it is no date and to write it in words with its year,
    which it is (index.article.no_such_day)."""
    with pytest.raises(ArticleError) as error:
        parse_article(f"date: {line}\n{BODY}".encode(), "a.txt")
    assert str(error.value) == (f'the article a.txt starts with the line "date: {line}", which is no day of the '
                                "calendar: write a day its month has, or remove the line.")


@pytest.mark.parametrize("line", ["31 février", "hier", "15/01/2026", "31 février 2026 à 10h30"])
def test_a_date_line_that_is_no_date_of_a_day_is_still_told_to_be_written_in_words_with_its_year(line):
    with pytest.raises(ArticleError) as error:
        parse_article(f"date: {line}\n{BODY}".encode(), "a.txt")
    assert str(error.value).endswith(f'"date: {line}", which is no date: write it in words with its year (date: 15 '
                                     "January 2026, date: 15 janvier 2026) or as date YYYY-MM-DD, or remove the line.")


@pytest.mark.parametrize("text, date, words", [
    ("Déneigement : Sainte-Adèle paiera plus\n\nSAINTE-ADÈLE-DU-LAC, le 7 novembre 2026 – Les citoyens verront.",
     "2026-11-07", "7 novembre 2026"),
    ("Potholes\n\nCARNFORD, March 5, 2026 - The council paid out.", "2026-03-05", "March 5, 2026"),
    ("Sherbrooke, le 7 novembre 2026. Le conseil a voté.", "2026-11-07", "7 novembre 2026"),
    ("LENS, 29 août 2025 (AFP) – Le club a gagné.", "2025-08-29", "29 août 2025"),
    ("Cameras spot lameness\n\nABERYSTWYTH, Monday 3 June 2024 — A company has raised £3.2 million.", "2024-06-03",
     "Monday 3 June 2024"),
    # No dateline: a person and an age before the comma, a dateline with no year, no place before the comma.
    ("Title\n\nJohn Smith, 45, said on 3 March 2026 - that he would stay.", None, None),
    ("Title\n\nLONDON, Tuesday — The council met.", None, None),
    ("Title\n\nLe maire, le 3 mars 2026. Il a dit non.", None, None),
])
def test_a_dateline_opening_the_text_is_the_article_s_date(text, date, words):
    """Trial 48: "SAINTE-ADÈLE-DU-LAC, le 7 novembre 2026 – …" left `about` at "Date: unknown" (index.article.dateline);
    the dateline stays in the text."""
    article = parse_article(text.encode(), "a.txt")
    assert (article.date, article.date_words, article.text) == (date, words, text)


def test_no_prefix_no_date():
    article = parse_article(f"Dated news\n\n{BODY}".encode(), "a.txt")
    assert (article.date, article.text) == (None, f"Dated news\n\n{BODY}")


UTF16 = "the article a.txt looks like UTF-16 without a byte-order mark: save it as UTF-8."
BINARY = "the article a.txt looks binary (a PDF, Word file or image?): save it as plain text."


@pytest.mark.parametrize("raw, message", [
    ("Le maire a dit que le pont rouvrira en mai. Élus et habitants applaudissent.".encode("utf-16-le"), UTF16),
    ("The mayor said the bridge would reopen in May.".encode("utf-16-be"), UTF16),
    (b"%PDF-1.7\x00\x01\x02", BINARY),
    (bytes(range(256)) * 4, BINARY),
    (b"\x00" * 64, BINARY),
], ids=["utf-16-le", "utf-16-be", "pdf", "bytes", "nuls"])
def test_utf16_without_a_bom_is_told_apart_from_binary(raw, message):
    """A new user's trial: a UTF-16 text without BOM was called "looks binary (a PDF, Word file or image?)"."""
    with pytest.raises(ArticleError) as error:
        parse_article(raw, "a.txt")
    assert str(error.value) == message


def test_a_utf8_file_with_a_stray_latin1_byte_keeps_its_other_accents_and_is_warned_of(caplog):
    """Trial 44: one Latin-1 "É" in a UTF-8 article had the whole file read as Windows-1252 in silence
    ("Recyclik lÃ¨ve 6 millions"); only the stray byte is."""
    raw = "Recyclik lève 6 millions.\n\nL'atelier est à ".encode("utf-8") + "Échirolles.".encode("latin-1")
    with caplog.at_level("WARNING", logger="index.article"):
        assert parse_article(raw, "mixed.txt").text == "Recyclik lève 6 millions.\n\nL'atelier est à Échirolles."
    assert [r.getMessage() for r in caplog.records] == [
        "the article mixed.txt is UTF-8 but for 1 byte(s), the first on line 3, read as Windows-1252: check its "
        "accents there, and save it as UTF-8"]


def test_a_whole_windows_1252_or_latin1_file_is_read_as_before_without_a_warning(caplog):
    text = "Le café coûte 2 € à Noël.\n\n« Très bon », dit-elle."
    with caplog.at_level("WARNING", logger="index.article"):
        assert parse_article(text.encode("cp1252"), "old.txt").text == text
        assert parse_article(text.replace("€", "euros").encode("latin-1"), "old.txt").text == text.replace("€", "euros")
    assert caplog.records == []


@pytest.mark.parametrize("raw, text, author", [
    (b"By Jamie Ross\n\nThe depot opens on Monday.", "The depot opens on Monday.", "Jamie Ross"),
    ("Le dépôt ouvre\n\nPar Claire Vasseur, correspondante\n\nLe dépôt ouvre lundi.".encode(),
     "Le dépôt ouvre\n\nLe dépôt ouvre lundi.", "Claire Vasseur"),
    # trial 54: the title, a dateline's lead, then the byline
    (b"Airport loses route\n\nBRACKENFORD, March 3, 2026 - The route ends.\n\nBy Daniel Okafor\n\nFares rose.",
     "Airport loses route\n\nBRACKENFORD, March 3, 2026 - The route ends.\n\nFares rose.", "Daniel Okafor"),
    (b"The depot opens on Monday.\n\nIt was built by Halvern.\n\nIt cost a lot.\n\nBy Jamie Ross", None, None),  # fourth
    (b"By Jamie Ross", "By Jamie Ross", None),  # the whole text: kept
])
def test_a_byline_among_the_first_three_paragraphs_is_the_author_and_no_text(raw, text, author):
    """Trial 44: the floors test and the fitting scripts read a context's byline as a sentence, `eval` and the
    console as the author (0.611 against 0.620): parse_article is the one reading now. Trial 54: a byline after the
    title and a dateline's lead was read as sentence 3."""
    article = parse_article(raw, "a.txt")
    assert (article.text, article.author) == (text or raw.decode(), author)


@pytest.mark.parametrize("raw, text", [
    (b"The museum appointed **Sofia Marchetti** as director.", "The museum appointed Sofia Marchetti as director."),
    (b"She ran the *Galleria Borghese* and __Casa Rossa__ programmes, _then_ ***left***.",
     "She ran the Galleria Borghese and Casa Rossa programmes, then left."),
    (b"**A *nested* phrase** stays whole.", "A nested phrase stays whole."),
    # A real asterisk or underscore stays: a product, a footnote mark and its note, a bullet, snake_case, a path.
    (b"It sold 5 * 3 = 15 units.", None),
    (b"The price* rose.\n\n* Before taxes.", None),
    (b"Set max_retry_count in /etc/_local_/bot.conf, then run 2*3*4.", None),
    (b"**One paragraph.\n\nAnother.**", None),  # no emphasis across a blank line
])
def test_markdown_emphasis_markers_are_no_part_of_a_plain_text(raw, text):
    """Issue 45: "**Sofia Marchetti**" in a .txt article kept its asterisks, and the bot answered "Sofia"
    (index.article.without_emphasis)."""
    assert parse_article(raw, "a.txt").text == (text or raw.decode())


def test_a_markdown_source_keeps_its_emphasis_for_its_renderer():
    assert parse_article(b"The museum appointed **Sofia Marchetti**.", "a.md", markdown=True).text == \
        "The museum appointed **Sofia Marchetti**."


def test_a_control_character_parts_words():
    """Trial 49: "qui\x01est" was read "quiest"; a control character between words is a space (a soft hyphen, no
    character a reader sees, is still removed inside its word)."""
    from index.article import clean_text
    assert clean_text("qui\x01est le maire\x0cde\u00adla ville") == "qui est le maire dela ville"


@pytest.mark.parametrize("line", ["date: 2099-01-01", "date 2099-01", "date: 1 January 2099", "date: 1er janvier 2099"])
def test_a_date_line_after_today_is_ignored_as_a_web_page_s_is(line):
    """Trial 58: "date: 2099-01-01" was the article's date, shown by `about`, while a web page's date after today is
    ignored (README: The date); the line is still no part of the text."""
    article = parse_article(f"{line}\n\nThe council met on Monday to vote the budget.".encode())
    assert (article.date, article.date_words, article.text) == (None, None,
                                                                "The council met on Monday to vote the budget.")


def test_a_date_line_after_today_is_ignored_with_a_note():
    """Trial 59: "date 2031-01-01" was ignored without a word; the article's notes say so (index.article.future_date)."""
    article = parse_article(b"date 2031-01-01\n\nThe council met on Monday to vote the budget.", "future.txt")
    assert article.notes == ("the article future.txt is dated 2031-01-01, after today: that date is ignored "
                             "(Date: unknown)",)
    assert parse_article(b"date 2026-01-01\n\nThe council met on Monday to vote the budget.", "past.txt").notes == ()


def test_a_date_line_after_today_s_note_names_the_dateline_s_date_used_instead():
    """Trial 61: the note said "(Date: unknown)" while `about` showed the dateline's date, 2026-03-03."""
    article = parse_article(b"date 2027-05-01\nValley FM sold\n\nHALSBURY, March 3, 2026 - Valley FM was sold on "
                            b"Monday.", "future.txt")
    assert article.date == "2026-03-03"
    assert article.notes == ("the article future.txt is dated 2027-05-01, after today: that date is ignored "
                             "(Date: 2026-03-03)",)


def test_after_today_compares_a_month_with_today_s_month():
    today = datetime.date(2026, 12, 6)
    assert [after_today(d, today) for d in ("2026-12-06", "2026-12-07", "2026-12", "2027-01", "2026-11-30")] == \
        [False, True, False, True, False]
