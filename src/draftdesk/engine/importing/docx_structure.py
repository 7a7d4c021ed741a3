"""A Word draft made elsewhere (by a secretariat, in Word or LibreOffice), read by its structure.

Each paragraph's kind comes from where Word's numbering puts it, not from its
words: in each list, the shallowest decimal level holds the operative
paragraphs, a level below it a sub-item at that depth, a level above it (I.,
A.) or a heading style a heading. Only a paragraph Word does not number is
classified by its text, as the text importer classifies one line ("12." typed,
"(a)", "Annex", "64th plenary meeting"). The cover (a UN document) or the title
block (conference conclusions) is read from the paragraphs before the body as
the text importer reads lines; the body's blocks then go through the same
layout rules, and the footnotes are Word's own notes, cited where Word cites them.
"""

from __future__ import annotations

import re

from draftdesk.engine.importing import ImportFailed, ImportResult, conclusions, un_resolution
from draftdesk.engine.importing.cover import Cover
from draftdesk.engine.importing.docx_head import read_head
from draftdesk.engine.importing.docx_lists import nested_runs, printed_number_warnings
from draftdesk.engine.importing.docx_numbering import UNPRINTED
from draftdesk.engine.importing.docx_reader import TABLE_ROW, WordBody, WordParagraph
from draftdesk.engine.importing.kinds import PART, Block, classify
from draftdesk.engine.importing.machine import table_warning
from draftdesk.engine.importing.organizations import assign_chair, participants
from draftdesk.engine.importing.starts import LEAD_IN
from draftdesk.engine.importing.structure import Builder
from draftdesk.engine.model import Draft, Layout, plain_text

_DECIMAL = ("decimal", "decimalZero")
_MARKER = re.compile(r"[0-9]+|[A-Za-z]+")


def _text(p: WordParagraph) -> str:
    return " ".join(p.after.split())


def _levels(paragraphs: list[WordParagraph]) -> tuple[dict[str, int], dict[str, int]]:
    """Per list: the level of its operative paragraphs (its shallowest decimal level in use), and
    of its shallowest lettered or roman level (a list of sub-items only)."""
    operative: dict[str, int] = {}
    items: dict[str, int] = {}
    for p in paragraphs:
        if p.list_id and p.level is not None and not p.heading:
            found = operative if p.number_format in _DECIMAL else items
            found[p.list_id] = min(found.get(p.list_id, p.level), p.level)
    return operative, items


def _block(p: WordParagraph, line: int, operative: dict[str, int], items: dict[str, int]) -> Block:
    """The block a paragraph is by its style and numbering ("body" when Word numbers it not)."""
    text = _text(p)
    labelled = f"{p.label} {text}" if p.label else text
    marker = m[0] if (m := _MARKER.search(p.label)) else ""
    if p.style == TABLE_ROW:
        return Block("row", text, line)
    if p.heading:
        return Block("part" if PART.match(plain_text(labelled)) else "heading", labelled, line)
    if not p.list_id or p.number_format in UNPRINTED or p.level is None:
        return Block("body", text, line)
    top = operative.get(p.list_id)
    if top is None:  # a list of lettered items alone: their depth from their markers
        if p.number_format.startswith("upper"):
            return Block("heading", labelled, line)
        base = items[p.list_id]
        return Block("sub", text, line, marker, 0 if p.level == base else 1 + p.level - base)
    if p.level < top:
        return Block("heading", labelled, line)
    if p.level == top:
        return Block("number", text, line, marker)
    return Block("sub", text, line, marker, p.level - top)


def _blocks(paragraphs: list[WordParagraph]) -> list[Block]:
    """Each paragraph's block (its line: the paragraph's place, from 1); the runs of a list nested
    under another one's paragraph are that paragraph's items, a level below it."""
    operative, items = _levels(paragraphs)
    nested = nested_runs(paragraphs)
    blocks: list[Block] = []
    for n, p in enumerate(paragraphs):
        lead, base = nested.get(n, (-1, 0))
        if lead >= 0 and blocks[lead].kind in ("number", "sub"):
            above = max(blocks[lead].depth, 1) if blocks[lead].kind == "sub" else 0
            marker = m[0] if (m := _MARKER.search(p.label)) else ""
            blocks.append(Block("sub", _text(p), n + 1, marker, above + 1 + (p.level or 0) - base))
        else:
            blocks.append(_block(p, n + 1, operative, items))
    return blocks


def _un_document(blocks: list[Block], cover: Cover, builder: Builder) -> None:
    """Unnumbered paragraphs classified as the text importer's lines, then its state machine."""
    for block in blocks:
        if block.kind == "body" and (typed := classify(block.text)):
            block.kind, block.marker, block.text = typed
    un_resolution.structure_blocks(blocks, cover, builder)


