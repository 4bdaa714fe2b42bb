"""Who a pronoun or role-noun speaker is: "Er sagte: „…“" after a sentence about Saddam
Hussein, "der Minister" -> the person the article names with that role. Resolution reads
the sentences before the quote; `people.People` keeps the article's mentions."""
from __future__ import annotations

import re

from .attribution import clause_subject, clean_speaker, german_subject, person_score
from .cues import tokens_of
from .names import FEMALE_NAMES, FIRST_NAMES, PRONOUNS
from .people import People, gender_fits
from .quotecues import _cue_before, _drop_brackets
from .speakerphrase import _ARTICLES, _FUNCTION_WORDS, _POSSESSIVES, apposition_name
from .sentences import Sentence

# nominative articles that cannot stand for the pronoun ('sie' may be plural: 'die' fits it)
_ARTICLE_GENDER = {"er": ("die", "das", "eine"), "sie": ("der", "das", "ein")}
_COORDINATED = frozenset(("und", "sowie", "oder"))
_SUBORDINATE_PRONOUN = re.compile(r",\s+(?:da|weil|dass|nachdem|als|wenn|ob|obwohl|während|wie)\s+(?:er|sie)\b")
_QUOTE_CHARS = re.compile("[„“”\"»«]")
_SHORT_QUOTED = re.compile("[„“»«\"][^„“”»«\"]{1,30}[“”«»\"]")


def topic_subject(text: str, sentences: list[Sentence] | None, sentence: int, quote_start: int,
                  pronoun: str, previous: str | None, people: People, german: bool) -> str | None:
    """'Saddam Hussein hatte erklärt, ... Er sagte: „…“': a pronoun speaker is the
    person-like subject of a sentence before, when that sentence introduces someone other
    than the previous speaker (who is the default otherwise). Up to three sentences back:
    sentences that open with a pronoun, quote someone or have no person as subject
    continue the topic of the one before them."""
    if not sentences or sentence == 0 or not german:
        return None  # (English news keeps quoting the previous speaker; People handles it)
    p = pronoun.lower()
    if p not in ("er", "sie"):
        return None
    known = people.by_part
    own = sentences[sentence]
    sub = _SUBORDINATE_PRONOUN.search(text, own.start, quote_start + len(pronoun))
    if sub and sub.end() - len(pronoun) == quote_start:
        # 'Die Vorsitzenden haben protestiert, da sie befürchten, „…“': the main clause's
        # subject, in the same sentence
        chunk = text[own.start:sub.start()]
        sp = _sentence_topic(text, own.start, chunk, known, german)
        if sp:
            name = people.expand(clean_speaker(sp))
            return role_to_name(text, name, quote_start, people) or name
        # 'war der Fahrer zu hören, wie er …': a role the article gave a name before
        toks = _drop_brackets(tokens_of(chunk))
        sp = german_subject(toks, known=known) or clause_subject(toks) if toks else None
        named = role_to_name(text, clean_speaker(sp), quote_start, people) if sp else None
        if named:
            return named
    for k in range(sentence - 1, max(-1, sentence - 4), -1):
        ps = sentences[k]
        chunk = text[ps.start:min(ps.end, ps.start + 400)]
        if previous and previous.split()[-1] in chunk and gender_fits(previous, p):
            return previous  # that sentence is still about the previous speaker
        if chunk.split(" ", 1)[0].lower() in PRONOUNS:
            continue  # 'Er verwickelt sich in Widersprüche. So sagte er …': further back
        if _QUOTE_CHARS.search(_SHORT_QUOTED.sub("", chunk)):
            # a sentence inside (or with) a quotation says nothing about the topic (a quoted
            # name does not count: 'Der Wirt des Gasthauses „Zum Lamm“, Erwin Seidl, …')
            return None
        if chunk.rstrip().endswith("?"):
            return None  # a question names no topic ('Wird die neue CEO das schaffen?')
        sp = _sentence_topic(text, ps.start, chunk, known, german)
        if sp is None:
            continue
        if sp.split()[0].lower() in _ARTICLE_GENDER[p] and not _coordinated(chunk, sp):
            return None  # 'die Ministerin' is no 'er', 'der Minister' no 'sie' (but 'der X und Y' is)
        name = people.expand(clean_speaker(sp))
        age = _AGE_NUMBER.search(name)
        if age:
            # 'Der 74-Jährige durfte …': the person given that age, else the one last named
            name = _aged_person(text, age.group(1), ps.start) or people.resolve_pronoun(ps.start, previous, p) or name
        name = role_to_name(text, name, quote_start, people) or name
        first = name.split()[0].lower()
        if first in FIRST_NAMES and (first in FEMALE_NAMES) != (p == "sie"):
            return None  # "er" is not a woman ("sie" may also be plural, so only names are checked)
        if previous and (name == previous or name.split()[-1] in previous.split()):
            return previous
        return name
    return None


