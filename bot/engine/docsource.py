"""Quotes attributed to a document rather than a person: "heißt es in der Erklärung",
"Auf der Homepage heißt es", "In einem Bericht hatte es geheißen", "§ 5 des Gesetzes,
in dem es heißt", "war von „…“ die Rede", "Darin heißt es" (the document of the sentence
before). When no person speaks, the document is the source."""
from __future__ import annotations

from .cues import _DOC_CUES, CUE_WORDS
from .speakerphrase import (_ARTICLES, _FUNCTION_WORDS, _POSSESSIVES, clause_start, speaker_after,
                           speaker_before)

_DOC_PREPS = frozenset("in im auf aus von vom laut bei beim seitens".split())
_FILLERS = frozenset("es dazu darin dort weiter jedoch nun auch unter anderem , zudem sich".split())
_RELATIVE_OBJ = frozenset("dem der denen welchem welcher".split())
_GENITIVE = frozenset("der des".split())


def _doc_phrase(toks: list[str]) -> str | None:
    """'einer gestern verbreiteten Erklärung des Betriebsrates': determiner, lower-case
    modifiers (participles, adverbs), the noun (also 'documenta-Homepage'), a genitive.
    A plain name phrase is read first ('vom Abgeordneten Jan Ott')."""
    sp = speaker_after(toks)
    if sp:
        return sp
    out: list[str] = []
    i = 0
    if toks and (toks[0].lower() in _ARTICLES or toks[0].lower() in _POSSESSIVES):
        out.append(toks[0])
        i = 1
    while i < len(toks) and len(out) < 6 and toks[i][:1].islower() and toks[i].isalpha():
        out.append(toks[i])
        i += 1
    if i >= len(toks) or not (toks[i][:1].isupper() or ("-" in toks[i] and toks[i].rsplit("-", 1)[1][:1].isupper())):
        return None
    out.append(toks[i])
    if i + 2 < len(toks) and toks[i + 1] in _GENITIVE and toks[i + 2][:1].isupper():
        out += toks[i + 1:i + 3]
    return " ".join(out)


def document_source(toks: list[str], c: int) -> str | None:
    """'heißt es in der Erklärung', 'Auf der Homepage heißt es', 'hieß es vom Abgeordneten X',
    'In der Zeitung fand sich die Feststellung'."""
    if toks[c].startswith("f") and toks[c + 1:c + 2] != ["sich"]:
        return None  # 'fand' names a document only as 'fand sich' ('Die Polizei fand in der Wohnung')
    after = toks[c + 1:]
    k = 0
    while k < len(after) and (after[k].lower() in _FILLERS or (
            after[k][:1].islower() and after[k] in _FUNCTION_WORDS and after[k] not in _DOC_PREPS)):
        k += 1  # 'steht deshalb noch in dem Entwurf'
    if k < len(after) and after[k].lower() in _DOC_PREPS:
        sp = _doc_phrase(after[k + 1:])
        if sp:
            return sp
    start = clause_start(toks, c)
    pre = toks[start:c]
    if pre and pre[0].lower() == "wie":
        pre = pre[1:]  # 'Wie aus dem Bericht hervorgeht'
    while pre and pre[0].lower() in ("es", "dazu", "auch"):
        pre = pre[1:]  # 'Wie es aus dem Ministerium hieß'
    if pre and pre[0].lower() in _DOC_PREPS:
        return _doc_phrase(pre[1:])
    for j in range(len(pre) - 2, 0, -1):
        # '§ 5 des Gesetzes, in dem es heißt': the relative clause's antecedent
        if pre[j - 1] == "," and pre[j].lower() in _DOC_PREPS and pre[j + 1].lower() in _RELATIVE_OBJ:
            head = pre[:j - 1]
            if len(head) > 2 and head[-1][:1].islower() and head[-2][:1].isupper():
                head = head[:-1]  # 'ein Zettel kleben, auf dem … stand': a verb before the comma
            return speaker_before(head)
    if toks[c].startswith("laut") and after[:1] == [":"]:
        return _lauten_subject(pre, after[1:])  # (without the colon it names a thing: 'Der Name lautet „…“')
    return None


