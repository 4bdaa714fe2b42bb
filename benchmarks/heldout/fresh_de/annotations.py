# Hand-written annotations. Q(parts, speaker, speaker_name, kind, style)
# style (attribution pattern): after = „…“, sagte X. | so = „…“, so X. |
#   colon = X sagte: „…“ / hieß es: „…“ | partial = fragment woven into own sentence |
#   interrupted = „…“, sagte X, „…“ | context = stand-alone quote sentence attributed by
#   neighbouring sentence | laut / zufolge / nach_angaben = attributed by that preposition |
#   before = X sagte „…“-type attribution before the quote without colon (rare)
ARTICLES = []
def Q(parts, speaker, name, kind, style):
    if isinstance(parts, str):
        parts = [parts]
    return (parts, speaker, name, kind, style)
def A(aid, quotes, excluded=(), marks="de"):
    ARTICLES.append({"id": aid, "quotes": quotes, "excluded": list(excluded), "marks": marks})

A("fresh-01", [
    Q("„Wir haben zwei", "sie", "Anja Kessler", "pronoun", "after"),
    Q("„ein Relikt", "Fraktionschef Markus Feld", "Markus Feld", "person", "partial"),
    Q("„Wir bauen hier", "Feld", "Markus Feld", "person", "after"),
    Q("„Wer aus den", "der CDU-Fraktionsvorsitzende Herbert Lanz", "Herbert Lanz", "person", "so"),
    Q("„fatalen Signal“", "Der Vorsitzende der Werbegemeinschaft Innenstadt, Jörg Tiedemann", "Jörg Tiedemann", "person", "partial"),
    Q("„Ein Großteil", "ein Sprecher der Stadt", "ein Sprecher der Stadt", "role", "context"),
    Q("„Ich gebe", "die Bürgermeisterin", "Anja Kessler", "role", "after"),
    Q("„Aber ich bin", "die Bürgermeisterin", "Anja Kessler", "role", "context"),
])
A("fresh-02", [
    Q("„Es tut mir", "er", "der Angeklagte", "pronoun", "colon"),
    Q("„Der Angeklagte hat", "Berghaus", "Thomas Berghaus", "person", "after"),
    Q("„Das war keine", "Berghaus", "Thomas Berghaus", "person", "context"),
    Q("„nicht ausreichend", "sie", "Claudia Mertens", "pronoun", "partial"),
    Q("„Die Jugendabteilung", "der schriftlichen Begründung", "Landgericht Hohenfurt", "document", "after"),
    Q("„Für uns ist", "er", "Uwe Brandl", "pronoun", "after"),
    Q("„Wir machen uns", "er", "Uwe Brandl", "pronoun", "context"),
])
A("fresh-03", [
    Q("„Der Auftragseingang", "Geschäftsführer Stefan Kranich", "Stefan Kranich", "person", "after"),
    Q("„Diese Hoffnung", "Geschäftsführer Stefan Kranich", "Stefan Kranich", "person", "context"),
    Q("„Die Beschäftigten", "die Erste Bevollmächtigte der Gewerkschaft in Oberweiler, Sabine Hoch", "Sabine Hoch", "person", "after"),
    Q("„Wir werden um", "einer Erklärung der Gewerkschaft", "IG Metall", "document", "colon"),
    Q("„Die Kolleginnen", "er", "Ralf Oster", "pronoun", "context"),
    Q("„schweren Schlag“", "Oberweilers Oberbürgermeister Klaus Remmert (parteilos)", "Klaus Remmert", "person", "partial"),
])
A("fresh-04", [
    Q("„Die Rote Karte", "Halbachs Trainer Peter Sommerfeld", "Peter Sommerfeld", "person", "after"),
    Q("„Ich habe den Ball", "der Verteidiger", "Emre Aydın", "role", "after"),
    Q("„Das habe ich", "der Verteidiger", "Emre Aydın", "role", "context"),
    Q("„Wir wussten", "Horvat", "Milan Horvat", "person", "so"),
    Q("„Das tut richtig", "der 31-Jährige", "Lukas Wendt", "role", "after"),
    Q("„Aber die Saison", "der 31-Jährige", "Lukas Wendt", "role", "context"),
])
A("fresh-05", [
    Q("„Wir sind zunächst", "die Leiterin der Arbeitsgruppe, Professorin Helene Vogt", "Helene Vogt", "person", "after"),
    Q("„Das war ein echter", "die Leiterin der Arbeitsgruppe, Professorin Helene Vogt", "Helene Vogt", "person", "context"),
    Q("„Ich hatte ehrlich", "der heute 27-Jährige", "Felix Amsel", "role", "after"),
    Q("„Wenn das Moor", "die Biologin", "Helene Vogt", "role", "after"),
    Q("„Sensation", "Dessen Vorsitzender Gerhard Pohl", "Gerhard Pohl", "person", "partial"),
], excluded=[("„Entomologische Blätter“", "title (journal)")])
A("fresh-06", [
    Q("„Die Täter sind", "der Leiter der Ermittlungsgruppe, Kriminalhauptkommissar Dirk Wallner", "Dirk Wallner", "person", "after"),
    Q("„Ohne diese", "Wallner", "Dirk Wallner", "person", "after"),
    Q("„Lieber einmal", "Er", "Dirk Wallner", "pronoun", "context"),
    Q("„Es gibt Hinweise", "Ein Sprecher der Behörde", "ein Sprecher der Staatsanwaltschaft Neustadt", "role", "colon"),
    Q("„Aber Streife", "Wallner", "Dirk Wallner", "person", "context"),
], excluded=[("„Bürgerwache“", "scare quote / so-called")])
A("fresh-07", [
    Q("„ernsthaften", "Der Sondergesandte Henrik Aalstad", "Henrik Aalstad", "person", "partial"),
    Q("„Beide Regierungen", "der norwegische Diplomat", "Henrik Aalstad", "role", "after"),
    Q("„Ich nehme sie", "der norwegische Diplomat", "Henrik Aalstad", "role", "context"),
    Q("„Wie soll man", "Quentel", "Marisa Quentel", "person", "after"),
    Q("„Unsere Bürger", "Beleš", "Anton Beleš", "person", "after"),
    Q("„zunehmend prekär“", "das Rote Kreuz", "Rotes Kreuz", "organisation", "partial"),
    Q("„Die Diplomaten", "Die valdorianische Zeitung „El Vigía“", "El Vigía", "organisation", "colon"),
], excluded=[("„El Vigía“", "name (newspaper)")])
A("fresh-08", [
    Q("„Wir haben seit", "sie", "Petra Lindqvist", "pronoun", "after"),
    Q("„Eine Geburtshilfe", "sie", "Petra Lindqvist", "pronoun", "context"),
    Q("„Im Winter", "Deren Sprecherin, die zweifache Mutter Jana Reiter", "Jana Reiter", "person", "colon"),
    Q("„sehenden Auges“", "sie", "Monika Staudt", "pronoun", "partial"),
    Q("„Niemandem", "er", "Wolfgang Eder", "pronoun", "after"),
    Q("„Die Geburtshilfe auf", "sie", "Birgit Kuhn", "pronoun", "after"),
    Q("„Und niemand", "sie", "Birgit Kuhn", "pronoun", "context"),
], excluded=[("„Geburt in Bärnau“", "name (initiative)")])
A("fresh-09", [
    Q("„noch gewährleistet“", "Einem Gutachten", "Gutachten", "document", "zufolge"),
    Q("„Die Schäden", "Brandt", "Holger Brandt", "person", "so"),
    Q("„Jeder schwere", "Brandt", "Holger Brandt", "person", "context"),
    Q("„Das kostet uns", "Martina Kolb, Geschäftsführerin einer Spedition in Auenheim", "Martina Kolb", "person", "after"),
    Q("„Wir haben hier", "er", "Manfred Geis", "pronoun", "after"),
    Q("„Wenn jetzt", "er", "Manfred Geis", "pronoun", "context"),
    Q("„Wir werden alles", "sie", "Ulrike Mainz", "pronoun", "after"),
])
A("fresh-10", [
    Q("„Die Kinder reden", "Morgenroth", "Andreas Morgenroth", "person", "after"),
    Q("„Ein halbes Jahr", "sie", "Katrin Adler", "pronoun", "after"),
    Q("„Wer hier schon", "sie", "Katrin Adler", "pronoun", "context"),
    Q("„bevormundend“", "Die Schülersprecherin der Oberstufe, Lea Dannhauser", "Lea Dannhauser", "person", "partial"),
    Q("„Mit 17", "sie", "Lea Dannhauser", "pronoun", "after"),
    Q("„Endlich muss", "Dessen Vorsitzender Christoph Lemke", "Christoph Lemke", "person", "context"),
])
A("fresh-11", [
    Q("„Das hat mit Goethe", "ein älterer Abonnent", "ein älterer Abonnent", "role", "after"),
    Q("„So spannend", "eine Studentin", "eine Studentin", "role", "after"),
    Q("„Wer einen Klassiker", "die 41-Jährige", "Mira Castellan", "role", "after"),
    Q("„Faust würde", "die 41-Jährige", "Mira Castellan", "role", "context"),
    Q("„Ich bin nach jeder", "Reich", "Julian Reich", "person", "after"),
    Q("„Ein Stadttheater", "er", "Bernhard Seelig", "pronoun", "after"),
    Q("„eine der mutigsten", "Der „Ansbrücker Anzeiger“", "Ansbrücker Anzeiger", "organisation", "partial"),
    Q("„überladenen", "Das Kulturportal „Bühnenblick“", "Bühnenblick", "organisation", "partial"),
], excluded=[("„Faust“-Inszenierung", "title (play) in headline"), ("„Faust“ in ein", "title (play)"),
             ("„Die Schneekönigin“", "title (play)"), ("„Ansbrücker Anzeiger“", "name (newspaper)"),
             ("„Bühnenblick“", "name (web portal)")])
