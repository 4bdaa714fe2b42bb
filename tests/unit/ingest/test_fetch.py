"""SafeFetcher against loopback servers: pinning, redirects, size, time and type limits."""
from __future__ import annotations

import gzip
import time
import tracemalloc
import zlib

import pytest

from bot.errors import BadInput, FetchFailed, RefusedURL, TooLarge
from bot.ingest import FetchPolicy, SafeFetcher

from .conftest import redirect, send

PAGE = ("<html lang='en'><head><title>Loopback</title></head><body><p>"
        + "Plain words for a plain page. " * 20 + "</p></body></html>").encode()
ONE_MB_ZEROS = bytes(1 << 20)


def only(server, **kw) -> FetchPolicy:
    """Guard fully on, except for this one test server (its exact address and port)."""
    return FetchPolicy(allow_hosts=frozenset({f"127.0.0.1:{server.port}"}), **kw)


def page_route(h):
    send(h, 200, PAGE)


def test_fetches_allowed_loopback_server(server):
    server.routes["/a"] = page_route
    page = SafeFetcher(only(server)).fetch(server.url("/a"))
    assert page.status == 200 and page.body == PAGE
    assert page.content_type == "text/html" and page.charset == "utf-8"
    assert server.connections == 1


def test_allow_hosts_is_port_exact(server, second_server, socket_spy):
    with pytest.raises(RefusedURL):
        SafeFetcher(only(server)).fetch(second_server.url("/"))
    assert second_server.connections == 0 and socket_spy.calls == []


def test_connection_is_pinned_to_the_checked_address(server):
    """The name is resolved once, by our resolver; the socket dials that address while the
    Host header keeps the name. `.example` never resolves in real DNS, so a second lookup
    by httpx would fail the test."""
    server.routes["/pinned"] = page_route
    lookups = []

    def resolver(host, port):
        lookups.append(host)
        return ["127.0.0.1"]

    page = SafeFetcher(only(server), resolver=resolver).fetch(
        f"http://news.example:{server.port}/pinned")
    assert page.status == 200
    assert lookups == ["news.example"]
    assert server.requests == [("/pinned", f"news.example:{server.port}")]


def test_redirect_to_metadata_address_is_refused(server, socket_spy):
    server.routes["/r"] = redirect("http://169.254.169.254/latest/meta-data/")
    with pytest.raises(RefusedURL) as err:
        SafeFetcher(only(server)).fetch(server.url("/r"))
    assert "169.254.169.254" in str(err.value)
    assert server.requests == [("/r", f"127.0.0.1:{server.port}")]
    assert socket_spy.calls == [("127.0.0.1", server.port)]  # the first hop only


def test_redirect_to_other_loopback_port_is_refused(server, second_server):
    server.routes["/r"] = redirect(second_server.url("/secret"))
    with pytest.raises(RefusedURL):
        SafeFetcher(only(server)).fetch(server.url("/r"))
    assert second_server.connections == 0


def test_redirect_to_odd_spelling_and_hostname_refused(server):
    server.routes["/odd"] = redirect("http://0x7f.1/a")
    server.routes["/name"] = redirect("http://metadata.internal/")
    resolver = {"metadata.internal": ["169.254.169.254"]}
    fetcher = SafeFetcher(only(server), resolver=lambda h, p: resolver.get(h, []))
    for path in ("/odd", "/name"):
        with pytest.raises(RefusedURL):
            fetcher.fetch(server.url(path))
    assert server.requests == [("/odd", f"127.0.0.1:{server.port}"),
                               ("/name", f"127.0.0.1:{server.port}")]


def test_redirect_to_file_scheme_refused(server):
    server.routes["/f"] = redirect("file:///etc/passwd")
    with pytest.raises(RefusedURL):
        SafeFetcher(only(server)).fetch(server.url("/f"))


def test_redirects_are_followed_up_to_five(server):
    for i in range(5):
        server.routes[f"/hop{i}"] = redirect(f"/hop{i + 1}", status=301 if i % 2 else 307)
    server.routes["/hop5"] = page_route
    page = SafeFetcher(only(server)).fetch(server.url("/hop0"))
    assert page.final_url == server.url("/hop5") and page.url == server.url("/hop0")


