"""Files DraftDesk does not read, known by their first bytes: each refused in one line that says
what the file is and the way out that was checked to import right.

A word processor's other formats convert to Word losslessly with LibreOffice. A PDF does not: its
text, extracted by pdftotext (with or without ``-layout``) or opened by LibreOffice, has lost which
line opens a paragraph and where the notes are (a rule drawn as a line is not text), and reads as a
wrong structure without a word; the document's Word or plain-text version is what imports right.
"""

from __future__ import annotations

import shlex
import zipfile
from io import BytesIO
from pathlib import PurePath

_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
"""An Office 97-2003 compound file: a Word .doc (or an old Excel or PowerPoint file)."""
_OPEN_DOCUMENT = b"application/vnd.oasis.opendocument."


def unreadable(data: bytes, name: str) -> str | None:
    """Why ``data`` (the file ``name``) is not read, when it is a PDF, .doc, .rtf or OpenDocument
    file: one line with the way out."""
    head = data.lstrip()[:8]
    if head.startswith(b"%PDF-"):
        return (
            "a PDF is not read (its text loses where paragraphs and notes begin): import the "
            "document's Word (.docx) or plain-text version instead (`draftdesk export --format docx` "
            "writes one of a DraftDesk draft; the UN's documents site offers Word)"
        )
    if head.startswith(b"{\\rtf"):
        return f"an RTF file is not read: {_convert(name)}"
    if head == _OLE:
        return f"a Word 97-2003 (.doc) file is not read: {_convert(name)}"
    if _open_document(data):
        return f"an OpenDocument (.odt) file is not read: {_convert(name)}"
    return None


def _convert(name: str) -> str:
    """LibreOffice writes the .docx in the current folder, under the file's own name."""
    docx = shlex.quote(PurePath(name).with_suffix(".docx").name)
    return f"convert it with `soffice --headless --convert-to docx {shlex.quote(name)}` and import {docx}"


def _open_document(data: bytes) -> bool:
    """A zip whose first member, ``mimetype``, names an OpenDocument type."""
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(BytesIO(data)) as package:
            return package.read("mimetype").startswith(_OPEN_DOCUMENT)
    except (zipfile.BadZipFile, KeyError, ValueError):
        return False
