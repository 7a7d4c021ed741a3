"""The main screen: outline, merged text, amendment panel; its keys and the handlers that change the state.

A key's path: binding -> an action here -> ``Proposals`` (proposing.py) or ``Decisions``
(deciding.py), which ask and call the services -> a handler here merges the record
into the ``Session`` and repaints. Loading and storing run in workers (workers.py)
that post messages back; what other terminals write goes through ``OtherTerminals``
(other_terminals.py).
"""

from __future__ import annotations

from functools import partial
from typing import ClassVar

from textual import events, on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Tree

from draftdesk.engine.addressing import resolve
from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.outputs import VIEW_NAMES
from draftdesk.tui import exporting, heap, role_keys, screens, workers
from draftdesk.tui.deciding import Decisions
from draftdesk.tui.display import Display
from draftdesk.tui.loading import Loader
from draftdesk.tui.main_keys import MAIN_KEYS
from draftdesk.tui.messages import (
    DecisionStored,
    ExportWritten,
    FolderChanged,
    FolderLoaded,
    KeyMissing,
    ParagraphSelected,
    RecordsAdded,
    RevisionIssued,
    RulingStored,
    WrittenForms,
)
from draftdesk.tui.news import described, news
from draftdesk.tui.other_terminals import OtherTerminals
from draftdesk.tui.own_writes import OwnWrites
from draftdesk.tui.proposing import Proposals
from draftdesk.tui.reading import Reading
from draftdesk.tui.rest import Rest
from draftdesk.tui.session import Change, Session
from draftdesk.tui.widgets import AmendmentPanel, KeyBar
from draftdesk.tui.widgets.legend import SHORT


