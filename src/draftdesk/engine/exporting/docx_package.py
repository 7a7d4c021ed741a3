"""A Word document being built: page, fonts, styles and list numbering through python-docx; the
body, footnotes and comments added as they come; saved to bytes in memory (no file I/O).

python-docx gives the package, the styles and the page setup. It has no API for footnotes or
list numbering definitions: those are written as WordprocessingML (``ooxml``) into its
numbering part and into a footnotes part related to the document; so are the comments.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from io import BytesIO
from itertools import count
from typing import TYPE_CHECKING
from xml.sax.saxutils import quoteattr

from draftdesk.engine.exporting.ooxml import W_NS, Numbered, footnote_reference, run
from draftdesk.engine.inert import inert

if TYPE_CHECKING:
    from docx.document import Document

SERIF = "Times New Roman"
"""The font UN documents are set in (LibreOffice substitutes the metric-compatible Liberation Serif)."""

STYLES: dict[str, tuple[str, bool, bool]] = {
    # name: (alignment, bold, first-line indent)
    "Title Line": ("center", True, False),
    "Document Type": ("center", True, False),
    "Place and Date": ("center", False, False),
    "Authoring": ("left", False, True),
    "Part Heading": ("center", True, False),
    "Part Name": ("center", True, False),
    "Cover": ("left", False, False),
    "Revision": ("right", False, False),
    "Preambular Paragraph": ("justify", False, True),
    "Operative Paragraph": ("justify", False, False),
    "Sub-item": ("justify", False, False),
    "Body Text Paragraph": ("justify", False, False),
    "Closing": ("left", False, False),
    "Legend": ("left", False, False),
    "Amendment Field": ("left", False, False),
}
"""Paragraph styles named for what the paragraph is, so a reader (ours: importing.docx) gets the
structure back exactly, and a secretariat restyles a kind of paragraph in one place."""

RIGHT_OF_COVER = frozenset({"symbol", "distribution", "date", "original"})
"""The cover facts a UN document prints at the right of its letterhead."""
_PLACEHOLDER = "\u2063draftdesk-body\u2063"
"""The text of the paragraph that stands for the body until the package is saved (invisible
separators around it: no document's own words)."""
_INDENT = 567  # twips: 1 cm, the hanging indent of every list level
_LEVELS = ("decimal", "lowerLetter", "lowerRoman", "upperLetter")


def _level(ilvl: int, fmt: str, text: str) -> str:
    left = _INDENT * (ilvl + 1)
    return (
        f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
        f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
        f'<w:pPr><w:ind w:left="{left}" w:hanging="{_INDENT}"/></w:pPr></w:lvl>'
    )


class WordDocument:
    """One document under construction; ``to_bytes`` saves it."""

    def __init__(self, sub_item_text: str = "(%2)") -> None:
        from docx import Document  # imported when a .docx is first asked for (docs/performance.md)

        self.doc: Document = Document()
        self._body: list[str] = []
        self._notes: list[str] = []
        self._comments: list[str] = []
        self._numbered_notes = 0
        self._lists: dict[str, int] = {}
        self._ids = count(1)
        self._sub_item_text = sub_item_text
        self._page()
        self.style_ids = self._styles()
        numbering = self.doc.part.numbering_part.element  # the template's own lists keep their ids
        self._first_num = max((int(n) for n in numbering.xpath("./w:num/@w:numId")), default=0) + 1
        self._abstract = (
            max((int(n) for n in numbering.xpath("./w:abstractNum/@w:abstractNumId")), default=0) + 1
        )

    def _page(self) -> None:
        from docx.shared import Mm, Pt

        section = self.doc.sections[0]
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.left_margin = section.right_margin = Mm(25)
        section.top_margin = section.bottom_margin = Mm(25)
        normal = self.doc.styles["Normal"]
        normal.font.name, normal.font.size = SERIF, Pt(12)
        normal.paragraph_format.space_after = Pt(6)

    def _styles(self) -> dict[str, str]:
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Mm, Pt

        ids = {}
        for name, (align, bold, indent) in STYLES.items():
            style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.doc.styles["Normal"]
            style.font.bold = bold or None
            fmt = style.paragraph_format
            fmt.alignment = getattr(WD_ALIGN_PARAGRAPH, align.upper())
            fmt.space_after = Pt(12 if name == "Document Type" else 6)
            if indent:
                fmt.first_line_indent = Mm(10)
            ids[name] = style.style_id
        notes = self.doc.styles.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
        notes.base_style, notes.font.size = self.doc.styles["Normal"], Pt(10)
        reference = self.doc.styles.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
        reference.font.superscript = True
        ids["Footnote Text"], ids["Footnote Reference"] = notes.style_id, reference.style_id
        return ids

    def cover_style(self, key: str) -> str:
        """The style of one cover fact ("Cover symbol"): a reader gets each fact back by its name.
        The symbol, distribution, date and original language stand at the right, as on a UN cover."""
        from docx.enum.style import WD_STYLE_TYPE
        from docx.enum.text import WD_ALIGN_PARAGRAPH

        name = f"Cover {key}"
        if name not in self.style_ids:
            style = self.doc.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
            style.base_style = self.doc.styles["Cover"]
            if key in RIGHT_OF_COVER:
                style.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            self.style_ids[name] = style.style_id
        return self.style_ids[name]

    # -- content -------------------------------------------------------------
    def add(self, xml: str) -> None:
        """A paragraph written by ``ooxml.paragraph``."""
        self._body.append(xml)

    def new_id(self) -> int:
        """A fresh id for a revision (Word wants them unique in the document)."""
        return next(self._ids)

    def numbered(self, part: str, level: int) -> Numbered:
        """The list of a part (numbering restarts in each part: an annex) at ``level`` (0: operative)."""
        num_id = self._lists.setdefault(part, self._first_num + len(self._lists))
        return Numbered(num_id, level)

    def footnote(self, text: str, mark: str, *, automatic: bool = False) -> str:
        """A new footnote; returns the reference that cites it. Word numbers notes itself (and
        renumbers them when a tracked change is accepted or rejected); a note whose mark is not the
        next number (the source's notes start at another, or it marks "*") keeps its mark, unless
        the caller knows Word's number is the one to print (``automatic``)."""
        note_id = len(self._notes) + 1
        auto = automatic or mark == str(self._numbered_notes + 1)
        self._numbered_notes += auto
        reference_style = f'<w:rPr><w:rStyle w:val="{self.style_ids["Footnote Reference"]}"/></w:rPr>'
        own = "" if auto else run(mark)
        self._notes.append(
            f'<w:footnote w:id="{note_id}"><w:p><w:pPr><w:pStyle w:val="{self.style_ids["Footnote Text"]}"/>'
            f"</w:pPr><w:r>{reference_style}{'<w:footnoteRef/>' if auto else ''}</w:r>{own}{run(' ' + text)}"
            "</w:p></w:footnote>"
        )
        return footnote_reference(note_id, own_mark="" if auto else mark)

    def comment(self, signed: str, initials: str, lines: Sequence[str]) -> int:
        """A comment (one paragraph a line) by ``signed`` (``ooxml.signature``); returns its id.

        Written as XML like the footnotes: python-docx's comments API scans every id and builds
        the text character by character for each comment (docs/performance.md)."""
        comment_id = len(self._comments)
        paragraphs = "".join(
            f"<w:p>{'<w:r><w:annotationRef/></w:r>' if n == 0 else ''}{run(line)}</w:p>"
            for n, line in enumerate(lines)
        )
        initials = quoteattr(inert(initials))
        self._comments.append(
            f'<w:comment w:id="{comment_id}" {signed} w:initials={initials}>{paragraphs}</w:comment>'
        )
        return comment_id

    # -- output --------------------------------------------------------------
    def to_bytes(self) -> bytes:
        """The package, its body written into the saved document part as the text it was made as:
        parsing megabytes of body into python-docx's tree only for it to write them back out is
        work for nothing (docs/performance.md). A placeholder paragraph, added through python-docx,
        marks where."""
        self.doc.add_paragraph(_PLACEHOLDER)
        self._numbering()
        separators = (
            '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
            '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/>'
            "</w:r></w:p></w:footnote>"
        )
        if self._notes:
            self._part("footnotes", "WML_FOOTNOTES", "FOOTNOTES", separators + "".join(self._notes))
        if self._comments:
            self._part("comments", "WML_COMMENTS", "COMMENTS", "".join(self._comments))
        saved = BytesIO()
        self.doc.save(saved)
        out = BytesIO()
        with zipfile.ZipFile(saved) as package, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as written:
            for item in package.infolist():
                data = package.read(item)
                if item.filename == "word/document.xml":
                    data = _spliced(data.decode("utf-8"), "".join(self._body)).encode("utf-8")
                written.writestr(item.filename, data)
        return out.getvalue()

    def _numbering(self) -> None:
        """One multi-level list definition; one list instance per part, each starting at 1."""
        from docx.oxml import parse_xml

        if not self._lists:
            return
        numbering = self.doc.part.numbering_part.element
        abstract_id = self._abstract
        texts = ("%1.", self._sub_item_text, "(%3)", "(%4)")
        levels = "".join(
            _level(n, fmt, text) for n, (fmt, text) in enumerate(zip(_LEVELS, texts, strict=True))
        )
        numbering.insert(
            0,
            parse_xml(
                f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
                f'<w:multiLevelType w:val="multilevel"/>{levels}</w:abstractNum>'
            ),
        )
        for num_id in self._lists.values():
            numbering.append(
                parse_xml(
                    f'<w:num xmlns:w="{W_NS}" w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                    f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
                )
            )

    def _part(self, name: str, content_type: str, relationship: str, children: str) -> None:
        """A part of the package (``word/<name>.xml``, root ``w:<name>``) related to the document."""
        from docx.opc.constants import CONTENT_TYPE, RELATIONSHIP_TYPE
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        xml = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:{name} xmlns:w="{W_NS}">'
        xml += children + f"</w:{name}>"
        uri, kind = PackURI(f"/word/{name}.xml"), getattr(CONTENT_TYPE, content_type)
        part = Part(uri, kind, xml.encode(), self.doc.part.package)
        self.doc.part.relate_to(part, getattr(RELATIONSHIP_TYPE, relationship))


def _spliced(document: str, body: str) -> str:
    """The saved document part with the placeholder's paragraph replaced by ``body``."""
    at = document.index(_PLACEHOLDER)
    start, end = document.rindex("<w:p>", 0, at), document.index("</w:p>", at) + len("</w:p>")
    return document[:start] + body + document[end:]


def hex_colour(colour: str) -> str:
    """``#1f77b4`` -> ``1F77B4`` (Word's form); anything else -> ""."""
    value = colour.lstrip("#").upper()
    return value if len(value) == 6 and all(c in "0123456789ABCDEF" for c in value) else ""
