"""Who is who in an article: full names, their short forms, and pronoun resolution.

A person is registered when a known first name is followed by a capitalised
surname ("Elon Musk"), or when a word stands in a speaker slot. Later short
mentions ("Musk", "Elon", "Musks") map back to the full name; a pronoun maps to
the most salient person mentioned shortly before it.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter

from .names import FEMALE_NAMES, FEMALE_PRONOUNS, FIRST_NAMES, MALE_PRONOUNS, PRONOUNS
from .speakerphrase import _FUNCTION_WORDS

# a capitalised word followed by another one: the only place a "First Last" can start
_CAP_PAIR = re.compile(r"(?=[A-ZÄÖÜ])\b([A-ZÄÖÜ][a-zäöüéèáíóúñçß]+)(?=[ \t]+(?:(?:von|van|de|der|da|di|del|le|la|bin|al)[ \t]+)?[A-ZÄÖÜ])")
_MANY_PARTS = 40
_CAP_WORD = re.compile(r"\b[A-ZÄÖÜ][a-zäöüéèáíóúñçß]+")
_FIRST_CAP = frozenset(n[:1].upper() + n[1:] for n in FIRST_NAMES)
_SURNAME = re.compile(
    r"(?:[ \t]+(?:von|van|de|der|da|di|del|le|la|bin|al))?[ \t]+([A-ZÄÖÜ][\w’'-]*[a-zäöüéèáíóúñçß])\b"
)
# "McLenney said", "sagte Müller": people named only by surname, in a speaker slot
# "McLenney said" (English: name, then cue) and "sagte Müller" (German: cue, then name).
# Two regexes that start with literals scan far faster than one with a leading name.
_CUE_AFTER_NAME = re.compile(r" (?:said|says|told|added|wrote|argued|explained)\b")
_NAME_BEFORE = re.compile(r"\b([A-Z][a-z’'-]+[a-z](?: [A-Z][a-z’'-]+[a-z])?)$")
# a name right after a cue: "sagte Müller". Speed (same names found): the scan stops
# only at a space before a capital, then looks back for the cue
_NAME_AFTER_CUE = re.compile(
    r" (?=[A-ZÄÖÜ])(?:(?<=sagte )|(?<=sagt )|(?<=erklärte )|(?<=betonte )|(?<=so )|(?<=said )|(?<=says ))"
    r"([A-ZÄÖÜ][a-zäöüß’'-]+[a-zäöüß])\b(?![ ][A-ZÄÖÜ])"
)
_ROLE_SUFFIXES = ("in", "er", "ent", "ant", "ist", "eur", "or", "te", "ende", "ender")
_RESOLVE_WINDOW = 700  # characters before a pronoun in which its referent is sought


_NOT_NAMES = frozenset(
    """the it this that he she they we i but and so also officials police experts critics
    spokesman spokeswoman""".split()
)


class People:
    def __init__(self, text: str, limit: int | None = None, words: list[str] | None = None):
        """`words`: `text.split()` when the caller has it already (not with `limit`)."""
        self.text = text
        self.mentions: list[tuple[int, str]] = []  # (position, full name), sorted
        self.by_part: dict[str, str] = {}  # "musk" / "elon" / "musks" -> "Elon Musk"
        self.salience: Counter[str] = Counter()
        self._roles: dict[str, set[str]] | None = None  # "kämmerin" -> {"Eva Kurz"}, built on first use
        self._full_names: list[tuple[int, str]] = []  # (position, full name) as found in the text
        scan = text if limit is None else text[:limit]
        full_at: set[int] = set()
        # which known first names occur at all: one C-level split and a set intersection,
        # then str.find per name present (far cheaper than a regex over every capital pair)
        present = _FIRST_CAP.intersection(words if words is not None and limit is None else scan.split())
        starts: list[tuple[int, str]] = []
        for word in present:
            i = scan.find(word)
            while i >= 0:
                j = i + len(word)
                if (i == 0 or not scan[i - 1].isalnum()) and j < len(scan) and scan[j] in " \t":
                    starts.append((i, word))
                i = scan.find(word, j)
        starts.sort()
        for i, word in starts:
            end = i + len(word)
            sm = _SURNAME.match(scan, end)
            if sm:
                full = word + " " + " ".join(scan[end:sm.end()].split())
                self._register(full)
                self._full_names.append((i, full))
                self.mentions.append((i, full))
                full_at.add(i)
                full_at.add(sm.start(1))
        self._scan = scan
        self._full_at = full_at
        self._positions: list[int] = []
        self._mentions_done = False  # short mentions are found on first use
        self._cue_subjects_done = False

    def _ensure_mentions(self) -> None:
        """Short mentions ("Musk", "Musks"): news introduces a person by full name and
        then uses the surname; str.find per known name part is fast. Only pronoun
        resolution and unattributed quotes need them, so this runs on first use."""
        if self._mentions_done:
            return
        self._mentions_done = True
        scan, full_at = self._scan, self._full_at
        n = len(scan)
        if len(self.by_part) > _MANY_PARTS:
            # many people (a long text): one pass over capitalised words keeps this linear
            for m in _CAP_WORD.finditer(scan):
                w = m.group().lower()
                full = self.by_part.get(w) or (self.by_part.get(w[:-1]) if w[-1:] == "s" else None)
                if full and len(w) > 2 and m.start() not in full_at:
                    self.mentions.append((m.start(), full))
            parts = []
        else:
            parts = list(self.by_part.items())
        for part, full in parts:
            if len(part) <= 2:
                continue
            cap = part[:1].upper() + part[1:]
            i = scan.find(cap)
            while i >= 0:
                j = i + len(cap)
                ok_left = i == 0 or not scan[i - 1].isalnum()
                ok_right = j >= n or not scan[j].isalnum() or (
                    scan[j] == "s" and (j + 1 >= n or not scan[j + 1].isalnum()))
                if ok_left and ok_right and i not in full_at:
                    self.mentions.append((i, full))
                i = scan.find(cap, j)
        self.mentions.sort()
        self.salience = Counter(full for _, full in self.mentions)
        self._positions = [p for p, _ in self.mentions]

    def _add_cue_subjects(self) -> None:
        """People named only by surname in a speaker slot ("McLenney said"). Only
        pronoun resolution needs them, so the scan runs on first use."""
        self._cue_subjects_done = True
        added = False
        scan = self._scan
        found: list[tuple[int, str]] = []
        for m in _CUE_AFTER_NAME.finditer(scan):
            nm = _NAME_BEFORE.search(scan, max(0, m.start() - 40), m.start())
            if nm:
                found.append((nm.start(1), nm.group(1)))
        for m in _NAME_AFTER_CUE.finditer(scan):
            found.append((m.start(1), m.group(1)))
        for pos, name in found:
            if name.lower() in PRONOUNS or name.lower() in _NOT_NAMES or pos in self._full_at:
                continue
            full = self.by_part.get(name.split()[-1].lower(), name)
            self.mentions.append((pos, full))
            self.salience[full] += 1
            added = True
        if added:
            self.mentions.sort()
            self._positions = [p for p, _ in self.mentions]

    def roles(self) -> dict[str, set[str]]:
        """'Die Kämmerin Eva Kurz': the role noun right before each full name, so that a later
        'sagte die Kämmerin' can name her (built on first use: most speakers are names)."""
        if self._roles is None:
            self._roles = {}
            scan = self._scan
            for i, full in self._full_names:
                if i < 2 or scan[i - 1] != " ":
                    continue
                k = scan.rfind(" ", 0, i - 1)
                prev = scan[k + 1:i - 1]
                low = prev.lower()
                if len(prev) >= 5 and prev[:1].isupper() and prev.replace("-", "").isalpha() \
                        and low.endswith(_ROLE_SUFFIXES) and low not in _FUNCTION_WORDS:
                    self._roles.setdefault(low, set()).add(full)
        return self._roles

    def _register(self, full: str) -> None:
        parts = full.split()
        last = parts[-1].lower()
        self.by_part.setdefault(last, full)
        self.by_part.setdefault(parts[0].lower(), full)
        # prefer the longest full name for a part ("Musk" -> "Elon Musk", not "Elon")
        if len(full) > len(self.by_part[last]):
            self.by_part[last] = full

    def add_speaker(self, name: str) -> None:
        """A name found in a speaker slot; register it if it looks like a full name."""
        parts = name.split()
        if len(parts) >= 2 and parts[0].lower() in FIRST_NAMES:
            self._register(" ".join(parts[-3:]) if len(parts) > 3 else name)

    def expand(self, name: str) -> str:
        """Short form -> the full name used elsewhere in the article."""
        parts = name.split()
        if not parts:
            return name
        if parts[0].lower() in FIRST_NAMES and len(parts) >= 2:
            return name
        key = parts[-1].lower()
        if key in self.by_part:
            return self.by_part[key]
        if key.endswith("s") and key[:-1] in self.by_part:
            return self.by_part[key[:-1]]
        if len(parts) == 1 and key.endswith(_ROLE_SUFFIXES) and len(self.roles().get(key, ())) == 1:
            return next(iter(self.roles()[key]))  # the only person the article gives this role
        return name

    def add_mention(self, position: int, name: str) -> None:
        """A resolved quote speaker counts as a mention for later pronouns."""
        if not self._mentions_done:
            self.mentions.append((position, name))  # sorted and counted on first use
            return
        k = bisect.bisect_left(self._positions, position)
        self._positions.insert(k, position)
        self.mentions.insert(k, (position, name))
        self.salience[name] += 1

    def mentions_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """(position, full name) of the people named in text[lo:hi], in text order."""
        self._ensure_mentions()
        return self.mentions[bisect.bisect_left(self._positions, lo):bisect.bisect_left(self._positions, hi)]

    def last_mention(self, lo: int, hi: int) -> str | None:
        """The person named last in text[lo:hi]."""
        self._ensure_mentions()
        k = bisect.bisect_left(self._positions, hi)
        if k > 0 and self._positions[k - 1] >= lo:
            return self.mentions[k - 1][1]
        return None

    def resolve_pronoun(self, position: int, previous_speaker: str | None,
                        pronoun: str = "") -> str | None:
        self._ensure_mentions()
        if not self._cue_subjects_done:
            self._add_cue_subjects()
        lo = bisect.bisect_left(self._positions, position - _RESOLVE_WINDOW)
        hi = bisect.bisect_left(self._positions, position)
        candidates: Counter[str] = Counter()
        for rank, (_, full) in enumerate(self.mentions[lo:hi]):
            candidates[full] = self.salience[full] + 0.5 * (rank + 1) / max(1, hi - lo)
        if hi > lo:
            candidates[self.mentions[hi - 1][1]] += 1.5  # the person named last
        if previous_speaker and previous_speaker.lower() not in PRONOUNS:
            # the speaker of the quote before: news keeps quoting one person in a row
            candidates[previous_speaker] += 2 + max(2, self.salience.get(previous_speaker, 0))
        p = pronoun.lower()
        if p in MALE_PRONOUNS or p == "she":
            for name in list(candidates):
                female = name.split()[0].lower() in FEMALE_NAMES
                known = name.split()[0].lower() in FIRST_NAMES
                if known and female != (p == "she"):
                    del candidates[name]
        elif p == "sie" and any(n.split()[0].lower() in FEMALE_NAMES for n in candidates):
            # German "sie" is she or they; next to a named woman, it is not a named man
            for name in list(candidates):
                first = name.split()[0].lower()
                if first in FIRST_NAMES and first not in FEMALE_NAMES:
                    del candidates[name]
        if not candidates:
            if previous_speaker and previous_speaker.lower() not in PRONOUNS:
                return previous_speaker
            if self.salience:
                top, count = self.salience.most_common(1)[0]
                if count >= 3:
                    return top
            return None
        return candidates.most_common(1)[0][0]


def gender_fits(name: str, pronoun: str) -> bool:
    """False when a known first name contradicts the pronoun: 'er' for Eva, 'sie'/'she'
    for Karl (German 'sie' may be plural, but then one named man is no answer either)."""
    first = name.split()[0].lower()
    if first not in FIRST_NAMES:
        return True
    female = first in FEMALE_NAMES
    p = pronoun.lower()
    return not ((p in MALE_PRONOUNS and female) or (p in FEMALE_PRONOUNS and not female))
