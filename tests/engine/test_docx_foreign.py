"""Word drafts made by a secretariat, not by DraftDesk: read by their numbering, styles and notes."""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

import docx
import pytest

from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.importing.docx import import_docx
from draftdesk.engine.importing.docx_changes import ops_from_docx
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import EMPHASIS_RE, Draft
from draftdesk.engine.numbering import number_paragraphs
from draftdesk.engine.user_ops import DraftingError, find

from .docx_cases import T0, seed_draft
from .word_drafts import (
    SecretariatDocument,
    ministerial_declaration,
    number,
    styled_conclusions,
    un_draft_resolution,
)


def outline(draft: Draft) -> list[tuple[str, str, str]]:
    numbers = number_paragraphs(draft.paragraphs)
    return [(numbers[p.id].label if p.id in numbers else p.kind, p.part, p.text) for p in draft.paragraphs]


def test_word_list_levels_give_the_operative_paragraphs_and_their_sub_items() -> None:
    result = import_docx(un_draft_resolution(), slug="migrants")
    draft = result.draft
    assert outline(draft) == [
        ("PP1", "", "*Recalling* its resolution 79/170 of 17 December 2024[^1],"),
        ("PP2", "", "*Reaffirming* the Universal Declaration of Human Rights,"),
        ("PP3", "", "*Deeply concerned* by the number of migrants who die at sea,"),
        ("OP1", "", "Calls upon all States:"),
        ("OP1(a)", "", "To protect the human rights of migrants;"),
        ("OP1(b)", "", "To cooperate at every stage of migration, in particular:"),
        ("OP1(b)(i)", "", "On search and rescue;"),
        ("OP1(b)(ii)", "", "On safe return;"),
        ("OP2", "", "Requests the Secretary-General to report[^2] at its eighty-first session;"),
        ("OP3", "", "Decides to remain seized of the matter."),
        ("heading", "annex", "Meetings held"),
        ("text", "annex", "Geneva | 1 May 2025"),
        ("text", "annex", "Vienna | 2 June 2025"),
    ]
    notes = {p.text[:12]: [(n.mark, n.text) for n in p.footnotes] for p in draft.paragraphs if p.footnotes}
    assert notes == {
        "*Recalling* ": [("1", "See A/79/PV.50.")],
        "Requests the": [("2", "In accordance with resolution 78/160.")],
    }
    assert (draft.layout, draft.authoring, draft.title) == (
        "un-resolution",
        "The General Assembly,",
        ["Protection of migrants on the move"],
    )
    assert draft.metadata["symbol"] == "A/C.3/80/L.99"
    assert draft.metadata["agenda_title"] == "Promotion and protection of human rights"
    assert "Austria, Brazil and Chile" in draft.metadata["sponsors"]
    assert not any("25-01234" in p.text for p in draft.paragraphs)  # the footer is furniture
    assert "the file has tracked changes: read with every change accepted" in result.warnings


def test_numbering_that_comes_from_paragraph_styles() -> None:
    draft = import_docx(styled_conclusions(), slug="styled").draft
    assert outline(draft) == [
        ("PP1", "", "Meeting in *Vienna* on 3 March 2025,"),
        ("text", "", "Agreed upon the following:"),
        ("OP1", "", "Welcome the report of the secretariat;"),
        ("OP2", "", "Decide to meet again[^1]:"),
        ("OP2(a)", "", "in Vienna, in spring;"),
        ("OP2(b)", "", "with the partners:"),
        ("OP2(b)(i)", "", "of the region;"),
        ("OP3", "", "Thank the host."),
        ("closing", "", "Vienna, 3 March 2025"),
    ]
    assert (draft.layout, draft.title, draft.place_date) == (
        "conclusions",
        ["ANNUAL MEETING", "OF THE REGIONAL PARTNERS"],
        "Vienna, 3 March 2025",
    )
    assert [(n.mark, n.text) for p in draft.paragraphs for n in p.footnotes] == [
        ("1", "Dates to be confirmed.")
    ]


def in_word(draft: Draft) -> bytes:
    return _typed(draft)[0].to_bytes()


def _typed(draft: Draft) -> tuple[SecretariatDocument, str]:
    """The draft typed into Word by a secretariat (numbers and letters from one Word list), and
    that list's id."""
    word = SecretariatDocument()
    items = word.add_list([("decimal", "%1."), ("lowerLetter", "%2.")])
    numbers = number_paragraphs(draft.paragraphs)
    word.doc.add_paragraph("\n".join(draft.title))
    word.doc.add_paragraph(draft.doc_type)
    word.doc.add_paragraph(draft.place_date)
    for p in draft.paragraphs:
        if p.kind in ("operative", "sub-item"):
            paragraph = word.numbered("", items, numbers[p.id].depth)
        else:
            paragraph = word.doc.add_paragraph()
        text = p.text
        for note in p.footnotes:
            text, _, after = text.partition(f"[^{note.mark}]")
            _emphasised(paragraph, text)
            word.footnote(paragraph, note.text)
            text = after
        _emphasised(paragraph, text)
    return word, items