A("fresh-12", [
    Q("„Ein allgemeines", "dem Urteil", "Verwaltungsgericht Wendstadt", "document", "after"),
    Q("„unerfreuliche", "dem Urteil", "Verwaltungsgericht Wendstadt", "document", "partial"),
    Q("„Ich trinke", "er", "Sebastian Ohm", "pronoun", "after"),
    Q("„Es ging mir", "er", "Sebastian Ohm", "pronoun", "context"),
    Q("„Wir werden das Urteil", "Hartmann", "Gisela Hartmann", "person", "after"),
    Q("„Für meine Gäste", "er", "Erwin Seidl", "pronoun", "after"),
    Q("„Am Ende sind", "er", "Erwin Seidl", "pronoun", "context"),
], excluded=[("„Zum Goldenen Lamm“", "name (inn)")])
A("fresh-13", [
    Q("„Viele Höfe", "Mitgründerin und Geschäftsführerin Leonie Haas", "Leonie Haas", "person", "after"),
    Q("„Genau diese", "Mitgründerin und Geschäftsführerin Leonie Haas", "Leonie Haas", "person", "context"),
    Q("„Wir hatten anfangs", "Renner", "Tobias Renner", "person", "after"),
    Q("„Im Winter haben", "Renner", "Tobias Renner", "person", "context"),
    Q("„Voltaro hat", "Wilms", "Dorothea Wilms", "person", "after"),
    Q("„Aushängeschild“", "Oberbürgermeister Rainer Kolbe (CDU)", "Rainer Kolbe", "person", "partial"),
    Q("„Die Preise", "der Energieexperte Martin Vogler von der Hochschule Lindtal", "Martin Vogler", "person", "context"),
])
A("fresh-14", [
    Q("„Ich weiß gar", "der Däne", "Kristian Mølgaard", "role", "after"),
    Q("„Diese Halle", "der Däne", "Kristian Mølgaard", "role", "context"),
    Q("„In der Kabine", "Wernaus Trainer Frank Eisele", "Frank Eisele", "person", "after"),
    Q("„Die Jungs", "Wernaus Trainer Frank Eisele", "Frank Eisele", "person", "context"),
    Q("„Irgendwann", "Auer", "Simon Auer", "person", "after"),
    Q("„verdienten", "Talbrücks Trainer Jens Halvorsen", "Jens Halvorsen", "person", "partial"),
    Q("„Wir waren zu", "Talbrücks Trainer Jens Halvorsen", "Jens Halvorsen", "person", "context"),
    Q("„Für einen Verein", "Noll", "Dieter Noll", "person", "after"),
    Q("„Am liebsten", "Kapitän Auer", "Simon Auer", "person", "colon"),
])
A("fresh-15", [
    Q("„Wir haben mit", "Studienleiter Jakob Steinhauser", "Jakob Steinhauser", "person", "after"),
    Q("„Wir sind im Sommer", "die Glaziologin Anna Brettschneider", "Anna Brettschneider", "person", "context"),
    Q("„allenfalls", "der Studie", "Institut für Klimaforschung in Bergstetten", "document", "partial"),
    Q("„Wie schnell", "er", "Jakob Steinhauser", "pronoun", "after"),
    Q("„Es ist nicht zu", "er", "Jakob Steinhauser", "pronoun", "context"),
])
A("fresh-16", [
    Q("„Der Fahrer des", "ein Sprecher des Polizeipräsidiums Ravensberg", "ein Sprecher des Polizeipräsidiums Ravensberg", "role", "after"),
    Q(["„Wir haben es“", "„um wenige"], "der Sprecher", "ein Sprecher des Polizeipräsidiums Ravensberg", "role", "interrupted"),
    Q("„bislang keine", "Polizei", "Polizeipräsidium Ravensberg", "organisation", "laut"),
    Q("„Wir weisen", "Gaul", "Hans-Peter Gaul", "person", "after"),
    Q("„sehr ernst“", "eine Sprecherin", "eine Sprecherin des Regierungspräsidiums", "role", "partial"),
])
A("fresh-17", [
    Q("„historischen", "Orsi", "Valentina Orsi", "person", "partial"),
    Q("„Vor einem Jahr", "sie", "Valentina Orsi", "pronoun", "after"),
    Q("„Heute steht", "sie", "Valentina Orsi", "pronoun", "context"),
    Q("„Das Volk", "er", "Carlos Estrán", "pronoun", "after"),
    Q("„Und in drei", "er", "Carlos Estrán", "pronoun", "context"),
    Q("„Von fairen", "Weinzierl", "Georg Weinzierl", "person", "after"),
    Q("„Ich habe vier", "eine Lehrerin in San Lucio", "eine Lehrerin in San Lucio", "role", "after"),
    Q("„Es geht um", "eine Lehrerin in San Lucio", "eine Lehrerin in San Lucio", "role", "context"),
    Q("„Meine Stimmen", "Ibarra", "Tomás Ibarra", "person", "context"),
])
A("fresh-18", [
    Q("„Hitze ist", "die Leiterin des Gesundheitsamts, Dr. Sibylle Konrad", "Sibylle Konrad", "person", "after"),
    Q("„Anfangs kamen", "Jutta Hinz vom Seniorenbeirat der Stadt Talbach", "Jutta Hinz", "person", "after"),
    Q("„Am Ende hatten", "Jutta Hinz vom Seniorenbeirat der Stadt Talbach", "Jutta Hinz", "person", "context"),
    Q("„Ein kurzer Anruf", "er", "Omar Rashidi", "pronoun", "after"),
    Q("„einen guten", "Dessen Kreisvorsitzende Erika Lohmann", "Erika Lohmann", "person", "partial"),
    Q("„Wir haben Heime", "Lohmann", "Erika Lohmann", "person", "after"),
    Q("„Da hilft", "Lohmann", "Erika Lohmann", "person", "context"),
], excluded=[("„kühle Räume“", "so-called term")])
A("fresh-19", [
    Q("„Wir haben drei", "Falk", "Rüdiger Falk", "person", "after"),
    Q("„Es gibt Strecken", "Falk", "Rüdiger Falk", "person", "context"),  # runs over two paragraphs
    Q("„völlig", "Personalvorstand Marion Degen", "Marion Degen", "person", "partial"),
    Q("„Die Gewerkschaft nimmt", "Degen", "Marion Degen", "person", "after"),
    Q("„Wir sind jederzeit", "Degen", "Marion Degen", "person", "context"),
    Q("„Ich habe heute", "ein Student am Bahnhof Talheim", "ein Student am Bahnhof Talheim", "role", "after"),
    Q("„Die Menschen haben", "der Minister", "Klaus Fendrich", "role", "after"),
])
A("fresh-20", [
    Q("„Wir sind hier", "die Demonstranten", "die Demonstranten", "role", "colon"),
    Q("„Wir bieten", "die Ministerin", "Karin Albers", "role", "after"),
    Q("„Das ist ein Abschreckungs", "Amira Haddad vom Allgemeinen Studierendenausschuss (AStA) der Universität Marbrück", "Amira Haddad", "person", "after"),
    Q("„Meine Eltern", "Die 24-Jährige", "Amira Haddad", "role", "context"),
    Q("„Wir werben", "Hanke", "Ludwig Hanke", "person", "after"),
    Q("„Mit solchen", "Hanke", "Ludwig Hanke", "person", "context"),
    Q("„Sparmaßnahme", "Der wissenschaftspolitische Sprecher der SPD-Fraktion, Timo Ferber", "Timo Ferber", "person", "partial"),
], excluded=[("„Bildung ist keine Ware“", "inscription on banners (slogan, no speaker)")])
A("fresh-21", [
    Q("„Entscheidung für", "Bürgermeister Stefan Reinhold (parteilos)", "Stefan Reinhold", "person", "partial"),
    Q("„Wir können nicht", "Reinhold", "Stefan Reinhold", "person", "after"),
    Q("„Irgendwo", "Reinhold", "Stefan Reinhold", "person", "context"),
    Q("„Die Bürger haben", "Pfister", "Wolfgang Pfister", "person", "so"),
    Q("„Wer hier oben", "Gemeinderätin Elke Maurer", "Elke Maurer", "person", "after"),
    Q("„Das will ich", "Gemeinderätin Elke Maurer", "Elke Maurer", "person", "context"),
    Q("„Wir hatten schon", "Nordwind-Projektleiter Jan Hollmann", "Jan Hollmann", "person", "context"),
    Q(["„Wenn die Mehrheit", "„dann akzeptiere"], "er", "Stefan Reinhold", "pronoun", "interrupted"),
], excluded=[("„Gegenwind Hirschberg“", "name (citizens' initiative)")])
A("fresh-22", [
    Q("„Sie haben die", "sie", "Susanne Kaltenecker", "pronoun", "after"),
    Q("„Einige dieser", "sie", "Susanne Kaltenecker", "pronoun", "context"),
    Q("„Er war so", "sie", "eine der Geschädigten", "pronoun", "after"),
    Q("„Das war das Geld", "sie", "eine der Geschädigten", "pronoun", "context"),
    Q("„Die Polizei wird", "einer Mitteilung des Landeskriminalamts", "Landeskriminalamt", "document", "after"),
], excluded=[("„Abholer“", "so-called term")])
A("fresh-23", [
    Q("„schweren, aber", "Seniorchef Maximilian Holler", "Maximilian Holler", "person", "partial"),
    Q("„Meine Kinder", "der 72-Jährige", "Maximilian Holler", "role", "after"),
    Q("„Ich wollte nicht", "der 72-Jährige", "Maximilian Holler", "role", "context"),
    Q("„Hollerbräu ist", "der Deutschland-Chef des Konzerns, Lars Mikkelsen", "Lars Mikkelsen", "person", "after"),
    Q("„irgendetwas", "der Deutschland-Chef des Konzerns, Lars Mikkelsen", "Lars Mikkelsen", "person", "partial"),
    Q("„Natürlich sind", "sie", "Renate Fuchs", "pronoun", "after"),
    Q("„Wir werden sehr", "sie", "Renate Fuchs", "pronoun", "context"),
    Q("„Gerade mittelgroße", "Verbandsgeschäftsführer Peter Aumüller", "Peter Aumüller", "person", "after"),
    Q("„Das Hollerbräu gehört", "ein Stammgast im Bräustüberl", "ein Stammgast im Bräustüberl", "role", "after"),
    Q("„Hoffentlich", "ein Stammgast im Bräustüberl", "ein Stammgast im Bräustüberl", "role", "context"),
], excluded=[("„Holler Dunkel“", "name (product)")])
A("fresh-24", [
    Q("„Vor der eigenen", "Lorenz", "Hannah Lorenz", "person", "after"),
    Q("„Die Leute an", "Lorenz", "Hannah Lorenz", "person", "context"),
    Q("„Ehrlich gesagt", "sie", "Hannah Lorenz", "pronoun", "context"),
    Q("„Wir hatten perfektes", "Schütte", "Bernd Schütte", "person", "after"),
    Q("„Was will man", "Schütte", "Bernd Schütte", "person", "context"),
    Q("„stabil“", "Dem Leitenden Notarzt Dr. Frank Seibold", "Frank Seibold", "person", "zufolge"),
    Q("„Hannah ist", "er", "Uwe Kampmann", "pronoun", "after"),
    Q("„Wenn sie gesund", "er", "Uwe Kampmann", "pronoun", "context"),
])
A("fresh-25", [
    Q("„Bei der Sepsis", "Studienleiter Professor Matthias Gerlach", "Matthias Gerlach", "person", "after"),
    Q("„Mit jeder Stunde", "Studienleiter Professor Matthias Gerlach", "Matthias Gerlach", "person", "context"),
    Q("„Man kann sich", "Mitautorin Dr. Lena Rothe", "Lena Rothe", "person", "after"),
    Q("„Er schlägt an", "Mitautorin Dr. Lena Rothe", "Lena Rothe", "person", "context"),
    Q("„unter Alltags", "Wendt", "Harald Wendt", "person", "zufolge"),
    Q("„Ein Test, der", "er", "Harald Wendt", "pronoun", "after"),
    Q("„Und das hat", "er", "Harald Wendt", "pronoun", "context"),
    Q("„Wer bei einer", "die Fachgesellschaft", "Deutsche Sepsis-Gesellschaft", "organisation", "context"),
], excluded=[("„Critical Care Reports“", "title (journal)")])
A("fresh-26", [
    Q("„Mit großer sprachlicher", "der Begründung der Jury", "Jury des Rheingauer Literaturpreises", "document", "colon"),
    Q("„ein seltenes", "der Begründung der Jury", "Jury des Rheingauer Literaturpreises", "document", "partial"),
    Q("„Es gab Phasen", "sie", "Lara Wintermann", "pronoun", "context"),
    Q("„Ich habe laut", "sie", "Lara Wintermann", "pronoun", "context"),
    Q("„Diese drei", "er", "Konrad Ebeling", "pronoun", "after"),
    Q("„Für einen Verlag", "Adameit", "Ruth Adameit", "person", "after"),
], excluded=[("„Das Haus am Salzsee“", "title (novel)"), ("„Kalte Küsten“", "title (poetry collection)"),
             ("„Nach der Flut“", "title (short stories)")])
