"""Figures: both locales, number shapes, what is not a figure, and the context phrase.
Examples are made up for these tests."""
import math

import pytest

from bot.engine.figures import context_of, find_figures, scan_numbers
from bot.engine.numbers import parse_number, read_run


def figs(text, lang):
    return {f.text: f for f in find_figures(text, lang)}


@pytest.mark.parametrize("surface,lang,value", [
    ("1.000", "de", 1000), ("1.000", "en", 1.0), ("1,000", "en", 1000), ("1,000", "de", 1.0),
    ("12,34,567.89", "en", 1234567.89), ("1.111,11", "en", 1111.11), ("1,3", "en", 1.3),
    ("22,240,260,310", "en", 22240260310), ("5'000", "de", 5000), ("0,125", "de", 0.125),
    ("1.234.567", "en", 1234567), ("2.5", "de", 2.5),
])
def test_read_run_both_locales(surface, lang, value):
    assert read_run(surface, lang) == pytest.approx(value)


def test_chains_are_split_into_integers():
    assert [v for _, _, v in read_run("192.168.1.2", "de")] == [192, 168, 1, 2]
    assert [v for _, _, v in read_run("22,24,26,31", "en")] == [22, 24, 26, 31]
    nums = scan_numbers("Die Adresse 10.0.0.7 und der Termin 03.11.2031.", "de")
    assert all(x.why for x in nums)  # address and date pieces: read, but not figures


def test_money_in_both_locales_and_positions():
    f = figs("Der Verlag meldet 2,5 Mio. Euro Gewinn, EUR 7 pro Heft und 3 Euro Porto; Preis €5,-.", "de")
    assert f["2,5 Mio. Euro"].value == 2_500_000 and f["2,5 Mio. Euro"].unit == "EUR"
    assert f["EUR 7"].value == 7 and f["EUR 7"].unit == "EUR"
    assert f["3 Euro"].unit == "EUR"
    assert f["€5"].value == 5
    g = figs("The studio earned $2.4bn, about £1.9bn, and paid 40 cents a share.", "en")
    assert g["$2.4bn"].value == pytest.approx(2.4e9) and g["$2.4bn"].unit == "USD"
    assert g["about £1.9bn"].approx and g["about £1.9bn"].unit == "GBP"
    assert g["40 cents"].value == 40 and g["40 cents"].unit == "ct"


def test_negative_ranges_fractions_and_space_grouping():
    f = figs("Die Temperatur fiel auf -7 Grad, der Umsatz stieg um 10-12 Prozent, "
             "1 000 000 Menschen warteten 1 1/2 Stunden.", "de")
    assert f["-7 Grad"].value == -7
    assert f["10-12 Prozent"].value == 10 and f["10-12 Prozent"].unit == "%"
    assert f["1 000 000 Menschen"].value == 1_000_000
    assert f["1 1/2 Stunden"].value == 1.5
    g = figs("The index closed at minus 3 percent; a rate of 1.3e6 per year.", "en")
    assert g["minus 3 percent"].value == -3
    assert any(x.value == pytest.approx(1.3e6) for x in g.values())


def test_dates_clock_times_and_names_are_read_but_not_figures():
    text = "Am 22.04. zwischen 17 bis 18 Uhr, seit 2019 und am 3. Mai landete eine Boeing 747."
    assert find_figures(text, "de") == []
    whys = {text[x.start:x.end]: x.why for x in scan_numbers(text, "de")}
    assert whys["2019"] == "year" and whys["18"] == "clock"
    assert find_figures("We met on Oct/2 at 7 and again on 5/17/2031 in the 1990s.", "en") == []


def test_a_count_of_four_digits_is_not_a_year():
    f = figs("Last month 2018 cars were recalled.", "en")
    assert f["2018"].value == 2018
    assert find_figures("In 2018 sales rose.", "en") == []


def test_context_is_the_clause_and_never_cuts_another_number():
    text = ("Die Stadt meldete, dass die Kosten des Projekts von 48 Mio. Euro auf zuletzt 97 Mio. Euro "
            "gestiegen sind. Danach folgte nichts.")
    f = figs(text, "de")
    assert "Kosten" in f["48 Mio. Euro"].context and "97 Mio. Euro" in f["48 Mio. Euro"].context
    assert "von 48 Mio. Euro" in f["97 Mio. Euro"].context
    for fig in f.values():
        assert "Danach" not in fig.context and not fig.context.endswith(("97", "48", "Mio."))


def test_context_of_a_parenthesised_figure_keeps_its_clause():
    text = "Die Plattform entfernte die meisten Bots (90 % entfernt) im letzten Jahr."
    assert "Bots" in figs(text, "de")["90 %"].context
    start = text.index("90 %")
    assert "entfernte die meisten Bots (90 % entfernt)" in context_of(text, start, start + 4)


@pytest.mark.parametrize("text", ["1e999", "9" * 500 + " Euro", "10^999", "-" * 50 + "5", "1," * 500 + "1",
                                  "½⅔ 2½", "3.5e-400 und 1e308e5", "\u00a0" * 3 + "1 000\u202f000"])
def test_no_exceptions_and_verbatim_on_odd_numbers(text):
    for lang in ("de", "en", "fr"):
        for f in find_figures(text, lang):
            assert text[f.start:f.start + len(f.text)] == f.text
            assert f.value is None or math.isfinite(f.value)
    assert parse_number("1e999") is None and parse_number("9" * 500) is None