def _emphasised(paragraph, text: str) -> None:
    """``*words*`` as italic runs."""
    at = 0
    for match in EMPHASIS_RE.finditer(text):
        paragraph.add_run(text[at : match.start()])
        paragraph.add_run(match.group(1)).italic = True
        at = match.end()
    paragraph.add_run(text[at:])


def test_the_seed_made_in_word_imports_as_its_text_import_does() -> None:
    typed = seed_draft()
    draft = import_docx(in_word(typed), slug="belgrade", chair="SEECF").draft
    assert draft.paragraphs == typed.paragraphs
    assert (draft.title, draft.doc_type, draft.place_date, draft.orgs) == (
        typed.title,
        typed.doc_type,
        typed.place_date,
        typed.orgs,
    )


def test_a_paragraph_mark_deleted_joins_its_words_to_the_next_paragraph() -> None:
    """With the changes accepted, a paragraph whose mark is struck runs on into the next, as in Word
    (two items made one), and Word's numbers are counted on what stands."""
    word = SecretariatDocument()
    items = word.add_list([("decimal", "%1.")])
    word.doc.add_paragraph("CONCLUSIONS")
    word.mark(word.numbered("Welcome the report of the secretariat ", items, 0), "del")
    word.numbered("and its annex;", items, 0)
    word.numbered("Thank the host.", items, 0)
    result = import_docx(word.to_bytes(), slug="joined")
    assert outline(result.draft) == [
        ("OP1", "", "Welcome the report of the secretariat and its annex;"),
        ("OP2", "", "Thank the host."),
    ]


def test_a_delegations_word_changes_become_the_ops_of_its_amendment() -> None:
    """Tracked changes as Word makes them in the secretariat's file: words added at the end of
    operative paragraph 2, and a new operative paragraph typed after Enter at the end of operative
    paragraph 5 (Word tracks the mark of paragraph 5 as inserted, and the new words)."""
    seed = seed_draft()
    word, items = _typed(seed)
    paragraphs = {p.text[:24]: p for p in word.doc.paragraphs}
    word.tracked(paragraphs["Recognise that the ultim"], inserted=" and of its partners")
    word.mark(paragraphs["Recognize the RCC Secret"], "ins")
    new = number(paragraphs["Welcome the readiness of"].insert_paragraph_before(), items, 0)
    word.tracked(new, inserted="Invite the partners to report in 2012.")
    warned: list[str] = []
    data = word.to_bytes()
    ops = ops_from_docx(data, seed.paragraphs, warn=warned.append, mine=["UNDP"])
    took = [line.split(" as yours")[0] for line in warned]
    assert took == ["took 2 tracked changes by “Secretariat”"]  # Word ids: both insertions are 91 here
    assert ops_from_docx(data, seed.paragraphs, warn=warned.append, mine=["Secretariat"]) == ops
    assert len(warned) == 1  # the proposer's own name: taken without a word
    with pytest.raises(DraftingError, match="no organization of this draft \\(2 by “Secretariat”\\)"):
        ops_from_docx(data, seed.paragraphs, mine=["UNDP"], take_unknown=False)  # --unknown-authors refuse
    assert ops_from_docx(data, seed.paragraphs, mine=["Secretariat"], take_unknown=False) == ops
    numbers = {pid: n.label for pid, n in number_paragraphs(seed.paragraphs).items()}
    assert [(op.kind, numbers.get(op.target or op.after), op.new_kind) for op in ops] == [
        ("modify", "OP2", ""),
        ("insert", "OP5", "operative"),
    ]
    assert ops[1].text == "Invite the partners to report in 2012."
    assert ops[0].base_text == find(seed.paragraphs, "OP2").text


def test_two_paragraphs_joined_in_word_become_one_modify_and_one_delete() -> None:
    """Word's Delete at the end of operative paragraph 6 strikes its mark (a ``w:del`` in the mark's
    run properties): accepted, paragraphs 6 and 7 stand as one. The amendment reads the same."""
    seed = seed_draft()
    word, _ = _typed(seed)
    paragraphs = {p.text[:24]: p for p in word.doc.paragraphs}
    word.mark(paragraphs["Welcome the readiness of"], "del")
    ops = ops_from_docx(word.to_bytes(), seed.paragraphs)
    op6, op7 = find(seed.paragraphs, "OP6"), find(seed.paragraphs, "OP7")
    assert [(op.kind, op.target) for op in ops] == [("modify", op6.id), ("delete", op7.id)]
    amendment = Amendment("UNDP-1", "UNDP", tuple(ops), T0)
    accept = Decision("D-1", "UNDP-1", "accept", "SEECF", T0 + timedelta(hours=1))
    agreed = Negotiation(seed, [amendment], [accept]).agreed
    assert [p.text for p in agreed if p.kind == "operative"][-1] == f"{op6.text} {op7.text}"
    assert len(agreed) == len(seed.paragraphs) - 1


