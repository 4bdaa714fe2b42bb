"""Less common attribution shapes, tried when the usual cue patterns find nothing:

  Ott (SPD), Lind („Wir sind bereit.“) und ...        a quote in brackets after its speaker
  Der Plan sei „zu teuer“, weil ..., so der Verband.  ', so X.' closing the sentence
  „Wo bleibt das Geld?“, wollen die Anwohner wissen.  a split verb around the speaker
  „…“, meinen die beiden Gründer.                     plural present cues, only right after a quote
  „…“ Das sagte der Minister am Montag.               a next sentence pointing back at the quote
  "…," Ann Lee, director of …, said.                 a long English apposition before the cue
  Von X wurde die Sorge geäußert, es sei „…“          the agent of a passive speech verb
  „…“, wird der Minister in der Zeitung zitiert.      the subject of a passive 'zitiert'
  Experten halten den Plan für „nicht machbar“.       the holder of an opinion
"""
from __future__ import annotations

import re

from .cues import CUE_WORDS, ENGLISH_CUES, tokens_of
from .names import FIRST_NAMES, PRONOUNS
from .speakerphrase import _POSSESSIVES, clause_start, speaker_after, speaker_after_adverbials, speaker_before
from .speakerscore import person_score

# ", so der Verband." / ", so Müller weiter." at the end of the quote's sentence
_LATE_SO = re.compile(r",[ \t]+so[ \t]+((?:der|die|das|den)[ \t]+)?([A-ZÄÖÜ][^,.;:!?„“\"()]{1,60}?)"
                      r"(?:[ \t]+weiter)?[ \t]*[.!](?:[ \t\n]|$)")
_SENTENCE_END = re.compile(r"(?<![0-9])[.!?](?:[ \t\n]|$)")
# cues that are too ambiguous anywhere else ('mit meinen Worten'), and the word that must
# close the clause for them to attribute: '„…“, wollen die Anwohner wissen.'
RIGHT_AFTER = {"meinen": None, "fragen": None, "wollen": "wissen", "wollte": "wissen", "wollten": "wissen"}


def bracketed_quote_speaker(window: str) -> str | None:
    """'der Leiter der Behörde, Jan Ott („…“)': the name right before the bracket. Only a
    person's name: after other names a bracketed quote is a translation ('Jobbik („…“)')."""
    if "(" not in window[-4:] or not window.rstrip().endswith("("):
        return None
    sp = speaker_before(tokens_of(window.rstrip()[:-1]))
    return sp if sp and any(w.lower() in FIRST_NAMES for w in sp.split()) else None


def late_so(window: str) -> str | None:
    """'…„mit Vorsicht zu genießen“, da …, so die FIFA.': the source closes the sentence."""
    stop = _SENTENCE_END.search(window)
    m = _LATE_SO.search(window, 0, stop.end() if stop else len(window))
    if not m:
        return None
    sp = speaker_after(tokens_of(m.group(0)[m.start(1 if m.group(1) else 2) - m.start():]))
    return sp if sp and person_score(sp) >= 0 else None  # ('so die FIFA': an acronym scores 0)


def right_after_ok(toks: list[str], j: int) -> bool:
    """A RIGHT_AFTER cue directly after the quote, closed by its particle when it needs one."""
    if j != 0:
        return False
    need = RIGHT_AFTER[toks[0]]
    if need is None:
        return True
    stop = next((i for i, t in enumerate(toks) if t in ".!?;"), len(toks))
    return stop > 1 and toks[stop - 1] == need


_PASSIVE_AUX = frozenset("wird werden wurde wurden worden".split())


def passive_agent(toks: list[str], c: int) -> str | None:
    """'Es wurde von seinem Sohn die Sorge geäußert, …': a participle cue in a passive
    clause; the agent after von/vom speaks."""
    cue = toks[c]
    if not (cue.startswith("ge") or "ge" in cue[2:5]) or not cue.endswith(("t", "en")):
        return None  # not a participle ('geäußert', 'mitgeteilt', 'angekündigt')
    start = clause_start(toks, c)
    clause = toks[start:c]
    if not any(t in _PASSIVE_AUX for t in clause):
        return None
    for i, t in enumerate(clause):
        if t in ("von", "vom") and i + 1 < len(clause):
            k = i + 2 if clause[i + 1].lower() in _POSSESSIVES else i + 1  # 'von ihrem Gegner X'
            sp = speaker_after(clause[k:])
            return sp if sp and person_score(sp) >= 1 else None
    return None


