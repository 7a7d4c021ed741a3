"""Merge properties: reading order, runs cover the text, applied once, incremental == full."""

from __future__ import annotations

from datetime import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph

from .strategies import negotiations

SETTINGS = settings(max_examples=100, deadline=None)


def snapshot(neg: Negotiation) -> tuple:
    agreed = neg.agreed
    neg.competing_groups()  # computed before the states, as a caller may
    return (
        agreed,
        {p.id: neg.runs(p.id) for p in agreed},
        neg.states(),
        {aid: neg.fall_reason(aid) for aid in neg.states()},
        neg.competing_groups(),
        neg.pending(),
        neg.numbers(),
    )


@SETTINGS
@given(negotiations(), st.randoms(use_true_random=False))
def test_result_does_not_depend_on_reading_order(case, rnd) -> None:
    draft, amendments, decisions = case
    shuffled_a, shuffled_d = list(amendments), list(decisions)
    rnd.shuffle(shuffled_a)
    rnd.shuffle(shuffled_d)
    assert snapshot(Negotiation(draft, amendments, decisions)) == snapshot(
        Negotiation(draft, shuffled_a, shuffled_d)
    )


@SETTINGS
@given(negotiations())
def test_runs_concatenate_to_the_agreed_text(case) -> None:
    neg = Negotiation(*case)
    for paragraph in neg.agreed:
        assert "".join(run.text for run in neg.runs(paragraph.id)) == paragraph.text
    assert len({p.id for p in neg.agreed}) == len(neg.agreed)
    assert set(neg.states()) == {a.id for a in case[1]}  # never dropped silently


@SETTINGS
@given(negotiations())
def test_an_amendment_never_applies_twice(case) -> None:
    draft, amendments, decisions = case
    again = [d._replace(id=d.id + "-again") for d in decisions if d.action == "accept"]
    assert (
        snapshot(Negotiation(draft, amendments, decisions))[:2]
        == snapshot(Negotiation(draft, amendments, decisions + again))[:2]
    )


@SETTINGS
@given(negotiations(), st.randoms(use_true_random=False))
def test_incremental_equals_full_recomputation(case, rnd) -> None:
    draft, amendments, decisions = case
    neg = Negotiation(draft, [], [])
    events = [("a", a) for a in amendments] + [
        ("d", d) for d in sorted(decisions, key=lambda d: (d.at, d.id))
    ]
    if rnd.random() < 0.5:
        rnd.shuffle(events)
    for kind, item in events:
        touched = neg.add_amendment(item) if kind == "a" else neg.add_decision(item)
        assert isinstance(touched, set)
        if rnd.random() < 0.5:
            neg.states()  # states re-derived piecemeal along the way must end up right
    assert snapshot(neg) == snapshot(Negotiation(draft, amendments, decisions))


def test_an_acceptance_that_fell_on_its_own_change_names_no_later_acceptance() -> None:
    """Found by the property above: an amendment changing the same words twice is accepted and
    falls on its second change; a later acceptance on the paragraph is not why, read now or replayed."""
    twice = "@@ -1,9 +1,4 @@\n note\n- note\n"
    draft = Draft(slug="t", title=["T"], paragraphs=[Paragraph("p-1", "operative", "note note")])
    change = Op(kind="modify", target="p-1", base_text="note note", patch=twice)
    amendments = [
        Amendment(id="UNDP-1", author="UNDP", ops=(change, change), created=datetime(2026, 11, 28, 9)),
        Amendment(id="OSCE-1", author="OSCE", ops=(change,), created=datetime(2026, 11, 28, 9, 1)),
    ]
    decisions = [
        Decision(id=f"D-{n}", amendment=aid, action="accept", by="CHAIR", at=datetime(2026, 11, 28, 10, n))
        for n, aid in enumerate(["UNDP-1", "OSCE-1"])
    ]
    live = Negotiation(draft, [], [])
    for item in [*amendments, *decisions]:
        live.add_amendment(item) if isinstance(item, Amendment) else live.add_decision(item)
    replayed = Negotiation(draft, amendments, decisions)
    assert (replayed.state("UNDP-1").status, replayed.fall_reason("UNDP-1")) == (
        "fallen",
        "OP1: “note” was changed since",
    )
    assert snapshot(live) == snapshot(Negotiation(draft, amendments, decisions))
