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

from .names import FIRST_NAMES, PRONOUNS

# The surname is in a lookahead so that "Ministerin Anna Berger" is scanned word by
# word and "Anna" still starts a match.
_FULL_NAME = re.compile(
    r"(?=[A-ZÄÖÜ])\b([A-ZÄÖÜ][a-zäöüéèáíóúñçß]+)(?=((?:[ \t]+(?:von|van|de|der|da|di|del|le|la|bin|al))?"
    r"(?:[ \t]+[A-ZÄÖÜ][\w’'-]*[a-zäöüéèáíóúñçß]))\b)"
)
_RESOLVE_WINDOW = 700  # characters before a pronoun in which its referent is sought


class People:
    def __init__(self, text: str, limit: int | None = None):
        self.text = text
        self.mentions: list[tuple[int, str]] = []  # (position, full name), sorted
        self.by_part: dict[str, str] = {}  # "musk" / "elon" / "musks" -> "Elon Musk"
        self.salience: Counter[str] = Counter()
        scan = text if limit is None else text[:limit]
        for m in _FULL_NAME.finditer(scan):
            if m.group(1).lower() not in FIRST_NAMES:
                continue
            full = (m.group(1) + " " + m.group(2).strip()).replace("\t", " ")
            full = re.sub(r"\s+", " ", full)
            self._register(full)
            self.mentions.append((m.start(), full))
        if self.by_part:
            # short mentions: surnames alone ("Musk", "Musks") anywhere in the text
            parts = sorted((p for p in self.by_part if len(p) > 2), key=len, reverse=True)
            alts = "|".join(re.escape(p[:1].upper() + p[1:]) for p in parts)
            short = re.compile(r"\b(" + alts + r")s?\b")
            seen = {pos for pos, _ in self.mentions}
            for m in short.finditer(scan):
                if m.start() in seen:
                    continue
                full = self.by_part.get(m.group(1).lower())
                if full is None:
                    continue
                self.mentions.append((m.start(), full))
            self.mentions.sort()
        for _, full in self.mentions:
            self.salience[full] += 1
        self._positions = [p for p, _ in self.mentions]

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
        return name

    def resolve_pronoun(self, position: int, previous_speaker: str | None) -> str | None:
        lo = bisect.bisect_left(self._positions, position - _RESOLVE_WINDOW)
        hi = bisect.bisect_left(self._positions, position)
        candidates: Counter[str] = Counter()
        for rank, (_, full) in enumerate(self.mentions[lo:hi]):
            candidates[full] = self.salience[full] + 0.5 * (rank + 1) / max(1, hi - lo)
        if previous_speaker and previous_speaker in self.salience:
            candidates[previous_speaker] += 2 + self.salience[previous_speaker]
        if not candidates:
            if previous_speaker and previous_speaker.lower() not in PRONOUNS:
                return previous_speaker
            if self.salience:
                top, count = self.salience.most_common(1)[0]
                if count >= 3:
                    return top
            return None
        return candidates.most_common(1)[0][0]
