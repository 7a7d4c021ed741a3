"""The delegate flow: edit or type an amendment, preview it, then table it or keep it private.

A mixin of the App so the main module stays about keys and refresh; every
write still goes through :mod:`draftdesk.tui.calls` (the services).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from rich.padding import Padding
from textual.app import App

from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Paragraph
from draftdesk.engine.patches import make_patch
from draftdesk.tui import calls
from draftdesk.tui.describe import instruction, op_diff
from draftdesk.tui.screens import EditorScreen, PreviewScreen, PromptScreen
from draftdesk.tui.themes import org_style

Retry = Callable[[], None]


class Drafting(App[None]):
    """Propose (p), insert (i / I for a sub-item), delete (d), type an instruction (t)."""

    neg: Negotiation
    folder: Path
    acting_as: str
    selected: str
    current: str

    _perform: Callable[..., None]
    """Run a service call and refresh (the App's; see app.py)."""

    def _paragraph(self) -> Paragraph | None:
        for p in self.neg.agreed:
            if p.id == self.selected:
                return p
        self.notify("Select a paragraph of the agreed text first.", severity="warning")
        return None

    def action_propose(self) -> None:
        p = self._paragraph()
        if p is None:
            return
        own = self.neg.amendments.get(self.current)
        supersedes = ""
        if own and own.author == self.acting_as and self.neg.state(own.id).status in ("tabled", "draft"):
            supersedes = own.id  # revising one's own amendment: a new one that supersedes it

        def edit(text: str) -> None:
            def saved(new: str | None) -> None:
                if new is None:
                    return
                if new == p.text:
                    self.notify("No change to propose.", severity="warning")
                    return
                op = Op("modify", target=p.id, base_text=p.text, patch=make_patch(p.text, new))
                self._preview([op], lambda: edit(new), supersedes)

            title = f"Amend {self.neg.numbers()[p.id].label if p.id in self.neg.numbers() else p.id}"
            self.push_screen(
                EditorScreen(title + (f" (revising {supersedes})" if supersedes else ""), text), saved
            )

        edit(p.text)

    def action_insert(self, sub_item: bool = False) -> None:
        p = self._paragraph()
        if p is None:
            return
        kind = (
            "sub-item"
            if sub_item
            else p.kind
            if p.kind in ("preamble", "operative", "sub-item")
            else "operative"
        )
        parent = p.id if sub_item else p.parent

        def edit(text: str) -> None:
            def saved(new: str | None) -> None:
                if new:
                    op = Op("insert", after=p.id, new_kind=kind, parent=parent, text=new)
                    self._preview([op], lambda: edit(new))

            self.push_screen(EditorScreen(f"New {kind} after the selected paragraph", text), saved)

        edit("")

    def action_delete(self) -> None:
        p = self._paragraph()
        if p is not None:
            self._preview([Op("delete", target=p.id, base_text=p.text)], lambda: None)

    def action_instruction(self) -> None:
        def typed(text: str | None) -> None:
            if not text:
                return
            try:
                from draftdesk.engine.instructions import parse_instruction

                ops = parse_instruction(text, self.neg.agreed)
            except Exception as error:  # a bad instruction is reported, never raised
                self.notify(f"instruction: {error}", severity="error")
                return
            self._preview(ops, self.action_instruction)

        self.push_screen(
            PromptScreen("Type an amendment instruction", "In OP4, replace 'note' with 'welcome'"), typed
        )

    def _preview(self, ops: Sequence[Op], back: Retry, supersedes: str = "") -> None:
        draft = Amendment("(new)", self.acting_as, tuple(ops), datetime.now(UTC), supersedes=supersedes)
        colour = org_style(self, [o.code for o in self.neg.draft.orgs], self.acting_as)
        diff = [Padding(op_diff(op, colour), (1, 0, 0, 0)) for op in ops]

        def chosen(choice: str | None) -> None:
            if choice == "edit":
                back()
            elif choice in ("table", "private"):
                what = "table amendment" if choice == "table" else "save private draft"
                self._perform(
                    what,
                    calls.propose,
                    self.folder,
                    self.acting_as,
                    ops,
                    table=choice == "table",
                    supersedes=supersedes,
                )

        self.push_screen(PreviewScreen(instruction(draft, self.neg.agreed), diff), chosen)
