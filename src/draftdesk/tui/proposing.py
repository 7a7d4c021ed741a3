"""A delegate's amendment: edit or type it, preview it, then table it or keep it private. What is
typed is kept as it is typed until written or discarded, and offered back after a dropped session.

Ops are built by :mod:`draftdesk.engine.user_ops`, the code the CLI uses, and written by
``services.propose``; the main screen merges what was written (``written``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from functools import partial

from rich.padding import Padding
from textual.screen import Screen

from draftdesk import services
from draftdesk.engine import instructions
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.model import Paragraph
from draftdesk.engine.patches import apply_edits, edits_from_patch
from draftdesk.engine.tabled import cited_name
from draftdesk.engine.title import TITLE_ID
from draftdesk.engine.user_ops import delete_ops, insert_op, modify_op, move_op
from draftdesk.storage.unsent import Keeper, Unsent
from draftdesk.tui import screens
from draftdesk.tui.amendment_text import instruction, op_diff
from draftdesk.tui.reading import Reading
from draftdesk.tui.session import Session
from draftdesk.tui.themes import org_style
from draftdesk.tui.typed import NOTHING, Typed

Build = Callable[[], Sequence[Op]]
"""Makes the ops from what the user gave; raises (DraftingError…) when that makes no sense."""
Written = Callable[[Amendment], None]
"""Told of each amendment written."""


class Proposals:
    """Propose (p), insert (i / I), delete (d), move (m), type an instruction (t), revise own (R)."""

    def __init__(self, host: Screen[None], session: Session, written: Written, reading: Reading) -> None:
        self.host, self.session, self.written, self.reading = host, session, written, reading
        self.unsent = Keeper(session.folder, session.acting_as)
        """What is being typed, kept as it is typed (storage/unsent.py)."""

    def _paragraph(self, paragraph_id: str, title: bool = False) -> Paragraph | None:
        """The selected paragraph of the agreed text, or the title when ``title`` (it can be reworded,
        not moved, deleted or followed by a new paragraph); else None, and a line saying so."""
        found = next((p for p in self.session.neg.text if p.id == paragraph_id), None)
        if found is not None and found.id == TITLE_ID and not title:
            self.host.notify("The title can be reworded (p), not moved, deleted or inserted after.")
            return None
        if found is None:
            self.host.notify("Select a paragraph of the agreed text first.", severity="warning")
        return found

    def reword(self, paragraph_id: str, typed: Typed | None = None) -> None:
        """New wording for a paragraph or the title, in an editor holding its agreed text (or ``typed``,
        what was typed before)."""
        p = self._paragraph(paragraph_id, title=True)
        if p is not None:
            base = Unsent("reword", p.id, f"Amend {self.session.neg.label(p.id)}", p.text)
            self._edit(base, lambda new: [modify_op(p, new)], typed)

    def insert(self, paragraph_id: str, sub_item: bool = False, typed: Typed | None = None) -> None:
        """A new paragraph (or a sub-item) after the selected one."""
        p = self._paragraph(paragraph_id)
        if p is None:
            return
        kind = "sub-item" if sub_item else ""
        where = f"New {kind or 'paragraph'} after {self.session.neg.label(p.id)}"
        base = Unsent("insert-sub-item" if sub_item else "insert", p.id, where, "")
        self._edit(base, lambda text: [insert_op(self.session.neg.agreed, p.id, text, kind)], typed)

    def delete(self, paragraph_id: str) -> None:
        p = self._paragraph(paragraph_id)
        if p is not None:
            self._preview(lambda: delete_ops(self.session.neg.agreed, [p.id]), lambda error: None)

    def move(self, paragraph_id: str) -> None:
        """Move a paragraph after another, named by its address ("start": first)."""
        p = self._paragraph(paragraph_id)
        if p is None:
            return

        def after(address: str | None) -> None:
            if address:
                build = lambda: [move_op(self.session.neg.agreed, p.id, address)]  # noqa: E731
                self._preview(build, lambda error: self.move(paragraph_id))

        question = f"Move {self.session.neg.label(p.id)} after which paragraph? (an address, or 'start')"
        self.host.app.push_screen(screens.PromptScreen(question, "OP2, PP3, start"), after)

    def instruction(self, typed: Typed | None = None, error: str = "") -> None:
        """Type the amendment as delegations write it ("In OP4, replace 'note' with 'welcome'"); one
        that cannot be read comes back in the box, with the reason."""
        base = Unsent("instruction", "", "Type an amendment instruction", "")

        def answered(typed: Typed | None) -> None:
            if typed is None:
                self.unsent.forget()  # left empty, or discarded when asked
            else:
                from draftdesk.engine.instructions.document import read_document  # the grammar: when used

                document = read_document(typed.text)  # pasted as circulated: cover left out, symbol kept
                text = document.instruction
                build = lambda: instructions.parse_instruction(text, self.session.neg.text)  # noqa: E731
                back = lambda error: self.instruction(typed, error)  # noqa: E731
                self._preview(build, back, typed, written=document.printed or text, symbol=document.symbol)

        keep = partial(self._keep, base)
        self.host.app.push_screen(screens.InstructionScreen(typed or NOTHING, error, keep), answered)

    def revise(self, amendment_id: str, typed: Typed | None = None) -> None:
        """Revise one's own pending amendment: edit its wording; a new one supersedes it."""
        neg = self.session.neg
        why = self.session.why_not("revise", (), amendment_id)
        if why:
            self.host.notify(why, severity="warning")
            return
        own = neg.amendments[amendment_id]
        op, title = own.ops[0], f"Revise {cited_name(own.symbol, own.id)}"
        if op.kind == "insert":
            anchor, kind = op.after, op.new_kind
            base = Unsent("revise", own.id, title, op.text, own.rationale)
            self._edit(base, lambda text: [insert_op(neg.agreed, anchor, text, kind)], typed, own.id)
            return
        p = next((q for q in neg.text if q.id == op.target), None)
        if p is None:
            self.host.notify(f"{own.id} amends a paragraph no longer in the text.", severity="warning")
            return
        proposed = apply_edits(op.base_text, edits_from_patch(op.base_text, op.patch))
        base = Unsent("revise", own.id, title, proposed, own.rationale)
        self._edit(base, lambda new: [modify_op(p, new)], typed, own.id)

    def resume(self) -> None:
        """Offer back what was being typed when this organization's last session here ended (a dropped
        terminal); declined, it is discarded."""
        kept = self.unsent.kept()
        if kept is None:
            return
        snippet = " ".join(kept.text.split())
        snippet = snippet if len(snippet) <= 120 else snippet[:119] + "…"
        question = (
            f"You were typing an amendment when your last session ended ({kept.title}):\n“{snippet}”"
            + (f"\nRationale: {kept.rationale}" if kept.rationale else "")
            + "\nOpen it again? (n discards it)"
        )

        def answered(yes: bool | None) -> None:
            if not yes:
                self.unsent.forget()
                return
            typed = Typed(kept.text, kept.rationale)
            targets = {p.id for p in self.session.neg.text}
            if kept.box == "revise" and not self.session.why_not("revise", (), kept.target):
                self.revise(kept.target, typed)
            elif kept.box in ("insert", "insert-sub-item") and kept.target in targets:
                self.insert(kept.target, kept.box == "insert-sub-item", typed)
            elif kept.box == "reword" and kept.target in targets:
                self.reword(kept.target, typed)
            else:  # an instruction, or what it was typed for is gone: the words are kept in the box
                gone = "" if kept.box == "instruction" else f"{kept.title}: no longer possible; your words:"
                self.instruction(typed, gone)

        self.host.app.push_screen(screens.ConfirmScreen(question), answered)

    # -- shared steps ------------------------------------------------------
    def _keep(self, base: Unsent, now: Typed) -> None:
        """Keep what is typed now in ``base``'s dialog (storage/unsent.py); nothing typed: nothing kept."""
        if now == Typed(base.text.strip()):
            self.unsent.forget()
        else:
            self.unsent.keep(replace(base, text=now.text, rationale=now.rationale))

    def _edit(
        self,
        base: Unsent,
        build: Callable[[str], Sequence[Op]],
        typed: Typed | None = None,
        supersedes: str = "",
    ) -> None:
        """Editor holding ``typed`` (else ``base.text``), then preview; back to edit, or wording that
        makes no amendment, reopens the editor with what was typed. Kept as it is typed."""

        def saved(result: Typed | None) -> None:
            if result is None:
                self.unsent.forget()  # unchanged, or discarded when asked
                return
            back = lambda error: self._edit(base, build, result, supersedes)  # noqa: E731
            self._preview(lambda: build(result.text), back, result, supersedes)

        unchanged = Typed(base.text, base.rationale)  # a revision's: the amendment's own
        shown = typed or unchanged
        editor = screens.EditorScreen(
            base.title, shown.text, shown.rationale, partial(self._keep, base), unchanged=unchanged
        )
        self.host.app.push_screen(editor, saved)

    def _preview(
        self,
        build: Build,
        back: Callable[[str], None],
        typed: Typed = NOTHING,
        supersedes: str = "",
        written: str = "",
        symbol: str = "",
    ) -> None:
        """Show the tracked change and written form; then table, keep private, or go back (``back``
        gets why the ops could not be built or written, "" when the user chose to)."""
        session = self.session
        try:
            ops = list(build())
        except Exception as error:  # DraftingError, InstructionError…: said, and what was typed kept
            self.host.notify(str(error), severity="error")
            back(str(error))
            return
        draft = Amendment(
            "(new)", session.acting_as, tuple(ops), datetime.now(UTC), supersedes=supersedes, written=written
        )
        shown = instruction(draft, session.neg.agreed)
        colour = org_style(self.host.app, [o.code for o in session.neg.draft.orgs], session.acting_as)
        marks = self.reading.marks
        diff = [Padding(op_diff(op, colour, session.neg.numbers(), marks), (1, 0, 0, 0)) for op in ops]
        if typed.rationale:
            diff.append(Padding(f"Rationale: {typed.rationale}", (1, 0, 0, 0)))

        def chosen(choice: str | None) -> None:
            if choice == "edit" or (choice == "cancel" and typed != NOTHING):
                back("")
            elif choice in ("table", "private"):
                self._write(choice == "table", ops, back, supersedes, typed.rationale, written, symbol)

        self.host.app.push_screen(
            screens.PreviewScreen(f"{symbol}: {shown}" if symbol else shown, diff), chosen
        )

    def _write(
        self,
        table: bool,
        ops: list[Op],
        back: Callable[[str], None],
        supersedes: str,
        rationale: str,
        written: str,
        symbol: str,
    ) -> None:
        """Write the amendment; refused (no key here, a race lost), what was typed comes back with why."""
        what = "table amendment" if table else "save private draft"
        session = self.session
        try:
            amendment = services.propose(
                session.folder,
                session.acting_as,
                ops,
                table=table,
                supersedes=supersedes,
                rationale=rationale,
                written=written,
                symbol=symbol,
            )
        except Exception as error:  # every refusal reaches the user as a notification
            self.host.notify(f"{what}: {error}", severity="error")
            back(f"{what}: {error}")
        else:
            self.unsent.forget()
            self.written(amendment)