def _lauten_subject(pre: list[str], after: list[str]) -> str | None:
    """'Der Bescheid lautet: „…“', 'Die Antwort des Ministers lautete: „…“', 'So lautete
    die Kritik: „…“': what 'lautet' has as subject is the statement; its owner (a genitive)
    is the source if there is one, else the statement itself."""
    phrase = pre if pre and (pre[0].lower() in _ARTICLES or pre[0].lower() in _POSSESSIVES) else after
    sp = _doc_phrase(phrase) if phrase else None
    if not sp:
        return None
    words = sp.split()
    for i, w in enumerate(words[:-1]):
        if w.lower() in _GENITIVE and words[i + 1][:1].isupper():
            return " ".join(words[i:])  # 'des Ministers'
    return sp


def rede_source(before: list[str]) -> str | None:
    """'In einem internen Schreiben war von einem „…“ die Rede': the document in the
    clause's opening phrase. `before`: the tokens of the sentence up to the quote."""
    start = clause_start(before, len(before))
    pre = before[start:]
    if pre and pre[0].lower() in _DOC_PREPS:
        return _doc_phrase(pre[1:])
    return None


_BACK = frozenset("darin dort hierin daraus".split())
_DOC_NOUNS = ("bericht", "studie", "erklärung", "brief", "schreiben", "papier", "homepage", "webseite", "website",
              "mitteilung", "urteil", "gesetz", "entwurf", "vertrag", "dokument", "antrag", "buch", "artikel",
              "kommentar", "rede", "stellungnahme", "beschluss", "anordnung", "meldung", "blog", "eintrag")


def refers_back(toks: list[str]) -> bool:
    """'Darin heißt es', 'Auch das Motiv fand sich dort:', 'So/Weiter heißt es, …', 'Es heißt da:'
    – a document named in the sentence before (and none in this one)."""
    if _DOC_CUES.isdisjoint(toks):
        return False
    back = toks[:1] in (["So"], ["Weiter"], ["Ferner"], ["Außerdem"], ["Zudem"]) or any(
        t.lower() in _BACK or (t == "da" and toks[i - 1] in ("heißt", "hieß", "es")) for i, t in enumerate(toks))
    return back and any(t in _DOC_CUES and (not t.startswith("f") or toks[i + 1:i + 2] == ["sich"])
                        and not document_source(toks, i) for i, t in enumerate(toks))


def previous_document(prev: list[str]) -> str | None:
    """The document of the sentence before: its 'In/Auf <doc>' phrase, else its last
    document noun ('legte einen Bericht vor')."""
    for i, t in enumerate(prev):
        if t.lower() in _DOC_PREPS and i + 2 < len(prev):
            sp = _doc_phrase(prev[i + 1:])
            if sp and sp.split()[-1].lower().endswith(_DOC_NOUNS):
                return sp
    for i in range(len(prev) - 1, 0, -1):
        if prev[i][:1].isupper() and prev[i].lower().endswith(_DOC_NOUNS):
            return " ".join(prev[i - 1:i + 1]) if prev[i - 1].lower() in _ARTICLES else prev[i]
    return None


_PASSIVE = frozenset("wird werden wurde wurden worden".split())


def passive_document(before: list[str]) -> str | None:
    """'Im Bericht des Ministeriums werden die Werte als „…“ bezeichnet': a passive clause
    opened by a document phrase."""
    clause = before[clause_start(before, len(before)):]
    if len(clause) < 4 or clause[0].lower() not in _DOC_PREPS or not any(t in _PASSIVE for t in clause):
        return None
    sp = _doc_phrase(clause[1:])
    return sp if sp and any(w.lower().endswith(_DOC_NOUNS) for w in sp.split()) else None


def source_phrase(toks: list[str]) -> str | None:
    """'seitens der Bundeswehr', 'von Seiten des Ministeriums', 'aus (den) Kreisen der
    Regierung', 'von pakistanischer Seite': a source named by a preposition, for a quote
    whose sentence has no speaker ('Zunächst war seitens der Bundeswehr von „…“ die Rede')."""
    for i, t in enumerate(toks):
        low = t.lower()
        if low in ("seitens", "vonseiten"):
            j = i + 1
        elif low == "von" and toks[i + 1:i + 2] == ["Seiten"]:
            j = i + 2
        elif low == "von" and i + 2 < len(toks) and toks[i + 2] == "Seite" and toks[i + 1][:1].islower():
            return f"{toks[i + 1]} Seite"  # 'von pakistanischer Seite'
        elif low == "aus" and toks[i + 1:i + 2] == ["Kreisen"]:
            j = i + 2
        elif low == "aus" and toks[i + 1:i + 3] == ["den", "Kreisen"]:
            j = i + 3
        else:
            continue
        while j < len(toks) and toks[j].lower() in _GENITIVE:
            j += 1
        sp = speaker_after(toks[j:j + 8]) if j < len(toks) else None
        if sp:
            return sp
    return None


