from __future__ import annotations

from pathlib import Path

import pytest

# /work/shared sits next to the repository (/work/main); never copied into it.
SHARED = Path(__file__).resolve().parents[3] / ".." / "shared"
SEED = SHARED / "seed" / "vivatech-musk-de.txt"


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED.resolve()} (../shared is absent)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def speaker_of():
    """speaker_of(text, quote): the speaker the engine gives the quote whose text is `quote`
    ("" for none); fails listing the quotes found when there is no such quote."""
    from bot.engine import brief_text

    def find(text: str, quote: str) -> str:
        found = {q.text: q.speaker for q in brief_text(text).quotes}
        assert quote in found, found
        return found[quote] or ""
    return find
