"""What a follow-up question asks for, and whether a sentence can give it.

"Wann …?" wants a time, "Was kostet …?" a sum of money, "Wie viel …?" / "How many …?" an
amount, "Wer …?" / "Who …?" a person or organisation, "Warum …?" a reason, "Wo …?" a place, "Was sagt X …?" words
someone said. The answerer only re-weights sentences that already share words with the
question; these tests never make an unrelated sentence an answer.
"""
from __future__ import annotations

import re
from bisect import bisect_right

from .names import FIRST_NAMES, TITLES
from .sentences import Sentence
from .units import is_currency

# Question openings, German and English (after an optional "und"/"and"/"also"/"so").
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern, re.IGNORECASE)) for kind, pattern in (
    ("money", r"(?:was\s+(?:kostet|kosten|kostete)|wie\s+teuer|wie\s*viel\s+(?:geld|kostet|kosten)|"
              r"how\s+much\s+(?:money|does|did|will|would|is|are)\b.{0,60}?\b(?:cost|pay|spend|worth)|"
              r"how\s+expensive|what\s+(?:does|did|will)\s+.{1,40}\s+cost|what\s+is\s+the\s+(?:price|cost))\b"),
    ("amount", r"(?:wie\s*viele?|wie\s+(?:hoch|teuer|groß|lang|weit|alt|schwer|stark)|was\s+kostet|"
               r"um\s+wie\s*viel|how\s+(?:much|many|long|big|high|large|far|old|expensive)|"
               r"what\s+(?:percentage|share|proportion|number|amount)|what\s+does\s+.{1,40}\s+cost)\b"),
    ("time", r"(?:wann|seit\s+wann|bis\s+wann|ab\s+wann|when|what\s+time|(?:in\s+)?which\s+year|what\s+year|"
             r"how\s+soon)\b"),
    ("statement", r"(?:was\s+(?:sagt|sagte|sagten|sagen|meint|meinte|erklärte|erklärt|kritisiert|fordert|"
                  r"forderte)|what\s+(?:did|does|do)\s+.{1,60}\s+(?:say|think|claim|want)|"
                  r"how\s+(?:did|does)\s+.{1,60}\s+(?:describe|react|respond))\b"),
    ("person", r"(?:wer|wem|wen|wessen|von\s+wem|mit\s+wem|who|whom|whose|which\s+(?:team|club|company|"
               r"firm|country|party|player|minister|leader|official|city|group|person|man|woman))\b"),
    ("reason", r"(?:warum|weshalb|wieso|weswegen|aus\s+welchem\s+grund|why|for\s+what\s+reason)\b"),
    ("place", r"(?:wo|wohin|woher|where|in\s+which\s+(?:city|country|town|place))\b"),
))
_OPENING = re.compile(r"^\W*(?:(?:und|aber|also|and|but|so|ok|okay)\W+)?", re.IGNORECASE)

_TIME = re.compile(
    r"\b(?:1[89]\d\d|20\d\d|januar|februar|märz|april|mai|juni|juli|august|september|oktober|"
    r"november|dezember|january|february|march|june|july|october|december|montag|dienstag|"
    r"mittwoch|donnerstag|freitag|samstag|sonntag|monday|tuesday|wednesday|thursday|friday|"
    r"saturday|sunday|heute|gestern|morgen|today|yesterday|tomorrow|tonight|uhr|o'clock|"
    r"nächsten?|kommenden?|vergangenen?|letzten?|next|last|frühjahr|sommer|herbst|winter|spring|"
    r"summer|autumn|jahresende|quartal|quarter|wochen?|monaten?|jahren?|weeks?|months?|years?)\b"
    r"|\b\d{1,2}\.\s", re.IGNORECASE)
_REASON = re.compile(
    r"\b(?:weil|denn|wegen|aufgrund|deshalb|daher|darum|deswegen|da\s+(?:die|der|das|es|sie|er|man|\w+en)\b|"
    r"um\s+\w+(?:\s+\w+){0,6}\s+zu|because|due\s+to|as\s+a\s+result|so\s+that|in\s+order\s+to|"
    r"since|after|amid|following)\b", re.IGNORECASE)
_PLACE = re.compile(r"\b(?:in|im|nach|aus|bei|vor|at|from|near|across|outside|inside)\s+"
                    r"(?:der\s+|dem\s+|den\s+|the\s+)?[A-ZÄÖÜ]\w+")
_QUOTE_MARKS = frozenset("„“”\"»«‚‘’")
_CAP_WORD = re.compile(r"(?<=[\s(])[A-ZÄÖÜ][\w'’-]+")


def question_kind(question: str) -> str | None:
    """'money', 'amount', 'time', 'statement', 'person', 'reason', 'place' or None (a plain
    question)."""
    q = _OPENING.sub("", question or "", count=1)
    for kind, pattern in _KINDS:
        if pattern.match(q):
            return kind
    return None


def answering(kind: str | None, text: str, sentences: list[Sentence], language: str):
    """A test `(start, end) -> bool`: can this sentence of the article give what a question
    of that kind asks for? Amounts and sums of money are the engine's own figures (so a
    year or a date is no amount, and "1,2 Mrd. Euro" is money); the rest are cheap tests
    of the sentence text, run only for sentences that already match the question."""
    if kind in ("amount", "money"):
        starts = _figure_sentences(kind, text, sentences, language)
        return lambda start, end: start in starts
    test = _TESTS.get(kind)
    if test is None:
        return lambda start, end: False
    german = language == "de"
    return lambda start, end: test(text[start:end], german)


def _figure_sentences(kind: str, text: str, sentences: list[Sentence], language: str) -> frozenset[int]:
    from .figures import find_figures

    starts = [s.start for s in sentences]
    out = set()
    for f in find_figures(text, language):
        if kind == "amount" or is_currency(f.unit):
            i = bisect_right(starts, f.start) - 1
            if i >= 0:
                out.add(starts[i])
    return frozenset(out)


def _names_someone(sentence: str, german: bool) -> bool:
    """A given name, a title or role ('Ministerin', 'Sprecher'), or (English) any capitalised
    word inside the sentence; German capitalises every noun, so there that says nothing."""
    words = [w.lower() for w in _CAP_WORD.findall(" " + sentence)]
    return any(w in FIRST_NAMES or w in TITLES for w in words) or (bool(words) and not german)


_TESTS = {
    "time": lambda s, german: bool(_TIME.search(s)),
    "reason": lambda s, german: bool(_REASON.search(s)),
    "place": lambda s, german: bool(_PLACE.search(s)),
    "statement": lambda s, german: any(ch in _QUOTE_MARKS for ch in s),
    "person": _names_someone,
}
