"""Who said a quotation: the subject of the clause whose verb attributes it.

Patterns, German and English:
  „…“, sagte er / „…“, so Müller / „…“ sagte die Ministerin   (cue after, inverted)
  "…," he said / "…," Smith told reporters                     (speaker + cue after)
  Merkel sagte: „…“ / sagte Musk, dass sie „…“                 (cue before)
  laut X / according to X / X zufolge
Clause structure (German pre-field vs. post-verb subject, subordinate and relative
clauses) is read here; the phrase itself by `speakerphrase`, its plausibility by
`speakerscore`, documents as sources by `docsource`. Pronouns and short names are
resolved by `people.People`.
"""
from __future__ import annotations

from .cues import CUE_WORDS
from .docsource import document_source
from .names import FIRST_NAMES, PRONOUNS
from .speakerphrase import (_ARTICLES, _FUNCTION_WORDS, _POSSESSIVES, _PREPOSITIONS, _is_cap,
                            _is_name_like, _join, apposition_name, clause_start, is_stop, speaker_after,
                            speaker_after_adverbials, speaker_before)
from .speakerscore import person_score
from .speakertidy import clean_speaker, tidy_speaker

__all__ = ["clause_subject", "clean_speaker", "document_source", "german_subject", "person_score",
           "speaker_after", "speaker_before", "tidy_speaker"]


# articles that are never nominative: a phrase they open is no subject
_OBLIQUE = frozenset("dem den einem einen".split())
_CONJ = frozenset("und aber doch oder sondern denn and but or".split())
_RELATIVE = frozenset("der die das den dem deren dessen welche welcher welches who which".split())


def _subordinate_subject(tokens: list[str], start: int, c: int, known) -> str | None:
    """A verb-final clause: ", die Gerhard Schröder ... erklärt hatte:" / ", zumal der
    Verteidiger ... betont hatte," – its subject follows the subordinator."""
    nxt = tokens[c + 1].lower() if c + 1 < len(tokens) else ""
    if nxt not in _AUX and nxt not in (",", ":", "hatten", "habe", "weiß", "wusste"):  # ('zu berichten weiß')
        return None
    first = tokens[start].lower() if start < c else ""
    if first in ("wie", "as") and start + 1 < c:
        sp = speaker_after(tokens[start + 1:c])
        if sp and person_score(sp, known) >= 1:
            return sp
    for j in range(c - 1, start - 1, -1):
        t = tokens[j]
        if is_stop(tokens, j):
            return None
        if t == ",":
            if j + 1 >= c:
                return None
            w = tokens[j + 1].lower()
            if w in _PREPOSITIONS and j + 3 < c and tokens[j + 2].lower() in _RELATIVE:
                # ', in deren Verlauf Jonescu sagte:', ', bei der er sagte:': a relative clause
                k = j + 4 if tokens[j + 2].lower() in ("deren", "dessen") else j + 3
                inner = tokens[k:c]
                if inner and inner[0].lower() in PRONOUNS:
                    return inner[0]
                sp = speaker_after(inner) if inner else None
                return sp if sp and person_score(sp, known) >= 1 else None
            if w in _SUBORDINATORS or w in _RELATIVE:
                inner = tokens[j + 2:c]
                if not inner:
                    return None
                if inner[0].lower() in PRONOUNS:
                    return inner[0]
                sp = speaker_after(inner)
                if sp and person_score(sp, known) >= 1:
                    return sp
                if w in _RELATIVE:
                    # "Müller, der das gesagt hatte": the relative pronoun is the subject
                    return speaker_before(tokens[start:j])
            return None
        if t.lower() in _AUX or t in CUE_WORDS:
            return None
    return None


_FOCUS = frozenset("auch selbst sogar nur ebenso ebenfalls also even only".split())
_SUBORDINATORS = frozenset("nachdem als wenn weil obwohl während da dass ob zumal wie after when while as because".split())
_AUX = frozenset(
    """hat hatte hatten haben habe ist war waren sind sei wird wurde wurden werden kann
    konnte konnten will wollte wollten soll sollte sollten muss musste mussten darf
    durfte möchte""".split()
)


