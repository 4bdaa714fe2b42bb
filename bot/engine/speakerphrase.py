"""The speaker phrase next to a cue, read token by token.

`speaker_after` reads the words right after an inverted cue ("sagte der Minister Hans
Ritter", "said Sen. Mark Dale"), `speaker_before` the words right before a cue ("Merkel
sagte"). Both stop at the first word that cannot belong to a name or role phrase; German
capitalises every noun, so the word lists below say which capitalised words are no names.
"""
from __future__ import annotations

from .cues import _ABBREV_TOKENS
from .names import FIRST_NAMES, PRONOUNS
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
    angesichts gemäß wörtlich zugleich gleichwohl indes indessen wiederum seinerseits ihrerseits
    andererseits einerseits überdies freilich jedenfalls hingegen dagegen selber darin daraus dort
    hier hierbei hiermit daneben zuerst demgegenüber hierauf alsdann hernach endlich abermals nochmals
    selbst sogar insbesondere erstmals derzeit tatsächlich vielmehr zwar offenbar angeblich
    vermutlich möglicherweise nämlich bislang künftig demnach folglich letztlich eigentlich
    wäre wären hätte hätten käme kämen würde würden sollte sollten könnte könnten ab seit bis
    the then when but and after before later now also this that it there here while
    however meanwhile still yet although because since if in on at for with""".split()
)
_FUNCTION_WORDS |= {w.replace("ß", "ss") for w in _FUNCTION_WORDS if "ß" in w}  # Swiss spelling
_ARTICLES = frozenset("der die das des dem den ein eine einer eines einem the a an".split())
_NOT_NAME = _ARTICLES | PRONOUNS | _FUNCTION_WORDS  # capitalised, but no name
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
    return tok[:1].isupper() and tok.lower() not in _NOT_NAME


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
            seen_cap = "-" in t and t.rsplit("-", 1)[1][:1].isupper()  # 'der 35-Jährige'
        elif t[:1].isupper() and low not in _NOT_NAME:  # (_is_name_like, inlined: hot loop)
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
    anlässlich angesichts aufgrund infolge hinsichtlich bezüglich gemäß innerhalb außerhalb
    mangels seitens binnen entlang
    of in on at with from by for to after before during about against under over according""".split()
)


def is_stop(tokens: list[str], j: int) -> bool:
    """A clause boundary at tokens[j]; not the period of an ordinal ('am 20. August')."""
    t = tokens[j]
    if t == ".":
        return not (j > 0 and tokens[j - 1].isdigit() and len(tokens[j - 1]) <= 2)
    return t in "!?;:"


def clause_start(tokens: list[str], end: int) -> int:
    """Index after the last clause boundary before `end`."""
    for j in range(end - 1, -1, -1):
        t = tokens[j]
        if t in "!?;:" or (t == "." and not (j > 0 and tokens[j - 1].isdigit() and len(tokens[j - 1]) <= 2)):
            return j + 1  # (is_stop, inlined: this loop is hot)
    return 0


_ADVERBIAL_PREPS = frozenset("gegenüber am im in auf bei beim vor nach während zum zur an".split())


def speaker_after_adverbials(tokens: list[str]) -> str | None:
    """German puts adverbials between the verb and its subject: 'sagte am Montag in Berlin
    ein Sprecher', 'erklärte gegenüber der Zeitung der Minister'. Skip up to three
    prepositional phrases (preposition, determiner, modifiers, noun, genitive) and read
    the speaker after them."""
    i = 0
    for _ in range(3):
        if i >= len(tokens) or tokens[i].lower() not in _ADVERBIAL_PREPS:
            break
        i += 1
        if i < len(tokens) and (tokens[i].lower() in _ARTICLES or tokens[i].lower() in _POSSESSIVES):
            i += 1
        while i < len(tokens) and tokens[i][:1].islower() and tokens[i].isalpha() \
                and tokens[i].lower() not in _ARTICLES and tokens[i].lower() not in _ADVERBIAL_PREPS:
            i += 1  # modifiers: 'am späten Abend'
        if i >= len(tokens) or not tokens[i][:1].isupper():
            return None
        while i < len(tokens) and tokens[i][:1].isupper() and tokens[i].lower() not in _ARTICLES:
            i += 1
        if i + 1 < len(tokens) and tokens[i] in ("des", "der") and tokens[i + 1][:1].isupper() \
                and i + 2 < len(tokens) and tokens[i + 2].lower() in _ARTICLES:
            i += 2  # 'am Rande des Parteitags der …'
    if i == 0 or i >= len(tokens):
        return None
    return speaker_after(tokens[i:])


def apposition_name(toks: list[str]) -> str | None:
    """', Erwin Seidl,' early in the clause: the name given to the phrase that opens it."""
    for i in range(min(len(toks) - 2, 14)):
        if toks[i] == "," and toks[i + 1][:1].isupper() and toks[i + 1].lower() not in _NOT_NAME:
            end = i + 2
            while end < len(toks) and end - i <= 4 and toks[end] != "," and toks[end][:1].isupper():
                end += 1
            if end < len(toks) and toks[end] == "," and end - i >= 3:  # two or three words
                return " ".join(toks[i + 1:end])
    return None
