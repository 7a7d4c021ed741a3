"""A delegation's private drafts: kept in this user's config folder, outside the draft, until tabled.

A private draft in the draft folder is readable by anyone who has the folder (another
delegation's clone, the chair's server, a backup) and is one ``git add`` away from being
shared. Kept in this user's config folder (0700), it is readable only by this user and ``sync``
can never commit it; nothing is encrypted, so there is no key to lose and no cipher to get
wrong (docs/trust.md). Each draft folder has its own place, named after the folder's resolved
path: ``<config>/private/<slug>-<16 hex>/`` holding ``amendments/`` (the drafts),
``decisions/`` (a draft withdrawn before it was tabled) and ``tabling/<id>`` (the id of the
``table`` decision of a draft being tabled, while it is: services/tabling.py); ``adding/``
holds the list of organizations an ``add-org`` is registering (storage/adding.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from collections.abc import Iterator
from pathlib import Path

from draftdesk.engine.amendments import Amendment, Decision

from . import atomic
from .decode import amendment_from, decision_from
from .errors import StorageError
from .keystore import config_folder
from .record_files import AMENDMENTS, DECISIONS, objects_in

PRIVATE = "private"
TABLING = "tabling"


def place(folder: Path) -> Path:
    """Where this user keeps the private drafts of the draft in ``folder``."""
    resolved = Path(folder).resolve()
    digest = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:16]
    return config_folder() / PRIVATE / f"{resolved.name}-{digest}"


@contextlib.contextmanager
def _owned() -> Iterator[None]:
    """Files and folders made here are this user's alone (0600, 0700) from their creation."""
    old = os.umask(0o077)
    try:
        yield
    finally:
        os.umask(old)


def kept_in(folder: Path, kind: str) -> Path:
    """This user's folder ``kind`` for the draft in ``folder`` (0700), made if need be."""
    where = place(folder) / kind
    try:
        with _owned():
            where.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StorageError(where, f"cannot create: {error.strerror or error}") from None
    atomic.remove_stale(where)  # a private text half written by a killed writer
    return where


def add_private(folder: Path, record: Amendment | Decision) -> Path:
    """Keep a private draft (or a decision on one) for the draft in ``folder``; never overwritten."""
    from .writing import object_path, record_text

    kind = AMENDMENTS if isinstance(record, Amendment) else DECISIONS
    path = object_path(kept_in(folder, kind).parent, kind, record.id)
    with _owned():
        atomic.create(path, record_text(path, record))
    return path


def load_private(folder: Path, skipped: list[StorageError]) -> tuple[list[Amendment], list[Decision]]:
    """This user's private drafts of the draft in ``folder``, and the decisions kept with them."""
    where = place(folder)
    return (
        objects_in(where / AMENDMENTS, amendment_from, skipped, {}),
        objects_in(where / DECISIONS, decision_from, skipped, {}),
    )


def mark_tabling(folder: Path, amendment: str, decision: str) -> None:
    """Note that ``amendment`` is being tabled by ``decision`` (removed by :func:`forget`)."""
    with _owned():
        atomic.replace(kept_in(folder, TABLING) / amendment, decision)


def tabling(folder: Path) -> dict[str, str]:
    """The drafts being tabled (an act cut short), each with the id of its ``table`` decision."""
    where = place(folder) / TABLING
    try:
        names = [name for name in os.listdir(where) if not name.startswith(".")]
    except OSError:
        return {}
    found = {}
    for name in names:
        with contextlib.suppress(OSError, UnicodeDecodeError):
            found[name] = (where / name).read_text(encoding="utf-8").strip()
    return found


def forget(folder: Path, amendment: str, *, tabled: bool) -> None:
    """The tabling of ``amendment`` is over: its mark removed and, once ``tabled`` (the draft is in
    the draft folder now), its copy here too."""
    where = place(folder)
    paths = [where / TABLING / amendment]
    if tabled:
        paths.insert(0, where / AMENDMENTS / f"{amendment}.toml")
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
