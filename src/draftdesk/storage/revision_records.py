"""Revision records (``revisions/<id>.toml``) as TOML tables and back, checked like every record.

A record is draft.toml's table (the base text, its number, who issued it) with keys of its own
first: ``id``, ``by``, ``at``, ``revises`` and ``accepted`` (engine/revision_chain.py); the writer's
side is ``encode.revision_data``.
"""

from __future__ import annotations

from datetime import datetime

from draftdesk.engine.revision_chain import RevisionRecord

from .decode import Invalid, Table, Types, check, draft_from, strings, utc

HEAD: Types = {"id": str, "by": str, "at": datetime, "revises": str, "accepted": list}
REQUIRED = ("id", "by", "at", "revises")


def revision_from(data: Table, slug: str) -> RevisionRecord:
    head = {key: value for key, value in data.items() if key in HEAD}
    check(head, HEAD, REQUIRED)
    if not head["by"]:
        raise Invalid("'by' names the chair who recorded this text", key="by")
    text = draft_from({key: value for key, value in data.items() if key not in HEAD}, slug)
    accepted = frozenset(strings(head, "accepted")) if "accepted" in head else None
    return RevisionRecord(head["id"], head["by"], utc(head["at"]), head["revises"], text, accepted)
