"""Sharing a draft folder across machines through git: commit what is new here, pull, push.

A draft is one immutable file per act (amendment, decision, registration, revision) and
draft.toml is never rewritten, so two clones' new files never touch the same file and git
merges them without a conflict; the pull rebases this machine's commit on what arrived. Only new
files are this machine's to share: a record changed or deleted, here or on the remote, stops the
sync (storage/unchanged_records.py); a file changed on both sides anyway (committed by hand)
stops the pull, naming it, and nothing is merged. The caller holds the folder's lock, so no write
of this machine lands in the middle, and says which files this machine does not believe: a new one
is not sent, and one set aside (storage/set_aside.py) is removed from the shared folder, here by
this sync, and on another clone only where that clone does not believe it either.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import NamedTuple

from .errors import StorageError
from .git import git, git_paths
from .reading import AMENDMENTS, DECISIONS, REVISIONS, ROSTER
from .set_aside import record_file
from .unchanged_records import refuse_changed_here, refuse_changed_on_remote

NAMES = {
    AMENDMENTS: ("amendment", "amendments"),
    DECISIONS: ("decision", "decisions"),
    REVISIONS: ("revision", "revisions"),
    ROSTER: ("registration", "registrations"),
}
"""What the files of each folder of records are called, one and several."""

PULLING = "draftdesk-pulling"
"""A file in the clone's git folder while a sync pulls: a rebase found with it was a sync's, cut short."""
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


def _settle_cut_short(folder: Path) -> None:
    """A pull a sync began and did not end (killed in its rebase: ``PULLING`` is still there) is
    rolled back, so this sync starts again from this clone's commits: the index lock its git left
    (made after ``PULLING``) is removed and the rebase undone. A rebase begun by hand is left alone,
    and the sync refused, saying so. Killed before git wrote its rebase's state (no ``head-name``),
    nothing had moved yet: that state is dropped (``--quit``), since ``--abort`` cannot read it."""
    pulling, left, *rebases = git_paths(folder, PULLING, "index.lock", "rebase-merge", "rebase-apply")
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
        git(folder, "rebase", "--abort" if begun else "--quit")
    pulling.unlink(missing_ok=True)


def kinds(names: Iterable[str]) -> Counter[str]:
    """New files by kind (a folder of records: "amendments", "decisions", "revisions", "roster";
    else "other"), from paths relative to the draft folder."""
    return Counter(Path(name).parts[0] if record_file(name) else "other" for name in names)


def _added(folder: Path, *revisions: str) -> list[str]:
    """The files ``git diff`` calls added, relative to the draft folder (any name, quoted by none)."""
    diff = git(folder, "diff", "--name-only", "--relative", "--diff-filter=A", "-z", *revisions, "--", ".")
    return [name for name in diff.stdout.split("\0") if name]


def _pull(folder: Path, unbelieved: Collection[str]) -> None:
    """Rebase this clone's commits on the remote's, unless what came changes a record (the signed one
    is kept here) other than by removing one of the ``unbelieved``; undo the attempt if git stops on
    a conflict."""
    git(folder, "fetch", "--quiet")
    refuse_changed_on_remote(folder, unbelieved)
    pulled = git(folder, "rebase", "--quiet", check=False)  # onto the branch's upstream, as pull --rebase
    if pulled.returncode == 0:
        return
    conflicted = git(
        folder, "diff", "--name-only", "--relative", "--diff-filter=U", check=False
    ).stdout.split()
    git(folder, "rebase", "--abort", check=False)
    if conflicted:
        both = ", ".join(conflicted)
        raise StorageError(
            folder, f"{both} changed here and on the remote: nothing pulled (settle it in git)"
        )
    lines = (pulled.stderr or pulled.stdout).strip().splitlines() or ["failed"]
    raise StorageError(folder, f"git pull: {lines[-1].strip()}")


def _tracked_remote(folder: Path) -> str | None:
    """The remote this clone's branch tracks; None when it tracks none yet."""
    upstream = git(folder, "rev-parse", "--abbrev-ref", "--symbolic-full-name", "@{upstream}", check=False)
    return upstream.stdout.strip().split("/", 1)[0] if upstream.returncode == 0 else None


def _first_sync(folder: Path) -> tuple[str, bool]:
    """A clone whose branch tracks no remote yet (a clone of an empty repository): with one remote,
    track its branch of the same name when it has one, else publish this branch there. Returns the
    remote and whether this branch was just published. No remote, or several: what to run is said."""
    remotes = git(folder, "remote").stdout.split()
    if len(remotes) != 1:
        why = "has no git remote" if not remotes else f"has {len(remotes)} remotes and tracks none"
        raise StorageError(folder, f"this clone {why}: choose one once with git push -u REMOTE HEAD")
    (remote,) = remotes
    branch = git(folder, "symbolic-ref", "--short", "HEAD").stdout.strip()
    git(folder, "fetch", "--quiet", remote)
    if git(folder, "rev-parse", "--verify", "--quiet", f"{remote}/{branch}", check=False).returncode == 0:
        git(folder, "branch", "--quiet", f"--set-upstream-to={remote}/{branch}")
        return remote, False
    git(folder, "push", "--quiet", "-u", remote, "HEAD")
    return remote, True


def sync(folder: Path, unbelieved: Collection[str] = ()) -> Synced:
    """Commit the folder's new files, pull (rebase) and push through its git remote (the first sync
    of a clone of an empty repository publishes its branch there). ``unbelieved``: the record files
    (relative to the folder) this machine does not believe, which change nothing: a new one is not
    sent; one removed by another clone is let go."""
    folder = Path(folder)
    git(folder, "rev-parse", "--show-toplevel")
    _settle_cut_short(folder)
    removed = refuse_changed_here(folder)
    git(folder, "add", "--all", "--", ".")
    withheld = [name for name in _added(folder, "--cached") if name in unbelieved]
    if withheld:
        git(folder, "rm", "--cached", "--quiet", "--", *withheld)
    sent = kinds(_added(folder, "--cached"))
    if sent or removed:
        summary = ", ".join(
            f"{count} {NAMES[kind][count != 1] if kind in NAMES else kind}"
            for kind, count in sorted(sent.items())
        )
        aside = f"{len(removed)} set aside (not believed)" if removed else ""
        message = f"draftdesk sync: {', '.join(filter(None, (summary, aside)))}"
        git(folder, "commit", "--quiet", "-m", message, "--", ".")
    remote = _tracked_remote(folder)
    if remote is None:
        remote, published = _first_sync(folder)
        if published:
            return Synced(sent, Counter(), remote, (), tuple(withheld), tuple(removed))
    else:  # with what a sync cut short committed and did not push
        sent = kinds(_added(folder, "@{upstream}...HEAD"))
    before = git(folder, "rev-parse", "HEAD").stdout.strip()
    (pulling,) = git_paths(folder, PULLING)
    pulling.touch()
    try:
        for _ in range(PUSH_TRIES):
            _pull(folder, unbelieved)
            if git(folder, "push", "--quiet", check=False).returncode == 0:
                break
        else:
            raise StorageError(folder, f"git push: the remote kept moving; tried {PUSH_TRIES} times")
    finally:
        pulling.unlink(missing_ok=True)
    received = _added(folder, f"{before}..HEAD")
    dropped = _added(folder, f"HEAD..{before}")  # what the pull deleted: another clone set it aside
    kept = tuple(withheld), tuple(removed), tuple(dropped)
    return Synced(sent, kinds(received), remote, tuple(received), *kept)
