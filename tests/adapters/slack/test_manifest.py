"""manifest.yml asks for exactly what the code uses."""
from __future__ import annotations

import re
from pathlib import Path

import yaml

from adapters.slack import oauth
from adapters.slack.app import SHORTCUT_ID

ROOT = Path(__file__).resolve().parents[3]


def test_manifest_matches_the_code():
    m = yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))
    assert sorted(m["oauth_config"]["scopes"]["bot"]) == sorted(oauth.BOT_SCOPES)
    assert [c["command"] for c in m["features"]["slash_commands"]] == ["/brief"]
    assert [(s["type"], s["callback_id"]) for s in m["features"]["shortcuts"]] == \
        [("message", SHORTCUT_ID)]
    assert set(m["settings"]["event_subscriptions"]["bot_events"]) == \
        {"app_mention", "message.channels", "message.groups"}
    assert m["settings"]["interactivity"]["is_enabled"] is True
    assert m["settings"]["socket_mode_enabled"] is True
    assert len(m["display_information"]["long_description"]) >= 175
    assert len(m["display_information"]["description"]) <= 140


def test_bot_package_stays_free_of_slack():
    for path in (ROOT / "bot").rglob("*.py"):
        assert not re.search(r"^\s*(from|import)\s+slack", path.read_text(encoding="utf-8"),
                             re.M), path
