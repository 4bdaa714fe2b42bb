"""Files and pasted text: encodings, binary, empty, huge, PDF with and without text."""
from __future__ import annotations

import gzip
import io
import zipfile

import pytest

from bot.errors import BadInput, NotAnArticle, TooLarge
from bot.ingest import draft_from_file, draft_from_text
from bot.ingest.files import looks_like_html

from .pdfgen import make_pdf
from .samples import ENGLISH_TEXT, GERMAN_PAGE, GERMAN_PARAGRAPHS, GERMAN_TEXT

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "latin-1", "utf-16",
                                      "utf-16-le", "utf-16-be"])
def test_text_file_encodings(encoding):
    text = ENGLISH_TEXT + "\n\nGrüße aus München: Straße, Öl, Übermaß, café."
    draft = draft_from_file(text.encode(encoding), "note.txt")
    assert draft.text == text
    assert draft.source == "file"


def test_german_cp1252_quotes_and_markdown():
    md = "# Reparaturcafé\n\n" + GERMAN_TEXT
    draft = draft_from_file(md.encode("cp1252"), "artikel.md")
    assert draft.text == md  # „“ are cp1252 bytes 0x84/0x93


@pytest.mark.parametrize("name,data", [
    ("photo.png", PNG),
    ("photo.txt", PNG),
    ("blob.bin", bytes(range(256)) * 40),
    ("notes.txt", b"abc\x00def\x00" * 200),
    ("archive.zip", None),
    ("page.html.gz", gzip.compress(GERMAN_PAGE.encode())),
    ("random.dat", bytes((i * 7919 + 13) % 256 for i in range(5000))),
])
def test_binary_files_are_bad_input(name, data):
    if data is None:
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            zf.writestr("a.txt", ENGLISH_TEXT)
        data = buf.getvalue()
    with pytest.raises(BadInput) as err:
        draft_from_file(data, name)
    assert type(err.value) is BadInput
    assert "paste" in str(err.value)


@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n", "\ufeff".encode("utf-8")])
def test_empty_file(data):
    with pytest.raises(BadInput) as err:
        draft_from_file(data, "empty.txt")
    assert "empty" in str(err.value)


def test_huge_file_and_text():
    with pytest.raises(TooLarge) as err:
        draft_from_file(b"word " * 1_000_001, "big.txt")
    assert "5 MB" in str(err.value) and err.value.exit_code == 2
    with pytest.raises(TooLarge):
        draft_from_text("wört " * 1_000_000)  # 6 MB of UTF-8, 5M characters


def test_html_file():
    draft = draft_from_file(GERMAN_PAGE.encode("utf-8"), "seite.htm")
    assert GERMAN_PARAGRAPHS[0] in draft.text and draft.author == "Jonas Brenneke"
    assert draft.source == "file"


def test_unknown_extension_is_sniffed():
    assert GERMAN_PARAGRAPHS[2] in draft_from_file(GERMAN_PAGE.encode(), "download").text
    assert draft_from_file(ENGLISH_TEXT.encode(), "README").text == ENGLISH_TEXT
    assert "Kassel" in draft_from_file(make_pdf(_pdf_lines()), "scan").text


def _pdf_lines() -> list[str]:
    return [line for para in GERMAN_PARAGRAPHS for line in _wrap(para, 80)]


def _wrap(text: str, width: int) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        if len(cur) + len(word) + 1 > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    return lines + [cur]


def test_pdf_with_text_layer():
    draft = draft_from_file(make_pdf(_pdf_lines(), title="Reparaturcafé eröffnet"), "a.pdf")
    words = draft.text.split()
    assert words == GERMAN_TEXT.split()  # every word, umlauts and „“ included
    assert draft.title == "Reparaturcafé eröffnet"
    assert draft.source == "file"


def test_pdf_without_text_layer():
    with pytest.raises(BadInput) as err:
        draft_from_file(make_pdf(None), "scan.pdf")
    assert "no text layer" in str(err.value)


def test_damaged_pdf():
    with pytest.raises(BadInput) as err:
        draft_from_file(b"%PDF-1.4\n" + bytes(range(256)) * 10, "broken.pdf")
    assert "could not be read" in str(err.value) or "no text layer" in str(err.value)


