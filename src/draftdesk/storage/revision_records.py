"""Revision records (``revisions/<id>.toml``) as TOML tables and back, checked like every record.

A record is draft.toml's table (the base text, its number, who issued it) with four keys of
its own first: ``id``, ``by``, ``at`` and ``revises`` (engine/revision_chain.py); the writer's
side is ``encode.revision_data``.
"""

from __future__ import annotations

from datetime import datetime

from draftdesk.engine.revision_chain import RevisionRecord

from .decode import Invalid, Table, Types, check, draft_from, utc

HEAD: Types = {"id": str, "by": str, "at": datetime, "revises": str}


def revision_from(data: Table, slug: str) -> RevisionRecord:
    head = {key: value for key, value in data.items() if key in HEAD}
    check(head, HEAD, tuple(HEAD))
    if not head["by"]:
        raise Invalid("'by' names the chair who recorded this text", key="by")
    text = draft_from({key: value for key, value in data.items() if key not in HEAD}, slug)
    return RevisionRecord(head["id"], head["by"], utc(head["at"]), head["revises"], text)
