# Hand-written annotations for fresh_hard2_de.  Q(parts, speaker, speaker_name, kind, style, via=, note=)
# kind: person | role | organisation | document | pronoun | unattributed (speaker None)
# style: after | so | colon | interrupted | partial | context | next | impersonal | headline | before |
#        laut | zufolge | nach_angaben | interview   (see README.md)
ARTICLES = []
def Q(parts, speaker, name, kind, style, via=None, note=None):
    if isinstance(parts, str):
        parts = [parts]
    return {"parts": parts, "speaker": speaker, "name": name, "kind": kind,
            "style": style, "via": via, "note": note}
def A(aid, quotes, excluded=(), marks="de"):
    ARTICLES.append({"id": aid, "quotes": quotes, "excluded": list(excluded), "marks": marks})

A("fresh-hard2-01", [
    Q("«So etwas habe", "Obstbauer Kaspar Tobler (58)", "Kaspar Tobler", "person", "after"),
    Q("«Die kann ich", "Obstbauer Kaspar Tobler (58)", "Kaspar Tobler", "person", "context"),
    Q("«schlicht zu teuer»", "der 58-Jährige", "Kaspar Tobler", "role", "partial"),
    Q("«Wir kommen durch", "sie", "Monika Tobler", "pronoun", "after",
      note="'Seine Frau Monika': surname inferred from husband"),
    Q("«Ein Jahr Arbeit", "sie", "Lea Signer", "pronoun", "colon", note="Instagram post"),
    Q("«Betroffen sind", "der Verband", "Verband Thurgauer Obstproduzenten", "organisation", "after"),
    Q("«keine Reserven mehr»", "Präsident Urs Gubler", "Urs Gubler", "person", "partial"),
    Q("«nicht vorgesehen»", "Landwirtschaftsamt in Frauenfeld", "Landwirtschaftsamt in Frauenfeld", "organisation", "impersonal",
      note="hiess es beim ..."),
    Q("«Unsere Experten", "Sprecherin Nadine Kälin", "Nadine Kälin", "person", "after"),
    Q("«Das war ein Fehler", "er", "Kaspar Tobler", "pronoun", "context"),
    Q("«Im Dorf hilft", "Dessen Präsidentin, Vreni Lüthi", "Vreni Lüthi", "person", "context",
      note="reported speech in between has no explicit subject"),
], excluded=[("«Hagelbatzen»", "name (fundraising campaign)")], marks="swiss")

A("fresh-hard2-02", [
    Q("„Entmietung durch", "Die Mieter", "Mieter des Wohnblocks", "role", "partial"),
    Q("„Viele von uns", "Gisela Reinhardt", "Gisela Reinhardt", "person", "after"),
    Q("„Wir lassen uns", "Er", "Timo Assmann", "pronoun", "context"),
    Q("„Die Modernisierung ist", "einer schriftlichen Stellungnahme des Unternehmens", "Veldhaus Wohnen", "document", "impersonal"),
    Q("„keine Rede sein“", "Geschäftsführer Malte Brinkhaus", "Malte Brinkhaus", "person", "partial",
      via="Leipziger Volkszeitung", note="said to another newspaper; quote sits at end of reported speech two sentences after the name"),
    Q("„Hier wird die", "Geschäftsführerin Anke Wollny", "Anke Wollny", "person", "after"),
    Q("„zeitnah“", "Die Verwaltung", "Stadtverwaltung Leipzig", "organisation", "partial"),
    Q(["„Ich habe hier meinen", "„Das gibt man"], "sie", "Gisela Reinhardt", "pronoun", "interrupted"),
], excluded=[("„Leipziger Volkszeitung“", "name (newspaper)"), ("„Wir bleiben!“", "slogan on banner")])

