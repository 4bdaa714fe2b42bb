"""Who said a quotation: cue verbs and the speaker phrase next to them.

Patterns, German and English:
  „…“, sagte er / „…“, so Müller / „…“ sagte die Ministerin   (cue after, inverted)
  "…," he said / "…," Smith told reporters                     (speaker + cue after)
  Merkel sagte: „…“ / sagte Musk, dass sie „…“                 (cue before)
  laut X / according to X / X zufolge
The speaker phrase is read token by token around the cue; pronouns and short
names are resolved by `people.People`.
"""
from __future__ import annotations

from .cues import _ABBREV_TOKENS, CUE_WORDS
from .names import FIRST_NAMES, PRONOUNS, TITLES
from .textutil import STOPWORDS

# capitalised at the start of a sentence, but never a name
_FUNCTION_WORDS = STOPWORDS | frozenset(
    """nachdem dann als wenn aber und doch auch dabei damit danach zudem jedoch deshalb
    daher trotzdem nun jetzt zunächst schließlich später zuvor heute gestern inzwischen
    allerdings außerdem bereits dennoch immerhin laut zufolge während weil obwohl
    dazu darauf daraufhin dabei hierzu weiterhin ebenso ebenfalls darüber davon dagegen dafür
    damals morgen bisher zuletzt aktuell erneut sodann anschließend abschließend gleichzeitig
    unterdessen mittlerweile somit darum wörtlich sinngemäß zunächst insgesamt ursprünglich
    besonders vor allem gerade außerdem hingegen stattdessen wie weiter ferner passend
    angesichts gemäß wörtlich
    selbst sogar insbesondere erstmals derzeit tatsächlich vielmehr zwar offenbar angeblich
    vermutlich möglicherweise nämlich bislang künftig demnach folglich letztlich eigentlich
    wäre wären hätte hätten käme kämen würde würden sollte sollten könnte könnten ab seit bis
    the then when but and after before later now also this that it there here while
    however meanwhile still yet although because since if in on at for with""".split()
)
_ARTICLES = frozenset("der die das des dem den ein eine einer eines einem the a an".split())
_SKIP_AFTER_CUE = frozenset(
    """sich auch jedoch zudem dazu weiter später dann noch nun heute gestern
    damals bereits also ebenfalls abschließend außerdem zuvor kürzlich jetzt then later
    also too wörtlich sinngemäß zufolge man""".split()
)
# a preposition right after the cue starts a phrase that is not the speaker
# ("sagte gegenüber der Nachrichtenagentur", "said in a statement")
_PP_AFTER_CUE = frozenset("gegenüber in im am an auf bei vor zu zum zur mit on in at to during with".split())
_POSSESSIVES = frozenset(
    """mein meine meiner meinem meinen sein seine seiner seinem seinen ihr ihre ihrer ihrem
    ihren unser unsere unserer unserem unseren dies diese dieser diesem diesen jener jene
    einem einer eines""".split()
)
# words that may sit between a name and its cue ("Smith, a spokesman, said")
_GLUE = frozenset("von van de der da di del la le of bin al".split())


_MEDIA_ENDINGS = ("zeitung", "agentur", "blatt", "magazin", "zeitschrift", "sender", "presse", "post",
                  "rundschau", "allgemeine", "illustrierte", "fernsehen", "rundfunk")


def _is_medium(tok: str) -> bool:
    """'Zeitung', 'Nachrichtenagentur', 'Wochenzeitschrift', 'Rheinischen Post'."""
    low = tok.lower().rstrip("n")
    return low.endswith(_MEDIA_ENDINGS)


def _is_cap(tok: str) -> bool:
    return tok[:1].isupper()


def _is_name_like(tok: str) -> bool:
    low = tok.lower()
    return (_is_cap(tok) and low not in _ARTICLES and low not in PRONOUNS
            and low not in _FUNCTION_WORDS)


