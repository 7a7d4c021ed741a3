"""Which folder a user means by DRAFT: a path, a slug in ./drafts, or a bundled sample."""

from __future__ import annotations

from pathlib import Path

from .errors import StorageError
from .reading import DRAFT_FILE

BUNDLED = Path(__file__).resolve().parents[3] / "drafts"
"""The repository's own drafts/ folder (src layout), holding the sample negotiations."""
SAMPLE = "belgrade-2011"


def locate(draft: str | None, cwd: Path) -> Path:
    """A draft folder: ``draft`` as a path, else as a slug in cwd/drafts, then in the bundled drafts.

    No ``draft`` means the bundled sample. StorageError when nothing matches.
    """
    if draft is None:
        candidates = [BUNDLED / SAMPLE]
    else:
        candidates = [Path(cwd) / draft, Path(cwd) / "drafts" / draft, BUNDLED / draft]
    for candidate in candidates:
        if (candidate / DRAFT_FILE).is_file():
            return candidate
    looked = ", ".join(str(candidate) for candidate in candidates)
    raise StorageError(Path(draft or SAMPLE), f"no draft folder found (looked for draft.toml in {looked})")