def _sentence_topic(text: str, start: int, chunk: str, known, german: bool) -> str | None:
    """Who a sentence is about: the source its speech verb names ('…, viele Fragen seien
    laut Andreas Richter offen'), else its subject when that is a person or body."""
    sp, _ = _cue_before(text, start + len(chunk.rstrip(" .!?")), start, known, german)
    need = 1  # the source a speech verb names is a speaker even if its name is unknown to us
    if not _nameable(sp) or person_score(sp, known) < need:
        toks = _drop_brackets(tokens_of(chunk))
        while toks and toks[-1] in ".!?":
            toks.pop()
        # (a verb that is no cue leaves german_subject without a finite verb: the first phrase)
        sp, need = german_subject(toks, known=known) or clause_subject(toks), 2
        named = apposition_name(toks) if person_score(sp, known) < need else None
        if named:  # 'Der Wirt des Gasthauses, Erwin Seidl, sieht …': the name given to it
            sp, need = named, 1
        elif _two_names(sp) or (sp and sp == toks[0] and len(toks) > 1 and toks[1][:1].islower()):
            # 'UN-Generalsekretär Ban Ki-moon erhielt …', 'Thaksin bemühte sich …': a role
            # and a name, or a bare name opening the clause, that we don't know
            need = 1
    if not _nameable(sp) or sp.lower() in PRONOUNS or person_score(sp, known) < need:
        return None
    return sp


def _coordinated(chunk: str, phrase: str) -> bool:
    """'Der Sprecher (in Washington) und andere Mitarbeiter': one of several subjects."""
    i = chunk.find(phrase)
    words = phrase.split() + chunk[i + len(phrase):i + len(phrase) + 40].split()[:4] if i >= 0 else []
    return not _COORDINATED.isdisjoint(words)


def possessive_pronoun(phrase: str) -> str | None:
    """'seiner Meinung', 'Ihrer Auffassung', 'Seine zentrale Aussage': a possessive with a
    view or statement noun stands for its owner, 'er' or 'sie'."""
    words = phrase.lower().split()
    if len(words) < 2 or len(words) > 3 or not words[-1].endswith(_VIEW_NOUNS):
        return None
    if words[0] in ("sein", "seine", "seiner", "seinem", "seinen"):
        return "er"
    if words[0] in ("ihr", "ihre", "ihrer", "ihrem", "ihren"):
        return "sie"
    return None


_POSSESSIVE_VIEW = re.compile(r"\b([Ss]ein|[Ss]eine[rmn]?|[Ii]hr|[Ii]hre[rmn]?)\s+(?:[a-zäöüß]+\s+)?(\w+)")


def possessive_owner(text: str, lo: int, hi: int, noun: str) -> str | None:
    """'Seiner Darstellung zufolge „…', 'Gemäß seiner Aussage „…': the rules name the view
    noun alone; the possessive before it in text[lo:hi] makes it 'er' or 'sie'."""
    if len(noun.split()) != 1 or not noun.lower().endswith(_VIEW_NOUNS):
        return None
    for m in _POSSESSIVE_VIEW.finditer(text, lo, hi):
        if m.group(2) == noun:
            return "er" if m.group(1).lower().startswith("s") else "sie"
    return None


_VIEW_NOUNS = ("meinung", "ansicht", "auffassung", "aussage", "darstellung", "einschätzung", "überzeugung",
               "worten", "angaben", "sicht", "antwort", "fazit", "forderung", "botschaft", "kritik", "reaktion")


def _two_names(sp: str | None) -> bool:
    """At least two capitalised words that are no articles: a role and a name, or a name."""
    words = [w for w in sp.split() if w[:1].isupper() and w.lower() not in _ARTICLES] if sp else []
    return len(words) >= 2


def _nameable(sp: str | None) -> bool:
    """A phrase that can name someone: not 'Etwas, das …', not a capitalised function word."""
    words = [w.lower() for w in sp.split() if w.lower() not in _ARTICLES and w.lower() not in _POSSESSIVES] if sp else []
    return bool(words) and words[0] not in _FUNCTION_WORDS and words[0] not in _INDEFINITE


_INDEFINITE = frozenset("etwas nichts alles jemand niemand man dies das vieles einiges manches".split())


_ROLE_HEADS = ("minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "sprecher",
               "sprecherin", "chef", "chefin", "vorsitzende", "vorsitzender", "bürgermeister",
               "bürgermeisterin", "senator", "senatorin", "trainer", "papst", "president", "secretary",
               "governor", "senator", "spokesman", "spokeswoman", "mayor", "minister", "chancellor",
               # people named by what they do ('sein Fahrer Adriano De Souza' ... 'der Fahrer')
               "fahrer", "fahrerin", "anwalt", "anwältin", "verteidiger", "verteidigerin", "richter",
               "richterin", "staatsanwalt", "staatsanwältin", "arzt", "ärztin", "kapitän", "kapitänin",
               "stürmer", "stürmerin", "torhüter", "torhüterin", "schauspieler", "schauspielerin",
               "sänger", "sängerin", "autor", "autorin", "regisseur", "regisseurin", "direktor",
               "direktorin", "leiter", "leiterin", "professor", "professorin", "forscher", "forscherin",
               "experte", "expertin", "manager", "managerin", "gründer", "gründerin", "inhaber",
               "inhaberin", "bischof", "pfarrer", "pfarrerin", "kommissar", "kommissarin", "lehrer",
               "lehrerin", "rektor", "rektorin", "intendant", "intendantin", "pilot", "pilotin")
