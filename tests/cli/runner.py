"""Run the real ``draftdesk`` program in a subprocess and check how it ends."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from draftdesk.storage.lookup import samples

SAMPLE = samples() / "belgrade-2011"
DATA = Path(__file__).resolve().parents[1] / "data"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


class DraftDesk:
    """Runs ``python -m draftdesk …`` in a working folder holding ``drafts/belgrade-2011``."""

    def __init__(self, cwd: Path) -> None:
        self.cwd = cwd

    def __call__(self, *args: str | Path, code: int = 0) -> Result:
        done = subprocess.run(
            [sys.executable, "-m", "draftdesk", *map(str, args)],
            cwd=self.cwd,
            capture_output=True,
            text=True,
            timeout=60,
        )
        result = Result(done.returncode, done.stdout, done.stderr)
        assert result.code == code, f"exit {result.code}, wanted {code}: {result.err}"
        assert "Traceback" not in result.err
        return result

    def refused(self, *args: str | Path) -> str:
        """Run a request that must be refused: exit 1 and exactly one line on stderr, which is returned."""
        result = self(*args, code=1)
        lines = result.err.splitlines()
        assert len(lines) == 1, result.err
        return lines[0]


def show(dd: DraftDesk, *args: str) -> dict[str, dict[str, Any]]:
    """``show --json`` of the sample, keyed by address (numbered paragraphs only)."""
    return {p["address"]: p for p in dd("show", "belgrade-2011", "--json", *args).json() if p["address"]}