def test_a_second_word_list_under_a_lead_in_holds_sub_items_and_the_numbers_are_the_printed_ones() -> None:
    """QA F32: "List Number 2" items under "We commit to:" are Word's own list (printed 1., 2., 3.),
    not operative paragraphs: the paragraphs after them keep the numbers Word prints (3., 4.)."""
    result = import_docx(ministerial_declaration(), slug="vienna")
    rows = [(label, text[:24]) for label, _, text in outline(result.draft)]
    start = rows.index(("heading", "I. Water security"))
    assert rows[start : start + 9] == [
        ("heading", "I. Water security"),
        ("OP1", "We reaffirm our commitme"),
        ("OP2", "We commit to:"),
        ("OP2(a)", "strengthening transbound"),
        ("OP2(b)", "restoring wetlands and f"),
        ("OP2(c)", "sharing hydrological dat"),
        ("heading", "II. Pollution and biodiv"),
        ("OP3", "We will reduce nutrient "),
        ("OP4", "We call upon the Commiss"),
    ]
    printed = [w for w in result.warnings if "Word prints" in w]
    assert printed == [
        "OP2(a) to OP2(c): Word prints them “1.” to “3.”; DraftDesk numbers them OP2(a) to OP2(c)"
    ]


def test_a_list_indented_under_a_lead_in_at_the_end_holds_its_items() -> None:
    """With nothing of the outer list after it, a list is still nested when it follows a paragraph
    ending ":" and Word indents it further."""
    doc = docx.Document()
    doc.add_paragraph("ANNUAL MEETING")
    doc.add_paragraph("Meeting in Vienna on 3 March 2025,")
    doc.add_paragraph("Welcome the report of the secretariat;", style="List Number")
    doc.add_paragraph("Decide to meet again:", style="List Number")
    doc.add_paragraph("in Vienna;", style="List Number 2")
    doc.add_paragraph("in spring.", style="List Number 2")
    out = BytesIO()
    doc.save(out)
    draft = import_docx(out.getvalue(), slug="annual").draft
    assert [label for label, _, _ in outline(draft)] == ["PP1", "OP1", "OP2", "OP2(a)", "OP2(b)"]


def test_bullet_points_under_a_numbered_paragraph_are_its_items_with_a_warning() -> None:
    """EU Council conclusions (QA F31, made in Word): dashes in style "List Bullet 2" under paragraph 3,
    the numbered list going on after them."""
    doc = docx.Document()
    doc.add_paragraph("Council conclusions on enlargement", style="Title")
    for text in ("The Council welcomes the Communication.", "The Council underlines:"):
        doc.add_paragraph(text, style="List Number")
    for text in ("an independent judiciary;", "the fight against corruption."):
        doc.add_paragraph(text, style="List Bullet 2")
    doc.add_paragraph("The Council will revert to the matter.", style="List Number")
    out = BytesIO()
    doc.save(out)
    result = import_docx(out.getvalue(), slug="eu")
    assert [label for label, _, _ in outline(result.draft)] == ["OP1", "OP2", "OP2(a)", "OP2(b)", "OP3"]
    assert result.warnings == [
        "OP2(a) to OP2(b): Word prints them as bullet points; DraftDesk numbers them OP2(a) to OP2(b)"
    ]


def test_a_declaration_made_in_word_reads_its_authoring_line_lead_in_and_closing() -> None:
    draft = import_docx(ministerial_declaration(), slug="vienna").draft
    assert draft.authoring.startswith("We, the Ministers and high representatives")
    assert draft.title == ["Vienna Ministerial Declaration on Water Cooperation in the Danube Basin"]
    assert draft.place_date == "Vienna, 12 March 2025"
    rows = [(label, text[:24]) for label, _, text in outline(draft)]
    assert rows[:4] == [
        ("PP1", "*Recalling* the Conventi"),
        ("PP2", "*Recognizing* that clima"),
        ("PP3", "*Welcoming* the adoption"),
        ("text", "Hereby declare the follo"),
    ]
    assert rows[-1] == ("closing", "Adopted in Vienna on 12 ")
