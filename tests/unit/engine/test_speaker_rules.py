"""Speaker rules: clause structure, cue verbs and patterns, people. All sentences are invented.

The documents-as-sources rules are in test_speaker_documents.py; `speaker_of` is in conftest.py."""
from bot.engine import brief_text


def test_ordinal_date_does_not_end_the_clause(speaker_of):
    text = ("Wie Tom Berger, der am 12. Mai als Beobachter in Rom war, dazu feststellt, verlangt "
            "„das Gesetz eine klare Regel für alle denkbaren Fälle.“")
    assert speaker_of(text, "das Gesetz eine klare Regel für alle denkbaren Fälle.") == "Tom Berger"


def test_genitive_owner_in_front_of_an_organisation_noun(speaker_of):
    text = ("Die Senatorin Anna Roth trat gegen Paul Weber an. "
            "Roths Kampagne dagegen warf Weber vor, er sei nur ein „typischer Berufspolitiker“.")
    assert "Kampagne" in speaker_of(text, "typischer Berufspolitiker")


def test_rechtfertigen_is_a_speech_verb(speaker_of):
    text = ("Der Reporter Jan Ott berichtete zuerst über den Einsatz. Am Abend rechtfertigte "
            "das Verteidigungsministerium den Einsatz, er sei „notwendig und angemessen“ gewesen.")
    assert "Verteidigungsministerium" in speaker_of(text, "notwendig und angemessen")


def test_plural_present_meinen_right_after_the_quote(speaker_of):
    text = ("Die Firma Nordlicht hat neue Eigentümer. „Wir wollen das Werk erhalten und neue Stellen "
            "schaffen“, meinen die beiden Gründer Lars Holm und Eva Brandt.")
    assert "Lars Holm" in speaker_of(text, "Wir wollen das Werk erhalten und neue Stellen schaffen")


def test_fragen_sich_right_after_the_quote(speaker_of):
    text = ("Die Ministerin Petra Lind lobte den Haushalt. "
            "„Wozu braucht die Stadt eine zweite Oper?“ fragen sich Kritiker.")
    assert speaker_of(text, "Wozu braucht die Stadt eine zweite Oper?") == "Kritiker"


def test_split_verb_wollen_wissen(speaker_of):
    text = ("Der Bürgermeister Hans Roth schwieg lange. „Wo bleibt das Geld für die Schule?“, "
            "wollen die Eltern im Stadtteil seit Wochen wissen.")
    assert "Eltern" in speaker_of(text, "Wo bleibt das Geld für die Schule?")


def test_wollen_without_wissen_is_no_cue(speaker_of):
    text = ("Der Bürgermeister Hans Roth schwieg lange. „Wo bleibt das Geld für die Schule?“, "
            "wollen die Eltern im Stadtteil seit Wochen mit Plakaten zeigen.")
    assert "Eltern" not in speaker_of(text, "Wo bleibt das Geld für die Schule?")


def test_so_x_closing_the_sentence(speaker_of):
    text = ("Der Trainer Paul Kern lobte das Stadion. Die Kosten seien „mit Vorsicht zu genießen“, da "
            "ähnliche Bauten zuletzt doppelt so teuer waren, so der Verband.")
    assert "Verband" in speaker_of(text, "mit Vorsicht zu genießen")


def test_passive_agent_of_a_participle_cue(speaker_of):
    text = ("Die Ministerin Clara Weiß wies alles zurück. Es wurde von ihrem Gegner Tom Falk die Sorge "
            "geäußert, das Land brauche nur einen „schnellen Erfolg vor der Wahl“.")
    assert speaker_of(text, "schnellen Erfolg vor der Wahl") == "Tom Falk"


def test_bracketed_quote_after_a_persons_name(speaker_of):
    text = ("Viele gratulierten, so der Bürgermeister Jan Ott, die Leiterin der Klinik, Eva Roth "
            "(„Niemand hat das mehr verdient als sie.“), und der Landrat.")
    assert speaker_of(text, "Niemand hat das mehr verdient als sie.") == "Eva Roth"


def test_bracketed_translation_after_a_party_name_is_no_quote_speaker():
    text = ("In der Partei Jobbik Magyarország („Bewegung für ein besseres Land“) haben die Rechten "
            "ein Sprachrohr.")
    found = {q.text: q.speaker for q in brief_text(text).quotes}
    assert "Bewegung für ein besseres Land" not in found


