"""Export: the agreed text (or another view) as a document, or the list of amendments."""

from __future__ import annotations

from pathlib import Path

from draftdesk import storage
from draftdesk.engine.amendment_list import amendment_list
from draftdesk.engine.exporting import FORMATS, export_docx
from draftdesk.engine.exporting import export as export_view
from draftdesk.engine.results import VIEW_NAMES
from draftdesk.engine.views import render
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.folder import Warn, negotiation

EXPORT_FORMATS: tuple[str, ...] = (*FORMATS, "docx", "list")
"""What ``export`` writes: the document in txt/md/html/docx, or the list of amendments."""


def export(
    folder: Path, *, fmt: str, view: str = "agreed", out: Path | None = None, warn: Warn | None = None
) -> str | bytes:
    """The agreed text (or another view) as a document, or the list of amendments (``fmt="list"``).

    Returns the text (bytes for docx); with ``out``, also writes it there atomically.
    """
    if fmt not in EXPORT_FORMATS:
        raise ServiceError(f"unknown export format {fmt!r} (use {', '.join(EXPORT_FORMATS)})")
    if view not in VIEW_NAMES:
        raise ServiceError(f"unknown view {view!r} (use {', '.join(VIEW_NAMES)})")
    neg = negotiation(folder, warn)
    data: str | bytes
    if fmt == "list":
        data = amendment_list(neg, "txt")
    elif fmt == "docx":
        data = export_docx(neg.draft, render(neg, view))  # type: ignore[arg-type]
    else:
        data = export_view(neg.draft, render(neg, view), fmt)  # type: ignore[arg-type]
    if out is not None:
        guarded(storage.write_file, out, data)
    return data
