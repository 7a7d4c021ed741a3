"""Random acts by several processes at once: every success reported is what the folder then says.

Five processes (the chair at two terminals and three delegations) each take seeded
random acts at the same moment, drawn from every act there is: the chair accepts,
rejects, reinstates, rules on the voting order, issues a revision, adds an
organization and registers a delegation's new key; delegations table, withdraw,
co-sponsor and revise their amendments. Afterwards the folder is read as a user's
next command reads it: every file written is believed, every reported success is
stored, and the decisions, replayed in the ``(at, id)`` order the merge uses on the
base text each was taken on, were each allowed on the state before them and left
their amendment as the process was told.
"""

from __future__ import annotations

import multiprocessing
import random
from collections.abc import Callable
from pathlib import Path

import pytest

from draftdesk import services
from draftdesk.engine.amendments import ORDER, Amendment
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.replay import replay
from draftdesk.engine.user_ops import find, modify_op
from draftdesk.services.deciding import ALLOWED
from draftdesk.storage import keystore

from .helpers import reword

ACTORS = ("SEECF", "SEECF", "UNDP", "OSCE", "RCC")
CHAIR_ACTS = ("accept", "accept", "reject", "reinstate", ORDER, "issue", "add-org", "register")
DELEGATE_ACTS = ("withdraw", "table", "cosponsor", "revise")
PENDING = ("draft", "tabled")
"""What an amendment may be revised in (and, as far as the chair sees, ruled on: the ruling checks)."""
RESULT = {"accept": "accepted", "reject": "rejected", "withdraw": "withdrawn", "reinstate": "tabled"}
NEW_ORGS = ("ITU", "WHO")
NOT_DECISIONS = ("issue", "add-org", "register", "revise")
Told = tuple[str, str, str]
"""A success as the process was told it: (act, what it made: an id, a code or a key, what it says)."""


def seen(neg: Negotiation, action: str, whose: Callable[[Amendment], bool], rng: random.Random) -> str:
    """An amendment ``action`` may be taken on as far as the actor sees (its own, or others' to
    co-sponsor): the state may change before the act takes the lock, as it does in a meeting."""
    states = neg.states()
    fits = [a.id for a in neg.amendments.values() if whose(a)]
    return rng.choice(sorted(a for a in fits if states[a].status in ALLOWED.get(action, PENDING)) or fits)


def chair_act(folder: Path, action: str, rng: random.Random) -> Told:
    neg = services.negotiation(folder)
    if action == "issue":
        return action, str(services.issue_revision(folder, "SEECF").draft.revision), ""
    if action == "add-org":
        code = rng.choice(NEW_ORGS)
        return action, services.add_org(folder, "SEECF", code, f"Org {code}").code, ""
    if action == "register":
        org = rng.choice(ACTORS[2:])
        return action, services.register_key(folder, "SEECF", org, keystore.new_key(org).public), org
    aid = seen(neg, action, lambda _: True, rng)
    if action == ORDER:  # two amendments the chair sees competing
        first, then = rng.sample(
            rng.choice([g for g in neg.competing_groups() if len(g) > 1] or [[aid, aid]]), 2
        )
        return action, services.order(folder, "SEECF", first, then, "asked to").id, "tabled"
    taken = services.take(folder, "SEECF", aid, action)
    return action, taken.decision.id, taken.after.state(aid).status


def delegate_act(folder: Path, actor: str, action: str, rng: random.Random) -> Told:
    neg = services.negotiation(folder)
    aid = seen(neg, action, lambda a: (a.author == actor) != (action == "cosponsor"), rng)
    if action == "revise":
        paragraph = find(neg.agreed, neg.label(neg.amendments[aid].targets[0]))
        op = modify_op(paragraph, f"{paragraph.text} ({actor} {rng.random():.4f})")
        return action, services.propose(folder, actor, [op], supersedes=aid).id, "tabled"
    taken = services.take(folder, actor, aid, action)
    return action, taken.decision.id, taken.after.state(aid).status


