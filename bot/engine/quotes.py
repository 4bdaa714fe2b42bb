"""Direct quotations with their speakers.

1. `quotemarks` finds every span between quotation marks (any style, broken ones too).
2. Spans that are names of things are dropped first (cheap): a quote glued into a
   compound („Kern“-Mission), a short phrase after a naming word (namens, sogenannte,
   called), an apposition to a noun (die Nachrichtenagentur „Xinhua“), a source's
   name after laut/wie/according to, a title-like phrase followed by "genannt".
3. For each remaining span (`quotecues`): an attribution right after the closing mark (", sagte
   er", ", so Müller", '" ― Name', '," the president said'), else before the opening
   mark within the sentence ("X sagte:", "laut X", "nach Angaben X", "X zufolge",
   "heißt es in X", German pre-field vs post-verb subject chosen by how much each
   looks like a speaker, verb-final and relative clauses).
4. Short phrases with no speech cue are scare quotes; short lower-case fragments in
   reported speech (subjunctive, "als „…“") are partial quotations.
5. Unattributed quotes take the speaker-like subject of their own sentence, a
   neighbouring quote's speaker, or the speaker/person of the sentence before.
6. Pronouns, short names and role nouns ("der Bundeskanzler", "the senator") become
   the full name used in the article.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from bot.models import Quote

from .attribution import (_first_named, clause_subject, clean_speaker, german_subject, person_score,
                          speaker_after, tidy_speaker)
from .cues import CUE_WORDS, KONJUNKTIV_I, tokens_of
from .cueshapes import relative_antecedent
from .docsource import source_phrase
from .names import PRONOUNS
from .people import People
from .quotecues import _MAX_BEFORE, _VERB_FINAL, _cue_after, _cue_before, _drop_brackets
from .quotefilter import headline_quote, is_direct as _is_direct, is_thing_name as _is_thing_name
from . import rerank
from .quotemarks import MarkedSpan, find_marked_spans
from .sentences import Sentence
from .speakerrefs import possessive_owner, possessive_pronoun, pronoun_position, role_to_name, topic_subject

_WORDS = re.compile(r"\w+")
_MAX_QUOTES = 500  # keep cost bounded on pathological inputs


@dataclass
class _Found:
    span: MarkedSpan
    speaker: str | None
    cue: str | None
    words: int
    paragraph: int
    sentence: int = 0


def _is_german(text: str) -> bool:
    if "„" in text:
        return True
    head = text[:2500]
    german = head.count(" der ") + head.count(" und ") + head.count(" die ")
    # (no German function word: no need to count the English ones)
    return german > 0 and german > head.count(" the ") + head.count(" and ") + head.count(" of ")


def find_quotes(text: str, sentences: list[Sentence], people: People | None = None,
                words: list[str] | None = None, language: str | None = None) -> list[Quote]:
    """`words`: `text.split()` when the caller has it (shared with the people index);
    `language`: the article's, when detected ('de' and 'en' choose the rules)."""
    spans = find_marked_spans(text)[:_MAX_QUOTES]
    if not spans:
        return []
    german = language == "de" if language in ("de", "en") else _is_german(text)
    if people is None:
        people = People(text, words=words)
    known = people.by_part
    sent_starts = [s.start for s in sentences]
    found: list[_Found] = []
    for k, sp in enumerate(spans):
        words = len(_WORDS.findall(text, sp.start, min(sp.end, sp.start + 400)))
        if words == 0:
            continue
        si = max(0, bisect.bisect_right(sent_starts, sp.start - 1) - 1)
        sent = sentences[si] if sentences else Sentence(0, len(text), 0)
        # the sentence may end inside a multi-sentence quote; look to its real end
        sent_end = max(sent.end, sp.end + 1)
        # the attribution may contain a short quoted name: "zitiert die „Computerwoche“ Lynch"
        n = k + 1
        while n < len(spans) and spans[n].end - spans[n].start < 30 and spans[n].start - sp.end < 60:
            n += 1
        next_open = spans[n].start - 1 if n < len(spans) else len(text)
        if _is_thing_name(text, sp, words):
            continue
        speaker, cue = (None, None)
        near = False  # is the attribution right next to the quote?
        if sp.closed:
            speaker, cue = _cue_after(text, sp.end + 1, next_open, german)
            near = cue is not None
            if speaker == _VERB_FINAL:
                speaker = _subject_before(text, sp.start - 1, sent.start, known)
        prev_close = spans[k - 1].end + 1 if k > 0 else 0
        if cue is None:
            speaker, cue = _cue_before(text, sp.start - 1, max(sent.start, prev_close), known, german)
            if (cue is None or (speaker is None and german)) and prev_close > sent.start:
                # 'Karsai sagte weiter, Afghanistan sei ein „Opfer“ und ... „…“'; but not past
                # a new clause with its own speaker: '„…“, Vizekanzler Jan Ott strich „…“ hervor'
                own = _new_clause_person(text, prev_close, sp.start - 1, known) if german else None
                sp2, cue2 = (own, None) if own else _cue_before(text, sp.start - 1, sent.start, known, german)
                if sp2 or (cue is None and speaker is None):
                    speaker, cue = sp2, cue2
            if speaker is None and cue is None:
                speaker = _colon_speaker(text, sp.start - 1, max(sent.start, prev_close), known, german)
        elif (speaker is None or speaker.lower() in PRONOUNS) and sp.start - max(sent.start, prev_close) > 12:
            # '„…“, betont sie' after 'Halima Jouini sagte: „…“': the name in front wins
            lo = max(sent.start, prev_close)
            sp2, cue2 = _cue_before(text, sp.start - 1, lo, known, german)
            if sp2 is None and cue2 is None:
                # 'war Trainer Thomas Schaaf zufrieden: „…“, sagte er'
                sp2 = _colon_speaker(text, sp.start - 1, lo, known, german)
            if sp2 and sp2.lower() not in PRONOUNS and person_score(sp2, known) >= 1:
                speaker = sp2
        if speaker is None and cue is None and german and sp.start - sent.start > 12:
            speaker = _passive_als(text, sp.start - 1, sent.start, known, text[sp.end:min(sent_end, sp.end + 80)])
        if cue is not None and not near:
            lead = text[max(sent.start, sp.start - 60):sp.start]
            near = lead.rstrip().endswith(":") or not CUE_WORDS.isdisjoint(tokens_of(lead))
        if not _is_direct(text, sp, words, cue, speaker, sent.start, sent_end, near):
            statement = headline_quote(text, sp, words)
            if statement is None:
                continue
            if speaker is None:  # '«…» – Anwohner wehren sich': the statement's subject, if someone
                sp2 = clause_subject(tokens_of(statement))
                speaker = sp2 if sp2 and person_score(sp2, known) >= 1 else None
        if speaker is None and german:
            speaker = source_phrase(_drop_brackets(tokens_of(text[sent.start:min(sent_end, sent.start + 600)])))
        found.append(_Found(sp, speaker, cue, words, sent.paragraph, si))
    _inherit_speakers(found, text, sentences, people, german)
    return _finish(text, found, people, sentences, german)


