"""Which of this user's keys is which: the drafts that register each, and the one a draft uses.

A machine that imports many drafts holds a key per organization per draft; the organization's code
alone does not say which to carry to another machine. The drafts' rosters do: a key is the one a
draft uses for an organization when that draft registers it (its label, the draft it was made for,
is only a reminder: a key may serve a draft it was not made for).
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine.model import Draft
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.storage import keystore


def registered_in(root: Path) -> dict[str, list[str]]:
    """Each public key the drafts in ``root`` (``./drafts``) register, with those drafts (folder names);
    a draft that cannot be read is passed over (its own commands say why)."""
    found: dict[str, list[str]] = defaultdict(list)
    try:
        folders = sorted(os.scandir(root), key=lambda entry: entry.name)
    except OSError:
        return {}
    for entry in folders:
        if not entry.is_dir(follow_symlinks=False):
            continue
        try:
            keys = signatures.roster(Path(entry.path)).keys
        except storage.StorageError:
            continue
        for public in set().union(*keys.values()) if keys else ():
            found[public].append(entry.name)
    return dict(found)


def key_for(which: str, folder: Path | None = None) -> keystore.Key:
    """This user's one key that ``which`` names (an organization's code, a fingerprint or a public key);
    with a draft ``folder``, the one that draft registers; for a code alone, its key made for any
    draft if it has one. Refused, naming the candidates with their labels, when there is none or
    several."""
    found = [k for k in keystore.held() if which in (k.org, k.fingerprint, k.public)]
    if not found:
        raise ServiceError(f"no key of yours for {which!r} (see draftdesk keys list)")
    if folder is not None:
        registered = set().union(*guarded(signatures.roster, folder).keys.values())
        found = [k for k in found if k.public in registered]
        if not found:
            raise ServiceError(f"none of your keys for {which!r} is registered in {folder.name}")
    identity = [k for k in found if k.draft == keystore.ANY_DRAFT and which == k.org]
    if len(found) > 1 and folder is None and len(identity) == 1:
        return identity[0]  # the organization's own key (keys new), as keys list says
    if len(found) > 1:
        listed = ", ".join(f"{k.fingerprint} ({k.label or 'no label'})" for k in found[:4])
        listed += f" and {len(found) - 4} more (draftdesk keys list)" if len(found) > 4 else ""
        how = "the fingerprint" if folder else "the draft it serves (--draft DRAFT) or the fingerprint"
        raise ServiceError(f"{len(found)} keys of yours for {which!r}: give {how}: {listed}")
    return found[0]


def keys_here(folder: Path) -> tuple[Draft, dict[str, list[tuple[str, bool]]]]:
    """The draft with its organizations, and each one's registered public keys (several while a
    dispute lasts), each with whether this user holds it (``draftdesk orgs``); none before founding."""
    current = signatures.roster(folder)
    return current.draft, {
        org: [(public, keystore.find(public) is not None) for public in sorted(publics)]
        for org, publics in current.keys.items()
    }
