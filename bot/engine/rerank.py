"""A learned fallback for quotes the rules leave without a named speaker.

The hand-written rules give one speaker per quote. When they give none (or only a
pronoun they could not resolve), this module gathers who the quote could be from:
names mentioned in its sentence and the three before it, the previous quote's speaker,
the subject of its sentence, the cue subject of the sentence before, capitalised runs,
sources named by 'laut', 'nach Angaben', '… zufolge', 'wie … mitteilte', 'heißt es in',
and institutions or roles with an article ('die Polizei', 'das Ministerium'). Each is
described by a few interpretable features and scored by a conditional logit trained
offline on Wikinews train only (benchmarks/train_ranker.py; weights in rankweights.py).

Overriding a named rule answer (tried 2026-11-28 with rule-answer features: where the
answer stands, whether it only opens a sentence, whether it was inherited, how often the
article repeats it): in document-level cross-validation on train the overrides fixed
about as many quotes as they broke at every margin (best 4 fixed, 1 broken of ~1,380;
a boosted-tree and a pairwise override model did no better). They help on indirect
speech put in „…“ when the rule answer was inherited from the previous quote, and hurt
on real direct quotes, where an inherited speaker is nearly always right. So MARGIN
stays at 'never' unless a retrain finds fixes beating breaks by a sign test.

Pure standard library: a dot product per candidate, a handful of candidates per quote.
"""
from __future__ import annotations

import bisect
import math
import re

from .attribution import clause_subject, german_subject
from .cues import tokens_of
from .names import FIRST_NAMES, PRONOUNS
from .people import People, gender_fits
from .quotecues import _cue_before, _drop_brackets
from .rankweights import MARGIN, NEW_MIN, WEIGHTS
from .sentences import Sentence
from .speakerscore import person_score

FEATURES = ("bias", "rule", "rule_cue", "rule_pron", "rule_inherit", "mention", "prev", "subject",
            "clause", "prev_subject", "capseq", "cue_prev", "after", "same_sent", "sent_dist", "char_dist", "pscore", "first_name",
            "full_name", "count", "salience", "prep_before", "in_other_quote", "gender_clash",
            "no_rule", "source", "institution", "r_pscore", "r_oneword", "r_weak", "r_near", "r_count",
            "r_initial", "r_lower", "r_unknown", "r_placed", "only_capseq")
_BACK = 3  # sentences before the quote's own in which candidates are sought
# a word right before a mention that makes it an object, not a subject ('mit Merkel', 'dem Minister')
_PREP = frozenset("""mit bei von vom gegen für über an am zu zum zur nach laut auf gegenüber dem den
    with to by against about for from""".split())

# two or more capitalised words: names the People index does not know ('Kofi Annan', 'Bangkok Post')
_CAPSEQ = re.compile(r"\b[A-ZÄÖÜ][\w-]+(?:[ \t]+[A-ZÄÖÜ][\w-]+)+")

_LEADING = frozenset("""der die das den dem des ein eine auch laut nach so the a an am im als an auf aus bei
    beim mit von vom vor zu zum zur über unter gegen seit während wegen trotz da dann doch denn
    in und oder aber wie wenn weil dass ob noch nur schon""".split())
_ARTICLE = frozenset("der die das den dem des ein eine einer eines einem einen the a an".split())

# a source named by a preposition or an inserted 'wie … mitteilte': 'laut der Polizei',
# 'nach Angaben des Ministeriums', 'nach Polizeiangaben', 'dem Bericht zufolge'
_NOUNS_ = r"(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,2}"
_NP_ = r"(?:(?:der|die|das|dem|den|des|einer|eines)\s+)?" + _NOUNS_ + r"(?:\s+(?:der|des)\s+" + _NOUNS_ + ")?"
_SOURCE = re.compile(
    r"\b(?:[Ll]aut|[Nn]ach\s+(?:Angaben|Informationen|Darstellung|Aussagen?|Berichten)(?:\s+(?:von|vom))?|[Nn]ach(?=\s+[A-ZÄÖÜ]\w*(?:angaben|informationen)\b))"
    r"\s+(" + _NP_ + ")"
    r"|\b(" + _NP_ + r")\s+zufolge\b"
    r"|\b[Ww]ie\s+(" + _NP_ + r")\s+(?:[\w-]+\s+){0,6}?(?:mitteilte|mitteilten|berichtete|berichteten|sagte|sagten|erklärte|erklärten|meldete|meldeten|bestätigte|bekanntgab|verlautete|hieß)\b"
    r"|\b(?:heißt|hieß)\s+es\s+(?:auch\s+|weiter\s+|dazu\s+)?(?:in|im|aus|bei|beim|vom|von)\s+(" + _NP_ + ")")
