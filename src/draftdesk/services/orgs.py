"""Add an organization to a draft, or a delegation's own key (the chair only).

Both are registrations (roster/, see :mod:`draftdesk.signatures`): draft.toml is not rewritten,
so two clones adding organizations at once never conflict.
"""

from __future__ import annotations

import re
from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine import signing
from draftdesk.engine.model import BASE_AUTHOR, Org
from draftdesk.services import checks
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.folder import negotiation, one_writer, signer
from draftdesk.storage import keystore

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@one_writer
def add_org(folder: Path, by: str, code: str, name: str, key: str = "") -> Org:
    """The chair adds an organization by registering it with its public ``key``, or one made here: one
    signed file of its own (roster/), the only record of it, so two clones adding organizations never
    edit one file. Its colour is left to the theme."""
    neg = negotiation(folder)
    checks.chair(neg, by, "add an organization")
    code, name = code.strip(), " ".join(name.split())
    if not _CODE_RE.match(code) or code.lower() == BASE_AUTHOR:
        raise ServiceError(f"not a usable organization code: {code!r} (letters and digits, e.g. UNDP)")
    taken = next((o.code for o in neg.draft.orgs if o.code.lower() == code.lower()), None)
    if taken:
        raise ServiceError(f"organization {taken} already exists")
    if not name:
        raise ServiceError(f"organization {code} needs a name")
    signer(folder, by)  # refused here if this user cannot sign as the chair
    public = key or guarded(keystore.new_key, code, neg.draft.slug).public
    guarded(signatures.register, folder, by, code, public, name=name)
    return Org(code, name)


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
    guarded(signatures.register, folder, by, code, key)
    return signing.checked_public(key)
