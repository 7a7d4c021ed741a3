"""Export: the agreed text (or another view) as a document, or the list of amendments."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from draftdesk import storage
from draftdesk.engine.outputs import VIEW_NAMES
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.folder import Warn, negotiation

if TYPE_CHECKING:
    from draftdesk.engine.exporting import Progress

EXPORT_FORMATS: tuple[str, ...] = ("txt", "md", "html", "docx", "pdf", "list")
"""What ``export`` writes: the document in the engine's text formats (``engine.exporting.FORMATS``)
or in docx/pdf, or the list of amendments. Named here, not taken from the engine: every command
builds its parser with them, and the writers are imported at the first export (the TUI's first
frame does not wait for Word's)."""


def export(
    folder: Path,
    *,
    fmt: str,
    view: str = "agreed",
    out: Path | None = None,
    warn: Warn | None = None,
    progress: Progress | None = None,
) -> str | bytes:
    """The agreed text (or another view) as a document, or the list of amendments (``fmt="list"``;
    a Word document when ``out`` ends in .docx). PDF is the Word document printed by LibreOffice.

    Returns the text (bytes for docx and pdf); with ``out``, also writes it there atomically.
    ``progress`` hears how far a Word document has got.
    """
    if fmt not in EXPORT_FORMATS:
        raise ServiceError(f"unknown export format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")
    if view not in VIEW_NAMES:
        raise ServiceError(f"unknown view {view!r} (use {', '.join(VIEW_NAMES)})")
    from draftdesk.engine.amendment_list import amendment_list
    from draftdesk.engine.exporting import export as export_view
    from draftdesk.engine.exporting import export_list_docx, word_document
    from draftdesk.engine.views import document

    neg = negotiation(folder, warn)
    data: str | bytes
    if fmt == "list":
        as_word = out is not None and out.suffix.lower() == ".docx"
        data = export_list_docx(neg, progress) if as_word else amendment_list(neg, "txt")
    elif fmt in ("docx", "pdf"):
        data = word_document(neg, view, progress)  # type: ignore[arg-type]
        if fmt == "pdf":
            data = _pdf(data)
    else:
        data = export_view(neg.draft, document(neg, view), fmt)  # type: ignore[arg-type]
    if out is not None:
        guarded(storage.write_file, out, data)
    return data


def _pdf(docx: bytes) -> bytes:
    from draftdesk.storage.pdf import ConversionError, docx_to_pdf

    try:
        return docx_to_pdf(docx)
    except ConversionError as err:
        raise ServiceError(str(err)) from None
