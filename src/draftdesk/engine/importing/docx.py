"""Word -> Draft: a .docx read into the same model as a text import.

Word's own structure gives what a text file only hints at: its list numbering
(``numPr`` levels and the numbers Word prints: 1., (a), (i)), italics and real
footnotes. The body is written out as the lines the text importer reads — the
numbers as printed, ``*italics*``, footnote marks after their word and the notes
below a rule — so one state machine structures both. Tracked changes are read
accepted: the draft is the text as it would stand.
"""

from __future__ import annotations

import re

from draftdesk.engine.importing import ImportResult, import_text
from draftdesk.engine.importing.docx_reader import WordBody, read_docx

_NOTE_MARK = re.compile(r"\[\^(\d+)\]")
RULE = "_______________"


def document_lines(body: WordBody) -> list[str]:
    """The accepted text as the text importer reads it: one block a paragraph."""
    lines: list[str] = []
    for p in body.paragraphs:
        if p.mark == "del" and not p.after.strip():
            continue  # a paragraph deleted with its mark is gone once the changes are accepted
        text = _NOTE_MARK.sub(r"\1", " ".join(p.after.split()))
        if p.label and text:
            text = f"{p.label} {text}"
        if text:
            lines += [text, ""]
    if body.notes:
        lines += [RULE, ""]
        for mark in sorted(body.notes):
            lines += [f"{mark} {body.notes[mark]}", ""]
    return lines


def import_docx(data: bytes, *, slug: str, chair: str | None = None) -> ImportResult:
    """Parse a Word document (raises ImportFailed when it is none, or has no known layout)."""
    return import_text("\n".join(document_lines(read_docx(data))), slug=slug, chair=chair)
