"""Speaker rules for clause shapes: prepositional and demonstrative openings, two people
after one verb, a passive agent, a credit in brackets, a second clause between quotes.
All sentences are invented; `speaker_of` is in conftest.py."""


def test_prepositional_phrase_before_the_verb(speaker_of):
    text = ("Die Feier dauerte drei Tage. Anlässlich der zurzeit stattfindenden Feierlichkeiten "
            "kündigte der Präsident Tarek Haddadi weitere „gigantische Errungenschaften“ der Forscher "
            "an, darunter auch in der Medizin.")
    assert speaker_of(text, "gigantische Errungenschaften") == "Tarek Haddadi"


def test_two_surnames_after_the_verb_are_subject_and_object(speaker_of):
    text = ("Rick Santorum und Mitt Romney kämpfen um die Kandidatur. Wörtlich bezeichnete Santorum "
            "Romney schon früher als „den schlechtesten Kandidaten im Land“.")
    assert speaker_of(text, "den schlechtesten Kandidaten im Land") == "Rick Santorum"


def test_passive_agent_with_the_auxiliary_after_the_quote(speaker_of):
    text = ("Der Angeklagte, der vom Vorsitzenden Richter als „grenzwertig“, aber schuldfähig "
            "eingestuft wurde, muss in Haft.")
    assert "Richter" in speaker_of(text, "grenzwertig")


def test_credit_in_brackets_after_the_quote(speaker_of):
    text = ("Die Partei gewann 75 Sitze. „Allen Beobachtungen zufolge sind die Wahlen frei und fair "
            "abgelaufen.“(Konrad-Adenauer-Stiftung). Danach folgte Streit.")
    assert speaker_of(text, "Allen Beobachtungen zufolge sind die Wahlen frei und fair abgelaufen.") \
        == "Konrad-Adenauer-Stiftung"


def test_translation_in_brackets_is_no_credit(speaker_of):
    text = ("Der Astronaut Neil Harbour meldete sich mit den Worten: „The eagle has landed.“ "
            "(Der Adler ist gelandet.) Dann stieg er aus.")
    assert speaker_of(text, "The eagle has landed.") == "Neil Harbour"


def test_a_new_clause_between_two_quotes_has_its_own_speaker(speaker_of):
    text = ("Kanzlerin Anna Roth bezeichnete Wulff am Donnerstag als „einen wunderbaren Präsidenten“, "
            "Vizekanzler Jens Weber strich Wulffs „klaren inneren Kompass“ hervor.")
    assert speaker_of(text, "einen wunderbaren Präsidenten") == "Anna Roth"
    assert speaker_of(text, "klaren inneren Kompass") == "Jens Weber"


def test_demonstrative_subject_before_a_colon(speaker_of):
    text = ("Das Abkommen wurde 1902 unterzeichnet. Dieses Abkommen definierte die Grenze wie folgt: "
            "„Die Grenze verläuft entlang des Flusses bis zum Meer.“")
    assert speaker_of(text, "Die Grenze verläuft entlang des Flusses bis zum Meer.") == "Abkommen"


def test_von_adjective_seite_names_a_side(speaker_of):
    text = ("Die Lesart wird von pakistanischer Seite mit einer „laufenden Überprüfung der eigenen "
            "Politik“ beschrieben.")
    assert speaker_of(text, "laufenden Überprüfung der eigenen Politik") == "pakistanischer Seite"


def test_pronoun_resolves_from_where_it_stands_not_from_the_quote(speaker_of):
    # Romney is named between 'er' and the quote; 'er' still refers back to Santorum
    text = ("Mitt Romney führt im Rennen. Romney gewann in Ohio, und Gouverneur Romney sprach danach in "
            "Boston. „Wir werden siegen“, sagte Newt Gingrich. Schwierigkeiten hat auch Rick Santorum. Er verwickelt sich in Widersprüche. So sagte "
            "er am Montag über seinen Rivalen Romney, „er ist der schlechteste Kandidat von allen“.")
    assert speaker_of(text, "er ist der schlechteste Kandidat von allen") == "Rick Santorum"


