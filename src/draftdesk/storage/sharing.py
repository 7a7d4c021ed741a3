"""Sharing a draft folder across machines through git: commit what is new here, pull, push.

A draft is one immutable file per act (amendment, decision, registration, revision) and
draft.toml is never rewritten, so two clones' new files never touch the same file and git
merges them without a conflict; the pull rebases this machine's commit on what arrived. Only new
files are this machine's to share: a record changed or deleted here (by hand: DraftDesk never
does) stops the sync before anything is committed, naming the files and how to put them back, so a
record is never replaced for everyone; a file changed on both sides anyway (committed by hand)
stops the pull, naming it, and nothing is merged. The caller holds the folder's lock, so no write
of this machine lands in the middle, and says which files this machine does not believe: a new one
is not sent, and one set aside (storage/set_aside.py) is removed from the shared folder, here by
this sync, and on another clone only where that clone does not believe it either.
"""

from __future__ import annotations

import contextlib
import os
import re
import subprocess
from collections import Counter
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import NamedTuple

from .errors import StorageError
from .reading import AMENDMENTS, DECISIONS, DRAFT_FILE, REVISIONS, ROSTER
from .set_aside import record_file, set_aside_copy

NAMES = {
    AMENDMENTS: ("amendment", "amendments"),
    DECISIONS: ("decision", "decisions"),
    REVISIONS: ("revision", "revisions"),
    ROSTER: ("registration", "registrations"),
}
"""What the files of each folder of records are called, one and several."""

PULLING = "draftdesk-pulling"
"""A file in the clone's git folder while a sync pulls: a rebase found with it was a sync's, cut short."""
_LEFT_LOCKED = re.compile(r"Unable to create '(.+?\.lock)': File exists")
PUSH_TRIES = 5
"""Pull and push again this often when another clone pushed in between."""


class Synced(NamedTuple):
    """What one sync did: new files sent and received, by kind, and the remote's name."""

    sent: Counter[str]
    received: Counter[str]
    remote: str
    arrived: tuple[str, ...] = ()
    """The files received, relative to the draft folder (``decisions/<id>.toml``…)."""
    withheld: tuple[str, ...] = ()
    """New files not sent: this machine does not believe them."""
    removed: tuple[str, ...] = ()
    """Files not believed, set aside here, removed from the shared folder by this sync."""
    dropped: tuple[str, ...] = ()
    """Files not believed here either, removed by another clone that set them aside."""


def counted(kinds: Counter[str]) -> str:
    """ "3 amendments, 1 decision" (other files after them: "2 other files")."""
    parts = [f"{kinds[kind]} {NAMES[kind][kinds[kind] != 1]}" for kind in NAMES if kinds[kind]]
    if kinds["other"]:
        parts.append(f"{kinds['other']} other file{'s' if kinds['other'] != 1 else ''}")
    return ", ".join(parts)


def _git(folder: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "GIT_TERMINAL_PROMPT": "0", "GIT_EDITOR": "true"}
    try:
        done = subprocess.run(
            ["git", *args], cwd=folder, capture_output=True, text=True, env=environment, timeout=120
        )
    except FileNotFoundError:
        raise StorageError(folder, "git is not installed: sharing a draft needs it") from None
    except subprocess.TimeoutExpired:
        raise StorageError(folder, f"git {args[0]} took over two minutes: stopped") from None
    if check and done.returncode:
        locked = _LEFT_LOCKED.search(done.stderr)
        if locked:  # git's last line says only "remove the file manually to continue"
            raise StorageError(
                folder,
                f"{locked[1]} was left by a git command that stopped (killed?): if no git command is "
                "running in this clone, remove that file and sync again",
            )
        lines = (done.stderr or done.stdout).strip().splitlines() or [f"exit {done.returncode}"]
        raise StorageError(folder, f"git {args[0]}: {lines[-1].strip()}")
    return done


def _git_paths(folder: Path, *names: str) -> list[Path]:
    """Files of the clone's git folder (``git rev-parse --git-path``), in one call."""
    asked = [word for name in names for word in ("--git-path", name)]
    return [folder / line for line in _git(folder, "rev-parse", *asked).stdout.splitlines()]


