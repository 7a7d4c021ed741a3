"""``draftdesk sync``: share a draft with the other machines through its git remote."""

from __future__ import annotations

import argparse
from pathlib import Path

from draftdesk import services, signatures, storage
from draftdesk.cli.options import command, folder, parent
from draftdesk.cli.output import emit, emit_json, note
from draftdesk.engine.authority import Believed
from draftdesk.services.sharing import counted, kinds


def register(commands: argparse._SubParsersAction) -> None:
    command(
        commands,
        "sync",
        sync,
        "Commit this machine's new objects, pull (rebase) and push through the draft's git remote.",
        parent(json=True),
    )


def sync(args: argparse.Namespace) -> int:
    draft = _shared(args)
    synced = services.sync(draft)
    stored, found = services.believing(draft, note)  # what cannot be believed is named
    left_out = signatures.left_out(draft, stored, found)
    for file in synced.withheld:
        note(f"not sent: {file}: {left_out.get(file, 'not believed here')}")
    if synced.arrived:  # decisions that met others taken at once elsewhere, said once: at this sync
        before = storage.without(stored, synced.arrived)  # the folder as it was: not read again
        known = {effect.file for effect in signatures.verdict(draft, before).lost}
        for effect in signatures.verdict(draft, stored, found).lost:
            if effect.file not in known:
                note(f"warning: {effect}")
    unbelieved = [file for file in synced.arrived if file in left_out]
    received = kinds(file for file in synced.arrived if file not in left_out)
    waiting = _waiting(found, synced.arrived)
    if args.json:
        emit_json(
            {
                "sent": dict(synced.sent),
                "received": dict(received),
                "remote": synced.remote,
                "withheld": list(synced.withheld),
                "received_not_believed": unbelieved,
                "removed": list(synced.removed),
                "removed_by_remote": list(synced.dropped),
                "waiting": waiting,
            }
        )
        return 0
    emit(f"sent {counted(synced.sent)}" if synced.sent else "nothing new to send")
    emit(f"{counted(received)} from {synced.remote}" if received else f"nothing new from {synced.remote}")
    if unbelieved:
        emit(f"{_files(len(unbelieved))} from {synced.remote} not believed (named above): not counted")
    if waiting:
        emit(
            f"decided, not here yet: {', '.join(waiting)} (a decision takes effect when its amendment comes)"
        )
    removed = [file for file in synced.removed if file != storage.DRAFT_FILE]
    if removed:
        emit(f"{_files(len(removed))} set aside here removed from the shared folder")
    if storage.DRAFT_FILE in synced.removed:
        emit(f"{storage.DRAFT_FILE}: its signed text, written back here, sent")
    if synced.dropped:
        gone = _files(len(synced.dropped))
        emit(f"{gone} not believed here either removed, as {synced.remote} set them aside")
    return 0


def _waiting(found: Believed, arrived: tuple[str, ...]) -> list[str]:
    """The amendments that decisions just arrived are on and that are not here themselves (committed
    after the decision, elsewhere: each decision takes effect when its amendment comes)."""
    new = {Path(file).stem for file in arrived}
    here = {amendment.id for amendment in found.amendments}
    return sorted({d.amendment for d in found.decisions if d.id in new} - here)


def _files(count: int) -> str:
    return f"{count} file{'s' if count != 1 else ''}"


def _shared(args: argparse.Namespace) -> Path:
    """The draft folder to sync; one not found may not have been pulled yet: say so. A sample shipped
    in the package is never synced (in a source checkout, it would be committed to DraftDesk's own
    repository and pushed)."""
    try:
        found = folder(args)
    except storage.StorageError as err:
        raise storage.StorageError(
            err.path,
            f"{err.message}: if it is shared through git, `git pull` (or git clone) it first",
        ) from None
    if storage.is_sample(found):
        raise storage.StorageError(
            found, "the sample shipped with DraftDesk is read-only and never synced: sync a draft of your own"
        )
    return found
