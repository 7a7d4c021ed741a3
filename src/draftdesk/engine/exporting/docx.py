"""Word document via python-docx, built in memory (the engine does no file I/O)."""

from __future__ import annotations

from collections.abc import Sequence
from io import BytesIO

from draftdesk.engine.exporting.text import printed_marker
from draftdesk.engine.inert import inert
from draftdesk.engine.model import Draft
from draftdesk.engine.results import ViewParagraph


def export_docx(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> bytes:
    """A .docx of a view: insertions underlined, deletions struck, footnote marks superscript; text inert
    (XML cannot even hold most control characters)."""
    from docx import Document  # python-docx takes a tenth of a second to import: only when asked

    doc = Document()
    doc.add_heading(inert(" ".join(draft.title)), level=1)
    for line in (draft.doc_type, draft.place_date, draft.authoring):
        if line:
            doc.add_paragraph(inert(line))
    for p in paragraphs:
        para = doc.add_paragraph(inert(printed_marker(p)))
        for span in p.spans:
            run = para.add_run(inert(span.text))
            run.italic = span.italic
            run.underline = span.mark == "ins"
            run.font.strike = span.mark == "del"
            run.font.superscript = span.mark == "fnref"
        for note in p.footnotes:
            doc.add_paragraph(inert(f"{note.mark} {note.text}"))
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
