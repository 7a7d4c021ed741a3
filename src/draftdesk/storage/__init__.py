"""Storage: the only code that touches files (docs/architecture.md, "Storage contract").

Reads with rtoml (fast; tomllib says where a file is wrong), writes with tomlkit, every write atomic,
every record (amendment, decision, registration, revision) created exclusively, never rewritten.
``write_file`` is the same atomic write for any other file (an export).

The writers (:mod:`.writing`, with tomlkit) are imported when first used: a program that only reads
(``draftdesk open`` up to its first frame, the read-only commands) starts without them.
"""

from typing import Any

from . import locking
from .atomic import replace as write_file
from .errors import NewerRecord, StorageError
from .locking import locked
from .lookup import WORKING, is_sample, locate, working_folder
from .reading import (
    DRAFT_FILE,
    Stored,
    load,
    load_draft,
    load_revisions,
    load_roster,
    load_texts,
    record_ids,
    roster_ids,
    text_ids,
    without,
)
from .record_files import NewRecords, read_records
from .set_aside import SET_ASIDE, move_aside, record_file

WRITERS = frozenset(
    (
        "add_amendment",
        "add_decision",
        "add_registration",
        "add_revision",
        "create",
        "heads",
        "restore_draft_file",
    )
)
"""The names :mod:`.writing` provides, looked up there at first use."""


def __getattr__(name: str) -> Any:
    if name in WRITERS:
        from . import writing

        return getattr(writing, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def prepare_writes() -> None:
    """Import what the first write needs (filelock, tomlkit and the writers) now: a long-running
    program (the TUI) calls this once its screen is up, so its first write is not the slow one."""
    locking.prepare()
    from . import writing  # noqa: F401


__all__ = [  # the readers, then the writers, named once in WRITERS
    "DRAFT_FILE",
    "SET_ASIDE",
    "WORKING",
    "NewRecords",
    "NewerRecord",
    "StorageError",
    "Stored",
    "is_sample",
    "load",
    "load_draft",
    "load_revisions",
    "load_roster",
    "load_texts",
    "locate",
    "locked",
    "move_aside",
    "prepare_writes",
    "read_records",
    "record_file",
    "record_ids",
    "roster_ids",
    "text_ids",
    "without",
    "working_folder",
    "write_file",
    *sorted(WRITERS),
]
