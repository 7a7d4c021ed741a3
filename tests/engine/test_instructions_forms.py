"""More forms real amendments use: the title, "wherever it appears", new paragraphs at the end or the
beginning, ordinals and sub-paragraphs; and an amended title through the merge, views and exports."""

from __future__ import annotations

from datetime import datetime

import pytest

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.exporting import export
from draftdesk.engine.instructions import InstructionError, parse_instruction
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Draft, Footnote, Paragraph
from draftdesk.engine.patches import apply_edits, edits_from_patch
from draftdesk.engine.revision import issue_revision
from draftdesk.engine.views import document

T0 = datetime(2026, 12, 1, 9, 0)
DRAFT = Draft(
    "x",
    ["Persistent legacy of the Chernobyl disaster"],
    layout="un-resolution",
    authoring="The General Assembly,",
    paragraphs=[
        Paragraph("p-1", "preamble", "Recalling the Chernobyl disaster,"),
        Paragraph("p-2", "preamble", "Noting the report on Chernobyl,"),
        Paragraph("p-3", "operative", "Welcomes the report and the report annex;"),
        Paragraph("p-4", "operative", "Requests the Secretary-General to report on:"),
        Paragraph("p-5", "sub-item", "the recovery of the regions;", parent="p-4"),
        Paragraph("p-6", "sub-item", "the health of the people;", parent="p-4"),
        Paragraph("p-7", "operative", "Decides to remain seized of the matter."),
    ],
)
TEXT = Negotiation(DRAFT, [], []).text


def changed(instruction: str) -> dict[str, str]:
    """Paragraph id -> new text for each modify op; "+kind after id" -> text for each insert."""
    out = {}
    for op in parse_instruction(instruction, TEXT):
        if op.kind == "modify":
            out[op.target] = apply_edits(op.base_text, edits_from_patch(op.base_text, op.patch))
        elif op.kind == "insert":
            out[f"+{op.new_kind} after {op.after or 'start'}"] = op.text
    return out


@pytest.mark.parametrize(
    ("instruction", "result"),
    [
        (
            "In the title, replace “Chernobyl” with “Chornobyl”.",
            "Persistent legacy of the Chornobyl disaster",
        ),
        ("Replace the title with the following: “Legacy of Chornobyl”", "Legacy of Chornobyl"),
        ("Amend the title of the draft resolution to read: “Legacy of Chornobyl”", "Legacy of Chornobyl"),
        ("The title should read as follows: “Legacy of Chornobyl”", "Legacy of Chornobyl"),
    ],
)
def test_the_title_is_addressed_like_a_paragraph(instruction: str, result: str) -> None:
    assert changed(instruction) == {"title": result}


def test_a_change_in_the_title_and_the_paragraphs_takes_the_title_too() -> None:
    out = changed(
        "Replace “Chernobyl” with “Chornobyl” in the title, the preambular paragraphs and the operative "
        "paragraphs."
    )
    assert set(out) == {"title", "p-1", "p-2"}
    assert set(changed("Replace “Chernobyl” with “Chornobyl” in the preambular paragraphs.")) == {
        "p-1",
        "p-2",
    }


def test_wherever_it_appears_takes_every_occurrence_in_what_is_named() -> None:
    assert changed(
        "In operative paragraph 1, replace the word “report” with “study” wherever it appears."
    ) == {"p-3": "Welcomes the study and the study annex;"}
    assert changed("Replace “report” with “study” wherever it appears in operative paragraph 1.") == {
        "p-3": "Welcomes the study and the study annex;"
    }
    assert set(changed("Replace the word “Chernobyl” with “Chornobyl” wherever it appears in the text.")) == {
        "title",
        "p-1",
        "p-2",
    }
    assert changed("In operative paragraph 1, delete the word “report” each time it appears.") == {
        "p-3": "Welcomes the and the annex;"
    }
    with pytest.raises(InstructionError, match="In operative paragraph 3: “report” does not occur"):
        parse_instruction("In operative paragraph 3, replace “report” with “x” wherever it appears.", TEXT)