def test_pronoun_after_a_sentence_with_its_own_source(speaker_of):
    text = ("Handelskammer und die Bäckerinnung stehen den Fahrverboten skeptisch gegenüber, viele Fragen "
            "seien laut Andreas Richter, Geschäftsführer in der Region, weiterhin offen. Er fordert eine "
            "„rechtssichere Übergangsfrist“ von acht Jahren.")
    assert speaker_of(text, "rechtssichere Übergangsfrist") == "Andreas Richter"


def test_inverted_cue_after_reported_clause(speaker_of):
    # 'Das Problem sei …, sagte sie': she speaks, not the reported clause's subject
    text = ("„Wir schließen die Station“, sagte Klinikchef Paul Brandt. Auch die Hebamme Rita Sommer "
            "äußerte sich. Das Personalproblem sei seit Jahren bekannt gewesen, sagte sie. Die Leitung "
            "habe es „sehenden Auges“ verschleppt.")
    assert speaker_of(text, "sehenden Auges") == "Rita Sommer"


def test_focus_particle_before_the_subject(speaker_of):
    text = ("„Das ist inakzeptabel“, sagte Kanzlerin Maria Lenz. Auch der Außenminister Jan Berg "
            "attackierte das Regime als den „führenden Förderer von Gewalt“.")
    assert speaker_of(text, "führenden Förderer von Gewalt") == "Jan Berg"


def test_pronoun_after_a_sentence_whose_verb_is_no_cue(speaker_of):
    text = ("„Ich war am Ende“, erzählte der Schauspieler Tim Reiher. Intendant Bernd Solm verteidigte "
            "die Entscheidung. „Ein Stadttheater ist kein Museum“, sagte er.")
    assert speaker_of(text, "Ein Stadttheater ist kein Museum") == "Bernd Solm"


def test_pronoun_after_a_sentence_with_a_named_source(speaker_of):
    text = ("„Die Handys bleiben aus“, sagte Rektor Uwe Falk. Die Noten seien aber nicht besser, sagte "
            "die Forscherin Wiebke Adlung. „Ein halbes Jahr ist zu kurz“, erklärte sie.")
    assert "Wiebke Adlung" in speaker_of(text, "Ein halbes Jahr ist zu kurz")


def test_quoted_name_in_the_sentence_before_a_pronoun(speaker_of):
    text = ("„Wir prüfen das Urteil“, sagte Bürgermeisterin Gisela Horn. Der Wirt des Gasthauses „Zum "
            "Lamm“ am Markt, Erwin Seidl, sieht das Urteil gelassen. „Für meine Gäste ändert sich "
            "nichts“, sagte er.")
    assert speaker_of(text, "Für meine Gäste ändert sich nichts") == "Erwin Seidl"


def test_apposition_name_after_a_long_subject_behind_the_verb(speaker_of):
    text = ("Die Helfer sind überlastet. So sagte der für die Region zuständige Koordinator für "
            "Naturkatastrophen, Deftalgne Tessema, gegenüber der BBC: „Es sind nur 14 Boote im Einsatz.“")
    assert speaker_of(text, "Es sind nur 14 Boote im Einsatz.") == "Deftalgne Tessema"


def test_speaker_shown_as_the_name_beside_an_apposition():
    from bot.engine.attribution import clean_speaker
    assert clean_speaker("Arni Finnsson, ein Vertreter der Umweltorganisation") == "Arni Finnsson"
    assert clean_speaker("Der Vorsitzende des Ausschusses, Sebastian Edathy (SPD)") == "Sebastian Edathy"
    assert clean_speaker("die Stadt, die Polizei") == "Stadt die Polizei"  # no name: unchanged
    assert clean_speaker("Medvedev bedankte sich bei seinem Team") == "Medvedev"  # a clause read as a phrase