def test_six_redirects_fail(server):
    for i in range(6):
        server.routes[f"/hop{i}"] = redirect(f"/hop{i + 1}")
    server.routes["/hop6"] = page_route
    with pytest.raises(FetchFailed) as err:
        SafeFetcher(only(server)).fetch(server.url("/hop0"))
    assert "redirected more than 5" in str(err.value)
    assert len(server.requests) == 6


def test_redirect_loop_fails(server):
    server.routes["/loop"] = redirect("/loop")
    with pytest.raises(FetchFailed):
        SafeFetcher(only(server)).fetch(server.url("/loop"))
    assert len(server.requests) == 6


def test_http_error_names_the_status(server):
    with pytest.raises(FetchFailed) as err:
        SafeFetcher(only(server)).fetch(server.url("/missing"))
    assert "404" in str(err.value) and err.value.exit_code == 3


@pytest.mark.parametrize("ctype", ["image/png", "application/octet-stream", "application/pdf",
                                   "application/json"])
def test_wrong_content_type_is_bad_input(server, ctype):
    server.routes["/x"] = lambda h: send(h, 200, b"\x89PNG\r\n\x1a\n" + bytes(100), ctype)
    with pytest.raises(BadInput) as err:
        SafeFetcher(only(server)).fetch(server.url("/x"))
    assert type(err.value) is BadInput
    assert ctype in str(err.value) and "paste" in str(err.value)


@pytest.mark.parametrize("ctype", ["text/plain", "application/xhtml+xml; charset=iso-8859-1",
                                   "TEXT/HTML"])
def test_allowed_content_types(server, ctype):
    server.routes["/x"] = lambda h: send(h, 200, PAGE, ctype)
    assert SafeFetcher(only(server)).fetch(server.url("/x")).body == PAGE


def test_gzip_and_deflate_are_decoded(server):
    server.routes["/gz"] = lambda h: send(h, 200, gzip.compress(PAGE), headers={
        "Content-Encoding": "gzip"})
    server.routes["/df"] = lambda h: send(h, 200, zlib.compress(PAGE), headers={
        "Content-Encoding": "deflate"})
    fetcher = SafeFetcher(only(server))
    assert fetcher.fetch(server.url("/gz")).body == PAGE
    assert fetcher.fetch(server.url("/df")).body == PAGE


def test_declared_length_over_limit_is_refused_early(server):
    server.routes["/big"] = lambda h: send(h, 200, b"a" * 2_000)
    with pytest.raises(TooLarge):
        SafeFetcher(only(server, max_bytes=1_000)).fetch(server.url("/big"))


def _gzip_bomb(h):
    """1 GB of zeros, gzip-compressed while it is sent (about 1 MB on the wire)."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Encoding", "gzip")
    h.send_header("Connection", "close")
    h.end_headers()
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    for _ in range(1024):
        h.wfile.write(comp.compress(ONE_MB_ZEROS))
    h.wfile.write(comp.flush())


def test_gzip_bomb_is_stopped_with_low_memory(server):
    server.routes["/bomb"] = _gzip_bomb
    fetcher = SafeFetcher(only(server))  # default 5 MB limit
    tracemalloc.start()
    try:
        with pytest.raises(TooLarge) as err:
            fetcher.fetch(server.url("/bomb"))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "5 MB" in str(err.value)
    print(f"gzip bomb: peak traced memory {peak / 1e6:.1f} MB")
    assert peak < 12_000_000  # ~5 MB of accepted body plus bounded buffers, never 1 GB


def _endless(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.send_header("Connection", "close")
    h.end_headers()
    while not server_stopped(h):
        h.wfile.write(b"x" * 8192)
        time.sleep(0.002)


def _slow_drip(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    while not server_stopped(h):
        h.wfile.write(b"<")
        h.wfile.flush()
        time.sleep(0.1)


def _sparse_drip(h):
    """A byte every 0.9 s: each read is short of any per-read timeout, so only a deadline
    that also clamps reads in progress stops it at 1 s instead of ~1.8 s."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "100000")
    h.end_headers()
    while not server_stopped(h):
        h.wfile.write(b"<")
        h.wfile.flush()
        h.server.stop_event.wait(0.9)


