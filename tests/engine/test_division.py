"""Division of the question (rule 129): an amendment's parts, and the merge of a divided acceptance."""

from __future__ import annotations

from datetime import timedelta

import pytest

from draftdesk.engine import division
from draftdesk.engine.amendments import Amendment, Op
from draftdesk.engine.instructions import numbered_text, parse_instruction
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.revision import issue_revision
from draftdesk.engine.tabled import as_tabled

from .strategies import T0, decide

DELETE_BOTH = "Delete the third preambular paragraph and operative paragraph 2."


def draft() -> Draft:
    return Draft(
        "x",
        ["T"],
        paragraphs=[
            Paragraph("p-1", "preamble", "Recalling its resolution 60/251,"),
            Paragraph("p-2", "preamble", "Recalling also its resolution 62/219,"),
            Paragraph("p-3", "preamble", "Recalling further its resolution 79/192 on working methods,"),
            Paragraph("p-4", "operative", "Takes note of the report;"),
            Paragraph("p-5", "operative", "Encourages Member States to streamline requests."),
        ],
    )


def tabled(aid: str, instruction: str, minutes: int = 0) -> Amendment:
    """An amendment as a delegation tables it in words, its record fixed against the draft."""
    text = draft().paragraphs
    parsed = enumerate(parse_instruction(instruction, text), 1)
    ops = tuple(op._replace(new_id=f"{aid}-{n}") if op.kind == "insert" else op for n, op in parsed)
    made = Amendment(aid, aid.split("-")[0], ops, T0 + timedelta(minutes=minutes), symbol=f"L.{aid[-2:]}")
    return as_tabled(made, numbered_text(text), instruction)


def test_the_parts_of_an_amendment_are_the_paragraphs_it_changes_in_the_order_it_names_them() -> None:
    both = tabled("BGR-65", DELETE_BOTH)
    assert [(p.number, p.paragraph) for p in division.parts(both)] == [(1, "p-3"), (2, "p-5")]
    assert division.listed(both) == "1 (PP3), 2 (OP2)"
    two_new = tabled(
        "MEX-66",
        "1. In operative paragraph 1, replace “Takes note of” with “Welcomes”. "
        "2. After operative paragraph 1, insert two new operative paragraphs reading:"
        "\n\nDecides to act;\n\nRequests a report;",
    )
    assert division.listed(two_new) == "1 (OP1), 2 (new after OP1), 3 (new after OP1)"


def test_a_new_paragraph_and_what_the_amendment_places_in_or_after_it_are_one_part() -> None:
    ops = (
        Op("insert", after="p-4", new_id="X-1", new_kind="operative", text="Decides:"),
        Op("insert", after="X-1", new_id="X-2", new_kind="sub-item", parent="X-1", text="to act;"),
        Op("delete", target="p-5"),
        Op("insert", after="X-1", new_id="X-4", new_kind="operative", text="Requests a report."),
    )
    amendment = Amendment("X", "X", ops, T0)
    assert [p.ops for p in division.parts(amendment)] == [(0, 1, 3), (2,)]
    assert division.adopted(amendment, (2,)).ops == (ops[2],)
    assert division.adopted(amendment, ()).ops == ops


def test_a_divided_acceptance_applies_the_parts_adopted_alone_and_the_rest_stays() -> None:
    """A/C.3/80/L.65 on A/C.3/80/L.24: divided, OP2's deletion adopted, PP3's rejected (A/RES/80/189)."""
    both = tabled("BGR-65", DELETE_BOTH)
    on_pp3 = tabled("RUS-66", "In the third preambular paragraph, replace “further” with “also”", minutes=1)
    on_op2 = tabled("USA-67", "In operative paragraph 2, replace “Encourages” with “Urges”", minutes=2)
    accepted = decide("BGR-65", "accept", 1)._replace(parts=(2,))
    neg = Negotiation(draft(), [both, on_pp3, on_op2], [accepted])
    assert [p.id for p in neg.agreed] == ["p-1", "p-2", "p-3", "p-4"]
    assert neg.state("BGR-65").status == "accepted"
    assert neg.state("RUS-66").status == "tabled"  # its paragraph was not deleted: the part was rejected
    assert neg.fall_reason("USA-67") == (
        "OP2 of Rev.0, no longer in the text: the paragraph was deleted by accepted L.65 (OP2 of Rev.0)"
    )
    assert division.as_accepted(both, neg.acceptance("BGR-65")).ops == (both.ops[1],)
    assert division.outcome(both, (2,)) == "part 2 (OP2) adopted, part 1 (PP3) rejected"


def test_a_divided_acceptance_merged_as_it_comes_is_the_merge_of_all_at_once() -> None:
    both = tabled("BGR-65", DELETE_BOTH)
    on_pp3 = tabled("RUS-66", "In the third preambular paragraph, replace “further” with “also”", minutes=1)
    accepted = decide("BGR-65", "accept", 1)._replace(parts=(1,))
    live = Negotiation(draft(), [both, on_pp3], [])
    live.add_decision(accepted)
    once = Negotiation(draft(), [both, on_pp3], [accepted])
    assert [p.id for p in live.agreed] == [p.id for p in once.agreed] == ["p-1", "p-2", "p-4", "p-5"]
    assert live.states() == once.states()
    assert live.state("RUS-66").status == "fallen"


def test_a_revision_holds_the_parts_adopted_and_the_list_cites_them_as_tabled() -> None:
    both = tabled("BGR-65", DELETE_BOTH)
    neg = Negotiation(draft(), [both], [decide("BGR-65", "accept", 1)._replace(parts=(2,))])
    revised = issue_revision(neg).draft
    assert [p.id for p in revised.paragraphs] == ["p-1", "p-2", "p-3", "p-4"]
    after = Negotiation(revised, [both], neg.decisions("BGR-65"))
    assert after.state("BGR-65").status == "accepted"
    assert after.acceptance("BGR-65").parts == (2,)
    assert [p.id for p in after.agreed] == ["p-1", "p-2", "p-3", "p-4"]


@pytest.mark.parametrize(
    ("action", "named", "decided"),
    [
        ("accept", [2], ("accept", (2,))),
        ("reject", [1], ("accept", (2,))),  # part 1 rejected: part 2 adopted
        ("accept", [1, 2], ("accept", ())),  # every part adopted: the amendment whole
        ("reject", [2, 1], ("reject", ())),  # every part rejected: rejected as a whole (rule 129)
    ],
)
def test_a_divided_vote_comes_to_one_decision(
    action: str, named: list[int], decided: tuple[str, tuple[int, ...]]
) -> None:
    assert division.divided(tabled("BGR-65", DELETE_BOTH), action, named) == decided


def test_a_part_the_amendment_lacks_or_an_amendment_of_one_part_is_refused_in_words() -> None:
    with pytest.raises(ValueError, match=r"it has parts 1 to 2 \(1 \(PP3\), 2 \(OP2\)\): no part 3"):
        division.divided(tabled("BGR-65", DELETE_BOTH), "accept", [3])
    with pytest.raises(ValueError, match="it has one part: there is nothing to divide"):
        division.divided(tabled("BGR-68", "Delete operative paragraph 2."), "accept", [1])