A("fresh-hard2-03", [
    Q("„Die Lawine hatte", "der Aussendung", "Landespolizeidirektion Tirol", "document", "impersonal"),
    Q("„Wir waren vielleicht", "einer der Zeugen, ein 36-jähriger Wiener", "ein 36-jähriger Wiener", "role", "after"),
    Q("„Er war ansprechbar", "Er", "ein 36-jähriger Wiener", "pronoun", "context",
      note="'Er und seine Begleiterin' two sentences back; the quote itself begins with 'Er' meaning the victim"),
    Q("„extrem heikel“", "Raich", "Florian Raich", "person", "partial"),
    Q("„Leider ohne Erfolg", "er", "Florian Raich", "pronoun", "context"),
    Q("„kritischen Verhältnissen", "Lawinenlagebericht vom Samstagmorgen", "Lawinenwarndienst Tirol", "document", "partial",
      note="passive 'Dort wurde ... gewarnt'; Dort = the avalanche bulletin"),
    Q("„Viele denken", "Hosp", "Katharina Hosp", "person", "after"),
])

A("fresh-hard2-04", [
    Q('"Nacht-und-Nebel', "Wehrle", "Jonas Wehrle", "person", "partial"),
    Q('"Ich habe drei', "Wehrle", "Jonas Wehrle", "person", "after"),
    Q('"absurd"', "Wehrle", "Jonas Wehrle", "person", "partial",
      note="no speaker in the sentence; 'sagte Wehrle' in the previous one"),
    Q('"klassischen Fall', "Sein Anwalt Hendrik Maas", "Hendrik Maas", "person", "partial"),
    Q('"Ohne mich', "er", "Deniz Aksoy", "pronoun", "after",
      note="er -> Aksoy two sentences back, his lawyer (female) in between"),
    Q('"zunehmend zurückgezogen"', "Aksoy", "Deniz Aksoy", "person", "so"),
    Q('"Wir erwarten', "eine Sprecherin", "eine Sprecherin von Isarfeld Ventures", "role", "after"),
    Q('"nicht um Schuld', "sie", "Claudia Stenzel", "pronoun", "partial"),
    Q('"Keiner weiß', "Ein Entwickler, der anonym bleiben möchte", "ein Entwickler von Aerolytic", "role", "context"),
    Q('"Unser Produkt', "eine Mail von Aksoy", "Deniz Aksoy", "document", "impersonal", note="internal e-mail"),
], marks="straight")

A("fresh-hard2-05", [
    Q("«Es ist mir nicht", "Berisha", "Ardian Berisha", "person", "after"),
    Q("«Aber wenn so", "Berisha", "Ardian Berisha", "person", "context",
      note="role noun 'Der Mittelfeldspieler' and a non-speech sentence in between"),
    Q("«Ardi hat sich", "der 49-Jährige", "Marco Zbinden", "role", "after"),
    Q("«ein Witz»", "ein Vorstandsmitglied, das nicht namentlich genannt werden will", "ein Vorstandsmitglied des FC Seetal", "role", "partial"),
    Q("«Es gab nie", "er", "Heinz Amrein", "pronoun", "after"),
    Q("«unverkäuflich»", "Er", "Pascal Roos", "pronoun", "partial"),
    Q("«Im Fussball", "Roos", "Pascal Roos", "person", "colon"),
    Q("«Danke Ardi", "ein Statement", "Seebuebe 1912", "document", "impersonal", note="Instagram statement of fan group"),
    Q("«nicht gegen den Spieler", "ein Statement", "Seebuebe 1912", "document", "partial",
      note="continues the statement in reported speech without a new speaker"),
    Q("«genau der Spielertyp", "Sportdirektor Wim Claessens", "Wim Claessens", "person", "partial", via="KV Lommelen",
      note="wird ... in einer Mitteilung des Klubs zitiert"),
    Q("«Ich komme irgendwann", "er", "Ardian Berisha", "pronoun", "colon", note="Nur so viel: «…»"),
], excluded=[("«Seebuebe 1912»", "name (fan group)")], marks="swiss")

