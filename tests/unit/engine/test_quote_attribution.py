"""Speaker attribution patterns (German and English). All sentences are invented."""
from bot.engine import brief_text


def quotes(text):
    return {q.text: q for q in brief_text(text).quotes}


def test_role_noun_resolves_to_the_person_named_with_that_role():
    text = ("Bundeskanzler Gerhard Roth reiste am Montag nach Lyon.\n\n"
            "„Wir sind enge Partner und werden es bleiben“, sagte der Bundeskanzler.")
    assert quotes(text)["Wir sind enge Partner und werden es bleiben"].speaker == "Gerhard Roth"


def test_so_and_laut_and_colon_patterns():
    text = ("Die Ärztin Julia Stern leitet die Klinik seit drei Jahren. "
            "„Die Station ist voll ausgelastet“, so Stern. "
            "Laut Stern fehlen der Klinik „mindestens zwölf Pflegekräfte“. "
            "Der Landrat Peter Vogt sagte: „Wir suchen eine Lösung bis zum Sommer.“")
    q = quotes(text)
    assert q["Die Station ist voll ausgelastet"].speaker == "Julia Stern"
    assert q["mindestens zwölf Pflegekräfte"].speaker == "Julia Stern"
    assert q["Wir suchen eine Lösung bis zum Sommer."].speaker == "Peter Vogt"


def test_inverted_cue_with_role_and_institution_as_speaker():
    text = ("„Die Brücke bleibt bis Ende Mai gesperrt“, teilte das Verkehrsministerium mit. "
            "„Wir prüfen jeden Pfeiler einzeln“, erklärte die Sprecherin der Behörde.")
    q = quotes(text)
    assert q["Die Brücke bleibt bis Ende Mai gesperrt"].speaker == "Verkehrsministerium"
    assert "Sprecherin" in q["Wir prüfen jeden Pfeiler einzeln"].speaker


def test_object_in_front_of_the_verb_is_not_the_speaker():
    text = ("Die geplante Reform der Grundsteuer kritisierte der Vorsitzende des Mieterbundes, "
            "Frank Adler, scharf: „Das wird das Wohnen in den Städten noch teurer machen.“")
    q = quotes(text)
    assert q["Das wird das Wohnen in den Städten noch teurer machen."].speaker == "Frank Adler"


def test_unattributed_quote_takes_the_person_of_the_sentence_before():
    text = ("Um Zeit zu gewinnen, will die Ministerin Clara Weiß den Lehrplan kürzen. "
            "„Nicht jede Formel ist für das Leben nötig.“")
    assert quotes(text)["Nicht jede Formel ist für das Leben nötig."].speaker == "Clara Weiß"


def test_partial_quote_in_reported_speech_and_scare_quotes():
    text = ("Der Gewerkschaftschef Tim Falk sagte, die Pläne seien „völlig unausgegoren“. "
            "Die Firma nennt ihr neues Modell „Falke“. Das Magazin „Stadtblick“ berichtete darüber.")
    q = quotes(text)
    assert q["völlig unausgegoren"].speaker == "Tim Falk"
    assert "Falke" not in q and "Stadtblick" not in q


def test_multi_paragraph_quote_keeps_its_speaker():
    text = ('"We will rebuild the harbor first," said Mayor Ann Cole. "Then the schools.\n\n'
            '"After that, the roads, one district at a time," she added.')
    q = quotes(text)
    assert q["We will rebuild the harbor first,"].speaker == "Ann Cole"
    assert q["Then the schools."].speaker == "Ann Cole"


def test_english_role_subject_signed_quote_and_participle():
    text = ('Senator Mark Dale spoke for an hour. "This bill is a disaster," the senator said.\n\n'
            '"Vote in November." ― Rosa Quinn\n\n'
            'Dale then attacked the plan, saying, "Nobody has read it."')
    q = quotes(text)
    assert q["This bill is a disaster,"].speaker == "Mark Dale"
    assert q["Vote in November."].speaker == "Rosa Quinn"
    assert q["Nobody has read it."].speaker == "Mark Dale"


