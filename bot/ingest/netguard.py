"""Which addresses a fetch may connect to. Pure functions, no I/O.

A host is refused unless every address it stands for is a global unicast address.
IPv4 literals are parsed the way libc's inet_aton does (``2130706433``, ``0x7f.1``,
``0177.0.0.1`` all mean 127.0.0.1), so odd spellings cannot slip past the check.
"""
from __future__ import annotations

import ipaddress
import re

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

_NUM_PART = re.compile(r"^(?:0[xX][0-9a-fA-F]*|0[0-7]*|[1-9][0-9]*)$")
_NUMERICISH = re.compile(r"^[0-9a-fA-FxX.]+$")
_HOST_CHARS = re.compile(r"^[a-z0-9._-]+$")
_NAT64 = ipaddress.ip_network("64:ff9b::/96")
_IPV4_COMPAT = ipaddress.ip_network("::/96")


class NotAnAddress(ValueError):
    pass


def _inet_aton(host: str) -> ipaddress.IPv4Address | None:
    """libc inet_aton semantics: 1-4 parts, each decimal, octal (0...) or hex (0x...);
    the last part fills the remaining bytes. Returns None if `host` is not numeric."""
    parts = host.split(".")
    if not 1 <= len(parts) <= 4 or not all(_NUM_PART.match(p) for p in parts):
        if all(p and _NUMERICISH.match(p) for p in parts) and any(p[0].isdigit() for p in parts) \
                and parts[-1][:1].isdigit():
            # Looks numeric but is not a valid inet_aton form (e.g. 999.1.1.1, 08.1):
            # a resolver might still make something of it; refuse rather than guess.
            raise NotAnAddress(host)
        return None
    values = [int(p, 16) if p[:2].lower() == "0x" else int(p, 8) if p.startswith("0") else int(p)
              for p in (p if p.lower() != "0x" else "0x0" for p in parts)]
    *head, last = values
    if any(v > 255 for v in head) or last >= 256 ** (4 - len(head)):
        raise NotAnAddress(host)
    n = 0
    for v in head:
        n = (n << 8) | v
    n = (n << (8 * (4 - len(head)))) | last
    return ipaddress.IPv4Address(n)


def parse_host(host: str) -> IPAddress | None:
    """An IP address if `host` (as in a URL, without brackets) is a literal, else None.

    Raises NotAnAddress for hosts no resolver should be asked about (numeric-looking but
    invalid, IPv6 zone ids, characters outside a DNS name)."""
    host = host.strip().lower()
    if host.endswith("."):
        host = host[:-1]
    if ":" in host:
        if "%" in host:
            raise NotAnAddress(host)  # zone ids pin a local interface
        try:
            return ipaddress.IPv6Address(host)
        except ValueError as exc:
            raise NotAnAddress(host) from exc
    if not host or not _HOST_CHARS.match(host):
        raise NotAnAddress(host)
    return _inet_aton(host)


def _embedded_ipv4(ip: ipaddress.IPv6Address) -> list[ipaddress.IPv4Address]:
    found = []
    if ip.ipv4_mapped is not None:
        found.append(ip.ipv4_mapped)
    if ip.sixtofour is not None:
        found.append(ip.sixtofour)
    if ip.teredo is not None:
        found.extend(ip.teredo)
    if ip in _NAT64 or ip in _IPV4_COMPAT:
        found.append(ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF))
    return found


def is_public(ip: IPAddress) -> bool:
    """True only for global unicast addresses, including any IPv4 address embedded in IPv6."""
    if (not ip.is_global or ip.is_private or ip.is_loopback or ip.is_link_local
            or ip.is_multicast or ip.is_reserved or ip.is_unspecified):
        return False
    if isinstance(ip, ipaddress.IPv4Address):
        return not ip in ipaddress.ip_network("100.64.0.0/10")
    if ip in _IPV4_COMPAT:
        return False
    return all(is_public(v4) for v4 in _embedded_ipv4(ip))


def host_allowed(entries: frozenset[str] | set[str] | tuple[str, ...], host: str,
                 ip: IPAddress, port: int) -> bool:
    """Whether an `allow_hosts` entry names this host or address (optionally with :port)."""
    if not entries:
        return False
    h = host.lower().rstrip(".")
    a = str(ip)
    names = {h, a, f"[{a}]"}
    with_port = {f"{h}:{port}", f"{a}:{port}", f"[{a}]:{port}"}
    return any(e.strip().lower() in names | with_port for e in entries)
