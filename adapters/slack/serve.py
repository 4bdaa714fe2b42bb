"""`briefbot serve slack [--http --host H --port N]`.

Socket Mode (default) needs SLACK_BOT_TOKEN and SLACK_APP_TOKEN and no public URL.
HTTP mode needs SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN (or SLACK_CLIENT_ID and
SLACK_CLIENT_SECRET for multi-workspace installs) and is served by uvicorn.
`HttpServer` and `SocketModeRunner` start in the background, so tests and the
benchmark run exactly what `serve()` runs."""
from __future__ import annotations

import gc
import logging
import signal
import socket
import sys
import threading
import time

from bot.errors import BadInput

log = logging.getLogger(__name__)


def check_settings(settings, *, http: bool) -> None:
    """Missing or mistyped tokens are a clear message, not a stack trace."""
    oauth = bool(settings.slack_client_id and settings.slack_client_secret)
    problems = []
    if http:
        if not settings.slack_signing_secret:
            problems.append("SLACK_SIGNING_SECRET is not set (Basic Information → App Credentials).")
        if not oauth and not settings.slack_bot_token:
            problems.append("SLACK_BOT_TOKEN is not set (OAuth & Permissions → Bot User OAuth "
                            "Token), or set SLACK_CLIENT_ID and SLACK_CLIENT_SECRET for installs.")
    else:
        if not settings.slack_bot_token:
            problems.append("SLACK_BOT_TOKEN is not set (OAuth & Permissions → Bot User OAuth Token).")
        if not settings.slack_app_token:
            problems.append("SLACK_APP_TOKEN is not set (Basic Information → App-Level Tokens, "
                            "scope connections:write), or run with --http.")
        elif not settings.slack_app_token.startswith("xapp-"):
            problems.append("SLACK_APP_TOKEN must be an app-level token starting with xapp-.")
    if settings.slack_bot_token and not settings.slack_bot_token.startswith("xoxb-"):
        problems.append("SLACK_BOT_TOKEN must be a bot token starting with xoxb-.")
    if problems:
        raise BadInput("Slack is not configured: " + " ".join(problems)
                       + " See README.md, section 'Install in Slack'.")


def build_bot(app, *, http: bool):
    from slack_bolt.error import BoltError

    from adapters.slack.app import SlackBot

    try:
        bot = SlackBot(app, http=http)
    except BoltError as exc:  # e.g. auth.test refused the token
        raise BadInput(f"Slack refused the app's credentials: {exc}") from None
    try:
        bot.warm_up()
    except Exception:
        bot.close()
        raise
    return bot


class HttpServer:
    """uvicorn serving SlackAsgi on an already bound socket (port 0 works)."""

    def __init__(self, bot, host: str = "127.0.0.1", port: int = 0, *, log_level: str = "warning"):
        import uvicorn

        from adapters.slack.asgi import SlackAsgi

        self.asgi = SlackAsgi(bot.bolt, bot.settings.slack_signing_secret, inline=not bot.oauth)
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.sock = socket.socket(family, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Inherited by accepted connections: without it the response's second write
        # waits for the client's delayed ACK (~40 ms per request).
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock.bind((host, port))
        self.sock.listen(1024)
        self.port = self.sock.getsockname()[1]
        self.url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '') else host}:{self.port}"
        config = uvicorn.Config(self.asgi, log_level=log_level, access_log=False,
                                lifespan="on", server_header=False, timeout_keep_alive=30,
                                backlog=1024)
        self.server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    def run(self) -> None:
        """Blocks; uvicorn handles SIGINT/SIGTERM with a graceful shutdown."""
        self.server.run(sockets=[self.sock])

    def start(self, timeout: float = 10.0) -> "HttpServer":
        self.server.config.install_signal_handlers = False  # not the main thread
        self._thread = threading.Thread(target=self.run, name="slack-http", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started and time.monotonic() < deadline and self._thread.is_alive():
            time.sleep(0.005)
        if not self.server.started:
            raise RuntimeError("the Slack HTTP server did not start")
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        if self._thread:
            self._thread.join(10)
        self.asgi.close()
        self.sock.close()


class SocketModeRunner:
    """Bolt's Socket Mode handler on slack_sdk's built-in WebSocket client."""

    def __init__(self, bot, app_token: str):
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        self.handler = SocketModeHandler(bot.bolt, app_token, concurrency=10)

    def start(self) -> "SocketModeRunner":
        self.handler.connect()
        return self

    def stop(self, timeout: float | None = None) -> None:
        """Close the connection. slack_sdk's client can take up to its 3 s receive
        timeout to let go of the socket; `timeout` bounds how long we wait for it."""
        closer = threading.Thread(target=self.handler.close, name="slack-socket-close",
                                  daemon=True)
        closer.start()
        closer.join(timeout)


def serve(app, *, http: bool = False, host: str = "0.0.0.0", port: int = 3000) -> int:
    settings = app.settings
    check_settings(settings, http=http)
    bot = build_bot(app, http=http)
    # Everything built so far lives as long as the process: keep it out of the garbage
    # collector's full passes, which otherwise pause every in-flight ack for tens of ms.
    gc.collect()
    gc.freeze()
    try:
        if http:
            server = HttpServer(bot, host, port, log_level="info")
            print(f"briefbot: Slack HTTP mode on {host}:{server.port}; Slack's request URL "
                  "is https://<your host>/slack/events", file=sys.stderr)
            server.run()
            server.asgi.close()
            return 0
        runner = SocketModeRunner(bot, settings.slack_app_token).start()
        print("briefbot: connected to Slack (Socket Mode); Ctrl-C stops", file=sys.stderr)
        stop = threading.Event()
        for sig in (signal.SIGINT, signal.SIGTERM):
            signal.signal(sig, lambda *_: stop.set())
        stop.wait()
        runner.stop(timeout=1.0)
        return 0
    finally:
        bot.close()
