"""Export from the TUI: the dialog, then the export itself in a worker (workers.export), which posts
``ExportWritten``; the main screen's handler says which file was written (``written``)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from textual.screen import Screen

from draftdesk.tui import screens, workers
from draftdesk.tui.display import Working
from draftdesk.tui.messages import ExportWritten


def export(host: Screen[None], folder: Path, slug: str, view: str, working: Working) -> None:
    """Ask what to export and where, then have a worker write it off the UI thread (the header says
    so meanwhile)."""

    def chosen(request: screens.ExportRequest | None) -> None:
        if request and request.path:
            out = Path(request.path).expanduser().resolve()
            working(str(out), f"exporting {out.name}…")
            work = partial(workers.export, host.post_message, folder, request.fmt, request.view, out)
            host.run_worker(work, thread=True, exit_on_error=False, group="export")

    host.app.push_screen(screens.ExportScreen(slug, view), chosen)


def written(host: Screen[None], message: ExportWritten, working: Working) -> None:
    """Say what the worker wrote, or why it could not."""
    working(str(message.path), None)
    if message.error:
        host.notify(f"export {message.path}: {message.error}", severity="error")
    else:
        host.notify(f"written: {message.path}")
