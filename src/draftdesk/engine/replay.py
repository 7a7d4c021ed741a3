"""A negotiation replayed decision by decision: what each decision found, and what it left.

Status is derived from every decision in ``(at, id)`` order, so a decision stored
after another it never saw would still be folded in as if it had been taken
knowingly. Replaying shows each decision the state it was taken on, which is how
a soak or an audit checks that every stored decision was allowed where it stands.
It merges once per decision (quadratic): for checking, not for the live path.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.lifecycle import decision_key
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft
from draftdesk.engine.outputs import AmendmentState


class Step(NamedTuple):
    """One decision with its amendment's state just before and just after it."""

    decision: Decision
    before: AmendmentState
    after: AmendmentState


def replay(
    texts: Sequence[Draft], amendments: Sequence[Amendment], decisions: Sequence[Decision]
) -> Iterator[Step]:
    """Every decision on a known amendment, in the order the merge folds them, each on the state of
    the amendments created before it and the decisions before it, over the base text it was taken
    on: ``texts`` are the draft's base texts, the founding one first (``texts[n]`` is Rev.n)."""
    ordered = sorted(decisions, key=decision_key)
    for n, decision in enumerate(ordered):
        earlier = [a for a in amendments if a.created < decision.at]
        if decision.amendment not in {a.id for a in earlier}:
            continue  # waits for its amendment: it changes nothing yet
        draft = texts[decision.revision]
        before = Negotiation(draft, earlier, ordered[:n]).state(decision.amendment)
        after = Negotiation(draft, earlier, ordered[: n + 1]).state(decision.amendment)
        yield Step(decision, before, after)
