"""Speed rewrites must not change results: each fast form is checked against the plain
form it replaced, over arbitrary text."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.engine.cues import CUE_VARIANTS, may_have_cue, tokens_of
from bot.engine.people import _NAME_AFTER_CUE

# the token pattern before the speed-up (alternatives tried at every position)
_PLAIN_TOKEN = re.compile(
    r"\b(?i:dr|mr|mrs|ms|st|prof|jr|sr|gen|sen|rep|gov|col|lt|hr|fr|del)\.(?!\w)|\b(?:[A-Z]\.){1,3}(?![\w.])"
    r"|[\w’'-]+(?:\.[\w’'-]+)*|[,:;()–—.!?]")

pieces = st.one_of(
    st.text(max_size=12),
    st.sampled_from(["Dr.", "dr.", "Mrs.", "PROF.", "St.", "ſt.", "del.", "Gen.-Maj.", "U.S.", "U.S.A.",
                     "A.B.C.D.", "z.B.", "e.g.", "J.R.R.", "3.5", "’s", "-", "–", "—", " ", ". ", ",",
                     "Mr.Smith", "ab.", "É.", "Abcd.", "Abcde.", "x.y.z", "(", ")", "!", "?", "\n"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(pieces, max_size=30).map("".join))
def test_tokens_match_plain_pattern(text):
    assert tokens_of(text) == _PLAIN_TOKEN.findall(text)


_PLAIN_MARKS = str.maketrans({c: " " for c in "„“”\"»«‚‘’()–—/"})


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(pieces, st.sampled_from(["sagte", "said", "„", "“", "(said", "Rede“sagte",
                                                   "\u00a0", "\u2009", "\x1c", "\x85"])),
                max_size=30).map("".join))
def test_may_have_cue_matches_plain_form(text):
    plain = not CUE_VARIANTS.isdisjoint(text.split()) or (
        any(c in text for c in "„“”\"»«‚‘’()–—/")
        and not CUE_VARIANTS.isdisjoint(text.translate(_PLAIN_MARKS).split()))
    assert may_have_cue(text) == plain


_PLAIN_NAME_AFTER_CUE = re.compile(
    r"(?:sagte|sagt|erklärte|betonte|so|said|says) ([A-ZÄÖÜ][a-zäöüß’'-]+[a-zäöüß])\b(?![ ][A-ZÄÖÜ])")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["sagte", "sagt", "erklärte", "betonte", "so", "also", "said", "says", " ",
                                 "  ", "Müller", "Hans", "Ab", "Picasso", "Waso", "-", "’s", ",", "x",
                                 "Öz", "ab", "\n"]), max_size=30).map("".join))
def test_name_after_cue_matches_plain_pattern(text):
    def found(rx):
        return [(m.start(1), m.group(1)) for m in rx.finditer(text)]
    assert found(_NAME_AFTER_CUE) == found(_PLAIN_NAME_AFTER_CUE)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["Getty Images", "getty images", "AFP /", "afp/", "DPA/", "dpa /", "(Foto:",
                                 "(BILD:", "Cookie", "COOKİE", "cooKie", "\u212a", "İ", "Σ", "ΑΣ ", "“", "„",
                                 "Click here", "hier klicken", "JavaScript", "e-mail to a friend", "Foto ",
                                 "Bildquelle: x", "© 2020", "by John Smith", ". ", "\n\n", " ", "é", "€",
                                 "Printable version", "All rights reserved", "Share", "x-y-z"]),
                max_size=25).map("".join), st.sampled_from([None, "Getty Images", "Share this"]))
def test_boilerplate_flags_match_lowercased_str_form(text, title):
    from bot.engine.boilerplate import boilerplate_flags
    from bot.engine.sentences import split_sentences

    sents = split_sentences(text, "en")
    low = text.lower()
    if len(low) != len(text):
        low = text
    assert boilerplate_flags(text, sents, title) == boilerplate_flags(text, sents, title, low=low)


_PLAIN_QUOTE_EVENTS = re.compile(r"[„“”\"»«‚‘’‹›'\n]")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(pieces, st.sampled_from(["„", "“", "”", "\"", "»", "«", "‚", "‘", "’", "‹", "›",
                                                   "'", "''", "\n", "\n\n", "Musk’s"])),
                max_size=30).map("".join))
def test_quote_events_match_character_set_scan(text):
    from bot.engine.quotemarks import _events

    assert _events(text) == [(m.start(), m.group()) for m in _PLAIN_QUOTE_EVENTS.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["der", "die", "the", "and", "le", "la", "de", "het", "el", "il", "o", "a",
                                 "und", "of", "x", "1", "—", "Der"]), max_size=60))
def test_language_counts_match_counter_form(tokens):
    from collections import Counter

    from bot.engine import language

    def plain(tokens):  # the Counter-based form before the speed-up
        counter = Counter(tokens)
        counts = dict.fromkeys(language._STOPWORDS, 0)
        for w in counter.keys() & language._LANGS_OF.keys():
            for lang in language._LANGS_OF[w]:
                counts[lang] += counter[w]
        ranked = sorted(counts.items(), key=lambda kv: kv[1], reverse=True)
        top = ranked[0][1]
        if top < 2 or top <= ranked[1][1]:
            return None
        if top < 0.08 * len(tokens) and top < 0.08 * sum(t[:1].isalpha() for t in tokens):
            return None
        return ranked[0][0]

    assert language._decide(tokens) == plain(tokens)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Haus", "bzw", "Dr", "z", "B", "U.S", "3", "12", "ca", "etc", "Abcdefghij", "x1",
                                 " ", "  ", "\t", "\u00a0", "(", "„", "-", ".", "..", "é", "İ", "ſt", "a" * 50]),
                min_size=1, max_size=20).map("".join), st.sampled_from(["en", "de"]))
def test_plain_word_fast_path_agrees_with_blocked(head, language):
    from bot.engine.sentences import _blocked, _plain_word_before

    line = head + ". Next"
    k = len(head)
    if _plain_word_before(line, k) and line[k + 1:k + 2] != ".":
        assert not _blocked(line, k, k + 1, language)
