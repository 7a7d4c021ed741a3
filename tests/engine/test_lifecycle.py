"""Status folded from decisions: order of reading never matters, acceptance is final."""

from __future__ import annotations

from datetime import timedelta

from draftdesk.engine.lifecycle import base_state, tabled_at

from .strategies import T0, decide, modify

AMENDMENT = modify("UNDP-1", "p-1", "note", "welcome")


def test_decisions_are_read_in_time_order_whatever_order_they_come_in() -> None:
    decisions = [decide("UNDP-1", "reinstate", 3), decide("UNDP-1", "withdraw", 1, by="UNDP")]
    assert base_state(AMENDMENT, decisions, 0).status == "tabled"
    assert base_state(AMENDMENT, decisions[1:], 0).status == "withdrawn"


def test_acceptance_is_final_and_keyed_only_in_its_revision() -> None:
    decisions = [decide("UNDP-1", "accept", 1), decide("UNDP-1", "reject", 2)]
    state = base_state(AMENDMENT, decisions, 0)
    assert state.status == "accepted"
    assert state.accepted_key == (decisions[0].at, decisions[0].id)
    assert base_state(AMENDMENT, decisions, 1).accepted_key is None


def test_cosponsors_join_once_and_never_the_author() -> None:
    decisions = [
        decide("UNDP-1", "cosponsor", n, by=org) for n, org in enumerate(["OSCE", "OSCE", "UNDP", "RCC"])
    ]
    assert base_state(AMENDMENT, decisions, 0).cosponsors == ("OSCE", "RCC")


def test_decisions_after_a_superseding_amendment_is_tabled_are_ignored() -> None:
    late_accept = [decide("UNDP-1", "accept", 10)]
    assert base_state(AMENDMENT, late_accept, 0, superseded_at=T0 + timedelta(hours=1)).status == "superseded"
    assert tabled_at(AMENDMENT, []) == AMENDMENT.created
