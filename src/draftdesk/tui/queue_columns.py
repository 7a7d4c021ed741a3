"""The chair's queue's columns, sized to the width it has: the change takes what the others leave.

Each other column is as wide as its longest cell, up to a cap, and left out when every cell is
empty (no amendment competes: no vote to show). Where that leaves the change too
little room (80 columns), "Why there" goes first (the competing group below says it), then the
widest columns give up cells down to a floor; a cell cut short ends in "…" (the panel below shows
the highlighted amendment in full).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from rich.cells import cell_len

from draftdesk.tui.amendment_lists import QueueRow


@dataclass(frozen=True)
class Column:
    label: str
    cell: Callable[[QueueRow], str]
    cap: int
    """The most cells it takes."""
    floor: int
    """The fewest it gives up to, its label whole (0: left out when the change lacks room)."""


COLUMNS = (
    Column("Paragraph", lambda r: r.paragraph, 16, 9),
    Column("Vote", lambda r: r.vote, 9, 6),  # "withdrawn" whole where there is room
    Column("Why there", lambda r: r.why, 40, 0),
    Column("Sponsors", lambda r: r.sponsors, 20, 8),
    Column("Amendment", lambda r: r.symbol, 24, 13),  # a symbol whole: "A/C.3/80/L.56"
)
CHANGE = Column("Change", lambda r: r.summary, 0, 30)
"""The last column: the rest of the width, at least ``floor``."""
PADDING = 2
"""Cells around each column's content (DataTable's cell padding on both sides)."""


def column_widths(rows: Sequence[QueueRow], width: int) -> list[tuple[Column, int]]:
    """The columns shown in ``width`` cells and the content width of each, the change's last."""
    wanted = {
        c: min(c.cap, max([cell_len(c.label), *(cell_len(c.cell(r)) for r in rows)]))
        for c in COLUMNS
        if any(c.cell(r) for r in rows) or not rows
    }

    def room() -> int:
        return width - sum(wanted.values()) - PADDING * (len(wanted) + 1)

    if room() < CHANGE.floor:
        wanted = {c: cells for c, cells in wanted.items() if c.floor}
    while room() < CHANGE.floor:
        widest = max(wanted, key=lambda c: wanted[c] - c.floor)
        if wanted[widest] <= widest.floor:
            break
        wanted[widest] -= 1
    return [*wanted.items(), (CHANGE, max(room(), CHANGE.floor))]
