"""The attribution next to one quotation: a cue right after its closing mark
(", sagte er", ", so Müller", '" ― Name', '," the president said') or before its
opening mark within the sentence ("X sagte:", "laut X", "nach Angaben X", "X zufolge",
"heißt es in X"), and the speaker phrase that goes with the cue (used by quotes.py)."""
from __future__ import annotations

import re

from .attribution import (clause_subject, document_source, german_subject, person_score, speaker_after,
                          speaker_before)
from .docsource import (according_to_phrase, passive_document, previous_document, rede_source, refers_back,
                        wie_source)
from .cueshapes import (RIGHT_AFTER, according_to_document, apposition_subject, back_reference,
                        bracketed_quote_speaker, compound_source, content_noun, has_content_noun, late_so,
                        long_apposition, opinion_holder, passive_agent, quoted_passive, right_after_ok,
                        subject_before_final_cue, wonach_subject)
from .cues import _DOC_CUES, CUE_WORDS, GERMAN_CUES, WEAK_DOC_CUES, may_have_cue, tokens_of
from .names import FIRST_NAMES, PRONOUNS
from .speakerphrase import clause_start, speaker_after_adverbials

_MAX_AFTER = 140
_MAX_BEFORE = 260
_SHORT_AFTER = 70


def _ends_sentence(toks: list[str]) -> bool:
    """A sentence end before the last (possibly cut) token."""
    for i in range(len(toks) - 2):
        t = toks[i]
        if t in "!?;" or (t == "." and toks[i + 1] != ","):
            return True
    return False


def _cue_after(text: str, end: int, limit: int, german: bool = True) -> tuple[str | None, str | None]:
    """Attribution right after a closing mark: ', sagte er' / ', he said' / ' er sagte'; in
    German also ', so X.' closing the quote's sentence."""
    window = text[end:min(limit, end + _MAX_AFTER)].lstrip("'’\"”“»«")
    sp, cue = _cue_right_after(text, end, window, german)
    if cue is None and german and ", so " in window:
        sp = late_so(window)
        if sp:
            return sp, "so"
    if cue is None and not german and text[max(0, end - 5):end - 1].rstrip("'’\"”“»«").endswith(","):
        # (only after '…,"': a quote that closed its own sentence is not followed by its cue)
        found = long_apposition(tokens_of(text[end:min(limit, end + 3 * _MAX_AFTER)].lstrip("'’\"”“»« ,")))
        if found:
            return found
    return sp, cue


