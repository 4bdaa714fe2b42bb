"""Figure value accuracy on digit-form numbers, percentages and currency amounts.

A gold figure counts as correct when one of our figures overlaps its span and
has the same value (relative tolerance 1e-6). Word-form gold figures ("zwei
Millionen", "twenty dollars") are outside this target and are skipped; their
number is reported.
"""
from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

from bot.engine.figures import find_figures

from .data import read_jsonl

_MODELS = {"NumberModel", "PercentModel", "CurrencyModel"}


def _gold_value(raw: str | None) -> float | None:
    """Recognizers-Text values: '2000,352' (German), '0.5', '50%'."""
    if raw is None:
        return None
    s = str(raw).strip().rstrip("%").replace(" ", "")
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def _correct(figs, start: int, end: int, value: float) -> bool:
    for f in figs:
        fs, fe = f.start, f.start + len(f.text)
        if fs < end and start < fe and f.value is not None:
            if abs(f.value - value) <= 1e-6 * max(1.0, abs(value)):
                return True
    return False


def _recognizers(data: Path):
    for case in read_jsonl(data / "recognizers_text_specs" / "recognizers_text_de_en.jsonl"):
        if case["model"] not in _MODELS:
            continue
        for g in case["figures"]:
            if not any(ch.isdigit() for ch in g["text"]):
                yield None
                continue
            value = _gold_value(g["resolution"].get("value"))
            if value is None:
                yield None
                continue
            key = f"Recognizers-Text {case['lang']} {case['model'].replace('Model', '')}"
            yield key, case["text"], g["start"], g["end"] + 1, value, case["lang"]


def _quantulum(data: Path):
    for case in read_jsonl(data / "quantulum3_tests" / "quantulum3_en.jsonl"):
        text = case["text"]
        pos = 0
        for g in case["figures"]:
            surface = g["surface"]
            i = text.find(surface, pos)
            if i < 0 or not any(ch.isdigit() for ch in surface) or g.get("value") is None:
                yield None
                continue
            pos = i + len(surface)
            if re.search(r"\d\s*-\s*(?:to\s+)?\d|\bto\b|±|\+/-", surface):
                yield None  # ranges with a midpoint value are not a single figure
                continue
            yield "quantulum3 en", text, i, i + len(surface), float(g["value"]), "en"


_T2N_NUMBER = re.compile(r"(?<![\w.,+-])\d+(?:[.,]\d+)?(?![\w.]|,\d)")


def _text2num(data: Path):
    """Digit-form cardinals in the alpha2digit expected sentences."""
    for case in read_jsonl(data / "text2num_tests" / "text2num_de_en.jsonl"):
        if case["function"] != "alpha2digit" or case.get("expect_error"):
            continue
        text = str(case["expected"])
        lang = case["lang"]
        for m in _T2N_NUMBER.finditer(text):
            s = m.group()
            v = float(s.replace(",", ".")) if lang == "de" else float(s.replace(",", ""))
            yield f"text2num {lang}", text, m.start(), m.end(), v, lang


_NOT_PLAIN = re.compile(r"[/^×]|\d\s*[eE][+-]?\d|\d\s*x\s*10")
_ALLOWED_WORDS = None


def is_digit_form(text: str, start: int, end: int) -> bool:
    """Written in digits: no number words ("3 hundred"), fractions, exponents, and not
    a piece of a date, phone number or address chain ("5/17/2018", "192.168.1.2")."""
    global _ALLOWED_WORDS
    if _ALLOWED_WORDS is None:
        from bot.engine.numbers import MULTIPLIERS
        from bot.engine.units import _UNITS

        _ALLOWED_WORDS = {w for k in _UNITS for w in re.findall(r"[^\W\d_]+", k)} | set(MULTIPLIERS) | {
            "us", "c", "a", "nz", "hk", "mio", "mrd", "fast", "rund", "etwa", "about", "nearly", "over"}
    surface = text[start:end]
    if _NOT_PLAIN.search(surface):
        return False
    for w in re.findall(r"[^\W\d_]+", surface):
        lw = w.lower().rstrip(".")
        if lw not in _ALLOWED_WORDS and not (w.isupper() and len(w) == 3) and lw not in ("rmb", "元"):
            return False
    if re.match(r"[./:-]\d", text[end:end + 2]) or re.search(r"\d[./:-]$", text[max(0, start - 2):start]):
        return False
    return True


def evaluate(data: Path) -> dict[str, dict]:
    stats: dict[str, dict] = defaultdict(lambda: {"n": 0, "ok": 0, "misses": []})
    skipped = 0
    cache: dict[tuple[str, str], list] = {}
    for source in (_recognizers(data), _quantulum(data), _text2num(data)):
        for item in source:
            if item is None:
                skipped += 1
                continue
            key, text, start, end, value, lang = item
            figs = cache.get((text, lang))
            if figs is None:
                figs = cache[(text, lang)] = find_figures(text, lang)
            st = stats[key]
            plain = is_digit_form(text, start, end)
            ok = _correct(figs, start, end, value)
            st["n"] += 1
            st["ok"] += ok
            st["plain_n"] = st.get("plain_n", 0) + plain
            st["plain_ok"] = st.get("plain_ok", 0) + (plain and ok)
            if not ok and len(st["misses"]) < 8:
                st["misses"].append(f"{'plain ' if plain else ''}{text[start:end]!r}={value} in {text[:70]!r}")
    return {"sets": dict(stats), "skipped_word_form": skipped}


def format_figures(res: dict) -> list[str]:
    lines = ["| spec | digit-form gold | correct | **accuracy** | all gold with a digit | correct | accuracy |",
             "|---|---|---|---|---|---|---|"]
    tot = [0, 0, 0, 0]
    acc = lambda ok, n: f"{ok / n:.3f}" if n else "-"  # noqa: E731
    for k, v in sorted(res["sets"].items()):
        pn, po = v.get("plain_n", 0), v.get("plain_ok", 0)
        lines.append(f"| {k} | {pn} | {po} | {acc(po, pn)} | {v['n']} | {v['ok']} | {acc(v['ok'], v['n'])} |")
        for i, x in enumerate((pn, po, v["n"], v["ok"])):
            tot[i] += x
    lines.append(f"| **all** | {tot[0]} | {tot[1]} | **{acc(tot[1], tot[0])}** | {tot[2]} | {tot[3]} | "
                 f"{acc(tot[3], tot[2])} |")
    lines.append("")
    lines.append(f"Word-form or range gold figures skipped: {res['skipped_word_form']}.")
    return lines + [""]
