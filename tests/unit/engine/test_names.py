"""The first-name lexicon (bot/engine/names.py, merged with bot/engine/firstnames.py)."""
from __future__ import annotations

import re

from bot.engine.firstnames import ALL_FIRST, FEMALE_FIRST, MALE_FIRST, NEUTRAL_FIRST
from bot.engine.names import FEMALE_NAMES, FIRST_NAMES
from bot.engine.people import People

# Words that are also names but, capitalised at a sentence start or as German nouns, would
# turn ordinary text into "people" ("Im August Präsident ...", "Roman Bestseller"), or that
# appear in lower case in speaker phrases ("nur", "du", "wen", "can", "said").
MONTHS = """januar februar märz april mai juni juli august september oktober november dezember
    january february march may june july october december""".split()
WEEKDAYS = """montag dienstag mittwoch donnerstag freitag samstag sonnabend sonntag
    monday tuesday wednesday thursday friday saturday sunday""".split()
GERMAN_WORDS = """roman wolf heide engel sonne stern kraft glück friede frieden heil christ kasper
    fink adel marine tor stein helle inka lama tal nur wen du jude brett kamel duma ross armen
    davor bisher allen hertha linde lenz mercedes meta per gen rom bar sultan emir jihad amal
    lore wade zack edit isla""".split()
ENGLISH_WORDS = """will mark rose hope faith grace page art bill rich grant sterling summer guy
    drew ray sue pat penny lance hunter dawn odd rune tore tone lone lies beat said can jet
    floor job chase ivy hazel holly heather lily daisy ruby pearl crystal olive violet cliff
    tip piers matt ford""".split()
PLACES_AND_BRANDS = """georgia jordan israel virginia carolina florence sydney austin orlando
    madison jackson morgan chelsea santiago salvador riad riyad hong kong abu alpha milan
    memphis costa nursultan sofia verona""".split()
CURRENCIES = "yuan lei dinar euro".split()
AMBIGUOUS = set(MONTHS + WEEKDAYS + GERMAN_WORDS + ENGLISH_WORDS + PLACES_AND_BRANDS + CURRENCIES)

# entries of the older hand-made list in names.py that break the rule; kept as they were
LEGACY = {"roman", "mark", "bill"}


def test_ambiguous_words_are_not_in_the_new_lexicon():
    assert not AMBIGUOUS & ALL_FIRST, sorted(AMBIGUOUS & ALL_FIRST)


def test_ambiguous_words_are_not_first_names_except_legacy_entries():
    assert AMBIGUOUS & FIRST_NAMES <= LEGACY, sorted(AMBIGUOUS & FIRST_NAMES - LEGACY)
    for w in MONTHS + WEEKDAYS:
        assert w not in FIRST_NAMES, w


def test_names_from_the_news_are_known():
    for n in """lothar condoleezza gülsen özcan béla kristján joschka henk gabriela sigmar
            reinhold cem mehmet jürgen""".split():
        assert n in FIRST_NAMES, n


def test_transliterations_are_all_listed():
    for group in ("wladimir vladimir wolodymyr volodymyr", "sergej sergei sergey serhij",
                  "mohammed mohamed muhammad mohammad", "ahmad ahmed achmed",
                  "jewgeni yevgeny", "michail mikhail mychajlo", "alexej alexei oleksij"):
        for n in group.split():
            assert n in FIRST_NAMES, n


def test_gender():
    for n in "condoleezza gülsen gabriela annalena ricarda saskia olena sahra".split():
        assert n in FEMALE_NAMES, n
    for n in "lothar özcan sigmar joschka cem mehmet wolodymyr béla".split():
        assert n not in FEMALE_NAMES, n
    assert not FEMALE_FIRST & (MALE_FIRST | NEUTRAL_FIRST)
    assert not MALE_FIRST & NEUTRAL_FIRST


def test_lexicon_shape():
    assert len(ALL_FIRST) >= 2500
    assert FIRST_NAMES >= ALL_FIRST and FEMALE_NAMES >= FEMALE_FIRST
    assert FEMALE_NAMES <= FIRST_NAMES
    for n in FIRST_NAMES:
        # one lower-case word: the engine capitalises only the first letter of a listed name
        assert n == n.lower() and re.fullmatch(r"[^\W\d_]+", n), n


def test_a_new_name_registers_a_person_and_a_month_does_not():
    people = People("Außenministerin Condoleezza Rice traf Lothar Matthäus. Im August "
                    "Bundeskanzler Scholz und am Montag Präsident Macron.")
    people._ensure_mentions()
    full = {name for _, name in people.mentions}
    assert {"Condoleezza Rice", "Lothar Matthäus"} <= full
    assert not any(name.startswith(("August ", "Montag ")) for name in full), full


def test_a_woman_with_a_new_name_is_she():
    text = "Gülsen Yilmaz traf Özcan Demir. Später sprach sie über die Pläne."
    people = People(text)
    assert people.resolve_pronoun(text.index("sie über"), None, "sie") == "Gülsen Yilmaz"
