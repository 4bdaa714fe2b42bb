"""The HTTP front of the Slack app, as an ASGI application served by uvicorn.

Why not Bolt's own ASGI handler: it runs `App.dispatch` on the event loop (one slow
request stalls every other ack) and lets malformed signing headers surface as 500s
(`int()` of a 5,000-digit or non-numeric timestamp, a non-ASCII signature, a body
that is not UTF-8). Here every request is verified first, on raw bytes, and anything
that is not a valid signature is a 401; dispatch runs on a thread pool.

Routes: POST /slack/events (commands, events, interactivity), GET /slack/install and
/slack/oauth_redirect (when OAuth is on), GET /healthz.
"""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Callable

from slack_bolt.request import BoltRequest

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 1_000_000  # Slack's payloads are a few kB; a file's content never comes this way
MAX_SKEW = 300  # seconds, as Slack documents
_HEX = frozenset("0123456789abcdef")


def verify(secret: bytes, body: bytes, timestamp: str | None, signature: str | None,
           now: float | None = None) -> bool:
    """Slack's v0 request signature, checked without ever raising."""
    if not timestamp or not signature or not secret:
        return False
    if len(timestamp) > 12 or not timestamp.isascii() or not timestamp.isdigit():
        return False
    if abs((now if now is not None else time.time()) - int(timestamp)) > MAX_SKEW:
        return False
    if len(signature) != 67 or not signature.startswith("v0=") or not set(signature[3:]) <= _HEX:
        return False
    expected = hmac.new(secret, b"v0:" + timestamp.encode() + b":" + body, hashlib.sha256)
    return hmac.compare_digest("v0=" + expected.hexdigest(), signature)


class SlackAsgi:
    def __init__(self, bolt_app, signing_secret: str, *, threads: int = 32,
                 clock: Callable[[], float] = time.time, inline: bool = False):
        self.bolt = bolt_app
        # inline: dispatch on the event loop. Only for apps whose ack path does no I/O
        # (single workspace: the token is known, listeners just ack and enqueue); it
        # saves two thread hand-offs per request. OAuth apps read installations: threads.
        self.inline = inline
        self.secret = signing_secret.encode()
        self.clock = clock
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="slack-ack")
        flow = bolt_app.oauth_flow
        self.install_path = flow.install_path if flow else None
        self.redirect_path = flow.redirect_uri_path if flow else None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        method, path = scope["method"], scope["path"]
        if path == EVENTS_PATH:
            if method != "POST":
                await _send(send, 405, b"Method Not Allowed")
                return
            await self._events(scope, receive, send)
        elif method == "GET" and path in (self.install_path, self.redirect_path):
            handler = (self.bolt.oauth_flow.handle_installation if path == self.install_path
                       else self.bolt.oauth_flow.handle_callback)
            request = BoltRequest(body="", query=scope["query_string"].decode("latin-1"),
                                  headers=_headers(scope))
            await self._bolt(send, handler, request)
        elif method == "GET" and path == "/healthz":
            await _send(send, 200, b"ok")
        else:
            await _send(send, 404, b"Not Found")

    async def _events(self, scope, receive, send) -> None:
        body = await _read_body(receive, MAX_BODY)
        if body is None:
            await _send(send, 413, b"Payload Too Large")
            return
        headers = _headers(scope)
        ok = verify(self.secret, body, _first(headers, "x-slack-request-timestamp"),
                    _first(headers, "x-slack-signature"), self.clock())
        if not ok:
            await _send(send, 401, b'{"error":"invalid request"}', "application/json")
            return
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            await _send(send, 400, b"Bad Request")
            return
        request = BoltRequest(body=text, query=scope["query_string"].decode("latin-1"),
                              headers=headers)
        await self._bolt(send, self.bolt.dispatch, request, inline=self.inline)

    async def _bolt(self, send, handler, request, inline: bool = False) -> None:
        loop = asyncio.get_running_loop()
        try:
            if inline:
                resp = handler(request)
            else:
                resp = await loop.run_in_executor(self.executor, handler, request)
        except Exception:  # noqa: BLE001 - a 500 with no details, the details in the log
            log.exception("Slack request failed")
            await _send(send, 500, b"Internal Server Error")
            return
        body = resp.body if isinstance(resp.body, bytes) else str(resp.body or "").encode()
        raw = [(k.lower().encode("latin-1"), str(v).encode("latin-1"))
               for k, values in (resp.headers or {}).items()
               for v in (values if isinstance(values, (list, tuple)) else [values])
               if k.lower() != "content-length"]
        raw.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": resp.status, "headers": raw})
        await send({"type": "http.response.body", "body": body})

    async def _lifespan(self, receive, send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                self.executor.shutdown(wait=False, cancel_futures=True)
                await send({"type": "lifespan.shutdown.complete"})
                return

    def close(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)


def _headers(scope) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for key, value in scope.get("headers", []):
        out.setdefault(key.decode("latin-1").lower(), []).append(value.decode("latin-1"))
    return out


def _first(headers: dict[str, list[str]], name: str) -> str | None:
    values = headers.get(name)
    return values[0] if values and len(values) == 1 else None


async def _read_body(receive, limit: int) -> bytes | None:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b""
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _send(send, status: int, body: bytes, content_type: str = "text/plain; charset=utf-8"):
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", content_type.encode()),
                            (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})


__all__ = ["SlackAsgi", "verify", "EVENTS_PATH"]