def speaker_after(tokens: list[str]) -> str | None:
    """Speaker phrase at the start of `tokens` (the words right after an inverted cue)."""
    i = 0
    while i < len(tokens) and tokens[i].lower() in _SKIP_AFTER_CUE and not _is_cap(tokens[i]):
        i += 1
    if i >= len(tokens):
        return None
    if tokens[i].lower() in PRONOUNS:
        return tokens[i]
    if tokens[i].lower() in _PP_AFTER_CUE or tokens[i].lower() in _PREPOSITIONS:
        return None
    out: list[str] = []
    seen_cap = False
    while i < len(tokens) and len(out) < 10:
        t = tokens[i]
        low = t.lower()
        if t == ",":
            # apposition: ", Elmar Gesse" after a role phrase
            if i + 1 < len(tokens) and (tokens[i + 1].lower() in FIRST_NAMES or (
                    seen_cap and i + 2 < len(tokens) and _is_name_like(tokens[i + 1])
                    and _is_name_like(tokens[i + 2]) and tokens[i + 1].lower() not in _ARTICLES)):
                out.append(",")
                i += 1
                continue
            break
        if t in ":;()–—.!?":
            break
        if low in _ABBREV_TOKENS:
            out.append(t)  # "Dr.", "Mr."
            i += 1
            continue
        if low in _ARTICLES and not seen_cap:
            out.append(t)
        elif not seen_cap and (t[:1].isdigit() or t == "/") and len(out) < 4:
            out.append(t)  # "9/11 widow Terry Strada"
        elif _is_name_like(t):
            out.append(t)
            seen_cap = True
        elif not seen_cap and low.isalpha() and low not in _SKIP_AFTER_CUE and low not in _FUNCTION_WORDS \
                and len(out) < 5:
            out.append(t)  # modifiers before the name: "der stellvertretende ...", "chief economist"
        elif seen_cap and low in _GLUE and i + 1 < len(tokens) and _is_cap(tokens[i + 1]):
            if low == "der" and _is_medium(tokens[i + 1]):
                break  # 'sagte Hans Ritter der Zeitung „Kurier“': the addressee, not the name
            out.append(t)
        elif seen_cap and low == "des" and len(out) < 6:
            out.append(t)  # "der Vorsitzende des Mieterbundes, Frank Adler"
        else:
            break
        i += 1
    while out and (out[-1] == "," or out[-1].lower() in _ARTICLES or out[-1].lower() in _GLUE):
        out.pop()
    return _join(out) if seen_cap else None


def speaker_before(tokens: list[str]) -> str | None:
    """Speaker phrase at the end of `tokens` (the words right before a cue: "X sagte")."""
    i = len(tokens) - 1
    if i >= 0 and tokens[i] == ",":
        i -= 1
    if i < 0:
        return None
    if tokens[i].lower() in PRONOUNS:
        return tokens[i]
    out: list[str] = []
    while i >= 0 and len(out) < 8:
        t = tokens[i]
        if _is_name_like(t) or (out and t.lower() in _GLUE):
            out.append(t)
        elif out and t.lower() in _ARTICLES:
            out.append(t)
            break
        else:
            break
        i -= 1
    out.reverse()
    while out and out[0].lower() in _GLUE:
        out.pop(0)
    return _join(out) if any(_is_name_like(t) for t in out) else None


def _join(tokens: list[str]) -> str:
    s = " ".join(tokens).replace(" ,", ",")
    return s.strip(" ,")


_PREPOSITIONS = frozenset(
    """in im mit von vom nach bei beim auf aus an am für über zu zur zum laut gegenüber
    während seit vor unter durch gegen ohne um neben hinter zwischen wegen trotz dank
    of in on at with from by for to after before during about against under over""".split()
)


_CONJ = frozenset("und aber doch oder sondern and but or".split())
_RELATIVE = frozenset("der die das den dem deren dessen welche welcher welches who which".split())


def _subordinate_subject(tokens: list[str], start: int, c: int, known) -> str | None:
    """A verb-final clause: ", die Gerhard Schröder ... erklärt hatte:" / ", zumal der
    Verteidiger ... betont hatte," – its subject follows the subordinator."""
    nxt = tokens[c + 1].lower() if c + 1 < len(tokens) else ""
    if nxt not in _AUX and nxt not in (",", ":", "hatten", "habe"):
        return None
    first = tokens[start].lower() if start < c else ""
    if first in ("wie", "as") and start + 1 < c:
        sp = speaker_after(tokens[start + 1:c])
        if sp and person_score(sp, known) >= 1:
            return sp
    for j in range(c - 1, start - 1, -1):
        t = tokens[j]
        if t in ".!?;:":
            return None
        if t == ",":
            if j + 1 >= c:
                return None
            w = tokens[j + 1].lower()
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