def _new_clause_person(text: str, lo: int, open_at: int, known) -> str | None:
    """', Vizekanzler Jan Ott strich' between two quotes of one sentence: a clause of its
    own, opened by a comma and a clearly named person before its verb."""
    toks = _drop_brackets(tokens_of(text[lo:open_at]))
    if len(toks) < 3 or toks[0] != ",":
        return None
    sp = clause_subject(toks[1:])
    return sp if sp and person_score(sp, known) >= 2 and _starts_with(toks[1:], sp) else None


def _starts_with(toks: list[str], phrase: str) -> bool:
    words = phrase.split()
    return toks[:len(words)] == words or toks[1:1 + len(words)] == words  # (after an article)


def _subject_before(text: str, open_at: int, sent_start: int, known) -> str | None:
    """Subject of the verb-final clause a quote sits in: 'weil die US-Regierung Georgien ...
    als „…“ bezeichnet hat' -> 'die US-Regierung'."""
    toks = _drop_brackets(tokens_of(text[max(sent_start, open_at - _MAX_BEFORE):open_at]))
    sp = _passive_agent(toks, known)
    if sp:
        return sp
    for i in range(len(toks) - 1, -1, -1):
        t = toks[i].lower()
        if toks[i] in ".!?;:":
            break
        if t in _CLAUSE_OPENERS and (i == 0 or toks[i - 1] in ",;:–—("):
            rest = toks[i + 1:]
            if rest and rest[0].lower() in PRONOUNS:
                return rest[0]
            if relative_antecedent(toks, i):
                return relative_antecedent(toks, i)
            sp = speaker_after(rest)
            return sp if sp and person_score(sp, known) >= 1 else None
    return clause_subject(toks) if toks else None


