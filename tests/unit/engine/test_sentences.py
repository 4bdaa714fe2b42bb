from bot.engine.sentences import split_sentences


def texts(s, lang="de"):
    return [x.text(s) for x in split_sentences(s, lang)]


def test_german_abbreviations_and_ordinals_do_not_split():
    s = "Der Preis stieg z. B. auf 1,5 Mio. Euro. Am 3. Oktober kam Dr. Weber nach Bonn. Danach ging er."
    assert texts(s) == [
        "Der Preis stieg z. B. auf 1,5 Mio. Euro.",
        "Am 3. Oktober kam Dr. Weber nach Bonn.",
        "Danach ging er.",
    ]


def test_quote_closing_mark_stays_with_its_sentence():
    s = "Sie sagte: „Wir kommen.“ Dann ging sie. „Ist das gut?“ fragte er."
    assert texts(s) == ["Sie sagte: „Wir kommen.“", "Dann ging sie.", "„Ist das gut?“ fragte er."]


def test_english_initials_and_titles():
    s = "Mr. J. Smith met officials in the U.S. capital. They agreed."
    assert texts(s, "en") == ["Mr. J. Smith met officials in the U.S. capital.", "They agreed."]


def test_headline_without_period_and_paragraphs():
    s = "Große Pläne für den Hafen\n\nDie Stadt plant einen Ausbau. Er kostet viel.\n\nBildnachweis: Archiv"
    out = split_sentences(s, "de")
    assert [x.text(s) for x in out] == [
        "Große Pläne für den Hafen", "Die Stadt plant einen Ausbau.", "Er kostet viel.",
        "Bildnachweis: Archiv"]
    assert [x.paragraph for x in out] == [0, 1, 1, 2]


def test_missing_space_after_full_stop_splits():
    assert texts("Der Sturm zog über die Schweiz.Die Böen waren stark.") == [
        "Der Sturm zog über die Schweiz.", "Die Böen waren stark."]


def test_decimal_numbers_and_ellipsis_do_not_split():
    s = "Der Wert lag bei 3.5 Prozent … und stieg dann. Das war neu."
    assert texts(s) == ["Der Wert lag bei 3.5 Prozent … und stieg dann.", "Das war neu."]


def test_spans_are_verbatim_and_ordered():
    s = "  Eins zwei drei.  Vier fünf!\nSechs sieben?  "
    out = split_sentences(s)
    assert [x.text(s) for x in out] == ["Eins zwei drei.", "Vier fünf!", "Sechs sieben?"]
    assert all(a.end <= b.start for a, b in zip(out, out[1:]))
