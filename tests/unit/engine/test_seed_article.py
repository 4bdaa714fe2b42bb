"""Acceptance on the user's seed article (read from ../shared, skipped when absent)."""
from bot.engine import brief_text


def test_all_speech_quotes_are_attributed_to_elon_musk(seed_text):
    b = brief_text(seed_text)
    assert len(b.quotes) >= 18
    assert {q.speaker for q in b.quotes} == {"Elon Musk"}
    assert "Kern" not in {q.text for q in b.quotes}
    texts = " ".join(q.text for q in b.quotes)
    for phrase in ("Ich bin definitiv nicht böse", "Überhaupt nicht", "teuer",
                   "Mit wenigen Ausnahmen", "Fürs Protokoll"):
        assert phrase in texts


def test_key_figures(seed_text):
    figs = {f.text: f for f in brief_text(seed_text).figures}
    assert figs["fast 60 %"].value == 60 and figs["fast 60 %"].approx
    assert "Werbeverk" in figs["fast 60 %"].context
    assert figs["90 %"].value == 90 and "Bots" in figs["90 %"].context
    assert figs["95 %"].value == 95
    venue = [f for f in figs.values() if f.text.startswith("fast 4.000")]
    assert venue and venue[0].value == 4000


def test_summary_is_about_musk_courting_advertisers(seed_text):
    b = brief_text(seed_text)
    summary = " ".join(p.text for p in b.summary)
    assert "Musk" in summary
    assert "Werb" in summary  # Werbung / Werbetreibende / Werbegeschäft
    assert "VivaTech" in summary or "Paris" in summary