def _first_named(toks: list[str]) -> str | None:
    for i, t in enumerate(toks[:24]):
        if t.lower() in FIRST_NAMES and i + 1 < len(toks) and _is_cap(toks[i + 1]):
            return speaker_after(toks[i:])
    return None


def _finite_verb(clause: list[str]) -> int | None:
    """Index of the first auxiliary or cue verb, skipping relative clauses
    ("Die Mönche, die sich ... beteiligt hatten, beschrieb ...")."""
    skip = False
    for i, t in enumerate(clause):
        if t == ",":
            nxt = clause[i + 1].lower() if i + 1 < len(clause) else ""
            if skip:
                skip = False
            elif nxt in _RELATIVE or nxt in _SUBORDINATORS:
                skip = True
            continue
        if not skip and (t.lower() in _AUX or t in CUE_WORDS):
            return i
    return None


def _reported_perfect(clause: list[str], f: int, c: int, known) -> str | None:
    """'Die Zeitung berichtet, Ott habe gesagt: „…“': the subject of a reported perfect
    ('X habe/hätte/sei … gesagt') after the reporting clause speaks."""
    cue = clause[c]
    if not (cue.startswith("ge") or "ge" in cue[2:5]) or f >= c:
        return None
    k = max((i for i in range(f + 1, c) if clause[i] == ","), default=-1)
    if k < 0:
        return None
    seg = clause[k + 1:c]
    a = next((i for i, t in enumerate(seg) if t in ("habe", "hätte", "haben", "hätten", "sei")), 0)
    if a < 1:
        return None
    sp = speaker_after(seg[:a])
    return sp if sp and person_score(sp, known) >= 1 else None


_PARTICLES = frozenset(("Von", "Van", "De", "Di", "Da", "Del"))
_DEMONSTRATIVES = frozenset("dieser diese dieses jener jene jenes".split())
# adjectives used as adverbs ('Freudig', 'Kritisch', 'Höflicherweise') opening a clause
_ADVERB_ENDINGS = ("lich", "isch", "ig", "weise")
# more adjective endings, and participles ('Besorgt', 'Verärgert'), for a pre-field of one word
_ADJECTIVE_ENDINGS = _ADVERB_ENDINGS + ("ell", "iv", "bar", "sam", "haft", "los")
_PARTICIPLE_PREFIXES = ("ge", "be", "er", "ver", "ent", "zer", "über", "ent")


def _adverbial_word(word: str) -> bool:
    """A one-word pre-field that is an adjective or participle used as an adverb
    ('Offiziell geht die Regierung davon aus', 'Besorgt äußerte sich Kofi Annan')."""
    low = word.lower()
    if low in FIRST_NAMES or not low.isalpha():
        return False
    return low.endswith(_ADJECTIVE_ENDINGS) or (len(low) > 6 and low.endswith("t")
                                                and low.startswith(_PARTICIPLE_PREFIXES))


def _particle_surname(pre: list[str]) -> bool:
    """'Von der Leyen', 'Van Gaal': a capitalised particle opening the clause. Read as a
    name only when the speech verb has no subject after it, which a real 'von' phrase
    in the pre-field would need ('Von der Regierung betonte ein Sprecher')."""
    if len(pre) < 2 or pre[0] not in _PARTICLES:
        return False
    rest = pre[2:] if pre[1] in ("der", "den", "de", "la", "le") else pre[1:]
    return 1 <= len(rest) <= 2 and all(_is_cap(t) for t in rest)


def _dative_feminine(pre: list[str]) -> bool:
    """'Der englischsprachigen Zeitung sagte …': after a clause-initial 'der' a nominative
    adjective ends in -e ('der neue Minister'); one in -en marks a dative or genitive."""
    return (len(pre) >= 3 and pre[0] == "Der" and pre[1][:1].islower() and pre[1].endswith("en")
            and _is_cap(pre[2]))


def _coordinated_subject(pre: list[str]) -> bool:
    """'Er halte die Frist für vertretbar und bezeichnete …': two verb phrases joined by
    'und' share the subject (a pronoun) that opens the first one."""
    return (len(pre) >= 4 and pre[-1] in ("und", "aber", "sowie") and "," not in pre
            and pre[0].lower() in PRONOUNS and pre[1][:1].islower())


