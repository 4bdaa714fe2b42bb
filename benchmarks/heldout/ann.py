# Manual annotation decisions. key: doc id -> list of (candidate index or tuple of indices, speaker as written or None, speaker_name, kind)
# candidate indices refer to cands.candidates(text) (deterministic pairing of quote marks).
# Candidates not listed were deliberately excluded (scare quotes, titles, names, mottos ...). EXCL documents why.
A = {}
EXCL = {}
A['dewikinews-11733'] = [(0, 'der palästinensischen Autonomiebehörde', 'palästinensische Autonomiebehörde', 'organisation'),
                         (1, 'pakistanischer Seite', 'pakistanische Seite', 'organisation')]
A['dewikinews-12162'] = [(1, 'die Vorsitzende Richterin Bärbel Stock', 'Bärbel Stock', 'person'),
                         (2, 'Ein Sprecher des Fernsehsenders ProSieben', 'Ein Sprecher des Fernsehsenders ProSieben', 'role')]
A['dewikinews-12984'] = [(0, 'Mierscheid', 'Jakob Maria Mierscheid', 'person')]
A['dewikinews-13851'] = [(0, 'EU-Gesundheitskommissar Marcos Kyprianou', 'Marcos Kyprianou', 'person')]
A['dewikinews-16561'] = [(0, 'Das Grundgesetz', 'Grundgesetz', 'document'),
                         (1, 'Steinbrück', 'Peer Steinbrück', 'person'),
                         (2, 'Er', 'Peer Steinbrück', 'pronoun')]
A['dewikinews-27195'] = [(0, 'Max Raabe', 'Max Raabe', 'person'), (1, 'Max Raabe', 'Max Raabe', 'person')]
A['dewikinews-31608'] = [(3, 'Hamas und Fatah', 'Hamas und Fatah', 'organisation'),
                         (5, 'Konrad-Adenauer-Stiftung', 'Konrad-Adenauer-Stiftung', 'organisation')]
A['dewikinews-37332'] = [(0, 'Der außenpolitische Sprecher der FDP-Bundestagsfraktion, Werner Hoyer', 'Werner Hoyer', 'person'),
                         (1, 'Der außenpolitische Sprecher der FDP-Bundestagsfraktion, Werner Hoyer', 'Werner Hoyer', 'person'),
                         (2, 'der Außenminister Frank-Walter Steinmeier (SPD)', 'Frank-Walter Steinmeier', 'person'),
                         (3, 'Seine', 'Oskar Lafontaine', 'pronoun')]
A['dewikinews-37853'] = [(1, 'der Präsident Mahmud Ahmadinedschad', 'Mahmud Ahmadinedschad', 'person'),
                         (2, 'die Nachrichtenagentur', 'Fars', 'organisation')]
A['dewikinews-39628'] = [(0, 'Vizeadmiral Charles Style', 'Charles Style', 'person'),
                         (1, 'das staatliche iranische Fernsehen', 'staatliches iranisches Fernsehen', 'organisation'),
                         (2, 'Readers Edition', 'Readers Edition', 'organisation')]
A['dewikinews-4130'] = [(0, 'Rappe', 'Hermann Rappe', 'person')]
A['dewikinews-4249'] = [(2, 'ein Sprecher des Ministeriums', 'ein Sprecher des Bundessozialministeriums', 'role')]
A['dewikinews-43325'] = [(0, 'Der Seismologe Claus Fleischer von der Erbebenwarte Bensberg bei Köln', 'Claus Fleischer', 'person')]
A['dewikinews-44763'] = [(0, 'Kasparow', 'Garri Kasparow', 'person')]
A['dewikinews-44870'] = [(1, 'Der Landesvorsitzende des Philologenverbandes Baden-Württemberg Karl-Heinz Wurster', 'Karl-Heinz Wurster', 'person'),
                         (2, 'Hansjörg Blessing vom baden-württembergischen Kultusministerium', 'Hansjörg Blessing', 'person'),
                         (3, 'Der emeritierte Freiburger Pädagogik-Professor Manfred Pelz', 'Manfred Pelz', 'person')]
