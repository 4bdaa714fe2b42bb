"""`briefbot` as a user runs it: output, JSON shape, exit codes, dedup, no half-writes."""
from __future__ import annotations

import json

import pytest

from tests.conftest import SAMPLES, shared_path
from tests.e2e.cli import run_cli

SAMPLE_DE = SAMPLES / "strassenbahn-de.txt"


def stored_text(db_url: str, article_id: int) -> str:
    from storage.database import create_db_engine
    from storage.repository import SqlRepository

    engine = create_db_engine(db_url)
    try:
        return SqlRepository(engine).get_article(article_id).text
    finally:
        engine.dispose()


def count(db_url: str) -> int:
    from storage.database import create_db_engine, ensure_schema
    from storage.repository import SqlRepository

    engine = create_db_engine(db_url)
    ensure_schema(engine)
    try:
        return SqlRepository(engine).count_articles()
    finally:
        engine.dispose()


def test_help_documents_every_command(sqlite_url):
    r = run_cli("--help", db_url=sqlite_url)
    assert r.code == 0
    for word in ("brief", "articles", "ask", "chat", "serve", "db", "exit codes"):
        assert word in r.out
    assert run_cli(db_url=sqlite_url).code == 2  # no command: help and a usage error


def test_brief_json_is_pure_json_with_verbatim_offsets(sqlite_url):
    r = run_cli("brief", str(SAMPLE_DE), "--json", db_url=sqlite_url)
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert set(data) == {"article", "summary", "quotes", "figures", "engine"}
    assert set(data["article"]) == {"id", "title", "url", "language", "words"}
    assert data["article"]["language"] == "de" and data["article"]["words"] > 300
    assert data["summary"] and data["quotes"] and data["figures"]
    text = stored_text(sqlite_url, data["article"]["id"])
    for q in data["quotes"]:
        assert set(q) == {"text", "speaker", "start"}
        assert text[q["start"]:q["start"] + len(q["text"])] == q["text"]
    for f in data["figures"]:
        assert set(f) == {"text", "value", "unit", "context", "start"}
        assert text[f["start"]:f["start"] + len(f["text"])] == f["text"]
    for s in data["summary"]:
        assert s in text


def test_pretty_output_and_dedup_of_the_same_file(sqlite_url):
    first = run_cli("brief", str(SAMPLE_DE), db_url=sqlite_url)
    assert first.code == 0, first.err
    assert "Summary" in first.out and "Quotes" in first.out and "Key figures" in first.out
    assert "Lindqvist" in first.out
    second = run_cli("brief", str(SAMPLE_DE), db_url=sqlite_url)
    assert second.code == 0 and "stored already" in second.err
    piped = run_cli("brief", "-", db_url=sqlite_url, input=SAMPLE_DE.read_bytes())
    assert piped.code == 0, piped.err
    assert count(sqlite_url) == 1


@pytest.mark.parametrize("content,why", [
    (b"", "empty"),
    (b"   \n\t  ", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "binary"),
    (b"Zu kurz.", "short"),
])
def test_bad_files_exit_2_with_a_message_and_store_nothing(tmp_path, sqlite_url, content, why):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    r = run_cli("brief", str(path), db_url=sqlite_url)
    assert r.code == 2, (why, r.err)
    assert r.err.startswith("briefbot: ") and "Traceback" not in r.err
    assert r.out == ""
    assert count(sqlite_url) == 0


def test_missing_file_huge_file_and_refused_url_exit_2(tmp_path, sqlite_url):
    r = run_cli("brief", str(tmp_path / "nope.txt"), db_url=sqlite_url)
    assert r.code == 2 and "No such file" in r.err
    huge = tmp_path / "huge.txt"
    huge.write_bytes(b"Wort " * 1_100_000)
    r = run_cli("brief", str(huge), db_url=sqlite_url)
    assert r.code == 2 and "MB" in r.err and "Traceback" not in r.err
    for url in ("http://127.0.0.1/", "http://169.254.169.254/latest/meta-data/", "file:///etc/passwd"):
        r = run_cli("brief", url, db_url=sqlite_url)
        assert r.code == 2, (url, r.err)
        assert "Traceback" not in r.err
    assert count(sqlite_url) == 0


