"""Word drafts as a secretariat's Word makes them, not as DraftDesk exports them.

Built with python-docx's API for text, styles, tables, sections, headers and
footers, and its oxml only where it has none: list numbering (``numbering.xml``
definitions and ``w:numPr``), footnotes and tracked changes.
"""

from __future__ import annotations

from io import BytesIO

import docx
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.text.paragraph import Paragraph

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = f'xmlns:w="{W_NS}"'
AUTHOR = 'w:author="Secretariat" w:date="2025-11-03T10:00:00Z"'


def _level(ilvl: int, fmt: str, text: str, style: str = "") -> str:
    link = f'<w:pStyle w:val="{style}"/>' if style else ""
    indent = 567 * (ilvl + 1)
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>{link}'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{indent}" w:hanging="567"/></w:pPr></w:lvl>'
    )


class SecretariatDocument:
    """A python-docx document with the parts a secretariat's draft has: lists, footnotes."""

    def __init__(self) -> None:
        self.doc = docx.Document()
        self.numbering = self.doc.part.numbering_part.element
        self.notes: list[str] = []

    def add_list(self, levels: list[tuple[str, str]], styles: tuple[str, ...] = ()) -> str:
        """A multi-level list (format, text per level; level n linked to ``styles[n]``): its numId."""
        ids = [
            int(a.get(f"{{{W_NS}}}abstractNumId"))
            for a in self.numbering.iterchildren(f"{{{W_NS}}}abstractNum")
        ]
        nums = [int(n.get(f"{{{W_NS}}}numId")) for n in self.numbering.iterchildren(f"{{{W_NS}}}num")]
        aid, num_id = max(ids, default=0) + 1, max(nums, default=0) + 1
        body = "".join(
            _level(n, fmt, text, styles[n] if n < len(styles) else "") for n, (fmt, text) in enumerate(levels)
        )
        abstract = parse_xml(
            f'<w:abstractNum {NS} w:abstractNumId="{aid}">'
            f'<w:multiLevelType w:val="multilevel"/>{body}</w:abstractNum>'
        )
        first_num = next(self.numbering.iterchildren(f"{{{W_NS}}}num"), None)
        if first_num is not None:  # abstract definitions come before every w:num
            first_num.addprevious(abstract)
        else:
            self.numbering.append(abstract)
        self.numbering.append(
            parse_xml(f'<w:num {NS} w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/></w:num>')
        )
        return str(num_id)

    def numbered(self, text: str, num_id: str, level: int, style: str | None = None) -> Paragraph:
        """A paragraph in a list, numbered by its own ``w:numPr`` (as Word's numbering buttons do)."""
        return number(self.doc.add_paragraph(text, style=style), num_id, level)

    def list_style(self, name: str, num_id: str, level: int | None, based_on: str = "Normal") -> None:
        """A paragraph style that numbers its paragraphs (level None: the list level linked to it)."""
        style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = self.doc.styles[based_on]
        ilvl = "" if level is None else f'<w:ilvl w:val="{level}"/>'
        style.element.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {NS}>{ilvl}<w:numId w:val="{num_id}"/></w:numPr>')
        )

    def footnote(self, paragraph: Paragraph, text: str) -> None:
        """A real footnote, its reference at the end of the paragraph so far."""
        self.notes.append(text)
        note_id = len(self.notes)
        _element(paragraph).append(
            parse_xml(
                f'<w:r {NS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                f'<w:footnoteReference w:id="{note_id}"/></w:r>'
            )
        )

    def tracked(self, paragraph: Paragraph, inserted: str = "", deleted: str = "") -> None:
        """A revision left in the file: words inserted and words deleted at the paragraph's end."""
        if deleted:
            _element(paragraph).append(
                parse_xml(
                    f'<w:del {NS} w:id="90" {AUTHOR}><w:r>'
                    f'<w:delText xml:space="preserve">{deleted}</w:delText></w:r></w:del>'
                )
            )
        if inserted:
            _element(paragraph).append(
                parse_xml(
                    f'<w:ins {NS} w:id="91" {AUTHOR}><w:r>'
                    f'<w:t xml:space="preserve">{inserted}</w:t></w:r></w:ins>'
                )
            )

    def mark(self, paragraph: Paragraph, kind: str) -> None:
        """The paragraph's mark a tracked insertion (``ins``) or deletion (``del``)."""
        _element(paragraph).get_or_add_pPr().append(
            parse_xml(f'<w:rPr {NS}><w:{kind} w:id="92" {AUTHOR}/></w:rPr>')
        )

    def to_bytes(self) -> bytes:
        if self.notes:
            separators = (
                '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
                '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r>'
                "<w:continuationSeparator/></w:r></w:p></w:footnote>"
            )
            notes = "".join(
                f'<w:footnote w:id="{n}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                "<w:footnoteRef/></w:r>"
                f'<w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>'
                for n, text in enumerate(self.notes, 1)
            )
            part = Part(
                PackURI("/word/footnotes.xml"),
                CONTENT_TYPE.WML_FOOTNOTES,
                f"<w:footnotes {NS}>{separators}{notes}</w:footnotes>".encode(),
                self.doc.part.package,
            )
            self.doc.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)
        out = BytesIO()
        self.doc.save(out)
        return out.getvalue()


