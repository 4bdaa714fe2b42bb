"""HTML extraction: text with paragraph breaks, metadata, and the walls we refuse."""
from __future__ import annotations

from datetime import UTC, datetime

import pytest

from bot.errors import NotAnArticle
from bot.ingest import extract_html

from .samples import COOKIE_PAGE, EMPTY_PAGE, GERMAN_PAGE, GERMAN_PARAGRAPHS, PAYWALL_PAGE


def test_german_article_text_and_metadata():
    draft = extract_html(GERMAN_PAGE, url="https://lokalblatt.example/kassel/reparaturcafe")
    for para in GERMAN_PARAGRAPHS:
        assert para in draft.text
    assert "\n\n".join(GERMAN_PARAGRAPHS[1:]) in draft.text  # paragraph breaks kept
    assert "Impressum" not in draft.text and "Sport" not in draft.text
    assert draft.title and "Reparaturcafé" in draft.title
    assert draft.author == "Jonas Brenneke"
    assert draft.language == "de"
    assert draft.published_at == datetime(2026, 3, 14, 8, 30, tzinfo=UTC)
    assert draft.published_at.tzinfo is not None
    assert draft.url == "https://lokalblatt.example/kassel/reparaturcafe"


def test_bytes_with_declared_charset():
    declared = GERMAN_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').encode("cp1252")
    draft = extract_html(declared)
    assert GERMAN_PARAGRAPHS[1] in draft.text  # „...“ and umlauts survive
    undeclared = GERMAN_PAGE.replace('<meta charset="utf-8">', "").encode("cp1252")
    assert extract_html(undeclared, charset="windows-1252").text == draft.text
    assert extract_html(undeclared).text == draft.text  # not UTF-8 -> cp1252 fallback


def test_paywall_is_not_an_article():
    with pytest.raises(NotAnArticle) as err:
        extract_html(PAYWALL_PAGE)
    assert "paywall" in str(err.value) and "paste" in str(err.value)
    assert err.value.exit_code == 2


def test_cookie_wall_is_not_an_article():
    with pytest.raises(NotAnArticle) as err:
        extract_html(COOKIE_PAGE)
    assert "cookie" in str(err.value) and "paste" in str(err.value)


def test_empty_page_is_not_an_article():
    with pytest.raises(NotAnArticle) as err:
        extract_html(EMPTY_PAGE)
    assert "No article text" in str(err.value) and "paste" in str(err.value)


def test_long_article_mentioning_subscriptions_is_kept():
    long_page = GERMAN_PAGE.replace(
        "</article>",
        "<p>" + "Die Bibliothek bietet auch Abonnements für Zeitschriften an. " * 30
        + "</p><aside>Jetzt abonnieren!</aside></article>")
    assert "Zeitschriften" in extract_html(long_page).text
