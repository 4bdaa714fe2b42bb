"""`briefbot chat` driven through stdin/stdout like a user at a terminal."""
from __future__ import annotations

import re

from tests.conftest import SAMPLES
from tests.e2e.cli import run_cli

SAMPLE_DE = SAMPLES / "strassenbahn-de.txt"
SAMPLE_EN = SAMPLES / "harbour-en.txt"


def answer_blocks(out: str) -> list[str]:
    """The bot's answers: a "bot> " line and its indented continuation lines."""
    blocks, current = [], None
    for line in out.splitlines():
        if line.startswith("bot> "):
            current = [line[5:]]
            blocks.append(current)
        elif current is not None and line.startswith("  ") and not blocks[-1][0].startswith("Working"):
            current.append(line)
        else:
            current = None
    skip = ("Working", "Brief an", "Unknown", "Usage", "Sorry")
    return ["\n".join(b) for b in blocks if not b[0].startswith(skip)]


def test_chat_briefs_then_answers_follow_ups_in_that_thread(sqlite_url):
    script = "\n".join([
        "/help",
        "Who said what?",  # no briefing yet
        f"/brief {SAMPLE_DE}",
        "Wie viele Fahrgäste erwarten die Verkehrsbetriebe?",
        f"/brief {SAMPLE_EN}",
        "How many jobs will the terminal create?",
        "/search Straßenbahn",
        "/nonsense",
        "/quit",
        "this line is never read",
    ]) + "\n"
    r = run_cli("chat", db_url=sqlite_url, input=script)
    assert r.code == 0, r.err
    out = r.out
    assert "/brief <url | path | pasted text>" in out  # help
    assert "Brief an article first" in out
    assert out.count("Summary") == 2
    answers = answer_blocks(out)
    assert len(answers) == 2, answers
    # each question is answered from the article of its thread, with positions
    assert "38.000" in answers[0] and re.search(r"\[@\d+\]", answers[0])
    assert "1,200" in answers[1] and "38.000" not in answers[1]
    assert "Unknown command /nonsense" in out
    assert "never read" not in out


def test_chat_pasted_text_and_errors_keep_the_session_alive(sqlite_url):
    text = ("Die Stadt plant einen neuen Radweg entlang des Flusses. Er soll 4,5 Kilometer lang "
            "werden und rund 2,3 Mio. Euro kosten. „Wir schließen damit die letzte Lücke“, sagte "
            "der Verkehrsdezernent am Montag. Baubeginn ist im Frühjahr.")
    script = f"/brief\n/brief http://127.0.0.1:9/x\n/brief {text}\nWas kostet der Radweg?\n"
    r = run_cli("chat", db_url=sqlite_url, input=script)
    assert r.code == 0, r.err
    assert "Usage: /brief" in r.out
    assert "Sorry:" in r.out  # the refused loopback URL
    assert "Summary" in r.out
    answers = answer_blocks(r.out)
    assert len(answers) == 1 and "2,3 Mio. Euro" in answers[0]
    assert "Traceback" not in r.out + r.err
