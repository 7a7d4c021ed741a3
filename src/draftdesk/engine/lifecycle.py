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
from typing import NamedTuple

from draftdesk.engine.amendments import Amendment, Decision, Status
from draftdesk.engine.results import from_fields

DecisionKey = tuple[datetime, str]


def decision_key(decision: Decision) -> DecisionKey:
    return (decision.at, decision.id)


class BaseState(NamedTuple):
    """``accepted_key`` orders the acceptances that change the current revision's text (None: no change).

    A named tuple, not a dataclass: one is built for every amendment of every merge.
    """

    status: Status
    cosponsors: tuple[str, ...]
    accepted_key: DecisionKey | None = None


_base_state = from_fields(BaseState)

_UNDECIDED: dict[bool, BaseState] = {False: BaseState("tabled", ()), True: BaseState("draft", ())}
"""A public or private amendment's state with no decision and no co-sponsor yet: one shared instance each."""


def undecided(amendment: Amendment) -> BaseState:
    """The state of an amendment no decision concerns and none supersedes: most of a merge's amendments."""
    if amendment.cosponsors:
        return BaseState("draft" if amendment.private else "tabled", tuple(amendment.cosponsors))
    return _UNDECIDED[amendment.private]


def tabled_at(amendment: Amendment, decisions: Iterable[Decision]) -> datetime | None:
    """When an amendment was tabled: at creation unless private, else at its first ``table`` decision."""
    if not amendment.private:
        return amendment.created
    times = [d.at for d in decisions if d.action == "table"]
    return min(times) if times else None


def base_state(
    amendment: Amendment,
    decisions: Collection[Decision],
    revision: int,
    superseded_at: datetime | None = None,
) -> BaseState:
    """Fold an amendment's decisions (any order) into its status and co-sponsors."""
    if not decisions and superseded_at is None:  # nothing to fold
        return undecided(amendment)
    status: Status = "draft" if amendment.private else "tabled"
    cosponsors = tuple(amendment.cosponsors)
    key: DecisionKey | None = None
    for d in sorted(decisions, key=decision_key) if len(decisions) > 1 else decisions:
        if d.action == "cosponsor":
            if d.by not in cosponsors and d.by != amendment.author:
                cosponsors += (d.by,)
        elif status == "accepted" or (superseded_at is not None and d.at >= superseded_at):
            continue
        elif d.action == "accept":  # the usual decision first
            if status == "tabled":
                status = "accepted"
                key = decision_key(d) if d.revision == revision else None
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
    return _base_state((status, cosponsors, key))
