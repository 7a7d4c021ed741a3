"""Add an organization to a draft, or a delegation's own key (the chair only).

Both are registrations (roster/, see :mod:`draftdesk.signatures`): draft.toml is not rewritten,
so two clones adding organizations at once never conflict.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from draftdesk import registering, storage
from draftdesk.engine import member_states, signing
from draftdesk.engine.model import BASE_AUTHOR, Org
from draftdesk.services import adding, checks
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.folder import negotiation, one_writer, signer
from draftdesk.storage import keystore

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


def add_org(folder: Path, by: str, code: str, name: str, key: str = "") -> Org:
    """The chair adds one organization (:func:`add_orgs`); refused if its code is taken."""
    added, there = add_orgs(folder, by, [(code, name, key)])
    if there:
        raise ServiceError(f"organization {there[0].code} already exists")
    return added[0]


@one_writer
def add_orgs(folder: Path, by: str, wanted: Sequence[tuple[str, str, str]]) -> tuple[list[Org], list[Org]]:
    """The chair adds organizations, each (code, name, its public key or "" for one made here), in one
    act: each registered by one signed file of its own (roster/), the only record of it, so two clones
    adding organizations never edit one file. Everything is checked before anything is written. A
    code the draft has already is left as it is and returned second. Killed half way, the act is
    completed by the next act of this user (services/adding.py). Colours are left to the theme."""
    neg = negotiation(folder)
    checks.chair(neg, by, "add an organization")
    existing = {org.code.lower(): org for org in neg.draft.orgs}
    new: dict[str, tuple[str, str, str]] = {}
    there: list[Org] = []
    for code, name, key in wanted:
        code, name = code.strip(), " ".join(name.split())
        if not _CODE_RE.match(code) or code.lower() == BASE_AUTHOR:
            raise ServiceError(f"not a usable organization code: {code!r} (letters and digits, e.g. UNDP)")
        if code.lower() in existing:
            if existing[code.lower()] not in there:
                there.append(existing[code.lower()])
        elif code.lower() in new:
            if new[code.lower()][:2] != (code, name):
                raise ServiceError(f"organization {code} is given twice, with two names")
        elif not name:
            raise ServiceError(f"organization {code} needs a name")
        else:
            new[code.lower()] = (code, name, key)
    if not new:
        return [], there
    signer(folder, by)  # refused here if this user cannot sign as the chair
    own = guarded(keystore.identities)
    made = [
        (code, key or guarded(keystore.to_register, code, neg.draft.slug, own).public, name)
        for code, name, key in new.values()
    ]
    adding.add(folder, by, made)
    return [Org(code, name) for code, _, name in made], there


def sponsors(folder: Path) -> tuple[list[tuple[str, str]], list[str]]:
    """The States a UN draft's cover names as its sponsors, each (ISO 3166 alpha-3 code, name), and the
    names there that are no State's (engine/member_states.py); none for a draft without that line."""
    return member_states.sponsors(guarded(storage.load_draft, folder).metadata.get("sponsors", ""))


@one_writer
def register_key(folder: Path, by: str, code: str, key: str) -> str:
    """The chair records a delegation's own public key (``draftdesk keys new`` on its machine), or the
    key of one of its registrations (``roster/<id>.toml``: a disputed organization's, to keep); it
    replaces the one the organization had. Returns the key registered."""
    neg = negotiation(folder)
    checks.chair(neg, by, "register keys")
    checks.org(neg, code)
    if key.endswith(".toml"):  # the key a registration holds: the one kept of a disputed pair
        registrations = guarded(storage.load_roster, folder)[1]
        held = [r.key for r in registrations if r.id == Path(key).stem and r.org == code]
        if not held:
            raise ServiceError(f"{key}: no registration of {code} in this draft's roster/")
        key = held[0]
    guarded(registering.register, folder, by, code, key)
    return signing.checked_public(key)
