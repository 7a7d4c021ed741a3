"""Reading a draft folder does without the writers (tomlkit): ``draftdesk open`` starts faster."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from draftdesk import storage
from draftdesk.engine.model import Draft


def test_a_load_imports_no_writer_until_one_is_used(draft: Draft, tmp_path: Path) -> None:
    folder = tmp_path / draft.slug
    storage.create(folder, draft)
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from draftdesk import storage\n"
        f"stored = storage.load(Path({str(folder)!r}))\n"
        "print('tomlkit' in sys.modules, len(stored.draft.paragraphs))\n"
        "storage.prepare_writes()\n"
        "print('tomlkit' in sys.modules, callable(storage.add_revision))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.split("\n") == [f"False {len(draft.paragraphs)}", "True True", ""]
