"""Export from the TUI: the dialog, then the export itself in a thread (a PDF goes through LibreOffice
and takes seconds), told in notifications that name the file written."""

from __future__ import annotations

from pathlib import Path

from textual.screen import Screen

from draftdesk import services
from draftdesk.tui import screens


def export(host: Screen[None], folder: Path, slug: str, view: str) -> None:
    """Ask what to export and where, then write it off the UI thread."""

    def chosen(request: screens.ExportRequest | None) -> None:
        if request and request.path:
            out = Path(request.path).expanduser().resolve()
            host.notify(f"exporting {out.name}…")
            host.run_worker(lambda: _write(host, folder, request, out), thread=True, group="export")

    host.app.push_screen(screens.ExportScreen(slug, view), chosen)


def _write(host: Screen[None], folder: Path, request: screens.ExportRequest, out: Path) -> None:
    """In a worker thread: the export, then one notification (posted to the UI thread)."""
    try:
        services.export(folder, fmt=request.fmt, view=request.view, out=out)
    except Exception as error:  # every refusal reaches the user as a notification
        host.app.call_from_thread(host.notify, f"export {out}: {error}", severity="error")
    else:
        host.app.call_from_thread(host.notify, f"written: {out}")
