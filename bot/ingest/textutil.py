"""Text normalisation, hashing and byte decoding shared by every ingest path."""
from __future__ import annotations

import hashlib
import re
import unicodedata

from bot.errors import BadInput, TooLarge

MAX_BYTES = 5_000_000
# C0/C1 control characters except tab and newline (carriage returns are folded first).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")  # lone halves cannot be stored as UTF-8
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def content_hash(text: str) -> str:
    """sha256 of the text, NFC-normalised with all whitespace runs collapsed to one space."""
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return hashlib.sha256(norm.encode("utf-8")).hexdigest()


def word_count(text: str) -> int:
    return len(text.split())


def clean_text(text: str) -> str:
    """Unify newlines, drop NULs and other control characters (keep \\n, \\t), NFC."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _SURROGATE.sub("", _CONTROL.sub("", text)).lstrip("\ufeff")
    return unicodedata.normalize("NFC", text).strip()


def check_size(n: int, what: str = "The input", limit: int = MAX_BYTES) -> None:
    if n > limit:
        size = f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"
        cap = f"{limit / 1e6:g} MB" if limit >= 100_000 else f"{limit:,} bytes"
        raise TooLarge(
            f"{what} is {size}; the limit is {cap}. "
            "Send a shorter text or only the article itself."
        )


def _looks_binary(text: str) -> bool:
    """Many control characters mean the bytes were not text in the guessed encoding."""
    if "\x00" in text:
        return True
    sample = text[:20000]
    bad = len(_CONTROL.findall(sample))
    return bad > max(2, len(sample) // 200)


def _utf16_without_bom(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    half = len(sample) // 2
    for zeros, enc in ((odd, "utf-16-le"), (even, "utf-16-be")):
        # Latin text in UTF-16: nearly every high byte is zero, nearly no low byte is.
        if zeros > half * 0.7 and (even if enc == "utf-16-le" else odd) < half * 0.05:
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def decode_bytes(data: bytes, charset: str | None = None, *, what: str = "This file") -> str:
    """Decode text bytes: BOM, declared charset, UTF-8, UTF-16 without BOM, cp1252, latin-1.

    Raises BadInput for binary data (images, archives, anything with NUL bytes that is not
    UTF-16/32) so that garbage is never stored as an article.
    """
    candidates: list[str] = []
    for bom, enc in _BOMS:
        if data.startswith(bom):
            candidates.append(enc)
            break
    else:
        if charset:
            candidates.append(charset)
        candidates.append("utf-8")
    for enc in candidates:
        try:
            text = data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _looks_binary(text):
            return text
    if b"\x00" in data[:4000]:
        text16 = _utf16_without_bom(data)
        if text16 is not None and not _looks_binary(text16):
            return text16
        raise _binary(what)
    for enc in ("cp1252", "latin-1"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if not _looks_binary(text):
            return text
    raise _binary(what)


def _binary(what: str) -> BadInput:
    return BadInput(
        f"{what} looks like binary data (an image, archive or program), not text. "
        "Send a .txt, .md, .html or .pdf file, or paste the article text."
    )
