"""``draftdesk sync``: share a draft with the other machines through its git remote."""

from __future__ import annotations

import argparse
from collections import Counter

from draftdesk import services, signatures
from draftdesk.cli.options import command, folder, parent
from draftdesk.cli.output import emit, emit_json, note

NAMES = {
    "amendments": ("amendment", "amendments"),
    "decisions": ("decision", "decisions"),
    "revisions": ("revision", "revisions"),
    "roster": ("registration", "registrations"),
}


def register(commands: argparse._SubParsersAction) -> None:
    command(
        commands,
        "sync",
        sync,
        "Commit this machine's new objects, pull (rebase) and push through the draft's git remote.",
        parent(json=True),
    )


def counted(kinds: Counter[str]) -> str:
    """ "3 amendments, 1 decision" (other files after them: "2 other files")."""
    parts = [f"{kinds[kind]} {NAMES[kind][kinds[kind] != 1]}" for kind in NAMES if kinds[kind]]
    if kinds["other"]:
        parts.append(f"{kinds['other']} other file{'s' if kinds['other'] != 1 else ''}")
    return ", ".join(parts)


def sync(args: argparse.Namespace) -> int:
    draft = folder(args)
    synced = services.sync(draft)
    services.negotiation(draft, note)  # what arrived and cannot be believed is named
    lost = signatures.verify(draft).lost  # decisions that met others taken at once elsewhere
    if lost:
        decisions = f"{len(lost)} decision{'s' if len(lost) != 1 else ''}"
        note(f"warning: {decisions} met others taken at once on another copy (draftdesk verify says how)")
    if args.json:
        emit_json({"sent": dict(synced.sent), "received": dict(synced.received), "remote": synced.remote})
        return 0
    emit(f"sent {counted(synced.sent)}" if synced.sent else "nothing new to send")
    received = counted(synced.received)
    emit(f"{received} from {synced.remote}" if received else f"nothing new from {synced.remote}")
    return 0
