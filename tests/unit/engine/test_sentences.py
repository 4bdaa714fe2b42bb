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


def test_more_german_abbreviations_numbers_and_dates():
    s = ("Die Firma machte ca. 60 Prozent Umsatz mit Werbung, u. a. in Europa. Der Verlust lag bei "
         "2,5 Mrd. Euro und 4.000 Stellen. Am 3. Oktober 2023 sprach Prof. Dr. Meier in Halle Nr. 4 "
         "vor rund 1.200 Gästen. Danach ging es weiter.")
    assert texts(s) == [
        "Die Firma machte ca. 60 Prozent Umsatz mit Werbung, u. a. in Europa.",
        "Der Verlust lag bei 2,5 Mrd. Euro und 4.000 Stellen.",
        "Am 3. Oktober 2023 sprach Prof. Dr. Meier in Halle Nr. 4 vor rund 1.200 Gästen.",
        "Danach ging es weiter.",
    ]


def test_etymology_abbreviations_in_parentheses():
    s = "Design (engl. für Gestaltung) bedeutet Entwurf. Das Wort kommt aus dem Lat. und ist alt."
    assert texts(s) == ["Design (engl. für Gestaltung) bedeutet Entwurf.",
                        "Das Wort kommt aus dem Lat. und ist alt."]


def test_english_decimals_thousands_and_abbreviations():
    s = "Revenue rose 3.5% to $1,200.50 million, e.g. in the U.K. market. Mr. Brown agreed. It was Jan. 5."
    assert texts(s, "en") == ["Revenue rose 3.5% to $1,200.50 million, e.g. in the U.K. market.",
                              "Mr. Brown agreed.", "It was Jan. 5."]


def test_quote_spanning_two_sentences_keeps_marks_with_their_sentences():
    s = "„Wir bauen weiter. Das ist sicher“, sagte Roth. »Und dann?« fragte er. Sie schwieg."
    assert texts(s) == ["„Wir bauen weiter.", "Das ist sicher“, sagte Roth.", "»Und dann?« fragte er.",
                        "Sie schwieg."]


def test_ellipsis_before_capital_ends_a_sentence_before_lower_case_does_not():
    s = "Er zögerte... und ging. Dann kam nichts mehr... Am Ende blieb er. Es war spät …"
    assert texts(s) == ["Er zögerte... und ging.", "Dann kam nichts mehr...", "Am Ende blieb er.",
                        "Es war spät …"]


def test_headline_byline_and_dateline_lines_without_punctuation():
    s = ("Musk wirbt in Paris um Werbekunden\nVon Anna Schmidt\n12.06.2024, 10:15 Uhr\n\n"
         "Elon Musk hat am Mittwoch in Paris gesprochen. Er warb um Vertrauen.")
    assert texts(s) == ["Musk wirbt in Paris um Werbekunden", "Von Anna Schmidt", "12.06.2024, 10:15 Uhr",
                        "Elon Musk hat am Mittwoch in Paris gesprochen.", "Er warb um Vertrauen."]


def test_soft_wrapped_lines_join_and_question_exclamation_end():
    s = ("Die Stadt plant einen Ausbau des Hafens, der viele Jahre dauern\nwird und viel kostet. "
         "Wirklich?! Ja! Das ist so.")
    assert texts(s) == ["Die Stadt plant einen Ausbau des Hafens, der viele Jahre dauern\nwird und viel kostet.",
                        "Wirklich?!", "Ja!", "Das ist so."]


def test_no_exception_and_verbatim_on_odd_input():
    for s in ["", " ", "\n\n", ".", "...", "…", "„", "a.b.c.", "(((", "Dr.", "3.", "x" * 100 + ".",
              "Ende.\u2028Anfang.", "İstanbul. İzmir.", "A.\r\nB.\r\n"]:
        for lang in ("de", "en", "und"):
            out = split_sentences(s, lang)
            assert all(s[x.start:x.end].strip() == s[x.start:x.end] and x.end > x.start for x in out)
            assert all(a.end <= b.start for a, b in zip(out, out[1:]))