def number(paragraph: Paragraph, num_id: str, level: int) -> Paragraph:
    """The paragraph put in a list at ``level``."""
    _element(paragraph).get_or_add_pPr().append(
        parse_xml(f'<w:numPr {NS}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return paragraph


def _element(paragraph: Paragraph):
    """The ``w:p`` (python-docx's public way to it: the paragraph format proxies that element)."""
    return paragraph.paragraph_format.element


def _opening(paragraph: Paragraph, italic: str, rest: str) -> Paragraph:
    paragraph.add_run(italic).italic = True
    paragraph.add_run(rest)
    return paragraph


def un_draft_resolution() -> bytes:
    """A Third Committee draft: cover in a table, header and footer furniture, preambular openings
    in italics, operative paragraphs and sub-items in one Word list of three levels (1., (a), (i)),
    real footnotes, a tracked change left in, a section break and an annex with a table."""
    word = SecretariatDocument()
    doc = word.doc
    section = doc.sections[0]
    section.header.paragraphs[0].text = "A/C.3/80/L.99"
    section.footer.paragraphs[0].text = "25-01234 (E)    031125"
    cover = doc.add_table(rows=2, cols=2)
    cover.cell(0, 0).text, cover.cell(0, 1).text = "United Nations", "A/C.3/80/L.99"
    cover.cell(1, 0).text = "General Assembly"
    cover.cell(1, 1).text = "Distr.: Limited\n3 November 2025\n\nOriginal: English"
    for line in ("Eightieth session", "Third Committee"):
        doc.add_paragraph(line)
    agenda = doc.add_paragraph("Agenda item 70 (b)")
    agenda.add_run().add_break()
    agenda.add_run("Promotion and protection of human rights")
    doc.add_paragraph("Austria, Brazil and Chile: draft resolution")
    doc.add_paragraph("Protection of migrants on the move").runs[0].bold = True
    doc.add_paragraph("The General Assembly,")
    first = _opening(doc.add_paragraph(), "Recalling", " its resolution 79/170 of 17 December 2024")
    word.footnote(first, "See A/79/PV.50.")
    first.add_run(",")
    _opening(doc.add_paragraph(), "Reaffirming", " the Universal Declaration of Human Rights,")
    _opening(doc.add_paragraph(), "Deeply concerned", " by the number of migrants who die at sea,")
    ops = word.add_list([("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")])
    word.numbered("Calls upon all States:", ops, 0)
    word.numbered("To protect the human rights of migrants;", ops, 1)
    word.numbered("To cooperate at every stage of migration, in particular:", ops, 1)
    word.numbered("On search and rescue;", ops, 2)
    word.numbered("On safe return;", ops, 2)
    second = word.numbered("Requests the Secretary-General to report", ops, 0)
    word.footnote(second, "In accordance with resolution 78/160.")
    word.tracked(second, inserted=" at its eighty-first session", deleted=" in due course")
    second.add_run(";")
    word.numbered("Decides to remain seized of the matter.", ops, 0)
    doc.add_section(WD_SECTION.CONTINUOUS)
    doc.add_paragraph("Annex")
    doc.add_paragraph("Meetings held")
    table = doc.add_table(rows=2, cols=2)
    for row, (place, date) in enumerate((("Geneva", "1 May 2025"), ("Vienna", "2 June 2025"))):
        table.cell(row, 0).text, table.cell(row, 1).text = place, date
    return word.to_bytes()


def styled_conclusions() -> bytes:
    """Conference conclusions numbered by paragraph styles: "Conclusion" carries the list at level 0,
    "Conclusion Item" inherits it through ``basedOn`` with its own level, "Conclusion Subitem" is the
    style Word links to the list's third level (no level of its own); the title is one paragraph
    with line breaks; italics by a character style; a footnote."""
    word = SecretariatDocument()
    doc = word.doc
    num = word.add_list(
        [("decimal", "%1."), ("lowerLetter", "%2."), ("lowerRoman", "%3.")],
        styles=("Conclusion", "", "ConclusionSubitem"),
    )
    word.list_style("Conclusion", num, 0)
    item = doc.styles.add_style("Conclusion Item", WD_STYLE_TYPE.PARAGRAPH)
    item.base_style = doc.styles["Conclusion"]
    item.element.get_or_add_pPr().append(parse_xml(f'<w:numPr {NS}><w:ilvl w:val="1"/></w:numPr>'))
    word.list_style("Conclusion Subitem", num, None, based_on="Normal")
    emphasis = doc.styles.add_style("Stress", WD_STYLE_TYPE.CHARACTER)
    emphasis.font.italic = True
    title = doc.add_paragraph("ANNUAL MEETING")
    title.add_run().add_break()
    title.add_run("OF THE REGIONAL PARTNERS")
    doc.add_paragraph("CONCLUSIONS")
    doc.add_paragraph("Vienna, 3 March 2025")
    preamble = doc.add_paragraph("Meeting in ")
    preamble.add_run("Vienna", style="Stress")
    preamble.add_run(" on 3 March 2025,")
    doc.add_paragraph("Agreed upon the following:")
    doc.add_paragraph("Welcome the report of the secretariat;", style="Conclusion")
    decide = doc.add_paragraph("Decide to meet again", style="Conclusion")
    word.footnote(decide, "Dates to be confirmed.")
    decide.add_run(":")
    doc.add_paragraph("in Vienna, in spring;", style="Conclusion Item")
    doc.add_paragraph("with the partners:", style="Conclusion Item")
    doc.add_paragraph("of the region;", style="Conclusion Subitem")
    doc.add_paragraph("Thank the host.", style="Conclusion")
    doc.add_paragraph("Vienna, 3 March 2025")
    return word.to_bytes()


def working_group_draft() -> bytes:
    """A subsidiary body's draft as its secretariat types it: no UN cover, no "CONCLUSIONS" line,
    an authoring body the importer has no name for ("The Working Group,"), the title block in
    separate paragraphs (one bold), place and date, italic preambular openings with a footnote,
    operative paragraphs and sub-items numbered by one Word list, and a table of meetings."""
    word = SecretariatDocument()
    doc = word.doc
    doc.add_paragraph("Intergovernmental Working Group on the Right to Development")
    doc.add_paragraph("Twenty-sixth session")
    doc.add_paragraph("Geneva, 12 May 2025")
    doc.add_paragraph("Strengthening the implementation of the right to development").runs[0].bold = True
    doc.add_paragraph("The Working Group,")
    _opening(doc.add_paragraph(), "Recalling", " Human Rights Council resolution 54/18,")
    noting = _opening(doc.add_paragraph(), "Noting with appreciation", " the contributions of the experts")
    word.footnote(noting, "See A/HRC/WG.2/25/2.")
    noting.add_run(",")
    ops = word.add_list([("decimal", "%1."), ("lowerLetter", "(%2)")])
    word.numbered("Welcomes the report of the Chair-Rapporteur;", ops, 0)
    word.numbered("Recommends that States:", ops, 0)
    word.numbered("Integrate the right to development in their policies;", ops, 1)
    word.numbered("Report on their progress:", ops, 1)
    table = doc.add_table(rows=2, cols=3)
    for row, cells in enumerate((("Meeting", "Place", "Date"), ("First", "Geneva", "12 May 2025"))):
        for column, text in enumerate(cells):
            table.cell(row, column).text = text
    word.numbered("Decides to continue its work at its next session.", ops, 0)
    return word.to_bytes()


def typed_conclusions() -> bytes:
    """Conclusions typed with their numbers and letters as text (no Word list), a title of two
    paragraphs and no "CONCLUSIONS" line nor authoring line: a preamble, a lead-in, items, and the
    place and date again at the end."""
    doc = docx.Document()
    for line in (
        "JOINT MEETING OF THE REGIONAL PARTNERS",
        "Conclusions of the Chair",
        "Skopje, 14 October 2025",
    ):
        doc.add_paragraph(line)
    doc.add_paragraph("Meeting in Skopje under the chairmanship of North Macedonia,")
    doc.add_paragraph("Agreed on the following:")
    for line in (
        "1. Welcome the report of the secretariat;",
        "2. Decide:",
        "(a) to meet again in 2026;",
        "(b) to review the work plan;",
        "3. Thank the host.",
        "Skopje, 14 October 2025",
    ):
        doc.add_paragraph(line)
    out = BytesIO()
    doc.save(out)
    return out.getvalue()


def ministerial_declaration() -> bytes:
    """A ministerial declaration as a ministry types it in Word's default template: a title, place
    and date, an authoring line "We, the Ministers …," of more than a line, three preambular
    paragraphs, the lead-in "Hereby declare the following:", two sections (Heading 2) of paragraphs
    in style "List Number", the second of which leads in to three items in style "List Number 2"
    (another Word list, indented, printed 1., 2., 3.), and "Adopted in … on …" at the end."""
    doc = docx.Document()
    doc.add_paragraph(
        "Vienna Ministerial Declaration on Water Cooperation in the Danube Basin", style="Title"
    )
    doc.add_paragraph("Vienna, 12 March 2025")
    doc.add_paragraph(
        "We, the Ministers and high representatives of the Danube riparian States, gathered in Vienna on "
        "12 March 2025 at the invitation of the Government of the Republic of Austria,"
    )
    for opener, rest in (
        (
            "Recalling",
            " the Convention on the Protection of the Danube River, signed in Sofia on 29 June 1994,",
        ),
        (
            "Recognizing",
            " that climate change is increasing the severity of floods and droughts in the basin,",
        ),
        ("Welcoming", " the adoption of the Danube River Basin Management Plan – Update 2021,"),
    ):
        _opening(doc.add_paragraph(), opener, rest)
    doc.add_paragraph("Hereby declare the following:")
    doc.add_paragraph("I. Water security", style="Heading 2")
    doc.add_paragraph(
        "We reaffirm our commitment to the integrated management of the basin.", style="List Number"
    )
    doc.add_paragraph("We commit to:", style="List Number")
    for item in (
        "strengthening transboundary flood forecasting and early warning systems;",
        "restoring wetlands and floodplains as natural retention areas;",
        "sharing hydrological data in real time.",
    ):
        doc.add_paragraph(item, style="List Number 2")
    doc.add_paragraph("II. Pollution and biodiversity", style="Heading 2")
    doc.add_paragraph(
        "We will reduce nutrient and hazardous substance emissions from agriculture by 2030.",
        style="List Number",
    )
    doc.add_paragraph(
        "We call upon the Commission to report to the next Ministerial Meeting.", style="List Number"
    )
    doc.add_paragraph("Adopted in Vienna on 12 March 2025.")
    out = BytesIO()
    doc.save(out)
    return out.getvalue()