def german_subject(tokens: list[str], cue_at: int | None = None, known=None) -> str | None:
    """Subject of a German main clause whose verb attributes a quote.

    German main clauses put exactly one constituent before the finite verb: the subject
    ("Einer der 13 beteiligten Feuerwehrmänner sagte"), an adverbial ("In einem Interview
    äußerte sich ...", "2008 erklärte er") or an object ("Die Anwendung der Richtlinie
    stellte der SPD-Vorsitzende ... in Frage"); in the last two the subject follows the
    verb. Both candidates are read and the one that looks more like a speaker wins.
    `tokens` run up to the quote; `cue_at` is the index of the cue verb."""
    start = 0
    end = len(tokens) if cue_at is None else cue_at
    for j in range(end - 1, -1, -1):
        if tokens[j] in ".!?;:":
            start = j + 1
            break
    clause = tokens[start:]
    f = _finite_verb(clause)
    if f is None:
        return None
    pre = clause[:f]
    while pre and (pre[0] in ",–—(" or (pre[0].lower() in _FOCUS and len(pre) > 1)):
        pre = pre[1:]
    while pre and pre[0].lower() in _CONJ:
        pre = pre[1:]
    post = speaker_after(clause[f + 1:])
    if cue_at is not None:
        sub = _subordinate_subject(tokens, start, cue_at, known)
        if sub:
            return sub
        c = cue_at - start
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
    if not pre or pre[0].lower() in _PREPOSITIONS or pre[0][:1].isdigit() or (
            pre[0].lower() in _FUNCTION_WORDS and pre[0].lower() not in _ARTICLES
            and pre[0].lower() not in _POSSESSIVES
            and pre[0].lower() not in PRONOUNS and pre[0].lower() not in ("einer", "eine", "einige", "viele", "alle")):
        return post
    if len(pre) == 1 and pre[0].lower() in PRONOUNS:
        return pre[0]
    cand: str | None = None
    if "," in pre and pre.index(",") < len(pre) - 1:
        if _is_name_like(pre[0]) or pre[0].lower() in _ARTICLES:
            # "Houcine Abassi, der Generalsekretär ..., sagte": the name before the apposition
            head = pre[:pre.index(",")]
            if any(t.lower() in FIRST_NAMES for t in pre) or len(head) <= 4:
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
    k = 0
    n = len(tokens)
    # skip to the last clause start (after ",", ";", "und" ...)
    for j in range(n - 1, -1, -1):
        if tokens[j] in ".!?;":
            k = j + 1
            break
    toks = tokens[k:]
    if not toks:
        return None
    first = toks[0].lower()
    if first in PRONOUNS:
        return toks[0]
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
            return speaker_after(toks[i + 1:])
        return None
    return speaker_after(toks)


def clean_speaker(phrase: str) -> str:
    """Drop leading articles and titles; keep a first-name-led name when there is one."""
    toks = phrase.replace(",", " ").split()
    for k, t in enumerate(toks):
        if t.lower() in FIRST_NAMES and k + 1 < len(toks) and _is_cap(toks[k + 1]):
            end = k + 1
            while end + 1 < len(toks) and (_is_cap(toks[end + 1]) or toks[end + 1].lower() in _GLUE):
                end += 1
            return " ".join(toks[k:end + 1])
    while toks and len(toks) > 1 and (toks[0].lower() in _ARTICLES or (
            toks[0].lower().rstrip(".") in TITLES and toks[1].lower() not in _ARTICLES)):
        toks = toks[1:]  # (but "Sprecherin der Behörde" keeps its role)
    return " ".join(toks)


# --- is a phrase a plausible speaker? -------------------------------------------------
_ROLE_WORDS = frozenset(
    """sprecher sprecherin minister ministerin präsident präsidentin kanzler kanzlerin chef chefin
    vorsitzende vorsitzender direktor direktorin leiter leiterin experte expertin polizei regierung
    ministerium gericht staatsanwaltschaft behörde verband konzern unternehmen firma partei
    bürgermeister bürgermeisterin abgeordnete abgeordneter senator senatorin botschafter gewerkschaft
    kommission agentur zeitung sender bericht erklärung mitteilung pressemitteilung papst trainer
    anwalt anwältin richter richterin arzt ärztin sprecherin autor autorin intendant
    spokesman spokeswoman spokesperson minister president chief officer director secretary
    senator governor mayor lawyer attorney official officials police campaign aide adviser
    advisor analyst expert professor economist executive chairman ceo leader candidate
    fraktion kommission organisation universität gewerkschaft staatsanwaltschaft botschaft
    gesellschaft union stiftung vereinigung verwaltung stadt gemeinde landesregierung
    bundesregierung ministerin kammer institut amt""".split()
)
_ROLE_ENDINGS = tuple(w for w in _ROLE_WORDS if len(w) >= 5)
_PERSON_SUFFIXES = ("er", "in", "ent", "eur", "ist", "at", "ant", "ende", "ender", "te", "ter",
                    "or", "man", "woman")