A("fresh-hard2-06", [
    Q("„Wir können nicht", "er", "Rüdiger Claasen", "pronoun", "after"),
    Q("„Dann spart doch", "Ein Vater", "ein Vater", "role", "colon"),
    Q("„Für Sechsjährige", "die Mutter zweier Kinder", "Svenja Hollerbach", "role", "after"),
    Q("„Das stimmt nur", "Sie", "Svenja Hollerbach", "pronoun", "context",
      note="Claasen named in the sentence before; 'Sie schüttelte den Kopf' has no speech verb"),
    Q("„mehr als ein Gebäude“", "Schulleiterin Birgit Oltmanns", "Birgit Oltmanns", "person", "partial",
      note="reported speech without subject; named in the previous sentence"),
    Q("„Wir haben dafür", "Gerdes", "Thomas Gerdes", "person", "after"),
    Q("„Kahlschlag auf dem Land“", "die Initiative", "Elterninitiative", "organisation", "partial",
      via="Klaus Meinders", note="Meinders cites the initiative's wording to reject it"),
], excluded=[("„ihre“", "scare quotes (headline)"), ("„Schule 2030“", "name (concept/programme)"),
             ("„Kurze Beine", "slogan on flyers")])

A("fresh-hard2-07", [
    Q("„Wir arbeiten seit", "Die Pflegerin", "eine Pflegerin des Landesklinikums Wiener Neustadt", "role", "next"),
    Q("„nicht mehr vertretbaren", "Bericht", "Betriebsrat des Klinikums", "document", "impersonal",
      note="Im Bericht ist von … die Rede; author named in the next sentence"),
    Q("„Wir haben die Geschäftsführung", "er", "Gernot Pichler", "pronoun", "after"),
    Q("„weil sie einfach", "er", "Gernot Pichler", "pronoun", "partial", note="the 'sie' inside the quote are colleagues"),
    Q("„erfahrungsgemäß hoch“", "ein Sprecher", "ein Sprecher der Landesgesundheitsagentur Niederösterreich", "role", "partial"),
    Q("„Die Patientensicherheit", "ein Sprecher", "ein Sprecher der Landesgesundheitsagentur Niederösterreich", "role", "context"),
    Q("„für die Qualität", "sie", "Elisabeth Rainer-Stock", "pronoun", "partial", note="letter: Darin schreibt sie"),
    Q("„Das Land schaut", "sie", "Martina Hölzl", "pronoun", "after"),
    Q("„in engem Austausch“", "seinem Büro", "Büro des zuständigen Landesrats", "organisation", "impersonal"),
    Q("„Die Schwestern rennen", "Herbert K., 79", "Herbert K.", "person", "context"),
    Q("„Ein Fenster", "der Pensionist", "Herbert K.", "role", "colon"),
    Q("„Noch“", "sie", "eine Pflegerin des Landesklinikums Wiener Neustadt", "pronoun", "after",
      note="refers back to the anonymous nurse of the first paragraph"),
])

A("fresh-hard2-08", [
    Q("„Die Beteiligung", "Verdi-Verhandlungsführerin Sabine Kowalczyk", "Sabine Kowalczyk", "person", "after"),
    Q("„kein einziges", "Verdi-Verhandlungsführerin Sabine Kowalczyk", "Sabine Kowalczyk", "person", "partial"),
    Q("„Es ist nicht nachvollziehbar", "Hauptgeschäftsführer Dirk Schaller", "Dirk Schaller", "person", "after"),
    Q("„Das ist schlicht", "Hauptgeschäftsführer Dirk Schaller", "Dirk Schaller", "person", "context"),
    Q("„Ich hab", "eine Pflegerin am Kasseler Hauptbahnhof", "eine Pflegerin am Kasseler Hauptbahnhof", "role", "after"),
    Q("„Die jungen Leute", "die Rentnerin", "Renate Hoppe", "role", "context"),
    Q("„Wir bitten um", "das Unternehmen", "Kasseler Verkehrs-Gesellschaft", "organisation", "colon", note="post on X"),
    Q("„ausnahmslos alle", "der Stadtwerke", "Stadtwerke Göttingen", "organisation", "nach_angaben"),
    Q("„nicht ausgeschlossen“", "Kowalczyk", "Sabine Kowalczyk", "person", "partial"),
    Q("„heißen Phase", "Gewerkschaftskreisen", "Gewerkschaftskreise", "role", "impersonal"),
], excluded=[("„Heute fährt hier", "text of a handwritten notice (no speaker)")])

