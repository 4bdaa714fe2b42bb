from bot.engine import brief_text


def quotes(text):
    return {q.text: q for q in brief_text(text).quotes}


def test_german_quote_after_cue_with_pronoun_resolved_to_full_name():
    text = ("Die Ministerin Anna Berger besuchte am Montag das Werk in Kassel.\n\n"
            "„Wir werden hier investieren“, sagte sie vor den Beschäftigten. "
            "Später betonte Berger: „Die Arbeitsplätze sind sicher.“")
    q = quotes(text)
    assert q["Wir werden hier investieren"].speaker == "Anna Berger"
    assert q["Wir werden hier investieren"].cue == "sagte"
    assert q["Die Arbeitsplätze sind sicher."].speaker == "Anna Berger"


def test_scare_quotes_and_names_of_things_are_not_quotes():
    text = ("Der Konzern nennt das Projekt „Aurora“ und spricht von seiner „Kern“-Mission. "
            "Die Zeitung „Neue Stimme“ berichtete darüber. Die Chefin Maria Lang sagte: "
            "„Wir sind auf einem guten Weg.“")
    q = quotes(text)
    assert set(q) == {"Wir sind auf einem guten Weg."}
    assert q["Wir sind auf einem guten Weg."].speaker == "Maria Lang"


def test_english_styles_and_inverted_attribution():
    text = ('Union leader Tom Reyes spoke on Friday. "We will not give up," said Reyes. '
            '“The talks failed,” he added. The film "Blue Harbor" opens soon.')
    q = quotes(text)
    assert q["We will not give up,"].speaker == "Tom Reyes"
    assert q["The talks failed,"].speaker == "Tom Reyes"
    assert "Blue Harbor" not in q


def test_guillemets_and_multi_sentence_quote_continued_in_paragraph():
    text = ("»Das ist ein großer Tag für die Stadt«, erklärte Bürgermeister Jan Frey. "
            "»Wir haben lange darauf gewartet. Jetzt geht es los.«")
    q = quotes(text)
    assert q["Das ist ein großer Tag für die Stadt"].speaker == "Jan Frey"
    assert q["Wir haben lange darauf gewartet. Jetzt geht es los."].speaker == "Jan Frey"


def test_unbalanced_marks_recover_without_crashing():
    text = "„Das ist offen, sagte er. Dann ging er.\n\nNeuer Absatz „mit“ Rest “ und » ohne Ende"
    b = brief_text(text)
    for q in b.quotes:
        assert text[q.start:q.start + len(q.text)] == q.text


def test_quotes_are_sorted_by_importance():
    text = ("Die Forscherin Eva Roth stellte die Studie vor. „Ja“, sagte sie. "
            "„Unsere Daten zeigen klar, dass der Meeresspiegel schneller steigt als erwartet“, "
            "sagte Roth.")
    b = brief_text(text)
    assert b.quotes[0].text.startswith("Unsere Daten")


def test_doubled_apostrophe_quotes_and_title_phrase_speaker():
    text = ("The plan drew criticism on Monday. ''We will not accept this,'' chief economist "
            "Dana Whitfield said. The agency's ''doubling down'' was noted.")
    q = quotes(text)
    assert q["We will not accept this,"].speaker == "Dana Whitfield"


def test_she_does_not_resolve_to_a_man():
    text = ("Mayor Linda Park met Governor Tom Brandt on Tuesday. Brandt left early.\n\n"
            "“We need the bridge now,” she said.")
    q = quotes(text)
    assert q["We need the bridge now,"].speaker == "Linda Park"


def test_prepositional_phrase_before_german_cue_is_not_the_speaker():
    text = ("In einem Interview äußerte sich der Außenminister Paul Krämer zuversichtlich: "
            "„Ich gehe davon aus, dass eine Einigung gelingt.“")
    q = quotes(text)
    assert q["Ich gehe davon aus, dass eine Einigung gelingt."].speaker == "Paul Krämer"


def test_three_word_name_with_a_comma_before_an_english_cue_does_not_crash():
    # 'Ann Lee Smith, said, "…"' once raised IndexError in the apposition rule
    from bot.engine import brief_text

    quotes = brief_text('The mayor spoke. Ann Lee Smith, said: "We will win the game tonight."').quotes
    assert [(q.text, q.speaker) for q in quotes] == [("We will win the game tonight.", "Ann Lee Smith")]


def test_a_naming_word_that_ends_the_sentence_before_names_no_quote():
    text = ("Der Streit eskalierte. Nun meldet sich der Verband zu Wort. "
            "„Wir sind enttäuscht von der Regierung“, teilt er mit.")
    found = {q.text: q.speaker for q in brief_text(text).quotes}
    assert found.get("Wir sind enttäuscht von der Regierung") == "Verband"


def test_partial_quote_in_konjunktiv_i_reported_speech_is_a_quote():
    text = ("Die Stadtverwaltung Bern hat am Freitag informiert.\n\n"
            "Die Sanierung des Hallenbads dauere „mindestens zwei Jahre länger als geplant“.")
    found = {q.text: q.speaker for q in brief_text(text).quotes}
    assert "mindestens zwei Jahre länger als geplant" in found


def test_quote_run_on_over_a_paragraph_break_without_a_new_opener_swiss_and_german():
    for open_, close in (("«", "»"), ("„", "“")):
        text = (f"Der Kanton reagiert und die Gemeinde auch. {open_}Wir prüfen alle Optionen.\n\n"
                f"Eine Entscheidung fällt im Frühling{close}, sagt Regierungsrat Mario Fehr. Die Gemeinde wartet.")
        found = {q.text: q.speaker for q in brief_text(text).quotes}
        assert found.get("Eine Entscheidung fällt im Frühling") == "Mario Fehr", found
        assert not any("sagt Regierungsrat" in t for t in found)  # the closer opens nothing
        for q in brief_text(text).quotes:
            assert text[q.start:q.start + len(q.text)] == q.text


def test_swiss_quote_with_the_cue_in_the_next_sentence():
    text = "Der Brand war gross. «Es war ein Schock.» So beschreibt Sandra K. (29) den Moment, als sie das Feuer sah."
    found = {q.text: q.speaker for q in brief_text(text).quotes}
    assert found.get("Es war ein Schock.") == "Sandra K."


def test_a_quote_opening_a_headline_before_a_dash_or_colon_is_a_quote():
    text = ("«Ich habe Angst um meine Kinder» – Anwohner wehren sich gegen Asylzentrum\n\n"
            "In Oberwil regt sich Widerstand und die Gemeinde schweigt. «Wir wurden nie gefragt», sagt Anwohnerin Petra S. (41).")
    found = {q.text: q.speaker for q in brief_text(text).quotes}
    assert found.get("Ich habe Angst um meine Kinder") == "Anwohner"
    text = "„Wir geben nicht auf“: Bauern protestieren in Berlin\n\nTausende Landwirte sind am Montag nach Berlin gekommen."
    assert "Wir geben nicht auf" in {q.text for q in brief_text(text).quotes}


def test_a_title_in_the_middle_of_a_line_is_no_headline_quote():
    text = "Der Film „Die große Stille“ – ein Klassiker – läuft am Sonntag im Kino am Markt."
    assert "Die große Stille" not in {q.text for q in brief_text(text).quotes}
