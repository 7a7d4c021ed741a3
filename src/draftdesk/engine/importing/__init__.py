"""Plain text -> Draft: detect the layout (a UN document, the conclusions of the seed, or another
body's outcome: a declaration, a decision, conclusions) and parse it."""

from __future__ import annotations

from dataclasses import dataclass

from draftdesk.engine.importing import conclusions, outcome, un_resolution
from draftdesk.engine.importing.decode import ImportFailed, decode_document
from draftdesk.engine.importing.organizations import assign_chair, participants
from draftdesk.engine.importing.structure import Builder
from draftdesk.engine.model import Draft

__all__ = ["ImportFailed", "ImportResult", "decode_document", "import_text"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    """The imported draft and what the importer could not structure (one line each)."""

    draft: Draft
    warnings: list[str]


def import_text(text: str, *, slug: str, chair: str | None = None) -> ImportResult:
    """Parse a document; text that cannot be structured is kept as "text" paragraphs, with warnings."""
    lines = text.replace("\r\n", "\n").replace("\t", " ").split("\n")
    if not any(line.strip() for line in lines):
        raise ImportFailed("the document is empty")
    builder = Builder(Draft(slug=slug, title=[]))
    cover = un_resolution.find_cover(lines)
    if not (cover and (cover.amendment or cover.metadata.keys() - {"cover"})):  # no UN fact: another body's?
        head = outcome.find_head([line.strip() for line in lines])
        cover = head if head and (head.kind or head.place_date or not cover) else cover
    if cover and not (cover.layout == "conclusions" and conclusions.looks_like(lines)):
        un_resolution.parse(lines, cover, builder)
    elif conclusions.looks_like(lines):
        conclusions.parse([line.replace("\f", "") for line in lines], builder)
    else:
        raise ImportFailed(
            "unknown layout: no authoring line ('The General Assembly,', 'The Ministers …,', 'We, …,'), "
            "no preambular or numbered paragraph, no amendment and no 'CONCLUSIONS' found"
        )
    draft = builder.draft
    preamble = next((p.text for p in draft.paragraphs if p.kind == "preamble"), "")
    if draft.layout == "conclusions" and preamble.count("(") >= 2:
        draft.orgs = participants(preamble)
    assign_chair(draft, chair, preamble or text)
    return ImportResult(draft, builder.warnings)
