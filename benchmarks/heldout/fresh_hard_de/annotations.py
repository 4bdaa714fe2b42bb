# Hand-written annotations for fresh_hard_de.  Q(parts, speaker, speaker_name, kind, style, via=, note=)
# kind: person | role | organisation | document | pronoun | unattributed (speaker None)
# style: after | so | colon | interrupted | partial | context | next | impersonal |
#        laut | zufolge | nach_angaben | interview   (see README.md)
ARTICLES = []
def Q(parts, speaker, name, kind, style, via=None, note=None):
    if isinstance(parts, str):
        parts = [parts]
    return {"parts": parts, "speaker": speaker, "name": name, "kind": kind,
            "style": style, "via": via, "note": note}
def A(aid, quotes, excluded=(), marks="de"):
    ARTICLES.append({"id": aid, "quotes": quotes, "excluded": list(excluded), "marks": marks})

A("fresh-hard-01", [
    Q("«Ich kann es", "Reto M. (34)", "Reto M.", "person", "after"),
    Q("«Da donnern", "Reto M. (34)", "Reto M.", "person", "context"),
    Q("«ein Schlag", "den 34-Jährigen", "Reto M.", "role", "partial"),
    Q("«Wir haben andere", "sie", "Ursula Brändli", "pronoun", "after"),
    Q("«nicht beerdigen", "sie", "Ursula Brändli", "pronoun", "partial"),
    Q("«alles andere", "dem Umfeld des Gemeinderats", "Umfeld des Gemeinderats", "role", "impersonal"),
    Q("«Für einen Bruchteil", "die Partei", "SP", "organisation", "after"),
    Q("«mutlosen", "Gemeinderätin Sandra Vogt (SP)", "Sandra Vogt", "person", "partial"),
    Q("«Wenn der Gemeinderat", "Sie", "Sandra Vogt", "pronoun", "context"),
    Q("«Ohne Parkplätze", "er", "Kurt Iseli", "pronoun", "after"),
    Q("«Die Gemeinde fährt", "Die IG Velo Hessigkon", "IG Velo Hessigkon", "organisation", "colon"),
], excluded=[("«Velo-Boulevard»", "name (project)")], marks="swiss")
A("fresh-hard-02", [
    Q("„um Kleinigkeiten", "ein Polizeisprecher", "ein Polizeisprecher", "role", "partial"),
    Q("„polizeibekannt", "Ermittlerkreisen", "Ermittlerkreise", "role", "impersonal"),
    Q("„Wir gehen derzeit", "Oberstaatsanwältin Kerstin Haberland", "Kerstin Haberland", "person", "after"),
    Q("„Vor Mitte", "Oberstaatsanwältin Kerstin Haberland", "Kerstin Haberland", "person", "context"),
    Q("„Plötzlich", "Eine Bewohnerin des Hauses", "eine Bewohnerin des Hauses", "role", "colon"),
    Q("„Er war oft", "Eine Bewohnerin des Hauses", "eine Bewohnerin des Hauses", "role", "context",
      note="'Er' inside the quote is the suspect; 'ihr' in the sentence before is an object pronoun"),
    Q("„Unsere Gedanken", "einer Stellungnahme", "Studierendenwerk Lindenfurt", "document", "colon"),
    Q("„zu gegebener", "er", "Jens Otterbach", "pronoun", "partial"),
])
A("fresh-hard-03", [
    Q("„Sie haben gezielt", "Staatsanwältin Birgit Lechner", "Birgit Lechner", "person", "after"),
    Q("„Das ist nicht", "Staatsanwältin Birgit Lechner", "Birgit Lechner", "person", "context"),
    Q("„Ich hab eh", "er", "Marko K.", "pronoun", "after"),
    Q("„halt nicht", "er", "Marko K.", "pronoun", "partial"),
    Q("„Er war so", "Eine der Geschädigten, eine 84-jährige Witwe aus Trofaiach", "eine 84-jährige Witwe aus Trofaiach", "role", "context"),
    Q("„Schämen Sie", "die Frau", "eine 84-jährige Witwe aus Trofaiach", "role", "after",
      note="the judge (named) asked the question in indirect speech just before"),
    Q("„Schulden gehabt", "Verteidiger Alexander Pichler", "Alexander Pichler", "person", "partial"),
    Q("„kein Profi", "Verteidiger Alexander Pichler", "Alexander Pichler", "person", "partial"),
    Q("„großzügig", "Verteidiger Alexander Pichler", "Alexander Pichler", "person", "partial"),
    Q("„Die Vorgangsweise", "Richter Moosbrugger", "Gerhard Moosbrugger", "person", "after"),
    Q("„keine echte Reue", "Richter Moosbrugger", "Gerhard Moosbrugger", "person", "partial"),
    Q("„Lassen Sie", "Die Polizei", "Polizei", "organisation", "colon"),
], excluded=[("„entdeckt“", "scare quote")])
A("fresh-hard-04", [
    Q("„Wir haben zu lange", "Vorstandschefin Martina Albers", "Martina Albers", "person", "headline"),
    Q("Ehrlich. Wir", "Albers", "Martina Albers", "person", "interview"),
    Q("Die Richtung war", "Albers", "Martina Albers", "person", "interview"),
    Q("Nein. Das Werk", "Albers", "Martina Albers", "person", "interview"),
    Q("„Kahlschlag“", "Die IG Metall", "IG Metall", "organisation", "partial",
      note="partial quote inside the interviewer's question"),
    Q("Ich verstehe die Wut", "Albers", "Martina Albers", "person", "interview"),
    Q("Wir brauchen verlässliche", "Albers", "Martina Albers", "person", "interview"),
    Q("„ein spätes", "der Erste Bevollmächtigte Rainer Hofbauer", "Rainer Hofbauer", "person", "partial"),
    Q("„Wer Fehler", "Er", "Rainer Hofbauer", "pronoun", "context"),
])
A("fresh-hard-05", [
    Q("«Das war eine Frechheit»", "Trainer Marco Zbinden (47)", "Marco Zbinden", "person", "headline"),
    Q("«Das war eine Frechheit, was", "Zbinden", "Marco Zbinden", "person", "after"),
    Q("«Wir haben nicht", "Zbinden", "Marco Zbinden", "person", "context"),
    Q("«Darüber mache", "Der Trainer", "Marco Zbinden", "role", "context"),
    Q("«Den muss ich", "Der 24-Jährige", "Yannick Bühlmann", "role", "colon"),
    Q("«auf keinen Fall»", "er", "Yannick Bühlmann", "pronoun", "partial"),
    Q("«Yannick hat uns", "Captain Nico Aebischer (29)", "Nico Aebischer", "person", "context"),
    Q("«keinen Plan", "der Mittelfeldspieler", "Nico Aebischer", "role", "partial"),
    Q("«Das müsst ihr", "der Mittelfeldspieler", "Nico Aebischer", "role", "context",
      note="answer to an indirect reporter question that mentions 'Trainer'"),
    Q("«fast perfekte»", "Aarwil-Coach Dragan Petković (52)", "Dragan Petković", "person", "partial"),
    Q("«Ich kenne Marco", "er", "Dragan Petković", "pronoun", "colon"),
    Q("«Aarwil, Aarwil»", "den rund 600 mitgereisten Fans", "Fans des SC Aarwil", "role", "partial",
      note="spoken chant"),
    Q("«Wir verstehen", "einem Post auf X", "FC Rhyburg", "document", "after"),
], excluded=[("«Wir sind Rhyburg", "inscription on a banner (slogan, no speaker)")], marks="swiss")
