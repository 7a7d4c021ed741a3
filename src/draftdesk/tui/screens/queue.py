"""The chair's queue: pending amendments in voting order, competing ones side by side.

Rows go paragraph by paragraph through the agreed text, as a chair takes the
floor; within a paragraph, in the voting order (rule 130, furthest removed first,
or as the chair ruled), each with the reason for its place; then the withdrawn
and rejected amendments, which the chair may reinstate (when a delegation takes
one up). The highlighted amendment's competing group is shown in columns below,
and after each decision the screen says what was decided and what fell, and why.
The footer offers only the keys that can act on the highlighted row; another says why not.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.console import RenderableType
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import DataTable, Static

from draftdesk.engine.inert import inert
from draftdesk.tui import screens
from draftdesk.tui.amendment_lists import QueueRow
from draftdesk.tui.filtering import matching_rows
from draftdesk.tui.queue_columns import column_widths
from draftdesk.tui.widgets.key_bar import KeyBar

Columns = Callable[[str], list[RenderableType]]
"""The competing group of an amendment, one renderable per amendment, in voting order."""
Decide = Callable[[str, str, Callable[[str], None]], None]
"""Confirm and record an action on an amendment, then call back with a line on the outcome."""
WhyNot = Callable[[str, str], str]
"""Why an action ("accept", "reinstate", "order") cannot be taken on an amendment now; "" if it can."""
Rule = Callable[[str, Callable[[str], None]], None]
"""Ask which amendment the given one is voted before, and why; rule so; call back with a line."""
SAID = 5
"""Lines of what just happened the queue keeps in sight (toasts would cover its rows at 80x24)."""
KEYS = {"a": "accept", "r": "reject", "u": "reinstate", "o": "order"}
"""The queue's keys that act on the highlighted amendment, and their action."""


