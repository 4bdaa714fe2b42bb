"""How a speaker phrase is shown: the name inside a longer phrase ("Arni Finnsson, ein
Vertreter der …" -> "Arni Finnsson", "Der Vorsitzende, Jan Ott (SPD)" -> "Jan Ott"), without
articles and titles, and a clause that a rule read as a speaker cut to its name. Used on
the answer of the attribution rules (`attribution`), not to find it."""
from __future__ import annotations

from .names import FIRST_NAMES, TITLES
from .speakerphrase import _ARTICLES, _GLUE, _POSSESSIVES, _PREPOSITIONS, _is_cap


def _name_beside_apposition(phrase: str) -> str | None:
    """'Arni Finnsson, ein Vertreter der …' -> 'Arni Finnsson'; 'Der Vorsitzende des
    Ausschusses, Jan Ott (SPD)' -> 'Jan Ott': a name of two or three capitalised words on
    one side of the apposition comma, the description on the other."""
    parts = [p.split() for p in phrase.split(",")]
    if len(parts) < 2:
        return None
    for part in (parts[0], parts[1]):
        words = [w for w in part if not w.startswith("(")]
        if 2 <= len(words) <= 3 and all(_is_cap(w) and w.lower() not in _ARTICLES for w in words) \
                and len(part) - len(words) <= 1:
            return " ".join(words)
    return None


def clean_speaker(phrase: str) -> str:
    """Drop leading articles and titles; keep a first-name-led name when there is one (or
    the name beside an apposition)."""
    named = _name_beside_apposition(phrase) if "," in phrase else None
    if named:
        phrase = named
    toks = phrase.replace(",", " ").split()
    if "sich" in toks[1:4]:
        # 'Medvedev bedankte sich bei …': a clause was read as the phrase; its subject is it
        lead = next((i for i, t in enumerate(toks) if t[:1].islower()), len(toks))
        toks = toks[:lead] or toks
    k = 1 if toks and toks[0].lower() in _ARTICLES else 0
    if len(toks) > k + 2 and toks[k] in ("Seiten", "Kreisen") and toks[k + 1] in ("der", "des"):
        toks = toks[k + 2:]  # '(von) Seiten der Stadt', '(aus den) Kreisen der Regierung'
    for k, t in enumerate(toks):
        if t.lower() in FIRST_NAMES and k + 1 < len(toks) and _is_cap(toks[k + 1]):
            end = k + 1
            while end + 1 < len(toks) and (_is_cap(toks[end + 1]) or toks[end + 1].lower() in _GLUE):
                end += 1
            return " ".join(toks[k:end + 1])
    while toks and len(toks) > 1 and (toks[0].lower() in _ARTICLES or (
            toks[0].lower().rstrip(".") in TITLES and toks[1][:1].isupper() and toks[1].lower() not in _ARTICLES)):
        toks = toks[1:]  # (but "Sprecherin der Behörde" keeps its role)
    return " ".join(toks)


_NP_LOWER = _ARTICLES | _POSSESSIVES | _PREPOSITIONS | _GLUE | frozenset("und sowie oder".split())


def tidy_speaker(phrase: str | None) -> str | None:
    """A speaker that is really a clause ('Ministerpräsident Abhisit kam nicht durch
    allgemeine Wahlen in dieses Amt …'), read by a rule that found no verb: cut it to the
    capitalised run it opens with. A noun phrase keeps its lower-case words (articles,
    prepositions, inflected adjectives: 'der für die Region zuständige Koordinator')."""
    if not phrase:
        return phrase
    toks = phrase.split()
    if len(toks) < 6:
        return phrase
    # (an inflected adjective stands before its noun: 'das hochwichtige Ereignis')
    clause_words = [t for i, t in enumerate(toks) if t[:1].islower() and t not in _NP_LOWER
                    and not (t.endswith(("e", "en", "er", "es", "em")) and i + 1 < len(toks) and _is_cap(toks[i + 1]))]
    if len(clause_words) < 2:
        return phrase
    lead = next((i for i, t in enumerate(toks) if not _is_cap(t)), len(toks))
    tail = next((i for i in range(len(toks) - 1, -1, -1) if not _is_cap(toks[i])), -1) + 1
    if lead and not (toks[0].lower() in _ARTICLES and tail < len(toks)):
        return " ".join(toks[:lead])
    if tail < len(toks):
        return " ".join(toks[tail:])  # '… her unit had been run Mr. Stumpf': the name at its end
    return phrase
