"""draft.toml rewritten in place: only what changed is assigned, so hand-written comments survive.

The approach of harlequin's config writer (see shared/style.md): parse the
existing file with tomlkit, update values and arrays where they stand, dump.
"""

from __future__ import annotations

from typing import Any

import tomlkit
from tomlkit.container import Container
from tomlkit.items import AoT, Item, Table

from draftdesk.engine.model import Draft

from .encode import Data, draft_data, item

IDENTITY = {"orgs": "code", "paragraphs": "id"}
"""Entries of these arrays are matched by this key when a document is updated in place."""


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
    for key, value in data.items():
        current = body.get(key)
        if current is None:
            _insert(body, key, item(value))
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
                _insert(body, key, new)


def _is_table(value: Item) -> bool:
    return isinstance(value, Table | AoT)


def _insert(body: Container, key: str, new: Item) -> None:
    """A new key where tomlkit's public ``append`` puts it: a plain key after the last plain key
    (before the first table), a table at the end. Key order carries no meaning in draft.toml."""
    last = new[-1] if isinstance(new, AoT) and len(new) else new
    if isinstance(last, Table):
        last.add(tomlkit.nl())  # a blank line before whatever follows, as in a fresh file
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
