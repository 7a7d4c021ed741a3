"""Share a draft through its git remote: this machine's new objects out, everyone else's in."""

from __future__ import annotations

from pathlib import Path

from draftdesk.services.errors import guarded
from draftdesk.services.folder import believing, one_writer
from draftdesk.services.setting_aside import unbelieved
from draftdesk.storage.sharing import Synced, counted, kinds

__all__ = ["Synced", "counted", "kinds", "sync"]
from draftdesk.storage.sharing import sync as sync_folder


@one_writer
def sync(folder: Path) -> Synced:
    """Commit, pull (rebase) and push, holding the folder's lock so no write of this machine lands
    in the middle. What arrived is believed no more than any file: a load leaves out what it cannot
    read, and a decision whose amendment has not arrived yet waits for it. A new file this machine
    does not believe is not sent (:mod:`.setting_aside`)."""
    stored, found = believing(folder)
    return guarded(sync_folder, folder, unbelieved(folder, stored, found))
