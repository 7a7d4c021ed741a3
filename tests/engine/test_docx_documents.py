"""The Word documents as a secretariat issues them, read back with python-docx and the package's XML."""

from __future__ import annotations

import re
import zipfile
from io import BytesIO
from pathlib import Path

import docx

from draftdesk.engine import instructions
from draftdesk.engine.amendment_list import amendment_entries, paragraphs_cited
from draftdesk.engine.amendments import Amendment
from draftdesk.engine.exporting import export, export_docx, export_list_docx, word_document
from draftdesk.engine.importing import decode_document, import_text
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.model import Footnote
from draftdesk.engine.palette import LIGHT, org_colours
from draftdesk.engine.user_ops import insert_op
from draftdesk.engine.views import paragraph_views, render

from .docx_cases import T0, accepted_in_voting_order, general_assembly, negotiation, seed_draft


def part(data: bytes, name: str) -> str:
    return zipfile.ZipFile(BytesIO(data)).read(name).decode()


def test_the_agreed_text_is_laid_out_as_issued() -> None:
    data = word_document(negotiation(), "agreed")
    document = docx.Document(BytesIO(data))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert paragraphs[:5] == [
        ("Title Line", "IV ANNUAL COORDINATION CONFERENCE"),
        ("Title Line", "OF THE REGIONAL ORGANIZATIONS AND INTERNATIONAL PARTNERS"),
        ("Title Line", "IN THE AREA OF JUSTICE HOME AFFAIRS AND SECURITY COOPERATION"),
        ("Document Type", "CONCLUSIONS"),
        ("Place and Date", "Belgrade, 2 December 2011"),
    ]
    assert paragraphs[-1] == ("Closing", "Belgrade, 2 December 2011")
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    assert document.styles["Normal"].font.name == "Times New Roman"
    pp2 = next(p for p in document.paragraphs if p.text.startswith("Participating"))
    assert [r.text for r in pp2.runs if r.italic] == ["Belgrade on 2 December 2011"]


def test_operative_paragraphs_and_sub_items_are_a_word_list_with_hanging_indents() -> None:
    data = word_document(negotiation(), "agreed")
    body = part(data, "word/document.xml")
    levels = re.findall(r'<w:ilvl w:val="(\d)"/><w:numId w:val="(\d+)"/>', body)
    assert [level for level, _ in levels] == ["0"] * 4 + ["1"] * 5 + ["0"] * 3
    assert len({num for _, num in levels}) == 1
    numbering = part(data, "word/numbering.xml")
    assert '<w:lvlText w:val="%1."/>' in numbering and '<w:lvlText w:val="%2."/>' in numbering
    assert 'w:hanging="567"' in numbering


def test_footnotes_are_word_footnotes_cited_from_the_text() -> None:
    data = word_document(negotiation(), "agreed")
    assert re.search(r'<w:footnote w:id="1">.*As recorded by the Chair\.', part(data, "word/footnotes.xml"))
    assert '<w:footnoteReference w:id="1"/>' in part(data, "word/document.xml")
    assert "As recorded" not in part(data, "word/document.xml")


def test_tracked_revisions_mark_whole_paragraphs_on_their_paragraph_mark() -> None:
    body = part(word_document(negotiation(), "tracked"), "word/document.xml")
    marks = re.findall(r'<w:pPr>.*?<w:rPr><w:(ins|del|moveFrom|moveTo) w:id="\d+" w:author="([^"]+)"', body)
    osce = "Organization for Security and Co-operation in Europe, Mission to Bosnia and Herzegovina"
    assert sorted(marks) == [
        ("del", "United Nations Development Programme"),
        ("ins", "Council of Europe"),
        ("moveFrom", osce),  # OSCE moves OP3: Word's move tracking, both ends
        ("moveTo", osce),
    ]
    names = re.findall(r'<w:(moveFrom|moveTo)RangeStart w:id="\d+" w:name="([^"]+)"', body)
    assert sorted(names) == [("moveFrom", "move1"), ("moveTo", "move1")]
    assert re.search(
        r'<w:del [^>]*w:author="United Nations Development Programme"[^>]*>'
        r'<w:r><w:delText xml:space="preserve">note</w:delText>',
        body,
    )


def test_attribution_colours_each_delegation_and_has_a_legend() -> None:
    neg = negotiation()
    data = word_document(accepted_in_voting_order(neg), "attribution")
    document = docx.Document(BytesIO(data))
    legend = [p.text for p in document.paragraphs if p.style.name == "Legend"]
    assert "■ CoE: Council of Europe" in legend and not any("SEECF" in line for line in legend)
    colour = org_colours(neg.draft.orgs)["CoE"].lstrip("#").upper()
    coe_runs = [r.text for p in document.paragraphs for r in p.runs if str(r.font.color.rgb) == colour]
    assert "Invite the " in coe_runs and "partners" in coe_runs


def test_the_list_of_amendments_goes_paragraph_by_paragraph_in_voting_order() -> None:
    document = docx.Document(BytesIO(export_list_docx(negotiation(competing=True))))
    texts = [p.text for p in document.paragraphs]
    ids = [t for t in texts[texts.index("OP4") : texts.index("OP4(b)")] if re.fullmatch(r"[A-Za-z]+-\d\d", t)]
    assert ids == ["SELEC-08", "UNDP-01", "OSCE-07"]  # most words taken away first, then tabled first
    assert "Rationale: Weaker." in texts and "Outcome: competes with SELEC-08, UNDP-01" in texts