def _passive_agent(toks: list[str], known) -> str | None:
    """'Seine Werke werden von Musikkennern als „…“ bezeichnet': the agent speaks."""
    if any(t in _PASSIVE for t in toks):
        for i in range(len(toks) - 1, -1, -1):
            if toks[i] in ".!?;:":
                return None
            if toks[i] in ("von", "vom") and i + 1 < len(toks):
                sp = speaker_after(toks[i + 1:])
                return sp if sp and person_score(sp, known) >= 1 else None
    return None


def _passive_als(text: str, open_at: int, sent_start: int, known, after: str = "") -> str | None:
    """'… wird vom Wetteramt als „sehr hoch“ eingestuft', '…, der vom Richter als „…“
    eingestuft wurde': the agent of a passive clause, named right before 'als' (not 'die
    vom Präsidenten gebilligte Aktion als „…“'). `after`: the sentence after the quote."""
    toks = _drop_brackets(tokens_of(text[max(sent_start, open_at - _MAX_BEFORE):open_at]))
    if len(toks) < 4 or toks[-1] != "als":
        return None
    k = max((i for i, t in enumerate(toks) if t in ",;:"), default=-1) + 1
    clause = toks[k:-1]
    if not any(t in _PASSIVE for t in clause) and not _PASSIVE.intersection(after.split(".")[0].replace(",", " ").split()):
        return None
    for i in range(len(clause) - 1, -1, -1):
        if clause[i] in ("von", "vom"):
            agent = clause[i + 1:]
            if agent and all(t[:1].isupper() or t in _ARTICLE_WORDS for t in agent):
                sp = speaker_after(agent)
                return sp if sp and person_score(sp, known) >= 1 else None
            return None
    return None


_ARTICLE_WORDS = frozenset("der die das des dem den".split())
_PASSIVE = frozenset("wird werden wurde wurden worden".split())
_CLAUSE_OPENERS = frozenset("""weil dass da nachdem obwohl während wie wenn als ob zumal der die das
    welche welcher denen dem""".split())


def _colon_speaker(text: str, open_at: int, lo: int, known=None, german: bool = True) -> str | None:
    """'Zypries sieht darin eine Bestätigung: „…“' – the clause subject introduces the quote."""
    head = text[lo:open_at].rstrip()
    if not head.endswith(":"):
        return None
    if german and _SUBJUNCTIVE_WORDS.search(head):
        return None  # 'Die Pflichten seien klar: „…“' is reported speech; someone else speaks
    toks = _drop_brackets(tokens_of(head[:-1]))
    sp = clause_subject(toks)
    if sp and sp.lower() in PRONOUNS:
        return sp  # 'Dann griff sie Mahmud Ahmadinedschad an: „…“': the named one is the object
    alt = _first_named(toks) if german else None  # (English puts the subject first)
    if alt and person_score(alt, known) >= person_score(sp, known) + 2:
        # 'Den Unmut der CDU brachte die Sprecherin ..., Annette Widmann-Mauz, zum Ausdruck:'
        return alt
    return sp


