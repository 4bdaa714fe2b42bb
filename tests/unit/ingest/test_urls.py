"""canonical_url, looks_like_url, content_hash."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.ingest import canonical_url, content_hash, looks_like_url

BASE = "https://www.lokalblatt.example/kassel/reparaturcafe-1234?id=7&page=2"


@pytest.mark.parametrize("variant", [
    BASE,
    "HTTPS://WWW.Lokalblatt.Example/kassel/reparaturcafe-1234?id=7&page=2",
    "https://www.lokalblatt.example:443/kassel/reparaturcafe-1234?id=7&page=2",
    "https://www.lokalblatt.example/kassel/reparaturcafe-1234?page=2&id=7",
    "https://www.lokalblatt.example/kassel/reparaturcafe-1234?id=7&page=2#kommentare",
    "https://www.lokalblatt.example/kassel/reparaturcafe-1234?utm_source=twitter&id=7"
    "&utm_medium=social&page=2&UTM_Campaign=x",
    "https://www.lokalblatt.example/kassel/reparaturcafe-1234?fbclid=IwAR0abc&id=7&page=2",
    "https://www.lokalblatt.example/kassel/reparaturcafe-1234?id=7&gclid=xyz&page=2&igshid=1",
    "https://www.lokalblatt.example/kassel/reparaturcafe-1234?mc_cid=a&mc_eid=b&id=7&page=2",
    "https://www.lokalblatt.example/kassel/reparaturcafe-1234?id=7&page=2&ref_src=twsrc%5Etfw",
    "https://www.lokalblatt.example./kassel/reparaturcafe-1234?id=7&&page=2",
    "https://user:pw@www.lokalblatt.example/kassel/reparaturcafe-1234?id=7&page=2",
    "https://www.lokalblatt.example/kassel/reparaturcaf%65-1234?id=7&page=2",
    "www.lokalblatt.example/kassel/reparaturcafe-1234?id=7&page=2&utm_term=a",
])
def test_variants_are_equal(variant):
    assert canonical_url(variant) == BASE


def test_defaults_and_what_is_kept():
    assert canonical_url("http://Example.org") == "http://example.org/"
    assert canonical_url("http://example.org:80/a") == "http://example.org/a"
    assert canonical_url("http://example.org:8080/a") == "http://example.org:8080/a"
    assert canonical_url("https://example.org/A/b/") == "https://example.org/A/b/"  # path case
    assert canonical_url("https://example.org/a?q=1") != canonical_url("https://example.org/a?q=2")
    assert canonical_url("https://example.org/a?ref=home") == "https://example.org/a?ref=home"
    assert canonical_url("https://example.org/a?x=%c3%bc") == "https://example.org/a?x=%C3%BC"
    assert canonical_url("https://münchen.example/") == "https://xn--mnchen-3ya.example/"
    assert canonical_url("http://[::1]:80/") == "http://[::1]/"


@given(st.sampled_from(["utm_source", "utm_x", "fbclid", "gclid", "mc_cid", "igshid"]),
       st.text(alphabet="abcXYZ019-_", min_size=0, max_size=12))
def test_any_tracker_value_is_dropped(name, value):
    assert canonical_url(f"https://a.example/p?{name}={value}&k=v") == "https://a.example/p?k=v"


@pytest.mark.parametrize("s,expected", [
    ("https://example.org/a", True), ("http://example.org", True),
    ("www.example.org/artikel?id=3", True), ("  https://x.example/a  ", True),
    ("example.org", False), ("https://", False), ("see https://example.org", False),
    ("ftp://example.org", False), ("www.", False), ("Hallo Welt", False), ("", False),
])
def test_looks_like_url(s, expected):
    assert looks_like_url(s) is expected


def test_content_hash():
    text = "Die Stadt unterstützt das Projekt.\n\nMit 12.000 Euro."
    assert content_hash(text) == content_hash(text)
    assert content_hash(text) == content_hash("  Die Stadt unterstützt das Projekt. Mit\t12.000 "
                                              "Euro.\r\n")
    assert content_hash(text) == content_hash(text.replace("ü", "u\u0308"))  # NFD pasted
    assert content_hash(text) != content_hash(text.replace("12.000", "13.000"))
    assert len(content_hash(text)) == 64


@given(st.text())
def test_content_hash_ignores_whitespace_layout(text):
    assert content_hash(text) == content_hash("  " + "\n".join(text.split()) + "\t")
