"""Bytes -> text: the importer accepts what secretariats actually have (UTF-8, cp1252, CRLF, tabs)."""

from __future__ import annotations

from draftdesk.engine.importing.formats import unreadable

_LAYOUT = str.maketrans("", "", "\r\n\t\f")


class ImportFailed(ValueError):
    """The input cannot be read as a document at all; the message is one clear line."""


def refuse_unreadable(data: bytes, name: str) -> None:
    """Refuse a PDF, .doc, .rtf or OpenDocument file (``name``: the file's, for the command that
    converts it) in one line with the way out."""
    if reason := unreadable(data, name):
        raise ImportFailed(reason)


def decode_document(data: bytes, *, name: str = "FILE") -> str:
    """Decode UTF-8 (BOM or not), else cp1252; normalise line endings and tabs. A file of a
    format that is not text is refused (:func:`refuse_unreadable`)."""
    if not data.strip():
        raise ImportFailed("the file is empty")
    refuse_unreadable(data, name)
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
