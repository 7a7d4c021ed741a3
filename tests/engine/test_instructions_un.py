"""The forms real UN amendments take: plural targets, new paragraphs, quoted wording, footnotes,
changes throughout the text, amendment documents as printed; and what their operations show."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

import pytest

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.instructions import InstructionError, parse_instruction
from draftdesk.engine.instructions.document import read_document
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Footnote, Paragraph
from draftdesk.engine.patches import apply_edits, edits_from_patch
from draftdesk.engine.views import render

T0 = datetime(2026, 12, 1, 9, 0)
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "un"
COURT = Footnote("15", "United Nations, Treaty Series, vol. 2187, No. 38544.")
ROME = (
    "Recalling the Rome Statute of the International Criminal Court,[^15] and noting the role of the Court,"
)
DAY = "Invites States to observe International Chernobyl Disaster Remembrance Day, and notes the costs;"
TEXT = [
    Paragraph("p-1", "preamble", ROME, footnotes=(COURT,)),
    Paragraph("p-2", "preamble", "Recognizing the consequences of the Chernobyl disaster and of COVID‑19,"),
    Paragraph("p-3", "preamble", "Welcoming the closure of the Chernobyl nuclear power plant,"),
    Paragraph("p-4", "operative", "Takes note of the report of the Secretary-General;"),
    Paragraph("p-5", "operative", DAY),
    Paragraph("p-6", "operative", "Welcomes the report on the Chernobyl-affected regions;"),
    Paragraph("p-7", "operative", "Aware to the fact that the recommendations;"),
]
BY_ID = {p.id: p for p in TEXT}


def applied(op: Op) -> str:
    return apply_edits(op.base_text, edits_from_patch(op.base_text, op.patch))


def texts(instruction: str) -> dict[str, str]:
    return {op.target: applied(op) for op in parse_instruction(instruction, TEXT) if op.kind == "modify"}


def test_one_change_to_several_paragraphs_named_together() -> None:
    assert texts("In operative paragraphs 1 and 3, replace “report” with “reports”.") == {
        "p-4": "Takes note of the reports of the Secretary-General;",
        "p-6": "Welcomes the reports on the Chernobyl-affected regions;",
    }
    assert set(texts("In preambular paragraphs 2 to 3, replace “Chernobyl” with “Chornobyl”.")) == {
        "p-2",
        "p-3",
    }


def test_a_change_throughout_the_text_takes_every_occurrence_of_whole_words() -> None:
    changed = texts(
        "Replace “Chernobyl” with “Chornobyl” in the preambular paragraphs and the operative paragraphs."
    )
    assert changed == {
        "p-2": "Recognizing the consequences of the Chornobyl disaster and of COVID‑19,",
        "p-3": "Welcoming the closure of the Chornobyl nuclear power plant,",
        "p-5": DAY.replace("Chernobyl", "Chornobyl"),
        "p-6": "Welcomes the report on the Chornobyl-affected regions;",
    }


def test_later_changes_quote_the_text_as_earlier_ones_left_it_or_as_tabled() -> None:
    changed = texts(
        "1. Replace “Chernobyl” with “Chornobyl” throughout the text.\n"
        "2. In the third preambular paragraph, insert “of Ukraine” after “Chornobyl nuclear power plant”.\n"
        "3. In operative paragraph 2, after “International Chornobyl Disaster Remembrance Day”, insert "
        "“, including in 2026,”.\n"
        "4. In operative paragraph 3, replace “the Chernobyl-affected regions” with “the affected regions”."
    )
    assert changed["p-3"] == "Welcoming the closure of the Chornobyl nuclear power plant of Ukraine,"
    # the inserted words end with the comma the text has already: it is not doubled
    assert changed["p-5"] == (
        "Invites States to observe International Chornobyl Disaster Remembrance Day, including in 2026, "
        "and notes the costs;"
    )
    assert changed["p-6"] == "Welcomes the report on the affected regions;"


def test_quotes_match_hyphens_and_footnote_marks_as_printed() -> None:
    assert texts("In the second preambular paragraph, delete “and of COVID-19”.")["p-2"] == (
        "Recognizing the consequences of the Chernobyl disaster,"
    )
    # the document's own note mark in the quote, defined after the instruction
    changed = texts(
        "In the first preambular paragraph, replace “Court,[^1] and noting” with “Court,[^1] noting”.\n\n"
        "[^1]: United Nations, Treaty Series, vol. 2187, No. 38544."
    )
    assert changed["p-1"] == TEXT[0].text.replace("and noting", "noting")


def test_deleting_words_deletes_their_footnote_reference_and_the_note() -> None:
    (op,) = parse_instruction(
        "In the first preambular paragraph, delete “of the International Criminal Court,”.", TEXT
    )
    assert applied(op) == "Recalling the Rome Statute and noting the role of the Court,"
    neg = Negotiation(
        Draft("x", ["T"], paragraphs=TEXT),
        [Amendment("A-1", "A", (op,), T0)],
        [Decision("D-1", "A-1", "accept", "GA", T0)],
    )
    assert neg.agreed[0].footnotes == ()
    (op,) = parse_instruction(
        "In PP1, delete the words “International Criminal Court,” and the footnote.", TEXT
    )
    assert "[^15]" not in applied(op)


def test_new_words_may_bring_a_new_footnote() -> None:
    (op,) = parse_instruction(
        "In operative paragraph 1, after “Secretary-General” insert “and the Programme of Action[^1]”.\n\n"
        "[^1]: Report of the International Conference on Population and Development.",
        TEXT,
    )
    assert (
        applied(op) == "Takes note of the report of the Secretary-General and the Programme of Action[^16];"
    )
    assert op.notes == (
        Footnote("16", "Report of the International Conference on Population and Development."),
    )
    neg = Negotiation(Draft("x", ["T"], paragraphs=TEXT), [Amendment("A-1", "A", (op,), T0)], [])
    assert render(neg, "compilation", ["p-4"])[0].footnotes == op.notes
    neg.add_decision(Decision("D-1", "A-1", "accept", "GA", T0))
    assert neg.agreed[3].footnotes == op.notes
    with pytest.raises(InstructionError, match=re.escape("[^2] is not defined")):
        parse_instruction("In OP1, at the end insert “too[^2]”.", TEXT)


@pytest.mark.parametrize(
    ("instruction", "after", "kind"),
    [
        (
            "After operative paragraph 2, insert the following operative paragraph:\n\nDecides;",
            "p-5",
            "operative",
        ),
        ("Insert a new operative paragraph 2 bis, reading: “Decides to act;”", "p-5", "operative"),
        (
            "Insert a new preambular paragraph after the second preambular paragraph: Noting,",
            "p-2",
            "preamble",
        ),
        (
            "After the paragraph beginning “Invites States…”, insert a new paragraph: Decides;",
            "p-5",
            "operative",
        ),
    ],
)
def test_new_paragraphs_as_amendments_announce_them(instruction: str, after: str, kind: str) -> None:
    (op,) = parse_instruction(instruction, TEXT)
    assert (op.kind, op.after, op.new_kind) == ("insert", after, kind)


def test_two_new_paragraphs_keep_their_order() -> None:
    ops = parse_instruction(
        "After operative paragraph 1, insert two new operative paragraphs reading:\n\n"
        "Expresses grave alarm at the damage;\n\nStresses the importance of\nsupport;",
        TEXT,
    )
    neg = Negotiation(Draft("x", ["T"], paragraphs=TEXT), [Amendment("A-1", "A", tuple(
        op._replace(new_id=f"A-1-{n}") for n, op in enumerate(ops, 1)
    ), T0)], [])  # fmt: skip
    pending = [v.text for v in render(neg, "tracked") if v.id.startswith("A-1")]
    assert pending == ["Expresses grave alarm at the damage; [A]", "Stresses the importance of support; [A]"]
    neg.add_decision(Decision("D-1", "A-1", "accept", "GA", T0))
    assert [p.text for p in neg.agreed[4:6]] == [
        "Expresses grave alarm at the damage;",
        "Stresses the importance of support;",
    ]
    with pytest.raises(InstructionError, match="2 new paragraphs announced, 1 found"):
        parse_instruction(
            "After operative paragraph 1, insert two new operative paragraphs reading: Decides;", TEXT
        )


def test_whole_paragraphs_replaced_deleted_and_checked_against_their_wording() -> None:
    ops = parse_instruction(
        "1. Replace operative paragraph 1 with the following: Welcomes the report;\n"
        "2. Delete the second preambular paragraph and operative paragraphs 2 to 3.\n"
        "3. Delete the first preambular paragraph reading:\n\nRecalling the Rome Statute of the "
        "International "
        "Criminal Court,** and noting the role of the Court,",
        TEXT,
    )
    assert [(op.kind, op.target) for op in ops] == [
        ("modify", "p-4"), ("delete", "p-2"), ("delete", "p-5"), ("delete", "p-6"), ("delete", "p-1"),
    ]  # fmt: skip
    with pytest.raises(
        InstructionError, match="the first preambular paragraph does not read “Recalling the Rome"
    ):
        parse_instruction("Delete the first preambular paragraph reading: Recalling the Rome Statute,", TEXT)


def test_what_cannot_be_read_is_named_and_nothing_is_returned() -> None:
    with pytest.raises(
        InstructionError, match=re.escape("cannot read the instruction at “2. Rewrite operative paragraph 2")
    ):
        parse_instruction("1. Delete operative paragraph 1. 2. Rewrite operative paragraph 2 in verse.", TEXT)
    with pytest.raises(InstructionError, match="no paragraph begins with “Decides”"):
        parse_instruction("In the paragraph beginning “Decides…”, delete “the”.", TEXT)


def test_a_replaced_clause_shows_as_one_replacement() -> None:
    (op,) = parse_instruction(
        "In operative paragraph 4, replace “Aware to the fact” with “Aware of the fact”; "
        "replace “recommendations;” with “recommendations.”",
        TEXT,
    )
    neg = Negotiation(Draft("x", ["T"], paragraphs=TEXT), [Amendment("BLR-1", "BLR", (op,), T0)], [])
    (view,) = render(neg, "compilation", ["p-7"])
    assert view.text == (
        "[Aware to the fact] [Alt 1 (BLR): Aware of the fact] that the "
        "[recommendations;] [Alt 1 (BLR): recommendations.]"
    )
    (deleting,) = parse_instruction("In operative paragraph 4, delete “to the fact”.", TEXT)
    neg = Negotiation(Draft("x", ["T"], paragraphs=TEXT), [Amendment("USA-1", "USA", (deleting,), T0)], [])
    assert render(neg, "compilation", ["p-7"])[0].text == (
        "Aware [to the fact] [Alt 1 (USA): delete] that the recommendations;"
    )


def test_an_amendment_document_as_printed_gives_its_instruction_and_notes() -> None:
    doc = read_document((CORPUS / "A_80_L.31.txt").read_text(encoding="utf-8"))
    assert (doc.symbol, doc.sponsors, doc.amends) == (
        "A/80/L.31", "United States of America", "draft resolution A/80/L.25",
    )  # fmt: skip
    assert doc.instruction.startswith(
        "In operative paragraph 68, after “including sexual and reproductive health”"
    )
    assert "Development[^1] and its review outcomes" in doc.instruction
    assert doc.instruction.endswith(
        "[^1]: Report of the International Conference on Population and Development, Cairo, 5–13 September "
        "1994 (United Nations publication, Sales No. E.95.XIII.18), chap. I, resolution 1, annex."
    )
    assert "Any changes to the list of sponsors" not in doc.instruction
    assert "Development** and its review outcomes" in doc.printed  # as printed: the document's own mark
    assert doc.printed.endswith("\n\n** Report of the International Conference on Population and "
        "Development, Cairo, 5–13 September 1994 (United Nations publication, Sales No. E.95.XIII.18), "
        "chap. I, resolution 1, annex.")  # fmt: skip
    assert read_document("In OP1, delete “the”.").instruction == "In OP1, delete “the”."
    pages = read_document((CORPUS / "A_80_L.28.txt").read_text(encoding="utf-8")).instruction
    assert "25-19892" not in pages and "2/2" not in pages and "A/80/L.28" not in pages


def _numbered(pp: int, op: int, words: dict[str, str]) -> list[Paragraph]:
    """A text of ``pp`` preambular and ``op`` operative paragraphs; ``words`` puts words in some."""
    out = [
        Paragraph(f"pp-{n}", "preamble", words.get(f"PP{n}", f"Recalling item {n},"))
        for n in range(1, pp + 1)
    ]
    return out + [
        Paragraph(f"op-{n}", "operative", words.get(f"OP{n}", f"Decides item {n};")) for n in range(1, op + 1)
    ]


GROUNDS = "Concerned at discrimination on any grounds, including sexual orientation and gender identity, and"
STAKEHOLDERS = (
    "Decides to convene the conference, to decide on the participation of stakeholders other than those "
    "referred to in paragraph 9 below, including on the modalities for such decision and participation, on "
    "the basis of a list of relevant non-governmental organizations, civil society organizations, academic "
    "institutions and the private sector to be prepared by the Secretariat, and to adopt its rules;"
)
FOUR = [("delete", "pp-21"), ("delete", "op-35"), ("delete", "op-38"), ("delete", "op-39")]
THREE = [("delete", "op-3"), ("delete", "op-43"), ("delete", "op-45")]


@pytest.mark.parametrize(
    ("document", "text", "ops"),
    [
        ("A_80_L.38", _numbered(21, 39, {}), FOUR),
        ("A_C.2_80_L.62", _numbered(21, 39, {}), FOUR),
        ("A_80_L.39", _numbered(1, 45, {}), THREE),
        ("A_C.2_80_L.63", _numbered(1, 45, {}), THREE),
        ("A_80_L.40", _numbered(11, 1, {"PP11": GROUNDS}), [("modify", "pp-11")]),
        ("A_C.6_80_L.24", _numbered(0, 2, {"OP2": STAKEHOLDERS}), [("modify", "op-2")]),
    ],
)
def test_amendments_to_drafts_not_in_the_corpus_parse_as_printed(
    document: str, text: list[Paragraph], ops: list[tuple[str, str]]
) -> None:
    """Their drafts are not public here: a text with as many paragraphs, holding the words they quote."""
    instruction = read_document((CORPUS / f"{document}.txt").read_text(encoding="utf-8")).instruction
    assert [(op.kind, op.target) for op in parse_instruction(instruction, text)] == ops


@pytest.mark.parametrize(
    ("instruction", "target", "result"),
    [
        ("Delete “of the Secretary-General” in operative paragraph 1.", "p-4", "Takes note of the report;"),
        (
            "Replace the words “Takes note of” with “Welcomes” in operative paragraph 1.",
            "p-4",
            "Welcomes the report of the Secretary-General;",
        ),
        (
            "In operative paragraph 1, the words “Takes note of” should be replaced by “Welcomes”.",
            "p-4",
            "Welcomes the report of the Secretary-General;",
        ),
        (
            "In operative paragraph 1, the words “of the Secretary-General” should be deleted.",
            "p-4",
            "Takes note of the report;",
        ),
        (
            "At the end of operative paragraph 1, add “and its annex”.",
            "p-4",
            "Takes note of the report of the Secretary-General and its annex;",
        ),
        (
            "Operative paragraph 1 should read as follows: “Welcomes the report;”",
            "p-4",
            "Welcomes the report;",
        ),
        ("Replace the text of operative paragraph 1 with: Welcomes it;", "p-4", "Welcomes it;"),
    ],
)
def test_other_forms_documents_use(instruction: str, target: str, result: str) -> None:
    assert texts(instruction) == {target: result}


def test_a_lettered_list_of_changes() -> None:
    ops = parse_instruction(
        "(a) After operative paragraph 1, insert a new operative paragraph reading: Decides to act;\n"
        "(b) In operative paragraph 4, replace “Aware to” with “Aware of”.",
        TEXT,
    )
    assert [(op.kind, op.text or applied(op)) for op in ops] == [
        ("insert", "Decides to act;"),
        ("modify", "Aware of the fact that the recommendations;"),
    ]


def test_amendment_documents_laid_out_otherwise() -> None:
    cover = "United Nations\nA/C.3/80/L.99\n\nGeneral Assembly\nDistr.: Limited\n1 November 2025\n\n"
    # the sponsors above the heading, a note cited by a digit glued to a word
    doc = read_document(
        cover + "Brazil and Chile\n\nAmendments to draft resolution A/C.3/80/L.23\n\n"
        "Rights of the child\n\n"
        "In operative paragraph 1, after “report” insert “of the Secretary-General1”.\n\n"
        "1 A/80/123.\n"
    )
    assert (doc.symbol, doc.sponsors, doc.amends) == ("A/C.3/80/L.99", "", "draft resolution A/C.3/80/L.23")
    assert doc.instruction == (
        "In operative paragraph 1, after “report” insert “of the Secretary-General[^1]”.\n\n[^1]: A/80/123."
    )
    # no heading at all: the instructions start at the first block that reads as one
    bare = read_document(
        cover + "Eightieth session\n\n1. Delete operative paragraph 2.\n2. Renumber accordingly.\n"
    )
    assert bare.instruction == "1. Delete operative paragraph 2.\n2. Renumber accordingly."


def test_forms_with_the_paragraph_inside_the_clause_or_renumbering_after_it() -> None:
    assert texts("After the words “Takes note” in operative paragraph 1, insert “with thanks”.") == {
        "p-4": "Takes note with thanks of the report of the Secretary-General;"
    }
    ops = parse_instruction(
        "Delete operative paragraph 2 and renumber the subsequent paragraphs accordingly.", TEXT
    )
    assert [(op.kind, op.target) for op in ops] == [("delete", "p-5")]
    (op,) = parse_instruction(
        "In PP1, delete the words “International Criminal Court,”, and the footnote thereto.", TEXT
    )
    assert "[^15]" not in applied(op)


def test_the_agreed_text_numbers_notes_in_the_order_it_cites_them() -> None:
    text = [
        Paragraph("a", "preamble", "Noting the report,[^1]", footnotes=(Footnote("1", "A/80/1."),)),
        Paragraph("b", "operative", "Decides to act;[^2]", footnotes=(Footnote("2", "A/80/2."),)),
    ]
    (op,) = parse_instruction(
        "In the first preambular paragraph, at the beginning insert “Recalling the Charter,[^1]”.\n\n"
        "[^1]: Charter of the United Nations.",
        text,
    )
    assert applied(op) == "Recalling the Charter,[^3] Noting the report,[^1]"
    neg = Negotiation(
        Draft("x", ["T"], paragraphs=text),
        [Amendment("A-1", "A", (op,), T0)],
        [Decision("D-1", "A-1", "accept", "GA", T0)],
    )
    first, second = render(neg, "agreed")
    assert [(s.text, s.mark) for s in first.spans if s.mark == "fnref"] == [("1", "fnref"), ("2", "fnref")]
    assert first.footnotes == (Footnote("1", "Charter of the United Nations."), Footnote("2", "A/80/1."))
    assert second.footnotes == (Footnote("3", "A/80/2."),)
    assert neg.agreed[0].text == "Recalling the Charter,[^3] Noting the report,[^1]"  # stored as tabled
