"""A tiny article web site on 127.0.0.1 (stdlib), for URL briefs over loopback."""
from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class ArticleSite:
    def __init__(self):
        self.pages: dict[str, tuple[int, str, bytes]] = {}
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - stdlib name
                status, ctype, body = site.pages.get(self.path.split("#")[0],
                                                     (404, "text/plain", b"not found"))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self) -> "ArticleSite":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def add(self, path: str, body: str | bytes, *, status: int = 200,
            content_type: str = "text/html; charset=utf-8") -> str:
        self.pages[path] = (status, content_type, body.encode() if isinstance(body, str) else body)
        return f"http://127.0.0.1:{self.port}{path}"

    def add_article(self, path: str, title: str, paragraphs: list[str]) -> str:
        from html import escape

        paras = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        page = (f"<!doctype html><html lang=en><head><meta charset=utf-8><title>{escape(title)}"
                f"</title></head><body><article><h1>{escape(title)}</h1>{paras}</article>"
                f"</body></html>")
        return self.add(path, page)