_REPORTED = frozenset("""sei seien habe hätte hätten werde würde würden wäre wären könne müsse solle
    wolle gebe""".split())


def _after_reported_clause(tokens: list[str], start: int, cue_at: int) -> str | None:
    """', sagte sie' right after a clause of reported speech (Konjunktiv) or with a pronoun
    after the verb: the inverted subject speaks, not the reported clause's subject. (Not
    'Müller, der das Projekt leitet, sagte der Zeitung:' – no Konjunktiv, no pronoun.)"""
    if cue_at < 1 or tokens[cue_at - 1] != "," or cue_at + 1 >= len(tokens):
        return None
    nxt = tokens[cue_at + 1]
    if nxt.lower() in ("er", "sie"):
        return nxt
    if not any(t in _REPORTED for t in tokens[start:cue_at - 1]):
        return None
    post = speaker_after(tokens[cue_at + 1:])
    return post if post and post.split()[0].lower() not in _OBLIQUE else None


def _after_coordination(tokens: list[str], start: int, cue_at: int) -> int:
    """'X sagte, A sei tot, doch der Sprecher Y erklärte, „…“': a main clause joined by
    ', doch/aber/sondern' starts its own subject; read the clause of the cue from there."""
    for j in range(cue_at - 2, start, -1):
        if tokens[j] in ("doch", "aber", "sondern") and tokens[j - 1] == "," and (
                tokens[j + 1][:1].isupper()):
            return j + 1
    return start


def _first_of_two_people(phrase: str | None, known) -> str | None:
    """'bezeichnete Santorum Romney als …': two surnames of different people the article
    has named are subject and object, not one name; so are a known surname and a noun."""
    toks = phrase.split() if phrase and known else []
    for i in range(1, len(toks)):
        a, b = known.get(toks[i - 1].lower()), known.get(toks[i].lower())
        if a and b and a != b:
            return " ".join(toks[:i])
    if len(toks) == 2 and known.get(toks[0].lower()) and not known.get(toks[1].lower()) \
            and toks[0].lower() == known[toks[0].lower()].split()[-1].lower():
        return toks[0]  # 'stellte Grupp Forderungen': a known surname, then the object
    return phrase


