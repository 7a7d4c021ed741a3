"""Ops built from what a user typed land where the user meant, once the engine applies them."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.instructions.writing import written_form
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Paragraph
from draftdesk.engine.numbering import labels
from draftdesk.engine.user_ops import DraftingError, delete_ops, find, insert_op, modify_op, move_op
from draftdesk.engine.views import render

from .strategies import T0

PARAGRAPHS = [
    Paragraph("p-1", "heading", "CONCLUSIONS"),
    Paragraph("p-2", "preamble", "Under the auspices of the Chair,"),
    Paragraph("p-3", "preamble", "Considering the positions expressed,"),
    Paragraph("p-4", "text", "Agreed upon the following:"),
    Paragraph("p-5", "operative", "Note the progress made."),
    Paragraph("p-6", "operative", "Recognise the regional dimension:"),
    Paragraph("p-7", "sub-item", "integrity building;", parent="p-6"),
    Paragraph("p-8", "sub-item", "cyber security;", parent="p-6"),
    Paragraph("p-9", "sub-item", "organised crime.", parent="p-6"),
    Paragraph("p-10", "operative", "Welcome the readiness of RACVIAC."),
    Paragraph("p-11", "closing", "Belgrade, 2 December 2011"),
]


def applied(ops: Sequence[Op], paragraphs: Sequence[Paragraph] = PARAGRAPHS) -> list[tuple[str, str, str]]:
    """(label, id, text) of the agreed text after the chair accepts one amendment made of ``ops``."""
    ops = [op._replace(new_id=f"A-{n}") if op.kind == "insert" else op for n, op in enumerate(ops, 1)]
    amendment = Amendment("A", "UNDP", tuple(ops), T0)
    accept = Decision("D", "A", "accept", "CHAIR", T0)
    neg = Negotiation(Draft("t", ["T"], paragraphs=list(paragraphs)), [amendment], [accept])
    assert neg.state("A").status == "accepted", neg.fall_reason("A")
    names = labels(neg.agreed)
    return [(names.get(p.id, "-"), p.id, p.text) for p in neg.agreed]


def labelled(ops: Sequence[Op]) -> dict[str, str]:
    return {pid: label for label, pid, _ in applied(ops)}


def test_modify_records_the_agreed_wording_and_reaches_the_new_one() -> None:
    op = modify_op(PARAGRAPHS[4], "Welcome the progress made.  \n")
    assert (op.kind, op.target, op.base_text) == ("modify", "p-5", "Note the progress made.")
    assert ("OP1", "p-5", "Welcome the progress made.") in applied([op])


@pytest.mark.parametrize("text", ["Note the progress made.", "   "])
def test_modify_refuses_no_change_and_empty_wording(text: str) -> None:
    with pytest.raises(DraftingError):
        modify_op(PARAGRAPHS[4], text)


@pytest.mark.parametrize(
    ("raw", "typed", "expected"),
    [
        ("areas and *inter alia*:", "fields and inter alia, notably:", "fields and *inter alia*, notably:"),
        (
            "the *Treptower Group* with a role[^2] on",
            "the Treptower Group with a key role2 on",
            "the *Treptower Group* with a key role[^2] on",
        ),
        ("*inter alia* more", "among others more", "*among others* more"),
        ("*inter alia* more", "*among others* more", "*among others* more"),  # typed markup wins
    ],
)
def test_a_wording_typed_without_markup_keeps_the_paragraphs_markup(
    raw: str, typed: str, expected: str
) -> None:
    paragraph = Paragraph("p-5", "operative", raw)
    assert ("OP1", "p-5", expected) in applied([modify_op(paragraph, typed)], [paragraph])


def test_find_accepts_addresses_and_ids_and_says_what_is_missing() -> None:
    assert find(PARAGRAPHS, "OP2(b)").id == "p-8"
    assert find(PARAGRAPHS, "the second preambular paragraph").id == "p-3"
    assert find(PARAGRAPHS, "p-10").id == "p-10"
    with pytest.raises(DraftingError, match="no paragraph OP9"):
        find(PARAGRAPHS, "OP9")


def test_insert_takes_the_anchor_kind_and_renumbers_what_follows() -> None:
    op = insert_op(PARAGRAPHS, "OP1", "Stress the role of the RCC.")
    assert (op.new_kind, op.after, op.new_id) == ("operative", "p-5", "")
    result = labelled([op])
    assert (result["A-1"], result["p-6"], result["p-8"], result["p-10"]) == ("OP2", "OP3", "OP3(b)", "OP4")


def test_insert_after_a_lead_in_takes_the_next_numbered_kind_and_start_means_first() -> None:
    assert insert_op(PARAGRAPHS, "p-4", "New first conclusion.").new_kind == "operative"
    first = insert_op(PARAGRAPHS, "start", "Recalling the Charter,")
    assert (first.after, first.new_kind) == ("", "preamble")
    assert applied([first])[0][:2] == ("PP1", "A-1")


def test_insert_preambular_spelling_is_the_preamble_kind() -> None:
    op = insert_op(PARAGRAPHS, "PP2", "Recalling the Charter,", kind="preambular")
    assert op.new_kind == "preamble"
    assert labelled([op])["A-1"] == "PP3"


def test_sub_items_go_first_after_their_paragraph_or_next_to_a_sibling() -> None:
    first = insert_op(PARAGRAPHS, "OP2", "transparency;", kind="sub-item")
    assert (first.parent, first.after) == ("p-6", "p-6")
    assert labelled([first])["A-1"] == "OP2(a)"
    sibling = insert_op(PARAGRAPHS, "OP2(b)", "migration;")
    assert (sibling.new_kind, sibling.parent) == ("sub-item", "p-6")
    result = labelled([sibling])
    assert (result["A-1"], result["p-9"]) == ("OP2(c)", "OP2(d)")


def test_a_nested_sub_item_names_its_parent() -> None:
    op = insert_op(PARAGRAPHS, "OP2(b)", "cyber defence;", kind="sub-item", parent="OP2(b)")
    assert labelled([op])["A-1"] == "OP2(b)(i)"


def test_an_operative_paragraph_after_a_sub_item_goes_after_the_whole_block() -> None:
    op = insert_op(PARAGRAPHS, "OP2(a)", "Stress the role of the RCC.", kind="operative")
    assert op.after == "p-6"
    result = labelled([op])
    assert (result["p-9"], result["A-1"], result["p-10"]) == ("OP2(c)", "OP3", "OP4")


@pytest.mark.parametrize(
    ("after", "kind", "parent", "message"),
    [
        ("OP1", "amendment", "", "unknown paragraph kind"),
        ("PP1", "sub-item", "", "belongs to an operative paragraph"),
        ("start", "sub-item", "", "goes after an operative paragraph"),
        ("OP1", "sub-item", "OP2", "must follow OP2 or one of its sub-items"),
        ("OP1", "operative", "OP2", "only a sub-item has a parent"),
        ("OP12", "", "", "no paragraph OP12"),
    ],
)
def test_insert_refusals_say_why(after: str, kind: str, parent: str, message: str) -> None:
    with pytest.raises(DraftingError, match=message):
        insert_op(PARAGRAPHS, after, "Some text.", kind=kind, parent=parent)


def test_insert_refuses_an_empty_paragraph() -> None:
    with pytest.raises(DraftingError, match="no text"):
        insert_op(PARAGRAPHS, "OP1", "  ")


def test_deleting_a_paragraph_takes_its_sub_items_and_lists_them_once() -> None:
    ops = delete_ops(PARAGRAPHS, ["OP2(a)", "OP2", "PP1", "OP2"])
    assert [(op.target, op.base_text) for op in ops] == [
        ("p-6", PARAGRAPHS[5].text),
        ("p-2", PARAGRAPHS[1].text),
    ]
    result = labelled(ops)
    assert not {"p-2", "p-6", "p-7", "p-8", "p-9"} & result.keys()
    assert (result["p-3"], result["p-10"]) == ("PP1", "OP2")


def test_delete_needs_a_paragraph() -> None:
    with pytest.raises(DraftingError, match="at least one"):
        delete_ops(PARAGRAPHS, [])


def test_move_carries_sub_items_and_renumbers() -> None:
    op = move_op(PARAGRAPHS, "OP2", "OP3")
    assert (op.target, op.after) == ("p-6", "p-10")
    result = labelled([op])
    assert (result["p-10"], result["p-6"], result["p-8"]) == ("OP2", "OP3", "OP3(b)")


def test_move_to_the_start_and_after_a_sub_item() -> None:
    assert labelled([move_op(PARAGRAPHS, "OP3", "start")])["p-10"] == "OP1"
    op = move_op(PARAGRAPHS, "OP1", "OP2(a)")
    assert op.after == "p-6"
    result = labelled([op])
    assert (result["p-6"], result["p-5"], result["p-10"]) == ("OP1", "OP2", "OP3")


def test_move_a_sub_item_within_and_across_paragraphs() -> None:
    assert labelled([move_op(PARAGRAPHS, "OP2(c)", "OP2")])["p-9"] == "OP2(a)"
    across = move_op(PARAGRAPHS, "OP2(a)", "OP3")
    assert across.parent == "p-10"
    result = labelled([across])
    assert (result["p-7"], result["p-8"]) == ("OP3(a)", "OP2(a)")


@pytest.mark.parametrize(
    ("address", "after", "message"),
    [
        ("OP2", "OP2(b)", "cannot move after itself"),
        ("OP2", "OP2", "cannot move after itself"),
        ("OP2", "OP1", "already stands there"),
        ("OP2(b)", "OP2(a)", "already stands there"),
        ("OP2(b)", "PP1", "is a sub-item"),
        ("OP2(b)", "start", "is a sub-item"),
    ],
)
def test_move_refusals_say_why(address: str, after: str, message: str) -> None:
    with pytest.raises(DraftingError, match=message):
        move_op(PARAGRAPHS, address, after)


def well_formed(paragraphs: Sequence[Paragraph]) -> bool:
    """Every sub-item stands inside its parent's block: the parent earlier, nothing foreign between."""
    seen: list[Paragraph] = []
    for p in paragraphs:
        if p.kind == "sub-item":
            chain = {p.parent}
            for q in reversed(seen):
                if q.id == p.parent:
                    break
                if q.parent not in chain:
                    return False
                chain.add(q.id)
            else:
                return False
        seen.append(p)
    return True


