"""Manual decisions (one annotator, no system output seen).

ANN[id] = list of (cand_index, speaker_as_written | None, where, speaker_name, kind)
  where: 'before' / 'after' = nearest word-bounded occurrence before the quote start / after the quote end;
         ('reuse', k) = same speaker span as the annotation of candidate k (continued quote).
EXCL[id] = {cand_index: reason}
Candidate indices come from cands.py.
"""
ANN = {
    '20min-864899493069': [],
    '20min-280366226228': [
        (1, None, None, 'Stellenausschreibung auf der Webseite der Betreiberfamilie', None),
        (2, 'der Verwalter der Anlage', 'after', 'der Verwalter der Anlage', 'role'),
    ],
    '20min-608312391369': [],
    '20min-458956384204': [
        (8, 'die werdende Mutter', 'after', 'Helene Fischer', 'person'),
        (9, None, None, 'Helene Fischer', None),
        (10, 'sie', 'before', 'Helene Fischer', 'pronoun'),
    ],
    '20min-521896809019': [],
    '20min-601885291902': [
        (0, 'der 35-Jährige', 'before', 'Rafael Nadal', 'person'),
        (1, 'Nadal', 'after', 'Rafael Nadal', 'person'),
        (2, 'Nadal', ('reuse', 1), 'Rafael Nadal', 'person'),
        (3, None, None, 'Rafael Nadal', None),
        (4, 'die 23-Jährige', 'before', 'Jil Teichmann', 'person'),
    ],
    '20min-248730804983': [
        (0, 'die Kantonspolizei Ausserrhoden', 'after', 'Kantonspolizei Appenzell Ausserrhoden', 'organisation'),
    ],
    '20min-672988484573': [
        (1, None, None, 'Daniel Anrig', None),
        (3, 'der Gerichtspräsident', 'before', 'Daniel Anrig', 'person'),
        (4, 'der Angeklagte', 'before', 'der Angeklagte', 'role'),
        (5, 'der Mann', 'before', 'der Angeklagte', 'role'),
        (6, None, None, 'der Angeklagte', None),
        (7, None, None, 'Daniel Anrig', None),
    ],
    '20min-876492239967': [
        (0, 'Zürcherin Miriam', 'after', 'Miriam', 'person'),
        (1, 'die 65-Jährige', 'after', 'Miriam', 'person'),
        (2, 'sie', 'before', 'Miriam', 'pronoun'),
        (3, 'Der Palast', 'before', 'Fürstenpalast Monaco', 'organisation'),
    ],
    '20min-877547425533': [
        (0, None, None, 'Lisa Ryzih, Alexandra Ndolo und Pietruschka', None),
        (1, 'Die Stabhochspringerin Ryzih', 'before', 'Lisa Ryzih', 'person'),
        (2, 'Alexandra Ndolo', 'before', 'Alexandra Ndolo', 'person'),
        (3, 'die Bayerin', 'before', 'Alexandra Ndolo', 'person'),
        (4, 'sie', 'before', 'Pietruschka', 'pronoun'),
        (5, None, None, 'Lisa Ryzih', None),
        (6, 'die deutsche Rekord-Stabhochspringerin Lisa Ryzih', 'before', 'Lisa Ryzih', 'person'),
    ],
}

EXCL = {
    '20min-280366226228': {
        0: 'job title / name of the position («Castle Officer»), mentioned not quoted',
    },
    '20min-458956384204': {
        0: 'newspaper name «Bild»',
        1: 'title of a TV show',
        2: 'title of a single',
        3: 'newspaper name «Bild»',
        4: 'title of an album',
        5: 'title of a TV show',
        6: 'function title «Music Supervisor» (label, though "laut Pressemitteilung"; doubtful)',
        7: 'newspaper name «Bild»',
    },
    '20min-672988484573': {
        0: 'name of a political rally',
        2: 'newspaper name «Südostschweiz»',
        8: 'scare quotes «Sonderbehandlung» without a speaker (doubtful)',
    },
}
