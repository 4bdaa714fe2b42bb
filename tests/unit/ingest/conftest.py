"""Loopback HTTP servers and a socket spy for the ingest tests. Nothing leaves 127.0.0.1."""
from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

Route = Callable[[BaseHTTPRequestHandler], None]


class LoopbackServer:
    """A stdlib HTTP server on 127.0.0.1:0. Routes are functions of the request handler;
    `connections` counts accepted TCP connections, `requests` the paths asked for."""

    def __init__(self, tls: ssl.SSLContext | None = None) -> None:
        self.routes: dict[str, Route] = {}
        self.connections = 0
        self.requests: list[tuple[str, str | None]] = []  # (path, Host header)
        self.stop = threading.Event()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:  # noqa: N802 - stdlib name
                outer.requests.append((self.path, self.headers.get("Host")))
                route = outer.routes.get(self.path.split("?", 1)[0])
                try:
                    if route is None:
                        send(self, 404, b"not here", "text/plain")
                    else:
                        route(self)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up on purpose (limits under test)

            def log_message(self, *args: object) -> None:
                pass

        class Server(ThreadingHTTPServer):
            daemon_threads = True

            def verify_request(self, request: object, client_address: object) -> bool:
                outer.connections += 1
                return True

            def handle_error(self, request: object, client_address: object) -> None:
                pass

        self.httpd = Server(("127.0.0.1", 0), Handler)
        if tls is not None:
            self.httpd.socket = tls.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.02,), daemon=True)

    def url(self, path: str = "/") -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        self.stop.set()
        self.httpd.shutdown()
        self.httpd.server_close()


def send(handler: BaseHTTPRequestHandler, status: int, body: bytes,
         content_type: str = "text/html; charset=utf-8", headers: dict[str, str] | None = None
         ) -> None:
    handler.send_response(status)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(body)))
    for key, value in (headers or {}).items():
        handler.send_header(key, value)
    handler.end_headers()
    handler.wfile.write(body)


def redirect(location: str, status: int = 302) -> Route:
    def route(h: BaseHTTPRequestHandler) -> None:
        send(h, status, b"", "text/plain", {"Location": location})
    return route


@pytest.fixture
def server():
    srv = LoopbackServer()
    srv.thread.start()
    yield srv
    srv.close()


@pytest.fixture
def second_server():
    srv = LoopbackServer()
    srv.thread.start()
    yield srv
    srv.close()


class SocketSpy:
    """Records every outgoing TCP connect; `block=True` makes each one fail loudly."""

    def __init__(self) -> None:
        self.calls: list[object] = []
        self.block = False


@pytest.fixture
def socket_spy(monkeypatch):
    spy = SocketSpy()
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def connect(sock: socket.socket, address: object) -> None:
        spy.calls.append(address)
        if spy.block:
            raise AssertionError(f"unexpected connection to {address}")
        return real_connect(sock, address)

    def connect_ex(sock: socket.socket, address: object) -> int:
        spy.calls.append(address)
        if spy.block:
            raise AssertionError(f"unexpected connection to {address}")
        return real_connect_ex(sock, address)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect_ex)
    return spy