@pytest.mark.parametrize(
    ("instruction", "where"),
    [
        ("Add a new operative paragraph at the end reading: “Requests more;”", "+operative after p-7"),
        ("At the end of the operative part, insert a new operative paragraph reading: “Requests more;”",
         "+operative after p-7"),
        ("At the end of the preamble, insert a new preambular paragraph reading: “Requests more;”",
         "+preamble after p-2"),
        ("Insert a new preambular paragraph at the beginning: “Requests more;”", "+preamble after start"),
        ("Insert the following new preambular paragraph after the second preambular paragraph: “Requests "
         "more;”", "+preamble after p-2"),
        ("After sub-paragraph (a) of operative paragraph 2, insert a new sub-paragraph reading: “Requests "
         "more;”",
         "+sub-item after p-5"),
    ],
)  # fmt: skip
def test_new_paragraphs_at_the_end_or_the_beginning(instruction: str, where: str) -> None:
    assert changed(instruction) == {where: "Requests more;"}


@pytest.mark.parametrize(
    ("instruction", "target", "result"),
    [
        ("In sub-paragraph (b) of operative paragraph 2, replace “health” with “well-being”.", "p-6",
         "the well-being of the people;"),
        ("In the second preambular paragraph, add the words “and its annex” at the end.", "p-2",
         "Noting the report on Chernobyl and its annex,"),
        ("In operative paragraph 1, before the words “the report annex” insert “in particular”.", "p-3",
         "Welcomes the report and in particular the report annex;"),
        ("In operative paragraph 1, insert “annual” between “the” and “report annex”.", "p-3",
         "Welcomes the report and the annual report annex;"),
        ("At the beginning of operative paragraph 3, insert “Also”.", "p-7",
         "Also Decides to remain seized of the matter."),
    ],
)  # fmt: skip
def test_ordinals_sub_paragraphs_and_edges(instruction: str, target: str, result: str) -> None:
    assert changed(instruction) == {target: result}


def test_an_amended_title_is_merged_tracked_exported_and_kept_by_a_revision() -> None:
    (op,) = parse_instruction("In the title, replace “Chernobyl” with “Chornobyl”.", TEXT)
    amendment = Amendment("UKR-1", "UKR", (op,), T0)
    neg = Negotiation(DRAFT, [amendment], [])
    assert "Persistent legacy of the [-Chernobyl-]{+Chornobyl+} [UKR] disaster" in export(
        DRAFT, document(neg, "tracked"), "txt"
    )
    neg.add_decision(Decision("D-1", "UKR-1", "accept", "GA", T0))
    assert neg.title is not None and neg.title.text == "Persistent legacy of the Chornobyl disaster"
    assert [p.id for p in neg.agreed] == [p.id for p in DRAFT.paragraphs]
    assert [run.org for run in neg.runs("title")] == ["base", "UKR", "base"]
    agreed = export(DRAFT, document(neg, "agreed"), "txt")
    assert "Persistent legacy of the Chornobyl disaster\n\nThe General Assembly," in agreed
    assert agreed.count("Chornobyl") == 1  # the title once, not also as a paragraph of the body
    assert export(DRAFT, document(neg, "agreed"), "md").startswith(
        "# Persistent legacy of the Chornobyl disaster"
    )
    rev1 = issue_revision(neg).draft
    assert rev1.title == ["Persistent legacy of the Chornobyl disaster"]
    after = Negotiation(rev1, [amendment], [])
    assert [(run.org, run.text) for run in after.runs("title")] == [
        ("base", "Persistent legacy of the "),
        ("UKR", "Chornobyl"),
        ("base", " disaster"),
    ]  # who wrote the title survives the revision, as for any paragraph
    assert "Persistent legacy of the [UKR: Chornobyl] disaster" in export(
        rev1, document(after, "attribution"), "txt"
    )