def test_subject_of_reported_speech_is_not_the_speaker():
    # 'X sei „…“' reports what someone said; the subjunctive clause's subject says nothing
    text = ("Finanzministerin Karla Weber stellte am Montag den Haushalt vor. "
            "Erstmals seit Jahren sei das Land in der Lage, die Grenzen „mit Sicherheit“ einzuhalten. "
            "Die Pflichten der Länder seien im Vertrag festgelegt: „Daraus folgt, dass das Recht gilt.“")
    q = quotes(text)
    assert q["mit Sicherheit"].speaker.endswith("Karla Weber")
    assert q["Daraus folgt, dass das Recht gilt."].speaker.endswith("Karla Weber")
    text = ("Die Sprecherin Anna Kurz erklärte: „Wir sehen keine Möglichkeit.“ "
            "Es gebe Kunden, die für die „neue Technik“ nicht offen seien.")
    assert quotes(text)["neue Technik"].speaker == "Anna Kurz"


def test_fronted_adverb_or_conditional_verb_is_not_the_speaker():
    text = ("Die Bürgermeisterin von Kassel forderte alle Bewohner zum Rückzug auf. "
            "Kämen sie dem nicht nach, so „helfe ihnen niemand“.")
    assert "Bürgermeisterin" in quotes(text)["helfe ihnen niemand"].speaker
    text = ("„Wir prüfen das“, sagte Karl Brandt im Radio. Selbst die konservative Zeitung "
            "„Der Bote“ hatte im Mai kritisiert, dass er „zu nachgiebig“ sei.")
    assert quotes(text)["zu nachgiebig"].speaker not in (None, "Selbst")
    assert "Zeitung" in quotes(text)["zu nachgiebig"].speaker


def test_passive_agent_before_als_speaks():
    text = "Es ist heiß. Im Süden wird die Gefahr von Bränden vom Wetteramt als „sehr hoch“ eingestuft."
    assert quotes(text)["sehr hoch"].speaker == "Wetteramt"
    # an agent inside a participle phrase is not the passive's agent
    text = ("Das Amt veröffentlichte einen Bericht. Darin rechtfertigte das Ministerium die "
            "vom Präsidenten gebilligte Aktion als „defensiver Natur“.")
    assert quotes(text)["defensiver Natur"].speaker != "Präsidenten"


def test_newspaper_after_the_name_is_the_addressee():
    text = "Die Lage ist ernst. „Wir brauchen Hilfe“, sagte Bürgermeister Hans Ritter der Zeitung „Nordkurier“."
    assert quotes(text)["Wir brauchen Hilfe"].speaker.endswith("Hans Ritter")


def test_person_speaking_laut_a_newspaper_is_the_speaker():
    text = "Der Chef der Firma, Jan Ott, sagte laut „Kurier“: „Wir bauen Stellen ab.“"
    assert quotes(text)["Wir bauen Stellen ab."].speaker == "Jan Ott"
    text = "Laut „Kurier“ sind die Zahlen „schlecht wie nie“."
    assert quotes(text)["schlecht wie nie"].speaker == "Kurier"


def test_so_heisst_es_in_a_document():
    text = ("Der Vertrag ist unterschrieben. Kosten sollen „durch mehr Effizienz“ gespart werden, "
            "so heißt es in einer gemeinsamen Erklärung des Betriebsrates und der Gewerkschaft.")
    assert "Erklärung des Betriebsrates" in quotes(text)["durch mehr Effizienz"].speaker


def test_fronted_time_preposition_is_not_the_speaker():
    text = ("Das Gelände wurde gesperrt. Ab 1939 musste an jeder Tür ein Schild hängen, auf dem stand: "
            "„Das Betreten des Geländes ist streng verboten und wird bestraft.“")
    q = quotes(text)["Das Betreten des Geländes ist streng verboten und wird bestraft."]
    assert q.speaker != "Ab"


def test_subject_of_main_clause_after_a_fronted_subordinate_clause():
    text = ("Die Stewards wollten den Mann beruhigen. Als ein Gast zu Hilfe eilte, biss der Randalierer "
            "den Gast und rief: „Lasst mich sofort raus!“")
    assert quotes(text)["Lasst mich sofort raus!"].speaker == "Randalierer"


def test_fuer_opinion_holder_with_any_verb():
    text = ("Der Stadtrat Kurt Reim kritisierte den Plan. "
            "Für Senatorin Petra Lind (SPD) gilt die Anstellung als „gelungenes Beispiel“.")
    assert quotes(text)["gelungenes Beispiel"].speaker.endswith("Petra Lind")


def test_vorwurf_der_party_names_the_source():
    text = ("Die Debatte war lang. Auf den Vorwurf der FDP, es handele sich um einen „teuren Antrag“, mit dem "
            "man die Bürger „zum Sparen zwingen“ wolle, entgegnete die SPD, dass alles geprüft sei.")
    assert quotes(text)["teuren Antrag"].speaker == "FDP"