def _cue_right_after(text: str, end: int, window: str, german: bool) -> tuple[str | None, str | None]:
    dash = _DASH_NAME.match(window)
    if dash:
        return dash.group(1), "―"  # a signed quote: “…” ― Name
    credit = _CREDIT.match(window)
    if credit:
        return credit.group(1), "("  # a credited quote: „…“ (Konrad-Adenauer-Stiftung).
    if not may_have_cue(window):
        return None, None  # no cue word at all: nothing to read
    # most attributions sit in the first few words; read further only when no sentence
    # ends there (the scan below stops at the first sentence end anyway)
    toks = tokens_of(window[:_SHORT_AFTER])
    if len(window) > _SHORT_AFTER and not _ends_sentence(toks):
        toks = tokens_of(window)
    # skip leading punctuation between the mark and the cue
    k = 0
    while k < len(toks) and toks[k] in ",:;–—":
        k += 1
    toks = _drop_brackets(toks[k:k + 24])[:16]
    if not toks:
        return None, None
    if german and toks[:2] == ["die", "Rede"]:
        # 'In dem Bericht ist von „…“ die Rede'
        op = text.rfind("„", max(0, end - 2000), end - 1)
        sp = rede_source(tokens_of(text[max(0, op - _MAX_BEFORE):op])) if op > 0 else None
        if sp:
            return sp, "die Rede"
    if german and toks[0] in _BACK_REF_OPENERS and not _colon_before(text, end):
        sp = back_reference(toks)
        if sp:
            return sp, toks[1] if toks[1] in CUE_WORDS else "(Rückbezug)"
    inner_end = text[end - 2:end - 1] if end >= 2 else ""
    if toks[0][:1].isupper() and window[:1] != "," and inner_end in (".", "!", "?"):
        # the quote closed its own sentence: a following capitalised word starts a new
        # sentence, which attributes this quote only when it is short ("Smith said.")
        stop = next((i for i, t in enumerate(toks) if t in ".!?;"), len(toks))
        if stop > 5:
            return None, None
    if german and toks[0] in ("wird", "wurde"):
        sp = quoted_passive(toks)
        if sp:
            return sp, "zitiert"
    if german and toks[0] in _FINAL_CUE_OPENERS:
        found = subject_before_final_cue(toks)
        if found:
            return found
    for j, t in enumerate(toks[:10 if german else 16]):
        if t in ".!?;" and not (t == "." and j + 1 < len(toks) and toks[j + 1] == ","):
            break  # (but "Mitch McConnell, R-Ky., said" goes on)
        if t in WEAK_DOC_CUES and not document_source(toks, j):
            continue  # '„…“ steht für …' names no document
        if (t in CUE_WORDS and (german or t not in _DE_ONLY_SHORT)) or (
                german and t in RIGHT_AFTER and right_after_ok(toks, j)):
            cue = t
            if j + 1 < len(toks) and toks[j + 1] == ":" and german:
                return None, None  # 'Der Geschäftsführer fragte: „…“' introduces the next quote
            if j == 0 or (j == 1 and toks[0] in _AUX_AFTER) or (toks[j - 1] == "," and cue in ("so", "sagte", "sagt")):
                rest = toks[j + 1:]
                if cue == "according" and rest[:1] == ["to"]:
                    return speaker_after(rest[1:]), "according to"
                if cue in _DOC_CUES:
                    return document_source(toks, j), cue
                if cue == "so" and rest[:1] and rest[0] in _DOC_CUES:
                    # '„…“, so heißt es in einer Erklärung des Betriebsrates'
                    return document_source(toks, j + 1), rest[0]
                if german and j == 0 and (not rest or rest[0] in ".,;" or rest[0].lower() in _AUX_FINAL):
                    # '… als „…“ bezeichnet hat.': a verb-final clause, its subject stands before the quote
                    op = text.rfind("„", max(0, end - 2000), end - 1)
                    doc = passive_document(tokens_of(text[max(0, op - _MAX_BEFORE):op])) if op > 0 else None
                    return doc or _VERB_FINAL, cue
                sp = speaker_after(rest)
                if not sp and german:
                    sp = speaker_after_adverbials(rest)  # 'sagte am Montag ein Sprecher'
                if not sp or person_score(sp) < 1 or cue.startswith("zitier"):
                    # "zitiert ndr.de Polizeisprecher Ralf Meyer": the person quoted
                    sp = _named_in(rest) or sp
                return sp, cue
            if german and not (j == 1 and toks[0].lower() in PRONOUNS):
                break  # '„…“, Löw bezeichnete ...': a new main clause, not an attribution
            sp = speaker_before(toks[:j])
            if sp and len(sp.split()) >= j - 2:
                return sp, cue
            if not sp and j <= 8 and toks[0].lower() in _EN_DETERMINERS:
                return " ".join(toks[:j]), cue  # '"…," the president said
            if j <= 15 and any(t[:1].isupper() for t in toks[:j]):
                if toks[0][:1].isupper() and "," in toks[:j]:
                    # '"…," Scott Pruitt, the Republican attorney general of Oklahoma, said'
                    return " ".join(toks[:toks.index(",")]), cue
                # '"…," IMF chief economist Maury Obstfeld said' / 'Mr. Morgan of the Sierra Club said'
                return " ".join(t for t in toks[:j] if t not in ",()"), cue
            break
    return None, None


_FINAL_CUE_OPENERS = frozenset("wie soll sollen will wollen hat haben habe hatte hatten".split())
_BACK_REF_OPENERS = frozenset(("Das", "Dies", "Diese", "Dieser", "Dieses", "So", "mit", "Mit"))


