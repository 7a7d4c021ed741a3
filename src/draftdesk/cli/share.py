"""``draftdesk sync``: share a draft with the other machines through its git remote."""

from __future__ import annotations

import argparse

from draftdesk import services, signatures, storage
from draftdesk.cli.options import command, folder, parent
from draftdesk.cli.output import emit, emit_json, note
from draftdesk.services.sharing import counted


def register(commands: argparse._SubParsersAction) -> None:
    command(
        commands,
        "sync",
        sync,
        "Commit this machine's new objects, pull (rebase) and push through the draft's git remote.",
        parent(json=True),
    )


def sync(args: argparse.Namespace) -> int:
    draft = folder(args)
    synced = services.sync(draft)
    stored, found = services.believing(draft, note)  # what cannot be believed is named
    if synced.arrived:  # decisions that met others taken at once elsewhere, said once: at this sync
        before = storage.without(stored, synced.arrived)  # the folder as it was: not read again
        known = {effect.file for effect in signatures.verdict(draft, before).lost}
        for effect in signatures.verdict(draft, stored, found).lost:
            if effect.file not in known:
                note(f"warning: {effect}")
    if args.json:
        emit_json({"sent": dict(synced.sent), "received": dict(synced.received), "remote": synced.remote})
        return 0
    emit(f"sent {counted(synced.sent)}" if synced.sent else "nothing new to send")
    received = counted(synced.received)
    emit(f"{received} from {synced.remote}" if received else f"nothing new from {synced.remote}")
    return 0