A['dewikinews-45080'] = [(3, 'Die Generalbundesanwaltschaft', 'Generalbundesanwaltschaft', 'organisation'),
                         (5, 'Die Generalbundesanwaltschaft', 'Generalbundesanwaltschaft', 'organisation'),
                         (6, 'Die Generalbundesanwaltschaft', 'Generalbundesanwaltschaft', 'organisation'),
                         (8, 'einem offenen Brief', 'offener Brief internationaler Wissenschaftler', 'document')]
A['dewikinews-45193'] = [(6, None, None, None),
                         (7, 'Der Insider', 'Der Insider', 'role')]
A['dewikinews-46269'] = [(3, 'der Betonbauer', 'Oscar Niemeyer', 'person')]
A['dewikinews-49445'] = [(0, 'einer vom DFB veröffentlichten Erklärung', 'Deutscher Fußball-Bund (DFB)', 'document'),
                         (1, 'Der DFB', 'Deutscher Fußball-Bund (DFB)', 'organisation'),
                         (2, 'DFB-Präsident Zwanziger', 'Zwanziger', 'person')]
A['dewikinews-50115'] = [(0, 'Hans Spoerri', 'Hans Spoerri', 'person')]
A['dewikinews-50808'] = [(3, 'Kassels Oberbürgermeister Bertram Hilgen (SPD)', 'Bertram Hilgen', 'person')]
A['dewikinews-51401'] = [(0, 'er', 'Nelson Mandela', 'pronoun'),
                         (1, 'Mandela', 'Nelson Mandela', 'person', '<'),
                         (4, 'Er', 'Nelson Mandela', 'pronoun')]
IM = 'Innenministerium Baden-Württemberg'
A['dewikinews-52445'] = [(0, 'Innenminister Heribert Rech (CDU)', 'Heribert Rech', 'person'),
                         (1, 'Innenminister Heribert Rech (CDU)', 'Heribert Rech', 'person'),
                         (2, 'Rech', 'Heribert Rech', 'person'),
                         (3, None, 'Gesetzentwurf zur Änderung des Polizeigesetzes (Landesregierung Baden-Württemberg)', None),
                         (5, 'Gesetzentwurf', 'Gesetzentwurf zur Änderung des Polizeigesetzes (Landesregierung Baden-Württemberg)', 'document'),
                         (6, 'des Innenministeriums', IM, 'organisation'),
                         (7, 'einer Pressemitteilung des Ministeriums', IM, 'document'),
                         (8, 'der Datenschützer', 'Peter Zimmermann', 'person'),
                         (9, 'einer Pressemitteilung von Peter Zimmermann', 'Peter Zimmermann', 'document'),
                         (10, 'die Landesregierung', 'Landesregierung Baden-Württemberg', 'organisation'),
                         (11, 'die baden-württembergischen Grünen', 'Grüne Baden-Württemberg', 'organisation'),
                         (12, 'die Grünen', 'Grüne Baden-Württemberg', 'organisation'),
                         (13, 'die Partei', 'Grüne Baden-Württemberg', 'organisation'),
                         (15, 'des Ministeriums', IM, 'organisation'),
                         (16, None, IM, None),
                         (17, None, IM, None),
                         (18, 'das Innenministerium', IM, 'organisation'),
                         (19, 'das Innenministerium', IM, 'organisation'),
                         (20, 'Carsten Labudda, Sprecher der Landesarbeitsgemeinschaft Bürgerrechte und Demokratie der Partei „Die Linke“Baden-Württemberg', 'Carsten Labudda', 'person')]
A['dewikinews-54074'] = [(0, 'der Vorsitzende Richter', 'der Vorsitzende Richter', 'role')]
A['dewikinews-55456'] = [(0, None, None, None),
                         (2, 'Ben Birt vom Australia\'s Nature Conservation Council', 'Ben Birt', 'person'),
                         (4, 'John West, den Verwalter des australischen Registers für Haiangriffe im Taronga-Zoo von Sidney', 'John West', 'person'),
                         (5, 'John West, den Verwalter des australischen Registers für Haiangriffe im Taronga-Zoo von Sidney', 'John West', 'person')]
