"""Registrations: the chair's acts on the roster of organizations, one file each (``roster/<id>.toml``).

Organizations, their roles and their public keys change only by new registrations, never by
editing a file: two clones adding organizations at once write two files, which git merges
without a conflict. :func:`read_roster` says which are believed.

Each registration of a key names the registrations it replaces (``replaces``: those of the
organization standing when it was made), as a revision names the text it revises; the
organization's key is the one its standing registrations (those no other replaces) hold. So two
registrations made on two clones at once, neither knowing the other, both stand: the same new
organization added twice (two ``add-org`` of one code), or a new key registered twice (two
``keys register`` of one organization), each with a key of its own, is a dispute, not a race the
later one wins. Neither key is believed, so nothing signed with either is, and acting as that
organization is refused, until the chair registers the key to keep (``keys register``), which
replaces both. Registered twice with the same key, it is the same registration twice: nothing
is disputed. A registration written before ``replaces`` was kept replaces, if it registers a key
(no name), every registration of the organization before it, as it did then.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import NamedTuple

from draftdesk.engine import signing
from draftdesk.engine.model import CHAIR_ROLE, Org
from draftdesk.engine.seals import Sealing

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
    replaces: tuple[str, ...] | None = None
    """The ids of the registrations of ``org`` it replaces (module docstring); None in one that
    adds an organization, or that was written before this was kept."""


class Roster(NamedTuple):
    """What the registrations believed say (:func:`read_roster`)."""

    orgs: dict[str, Org]
    keys: dict[str, frozenset[str]]
    """Each organization's key (empty while disputed)."""
    adopted: frozenset[str]
    standing: dict[str, tuple[str, ...]]
    """The ids of each organization's registrations that no other replaces: what a new key replaces."""
    disputed: dict[str, tuple[str, ...]]
    """The organizations whose standing registrations hold different keys, with those files."""


def read_roster(
    registrations: Sequence[Registration],
    sealings: Mapping[str, Sealing],
    report: Callable[[str, str], object],
) -> Roster:
    """The :class:`Roster` the registrations make, in (at, id) order, each registration checked against
    the roster before it (so the chair of the moment signs). ``report(file, why)`` is told each
    registration not believed, and each disputed one."""
    orgs: dict[str, Org] = {}
    keys: dict[str, frozenset[str]] = {}
    standing: dict[str, dict[str, Registration]] = {}
    replaced: set[tuple[str, str]] = set()  # (org, id) a believed one replaces: never again standing
    adopted: frozenset[str] = frozenset()
    for reg in sorted(registrations, key=lambda r: (r.at, r.id)):
        why = _why_not(reg, sealings.get(_file(reg)), orgs, keys)
        if why:
            report(_file(reg), why)
            continue
        heads = standing.setdefault(reg.org, {})
        if reg.replaces is None and not reg.name:  # a new key, from before ``replaces`` was kept
            heads.clear()
        for old in reg.replaces or ():  # only the same organization's: it replaces nothing else
            replaced.add((reg.org, old))
            heads.pop(old, None)
        if (reg.org, reg.id) not in replaced:
            heads[reg.id] = reg
        old_org = orgs.get(reg.org)
        if old_org is None:
            orgs[reg.org] = Org(reg.org, reg.name, roles=reg.roles)
        elif reg.name:
            orgs[reg.org] = replace(old_org, name=reg.name)
        held = {head.key for head in heads.values()}
        keys[reg.org] = frozenset(held) if len(held) == 1 else frozenset()
        adopted |= frozenset(reg.adopted)
    disputed: dict[str, tuple[str, ...]] = {}
    for org, heads in standing.items():
        if len({head.key for head in heads.values()}) > 1:
            files = disputed[org] = tuple(sorted(map(_file, heads.values())))
            how = "added" if all(head.name for head in heads.values()) else "registered"
            why = f"{org} was {how} with {len(files)} different keys at once ({', '.join(files)}): "
            for file in files:
                report(file, why + "none is believed until the chair registers the one to keep")
    ids = {org: tuple(sorted(heads)) for org, heads in standing.items()}
    return Roster(orgs, keys, adopted, ids, disputed)


def _file(reg: Registration) -> str:
    return f"{ROSTER}/{reg.id}.toml"


def _why_not(
    reg: Registration, found: Sealing | None, orgs: Mapping[str, Org], keys: Mapping[str, frozenset[str]]
) -> str:
    """Why a registration is not believed on the roster so far, or ""."""
    seal = found.seal if found is not None else None
    founding = not keys
    if seal is None:
        return "not signed"
    if founding and not (reg.by == reg.org == seal.by and seal.key == reg.key and CHAIR_ROLE in reg.roles):
        return "the first registration must be the chair registering itself with its own key"
    if not founding and (reg.by not in orgs or not orgs[reg.by].is_chair):
        return f"{reg.by} may not register organizations: it does not hold the chair"
    if seal.by != reg.by or (not founding and seal.key not in keys[reg.by]):
        return f"not signed with {reg.by}'s registered key"
    if not signing.verify(seal.key, seal.signature, seal.signed):
        return f"its signature is not {reg.by}'s"
    return ""
