"""Moves as the grammar's general rules, read and accepted through the merge: paragraphs and items
that swap places, sentences moved within or between paragraphs (with their notes), and the changes
of a numbered list placed on the text as the changes before them left it."""

from __future__ import annotations

from dataclasses import replace

import pytest

from draftdesk.engine.instructions import InstructionError, parse_instruction
from draftdesk.engine.model import Footnote, Paragraph

from .test_instructions_parts import agreed
from .test_instructions_targets import DRAFT

NOTE = Footnote("9", "A/80/100.")
TEXT = replace(
    DRAFT,
    paragraphs=[
        *DRAFT.paragraphs[:5],
        Paragraph("o-2", "operative", "Requests a report.[^9] It notes the plan;", footnotes=(NOTE,)),
        *DRAFT.paragraphs[6:],
    ],
)
WHO = {p.text.rstrip(";."): p.id for p in TEXT.paragraphs}


def order(instruction: str) -> list[str]:
    """Ids of the agreed text's paragraphs, in order (all texts of TEXT differ, closing marks aside:
    the last operative paragraph ends with ".", engine/closing.py)."""
    return [WHO[line.split(" ", 1)[1].rstrip(";.")] for line in agreed(instruction, TEXT)]


def text_of(instruction: str) -> dict[str, str]:
    return dict(line.split(" ", 1) for line in agreed(instruction, TEXT))  # type: ignore[misc]


@pytest.mark.parametrize(
    ("instruction", "operative"),
    [
        ("Swap operative paragraphs 2 and 3.", "o-1 o-3 o-2 o-4"),
        ("Swap operative paragraph 2 with operative paragraph 4.", "o-1 o-4 o-3 o-2"),
        ("Operative paragraphs 1 and 4 should be interchanged.", "o-4 o-2 o-3 o-1"),
        ("Operative paragraph 3 should be swapped with operative paragraph 2.", "o-1 o-3 o-2 o-4"),
        ("Interchange the order of operative paragraphs 1 and 4.", "o-4 o-2 o-3 o-1"),
        ("Reverse the order of operative paragraphs 2 to 4.", "o-1 o-4 o-3 o-2"),
        (
            "Move operative paragraph 4 to become operative paragraph 2, and renumber the subsequent "
            "paragraphs accordingly.",
            "o-1 o-4 o-2 o-3",
        ),
        (
            "1. Move operative paragraph 2 to the end. 2. Move operative paragraph 3 to the end.",
            "o-1 o-4 o-2 o-3",
        ),
        (
            "1. Move operative paragraph 3 to before operative paragraph 2.\n"
            "2. Move operative paragraph 4 to before operative paragraph 2.",
            "o-1 o-3 o-4 o-2",
        ),
        (
            "1. Move operative paragraph 4 to become operative paragraph 1.\n"
            "2. Move operative paragraph 3 to become operative paragraph 2.",
            "o-4 o-3 o-1 o-2",
        ),
    ],
)
def test_paragraphs_swap_and_a_list_of_moves_is_made_in_turn(instruction: str, operative: str) -> None:
    ids = order(instruction)
    assert [pid for pid in ids if pid.startswith("o-") and len(pid) == 3] == operative.split()
    at = ids.index("o-1")
    assert ids[at + 1 : at + 4] == ["o-1a", "o-1b", "o-1c"]  # items move with their paragraph


def test_items_swap_within_their_paragraph() -> None:
    out = text_of("In operative paragraph 1, swap subparagraphs (a) and (c).")
    assert (out["OP1(a)"], out["OP1(c)"]) == ("the care of the children;", "the recovery of the regions;")


@pytest.mark.parametrize(
    ("instruction", "refused"),
    [
        ("Swap operative paragraphs 2, 3 and 4.", "name two paragraphs to swap, not 3"),
        ("Swap operative paragraph 2 and subparagraph 1 (a).", "are not at one level"),
        ("Move the second sentence of operative paragraph 2 to operative paragraph 3.", "say where in"),
        ("Move the last word of operative paragraph 2 to the end of operative paragraph 3.", "only sentence"),
    ],
)
def test_what_cannot_move_so_is_named(instruction: str, refused: str) -> None:
    with pytest.raises(InstructionError, match=refused):
        parse_instruction(instruction, TEXT.paragraphs)


@pytest.mark.parametrize(
    ("instruction", "op2", "op3"),
    [
        (
            "Move the second sentence of operative paragraph 3 to the end of operative paragraph 2.",
            "Requests a report.[^9] It notes the plan. It notes the plan again;",
            "Calls for action;",
        ),
        (
            "The first sentence of operative paragraph 2 should be moved to after the first sentence of "
            "operative paragraph 3.",
            "It notes the plan;",
            "Calls for action. Requests a report.[^9] It notes the plan again;",
        ),
        (
            "Move the first sentence of operative paragraph 2 to the beginning of operative paragraph 3.",
            "It notes the plan;",
            "Requests a report.[^9] Calls for action. It notes the plan again;",
        ),
        (
            "In operative paragraph 2, move the first sentence to the end of the paragraph.",
            "It notes the plan. Requests a report[^9];",
            "Calls for action. It notes the plan again;",
        ),
    ],
)
def test_a_sentence_moves_with_its_note_and_ends_as_a_sentence(instruction: str, op2: str, op3: str) -> None:
    out = text_of(instruction)
    assert (out["OP2"], out["OP3"]) == (op2, op3)


def test_a_moved_sentences_note_goes_with_it() -> None:
    (out, into) = parse_instruction(
        "Move the first sentence of operative paragraph 2 to the beginning of operative paragraph 3.",
        TEXT.paragraphs,
    )
    assert (out.target, out.notes, into.target, into.notes) == ("o-2", (), "o-3", (NOTE,))