def _colon_before(text: str, end: int) -> bool:
    """Was the quote ending at `end` introduced by a colon ('Weiter sagte Larson: „…“')?"""
    op = text.rfind("„", max(0, end - 2000), end - 1)
    return op > 0 and text[max(0, op - 3):op].rstrip().endswith(":")


# a name in brackets right after the quote that closes the sentence: the quote's source
# (not a translation in brackets: that is lower-case words and a sentence of its own)
_CREDIT = re.compile(r"[ \t]?\(([A-ZÄÖÜ][\w.-]*(?:[ -][A-ZÄÖÜ][\w.-]*){0,4})\)[ \t]*(?:[.;]|$)")
_DASH_NAME = re.compile(r"[ \t\xa0]*[―—][ \t\xa0]*([A-ZÄÖÜ][\w.'’-]*(?:[ \t\xa0]+[A-ZÄÖÜ][\w.'’-]*){1,4})[ \t\xa0.]*(?:\n|$)")


def _drop_brackets(toks: list[str]) -> list[str]:
    """'Rep. Gwen Moore (D-Wis.) said': a short parenthesis is not part of the clause."""
    if "(" not in toks:
        return toks
    out: list[str] = []
    depth = 0
    for t in toks:
        if t == "(":
            depth += 1
        elif t == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out


_VERB_FINAL = "\x00"  # marker: the subject stands before the quote
_AUX_FINAL = frozenset("hat hatte haben hatten habe hätte hätten sei seien wird wurde wurden werde ist war".split())
_AUX_AFTER = frozenset("wird wurde hat hatte heißt hieß ließ is was".split())


_EN_DETERMINERS = frozenset("the a an my his her their our its".split())


def _np_before(toks: list[str]) -> str | None:
    """A lower-case noun phrase right before an English cue: 'the announcer', 'my father'."""
    i = len(toks)
    while i > 0 and i > len(toks) - 8 and toks[i - 1] not in _PUNCT and toks[i - 1].lower() not in _EN_DETERMINERS:
        i -= 1
    if i > 0 and i < len(toks) and toks[i - 1].lower() in _EN_DETERMINERS:
        return " ".join(toks[i - 1:])
    return None


_PUNCT = frozenset(",:;()–—.!?")


def _named_in(toks: list[str]) -> str | None:
    """A first-name-led name in a clause: "ndr.de Polizeisprecher Ralf Meyer"."""
    for i, t in enumerate(toks[:12]):
        if t in ".!?;:":
            return None
        if t.lower() in FIRST_NAMES and i + 1 < len(toks) and toks[i + 1][:1].isupper():
            return speaker_after(toks[i:])
    return None