A("fresh-hard2-09", [
    Q("«Ich bin keine", "Hürlimann", "Corinne Hürlimann", "person", "headline"),
    Q("«Ich bin keine", "Hürlimann", "Corinne Hürlimann", "person", "after"),
    Q(["«Entschuldigung»", "«das ist gerade"], "die 45-Jährige", "Corinne Hürlimann", "role", "interrupted"),
    Q("«Parteibindungen", "er", "Adrian Vetsch", "pronoun", "after"),
    Q("«Ich wünsche Corinne", "der 61-Jährige", "Beat Oswald", "role", "context", note="Facebook post"),
    Q("«vielleicht etwas", "er", "Beat Oswald", "pronoun", "partial", via="Tages-Anzeiger"),
    Q("«Risiko für", "Die örtliche FDP-Sektion", "FDP-Sektion Oberrieden am Albis", "organisation", "partial", note="press release"),
    Q("«nicht gegenfinanziert»", "Die örtliche FDP-Sektion", "FDP-Sektion Oberrieden am Albis", "organisation", "partial"),
    Q("«Das weiss eigentlich", "Parteipräsident Roland Keller", "Roland Keller", "person", "context"),
    Q("«Endlich mal", "eine Rentnerin, die ihren Namen nicht nennen will", "eine Rentnerin", "role", "after"),
    Q("«Ich habe schon Kühe", "sie", "Corinne Hürlimann", "pronoun", "colon"),
], excluded=[("«Sunnematt»", "name (retirement home)")], marks="swiss")

A("fresh-hard2-10", [
    Q("„Wir haben drei", "Geschäftsführerin Petra Lindemann", "Petra Lindemann", "person", "after"),
    Q("„Mit dem Geld", "der 63-Jährige", "Werner Stumm", "role", "after"),
    Q("„Sieg für Natur", "Deren Sprecher Manfred Görgen", "Manfred Görgen", "person", "partial"),
    Q("„auf Jahrzehnte", "er", "Manfred Görgen", "pronoun", "partial"),
    Q("„Aber wenn ich", "sie", "Sabine Krämer", "pronoun", "context"),
    Q("„verpassten Chance“", "Er", "Jürgen Mohr", "pronoun", "partial"),
    Q("„selbstverständlich das", "eine Sprecherin", "eine Sprecherin des Klimaschutzministeriums in Mainz", "role", "partial"),
    Q("„Wir reden mit", "Lindemann", "Petra Lindemann", "person", "after"),
    Q("„Wir sind nicht müde", "ihrer Internetseite", "Gegenwind Hunsrück", "document", "impersonal",
      note="website of the citizens' initiative"),
], excluded=[("„Gegenwind Hunsrück“", "name (citizens' initiative)")])

A("fresh-hard2-11", [
    Q("Fast vier Jahre", "Fessler-Moosbrugger", "Ingrid Fessler-Moosbrugger", "person", "interview"),
    Q("Nein. Natürlich", "Fessler-Moosbrugger", "Ingrid Fessler-Moosbrugger", "person", "interview"),
    Q("Das entscheiden die Erben", "Fessler-Moosbrugger", "Ingrid Fessler-Moosbrugger", "person", "interview"),
    Q("„Mein Großvater hat", "sie", "Ruth Adler-Strauss", "pronoun", "colon", note="written statement"),
    Q("„das Rheintal", "Ihr Großvater, der Textilhändler Leopold Strauss", "Leopold Strauss", "person", "partial",
      via="Ruth Adler-Strauss", note="grandfather's words reported in the granddaughter's statement"),
    Q("„eindeutigen Fall", "seinem Beschluss", "Kunstrückgabebeirat des Bundes", "document", "impersonal"),
    Q("„Wir sind es", "er", "Markus Gstach", "pronoun", "context"),
    Q("„kurzsichtig“", "Der Obmann des Vereins, Herbert Nachbaur", "Herbert Nachbaur", "person", "partial"),
    Q("„nie wieder bekommen“", "Der Obmann des Vereins, Herbert Nachbaur", "Herbert Nachbaur", "person", "partial"),
], excluded=[("„Gewitter über", "title (painting)")])