@pytest.mark.parametrize(
    ("instruction", "op2", "op3"),
    [
        (
            "In operative paragraph 2, move the words “a report.” to after “notes the plan”.",
            "Requests It notes the plan a report.[^9];",
            "Calls for action. It notes the plan again;",
        ),
        (
            "The words “again” in operative paragraph 3 should be moved to before “the plan”.",
            "Requests a report.[^9] It notes the plan;",
            "Calls for action. It notes again the plan;",
        ),
        (
            "Move the words “a report.” in operative paragraph 2 to the end of operative paragraph 3.",
            "Requests It notes the plan;",
            "Calls for action. It notes the plan again a report.[^9];",
        ),
    ],
)
def test_quoted_words_move_as_they_stand_with_their_note(instruction: str, op2: str, op3: str) -> None:
    out = text_of(instruction)
    assert (out["OP2"], out["OP3"]) == (op2, op3)


@pytest.mark.parametrize(
    ("instruction", "last"),
    [
        (
            "1. Add a new operative paragraph at the end, reading: “First;”\n"
            "2. Add a new operative paragraph at the end, reading: “Second;”",
            ["Decides to remain seized;", "First;", "Second."],  # the last ends with a full stop
        ),
        (
            "1. Before operative paragraph 4, insert a new operative paragraph, reading: “First;”\n"
            "2. Before operative paragraph 4, insert a new operative paragraph, reading: “Second;”\n"
            "3. Move operative paragraph 3 to the end.",
            ["First;", "Second;", "Decides to remain seized;", "Calls for action. It notes the plan again."],
        ),
    ],
)
def test_a_list_places_new_paragraphs_where_the_changes_before_left_the_text(
    instruction: str, last: list[str]
) -> None:
    """Each new paragraph after the one the change before added (it placed them the other way round)."""
    assert [line.split(" ", 1)[1] for line in agreed(instruction, TEXT)][-len(last) :] == last


@pytest.mark.parametrize(
    "instruction",
    [
        "In operative paragraph 3, swap the first and second sentences.",
        "Swap the first sentence with the last sentence of operative paragraph 3.",
        "The first and second sentences of operative paragraph 3 should be interchanged.",
    ],
)
def test_two_sentences_swap_places(instruction: str) -> None:
    assert text_of(instruction)["OP3"] == "It notes the plan again. Calls for action;"


def test_a_sentence_made_a_new_paragraph_takes_its_place_and_note() -> None:
    lines = agreed(
        "Move the first sentence of operative paragraph 2 and make it a new operative paragraph 4.", TEXT
    )
    assert lines[-4:] == [
        "OP2 It notes the plan;",
        "OP3 Calls for action. It notes the plan again;",
        "OP4 Requests a report;[^9]",
        "OP5 Decides to remain seized.",
    ]
    (_, new) = parse_instruction(
        "Make the second sentence of operative paragraph 3 a separate paragraph.", TEXT.paragraphs
    )
    assert (new.after, new.new_kind, new.text) == ("o-3", "operative", "It notes the plan again;")
    (_, new) = parse_instruction(
        "In operative paragraph 2, move the first sentence to a new paragraph.", TEXT.paragraphs
    )
    assert new.notes == (NOTE,)


@pytest.mark.parametrize(
    ("instruction", "last"),
    [
        (
            "1. Insert a new operative paragraph 3 bis reading: “Notes it;”\n"
            "2. In the new operative paragraph 3 bis, replace “Notes” with “Welcomes”.\n"
            "3. After the new operative paragraph 3 bis, insert a new operative paragraph reading: “Then;”",
            ["Welcomes it;", "Then;", "Decides to remain seized."],
        ),
        (
            "1. After operative paragraph 3, insert a new operative paragraph reading: “X;”\n"
            "2. After operative paragraph 3, insert a new operative paragraph reading: “Y;”\n"
            "3. Move operative paragraph 2 to follow operative paragraph 3.",
            [
                "Calls for action. It notes the plan again;",
                "X;",
                "Y;",
                "Requests a report.[^9] It notes the plan;",
                "Decides to remain seized.",
            ],
        ),
        (
            "Insert a new operative paragraph 4, reading: “Fourth;”",
            ["Calls for action. It notes the plan again;", "Fourth;", "Decides to remain seized."],
        ),
    ],
)
def test_new_paragraphs_named_by_later_changes_and_placed_in_the_order_written(
    instruction: str, last: list[str]
) -> None:
    assert [line.split(" ", 1)[1] for line in agreed(instruction, TEXT)][-len(last) :] == last


@pytest.mark.parametrize(
    ("instruction", "refused"),
    [
        (
            "1. Insert a new operative paragraph 3 bis reading: “Notes it;”\n"
            "2. Delete operative paragraph 3 bis.",
            "2. the new operative paragraph 3 bis is added by this instruction",
        ),
        (
            "1. Insert a new operative paragraph 3 bis reading: “Notes it;”\n"
            "2. In the new operative paragraph 2 bis, delete “it”.",
            "2. the changes before this one add no new operative paragraph 2 bis",
        ),
        ("In operative paragraph 3, swap the second and last sentences.", "are the same sentence"),
        ("Swap the first and third sentences of operative paragraph 3.", "there is no third sentence"),
        ("Move the first sentence and make it a new operative paragraph.", "say which paragraph"),
    ],
)
def test_new_forms_refused_in_one_line_naming_the_part(instruction: str, refused: str) -> None:
    with pytest.raises(InstructionError, match=refused):
        parse_instruction(instruction, TEXT.paragraphs)
