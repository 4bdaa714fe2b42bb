"""Key figures: numbers with what they count, verbatim from the article.

Two layers:

* `scan_numbers` reads every number written in digits (both locales, spaces as
  thousands separators, fractions "1 1/2", exponents "1.3e6", ranges "10-12",
  multipliers "Mio."/"bn"/"m", currency before or after, approximation words)
  and records, for the ones that are not figures, why: a calendar date or a
  piece of an address/version/list chain, a year, a clock time, an ordinal,
  part of a name (Boeing 747, G8, COVID-19) or of a URL.
* `find_figures` keeps the rest, adds number words followed by a unit ("drei
  Menschen", "three people"), gives each a short context phrase (its clause,
  never cut inside another number) and sorts key figures first.

Digits are located with a latin-1/translate/find pass, which is several times
faster than a regular-expression scan over the whole text; each number is then
read with anchored regex matches and a few character checks, so the cost is
linear in the text and small per number.
"""
from __future__ import annotations

from bot.models import Figure

from .figcontext import _STOPMAP, context_of
from .figscan import _MAX_FIGURES, Num, scan_numbers
from .figwords import _word_figures
from .units import unit_weight

__all__ = ["find_figures", "scan_numbers", "context_of", "Num"]


def find_figures(text: str, language: str = "en") -> list[Figure]:
    if not isinstance(text, str) or not text:
        return []
    raw = text.encode("latin-1", "replace")  # one byte per character: offsets are shared
    nums = scan_numbers(text, language, raw=raw)
    spans = [(x.start, x.end) for x in nums]
    kept = [x for x in nums if x.why is None][:_MAX_FIGURES]
    if len(kept) < _MAX_FIGURES:
        words = _word_figures(text, language, spans, raw)
        if words:
            kept += words[: _MAX_FIGURES - len(kept)]
            spans = sorted(spans + [(x.start, x.end) for x in words])
    if not kept:
        return []
    n = max(1, len(text))
    figures = []
    starts = [a for a, _ in spans]
    smap = raw.translate(_STOPMAP)
    for x in kept:
        surface = text[x.start:x.end]
        score = unit_weight(x.unit) + 0.3 * (1 - x.start / n) + (0.05 if x.approx else 0.0)
        if x.words:
            score -= 0.2
        figures.append(Figure(text=surface, start=x.start, value=x.value, unit=x.unit,
                              context=context_of(text, x.start, x.end, spans=spans, starts=starts, smap=smap), approx=x.approx,
                              score=round(score, 4)))
    figures.sort(key=lambda f: (-f.score, f.start))
    return figures
