

def test_question_words_meet_inflected_article_words():
    from bot.engine import answer_question

    text = ("Die Stadt plant einen neuen Radweg am Fluss. Er soll rund 2,3 Mio. Euro kosten. "
            "Die Bauarbeiten beginnen im Frühjahr.")
    best = answer_question(text, "Was kostet das?", k=1)
    assert best and "2,3 Mio. Euro" in best[0].text
    english = "The board approves the terminal. Critics fear the dredging. Work begins in spring."
    assert "dredging" in answer_question(english, "Who feared dredged channels?", k=1)[0].text


def test_question_kind_is_read_from_the_opening():
    from bot.engine.questions import question_kind

    assert question_kind("Wann beginnt der Bau?") == "time"
    assert question_kind("und wie viele Haltestellen gibt es?") == "amount"
    assert question_kind("How many turbines a year?") == "amount"
    assert question_kind("Was sagt die Bürgerinitiative dazu?") == "statement"
    assert question_kind("Wer bezahlt die Strecke?") == "person"
    assert question_kind("Why did the board vote no?") == "reason"
    assert question_kind("Gibt es Kritik?") is None


def test_a_sentence_with_what_the_question_asks_for_ranks_first():
    from bot.engine import answer_question

    text = ("Der Stadtrat berät über die neue Brücke. Die Brücke soll die Altstadt mit dem Hafen "
            "verbinden. Die Brücke wird im Frühjahr 2027 eröffnet.")
    assert "2027" in answer_question(text, "Wann wird die Brücke fertig?", k=1)[0].text
    text = ("The council debated the new bridge for hours. The bridge will carry 12,000 cars a day "
            "once it opens, the council said.")
    assert "12,000" in answer_question(text, "How many cars will use the bridge?", k=1)[0].text
    text = ("Die Anwohner lehnen den Ausbau der Straße ab. „Wir wollen keinen Lärm vor der Tür“, "
            "sagte Anwohnerin Eva Brandt über den Ausbau.")
    assert "Lärm" in answer_question(text, "Was sagen die Anwohner zum Ausbau?", k=1)[0].text


def test_the_kind_of_question_never_makes_an_unrelated_sentence_an_answer():
    from bot.engine import answer_question

    text = "Die Brücke wird im Frühjahr 2027 eröffnet. Der Hafen feiert am 3. Mai sein Jubiläum."
    assert answer_question(text, "Wann tagt der Stadtrat?") == ()


def test_a_cost_question_wants_a_sum_of_money():
    from bot.engine import answer_question
    from bot.engine.questions import question_kind

    assert question_kind("Was kostet die Linie?") == "money"
    assert question_kind("How much will the terminal cost?") == "money"
    text = ("Die neue Linie soll auf 9 Kilometern 14 Haltestellen bedienen. Die Strecke kostet "
            "nach aktueller Schätzung rund 1,2 Mrd. Euro. Die Linie fährt ab 2031.")
    assert "1,2 Mrd. Euro" in answer_question(text, "Was kostet die Linie?", k=1)[0].text


def test_a_sentence_inside_a_longer_quotation_comes_with_the_whole_quotation():
    from bot.engine import answer_question

    text = ("Der Rat stimmte am Abend ab.\n\n„Jedes Großprojekt ist doppelt so teuer geworden. "
            "Warum sollte es diesmal anders sein?“, fragte Markus Brenner im Plenum. Danach wurde "
            "abgestimmt.\n\nBrenner will klagen.")
    passages = answer_question(text, "Was fragte Brenner?", k=3)
    first = passages[0]
    assert first.text.startswith("„Jedes Großprojekt") and first.text.endswith("im Plenum.")
    assert text[first.start:first.start + len(first.text)] == first.text  # still verbatim
    assert len({p.start for p in passages}) == len(passages)  # no passage shown twice
    assert not any(p.text.startswith("Warum") for p in passages)
