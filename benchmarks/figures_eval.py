"""Figure value accuracy on the number, percent and currency specs (de + en).

Gold: Recognizers-Text NumberModel, PercentModel and CurrencyModel spec files
(German and English; the option-mode variants such as NumberModelExperimentalMode
are not used), quantulum3's English tests, and the digit numbers of text2num's
alpha2digit *expected* sentences.

Two measures on every digit-form gold number (the target is on the first):

* **recognised**: `scan_numbers` (our number reader, before the figure filter)
  returns a number overlapping the gold span with the gold value (relative
  tolerance 1e-6). This is what the specs ask: every number they expect, parsed
  to the right value, whatever it is used for.
* **figure**: `find_figures` (what the briefing shows) has such a figure. Gold
  numbers that are read right but not kept as figures are counted by the
  filter's reason (year, date/address chain, clock, ordinal, name, URL, bare
  fraction) so each drop can be checked.

Gold numbers outside "digit-form" are excluded, each counted by reason:

* `word-form`: the value is (partly) in number words ("zwei Millionen",
  "3 hundred and one", "c $ 100 and fifty", "a dozen"), or there is no digit;
* `word-fraction`: a fraction written with a word ("1 over 3", "2000 over 3");
* `range-midpoint`: quantulum3 gives a range ("3.5–4.0 TeV", "between 44 and
  50 mg") its midpoint; a single figure has no such value;
* `no-value`: the spec gives no numeric value.

Separately, on the Recognizers-Text DateTime specs (the spec's own type says
date/time), we count the date/time expressions that yield a figure (they should
not), and the share of their digit numbers that the reader recognises.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from pathlib import Path
from statistics import median

from bot.engine.figures import find_figures, scan_numbers
from bot.engine.wordnumbers import word_value

from .data import read_jsonl

_MODELS = {"NumberModel", "PercentModel", "CurrencyModel"}
_NUMBER_WORDS = set("""half halbe halbes halben third thirds drittel quarter quarters viertel fifth fifths
    eighth eighths point komma zero null nought naught hundredths hundredth trillionth trillionths
    millionth anderthalb eineinhalb zweieinhalb dreieinhalb einundhalb dreiviertel einhundert einer
    one eins ein eine einen a an""".split())


def _gold_value(raw) -> float | None:
    """Recognizers-Text values: '2000,352' (German), '0.5', '50%', '1E-07'."""
    if raw is None:
        return None
    s = str(raw).strip().rstrip("%").replace(" ", "")
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _has_number_word(surface: str) -> bool:
    for w in re.findall(r"[^\W\d_]+(?:-[^\W\d_]+)?", surface.lower()):
        if w in _NUMBER_WORDS or word_value(w) is not None and w not in ("hundred", "thousand", "dozen",
                                                                           "dozens", "hundert", "tausend",
                                                                           "dutzend"):
            return True
        if re.search(r"(hundert|tausend|zig|ßig|zehn|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun)$", w) \
                and w not in ("prozent", "neun") and len(w) > 6:
            return True
    return False


def form_of(surface: str, value: float | None, source: str) -> str:
    """'digit' or the reason a gold number is outside the digit-form measure."""
    if value is None:
        return "no-value"
    if not any(ch.isdigit() for ch in surface):
        return "word-form"
    if re.search(r"\d\s+(?:over|in|out\s+of)\s", surface):
        return "word-fraction"
    if _has_number_word(surface):
        return "word-form"
    if source == "quantulum3":
        nums = [float(x.replace("−", "-")) for x in re.findall(r"(?<!\d)[−-]?\d+(?:\.\d+)?", surface.replace(",", ""))]
        if len(nums) >= 2 and re.search(r"[-–]|\bto\b|\band\b|±|\+/-", surface) and \
                abs(value - (nums[0] + nums[-1]) / 2) <= 1e-6 * max(1.0, abs(value)):
            return "range-midpoint"
    return "digit"


def _recognizers(data: Path):
    for case in read_jsonl(data / "recognizers_text_specs" / "recognizers_text_de_en.jsonl"):
        if case["model"] not in _MODELS:
            continue
        key = f"Recognizers-Text {case['lang']} {case['model'].replace('Model', '')}"
        for g in case["figures"]:
            value = _gold_value(g["resolution"].get("value"))
            text = case["text"]
            s, e = g["start"], g["end"] + 1
            yield key, case["lang"], text, s, e, value, form_of(text[s:e], value, "rt")


def _quantulum(data: Path):
    for case in read_jsonl(data / "quantulum3_tests" / "quantulum3_en.jsonl"):
        text = case["text"]
        pos = 0
        for g in case["figures"]:
            surface = g["surface"]
            i = text.find(surface, pos)
            if i < 0:
                i = text.find(surface)
            if i < 0:
                yield "quantulum3 en", "en", text, 0, 0, None, "no-value"
                continue
            pos = i + len(surface)
            value = None if g.get("value") is None else float(g["value"])
            yield "quantulum3 en", "en", text, i, i + len(surface), value, form_of(surface, value, "quantulum3")


_T2N_NUMBER = re.compile(r"(?<![\w.,+-])\d+(?:[.,]\d+)?(?![\w.]|,\d)")


def _text2num(data: Path):
    """Digit-form cardinals in the alpha2digit expected sentences (ordinals such as
    "22." or "3rd" are not cardinals and are not gold numbers)."""
    for case in read_jsonl(data / "text2num_tests" / "text2num_de_en.jsonl"):
        if case["function"] != "alpha2digit" or case.get("expect_error"):
            continue
        text = str(case["expected"])
        lang = case["lang"]
        for m in _T2N_NUMBER.finditer(text):
            s = m.group()
            v = float(s.replace(",", ".")) if lang == "de" else float(s.replace(",", ""))
            yield f"text2num {lang}", lang, text, m.start(), m.end(), v, "digit"


_SPACE_PAIR = re.compile(r"(?<![\d.,])\d{1,3} \d{3}(?![\d.,]\d)")
_CENTS_PAIR = re.compile(r"\d+ (?:dollars?|euros?|Dollar|Euro) (?:and |und )?\d{1,2} (?:cents?|Cent)")


def _contradicts_rt(text: str, start: int, end: int) -> bool:
    """text2num's alpha2digit writes "achtundachtzig siebenhundert" as "88 700" (two
    numbers) and "... dollars and eighteen cents" as "4538 dollars and 18 cents" (two
    numbers); Recognizers-Text reads the same forms as one number ("40 000" = 40000,
    "12 500 EUR", "3 dollars 50 cents" = 3.5, "15 Dollar und 15 Cent" = 15.15)."""
    for rx in (_SPACE_PAIR, _CENTS_PAIR):
        for m in rx.finditer(text):
            if m.start() <= start and end <= m.end():
                return True
    return False


def _match(items, start: int, end: int, value: float):
    for x in items:
        xs = x.start
        xe = x.end if hasattr(x, "end") else x.start + len(x.text)
        if xs < end and start < xe and x.value is not None:
            if abs(x.value - value) <= 1e-6 * max(1.0, abs(value)):
                return x
    return None


_DURATION_UNITS = {"years", "months", "weeks", "days", "hours", "minutes", "seconds"}


def _gold_type(g: dict) -> str:
    t = g.get("type") or ((g.get("resolution") or {}).get("values") or [{}])[0].get("type") or "?"
    return t.split(".")[-1]


def _datetime_check(data: Path) -> dict:
    """Date/time expressions (Recognizers-Text DateTimeModel, de and en) with a digit:
    how many yield a figure. Durations ("3 Stunden", spec type `duration`) are
    quantities and are counted apart; so are figures with a time unit inside a date
    range ("next 3 days", "in 2 weeks"): those are durations too."""
    res: dict[str, dict] = {}
    for case in read_jsonl(data / "recognizers_text_specs" / "recognizers_text_de_en.jsonl"):
        if case["model"] != "DateTimeModel":
            continue
        text = case["text"]
        lang = case["lang"]
        st = res.setdefault(lang, {"n": 0, "as_figure": 0, "durations": 0, "n_dur": 0, "examples": [],
                                   "by_type": Counter(), "n_by_type": Counter()})
        figs = None
        for g in case["figures"]:
            s, e = g["start"], g["end"] + 1
            if not any(ch.isdigit() for ch in text[s:e]):
                continue
            if figs is None:
                figs = find_figures(text, lang)
            hit = [f for f in figs if f.start < e and s < f.start + len(f.text)]
            typ = _gold_type(g)
            if typ == "duration":
                st["n_dur"] += 1
                continue
            st["n"] += 1
            st["n_by_type"][typ] += 1
            hit_plain = [f for f in hit if f.unit not in _DURATION_UNITS]
            if hit and not hit_plain:
                st["durations"] += 1
            elif hit_plain:
                st["as_figure"] += 1
                st["by_type"][typ] += 1
                if len(st["examples"]) < 8:
                    st["examples"].append(f"{text[s:e]!r} -> {hit_plain[0].text!r}")
    return res


def stage_speed(data: Path, limit: int = 200, repeat: int = 5) -> dict:
    """Median ms per 1,000 words of `find_figures` alone on the speed benchmark's news
    articles (BBC, CNN/DM, Wikinews, 20 Minuten), and on the seed article."""
    from .run import _speed_articles
    from .speed import _best_of

    def best(fn):
        return _best_of(fn, repeat)

    per = {"en": [], "de": []}
    for lang, text in _speed_articles(data, limit):
        n = max(1, len(text.split()))
        per[lang].append(best(lambda: find_figures(text, lang)) * 1e6 / n)
    out = {k: median(v) for k, v in per.items() if v}
    out["all"] = median(per["en"] + per["de"])
    out["n"] = len(per["en"]) + len(per["de"])
    seed = data.parent / "seed" / "vivatech-musk-de.txt"
    if seed.is_file():
        t = seed.read_text(encoding="utf-8")
        out["seed"] = best(lambda: find_figures(t, "de")) * 1e6 / max(1, len(t.split()))
    return out


def evaluate(data: Path, speed: bool = True) -> dict:
    stats: dict[str, dict] = defaultdict(lambda: {"gold": 0, "excluded": Counter(), "n": 0, "rec": 0,
                                                  "fig": 0, "dropped": Counter(), "misses": [],
                                                  "drops": []})
    cache: dict[tuple[str, str], tuple] = {}
    for source in (_recognizers(data), _quantulum(data), _text2num(data)):
        for key, lang, text, start, end, value, form in source:
            st = stats[key]
            st["gold"] += 1
            if form != "digit":
                st["excluded"][form] += 1
                if any(ch.isdigit() for ch in text[start:end]):
                    st.setdefault("excluded_digits", []).append(f"{form}: {text[start:end]!r}")
                continue
            got = cache.get((text, lang))
            if got is None:
                got = cache[(text, lang)] = (scan_numbers(text, lang), find_figures(text, lang))
            nums, figs = got
            st["n"] += 1
            rec = _match(nums, start, end, value)
            fig = _match(figs, start, end, value)
            st["rec"] += rec is not None
            st["fig"] += fig is not None
            if rec is None:
                st["misses"].append(f"{text[start:end]!r}={value:g} in {text[:60]!r}")
                if key.startswith("text2num") and _contradicts_rt(text, start, end):
                    st["contra"] = st.get("contra", 0) + 1
            elif fig is None:
                why = rec.why or "other"
                st["dropped"][why] += 1
                st["drops"].append(f"{why}: {text[start:end]!r} in {text[:60]!r}")
    res = {"sets": dict(stats), "datetime": _datetime_check(data)}
    if speed:
        res["speed"] = stage_speed(data)
    return res


def format_figures(res: dict) -> list[str]:
    acc = lambda ok, n: f"{ok / n:.3f}" if n else "-"  # noqa: E731
    lines = ["Value accuracy on digit-form gold numbers. *recognised*: our number reader finds it with "
             "the right value (the target measure); *figure*: it is also kept as a figure.", "",
             "| spec file | gold | excluded | digit-form | recognised | **accuracy** | as figure | "
             "figure acc. | not a figure, by reason |",
             "|---|---|---|---|---|---|---|---|---|"]
    tot = Counter()
    excl_tot = Counter()
    for k, v in sorted(res["sets"].items()):
        ex = sum(v["excluded"].values())
        drop = ", ".join(f"{r} {c}" for r, c in v["dropped"].most_common()) or "-"
        lines.append(f"| {k} | {v['gold']} | {ex} | {v['n']} | {v['rec']} | **{acc(v['rec'], v['n'])}** | "
                     f"{v['fig']} | {acc(v['fig'], v['n'])} | {drop} |")
        for f in ("gold", "n", "rec", "fig"):
            tot[f] += v[f]
        tot["ex"] += ex
        excl_tot.update(v["excluded"])
    lines.append(f"| **all** | {tot['gold']} | {tot['ex']} | {tot['n']} | {tot['rec']} | "
                 f"**{acc(tot['rec'], tot['n'])}** | {tot['fig']} | {acc(tot['fig'], tot['n'])} | |")
    for lang in ("de", "en"):
        sub = [v for k, v in res["sets"].items() if f" {lang}" in k]
        n = sum(v["n"] for v in sub)
        lines.append(f"| all {lang} | {sum(v['gold'] for v in sub)} | "
                     f"{sum(sum(v['excluded'].values()) for v in sub)} | {n} | {sum(v['rec'] for v in sub)} | "
                     f"**{acc(sum(v['rec'] for v in sub), n)}** | {sum(v['fig'] for v in sub)} | "
                     f"{acc(sum(v['fig'] for v in sub), n)} | |")
    lines += ["", "Excluded gold numbers (not digit-form), by reason: " +
              ", ".join(f"{r} {c}" for r, c in excl_tot.most_common()) + ".", ""]
    shown = [x for v in res["sets"].values() for x in v.get("excluded_digits", [])]
    if shown:
        lines.append(f"Excluded gold numbers that contain a digit ({len(shown)}, all listed): " + "; ".join(shown))
        lines.append("")
    contra = {k: v.get("contra", 0) for k, v in res["sets"].items() if v.get("contra")}
    if contra:
        c = sum(contra.values())
        lines.append(f"Counted as misses above, but contradicted by Recognizers-Text's reading of the same form "
                     f"in the same language: {c} ({', '.join(f'{k} {n}' for k, n in contra.items())}; "
                     f"text2num splits '88 700' and '4538 dollars and 18 cents' into two numbers, Recognizers-Text "
                     f"reads '40 000', '12 500 EUR' and '3 dollars 50 cents' as one). Without them: all "
                     f"{acc(tot['rec'], tot['n'] - c)}.")
        lines.append("")
    for k, v in sorted(res["sets"].items()):
        if v["misses"]:
            lines.append(f"Misses, {k}: " + "; ".join(v["misses"][:10]))
    lines.append("")
    for k, v in sorted(res["sets"].items()):
        if v["drops"]:
            lines.append(f"Read right but not a figure, {k}: " + "; ".join(v["drops"][:12]))
    lines.append("")
    dt = res.get("datetime", {})
    if dt:
        lines.append("Figure filter on dates and times (Recognizers-Text DateTimeModel; expressions with a "
                     "digit, spec type not `duration`): how many yield a figure that is not a duration "
                     "(lower is better).")
        lines.append("")
        lines.append("| lang | date/time expressions | yield a figure | share | of which by spec type | "
                     "yield only a duration figure | spec `duration` (not counted) |")
        lines.append("|---|---|---|---|---|---|---|")
        for lang, d in sorted(dt.items()):
            types = ", ".join(f"{t} {c}/{d['n_by_type'][t]}" for t, c in d["by_type"].most_common())
            lines.append(f"| {lang} | {d['n']} | {d['as_figure']} | {d['as_figure'] / max(1, d['n']):.1%} | "
                         f"{types or '-'} | {d['durations']} | {d['n_dur']} |")
        lines.append("")
        for lang, d in sorted(dt.items()):
            if d["examples"]:
                lines.append(f"Date/time leaks, {lang}: " + "; ".join(d["examples"]))
        lines.append("")
    sp = res.get("speed")
    if sp:
        lines.append(f"Figure stage alone (`find_figures`): median {sp['all']:.3f} ms per 1,000 words on "
                     f"{sp['n']} news articles (en {sp.get('en', 0):.3f}, de {sp.get('de', 0):.3f}); seed "
                     f"article {sp.get('seed', 0):.3f}.")
        lines.append("")
    return lines
