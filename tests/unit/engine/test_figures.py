import pytest

from bot.engine.figures import find_figures
from bot.engine.numbers import parse_number


@pytest.mark.parametrize("surface,lang,value", [
    ("4.000", "de", 4000), ("1,5", "de", 1.5), ("1.234,5", "de", 1234.5), ("4,800", "de", 4.8),
    ("1,000", "en", 1000), ("1.5", "en", 1.5), ("4.800", "en", 4.8), ("1,234,567.89", "en", 1234567.89),
    ("1 234 567", "de", 1234567), ("0,000001", "de", 0.000001), ("2.000,352", "de", 2000.352),
])
def test_parse_number_both_locales(surface, lang, value):
    assert parse_number(surface, lang) == pytest.approx(value)


def by_text(text, lang):
    return {f.text: f for f in find_figures(text, lang)}


def test_german_money_percent_and_approximations():
    text = ("Die Firma verlor fast 60 % ihres Umsatzes, rund 1,5 Mio. Euro. "
            "Etwa 4.000 Menschen kamen, der Anteil lag bei 0,000001-Prozent.")
    f = by_text(text, "de")
    assert f["fast 60 %"].value == 60 and f["fast 60 %"].unit == "%" and f["fast 60 %"].approx
    assert f["rund 1,5 Mio. Euro"].value == 1_500_000 and f["rund 1,5 Mio. Euro"].unit == "EUR"
    assert f["Etwa 4.000 Menschen"].value == 4000 and f["Etwa 4.000 Menschen"].unit == "people"
    assert f["0,000001-Prozent"].value == pytest.approx(1e-6)
    assert "Umsatzes" in f["fast 60 %"].context


def test_english_money_with_suffix_multipliers():
    text = "Profits jumped 76% to $1.13bn (£600m), from $639m, and nearly three people left."
    f = by_text(text, "en")
    assert f["$1.13bn"].value == pytest.approx(1.13e9) and f["$1.13bn"].unit == "USD"
    assert f["£600m"].value == 6e8 and f["£600m"].unit == "GBP"
    assert f["76%"].value == 76
    assert f["nearly three people"].value == 3 and f["nearly three people"].approx


def test_dates_years_times_ordinals_and_names_are_not_figures():
    de = "Am 3. Oktober 2023 um 14.30 Uhr belegte er den 2. Platz, am 12.03.2024 flog eine Boeing 747."
    assert find_figures(de, "de") == []
    en = "In 2004 a Boeing 747 landed at 14:30 on March 3 with G8 leaders and COVID-19 tests on Windows 95."
    assert find_figures(en, "en") == []


def test_key_figures_first():
    text = "Im Jahr kamen 12 Besucher. Der Umsatz fiel um 30 Prozent auf 2 Mrd. Dollar."
    figs = find_figures(text, "de")
    assert figs[0].unit in ("USD", "%")
    assert figs[-1].text == "12 Besucher"


def test_offsets_are_verbatim():
    text = "Über 1.200 Euro und 5 %, dazu 7 Millionen Menschen."
    for f in find_figures(text, "de"):
        assert text[f.start:f.start + len(f.text)] == f.text