def _conclusions(blocks: list[Block], builder: Builder) -> None:
    """The conclusions layout's rules (conclusions.parse) over whole paragraphs."""
    draft = builder.draft
    in_items = False
    for block, before in zip(blocks, [None, *blocks], strict=False):
        text = block.text
        typed = conclusions.typed_item(text, in_items) if block.kind == "body" else None
        if typed:
            block.kind, block.marker, text = (
                ("number" if typed[0] == "operative" else "sub"),
                typed[1],
                typed[2],
            )
        if block.kind == "number":
            in_items = True
            builder.add("operative", text, block.line)
        elif block.kind == "sub" and in_items:
            builder.add_sub_item(block.marker, text, block.line, block.depth)
        elif block.kind == "row":
            if before is None or before.kind != "row":
                builder.warnings.append(table_warning(block.line))
            builder.add("text", text, block.line, warn=False)
        elif block.kind in ("heading", "part") or text == conclusions.DOC_TYPE:
            builder.add("heading", text, block.line)
        elif conclusions.PLACE_DATE.match(text):
            if draft.place_date:
                builder.add("closing", text, block.line)
            else:
                draft.place_date = text
        else:
            builder.add("text" if in_items or text.endswith(":") else "preamble", text, block.line)


def _lines(paragraphs: list[WordParagraph]) -> tuple[list[str], list[int]]:
    """The paragraphs as the text importer's lines: a line break or a table cell starts a line, a
    blank line ends each paragraph; and the paragraph each line comes from."""
    lines: list[str] = []
    owner: list[int] = []
    for n, p in enumerate(paragraphs):
        for line in re.split(r"\n| \| ", plain_text(p.after)):
            if line.strip():
                lines.append(" ".join(line.split()))
                owner.append(n)
        lines.append("")
        owner.append(n)
    return lines, owner


def _structural(paragraphs: list[WordParagraph], blocks: list[Block], builder: Builder) -> None:
    """A draft with neither cover nor "CONCLUSIONS" line: its head read by :mod:`.docx_head`, then a
    resolution's rules after an authoring line, the conclusions' rules without one."""
    first = next((i for i, b in enumerate(blocks) if _numbered(b)), None)
    if first is None:
        raise ImportFailed(
            "unknown layout: no authoring line ('The General Assembly,' or another body), no amendment, "
            "no 'CONCLUSIONS' and no numbered paragraph found"
        )
    head = read_head([p.after for p in paragraphs], first)
    builder.draft.place_date = head.place_date
    if head.authoring:
        # a preamble that ends on an operative lead-in ("Hereby declare:") is another body's outcome
        outcome = any(b.kind == "body" and LEAD_IN.match(b.text) for b in blocks[head.body : first])
        layout: Layout = "conclusions" if outcome else "un-resolution"
        cover = Cover(authoring=head.authoring, place_date=head.place_date, layout=layout)
        _un_document(blocks[head.body :], cover, builder)
    else:
        _conclusions(blocks[head.body :], builder)
    builder.draft.title = head.title


def _numbered(block: Block) -> bool:
    """A paragraph Word numbers as an operative one, or one whose typed number says so ("1.")."""
    typed = classify(block.text) if block.kind == "body" else None
    return block.kind == "number" or (typed is not None and typed[0] == "number")


def word_draft(body: WordBody, *, slug: str, chair: str | None = None) -> ImportResult:
    """A Word file's draft, by its structure (raises ImportFailed when no layout is found)."""
    paragraphs = [p for p in body.standing if p.after.strip()]
    if not paragraphs:
        raise ImportFailed("the document is empty")
    texts = [plain_text(_text(p)) for p in paragraphs]
    lines, owner = _lines(paragraphs)
    builder = Builder(Draft(slug=slug, title=[]))
    if cover := un_resolution.find_cover(lines):
        start = owner[cover.body - 1] + 1 if not cover.amendment else owner[min(cover.body, len(lines) - 1)]
        blocks = [Block("body", cover.inline, start)] if cover.inline else []
        blocks += _blocks(paragraphs)[start:]
        _un_document(blocks, cover, builder)
    elif conclusions.DOC_TYPE in texts:
        start = texts.index(conclusions.DOC_TYPE) + 1
        builder.draft.layout, builder.draft.doc_type = "conclusions", conclusions.DOC_TYPE
        builder.draft.title = [line for line, n in zip(lines, owner, strict=True) if line and n < start - 1]
        _conclusions(_blocks(paragraphs)[start:], builder)
    else:
        _structural(paragraphs, _blocks(paragraphs), builder)
    draft = builder.build(body.notes, marked=True)
    builder.warnings += printed_number_warnings(
        paragraphs, draft.paragraphs, builder.lines(), builder.warnings
    )
    if any(p.before != p.after or p.mark for p in body.paragraphs):
        builder.warnings.append("the file has tracked changes: read with every change accepted")
    preamble = next((p.text for p in draft.paragraphs if p.kind == "preamble"), "")
    if draft.layout == "conclusions" and preamble.count("(") >= 2:
        draft.orgs = participants(preamble)
    assign_chair(draft, chair, preamble or "\n".join(texts))
    return ImportResult(draft, builder.warnings)
