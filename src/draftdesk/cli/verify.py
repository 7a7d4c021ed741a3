"""``draftdesk verify DRAFT``: every file of the draft that is not believed, and why (exit 1 if any)."""

from __future__ import annotations

import argparse

from draftdesk import signatures
from draftdesk.cli.options import command, folder, parent
from draftdesk.cli.output import emit, emit_json, note


def register(commands: argparse._SubParsersAction) -> None:
    command(
        commands,
        "verify",
        verify,
        "List every file not validly signed by an organization allowed to do what it records.",
        parent(json=True),
    )


def verify(args: argparse.Namespace) -> int:
    founded, rejected = signatures.verify(folder(args))
    if args.json:
        emit_json({"signed": founded, "rejected": [{"file": r.file, "reason": r.reason} for r in rejected]})
    else:
        emit("\n".join(map(str, rejected)))
        if not founded:
            note("this draft is not signed yet: the first act on it registers a key for each organization")
        elif not rejected:
            note("every file is validly signed")
    return 1 if rejected else 0
