"""URL helpers that need no network: canonical form (for dedup) and the chat grammar test."""
from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit, urlunsplit

# Query parameters that only say how a reader got to the article, never which article it is.
_TRACKER_NAMES = frozenset({
    "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid",
    "li_fat_id", "mc_cid", "mc_eid", "igshid", "igsh", "ref_src", "ref_url", "_hsenc",
    "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "_ga", "_gl",
    "s_kwcid", "ncid", "cmpid", "wt_mc", "wt.mc_id", "at_medium", "at_campaign",
    "share", "sharesource",
})
_TRACKER_PREFIXES = ("utm_", "pk_", "mtm_")
_DEFAULT_PORTS = {"http": 80, "https": 443}
_PCT = re.compile(r"%([0-9A-Fa-f]{2})")
_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
_URL_TOKEN = re.compile(r"^(?:https?://[^\s/?#]+|www\.[^\s/?#]+\.[^\s/?#]+)\S*$", re.IGNORECASE)


def looks_like_url(s: str) -> bool:
    """True for a single token that is an http(s) URL or starts with ``www.``."""
    s = s.strip()
    return bool(s) and _URL_TOKEN.match(s) is not None


def ensure_scheme(url: str) -> str:
    """``www.example.org/x`` -> ``https://www.example.org/x``; other input unchanged."""
    url = url.strip()
    if "://" not in url and url.lower().startswith("www."):
        return "https://" + url
    return url


def _normalise_escapes(part: str) -> str:
    """Upper-case percent escapes and decode escaped unreserved characters (RFC 3986 6.2.2)."""
    def fix(m: re.Match[str]) -> str:
        ch = chr(int(m.group(1), 16))
        return ch if ch in _UNRESERVED else "%" + m.group(1).upper()

    return _PCT.sub(fix, part)


def _is_tracker(raw_param: str) -> bool:
    name = unquote(raw_param.split("=", 1)[0].replace("+", " ")).strip().lower()
    return name in _TRACKER_NAMES or name.startswith(_TRACKER_PREFIXES)


def _host(hostname: str) -> str:
    host = hostname.lower().rstrip(".")
    if ":" in host:  # IPv6 literal
        return f"[{host}]"
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return host


def canonical_url(url: str) -> str:
    """One string per article: the same page reached through URL variants maps to it.

    Lower-cases scheme and host, drops default ports, credentials, fragment and tracking
    parameters, sorts the remaining query parameters and turns an empty path into "/".
    Everything else (path case, trailing slash, meaningful parameters) is kept.
    """
    parts = urlsplit(ensure_scheme(url))
    scheme = parts.scheme.lower()
    if not parts.hostname:
        return url.strip()
    host = _host(parts.hostname)
    try:
        port = parts.port
    except ValueError:
        port = None
    netloc = host if port is None or port == _DEFAULT_PORTS.get(scheme) else f"{host}:{port}"
    path = _normalise_escapes(parts.path) or "/"
    params = [p for p in parts.query.split("&") if p and not _is_tracker(p)]
    query = "&".join(sorted(_normalise_escapes(p) for p in params))
    return urlunsplit((scheme, netloc, quote(path, safe="/%:@!$&'()*+,;=-._~"), query, ""))
