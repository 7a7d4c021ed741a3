"""Running git in a draft's clone: one command, its failure said in one line.

git's own last line is kept, except where it says only "remove the file manually": an index lock
a killed git command left is named, with what to do.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

from .errors import StorageError

_LEFT_LOCKED = re.compile(r"Unable to create '(.+?\.lock)': File exists")


def git(folder: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    """``git ARGS`` in ``folder``, never prompting; StorageError, in one line, if it fails (``check``)."""
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


def git_paths(folder: Path, *names: str) -> list[Path]:
    """Files of the clone's git folder (``git rev-parse --git-path``), in one call."""
    asked = [word for name in names for word in ("--git-path", name)]
    return [folder / line for line in git(folder, "rev-parse", *asked).stdout.splitlines()]
