"""The DraftDesk App: main screen, keys, and the handlers that own every state change."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import ClassVar

from textual import on
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.timer import Timer
from textual.widgets import Footer, Static, Tree

from draftdesk.engine.addressing import resolve
from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.results import VIEW_NAMES, ViewName
from draftdesk.engine.revision import RevisionResult
from draftdesk.tui import calls, heap, screens
from draftdesk.tui.background import REST_DELAY, Background
from draftdesk.tui.chairing import Chairing
from draftdesk.tui.commands import DraftCommands
from draftdesk.tui.describe import by_paragraph, on_paragraph
from draftdesk.tui.drafting import Drafting
from draftdesk.tui.guard import Guarded
from draftdesk.tui.messages import ParagraphSelected
from draftdesk.tui.own_writes import OwnWrites
from draftdesk.tui.rendered import Loaded, RenderedViews, prepare
from draftdesk.tui.source import Loader, load_negotiation
from draftdesk.tui.themes import THEMES_DIR, load_themes
from draftdesk.tui.widgets import AmendmentPanel, Legend, MergedView, Outline

EVERYWHERE = frozenset({"quit", "help", "command_palette"})
"""App actions that stay available whatever screen is on top."""
DEPENDING_ON_CURRENT: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("decide", ("table",)),
    ("decide", ("withdraw",)),
    ("decide", ("cosponsor",)),
    ("revise", ()),
)
"""Actions offered or not depending on the current amendment (is it one's own?)."""
CHAIR_ONLY = frozenset({"issue_revision", "queue"})
"""Actions only an organization holding the chair may take (besides accept and reject)."""


class DraftDeskApp(Background, Drafting, Chairing, Guarded):
    """One negotiation, seen as ``acting_as``; every action goes through draftdesk.services."""

    CSS_PATH = Path(__file__).with_name("app.tcss")
    COMMANDS = App.COMMANDS | {DraftCommands}
    TITLE = "DraftDesk"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "move(1)", "Down", show=False),
        Binding("k,up", "move(-1)", "Up", show=False),
        Binding("enter", "propose", "Open in the editor", show=False),
        Binding("p", "propose", "Propose"),
        Binding("i", "insert", "Insert"),
        Binding("I", "insert(True)", "Insert sub-item", show=False),
        Binding("d", "delete", "Delete"),
        Binding("m", "move_paragraph", "Move", show=False),
        Binding("t", "instruction", "Type an instruction", show=False),
        Binding("n", "next_amendment", "Next amendment"),
        Binding("R", "revise", "Revise own", show=False),
        Binding("T", "decide('table')", "Table own draft"),
        Binding("w", "decide('withdraw')", "Withdraw"),
        Binding("s", "decide('cosponsor')", "Co-sponsor"),
        Binding("a", "decide('accept')", "Accept"),
        Binding("r", "decide('reject')", "Reject"),
        Binding("c", "queue", "Chair queue"),
        Binding("N", "issue_revision", "Issue revision", show=False),
        Binding("v", "next_view", "Next view"),
        *[
            Binding(str(n), f"pick_view({n - 1})", f"View: {name}", show=False)
            for n, name in enumerate(VIEW_NAMES, 1)
        ],
        Binding("g", "goto", "Go to"),
        Binding("e", "export", "Export", show=False),
        Binding("question_mark", "help", "Help"),
        Binding("q", "quit", "Quit"),
    ]

    def __init__(
        self,
        folder: Path,
        acting_as: str,
        loader: Loader = load_negotiation,
        watch: bool = True,
        themes_dir: Path = THEMES_DIR,
    ) -> None:
        super().__init__()
        self.folder = folder
        self.acting_as = acting_as
        self.loader = loader
        self.view: ViewName = "agreed"
        self.selected = ""
        self.current = ""
        self._position = 0
        self.fell: list[str] = []
        self._keys: tuple[bool, ...] = ()
        self._generation = 0
        self._written: dict[str, str] = {}
        self._forms_wanted = None
        self._footer_stale = False
        self._rest_timer: Timer | None = None
        self._bar_text = ""
        self._later: list[Callable[[], None]] = []
        self.neg: Negotiation = loader(folder, self._later.append)
        self.views = RenderedViews(self.neg)
        self._index: dict[str, list[str]] = by_paragraph(self.neg, self.acting_as)
        heap.settle()  # before the screen is built: the collector would walk the whole state first
        themes, self.theme_errors = load_themes(themes_dir)
        for theme in themes:
            self.register_theme(theme)
        if themes:  # before the stylesheet is first built: a theme set once mounted builds it again
            self.theme = themes[0].name
        self.watching = watch
        self._stop = threading.Event()
        self._own_writes = OwnWrites()
        # kept as attributes: a modal on top (an unsaved editor) must not hide them from a live refresh
        self.bar = Static(id="bar")
        self.outline = Outline(id="outline")
        self.merged = MergedView(self.views, [org.code for org in self.neg.draft.orgs], id="view")
        self.panel = AmendmentPanel(id="panel")
        self.legend = Legend(id="legend")

    # -- layout ----------------------------------------------------------
    def get_theme_variable_defaults(self) -> dict[str, str]:
        from draftdesk.tui.themes import ORG_VARIABLES

        return dict(ORG_VARIABLES)

    def compose(self) -> ComposeResult:
        yield self.bar
        with Horizontal(id="body"):
            yield self.outline
            with Vertical(id="main"):
                yield self.merged
                yield self.panel
                yield self.legend
        yield Footer()

    def on_mount(self) -> None:
        for error in self.theme_errors:
            self.notify(error, severity="error", title="Theme")
        self.refresh_all()
        self.merged.focus()
        self.call_after_refresh(self.warm_up)
        self.call_after_refresh(self._release_heap)
        self.call_after_refresh(self._run_later)
        if self.watching:
            self.call_after_refresh(self.watch_folder)  # once the screen is up

    def _run_later(self) -> None:
        """What the first load put off (writing the load cache: 60-100 ms of pickling for a big
        folder) runs once the screen is up, in a thread of its own that the exit waits for."""
        for work in self._later:
            threading.Thread(target=work, name="draftdesk-later").start()
        self._later.clear()

    def _release_heap(self) -> None:
        """The first frame is up: the collector runs again, mostly when the steps rest (see
        draftdesk.tui.heap). What the first decision asks of the state is worked out first, and
        kept for good with the rest."""
        self.neg.prepare_decisions()
        heap.release()
        self._rest_timer = self.set_interval(REST_DELAY, self._rested)

    def on_unmount(self) -> None:
        self._stop.set()
        if self._rest_timer is not None:
            self._rest_timer.stop()
        heap.restore()

    @property
    def is_chair(self) -> bool:
        return self.acting_as in self.neg.draft.chair

    # -- refresh ---------------------------------------------------------
    def _adopt(self, loaded: Loaded) -> None:
        """A freshly loaded state replaces the current one; selection and view are kept."""
        self.neg = loaded.neg
        self._forget_written()
        self.views = self.merged.views = loaded.views
        self._index = loaded.index
        self.refresh_all()

    def pending_on(self, paragraph_id: str) -> list[str]:
        """Pending amendments on a paragraph (for badges): those with a claim on it."""
        return [a for a in self._index.get(paragraph_id, ()) if paragraph_id in self.neg.claims(a)]

    def refresh_all(self) -> None:
        """Redraw bar, outline, view and legend from the current Negotiation."""
        self.outline.build(self.neg, self.pending_on)
        self.merged.orgs = [org.code for org in self.neg.draft.orgs]
        self.merged.show(self.view)
        self.legend.show(self.neg.draft.orgs, self.acting_as)
        self._select(self.selected, force=True)

    def _changed(self, touched: set[str], reorder: bool = False) -> None:
        """An incremental change re-merged ``touched``: repaint only what shows them."""
        self._forget_written()
        self.views.touched(touched, reorder)
        self.outline.build(self.neg, self.pending_on, touched)
        self.merged.changed(touched)
        self._select(self.selected, force=True)

    def _bar(self) -> None:
        """The header: who acts, the view, the revision, the title. The selected paragraph's number
        heads the amendment panel instead (``_title_panel``): a header changed at every step made
        each frame redraw every row from the top of the screen to the panel (measured: 1.5-2.5 ms
        of a 16 ms step)."""
        draft = self.neg.draft
        title = " ".join(draft.title)[:50] or draft.slug
        role = " (chair)" if self.is_chair else ""
        who = f"acting as {self.acting_as}{role}"  # what matters first: narrow terminals cut the end
        bar = f"{who} · view: {self.view} · Rev.{draft.revision} · {title}"
        if bar != self._bar_text:  # an unchanged bar is not repainted
            self._bar_text = bar
            self.bar.update(bar, layout=False)

    def _title_panel(self) -> None:
        """The amendment panel is headed by the selected paragraph's number."""
        number = self.neg.numbers().get(self.selected)
        label = f" {number.label if number else '¶'} "
        if self.panel.border_title != label:
            self.panel.border_title = label

    def _select(self, paragraph_id: str, force: bool = False) -> None:
        """Select a paragraph (or, if it is gone, the one now at its place); repaint what shows it."""
        ids = self.merged.ids
        position = self.merged.position(paragraph_id)
        if position is None:
            position = min(self._position, len(ids) - 1)
            paragraph_id = ids[position] if ids else ""
        self._position = max(position, 0)
        amendments = on_paragraph(self.neg, paragraph_id, self._index)
        current = self.current
        if paragraph_id != self.selected or current not in amendments:
            current = amendments[0] if amendments else ""
        if force or paragraph_id != self.selected or current != self.current:
            self.current = current
            self._show_panel(amendments)
        self.selected = paragraph_id
        self.merged.select(paragraph_id)
        self.outline.show_paragraph(paragraph_id)
        self._bar()
        self._title_panel()
        self._stepped()

    def _stepped(self) -> None:
        """A step: the selection or the current amendment changed. What waits for the steps to
        rest (``_rested``) waits on.

        The footer is rebuilt when what it offers changes (it depends on the current amendment),
        but only at rest: a rebuild lays out the whole screen (about 20 ms), and arrow keys held
        down would pay it at every paragraph. The keys themselves are checked at each press.
        """
        keys = tuple(self.allowed(*action) for action in DEPENDING_ON_CURRENT)
        if keys != self._keys:
            self._keys = keys
            self._footer_stale = True
        if self._rest_timer is not None:
            self._rest_timer.reset()

    def _rested(self) -> None:
        """No step for REST_DELAY: what waits for the keys to rest is done now (the footer's keys,
        the written forms and the scroll range of the amendment panel, the cyclic collector's
        work). Called again every REST_DELAY while the keys rest: then there is mostly nothing
        to do."""
        if self._footer_stale and self.screen_stack:  # not once the App is closing
            self._footer_stale = False
            self.refresh_bindings()
        self._write_wanted_forms()
        self.panel.settle()
        heap.tidy()

    # -- handlers --------------------------------------------------------
    @on(ParagraphSelected)
    def on_paragraph_selected(self, message: ParagraphSelected) -> None:
        self._select(message.paragraph_id)

    @on(AmendmentPanel.Chosen)
    def on_amendment_chosen(self, message: AmendmentPanel.Chosen) -> None:
        self.show_amendment(message.amendment_id)

    @on(Tree.NodeHighlighted)
    def on_node_highlighted(self, event: Tree.NodeHighlighted[str]) -> None:
        if event.node.data:
            self._select(event.node.data)

    # -- actions ---------------------------------------------------------
    def action_move(self, step: int) -> None:
        ids = self.merged.ids
        if ids:
            i = max(0, min(len(ids) - 1, (self.merged.position(self.selected) or 0) + step))
            self._select(ids[i])
            if 0 <= i + step < len(ids):
                self.call_after_refresh(self._draw_ahead, ids[i + step])

    def _draw_ahead(self, paragraph_id: str) -> None:
        """Once the screen shows the step, the panel of the next paragraph the same way is drawn
        (into the panel's cache), while the reader looks: the next step only shows it."""
        amendments = on_paragraph(self.neg, paragraph_id, self._index)
        if amendments:
            self.panel.prepare(self.neg, amendments, amendments[0], self._written)

    def action_next_view(self) -> None:
        self.action_pick_view((VIEW_NAMES.index(self.view) + 1) % len(VIEW_NAMES))

    def action_pick_view(self, index: int) -> None:
        self.view = VIEW_NAMES[index]
        self.merged.show(self.view)
        self._select(self.selected)

    def action_goto(self) -> None:
        self.push_screen(screens.PromptScreen("Go to paragraph", "OP4(c), PP2…"), self._goto)

    def select_paragraph(self, paragraph_id: str) -> None:
        """Select a paragraph by id (palette jump)."""
        self._select(paragraph_id)

    def show_amendment(self, amendment_id: str) -> None:
        """Make an amendment the current one (a/r/w act on it), selecting its paragraph if need be."""
        amendment = self.neg.amendments.get(amendment_id)
        if amendment is None:
            return
        if amendment_id not in on_paragraph(self.neg, self.selected, self._index):
            anchors = [*(op.after for op in amendment.ops if op.kind == "insert"), *amendment.targets]
            numbers = self.neg.numbers()
            self._select(next((a for a in anchors if a in numbers), self.selected))
        amendments = on_paragraph(self.neg, self.selected, self._index)
        if amendment_id in amendments:
            self.current = amendment_id
            self._show_panel(amendments)
            self.panel.bring_into_sight(amendment_id)
            self._stepped()

    def action_export(self) -> None:
        def chosen(request: screens.ExportRequest | None) -> None:
            if request and request.path:
                out = Path(request.path).expanduser()
                self._perform(f"export {out}", calls.export, self.folder, request.fmt, request.view, out)

        self.push_screen(screens.ExportScreen(self.neg.draft.slug, self.view), chosen)

    def _goto(self, address: str | None) -> None:
        if not address:
            return
        try:
            self._select(resolve(self.neg.agreed, address))
        except ValueError as error:
            self.notify(str(error), severity="error")

    def action_next_amendment(self) -> None:
        ids = on_paragraph(self.neg, self.selected, self._index)
        if ids:
            self.show_amendment(ids[(ids.index(self.current) + 1) % len(ids) if self.current in ids else 0])

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Chair-only actions disappear for delegates; own-only ones for others' amendments."""
        if self.screen is not self.screen_stack[0] and action not in EVERYWHERE:
            return False  # the main screen's keys do not reach through the queue or a dialog
        return self.allowed(action, parameters)

    def allowed(self, action: str, parameters: tuple[object, ...] = ()) -> bool:
        """May the user take this action now (roles, own amendments), whatever screen is on top."""
        if action in CHAIR_ONLY or (action == "decide" and parameters[0] in ("accept", "reject")):
            return self.is_chair
        if action == "decide" and parameters[0] == "table":
            amendment = self.neg.amendments.get(self.current)
            mine = amendment is not None and amendment.author == self.acting_as
            return mine and self.neg.state(self.current).status == "draft"
        if action == "decide" and parameters[0] in ("withdraw", "cosponsor"):
            amendment = self.neg.amendments.get(self.current)
            own = amendment is not None and amendment.author == self.acting_as
            return amendment is not None and own == (parameters[0] == "withdraw")
        if action == "revise":
            amendment = self.neg.amendments.get(self.current)
            return amendment is not None and amendment.author == self.acting_as
        return True

    def _perform(self, what: str, call: Callable[..., object], *args: object, **kwargs: object) -> object:
        """Run a service call; errors become notifications (None is returned); merge what it wrote."""
        try:
            result = call(*args, **kwargs)
        except Exception as error:  # every refusal reaches the user as a notification
            self.notify(f"{what}: {error}", severity="error")
            return None
        if isinstance(result, Amendment):
            self._own_writes.add(result.id)
            touched = self.neg.add_amendment(result)
            self._index = by_paragraph(self.neg, self.acting_as)
            self._changed(touched, reorder=any(op.kind != "modify" for op in result.ops))
        elif isinstance(result, RevisionResult):
            self.reload()
        self.notify(f"{what}: done")
        return result

    def take_decision(self, what: str, amendment_id: str, action: str) -> Decision | None:
        """Check a decision, show it at once and store it in a thread: the screen never waits on the disk.

        A refusal is a notification (None is returned). What fell is notified
        and left in ``self.fell``; "done" follows once the file is written, and a
        failed write puts the folder's own state back on screen.
        """
        self.fell = []
        try:
            decision = calls.new_decision(self.folder, self.acting_as, amendment_id, action, current=self.neg)
        except Exception as error:  # every refusal reaches the user as a notification
            self.notify(f"{what}: {error}", severity="error")
            return None
        self.store_decision(what, decision)
        before = dict(self.neg.states())
        touched = self.neg.add_decision(decision)  # merged in place (the watcher skips its file)
        after = self.neg.states()  # what changes is on a paragraph the decision touched
        near = {a for pid in touched for a in self._index.get(pid, ())} | {decision.amendment}
        changed = [a for a in near if after[a].status != before[a].status]
        self.fell = sorted(a for a in changed if after[a].status == "fallen")
        # an insertion no longer pending leaves the views that place pending insertions
        inserts = any(op.kind == "insert" for a in changed for op in self.neg.amendments[a].ops)
        self._changed(touched, reorder=inserts)
        for aid in self.fell:
            self.notify(f"{aid} fell: {self.neg.state(aid).reason}", severity="warning", timeout=10)
        return decision

    def reload(self) -> None:
        """Re-read the folder through storage and redraw, keeping selection and place."""
        try:
            neg = self.loader(self.folder)
        except Exception as error:  # a half-written or broken folder must not crash the screen
            self.notify(f"reload failed: {error}", severity="error")
            return
        self._adopt(prepare(neg, self.view, self.acting_as))

    def action_help(self) -> None:
        rows = [
            (b.key.replace("question_mark", "?"), b.description)
            for b in self.BINDINGS
            if isinstance(b, Binding) and b.description
        ]
        self.push_screen(screens.HelpScreen(rows))


def run(folder: Path, acting_as: str) -> None:
    """Open the draft folder in the terminal as ``acting_as`` (an org code)."""
    DraftDeskApp(folder, acting_as).run()
