"""Plain text in the source's own layout, so that import -> export txt -> import is the identity."""

from __future__ import annotations

import re
from collections.abc import Sequence

from draftdesk.engine.issued import letterhead, printed_type, revision_line
from draftdesk.engine.marks import changes, marked, tagged
from draftdesk.engine.model import Draft
from draftdesk.engine.outputs import Span, ViewParagraph
from draftdesk.engine.title import shown_title, split_title

_COVER = ("distribution", "date", "original", "job", "barcode", "session", "committee", "agenda_item",
          "agenda_title", "adopted", "report")  # fmt: skip
"""The cover facts in the order a UN document prints them; the importer reads them back by form."""


def span_text(span: Span) -> str:
    return f"*{span.text}*" if span.italic else span.text


def printed_marker(p: ViewParagraph) -> str:
    """What a document prints before a paragraph: operative and sub-item numbers, never PP numbers."""
    return f"{p.marker}. " if p.marker and p.kind in ("operative", "sub-item") else ""


def line_of(p: ViewParagraph) -> str:
    """The paragraph's text; changes marked [-old-]{+new+}, organizations' words tagged [UNDP: …]."""
    return "".join(marked("".join(map(span_text, run)), change) for change, run in changes(tagged(p.spans)))


def _conclusions(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> list[str]:
    """The lines the importer kept as the cover (a council's transmission note), the title block,
    document type, place and date, the authoring line ("The Ministers …,") when there is one,
    then the paragraphs; an annex under its name."""
    title, body = split_title(paragraphs)
    revision = [revision_line(draft), ""] if revision_line(draft) else []
    out = [*revision, *([*draft.metadata["cover"].split(" / "), ""] if "cover" in draft.metadata else [])]
    out += [*shown_title(draft, title, line_of), "", printed_type(draft), "", draft.place_date, ""]
    out += [draft.authoring, ""] if draft.authoring else []
    part = ""
    for p in body:
        text = line_of(p)
        if p.part != part:
            part = p.part
            out += ["", *_part_name(p), ""]
        if p.kind == "operative":
            out.append(f"{p.marker}. {text}")
        elif p.kind == "sub-item":
            out.append(f"{'   ' * p.depth}- {p.marker}. {text}")
        else:
            if out[-1]:
                out.append("")
            out += [text, ""]
    return out


def _cover(draft: Draft, heading: ViewParagraph | None) -> list[str]:
    """The cover as printed: letterhead and facts, the lines the importer kept as they were, the
    sponsors, then the title (``heading``: as the view has it), each block after a blank line."""
    meta = draft.metadata
    head = letterhead(draft)
    if head:
        out = [head[0], *filter(None, [meta.get("symbol")]), "", *head[1:]]
    else:  # another body's document: its symbol, and "Rev.N" under it
        out = [line for line in (meta.get("symbol", ""), revision_line(draft)) if line]
    out += [meta[key] for key in _COVER if key in meta] + [""]
    for block in ("cover", "sponsors"):
        out += [*meta[block].split(" / "), ""] if block in meta else []
    title = " ".join(shown_title(draft, heading, line_of))
    return [*out, f"{meta['number']}. {title}" if "number" in meta else title, "", draft.authoring, ""]


def printed_part(part: str) -> str:
    """A part's name as printed: "annex ii" -> "Annex II", "article 4" -> "Article 4"; the
    " (2)" that tells apart two parts of one name is not printed."""
    words = re.sub(r" \(\d+\)$", "", part).split()
    return " ".join(w.upper() if re.fullmatch(r"[ivxl]+", w) else w.capitalize() for w in words)


def _part_name(first: ViewParagraph) -> list[str]:
    """The line that opens a part: its name, unless the part's own title already opens with it
    (a document a resolution adopts in its body: "Outcome document of the high-level meeting …")."""
    named = first.kind == "heading" and line_of(first).casefold().startswith(first.part.casefold())
    return [] if named else [printed_part(first.part)]


def _resolution(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> list[str]:
    heading, body = split_title(paragraphs)
    out = _cover(draft, heading)
    part = ""
    for p in body:
        if p.part != part:
            part = p.part
            out += [*_part_name(p), ""]
        text = line_of(p)
        if p.kind == "operative":
            out += [f"{p.marker}. {text}", ""]
        elif p.kind == "sub-item":
            out += [f"{'    ' * p.depth}({p.marker}) {text}", ""]
        elif p.kind == "closing":
            out.append(text)
        else:
            out += [text, ""]
    return out


def _notes(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> list[str]:
    """Footnotes at the end, below a rule, as the UN prints them: "1 text"; the cover's "* …"
    notes first."""
    cover = draft.metadata.get("notes", "")
    notes = [*(cover.split(" / ") if cover else [])]
    notes += [f"{note.mark} {note.text}" for p in paragraphs for note in p.footnotes]
    return ["", "_______________", "", "\n\n".join(notes)] if notes else []


def export_text(draft: Draft, paragraphs: Sequence[ViewParagraph]) -> str:
    """The document as its source was laid out; tracked proposals as {+ins+} / [-del-]."""
    render = _resolution if draft.layout == "un-resolution" else _conclusions
    return "\n".join(render(draft, paragraphs) + _notes(draft, paragraphs)).strip("\n") + "\n"
