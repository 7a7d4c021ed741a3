"""Registrations: the chair's acts on the roster of organizations, one file each (``roster/<id>.toml``).

Organizations, their roles and their public keys change only by new registrations, never by
editing a file: two clones adding organizations at once write two files, which git merges
without a conflict. :func:`read_roster` says which are believed.

The same new organization added on two clones at once (two ``add-org`` of one code, each with a
key of its own) is a dispute, not a race the later one wins: neither key is believed, so nothing
signed with either is, and acting as that organization is refused, until the chair registers the
key to keep (``keys register``, a registration with no name). Added again with the same key, it
is the same registration twice: nothing is disputed.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import datetime

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


def read_roster(
    registrations: Sequence[Registration],
    sealings: Mapping[str, Sealing],
    report: Callable[[str, str], object],
) -> tuple[dict[str, Org], dict[str, frozenset[str]], frozenset[str], dict[str, tuple[str, ...]]]:
    """The registered organizations, their keys, what the registrations adopt, and the organizations
    whose key is disputed (with the files); in (at, id) order, each registration checked against
    the roster before it (so the chair of the moment signs). ``report(file, why)`` is told each
    registration not believed, and each disputed one."""
    orgs: dict[str, Org] = {}
    keys: dict[str, frozenset[str]] = {}
    disputed: dict[str, tuple[str, ...]] = {}
    added: dict[str, str] = {}  # the file that added each organization
    adopted: frozenset[str] = frozenset()
    for reg in sorted(registrations, key=lambda r: (r.at, r.id)):
        file = f"{ROSTER}/{reg.id}.toml"
        why = _why_not(reg, sealings.get(file), orgs, keys)
        if why:
            report(file, why)
            continue
        old = orgs.get(reg.org)
        if old is None:
            orgs[reg.org] = Org(reg.org, reg.name, roles=reg.roles)
            keys[reg.org], added[reg.org] = frozenset((reg.key,)), file
        elif reg.name and reg.key not in keys[reg.org]:  # added again, with another key
            disputed[reg.org] = (*disputed.get(reg.org, (added[reg.org],)), file)
            keys[reg.org] = frozenset()
        else:  # a key registered replaces the old one, and settles a dispute
            if reg.name:
                orgs[reg.org] = replace(old, name=reg.name)
            keys[reg.org] = frozenset((reg.key,))
            disputed.pop(reg.org, None)
        adopted |= frozenset(reg.adopted)
    for org, files in disputed.items():
        why = f"{org} was added with {len(files)} different keys at once ({', '.join(files)}): "
        for file in files:
            report(file, why + "none is believed until the chair registers the one to keep")
    return orgs, keys, adopted, disputed


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