A("fresh-hard2-12", [
    Q("«raffinierten", "Die Anklage", "Staatsanwaltschaft", "document", "partial"),
    Q("«Ich hatte Schulden", "er", "Dominik F.", "pronoun", "colon", note="die Richterin named in the same sentence"),
    Q("«viel zu hoch", "er", "Dominik F.", "pronoun", "partial"),
    Q("«Die Auswertung", "er", "der Staatsanwalt", "pronoun", "after", note="unnamed prosecutor"),
    Q("«Er war so ein", "die Rentnerin", "Ursula B.", "role", "after"),
    Q("«Das Vertrauen ist weg", "sie", "Ursula B.", "pronoun", "colon", note="Aber: «…»; Ihre Bank in between"),
    Q("«Spirale aus", "Die Verteidigerin", "die Verteidigerin", "role", "partial"),
    Q("«Eine unbedingte", "Die Verteidigerin", "die Verteidigerin", "role", "context"),
    Q("«Wir haben die Zusammenarbeit", "das Unternehmen", "eine Lieferplattform", "organisation", "after"),
], marks="swiss")

A("fresh-hard2-13", [
    Q("„Plötzlich roch", "Passagierin Lena Brodersen", "Lena Brodersen", "person", "after"),
    Q("„erstaunlich ruhig“", "Passagierin Lena Brodersen", "Lena Brodersen", "person", "partial",
      note="reported speech with the flight attendants as subject; 'Die 34-Jährige saß' in between"),
    Q("„Wir haben beide", "Passagierin Lena Brodersen", "Lena Brodersen", "person", "context",
      note="her seat neighbour is the subject of the sentence before"),
    Q("„Wir kehren nach", "Er", "der Pilot", "pronoun", "colon", via="mehrere Fluggäste"),
    Q("„Die Besatzung hat", "ein Sprecher der Flughafenfeuerwehr", "ein Sprecher der Flughafenfeuerwehr", "role", "after"),
    Q("„technischer Defekt", "Feuerwehr", "Flughafenfeuerwehr", "organisation", "laut"),
    Q("„höchste Priorität“", "die Airline mit Sitz in Husum", "Nordwind Air", "organisation", "partial"),
    Q("„Wir wissen, dass", "er", "Sönke Petersen", "pronoun", "after"),
    Q("„schweren Störung“", "Ein Sprecher der Behörde", "ein Sprecher der Bundesstelle für Flugunfalluntersuchung", "role", "partial"),
    Q("„Sparkurs auf", "der Pilotengewerkschaft", "Vereinigung Cockpit", "organisation", "partial",
      note="accusation quoted in order to be rejected by the airline"),
])

A("fresh-hard2-14", [
    Q("„Das Wasser stand", "Anton Haslinger", "Anton Haslinger", "person", "headline"),
    Q("„Das Wasser stand", "Anton Haslinger", "Anton Haslinger", "person", "after"),
    Q("„Solange ich da", "Anton Haslinger", "Anton Haslinger", "person", "context",
      note="role noun 'Der 67-Jährige', his wife Hermine and 'Er selbst will' (no speech verb) in between"),
    Q("„So viele Menschen", "Wurzer", "Johann Wurzer", "person", "after"),
    Q("„Um halb drei", "eine Mutter aus Zöbing", "eine Mutter aus Zöbing", "role", "after"),
    Q("„einen derart", "Bürgermeister Leopold Kerschbaum", "Leopold Kerschbaum", "person", "partial"),
    Q("„schweren Schlag", "Die zuständige Landesrätin", "die zuständige Landesrätin", "role", "partial"),
    Q("„niemanden im Stich", "Die zuständige Landesrätin", "die zuständige Landesrätin", "role", "partial"),
    Q("„Zwei Jahrgänge", "sie", "Theresa Aigner", "pronoun", "after"),
    Q("„Danke, danke", "der Facebook-Seite der Pfarre", "Pfarre Gars", "document", "colon"),
])

