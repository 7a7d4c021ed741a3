"""Random acts by several processes at once: every success reported is what the folder then says.

Four processes (the chair and three delegations) each take seeded random acts on
competing amendments at the same moment: accept, reject, reinstate, withdraw,
table, co-sponsor, revise (a new version superseding one's own). Afterwards the
folder is replayed decision by decision, in the ``(at, id)`` order the merge uses:
each stored decision must have been allowed on the state before it, must be one a
process was told succeeded (and each success must be stored), and must leave its
amendment as that process was told.
"""

from __future__ import annotations

import multiprocessing
import random
from pathlib import Path

import pytest

from draftdesk import services
from draftdesk.engine.replay import replay
from draftdesk.engine.user_ops import find, modify_op
from draftdesk.storage import load

from .helpers import reword

ACTORS = ("SEECF", "UNDP", "OSCE", "RCC")
ACTS_EACH = 5
ALLOWED = {
    "table": {"draft"},
    "withdraw": {"draft", "tabled"},
    "cosponsor": {"tabled"},
    "reinstate": {"withdrawn", "rejected"},
    "accept": {"tabled"},
    "reject": {"tabled"},
}
RESULT = {"accept": "accepted", "reject": "rejected", "withdraw": "withdrawn", "reinstate": "tabled"}


def act(folder: Path, actor: str, seed: int, start: object) -> list[tuple[str, str, str]]:
    """``actor``'s random acts; each success as (kind, id of what was stored, status it was told)."""
    rng = random.Random(seed)
    start.wait()  # type: ignore[attr-defined]
    done = []
    for _ in range(ACTS_EACH):
        neg = services.negotiation(folder)
        aid = rng.choice(sorted(neg.amendments))
        try:
            if actor == "SEECF":  # the chair takes up what it sees pending, as chairs do
                action = rng.choice(("accept", "accept", "reject", "reinstate"))
                seen = [a for a, s in neg.states().items() if s.status in ALLOWED[action]]
                aid = rng.choice(sorted(seen) or [aid])
            else:
                action = rng.choice(("withdraw", "table", "cosponsor", "revise"))
            if action == "revise":
                old = neg.amendments[aid]
                paragraph = find(neg.agreed, neg.label(old.targets[0]))
                op = modify_op(paragraph, f"{paragraph.text} ({actor} {rng.random():.4f})")
                new = services.propose(folder, actor, [op], supersedes=aid)
                done.append(("revise", new.id, "tabled"))
            else:
                taken = services.take(folder, actor, aid, action)
                done.append((action, taken.decision.id, taken.after.state(aid).status))
        except services.ServiceError:
            pass
    return done


@pytest.mark.parametrize("seed", [1, 2])
def test_concurrent_acts_are_each_checked_against_what_was_there(folder: Path, seed: int) -> None:
    first = reword(folder, "UNDP", "OP5", "Recognize the RCC", "Welcome the RCC")
    reword(folder, "OSCE", "OP5", "Recognize the RCC", "Note the RCC")
    reword(folder, "RCC", "OP5", "Recognize", "Acknowledge", table=False)
    reword(folder, "OSCE", "OP6", "Welcome", "Note")
    rejected = services.decide(folder, "SEECF", first.id, "reject")
    context = multiprocessing.get_context("fork")
    start = context.Manager().Barrier(len(ACTORS))
    with context.Pool(len(ACTORS)) as pool:
        results = pool.starmap(act, [(folder, a, seed * 10 + n, start) for n, a in enumerate(ACTORS)])
    told = {stored_id: (kind, status) for batch in results for kind, stored_id, status in batch}
    assert len(told) >= ACTS_EACH, "too few acts succeeded to test anything"

    stored = load(folder)  # with the private draft and what its author did to it, kept aside
    shared = {a.id for a in stored.amendments}
    amendments = [*stored.amendments, *(a for a in stored.private_amendments if a.id not in shared)]
    decisions = [*stored.decisions, *stored.private_decisions]
    told_decisions = {i for i, (kind, _) in told.items() if kind != "revise"}
    assert {d.id for d in decisions} == told_decisions | {rejected.id}
    assert {i for i, (kind, _) in told.items() if kind == "revise"} <= {a.id for a in amendments}

    for step in replay(stored.draft, amendments, decisions):
        decision = step.decision
        assert step.before.status in ALLOWED[decision.action], step
        if decision.action == "cosponsor":
            assert decision.by not in step.before.cosponsors
        if decision.id in told and decision.action in RESULT:
            assert step.after.status == told[decision.id][1], step
