"""Units and currencies that may follow (or precede) a number, and their canonical names."""
from __future__ import annotations

_UNITS: dict[str, str] = {}


def _add(canonical: str, *surfaces: str) -> None:
    for s in surfaces:
        _UNITS[s.lower()] = canonical


_add("%", "%", "prozent", "percent", "per cent", "pct", "vh", "percentage")
_add("pp", "prozentpunkte", "prozentpunkt", "percentage points", "percentage point")
_add("EUR", "€", "euro", "euros", "eur")
_add("USD", "$", "us-dollar", "us dollar", "us dollars", "us-dollars", "dollar", "dollars", "usd",
     "amerikanische dollar", "american dollars")
_add("CAD", "canadian dollars", "canadian dollar", "kanadische dollar", "kanadischen dollar", "cad")
_add("AUD", "australian dollars", "australian dollar", "australische dollar", "aud")
_add("HKD", "hong kong dollars", "hkd")
_add("ct", "cents", "cent", "ct", "pence", "penny", "rappen")
_add("FRF", "francs", "franc", "französische franc")
_add("ESP", "pesetas", "peseta")
_add("NLG", "dutch guilders", "guilders", "gulden")
_add("FIM", "finnish markka", "markka", "finnische mark")
_add("DEM", "d-mark", "deutsche mark")
_add("KHR", "kambodschanische riel", "cambodian riel", "riel")
_add("CNY", "chinese yuan", "rmb", "cny")
_add("JPY", "japanese yen", "jpy")
_add("GBP", "£", "pfund", "pound", "pounds", "gbp", "pfund sterling")
_add("CHF", "franken", "chf", "fr.", "swiss francs", "schweizer franken")
_add("JPY", "¥", "yen")
_add("CNY", "yuan", "renminbi", "元")
_add("USD", "musd")
_add("EUR", "meur")
_add("GBP", "mgbp")
_add("RUB", "rubel", "roubles", "rubles")
_add("INR", "rupien", "rupees", "indische rupien", "indian rupees", "rupee")
_add("CRC", "₡")
_add("GEL", "₾")
_add("LAK", "₭")
_add("KRW", "₩")
_add("INR", "₹")
_add("people", "personen", "menschen", "leute", "einwohner", "einwohnern", "mitarbeiter",
     "mitarbeitern", "beschäftigte", "teilnehmer", "besucher", "zuschauer", "tote", "toten",
     "todesopfer", "verletzte", "opfer", "kinder", "frauen", "männer", "soldaten",
     "flüchtlinge", "passagiere", "fans", "schüler", "studenten", "patienten", "menschenleben",
     "people", "persons", "residents", "employees", "workers", "staff", "visitors",
     "deaths", "dead", "victims", "children", "women", "men", "soldiers", "refugees",
     "passengers", "fans", "students", "patients", "jobs", "arbeitsplätze", "stellen")
_add("users", "nutzer", "nutzern", "kunden", "users", "customers", "subscribers", "abonnenten")
_add("km/h", "km/h", "kmh", "stundenkilometer")
_add("mph", "mph", "miles per hour")
_add("km", "km", "kilometer", "kilometern", "kilometres", "kilometers")
_add("m", "meter", "metern", "metres", "meters")
_add("cm", "cm", "zentimeter")
_add("mm", "mm", "millimeter")
_add("mi", "miles", "meilen")
_add("ft", "feet", "ft")
_add("kg", "kg", "kilogramm", "kilo", "kilograms", "kilogrammes")
_add("t", "tonnen", "tonnes", "tons")
_add("°C", "°c", "grad celsius", "grad", "degrees celsius", "degrees")
_add("°F", "°f", "degrees fahrenheit")
_add("l", "liter", "litres", "liters")
_add("ha", "hektar", "hectares")
_add("MW", "mw", "megawatt")
_add("GW", "gw", "gigawatt")
_add("kWh", "kwh", "kilowattstunden")
_add("years", "jahre", "jahren", "jahr", "years", "year", "year-old", "years-old")
_add("months", "monate", "monaten", "monat", "months", "month")
_add("weeks", "wochen", "woche", "weeks", "week")
_add("days", "tage", "tagen", "tag", "days", "day")
_add("hours", "stunden", "stunde", "hours", "hour", "hrs", "hr", "std.")
_add("minutes", "minuten", "minute", "minutes", "min", "min.", "mins")
_add("seconds", "sekunden", "sekunde", "seconds", "second", "sec", "secs", "sek", "sek.")

