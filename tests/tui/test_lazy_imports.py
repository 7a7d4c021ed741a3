"""Each deferred import really defers: a fresh interpreter imports the TUI and the command line, as
``draftdesk open`` does before its first frame, and only using a screen, the instruction grammar,
Word's writers, the importer, the watcher or a write brings its modules in."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

SCRIPT = """
import json, sys
import draftdesk.tui.app
import draftdesk.cli.main
from draftdesk.tui import screens
before = set(sys.modules)
getattr(screens, sys.argv[1]) if sys.argv[1] else None
exec(sys.argv[2])
print(json.dumps([sorted(before), sorted(set(sys.modules) - before)]))
"""

DEFERRED = [
    ("EditorScreen", "", ["draftdesk.tui.screens.editor", "textual.widgets._text_area"]),
    ("QueueScreen", "", ["draftdesk.tui.screens.queue", "textual.widgets._data_table"]),
    ("ExportScreen", "", ["draftdesk.tui.screens.export"]),
    ("HelpScreen", "", ["draftdesk.tui.screens.help"]),
    ("PreviewScreen", "", ["draftdesk.tui.screens.preview"]),
    ("PromptScreen", "", ["draftdesk.tui.screens.prompt"]),
    ("ConfirmScreen", "", ["draftdesk.tui.screens.confirm"]),
    ("ConcordanceScreen", "", ["draftdesk.tui.screens.concordance"]),
    ("ActingAsScreen", "", ["draftdesk.tui.screens.acting_as"]),
    (
        "",
        "from draftdesk.engine import instructions; instructions.parse_instruction",
        ["draftdesk.engine.instructions.reading"],
    ),
    (
        "",
        "from draftdesk.engine import instructions; instructions.written_form",
        ["draftdesk.engine.instructions.writing"],
    ),
    (
        "",
        "from draftdesk.engine.instructions import document; document.read_document",
        ["draftdesk.engine.instructions.document", "draftdesk.engine.instructions.structure"],
    ),
    (
        "",
        "from draftdesk.engine import exporting; exporting.word_document",
        ["draftdesk.engine.exporting", "draftdesk.engine.exporting.docx_package"],
    ),
    (
        "",
        "from draftdesk.engine import importing; importing.import_text",
        ["draftdesk.engine.importing", "draftdesk.engine.importing.un_resolution"],
    ),
    ("", "from draftdesk.tui import workers; workers.warm_up()", ["tomlkit"]),
    ("", "import watchfiles", ["watchfiles"]),
]


@pytest.mark.parametrize(("name", "code", "modules"), DEFERRED, ids=[m[0] for _, _, m in DEFERRED])
def test_a_deferred_import_waits_for_its_first_use(name: str, code: str, modules: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, name, code], capture_output=True, text=True, check=True
    )
    before, brought = json.loads(done.stdout)
    for module in modules:
        assert module not in before, f"{module} is imported with the TUI"
        assert module in brought, f"{module} is not imported by its first use"