A("fresh-27", [
    Q("„Wir sind unglaublich", "Polizeisprecherin Verena Stolz", "Verena Stolz", "person", "after"),
    Q("„Als es dunkel", "Polizeisprecherin Verena Stolz", "Verena Stolz", "person", "context"),
    Q("„Ich habe in die", "Brückner", "Karl-Heinz Brückner", "person", "after"),
    Q("„Er hat als", "Er", "Karl-Heinz Brückner", "pronoun", "context"),
    Q("„Wir können gar", "ihrer kurzen Erklärung", "die Eltern", "document", "colon"),
    Q("„Noch eine zweite", "Franke", "Michael Franke", "person", "after"),
])
A("fresh-28", [
    Q("„Es ging alles", "der Bürgermeister des Ortes, Giorgio Fantin", "Giorgio Fantin", "person", "after"),
    Q("„außergewöhnlichen", "Der Chef des Zivilschutzes, Paolo Ricci", "Paolo Ricci", "person", "partial"),
    Q("„Keine Infrastruktur", "Ricci", "Paolo Ricci", "person", "after"),
    Q("„Wir haben nur", "Eine Urlauberin aus Stuttgart", "eine Urlauberin aus Stuttgart", "role", "context"),
    Q("„Was wir hier", "die Klimatologin Chiara Bellini von der Universität Turin", "Chiara Bellini", "person", "after"),
    Q("„Niemand wird", "Bellandi", "Marco Bellandi", "person", "after"),
])
A("fresh-29", [
    Q("„Ich habe jungen", "die 66-Jährige", "Brigitte Sommer", "role", "after"),
    Q("„Aber niemand will", "die 66-Jährige", "Brigitte Sommer", "role", "context"),
    Q(["„Wir erleben“", "„ein stilles"], "Reuter", "Thomas Reuter", "person", "interrupted"),
    Q("„Ich habe kein Auto", "eine 81 Jahre alte Rentnerin", "eine 81 Jahre alte Rentnerin", "role", "after"),
    Q("„Wer am Freitagabend", "der örtliche Hausarzt Dr. Gunnar Lind", "Gunnar Lind", "person", "context"),
    Q("„Notlösung", "Bürgermeister Andreas Kühnel (CDU)", "Andreas Kühnel", "person", "partial"),
    Q("„sehr ernst“", "ein Sprecher", "ein Sprecher des Gesundheitsministeriums", "role", "partial"),
], excluded=[("„Runden Tisch Apothekenversorgung“", "name (round table)")])
A("fresh-30", [
    Q("„Ohne das Fracht", "Ellermann", "Karsten Ellermann", "person", "after"),
    Q("„direkt und indirekt", "Ellermann", "Karsten Ellermann", "person", "laut"),
    Q("„Damals hieß", "Ostermann", "Gabriele Ostermann", "person", "after"),
    Q("„einstimmig und", "Steinmann", "Rolf Steinmann", "person", "nach_angaben"),
    Q("„Wir sind nicht gegen", "er", "Rolf Steinmann", "pronoun", "after"),
    Q("„Aber wir sind gegen", "er", "Rolf Steinmann", "pronoun", "context"),
    Q("„ein entscheidender", "einer Stellungnahme", "Landesverband der Industrie", "document", "partial"),
    Q("„alle Argumente", "Ein Ministeriumssprecher", "ein Ministeriumssprecher", "role", "partial"),
])
A("fresh-31", [
    Q("„Dauerzustand", "Dessen Vorsitzende Nadine Kowalski", "Nadine Kowalski", "person", "partial"),
    Q("„Ich kenne Mütter", "Dessen Vorsitzende Nadine Kowalski", "Nadine Kowalski", "person", "context"),  # runs over two paragraphs
    Q("„ernst“", "Sozialdezernent Martin Albrecht (Grüne)", "Martin Albrecht", "person", "partial"),
    Q("„Aber Erzieherinnen", "Albrecht", "Martin Albrecht", "person", "after"),
    Q("„Wir konkurrieren", "Albrecht", "Martin Albrecht", "person", "context"),
    Q("„Wenn wir zu zweit", "Die Erzieherin Sandra Lüthje", "Sandra Lüthje", "person", "context"),
])
A("fresh-32", [
    Q("„Das war in dieser", "Stadtwerke-Geschäftsführer Michael Borchert", "Michael Borchert", "person", "after"),
    Q("„Trauerspiel“", "CDU-Stadtrat Werner Kiesling", "Werner Kiesling", "person", "partial"),
    Q("„Seit Monaten", "er", "Werner Kiesling", "pronoun", "after"),
    Q("„Und jetzt, kurz", "er", "Werner Kiesling", "pronoun", "context"),
    Q("„Wir geben nicht", "Dessen Vorsitzende Ilse Wagenknecht", "Ilse Wagenknecht", "person", "colon"),
    Q("„mit aller Kraft“", "Oberbürgermeisterin Petra Lindholm (SPD)", "Petra Lindholm", "person", "partial"),
], excluded=[("„Ersatzbadetag“", "name (event) / so-called")])
A("fresh-33", [
    Q("„Wer aufs Land", "Kohlhaas", "Armin Kohlhaas", "person", "after"),
    Q(["„Und Tiere“", "„halten sich"], "er", "Armin Kohlhaas", "pronoun", "interrupted"),
    Q("„Mein Mandant", "Der Anwalt des Klägers, Dr. Jens Hofstetter", "Jens Hofstetter", "person", "context"),
    Q("„Auf diesem Hof", "er", "Erich Baumgartner", "pronoun", "after"),
    Q("„Ich sehe nicht", "er", "Erich Baumgartner", "pronoun", "context"),
    Q("„wohlauf", "Baumgartner", "Erich Baumgartner", "person", "partial"),
    Q("„Früher hätte", "sie", "Heike Brenner", "pronoun", "after"),
], excluded=[("„Gustav“", "name (animal)"), ("„Freiheit für Gustav“", "inscription on T-shirts (slogan, no speaker)")])
A("fresh-34", [
    Q("„Wir haben in den", "Degenhardt", "Philipp Degenhardt", "person", "after"),
    Q("„Am Ende hat", "Degenhardt", "Philipp Degenhardt", "person", "context"),
    Q("„Degenhardt hat", "Kastner", "Oliver Kastner", "person", "after"),
    Q("„jede einzelne", "Kastner", "Oliver Kastner", "person", "partial"),
    Q("„Die Belegschaft", "Verdi-Sekretärin Anke Bruns", "Anke Bruns", "person", "context"),
    Q("„Alarmsignal“", "Der Vorsitzende des örtlichen Gewerbevereins, Manfred Thiel", "Manfred Thiel", "person", "partial"),
])
A("fresh-35", [
    Q("„Ich habe vor dem", "Mia", "Mia Kessel", "person", "after"),
    Q("„Dass es jetzt", "Mia", "Mia Kessel", "person", "context"),
    Q("„keine Überraschung", "Ihr Trainer Viktor Aranow", "Viktor Aranow", "person", "partial"),
    Q("„Sie hat eine", "Aranow", "Viktor Aranow", "person", "so"),
    Q("„Wo andere", "Aranow", "Viktor Aranow", "person", "context"),
    Q("„Mia hat verdient", "Petrenko", "Olga Petrenko", "person", "after"),
    Q("„Man wird daran", "sie", "Olga Petrenko", "pronoun", "context"),
    Q("„großen Tag“", "Der Präsident des Landesschachverbands, Herbert Unger", "Herbert Unger", "person", "partial"),
    Q("„Vorbilder", "Unger", "Herbert Unger", "person", "context"),
    Q("„Am Dienstag", "sie", "Mia Kessel", "pronoun", "colon"),
])
A("fresh-36", [
    Q("»Wir sind im Moment", "Oberbürgermeister Frank Seiffert (CDU)", "Frank Seiffert", "person", "after"),
    Q("»Wir zahlen", "Oberbürgermeister Frank Seiffert (CDU)", "Frank Seiffert", "person", "context"),
    Q(["»Wir müssen leider", "»dass zumindest"], "der Sprecher", "ein Sprecher der Zentralstelle Cybercrime", "role", "interrupted"),
    Q("»Städte und", "Meißner", "Carolin Meißner", "person", "after"),
    Q("»mehreren Wochen«", "Seiffert", "Frank Seiffert", "person", "partial"),
], marks="guil")
A("fresh-37", [
    Q("»Vor zwei Wochen", "die Diplomatin", "Isabel Montoya", "role", "after"),
    Q("»Das ist nicht alles", "die Diplomatin", "Isabel Montoya", "role", "context"),
    Q("»vertanen", "Die Organisation Blue Horizon", "Blue Horizon", "organisation", "partial"),
    Q("»Solange jedes", "Deren Meeresexpertin Tove Lindgren", "Tove Lindgren", "person", "context"),
    Q("»Für die großen", "Der Verhandlungsführer der Inselstaaten-Allianz, Tevita Fonua", "Tevita Fonua", "person", "colon"),
    Q("»Wir brauchen Regeln", "Håkon Rasmussen, Präsident des Internationalen Verbands der Hochseefischer", "Håkon Rasmussen", "person", "after"),
], marks="guil")
A("fresh-38", [
    Q('"Die Bahn bringt', "der Leiter der Sternwarte, Dieter Falkenhayn", "Dieter Falkenhayn", "person", "after"),
    Q('"Ich dachte zuerst', "Okafor", "Ben Okafor", "person", "after"),
    Q('"Dann habe ich', "Okafor", "Ben Okafor", "person", "context"),
    Q('"Sechser', "Falkenhayn", "Dieter Falkenhayn", "person", "partial"),
    Q('"Nur so viel', "Okafor", "Ben Okafor", "person", "context"),
], marks="straight")
A("fresh-39", [
    Q("“Wir hatten so", "Festivalchef Tobias Lanz", "Tobias Lanz", "person", "after"),
    Q("“Aber wenn Blitze", "Festivalchef Tobias Lanz", "Tobias Lanz", "person", "context"),
    Q("“den üblichen", "Ein Sprecher", "ein Sprecher der Polizei", "role", "partial"),
    Q("“Ich hatte Tränen", "Sängerin Jule Brandner", "Jule Brandner", "person", "after"),
    Q("“Dass die Leute", "Sängerin Jule Brandner", "Jule Brandner", "person", "context"),
    Q("“Drei Nächte", "ein Anwohner, der anonym bleiben wollte", "ein Anwohner", "role", "after"),
], excluded=[("“Kiessee Sounds”", "name (festival)"), ("“Sommer ohne Ende”", "title (song)")], marks="en")
A("fresh-40", [
    Q("„Das ist eine Zahl", "der Minister", "Jörg Halbritter", "role", "after"),
    Q("„In vielen Regionen", "der Bericht", "Bildungsbericht der Landesregierung", "document", "after"),
    Q("„Mit 60 Millionen", "dessen Präsidentin Ursula Kamphausen", "Ursula Kamphausen", "person", "after"),
    Q("„Jedes Kind", "dessen Präsidentin Ursula Kamphausen", "Ursula Kamphausen", "person", "context"),
    Q("„Pflaster", "Die bildungspolitische Sprecherin der Grünen, Sarah Eichhorn", "Sarah Eichhorn", "person", "partial"),
    Q("„Ein Land, das", "Die Zeitung", "Westmärkische Allgemeine", "organisation", "colon"),
    Q("„Was sollen", "sie", "Petra Maas", "pronoun", "after"),
    Q("„Manche trauen", "sie", "Petra Maas", "pronoun", "context"),
], excluded=[("„Schwimmpakt“", "so-called / name of programme"), ("„Westmärkische Allgemeine“", "name (newspaper)")])
