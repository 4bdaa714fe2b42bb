"""SSRF guard: refused URLs make zero connection attempts (socket spy + transport spy)."""
from __future__ import annotations

import ipaddress

import httpx
import pytest

from bot.errors import BadInput, FetchFailed, RefusedURL
from bot.ingest import FetchPolicy, SafeFetcher
from bot.ingest.netguard import NotAnAddress, is_public, parse_host


class ResolverSpy:
    def __init__(self, answers: dict[str, list[str]] | None = None) -> None:
        self.answers = answers or {}
        self.calls: list[tuple[str, int]] = []

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls.append((host, port))
        return self.answers.get(host, [])


class TransportSpy(httpx.BaseTransport):
    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, headers={"Content-Type": "text/html"}, content=b"<p>hi</p>")


REFUSED_LITERALS = [
    "http://127.0.0.1/",
    "http://2130706433/",
    "http://0x7f.1/",
    "http://0177.0.0.1/",
    "http://127.1:8080/admin",
    "http://[::ffff:127.0.0.1]/",
    "http://[::1]/",
    "http://169.254.169.254/latest/meta-data/",
    "http://100.64.0.1/",
    "http://[2002:7f00:1::]/",
    "http://[64:ff9b::a9fe:a9fe]/",
    "http://0.0.0.0/",
    "http://[::]/",
    "http://10.1.2.3/",
    "http://192.168.0.1/",
    "http://172.16.5.4/",
    "http://224.0.0.1/",
    "http://[fe80::1]/",
    "http://[fd00::1]/",
    "https://LOCALHOST.localdomain./",
]


@pytest.mark.parametrize("url", REFUSED_LITERALS)
def test_private_addresses_are_refused_before_any_connection(url, socket_spy):
    socket_spy.block = True
    resolver = ResolverSpy({"localhost.localdomain": ["127.0.0.1"]})
    with pytest.raises(RefusedURL) as err:
        SafeFetcher(FetchPolicy(), resolver=resolver).fetch(url)
    assert socket_spy.calls == []
    assert any(w in str(err.value) for w in ("private", "cannot be fetched", "not a valid"))
    assert err.value.exit_code == 2


@pytest.mark.parametrize("url", ["http://127.0.0.1/", "http://2130706433/", "http://0x7f.1/",
                                 "http://[::ffff:127.0.0.1]/", "http://169.254.169.254/",
                                 "http://100.64.0.1/", "http://[2002:7f00:1::]/",
                                 "http://0.0.0.0/"])
def test_literals_never_reach_resolver_or_transport(url):
    resolver, transport = ResolverSpy(), TransportSpy()
    with pytest.raises(RefusedURL):
        SafeFetcher(FetchPolicy(), resolver=resolver, transport=transport).fetch(url)
    assert resolver.calls == []  # parsed as an address by us, not by a resolver
    assert transport.requests == []


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.org/x", "gopher://a/",
                                 "data:text/html,hi", "javascript:alert(1)"])
def test_other_schemes_refused(url, socket_spy):
    socket_spy.block = True
    with pytest.raises(RefusedURL) as err:
        SafeFetcher(FetchPolicy(), resolver=ResolverSpy()).fetch(url)
    assert "http" in str(err.value)
    assert socket_spy.calls == []


def test_hostname_resolving_to_private_address_refused(socket_spy):
    socket_spy.block = True
    resolver = ResolverSpy({"intranet.example": ["10.0.0.7"]})
    with pytest.raises(RefusedURL) as err:
        SafeFetcher(FetchPolicy(), resolver=resolver).fetch("https://intranet.example/wiki")
    assert "10.0.0.7" in str(err.value)
    assert resolver.calls == [("intranet.example", 443)]
    assert socket_spy.calls == []


def test_mixed_public_and_private_records_refused(socket_spy):
    socket_spy.block = True
    transport = TransportSpy()
    resolver = ResolverSpy({"mixed.example": ["93.184.216.34", "2606:2800:220:1::1", "127.0.0.1"]})
    with pytest.raises(RefusedURL):
        SafeFetcher(FetchPolicy(), resolver=resolver, transport=transport).fetch(
            "http://mixed.example/")
    assert transport.requests == [] and socket_spy.calls == []


def test_resolver_may_return_getaddrinfo_tuples():
    transport = TransportSpy()
    infos = [(10, 1, 6, "", ("::1", 80, 0, 0))]
    with pytest.raises(RefusedURL):
        SafeFetcher(FetchPolicy(), resolver=lambda h, p: infos, transport=transport).fetch(
            "http://six.example/")
    assert transport.requests == []


def test_public_address_passes_the_guard():
    """Control: the spies would see a request when the guard lets one through."""
    transport = TransportSpy()
    resolver = ResolverSpy({"news.example": ["93.184.216.34"]})
    page = SafeFetcher(FetchPolicy(), resolver=resolver, transport=transport).fetch(
        "http://news.example/a")
    assert page.status == 200 and len(transport.requests) == 1


def test_allow_private_permits_loopback():
    transport = TransportSpy()
    page = SafeFetcher(FetchPolicy(allow_private=True), transport=transport).fetch(
        "http://127.0.0.1:9/x")
    assert page.status == 200


def test_unresolvable_host_is_fetch_failed():
    def resolver(host, port):
        raise OSError("no such host")

    with pytest.raises(FetchFailed) as err:
        SafeFetcher(FetchPolicy(), resolver=resolver).fetch("http://nowhere.invalid/")
    assert "nowhere.invalid" in str(err.value) and err.value.exit_code == 3


def test_invalid_url_is_refused():
    with pytest.raises(BadInput):
        SafeFetcher(FetchPolicy(), resolver=ResolverSpy()).fetch("http://exa mple.org:99999/")


@pytest.mark.parametrize("host,expected", [
    ("2130706433", "127.0.0.1"), ("0x7f.1", "127.0.0.1"), ("0177.0.0.1", "127.0.0.1"),
    ("127.1", "127.0.0.1"), ("0x7f000001", "127.0.0.1"), ("017700000001", "127.0.0.1"),
    ("10.0x10.1", "10.16.0.1"), ("0", "0.0.0.0"), ("127.0.0.1.", "127.0.0.1"),
])
def test_inet_aton_spellings(host, expected):
    assert parse_host(host) == ipaddress.ip_address(expected)


@pytest.mark.parametrize("host", ["999.1.1.1", "1.2.3.4.5", "08.1.1.1", "fe80::1%eth0",
                                  "exa%41mple.com"])
def test_ambiguous_hosts_are_not_resolved(host):
    with pytest.raises(NotAnAddress):
        parse_host(host)


@pytest.mark.parametrize("addr,public", [
    ("8.8.8.8", True), ("2606:4700::1111", True), ("2002:808:808::", True),
    ("100.64.0.1", False), ("100.127.255.255", False), ("::ffff:10.0.0.1", False),
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", False), ("::7f00:1", False),
    ("64:ff9b::7f00:1", False), ("ff02::1", False), ("255.255.255.255", False),
    ("192.0.2.1", False), ("198.18.0.1", False), ("240.0.0.1", False),
])
def test_is_public(addr, public):
    assert is_public(ipaddress.ip_address(addr)) is public
