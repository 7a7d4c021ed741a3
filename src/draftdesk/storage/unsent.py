"""What is being typed in the editor or the instruction box, kept as it is typed, so that a dropped
terminal (SSH or Wi-Fi gone, a browser tab of ``draftdesk serve`` closed) loses none of it; the next
``open`` as the same organization offers it back.

Kept in this user's config folder beside the private drafts, in a folder this user alone may read
(what is typed is as private as a private draft): ``<config>/typing/<draft>-<16 hex>/<ORG>.json``, the
draft named as storage/private.py names it. Written when the typing pauses, removed once the
amendment is written or the user discards it. A file that cannot be written or read is never
fatal: typing goes on.
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import asdict, dataclass
from pathlib import Path

from draftdesk.storage import atomic
from draftdesk.storage.errors import StorageError
from draftdesk.storage.keystore import config_folder
from draftdesk.storage.private import place

TYPING = "typing"

Box = str
"""Which dialog it was typed in, and so how it is opened again: "instruction", "reword" (the
paragraph ``target``), "insert" or "insert-sub-item" (after ``target``), "revise" (the amendment
``target``)."""


@dataclass(frozen=True)
class Unsent:
    """An amendment being typed, with what it was typed for."""

    box: Box
    target: str
    """The paragraph reworded or inserted after, the amendment revised ("" for an instruction)."""
    title: str
    """What the dialog said it was ("Amend OP4", "Type an amendment instruction")."""
    text: str
    rationale: str = ""


class Keeper:
    """The one file of what ``org`` is typing in the draft in ``folder``."""

    def __init__(self, folder: Path, org: str) -> None:
        self.folder, self.org = folder, org

    @property
    def path(self) -> Path:
        return config_folder() / TYPING / place(self.folder).name / f"{self.org}.json"

    def keep(self, unsent: Unsent) -> None:
        """Keep what is typed now, replacing what was kept (atomically: a drop while writing leaves
        the last whole version)."""
        path = self.path
        try:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            atomic.remove_stale(path.parent)  # what a writer killed in a dropped session left
            atomic.replace(path, json.dumps(asdict(unsent), ensure_ascii=False))
        except (OSError, StorageError):
            return  # not kept: the dialog still holds it

    def kept(self) -> Unsent | None:
        """What was being typed when a session ended, if anything."""
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            unsent = Unsent(
                **{key: str(data[key]) for key in ("box", "target", "title", "text", "rationale")}
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
        return unsent if unsent.text or unsent.rationale else None

    def forget(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()
