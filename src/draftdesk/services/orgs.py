"""Add an organization to a draft, or a delegation's own key (the chair only).

Both are registrations (roster/, see :mod:`draftdesk.signatures`): draft.toml is not rewritten,
so two clones adding organizations at once never conflict.
"""

from __future__ import annotations

import re
from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine.model import BASE_AUTHOR, Org
from draftdesk.services import checks, stamping
from draftdesk.services.errors import ServiceError, guarded
from draftdesk.services.folder import negotiation, one_writer, signer
from draftdesk.storage import keystore

_CODE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")


@one_writer
def add_org(folder: Path, by: str, code: str, name: str, key: str = "") -> Org:
    """The chair adds an organization (a record of its own, orgs/<CODE>.toml: two clones adding
    organizations never edit one file) and registers its public ``key``, or one made here (roster/,
    signed: what is believed of organizations); its colour is left to the theme."""
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
    org = Org(code, name)
    signed = signer(folder, by) is not None  # refused here if this user cannot sign as the chair
    at = stamping.stamp([] if neg.last_event is None else [neg.last_event])
    guarded(storage.add_org, folder, storage.OrgRecord(org, by, at))
    if signed:  # else a draft nobody can sign for (no chair): as before signing
        public = key or guarded(keystore.new_key, code).public
        guarded(signatures.register, folder, by, code, public, name=name)
    return org


@one_writer
def register_key(folder: Path, by: str, code: str, key: str) -> str:
    """The chair records a delegation's own public key (``draftdesk keys new`` on its machine); it
    replaces the one the organization had. Returns the registration's file name."""
    neg = negotiation(folder)
    checks.chair(neg, by, "register keys")
    checks.org(neg, code)
    return guarded(signatures.register, folder, by, code, key)
