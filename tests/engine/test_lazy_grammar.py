"""The instruction grammar is compiled at its first use, not by every start of the CLI."""

from __future__ import annotations

import json
import subprocess
import sys

SCRIPT = """
import json, sys
import draftdesk.cli.main, draftdesk.services
from draftdesk.engine import instructions
before = set(sys.modules)
getattr(instructions, sys.argv[1])
print(json.dumps([sorted(before), sorted(set(sys.modules) - before)]))
"""

GRAMMAR = {
    "parse_instruction": "draftdesk.engine.instructions.reading",
    "written_form": "draftdesk.engine.instructions.writing",
}


def test_the_cli_starts_without_the_grammar_and_its_first_use_brings_it() -> None:
    for name, module in GRAMMAR.items():
        done = subprocess.run(
            [sys.executable, "-c", SCRIPT, name], capture_output=True, text=True, check=True
        )
        before, brought = json.loads(done.stdout)
        assert module not in before, f"{module} is imported with the CLI"
        assert module in brought, f"{module} is not imported by {name}"
