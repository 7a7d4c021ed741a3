"""Word -> Draft: a .docx read into the same model as a text import.

A file DraftDesk wrote names each paragraph's part in its style ("Operative
Paragraph", "Cover symbol"…): it is read back by those names, exactly. Any
other Word file is read by its structure (:mod:`.docx_structure`: Word's list
levels and styles, its footnotes) through the text importer's layout rules.
Tracked changes are read accepted: the draft is the text as it would stand. A
file whose paragraphs are a text's lines (a .txt or a PDF's text opened in Word
or LibreOffice and saved: no numbering, no notes, sentences running on from one
paragraph into the next) is read by the text importer, line by line.
"""

from __future__ import annotations

import re
from itertools import pairwise

from draftdesk.engine.importing import ImportResult, import_text
from draftdesk.engine.importing.docx_reader import WordBody, read_docx
from draftdesk.engine.importing.docx_structure import word_draft
from draftdesk.engine.importing.organizations import assign_chair, participants
from draftdesk.engine.model import FOOTNOTE_REF_RE, Draft, Footnote, Paragraph, ParagraphKind

_RESOLUTION_NUMBER = re.compile(r"^(\d+/\d+(?: ?[A-Z])?)\. (.+)$")
KINDS: dict[str, ParagraphKind] = {
    "Preambular Paragraph": "preamble",
    "Operative Paragraph": "operative",
    "Sub-item": "sub-item",
    "Part Heading": "heading",
    "Closing": "closing",
    "Body Text Paragraph": "text",
}
"""The paragraph styles of DraftDesk's Word exports (exporting.docx), by the kind they hold."""
HEADER = {"Title Line", "Document Type", "Place and Date", "Authoring", "Part Name"}


def _standing(body: WordBody) -> list[tuple[str, str, int | None]]:
    """(style, text, list level) of each paragraph as it stands once its changes are accepted."""
    return [(p.style, p.after, p.level) for p in body.standing]


def _styled_draft(body: WordBody, slug: str) -> Draft:
    """A file DraftDesk wrote, read by its paragraph styles; sub-items hang from the list levels."""
    draft = Draft(
        slug=slug, title=[], layout="un-resolution" if body.category == "un-resolution" else "conclusions"
    )
    part, parents = "", [""]
    header = {"Document Type": "doc_type", "Place and Date": "place_date", "Authoring": "authoring"}
    for style, text, level in _standing(body):
        if style in KINDS:
            pid = f"p-{len(draft.paragraphs) + 1:04d}"
            kind = KINDS[style]
            depth = max(level or 1, 1) if kind == "sub-item" else 0
            parent = parents[min(depth, len(parents)) - 1] if kind == "sub-item" else ""
            if kind in ("operative", "sub-item"):
                parents = [*parents[:depth], pid] if kind == "sub-item" else [pid]
            cited = FOOTNOTE_REF_RE.findall(text)
            notes = tuple(Footnote(mark, body.notes[mark]) for mark in cited if mark in body.notes)
            draft.paragraphs.append(Paragraph(pid, kind, text, parent=parent, part=part, footnotes=notes))
        elif style == "Title Line" and text.strip():
            draft.title.append(text.strip())
        elif style in header:
            setattr(draft, header[style], text.strip())
        elif style == "Part Name":
            part = text.strip().lower()
        elif style.startswith("Cover ") and text.strip():  # a fact of several lines: a paragraph each
            key = style.removeprefix("Cover ")
            draft.metadata[key] = " / ".join(filter(None, (draft.metadata.get(key), text.strip())))
    numbered = (
        _RESOLUTION_NUMBER.match(draft.title[0]) if draft.title and draft.layout == "un-resolution" else None
    )
    if numbered:  # "80/23. Title": the resolution's number printed before its title
        draft.metadata["number"], draft.title[0] = numbered.groups()
    return draft


_RUN_ONS = 0.1
"""The share of paragraphs that run on into the next (no closing punctuation, the next opening in
lower case, not with an item's letter "b.") that makes a file the lines of a text: a draft typed
in Word has next to none, a wrapped text a third of its lines."""
_ITEM = re.compile(r"^[a-z]{1,4}[.)]\s")


def _text_lines(body: WordBody) -> str | None:
    """The file's text, a line per paragraph, when its paragraphs are a text's lines."""
    if body.notes or any(p.level is not None for p in body.paragraphs):
        return None
    texts = [p.after.strip() for p in body.standing]
    run_ons = sum(
        1
        for line, following in pairwise(texts)
        if line
        and not line.endswith((".", ",", ";", ":"))
        and following[:1].islower()
        and not _ITEM.match(following)
    )
    lines = sum(1 for text in texts if text)
    return "\n".join(p.after for p in body.standing) if run_ons >= max(3, _RUN_ONS * lines) else None


def import_docx(data: bytes, *, slug: str, chair: str | None = None) -> ImportResult:
    """Parse a Word document (raises ImportFailed when it is none, or has no known layout)."""
    body = read_docx(data)
    if (text := _text_lines(body)) is not None:
        return import_text(text, slug=slug, chair=chair)
    styles = {p.style for p in body.paragraphs}
    if not styles & set(KINDS) or not styles & HEADER:
        return word_draft(body, slug=slug, chair=chair)
    draft = _styled_draft(body, slug)
    preamble = next((p.text for p in draft.paragraphs if p.kind == "preamble"), "")
    if draft.layout == "conclusions" and preamble.count("(") >= 2:
        draft.orgs = participants(preamble)
    assign_chair(draft, chair, preamble or "\n".join(text for _, text, _ in _standing(body)))
    return ImportResult(draft, [])
