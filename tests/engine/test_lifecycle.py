"""Status folded from decisions: order of reading never matters, acceptance is final."""

from __future__ import annotations

from datetime import timedelta

from draftdesk.engine.lifecycle import fold, tabled_at

from .strategies import T0, decide, modify

AMENDMENT = modify("UNDP-1", "p-1", "note", "welcome")


def test_decisions_are_read_in_time_order_whatever_order_they_come_in() -> None:
    decisions = [decide("UNDP-1", "reinstate", 3), decide("UNDP-1", "withdraw", 1, by="UNDP")]
    assert fold(AMENDMENT, decisions, 0)[0] == "tabled"
    assert fold(AMENDMENT, decisions[1:], 0)[0] == "withdrawn"


def test_acceptance_is_final_and_keyed_only_in_its_revision() -> None:
    decisions = [decide("UNDP-1", "accept", 1), decide("UNDP-1", "reject", 2)]
    status, _, acceptance = fold(AMENDMENT, decisions, 0)
    assert status == "accepted"
    assert acceptance == decisions[0]
    assert fold(AMENDMENT, decisions, 1)[:2] == ("accepted", ())
    assert fold(AMENDMENT, decisions, 1)[2] is None


def test_cosponsors_join_once_and_never_the_author() -> None:
    decisions = [
        decide("UNDP-1", "cosponsor", n, by=org) for n, org in enumerate(["OSCE", "OSCE", "UNDP", "RCC"])
    ]
    assert fold(AMENDMENT, decisions, 0)[1] == ("OSCE", "RCC")


def test_decisions_after_a_superseding_amendment_is_tabled_are_ignored() -> None:
    late_accept = [decide("UNDP-1", "accept", 10)]
    assert fold(AMENDMENT, late_accept, 0, superseded_at=T0 + timedelta(hours=1))[0] == "superseded"
    assert tabled_at(AMENDMENT, []) == AMENDMENT.created
