"""Views as Word documents, laid out as a secretariat issues them.

The title block line by line, the document type, place and date; preambular
paragraphs with their italic opening words; operative paragraphs and sub-items
in a real Word list (numbers Word keeps up to date, hanging indents); footnotes
as Word footnotes; A4, a serif font. The attribution view colours each
delegation's words and adds a legend. Tracked changes are ``docx_tracked``'s.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from draftdesk.engine.exporting.docx_package import WordDocument, hex_colour
from draftdesk.engine.exporting.ooxml import Look, Numbered, paragraph, run
from draftdesk.engine.issued import letterhead, printed_type, revision_line
from draftdesk.engine.model import Draft
from draftdesk.engine.outputs import Span, ViewParagraph
from draftdesk.engine.palette import org_colours
from draftdesk.engine.title import shown_title, split_title

Progress = Callable[[int, int], None]
"""Told (paragraphs done, paragraphs in all) as a long export goes."""

KIND_STYLES = {
    "heading": "Part Heading",
    "preamble": "Preambular Paragraph",
    "operative": "Operative Paragraph",
    "sub-item": "Sub-item",
    "closing": "Closing",
    "text": "Body Text Paragraph",
}
_REPORT_EVERY = 50
LINE_BY_LINE = frozenset({"letterhead", "cover", "sponsors", "notes"})
"""Cover facts of several lines, kept joined by " / ": a paragraph each line."""
PRINT_FURNITURE = frozenset({"job", "barcode"})
"""Cover facts of the original's printing (its job number, its barcode): kept in the file, hidden,
so it imports back to the same draft, but never printed on a new document."""


def new_document(draft: Draft) -> WordDocument:
    """A document in the draft's layout (sub-items "a." in conclusions, "(a)" in resolutions)."""
    return WordDocument("%2." if draft.layout == "conclusions" else "(%2)")


def title_block(doc: WordDocument, draft: Draft, amended: str = "", *, authoring: bool = True) -> None:
    """What stands above the text: a resolution's cover facts, the title line by line, the
    document type, place and date, a resolution's authoring line. Each in a style named for
    what it is, and the layout in the document's category, so a reader gets the draft back.
    ``amended``: the runs of a title the view changes, in place of the title as printed; no
    ``authoring`` line above what is not the text (the list of amendments)."""
    doc.doc.core_properties.category = draft.layout
    resolution = draft.layout == "un-resolution"
    lines: list[tuple[str, str]] = []
    meta = draft.metadata

    def printed(text: str, hidden: bool = False) -> str:
        return run(text, Look(hidden=hidden)) if text else ""

    head = () if "letterhead" in meta else letterhead(draft)  # the source's own is a fact of its cover
    if resolution and head:  # a UN document's letterhead; another body's document has none
        lines += [(doc.style_ids["Cover"], printed(line)) for line in head]
    if resolution:  # the cover's facts, a paragraph a line
        lines += [
            (doc.cover_style(k), printed(line, k in PRINT_FURNITURE))
            for k, v in meta.items()
            if k != "number"
            for line in (v.split(" / ") if k in LINE_BY_LINE else [v])
        ]
    if revision := revision_line(draft):  # under the symbol, or above the title when there is none
        at = next(
            (n + 1 for n, (style, _) in enumerate(lines) if style == doc.style_ids.get("Cover symbol")), 0
        )
        lines.insert(at, (doc.style_ids["Revision"], printed(revision)))
    title = [printed(line) for line in draft.title] if not amended else [amended]
    if title and "number" in meta:
        title[0] = printed(f"{meta['number']}. ") + title[0]
    lines += [(doc.style_ids["Title Line"], line) for line in title]
    # a resolution prints no document type, nor a text whose title names it: kept hidden, so the file
    # imports back to the same draft
    shown = not resolution and bool(printed_type(draft))
    lines.append((doc.style_ids["Document Type"], printed(draft.doc_type, not shown)))
    lines.append((doc.style_ids["Place and Date"], printed(draft.place_date)))
    lines.append((doc.style_ids["Authoring"], printed(draft.authoring if authoring else "")))
    for style, content in lines:
        if content:
            doc.add(paragraph(content, style))


