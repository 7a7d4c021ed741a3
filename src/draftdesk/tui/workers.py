"""Work done off the UI thread: watching and loading the folder, storing decisions, the chair's
rulings and revisions, exports, writing amendments' written forms.

Each runs in a thread on inputs no one else changes and never touches a widget: it posts
a message (messages.py) to the screen that started it, whose handler changes the state.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path

from textual.message import Message

from draftdesk import services, signatures, storage
from draftdesk.engine import instructions
from draftdesk.engine.amendments import Amendment
from draftdesk.engine.authority import Believed
from draftdesk.engine.model import Paragraph
from draftdesk.engine.outputs import ViewName
from draftdesk.tui.amendment_text import instruction
from draftdesk.tui.loading import Loader
from draftdesk.tui.messages import (
    DecisionStored,
    ExportWritten,
    FolderChanged,
    FolderLoaded,
    KeyMissing,
    RecordsAdded,
    RevisionIssued,
    RulingStored,
    WrittenForms,
)
from draftdesk.tui.own_writes import OwnWrites
from draftdesk.tui.view_cache import prepare

Post = Callable[[Message], object]
"""Where a worker's result goes: the ``post_message`` of the screen that started it."""

STORE_THREAD = "draftdesk-store"
"""The name of the threads that write decisions."""
DRAWN_WAIT = 1.0
"""Seconds a decision's thread waits at most for the frame showing it (an App closing draws none)."""


def watch_folder(
    post: Post,
    folder: Path,
    loader: Loader,
    own: OwnWrites,
    stop: threading.Event,
    view: Callable[[], ViewName],
    viewer: str,
    ready: threading.Event,
) -> None:
    """Post what another terminal changes, batch by batch: the amendments and decisions in files
    just added, with the roster to judge them by (RecordsAdded), else the folder loaded anew and
    prepared for the screen (FolderChanged; ``view()`` is the view on show), read here, off the
    UI thread. ``ready`` is set once changes are being watched."""
    import watchfiles  # here, in its thread: not on the way to the first frame

    batches = watchfiles.watch(
        folder, stop_event=stop, debounce=150, step=50, rust_timeout=100, yield_on_timeout=True
    )
    roster: Believed | None = None
    """The folder's organizations and keys, which new records are judged by (their seals), and its
    base texts, which a decision taken on another revision is carried to."""
    for changes in batches:
        ready.set()  # the first batch may be empty: the watch timed out, and so it is on
        if not changes:
            continue
        paths = tuple(path for _, path in changes)
        if own.only_ours(paths):
            continue  # merged already (see own_writes.py)
        try:
            added = all(change == watchfiles.Change.added for change, path in changes if not _hidden(path))
            records = storage.read_records(folder, paths) if added else None
            if records is not None:
                roster = roster or signatures.roster(folder, texts=True)
                post(RecordsAdded(paths, records, roster))
            else:
                roster = None  # a registration may have come: read again at the next new records
                post(FolderChanged(paths, prepare(loader(folder), view(), viewer)))
        except Exception as error:  # reported by the handler, the watch goes on
            post(FolderChanged(paths, None, str(error)))


def load_folder(post: Post, folder: Path, loader: Loader, view: ViewName, viewer: str) -> None:
    """The folder read and merged again, prepared for the screen (``view`` on show, as ``viewer``)."""
    try:
        loaded = prepare(loader(folder), view, viewer)
    except Exception as error:  # a half-written or broken folder: said by the handler
        post(FolderLoaded(None, str(error) or type(error).__name__))
    else:
        post(FolderLoaded(loaded))


def _hidden(path: str) -> bool:
    """A writer's temporary file (removed once the record is in place): not a change of the draft."""
    return os.path.basename(path).startswith(".")


def store_decision(
    post: Post,
    what: str,
    store: Callable[[], object],
    after: threading.Thread | None,
    drawn: threading.Event,
) -> threading.Thread:
    """Store a decision the screen already shows (``store``: the service call, ``services.decide``), in
    a thread of its own, and say how that went (DecisionStored, ``what`` the user did).

    The thread first waits for ``drawn``, the frame that shows the decision (for at most
    ``DRAWN_WAIT``): storing takes the interpreter for some tens of milliseconds and would hold that
    frame back. Then it waits for ``after``, the thread storing the decision taken before, so
    decisions reach the folder in the order taken. A plain thread, not a Textual worker: a worker
    not yet running when the App closes is cancelled, and a decision taken just before closing would
    be lost; the interpreter waits for this thread at exit.
    """

    def write() -> None:
        drawn.wait(DRAWN_WAIT)
        if after is not None:
            after.join()
        try:
            store()
        except Exception as error:  # reported by the handler
            post(DecisionStored(what, str(error) or type(error).__name__))
        else:
            post(DecisionStored(what))

    thread = threading.Thread(target=write, name=STORE_THREAD)
    thread.start()
    return thread


def rule(post: Post, folder: Path, by: str, amendment: str, before: str, reason: str) -> None:
    """The chair's ruling on the voting order, checked and stored by the service (it loads the folder
    under its lock: a second or so on a long draft)."""
    try:
        decision = services.order(folder, by, amendment, before, reason)
    except Exception as error:  # reported by the handler
        post(RulingStored(None, str(error) or type(error).__name__))
    else:
        post(RulingStored(decision))


def issue_revision(post: Post, folder: Path, by: str) -> None:
    """The next revision, issued by the service: seconds on a long draft, so never on the UI thread."""
    try:
        result = services.issue_revision(folder, by)
    except Exception as error:  # reported by the handler
        post(RevisionIssued(None, str(error) or type(error).__name__))
    else:
        post(RevisionIssued(result))


def export(post: Post, folder: Path, fmt: str, view: str, out: Path) -> None:
    """An export written by the service: a PDF goes through LibreOffice and takes seconds."""
    try:
        services.export(folder, fmt=fmt, view=view, out=out)
    except Exception as error:  # every refusal reaches the user, through the handler
        post(ExportWritten(out, str(error) or type(error).__name__))
    else:
        post(ExportWritten(out))


def check_key(post: Post, folder: Path, org: str) -> None:
    """Say whether this machine lacks ``org``'s key (the roster read, off the UI thread), so that the
    user learns it at the start, not when tabling is refused."""
    try:
        _, held = signatures.held_here(folder)
    except Exception:  # an unreadable roster: the load said so, and the first act will say why
        return
    if org not in held:
        post(KeyMissing(org))


def write_forms(
    post: Post, generation: int, amendments: list[Amendment], paragraphs: list[Paragraph]
) -> None:
    """Written forms take the engine milliseconds each: written here, on immutable inputs."""
    text = instructions.numbered_text(paragraphs)
    post(WrittenForms(generation, {a.id: instruction(a, text) for a in amendments}))


def warm_up() -> None:
    """What the first amendment tabled imports (the folder's lock), imported while the user reads."""
    from draftdesk import storage

    storage.prepare_writes()
