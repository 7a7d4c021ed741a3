"""Which amendments a user sees where: per paragraph (in voting order) and in the chair's queue.

Pure functions of the merged state (no widgets), so they are easy to test.
"""

from __future__ import annotations

from dataclasses import dataclass

from draftdesk.engine.merge import Negotiation
from draftdesk.engine.title import TITLE_ID
from draftdesk.tui.amendment_text import short_change, sponsors


def by_paragraph(neg: Negotiation, viewer: str = "") -> dict[str, list[str]]:
    """Amendment ids per paragraph they touch, as ``viewer`` may see them (others' drafts are theirs
    alone until tabled: the record stays private, its status says whether it still is). Built once
    per state, so selecting stays cheap."""
    out: dict[str, list[str]] = {}
    for aid, amendment in neg.amendments.items():
        if amendment.private and amendment.author != viewer and neg.state(aid).status == "draft":
            continue
        places = amendment.targets  # then where an insertion goes, once each
        for op in amendment.ops:
            if op.kind == "insert" and op.after and op.after not in places:
                places += (op.after,)
        for pid in places:
            if pid in out:
                out[pid].append(aid)
            else:
                out[pid] = [aid]
    return out


def on_paragraph(neg: Negotiation, paragraph_id: str, index: dict[str, list[str]] | None = None) -> list[str]:
    """Ids of amendments touching a paragraph: competing groups in voting order, then the rest by time."""
    ids = (index if index is not None else by_paragraph(neg)).get(paragraph_id, [])
    order = [a for a in neg.pending(paragraph_id) if a in ids] if ids else []
    states = neg.states()
    pending = [a for a in order if states[a].vote_rank] + [a for a in order if not states[a].vote_rank]
    rest = sorted((a for a in ids if a not in pending), key=lambda a: (neg.amendments[a].created, a))
    return [*pending, *rest]


@dataclass(frozen=True)
class QueueRow:
    """One amendment as the chair's queue lists it: pending, or withdrawn or rejected (to reinstate)."""

    amendment: str
    paragraph: str
    """The address of the paragraph it is voted on ("OP4")."""
    vote: str
    """"1 of 3" within its competing group; "" when it competes with nobody; its status when it is
    not pending ("withdrawn", "rejected")."""
    sponsors: str
    """The author, then the co-sponsors."""
    symbol: str
    """The document that circulated it, else its id."""
    summary: str
    why: str = ""
    """Why it is voted there (rule 130's measure, a tie's tabling time, the chair's ruling)."""
    pending: bool = True
    """False for a withdrawn or rejected amendment, listed after the pending ones."""


REINSTATABLE = ("withdrawn", "rejected")
"""The statuses an amendment the chair may reinstate is in (services/deciding.py's rule)."""


def competing_group(neg: Negotiation, amendment_id: str) -> list[str]:
    """The competing group an amendment belongs to, in voting order (just itself if none)."""
    return next((g for g in neg.competing_groups() if amendment_id in g), [amendment_id])


def queue(neg: Negotiation) -> list[QueueRow]:
    """Every pending amendment, paragraph by paragraph through the agreed text, in voting order; then
    the withdrawn and rejected ones, which the chair may reinstate, paragraph by paragraph."""
    position = {p.id: i for i, p in enumerate(neg.text, -1 if neg.title else 0)}  # the title: -1
    ranks = {a: (i, len(g)) for g in neg.competing_groups() for i, a in enumerate(g, 1)}
    numbers = neg.numbers()
    states = neg.states()
    settled = sorted(
        (a for a, state in states.items() if state.status in REINSTATABLE),
        key=lambda a: (neg.amendments[a].created, a),
    )
    rows: list[tuple[bool, int, int, QueueRow]] = []
    for n, aid in enumerate([*neg.pending(), *settled]):
        amendment, status = neg.amendments[aid], states[aid].status
        anchors = [*amendment.targets, *(op.after for op in amendment.ops if op.kind == "insert")]
        where = min((a for a in anchors if a in position), key=position.__getitem__, default="")
        rank, size = ranks.get(aid, (0, 0))
        pending = status not in REINSTATABLE
        row = QueueRow(
            aid,
            numbers[where].label if where in numbers else TITLE_ID if where == TITLE_ID else "start",
            (f"{rank} of {size}" if rank else "") if pending else status,
            sponsors(amendment, states[aid].cosponsors),
            amendment.symbol or aid,
            "; ".join(short_change(op) for op in amendment.ops),
            neg.vote_reason(aid) if rank else "",
            pending,
        )
        rows.append((not pending, position.get(where, -2), n, row))
    return [row for *_, row in sorted(rows, key=lambda r: r[:3])]
