"""The organizations an ``add-org`` is registering, noted before the first registration is written.

Adding a room of organizations writes one signed file per organization (roster/); killed half
way, the draft holds some of them, each whole. The list noted here first lets the next act of this
user on the draft, under its lock, register the rest with the keys the list names
(services/adding.py). It is kept in this user's place for the draft (storage/private.py), outside
the draft folder: never shared, and seen only by the user who holds the chair's key that signs
the rest.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Sequence
from pathlib import Path

from . import atomic
from .private import kept_in, place

ADDING = "adding"
LIST = "organizations.json"

Adding = tuple[str, list[tuple[str, str, str]]]
"""Who adds (the chair), and each organization: (code, public key, name)."""


def note_adding(folder: Path, by: str, orgs: Sequence[tuple[str, str, str]]) -> None:
    """Note that ``by`` is adding ``orgs`` to the draft in ``folder`` (removed by :func:`added`)."""
    listed = {"by": by, "organizations": [list(org) for org in orgs]}
    atomic.replace(kept_in(folder, ADDING) / LIST, json.dumps(listed, ensure_ascii=False))


def adding(folder: Path) -> Adding | None:
    """The list an add-org cut short was registering, if any (one that cannot be read: none)."""
    try:
        listed = json.loads((place(folder) / ADDING / LIST).read_text(encoding="utf-8"))
        return str(listed["by"]), [(str(c), str(k), str(n)) for c, k, n in listed["organizations"]]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def added(folder: Path) -> None:
    """The add-org is over: its list removed."""
    with contextlib.suppress(FileNotFoundError):
        (place(folder) / ADDING / LIST).unlink()
