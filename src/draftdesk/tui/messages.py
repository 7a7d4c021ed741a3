"""Typed messages the widgets and workers post; the App's handlers own every state change."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from textual.message import Message

from draftdesk.engine.amendments import Decision
from draftdesk.engine.authority import Believed
from draftdesk.storage import NewRecords
from draftdesk.tui.view_cache import Loaded

if TYPE_CHECKING:
    from draftdesk.engine.revision import RevisionResult


@dataclass
class ParagraphSelected(Message):
    """A widget asks to select a paragraph (click in the view, outline node)."""

    paragraph_id: str
    """The stable id of the paragraph."""


@dataclass
class FolderChanged(Message):
    """The watcher saw files change and re-merged the folder (in its thread, off the UI)."""

    paths: tuple[str, ...]
    """The changed paths, for the log."""
    loaded: Loaded | None
    """The freshly loaded state, prepared for the screen; None when loading failed (see ``error``)."""
    error: str = ""
    """Why the folder could not be loaded (a half-written file, a bad edit by hand)."""


@dataclass
class FolderLoaded(Message):
    """The folder read again and merged in a worker, as this terminal asked (``MainScreen.reload``)."""

    loaded: Loaded | None
    """The state, prepared for the screen; None when loading failed (see ``error``)."""
    error: str = ""


@dataclass
class RecordsAdded(Message):
    """Another terminal wrote amendments or decisions: read by the watcher, to be judged (their
    seals, against ``roster``) and merged in place."""

    paths: tuple[str, ...]
    """The changed paths, for the log."""
    records: NewRecords
    roster: Believed
    """The folder's organizations and keys (signatures.roster)."""


@dataclass
class WrittenForms(Message):
    """A worker wrote amendments' instructions ("In OP4, replace …"): slow, so off the UI thread."""

    generation: int
    """The state they were written for; stale ones are dropped."""
    forms: dict[str, str]
    """Written form by amendment id."""


@dataclass
class DecisionStored(Message):
    """A worker stored a decision the screen already shows (or could not: see ``error``)."""

    what: str
    """What the user did, for the notification ("accept UNDP-…")."""
    error: str = ""
    """Why it could not be stored; the screen then shows the folder as it is."""


@dataclass
class RulingStored(Message):
    """A worker stored the chair's ruling on the voting order (or could not: see ``error``)."""

    decision: Decision | None
    """The ruling as stored (action "order")."""
    error: str = ""
    """Why it was refused (services.order's line)."""


@dataclass
class RevisionIssued(Message):
    """A worker issued the next revision (or could not: see ``error``)."""

    result: RevisionResult | None
    """The revision and its concordance."""
    error: str = ""
    """Why it was refused."""


@dataclass
class ExportWritten(Message):
    """A worker wrote an export (or could not: see ``error``)."""

    path: Path
    error: str = ""
    """Why it could not be written (services.export's line)."""


@dataclass
class KeyMissing(Message):
    """This machine holds none of the keys the organization acted as signs with: it can read, not act."""

    org: str
