"""The amendment panel: for the selected paragraph, every amendment with its status and diff."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from draftdesk.engine.merge import Negotiation
from draftdesk.tui.describe import instruction, on_paragraph, op_diff
from draftdesk.tui.themes import org_style

STATUS_MARK = {
    "tabled": "● pending",
    "accepted": "✓ accepted",
    "rejected": "✗ rejected",
    "withdrawn": "↶ withdrawn",
    "fallen": "⊘ fell",
    "draft": "✎ private draft",
    "superseded": "⇢ superseded",
}


class AmendmentPanel(VerticalScroll):
    """Lists the paragraph's amendments; ``current`` is the one a/r/w act on (marked ▶)."""

    DEFAULT_CSS = "AmendmentPanel > Static { height: auto; }"

    def compose(self):  # type: ignore[no-untyped-def]
        yield Static(id="amendments")

    def show(self, neg: Negotiation, paragraph_id: str, current: str, index: dict[str, list[str]]) -> None:
        orgs = [org.code for org in neg.draft.orgs]
        ids = on_paragraph(neg, paragraph_id, index)
        blocks: list[RenderableType] = []
        if not ids:
            blocks.append(Text("No amendments on this paragraph. p propose · i insert · d delete", "dim"))
        for aid in ids:
            amendment, state = neg.amendments[aid], neg.state(aid)
            colour = org_style(self.app, orgs, amendment.author)
            head = Text("▶ " if aid == current else "  ", "bold")
            head.append(f"[{amendment.author}]", colour + Style(bold=True))
            head.append(f" {aid}  {STATUS_MARK.get(state.status, state.status)}", "bold")
            if state.vote_rank:
                head.append(
                    f"  ⚔ vote {state.vote_rank} of group with {', '.join(state.competes_with)}", "yellow"
                )
            if amendment.cosponsors:
                head.append(f"  co-sponsors: {', '.join(amendment.cosponsors)}")
            blocks.append(head)
            if state.reason:
                blocks.append(Padding(Text(f"falls: {state.reason}", "italic"), (0, 0, 0, 4)))
            blocks.append(Padding(Text(instruction(amendment, neg.agreed), "italic"), (0, 0, 0, 4)))
            for op in amendment.ops:
                blocks.append(Padding(op_diff(op, colour), (0, 0, 0, 4)))
        self.query_one("#amendments", Static).update(Group(*blocks))