A['dewikinews-57479'] = [(0, 'diese', 'Ireen Harlaß', 'pronoun')]
A['dewikinews-59230'] = [(0, 'Die Falschmeldung', 'gefälschte Meldung auf der Website des CDU-Stadtverbandes Gengenbach', 'document')]
A['dewikinews-59848'] = [(0, 'Netanjahu', 'Benjamin Netanjahu', 'person')]
A['dewikinews-62091'] = [(1, 'er', 'Peter Ramsauer', 'pronoun')]
A['dewikinews-6226'] = [(0, 'Der Wirtschaftsrat der CDU', 'Wirtschaftsrat der CDU', 'organisation'),
                        (1, 'Der Wirtschaftsrat der CDU', 'Wirtschaftsrat der CDU', 'organisation'),
                        (2, 'Der Wirtschaftsrat', 'Wirtschaftsrat der CDU', 'organisation')]
A['dewikinews-62849'] = [(0, 'Bundeskanzlerin Angela Merkel', 'Angela Merkel', 'person'),
                         (1, 'Vizekanzler Guido Westerwelle', 'Guido Westerwelle', 'person'),
                         (2, 'Gabriel', 'Siegmar Gabriel', 'person'),
                         (4, 'FDP-Fraktionsvizevorsitzender Jürgen Koppelin', 'Jürgen Koppelin', 'person')]
A['dewikinews-63051'] = [(1, 'Vorsitzenden Richter', 'der Vorsitzende Richter', 'role'),
                         (3, 'Experten', 'Experten', 'role')]
A['dewikinews-63081'] = [(1, 'Englands Mannschaftskapitän Steven Gerrard', 'Steven Gerrard', 'person'),
                         (2, 'US-Trainer Bob Bradley', 'Bob Bradley', 'person')]
K21 = 'Die von verschiedenen Umweltgruppen getragenen Gegeninitiative Kopfbahnhof 21 (K21)'
A['dewikinews-63594'] = [(0, K21, 'Kopfbahnhof 21 (K21)', 'organisation'), (1, K21, 'Kopfbahnhof 21 (K21)', 'organisation')]
A['dewikinews-65540'] = [(0, 'Er', 'Jarosław Kaczyński', 'pronoun')]
A['dewikinews-65671'] = [(1, 'Ghannouchi', 'Mohamed Ghannouchi', 'person')]
A['dewikinews-63379'] = [(0, 'er', 'Ed Stafford', 'pronoun'), (1, 'er', 'Ed Stafford', 'pronoun')]
# optional 5th element: '<' speaker mention is the nearest occurrence BEFORE the quote, '>' nearest AFTER (default: nearest either side)
A['dewikinews-67548'] = [(8, 'Er', 'Joseph Massino', 'pronoun', '<'),
                         (10, 'Sammy Gravano', 'Sammy Gravano', 'person'),
                         (11, 'Sammy Gravano', 'Sammy Gravano', 'person')]
A['dewikinews-67830'] = [(0, 'er', '44-jähriger Haftentlassener', 'pronoun', '<')]
A['dewikinews-68080'] = [(0, 'Die Regierung', 'syrische Regierung', 'organisation')]
A['dewikinews-68250'] = [(1, 'der Bundeswehr', 'Bundeswehr', 'organisation'),
                         (2, None, 'Bundeswehr', None), (3, None, 'Bundeswehr', None), (4, None, 'Bundeswehr', None),
                         (5, 'Aktualisierung des Bundeswehrberichts', 'Bundeswehr', 'document')]
A['dewikinews-71466'] = [(2, 'Christoph Biallas', 'Christoph Biallas', 'person'),
                         (3, 'Markus Luthe, Geschäftsführer des Hotelverbands IHA', 'Markus Luthe', 'person'),
                         (5, 'Kay Weidner, ein Sprecher des Bundeskartellamts in Bonn', 'Kay Weidner', 'person'),
                         (6, 'Ralph Senkel vom Hotel Sängerhof Königswinter', 'Ralph Senkel', 'person')]