def test_opinion_holder_of_halten_fuer(speaker_of):
    text = "Der Landrat Peter Vogt war dafür. Der Rechnungshof hält den Plan für „nicht finanzierbar“."
    assert "Rechnungshof" in speaker_of(text, "nicht finanzierbar")


def test_dative_prefield_is_the_addressee(speaker_of):
    text = "Dem Sender sagte Trainer Paul Kern, das Team sei „sehr zufrieden“ mit dem Spiel."
    assert speaker_of(text, "sehr zufrieden") == "Paul Kern"


def test_dative_object_after_the_verb_is_no_speaker(speaker_of):
    text = "Die Opposition warf dem Minister „Versagen auf ganzer Linie“ vor."
    assert speaker_of(text, "Versagen auf ganzer Linie") == "Opposition"


def test_subject_before_a_short_quoted_name_in_the_same_sentence(speaker_of):
    text = ("Ein nicht genannter Vertreter der „Nordwerk AG“ bezeichnet die Beteiligung am Kapital der "
            "Firma als „strategisch“.")
    assert "Vertreter" in speaker_of(text, "strategisch")


def test_masculine_relative_pronoun_with_an_object_is_the_subject(speaker_of):
    text = ("Der Bürgermeister Hans Roth schwieg. In der Zeitung erschien ein Kommentar, der die Entscheidung "
            "als „nicht nachvollziehbar“ bezeichnet.")
    assert "Kommentar" in speaker_of(text, "nicht nachvollziehbar")


def test_sie_with_a_named_woman_is_not_the_man_named_last(speaker_of):
    text = ("Bundeskanzlerin Angela Weber traf am Montag den Präsidenten Marc Duval. "
            "„Wir stehen in dieser Frage zusammen“, sagte sie.")
    assert speaker_of(text, "Wir stehen in dieser Frage zusammen") == "Angela Weber"


def test_sich_freuen_is_a_speech_verb(speaker_of):
    text = "„Das ist ein guter Tag für die ganze Stadt“, freute sich Bürgermeisterin Eva Roth."
    assert speaker_of(text, "Das ist ein guter Tag für die ganze Stadt") == "Eva Roth"


def test_adverb_before_the_verb_is_no_speaker(speaker_of):
    text = ("Merkel betonte, Deutschland werde „seinen Beitrag leisten“. "
            "Zugleich warnte sie vor „überzogenen Erwartungen“.")
    assert speaker_of(text, "überzogenen Erwartungen") == "Merkel"


def test_adverb_after_the_subject_is_dropped(speaker_of):
    text = "Petrow hingegen sagte, Russland sehe „keinen Grund für Sanktionen“."
    assert speaker_of(text, "keinen Grund für Sanktionen") == "Petrow"


def test_adverbials_between_cue_and_speaker_after_the_quote(speaker_of):
    text = "„Wir prüfen alle Vorwürfe genau“, sagte am Montag in Berlin ein Sprecher des Ministeriums."
    assert "Sprecher" in speaker_of(text, "Wir prüfen alle Vorwürfe genau")


def test_adverbials_between_verb_and_subject_before_the_quote(speaker_of):
    text = "Am Montag erklärte gegenüber Journalisten der Sprecher Jan Ott: „Wir prüfen alle Vorwürfe genau.“"
    assert speaker_of(text, "Wir prüfen alle Vorwürfe genau.") == "Jan Ott"


def test_pronominal_adverb_is_no_speaker(speaker_of):
    text = ("Die Umweltministerin Eva Kurz stellte am Montag ihren Bericht vor.\n\n"
            "Darin warnt sie vor steigenden Temperaturen.\n\n„Die Lage ist ernst. Wir müssen jetzt handeln.“")
    assert speaker_of(text, "Die Lage ist ernst. Wir müssen jetzt handeln.") == "Eva Kurz"


def test_plural_schreiben_is_a_cue(speaker_of):
    text = "In der Begründung des Urteils schreiben die Richter, der Kläger habe „keinen Anspruch“."
    assert "Richter" in speaker_of(text, "keinen Anspruch")


def test_more_speech_verbs(speaker_of):
    text = ("Der Bürgermeister Hans Roth eröffnete die Sitzung. Die Forscherin Lea Hahn konstatierte eine "
            "„wachsende Kluft zwischen Arm und Reich“. „Wir sind auf dem richtigen Weg“, erzählte der Landrat "
            "Peter Vogt.")
    assert speaker_of(text, "wachsende Kluft zwischen Arm und Reich") == "Lea Hahn"
    assert speaker_of(text, "Wir sind auf dem richtigen Weg") == "Peter Vogt"


