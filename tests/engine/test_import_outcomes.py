"""Outcomes of other bodies than the UN, as they print them (tests/data/outcomes: a ministerial
joint declaration, an OSCE Ministerial Council decision, EU Council conclusions, a summit
declaration with no blank lines): each imports as its golden file says — the head (title lines,
document type, place and date, authoring line), every paragraph's number and opening words, the
notes — with no warning."""

import json
from pathlib import Path

import pytest

from draftdesk.engine.exporting import export
from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.numbering import labels
from draftdesk.engine.views import paragraph_views

OUTCOMES = sorted((Path(__file__).resolve().parents[1] / "data" / "outcomes").glob("*.txt"))


@pytest.mark.parametrize("source", OUTCOMES, ids=lambda p: p.stem)
def test_an_outcome_imports_as_its_golden_file_says(source: Path) -> None:
    expected = json.loads(source.with_suffix(".json").read_text(encoding="utf-8"))
    result = import_text(decode_document(source.read_bytes()), slug="x")
    draft = result.draft
    head = {key: getattr(draft, key) for key in ("layout", "doc_type", "title", "place_date", "authoring")}
    assert head == {key: expected[key] for key in head}
    named = labels(draft.paragraphs)
    assert [[named.get(p.id, f"({p.kind})"), " ".join(p.text.split()[:6])] for p in draft.paragraphs] == (
        expected["paragraphs"]
    )
    notes = [[named.get(p.id), n.mark, n.text] for p in draft.paragraphs for n in p.footnotes]
    assert notes == expected["footnotes"]
    assert result.warnings == expected["warnings"]  # none, but for a statement attached to a decision


def test_a_body_s_own_outcome_prints_no_un_letterhead() -> None:
    source = next(p for p in OUTCOMES if p.stem == "osce-mc-decision")
    draft = import_text(decode_document(source.read_bytes()), slug="x").draft
    printed = export(draft, paragraph_views(draft.paragraphs), "txt")
    assert printed.startswith("MC.DEC/4/25\n") and "United Nations" not in printed.split("The Ministerial")[0]


@pytest.mark.parametrize(
    ("items", "markers"),
    [
        ("a) one;\nb) two;", ["OP1(a)", "OP1(b)"]),
        ("(a) one;\n(b) two;", ["OP1(a)", "OP1(b)"]),
        ("a. one;\nb. two;", ["OP1(a)", "OP1(b)"]),
        ("i) one;\nii) two;", ["OP1(a)", "OP1(b)"]),
    ],
)
def test_item_markers_of_any_usual_form_make_sub_items(items: str, markers: list[str]) -> None:
    text = (
        "FINAL COMMUNIQUÉ\n\nOslo, 2 March 2025\n\nThe participants,\n\nRecalling their work,\n\n"
        f"Have agreed as follows:\n\n1) Ask the secretariat to:\n{items}\n2) Meet again.\n"
    )
    draft = import_text(text, slug="x").draft
    named = labels(draft.paragraphs)
    assert [named[p.id] for p in draft.paragraphs if p.kind == "sub-item"] == markers
    assert (draft.doc_type, draft.authoring) == ("FINAL COMMUNIQUÉ", "The participants,")
    assert [named.get(p.id, p.kind) for p in draft.paragraphs] == ["PP1", "text", "OP1", *markers, "OP2"]


def test_a_title_that_runs_on_from_the_line_naming_the_outcome_names_its_type_once() -> None:
    """QA's Vienna declaration as text: "VIENNA MINISTERIAL DECLARATION" / "ON WATER COOPERATION …"
    is one title, and the document a declaration; printed once, read back the same."""
    text = (
        "VIENNA MINISTERIAL DECLARATION\nON WATER COOPERATION IN THE DANUBE BASIN\n\n"
        "Vienna, 12 March 2025\n\nWe, the Ministers of the Danube riparian States, gathered in Vienna,\n\n"
        "Recalling the Convention,\n\nHereby declare the following:\n\n1. We reaffirm our commitment.\n"
    )
    draft = import_text(text, slug="x").draft
    assert (draft.doc_type, draft.title) == ("DECLARATION", text.split("\n")[:2])
    printed = export(draft, paragraph_views(draft.paragraphs), "txt")
    assert "\nDECLARATION\n" not in printed
    again = import_text(printed, slug="y").draft
    assert (again.doc_type, again.title, again.authoring) == (draft.doc_type, draft.title, draft.authoring)
