"""FetchPolicy: the limits of one page download, kept apart from the fetcher so that
pasted text and files can be checked against them without importing the network code."""
from __future__ import annotations

from dataclasses import dataclass, field

from bot import __version__


@dataclass(frozen=True)
class FetchPolicy:
    allow_private: bool = False  # intranets and tests: permit private/loopback addresses
    connect_timeout: float = 5.0
    total_timeout: float = 20.0  # whole fetch: DNS, every hop, the body
    max_bytes: int = 5_000_000  # after decompression; also the limit for texts and files
    max_redirects: int = 5
    user_agent: str = f"briefbot/{__version__} (self-hosted briefing bot)"
    # Exact exceptions to the address guard: "host", "host:port", "ip" or "ip:port".
    allow_hosts: frozenset[str] = field(default_factory=frozenset)