def test_attribution_in_html_uses_the_light_palette_readable_on_paper() -> None:
    neg = accepted_in_voting_order(negotiation())
    page = export(neg.draft, render(neg, "attribution"), "html")
    position = [org.code for org in neg.draft.orgs].index("CoE")
    assert f".org-CoE {{ color: {LIGHT[position]}; }}" in page
    assert '<span class="org-CoE" title="CoE">Invite the </span>' in page
    assert '<p class="legend">' in page and "Council of Europe" in page


def test_a_resolution_prints_no_furniture_of_its_original() -> None:
    """The original's job number and barcode, and the layout's document type ("draft resolution", which
    a UN document does not print), are kept hidden for the import back, never printed."""
    path = Path(__file__).resolve().parents[1] / "data" / "corpus" / "un" / "A_C.5_80_L.14.txt"
    draft = import_text(decode_document(path.read_bytes()), slug="un").draft
    document = docx.Document(BytesIO(export_docx(draft, paragraph_views(draft.paragraphs))))
    hidden = {p.text: all(r.font.hidden for r in p.runs) for p in document.paragraphs[:20] if p.text}
    assert hidden[draft.metadata["job"]] and hidden[draft.metadata["barcode"]] and hidden[draft.doc_type]
    assert not hidden[draft.metadata["symbol"]] and not hidden[draft.title[0]]


def test_a_new_paragraphs_footnote_is_a_word_footnote_in_the_tracked_export() -> None:
    draft = seed_draft()
    text = "Invite the partners to report.[^2]"
    op = insert_op(draft.paragraphs, "OP2", text, "operative")._replace(
        new_id="UNDP-1-1",
        notes=(Footnote("2", "New."),),
    )
    data = word_document(Negotiation(draft, [Amendment("UNDP-1", "UNDP", (op,), T0)], []), "tracked")
    body, notes = part(data, "word/document.xml"), part(data, "word/footnotes.xml")
    cited = (
        r"report\.</w:t></w:r></w:ins><w:ins [^>]*><w:r><w:rPr><w:rStyle[^>]*/></w:rPr><w:footnoteReference"
    )
    assert re.search(cited, body)
    assert "New." in notes
    ids = re.findall(r'<w:(?:ins|del) w:id="(\d+)"', body)
    assert len(ids) == len(set(ids))


def test_the_list_prints_a_written_form_of_several_sentences_line_by_line() -> None:
    """A/80/L.30's numbered sentences each start a line (Word's line break; a newline in the
    text would read as a space), and the list has no authoring line: it is not the text."""
    neg = general_assembly("A_80_L.25", (("A_80_L.30", "USA"),))
    document = docx.Document(BytesIO(export_list_docx(neg)))
    texts = [p.text for p in document.paragraphs]
    written = next(t for t in texts if t.startswith("Amendment: 1. In the fourth preambular paragraph"))
    lines = written.split("\n")
    assert len(lines) >= 5 and all(line.startswith(f"{n}. ") for n, line in enumerate(lines[1:], 2))
    assert "The General Assembly," not in texts


def test_the_list_tells_how_far_it_has_got() -> None:
    heard: list[tuple[int, int]] = []
    export_list_docx(negotiation(competing=True), lambda done, total: heard.append((done, total)))
    amendments = len(negotiation(competing=True).amendments)
    assert heard == [(0, 2 * amendments), (amendments, 2 * amendments)]


def test_an_amendment_to_several_paragraphs_is_set_out_once_with_the_paragraphs_in_text_order() -> None:
    """QA F56: A/80/L.35 changes most paragraphs of A/80/L.27 ("Chornobyl" throughout, then words in
    four of them); the Word list sets it out once, under the first, and cites its paragraphs in the
    order of the text, as ranges, as the txt list does."""
    neg = general_assembly("A_80_L.27", (("A_80_L.35", "BLR"),))
    (entry,) = amendment_entries(neg)
    document = docx.Document(BytesIO(export_list_docx(neg)))
    paragraphs = [(p.style.name, p.text) for p in document.paragraphs]
    assert [text for style, text in paragraphs if style == "Part Heading"] == ["PP2"]
    assert f"Paragraphs: {paragraphs_cited(entry)}" in [text for _, text in paragraphs]
    assert paragraphs_cited(entry) == "PP2–PP7; OP1–OP8; OP10–OP14"


def test_words_an_amendment_moves_are_a_word_move_at_both_ends() -> None:
    draft = seed_draft()
    ops = instructions.parse_instruction(
        "In operative paragraph 6, swap the first and second sentences.", draft.paragraphs
    )
    body = part(
        word_document(Negotiation(draft, [Amendment("RCC-1", "RCC", tuple(ops), T0)], []), "tracked"),
        "word/document.xml",
    )
    moved = "A regional event addressing the topic shall be co-organised by RACVIAC, RCC and PCC-SEE"
    assert re.search(rf'<w:moveToRangeStart [^>]*w:name="move1"[^>]*/><w:moveTo [^>]*>.*?{moved}', body)
    assert re.search(rf'<w:moveFromRangeStart [^>]*w:name="move1"[^>]*/><w:moveFrom [^>]*>.*?{moved}', body)
    assert "<w:del " not in body and "<w:ins " not in body
