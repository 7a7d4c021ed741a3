"""Forms that name what they change instead of quoting it: sentences and words by their place,
paragraphs merged, new paragraphs announced in the passive; read and applied through the merge."""

from __future__ import annotations

from datetime import datetime

import pytest

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.instructions import InstructionError, parse_instruction
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Footnote, Paragraph

T0 = datetime(2026, 12, 1, 9, 0)
DRAFT = Draft(
    "x",
    ["Humanitarian assistance"],
    layout="un-resolution",
    authoring="The General Assembly,",
    paragraphs=[
        Paragraph("p-1", "preamble", "Recalling its resolution 79/1 of 1 October 2024,"),
        Paragraph(
            "p-2",
            "operative",
            "Welcomes the report of the Secretary-General.[^1] Requests a further report on the matter,"
            " including on aid;",
            footnotes=(Footnote("1", "A/80/1."),),
        ),
        Paragraph("p-3", "operative", "Requests the Secretary-General to report on:"),
        Paragraph("p-4", "sub-item", "the recovery of the regions;", parent="p-3"),
        Paragraph("p-5", "sub-item", "the health of the people;", parent="p-3"),
        Paragraph(
            "p-6",
            "operative",
            "Decides to meet in Vienna. The meeting will take place at No. 5 Main St. in Vienna. Also"
            " decides to remain seized of the matter.",
        ),
    ],
)


def agreed(instruction: str, draft: Draft = DRAFT) -> list[str]:
    """The agreed text, numbered, once the amendment the instruction describes is accepted."""
    neg = Negotiation(draft, [], [])
    ops = tuple(
        op._replace(new_id=f"EU-1-{n}") if op.kind == "insert" else op
        for n, op in enumerate(parse_instruction(instruction, neg.text), 1)
    )
    neg.add_amendment(Amendment("EU-1", "EU", ops, T0))
    neg.add_decision(Decision("GA-1", "EU-1", "accept", "GA", T0))
    assert neg.state("EU-1").status == "accepted", neg.fall_reason("EU-1")
    numbers = neg.numbers()
    return [f"{numbers[p.id].label} {p.text}" for p in neg.agreed]


OP1 = DRAFT.paragraphs[1].text


@pytest.mark.parametrize(
    ("instruction", "op1"),
    [
        (
            "In operative paragraph 1, delete the second sentence.",
            "Welcomes the report of the Secretary-General[^1];",
        ),
        (
            "Delete the first sentence of operative paragraph 1.",
            "Requests a further report on the matter, including on aid;",
        ),
        (
            "In operative paragraph 1, the first sentence is deleted.",
            "Requests a further report on the matter, including on aid;",
        ),
        ("In operative paragraph 1, delete the last word.", OP1.replace(" aid;", ";")),
        ("In operative paragraph 1, delete the last three words.", OP1.replace(", including on aid;", ";")),
        (
            "In operative paragraph 1, delete the first two words of the last sentence.",
            OP1.replace("Requests a ", ""),
        ),
        (
            "In operative paragraph 1, replace the last word with “assistance”.",
            OP1.replace("aid;", "assistance;"),
        ),
        (
            "In operative paragraph 1, replace the first sentence with “Takes note of the report.”",
            OP1.replace("Welcomes the report of the Secretary-General.[^1]", "Takes note of the report."),
        ),
        (
            "In operative paragraph 1, replace the first sentence with “Takes note of the report”",
            OP1.replace("Welcomes the report of the Secretary-General", "Takes note of the report"),
        ),
        (
            "Replace the second sentence of operative paragraph 1 by “Requests a report;”",
            "Welcomes the report of the Secretary-General.[^1] Requests a report;",
        ),
        (
            "After the first sentence of operative paragraph 1, insert “Notes its annex.”",
            OP1.replace("[^1] ", "[^1] Notes its annex. "),
        ),
        (
            "In operative paragraph 1, at the end of the first sentence, add “with appreciation”",
            OP1.replace("Secretary-General.", "Secretary-General with appreciation."),
        ),
        (
            "In operative paragraph 1, insert “Also” at the beginning of the second sentence.",
            OP1.replace("Requests", "Also Requests"),
        ),
    ],
)
def test_sentences_and_words_named_by_their_place(instruction: str, op1: str) -> None:
    assert agreed(instruction)[1] == f"OP1 {op1}"


