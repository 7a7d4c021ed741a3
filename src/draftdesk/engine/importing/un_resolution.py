"""The UN document layout, as text extracted from an official PDF: the pipeline's stages in order.

pages (form feeds, page marks or furniture) → furniture learned and cut → cover facts →
footnotes cut and their references marked → lines joined into typed blocks → the layout's
state machine. Each stage is its own module; a reader of another format can enter at the
blocks (:func:`structure_blocks`).
"""

from __future__ import annotations

from draftdesk.engine.importing import machine
from draftdesk.engine.importing.blocks import read_blocks
from draftdesk.engine.importing.cover import Cover, read_cover
from draftdesk.engine.importing.kinds import Block
from draftdesk.engine.importing.notes import Note, cut_notes
from draftdesk.engine.importing.pages import Line, learn_furniture, split_pages, strip_furniture
from draftdesk.engine.importing.references import mark_references
from draftdesk.engine.importing.structure import Builder


def find_cover(raw: list[str]) -> Cover | None:
    """The cover of a UN document, or None when the text has no authoring line nor amendment."""
    return read_cover([line.strip() for line in raw])


def parse(raw: list[str], cover: Cover, builder: Builder) -> None:
    """Fill ``builder`` from the raw lines of a UN document whose cover was read."""
    pages = split_pages(raw)
    furniture = learn_furniture(pages, cover.title, cover.metadata.get("symbol", ""))
    lines = strip_furniture(pages, furniture)
    if "cover" in cover.metadata:  # the first page's footer, read with the cover, is no fact of it
        kept = [line for line in cover.metadata.pop("cover").split(" / ") if not furniture.foot(line)]
        cover.metadata.update({"cover": " / ".join(kept)} if kept else {})
    start = next((i for i, line in enumerate(lines) if line.number > cover.body), len(lines))
    opening = [Line(cover.body, cover.inline, 0)] if cover.inline else []
    body, notes = cut_notes(opening + lines[start:])
    body, missing = mark_references(body, notes)
    body = _attach_unreferenced(body, missing, builder, cover)
    cited = {note.mark: note.text for note in notes if note not in missing or not note.mark.startswith("*")}
    structure_blocks(read_blocks(body), cover, builder)
    builder.build(cited, marked=True)


def structure_blocks(blocks: list[Block], cover: Cover, builder: Builder) -> None:
    """Metadata from the cover, then the blocks through the layout's state machine."""
    draft = builder.draft
    draft.layout, draft.authoring = cover.layout, cover.authoring
    draft.doc_type, draft.place_date = cover.doc_type(), cover.place_date
    draft.metadata.update(cover.metadata)
    draft.title = cover.lines or ([cover.title] if cover.title else [])
    table = machine.AMENDMENT if cover.amendment else machine.LAYOUTS[cover.layout]
    machine.run(blocks, table, builder, decision=bool(cover.inline))


def _attach_unreferenced(body: list[Line], missing: list[Note], builder: Builder, cover: Cover) -> list[Line]:
    """A note whose reference is not in the body: a "*" note refers to the cover (kept there);
    a numbered one is cited at the end of its page's last line of text, with a warning."""
    stars = [f"{note.mark} {note.text}" for note in missing if note.mark.startswith("*")]
    if stars:
        cover.metadata["notes"] = " / ".join(stars)
    out = list(body)
    for note in missing:
        if note.mark.startswith("*"):
            continue
        index = max((i for i, line in enumerate(out) if line.page <= note.page and line.text), default=-1)
        if index < 0:
            continue
        out[index] = Line(out[index].number, f"{out[index].text}[^{note.mark}]", out[index].page)
        builder.warnings.append(
            f"footnote {note.mark}: no reference to it found near line {note.line}; cited at line "
            f"{out[index].number}"
        )
    return out
