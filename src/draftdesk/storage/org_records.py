"""Organizations added during the meeting: one record file each, never an edit of draft.toml.

``add-org`` used to rewrite draft.toml, so two clones adding organizations both edited
it and git stopped on a conflict. Now each addition is ``orgs/<CODE>.toml`` (the code,
the name, which chair added it and when), created once like an amendment: two clones'
additions are different files. A load appends them to draft.toml's organizations, in
the order they were added. A record not made by an organization holding the chair in
draft.toml, malformed, or naming a code draft.toml already has, is left out and
reported like any bad file. A revision writes the whole list into draft.toml; the
records stay, and are then the codes draft.toml already has.
"""

from __future__ import annotations

import os
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from stat import S_ISDIR
from typing import Any, NamedTuple

from draftdesk.engine.model import Draft, Org

from .decode import Invalid, check, utc
from .errors import StorageError, key_line

ORGS = "orgs"
RECORD = {"code": str, "name": str, "by": str, "at": datetime}
REQUIRED = ("code", "name", "by", "at")


class OrgRecord(NamedTuple):
    """An organization added by a chair at a moment."""

    org: Org
    by: str
    at: datetime


def record_from(data: dict[str, Any]) -> OrgRecord:
    check(data, RECORD, REQUIRED)
    return OrgRecord(Org(data["code"], data["name"]), data["by"], utc(data["at"]))


def record_data(record: OrgRecord) -> dict[str, Any]:
    return {"code": record.org.code, "name": record.org.name, "by": record.by, "at": record.at}


def with_records(draft: Draft, folder: Path, read: Any, skipped: list[StorageError] | None = None) -> Draft:
    """``draft`` with the organizations its ``orgs/`` records add; ``read(path)`` gives a file's text
    and data (the loader's reader); what is left out goes to ``skipped``."""
    place = folder / ORGS
    try:
        if not S_ISDIR(os.lstat(place).st_mode):
            raise NotADirectoryError  # a link is not followed
        names = sorted(n for n in os.listdir(place) if n.endswith(".toml") and not n.startswith("."))
    except OSError:
        return draft
    chairs = set(draft.chair)
    known = {org.code.lower() for org in draft.orgs}
    records: list[OrgRecord] = []
    for name in names:
        path = place / name
        try:
            text, data = read(str(path))
            try:
                record = record_from(data)
            except Invalid as problem:
                raise StorageError(path, problem.message, key_line(text, key=problem.key)) from None
            if record.org.code != name[:-5]:
                raise StorageError(path, f"code {record.org.code!r} does not match the file name")
            if record.by not in chairs:
                raise StorageError(path, f"added by {record.by}, which does not hold the chair: not believed")
        except StorageError as problem:
            if skipped is not None:
                skipped.append(problem)
            continue
        if record.org.code.lower() not in known:
            known.add(record.org.code.lower())
            records.append(record)
    records.sort(key=lambda r: (r.at, r.org.code))
    return replace(draft, orgs=[*draft.orgs, *(r.org for r in records)]) if records else draft
