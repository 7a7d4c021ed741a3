"""What other terminals do to the folder while this one shows it: watched in a thread
(``workers.watch_folder``), merged by the main screen's handlers through here, and said.

Records another terminal adds are judged by their seals (``signatures.admitted``) and merged in
place, like this terminal's own; anything else makes the watcher load the folder anew. Either
way the room is told what changed, and a file not believed is named and changes nothing.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Sequence, Set
from functools import partial

from textual.screen import Screen

from draftdesk import signatures
from draftdesk.engine.inert import inert
from draftdesk.engine.outputs import AmendmentState
from draftdesk.tui import workers
from draftdesk.tui.display import Display
from draftdesk.tui.loading import Loader
from draftdesk.tui.messages import FolderChanged, RecordsAdded
from draftdesk.tui.news import left_out, news, rulings
from draftdesk.tui.own_writes import OwnWrites
from draftdesk.tui.session import Change, Session


class OtherTerminals:
    """The main screen's watcher, and what its messages change in the session and on screen."""

    def __init__(
        self,
        host: Screen[None],
        session: Session,
        shown: Display,
        loader: Loader,
        own_writes: OwnWrites,
        queue_changed: Callable[[list[str]], bool],
    ) -> None:
        """``own_writes``: what this terminal wrote (not merged twice); ``queue_changed``: the open
        queue lists what is pending now and says what just happened (False: no queue is open)."""
        self.host, self.session, self.shown, self.loader = host, session, shown, loader
        self.own_writes, self.queue_changed = own_writes, queue_changed
        self.stop = threading.Event()
        self.watching = threading.Event()
        """Set once the folder is watched: another terminal's writes are seen from then on."""

    def watch(self) -> None:
        watch = partial(
            workers.watch_folder, self.host.post_message, self.session.folder, self.loader, self.own_writes,
            self.stop, lambda: self.shown.view, self.session.acting_as, self.watching,
        )  # fmt: skip
        self.host.run_worker(watch, thread=True, exclusive=True, exit_on_error=False, group="watch")

    def folder_changed(self, message: FolderChanged) -> None:
        """The folder loaded anew by the watcher replaces the state."""
        if message.loaded is None:
            self.host.notify(f"reload failed: {message.error}", severity="error")
            return
        before, known = dict(self.session.neg.states()), set(self.session.neg.decision_ids())
        was = self.session.neg.draft.revision
        self.session.adopt(message.loaded)
        self.shown.refresh_all()
        draft = self.session.neg.draft
        issued = []
        if draft.revision > was and draft.issued_by != self.session.acting_as:  # its own is said when done
            who = (
                f"{draft.issued_by} issued Rev.{draft.revision}"
                if draft.issued_by
                else f"Rev.{draft.revision} is out"
            )
            issued.append(f"{who}: the agreed text is the new base text")
        self._said(before, known, left_out(message.paths, message.loaded.neg), issued)

    def records_added(self, message: RecordsAdded) -> None:
        """New records, merged in place like this terminal's own, those believed (a forged file is
        named and changes nothing); one repaint."""
        neg = self.session.neg
        before, known = dict(neg.states()), set(neg.decision_ids())
        amendments, decisions, rejected = signatures.admitted(message.roster, message.records, neg.amendments)
        changes = [self.session.add_amendment(amendment) for amendment in amendments]
        changes += [self.session.add_decision(decision) for decision in decisions]
        touched = set().union(*(change.touched for change in changes))
        self.shown.repaint(Change(touched, any(change.reorder for change in changes)))
        self._said(before, known, rejected)

    def _said(
        self,
        before: dict[str, AmendmentState],
        known: Set[str],
        doubted: Iterable[object],
        first: Sequence[str] = (),
    ) -> None:
        """Say what another terminal did since ``before`` (the states) and ``known`` (the decisions'
        ids), after ``first`` (a revision issued), in the chair's queue when it is open, where a
        toast would cover its rows, else one toast a batch; and which of its files are not believed."""
        shown = {aid for ids in self.session.index.values() for aid in ids}
        lines = [*first, *news(before, self.session.neg, shown), *rulings(known, self.session.neg, shown)]
        if not self.queue_changed(lines) and lines:
            self.host.notify("\n".join(lines), title="Just now", timeout=8)
        for file in doubted:
            self.host.notify(inert(f"not believed: {file}"), severity="warning", timeout=15, markup=False)
