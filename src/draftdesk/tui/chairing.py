"""The chair's flow: accept or reject (confirmed), the queue in voting order, issuing a revision.

A mixin of the App, like drafting.py; every write goes through
:mod:`draftdesk.tui.calls`. Chair-only keys are hidden for delegates by the
App's ``check_action``; the services refuse them anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.console import Group, RenderableType
from rich.text import Text
from textual.app import App

from draftdesk.engine.amendments import Decision
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.revision import RevisionResult
from draftdesk.tui import calls, screens
from draftdesk.tui.describe import competing_group, instruction, op_diff, queue
from draftdesk.tui.themes import org_style


class Chairing(App[None]):
    """a accept, r reject, c the queue, N issue a revision."""

    neg: Negotiation
    folder: Path
    acting_as: str
    current: str
    fell: list[str]

    _perform: Callable[..., object]
    """Run a service call and refresh (the App's; see app.py)."""
    take_decision: Callable[[str, str, str], Decision | None]
    """Check, show and store a decision (the App's)."""
    show_amendment: Callable[[str], None]

    def action_decide(self, action: str) -> None:
        """Decide on the current amendment of the selected paragraph (n cycles through them)."""
        self.decide(self.current, action)

    def decide(self, aid: str, action: str, then: Callable[[str], None] | None = None) -> None:
        """Confirm, then record ``action`` on ``aid``; ``then`` gets a line saying what happened."""
        if not aid or self.neg.state(aid).status not in ("tabled", "draft"):
            self.notify(
                "Select a pending amendment first (n cycles through this paragraph's).", severity="warning"
            )
            return
        amendment = self.neg.amendments[aid]
        question = f"{action.title()} amendment {aid} by {amendment.author}?"
        rivals = self.neg.state(aid).competes_with
        if action == "accept" and rivals:
            question += f"\nCompeting amendments will fall: {', '.join(rivals)}"

        def done(yes: bool | None) -> None:
            if not yes:
                return
            decision = self.take_decision(f"{action} {aid}", aid, action)
            if decision is not None and then is not None:
                fell = "; ".join(f"{a} fell: {self.neg.state(a).reason}" for a in self.fell)
                then(f"{action.title()}ed {aid} ({amendment.author}). " + (fell or "Nothing fell."))

        self.push_screen(screens.ConfirmScreen(question), done)

    def action_queue(self) -> None:
        """The pending amendments in voting order; enter there selects one's paragraph."""

        def closed(aid: str | None) -> None:
            if aid:
                self.show_amendment(aid)

        self.push_screen(
            screens.QueueScreen(lambda: queue(self.neg), self._group_columns, self.decide), closed
        )

    def _group_columns(self, aid: str) -> list[RenderableType]:
        """An amendment's competing group side by side: written form and tracked diff of each."""
        orgs = [o.code for o in self.neg.draft.orgs]
        columns: list[RenderableType] = []
        group = competing_group(self.neg, aid)
        for rank, other in enumerate(group, 1):
            amendment = self.neg.amendments[other]
            colour = org_style(self, orgs, amendment.author)
            head = Text(f"{'▶ ' if other == aid else ''}vote {rank} of {len(group)} · ", "bold")
            head.append(f"[{amendment.author}] {other}", colour)
            parts: list[RenderableType] = [head, Text(instruction(amendment, self.neg.agreed), "italic")]
            parts += [op_diff(op, colour, self.neg.numbers()) for op in amendment.ops]
            columns.append(Group(*parts))
        return columns

    def action_issue_revision(self) -> None:
        """Make the agreed text Rev.N+1; the concordance follows."""

        def done(yes: bool | None) -> None:
            if yes:
                result = self._perform("issue revision", calls.issue_revision, self.folder, self.acting_as)
                if isinstance(result, RevisionResult):
                    self.push_screen(screens.ConcordanceScreen(result.draft.revision, result.concordance))

        self.push_screen(
            screens.ConfirmScreen(f"Issue Rev.{self.neg.draft.revision + 1} from the agreed text?"), done
        )