def test_a_stop_after_an_abbreviation_or_an_initial_ends_no_sentence() -> None:
    assert agreed("In operative paragraph 3, delete the second sentence.")[-1] == (
        "OP3 Decides to meet in Vienna. Also decides to remain seized of the matter."
    )
    assert agreed("Delete the last sentence of operative paragraph 3.")[-1] == (
        "OP3 Decides to meet in Vienna. The meeting will take place at No. 5 Main St. in Vienna."
    )


def test_deleting_a_sentence_deletes_its_footnote_reference_and_the_note() -> None:
    neg = Negotiation(DRAFT, [], [])
    (op,) = parse_instruction("In operative paragraph 1, delete the first sentence.", neg.text)
    neg.add_amendment(Amendment("EU-1", "EU", (op,), T0))
    neg.add_decision(Decision("GA-1", "EU-1", "accept", "GA", T0))
    assert [p.footnotes for p in neg.agreed if p.id == "p-2"] == [()]


@pytest.mark.parametrize(
    ("instruction", "error"),
    [
        (
            "In operative paragraph 1, delete the fourth sentence.",
            "In operative paragraph 1: there is no fourth sentence (it has 2 sentences)",
        ),
        (
            "In the first preambular paragraph, delete the first sentence.",
            "In the first preambular paragraph: the first sentence is the whole paragraph",
        ),
        ("In operative paragraph 3, delete the last twelve words.", "cannot read the instruction"),
        (
            "Merge operative paragraphs 2 and 3.",
            "operative paragraph 2 has sub-paragraphs: say how the merged paragraph reads",
        ),
        (
            "Merge operative paragraphs 3 and 2 to read: “Decides;”",
            "operative paragraph 2 has sub-paragraphs: move or delete them first",
        ),
        (
            "Merge the first preambular paragraph and operative paragraph 1.",
            "are not of one kind: they cannot be merged",
        ),
        ("Merge operative paragraph 1.", "name the paragraphs operative paragraph 1 is merged with"),
        ("A new operative paragraph is inserted, reading: “Urges;”", "cannot read the instruction"),
    ],
)
def test_what_cannot_be_done_is_refused_naming_it(instruction: str, error: str) -> None:
    with pytest.raises(InstructionError) as refused:
        parse_instruction(instruction, Negotiation(DRAFT, [], []).text)
    assert error in str(refused.value)


def test_paragraphs_merged_are_joined_as_operative_clauses_or_worded_anew() -> None:
    text = agreed("Merge operative paragraphs 1 and 3.")
    assert text[1:] == [
        "OP1 Welcomes the report of the Secretary-General.[^1] Requests a further report on the matter,"
        " including on aid, and decides to meet in Vienna. The meeting will take place at No. 5 Main St. in"
        " Vienna. Also decides to remain seized of the matter.",
        "OP2 Requests the Secretary-General to report on:",
        "OP2(a) the recovery of the regions;",
        "OP2(b) the health of the people.",  # now the last item of the text: engine/closing.py
    ]
    assert agreed("Operative paragraphs 1 and 3 should be merged.") == text
    assert agreed("Combine operative paragraphs 1 and 3 into a single paragraph, to read: “Welcomes all;”")[
        1:3
    ] == [
        "OP1 Welcomes all;",
        "OP2 Requests the Secretary-General to report on:",
    ]
    assert agreed("Merge operative paragraphs 2 and 3 to read as follows: “Requests a report on:”")[2:5] == [
        "OP2 Requests a report on:",
        "OP2(a) the recovery of the regions;",
        "OP2(b) the health of the people.",
    ]