A['dewikinews-72180'] = [(0, 'Gingrich', 'Newt Gingrich', 'person'),
                         (1, 'er', 'Rick Santorum', 'pronoun', '<'),
                         (2, 'Santorum', 'Rick Santorum', 'person', '<'),
                         (3, 'Santorum', 'Rick Santorum', 'person', '<'),
                         (4, 'Santorum', 'Rick Santorum', 'person', '<'),
                         (5, 'er', 'Rick Santorum', 'pronoun', '<'),
                         (6, 'er', 'Rick Santorum', 'pronoun', '<'),
                         (7, 'er', 'Rick Santorum', 'pronoun', '<'),
                         (8, 'die frühere Gouverneurin Alaskas', 'Sarah Palin', 'person'),
                         (10, 'Joe Nosef, der Vorsitzende der Republikanischen Partei des Bundesstaates Mississippi', 'Joe Nosef', 'person'),
                         (11, 'Romney', 'Mitt Romney', 'person', '>'),
                         (12, 'der Vorsitzende der Gewerkschaft, William R. Dougan', 'William R. Dougan', 'person'),
                         (13, 'der Vorsitzende der Gewerkschaft, William R. Dougan', 'William R. Dougan', 'person')]
A['dewikinews-72379'] = [(2, 'Die Vorsitzende des Berliner Verfassungsschutzes, Claudia Schmid', 'Claudia Schmid', 'person'),
                         (3, 'CDU-Innenexperte Wolfgang Bosbach', 'Wolfgang Bosbach', 'person'),
                         (4, 'Der Vorsitzende des Islamrates, Ali Kizilkaya', 'Ali Kizilkaya', 'person')]
A['dewikinews-72691'] = [(0, 'Ein Sprichwort', 'indisches Sprichwort', 'document')]
A['dewikinews-72779'] = [(3, 'Der „Ermittlungsausschuss Frankfurt“', 'Ermittlungsausschuss Frankfurt', 'organisation'),
                         (4, 'Der „Ermittlungsausschuss Frankfurt“', 'Ermittlungsausschuss Frankfurt', 'organisation')]
A['dewikinews-73320'] = [(0, 'der Pressemitteilung der sächsischen Polizeibehörde', 'Landeskriminalamt Sachsen', 'document')]
A['dewikinews-74142'] = [(0, 'er', 'Wang Shuai', 'pronoun', '<')]
A['dewikinews-75013'] = [(0, 'der Einsatzleiter der Crailsheimer Feuerwehr', 'der Einsatzleiter der Crailsheimer Feuerwehr', 'role')]
A['dewikinews-77466'] = [(0, 'dem Rest der Volksrepublik', 'chinesische Medien', 'organisation'),
                         (1, None, 'chinesische Medien', None),
                         (2, 'den Kreisen der Regierung Hong Kongs', 'Regierung Hong Kongs', 'organisation')]
A['dewikinews-79481'] = [(0, 'Außenminister Waszczykowski', 'Waszczykowski', 'person')]
A['dewikinews-81036'] = [(0, 'Er', 'Andreas Richter', 'pronoun')]
A['dewikinews-84324'] = [(0, 'Dieses Abkommen', 'anglo-äthiopisches Abkommen von 1902', 'document'),
                         (1, 'Suleiman Dedefo, äthiopischer Botschafter in den Vereinigten Arabischen Emiraten', 'Suleiman Dedefo', 'person')]
A['dewikinews-8915'] = [(0, 'Bundesbildungsministerin Edelgard Bulmahn (SPD)', 'Edelgard Bulmahn', 'person')]

