"""SafeFetcher: fetch one web page for a user without letting them reach our network.

Every hop (the URL and each redirect) is resolved by us, every address checked, and the
connection pinned to the checked address (see _pinned.py). Size, time and content type
are limited while streaming, before anything large is held in memory.
"""
from __future__ import annotations

import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from bot.errors import BadInput, FetchFailed, RefusedURL, TooLarge
from bot.ingest.netguard import NotAnAddress, host_allowed, is_public, parse_host
from bot.ingest.policy import FetchPolicy
from bot.ingest.urls import ensure_scheme

ALLOWED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
_REDIRECTS = {301, 302, 303, 307, 308}
_STEP = 64 * 1024  # largest piece of decompressed output held at once
_PASTE = "paste the article text instead"

Resolver = Callable[[str, int], Iterable[Any]]


@dataclass(frozen=True)
class FetchedPage:
    url: str  # as asked
    final_url: str  # after redirects
    status: int
    content_type: str
    charset: str | None
    body: bytes


@dataclass(frozen=True)
class _Hop:
    url: Any  # httpx.URL
    host: str
    port: int
    ips: tuple[str, ...]  # every address the name resolved to, all checked


def _system_resolver(host: str, port: int, timeout: float) -> list[str]:
    """getaddrinfo in a helper thread, so a hanging DNS server cannot outlive the deadline."""
    result: dict[str, Any] = {}

    def run() -> None:
        try:
            result["infos"] = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            result["error"] = exc

    worker = threading.Thread(target=run, name="briefbot-dns", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise FetchFailed(f"Looking up {host} took longer than {timeout:.0f} s. Try again later, "
                          f"or {_PASTE}.")
    if "error" in result:
        raise FetchFailed(f"Could not find the site {host} (DNS lookup failed). "
                          "Check the link for typos.")
    return [info[4][0] for info in result["infos"]]


def _addresses(answer: Iterable[Any]) -> list[str]:
    """Accept plain address strings or getaddrinfo tuples from an injected resolver."""
    out = []
    for item in answer:
        addr = item[4][0] if isinstance(item, tuple) else str(item)
        out.append(addr.split("%", 1)[0] if "%" in addr else addr)
    return out


class SafeFetcher:
    def __init__(self, policy: FetchPolicy | None = None, *, resolver: Resolver | None = None,
                 transport: Any = None, ssl_context: Any = None) -> None:
        self.policy = policy or FetchPolicy()
        self._resolver = resolver
        self._transport = transport  # tests: an httpx transport used instead of the pinned one
        self._ssl_context = ssl_context  # default: system CAs (SSL_CERT_FILE honoured)

    # -- address guard -------------------------------------------------------------------
    def check_url(self, url: str, deadline: float | None = None) -> _Hop:
        """Parse, resolve and check one hop. Raises RefusedURL before any connection."""
        import httpx

        if deadline is None:
            deadline = time.monotonic() + self.policy.total_timeout
        try:
            parsed = httpx.URL(ensure_scheme(url))
        except (httpx.InvalidURL, TypeError, ValueError) as exc:
            raise RefusedURL(f"This link is not a valid web address: {url!r} ({exc}).") from exc
        if parsed.scheme not in ("http", "https"):
            raise RefusedURL(f"Only http:// and https:// links can be fetched, not "
                             f"{parsed.scheme or 'this'}:// links. Send the file or paste the "
                             "text instead.")
        host = parsed.raw_host.decode("ascii")
        if not host:
            raise RefusedURL(f"This link has no host name: {url!r}.")
        port = parsed.port or (443 if parsed.scheme == "https" else 80)
        try:
            literal = parse_host(host)
        except NotAnAddress as exc:
            raise RefusedURL(f"This link has an address that cannot be fetched: {host!r}. "
                             f"Check the link, or {_PASTE}.") from exc
        if literal is not None:
            ips = [str(literal)]
        else:
            remaining = deadline - time.monotonic()
            try:
                if self._resolver is not None:
                    ips = _addresses(self._resolver(host.rstrip("."), port))
                else:
                    ips = _system_resolver(host.rstrip("."), port, max(remaining, 0.1))
            except OSError as exc:
                raise FetchFailed(f"Could not find the site {host} (DNS lookup failed). "
                                  "Check the link for typos.") from exc
            if not ips:
                raise FetchFailed(f"Could not find the site {host}: it has no address.")
        for ip in ips:
            self._check_address(host, ip, port)
        return _Hop(parsed, host, port, tuple(dict.fromkeys(ips)))

    def _check_address(self, host: str, ip: str, port: int) -> None:
        try:
            addr = parse_host(ip)
        except NotAnAddress:
            addr = None
        if addr is None:
            raise RefusedURL(f"{host} resolved to something that is not an IP address ({ip!r}).")
        if self.policy.allow_private or is_public(addr):
            return
        if host_allowed(self.policy.allow_hosts, host, addr, port):
            return
        shown = host if host == ip else f"{host} ({ip})"
        raise RefusedURL(
            f"Refusing to fetch {shown}: it is a private, local or reserved network address, "
            f"which the bot must not reach. Use a public link, or {_PASTE}."
        )

    # -- fetching ------------------------------------------------------------------------
    def fetch(self, url: str) -> FetchedPage:
        import httpx

        policy = self.policy
        deadline = time.monotonic() + policy.total_timeout
        pins: dict[tuple[str, int], tuple[str, ...]] = {}
        transport = self._transport
        if transport is None:
            from bot.ingest._pinned import default_ssl_context, pinned_transport

            if self._ssl_context is None:
                self._ssl_context = default_ssl_context()
            transport = pinned_transport(pins, deadline, self._ssl_context)
        timeout = httpx.Timeout(policy.total_timeout, connect=policy.connect_timeout)
        headers = {
            "User-Agent": policy.user_agent,
            "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1",
            "Accept-Encoding": "gzip, deflate",
        }
        # An injected transport belongs to the caller: closing the client would close it.
        client = httpx.Client(transport=transport, timeout=timeout, follow_redirects=False,
                              trust_env=False, headers=headers)
        try:
            current = url
            for _ in range(policy.max_redirects + 1):
                hop = self.check_url(current, deadline)
                pins[(hop.host, hop.port)] = hop.ips
                response = self._send(client, hop, deadline)
                try:
                    if response.status_code in _REDIRECTS:
                        location = response.headers.get("location")
                        if not location:
                            raise FetchFailed(f"The site answered {response.status_code} "
                                              "(redirect) but did not say where to. "
                                              f"Try the link in a browser, or {_PASTE}.")
                        current = str(hop.url.join(location))
                        continue
                    return self._page(url, hop, response, deadline)
                finally:
                    response.close()
        finally:
            if self._transport is None:
                client.close()
        raise FetchFailed(f"The link redirected more than {policy.max_redirects} times "
                          f"(a redirect loop?). Open it in a browser and send the final "
                          f"address, or {_PASTE}.")

    def _send(self, client: Any, hop: _Hop, deadline: float) -> Any:
        import httpx

        request = client.build_request("GET", hop.url)
        try:
            return client.send(request, stream=True)
        except httpx.TimeoutException as exc:
            raise self._timeout_error(hop, deadline) from exc
        except httpx.HTTPError as exc:
            if "CERTIFICATE" in str(exc).upper():
                raise FetchFailed(f"The security certificate of {hop.host} is not valid, so the "
                                  f"page was not fetched. Check the link, or {_PASTE}.") from exc
            raise FetchFailed(f"Could not connect to {hop.host} "
                              f"({str(exc) or type(exc).__name__}). Try again later, "
                              f"or {_PASTE}.") from exc

    def _timeout_error(self, hop: _Hop, deadline: float) -> FetchFailed:
        if time.monotonic() >= deadline - 0.05:
            return FetchFailed(f"{hop.host} did not deliver the page within "
                               f"{self.policy.total_timeout:g} s. Try again later, or {_PASTE}.")
        return FetchFailed(f"{hop.host} did not respond in time. Try again later, or {_PASTE}.")

    def _page(self, url: str, hop: _Hop, response: Any, deadline: float) -> FetchedPage:
        status = response.status_code
        if status >= 400 or status < 200:
            reason = response.reason_phrase or ""
            raise FetchFailed(f"The site answered {status} {reason}".rstrip() +
                              f" for {hop.url}. Check the link, or {_PASTE}.")
        raw_type = response.headers.get("content-type", "")
        media = raw_type.split(";", 1)[0].strip().lower()
        charset = _charset(raw_type)
        if media and media not in ALLOWED_TYPES:
            raise BadInput(f"The link points to a {media} file, not a web page or text. "
                           "Download it and send it as a file (.pdf, .txt, .html), "
                           f"or {_PASTE}.")
        length = response.headers.get("content-length")
        encoding = response.headers.get("content-encoding", "identity").strip().lower()
        if encoding == "identity" and length and length.isdigit() \
                and int(length) > self.policy.max_bytes:
            raise self._too_large()
        body = self._read_body(hop, response, encoding, deadline)
        return FetchedPage(url=url, final_url=str(hop.url), status=status,
                           content_type=media or "text/html", charset=charset, body=body)

    def _too_large(self) -> TooLarge:
        return TooLarge(f"The page is larger than {self.policy.max_bytes / 1e6:g} MB, the "
                        f"limit for one article. Send only the article text ({_PASTE}).")

    def _read_body(self, hop: _Hop, response: Any, encoding: str, deadline: float) -> bytes:
        import httpx

        limit = self.policy.max_bytes
        chunks: list[bytes] = []
        total = 0
        if response.is_stream_consumed:  # an injected test transport answered in one piece
            raw: Iterator[bytes] = iter([response.content])
            encoding = "identity"  # httpx has already decoded it
        else:
            raw = response.iter_raw()
        try:
            for piece in _decode(raw, encoding):
                total += len(piece)
                if total > limit:
                    raise self._too_large()
                if time.monotonic() > deadline:
                    raise self._timeout_error(hop, deadline)
                chunks.append(piece)
        except httpx.TimeoutException as exc:
            raise self._timeout_error(hop, deadline) from exc
        except httpx.HTTPError as exc:
            raise FetchFailed(f"The connection to {hop.host} broke while reading the page "
                              f"({type(exc).__name__}). Try again, or {_PASTE}.") from exc
        except zlib.error as exc:
            raise FetchFailed(f"{hop.host} sent a damaged compressed page. Try again later, "
                              f"or {_PASTE}.") from exc
        return b"".join(chunks)


def _charset(content_type: str) -> str | None:
    for param in content_type.split(";")[1:]:
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'").lower()
    return None


def _decode(raw: Iterator[bytes], encoding: str) -> Iterator[bytes]:
    """Undo Content-Encoding ourselves, in bounded steps: httpx would inflate a whole
    network chunk at once (a 64 KB gzip chunk can hold 64 MB of zeros)."""
    if encoding in ("identity", ""):
        yield from raw
        return
    if encoding in ("gzip", "x-gzip"):
        yield from _inflate(raw, 16 + zlib.MAX_WBITS)
        return
    if encoding == "deflate":
        yield from _inflate(raw, None)
        return
    raise FetchFailed(f"The site sent the page compressed as {encoding!r}, which the bot "
                      f"cannot read. {_PASTE[0].upper() + _PASTE[1:]}.")


def _inflate(raw: Iterator[bytes], wbits: int | None) -> Iterator[bytes]:
    d = None
    for data in raw:
        if d is None:
            if wbits is None:  # "deflate" is zlib-wrapped by the spec, raw by some servers
                wbits = zlib.MAX_WBITS if data[:1] and (data[0] & 0x0F) == 8 else -zlib.MAX_WBITS
            d = zlib.decompressobj(wbits)
        while data:
            out = d.decompress(data, _STEP)
            if out:
                yield out
            if d.eof:
                data = d.unused_data  # gzip allows several members back to back
                d = zlib.decompressobj(wbits) if data else d
                continue
            if data == d.unconsumed_tail and not out:
                break
            data = d.unconsumed_tail
    if d is not None:
        while not d.eof:
            out = d.decompress(b"", _STEP) if d.unconsumed_tail == b"" else b""
            if not out:
                break
            yield out
        rest = d.flush()
        if rest:
            yield rest