def test_well_formed_tells_a_stray_sub_item() -> None:
    assert well_formed(PARAGRAPHS)
    stray = [*PARAGRAPHS[:8], PARAGRAPHS[9], PARAGRAPHS[8]]
    assert not well_formed(stray)


def merged(op: Op) -> list[Paragraph]:
    op = op._replace(new_id="A-1") if op.kind == "insert" else op
    neg = Negotiation(
        Draft("t", ["T"], paragraphs=PARAGRAPHS),
        [Amendment("A", "UNDP", (op,), T0)],
        [Decision("D", "A", "accept", "CHAIR", T0)],
    )
    assert neg.state("A").status == "accepted", (op, neg.fall_reason("A"))
    return neg.agreed


ANCHORS = ["start", *(p.id for p in PARAGRAPHS)]


@pytest.mark.parametrize("address", [p.id for p in PARAGRAPHS])
def test_every_move_either_is_refused_or_keeps_the_text_well_formed(address: str) -> None:
    for after in ANCHORS:
        try:
            op = move_op(PARAGRAPHS, address, after)
        except DraftingError:
            continue
        agreed = merged(op)
        assert well_formed(agreed), (address, after)
        assert [(p.id, p.parent) for p in agreed] != [(p.id, p.parent) for p in PARAGRAPHS]