def test_fetch_failure_exits_3(sqlite_url, http_server):
    server = http_server(status=503, body=b"down for maintenance", content_type="text/plain")
    r = run_cli("brief", server.url, db_url=sqlite_url,
                env={"BRIEFBOT_ALLOW_PRIVATE_URLS": "true"})
    assert r.code == 3, r.err
    assert "503" in r.err and "Traceback" not in r.err


def test_brief_url_from_a_loopback_site(sqlite_url, http_server):
    html = ("<html><head><title>Hafen baut Terminal</title></head><body><article>"
            + "".join(f"<p>{line}</p>" for line in SAMPLE_DE.read_text().split("\n\n")[1:])
            + "</article></body></html>").encode()
    server = http_server(body=html, content_type="text/html; charset=utf-8")
    env = {"BRIEFBOT_ALLOW_PRIVATE_URLS": "true"}
    r = run_cli("brief", server.url + "?utm_source=x#top", "--json", db_url=sqlite_url, env=env)
    assert r.code == 0, r.err
    data = json.loads(r.out)
    assert data["article"]["url"].startswith(server.url.rstrip("/"))
    assert "utm_source" not in data["article"]["url"]
    assert data["quotes"]
    again = run_cli("brief", server.url, "--json", db_url=sqlite_url, env=env)
    assert json.loads(again.out)["article"]["id"] == data["article"]["id"]


def test_articles_list_search_and_ask(sqlite_url):
    assert run_cli("brief", str(SAMPLE_DE), db_url=sqlite_url).code == 0
    listing = run_cli("articles", "list", "--json", db_url=sqlite_url)
    rows = json.loads(listing.out)
    assert len(rows) == 1 and rows[0]["language"] == "de"
    found = run_cli("articles", "search", "Straßenbahn", db_url=sqlite_url)
    assert found.code == 0 and f"#{rows[0]['id']}" in found.out
    none = run_cli("articles", "search", "Quantencomputer", "--json", db_url=sqlite_url)
    assert json.loads(none.out) == []
    ask = run_cli("ask", str(rows[0]["id"]), "Wie", "viel", "kostet", "die", "Strecke?", "--json",
                  db_url=sqlite_url)
    assert ask.code == 0, ask.err
    passages = json.loads(ask.out)["passages"]
    assert passages and any("Mrd" in p["text"] for p in passages)
    assert run_cli("ask", "999", "Wer?", db_url=sqlite_url).code == 2


def test_db_upgrade_command(sqlite_url):
    r = run_cli("db", "upgrade", db_url=sqlite_url)
    assert r.code == 0 and "revision" in r.err


def test_seed_article_quotes_musk_and_key_figures(sqlite_url):
    seed = shared_path("seed", "vivatech-musk-de.txt")
    r = run_cli("brief", str(seed), "--json", db_url=sqlite_url)
    assert r.code == 0, r.err
    data = json.loads(r.out)
    speech = [q for q in data["quotes"] if q["text"] != "Kern"]
    assert len(speech) >= 10
    assert all(q["speaker"] == "Elon Musk" for q in speech if len(q["text"].split()) > 3)
    texts = " | ".join(f["text"] for f in data["figures"])
    for needle in ("fast 60 %", "90 %", "95 %", "4.000"):
        assert needle in texts, needle


def test_invalid_setting_is_a_clear_user_error(sqlite_url):
    r = run_cli("articles", "list", db_url=sqlite_url, env={"BRIEFBOT_SUMMARY_SENTENCES": "99"})
    assert r.code == 2
    assert "BRIEFBOT_SUMMARY_SENTENCES" in r.err and "Traceback" not in r.err


