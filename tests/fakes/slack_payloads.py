"""Slack's wire formats, as Slack sends them: slash command forms, Events API
envelopes, interactivity payloads, and v0 request signatures."""
from __future__ import annotations

import hashlib
import hmac
import html
import json
import time
import uuid
from urllib.parse import urlencode

TEAM = "T0001"
APP = "A0001"


def slack_escape(text: str) -> str:
    """What Slack does to user text before sending it to an app."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def sign(body: bytes, secret: str, timestamp: int | str | None = None) -> dict[str, str]:
    ts = str(int(time.time()) if timestamp is None else timestamp)
    digest = hmac.new(secret.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return {"X-Slack-Request-Timestamp": ts, "X-Slack-Signature": f"v0={digest}"}


def slash_command(text: str, *, response_url: str, channel: str = "C0001", user: str = "U0001",
                  team: str = TEAM, command: str = "/brief", escape: bool = True) -> dict[str, str]:
    return {
        "token": "legacy-verification-token", "team_id": team, "team_domain": "fake",
        "channel_id": channel, "channel_name": "general", "user_id": user, "user_name": "alice",
        "command": command, "text": slack_escape(text) if escape else text,
        "api_app_id": APP, "is_enterprise_install": "false", "response_url": response_url,
        "trigger_id": f"{uuid.uuid4().int % 10**10}.{uuid.uuid4().hex[:12]}",
    }


def form(fields: dict[str, str]) -> bytes:
    return urlencode(fields).encode()


def event_callback(event: dict, *, event_id: str | None = None, team: str = TEAM) -> dict:
    return {
        "token": "legacy-verification-token", "team_id": team, "api_app_id": APP,
        "event": event, "type": "event_callback",
        "event_id": event_id or "Ev" + uuid.uuid4().hex[:10].upper(),
        "event_time": int(time.time()),
        "authorizations": [{"enterprise_id": None, "team_id": team, "user_id": "UBOT",
                            "is_bot": True, "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
    }


def thread_message(text: str, *, thread_ts: str, channel: str = "C0001", user: str = "U0002",
                   **extra) -> dict:
    ts = f"{time.time():.6f}"
    return {"type": "message", "channel": channel, "user": user, "text": slack_escape(text),
            "ts": ts, "thread_ts": thread_ts, "channel_type": "channel", "team": TEAM, **extra}


def message_action(message: dict, *, response_url: str, channel: str = "C0001",
                   user: str = "U0001", callback_id: str = "brief_message") -> dict:
    return {
        "type": "message_action", "token": "legacy-verification-token",
        "action_ts": f"{time.time():.6f}", "team": {"id": TEAM, "domain": "fake"},
        "user": {"id": user, "username": "alice", "team_id": TEAM, "name": "alice"},
        "channel": {"id": channel, "name": "general"}, "is_enterprise_install": False,
        "enterprise": None, "callback_id": callback_id,
        "trigger_id": f"{uuid.uuid4().int % 10**10}.{uuid.uuid4().hex[:12]}",
        "response_url": response_url, "message_ts": message["ts"], "message": message,
    }


def interactive_form(payload: dict) -> bytes:
    return urlencode({"payload": json.dumps(payload)}).encode()


def unescape(text: str) -> str:
    return html.unescape(text)