def _settle_cut_short(folder: Path) -> None:
    """A pull a sync began and did not end (killed in its rebase: ``PULLING`` is still there) is
    rolled back, so this sync starts again from this clone's commits: the index lock its git left
    (made after ``PULLING``) is removed and the rebase undone. A rebase begun by hand is left alone,
    and the sync refused, saying so. Killed before git wrote its rebase's state (no ``head-name``),
    nothing had moved yet: that state is dropped (``--quit``), since ``--abort`` cannot read it."""
    pulling, left, *rebases = _git_paths(folder, PULLING, "index.lock", "rebase-merge", "rebase-apply")
    with contextlib.suppress(FileNotFoundError):
        if left.stat().st_mtime >= pulling.stat().st_mtime:
            left.unlink()
    if any(where.exists() for where in rebases):
        if not pulling.exists():
            raise StorageError(
                folder,
                "a git rebase is under way in this clone: end it (git rebase --continue) or undo it "
                "(git rebase --abort), then sync again",
            )
        begun = any((where / "head-name").exists() for where in rebases)
        _git(folder, "rebase", "--abort" if begun else "--quit")
    pulling.unlink(missing_ok=True)


def kinds(names: Iterable[str]) -> Counter[str]:
    """New files by kind (a folder of records: "amendments", "decisions", "revisions", "roster";
    else "other"), from paths relative to the draft folder."""
    return Counter(Path(name).parts[0] if record_file(name) else "other" for name in names)


def _added(folder: Path, *revisions: str) -> list[str]:
    """The files ``git diff`` calls added, relative to the draft folder (any name, quoted by none)."""
    diff = _git(folder, "diff", "--name-only", "--relative", "--diff-filter=A", "-z", *revisions, "--", ".")
    return [name for name in diff.stdout.split("\0") if name]


def _listed(paths: list[str]) -> str:
    return ", ".join(paths[:3]) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")


def _changes(folder: Path, *args: str) -> list[tuple[str, str]]:
    """``git diff --name-status`` with ``args``: each changed file's status letter and path."""
    listed = _git(folder, "diff", "--name-status", "--no-renames", "-z", *args).stdout.split("\0")
    return list(zip(listed[::2], listed[1::2], strict=False))


def _refuse_changes(folder: Path) -> list[str]:
    """StorageError, naming them, if tracked files were changed here since the last commit: a record
    of the draft (records never change once written; ``verify`` calls it not believed), or any file
    outside the draft folder (git pulls only into a clean clone). Nothing is committed then. Returns
    the records deleted here that are set aside as they were committed (``verify --set-aside``), and
    draft.toml if its committed text is set aside so (its signed text written back)."""
    if _git(folder, "rev-parse", "--verify", "--quiet", "HEAD", check=False).returncode:
        return []  # nothing committed yet: nothing tracked
    prefix = _git(folder, "rev-parse", "--show-prefix").stdout.strip()
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
    committed = _git(folder, "rev-parse", f"HEAD:{path}").stdout.strip()
    return _git(folder, "hash-object", f"--path={inside}", "--", str(copy)).stdout.strip() == committed


def _pull(folder: Path, unbelieved: Collection[str]) -> None:
    """Rebase this clone's commits on the remote's, unless what came changes a record (the signed one
    is kept here) other than by removing one of the ``unbelieved``; undo the attempt if git stops on
    a conflict."""
    _git(folder, "fetch", "--quiet")
    _refuse_rewritten(folder, unbelieved)
    pulled = _git(folder, "rebase", "--quiet", check=False)  # onto the branch's upstream, as pull --rebase
    if pulled.returncode == 0:
        return
    conflicted = _git(
        folder, "diff", "--name-only", "--relative", "--diff-filter=U", check=False
    ).stdout.split()
    _git(folder, "rebase", "--abort", check=False)
    if conflicted:
        both = ", ".join(conflicted)
        raise StorageError(
            folder, f"{both} changed here and on the remote: nothing pulled (settle it in git)"
        )
    lines = (pulled.stderr or pulled.stdout).strip().splitlines() or ["failed"]
    raise StorageError(folder, f"git pull: {lines[-1].strip()}")