def test_role_noun_before_a_name_resolves_a_later_bare_role(speaker_of):
    text = ("Die Kämmerin Eva Kurz legte Zahlen vor. Demnach fehlen 20 Millionen.\n\n"
            "„Es gibt keine Alternative zu diesem Weg“, betonte die Kämmerin.")
    assert speaker_of(text, "Es gibt keine Alternative zu diesem Weg") == "Eva Kurz"


def test_role_noun_shared_by_two_people_stays_a_role(speaker_of):
    text = ("Die Kämmerin Eva Kurz und die Kämmerin Lea Hahn legten Zahlen vor.\n\n"
            "„Es gibt keine Alternative zu diesem Weg“, betonte die Kämmerin.")
    assert speaker_of(text, "Es gibt keine Alternative zu diesem Weg") == "Kämmerin"


def test_danken_is_a_speech_verb(speaker_of):
    text = "Der Trainer Paul Kern wurde entlassen. Der Verein dankte ihm „für seine Arbeit“."
    assert speaker_of(text, "für seine Arbeit") == "Verein"


def test_sentence_after_the_quote_points_back_at_it(speaker_of):
    text = ("Der Streit im Werk eskaliert. „Wir werden das nicht hinnehmen.“ "
            "Das sagte der Betriebsrat Tom Falk am Montag.")
    assert speaker_of(text, "Wir werden das nicht hinnehmen.") == "Tom Falk"


def test_mit_diesen_worten_after_the_quote(speaker_of):
    text = "„Wir werden das nicht hinnehmen“ – mit diesem Satz eröffnete Betriebsrat Tom Falk die Versammlung."
    assert speaker_of(text, "Wir werden das nicht hinnehmen") == "Tom Falk"


def test_back_reference_does_not_override_a_colon_introduction(speaker_of):
    text = ("Weiter sagte Larsen: „Unsere Untersuchungen werden ein offenes Buch sein.“ "
            "Dies sagte der Präsident des Unternehmens in Richtung seiner Kunden.")
    assert speaker_of(text, "Unsere Untersuchungen werden ein offenes Buch sein.") == "Larsen"


def test_colon_after_zu_wort_introduces_a_sentence_quote(speaker_of):
    text = "Der Streit eskaliert. Auch der Betriebsrat meldete sich zu Wort: „Wir werden das nicht hinnehmen.“"
    assert "Betriebsrat" in speaker_of(text, "Wir werden das nicht hinnehmen.")


def test_swiss_spelling_and_missing_umlauts_in_cues(speaker_of):
    text = ("Der Stadtrat Urs Meier trat zurück. „Wir prüfen alles sehr genau“, heisst es in einer Mitteilung "
            "der Stadt. Die Präsidentin Lea Hahn erklarte: „Das Verfahren läuft weiter.“")
    assert "Mitteilung" in speaker_of(text, "Wir prüfen alles sehr genau")
    assert speaker_of(text, "Das Verfahren läuft weiter.") == "Lea Hahn"


def test_relative_clause_after_the_name_is_no_part_of_the_speaker(speaker_of):
    text = "Ahmadi, der seit 2005 im Amt ist, sagte am Montag: „Wir prüfen alles sehr genau.“"
    assert speaker_of(text, "Wir prüfen alles sehr genau.") == "Ahmadi"


def test_title_noun_before_von_stays(speaker_of):
    text = "„Wir prüfen alles sehr genau“, sagte ein Sprecher von Greenpeace."
    assert speaker_of(text, "Wir prüfen alles sehr genau") == "Sprecher von Greenpeace"


def test_previous_speaker_of_the_other_gender_is_not_kept_for_a_pronoun(speaker_of):
    text = ("Die Ministerin Eva Kurz stellte den Plan vor. Ihr Kollege Karl Berg ergänzte, man sei "
            "„auf gutem Weg“. Sie sagte: „Wir sind uns in allen Punkten einig.“")
    assert speaker_of(text, "Wir sind uns in allen Punkten einig.") == "Eva Kurz"


def test_object_in_front_keeps_the_person_after_the_verb(speaker_of):
    text = ("Der Abgeordnete Jan Ott stellte den Antrag vor. Die Stellungnahme kritisierte der Minister "
            "Karl Berg als „naiv“.")
    assert speaker_of(text, "naiv") == "Karl Berg"