_SOURCE_HEADS = ("angaben", "bericht", "berichten", "informationen", "erkenntnissen", "erkenntnisstand",
                 "ansicht", "meinung", "einschätzung", "auffassung", "studie", "umfrage", "ergebnis",
                 "schätzung", "schätzungen", "darstellung", "aussage", "aussagen", "mitteilung", "worten",
                 "statistik", "prognose", "berechnungen", "erklärung", "urteil", "gutachten")


def according_to_phrase(toks: list[str]) -> str | None:
    """'Nach UNHCR-Angaben „…', 'nach Polizeiangaben „…', 'Nach einem Bericht des Senders „…',
    'Laut dieser Studie „…': a source phrase that runs right up to the quote. After 'nach'
    its head must be a source noun (not 'Nach dem Spiel „…'); after 'laut' anything named."""
    end = len(toks) - (1 if toks and toks[-1] == "," else 0)
    for i in range(end - 1, max(-1, end - 12), -1):
        low = toks[i].lower()
        if low not in ("nach", "laut"):
            continue
        phrase = toks[i + 1:end]
        if low == "nach" and (i == 0 or toks[i - 1] in ",;:") and not all(_in_noun_phrase(t) for t in phrase):
            # 'Nach einer vom DFB veröffentlichten Erklärung erkennt Hoyzer „…“ an': the
            # clause-initial phrase, up to the verb, when no speech verb follows
            k = next((j for j, t in enumerate(phrase) if not _in_noun_phrase(t)), len(phrase))
            if any(t in CUE_WORDS for t in phrase[k:]):
                return None
            phrase = phrase[:k]
        if not phrase or not all(_in_noun_phrase(t) for t in phrase) or not any(t[:1].isupper() for t in phrase):
            return None  # ('laut Julia Stern fehlen der Klinik „…“': a clause, not a phrase)
        if low == "laut":
            if any(t in CUE_WORDS for t in toks[:i]):
                return None  # 'bestätigte Jan Ott laut Reuters, „…“': the person speaks
            sp = speaker_after(phrase)  # a name or named body, running up to the quote
            return sp if sp and len(sp.split()) >= len(phrase) - 1 else None
        if not any(t.lower().endswith(_SOURCE_HEADS) for t in phrase):
            return None  # 'Nach dem Spiel „…“'
        return " ".join(phrase)
    return None


def _in_noun_phrase(t: str) -> bool:
    """Determiners, inflected adjectives, names and nouns, genitive links ('einem Bericht
    des Bayerischen Rundfunks', 'bisherigem Erkenntnisstand'), not verbs."""
    low = t.lower()
    if t[:1].isupper() or low in _ARTICLES or low in _POSSESSIVES or low in _NP_WORDS:
        return True
    return t.isalpha() and low.endswith(_ADJECTIVE_ENDINGS) and low not in _FUNCTION_WORDS


_NP_WORDS = frozenset("von vom dieser diesem dieses eigenen eigener".split())
_ADJECTIVE_ENDINGS = ("e", "en", "em", "er", "es")


def wie_source(toks: list[str]) -> str | None:
    """'Wie eine Studie ergab, „…', 'Wie die Polizei mitteilte, „…': the subject of the
    'wie' clause that ends right before the quote."""
    if len(toks) < 4 or toks[-1] != ",":
        return None
    for i in range(len(toks) - 3, max(-1, len(toks) - 12), -1):
        if toks[i] in ("Wie", "wie") and (i == 0 or toks[i - 1] in ",;:–—"):
            inner = toks[i + 1:-2]  # the subject, then the verb before the comma
            sp = speaker_after(inner) if inner else None
            return sp if sp and toks[-2][:1].islower() else None
    return None
