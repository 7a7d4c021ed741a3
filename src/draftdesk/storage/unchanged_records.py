"""A record never changes once written: what sync refuses to commit, and to pull.

A record changed or deleted in this clone (by hand: DraftDesk never does) stops the sync before
anything is committed, naming the files and the ``git checkout`` that puts them back, so an edited
record never replaces the signed one on every clone; only a file set aside exactly as committed
(``verify --set-aside``) may go. Likewise a commit on the remote that changes or deletes a record is
not pulled, unless the file is one this clone does not believe either (another clone set it aside).
"""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from .errors import StorageError
from .git import git
from .reading import DRAFT_FILE
from .set_aside import record_file, set_aside_copy


def _listed(paths: list[str]) -> str:
    return ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")


def _changes(folder: Path, *args: str) -> list[tuple[str, str]]:
    """``git diff --name-status`` with ``args``: each changed file's status letter and path."""
    listed = git(folder, "diff", "--name-status", "--no-renames", "-z", *args).stdout.split("\0")
    return list(zip(listed[::2], listed[1::2], strict=False))


def refuse_changed_here(folder: Path) -> list[str]:
    """StorageError, naming them, if tracked files were changed here since the last commit: a record
    of the draft (records never change once written; ``verify`` calls it not believed), or any file
    outside the draft folder (git pulls only into a clean clone). Nothing is committed then. Returns
    the records deleted here that are set aside as they were committed (``verify --set-aside``), and
    draft.toml if its committed text is set aside so (its signed text written back)."""
    if git(folder, "rev-parse", "--verify", "--quiet", "HEAD", check=False).returncode:
        return []  # nothing committed yet: nothing tracked
    prefix = git(folder, "rev-parse", "--show-prefix").stdout.strip()
    records, outside, how, aside = [], [], set(), []
    for status, path in _changes(folder, "HEAD", "--", ":/"):
        inside = path[len(prefix) :] if path.startswith(prefix) else None
        if inside is None:
            outside.append(path)
        elif ((status == "D" and record_file(inside)) or (status == "M" and inside == DRAFT_FILE)) and (
            _set_aside_as_committed(folder, inside, path)
        ):  # a record moved aside, or draft.toml's signed text written back (verify --set-aside)
            aside.append(inside)
        elif status != "A" and (inside == DRAFT_FILE or record_file(inside)):
            records.append(inside)
            how.add("deleted" if status == "D" else "changed")
    if records:
        it = "it" if len(records) == 1 else "them"
        back = records if len(records) <= 3 else sorted({Path(r).parts[0] for r in records})
        raise StorageError(
            folder,
            f"{_listed(records)} {' or '.join(sorted(how))} here, but a record never changes once written: "
            f"nothing synced; put {it} back (git checkout HEAD -- {' '.join(back)}, in this folder) and "
            "sync again",
        )
    if outside:
        raise StorageError(
            folder,
            f"{_listed(outside)} (outside the draft) changed and not committed, and git pulls only into "
            "a clean clone: nothing synced; commit or undo that change, then sync again",
        )
    return aside


def _set_aside_as_committed(folder: Path, inside: str, path: str) -> bool:
    """Whether the record ``inside`` (``path`` from the top of the clone) lies in ``set-aside/``
    exactly as committed: moved there by ``verify --set-aside``, not lost or edited."""
    copy = set_aside_copy(folder, inside)
    if copy is None:
        return False
    committed = git(folder, "rev-parse", f"HEAD:{path}").stdout.strip()
    return git(folder, "hash-object", f"--path={inside}", "--", str(copy)).stdout.strip() == committed


def refuse_changed_on_remote(folder: Path, unbelieved: Collection[str]) -> None:
    """StorageError, naming them, if the remote changed or deleted records this clone holds: a record
    never changes once written, so that is a hand edit or tampering, and pulling it would replace the
    signed record here too; only a file this clone does not believe either may go (another clone set
    it aside). (draft.toml is left to verify: builds before signed base texts rewrote it.)"""
    changes = _changes(folder, "--relative", "HEAD...@{upstream}")
    records = [
        path
        for status, path in changes
        if status != "A" and record_file(path) and not (status == "D" and path in unbelieved)
    ]
    if records:
        raise StorageError(
            folder,
            f"{_listed(records)} changed on the remote, but a record never changes once written: "
            "nothing pulled, the signed one is kept here; whoever changed it should put it back "
            "(git revert) and push",
        )