_INSTITUTION_MIN = 1
_FROM_FACTS = re.compile(r"(?:angaben|informationen|kreisen)$")
# an institution or a role named with an article: 'die Polizei', 'das Ministerium', 'der Bericht'
_INSTITUTION = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]em|[Dd]en|[Dd]es)\s+(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}")

# where a candidate was found, besides a run of capitalised words
_SOURCES = ("rule", "mention", "prev", "subject", "clause", "prev_subject", "cue_prev", "source", "institution")

RECORD: list | None = None  # set to a list by the training script to collect candidate features


def _empty() -> dict[str, float]:
    return {k: 0.0 for k in FEATURES}


def _key(full: str) -> str:
    words = full.lower().split()
    while len(words) > 1 and words[0] in _ARTICLE:
        words.pop(0)  # 'Die Wiener Linien' and 'Wiener Linien' are one candidate
    return " ".join(words)


def _add(cands: dict[str, dict[str, float]], name: str | None, people: People) -> dict[str, float] | None:
    """The feature row of a candidate, merged by the full name it stands for."""
    if not name or name.lower() in PRONOUNS:
        return None
    full = people.expand(name)
    key = _key(full)
    row = cands.get(key)
    if row is None:
        row = cands[key] = _empty()
        row["_name"] = full  # type: ignore[assignment]
    return row


def candidates(text: str, sentences: list[Sentence], si: int, start: int, end: int,
               rule: str | None, rule_cue: bool, rule_pron: str | None, previous: str | None,
               people: People, spans: list[tuple[int, int]], german: bool) -> list[dict]:
    """Feature rows (with '_name') for the speakers a quote at text[start:end] may have."""
    known = people.by_part
    cands: dict[str, dict[str, float]] = {}
    row = _add(cands, rule, people)
    if row is not None:
        row["rule"] = 1.0
        row["rule_cue"] = float(rule_cue)
        row["rule_pron"] = float(rule_pron is not None)
        row["rule_inherit"] = float(not rule_cue and rule_pron is None)
    row = _add(cands, previous, people)
    if row is not None:
        row["prev"] = 1.0
    if not sentences:
        return _finish_rows(cands, people, rule is None)
    own = sentences[si]
    if german and start - own.start > 12:
        toks = _drop_brackets(tokens_of(text[own.start:start - 1]))
        for src, sp in (("subject", german_subject(toks, known=known) if toks else None),
                        ("clause", clause_subject(toks) if toks else None)):
            row = _add(cands, sp, people)
            if row is not None:
                row[src] = 1.0
    if si > 0:
        ps = sentences[si - 1]
        sp, _ = _cue_before(text, ps.end, ps.start, known, german)
        row = _add(cands, sp, people)
        if row is not None:
            row["cue_prev"] = 1.0
        if german:
            toks = _drop_brackets(tokens_of(text[ps.start:min(ps.end, ps.start + 400)].rstrip(" .!?")))
            row = _add(cands, german_subject(toks, known=known) if toks else None, people)
            if row is not None:
                row["prev_subject"] = 1.0
    _mentions(cands, text, sentences, si, start, end, people, spans)
    _capitalised(cands, text, sentences[si], start, end, people, spans)
    _sources(cands, text, sentences, si, start, end, people, spans)
    mine = cands.get(_key(people.expand(rule))) if rule and rule.lower() not in PRONOUNS else None
    if mine is not None and mine["rule"]:
        _rule_features(mine, rule, text, sentences, si, start, end, people, spans)
    if rule_pron:
        for r in cands.values():
            r["gender_clash"] = float(not gender_fits(r["_name"], rule_pron))  # type: ignore[arg-type]
    return _finish_rows(cands, people, rule is None)


