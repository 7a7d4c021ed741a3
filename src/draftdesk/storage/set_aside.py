"""Record files a draft does not believe, moved out of it into ``set-aside/``, which git never shares.

A file not believed changes nothing, but every load names it again, on every copy the sharing
brought it to. Moving it into ``set-aside/`` (beside the records, with a ``.gitignore`` of its own
ignoring everything in it, so no draft's own ``.gitignore`` is ever edited) ends that here; the
next ``sync`` removes it from the shared folder too, since a copy set aside here, byte for byte,
is what says the removal was meant (storage/sharing.py). Nothing is deleted: the file is kept.
"""

from __future__ import annotations

import os
from pathlib import Path
from stat import S_ISDIR, S_ISREG

from . import atomic
from .errors import StorageError
from .reading import AMENDMENTS, DECISIONS, REVISIONS, ROSTER

RECORDS = (AMENDMENTS, DECISIONS, REVISIONS, ROSTER)
SET_ASIDE = "set-aside"
IGNORE_ALL = "# DraftDesk's: files this draft does not believe, set aside; never shared\n*\n"


def record_file(path: str) -> bool:
    """Whether a path, relative to the draft folder, is a record's file (``amendments/<id>.toml``…)."""
    parts = Path(path).parts
    return len(parts) == 2 and parts[0] in RECORDS and parts[1].endswith(".toml")


def move_aside(folder: Path, file: str) -> Path:
    """Move ``file`` (``kind/<id>.toml``, relative to ``folder``) into ``set-aside/kind/``; a file of
    the same name set aside before is kept (the new one gets a number). Returns where it went."""
    where = _place_for(Path(folder), file)
    try:
        os.rename(Path(folder) / file, where)  # a link is moved as a link: never followed
    except OSError as error:
        raise StorageError(Path(folder) / file, f"cannot move it aside: {error.strerror or error}") from None
    atomic.sync_folder(where.parent)
    return where


def keep_aside(folder: Path, file: str) -> Path:
    """Keep a copy of ``file`` (draft.toml, about to be written again) in ``set-aside/``, as
    :func:`move_aside` keeps one, but leaving it in place: a crash then leaves it one or the other,
    never gone. Returns where the copy is."""
    where = _place_for(Path(folder), file)
    try:
        os.link(Path(folder) / file, where, follow_symlinks=False)
    except OSError as error:
        raise StorageError(Path(folder) / file, f"cannot keep it aside: {error.strerror or error}") from None
    atomic.sync_folder(where.parent)
    return where


def _place_for(folder: Path, file: str) -> Path:
    """A free name for ``file`` in ``set-aside/`` (its folder there made, the ``.gitignore`` too)."""
    place = _folder(folder / SET_ASIDE)
    if not os.path.lexists(place / ".gitignore"):
        atomic.create(place / ".gitignore", IGNORE_ALL)
    name = Path(file).name
    where = _folder(place / Path(file).parent) / name
    number = 1
    while os.path.lexists(where):
        number += 1
        where = where.with_name(f"{Path(name).stem}.{number}{Path(name).suffix}")
    return where


def set_aside_copy(folder: Path, file: str) -> Path | None:
    """Where ``file``'s copy set aside under its own name is, if there is one (a regular file)."""
    path = Path(folder) / SET_ASIDE / file
    try:
        return path if S_ISREG(os.lstat(path).st_mode) else None
    except OSError:
        return None


def _folder(path: Path) -> Path:
    """``path``, made a folder if it is not there; StorageError if it is anything else (a link)."""
    try:
        os.mkdir(path, 0o755)
    except FileExistsError:
        if not S_ISDIR(os.lstat(path).st_mode):
            raise StorageError(path, "is not a folder (a link is not followed): nothing moved") from None
    return path
