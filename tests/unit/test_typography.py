from bot.typography import quote_marks, shown_quote


def test_quote_marks_follow_the_article_language():
    assert quote_marks("de") == ("„", "“")
    assert quote_marks("en") == ("“", "”")
    assert quote_marks("de-AT") == ("„", "“")
    assert quote_marks(None) == quote_marks("und") == ("“", "”")


def test_shown_quote_drops_only_a_trailing_comma():
    assert shown_quote("We will build it,") == "We will build it"
    assert shown_quote("Wirklich?") == "Wirklich?"
    assert shown_quote(",") == ","