def _mentions(cands, text: str, sentences: list[Sentence], si: int, start: int, end: int,
              people: People, spans: list[tuple[int, int]]) -> None:
    lo = sentences[max(0, si - _BACK)].start
    hi = max(sentences[si].end, end)
    first = [s for s, _ in spans]
    starts = [x.start for x in sentences[max(0, si - _BACK):si + 1]]
    for at, full in people.mentions_between(lo, hi):
        if start <= at < end:
            continue  # a name inside the quote is what is said, not who says it
        row = _add(cands, full, people)
        if row is None:
            continue
        s = max(0, bisect.bisect_right(starts, at) - 1)
        _place(row, text, at, start, end, (min(si, _BACK) - s) if at < start else 0, first, spans)
        row["mention"] = 1.0
        row["count"] += 1.0


def _capitalised(cands, text: str, own: Sentence, start: int, end: int, people: People,
                 spans: list[tuple[int, int]]) -> None:
    """Runs of capitalised words in the quote's own sentence, outside the quote."""
    first = [s for s, _ in spans]
    for lo, hi in ((own.start, start), (end, max(own.end, end))):
        for m in _CAPSEQ.finditer(text, lo, min(hi, lo + 600)):
            words = m.group().split()
            n = len(words)
            while words and words[0].lower() in _LEADING:
                words.pop(0)  # 'Die Bangkok Post' at a sentence start, 'Am Sonntag'
            if len(words) < 2 and not (words and len(words) < n and person_score(words[0], people.by_part) >= 1):
                continue  # one word stays only after a function word: 'Während Shakira'
            at = m.end() - len(" ".join(words))
            row = _add(cands, _body(" ".join(words)), people)
            if row is not None:
                if not row["mention"] and not row["capseq"]:
                    _place(row, text, at, start, end, 0, first, spans)
                row["capseq"] = 1.0


def _body(name: str) -> str:
    """'Polizeiangaben' -> 'Polizei': the body behind 'nach Polizeiangaben', as the rules name it."""
    a = _FROM_FACTS.search(name)
    return name[:a.start()] if a and a.start() > 2 and " " not in name else name


def _rule_features(row: dict, rule: str, text: str, sentences: list[Sentence], si: int, start: int,
                   end: int, people: People, spans: list[tuple[int, int]]) -> None:
    """What tells a doubtful rule answer: where it stands, whether it is a capitalised word
    only because it opens a sentence ('Besorgt äußerte sich …'), whether the article writes it
    in lower case elsewhere, whether the article knows it as a name."""
    own = sentences[si]
    words = rule.split()
    last = words[-1]
    row["r_near"] = float(text.find(last, own.start, start) >= 0 or text.find(last, end, own.end) >= 0)
    row["r_count"] = math.log1p(text.count(last)) / 2
    lo = sentences[max(0, si - 1)].start
    at = text.rfind(words[0], lo, start)
    if at < 0:
        at = text.find(words[0], end, max(own.end, end))
    if at >= 0:
        row["r_placed"] = 1.0
        if not row["mention"] and not row["capseq"]:
            _place(row, text, at, start, end, int(at < own.start), [s for s, _ in spans], spans)
        before = text[max(0, at - 3):at]
        row["r_initial"] = float(at == 0 or not before.strip() or before.rstrip()[-1:] in ".!?:„“\"»«")
    w = words[0]
    row["r_lower"] = float(len(words) == 1 and w[:1].isupper() and
                           re.search(r"\b" + re.escape(w[:1].lower() + w[1:]) + r"\b", text) is not None)
    row["r_unknown"] = float(not any(x.lower() in people.by_part or x.lower() in FIRST_NAMES for x in words))