def _inherit_speakers(found: list[_Found], text: str, sentences: list[Sentence], people: People,
                      german: bool) -> None:
    """Quotes without their own attribution belong to the speaker of a neighbouring quote
    or of the sentence before ("Oettinger will ... straffen. „Nicht jede Formel ...“")."""
    known = people.by_part
    for i, f in enumerate(found):
        if f.speaker:
            continue
        prev = found[i - 1] if i > 0 else None
        nxt = found[i + 1] if i + 1 < len(found) else None
        if sentences:
            own = sentences[f.sentence]
            lo = max(own.start, prev.span.end + 1 if prev and prev.sentence == f.sentence else own.start)
            if f.span.start - lo > 12 and not (german and _SUBJUNCTIVE_WORDS.search(text, lo, f.span.start)):
                # 'Die Bundesregierung hatte den Bericht als „falsch“ zurückgewiesen' (not 'Der
                # Plan sei „gut“': the subject of reported speech is what was said, not who said it)
                head = _drop_brackets(tokens_of(text[lo:f.span.start - 1]))
                # 'X wurde von Kenias Regierung beschuldigt, „…“': the passive's agent speaks
                last = head[max((i for i, t in enumerate(head[:-1]) if t == ","), default=-1) + 1:]
                sp = (_passive_agent(last, known) if head[-1:] == [","] else None) or clause_subject(head)
                # a quote that is the clause's complement ('X hatte entschieden, „dass …“')
                # is X's even when X is no obvious person ('der dortige Kassationsgerichtshof')
                floor = 0 if head[-1:] == [","] and len(head) <= 14 else 1
                if sp and sp.lower() not in PRONOUNS and person_score(sp, known) >= floor:
                    f.speaker = sp
                    continue
        if prev and prev.speaker and f.sentence - prev.sentence <= 1 and f.paragraph - prev.paragraph <= 1:
            f.speaker = prev.speaker
            continue
        if nxt and nxt.speaker and nxt.cue and nxt.sentence - f.sentence <= 1 and nxt.paragraph == f.paragraph:
            f.speaker = nxt.speaker
            continue
        if f.sentence > 0 and sentences:
            ps = sentences[f.sentence - 1]
            sp, cue = _cue_before(text, ps.end, ps.start, known, german)
            if sp is None:
                toks = tokens_of(text[ps.start:min(ps.end, ps.start + 400)])
                while toks and toks[-1] in ".!?":
                    toks.pop()
                sp = german_subject(toks) if german else None
                if not sp or sp.lower() in PRONOUNS or person_score(sp, known) < 2:
                    sp = None
            if sp and person_score(sp, known) >= 1:
                f.speaker = sp
                continue
            named = people.last_mention(ps.start, f.span.start)
            if named:
                f.speaker = named
                continue
        if prev and prev.speaker and f.sentence - prev.sentence <= 3 and f.paragraph - prev.paragraph <= 1:
            f.speaker = prev.speaker
            continue
        if german and sentences:
            f.speaker = _reported_speech_source(text, sentences, f, known)


