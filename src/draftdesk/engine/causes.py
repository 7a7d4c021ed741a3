"""Which act has just left an amendment where it is: the words for a request that lost a race.

Two delegations act at the same moment; the services let them take turns, and the
second one's request no longer fits ("accept OSCE-…" when OSCE-… has just fallen).
Its user saw a state where the request made sense, so the refusal names what
changed it, and when.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

from draftdesk.engine.amendments import ACTIONS, Decision
from draftdesk.engine.merge import Negotiation

PAST = {
    "table": "tabled",
    "withdraw": "withdrawn",
    "cosponsor": "co-sponsored",
    "accept": "accepted",
    "reject": "rejected",
    "reinstate": "reinstated",
}
assert PAST.keys() == set(ACTIONS)

RECENT = timedelta(minutes=2)
"""Within this, an act is "a moment ago": one the user cannot have seen before asking."""

CHANGES_STATUS = frozenset(("table", "withdraw", "accept", "reject", "reinstate"))


def just_now(neg: Negotiation, aid: str, decisions: Iterable[Decision], now: datetime) -> str:
    """ "OSCE-… fell when UNDP-… was accepted a moment ago", or "" when no recent act explains the status.

    ``decisions`` are those ``neg`` was merged from. A fallen amendment is explained by the latest
    acceptance of an amendment touching one of the same paragraphs; any other status by the
    latest decision on the amendment itself.
    """
    status = neg.state(aid).status
    targets = set(neg.amendments[aid].targets)
    if status == "fallen":
        causes = [
            d
            for d in decisions
            if d.action == "accept"
            and d.amendment != aid
            and d.amendment in neg.amendments
            and targets & set(neg.amendments[d.amendment].targets)
        ]
    else:
        causes = [d for d in decisions if d.amendment == aid and d.action in CHANGES_STATUS]
    if not causes:
        return ""
    cause = max(causes, key=lambda d: (d.at, d.id))
    if now - cause.at > RECENT:
        return ""
    if status == "fallen":
        return f"{aid} fell when {cause.amendment} was accepted a moment ago"
    return f"{aid} was {PAST[cause.action]} by {cause.by} a moment ago"