def test_a_new_paragraph_at_the_start_follows_the_title() -> None:
    ops = parse_instruction(
        "At the beginning, insert a new preambular paragraph reading: “Guided by X,”", TEXT
    )
    (op,) = [op._replace(new_id="A-1-1") for op in ops]
    neg = Negotiation(DRAFT, [Amendment("A-1", "A", (op,), T0)], [])
    assert [v.id for v in document(neg, "tracked")][:3] == ["title", "A-1-1", "p-1"]
    neg.add_decision(Decision("D-1", "A-1", "accept", "GA", T0))
    assert [p.id for p in neg.text][:3] == ["title", "A-1-1", "p-1"]


COURT = Footnote("15", "United Nations, Treaty Series, vol. 2187, No. 38544.")
CITING = [
    Paragraph(
        "p-1", "preamble", "Recalling the Statute of the Court,[^15] and its role,", footnotes=(COURT,)
    ),
    Paragraph("p-2", "operative", "Invites States to join the Statute of the Court;"),
]


def agreed_after(instruction: str) -> list[Paragraph]:
    ops = parse_instruction(instruction, CITING)
    draft = Draft("x", ["T"], paragraphs=CITING)
    neg = Negotiation(
        draft, [Amendment("A-1", "A", tuple(ops), T0)], [Decision("D-1", "A-1", "accept", "GA", T0)]
    )
    assert neg.state("A-1").status == "accepted", neg.fall_reason("A-1")
    return neg.agreed


def test_a_change_throughout_the_text_keeps_deletes_or_brings_footnotes() -> None:
    kept = agreed_after("Replace “Court” with “Tribunal” throughout the text.")
    assert [p.text for p in kept] == [
        "Recalling the Statute of the Tribunal,[^15] and its role,",
        "Invites States to join the Statute of the Tribunal;",
    ]
    assert kept[0].footnotes == (COURT,)
    deleted = agreed_after("Delete “of the Court,[^1]” throughout the text.\n\n[^1]: " + COURT.text)
    assert (deleted[0].text, deleted[0].footnotes) == ("Recalling the Statute and its role,", ())
    brought = agreed_after("Replace “Statute” with “Statute[^1]” throughout the text.\n\n[^1]: A/CONF.183/9.")
    assert [p.text for p in brought] == [
        "Recalling the Statute[^16] of the Court,[^15] and its role,",
        "Invites States to join the Statute[^16] of the Court;",
    ]
    assert [p.footnotes[-1] for p in brought] == [Footnote("16", "A/CONF.183/9.")] * 2


