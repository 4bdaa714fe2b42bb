"""Pronoun speakers: which person a sentence before (or the main clause) makes the topic.
All sentences are invented; `speaker_of` is in conftest.py."""


def test_topic_three_sentences_back_through_pronoun_sentences(speaker_of):
    text = ("„Wir bauen weiter“, sagte Bürgermeisterin Ina Falk. Der Trainer des Vereins, Vincio Luna, "
            "hat Probleme mit der Justiz. Er wurde am Mittwoch verhaftet. Er soll zwei Menschen illegal "
            "eingeschleust haben. Als Begründung gab er an: „Das waren Spieler meiner Mannschaft.“")
    assert "Vincio Luna" in speaker_of(text, "Das waren Spieler meiner Mannschaft.")


def test_a_bare_name_opening_the_sentence_before_is_the_topic(speaker_of):
    text = ("„Das Kabinett steht“, sagte Regierungssprecherin Anna Weiß. Thaksin bemühte sich, die "
            "Ängste zu zerstreuen. Er betonte: „Das Dekret wird nicht missbraucht.“")
    assert speaker_of(text, "Das Dekret wird nicht missbraucht.") == "Thaksin"


def test_a_question_is_no_topic(speaker_of):
    text = ("Tech-Chef Elon Brandt sprach lange über die Werbekunden. Wird die neue CEO das schaffen? "
            "„Ich denke, sie wird großartige Arbeit leisten“, sagte er.")
    assert speaker_of(text, "Ich denke, sie wird großartige Arbeit leisten") == "Elon Brandt"


def test_feminine_subject_is_no_er(speaker_of):
    text = ("Der Kanzler Olaf Berg reiste nach Paris. Die Ministerin lobte das Treffen. "
            "„Ein guter Tag“, sagte er.")
    assert speaker_of(text, "Ein guter Tag") == "Olaf Berg"


def test_pronoun_in_a_subordinate_clause_refers_to_the_main_clause_subject(speaker_of):
    text = ("Die Hundesteuer steigt um zehn Prozent. Die Vorsitzenden des Tierheims haben protestiert, "
            "da sie befürchten, „viele könnten sich die Tiere nicht mehr leisten“.")
    assert "Vorsitzenden" in speaker_of(text, "viele könnten sich die Tiere nicht mehr leisten")


def test_possessive_view_noun_stands_for_its_owner(speaker_of):
    text = ("„Wir zahlen zu viel“, sagte Verbandschefin Eva Roth. Der Unternehmer Wolfgang Grupp kritisierte "
            "die Manager. Auch an die Kunden stellte Grupp Forderungen. Nach seiner Meinung „sollten die "
            "Kunden sensibler werden“.")
    assert speaker_of(text, "sollten die Kunden sensibler werden") == "Wolfgang Grupp"


def test_pronoun_after_the_quote_is_the_person_before_the_colon(speaker_of):
    text = ("In der 35. Spielminute gab es eine gelbe Karte für den Bremer Spieler Petri Pasanen. "
            "Da Frankfurt sieben Spiele in Serie gewann, war Trainer Thomas Schaaf zufrieden: "
            "„Ein guter Start für uns alle“, sagte er zur Sportschau.")
    assert speaker_of(text, "Ein guter Start für uns alle") == "Thomas Schaaf"


def test_a_noun_and_a_genitive_name_are_no_person(speaker_of):
    text = ("Der 62-jährige Ban Ki-moon wurde per Akklamation gewählt. Ban wird seinen Vorgänger im Januar ablösen. "
            "Zuvor war die Wahl Bans schon in einer Probeabstimmung ersichtlich gewesen. In einem Interview "
            "erklärte er, „dass er sich sowohl auf Diplomatie als auch auf die Verwaltung konzentrieren wolle“.")
    assert "Ban" in speaker_of(text, "dass er sich sowohl auf Diplomatie als auch auf die Verwaltung konzentrieren wolle")


def test_possessive_view_noun_named_alone_by_the_rules_is_its_owner(speaker_of):
    text = ("Der Programmierer Jan Muslix erwähnte auch, dass er weiteren Quellcode veröffentlichen werde. "
            "Gemäß seiner Aussage „werden die zusätzlichen Codes es erlauben, viel mehr Filme zu kopieren“.")
    assert speaker_of(text, "werden die zusätzlichen Codes es erlauben, viel mehr Filme zu kopieren") == "Jan Muslix"


