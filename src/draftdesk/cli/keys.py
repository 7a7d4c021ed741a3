"""``draftdesk keys``: this user's signing keys (make, list, move between machines) and, for the
chair, registering a delegation's public key in a draft.

One command with an action word rather than nested sub-commands: the command parser reads options
anywhere (see ``options.CommandParser``), which argparse does not allow with nested sub-parsers.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from draftdesk import services, storage
from draftdesk.cli.options import UsageError, command, working_folder
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
    keys.add_argument(
        "--draft", dest="for_draft", metavar="DRAFT", help="export: the key this draft registers for ORG"
    )


def run(args: argparse.Namespace) -> int:
    wanted = ACTIONS[args.action].split()
    if len(args.words) != len(wanted):
        raise UsageError(f"keys {args.action} takes {' '.join(wanted) or 'no argument'}")
    return HANDLERS[args.action](args, *args.words)


def list_keys(args: argparse.Namespace) -> int:
    """Each key with what it was made for and the drafts in ./drafts that register it."""
    found = keystore.held()
    used = services.registered_in(Path.cwd() / storage.WORKING)
    if args.json:
        emit_json(
            [
                {
                    "org": k.org,
                    "fingerprint": k.fingerprint,
                    "public": k.public,
                    "made_for": k.draft,
                    "made": k.made,
                    "registered_in": used.get(k.public, []),
                }
                for k in found
            ]
        )
    elif found:
        emit(columns([k.org, k.fingerprint, k.label, _registered(used.get(k.public, []))] for k in found))
    else:
        note(f"no keys in {keystore.config_folder() / keystore.KEYS}")
    return 0


def new_key(args: argparse.Namespace, org: str) -> int:
    key = keystore.new_key(org, keystore.ANY_DRAFT)
    if args.json:
        emit_json({"org": key.org, "fingerprint": key.fingerprint, "public": key.public})
    else:
        emit(key.public)
        note(f"a new key for {org}, for any draft: drafts imported or joined here register it; for "
             f"a draft made elsewhere, give the line above to its chair, who registers it with "
             f"`draftdesk keys register DRAFT {org} PUBLIC --as CHAIR`")  # fmt: skip
    return 0


def _registered(drafts: list[str]) -> str:
    return f"registered in {', '.join(drafts)}" if drafts else "registered in no draft here"


def export_key(args: argparse.Namespace, which: str) -> int:
    draft = storage.locate(args.for_draft, Path.cwd()) if args.for_draft else None
    key = services.key_for(which, draft)
    text = keystore.key_text(key)
    if args.output is None:
        emit(text)
    else:
        keystore.write_private(args.output, text)
        note(f"{args.output}: {key.org}'s key; move it to the other machine and run keys import there")
    return 0


def import_key(args: argparse.Namespace, file: str) -> int:
    path = Path(file)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise StorageError(path, f"cannot read: {getattr(error, 'strerror', None) or error}") from None
    key = keystore.parse_key(text, path)
    keystore.store(key)
    emit(f"{key.org}  {key.fingerprint}  {key.public}" + (f"  {key.label}" if key.label else ""))
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