def act(folder: Path, actor: str, seed: int, terminal: int, start: object) -> list[Told]:
    """``actor``'s acts, each of its kinds once in a random order (the chair's shared between its two
    terminals); each success as it was told."""
    rng = random.Random(seed)
    if actor == "SEECF":
        plan = random.Random(seed // 10).sample(CHAIR_ACTS, len(CHAIR_ACTS))[terminal :: ACTORS.count(actor)]
    else:
        plan = rng.sample(DELEGATE_ACTS, len(DELEGATE_ACTS))
    start.wait()  # type: ignore[attr-defined]
    done = []
    for action in plan:
        try:
            if actor == "SEECF":
                done.append(chair_act(folder, action, rng))
            else:
                done.append(delegate_act(folder, actor, action, rng))
        except services.ServiceError:
            pass  # refused in one line, as the race it lost says: nothing stored (checked below)
    return done


@pytest.mark.parametrize("seed", [1, 2])
def test_concurrent_acts_are_each_checked_against_what_was_there(folder: Path, seed: int) -> None:
    first = reword(folder, "UNDP", "OP5", "Recognize the RCC", "Welcome the RCC")
    reword(folder, "OSCE", "OP5", "Recognize the RCC", "Note the RCC")
    reword(folder, "RCC", "OP5", "Recognize", "Acknowledge", table=False)
    reword(folder, "OSCE", "OP6", "Welcome", "Note")
    reword(folder, "UNDP", "OP6", "Welcome", "Hail")
    reword(folder, "RCC", "OP7", "Encourage", "Urge")
    reword(folder, "UNDP", "OP2", "ultimate", "first")
    agreed = reword(folder, "UNDP", "OP3", "Aware", "Conscious")
    before = {
        services.decide(folder, "SEECF", aid, action).id
        for aid, action in ((agreed.id, "accept"), (first.id, "reject"))
    }
    context = multiprocessing.get_context("fork")
    start = context.Manager().Barrier(len(ACTORS))
    with context.Pool(len(ACTORS)) as pool:
        results = pool.starmap(
            act, [(folder, a, seed * 10 + n, ACTORS[:n].count(a), start) for n, a in enumerate(ACTORS)]
        )
    told = [success for batch in results for success in batch]
    assert len(told) >= len(DELEGATE_ACTS), "too few acts succeeded to test anything"
    by_act = {kind: [(made, said) for k, made, said in told if k == kind] for kind in {k for k, _, _ in told}}

    stored, trusted = services.believing(folder)
    assert (trusted.rejected, trusted.carried, trusted.disputed, stored.skipped) == ([], [], {}, ())
    revisions = [text.draft.revision for text in trusted.revisions]
    assert revisions == list(range(len(stored.revisions)))  # one chain: no revision issued twice
    assert sorted(int(n) for n, _ in by_act.get("issue", [])) == revisions[1:]
    codes = [code for code, _ in by_act.get("add-org", [])]
    assert len(codes) == len(set(codes)) and set(codes) <= {org.code for org in trusted.draft.orgs}
    for key, org in by_act.get("register", []):
        assert any(r.org == org and r.key == key for r in stored.registrations)
        assert trusted.keys[org] <= {k for k, o in by_act["register"] if o == org}

    amendments, decisions = trusted.amendments, trusted.decisions
    told_decisions = {made: said for kind, made, said in told if kind not in NOT_DECISIONS}
    assert {d.id for d in decisions} == {*told_decisions, *before}
    assert {made for made, _ in by_act.get("revise", [])} <= {a.id for a in amendments}
    texts = [text.draft for text in trusted.revisions]
    for step in replay(texts, amendments, decisions):
        decision = step.decision
        assert step.before.status in ALLOWED.get(decision.action, ("tabled",)), step
        if decision.action == "cosponsor":
            assert decision.by not in step.before.cosponsors
        if decision.action in RESULT and decision.id in told_decisions:
            assert step.after.status == told_decisions[decision.id], step
