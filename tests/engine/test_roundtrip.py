"""import -> export txt -> import gives the same paragraphs, numbers, organizations and metadata."""

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from draftdesk.engine.exporting import export
from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.model import Draft
from draftdesk.engine.numbering import labels
from draftdesk.engine.views import paragraph_views

SHARED = Path(__file__).resolve().parents[1] / "data"
SOURCES = sorted([*SHARED.glob("seeds/*.txt"), *SHARED.glob("corpus/*.txt"), *SHARED.glob("outcomes/*.txt")])
SYNTHETIC = (
    "United Nations\nA/RES/1/2\n\nGeneral Assembly\nDistr.: General\n1 May 2025\n\nFirst session\n"
    "Agenda item 1\nThings\n\n1/2. Things\n\nThe General Assembly,\n\nRecalling *inter alia* its work,1\n\n"
    "1. Decides:\n\n(a) first:\n\n(i) one;\n\n(ii) two;\n\n(b) second;\n\n"
    "2. Notes the Secretary-\nGeneral.\n\nAnnex\n\nRecalling x,\n\n1. Annexed.\n\n"
    "1st plenary meeting\n2 May 2025\n\n_______________\n\n1 A note.\n"
)


def _shape(draft: Draft) -> tuple[object, ...]:
    paragraphs = [(p.id, p.kind, p.text, p.parent, p.part, p.footnotes) for p in draft.paragraphs]
    header = (draft.title, draft.doc_type, draft.place_date, draft.authoring, draft.layout, draft.metadata)
    return paragraphs, labels(draft.paragraphs), draft.orgs, header


def _round_trip(text: str, chair: str | None) -> None:
    draft = import_text(text, slug="x", chair=chair).draft
    exported = export(draft, paragraph_views(draft.paragraphs), "txt")
    again = import_text(exported, slug="x", chair=chair).draft
    assert _shape(again) == _shape(draft)
    assert export(again, paragraph_views(again.paragraphs), "txt") == exported


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: p.name)
@pytest.mark.parametrize("chair", [None, "SEECF"])
def test_shared_documents_round_trip(path: Path, chair: str | None) -> None:
    _round_trip(decode_document(path.read_bytes()), chair)


@pytest.mark.parametrize("path", sorted(SHARED.glob("corpus/un/*.txt")), ids=lambda p: p.stem)
def test_every_un_document_round_trips(path: Path) -> None:
    """Resolutions, drafts and written amendments: cover facts, sponsors, title, star notes,
    parts ("Annex II", a second "Annex") and notes come back as they were imported."""
    _round_trip(decode_document(path.read_bytes()), None)


def test_nested_sub_items_annex_and_footnotes_round_trip() -> None:
    draft = import_text(SYNTHETIC, slug="x").draft
    assert {"OP1(a)(ii)", "OP1(b)", "ANNEX PP1", "ANNEX OP1"} <= set(labels(draft.paragraphs).values())
    assert draft.paragraphs[0].text == "Recalling *inter alia* its work,[^1]"
    assert "Notes the Secretary-General." in [p.text for p in draft.paragraphs]
    _round_trip(SYNTHETIC, None)


def test_conclusions_with_footnotes_round_trip() -> None:
    text = "T\n\nCONCLUSIONS\n\nParis, 1 May 2020\n\nConsidering the work,1\n\n1. Decides.\n\n"
    text += "_______________\n\n1 A note.\n"
    draft = import_text(text, slug="x").draft
    assert (
        draft.paragraphs[0].text == "Considering the work,[^1]"
        and draft.paragraphs[0].footnotes[0].text == "A note."
    )
    _round_trip(text, None)


_WORDS = st.lists(
    st.sampled_from(["the", "regional", "*inter alia*", "UNDP", "co-operation", "2011", "of"]), min_size=1
)


@st.composite
def conclusions_drafts(draw: st.DrawFn) -> str:
    """A conclusions document: preamble, lead-in, numbered items with (nested) sub-items, closing."""
    sentence = draw(_WORDS.map(" ".join)).capitalize()
    preamble = [f"Considering {' '.join(draw(_WORDS))};" for _ in range(draw(st.integers(1, 3)))]
    items = []
    for n in range(1, draw(st.integers(1, 5)) + 1):
        items.append(f"{n}. {sentence} {n}:")
        for i in range(draw(st.integers(0, 3))):
            items.append(f" - {'abc'[i]}. {' '.join(draw(_WORDS))};")
            items += [f"   - {r}. {' '.join(draw(_WORDS))};" for r in ("i", "ii")[: draw(st.integers(0, 2))]]
    return "\n".join(["TITLE", "", "CONCLUSIONS", "", "Paris, 1 May 2020", "", "\n\n".join(preamble), "",
                      "Agreed upon the following:", "", *items, "", "Paris, 1 May 2020", ""])  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(conclusions_drafts())
def test_generated_conclusions_round_trip(text: str) -> None:
    kinds = [p.kind for p in import_text(text, slug="x").draft.paragraphs]
    assert kinds.count("operative") == sum(line[:1].isdigit() for line in text.split("\n"))
    assert kinds.count("sub-item") == sum(line.startswith((" - ", "   - ")) for line in text.split("\n"))
    _round_trip(text, None)


def test_a_note_nobody_cites_is_kept_with_a_warning() -> None:
    text = (
        "T\n\nCONCLUSIONS\n\nConsidering the work;\n\n1. Decides.\n\n_______________\n\n7 An orphan note.\n"
    )
    result = import_text(text, slug="x")
    assert result.draft.paragraphs[-1].footnotes[0].text == "An orphan note."
    assert result.warnings == ["footnote 7: no reference to it found in the text"]
    _round_trip(text, None)
