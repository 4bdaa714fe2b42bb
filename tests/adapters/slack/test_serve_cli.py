"""`briefbot serve slack` as a user runs it: a process, settings from the environment."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from tests.adapters.slack.conftest import HARBOUR
from tests.fakes.slack_payloads import slash_command

ROOT = Path(__file__).resolve().parents[3]


def _env(fake, db_url: str, **extra) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "BRIEFBOT_"))}
    env.update(BRIEFBOT_DATABASE_URL=db_url, SLACK_API_URL=fake.api_url, PYTHONPATH=str(ROOT),
               **extra)
    return env


def test_socket_mode_process_briefs_and_stops_cleanly(fake, sqlite_url, tmp_path):
    env = _env(fake, sqlite_url, SLACK_BOT_TOKEN=fake.bot_token, SLACK_APP_TOKEN=fake.app_token)
    proc = subprocess.Popen([sys.executable, "-m", "adapters.cli", "serve", "slack"], env=env,
                            cwd=tmp_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert fake.wait_socket(30), proc.stderr.read1().decode() if proc.poll() is not None else ""
        envelope = fake.send_envelope("slash_commands", slash_command(
            HARBOUR.read_text(encoding="utf-8"), response_url=fake.response_url()))
        assert fake.wait_ack(envelope, 10) is not None
        [post] = fake.wait_calls("chat.postMessage", 1, timeout=30)
        assert "offshore wind terminal" in post.args["blocks"][0]["text"]["text"]
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=20)
    assert proc.returncode == 0, err.decode()
    assert "connected to Slack" in err.decode()


def test_missing_tokens_are_a_clear_error(fake, sqlite_url, tmp_path):
    run = subprocess.run([sys.executable, "-m", "adapters.cli", "serve", "slack"], cwd=tmp_path,
                         env=_env(fake, sqlite_url), capture_output=True, text=True, timeout=60)
    assert run.returncode == 2
    assert "SLACK_BOT_TOKEN is not set" in run.stderr and "SLACK_APP_TOKEN" in run.stderr
    run = subprocess.run([sys.executable, "-m", "adapters.cli", "serve", "slack", "--http"],
                         cwd=tmp_path, env=_env(fake, sqlite_url, SLACK_BOT_TOKEN="xoxb-nope",
                                                SLACK_SIGNING_SECRET="s"),
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 2 and "refused" in run.stderr and "invalid_auth" in run.stderr