@pytest.mark.parametrize(
    ("instruction", "result"),
    [
        ("In the second preambular paragraph, the word “Chernobyl” is replaced by “Chornobyl”.",
         {"p-2": "Noting the report on Chornobyl,"}),
        ("In the second preambular paragraph, the words “on Chernobyl” are deleted.",
         {"p-2": "Noting the report,"}),
        ("Operative paragraph 1 is deleted.", {"-p-3": ""}),
        ("Operative paragraph 3 shall be deleted.", {"-p-7": ""}),
        ("Delete the last preambular paragraph.", {"-p-2": ""}),
        ("Delete the first and second preambular paragraphs.", {"-p-1": "", "-p-2": ""}),
        ("In the last operative paragraph, replace “remain” with “stay”.",
         {"p-7": "Decides to stay seized of the matter."}),
        ("In the chapeau of operative paragraph 2, replace “report on” with “report to it on”.",
         {"p-4": "Requests the Secretary-General to report to it on:"}),
        ("Delete the words “and the report annex” from operative paragraph 1.",
         {"p-3": "Welcomes the report;"}),
        ("Add the following at the end of operative paragraph 3: “, as appropriate”.",
         {"p-7": "Decides to remain seized of the matter, as appropriate."}),
        ("Operative paragraph 3 to be replaced by: “Decides to conclude.”", {"p-7": "Decides to conclude."}),
        ("Insert a new paragraph after operative paragraph 1 to read as follows: “Notes X;”",
         {"+operative after p-3": "Notes X;"}),
        ("Add a new sub-paragraph (c) to operative paragraph 2, reading: “the costs;”",
         {"+sub-item after p-6": "the costs;"}),
        ("Add a new sub-paragraph (a) to operative paragraph 2, reading: “the costs;”",
         {"+sub-item after p-4": "the costs;"}),
        ("In operative paragraph 1, replace “Welcomes” with “Notes”; in operative paragraph 3, delete “of the"
         " matter”.", {"p-3": "Notes the report and the report annex;", "p-7": "Decides to remain seized."}),
        ("In the first preambular paragraph, replace “Chernobyl” with “Chornobyl”; and in operative"
         " paragraph 1, delete “and the report annex”; delete operative paragraph 3.",
         {"p-1": "Recalling the Chornobyl disaster,", "p-3": "Welcomes the report;", "-p-7": ""}),
        ("In operative paragraph 1, replace “Welcomes” with “Notes”, and in operative paragraph 3, delete"
         " “of the matter”.",
         {"p-3": "Notes the report and the report annex;", "p-7": "Decides to remain seized."}),
        ("Replace “the” with “this” in preambular paragraphs 1 and 2.",
         {"p-1": "Recalling this Chernobyl disaster,", "p-2": "Noting this report on Chernobyl,"}),
        ("Insert, after operative paragraph 1, the following new paragraph: “Notes X;”",
         {"+operative after p-3": "Notes X;"}),
        ("Operative paragraph 3 should be amended to read as follows: “Decides to conclude.”",
         {"p-7": "Decides to conclude."}),
        ("In operative paragraph 1, replace “Welcomes” with “Notes” and “annex” with “summary”.",
         {"p-3": "Notes the report and the report summary;"}),
        ("In operative paragraph 1, replace “Welcomes” with “Notes”; in the same paragraph, delete “and the"
         " report annex”.", {"p-3": "Notes the report;"}),
        ("At the end of the preamble, insert a new paragraph reading: “Noting X,”",
         {"+preamble after p-2": "Noting X,"}),
        ("Delete operative paragraph 3; in operative paragraph 1, after “Welcomes the report” insert"
         " “, with appreciation,”.",
         {"-p-7": "", "p-3": "Welcomes the report, with appreciation, and the report annex;"}),
    ],
)  # fmt: skip
def test_passive_last_chapeau_from_lettered_and_semicolon_chained_forms(
    instruction: str, result: dict[str, str]
) -> None:
    out = changed(instruction)
    out |= {f"-{op.target}": "" for op in parse_instruction(instruction, TEXT) if op.kind == "delete"}
    assert out == result


def test_new_paragraphs_quoted_each_on_its_own_are_read_without_their_quotes() -> None:
    instruction = (
        "Insert after operative paragraph 1 two new paragraphs reading:\n\n“Notes X;”\n\n“Notes “Y”;”"
    )
    inserted = [op for op in parse_instruction(instruction, TEXT) if op.kind == "insert"]
    assert sorted(op.text for op in inserted) == ["Notes X;", "Notes “Y”;"]
    assert {op.after for op in inserted} == {"p-3"}


def test_a_quote_carrying_the_documents_asterisk_note_mark_finds_the_words_and_deletes_the_reference() -> (
    None
):
    court = Paragraph(
        "p-1",
        "preamble",
        "Mindful of the International Criminal Court[^2] that define it,",
        footnotes=(Footnote("2", "A/CONF.183/9."),),
    )
    (op,) = parse_instruction("In the first preambular paragraph, delete “Criminal Court* that”.", [court])
    assert (
        apply_edits(op.base_text, edits_from_patch(op.base_text, op.patch))
        == "Mindful of the International define it,"
    )


@pytest.mark.parametrize("part", ["the agenda item", "the authoring line", "the list of sponsors"])
def test_the_cover_and_the_authoring_line_are_not_amended_and_say_so(part: str) -> None:
    with pytest.raises(InstructionError, match=f"^{part} is not negotiated text: only the title and the"):
        parse_instruction(f"In {part}, replace “General” with “Special”.", TEXT)
