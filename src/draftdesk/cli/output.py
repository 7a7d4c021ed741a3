"""How results reach the terminal: JSON on stdout, aligned text columns, one-line messages on stderr.

Everything printed passes through :func:`draftdesk.engine.inert.inert` (JSON through
``inert_json``): stored text may hold escape sequences, and a terminal must show them, not obey them.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from typing import Any

from draftdesk.engine.amendment_list import AmendmentEntry
from draftdesk.engine.amendments import Amendment
from draftdesk.engine.inert import inert, inert_json


def emit_json(data: Any) -> None:
    """Pretty JSON on stdout, non-ASCII kept as is (documents quote “typographic” marks)."""
    sys.stdout.write(inert_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


def emit(text: str) -> None:
    """Text on stdout, ending with a newline (nothing at all for no text)."""
    text = inert(text)
    sys.stdout.write(text if not text or text.endswith("\n") else text + "\n")


def note(message: str) -> None:
    """A one-line message on stderr (warnings, what fell, refusals): never mixed into stdout data."""
    print(inert(message), file=sys.stderr)


def columns(rows: Iterable[Sequence[str]]) -> str:
    """Rows as left-aligned columns; the last column is left unpadded so long text can run on."""
    rows = [list(row) for row in rows]
    if not rows:
        return ""
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    lines = [
        "  ".join([*(cell.ljust(w) for cell, w in zip(row, widths, strict=False)), row[-1]]) for row in rows
    ]
    return "\n".join(line.rstrip() for line in lines) + "\n"


def timestamp(moment: datetime) -> str:
    """UTC, to the second, as TOML and ISO 8601 write it: 2026-11-28T14:00:00Z."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def entry_json(entry: AmendmentEntry, amendment: Amendment) -> dict[str, Any]:
    """One amendment as ``list --json`` and ``propose --json`` print it."""
    return {
        "id": entry.id,
        "symbol": entry.symbol,
        "author": entry.author,
        "cosponsors": list(entry.cosponsors),
        "status": entry.status,
        "targets": list(entry.targets),
        "instruction": entry.instruction,
        "competes_with": list(entry.competes_with),
        "vote": entry.vote,
        "fallen_reason": entry.fallen_reason,
        "rationale": entry.rationale,
        "created": timestamp(amendment.created),
        "revision": entry.revision,
        "supersedes": amendment.supersedes,
        "revises": entry.revises,
        "superseded_by": list(entry.superseded_by),
        "parts": list(entry.parts),
        "divided": entry.divided,
    }