def german_subject(tokens: list[str], cue_at: int | None = None, known=None) -> str | None:
    """Subject of a German main clause whose verb attributes a quote.

    German main clauses put exactly one constituent before the finite verb: the subject
    ("Einer der 13 beteiligten Feuerwehrmänner sagte"), an adverbial ("In einem Interview
    äußerte sich ...", "2008 erklärte er") or an object ("Die Anwendung der Richtlinie
    stellte der SPD-Vorsitzende ... in Frage"); in the last two the subject follows the
    verb. Both candidates are read and the one that looks more like a speaker wins.
    `tokens` run up to the quote; `cue_at` is the index of the cue verb."""
    start = clause_start(tokens, len(tokens) if cue_at is None else cue_at)
    if cue_at is not None:
        start = _after_coordination(tokens, start, cue_at)
    clause = tokens[start:]
    f = _finite_verb(clause)
    if f is None:
        return None
    pre = clause[:f]
    while pre and (pre[0] in ",–—(" or (pre[0].lower() in _FOCUS and len(pre) > 1)):
        pre = pre[1:]
    while pre and pre[0].lower() in _CONJ:
        pre = pre[1:]
    if _coordinated_subject(pre):
        return pre[0]
    while len(pre) > 1 and pre[-1][:1].islower() and pre[-1].lower() in _FUNCTION_WORDS \
            and pre[-1].lower() not in _ARTICLES:
        pre = pre[:-1]  # 'Petrow hingegen sagte': the adverb is no part of the subject
    # 'äußerte sich X', 'sieht es der 53-jährige Uribe als …': a reflexive or expletive first
    rest = clause[f + 2:] if clause[f + 1:f + 2] in (["sich"], ["es"]) and len(clause) > f + 3 else clause[f + 1:]
    post = _first_of_two_people(speaker_after(rest), known)
    if not post:
        post = speaker_after_adverbials(clause[f + 1:])  # 'erklärte gegenüber Journalisten der Sprecher'
        if post and person_score(post, known) < 1:
            post = None
    if not post and cue_at is not None and clause[f + 1:f + 2] and clause[f + 1].lower() in _ARTICLES:
        # 'sagte der für die Region zuständige Koordinator, Jan Tessema, gegenüber der BBC'
        post = apposition_name(clause[f + 1:])
    if post and post.split()[0].lower() in _OBLIQUE and "zufolge" not in clause[f + 1:f + 3 + len(post.split())]:
        post = None  # 'warf dem Minister … vor': an object ('dem Bericht zufolge' is a source)
    if cue_at is not None:
        inverted = _after_reported_clause(tokens, start, cue_at)
        if inverted:
            return inverted  # 'Das Problem sei lange bekannt gewesen, sagte sie': she speaks
    if cue_at is not None:
        sub = _subordinate_subject(tokens, start, cue_at, known)
        if sub:
            return sub
        c = cue_at - start
        reported = _reported_perfect(clause, f, c, known) if "," in clause[f + 1:c] else None
        if reported:
            return reported
        if f < c and "," in clause[f + 1:c]:
            # a second main clause: '..., wies X zurück, die Sprecherin ..., Sandra Boser, erklärte:'
            k = clause.index(",", f + 1)
            seg = clause[k + 1:c]
            if seg and (seg[0].lower() in _ARTICLES or _is_name_like(seg[0])) and not any(
                    t.lower() in _AUX or t in CUE_WORDS for t in seg):
                from_seg = _first_named(seg) or speaker_after(seg)
                if from_seg and person_score(from_seg, known) >= 1:
                    return from_seg
    if len(pre) > 1 and "," in pre and pre[0].lower() in _SUBORDINATORS and (
            pre[1].lower() in PRONOUNS or _is_name_like(pre[1])):
        # "Nachdem er die Bühne betrat und scherzte": the subordinate clause shares its subject
        return pre[1] if pre[1].lower() in PRONOUNS else speaker_after(pre[1:])
    if len(pre) > 3 and pre[0].lower() in _SUBORDINATORS and "," in pre:
        # "Als ein Gast half, biss der Mann zu und rief:": the main clause after the
        # subordinate one opens with its finite verb, then its subject
        k = pre.index(",")
        if k + 2 < len(pre) and pre[k + 1][:1].islower() and pre[k + 1].lower() not in _SUBORDINATORS \
                and pre[k + 1].lower() not in _RELATIVE:
            sp = speaker_after(pre[k + 2:])
            if sp and person_score(sp, known) >= 1:
                return sp
    if not post and _particle_surname(pre):
        return _join(pre)  # 'Von der Leyen betonte:': a surname, not a 'von' phrase
    if not pre or pre[0].lower() in _PREPOSITIONS or pre[0][:1].isdigit() or (
            pre[0].lower() in _FUNCTION_WORDS and pre[0].lower() not in _ARTICLES
            and pre[0].lower() not in _POSSESSIVES
            and pre[0].lower() not in PRONOUNS and pre[0].lower() not in ("einer", "eine", "einige", "viele", "alle")):
        return post
    if len(pre) == 1 and pre[0].lower() in PRONOUNS:
        return pre[0]
    if post and len(pre) == 1 and _adverbial_word(pre[0]) and not (known and pre[0].lower() in known):
        return post  # 'Freudig teilte sie mit:', 'Höhnisch veröffentlichte der Verfasser': an adverb
    if post and (pre[0].lower() in _OBLIQUE or _dative_feminine(pre)):
        return post  # 'Dem Sender sagte der Trainer': the pre-field is an object
    cand: str | None = None
    if "," in pre and pre.index(",") < len(pre) - 1:
        if _is_name_like(pre[0]) or pre[0].lower() in _ARTICLES:
            # "Houcine Abassi, der Generalsekretär ..., sagte": the name before the apposition
            head = pre[:pre.index(",")]
            if pre[len(head) + 1].lower() in _RELATIVE and _is_name_like(head[-1]):
                cand = _join(head)  # 'Müller, der seit 2005 im Amt ist, sagte': a relative clause
            elif any(t.lower() in FIRST_NAMES for t in pre) or len(head) <= 4:
                cand = _join(head) if any(t.lower() in FIRST_NAMES for t in head) or len(pre) > 12 else _join(pre)
            elif len(pre) <= 16:
                cand = _join(pre)  # "Der frühere Bürgermeister und Justizsenator, Henning Scherf (SPD),"
    elif len(pre) <= 12 and any(_is_cap(t) or t.lower() in PRONOUNS for t in pre):
        cand = _join(pre)
    if post and cand is not None and post.lower() in ("sie", "es"):
        return cand  # "Der Geschäftsführer nannte sie „fahrlässig“": sie is the object
    if post and cand is not None:
        cs = person_score(cand, known)
        if cs <= 1 and person_score(post, known) >= cs + 2:
            return post  # the pre-field is an object or adverbial: "Die Anwendung ... stellte X in Frage"
        return cand
    if post and cand is None:
        return post
    return cand