def _hang_after_headers(h):
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "5000")
    h.end_headers()
    h.wfile.flush()
    h.server.stop_event.wait(10)


def _hang_before_headers(h):
    h.server.stop_event.wait(10)


def server_stopped(h) -> bool:
    return h.server.stop_event.is_set()


@pytest.mark.parametrize("route", [_endless, _slow_drip, _sparse_drip, _hang_after_headers,
                                   _hang_before_headers])
def test_total_deadline(server, route):
    server.httpd.stop_event = server.stop
    server.routes["/slow"] = route
    policy = only(server, total_timeout=1.0, connect_timeout=0.5, max_bytes=500_000_000)
    start = time.monotonic()
    with pytest.raises(FetchFailed) as err:
        SafeFetcher(policy).fetch(server.url("/slow"))
    elapsed = time.monotonic() - start
    print(f"{route.__name__}: deadline error after {elapsed:.2f} s (limit 1.0 s)")
    assert elapsed < 1.4
    assert "did not deliver the page within 1 s" in str(err.value)


def test_next_checked_address_is_tried_when_one_is_unreachable(server, socket_spy):
    server.routes["/a"] = page_route
    policy = FetchPolicy(allow_hosts=frozenset({"news.example"}))
    fetcher = SafeFetcher(policy, resolver=lambda h, p: ["127.0.0.2", "127.0.0.1"])
    assert fetcher.fetch(f"http://news.example:{server.port}/a").status == 200
    assert socket_spy.calls == [("127.0.0.2", server.port), ("127.0.0.1", server.port)]


def test_pinning_backend_never_dials_an_unchecked_name(socket_spy):
    import httpcore

    from bot.ingest._pinned import PinningBackend

    backend = PinningBackend({("checked.example", 80): ("127.0.0.1",)}, time.monotonic() + 5)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("other.example", 80)
    with pytest.raises(httpcore.ConnectError):
        backend.connect_tcp("checked.example", 443)
    assert socket_spy.calls == []


def test_injected_transport_survives_several_fetches():
    import httpx

    transport = httpx.MockTransport(lambda request: httpx.Response(
        200, headers={"Content-Type": "text/html"}, content=PAGE))
    fetcher = SafeFetcher(FetchPolicy(), resolver=lambda h, p: ["93.184.216.34"],
                          transport=transport)
    for _ in range(2):
        assert fetcher.fetch("https://news.example/a").body == PAGE


def test_https_pinned_connection_keeps_sni_and_certificate_name(tmp_path):
    """TLS to a pinned address: SNI and the certificate check use the URL's host name."""
    import shutil
    import ssl
    import subprocess

    from .conftest import LoopbackServer

    if shutil.which("openssl") is None:
        pytest.skip("openssl command not available to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=news.example", "-addext", "subjectAltName=DNS:news.example",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True)
    server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_ctx.load_cert_chain(cert, key)
    seen_sni: list[str | None] = []
    server_ctx.sni_callback = lambda sock, name, ctx: seen_sni.append(name)
    srv = LoopbackServer(tls=server_ctx)
    srv.routes["/a"] = page_route
    srv.thread.start()
    try:
        client_ctx = ssl.create_default_context(cafile=str(cert))
        policy = FetchPolicy(allow_hosts=frozenset({f"127.0.0.1:{srv.port}"}))
        fetcher = SafeFetcher(policy, resolver=lambda h, p: ["127.0.0.1"], ssl_context=client_ctx)
        page = fetcher.fetch(f"https://news.example:{srv.port}/a")
        assert page.body == PAGE and seen_sni == ["news.example"]
        assert srv.requests == [("/a", f"news.example:{srv.port}")]
        # The same server under a name its certificate does not carry: verification fails.
        with pytest.raises(FetchFailed, match="certificate of other.example is not valid"):
            SafeFetcher(policy, resolver=lambda h, p: ["127.0.0.1"], ssl_context=client_ctx
                        ).fetch(f"https://other.example:{srv.port}/a")
    finally:
        srv.close()
