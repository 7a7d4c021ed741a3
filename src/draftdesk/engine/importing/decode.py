"""Bytes -> text: the importer accepts what secretariats actually have (UTF-8, cp1252, CRLF, tabs)."""

from __future__ import annotations

_LAYOUT = str.maketrans("", "", "\r\n\t\f")


class ImportFailed(ValueError):
    """The input cannot be read as a document at all; the message is one clear line."""


def decode_document(data: bytes, *, name: str = "FILE.pdf") -> str:
    """Decode UTF-8 (BOM or not), else cp1252; normalise line endings and tabs. A PDF (``name``
    is the file's, for the command that extracts its text) is refused with that command."""
    if not data.strip():
        raise ImportFailed("the file is empty")
    if data.lstrip()[:5] == b"%PDF-":
        text = name[:-4] if name.lower().endswith(".pdf") else name
        raise ImportFailed(
            f"a PDF is not read directly: extract its text first (pdftotext -layout {name} {text}.txt) "
            "and use the .txt instead"
        )
    if b"\x00" in data:
        raise ImportFailed("the file is binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    visible = text.translate(_LAYOUT)
    if not visible.isprintable() and sum(map(str.isprintable, visible)) < 0.9 * len(visible):
        raise ImportFailed("the file is not text (mostly unprintable characters)")
    # a form feed (pdftotext's page break) stays: the importer cuts pages there
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