@pytest.mark.parametrize(
    "instruction",
    [
        "A new operative paragraph 1 bis is inserted, reading: “Urges all States;”",
        "The following new operative paragraph shall be added after operative paragraph 1: “Urges all"
        " States;”",
        "1. A new operative paragraph 1 bis is inserted, reading: “Urges all States;”\n2. Renumber.",
    ],
)
def test_a_new_paragraph_announced_in_the_passive(instruction: str) -> None:
    assert agreed(instruction)[2] == "OP2 Urges all States;"


@pytest.mark.parametrize(
    "instruction",
    [
        "In the subparagraph (b) of operative paragraph 2, replace “people” with “population”.",
        "In operative paragraph 2, in subparagraph (b), replace “people” with “population”.",
        "In operative paragraph 2, the subparagraph (b), replace “people” with “population”.",
    ],
)
def test_a_subparagraph_named_with_its_article_or_after_its_paragraph(instruction: str) -> None:
    assert agreed(instruction)[4] == "OP2(b) the health of the population;"


def test_a_paragraph_named_by_opening_words_holding_commas_notes_and_stops() -> None:
    opening = (
        "the paragraph beginning “Welcomes the report of the Secretary-General. Requests a further report on"
        " the matter, including”"
    )
    assert agreed(f"Delete {opening}.")[1] == "OP1 Requests the Secretary-General to report on:"
    assert agreed(f"In {opening}, replace “aid” with “help”.")[1].endswith("including on help;")


@pytest.mark.parametrize(
    ("instruction", "op3"),
    [
        (
            "In the second sentence of operative paragraph 3, replace “Vienna” with “Geneva”.",
            "Decides to meet in Vienna. The meeting will take place at No. 5 Main St. in Geneva.",
        ),
        (
            "In operative paragraph 3, in the first sentence, replace “Vienna” with “Geneva”.",
            "Decides to meet in Geneva. The meeting will take place at No. 5 Main St. in Vienna.",
        ),
        (
            "In the first sentence of operative paragraph 3, at the end, add “in 2027”.",
            "Decides to meet in Vienna in 2027. The meeting will take place at No. 5 Main St. in Vienna.",
        ),
    ],
)
def test_quoted_words_looked_for_in_the_sentence_named(instruction: str, op3: str) -> None:
    assert agreed(instruction)[-1] == f"OP3 {op3} Also decides to remain seized of the matter."


def test_quoted_words_not_in_the_sentence_named_are_refused_naming_it() -> None:
    with pytest.raises(InstructionError) as refused:
        parse_instruction(
            "In the last sentence of operative paragraph 3, delete “Vienna”.", Negotiation(DRAFT, [], []).text
        )
    assert str(refused.value) == "In operative paragraph 3: “Vienna” does not occur in the last sentence"


ADOPTING = Draft(
    "y",
    ["Outcome of the review"],
    layout="un-resolution",
    authoring="The General Assembly,",
    paragraphs=[
        Paragraph("r-1", "operative", "Adopts the following outcome document:"),
        Paragraph("d-1", "preamble", "Recalling its resolution 70/125,", part="outcome document"),
        Paragraph("d-2", "preamble", "Reaffirming resolution 70/1,", part="outcome document"),
        Paragraph("d-3", "operative", "Decides to act.", part="outcome document"),
    ],
)


@pytest.mark.parametrize(
    ("instruction", "target"),
    [
        ("In the second preambular paragraph of the outcome document, replace “70/1” with “70/2”", "d-2"),
        ("In operative paragraph 1 of the outcome document, replace “act” with “meet”", "d-3"),
        ("In operative paragraph 1 of the draft resolution, replace “Adopts” with “Welcomes”", "r-1"),
    ],
)
def test_a_part_of_several_words_and_the_document_itself_are_named_as_delegations_write(
    instruction: str, target: str
) -> None:
    (op,) = parse_instruction(instruction, Negotiation(ADOPTING, [], []).text)
    assert op.target == target


def test_a_paragraph_only_an_adopted_part_has_is_refused_with_where_it_is() -> None:
    text = Negotiation(ADOPTING, [], []).text
    with pytest.raises(InstructionError, match=r"no preambular paragraph 2 in this text \(of the outcome"):
        parse_instruction("In the second preambular paragraph, replace “70/1” with “70/2”", text)