def test_english_long_apposition_before_the_cue(speaker_of):
    text = ('The plan was published on Monday. "It has the important virtue of being fiscally responsible," '
            "Ann Lee, director of the centrist Tax Policy Center and a professor at the Hill School of "
            "Lakeside University, said of the plan.")
    assert speaker_of(text, "It has the important virtue of being fiscally responsible,") == "Ann Lee"


def test_english_demanded_and_scolded(speaker_of):
    text = ('Senators David Miller and Tom Reed questioned the bank chief. "Why is this not clear proof of '
            'failure?" Miller demanded.')
    assert speaker_of(text, "Why is this not clear proof of failure?") == "David Miller"


def test_english_name_before_an_apposition_and_a_preceding_cue(speaker_of):
    text = ("The president Mark Dale met historians after the election. Ann Lee, a historian who attended the "
            "session with Dale, "
            'recalled, "Out of nowhere, he said that all bets were off on the climate."')
    assert speaker_of(text, "Out of nowhere, he said that all bets were off on the climate.") == "Ann Lee"


def test_relative_clause_with_participle_cue_after_the_quote(speaker_of):
    text = "Eva Kurz widersprach dem Minister Karl Berg, der den Plan als „mutig und richtig“ gelobt hatte."
    assert speaker_of(text, "mutig und richtig") == "Karl Berg"


def test_feminine_relative_pronoun_before_an_accusative_object(speaker_of):
    text = "Der Minister Karl Berg reagierte auf Eva Kurz, die den Plan „völlig unausgegoren“ genannt hatte."
    assert speaker_of(text, "völlig unausgegoren") == "Eva Kurz"


def test_relative_clause_antecedent_before_a_verb(speaker_of):
    text = ("Der Minister Otto Berg schwieg. Ab 1939 musste an jedem Radio ein Zettel kleben, auf dem geschrieben stand: "
            "„Zutritt nur für Mitarbeiter der Firma.“")
    assert "Zettel" in speaker_of(text, "Zutritt nur für Mitarbeiter der Firma.")


def test_weak_noun_role_in_the_dative_scores_as_a_role():
    from bot.engine.speakerscore import person_score
    assert person_score("dem Präsidenten") >= 2


def test_wonach_clause_names_whose_view_it_reports(speaker_of):
    text = ("Der Sender zitiert aus einer Zeitung, wonach Ministerpräsident Evo Lara die Schuld den "
            "Industrieländern gibt, deren „völlig entfesselte Industrie“ die Erde zerstöre.")
    assert "Evo Lara" in speaker_of(text, "völlig entfesselte Industrie")


def test_prepositional_relative_clause_names_its_own_subject(speaker_of):
    text = ("Ein Redakteur der Zeitung hatte mit dem Minister Karl Jonas ein Gespräch, in dessen Verlauf "
            "Jonas sagte: „Die Verhandlungen sind nur unterbrochen.“")
    assert speaker_of(text, "Die Verhandlungen sind nur unterbrochen.") == "Karl Jonas"


def test_zuerst_is_no_speaker(speaker_of):
    text = "Zuerst kritisierte der Verband die „vortrefflichen Ausführungen“ des Ministers."
    assert speaker_of(text, "vortrefflichen Ausführungen") == "Verband"


def test_participles_geantwortet_gesprochen_gemeint_are_cues():
    from bot.engine.cues import CUE_WORDS
    assert {"geantwortet", "gesprochen", "gemeint", "gelobt"} <= CUE_WORDS
    assert not {"gefragt", "gekündigt", "gestellt"} & CUE_WORDS


def test_wie_x_betonte_after_the_quote(speaker_of):
    text = ("Der Streit geht weiter.\n\n„Das ist falsch und gefährlich“, wie der Minister Karl Berg am "
            "Montag betonte.")
    assert speaker_of(text, "Das ist falsch und gefährlich") == "Karl Berg"


def test_soll_x_gesagt_haben_after_the_quote(speaker_of):
    text = "Der Streit geht weiter.\n\n„Wir prüfen das sehr genau“, soll der Minister Karl Berg gesagt haben."
    assert speaker_of(text, "Wir prüfen das sehr genau") == "Karl Berg"


def test_beantragen_and_lachen_are_cues():
    from bot.engine.cues import CUE_WORDS
    assert {"beantragte", "beantragt", "lachte"} <= CUE_WORDS


def test_age_descriptor_is_a_speaker_phrase():
    from bot.engine.speakerphrase import speaker_after
    assert speaker_after(["der", "35-Jährige", ":"]) == "der 35-Jährige"


