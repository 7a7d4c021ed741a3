"""Model objects → TOML documents people can read and edit.

Empty optional fields are left out (a reader fills in the defaults), a text
with line breaks becomes a multi-line string, datetimes are written in UTC.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

import tomlkit
from tomlkit.items import Item

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.model import Draft, Footnote, Org, Paragraph
from draftdesk.engine.revision_chain import RevisionRecord

from .decode import (
    AMENDMENT_REQUIRED,
    DECISION_REQUIRED,
    FOOTNOTE_REQUIRED,
    ORG_REQUIRED,
    PARAGRAPH_REQUIRED,
    utc,
)

Data = dict[str, Any]

LITERAL_UNSAFE = frozenset([*(chr(c) for c in range(32) if chr(c) not in "\t\n"), "\x7f", "'"])
"""Characters a TOML literal string cannot hold (a quote ends it; no escapes exist)."""
LONG = 40
"""Strings longer than this are written as literal strings when they can be."""


def _plain(
    record: Org | Paragraph | Footnote | Op | Amendment | Decision, keep: tuple[str, ...] = ()
) -> Data:
    """The record's fields in declaration order (tuples as lists), empty ones left out unless in ``keep``."""
    data: Data = {}
    for name, value in _fields(record):
        if (value == "" or value == () or value is False) and name not in keep:
            continue
        data[name] = list(value) if isinstance(value, tuple) else value
    return data


def _fields(record: Org | Paragraph | Footnote | Op | Amendment | Decision) -> Iterable[tuple[str, Any]]:
    """Each field's name and value, in declaration order (records of acts are NamedTuples)."""
    if isinstance(record, Op | Amendment | Decision):
        return record._asdict().items()
    return ((field.name, getattr(record, field.name)) for field in fields(record))


def _op(op: Op) -> Data:
    data = _plain(op)
    data.pop("notes", None)  # last: an array of tables must follow the plain keys
    if op.notes:
        data["notes"] = [_plain(note, FOOTNOTE_REQUIRED) for note in op.notes]
    return data


def draft_data(draft: Draft) -> Data:
    """draft.toml as plain data; the slug is the folder's name, so it is not stored."""
    data: Data = {"title": list(draft.title)}
    for key in ("doc_type", "authoring", "place_date"):
        if getattr(draft, key):
            data[key] = getattr(draft, key)
    data["layout"] = draft.layout
    data["revision"] = draft.revision
    if draft.issued_by:
        data["issued_by"] = draft.issued_by
    if draft.issued_at is not None:
        data["issued_at"] = utc(draft.issued_at)
    if draft.metadata:
        data["metadata"] = dict(draft.metadata)
    if draft.fallen:
        data["fallen"] = dict(draft.fallen)
    if draft.title_authors:
        data["title_authors"] = list(draft.title_authors)
    if draft.orgs:
        data["orgs"] = [_plain(org, ORG_REQUIRED) for org in draft.orgs]
    paragraphs = []
    for paragraph in draft.paragraphs:
        entry = _plain(paragraph, PARAGRAPH_REQUIRED)
        entry.pop("footnotes", None)  # last: an array of tables must follow the plain keys
        if paragraph.footnotes:
            entry["footnotes"] = [_plain(note, FOOTNOTE_REQUIRED) for note in paragraph.footnotes]
        paragraphs.append(entry)
    if paragraphs:
        data["paragraphs"] = paragraphs
    return data


def amendment_data(amendment: Amendment) -> Data:
    data = _plain(amendment, AMENDMENT_REQUIRED)
    del data["ops"]  # last: an array of tables must follow the plain keys
    data.pop("cited", None)
    data["created"] = utc(amendment.created)
    if amendment.cited:
        data["cited"] = dict(amendment.cited)
    data["ops"] = [_op(op) for op in amendment.ops]
    return data


def decision_data(decision: Decision) -> Data:
    """A decision's table; an acceptance of some parts needs record format 3 (decode.FORMAT)."""
    data = _plain(decision, DECISION_REQUIRED)
    data["at"] = utc(decision.at)
    return {"format": 3, **data} if decision.parts else data


def revision_data(record: RevisionRecord) -> Data:
    """A revision record: its own keys first, then draft.toml's table (storage/revision_records.py)."""
    head: Data = {"id": record.id, "by": record.by, "at": utc(record.at), "revises": record.revises}
    if record.accepted is not None:
        head["accepted"] = sorted(record.accepted)
    return head | draft_data(record.draft)


def item(value: Any) -> Item:
    """A tomlkit item: multi-line strings for texts with line breaks, tables for dicts."""
    if isinstance(value, str):
        return _string(value)
    if isinstance(value, datetime):
        return tomlkit.item(value.astimezone(UTC))
    if isinstance(value, dict):
        table = tomlkit.table()
        for key, entry in value.items():
            table.add(key, item(entry))
        return table
    if isinstance(value, list) and value and all(isinstance(entry, dict) for entry in value):
        array = tomlkit.aot()
        for entry in value:
            array.append(item(entry))
        return array
    return tomlkit.item(value)


def _string(value: str) -> Item:
    """Short strings as "…"; a long text as a literal string '…' (no escapes) when it allows it:
    they read faster (no escapes to undo), and texts are most of what a folder holds."""
    multiline = "\n" in value
    if len(value) > LONG and LITERAL_UNSAFE.isdisjoint(value):
        return tomlkit.string(value, literal=True, multiline=multiline)
    # a raw CR in a multi-line string would be read back as a plain line break
    return tomlkit.string(value, multiline=multiline and "\r" not in value)


def dumps(data: Data) -> str:
    document = tomlkit.document()
    for key, value in data.items():
        document.add(key, item(value))
    return tomlkit.dumps(document)
