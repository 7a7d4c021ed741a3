"""Files a draft does not believe: never shared by this machine, and set aside when asked.

A draft.toml changed by hand is not believed either (the signed text it was founded with is); set
aside, it is kept in ``set-aside/`` and that signed text written back in its place.

A record file not believed (unsigned, forged, by an organization not allowed to do what it
records) or unreadable changes nothing, yet each load names it again. Such a file may leave the
draft only if its leaving changes nothing believed: that is checked, not assumed, by believing the
folder again without it (a registration in a dispute over a key, for instance, is not believed,
but removing it would settle the dispute, so it stays). A record of a newer format is not bad: a
newer build believes it; it stays too.
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from draftdesk import signatures, storage
from draftdesk.engine.authority import DRAFT_FILE, Believed, Rejected
from draftdesk.services.errors import guarded
from draftdesk.services.folder import believing, one_writer


def unbelieved(folder: Path, stored: storage.Stored, found: Believed) -> dict[str, str]:
    """Each record file (``kind/<id>.toml``) this load does not believe or cannot read whose
    removal changes nothing believed, with why."""
    candidates = signatures.left_out(folder, stored, found)
    if not candidates or _unchanged(stored, found, candidates):
        return candidates
    alone = {file: why for file, why in candidates.items() if _unchanged(stored, found, (file,))}
    return alone if _unchanged(stored, found, alone) else {}


@one_writer
def set_aside(folder: Path) -> list[tuple[Rejected, Path]]:
    """Move every file :func:`unbelieved` finds into the folder's ``set-aside/`` (storage/set_aside.py):
    each, with why, and where it went."""
    stored, found = believing(folder)
    leaving = unbelieved(folder, stored, found)
    moved = [
        (Rejected(file, why), guarded(storage.move_aside, folder, file)) for file, why in leaving.items()
    ]
    if signatures.draft_file_edited(found):  # the signed text it was founded with, written back
        why = "; ".join(r.reason for r in found.rejected if r.file == DRAFT_FILE)
        kept = guarded(storage.restore_draft_file, folder, found.revisions[0].draft)
        moved.append((Rejected(DRAFT_FILE, why), kept))
    return moved


def _unchanged(stored: storage.Stored, found: Believed, files: Collection[str]) -> bool:
    """Whether the folder without ``files`` is believed to hold the same as with them."""
    other = signatures.believed(storage.without(stored, files))
    return _essence(other) == _essence(found)


def _essence(found: Believed) -> tuple[object, ...]:
    return found.draft, found.amendments, found.decisions, found.keys, found.revisions, found.carried
