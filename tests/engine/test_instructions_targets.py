"""Paragraphs and places named as delegations name them, in every combination: an item by its
paragraph's number ("subparagraph 1 (c)") or after a paragraph named by its opening words, sentences
of several paragraphs, moves by the number a paragraph is to take, and new items announced inside a
sentence about their paragraph; read, accepted and numbered through the merge."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from draftdesk.engine.amendments import Amendment
from draftdesk.engine.instructions import InstructionError, parse_instruction
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Paragraph
from draftdesk.engine.views import render

from .test_instructions_parts import DRAFT as PARTS_DRAFT
from .test_instructions_parts import T0, agreed

ITEMS = [
    Paragraph("o-1a", "sub-item", "the recovery of the regions;", parent="o-1"),
    Paragraph("o-1b", "sub-item", "the health of the people;", parent="o-1"),
    Paragraph("o-1c", "sub-item", "the care of the children;", parent="o-1"),
]
DRAFT = replace(
    PARTS_DRAFT,
    paragraphs=[
        Paragraph("p-1", "preamble", "Recalling its resolutions,"),
        Paragraph("o-1", "operative", "Welcomes the report on:"),
        *ITEMS,
        Paragraph("o-2", "operative", "Requests a report. It notes the plan;"),
        Paragraph("o-3", "operative", "Calls for action. It notes the plan again;"),
        Paragraph("o-4", "operative", "Decides to remain seized."),
    ],
)


def text_of(instruction: str) -> dict[str, str]:
    return dict(line.split(" ", 1) for line in agreed(instruction, DRAFT))  # type: ignore[misc]


@pytest.mark.parametrize(
    "instruction",
    [
        "In subparagraph 1(c), replace “care” with “welfare”.",
        "In sub-paragraph 1 (c), replace “care” with “welfare”.",
        "In operative subparagraph 1 (c), replace “care” with “welfare”.",
        "In operative paragraph 1(c), replace “care” with “welfare”.",
        "In the paragraph beginning “Welcomes the report”, subparagraph (c), replace “care” with “welfare”.",
        "In the paragraph beginning “Welcomes the report” (c), replace “care” with “welfare”.",
        "Replace “care” with “welfare” in subparagraph 1 (c).",
    ],
)
def test_an_item_is_named_by_its_paragraphs_number_or_after_the_paragraph(instruction: str) -> None:
    assert text_of(instruction)["OP1(c)"] == "the welfare of the children;"


def test_a_sentence_of_several_paragraphs() -> None:
    out = text_of("In the second sentence of operative paragraphs 2 and 3, replace “notes” with “welcomes”.")
    assert (out["OP2"], out["OP3"]) == (
        "Requests a report. It welcomes the plan;",
        "Calls for action. It welcomes the plan again;",
    )


@pytest.mark.parametrize(
    ("instruction", "order"),
    [
        ("Move operative paragraph 4 to become operative paragraph 2.", "o-4 o-2 o-3"),
        ("Operative paragraph 4 should become operative paragraph 2.", "o-4 o-2 o-3"),
        ("Move operative paragraph 4 to before operative paragraph 2.", "o-4 o-2 o-3"),
        ("Place operative paragraph 4 after operative paragraph 1.", "o-4 o-2 o-3"),
        ("Operative paragraph 4 should be moved to after operative paragraph 1.", "o-4 o-2 o-3"),
        ("Move operative paragraph 2 to become operative paragraph 3.", "o-3 o-2 o-4"),
        ("Move operative paragraph 2 to the end.", "o-3 o-4 o-2"),
        ("Move the paragraph beginning “Requests” to the end of the operative part.", "o-3 o-4 o-2"),
        ("Move operative paragraph 4 so that it becomes operative paragraph 2.", "o-4 o-2 o-3"),
        ("Move operative paragraph 4 up to follow operative paragraph 1.", "o-4 o-2 o-3"),
        ("Move operative paragraphs 3 and 4 to follow operative paragraph 1.", "o-3 o-4 o-2"),
    ],
)
def test_a_paragraph_moved_by_the_place_or_the_number_it_takes(instruction: str, order: str) -> None:
    moved = {p.text.rstrip(";."): p.id for p in DRAFT.paragraphs}  # the last ends with "." wherever
    out = text_of(instruction)
    assert [moved[out[f"OP{n}"].rstrip(";.")] for n in (2, 3, 4)] == order.split()
    assert out["OP1(c)"] == "the care of the children;"  # OP1 and its items stay where they were


@pytest.mark.parametrize(
    "instruction",
    [
        "Move subparagraph (c) of operative paragraph 1 to become subparagraph (a).",
        "In operative paragraph 1, move subparagraph (c) to precede subparagraph (a).",
        "Move subparagraph 1 (c) to the beginning.",
    ],
)
def test_an_item_moved_among_its_paragraphs_items(instruction: str) -> None:
    out = text_of(instruction)
    assert [out[f"OP1({x})"] for x in "abc"] == [
        "the care of the children;",
        "the recovery of the regions;",
        "the health of the people;",
    ]


@pytest.mark.parametrize(
    "instruction",
    [
        "In subparagraphs 1 (a) and (c), replace “of the” with “of all”.",
        "In subparagraphs (a) and (c) of operative paragraph 1, replace “of the” with “of all”.",
        "In operative paragraph 1 (a) and (c), replace “of the” with “of all”.",
    ],
)
def test_items_named_together(instruction: str) -> None:
    out = text_of(instruction)
    assert (out["OP1(a)"], out["OP1(b)"], out["OP1(c)"]) == (
        "the recovery of all regions;",
        "the health of the people;",
        "the care of all children;",
    )


@pytest.mark.parametrize(
    ("instruction", "label"),
    [
        ("In operative paragraph 1, add a new sub-paragraph (d) reading: “the schools;”", "OP1(d)"),
        ("In operative paragraph 1, insert a new subparagraph (d), reading: “the schools;”", "OP1(d)"),
        ("In operative paragraph 1, add a new sub-paragraph, reading: “the schools;”", "OP1(d)"),
        (
            "Insert a new subparagraph (d) in operative paragraph 1, reading: “the schools;” and renumber the"
            " subsequent subparagraphs accordingly.",
            "OP1(d)",
        ),
        ("Add the following new sub-paragraph at the end of operative paragraph 1: “the schools;”", "OP1(d)"),
        (
            "Add a new sub-paragraph at the beginning of operative paragraph 1, reading: “the schools;”",
            "OP1(a)",
        ),
        ("In operative paragraph 1, add a new sub-paragraph (b) reading: “the schools;”", "OP1(b)"),
        ("In operative paragraph 1, insert a new subparagraph (a bis) reading: “the schools;”", "OP1(b)"),
        (
            "In operative paragraph 1, after subparagraph (a), insert a new subparagraph, reading: "
            "“the schools;”",
            "OP1(b)",
        ),
    ],
)
def test_a_new_item_announced_in_a_sentence_about_its_paragraph(instruction: str, label: str) -> None:
    assert text_of(instruction)[label] == "the schools;"


@pytest.mark.parametrize(
    ("instruction", "error"),
    [
        (
            "In operative paragraph 1, add a new sub-paragraph (f) reading: “x;”",
            "operative paragraph 1 has no sub-paragraph (e)",
        ),
        (
            "Move operative paragraph 2 to become operative paragraph 2.",
            "operative paragraph 2 cannot move next to itself",
        ),
        ("In subparagraph 2 (a), delete “report”.", "there is no operative paragraph 2 (a) in this text"),
        (
            "In the paragraph beginning “Requests”, subparagraph (a), delete “x”.",
            "operative paragraph 2 has no sub-paragraph (a)",
        ),
    ],
)
def test_an_item_or_a_place_that_is_not_there_is_named(instruction: str, error: str) -> None:
    with pytest.raises(InstructionError, match=error.replace("(", r"\(").replace(")", r"\)")):
        parse_instruction(instruction, Negotiation(DRAFT, [], []).text)


def test_a_pending_new_item_after_the_last_one_takes_the_next_letter_one_between_is_bis() -> None:
    neg = Negotiation(DRAFT, [], [])
    for n, (org, where) in enumerate((("EU", "(c)"), ("RCC", "(a)"), ("OSCE", "4"))):
        after = "operative paragraph 4" if where == "4" else f"operative paragraph 1 {where}"
        kind = "operative paragraph" if where == "4" else "sub-paragraph"
        ops = parse_instruction(f"After {after}, insert a new {kind}, reading: “x;”", neg.text)
        neg.add_amendment(
            Amendment(f"{org}-1", org, (ops[0]._replace(new_id=f"{org}-1-1"),), T0 + timedelta(n))
        )
    labels = {v.id: v.label for v in render(neg, "compilation")}
    assert (labels["EU-1-1"], labels["RCC-1-1"], labels["OSCE-1-1"]) == ("OP1(d)", "OP1(a) bis", "OP5")


def test_a_numbered_list_of_changes_may_open_with_place_or_the_paragraph_beginning() -> None:
    out = text_of(
        "1. The paragraph beginning “Calls for action” should be amended to read: “Calls for peace;” "
        "2. Place operative paragraph 4 after operative paragraph 1."
    )
    assert [out[f"OP{n}"] for n in (2, 4)] == [
        "Decides to remain seized;",
        "Calls for peace.",
    ]  # the last: "."