def test_paste_normalises():
    raw = "Erste Zeile\r\nZweite\x00 Zeile\x07\r\n\r\nCafe\u0301 " + GERMAN_TEXT + "\r\n"
    draft = draft_from_text(raw, origin="stdin")
    assert "\r" not in draft.text and "\x00" not in draft.text and "\x07" not in draft.text
    assert draft.text.startswith("Erste Zeile\nZweite Zeile\n\nCafé ")
    assert "\u0301" not in draft.text  # NFC
    assert draft.source == "stdin"


def test_paste_keeps_tabs_and_title():
    draft = draft_from_text("Spalte\tWert\n" + ENGLISH_TEXT, title="Ferry")
    assert "\t" in draft.text and draft.title == "Ferry"


@pytest.mark.parametrize("text", ["", "   ", "\n\n\t", "\x00\x00"])
def test_empty_paste(text):
    with pytest.raises(BadInput) as err:
        draft_from_text(text)
    assert "empty" in str(err.value)


def test_short_paste_is_not_an_article():
    with pytest.raises(NotAnArticle) as err:
        draft_from_text("Nur ein kurzer Satz mit wenigen Wörtern.")
    assert "too short to brief" in str(err.value)


def test_pasted_html_is_extracted():
    draft = draft_from_text(GERMAN_PAGE)
    assert "<p>" not in draft.text and GERMAN_PARAGRAPHS[1] in draft.text
    assert draft.source == "paste" and draft.language == "de"


def test_looks_like_html():
    assert looks_like_html(GERMAN_PAGE)
    assert looks_like_html("<div><p>a</p><p>b</p></div>")
    assert not looks_like_html(ENGLISH_TEXT)
    assert not looks_like_html("a < b and c > d, see </p> once")


def test_title_from_engine_when_available(monkeypatch):
    import bot.engine

    monkeypatch.setattr(bot.engine, "title_from_text", lambda text: "Engine title",
                        raising=False)
    assert draft_from_text(ENGLISH_TEXT).title == "Engine title"
    monkeypatch.delattr(bot.engine, "title_from_text")
    assert draft_from_text(ENGLISH_TEXT).title is None


def test_pdf_lines_are_joined_into_paragraphs():
    # hard-wrapped at 80 columns, as a PDF text layer gives them: each paragraph comes back
    # on one line, so summaries and quotes carry no stray line breaks
    # (a paragraph whose last line is nearly full runs on into the next: the text layer
    # keeps no trace of the gap between them)
    text = draft_from_file(make_pdf(_pdf_lines()), "a.pdf").text
    assert text.split() == GERMAN_TEXT.split()
    paragraphs = text.split("\n\n")
    assert 2 <= len(paragraphs) <= len(GERMAN_PARAGRAPHS)
    assert all("\n" not in p and p.endswith(".") for p in paragraphs)


def test_pdf_hyphenation_headings_and_page_numbers():
    lines = ["Reparaturcafé eröffnet",
             "Im Stadtteil Nord hat am Samstag ein Reparaturcafé eröffnet, in dem Kranken-",
             "haus-Mitarbeiter, Rentner und Schüler defekte Geräte gemeinsam reparieren. Die Nord-",
             "Süd-Verbindung der Buslinie hält direkt vor der Tür, und Bus- und Bahnkunden",
             "bekommen einen Kaffee gratis.",
             "2",
             "Die Organisatoren rechnen mit bis zu 40 Besuchern pro Nachmittag."]
    text = draft_from_file(make_pdf(lines), "a.pdf").text
    assert text.split("\n\n") == [
        "Reparaturcafé eröffnet",
        "Im Stadtteil Nord hat am Samstag ein Reparaturcafé eröffnet, in dem Krankenhaus-Mitarbeiter, "
        "Rentner und Schüler defekte Geräte gemeinsam reparieren. Die Nord-Süd-Verbindung der Buslinie "
        "hält direkt vor der Tür, und Bus- und Bahnkunden bekommen einen Kaffee gratis.",
        "Die Organisatoren rechnen mit bis zu 40 Besuchern pro Nachmittag."]


def test_pdf_with_a_line_per_paragraph_keeps_its_paragraphs():
    paragraphs = [" ".join(p.split()) for p in GERMAN_PARAGRAPHS]
    text = draft_from_file(make_pdf(paragraphs), "a.pdf").text
    assert text.split("\n\n") == paragraphs
