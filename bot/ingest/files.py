"""Articles from uploaded files and pasted text."""
from __future__ import annotations

import logging

import io
import re
from dataclasses import replace

from bot.errors import BadInput, NotAnArticle
from bot.ingest.textutil import MAX_BYTES, check_size, clean_text, decode_bytes, word_count
from bot.ingest.reflow import reflow
from bot.models import ArticleDraft

MIN_PASTE_WORDS = 20
_TEXT_EXT = {".txt", ".text", ".md", ".markdown", ".rst"}
_HTML_EXT = {".html", ".htm", ".xhtml", ".shtml"}
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"RIFF", "a media file"), (b"PK\x03\x04", "a ZIP archive or Office document"),
    (b"\x1f\x8b", "a gzip archive"), (b"BZh", "a bzip2 archive"), (b"7z\xbc\xaf", "a 7z archive"),
    (b"\x7fELF", "a program"), (b"MZ", "a program"), (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"%!PS", "a PostScript file"), (b"OggS", "an audio file"), (b"ID3", "an audio file"),
)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|article)\b",
                         re.IGNORECASE | re.DOTALL)
_HTML_TAGS = re.compile(r"</(?:p|div|article|section|h[1-6]|li|span|a|td)>", re.IGNORECASE)


def _ext(filename: str) -> str:
    name = filename.lower().rsplit("/", 1)[-1]
    return "." + name.rsplit(".", 1)[-1] if "." in name else ""


def looks_like_html(text: str) -> bool:
    head = text[:2000]
    if _HTML_START.match(head):
        return True
    return head.lstrip().startswith("<") and len(_HTML_TAGS.findall(text[:20000])) >= 2


def _too_short(words: int) -> NotAnArticle:
    return NotAnArticle(f"This text is too short to brief ({words} words). Send the whole "
                        f"article, at least {MIN_PASTE_WORDS} words.")


def _title_from_text(text: str) -> str | None:
    try:
        from bot.engine import title_from_text  # written by the engine; may not exist yet
    except ImportError:
        return None
    try:
        return title_from_text(text) or None
    except Exception:  # a title is a nicety; never fail an ingest over it
        return None


def draft_from_text(text: str, *, origin: str = "paste", title: str | None = None) -> ArticleDraft:
    """Pasted or piped text. HTML is extracted; everything else is taken as it is."""
    if len(text) > MAX_BYTES:
        check_size(len(text.encode("utf-8")), "The text")
    if not text or not text.strip():
        raise BadInput("The text is empty. Paste the article text, or send a link or a file.")
    check_size(len(text.encode("utf-8", "surrogatepass")), "The text")
    if looks_like_html(text):
        from bot.ingest.extract import extract_html

        draft = extract_html(text)
        return replace(draft, source=origin, title=title or draft.title)
    clean = clean_text(text)
    if not clean:
        raise BadInput("The text is empty. Paste the article text, or send a link or a file.")
    words = word_count(clean)
    if words < MIN_PASTE_WORDS:
        raise _too_short(words)
    return ArticleDraft(text=clean, source=origin, title=title or _title_from_text(clean))


def draft_from_file(data: bytes, filename: str) -> ArticleDraft:
    """.txt/.md (plain text), .html/.htm, .pdf with a text layer; other names are sniffed."""
    check_size(len(data), "This file")
    if not data.strip():
        raise BadInput(f"The file {filename!r} is empty. Send a file with the article text.")
    ext = _ext(filename)
    if ext == ".pdf" or data.startswith(b"%PDF-"):
        return _from_pdf(data, filename)
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BadInput(f"The file {filename!r} is {what}, not text. Send a .txt, .md, "
                           ".html or .pdf file, or paste the article text.")
    if ext in _HTML_EXT:
        from bot.ingest.extract import extract_html

        return replace(extract_html(data), source="file")
    text = decode_bytes(data, what=f"The file {filename!r}")
    if ext not in _TEXT_EXT and looks_like_html(text):
        from bot.ingest.extract import extract_html

        return replace(extract_html(text), source="file")
    return draft_from_text(text, origin="file")


def _from_pdf(data: bytes, filename: str) -> ArticleDraft:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs every oddity of a damaged file as a warning; the user gets one clear
    # error from us instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise BadInput(f"The PDF {filename!r} is password-protected. Send an unprotected "
                           "copy, or paste the article text.")
        pages = [page.extract_text() or "" for page in reader.pages]
        meta = reader.metadata
    except BadInput:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise BadInput(f"The PDF {filename!r} could not be read ({type(exc).__name__}); it may "
                       "be damaged. Paste the article text instead.") from exc
    except Exception as exc:  # pypdf raises a wide range on broken files
        raise BadInput(f"The PDF {filename!r} could not be read; it may be damaged. "
                       "Paste the article text instead.") from exc
    # pages joined by a plain line break: a paragraph may run on over a page break
    text = reflow(clean_text("\n".join(p.strip() for p in pages if p.strip())))
    if word_count(text) == 0:
        raise BadInput(f"The PDF {filename!r} has no text layer (it is probably a scan or "
                       "images only). Run it through OCR first, or paste the article text.")
    words = word_count(text)
    if words < MIN_PASTE_WORDS:
        raise _too_short(words)
    title = (meta.title if meta else None) or _title_from_text(text)
    author = meta.author if meta else None
    return ArticleDraft(text=text, source="file", title=clean_text(title) if title else None,
                        author=clean_text(author) if author else None)
