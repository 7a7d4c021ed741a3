"""The UN resolution layout, on the real resolutions in tests/data/corpus and small synthetic cases."""

from pathlib import Path

import pytest

from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.model import Draft, Footnote
from draftdesk.engine.numbering import labels

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
COVER = (
    "United Nations\nA/RES/1/2\n\nGeneral Assembly\nDistr.: General\n1 May 2025\n\nFirst session\n"
    "Agenda item 1\nThings\n\n1/2. Things\n\nThe General Assembly,\n\nRecalling x,\n\n"
)


def _load(name: str) -> Draft:
    return import_text(decode_document((CORPUS / name).read_bytes()), slug="un").draft


@pytest.fixture(scope="module")
def protection() -> Draft:
    return _load("unga-2025-diplomatic-protection.txt")


@pytest.fixture(scope="module")
def oil() -> Draft:
    return _load("unga-2025-oil-slick-on-lebanese-shores.txt")


def test_cover_block(protection: Draft) -> None:
    assert protection.title == ["Diplomatic protection"]
    assert (protection.doc_type, protection.authoring, protection.layout) == (
        "resolution", "The General Assembly,", "un-resolution",
    )  # fmt: skip
    meta = protection.metadata
    assert meta["symbol"] == "A/RES/80/165" and meta["session"] == "Eightieth session"
    assert meta["agenda_item"] == "Agenda item 82" and meta["date"] == "19 December 2025"
    assert meta["adopted"] == "Resolution adopted by the General Assembly on 15 December 2025"
    assert meta["report"].startswith("[on the report of the Sixth Committee")
    assert protection.chair == ["CHAIR"]


def test_paragraphs_and_page_breaks(protection: Draft, oil: Draft) -> None:
    assert [p.kind for p in protection.paragraphs] == ["preamble"] * 6 + ["operative"] * 3 + ["closing"] * 2
    assert [p.text for p in protection.paragraphs[-2:]] == ["64th plenary meeting", "15 December 2025"]
    pp6 = protection.paragraphs[5].text
    assert "sixty-eighth, seventy-first" in pp6 and pp6.endswith("on diplomatic protection,")
    assert "Secretary-General any further comments" in protection.paragraphs[6].text
    assert "seventy-seventh and eightieth" in protection.paragraphs[7].text
    every = " ".join(p.text for p in oil.paragraphs)
    for furniture in ("A/RES/80/130", "25-20745", "2/4", "Oil slick on Lebanese shores A", "____"):
        assert furniture not in every
    assert "in the Eastern Mediterranean, held on 17 August 2006" in every and "vis-à-vis" in every
    assert sum(p.kind == "operative" for p in oil.paragraphs) == 9
    assert sum(p.kind == "preamble" for p in oil.paragraphs) == 13


def test_footnotes(protection: Draft, oil: Draft) -> None:
    texts = [p.text for p in protection.paragraphs]
    assert texts[1].endswith("diplomatic protection,[^1]")
    assert "wrongful acts,[^2] and the observations of the Commission in this regard,[^3]" in texts[4]
    assert "Governments[^4] and" in texts[5] and "protection[^5] to the" in texts[6]
    assert "paragraph 1 (a)" in texts[2]  # a number that is not a reference stays
    assert protection.paragraphs[1].footnotes == (
        Footnote(
            "1",
            "Official Records of the General Assembly, Sixty-first Session, Supplement No. 10 (A/61/10), "
            "para. 46.",
        ),
    )
    notes = [note for p in oil.paragraphs for note in p.footnotes]
    assert [n.mark for n in notes] == [str(n) for n in range(1, 8)]
    assert notes[0].text.endswith("5–16 June 1972 (A/CONF.48/14/Rev.1), part one, chap. I.")
    assert "Agenda 21,[^3]" in oil.paragraphs[3].text and "2015–2030,[^5] which" in oil.paragraphs[4].text


def test_sub_items_nesting_and_annex() -> None:
    items = "\n\n".join(f"({c}) item {c};" for c in "abcdefghi")
    text = (
        COVER
        + f"1. Decides:\n\n{items}\n\n2. Notes:\n\n(a) first:\n\n(i) one;\n\n(ii) two;\n\n"
        + "Annex\n\n1. Annexed.\n"
    )
    draft = import_text(text, slug="x").draft
    got = labels(draft.paragraphs)
    assert {"OP1(h)", "OP1(i)", "OP2(a)(i)", "OP2(a)(ii)", "ANNEX OP1"} <= set(got.values())
    assert draft.paragraphs[-1].part == "annex"


def test_number_on_same_line_and_unstructured_text() -> None:
    result = import_text(COVER + "1. Decides to act;\n\nA stray remark.\n", slug="x")
    assert [p.kind for p in result.draft.paragraphs] == ["preamble", "operative", "text"]
    assert result.warnings == ["line 20: kept as unstructured text: 'A stray remark.'"]
