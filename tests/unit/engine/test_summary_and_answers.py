from bot.engine import answer_question, brief_text, title_from_text

ARTICLE = """Neue Brücke über den Rhein eröffnet

Bildnachweis: Stadtarchiv

In Köln ist am Samstag die neue Rheinbrücke für den Verkehr freigegeben worden.
Die Brücke kostete rund 120 Mio. Euro und wurde in drei Jahren gebaut.
Oberbürgermeisterin Petra Klein sprach von einem wichtigen Tag für die Stadt.
Was bedeutet das für Pendler?
Täglich sollen bis zu 40.000 Fahrzeuge die Brücke nutzen.
Der Radweg auf der Südseite wird erst im Frühjahr fertig.

Teilen Sie diesen Artikel
"""


def test_title_from_first_line():
    assert title_from_text(ARTICLE) == "Neue Brücke über den Rhein eröffnet"
    assert title_from_text("Nur ein Satz ohne weitere Zeilen.") is None
    assert title_from_text("Dies ist ein ganz normaler Satz mit Punkt am Ende.\nUnd mehr.") is None


def test_summary_skips_boilerplate_title_and_questions_and_keeps_order():
    b = brief_text(ARTICLE)
    texts = [p.text for p in b.summary]
    assert len(texts) == 3
    assert all("Bildnachweis" not in t and "Teilen" not in t and not t.endswith("?") for t in texts)
    assert "Neue Brücke über den Rhein eröffnet" not in texts
    assert [p.start for p in b.summary] == sorted(p.start for p in b.summary)
    assert texts[0].startswith("In Köln ist am Samstag")
    assert b.article.title == "Neue Brücke über den Rhein eröffnet"
    assert b.article.language == "de"


def test_summary_sentence_count_is_configurable():
    assert len(brief_text(ARTICLE, summary_sentences=1).summary) == 1
    assert len(brief_text(ARTICLE, summary_sentences=5).summary) == 5


def test_answer_question_returns_best_matching_sentence_first():
    ans = answer_question(ARTICLE, "Wie viele Fahrzeuge nutzen die Brücke täglich?")
    assert ans[0].text == "Täglich sollen bis zu 40.000 Fahrzeuge die Brücke nutzen."
    assert ARTICLE[ans[0].start:ans[0].start + len(ans[0].text)] == ans[0].text
    assert len(answer_question(ARTICLE, "Radweg Südseite", k=1)) == 1


def test_word_budget_is_never_exceeded_and_passages_are_verbatim():
    from bot.engine.sentences import split_sentences
    from bot.engine.summary import summarize

    text = ARTICLE.replace("Die Brücke kostete", "Die  Brücke\u00a0kostete") * 3
    sents = split_sentences(text, "de")
    for budget in (5, 12, 30, 60):
        chosen = summarize(text, sents, n=0, max_words=budget)
        assert sum(len(s.text(text).split()) for s in chosen) <= budget
        assert [s.start for s in chosen] == sorted(s.start for s in chosen)


def test_stems_bytes_path_matches_unicode_path():
    from bot.engine.textutil import LETTER_RUN, PREFIX6, STOP6, Stems

    text = "Die Werbetreibenden kehrten zurück; Musk's X-Plattform wächst (fast 60 %) in Köln/Paris, São Paulo."
    st = Stems(text)
    assert st.is_bytes
    got = {b.decode("cp1252") for b in st.of(0, len(text))}
    assert got == set(map(PREFIX6, LETTER_RUN.findall(text.lower()))) - STOP6
    # mostly non-Latin text takes the Unicode path and still yields stems
    ru = Stems("Президент заявил, что переговоры продолжатся в Москве.")
    assert not ru.is_bytes and "презид" in ru.of(0, 60)
