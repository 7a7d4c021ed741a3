"""Reading spares files' access times where the system allows it, and reads them all the same where not."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import pytest

from draftdesk import storage
from draftdesk.engine.amendments import Amendment, Decision
from draftdesk.engine.model import Draft
from draftdesk.storage import reading

NOATIME = getattr(os, "O_NOATIME", 0)


@pytest.mark.skipif(not NOATIME, reason="no O_NOATIME on this system")
def test_files_of_another_owner_are_read_plainly(
    tmp_path: Path,
    draft: Draft,
    amendments: list[Amendment],
    decisions: list[Decision],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """O_NOATIME is refused (EPERM) for a file one does not own: another delegate's, in a shared folder."""
    folder = tmp_path / draft.slug
    storage.create(folder, draft, amendments, decisions)
    monkeypatch.setenv("DRAFTDESK_CACHE_DIR", "off")
    expected = storage.load(folder)
    monkeypatch.setattr(reading._Opening, "flags", reading._Opening.flags)  # put back after the test
    real_open = os.open
    attempts: list[int] = []

    def refusing(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        attempts.append(flags & NOATIME)
        if flags & NOATIME:
            raise PermissionError(errno.EPERM, "Operation not permitted", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refusing)
    assert storage.load(folder) == expected
    assert attempts[:3] == [NOATIME, 0, 0]  # refused once, then plain opens only
    assert not any(attempts[1:])