_HALTEN = frozenset("hält halten hielt hielten".split())


def quoted_passive(toks: list[str]) -> str | None:
    """'„…“, wird der Minister in der Zeitung zitiert.': the subject between wird and zitiert."""
    if len(toks) < 3 or toks[0] not in ("wird", "wurde"):
        return None
    stop = next((i for i, t in enumerate(toks) if t in ".!?;"), len(toks))
    if stop < 3 or toks[stop - 1] != "zitiert":
        return None
    return speaker_after(toks[1:stop - 1])


def opinion_holder(toks: list[str], known) -> str | None:
    """'Der Rechnungshof hält den Plan für „…“': the subject of halten … für."""
    if len(toks) < 3 or toks[-1] != "für":
        return None
    start = clause_start(toks, len(toks))
    for i in range(start, len(toks) - 1):
        if toks[i] in _HALTEN:
            if i == start:
                return None
            if i == start + 1 and toks[start].lower() in PRONOUNS:
                return toks[start]
            sp = speaker_after(toks[start:i])
            return sp if sp and person_score(sp, known) >= 0 else None
    return None


_NOT_NOMINATIVE_AFTER_DER = frozenset("die das den dem einen einem eine".split())


def relative_antecedent(toks: list[str], i: int) -> str | None:
    """', der die Entscheidung als „…“ bezeichnet': a relative pronoun followed by an object
    is itself the subject; the speaker is its antecedent ('ein Kommentar')."""
    if i + 1 >= len(toks) or i < 2 or toks[i - 1] != ",":
        return None
    rel, nxt = toks[i].lower(), toks[i + 1].lower()
    if not ((rel in ("der", "welcher") and nxt in _NOT_NOMINATIVE_AFTER_DER)
            or (rel in ("die", "das", "welche", "welches") and nxt in ("den", "dem", "einen", "einem"))):
        return None  # ('die die Techniker als „…“ bezeichnete': either could be the subject)
    return speaker_before(toks[:i - 1])


_SOURCE_SUFFIXES = ("angaben", "berichten", "informationen")


def compound_source(toks: list[str]) -> str | None:
    """'nach Polizeiangaben', 'laut Regierungsangaben', 'nach Medienberichten': the source is
    the first part of the compound ('Polizei', 'Regierung', 'Medien')."""
    for i in range(len(toks) - 1, 0, -1):
        t = toks[i]
        if t in CUE_WORDS:
            return None  # a speech verb nearer the quote: 'Nach Polizeiangaben sagte der Fahrer:'
        if toks[i - 1].lower() in ("nach", "laut") and t[:1].isupper():
            for suf in _SOURCE_SUFFIXES:
                if t.endswith(suf) and len(t) > len(suf) + 2:
                    stem = t[:-len(suf)].rstrip("-")
                    if stem.endswith(("ungs", "heits", "keits", "tions", "täts", "schafts")):
                        stem = stem[:-1]  # the linking s: 'Regierungsangaben'
                    return stem
    return None


_WORDS_NOUNS = frozenset("Worten Satz Sätzen".split())


