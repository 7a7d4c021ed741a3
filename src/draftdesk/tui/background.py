"""Work done off the key path: the folder watcher, storing decisions, amendments' written forms, a warm-up.

They run in threads (``@work(thread=True)``; a decision in a plain thread, which an App
closing at once cannot cancel) on inputs no one else changes:
the watcher loads a fresh Negotiation of its own and prepares it for the
screen (states, the view on show) before handing it over, unless the only
files changed are ones written here (own_writes.py); a decision, checked
and already shown, is written to its file (an fsync takes milliseconds here,
far more on a busy server's disk: the screen does not wait for it); written
forms are made from immutable amendments and a copy of the agreed paragraph
list. Results come back as messages; the handlers here, on the UI thread,
apply them. The warm-up imports, once the screen is up, what the first
amendment tabled would.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from textual import on, work
from textual.app import App

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Paragraph
from draftdesk.engine.results import ViewName
from draftdesk.tui import calls
from draftdesk.tui.describe import instruction, on_paragraph
from draftdesk.tui.messages import DecisionStored, FolderChanged, WrittenForms
from draftdesk.tui.own_writes import OwnWrites
from draftdesk.tui.rendered import Loaded, prepare
from draftdesk.tui.source import Loader
from draftdesk.tui.widgets import AmendmentPanel

FRAME_WAIT = 0.03
"""Seconds a decision's write lets pass first: the frame that shows the decision is out by then
(a frame takes 10-20 ms here)."""

STORE_THREAD = "draftdesk-store"
"""The name of the threads that write decisions."""

REST_DELAY = 0.15
"""Seconds the selection must rest before what can wait is done (written forms, the footer's keys,
the cyclic collector's work): arrow keys held down skip it."""


class Background(App[None]):
    """Live refresh from the folder; written forms in the amendment panel."""

    folder: Path
    acting_as: str
    view: ViewName
    loader: Loader
    neg: Negotiation
    panel: AmendmentPanel
    selected: str
    current: str
    _index: dict[str, list[str]]
    _stop: threading.Event
    _own_writes: OwnWrites
    _generation: int
    _written: dict[str, str]
    _forms_wanted: tuple[int, list[Amendment], list[Paragraph]] | None

    _adopt: Callable[[Loaded], None]
    """Replace the state with a freshly loaded one (the App's; see app.py)."""
    reload: Callable[[], None]
    """Show the folder as it is on disk (the App's)."""

    @work(thread=True, exclusive=True, exit_on_error=False, group="watch")
    def watch_folder(self) -> None:
        """Post a FolderChanged for every batch of changes another terminal makes."""
        import watchfiles  # here, in its thread: not on the way to the first frame

        for changes in watchfiles.watch(self.folder, stop_event=self._stop, debounce=150, step=50):
            paths = tuple(path for _, path in changes)
            if self._own_writes.only_ours(paths):
                continue  # merged already (see own_writes.py)
            try:
                loaded = prepare(self.loader(self.folder), self.view, self.acting_as)
                self.post_message(FolderChanged(paths, loaded))
            except Exception as error:  # reported by the handler, the watch goes on
                self.post_message(FolderChanged(paths, None, str(error)))

    @work(thread=True, exit_on_error=False, group="warm-up")
    def warm_up(self) -> None:
        """What the first amendment tabled would import (the folder's lock, about 60 ms), imported
        while the user reads."""
        from draftdesk import storage

        storage.prepare_writes()

    def store_decision(self, what: str, decision: Decision) -> None:
        """Write a decision the screen already shows, in a thread of its own; say how that went.

        A plain thread, started here: a Textual worker not yet running when the App closes is
        cancelled, and a decision taken just before closing was lost (tested); the interpreter
        waits for this thread at exit. The write lets the frame that shows the decision go
        first (``FRAME_WAIT``): run beside it, it took the interpreter from the frame
        (measured: about 1 ms of a 15 ms accept). Waiting for ``call_after_refresh`` instead
        proved no signal of the frame: it came 60-160 ms late, or never when a modal closed.
        """
        self._own_writes.add(decision.id)  # before its file appears, so the watcher knows it
        threading.Thread(target=self._write_decision, args=(what, decision), name=STORE_THREAD).start()

    def _write_decision(self, what: str, decision: Decision) -> None:
        time.sleep(FRAME_WAIT)
        try:
            calls.record_decision(self.folder, decision)
        except Exception as error:  # reported by the handler
            self.post_message(DecisionStored(what, str(error) or type(error).__name__))
        else:
            self.post_message(DecisionStored(what))

    @on(DecisionStored)
    def on_decision_stored(self, message: DecisionStored) -> None:
        if message.error:  # the screen showed it: show the folder as it is instead
            self.notify(f"{message.what}: not stored: {message.error}", severity="error", timeout=15)
            self.reload()
        else:
            self.notify(f"{message.what}: done")

    @on(FolderChanged)
    def on_folder_changed(self, message: FolderChanged) -> None:
        if message.loaded is None:
            self.notify(f"reload failed: {message.error}", severity="error")
            return
        self._adopt(message.loaded)

    def _forget_written(self) -> None:
        """Written forms name paragraphs by number: a new state writes them anew."""
        self._generation += 1
        self._written = {}

    def _show_panel(self, amendments: list[str]) -> None:
        """Show the panel now; written forms it lacks follow once the selection rests."""
        self.panel.show(self.neg, amendments, self.current, self._written)
        missing = [self.neg.amendments[a] for a in amendments if a not in self._written]
        self._forms_wanted = (self._generation, missing, list(self.neg.agreed)) if missing else None

    def _write_wanted_forms(self) -> None:
        """The selection rests: write the forms the panel on show lacks."""
        if self._forms_wanted is not None:
            self._write_forms(*self._forms_wanted)
            self._forms_wanted = None

    @work(thread=True, exclusive=True, exit_on_error=False, group="written")
    def _write_forms(self, generation: int, amendments: list[Amendment], paragraphs: list[Paragraph]) -> None:
        """Written forms take the engine ~15 ms each: written here, on immutable inputs, off the UI."""
        forms = {a.id: instruction(a, paragraphs) for a in amendments}
        self.post_message(WrittenForms(generation, forms))

    @on(WrittenForms)
    def on_written_forms(self, message: WrittenForms) -> None:
        if message.generation != self._generation:
            return
        self._written.update(message.forms)
        amendments = on_paragraph(self.neg, self.selected, self._index)
        if message.forms.keys() & set(amendments):
            self._show_panel(amendments)
