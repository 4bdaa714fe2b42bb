"""The httpx transport SafeFetcher uses: it dials only addresses the guard has checked.

httpx/httpcore resolve host names inside the connection pool, after our check -- a second
DNS answer could then point somewhere else (DNS rebinding). This transport replaces the
pool's network backend with one that looks the (host, port) up in the fetch's table of
checked addresses and dials that IP; the URL, the Host header and the TLS SNI / certificate
check keep the original name. Every socket read/write is also clamped to the fetch
deadline, so a slow-drip body cannot stretch a fetch past `total_timeout`.
Imported lazily: httpx costs ~0.2 s of start-up time.
"""
from __future__ import annotations

import ssl
import time
import typing

import httpcore
import httpx


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, stream: httpcore.NetworkStream, deadline: float) -> None:
        self._stream = stream
        self._deadline = deadline

    def _timeout(self, timeout: float | None, exc: type[Exception]) -> float:
        remaining = self._deadline - time.monotonic()
        if remaining <= 0:
            raise exc("fetch deadline reached")
        return remaining if timeout is None else min(timeout, remaining)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._stream.read(max_bytes, self._timeout(timeout, httpcore.ReadTimeout))

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._stream.write(buffer, self._timeout(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._stream.close()

    def start_tls(self, ssl_context: ssl.SSLContext, server_hostname: str | None = None,
                  timeout: float | None = None) -> httpcore.NetworkStream:
        inner = self._stream.start_tls(ssl_context, server_hostname,
                                       self._timeout(timeout, httpcore.ConnectTimeout))
        return _DeadlineStream(inner, self._deadline)

    def get_extra_info(self, info: str) -> typing.Any:
        return self._stream.get_extra_info(info)


class PinningBackend(httpcore.NetworkBackend):
    def __init__(self, pins: dict[tuple[str, int], tuple[str, ...]], deadline: float) -> None:
        self._pins = pins
        self._deadline = deadline
        self._inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None,
                    local_address: str | None = None,
                    socket_options: typing.Iterable[typing.Any] | None = None,
                    ) -> httpcore.NetworkStream:
        addresses = self._pins.get((host, port))
        if not addresses:  # never dial a name the guard has not checked
            raise httpcore.ConnectError(f"refusing unchecked address {host}:{port}")
        error: Exception | None = None
        for ip in addresses:  # every one was checked; try the next if one is unreachable
            remaining = self._deadline - time.monotonic()
            if remaining <= 0:
                raise httpcore.ConnectTimeout("fetch deadline reached")
            try:
                stream = self._inner.connect_tcp(
                    ip, port, timeout=remaining if timeout is None else min(timeout, remaining),
                    local_address=local_address, socket_options=socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as exc:
                error = exc
                continue
            return _DeadlineStream(stream, self._deadline)
        assert error is not None
        raise error

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: typing.Iterable[typing.Any] | None = None,
                            ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("unix sockets are not allowed")

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


def pinned_transport(pins: dict[tuple[str, int], tuple[str, ...]], deadline: float,
                     ssl_context: ssl.SSLContext) -> httpx.HTTPTransport:
    transport = httpx.HTTPTransport(verify=ssl_context, trust_env=False, retries=0)
    # httpx offers no public hook for the network backend; swap the pool it built for an
    # identical one with ours (tests/unit/ingest check that the pin is really used).
    transport._pool = httpcore.ConnectionPool(
        ssl_context=ssl_context, max_connections=4, max_keepalive_connections=2,
        http1=True, http2=False, retries=0, network_backend=PinningBackend(pins, deadline),
    )
    return transport


def default_ssl_context() -> ssl.SSLContext:
    return httpx.create_ssl_context()