def test_the_defence_is_a_body_a_pronoun_can_stand_for(speaker_of):
    text = ("Der Tod des Kindes soll durch eine Embolie eingetreten sein. Die Verteidigung zweifelt diese "
            "Darstellung jedoch an. Sie argumentiert, „die Embolie könnte auch erst nach dem Tod eingetreten sein“.")
    assert "Verteidigung" in speaker_of(text, "die Embolie könnte auch erst nach dem Tod eingetreten sein")


def test_role_with_a_complement_before_the_name_apposition(speaker_of):
    text = ("Es kam zu einem Streit zwischen dem Vize-Außenminister für internationale Beziehungen, Arash Golzari, "
            "und westlichen Politikern. Der Vize-Außenminister betrachtet die Anrufung des Rates als Eskalation. "
            "Er sagte, „seinem Land bleibe jetzt keine andere Möglichkeit als die Anreicherung“.")
    assert speaker_of(text, "seinem Land bleibe jetzt keine andere Möglichkeit als die Anreicherung") == "Arash Golzari"


def test_an_age_noun_topic_is_the_person_named_before(speaker_of):
    text = ("Für Aufsehen sorgte Martin Tietge, Mitglied der SPD-Fraktion. Er beschimpfte seine Kollegen. "
            "Der 74-Jährige durfte als ältestes Mitglied den Stadtrat eröffnen. Er protestierte in seiner Rede "
            "gegen einen Passus, „der es verbiete, dass Bürger während der Fragestunde ein Thema ansprechen“.")
    assert speaker_of(text, "der es verbiete, dass Bürger während der Fragestunde ein Thema ansprechen") == "Martin Tietge"


def test_an_age_noun_speaker_is_the_person_given_that_age(speaker_of):
    text = ("Die Bar ist seit Jahren beliebt. Leserin Anna M. (28) war an dem Abend dabei. "
            "„Es war schrecklich, alle haben geschrien“, erzählt die 28-Jährige.")
    assert speaker_of(text, "Es war schrecklich, alle haben geschrien") == "Anna M."
    text = ("Die Bar ist beliebt. Der 45-jährige Reto Huber führt sie seit 2010. "
            "„Wir geben trotz allem nicht auf“, sagt der 45-Jährige.")
    assert speaker_of(text, "Wir geben trotz allem nicht auf") == "Reto Huber"


def test_a_bare_role_resolves_to_the_name_given_with_a_compound_of_it(speaker_of):
    text = ("Verkehrsminister Volker Wissing (FDP) verteidigte den Plan. Die Bahn sei „das Rückgrat der "
            "Verkehrswende“. Man werde „alles tun, um die Pünktlichkeit zu verbessern“, sagte der Minister.")
    assert speaker_of(text, "alles tun, um die Pünktlichkeit zu verbessern") == "Volker Wissing"


def test_topic_subject_opened_by_a_possessive(speaker_of):
    text = ("Der Angeklagte Martin Vogel schwieg am ersten Prozesstag. Sein Anwalt Thomas Berger erklärte, "
            "sein Mandant sei unschuldig. „Die Beweise reichen nicht aus“, sagte er.")
    assert speaker_of(text, "Die Beweise reichen nicht aus") == "Thomas Berger"


def test_pronoun_subject_before_a_colon_beats_a_named_object(speaker_of):
    text = ("Die Kanzlerin Angela Merkel sprach in München. Dann griff sie den Präsidenten Mahmud Ahmadinedschad an: "
            "„Ein Präsident, der das Existenzrecht Israels in Frage stellt, kann keine Toleranz erwarten.“")
    assert speaker_of(text, "Ein Präsident, der das Existenzrecht Israels in Frage stellt, kann keine Toleranz erwarten.") \
        == "Angela Merkel"


def test_an_age_noun_for_an_unnamed_person_stays_that_person(speaker_of):
    text = ("Der Unfall ereignete sich am Montag in Zürich und die Polizei kam. Ein 34-jähriger Autofahrer verlor "
            "die Kontrolle. Polizeisprecher Marco Bisa bestätigte den Unfall. "
            "«Ich habe das Kind zu spät gesehen», sagt der 34-Jährige.")
    assert speaker_of(text, "Ich habe das Kind zu spät gesehen") == "Autofahrer"  # not the police spokesman


def test_a_pronoun_in_a_wie_clause_is_the_main_clause_role_and_its_name(speaker_of):
    text = ("Die Anklage stützt sich auf seinen Fahrer Marco De Souza. Dieser behaupte, den Schuss gehört zu haben. "
            "In einem Notruf war der Fahrer zu hören, wie er angegeben hat, „er denke, sein Chef habe jemanden getötet“.")
    assert speaker_of(text, "er denke, sein Chef habe jemanden getötet") == "Marco De Souza"
