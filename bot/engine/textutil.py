"""Word-level helpers shared by the summariser and the question answerer."""
from __future__ import annotations

import operator
import re

WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")

STOPWORDS = frozenset(
    """
    der die das und ist nicht ein eine einen einem einer eines dem den des sich mit auf
    für von zu im in an am auch wird werden wurde wurden sie er es wir ich ihr du dass
    aber noch nach bei aus über oder wie nur so hat haben hatte hatten sind war waren
    kann können konnte soll sollen sollte muss müssen sein seine seiner seinen seinem
    ihre ihren ihrem ihrer diese dieser dieses diesem diesen zum zur vom um als wenn
    man mehr schon sehr jetzt dann da hier dort wo was wer wie warum weil denn doch
    ja nein nun bis gegen ohne unter vor zwischen durch sagte sagt sei seien habe
    the a an and or but is are was were be been being of to in on at by for with from
    as that this these those it its he she they we you i his her their our your them
    him us me my not no yes have has had do does did will would can could should
    may might must shall said says say also than then there here which who whom whose
    what when where why how about into over after before more most other some such
    only just so very too up down out off again further once all any both each few
    """.split()
)


def content_words(text: str) -> list[str]:
    return [w for w in WORD.findall(text.lower())
            if w not in STOPWORDS and len(w) > 1 and not w.isdigit()]


def stem(word: str) -> str:
    """A crude stem: long words are cut to a prefix so that inflections and German
    compounds ("Werbegeschäft", "Werbetreibende") meet. Good enough for overlap
    scoring; never shown to users."""
    return word[:6] if len(word) > 6 else word


def lower_same_length(text: str) -> str:
    """text.lower(), but guaranteed to keep every offset (a few characters such as
    "İ" grow when lower-cased; those are left as they are)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def content_words_lower(low: str) -> list[str]:
    """content_words() for text that is already lower-cased (faster in bulk)."""
    return [w for w in WORD.findall(low) if w not in STOPWORDS and len(w) > 1 and not w.isdigit()]


# --- fast per-sentence stems -------------------------------------------------------
#
# The summariser needs, for every sentence, the set of its words' 6-letter prefixes.
# For Western European text we work on bytes: one cp1252 encode (one byte per
# character, so offsets are kept; other characters become "?") and one translate
# that lower-cases letters and blanks everything else, both in C. A sentence's stems
# are then one split and one map of the byte string, with no regex. Text with many
# characters outside cp1252 (Cyrillic, Polish, Greek...) takes the Unicode regex path.

LETTER_RUN = re.compile(r"[^\W\d_]{2,}")
_IS_LETTER = re.compile(r"[^\W\d_]")
PREFIX6 = operator.itemgetter(slice(None, 6))


def _letter_table() -> bytes:
    table = bytearray(b" " * 256)
    for b in range(256):
        try:
            ch = bytes([b]).decode("cp1252")
        except UnicodeDecodeError:
            continue
        if _IS_LETTER.match(ch):
            low = ch.lower()
            try:
                enc = low.encode("cp1252")
            except UnicodeEncodeError:
                enc = b""
            table[b] = enc[0] if len(enc) == 1 else b
    return bytes(table)


_LETTER_TABLE = _letter_table()
STOP6 = frozenset(w[:6] for w in STOPWORDS)
_STOP6_BYTES = frozenset({w.encode("cp1252") for w in STOP6} | {bytes([b]) for b in range(256)})


class Stems:
    """Stem sets of spans of one text: `of(start, end)`; `of_words(words)` for other
    text (a title) in the same representation, so the sets can be compared."""

    __slots__ = ("data", "is_bytes", "stop")

    def __init__(self, text: str, low: str | None = None):
        if text.isascii():  # (O(1)) the same bytes, without the charmap codec
            enc = text.encode("ascii")
            foreign = 0
        else:
            enc = text.encode("cp1252", "replace")
            foreign = enc.count(b"?") - text.count("?")
        if foreign * 100 <= len(text):
            self.is_bytes = True
            self.data = enc.translate(_LETTER_TABLE)
            self.stop = _STOP6_BYTES
        else:
            self.is_bytes = False
            self.data = low if low is not None else lower_same_length(text)
            self.stop = STOP6

    def of(self, start: int, end: int) -> set:
        if self.is_bytes:
            out = set(map(PREFIX6, self.data[start:end].split()))
        else:
            out = set(map(PREFIX6, LETTER_RUN.findall(self.data, start, end)))
        out -= self.stop
        return out

    def of_words(self, words) -> set:
        if self.is_bytes:
            return {w[:6].encode("cp1252", "replace") for w in words}
        return {w[:6] for w in words}
