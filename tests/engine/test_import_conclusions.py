"""The conference-conclusions layout, on the bundled seed."""

from pathlib import Path

import pytest

from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.model import Draft
from draftdesk.engine.numbering import labels

SEED = Path(__file__).resolve().parents[1] / "data" / "seeds" / "belgrade-2011-conclusions.txt"


@pytest.fixture(scope="module")
def draft() -> Draft:
    return import_text(decode_document(SEED.read_bytes()), slug="belgrade", chair="SEECF").draft


def test_header(draft: Draft) -> None:
    assert draft.title[0] == "IV ANNUAL COORDINATION CONFERENCE" and len(draft.title) == 3
    assert (draft.doc_type, draft.place_date, draft.layout) == (
        "CONCLUSIONS",
        "Belgrade, 2 December 2011",
        "conclusions",
    )


def test_structure_and_labels(draft: Draft) -> None:
    kinds = [p.kind for p in draft.paragraphs]
    assert kinds[:5] == ["preamble", "preamble", "preamble", "text", "heading"]
    assert kinds[-1] == "closing" and draft.paragraphs[-1].text == "Belgrade, 2 December 2011"
    assert [p.id for p in draft.paragraphs[:2]] == ["p-0001", "p-0002"]
    by_label = {label: draft.paragraph(pid) for pid, label in labels(draft.paragraphs).items()}
    assert sorted(k for k in by_label if k.startswith("OP") and "(" not in k) == [
        f"OP{n}" for n in range(1, 8)
    ]
    assert by_label["OP4(e)"].parent == next(
        pid for pid, lab in labels(draft.paragraphs).items() if lab == "OP4"
    )
    assert "OP5(a)" not in by_label  # "- 5." is an operative paragraph, not a sub-item


@pytest.mark.parametrize(
    "named",
    ["AGREED CONCLUSIONS", "Conclusions", "JOINT CONCLUSIONS", "CONCLUSIONS:", "C O N C L U S I O N S"],
)
def test_the_seed_reads_the_same_whatever_its_conclusions_line_says(draft: Draft, named: str) -> None:
    """Found by the document's structure, not its one word (QA F51): the participants' clause is
    PP1 (its 20 organizations), the lead-in its own line, OP4(c) whole across its blank line."""
    text = SEED.read_text(encoding="utf-8").replace("\nCONCLUSIONS\n", f"\n{named}\n")
    other = import_text(text, slug="belgrade", chair="SEECF").draft
    assert (other.doc_type, other.title, other.place_date) == (named, draft.title, draft.place_date)
    assert [(p.kind, p.text.replace(named, "CONCLUSIONS")) for p in other.paragraphs] == [
        (p.kind, p.text) for p in draft.paragraphs
    ]
    assert [org.code for org in other.orgs] == [org.code for org in draft.orgs] and len(other.orgs) == 20


def test_sub_item_cut_by_page_break_is_joined(draft: Draft) -> None:
    text = {lab: draft.paragraph(pid).text for pid, lab in labels(draft.paragraphs).items()}["OP4(c)"]
    assert "of the region and hinder economic growth" in text and text.endswith("evolution)")


def test_emphasis_kept_inline(draft: Draft) -> None:
    assert draft.paragraphs[1].text.endswith("held in *Belgrade on 2 December 2011*;")


def test_organizations(draft: Draft) -> None:
    orgs = {org.code: org for org in draft.orgs}
    assert orgs["UNDP"].name == "United Nations Development Programme"
    assert orgs["Interpol"].name == "International Criminal Police Organization"
    assert orgs["PCC-SEE"].name.startswith("Secretariat for the Police Cooperation Convention")
    assert orgs["GFP"].name == "German Federal Police"
    assert orgs["CoE"].name == "Council of Europe"
    assert orgs["OSCE"].name.startswith("Organization for Security and Co-operation in Europe")
    assert not any("Treptower" in org.code or "members" in org.code for org in draft.orgs)
    assert len(orgs) == len(draft.orgs)  # codes unique
    assert draft.chair == ["SEECF"] and orgs["SEECF"].name == "Serbian Chairmanship in Office of the SEECF"


def test_chair_among_orgs_and_pseudo_chair() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert import_text(text, slug="b", chair="UNDP").draft.chair == ["UNDP"]
    pseudo = import_text(text, slug="b").draft
    assert pseudo.chair == ["CHAIR"] and pseudo.org("CHAIR").name == "The Chair"


def test_nested_and_ambiguous_sub_items() -> None:
    letters = "\n".join(f"({c}) item {c};" for c in "abcdefghi")
    nested = "2. Notes:\na) first:\n(i) one;\n(ii) two;\nb) second.\n"
    text = f"T\n\nCONCLUSIONS\n\nConsidering x\n\n1. Decides:\n{letters}\n{nested}"
    draft = import_text(text, slug="x").draft
    got = set(labels(draft.paragraphs).values())
    assert {"OP1(h)", "OP1(i)", "OP2(a)(i)", "OP2(a)(ii)", "OP2(b)"} <= got
    assert "OP1(h)(i)" not in got


def test_unstructured_text_is_kept_with_a_warning() -> None:
    text = "T\n\nCONCLUSIONS\n\nConsidering x\n\n1. Decides to act.\n\nA stray remark.\n"
    result = import_text(text, slug="x")
    assert (
        result.draft.paragraphs[-1].kind == "text" and result.draft.paragraphs[-1].text == "A stray remark."
    )
    assert result.warnings and result.warnings[0].startswith("line 9:")