def _cue_before(text: str, start: int, sent_start: int, known=None,
                german: bool = True) -> tuple[str | None, str | None]:
    """Attribution before an opening mark, within the sentence: 'X sagte: „' / 'sagte Musk, dass „'."""
    lo = max(sent_start, start - _MAX_BEFORE)
    window = text[lo:start]
    named = bracketed_quote_speaker(window) if "(" in window[-4:] else None
    if named:
        return named, "("
    if german and window.strip() in ("Demnach", "Demzufolge", "Dem zufolge"):
        # 'Demnach „…“': the source (document, else subject) of the sentence before
        prev = _drop_brackets(tokens_of(text[max(0, sent_start - _MAX_BEFORE):sent_start].rstrip(" .!?")))
        prev = prev[clause_start(prev, len(prev)):]
        named = previous_document(prev) or german_subject(prev) or clause_subject(prev)
        if named and person_score(named, known) >= 0:
            return named, "demnach"
    if german and "wie " in window[-100:].lower() and window.rstrip().endswith(","):
        named = wie_source(_drop_brackets(tokens_of(window[-100:])))
        if named:
            return named, "wie"
    if german and window[:8].lstrip().startswith("Nach "):
        named = according_to_document(_drop_brackets(tokens_of(window)))
        if named:
            return named, "nach"
    if german and ("angaben" in window or "berichten" in window or "informationen" in window):
        named = compound_source(_drop_brackets(tokens_of(window)))
        if named:
            return named, "nach"
    tail = window[-80:].lower()
    if german and (" nach " in tail or "laut " in tail or window.lstrip().startswith("Nach ")):
        named = according_to_phrase(_drop_brackets(tokens_of(window[-120:])))
        if named:
            return named, "nach"
    if german and has_content_noun(window[-40:]):
        toks = _drop_brackets(tokens_of(window))
        sp = content_noun(toks)
        if sp and not any(t in CUE_WORDS for t in toks):
            return sp, None  # 'veröffentlichte die Antwort, „…“' (no cue: a short name stays a name)
    if not may_have_cue(window):
        return None, None
    toks = _drop_brackets(tokens_of(window))
    if german and toks and toks[0] == "Für":
        # 'Für den Theologen Hans Küng sei der Rücktritt „…“': an opinion holder
        k = next((i for i, t in enumerate(toks) if t in ("sei", "ist", "seien", "sind", "wäre", "war")), -1)
        if k == -1:
            # 'Für Senatorin Petra Lind (SPD) gilt der Plan als „…“': any finite verb
            k = next((i for i, t in enumerate(toks) if i > 1 and t[:1].islower()
                      and t not in ("von", "der", "des", "und", "van", "de")), -1)
        if 1 < k <= 10:
            sp = speaker_after(toks[1:k])
            if sp and person_score(sp, known) >= 2:
                return sp, "für"
    if german and refers_back(toks):
        # 'Darin heißt es: „…“': the document of the sentence before
        prev = tokens_of(text[max(0, sent_start - _MAX_BEFORE):sent_start])
        sp = previous_document(prev[clause_start(prev, len(prev) - 1):])
        if sp:
            return sp, "heißt"
    if german and "wonach" in toks:
        sp = wonach_subject(toks, known)
        if sp:
            return sp, "wonach"
    if german:
        sp = opinion_holder(toks, known) if toks and toks[-1] == "für" else None
        if sp:
            return sp, "hält für"
    cues = [i for i, t in enumerate(toks) if (t in CUE_WORDS and (german or t not in _DE_ONLY_SHORT)
                                              and (t not in WEAK_DOC_CUES or document_source(toks, i)))
            or (german and (t == "Laut" or (t in _SOURCE_NOUNS and i > 0 and (
                toks[i - 1].lower() in ("nach", "den", "der") or (  # 'nach eigener Aussage des Ministeriums'
                    i > 1 and toks[i - 1].lower() in ("eigener", "eigenen") and toks[i - 2].lower() in ("nach", "laut"))))))]
    if not cues:
        return None, None
    best: tuple[int, str | None, str | None] | None = None
    for n, c in enumerate(reversed(cues[-3:])):
        sp, cue = _speaker_for_cue(toks, c, known)
        score = person_score(sp, known) if sp else -9
        if sp and n == 0 and (cue in _DOC_CUES or (cue in ("laut", "zufolge") and -3 <= score < 1
                                                   and (len(cues) == 1 or cues[-2] < c - 4))):
            # 'Im letzten Satz der Anordnung heißt es:', 'Laut der Satzung …': the document is the source
            return sp, cue
        if score >= 1 and cue in ("laut", "Laut") and n == 0 and len(cues) > 1 and cues[-2] >= c - 4:
            # 'Der Chef, Jan Ott, sagte laut „Kurier“: „…“': the medium reports, the person speaks
            sp2, cue2 = _speaker_for_cue(toks, cues[-2], known)
            if sp2 and cue2 in GERMAN_CUES and person_score(sp2, known) >= 1:
                return sp2, cue2
        if score >= 1 and cue == "zufolge" and n == 0 and len(cues) > 1:
            # 'sagte die Kanzlerin einigen Teilnehmern zufolge': the speech verb's subject
            sp2, cue2 = _speaker_for_cue(toks, cues[-2], known)
            if sp2 and cue2 in GERMAN_CUES and person_score(sp2, known) >= 1:
                return sp2, cue2
        if score >= 1:
            return sp, cue  # the cue nearest the quote, when it names someone
        if best is None or score > best[0]:
            best = (score, sp, cue)
    if best[0] < 0 and not (german and best[0] >= -3 and best[1] and best[1].split()[0] in _NOMINATIVE):
        # "seit einem Monat", "Ab 1939": not a speaker; but a thing as the subject of the cue
        # speaks for itself when no person does ('Die neue Version verspricht „…“')
        return None, best[2]
    return best[1], best[2]


