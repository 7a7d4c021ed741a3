"""An amendment's status as its decisions leave it, before the merge says whether it still applies.

Status is never stored (design §3): it is read off the decisions, ordered by
``(at, id)`` so the result does not depend on the order files were read. An
acceptance is final; a reinstatement undoes a withdrawal or rejection; once a
revised amendment superseding this one is tabled, later decisions on this one
are ignored. Whether an accepted amendment really applied, and whether a
tabled one can still apply, is the merge's business (``fallen``).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import datetime

from draftdesk.engine.amendments import Amendment, Decision, Status

DecisionKey = tuple[datetime, str]


def decision_key(decision: Decision) -> DecisionKey:
    return (decision.at, decision.id)


Folded = tuple[Status, tuple[str, ...], Decision | None]
"""An amendment's status, its co-sponsors, and the acceptance that changes the current
revision's text (None: no change): a plain tuple, as a merge folds thousands."""


def initial_status(amendment: Amendment) -> Status:
    """The status before any decision: a private draft until tabled."""
    return "draft" if amendment.private else "tabled"


def tabled_at(amendment: Amendment, decisions: Iterable[Decision]) -> datetime | None:
    """When an amendment was tabled: at creation unless private, else at its first ``table`` decision."""
    if not amendment.private:
        return amendment.created
    times = [d.at for d in decisions if d.action == "table"]
    return min(times) if times else None


def fold(
    amendment: Amendment,
    decisions: Collection[Decision],
    revision: int,
    superseded_at: datetime | None = None,
) -> Folded:
    """Fold an amendment's decisions (any order) into its status, co-sponsors and text-changing acceptance."""
    if len(decisions) == 1 and superseded_at is None and not amendment.private:  # the usual: one acceptance
        for d in decisions:
            if d.action == "accept":
                return "accepted", tuple(amendment.cosponsors), d if d.revision == revision else None
    status = initial_status(amendment)
    cosponsors = tuple(amendment.cosponsors)
    accepted: Decision | None = None
    for d in sorted(decisions, key=decision_key) if len(decisions) > 1 else decisions:
        if d.action == "cosponsor":
            if d.by not in cosponsors and d.by != amendment.author:
                cosponsors += (d.by,)
        elif status == "accepted" or (superseded_at is not None and d.at >= superseded_at):
            continue
        elif d.action == "accept":  # the usual decision first
            if status == "tabled":
                status = "accepted"
                accepted = d if d.revision == revision else None
        elif d.action == "table" and status == "draft":
            status = "tabled"
        elif d.action == "withdraw" and status in ("draft", "tabled"):
            status = "withdrawn"
        elif d.action == "reject" and status == "tabled":
            status = "rejected"
        elif d.action == "reinstate" and status in ("withdrawn", "rejected"):
            status = "tabled"
    if superseded_at is not None and status in ("draft", "tabled"):
        status = "superseded"
    return status, cosponsors, accepted
