"""Views -> documents: txt in the source layout, Markdown, HTML, Word (a view, tracked changes,
the list of amendments).

Every document is made inert (:mod:`draftdesk.engine.inert`): a control character stored in a
draft is shown in the document, never sent raw to whoever opens or prints it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from draftdesk.engine.exporting.docx import Progress, export_docx
from draftdesk.engine.exporting.docx_list import export_list_docx
from draftdesk.engine.exporting.docx_tracked import export_tracked_docx
from draftdesk.engine.exporting.html import export_html
from draftdesk.engine.exporting.markdown import export_markdown
from draftdesk.engine.exporting.text import export_text
from draftdesk.engine.inert import inert
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft
from draftdesk.engine.outputs import ViewName, ViewParagraph
from draftdesk.engine.views import document

__all__ = ["FORMATS", "export", "export_docx", "export_list_docx", "word_document"]

Format = Literal["txt", "md", "html"]
FORMATS: tuple[Format, ...] = ("txt", "md", "html")


def export(draft: Draft, paragraphs: Sequence[ViewParagraph], fmt: Format) -> str:
    """The document in ``fmt``; the paragraphs are any view (agreed, tracked, compilation, base)."""
    render = {"txt": export_text, "md": export_markdown, "html": export_html}[fmt]
    return inert(render(draft, paragraphs))


def word_document(neg: Negotiation, view: ViewName, progress: Progress | None = None) -> bytes:
    """A view as a .docx: tracked changes as Word revisions, attribution and compilation in the
    organizations' colours, the agreed and base texts as issued."""
    if view == "tracked":
        return export_tracked_docx(neg, progress=progress)
    coloured = view in ("attribution", "compilation")
    return export_docx(neg.draft, document(neg, view), coloured=coloured, progress=progress)