# Reasons for deliberately excluded candidates (doc id -> {candidate index: reason}).
T, N, S, M, W = 'title of a work/event/product', 'name of a thing/organisation/nickname', 'scare quote / so-called word without a source', 'motto/slogan/inscription/banner', 'wiki markup (\'\'...\'\') not a quotation'
EXCL = {
 'dewikinews-11014': {0: N, 1: T},
 'dewikinews-12162': {0: 'legal maxim cited by the author, not an utterance'},
 'dewikinews-12299': {0: N, 1: N, 2: N},
 'dewikinews-13406': {0: M},
 'dewikinews-13851': {1: W, 2: N},
 'dewikinews-22916': {0: N},
 'dewikinews-26502': {0: N, 1: N},
 'dewikinews-27195': {2: T, 3: T, 4: T, 5: T},
 'dewikinews-27244': {0: T, 1: 'nickname of Madonna'},
 'dewikinews-27945': {0: T, 1: T, 2: T},
 'dewikinews-2954': {0: M},
 'dewikinews-30241': {0: T},
 'dewikinews-30393': {0: N},
 'dewikinews-31608': {0: N, 1: T, 2: N, 4: S, 6: S},
 'dewikinews-33349': {0: N, 1: T},
 'dewikinews-34748': {0: M, 1: M, 2: M},
 'dewikinews-37231': {0: T, 1: W, 2: T},
 'dewikinews-37332': {4: S},
 'dewikinews-37718': {0: S},
 'dewikinews-37853': {0: N, 3: N},
 'dewikinews-42295': {0: N, 1: T, 2: T, 3: T},
 'dewikinews-4249': {0: N, 1: N},
 'dewikinews-44763': {},
 'dewikinews-44870': {0: N},
 'dewikinews-45080': {0: T, 1: N, 2: N, 4: N, 7: N, 9: 'technical term mentioned (Gentrification)', 10: S, 11: S},
 'dewikinews-45193': {0: N, 1: N, 2: N, 3: 'pseudonym of a viewer', 4: T, 5: N},
 'dewikinews-46269': {0: N, 1: M, 2: M, 4: 'epithet of Brasilia, no source', 5: 'epithet ("wie Niemeyer tituliert wurde"), no source'},
 'dewikinews-46376': {0: N},
 'dewikinews-50115': {1: S, 2: N},
 'dewikinews-5080': {0: 'so-called word ("von vielen als ... bezeichnet"), no specific source'},
 'dewikinews-50808': {0: T, 1: T, 2: T},
 'dewikinews-51401': {2: 'official US classification label, no utterance', 3: 'official US classification label, no utterance'},
 'dewikinews-51722': {0: N, 1: N},
 'dewikinews-52445': {4: 'term (defined in the next sentence), mention not quotation', 14: S, 21: N},
 'dewikinews-53341': {0: T, 1: T, 2: 'catchphrase of the game series/trailer, no real-world source', 3: N, 4: N, 5: N, 6: S, 7: T, 8: T},
 'dewikinews-55456': {1: 'nested title inside quote 0', 3: M},
 'dewikinews-59230': {1: 'nested quote inside quote 0 (only outermost quotes annotated)'},
 'dewikinews-62091': {0: N},
 'dewikinews-62849': {3: N},
 'dewikinews-63051': {0: 'nickname', 2: 'possibly the defendant\'s words but no clear attribution', },
 'dewikinews-63081': {0: S},
 'dewikinews-63379': {2: 'repetition of the earlier quoted phrase by the author (scare use)'},
 'dewikinews-63594': {2: N},
 'dewikinews-64021': {0: S},
 'dewikinews-65671': {0: N},
 'dewikinews-6745': {0: N, 1: N},
 'dewikinews-67548': {0: S, 1: 'nickname', 2: 'term', 3: 'nickname', 4: 'nickname', 5: N, 6: 'epithet ("Er galt als"), no source', 7: S, 9: 'epithet, no clear utterance'},
 'dewikinews-67830': {},
 'dewikinews-68250': {0: N, 6: N},
 'dewikinews-69083': {0: N},
 'dewikinews-70345': {0: T, 1: N},
 'dewikinews-71466': {0: W, 1: N, 4: 'technical term (Last Room Availability)'},
 'dewikinews-71869': {0: 'local name of the car'},
 'dewikinews-72180': {9: N},
 'dewikinews-72379': {0: N, 1: N, 5: N, 6: 'section heading » Linksammlung «'},
 'dewikinews-72779': {0: M, 1: N, 2: N, 5: N},
 'dewikinews-73588': {0: S},
 'dewikinews-74583': {0: T},
 'dewikinews-75206': {0: M, 1: T, 2: T, 3: T, 4: 'nested in title', 5: T},
 'dewikinews-76513': {0: 'legal term, no source'},
 'dewikinews-77466': {3: 'name of a political principle ("Ein Land - zwei Systeme")', 4: 'single word, attribution unclear (possibly Chinese official wording)'},
 'dewikinews-8417': {0: N, 1: N},
 'dewikinews-8648': {0: 'rating label (Equal Weight)'},
 'dewikinews-9379': {0: N},
}
