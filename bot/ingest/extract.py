"""Main text and metadata of an HTML page, with trafilatura (imported lazily: it is slow
to import and the CLI must start fast)."""
from __future__ import annotations

import re
from datetime import UTC, date, datetime

from bot.errors import NotAnArticle
from bot.ingest.textutil import clean_text, decode_bytes, word_count
from bot.models import ArticleDraft

MIN_WORDS = 40
_PASTE_HINT = ("Copy the article text from your browser and paste it (or send it as a "
               ".txt file) instead.")

_PAYWALL = re.compile(
    r"subscribe to (?:continue|read|keep)|subscribers? only|already a subscriber|"
    r"for subscribers|to continue reading|sign in to (?:continue|read)|log ?in to (?:continue|read)|"
    r"start your (?:free )?trial|create a free account to|this (?:article|content) is (?:for|only)|"
    r"jetzt abonnieren|abonnieren sie|abo abschließen|nur für abonnenten|für abonnenten|"
    r"exklusiv für (?:abonnenten|abonnentinnen|plus|\w+\+)|sie haben bereits ein abo|"
    r"bereits abonnent|weiterlesen mit|jetzt weiterlesen|mit \w+\+ weiterlesen|"
    r"um (?:den|diesen) (?:ganzen |vollständigen )?artikel (?:zu )?(?:lesen|weiterzulesen)|"
    r"testen sie .{0,30}(?:gratis|kostenlos)",
    re.IGNORECASE,
)
_COOKIE = re.compile(
    r"we use cookies|uses cookies|accept (?:all )?cookies|cookie (?:settings|policy|consent)|"
    r"manage (?:your )?(?:cookie |privacy )?(?:preferences|choices)|consent to (?:the use|our)|"
    r"wir verwenden cookies|verwendet cookies|nutzt cookies|cookies akzeptieren|"
    r"alle akzeptieren|zustimmen und weiter|einwilligung|datenschutzeinstellungen|"
    r"werbefrei lesen|mit werbung lesen|pur-abo",
    re.IGNORECASE,
)
_NOT_FREE = re.compile(r'"isAccessibleForFree"\s*:\s*"?(?:false|False)"?')
_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?",
                   re.IGNORECASE)
_META_DATE = re.compile(
    r"<meta\b[^>]*?(?:property|name|itemprop)\s*=\s*[\"'](?:article:published_time|"
    r"datePublished|og:published_time|date|dc\.date(?:\.issued)?|pubdate|publishdate)[\"'][^>]*>",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"content\s*=\s*[\"']([^\"']+)[\"']", re.IGNORECASE)
_JSONLD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_.:-]+)", re.IGNORECASE)


def _to_text(html: str | bytes, charset: str | None) -> str:
    if isinstance(html, str):
        return html
    declared = charset
    if declared is None:
        m = _META_CHARSET.search(html[:4096])
        declared = m.group(1).decode("ascii").lower() if m else None
    return decode_bytes(html, declared, what="This page")


def _parse_when(value: str | None) -> datetime | None:
    if not value:
        return None
    value = value.strip()
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            when = datetime.combine(date.fromisoformat(value[:10]), datetime.min.time())
        except ValueError:
            return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.astimezone(UTC)


def _published(html: str, fallback: str | None) -> datetime | None:
    """Prefer a full timestamp from the page's meta data; trafilatura only gives the day."""
    for m in _META_DATE.finditer(html):
        content = _CONTENT.search(m.group(0))
        when = _parse_when(content.group(1) if content else None)
        if when is not None:
            return when
    m = _JSONLD_DATE.search(html)
    when = _parse_when(m.group(1)) if m else None
    return when or _parse_when(fallback)


def _language(html: str, detected: str | None) -> str | None:
    m = _LANG.search(html[:5000])
    if m:
        return m.group(1).lower()
    return detected.split("-")[0].lower() if detected else None


def _paragraphs(text: str) -> str:
    """trafilatura puts one block per line; the rest of briefbot separates paragraphs by
    blank lines."""
    return "\n\n".join(line.strip() for line in text.splitlines() if line.strip())


def check_article(text: str, html: str = "") -> None:
    """Raise NotAnArticle for walls (paywall, cookie consent) and near-empty extractions."""
    words = word_count(text)
    sample = text + "\n" + html[:200_000] if html else text
    paywall = _PAYWALL.search(sample) is not None
    cookie = _COOKIE.search(text) is not None or (words < 80 and _COOKIE.search(sample) is not None)
    if (paywall and words < 150) or (_NOT_FREE.search(html) and words < 250):
        raise NotAnArticle("This page shows only the start of the article; the rest is behind "
                           f"a paywall or login. {_PASTE_HINT}")
    if cookie and words < 150:
        raise NotAnArticle("This page shows a cookie or consent wall instead of the article. "
                           f"{_PASTE_HINT}")
    if words < MIN_WORDS:
        raise NotAnArticle(f"No article text found on this page (only {words} words could be "
                           f"extracted). {_PASTE_HINT}")


def extract_html(html: str | bytes, *, url: str | None = None,
                 charset: str | None = None) -> ArticleDraft:
    """Main text and metadata (title, author, date as aware UTC datetime, language)."""
    import trafilatura

    markup = _to_text(html, charset)
    doc = trafilatura.bare_extraction(markup, url=url, with_metadata=True, include_comments=False,
                                      include_tables=True, favor_precision=True)
    raw = getattr(doc, "text", None) if doc is not None else None
    if not raw and doc is not None:  # precision mode can be too strict on tiny pages
        doc = trafilatura.bare_extraction(markup, url=url, with_metadata=True,
                                          include_comments=False)
        raw = getattr(doc, "text", None) if doc is not None else None
    text = _paragraphs(clean_text(raw or ""))
    check_article(text, markup)
    return ArticleDraft(
        text=text,
        source="url" if url else "file",
        url=url,
        title=_meta(doc, "title"),
        author=_meta(doc, "author"),
        language=_language(markup, _meta(doc, "language")),
        published_at=_published(markup, _meta(doc, "date")),
    )


def _meta(doc: object, name: str) -> str | None:
    value = getattr(doc, name, None) if doc is not None else None
    if isinstance(value, (list, tuple)):
        value = "; ".join(str(v) for v in value)
    value = clean_text(str(value)) if value else None
    return value or None

