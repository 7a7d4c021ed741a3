"""Views -> documents: txt in the source layout, Markdown, HTML, docx.

Every document is made inert (:mod:`draftdesk.engine.inert`): a control character stored in a
draft is shown in the document, never sent raw to whoever opens or prints it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from draftdesk.engine.exporting.docx import export_docx
from draftdesk.engine.exporting.html import export_html
from draftdesk.engine.exporting.markdown import export_markdown
from draftdesk.engine.exporting.text import export_text
from draftdesk.engine.inert import inert
from draftdesk.engine.model import Draft
from draftdesk.engine.results import ViewParagraph

__all__ = ["FORMATS", "export", "export_docx"]

Format = Literal["txt", "md", "html"]
FORMATS: tuple[Format, ...] = ("txt", "md", "html")


def export(draft: Draft, paragraphs: Sequence[ViewParagraph], fmt: Format) -> str:
    """The document in ``fmt``; the paragraphs are any view (agreed, tracked, compilation, base)."""
    render = {"txt": export_text, "md": export_markdown, "html": export_html}[fmt]
    return inert(render(draft, paragraphs))