# units that carry a multiplier ("120 MEUR" = 120 million euros)
UNIT_FACTORS = {"musd": 1e6, "meur": 1e6, "mgbp": 1e6}

_SORTED = sorted(_UNITS, key=len, reverse=True)


def _alt(s: str) -> str:
    import re as _re

    esc = _re.escape(s)
    return esc + (r"(?![\w])" if s[-1].isalnum() else "")


UNIT_PATTERN = "(?i:" + "|".join(_alt(s) for s in _SORTED) + ")"

_PREFIX = {"us$": "USD", "us-$": "USD", "usd$": "USD", "$": "USD", "€": "EUR", "£": "GBP",
           "¥": "JPY", "chf": "CHF", "eur": "EUR", "usd": "USD", "gbp": "GBP", "fr.": "CHF",
           "a$": "AUD", "c$": "CAD", "nz$": "NZD", "hk$": "HKD", "aud$": "AUD", "cad$": "CAD",
           "nzd$": "NZD", "mxn$": "MXN", "rmb": "CNY"}

_WEIGHTS = {"EUR": 1.0, "USD": 1.0, "GBP": 1.0, "CHF": 1.0, "JPY": 1.0, "CNY": 1.0, "RUB": 1.0,
            "INR": 1.0, "AUD": 1.0, "CAD": 1.0, "NZD": 1.0, "HKD": 1.0, "MXN": 1.0, "ct": 0.9,
            "FRF": 1.0, "ESP": 1.0, "NLG": 1.0, "FIM": 1.0, "DEM": 1.0,
            "%": 0.9, "pp": 0.85, "people": 0.75, "users": 0.75}


def canonical_unit(unit: str | None, prefix: str | None) -> str | None:
    if prefix:
        return _PREFIX.get(prefix.strip().lower(), prefix.strip())
    if unit:
        return _UNITS.get(unit.lower(), unit)
    return None


def is_currency(unit: str | None) -> bool:
    """Canonical money units: ISO codes (EUR, USD, ...) and cents."""
    return unit == "ct" or (unit is not None and len(unit) == 3 and unit.isupper())


def unit_weight(unit: str | None) -> float:
    if unit is None:
        return 0.2
    if unit in ("years", "months", "weeks", "days", "hours", "minutes", "seconds"):
        return 0.35
    return _WEIGHTS.get(unit, 0.5)


# ---- fast lookup of the unit that starts at a position (dictionary, not a regex alternation)

import re as _re

_WORD = _re.compile(r"[^\W\d_]+")
_SYMBOLS = frozenset(k for k in _UNITS if len(k) == 1 and not k.isalpha()) | {"元"}
_FIRST_WORDS = frozenset(k.split(" ")[0] for k in _UNITS if " " in k)


def unit_at(text: str, p: int) -> int:
    """End offset of the longest known unit or currency written at text[p:], or -1."""
    n = len(text)
    if p >= n:
        return -1
    c = text[p]
    if c in _SYMBOLS:
        return p + 1
    if c == "°":
        return p + 2 if text[p + 1:p + 2] in ("C", "F", "c", "f") and p + 1 < n else -1
    m = _WORD.match(text, p)
    if m is None:
        return -1
    e = m.end()
    w = m.group().lower()
    best = e if w in _UNITS else -1
    if e < n:
        nxt = text[e]
        if nxt == "." and w + "." in _UNITS:
            best = e + 1
        elif nxt in "/-":
            m2 = _WORD.match(text, e + 1)
            if m2 and (w + nxt + m2.group().lower()) in _UNITS:
                best = m2.end()
        elif nxt == " " and w in _FIRST_WORDS:
            m2 = _WORD.match(text, e + 1)
            if m2:
                w2 = w + " " + m2.group().lower()
                if w2 in _UNITS:
                    best = m2.end()
                if m2.end() < n and text[m2.end()] == " ":
                    m3 = _WORD.match(text, m2.end() + 1)
                    if m3 and (w2 + " " + m3.group().lower()) in _UNITS:
                        best = m3.end()
    if best > 0 and best < n and text[best].isdigit():
        return -1  # "km2", "MP3"
    return best
