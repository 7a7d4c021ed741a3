"""The conference-conclusions layout: title lines, CONCLUSIONS, place/date, an authoring line if
any ("The Ministers …,"), preamble, numbered items.

Items are one line each and may carry a stray dash ("- 5.", " - a."); a line that
is not numbered continues the previous item when that item stopped mid-sentence
(a page break cut "… the region and" from "hinder economic growth …").
"""

from __future__ import annotations

import re

from draftdesk.engine.importing.footnotes import SEPARATOR, parse_notes
from draftdesk.engine.importing.kinds import PLACE_DATE
from draftdesk.engine.importing.lines import join_lines
from draftdesk.engine.importing.outcome import is_subject
from draftdesk.engine.importing.structure import Builder

DOC_TYPE = "CONCLUSIONS"
_NUMBERED = re.compile(r"^\s*-?\s*(\d+)[.)]\s+(.*)$")
_LETTERED = re.compile(r"^\s*-?\s*(?:\(([a-z]{1,4})\)|([a-z]{1,4})[.)])\s+(.*)$")


def typed_item(line: str, in_items: bool) -> tuple[str, str, str] | None:
    """("operative" or "sub-item", marker, text) of an item numbered in its text ("5.", "- b."); a
    lettered one only among the items."""
    if match := _NUMBERED.match(line):
        return "operative", match.group(1), match.group(2).strip()
    if in_items and (match := _LETTERED.match(line)):
        return "sub-item", match.group(1) or match.group(2), match.group(3).strip()
    return None


def looks_like(lines: list[str]) -> bool:
    return any(line.strip() == DOC_TYPE for line in lines)


def parse(lines: list[str], builder: Builder) -> None:
    """Fill ``builder`` from the lines of a conclusions document (notes, if any, after a rule)."""
    draft = builder.draft
    draft.layout, draft.doc_type = "conclusions", DOC_TYPE
    end = next((i for i, line in enumerate(lines) if SEPARATOR.match(line.strip())), len(lines))
    notes = parse_notes(lines[end + 1 :])
    lines = lines[:end]
    at = next(i for i, line in enumerate(lines) if line.strip() == DOC_TYPE)
    for line in (line.strip() for line in lines[:at]):
        if PLACE_DATE.match(line) and not draft.place_date:
            draft.place_date = line  # printed above the document type
        elif line:
            draft.title.append(line)
    pending: list[str] = []
    pending_line = 0
    in_items = False

    def flush() -> None:
        nonlocal pending
        if pending:
            text = join_lines(pending)
            if not draft.authoring and not len(builder) and is_subject(text):
                draft.authoring = text  # "The Ministers of Foreign Affairs …,"
            else:
                builder.add("text" if in_items or text.endswith(":") else "preamble", text, pending_line)
            pending = []

    for number, raw in enumerate(lines[at + 1 :], start=at + 2):
        line = raw.strip()
        if not line:
            flush()
            continue
        if line == DOC_TYPE:
            flush()
            builder.add("heading", line, number)
        elif PLACE_DATE.match(line):
            flush()
            if draft.place_date:
                builder.add("closing", line, number)
            else:
                draft.place_date = line
        elif item := typed_item(raw, in_items):
            flush()
            kind, marker, item_text = item
            if kind == "operative":
                in_items = True
                builder.add("operative", item_text, number)
            else:
                builder.add_sub_item(marker, item_text, number)
        elif in_items and not pending and builder.can_continue():
            builder.continue_last(line)
        else:
            pending_line = pending_line if pending else number
            pending.append(line)
    flush()
    builder.build(notes)