A("fresh-hard2-15", [
    Q("„Wir haben keine", "Bendixen", "Ulrich Bendixen", "person", "after"),
    Q("„Seit 2021", "sie", "Dagmar Lauterbach", "pronoun", "after",
      note="quote runs over a paragraph break; speech verb only at the end of the second paragraph"),
    Q("„Schildbürgerstreich“", "Vorsitzender Holger Brandes", "Holger Brandes", "person", "partial"),
    Q("„Wer hier spart", "Vorsitzender Holger Brandes", "Holger Brandes", "person", "context"),
    Q("„existenzbedrohend“", "einer Stellungnahme", "Stadtsportbund", "document", "impersonal"),
    Q("„Das wären", "Dessen Kassenwart Jens Opitz", "Jens Opitz", "person", "colon"),
    Q("„sozial unausgewogen“", "Fraktionssprecherin Mareike Holm", "Mareike Holm", "person", "partial"),
    Q("„keine weiteren", "FDP-Stadtrat Gregor Feist", "Gregor Feist", "person", "partial"),
    Q("„dauerhaft nicht", "einem Schreiben an die Stadt", "Kommunalaufsicht beim Regierungspräsidium", "document", "impersonal"),
], excluded=[("„blauen Brief“", "nickname (so-called term)")])

A("fresh-hard2-16", [
    Q("«Es war wie", "Jasmin K. (23) aus Rorschach", "Jasmin K.", "person", "after"),
    Q("«Wir haben laufend", "Thurnheer", "Daniel Thurnheer", "person", "so"),
    Q("«Das tut weh", "Thurnheer", "Daniel Thurnheer", "person", "context"),
    Q("«Schikane»", "Thurnheer", "Daniel Thurnheer", "person", "partial"),
    Q("«Das Risiko liegt", "Gemeindepräsident Roger Bischofberger", "Roger Bischofberger", "person", "context",
      note="'winkt ab' - no speech verb"),
    Q("«Man stelle sich", "der 58-Jährige", "Roger Bischofberger", "role", "context"),
    Q("«Danke ans OK", "eine Userin", "eine Userin", "role", "after", note="Facebook comment"),
    Q("«Wer bei dieser", "Ein anderer", "ein anderer User", "role", "colon"),
    Q("«Wir machen jetzt", "Präsidentin Sandra Eugster", "Sandra Eugster", "person", "colon"),
    Q("«zu wertvoll", "dem Vorstand", "Vorstand des OK", "organisation", "impersonal", note="Aus dem Vorstand verlautete"),
], marks="swiss")

A("fresh-hard2-17", [
    Q('"Erfolgsgeschichte', "Gründerin Franziska Ehrlich, 34", "Franziska Ehrlich", "person", "partial"),
    Q('"Wir haben gekämpft', "sie", "Franziska Ehrlich", "pronoun", "after", note="LinkedIn post; sie -> 'die Gründerin'"),
    Q('"Die Kunden werden', "Ahlers", "Christoph Ahlers", "person", "after"),
    Q('"erste Gespräche"', "er", "Christoph Ahlers", "pronoun", "partial"),
    Q('"Das ist für einen', "der 47-Jährige", "Matthias Kühn", "role", "after"),
    Q('"Meine Frau hat', "er", "Matthias Kühn", "pronoun", "after",
      note="contains the wife's words in nested single quotes (belong to the outer quote)"),
    Q('"Wer nur auf', "die Expertin", "Yvonne Stahl", "role", "so"),
    Q('"kein Einzelfall"', "die Expertin", "Yvonne Stahl", "role", "partial"),
    Q('"Neuaufstellung" gesprochen', "Die Geschäftsführung", "Geschäftsführung von Kornkammer", "organisation", "partial",
      via="ein Kurier von Kornkammer", note="management's word reported by an anonymous courier"),
    Q('"Neuaufstellung! Die', "der Mann, der seinen Namen nicht nennen will", "ein Kurier von Kornkammer", "role", "after"),
    Q('"Wir bedanken', "einer kurzen Mitteilung auf der Firmenwebseite", "Kornkammer", "document", "impersonal"),
], marks="straight")

