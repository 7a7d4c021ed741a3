"""``draftdesk keys``: this user's signing keys (make, list, move between machines) and, for the
chair, registering a delegation's public key in a draft.

One command with an action word rather than nested sub-commands: the command parser reads options
anywhere (see ``options.CommandParser``), which argparse does not allow with nested sub-parsers.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from draftdesk import services
from draftdesk.cli.options import Refused, UsageError, command, working_folder
from draftdesk.cli.output import columns, emit, emit_json, note
from draftdesk.engine import signing
from draftdesk.storage import StorageError, keystore

ACTIONS = {
    "list": "",
    "new": "ORG",
    "export": "ORG|FINGERPRINT",
    "import": "FILE",
    "register": "DRAFT ORG PUBLIC|roster/ID.toml",
}
"""Each action and the arguments it takes."""


def register(commands: argparse._SubParsersAction) -> None:
    usage = "; ".join(f"keys {action} {args}".rstrip() for action, args in ACTIONS.items())
    keys = command(commands, "keys", run, f"Your signing keys: {usage}.")
    keys.add_argument("action", choices=ACTIONS, help="what to do")
    keys.add_argument("words", nargs="*", metavar="ARG", help="what the action takes (see above)")
    keys.add_argument("-o", "--output", type=Path, help="export: write the key file here (mode 0600)")
    keys.add_argument("--json", action="store_true", help="machine-readable JSON on stdout")
    keys.add_argument("--as", dest="acting_as", metavar="ORG", help="register: the chair, who registers")


def run(args: argparse.Namespace) -> int:
    wanted = ACTIONS[args.action].split()
    if len(args.words) != len(wanted):
        raise UsageError(f"keys {args.action} takes {' '.join(wanted) or 'no argument'}")
    return HANDLERS[args.action](args, *args.words)


def list_keys(args: argparse.Namespace) -> int:
    found = keystore.held()
    if args.json:
        emit_json([{"org": k.org, "fingerprint": k.fingerprint, "public": k.public} for k in found])
    elif found:
        emit(columns([k.org, k.fingerprint, k.public] for k in found))
    else:
        note(f"no keys in {keystore.config_folder() / keystore.KEYS}")
    return 0


def new_key(args: argparse.Namespace, org: str) -> int:
    key = keystore.new_key(org)
    if args.json:
        emit_json({"org": key.org, "fingerprint": key.fingerprint, "public": key.public})
    else:
        emit(key.public)
        note(f"a new key for {org}: give the line above to the chair, who registers it with "
             f"`draftdesk keys register DRAFT {org} PUBLIC --as CHAIR`")  # fmt: skip
    return 0


def export_key(args: argparse.Namespace, which: str) -> int:
    found = [k for k in keystore.held() if which in (k.org, k.fingerprint, k.public)]
    if not found:
        raise Refused(f"no key of yours for {which!r} (see draftdesk keys list)")
    if len(found) > 1:
        prints = ", ".join(k.fingerprint for k in found)
        raise Refused(f"{len(found)} keys of yours for {which!r}: give the fingerprint ({prints})")
    text = keystore.key_text(found[0])
    if args.output is None:
        emit(text)
    else:
        keystore.write_private(args.output, text)
        note(f"{args.output}: {found[0].org}'s key; move it to the other machine and run keys import there")
    return 0


def import_key(args: argparse.Namespace, file: str) -> int:
    path = Path(file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise StorageError(path, f"cannot read: {getattr(error, 'strerror', None) or error}") from None
    key = keystore.parse_key(text, path)
    keystore.store(key)
    emit(f"{key.org}  {key.fingerprint}  {key.public}")
    return 0


def register_key(args: argparse.Namespace, draft: str, org: str, public: str) -> int:
    if not args.acting_as:
        raise UsageError("keys register needs --as CHAIR: the chair registers keys")
    args.draft = draft
    key = services.register_key(working_folder(args), args.acting_as, org, public)
    emit(f"{org}  {signing.fingerprint(key)}  registered")
    return 0


HANDLERS = {
    "list": list_keys,
    "new": new_key,
    "export": export_key,
    "import": import_key,
    "register": register_key,
}
