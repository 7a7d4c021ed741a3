"""Registrations: the chair's acts on the roster of organizations, one file each (``roster/<id>.toml``).

Organizations, their roles and their public keys change only by new registrations, never by
editing a file: two clones adding organizations at once write two files, which git merges
without a conflict. Which registrations are believed is :mod:`.authority`'s business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

ROSTER = "roster"
"""The folder of a draft holding its registrations."""


@dataclass(frozen=True, slots=True)
class Registration:
    """The chair (``by``) registers ``org`` with a public key: a new organization (with its
    ``name`` and ``roles``) or a new key of one already registered (name and roles kept)."""

    id: str
    by: str
    at: datetime
    org: str
    key: str
    name: str = ""
    roles: tuple[str, ...] = ()
    adopted: tuple[str, ...] = ()
    """Digests of files believed as they are: at the founding, those written before it; with a new
    key, the organization's acts signed with the key it replaces."""
