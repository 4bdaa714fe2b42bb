"""Does a phrase look like a speaker (a person, a role, an organisation) or like a
thing (a date, an abstract noun)? Used to choose between candidate phrases."""
from __future__ import annotations

import re

from .names import FIRST_NAMES, PRONOUNS
from .speakerphrase import _ARTICLES, _POSSESSIVES

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
    bundesregierung ministerin kammer institut amt kampagne wahlkampfteam opposition blatt magazin zeitschrift fernsehen rundfunk portal
    verteidigung anklage führung leitung direktion
    company firm group agency ministry government department court union party commission committee
    council university hospital airline bank club team embassy office prosecutors prosecutor authorities
    administration military army navy report statement study letter ruling lawsuit complaint memo
    survey poll document filing indictment""".split()
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


_NOT_HEADS = _ARTICLES | _POSSESSIVES | _QUANT
_YEAR = re.compile(r"\b(?:18|19|20)\d\d\b")
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
    if not low:
        return -4  # only commas
    if len(low) <= 3 and low[-1][:1].isdigit() and low[-1].endswith(("-jährige", "-jähriger", "-jährigen")):
        return 2  # 'der 35-Jährige': a person described by age
    score = 0
    # (set tests: this function runs for every candidate phrase)
    if not FIRST_NAMES.isdisjoint(low):
        score += 4
    elif known and not (known.keys() if isinstance(known, dict) else known).isdisjoint(low):
        score += 3  # (a genitive "Kozulins" is not the speaker: "die Handlungsweise Kozulins")
    if not _TIME_WORDS.isdisjoint(low) or low[0][:1].isdigit() or (_YEAR.search(phrase) and any(
            len(w) == 4 and w.isdigit() and w[:2] in ("18", "19", "20") for w in low)):
        score -= 4  # (the regex only gates the per-word test)
    if not core or (not core[0][:1].isupper() and low[0] not in _ARTICLES and low[0] not in _POSSESSIVES):
        score -= 1
    heads = [c for c, w in zip(core, low) if c[:1].isupper() and w not in _NOT_HEADS]
    if not heads:
        if not _ROLE_WORDS.isdisjoint(low):
            return score + 2  # English role nouns are lower-case: 'the company', 'a spokesman'
        return score - 3
    hb = heads[0].lower().rsplit("-", 1)[-1]
    if hb[-1:] == "s" and len(hb) > 5:
        hb = hb[:-1]  # genitive / plural: "Parteichefs"
    role = hb in _ROLE_WORDS or hb.endswith(_ROLE_ENDINGS) or hb.endswith(("chef", "chefin")) or (
        hb.endswith("en") and hb[:-2].endswith(_ROLE_ENDINGS))  # weak nouns: 'dem Präsidenten'
    if not role and len(heads) > 1 and heads[0].endswith("s") and heads[0].lower() not in FIRST_NAMES \
            and core.index(heads[1]) == core.index(heads[0]) + 1:
        hb = _base(heads[1])  # a genitive in front names the owner: "McCains Kampagne", "Merkels Sprecher"
        role = _is_role(hb)
    if role:
        score += 2
    elif _is_acronym(heads[0]):
        score += 1  # an acronym names an organisation: 'die EU', 'der VfGH', 'UNICEF'
    elif hb.endswith(_ABSTRACT_SUFFIXES):
        score -= 3
    elif len(hb) > 4 and hb.endswith(_PERSON_SUFFIXES):
        score += 1
    elif len(core) <= 3 and all(t[:1].isupper() for t in core):
        score += 1  # "Müller", "Angela Merkel"
    elif 3 <= len(core) <= 4 and low[0] in _ARTICLES and all(t[:1].isupper() for t in core[1:]) \
            and not low[-1].endswith("s"):
        score += 1  # a multi-word name behind an article: "die Bangkok Post" (not "die Wahl Bans")
    return score


def _is_acronym(word: str) -> bool:
    letters = word.replace("-", "")
    return 2 <= len(letters) <= 8 and letters.isalpha() and sum(c.isupper() for c in letters) >= 2


def _base(word: str) -> str:
    """Lower-case last part of a compound, without a genitive/plural s ("Parteichefs")."""
    hb = word.lower().rsplit("-", 1)[-1]
    return hb[:-1] if hb[-1:] == "s" and len(hb) > 5 else hb


def _is_role(hb: str) -> bool:
    return hb in _ROLE_WORDS or hb.endswith(_ROLE_ENDINGS) or hb.endswith(("chef", "chefin"))