_DE_ONLY_SHORT = frozenset(("so", "laut"))
_OBJECT_ARTICLES = frozenset(("den", "dem", "einen", "einem"))
_NOMINATIVE = frozenset(("Der", "Die", "Das", "Ein", "Eine"))  # a clause-initial subject
_SOURCE_NOUNS = frozenset("""Angaben Worten Meinung Ansicht Auffassung Einschätzung Darstellung Darstellungen
    Aussage Aussagen Bewertung Überzeugung Vorwurf Vorwürfe Auskunft Informationen Erkenntnissen
    Schätzungen Berechnungen""".split())


def _speaker_for_cue(toks: list[str], c: int, known) -> tuple[str | None, str | None]:
    cue = toks[c]
    before, after = toks[:c], toks[c + 1:]
    if cue in ("according", "According") and after[:1] == ["to"]:
        return speaker_after(after[1:]) or _lower_case_source(after[1:]), "according to"
    if cue == "zufolge":
        return speaker_before(before), cue
    if cue in ("so", "laut", "Laut"):
        return speaker_after(after), cue.lower()
    if cue in _SOURCE_NOUNS:
        # "nach Angaben der Polizei", "Nach den Worten der Sprecherin, Gisela Piltz,"
        k = 0
        while k < len(after) and after[k].lower() in ("des", "der", "von", "vom", "seines", "ihres"):
            k += 1
        sp = _named_in(after) or speaker_after(after[k:])
        return sp, "nach " + cue
    if cue in _DOC_CUES:
        return document_source(toks, c), cue
    if cue in GERMAN_CUES:
        sp = passive_agent(toks, c) or german_subject(toks, c, known)
        if sp:
            return sp, cue
    if cue.endswith("ing"):
        # 'Trump attacked Clinton ..., saying, "…"': the clause subject speaks
        return clause_subject(before), cue
    sp = (cue not in GERMAN_CUES and apposition_subject(before)) or speaker_before(before)
    if sp and cue in GERMAN_CUES and not _starts_clause(before, sp):
        sp = None
    if not sp and cue not in GERMAN_CUES:
        sp = _np_before(before)  # 'As a phone rang, the announcer said, "…"'
    if not sp and not (cue in GERMAN_CUES and after[:1] and after[0].lower() in _OBJECT_ARTICLES):
        sp = speaker_after(after)  # (not 'weist den Vorwurf zurück': an object)
    if not sp and before:
        # "Stoiber hatte besonders ... betont:" – the sentence subject
        sp = clause_subject(before)
    return sp, cue


def _lower_case_source(toks: list[str]) -> str | None:
    """'according to police,', 'according to the company's statement': an English source
    that is a common noun phrase, up to the comma."""
    phrase = []
    for t in toks[:6]:
        if t in ",;:.":
            break
        phrase.append(t)
    k = len(phrase)
    while k > 0 and phrase[k - 1][:1].isupper():
        k -= 1
    if 0 < k < len(phrase) - 1:
        return " ".join(phrase[k:])  # 'conservative talk radio host Rush Limbaugh': the name
    return " ".join(phrase) if phrase and person_score(" ".join(phrase)) >= 1 else None


def _starts_clause(tokens: list[str], phrase: str) -> bool:
    n = len(phrase.replace(",", " ").split())
    i = len(tokens) - n - 1
    if tokens and tokens[-1] == ",":
        i -= 1
    return i < 0 or tokens[i] in {",", ".", ";", ":", "(", "–", "—", "und", "aber", "doch", "denn", "oder"}