_ROLE_WINDOW = 6000


def role_to_name(text: str, speaker: str | None, position: int, people: People) -> str | None:
    """A role noun as speaker ("Bundeskanzler", "der Minister") -> the person the article
    names with that role before the quote ("Bundeskanzler Gerhard Schröder")."""
    if not speaker:
        return None
    age = _AGE_NUMBER.search(speaker)
    if age:
        return _aged_person(text, age.group(1), position)
    toks = speaker.split()
    if len(toks) > 3 or any(t.lower() in FIRST_NAMES for t in toks):
        return None
    head = toks[-1]
    low = head.lower().rsplit("-", 1)[-1]
    if not low.endswith(_ROLE_HEADS):
        return None
    lo = max(0, position - _ROLE_WINDOW)
    # the role as a word or the end of a compound: "der Minister" -> "Verkehrsminister Volker
    # Wissing", "the senator" -> "Senator Mark Dale"
    window = text[lo:position].lower()
    key = head.lower()  # (the whole head: 'Vize-Außenminister' is no 'Außenminister')
    ends: list[int] = []
    i = window.rfind(key)
    while i >= 0 and len(ends) < 8:
        end = i + len(key)
        if end >= len(window) or not window[end].isalnum():
            ends.append(lo + end)
        i = window.rfind(key, 0, i)
    seen: dict[str, int] = {}  # name -> how often the article gives it this role (first = nearest)
    for end in ends:
        name = _name_after(text, end, people)
        if name:
            seen[name] = seen.get(name, 0) + 1
    if not seen:
        return None
    if len(seen) == 1:
        return next(iter(seen))
    # most often given this role, then most often named at all, then the nearest
    return max(seen, key=lambda k: (seen[k], text.count(k.split()[0], lo, position)))


_AGE_NUMBER = re.compile(r"^(?:\w+ )?(\d{1,3})-[Jj]ährige[rn]?$")


def _aged_person(text: str, age: str, position: int) -> str | None:
    """'die 28-Jährige' -> 'Anna M.' from 'Leserin Anna M. (28)' or 'die 28-jährige Anna M.'
    earlier in the article (the nearest)."""
    lo = max(0, position - 3000)
    best = None
    pat = re.compile(r"((?:[A-ZÄÖÜ][\w-]*\.?\s){0,2}[A-ZÄÖÜ][\w-]*\.?)\s\(" + age + r"\)"
                     r"|\b" + age + r"-jährige[rn]?\s((?:[A-ZÄÖÜ][\w-]*\.?\s?){1,3})")
    for m in pat.finditer(text, lo, position):
        best = (m.group(1) or m.group(2)).strip()
    if not best:
        return None
    words = [w for w in best.split() if w.lower() not in _ROLE_WORDS_BEFORE_NAMES]
    return " ".join(words) or None


# role nouns in front of a name in 'Inhaber Reto Huber (45)': not part of the name
_ROLE_WORDS_BEFORE_NAMES = frozenset("""leserin leser inhaber inhaberin anwohner anwohnerin augenzeuge
    augenzeugin besitzer besitzerin mieter mieterin""".split())


def _name_after(text: str, j: int, people: People) -> str | None:
    m = _ROLE_COMPLEMENT.match(text, j)
    if m:
        j = m.end()  # 'Vize-Außenminister für internationale Beziehungen, Abbas Araghchi,'
    words = text[j:j + 60].split()[:3]
    out: list[str] = []
    for w in words:
        w = w.rstrip(",.;:()")
        if not w[:1].isupper() or w.lower() in PRONOUNS:
            break
        out.append(w)
        if w != words[-1].rstrip(",.;:()") and words[len(out) - 1][-1:] in ",.;:)":
            break
    if not out:
        return None
    if len(out) >= 2 and (out[0].lower() in FIRST_NAMES or (m and words[1][-1:] == ",")):
        return " ".join(out)  # (a two-word apposition after a role complement is a name)
    full = people.by_part.get(out[-1].lower())
    return full


# a short complement of a role noun before the comma that opens the name apposition
_ROLE_COMPLEMENT = re.compile(r"\s+(?:für|des|der|von|vom|im|in|bei|beim)\s[^,.;:„“()]{2,45},(?=\s+[A-ZÄÖÜ])")


def pronoun_position(text: str, pronoun: str, lo: int, quote_start: int) -> int:
    """Where a pronoun speaker stands when it comes before the quote: 'So sagte er über
    seinen Rivalen Romney, „…“' refers back from 'er', not from the quote (Romney is
    named in between)."""
    m = None
    for m in re.finditer(r"\b" + re.escape(pronoun) + r"\b", text[lo:quote_start]):
        pass
    return lo + m.start() if m else quote_start