class MainScreen(Screen[None]):
    """One negotiation, seen as the session's organization; every write goes through draftdesk.services."""

    BINDINGS: ClassVar[list[BindingType]] = MAIN_KEYS

    def __init__(
        self, session: Session, loader: Loader, watch: bool = True, marks: bool | None = None
    ) -> None:
        """``marks``: changes marked [-old-]{+new+} (``--marks``), else as reading.py decides."""
        super().__init__()
        self.session = session
        self.loader = loader
        self.watch = watch
        self.shown = Display(session, lambda: self.rest.stepped(), Reading.remembered(marks))
        self.rest = Rest(self, self.shown)
        self.own_writes = OwnWrites()
        self.proposals = Proposals(self, session, self.amendment_written, self.shown.reading)
        self.decisions = Decisions(self, session, self.show_decision, self.shown.reading, self.shown.working)
        self.others = OtherTerminals(
            self, session, self.shown, loader, self.own_writes, self.decisions.folder_changed
        )
        self.watching = self.others.watching
        """Set once the folder is watched: another terminal's writes are seen from then on."""

    def compose(self) -> ComposeResult:
        shown = self.shown
        yield shown.bar
        with Horizontal(id="body"):
            yield shown.outline
            with Vertical(id="main"):
                yield shown.merged
                yield shown.panel
                yield shown.legend
        yield KeyBar()  # wraps: every key shown at 80 columns

    def on_mount(self) -> None:
        self.shown.refresh_all()
        self.shown.merged.focus()
        self.call_after_refresh(self._started)

    def _started(self) -> None:
        """The first frame is up: the collector runs again (heap.py), at rest; the watcher starts; what
        was being typed when the last session dropped is offered back."""
        self.session.neg.prepare_decisions()  # what the first decision asks, kept for good with the rest
        heap.release()
        self.rest.start()
        self.run_worker(workers.warm_up, thread=True, exit_on_error=False, group="warm-up")
        key = partial(workers.check_key, self.post_message, self.session.folder, self.session.acting_as)
        self.run_worker(key, thread=True, exit_on_error=False, group="key")
        self.proposals.resume()
        if self.watch:
            self.others.watch()

    def on_unmount(self) -> None:
        self.others.stop.set()

    # -- handlers: they own every change of state --------------------------
    @on(ParagraphSelected)
    def on_paragraph_selected(self, message: ParagraphSelected) -> None:
        self.shown.select(message.paragraph_id)

    @on(AmendmentPanel.Chosen)
    def on_amendment_chosen(self, message: AmendmentPanel.Chosen) -> None:
        self.shown.show_amendment(message.amendment_id)

    @on(Tree.NodeHighlighted)
    def on_node_highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        if event.node.data:
            self.shown.select(event.node.data)

    @on(FolderChanged)
    def on_folder_changed(self, message: FolderChanged) -> None:
        self.others.folder_changed(message)

    @on(RecordsAdded)
    def on_records_added(self, message: RecordsAdded) -> None:
        self.others.records_added(message)

    @on(DecisionStored)
    def on_decision_stored(self, message: DecisionStored) -> None:
        """Stored: said when taken. Not stored: the screen showed it, so the folder is shown as it is."""
        if message.error:
            self.notify(f"{message.what}: not stored: {message.error}", severity="error", timeout=15)
            self.reload()

    @on(ExportWritten)
    def on_export_written(self, message: ExportWritten) -> None:
        exporting.written(self, message, self.shown.working)

    @on(KeyMissing)
    def on_key_missing(self, message: KeyMissing) -> None:
        """Said once, at the start, and kept in the bar: tabling and deciding will be refused."""
        self.shown.key_missing()
        org = message.org
        self.notify(
            f"You do not hold {org}'s key for this draft on this machine: you can read, not table or decide. "
            f"Bring it here with draftdesk keys import FILE (or make one with draftdesk keys new {org}, "
            "for the chair to register).",
            title="No key here",
            severity="warning",
            timeout=30,
        )

    @on(RulingStored)
    def on_ruling_stored(self, message: RulingStored) -> None:
        self.decisions.ruled(message, self._merge_own)

    @on(RevisionIssued)
    def on_revision_issued(self, message: RevisionIssued) -> None:
        self.decisions.issued(message, self.reload)

    @on(WrittenForms)
    def on_written_forms(self, message: WrittenForms) -> None:
        if message.generation != self.session.generation:
            return
        self.session.written.update(message.forms)
        amendments = self.session.on_paragraph(self.shown.selected)
        if message.forms.keys() & set(amendments):
            self.shown.show_panel(amendments)

    def amendment_written(self, amendment: Amendment) -> None:
        """An amendment this terminal wrote: merged in place (the watcher skips its file), and said."""
        before = dict(self.session.neg.states())
        self._merge_own(amendment)
        said = news(before, self.session.neg, {amendment.id})
        kept = f"Kept private: your {described(self.session.neg, amendment)} ({amendment.id}); T tables it"
        self.notify("\n".join(said) or kept)

    def _merge_own(self, record: Amendment | Decision) -> None:
        """A record this terminal wrote, merged in place (the watcher skips its file)."""
        self.own_writes.add(record.id)
        merge = self.session.add_amendment if isinstance(record, Amendment) else self.session.add_decision
        self.shown.repaint(merge(record))  # type: ignore[arg-type]

    def show_decision(self, decision: Decision) -> Change:
        """A checked decision, shown at once (Decisions has a thread store it: the screen never waits
        on the disk)."""
        self.own_writes.add(decision.id)  # before its file appears, so the watcher knows it
        if decision.action == "table":  # a private draft's own file appears too (services/tabling.py)
            self.own_writes.add(decision.amendment)
        change = self.session.add_decision(decision)
        self.shown.repaint(change)
        return change

    def reload(self) -> None:
        """Read the folder again, in a worker (``on_folder_loaded`` redraws, keeping selection and place)."""
        load = partial(
            workers.load_folder, self.post_message, self.session.folder, self.loader, self.shown.view,
            self.session.acting_as,
        )  # fmt: skip
        self.run_worker(load, thread=True, exclusive=True, exit_on_error=False, group="reload")

    @on(FolderLoaded)
    def on_folder_loaded(self, message: FolderLoaded) -> None:
        if message.loaded is None:  # a half-written or broken folder must not crash the screen
            self.notify(f"reload failed: {message.error}", severity="error")
            return
        self.session.adopt(message.loaded)
        self.shown.refresh_all()

    # -- actions -----------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Keys of another role, or for another's amendment, are hidden (``refused`` explains them)."""
        return role_keys.allowed(self.session, action, parameters, self.shown.current)

    def help_rows(self) -> list[tuple[str, str]]:
        """Each key this organization may press, and what it does (the help screen's rows)."""
        return role_keys.help_rows([*self.BINDINGS, *self.app.BINDINGS], self.session)

    def action_refused(self, key: str) -> None:
        """A key that is not this organization's to press now: say why, in one line."""
        self.notify(
            role_keys.refusal(self.BINDINGS, key, self.session, self.shown.current), severity="warning"
        )

    def action_move(self, step: int) -> None:
        self.shown.move(step)

    def action_next_view(self) -> None:
        self.shown.pick_view((VIEW_NAMES.index(self.shown.view) + 1) % len(VIEW_NAMES))

    def action_pick_view(self, index: int) -> None:
        self.shown.pick_view(index)

    def action_goto(self) -> None:
        example = "OP4(c), PP2, title…" if self.session.neg.title else "OP4(c), PP2…"
        self.app.push_screen(screens.PromptScreen("Go to paragraph", example), self._goto)

    def _goto(self, address: str | None) -> None:
        """Any address the CLI takes (the same resolver, on the same text: the title and the body)."""
        if address:
            try:
                self.shown.select(resolve(self.session.neg.text, address))
            except ValueError as error:
                self.notify(str(error), severity="error")

    def action_toggle(self, what: str) -> None:
        self.notify(self.shown.toggle(what))

    def action_legend(self) -> None:
        self.shown.legend.toggle()

    def on_resize(self, event: events.Resize) -> None:
        """A short screen gives the text the room: the legend on one line, the panel smaller."""
        self.set_class(event.size.height < SHORT, "-short")
        self.shown.legend.fit(event.size.height)

    def action_filter(self) -> None:
        outline = self.shown.outline
        prompt = screens.FilterScreen("the outline", outline.filter_text, outline.action_narrow)
        self.app.push_screen(prompt, outline.filtered)

    def action_next_amendment(self) -> None:
        self.shown.next_amendment()

    def action_propose(self) -> None:
        self.proposals.reword(self.shown.selected)

    def action_insert(self, sub_item: bool = False) -> None:
        self.proposals.insert(self.shown.selected, sub_item)

    def action_delete(self) -> None:
        self.proposals.delete(self.shown.selected)

    def action_move_paragraph(self) -> None:
        self.proposals.move(self.shown.selected)

    def action_instruction(self) -> None:
        self.proposals.instruction()

    def action_revise(self) -> None:
        self.proposals.revise(self.shown.current)

    def action_decide(self, action: str) -> None:
        self.decisions.confirm(self.shown.current, action)

    def action_queue(self) -> None:
        self.decisions.queue(self.shown.show_amendment)

    def action_issue_revision(self) -> None:
        self.decisions.issue_revision()

    def action_export(self) -> None:
        exporting.export(
            self, self.session.folder, self.session.neg.draft.slug, self.shown.view, self.shown.working
        )