def _reported_speech_source(text: str, sentences: list[Sentence], f: _Found, known) -> str | None:
    """German reported speech runs on in the subjunctive ("Die Deutsche Welle berichtet
    ... Dort sei man sich einig geworden. Dieser bestehe aus „…“"): walk back through
    subjunctive sentences to the one whose cue names the source."""
    own = sentences[f.sentence]
    if not _SUBJUNCTIVE_WORDS.search(text, own.start, own.end):
        return None
    for k in range(1, 4):
        if f.sentence - k < 0:
            return None
        ps = sentences[f.sentence - k]
        sp, cue = _cue_before(text, ps.end, ps.start, known, True)
        if sp and person_score(sp, known) >= 1:
            return sp
        if not _SUBJUNCTIVE_WORDS.search(text, ps.start, ps.end):
            # the sentence that opens the report: 'Nancy Faeser hat ihre Pläne vorgestellt.
            # Die Polizei solle … Zudem müsse … „…“' (its subject, when a person or body)
            toks = _drop_brackets(tokens_of(text[ps.start:min(ps.end, ps.start + 400)].rstrip(" .!?")))
            sp = german_subject(toks, known=known) or clause_subject(toks) if toks else None
            if sp and sp.lower() not in PRONOUNS and person_score(sp, known) >= 1:
                return sp
            return None
    return None


# Konjunktiv I, and the Konjunktiv II forms news German uses in its place ('würden', 'hätte')
_SUBJUNCTIVE_WORDS = re.compile(
    r"\b(?:sei|seien|habe|hätte|hätten|werde|würde|würden|wäre|wären|könne|müsse|solle|wolle|bestehe|gebe|liege|"
    + "|".join(KONJUNKTIV_I) + r")\b")
def _finish(text: str, found: list[_Found], people: People, sentences: list[Sentence] | None = None,
            german: bool = True) -> list[Quote]:
    quotes: list[Quote] = []
    previous: str | None = None
    n = max(1, len(text))
    spans = [(f.span.start, f.span.end) for f in found]
    for f in found:
        speaker = f.speaker
        pron = None
        if speaker:
            cleaned = clean_speaker(speaker)
            word = (possessive_pronoun(cleaned) or possessive_owner(
                text, sentences[f.sentence].start if sentences else 0, f.span.start, cleaned)) if german else None
            if word or cleaned.lower() in PRONOUNS:
                # 'Nach seiner Meinung „…“' is 'er'; an inherited 'sagte er' stands in the
                # sentence before the quote
                pron = word or cleaned
                si = f.sentence
                lo = sentences[max(0, si - 1)].start if sentences else 0
                at = pronoun_position(text, cleaned.split()[0], lo, f.span.start)
                if sentences and si > 0 and at < sentences[si].start:
                    si -= 1
                speaker = topic_subject(text, sentences, si, at, pron, previous,
                                        people, german) or people.resolve_pronoun(at, previous, pron)
            else:
                people.add_speaker(cleaned)
                speaker = people.expand(cleaned)
                named = role_to_name(text, speaker, f.span.start, people)
                if named:
                    speaker = named
        speaker = tidy_speaker(_rerank(text, sentences, f, speaker, pron, previous, people, spans, german))
        if speaker and pron is None:
            people.add_mention(f.span.start, speaker)
        if speaker:
            previous = speaker
        score = (min(f.words, 40) / 40 * 0.5 + (0.3 if speaker else 0.0)
                 + (0.1 if f.cue else 0.0) + 0.1 * (1 - f.span.start / n))
        if f.words <= 3:
            score -= 0.2
        quotes.append(Quote(text=text[f.span.start:f.span.end], start=f.span.start,
                            speaker=speaker, cue=f.cue, score=round(score, 4)))
    quotes.sort(key=lambda q: (-q.score, q.start))
    return quotes


def _rerank(text, sentences, f: _Found, speaker, pron, previous, people: People, spans, german: bool):
    """The learned re-ranker (rerank.py) may replace the rule answer by another candidate."""
    if not sentences or not rerank.needed(speaker):
        return speaker
    rows = rerank.candidates(text, sentences, f.sentence, f.span.start, f.span.end, speaker,
                             f.cue is not None, pron, previous, people, spans, german)
    if rerank.RECORD is not None:
        rerank.RECORD.append((f.span.start, f.span.end, rows, speaker))
    return rerank.choose(rows, speaker)
