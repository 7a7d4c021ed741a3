"""Which folder a user means by DRAFT: a path, a slug in ./drafts, or a sample shipped in the package.

The samples are package data, read where they are installed and never written: a
command that acts on one works on a copy in ``./drafts/<slug>``, made the first time
(:func:`working_folder`). Later commands find that copy first, so what a user
tabled is there the next time, and neither an installed package nor a clone's
tracked files change by using the tool.
"""

from __future__ import annotations

import shutil
from importlib import resources
from pathlib import Path

from .errors import StorageError
from .reading import DRAFT_FILE

SAMPLE = "belgrade-2011"
"""The sample a bare ``draftdesk`` opens."""
WORKING = "drafts"
"""The folder, under the current one, that holds a user's drafts and their copies of the samples."""


def samples() -> Path:
    """The folder of samples inside the installed package (wheels install unpacked: a real folder)."""
    return Path(str(resources.files("draftdesk") / "samples"))


def locate(draft: str | None, cwd: Path) -> Path:
    """A draft folder: ``draft`` as a path, else as a slug in cwd/drafts, then among the samples.

    No ``draft`` means the sample. StorageError when nothing matches, naming each
    place looked at once (an absolute path is the same place under every root).
    """
    slug = draft or SAMPLE
    roots = [Path(cwd) / WORKING, samples()]
    if draft is not None:
        roots.insert(0, Path(cwd))
    candidates = list(dict.fromkeys(root / slug for root in roots))
    for candidate in candidates:
        if (candidate / DRAFT_FILE).is_file():
            return candidate
    looked = ", ".join(str(candidate) for candidate in candidates)
    raise StorageError(Path(slug), f"no draft folder found (looked for draft.toml in {looked})")


def is_sample(folder: Path) -> bool:
    """Whether ``folder`` is one of the samples shipped in the package (read-only)."""
    return folder.resolve().parent == samples().resolve()


def working_folder(draft: str | None, cwd: Path) -> tuple[Path, bool]:
    """The folder to act on, and whether it was just copied from a sample into ./drafts.

    A draft found among the samples is copied once into cwd/drafts/<slug>; a copy
    already there is found first by :func:`locate`.
    """
    found = locate(draft, cwd)
    if not is_sample(found):
        return found, False
    copy = Path(cwd) / WORKING / found.name
    if copy.exists():
        raise StorageError(
            copy, f"is in the way of a working copy of the sample {found.name!r}: move it away"
        )
    shutil.copytree(found, copy, ignore=shutil.ignore_patterns(".*", "__pycache__"))
    return copy, True
