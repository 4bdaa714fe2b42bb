"""A fake Slack on 127.0.0.1: Web API, response_url webhooks, private file downloads,
OAuth token exchange and a Socket Mode WebSocket, in one aiohttp server on a thread.

It records every call, enforces the Slack limits the adapter must respect (blocks,
section/header lengths, message length) answering with Slack's real error shapes
(`invalid_blocks` with `errors` and `response_metadata.messages`, `msg_too_long`,
`not_in_channel`, `invalid_auth`), and can answer the next call of a method with a
429 + Retry-After or an error, to exercise retries."""
from __future__ import annotations

import asyncio
import itertools
import json
import threading
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import parse_qsl

from aiohttp import WSMsgType, web

from tests.fakes.blockkit import block_errors


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    headers: dict[str, str]
    status: int = 200
    response: dict[str, Any] = field(default_factory=dict)
    at: float = field(default_factory=time.monotonic)

    @property
    def token(self) -> str | None:
        auth = self.headers.get("Authorization", "")
        return auth[7:] if auth.startswith("Bearer ") else self.args.get("token")


@dataclass
class Team:
    id: str
    bot_user_id: str
    bot_id: str
    name: str = "Fake Team"


class FakeSlack:
    def __init__(self, *, bot_token: str = "xoxb-test-token", app_token: str = "xapp-test-token"):
        self.bot_token, self.app_token = bot_token, app_token
        self.teams: dict[str, Team] = {bot_token: Team("T0001", "UBOT", "BBOT")}
        self.calls: list[Call] = []
        self.acks: dict[str, dict] = {}
        self.not_in_channels: set[str] = set()
        self.files: dict[str, bytes] = {}
        self._failures: dict[str, list[tuple[int, dict, dict]]] = {}
        self._cond = threading.Condition()
        self._ts = itertools.count(1)
        self._sockets: list[web.WebSocketResponse] = []
        self.loop = asyncio.new_event_loop()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle -----------------------------------------------------------------

    def start(self) -> "FakeSlack":
        started = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(started,), daemon=True,
                                        name="fake-slack")
        self._thread.start()
        if not started.wait(10):
            raise RuntimeError("fake Slack did not start")
        return self

    def _serve(self, started: threading.Event) -> None:
        asyncio.set_event_loop(self.loop)
        app = web.Application(client_max_size=10_000_000)
        app.router.add_post("/api/{method}", self._api)
        app.router.add_get("/api/{method}", self._api)
        app.router.add_post("/response/{rid}", self._response_url)
        app.router.add_get("/files/{fid}/{name}", self._file)
        app.router.add_get("/socket", self._socket)
        self._runner = web.AppRunner(app, access_log=None)
        self.loop.run_until_complete(self._runner.setup())
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        self.loop.run_until_complete(site.start())
        self.port = site._server.sockets[0].getsockname()[1]
        started.set()
        self.loop.run_forever()

    def stop(self) -> None:
        async def shutdown():
            for ws in list(self._sockets):
                await ws.close()
            await self._runner.cleanup()
        asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def api_url(self) -> str:
        return f"{self.base}/api/"

    def response_url(self, rid: str | None = None) -> str:
        return f"{self.base}/response/{rid or uuid.uuid4().hex[:8]}"

    # -- what tests look at ------------------------------------------------------------

    def _record(self, call: Call) -> None:
        with self._cond:
            self.calls.append(call)
            self._cond.notify_all()

    def calls_to(self, method: str, ok_only: bool = True) -> list[Call]:
        with self._cond:
            return [c for c in self.calls if c.method == method
                    and (not ok_only or (c.status == 200 and c.response.get("ok", True)))]

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 10.0):
        with self._cond:
            return self._cond.wait_for(predicate, timeout)

    def wait_calls(self, method: str, n: int = 1, timeout: float = 10.0) -> list[Call]:
        self.wait_for(lambda: len([c for c in self.calls if c.method == method
                                   and c.status == 200 and c.response.get("ok", True)]) >= n,
                      timeout)
        return self.calls_to(method)

    def fail_next(self, method: str, *, status: int = 200, error: str = "fatal_error",
                  retry_after: int | None = None) -> None:
        """The next call of `method` fails: a 429 with Retry-After, or ok:false `error`."""
        headers = {"Retry-After": str(retry_after)} if retry_after is not None else {}
        body = {"ok": False, "error": "ratelimited" if status == 429 else error}
        self._failures.setdefault(method, []).append((status, body, headers))

    def add_file(self, content: bytes, name: str, **extra) -> dict:
        fid = "F" + uuid.uuid4().hex[:10].upper()
        self.files[fid] = content
        url = f"{self.base}/files/{fid}/{name}"
        return {"id": fid, "name": name, "title": name, "size": len(content), "mode": "hosted",
                "url_private": url, "url_private_download": url + "?download=1", **extra}

    # -- Web API ---------------------------------------------------------------------------

    async def _api(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        args: dict[str, Any] = dict(request.query)
        raw = await request.read()
        if raw:
            if request.content_type == "application/json":
                args.update(json.loads(raw))
            else:
                args.update(parse_qsl(raw.decode("utf-8"), keep_blank_values=True))
        call = Call(method, args, dict(request.headers))
        pending = self._failures.get(method)
        if pending:
            call.status, call.response, headers = pending.pop(0)
            self._record(call)
            return web.json_response(call.response, status=call.status, headers=headers)
        handler = getattr(self, "_m_" + method.replace(".", "_"), None)
        call.response = handler(call) if handler else {"ok": False, "error": "unknown_method"}
        self._record(call)
        return web.json_response(call.response)

    def _team(self, call: Call) -> Team | None:
        return self.teams.get(call.token or "")

    def _m_auth_test(self, call: Call) -> dict:
        team = self._team(call)
        if team is None:
            return {"ok": False, "error": "invalid_auth"}
        return {"ok": True, "url": "https://fake.slack.com/", "team": team.name, "user": "briefbot",
                "team_id": team.id, "user_id": team.bot_user_id, "bot_id": team.bot_id,
                "is_enterprise_install": False}

    def _m_apps_connections_open(self, call: Call) -> dict:
        if call.token != self.app_token:
            return {"ok": False, "error": "invalid_auth"}
        return {"ok": True, "url": f"ws://127.0.0.1:{self.port}/socket?ticket={uuid.uuid4().hex}"}

    def _message_errors(self, call: Call) -> dict | None:
        if self._team(call) is None:
            return {"ok": False, "error": "not_authed" if not call.token else "invalid_auth"}
        channel = call.args.get("channel")
        if not channel:
            return {"ok": False, "error": "channel_not_found"}
        if channel in self.not_in_channels:
            return {"ok": False, "error": "not_in_channel"}
        blocks = call.args.get("blocks")
        if isinstance(blocks, str):
            blocks = call.args["blocks"] = json.loads(blocks)
        text = call.args.get("text") or ""
        if not text and not blocks:
            return {"ok": False, "error": "no_text"}
        if len(text) > 40000:
            return {"ok": False, "error": "msg_too_long"}
        errors = block_errors(blocks) if blocks is not None else []
        if errors:
            return {"ok": False, "error": "invalid_blocks", "errors": errors,
                    "response_metadata": {"messages": [f"[ERROR] {e}" for e in errors]}}
        return None

    def _next_ts(self) -> str:
        n = next(self._ts)
        return f"{1_700_000_000 + n}.{n:06d}"

    def _m_chat_postMessage(self, call: Call) -> dict:
        error = self._message_errors(call)
        if error:
            return error
        team, ts = self._team(call), self._next_ts()
        message = {"type": "message", "user": team.bot_user_id, "bot_id": team.bot_id, "ts": ts,
                   "text": call.args.get("text", ""), "blocks": call.args.get("blocks") or []}
        if call.args.get("thread_ts"):
            message["thread_ts"] = call.args["thread_ts"]
        return {"ok": True, "channel": call.args["channel"], "ts": ts, "message": message}

    def _m_chat_postEphemeral(self, call: Call) -> dict:
        error = self._message_errors(call)
        return error or {"ok": True, "message_ts": self._next_ts()}

    def _m_oauth_v2_access(self, call: Call) -> dict:
        code = call.args.get("code", "")
        token = f"xoxb-{code}"
        self.teams[token] = Team(f"T{code.upper()}", f"UB{code.upper()}", f"BB{code.upper()}",
                                 name=f"Team {code}")
        team = self.teams[token]
        return {"ok": True, "app_id": "A0001", "authed_user": {"id": "UINSTALLER"},
                "scope": "commands,chat:write", "token_type": "bot", "access_token": token,
                "bot_user_id": team.bot_user_id, "team": {"id": team.id, "name": team.name},
                "enterprise": None, "is_enterprise_install": False}

    # -- response_url, files -------------------------------------------------------------------

    async def _response_url(self, request: web.Request) -> web.Response:
        body = await request.json()
        body["_rid"] = request.match_info["rid"]
        self._record(Call("response_url", body, dict(request.headers)))
        return web.Response(text="ok")

    async def _file(self, request: web.Request) -> web.Response:
        auth = request.headers.get("Authorization", "")
        content = self.files.get(request.match_info["fid"])
        self._record(Call("file_download", {"fid": request.match_info["fid"]},
                          dict(request.headers)))
        if auth[7:] not in self.teams:
            raise web.HTTPFound("/login")  # Slack's answer to a missing or wrong token
        if content is None:
            raise web.HTTPNotFound()
        return web.Response(body=content, content_type="application/octet-stream")

    # -- Socket Mode -----------------------------------------------------------------------------

    async def _socket(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        await ws.send_str(json.dumps({
            "type": "hello", "num_connections": 1,
            "debug_info": {"host": "fake-slack", "build_number": 1,
                           "approximate_connection_time": 18060},
            "connection_info": {"app_id": "A0001"}}))
        with self._cond:
            self._sockets.append(ws)
            self._cond.notify_all()
        try:
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                data = json.loads(msg.data)
                if "envelope_id" in data:
                    with self._cond:
                        self.acks[data["envelope_id"]] = data
                        self._cond.notify_all()
        finally:
            with self._cond:
                if ws in self._sockets:
                    self._sockets.remove(ws)
        return ws

    def wait_socket(self, timeout: float = 10.0) -> bool:
        return bool(self.wait_for(lambda: self._sockets, timeout))

    def send_envelope(self, type_: str, payload: dict, *, envelope_id: str | None = None,
                      retry_attempt: int = 0) -> str:
        envelope_id = envelope_id or uuid.uuid4().hex
        envelope = {"envelope_id": envelope_id, "type": type_, "payload": payload,
                    "accepts_response_payload": type_ in ("slash_commands", "interactive")}
        if type_ == "events_api":
            envelope.update(retry_attempt=retry_attempt,
                            retry_reason="timeout" if retry_attempt else "")
        ws = self._sockets[-1]
        asyncio.run_coroutine_threadsafe(ws.send_str(json.dumps(envelope)), self.loop).result(5)
        return envelope_id

    def wait_ack(self, envelope_id: str, timeout: float = 10.0) -> dict | None:
        self.wait_for(lambda: envelope_id in self.acks, timeout)
        return self.acks.get(envelope_id)