_ABSTRACT_SUFFIXES = ("ung", "heit", "keit", "ion", "tät", "nis", "tum", "ismus", "schaft", "ik",
                      "enz", "anz", "ness", "ment", "ity")
_TIME_WORDS = frozenset(
    """januar februar märz april mai juni juli august september oktober november dezember
    montag dienstag mittwoch donnerstag freitag samstag sonntag jahr jahren monat woche tag
    ende anfang mitte seit heute gestern morgen abend january february march april may june july
    august september october november december monday tuesday wednesday thursday friday
    saturday sunday year week""".split()
)


_QUANT = frozenset("""jegliche jeglicher jegliches jede jeder jedes alle beide viele einige mehrere
    manche solche diese dieser dieses jene jener all both many some several these those""".split())


_HEAD_ENDS = frozenset(("der", "des", "von", "vom", "of", ",", "für", "aus", "bei", "in", "im", "unter", "an", "am"))


def person_score(phrase: str | None, known: dict | frozenset | None = None) -> int:
    """How much a speaker phrase looks like a person or organisation (higher is better);
    `known`: lower-case name parts of people named in the article. Judged on the head of
    the phrase: "Die Anwendung der Richtlinie des Kanzlers" is about an Anwendung."""
    if not phrase:
        return -9
    toks = phrase.replace(",", " , ").split()
    if not toks:
        return -9
    if len(toks) == 1 and toks[0].lower() in PRONOUNS:
        return 3
    # the head phrase: up to a genitive/apposition boundary after its first noun
    core: list[str] = []
    headed = False  # core holds a capitalised word that is no article
    for t in toks:
        low = t.lower()
        if headed and low in _HEAD_ENDS:
            break
        if t != ",":
            core.append(t)
            if not headed and t[:1].isupper() and low not in _ARTICLES:
                headed = True
    low = [t.lower() for t in core]
    score = 0
    if any(w in FIRST_NAMES for w in low):
        score += 4
    elif known and any(w in known for w in low):
        score += 3  # (a genitive "Kozulins" is not the speaker: "die Handlungsweise Kozulins")
    if any(w in _TIME_WORDS or (len(w) == 4 and w.isdigit() and w[:2] in ("18", "19", "20")) for w in low) \
            or (low and low[0][:1].isdigit()):
        score -= 4
    if not core or (not core[0][:1].isupper() and low[0] not in _ARTICLES and low[0] not in _POSSESSIVES):
        score -= 1
    heads = [c for c in core if c[:1].isupper() and c.lower() not in _ARTICLES and c.lower() not in _POSSESSIVES
             and c.lower() not in _QUANT]
    if not heads:
        return score - 3
    hb = heads[0].lower().rsplit("-", 1)[-1]
    if hb[-1:] == "s" and len(hb) > 5:
        hb = hb[:-1]  # genitive / plural: "Parteichefs"
    if hb in _ROLE_WORDS or hb.endswith(_ROLE_ENDINGS) or hb.endswith(("chef", "chefin")):
        score += 2
    elif hb.endswith(_ABSTRACT_SUFFIXES):
        score -= 3
    elif len(hb) > 4 and hb.endswith(_PERSON_SUFFIXES):
        score += 1
    elif len(core) <= 3 and all(t[:1].isupper() for t in core):
        score += 1  # "Müller", "Angela Merkel"
    return score


_DOC_PREPS = frozenset("in im auf aus von vom laut bei".split())


def document_source(toks: list[str], c: int) -> str | None:
    """'heißt es in der Erklärung', 'Auf der Homepage heißt es', 'hieß es vom Abgeordneten X'."""
    after = toks[c + 1:]
    k = 0
    while k < len(after) and after[k].lower() in ("es", "dazu", "darin", "weiter", "jedoch", "nun", "auch", ","):
        k += 1
    if k < len(after) and after[k].lower() in _DOC_PREPS:
        sp = speaker_after(after[k + 1:])
        if sp:
            return sp
    start = 0
    for j in range(c - 1, -1, -1):
        if toks[j] in ".!?;:":
            start = j + 1
            break
    pre = toks[start:c]
    if pre and pre[0].lower() in _DOC_PREPS:
        return speaker_after(pre[1:])
    return None