def back_reference(toks: list[str]) -> str | None:
    """A sentence after the quote that points back at it: '„…“ Das sagte der Minister am
    Montag.', 'So beschreibt X die Lage.', '„…“ – mit diesen Worten eröffnete X die Sitzung.'"""
    if len(toks) < 3:
        return None
    if toks[0] in _DEMONSTRATIVES:
        origin = _origin(toks[:14])
        if origin:
            return origin
    if toks[0] in ("Das", "Dies", "So") and toks[1] in ("ist", "war", "lautet", "lautete"):
        return _statement_noun(toks[2:])  # 'Das ist die zentrale Aussage einer Studie.'
    if toks[0] in ("Das", "Dies", "So") and toks[1] in CUE_WORDS:
        i = 2
    elif toks[0].lower() == "mit" and toks[1].lower() in ("diesen", "diesem", "den") and toks[2] in _WORDS_NOUNS \
            and len(toks) > 4 and toks[3][:1].islower():
        i = 4
    else:
        return None
    sp = speaker_after(toks[i:]) or speaker_after_adverbials(toks[i:])
    return sp if sp and person_score(sp) >= 1 else None


_LEGAL_DOCS = ("artikel", "gesetz", "grundgesetz", "paragraph", "paragraf", "vertrag", "verfassung", "satzung",
               "urteil", "bericht", "studie", "plan", "entwurf", "beschluss", "richtlinie", "verordnung")


def according_to_document(toks: list[str]) -> str | None:
    """'Nach dem Artikel 65 des Grundgesetzes bestimmt der Kanzler „…“': the document is the
    source, unless a speech verb follows ('Nach dem Bericht sagte X: …')."""
    if len(toks) < 3 or toks[0] != "Nach" or toks[1].lower() not in ("dem", "der", "den"):
        return None
    if not toks[2].lower().endswith(_LEGAL_DOCS) or any(t in CUE_WORDS for t in toks[3:]):
        return None
    k = 3
    while k < len(toks) and (toks[k][:1].isdigit() or toks[k] in ("des", "der")
                             or (toks[k][:1].isupper() and toks[k - 1] in ("des", "der"))):
        k += 1  # 'Artikel 65 des Grundgesetzes'
    return " ".join(toks[1:k])


def long_apposition(toks: list[str]) -> tuple[str, str] | None:
    """'"…," Leonard Burman, director of the Tax Policy Center and a professor at …, said':
    English puts long appositions between the name and the cue; the name is before the
    first comma, the cue right after the apposition's closing comma."""
    if len(toks) < 5 or not toks[0][:1].isupper() or "," not in toks[1:6]:
        return None
    c1 = toks.index(",", 1)
    if not all(t[:1].isupper() for t in toks[:c1]):
        return None
    for j in range(c1 + 2, min(len(toks), 60)):
        t = toks[j]
        if t in ".!?;":
            return None
        if t in ENGLISH_CUES and toks[j - 1] == ",":
            return " ".join(toks[:c1]), t
    return None


def apposition_subject(before: list[str]) -> str | None:
    """'Douglas Brinkley, a historian who attended the session, recalled, "…"': the name
    before an apposition that opens the clause of an English cue."""
    if len(before) < 4 or before[-1] != ",":
        return None
    start = clause_start(before, len(before))
    seg = before[start:]
    if len(seg) < 4 or "," not in seg[1:5]:
        return None
    c1 = seg.index(",", 1)
    if c1 + 1 >= len(seg) or not all(t[:1].isupper() for t in seg[:c1]) or not seg[c1 + 1][:1].islower():
        return None
    return " ".join(seg[:c1])


_STATEMENT_NOUNS = ("aussage", "fazit", "ergebnis", "botschaft", "bilanz", "einschätzung", "forderung", "tenor",
                    "appell", "warnung", "urteil", "schluss", "credo")


def _statement_noun(toks: list[str]) -> str | None:
    """'die zentrale Aussage einer Studie': a statement noun and whose statement it is."""
    k = 0
    if toks and toks[0].lower() in ("der", "die", "das"):
        k = 1
    while k < len(toks) and toks[k][:1].islower() and toks[k].isalpha() and k < 4:
        k += 1  # 'zentrale'
    if k >= len(toks) or not toks[k].lower().endswith(_STATEMENT_NOUNS):
        return None
    end = k + 1
    if end + 1 < len(toks) and toks[end].lower() in ("einer", "eines", "des", "der", "von", "vom"):
        j = end + 1
        while j < len(toks) and toks[j][:1].islower() and toks[j].isalpha() and toks[j] not in ("und", "oder"):
            j += 1
        while j < len(toks) and toks[j][:1].isupper():
            j += 1
        end = j
    return " ".join(toks[:end])