@pytest.mark.parametrize("kind", ["", "preambular", "operative", "sub-item"])
def test_every_insert_either_is_refused_or_keeps_the_text_well_formed(kind: str) -> None:
    for after in ANCHORS:
        try:
            op = insert_op(PARAGRAPHS, after, "New text.", kind=kind)
        except DraftingError:
            continue
        agreed = merged(op)
        assert well_formed(agreed), (kind, after)
        assert any(p.id == "A-1" for p in agreed)


def test_a_typed_wording_keeps_the_clause_its_author_replaced() -> None:
    base = "Calls upon States to ensure the full scope of the protection of civilians, with emergency aid;"
    paragraph = Paragraph("p-1", "operative", base)
    retyped = modify_op(paragraph, base.replace("the full scope of", "a statement on"))
    amendment = Amendment("BLR-1", "BLR", (retyped,), T0)
    neg = Negotiation(Draft("t", ["T"], paragraphs=[paragraph]), [amendment], [])
    (view,) = render(neg, "compilation")
    assert view.text == (
        "Calls upon States to ensure [the full scope of] [Alt 1 (BLR): a statement on] the protection of "
        "civilians, with emergency aid;"
    )
    assert written_form(amendment, [paragraph]) == (
        "In operative paragraph 1, replace “the full scope of” with “a statement on”."
    )
    # changes in different clauses, or far apart in one, stay apart
    apart = modify_op(paragraph, base.replace("Calls upon", "Urges").replace("emergency", "urgent"))
    assert written_form(Amendment("BLR-2", "BLR", (apart,), T0), [paragraph]) == (
        "In operative paragraph 1, replace “Calls upon” with “Urges”; replace “emergency” with “urgent”."
    )


def test_a_tracked_change_keeps_the_spaces_of_the_text_outside_its_marks() -> None:
    base = "Calls upon States to ensure the full scope of protection, with emergency relief and support;"
    paragraph = Paragraph("p-1", "operative", base)
    retyped = base.replace("the full scope of ", "").replace(" and support", "").replace("upon", "upon all")
    neg = Negotiation(
        Draft("t", ["T"], paragraphs=[paragraph]),
        [Amendment("BLR-1", "BLR", (modify_op(paragraph, retyped),), T0)],
        [],
    )
    (view,) = render(neg, "tracked")
    marked = "".join(f"[{s.mark}:{s.text}]" if s.mark else s.text for s in view.spans)
    assert marked == (
        "Calls upon [ins:all][tag: [BLR]] States to ensure [del:the full scope of][tag: [BLR]] protection, "
        "with emergency relief [del:and support][tag: [BLR]];"
    )