def clause_subject(tokens: list[str]) -> str | None:
    """Subject of a (German V2 or English) clause: its first noun phrase unless that is a
    prepositional phrase or adverb, in which case the phrase right after the finite verb
    ("In der ARD zeigt sich der Bundestrainer zufrieden" -> "der Bundestrainer")."""
    # skip to the last sentence start ('am 3. Oktober' and '23. Corps' are no sentence end)
    k = 0
    for j in range(len(tokens) - 1, -1, -1):
        if tokens[j] in ".!?;" and is_stop(tokens, j):
            k = j + 1
            break
    toks = tokens[k:]
    if len(toks) > 2 and toks[0].lower() in _FOCUS and (toks[1].lower() in _ARTICLES or _is_cap(toks[1])):
        toks = toks[1:]  # 'Auch der Außenminister attackierte …': a focus particle, not an adverbial
    if not toks:
        return None
    first = toks[0].lower()
    if first in PRONOUNS:
        return toks[0]
    if first in _DEMONSTRATIVES and len(toks) > 1 and _is_cap(toks[1]):
        return speaker_after(toks[1:])  # 'Dieses Abkommen definierte …:'
    if len(toks) > 2 and _adverbial_word(first) and toks[1][:1].islower():
        rest = toks[3:] if toks[2] == "sich" else toks[2:]
        return speaker_after(rest)  # 'Kritisch bewertet die Partei …': a fronted adverb
    if first in _SUBORDINATORS and "," in toks:
        # 'Da es keine Verordnung gibt, hat der VfGH entschieden': the main clause opens
        # with its finite verb after the comma, then its subject
        k = toks.index(",")
        if k + 2 < len(toks) and toks[k + 1][:1].islower() and toks[k + 1].lower() not in _SUBORDINATORS \
                and toks[k + 1].lower() not in _RELATIVE and toks[k + 1].lower() not in _CONJ:
            sp = speaker_after(toks[k + 3:] if toks[k + 2] == "sich" else toks[k + 2:])
            if sp:
                return sp
    if first in _SUBORDINATORS and len(toks) > 1 and toks[1].lower() in PRONOUNS:
        return toks[1]
    if first in _PREPOSITIONS or first in _FUNCTION_WORDS and first not in _ARTICLES:
        # fronted adverbial: find the finite verb (first lower-case word after it)
        i = 1
        while i < len(toks) and (toks[i].lower() in _ARTICLES or _is_cap(toks[i])
                                 or toks[i].lower() in _PREPOSITIONS or toks[i] == ","
                                 or toks[i].lower() in _POSSESSIVES or toks[i][:1].isdigit()
                                 or (toks[i].lower()[-2:] in ("en", "er", "em", "es") and i + 1 < len(toks)
                                     and _is_cap(toks[i + 1]))):
            i += 1
        if i < len(toks):
            rest = toks[i + 1:]
            if rest[:1] in (["es"], ["sich"]) and len(rest) > 2:
                rest = rest[1:]  # 'Als Aufgabe sieht es der Präsident an'
            return speaker_after(rest)
        return None
    return speaker_after(toks)