def test_unreachable_database_is_explained_without_the_password(tmp_path):
    r = run_cli("articles", "list", db_url="postgresql://bot:s3cret@127.0.0.1:9/none")
    assert r.code == 1
    assert "cannot use the database" in r.err and "s3cret" not in r.err


# `briefbot brief` must start in < 0.3 s, and importing SQLAlchemy alone takes ~0.2 s:
# on a SQLite file at the head revision the CLI runs on the standard library's sqlite3.
_REPORT_IMPORTS = (
    "import sys\n"
    "from adapters.cli import run\n"
    "code = run(sys.argv[1:])\n"
    "print('imported:', *sorted({m.split('.')[0] for m in sys.modules} & {'sqlalchemy', 'alembic'}),"
    " file=sys.stderr)\n"
    "sys.exit(code)\n"
)


def run_reporting_imports(*args: str, db_url: str, input: bytes | None = None):
    """Run the CLI in a fresh interpreter; (Run, the heavy modules it imported)."""
    import os
    import subprocess
    import sys

    from tests.e2e.cli import Run

    env = {k: v for k, v in os.environ.items() if not k.startswith(("BRIEFBOT_", "SLACK_"))}
    env.update({"BRIEFBOT_DATABASE_URL": db_url, "PYTHONIOENCODING": "utf-8"})
    proc = subprocess.run([sys.executable, "-c", _REPORT_IMPORTS, *args], input=input,
                          capture_output=True, env=env, timeout=60)
    err = proc.stderr.decode("utf-8", "replace")
    imported = err.rstrip().splitlines()[-1].split()[1:]
    return Run(proc.returncode, proc.stdout.decode("utf-8", "replace"), err), set(imported)


def _revision(db_path) -> str | None:
    import sqlite3

    from storage.sqlite_file import schema_revision

    conn = sqlite3.connect(db_path)
    try:
        return schema_revision(conn)
    finally:
        conn.close()


def test_brief_on_a_sqlite_file_does_not_import_sqlalchemy(tmp_path):
    from storage.common import HEAD_REVISION

    db = tmp_path / "data" / "bot.db"  # the folder is made, too
    url = f"sqlite:///{db}"
    first, imported = run_reporting_imports("brief", str(SAMPLE_DE), db_url=url)
    assert first.code == 0, first.err
    assert imported == {"sqlalchemy", "alembic"}  # a new database is migrated first
    assert _revision(db) == HEAD_REVISION
    stored, imported = run_reporting_imports("brief", str(SAMPLE_DE), db_url=url)
    assert stored.code == 0 and "stored already" in stored.err
    assert stored.out == first.out
    assert imported == set(), stored.err
    pasted = SAMPLE_DE.read_bytes() + "\n\nEin neuer letzter Satz für diesen Test.\n".encode()
    new, imported = run_reporting_imports("brief", "-", "--json", db_url=url, input=pasted)
    assert new.code == 0 and "stored already" not in new.err, new.err
    assert imported == set(), new.err
    assert json.loads(new.out)["article"]["id"] == 2
    found, imported = run_reporting_imports("articles", "search", "Straßenbahn", db_url=url)
    assert found.code == 0 and "#1" in found.out and "#2" in found.out
    assert imported == set()
    assert count(url) == 2  # SQLAlchemy reads what sqlite3 wrote


def test_an_old_database_is_upgraded_on_the_next_run(tmp_path):
    from storage.common import HEAD_REVISION
    from storage.database import create_db_engine, upgrade

    db = tmp_path / "old.db"
    url = f"sqlite:///{db}"
    engine = create_db_engine(url)
    upgrade(engine, "0001")
    engine.dispose()
    assert _revision(db) == "0001"
    r, imported = run_reporting_imports("brief", str(SAMPLE_DE), db_url=url)
    assert r.code == 0, r.err
    assert "alembic" in imported
    assert _revision(db) == HEAD_REVISION
    again, imported = run_reporting_imports("brief", str(SAMPLE_DE), db_url=url)
    assert again.code == 0 and imported == set()
