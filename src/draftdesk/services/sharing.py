"""Share a draft through its git remote: this machine's new objects out, everyone else's in."""

from __future__ import annotations

from pathlib import Path

from draftdesk.services.errors import guarded
from draftdesk.services.folder import one_writer
from draftdesk.storage.sharing import Synced, counted

__all__ = ["Synced", "counted", "sync"]
from draftdesk.storage.sharing import sync as sync_folder


@one_writer
def sync(folder: Path) -> Synced:
    """Commit, pull (rebase) and push, holding the folder's lock so no write of this machine lands
    in the middle. What arrived is believed no more than any file: a load leaves out what it cannot
    read, and a decision whose amendment has not arrived yet waits for it."""
    return guarded(sync_folder, folder)