def span_runs(
    doc: WordDocument,
    span: Span,
    notes: Mapping[str, str],
    look: Look,
    *,
    deleted: bool = False,
    numbered: bool = False,
) -> str:
    """A span as runs; a footnote's mark becomes a real footnote (its text from ``notes``), which
    Word numbers itself when ``numbered`` and the mark is a number."""
    marks = _marks(span.text, notes) if span.mark == "fnref" else []
    if marks:
        return "".join(
            doc.footnote(notes[mark], mark, automatic=numbered and mark.isdigit()) for mark in marks
        )
    return run(span.text, look._replace(italic=span.italic), deleted=deleted)


def _marks(text: str, notes: Mapping[str, str]) -> list[str]:
    """The notes' marks a footnote span reads as: adjacent references ("[^18][^21]") make one span."""
    found: list[str] = []
    while text:
        mark = next((m for m in sorted(notes, key=len, reverse=True) if text.startswith(m)), "")
        if not mark:
            return []
        found.append(mark)
        text = text[len(mark) :]
    return found


def paragraph_style(doc: WordDocument, p: ViewParagraph) -> tuple[str, Numbered | None]:
    """The paragraph's style id, and its place in the part's list when it is numbered."""
    numbered: Numbered | None = None
    if p.kind == "operative":
        numbered = doc.numbered(p.part, 0)
    elif p.kind == "sub-item":
        numbered = doc.numbered(p.part, max(p.depth, 1))
    return doc.style_ids[KIND_STYLES.get(p.kind, "Body Text Paragraph")], numbered


def notes_of(p: ViewParagraph) -> dict[str, str]:
    return {note.mark: note.text for note in p.footnotes}


def add_part_heading(doc: WordDocument, part: str, current: str) -> str:
    """A part's name as a heading where a new part begins (numbering restarts there)."""
    if part != current and part:
        doc.add(paragraph(run(part.capitalize()), doc.style_ids["Part Name"]))
    return part


def export_docx(
    draft: Draft,
    paragraphs: Sequence[ViewParagraph],
    *,
    coloured: bool = False,
    progress: Progress | None = None,
) -> bytes:
    """A view (agreed, base, compilation, attribution) as a Word document. ``coloured``: each
    organization's spans in its colour, with a legend (the attribution view)."""
    doc = new_document(draft)
    colours = {code: hex_colour(c) for code, c in org_colours(draft.orgs).items()} if coloured else {}
    title, body = split_title(paragraphs)

    def content_of(p: ViewParagraph) -> str:
        notes = notes_of(p)
        return "".join(span_runs(doc, s, notes, Look(colour=colours.get(s.org, ""))) for s in p.spans)

    changed = title is not None and shown_title(draft, title, content_of) != list(draft.title)
    title_block(
        doc, draft, content_of(title) if changed and title is not None else "", authoring=not coloured
    )
    if coloured:  # the legend under the title, not between the authoring line and the text
        _legend(doc, draft, colours, {span.org for p in paragraphs for span in p.spans})
        if draft.authoring:
            doc.add(paragraph(run(draft.authoring), doc.style_ids["Authoring"]))
    part = ""
    for n, p in enumerate(body, 1):
        part = add_part_heading(doc, p.part, part)
        content = content_of(p)
        style, numbered = paragraph_style(doc, p)
        doc.add(paragraph(content, style, numbered))
        if progress is not None and n % _REPORT_EVERY == 0:
            progress(n, len(body))
    return doc.to_bytes()


def _legend(doc: WordDocument, draft: Draft, colours: Mapping[str, str], present: set[str]) -> None:
    """One line per organization whose words appear: its colour, code and full name."""
    style = doc.style_ids["Legend"]
    doc.add(
        paragraph(
            run("Legend: each organization's words in its colour; base text in black.", Look(italic=True)),
            style,
        )
    )
    for org in draft.orgs:
        if org.code in present:
            colour = colours.get(org.code, "")
            doc.add(
                paragraph(
                    run("\u25a0 ", Look(colour=colour))
                    + run(f"{org.code}: {org.name}", Look(colour=colour, bold=True)),
                    style,
                )
            )
