"""The UN resolution layout, as text copied out of an official PDF.

The cover block becomes metadata; page furniture (symbol, running title, job
number, page "2/4", barcode) and footnote blocks are cut out so paragraphs join
across page breaks; reference digits glued to words become ``[^N]`` only for
notes that exist, taken in order, so "paragraph 1 (a)" is never mistaken for one.
"""

from __future__ import annotations

import re

from draftdesk.engine.importing.footnotes import SEPARATOR, parse_notes
from draftdesk.engine.importing.lines import blocks, join_lines
from draftdesk.engine.importing.structure import Builder

AUTHORING = "The General Assembly,"
_SYMBOL = re.compile(r"^A/RES/\d+/\d+$")
_JOB = re.compile(r"^\d{2}-\d{5}(?: \(E\))?$")
_PAGE = re.compile(r"^\d+/\d+$")
_BARCODE = re.compile(r"^\*\d+\*$")
_NUMBER_ONLY = re.compile(r"^(\d+)\.\s*(.*)$")
_SUB_ITEM = re.compile(r"^\(([a-z]{1,4})\)\s+(.*)$")
_PLENARY = re.compile(r"^\d+(?:st|nd|rd|th) plenary meeting$")
_COVER = {
    "session": re.compile(r"^\w+ session$"),
    "agenda_item": re.compile(r"^Agenda item .+$"),
    "report": re.compile(r"^\[on the report .*\]$"),
}


def looks_like(lines: list[str]) -> bool:
    return any(line.strip() == AUTHORING for line in lines)


def _cover(lines: list[str], builder: Builder) -> None:
    """Cover facts into metadata, in a fixed set of keys the txt exporter writes back."""
    meta, draft = builder.draft.metadata, builder.draft
    for i, line in enumerate(lines):
        if _SYMBOL.match(line):
            meta.setdefault("symbol", line)
        elif line.startswith("Distr.:"):
            meta["distribution"], meta["date"] = line, lines[i + 1]
        elif _JOB.match(line):
            meta["job"] = line
        elif _BARCODE.match(line):
            meta["barcode"] = line
        elif line.startswith("Resolution adopted by"):
            follows = lines[i + 1 : i + 2] if line.endswith("General Assembly") else []
            meta["adopted"] = join_lines([line, *follows])
        elif match := re.match(r"^(\d+/\d+)\. (.+)$", line):
            meta["number"] = match.group(1)
            draft.title = [match.group(2)]
        for key, pattern in _COVER.items():
            if pattern.match(line):
                meta[key] = line
                if key == "agenda_item":
                    meta["agenda_title"] = lines[i + 1]


def _body(lines: list[tuple[int, str]], furniture: set[str]) -> tuple[list[tuple[int, str]], dict[str, str]]:
    """Body lines with furniture and footnote blocks cut out, and the notes by mark."""
    body: list[tuple[int, str]] = []
    note_lines: list[str] = []
    in_notes = page_break = False
    for number, line in lines:
        if SEPARATOR.match(line):
            in_notes = page_break = True
            note_lines.append("")
        elif line in furniture or any(p.match(line) for p in (_JOB, _PAGE, _BARCODE)):
            in_notes, page_break = False, True
        elif in_notes:
            note_lines.append(line)
        elif not line:
            if not page_break:
                body.append((number, ""))
        else:
            if page_break and body:
                while body and not body[-1][1]:
                    body.pop()
                if body and not _continues(body, line):
                    body.append((number, ""))
            page_break = False
            body.append((number, line))
    return body, parse_notes(note_lines)


def _continues(body: list[tuple[int, str]], line: str) -> bool:
    before = next(text for _, text in reversed(body) if text)
    return line[:1].islower() or not before.rstrip().endswith((",", ";", ".", ":"))


def parse(lines: list[str], builder: Builder) -> None:
    """Fill ``builder`` from the lines of a General Assembly resolution."""
    draft = builder.draft
    draft.layout, draft.doc_type, draft.authoring = "un-resolution", "resolution", AUTHORING
    stripped = [line.strip() for line in lines]
    at = stripped.index(AUTHORING)
    _cover([line for line in stripped[:at] if line], builder)
    furniture = {draft.metadata.get("symbol", ""), *draft.title} - {""}
    body, notes = _body(list(enumerate(stripped[at + 1 :], start=at + 2)), furniture)
    found: list[tuple[str, str, int]] = []  # (kind, text, line)
    pending_number = operatives = False  # operatives: one was seen in the current part
    for number, block in blocks(body):
        text = join_lines(block)
        if text == "Annex":
            found.append(("annex", text, number))
            operatives = False
        elif _PLENARY.match(block[0]) or (found and found[-1][0] == "closing"):
            found += [("closing", line.strip(), number) for line in block]
        elif match := _NUMBER_ONLY.match(text):
            pending_number, operatives = not match.group(2), True
            if match.group(2):
                found.append(("operative", match.group(2), number))
        elif pending_number:
            pending_number = False
            found.append(("operative", text, number))
        elif match := _SUB_ITEM.match(text):
            found.append((f"sub:{match.group(1)}", match.group(2), number))
        else:
            found.append(("text" if operatives else "preamble", text, number))
    for kind, text, number in found:
        if kind == "annex":
            builder.part = "annex"
        elif kind.startswith("sub:"):
            builder.add_sub_item(kind[4:], text, number)
        else:
            builder.add(kind, text, number)  # type: ignore[arg-type]
    builder.build(notes)