def test_fronted_adjective_before_the_verb_is_no_subject(speaker_of):
    text = ("Die Gespräche in Genf sind beendet. Offiziell geht die Regierung Santos davon aus, "
            "„dass die Rebellen Waffen für nur eine oder zwei Brigaden besitzen“.")
    assert speaker_of(text, "dass die Rebellen Waffen für nur eine oder zwei Brigaden besitzen") == "Regierung Santos"


def test_fronted_participle_and_reflexive_before_the_subject(speaker_of):
    text = ("Der Bericht erschien am Montag. Besorgt äußerte sich Ministerin Brenner über die Zahl der Unfälle, "
            "„die in diesem Winter deutlich gestiegen sei“.")
    assert speaker_of(text, "die in diesem Winter deutlich gestiegen sei") in ("Ministerin Brenner", "Brenner")


def test_main_clause_after_a_subordinate_clause_has_the_subject(speaker_of):
    text = ("Die Anlagen stehen an vier Straßen. Da es für keine Anlage eine Verordnung gibt, hat der "
            "Verfassungsgerichtshof entschieden, „dass alle Kameras ab sofort abgeschaltet werden müssen“.")
    assert "Verfassungsgerichtshof" in speaker_of(text, "dass alle Kameras ab sofort abgeschaltet werden müssen")


def test_passive_agent_of_a_complement_quote(speaker_of):
    text = ("Der Konflikt dauert an. Die Miliz wurde von der Regierung Kenias beschuldigt, "
            "„die Anschläge in der Hafenstadt verübt zu haben“; die Miliz bestritt das.")
    assert "Regierung" in speaker_of(text, "die Anschläge in der Hafenstadt verübt zu haben")


def test_complement_quote_belongs_to_a_subject_that_is_no_obvious_person(speaker_of):
    text = ("Italien verlangt Geld von Deutschland. Der dortige Kassationsgerichtshof hatte entschieden, "
            "„dass Deutschland die Hinterbliebenen des Massakers entschädigen müsse“. Mehr als 200 Menschen starben.")
    assert "Kassationsgerichtshof" in speaker_of(text, "dass Deutschland die Hinterbliebenen des Massakers entschädigen müsse")


def test_reported_speech_runs_back_to_the_sentence_that_opens_the_report(speaker_of):
    text = ("Innenministerin Petra Kohlhaas hat am Montag ihre Pläne vorgestellt. Die Polizei solle mehr "
            "Befugnisse erhalten. Zudem müsse die Zusammenarbeit mit den Ländern „deutlich besser werden“.")
    assert speaker_of(text, "deutlich besser werden") == "Petra Kohlhaas"


def test_expletive_es_after_the_verb_is_no_subject(speaker_of):
    text = ("Die Wahl ist entschieden. Als eine seiner wichtigsten Aufgaben sieht es der 53-jährige Uribe an, "
            "„Frieden mit den großen Rebellengruppen des Landes zu schließen“.")
    assert "Uribe" in speaker_of(text, "Frieden mit den großen Rebellengruppen des Landes zu schließen")


def test_tidy_speaker_cuts_a_clause_read_as_a_speaker():
    from bot.engine.attribution import tidy_speaker
    assert tidy_speaker("Ministerpräsident Abhisit kam nicht durch allgemeine Wahlen in dieses Amt sondern "
                        "seine Ernennung") == "Ministerpräsident Abhisit"
    assert tidy_speaker("from the way her unit had been run Mr. Stumpf") == "Mr. Stumpf"
    # noun phrases keep their lower-case words
    assert tidy_speaker("der für die Region zuständige Koordinator Jan Tessema") == \
        "der für die Region zuständige Koordinator Jan Tessema"
    assert tidy_speaker("nicht genannter Vertreter der con energy ag") == "nicht genannter Vertreter der con energy ag"