class QueueScreen(Screen[str | None]):
    """a accept · r reject · u reinstate (each confirmed) · o vote before another (with a reason) ·
    enter show the paragraph · / filter · escape back (or, when filtered, show every row again)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("a", "decide('accept')", "Accept"),
        Binding("r", "decide('reject')", "Reject"),
        Binding("u", "decide('reinstate')", "Reinstate"),
        Binding("o", "rule", "Vote before…", tooltip="Rule that it is voted before a rival, with a reason"),
        Binding("enter", "show", "Show paragraph"),
        Binding("slash", "filter", "Filter"),
        Binding("escape,c", "close", "Back"),
        *[Binding(key, f"refused('{key}')", show=False) for key in KEYS],
    ]
    DEFAULT_CSS = """
    QueueScreen DataTable { height: 1fr; min-height: 4; }
    QueueScreen #outcome { display: none; height: auto; max-height: 5; padding: 0 1; background: $panel; }
    QueueScreen #group { height: auto; max-height: 50%; overflow-y: auto; border-top: solid $panel; }
    QueueScreen #group Static { width: 1fr; padding: 0 1; border-right: solid $panel; }
    """

    def __init__(
        self,
        rows: Callable[[], list[QueueRow]],
        columns: Columns,
        decide: Decide,
        why_not: WhyNot,
        rule: Rule,
    ) -> None:
        super().__init__()
        self._rows, self._columns, self._decide = rows, columns, decide
        self._why_not, self._rule = why_not, rule
        self._shown: list[QueueRow] = []
        self._said: list[str] = []
        """What the queue said happened (decisions here, acts elsewhere), the last ``SAID`` lines."""
        self.filter_text = ""

    def compose(self) -> ComposeResult:
        yield Static("Pending amendments in voting order", id="title")
        yield DataTable(cursor_type="row", zebra_stripes=True, id="queue")
        yield Static("", id="outcome")
        yield Horizontal(id="group")
        yield KeyBar()

    def on_mount(self) -> None:
        self.reload()
        self.query_one(DataTable).focus()

    def on_resize(self) -> None:
        """The columns are sized to the width (queue_columns.py)."""
        self._fill()

    def reload(self, outcome: str = "") -> None:
        """List the queue again (after a decision, or another terminal's act), the cursor on the same
        amendment (rows another terminal adds above must not move it onto another) while it is as
        pending as it was, else on the row where it was (the next one to vote on)."""
        rows, was = self._rows(), self.highlighted
        pending = {r.amendment for r in self._shown if r.pending}
        same = {r.amendment for r in rows if r.pending == (was in pending)}
        self._shown = matching_rows(rows, self.filter_text)
        self._fill(was if was in same else "")
        pending = sum(r.pending for r in rows)
        count = (
            f"{sum(r.pending for r in self._shown)} of {pending} matching “{inert(self.filter_text)}”"
            if self.filter_text
            else str(pending)
        )
        settled = len(rows) - pending
        below = f" · {settled} withdrawn or rejected below" if settled else ""
        title = f"Pending amendments in voting order: {count}{below} · enter: show the paragraph"
        self.query_one("#title", Static).update(Text(title))
        if outcome:  # what happened, the latest first; quotes words: never markup
            self._said = [*outcome.split("\n"), *self._said][:SAID]
            said = self.query_one("#outcome", Static)
            said.update(Text(inert("\n".join(self._said))))
            said.display = True
        self._show_group()

    def _fill(self, keep: str = "") -> None:
        """The rows shown, in columns as wide as the table has room for, the cursor on ``keep`` (the
        amendment highlighted before) if it is still listed, else kept near."""
        table = self.query_one(DataTable)
        ids = [r.amendment for r in self._shown]
        row = ids.index(keep) if keep in ids else table.cursor_row
        table.clear(columns=True)
        width = table.size.width - table.styles.scrollbar_size_vertical  # the change column must not scroll
        columns = column_widths(self._shown, width)
        for column, cells in columns:
            table.add_column(column.label, width=cells, key=column.label)
        for r in self._shown:
            style = "" if r.pending else "dim italic"  # withdrawn or rejected: below, set apart
            cells = (
                Text(inert(column.cell(r)), style, no_wrap=True, overflow="ellipsis") for column, _ in columns
            )
            table.add_row(*cells, key=r.amendment)
        if self._shown:
            table.move_cursor(row=min(row, len(self._shown) - 1))

    @property
    def highlighted(self) -> str:
        """The amendment under the cursor, "" when the queue is empty."""
        row = self.query_one(DataTable).cursor_row
        return self._shown[row].amendment if 0 <= row < len(self._shown) else ""

    def on_data_table_row_selected(self) -> None:
        """Enter on a row (the table takes the key itself)."""
        self.action_show()

    def on_data_table_row_highlighted(self) -> None:
        self._show_group()
        self.refresh_bindings()  # the keys offered follow the row

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Accept, reject, reinstate and rule are offered only on a row they can act on."""
        if action == "rule" or (action == "decide" and parameters):
            what = str(parameters[0]) if parameters else "order"
            return not self._why_not(what, self.highlighted)
        return True

    def action_refused(self, key: str) -> None:
        """A key that cannot act on the highlighted row: one line saying why."""
        why = self._why_not(KEYS[key], self.highlighted) if self.highlighted else "The queue is empty."
        self.notify(why, severity="warning")

    def _show_group(self) -> None:
        group = self.query_one("#group", Horizontal)
        group.remove_children()
        if self.highlighted:
            group.mount_all(Static(column) for column in self._columns(self.highlighted))

    def action_decide(self, action: str) -> None:
        if self.highlighted:
            self._decide(self.highlighted, action, self.reload)

    def action_rule(self) -> None:
        if self.highlighted:
            self._rule(self.highlighted, self.reload)

    def action_show(self) -> None:
        self.dismiss(self.highlighted or None)

    def action_filter(self) -> None:
        self.app.push_screen(screens.FilterScreen("the queue", self.filter_text, self.narrow))

    def narrow(self, query: str) -> None:
        """List only the rows ``query`` matches (filtering.py); "" lists them all."""
        if query != self.filter_text:
            self.filter_text = query
            self.reload()

    def action_close(self) -> None:
        if self.filter_text:
            self.narrow("")
        else:
            self.dismiss(None)
