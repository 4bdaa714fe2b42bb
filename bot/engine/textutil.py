"""Word-level helpers shared by the summariser and the question answerer."""
from __future__ import annotations

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
