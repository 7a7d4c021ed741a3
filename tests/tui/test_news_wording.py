"""The room's toasts name who did what to which paragraph, for every kind of amendment and act."""

from __future__ import annotations

from datetime import timedelta

import pytest

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.title import TITLE_ID
from draftdesk.tui.news import news

from . import fixture

OP2, OP3, OP5 = "p-0005", "p-0006", "p-0010"
TITLE = " ".join(fixture.draft().title)


def one(op: Op, **record: object) -> Amendment:
    return Amendment("X-1", "OSCE", (op,), fixture.T0, **record)  # type: ignore[arg-type]


AWARE = fixture.draft().paragraphs[5].text
KINDS = {
    "modify": (
        fixture.modify("X-1", "OSCE", OP3, AWARE, AWARE.replace("Aware", "Mindful"), 5),
        "amendment to OP3",
    ),
    "insert": (
        one(Op("insert", after=OP2, new_id="X-1-1", new_kind="operative", text="New.")),
        "new paragraph after OP2",
    ),
    "delete": (one(Op("delete", target=OP3, base_text=AWARE)), "deletion of OP3"),
    "move": (
        one(Op("move", target=OP5, after=OP2), cited=((OP5, "OP5"), (OP2, "OP2"))),
        "move of OP5 to after OP2",
    ),
    "title": (
        fixture.modify("X-1", "OSCE", TITLE_ID, TITLE, TITLE.replace("ANNUAL", "YEARLY"), 5),
        "amendment to the title",
    ),
}


def negotiation(amendments: list[Amendment], decisions: list[Decision]) -> Negotiation:
    return Negotiation(
        fixture.draft(), [*fixture.amendments(), *amendments], [*fixture.decisions(), *decisions]
    )


def act(action: str, by: str, minute: int = 40, aid: str = "X-1") -> Decision:
    return Decision(f"{by}-{minute}", aid, action, by, fixture.T0 + timedelta(minutes=minute))  # type: ignore[arg-type]


def told(
    amendments: list[Amendment],
    before: list[Decision],
    after: list[Decision],
    arriving: tuple[Amendment, ...] = (),
) -> list[str]:
    """What a viewer who sees every amendment is told when ``after`` follows ``before`` and the
    ``arriving`` amendments are tabled."""
    was = negotiation(amendments, before).states()
    now = negotiation([*amendments, *arriving], [*before, *after])
    return news(dict(was), now, set(now.amendments))


@pytest.mark.parametrize("kind", list(KINDS))
def test_each_act_names_who_did_what_to_which_paragraph(kind: str) -> None:
    amendment, what = KINDS[kind]
    assert told([amendment], [], [act("withdraw", "OSCE")]) == [f"OSCE withdrew its {what} (X-1)"]
    assert told([amendment], [], [act("accept", "SEECF")])[0] == f"SEECF accepted OSCE's {what} (X-1)"
    assert told([amendment], [], [act("reject", "SEECF")]) == [f"SEECF rejected OSCE's {what} (X-1)"]
    assert told([amendment], [], [act("cosponsor", "RCC")]) == [f"RCC co-sponsored OSCE's {what} (X-1)"]
    withdrawn = [act("withdraw", "OSCE")]
    assert told([amendment], withdrawn, [act("reinstate", "SEECF", 50)]) == [
        f"SEECF reinstated OSCE's {what} (X-1)"
    ]


def test_tabling_and_revising_name_the_paragraph_once() -> None:
    amendment, _ = KINDS["insert"]
    assert told([], [], [], (amendment,)) == ["OSCE tabled a new paragraph after OP2 (X-1)"]
    delete, _ = KINDS["delete"]
    revision = Amendment("X-2", "OSCE", delete.ops, fixture.T0 + timedelta(minutes=9), supersedes="X-1")
    assert told([delete], [], [], (revision,)) == ["OSCE revised its deletion of OP3 (X-2)"]


def test_a_symbol_cites_it_and_an_accepted_deletion_keeps_the_number_it_was_tabled_under() -> None:
    delete, _ = KINDS["delete"]
    tabled = Amendment("X-1", "OSCE", delete.ops, fixture.T0, symbol="A/80/L.9", cited=((OP3, "OP3"),))
    assert told([tabled], [], [act("accept", "SEECF")]) == [
        "SEECF accepted OSCE's deletion of OP3 (A/80/L.9)"
    ]


def test_an_amendment_of_many_changes_names_three_paragraphs_and_counts_the_rest() -> None:
    paragraphs = fixture.draft().paragraphs
    ops = tuple(Op("delete", target=p.id, base_text=p.text) for p in paragraphs if p.kind == "preamble")
    ops += tuple(Op("delete", target=p.id, base_text=p.text) for p in paragraphs if p.kind == "operative")
    many = Amendment("X-1", "USA", ops, fixture.T0)
    assert told([many], [], [act("withdraw", "USA")]) == [
        "USA withdrew its amendment to PP1, PP2, OP1 and 4 more (X-1)"
    ]
    assert told([Amendment("X-1", "USA", ops[:2], fixture.T0)], [], [act("withdraw", "USA")]) == [
        "USA withdrew its amendment to PP1 and PP2 (X-1)"
    ]


def test_a_competitor_that_falls_is_named_with_its_paragraph() -> None:
    assert told([], [], [act("accept", "SEECF", aid="OSCE-0001")]) == [
        "SEECF accepted OSCE's amendment to OP4 (OSCE-0001)",
        "UNDP's amendment to OP4 fell (UNDP-0001): OP4: “note” was changed by accepted OSCE-0001",
    ]


def test_the_decision_is_told_before_what_fell_with_it_whatever_their_voting_order() -> None:
    accepted, fell = told([], [], [act("accept", "SEECF", aid="UNDP-0001")])  # OSCE's is voted first
    assert accepted == "SEECF accepted UNDP's amendment to OP4 (UNDP-0001)"
    assert fell.startswith("OSCE's amendment to OP4 fell (OSCE-0001)")
