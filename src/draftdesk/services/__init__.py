"""The rules of the negotiation: who may do what, and what a valid amendment is.

The CLI and the TUI call only these functions for anything that writes, so a
delegate's accept is refused with the same message whichever interface asks
(design §6). Each function loads the draft folder afresh (``new_decision`` may be
given the caller's fresh state instead), checks the request against the
merged state, and writes through :mod:`draftdesk.storage`: a new immutable
file for an amendment or a decision, draft.toml for a revision or a new
organization. Every refusal is a :class:`ServiceError` whose message is one
clear line. New records are stamped after every event already known, so the
``(at, id)`` order of decisions is the order they were taken in.

This package's names are the whole interface; each module holds one service.
"""

from draftdesk.services.deciding import Taken, decide, new_decision, tabling_note, take
from draftdesk.services.errors import ServiceError
from draftdesk.services.exporting import EXPORT_FORMATS, export
from draftdesk.services.folder import believing, check_signing, negotiation
from draftdesk.services.history import Event, log
from draftdesk.services.importing import import_document, import_revision
from draftdesk.services.keyring import key_for, keys_here, registered_in
from draftdesk.services.known import Known, Signing, known
from draftdesk.services.ordering import order
from draftdesk.services.orgs import add_org, add_orgs, register_key, sponsors
from draftdesk.services.proposing import propose
from draftdesk.services.revising import adopt_hand_edit, issue_revision
from draftdesk.services.setting_aside import set_aside
from draftdesk.services.sharing import sync

__all__ = [
    "EXPORT_FORMATS",
    "Event",
    "Known",
    "ServiceError",
    "Signing",
    "Taken",
    "add_org",
    "add_orgs",
    "adopt_hand_edit",
    "believing",
    "check_signing",
    "decide",
    "export",
    "import_document",
    "import_revision",
    "issue_revision",
    "key_for",
    "keys_here",
    "known",
    "log",
    "negotiation",
    "new_decision",
    "order",
    "propose",
    "register_key",
    "registered_in",
    "set_aside",
    "sponsors",
    "sync",
    "tabling_note",
    "take",
]