def _sources(cands, text: str, sentences: list[Sentence], si: int, start: int, end: int,
             people: People, spans: list[tuple[int, int]]) -> None:
    """Sources after 'laut', 'nach Angaben', before 'zufolge', in 'wie … mitteilte', and
    institutions or roles with an article, in the quote's sentence (outside the quote) and
    the one before."""
    first = [s for s, _ in spans]
    own = sentences[si]
    lo0 = sentences[si - 1].start if si > 0 else own.start
    known = people.by_part
    for lo, hi in ((lo0, start), (end, max(own.end, end))):
        hi = min(hi, lo + 800)
        for m in _SOURCE.finditer(text, lo, hi):
            g = next(i for i in (1, 2, 3, 4) if m.group(i))
            row = _add(cands, _body(m.group(g)), people)
            if row is not None:
                if not row["mention"] and not row["capseq"] and not row["source"]:
                    _place(row, text, m.start(g), start, end, int(m.start(g) < own.start), first, spans)
                row["source"] = 1.0
        for m in _INSTITUTION.finditer(text, lo, hi):
            if person_score(m.group(), known) < _INSTITUTION_MIN:
                continue
            row = cands.get(_key(people.expand(m.group())))
            if row is None:
                row = _add(cands, m.group(), people)
                _place(row, text, m.start(), start, end, int(m.start() < own.start), first, spans)
            row["institution"] = 1.0


def _place(row: dict, text: str, at: int, start: int, end: int, sent_dist: int, first, spans) -> None:
    """Position features of the nearest occurrence of a candidate."""
    dist = start - at if at < start else at - end
    if row["mention"] and math.log1p(dist) / 8 >= row["char_dist"]:
        return
    row["char_dist"] = math.log1p(dist) / 8
    row["sent_dist"] = sent_dist / _BACK
    row["same_sent"] = float(sent_dist == 0)
    row["after"] = float(at >= end)
    word = text[max(0, at - 12):at].split()
    row["prep_before"] = float(bool(word) and word[-1].lower() in _PREP)
    q = bisect.bisect_right(first, at) - 1
    row["in_other_quote"] = float(q >= 0 and spans[q][0] <= at < spans[q][1])


def _finish_rows(cands: dict, people: People, no_rule: bool) -> list[dict]:
    known = people.by_part
    rows = []
    for r in cands.values():
        name = r["_name"]
        r["bias"] = 1.0
        r["no_rule"] = float(no_rule)
        r["pscore"] = max(-3, min(3, person_score(name, known))) / 3
        parts = name.split()
        r["first_name"] = float(parts[0].lower() in FIRST_NAMES)
        r["full_name"] = float(len(parts) >= 2 and parts[-1].lower() in known)
        r["count"] = math.log1p(r["count"]) / 2
        r["salience"] = math.log1p(people.salience.get(name, 0)) / 2
        r["only_capseq"] = float(r["capseq"] == 1.0 and not any(r[k] for k in _SOURCES))
        if r["rule"]:  # what makes a rule answer doubtful
            r["r_pscore"] = r["pscore"]
            r["r_oneword"] = float(len(parts) == 1)
            r["r_weak"] = float(r["pscore"] <= 0)
        rows.append(r)
    return rows


def score(row: dict) -> float:
    return sum(WEIGHTS.get(k, 0.0) * row[k] for k in FEATURES)


def needed(rule: str | None) -> bool:
    """Whether candidates must be gathered at all: with the trained margin at 'never
    override' (what Wikinews train chose), only quotes the rules leave without a named
    speaker can change, and the rest skip the cost."""
    return RECORD is not None or MARGIN < 1e9 or not rule or rule.lower() in PRONOUNS


def choose(rows: list[dict], rule: str | None) -> str | None:
    """The rule answer unless another candidate outscores it by MARGIN."""
    if not rows:
        return rule
    best = max(rows, key=score)
    mine = next((r for r in rows if r["rule"]), None)
    if mine is None:  # no rule answer, or one that is no candidate (an unresolved pronoun)
        return best["_name"] if score(best) > NEW_MIN else rule
    return best["_name"] if best is not mine and score(best) - score(mine) > MARGIN else rule
