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
    """Decode UTF-16 (Word's "Unicode" text), UTF-8 (BOM or not), else cp1252; normalise line
    endings and tabs. A file of a format that is not text is refused (:func:`refuse_unreadable`)."""
    if not data.strip():
        raise ImportFailed("the file is empty")
    refuse_unreadable(data, name)
    text = _utf16(data)
    if text is None:
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


def _utf16(data: bytes) -> str | None:
    """The text of a UTF-16 file (what Word and Notepad write as "Unicode" plain text): by its byte
    order mark, or, without one, by a NUL in every other byte, as Latin-script text has."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    elif len(data) % 2 == 0 and data[1::2].count(0) > 0.9 * (len(data) // 2) and 0 not in data[0::2]:
        encoding = "utf-16-le"
    elif len(data) % 2 == 0 and data[0::2].count(0) > 0.9 * (len(data) // 2) and 0 not in data[1::2]:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFailed(
            f"the file looks like UTF-16 text but does not decode as {encoding}: save it as UTF-8"
        ) from None
