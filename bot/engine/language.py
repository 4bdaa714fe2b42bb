"""Language identification by function-word counts.

News text is dense with function words, so a few dozen per language separate
German from English (and from a handful of other European languages) reliably
after one or two sentences. A character n-gram model would be more general but
would need data files; this needs none and runs in microseconds.
"""
from __future__ import annotations

from operator import itemgetter

_SECOND = itemgetter(1)

_PUNCT = "\"'»«„“”‚‘’›‹()[]{}.,;:!?…-–—/*&%$§#+<>|=_~^`@\\"

# Only words that are frequent in one language and rare in the others.
_STOPWORDS: dict[str, frozenset[str]] = {
    "de": frozenset(
        "der die das und ist nicht ein eine einen dem den des sich mit auf für von "
        "zu im auch wird werden wurde sie er es wir ich dass aber noch nach bei aus "
        "über oder wie nur so hat haben sind war kann einer einem vom zum zur sein "
        "seine ihre diese dieser heute schon mehr sagte".split()
    ),
    "en": frozenset(
        "the and is are was were of to in that it for on with as at by from this be "
        "have has had not but they he she his her their which will would said an or "
        "we you been who there about more than".split()
    ),
    "fr": frozenset(
        "le la les et est des une un du que qui dans pour pas sur au aux avec ce "
        "cette il elle nous vous sont été plus mais ou par".split()
    ),
    "es": frozenset(
        "el la los las y es del una un que en por para con no se su al lo como más "
        "pero sus le ya está fue son".split()
    ),
    "it": frozenset(
        "il lo la gli le e è di che un una per non con del della sono nel alla ma "
        "anche più come questo".split()
    ),
    "nl": frozenset(
        "de het een en is van dat op te zijn niet met voor er maar ook als bij uit "
        "naar wordt werd heeft deze".split()
    ),
    "pt": frozenset(
        "o a os as e é do da dos das um uma que em no na para com não se por mais "
        "como mas foi são ao".split()
    ),
}

# Enough words to decide; more only costs time on long inputs.
_SAMPLE_CHARS = 900
_FIRST_CHAR = itemgetter(slice(0, 1))
_LANGS_OF: dict[str, tuple[str, ...]] = {}
for _lang, _words in _STOPWORDS.items():
    for _w in _words:
        _LANGS_OF[_w] = _LANGS_OF.get(_w, ()) + (_lang,)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language, or "und" when undecidable. Never raises."""
    if not isinstance(text, str) or not text:
        return "und"
    tokens = text[:_SAMPLE_CHARS].lower().split()
    # Fast path: whitespace tokens as they are (function words rarely carry
    # punctuation). Only an unclear result pays for stripping punctuation.
    lang = _decide(tokens)
    if lang is None:
        lang = _decide([t.strip(_PUNCT) for t in tokens])
    return lang or _by_script(text) or "und"


def _decide(tokens: list[str]) -> str | None:
    counts = dict.fromkeys(_STOPWORDS, 0)
    # only the function words reach Python code (filter and lookup run in C)
    for langs in map(_LANGS_OF.__getitem__, filter(_LANGS_OF.__contains__, tokens)):
        for lang in langs:
            counts[lang] += 1
    ranked = sorted(counts.items(), key=_SECOND, reverse=True)
    top = ranked[0][1]
    # Require a clear signal: some function words, and a margin over the runner-up.
    if top < 2 or top <= ranked[1][1]:
        return None
    if top < 0.08 * len(tokens):
        # share of words, not of numbers or dashes
        if top < 0.08 * sum(map(str.isalpha, map(_FIRST_CHAR, tokens))):
            return None
    return ranked[0][0]


_SCRIPTS = ((0x0400, 0x04FF, "ru"), (0x0370, 0x03FF, "el"), (0x0600, 0x06FF, "ar"),
            (0x0590, 0x05FF, "he"), (0x3040, 0x30FF, "ja"), (0xAC00, 0xD7AF, "ko"),
            (0x4E00, 0x9FFF, "zh"))


def _by_script(text: str) -> str | None:
    """Cheap guess for texts with no Latin function words (Cyrillic, Greek, CJK...)."""
    sample = text[:2000]
    codes = [ord(ch) for ch in sample if ch > "\u036f"]  # Latin and ASCII count for nothing
    for lo, hi, code in _SCRIPTS:
        n = sum(1 for c in codes if lo <= c <= hi)
        if n >= 10 and n >= len(sample) * 0.2:
            return code
    return None