def _refuse_rewritten(folder: Path, unbelieved: Collection[str]) -> None:
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


def _tracked_remote(folder: Path) -> str | None:
    """The remote this clone's branch tracks; None when it tracks none yet."""
    upstream = _git(folder, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}", check=False)
    return upstream.stdout.strip().split("/", 1)[0] if upstream.returncode == 0 else None


def _first_sync(folder: Path) -> tuple[str, bool]:
    """A clone whose branch tracks no remote yet (a clone of an empty repository): with one remote,
    track its branch of the same name when it has one, else publish this branch there. Returns the
    remote and whether this branch was just published. No remote, or several: what to run is said."""
    remotes = _git(folder, "remote").stdout.split()
    if len(remotes) != 1:
        why = "has no git remote" if not remotes else f"has {len(remotes)} remotes and tracks none"
        raise StorageError(folder, f"this clone {why}: choose one once with git push -u REMOTE HEAD")
    (remote,) = remotes
    branch = _git(folder, "symbolic-ref", "--short", "HEAD").stdout.strip()
    _git(folder, "fetch", "--quiet", remote)
    if _git(folder, "rev-parse", "--verify", "--quiet", f"{remote}/{branch}", check=False).returncode == 0:
        _git(folder, "branch", "--quiet", f"--set-upstream-to={remote}/{branch}")
        return remote, False
    _git(folder, "push", "--quiet", "-u", remote, "HEAD")
    return remote, True


def sync(folder: Path, unbelieved: Collection[str] = ()) -> Synced:
    """Commit the folder's new files, pull (rebase) and push through its git remote (the first sync
    of a clone of an empty repository publishes its branch there). ``unbelieved``: the record files
    (relative to the folder) this machine does not believe, which change nothing: a new one is not
    sent; one removed by another clone is let go."""
    folder = Path(folder)
    _git(folder, "rev-parse", "--show-toplevel")
    _settle_cut_short(folder)
    removed = _refuse_changes(folder)
    _git(folder, "add", "--all", "--", ".")
    withheld = [name for name in _added(folder, "--cached") if name in unbelieved]
    if withheld:
        _git(folder, "rm", "--cached", "--quiet", "--", *withheld)
    sent = kinds(_added(folder, "--cached"))
    if sent or removed:
        summary = ", ".join(
            f"{count} {NAMES[kind][count != 1] if kind in NAMES else kind}"
            for kind, count in sorted(sent.items())
        )
        aside = f"{len(removed)} set aside (not believed)" if removed else ""
        message = f"draftdesk sync: {', '.join(filter(None, (summary, aside)))}"
        _git(folder, "commit", "--quiet", "-m", message, "--", ".")
    remote = _tracked_remote(folder)
    if remote is None:
        remote, published = _first_sync(folder)
        if published:
            return Synced(sent, Counter(), remote, (), tuple(withheld), tuple(removed))
    else:  # with what a sync cut short committed and did not push
        sent = kinds(_added(folder, "@{upstream}...HEAD"))
    before = _git(folder, "rev-parse", "HEAD").stdout.strip()
    (pulling,) = _git_paths(folder, PULLING)
    pulling.touch()
    try:
        for _ in range(PUSH_TRIES):
            _pull(folder, unbelieved)
            if _git(folder, "push", "--quiet", check=False).returncode == 0:
                break
        else:
            raise StorageError(folder, f"git push: the remote kept moving; tried {PUSH_TRIES} times")
    finally:
        pulling.unlink(missing_ok=True)
    received = _added(folder, f"{before}..HEAD")
    dropped = _added(folder, f"HEAD..{before}")  # what the pull deleted: another clone set it aside
    kept = tuple(withheld), tuple(removed), tuple(dropped)
    return Synced(sent, kinds(received), remote, tuple(received), *kept)
