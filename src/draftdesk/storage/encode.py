"""Model objects → TOML documents people can read and edit.

Empty optional fields are left out (a reader fills in the defaults), a text
with line breaks becomes a multi-line string, datetimes are written in UTC.
:func:`update` rewrites an existing document in place, assigning only what
changed, so the comments someone wrote by hand in draft.toml survive a save.
"""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.items import AoT, Item, Table

from draftdesk.engine.amendments import Amendment, Decision, Op
from draftdesk.engine.model import Draft, Footnote, Org, Paragraph

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
IDENTITY = {"orgs": "code", "paragraphs": "id"}
"""Entries of these arrays are matched by this key when a document is updated in place."""


def _plain(
    record: Org | Paragraph | Footnote | Op | Amendment | Decision, keep: tuple[str, ...] = ()
) -> Data:
    """The record's fields in declaration order (tuples as lists), empty ones left out unless in ``keep``."""
    data: Data = {}
    for field in fields(record):
        value = getattr(record, field.name)
        if (value == "" or value == () or value is False) and field.name not in keep:
            continue
        data[field.name] = list(value) if isinstance(value, tuple) else value
    return data


def draft_data(draft: Draft) -> Data:
    """draft.toml as plain data; the slug is the folder's name, so it is not stored."""
    data: Data = {"title": list(draft.title)}
    for key in ("doc_type", "authoring", "place_date"):
        if getattr(draft, key):
            data[key] = getattr(draft, key)
    data["layout"] = draft.layout
    data["revision"] = draft.revision
    if draft.metadata:
        data["metadata"] = dict(draft.metadata)
    if draft.orgs:
        data["orgs"] = [_plain(org, ORG_REQUIRED) for org in draft.orgs]
    paragraphs = []
    for paragraph in draft.paragraphs:
        entry = _plain(paragraph, PARAGRAPH_REQUIRED)
        if paragraph.footnotes:
            entry["footnotes"] = [_plain(note, FOOTNOTE_REQUIRED) for note in paragraph.footnotes]
        paragraphs.append(entry)
    if paragraphs:
        data["paragraphs"] = paragraphs
    return data


def amendment_data(amendment: Amendment) -> Data:
    data = _plain(amendment, AMENDMENT_REQUIRED)
    del data["ops"]  # last: an array of tables must follow the plain keys
    data["created"] = utc(amendment.created)
    data["ops"] = [_plain(op) for op in amendment.ops]
    return data


def decision_data(decision: Decision) -> Data:
    data = _plain(decision, DECISION_REQUIRED)
    data["at"] = utc(decision.at)
    return data


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
    tomllib reads those about 4× faster, and texts are most of what a folder holds."""
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


DRAFT_DEFAULTS = {"layout": "conclusions", "revision": 0}
"""What a reader assumes when draft.toml lacks the key: a hand-written file need not gain it."""


def update_draft(document: Container, draft: Draft) -> None:
    """Make a parsed draft.toml hold ``draft``, see :func:`update`."""
    data = draft_data(draft)
    for key, default in DRAFT_DEFAULTS.items():
        if key not in document and data[key] == default:
            del data[key]
    update(document, data)


def update(target: Container | Table, data: Data) -> None:
    """Make ``target`` hold ``data``, assigning only what changed (comments and layout stay).

    Entries of ``orgs`` and ``paragraphs`` are matched by code / id, so an entry
    keeps its comments when others are inserted, removed or reordered.
    """
    body = target if isinstance(target, Container) else target.value
    for key in [key for key in body if key not in data]:
        del body[key]
    previous: str | None = None
    for key, value in data.items():
        current = body.get(key)
        if current is None:
            _insert(body, previous, key, item(value))
        elif isinstance(current, AoT) and key in IDENTITY:
            _update_entries(current, value, IDENTITY[key])
        elif isinstance(current, Table) and isinstance(value, dict):
            update(current, value)
        elif _unwrap(current) != value:
            new = item(value)
            if _is_table(new) == _is_table(current):
                body[key] = new
            else:  # `orgs = []` becoming [[orgs]] entries, an inline table becoming [metadata]…
                del body[key]
                _insert(body, previous, key, new)
        previous = key


def _is_table(value: Item) -> bool:
    return isinstance(value, Table | AoT)


def _insert(body: Container, previous: str | None, key: str, new: Item) -> None:
    """A new key after ``previous`` when that keeps TOML's order (plain keys before tables);
    otherwise tomlkit's own placement (a plain key before the first table, a table at the end)."""
    last = new[-1] if isinstance(new, AoT) and len(new) else new
    if isinstance(last, Table):
        last.add(tomlkit.nl())  # a blank line before whatever follows, as in a fresh file
    if previous is not None and _is_table(body[previous]) == _is_table(new):
        body._insert_after(previous, key, new)  # tomlkit has no public positional insert
    else:
        body.append(key, new)


def _unwrap(value: Any) -> Any:
    return value.unwrap() if isinstance(value, Item) else value


def _update_entries(array: AoT, entries: list[Data], identity: str) -> None:
    existing = {str(table.get(identity)): table for table in array}
    tables: list[Table] = []
    for entry in entries:
        table = existing.get(entry[identity])
        if table is None:
            table = item(entry)
            table.add(tomlkit.nl())  # a blank line before whatever follows, as in a fresh file
        else:
            update(table, entry)
        tables.append(table)
    if [str(table.get(identity)) for table in array] != [entry[identity] for entry in entries]:
        while len(array):
            del array[-1]
        for table in tables:
            array.append(table)