def test_adjective_in_front_of_the_verb_is_no_speaker(speaker_of):
    text = ("Die Sängerin Lea Hahn ist schwanger. Freudig teilte sie mit: „Wir sind schon lange "
            "überglücklich darüber.“")
    assert speaker_of(text, "Wir sind schon lange überglücklich darüber.") == "Lea Hahn"


def test_age_descriptor_scores_as_a_person():
    from bot.engine.speakerscore import person_score
    assert person_score("der 35-Jährige") >= 2


def test_denn_before_a_pronoun_subject(speaker_of):
    text = ("Die Springerin Lea Hahn will Mädchen ermutigen. Etwas, das die Kollegin Eva Roth gern "
            "bestätigt und unterstützt. Denn sie gibt zu: „Früher war ich sehr unsicher.“")
    assert speaker_of(text, "Früher war ich sehr unsicher.") in ("Eva Roth", "Lea Hahn")


def test_surname_with_a_particle_opening_the_sentence_is_the_speaker(speaker_of):
    text = ("Die Kommission hat in Brüssel ihren Klimaplan vorgestellt. Von der Leyen betonte: "
            "„Wir haben keine Zeit mehr zu verlieren.“ Van Gaal sagte: „Das Spiel ist noch offen.“")
    assert speaker_of(text, "Wir haben keine Zeit mehr zu verlieren.") == "Von der Leyen"
    assert speaker_of(text, "Das Spiel ist noch offen.") == "Van Gaal"


def test_a_von_phrase_before_the_verb_is_not_a_name_when_the_verb_has_a_subject(speaker_of):
    text = "Von der Regierung erklärte ein Sprecher: „Wir prüfen den Antrag.“"
    assert speaker_of(text, "Wir prüfen den Antrag.") == "Sprecher"


def test_adjective_in_en_after_der_marks_a_dative_pre_field(speaker_of):
    # 'Der … Zeitung' with an -en adjective is dative: the name after the verb speaks
    text = ("Der Prozess begann am Montag. Der englischsprachigen Zeitung sagte Anna Berger: "
            "„Ich werde weiter kämpfen, egal was kommt.“")
    assert speaker_of(text, "Ich werde weiter kämpfen, egal was kommt.") == "Anna Berger"


def test_nominative_der_with_an_e_adjective_stays_the_speaker(speaker_of):
    text = "Der neue Trainer sagte den Reportern: „Wir fangen bei null an.“"
    assert speaker_of(text, "Wir fangen bei null an.") == "neue Trainer"


def test_konjunktiv_ii_sentence_continues_the_previous_speaker(speaker_of):
    # 'Die Behörden würden …' is what was reported, not who reported it
    text = ("„Wir brauchen jede Erzieherin“, sagte Ministerin Ursula Kern am Dienstag. "
            "Die Behörden würden ihnen deshalb „beherzt ein Angebot machen“.")
    assert speaker_of(text, "beherzt ein Angebot machen") == "Ursula Kern"


def test_pronoun_shared_by_two_coordinated_verb_phrases(speaker_of):
    text = ("Am Freitag lobte der Vorsitzende des Ausschusses, Jens Vogt (SPD), den Entwurf. Er halte "
            "die Verlängerung der Gesetze für vertretbar und bezeichnete die Erweiterung als „maßvoll“.")
    assert speaker_of(text, "maßvoll") == "Jens Vogt"


def test_fronted_adverb_is_no_speaker(speaker_of):
    text = ("Die Grünen legten ein Papier vor. Kritisch bewertet die Partei die geplante "
            "„massenhafte Erfassung von Kennzeichen“.")
    assert speaker_of(text, "massenhafte Erfassung von Kennzeichen") == "Partei"



def test_english_lower_case_organisation_as_speaker(speaker_of):
    text = "Shares fell on Monday. The company said in a statement that it \"deeply regrets the incident\"."
    assert speaker_of(text, "deeply regrets the incident") == "company"


def test_english_according_to_at_the_start_of_a_sentence(speaker_of):
    text = "Two men were arrested. According to police, the suspect \"fled on foot before officers arrived.\""
    assert speaker_of(text, "fled on foot before officers arrived.") == "police"
    text = ("The party is in trouble. According to conservative radio host Rush Limbaugh, the plan is "
            "\"a desperate attempt to change the subject.\"")
    assert speaker_of(text, "a desperate attempt to change the subject.") == "Rush Limbaugh"


def test_english_document_as_speaker(speaker_of):
    text = "The inquiry ended in May. The report concluded that the agency had \"failed at every level\"."
    assert speaker_of(text, "failed at every level") in ("report", "The report")
