"""The delegate flow: edit or type an amendment, preview it, then table it or keep it private.

A mixin of the App so the main module stays about keys and refresh. Ops are
built by :mod:`draftdesk.engine.drafting`, the code the CLI uses, and every
write goes through :mod:`draftdesk.tui.calls` (the services).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from rich.padding import Padding
from textual.app import App

from draftdesk.engine import instructions
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.drafting import delete_ops, insert_op, modify_op, move_op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Paragraph
from draftdesk.engine.patches import apply_edits, edits_from_patch
from draftdesk.tui import calls, screens
from draftdesk.tui.describe import instruction, op_diff
from draftdesk.tui.themes import org_style

Build = Callable[[], Sequence[Op]]
"""Makes the ops from what the user gave; raises (DraftingError…) when that makes no sense."""


class Drafting(App[None]):
    """Propose (p), insert (i / I), delete (d), move (m), type an instruction (t), revise own (R)."""

    neg: Negotiation
    folder: Path
    acting_as: str
    selected: str
    current: str

    _perform: Callable[..., object]
    """Run a service call and refresh (the App's; see app.py)."""

    def _paragraph(self) -> Paragraph | None:
        for p in self.neg.agreed:
            if p.id == self.selected:
                return p
        self.notify("Select a paragraph of the agreed text first.", severity="warning")
        return None

    def _label(self, paragraph_id: str) -> str:
        return self.neg.label(paragraph_id)

    def action_propose(self) -> None:
        """New wording for the selected paragraph, in an editor holding its agreed text."""
        p = self._paragraph()
        if p is not None:
            self._edit(f"Amend {self._label(p.id)}", p.text, lambda new: [modify_op(p, new)])

    def action_insert(self, sub_item: bool = False) -> None:
        """A new paragraph (or, with I, a sub-item) after the selected one."""
        p = self._paragraph()
        if p is None:
            return
        kind = "sub-item" if sub_item else ""
        where = f"New {'sub-item' if sub_item else 'paragraph'} after {self._label(p.id)}"
        self._edit(where, "", lambda text: [insert_op(self.neg.agreed, p.id, text, kind)])

    def action_delete(self) -> None:
        p = self._paragraph()
        if p is not None:
            self._preview(lambda: delete_ops(self.neg.agreed, [p.id]), lambda: None)

    def action_move_paragraph(self) -> None:
        """Move the selected paragraph after another, named by its address ("start": first)."""
        p = self._paragraph()
        if p is None:
            return

        def after(address: str | None) -> None:
            if address:
                self._preview(lambda: [move_op(self.neg.agreed, p.id, address)], self.action_move_paragraph)

        question = f"Move {self._label(p.id)} after which paragraph? (an address, or 'start')"
        self.push_screen(screens.PromptScreen(question, "OP2, PP3, start"), after)

    def action_instruction(self) -> None:
        """Type the amendment as delegations write it: "In OP4, replace 'note' with 'welcome'"."""

        def typed(text: str | None) -> None:
            if text:
                self._preview(
                    lambda: instructions.parse_instruction(text, self.neg.agreed), self.action_instruction
                )

        self.push_screen(
            screens.PromptScreen("Type an amendment instruction", "In OP4, replace 'note' with 'welcome'"),
            typed,
        )

    def action_revise(self) -> None:
        """Revise one's own pending amendment: edit its wording; a new one supersedes it."""
        own = self.neg.amendments.get(self.current)
        if (
            own is None
            or own.author != self.acting_as
            or self.neg.state(own.id).status not in ("tabled", "draft")
        ):
            self.notify("Select one of your own pending amendments (n cycles).", severity="warning")
            return
        if len(own.ops) != 1 or own.ops[0].kind not in ("modify", "insert"):
            self.notify(
                "Only a single rewording or insertion can be revised here: withdraw it and propose anew."
            )
            return
        op = own.ops[0]
        if op.kind == "insert":
            anchor, kind = op.after, op.new_kind

            def build(text: str) -> Sequence[Op]:
                return [insert_op(self.neg.agreed, anchor, text, kind)]

            self._edit(f"Revise {own.id}", op.text, build, supersedes=own.id)
            return
        p = next((q for q in self.neg.agreed if q.id == op.target), None)
        if p is None:
            self.notify(f"{own.id} amends a paragraph no longer in the text.", severity="warning")
            return
        proposed = apply_edits(op.base_text, edits_from_patch(op.base_text, op.patch))
        self._edit(f"Revise {own.id}", proposed, lambda new: [modify_op(p, new)], supersedes=own.id)

    # -- shared steps ------------------------------------------------------
    def _edit(
        self, title: str, text: str, build: Callable[[str], Sequence[Op]], supersedes: str = ""
    ) -> None:
        """Editor, then preview; "back to edit" reopens the editor with what was typed."""

        def saved(new: str | None) -> None:
            if new is not None:
                self._preview(
                    lambda: build(new), lambda: self._edit(title, new, build, supersedes), supersedes
                )

        self.push_screen(
            screens.EditorScreen(title + (f" (revising {supersedes})" if supersedes else ""), text), saved
        )

    def _preview(self, build: Build, back: Callable[[], None], supersedes: str = "") -> None:
        """Show the tracked change and written form; then table, keep private, or go back."""
        try:
            ops = list(build())
        except Exception as error:  # DraftingError, InstructionError…: a notification, never a traceback
            self.notify(str(error), severity="error")
            return
        draft = Amendment("(new)", self.acting_as, tuple(ops), datetime.now(UTC), supersedes=supersedes)
        colour = org_style(self, [o.code for o in self.neg.draft.orgs], self.acting_as)
        diff = [Padding(op_diff(op, colour, self.neg.numbers()), (1, 0, 0, 0)) for op in ops]

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

        self.push_screen(screens.PreviewScreen(instruction(draft, self.neg.agreed), diff), chosen)