A("fresh-hard2-18", [
    Q("„weitgehend friedlichen", "Die Polizei", "Polizei", "organisation", "partial"),
    Q("„weit über 500", "Den Veranstaltern", "Bauern am Limit", "role", "zufolge",
      note="organisers named only in the next paragraph (name in excluded quote marks)"),
    Q("„Ohne Bauern", "die Demonstranten", "Demonstranten", "role", "before", note="chant"),
    Q("„Wir kriegen für", "Initiator Florian Mayrhofer", "Florian Mayrhofer", "person", "after"),
    Q("„auf dem Rücken", "er", "Florian Mayrhofer", "pronoun", "partial"),
    Q("„zwischen Molkereien", "einer Aussendung", "Handelsverband", "document", "impersonal"),
    Q("„Wir zahlen, was", "Vorstand Gerhard Stockinger", "Gerhard Stockinger", "person", "after", via="APA"),
    Q("„Ich verstehe", "er", "Michael Brandstätter", "pronoun", "after"),
    Q("„Dann fahr halt", "eine Bäuerin", "eine Bäuerin", "role", "colon"),
    Q("„nicht der richtige", "Kammerpräsidentin Elfriede Lehner", "Elfriede Lehner", "person", "partial"),
    Q("„Wenn das so", "die 38-Jährige", "Maria Pühringer", "role", "after"),
], excluded=[("„Wir sind keine", "slogan on banner"), ("„Bauern am Limit“", "name (initiative)"),
             ("„Bauern am Limit“", "name (initiative / electoral list)"), ("„Mama und Papa", "text on children's signs")])

A("fresh-hard2-19", [
    Q("«Handy-Knast»", None, None, "unattributed", "impersonal", note="Im Dorf war bald vom «…» die Rede"),
    Q("«In den Pausen", "Schulleiter Stefan Wyrsch", "Stefan Wyrsch", "person", "after"),
    Q("«Wir hatten wütende", "Der 52-Jährige", "Stefan Wyrsch", "role", "context"),
    Q("«messbar zu", "Bericht", "Pädagogische Hochschule Zürich", "document", "impersonal"),
    Q("«Ein Handyverbot", "sie", "Nora Baumgartner", "pronoun", "after"),
    Q("«voll unfair»", "Lina (14) aus der zweiten Sek", "Lina", "person", "partial"),
    Q("«Man redet halt", "sie", "Lina", "pronoun", "context", note="'Inzwischen sieht sie es anders' - no speech verb"),
    Q("«Wir sind ja keine", "Er", "Elias", "pronoun", "context"),
    Q("«Viele Eltern", "Elternratspräsidentin Claudia Frei", "Claudia Frei", "person", "colon"),
    Q("«die Verantwortung", "sie", "Bildungsdirektion", "pronoun", "partial", note="sie = die Bildungsdirektion"),
    Q("«Dann müsste ich", "er", "Stefan Wyrsch", "pronoun", "context"),
], excluded=[("«Handy weg", "slogan (saying among pupils / poster)")], marks="swiss")

A("fresh-hard2-20", [
    Q("„Katastrophe“", "Hebammen", "Hebammen", "role", "headline",
      note="headline condenses the association spokeswoman's 'eine stille Katastrophe'"),
    Q("„Ich weiß nicht", "Hebamme Katrin Schöning", "Katrin Schöning", "person", "next"),
    Q("„Unter 500", "Oltmann", "Bernd Oltmann", "person", "after"),
    Q("„aus Profitgier“", "Oltmann", "Bernd Oltmann", "person", "partial", note="word rejected by the speaker himself"),
    Q("„Wer eine Geburtshilfe", "einem offenen Brief an Niedersachsens Gesundheitsministerium",
      "Hebammen und Pflegekräfte des St.-Ansgar-Krankenhauses", "document", "impersonal"),
    Q("„eine stille Katastrophe“", "eine Sprecherin des Verbands", "eine Sprecherin des Deutschen Hebammenverbands", "role", "partial"),
    Q(["„Das Kind kam", "„Eine halbe Stunde"], "die 54-Jährige", "Katrin Schöning", "role", "interrupted"),
    Q("„Jetzt muss ich", "Sie", "Jana Wübbena", "pronoun", "context", note="no speech verb; her husband follows"),
    Q("„im Gespräch über", "ein Ministeriumssprecher", "ein Sprecher des Gesundheitsministeriums in Hannover", "role", "partial"),
    Q("„Wir geben diesen", "Er", "Hinrich Janssen", "pronoun", "context"),
    Q("„Aber die Frauen", "sie", "Katrin Schöning", "pronoun", "context"),
], excluded=[("„Hier wurde ich", "text on placard")])