_CONTENT_NOUNS = ("antwort", "behauptung", "feststellung", "aussage", "botschaft", "forderung", "warnung", "parole",
                  "devise", "mahnung", "appell", "erkenntnis", "einschätzung", "losung")


def content_noun(toks: list[str]) -> str | None:
    """'veröffentlichte die Antwort, „…“', 'in der Behauptung zu finden „…“': with no speech
    verb around, the statement noun right before the quote is its source."""
    k = len(toks)
    while k > 0 and toks[k - 1] in ",:":
        k -= 1
    for i in range(k - 1, max(-1, k - 4), -1):
        if toks[i][:1].isupper() and toks[i].lower().endswith(_CONTENT_NOUNS):
            if any(t in CUE_WORDS for t in toks[i + 1:]):
                return None
            j = i - 1 if i > 0 and toks[i - 1].lower() in ("der", "die", "das", "den", "dem", "einer", "eine") else i
            return " ".join(toks[j:i + 1])
        if toks[i][:1].isupper():
            return None
    return None


_CONTENT_TAILS = frozenset(n[-4:] for n in _CONTENT_NOUNS)


def has_content_noun(tail: str) -> bool:
    """A cheap test on the last words before a quote (a set lookup of their last letters)."""
    return any(w.rstrip(",:")[-4:].lower() in _CONTENT_TAILS for w in tail.split()[-4:])


_DEMONSTRATIVES = frozenset("Das Dies Diese Dieser Dieses".split())


def _origin(toks: list[str]) -> str | None:
    """'Diese Worte stammen von X', 'Diese X zugeschriebene Weisheit': who the words are from."""
    for i, t in enumerate(toks):
        if t in ".!?;":
            return None
        if t in ("stammt", "stammen", "stammte", "stammten") and i + 1 < len(toks) and toks[i + 1] in ("von", "vom"):
            sp = speaker_after(toks[i + 2:])
            return sp if sp and person_score(sp) >= 1 else None
        if t.startswith("zugeschrieben"):
            k = max((j for j in range(i) if toks[j].lower() in ("dem", "der")), default=-1)
            if k >= 0:
                sp = speaker_after(toks[k:i])
                return sp if sp and person_score(sp) >= 1 else None
            return None
    return None


def wonach_subject(toks: list[str], known) -> str | None:
    """'zitiert aus der Zeitung, wonach Ministerpräsident X die Schuld … zuweist, deren „…“':
    the person whose view the wonach-clause reports."""
    for i in range(len(toks) - 2, -1, -1):
        if toks[i] == "wonach":
            sp = speaker_after(toks[i + 1:])
            return sp if sp and person_score(sp, known) >= 2 else None
    return None


_MODAL_PERFECT = frozenset("soll sollen will wollen hat haben habe hatte hatten".split())


def subject_before_final_cue(toks: list[str]) -> tuple[str, str] | None:
    """German verb-final attributions after a quote: '„…“, wie der Minister am Montag betonte.',
    '„…“, soll der Minister gesagt haben.' – the subject after 'wie' or the modal, the cue at
    the end of the clause."""
    if len(toks) < 3 or not (toks[0] == "wie" or toks[0] in _MODAL_PERFECT):
        return None
    stop = next((i for i, t in enumerate(toks) if t in ".!?;,:"), len(toks))
    end = stop - 1
    if end >= 2 and toks[end] in ("haben", "worden", "hat", "habe", "hatte"):
        end -= 1
    if end < 2 or toks[end] not in CUE_WORDS:
        return None
    if toks[0] != "wie" and not (toks[end].startswith("ge") or "ge" in toks[end][2:5]):
        return None  # 'soll … gesagt haben' needs the participle
    if toks[1].lower() in PRONOUNS:
        return toks[1], toks[end]
    sp = speaker_after(toks[1:end]) or speaker_after_adverbials(toks[1:end])
    return (sp, toks[end]) if sp and person_score(sp) >= 0 else None
