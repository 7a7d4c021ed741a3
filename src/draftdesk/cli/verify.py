"""``draftdesk verify DRAFT``: every file of the draft that is not believed, and why (exit 1 if any);
with ``--set-aside``, such files that change nothing are moved out of the draft first."""

from __future__ import annotations

import argparse

from draftdesk import services, signatures
from draftdesk.cli.options import command, folder, parent, working_folder
from draftdesk.cli.output import emit, emit_json, note
from draftdesk.engine.authority import Rejected


def register(commands: argparse._SubParsersAction) -> None:
    command(
        commands,
        "verify",
        verify,
        "List every file not validly signed by an organization allowed to do what it records.",
        parent(json=True),
    ).add_argument(
        "--set-aside",
        action="store_true",
        help="move the files not believed whose removal changes nothing into DRAFT/set-aside/ "
        "(never shared: the next sync removes them from every copy that does not believe them either)",
    )


def verify(args: argparse.Namespace) -> int:
    draft = working_folder(args) if args.set_aside else folder(args)  # never the sample itself
    if args.set_aside:
        for rejected, where in services.set_aside(draft):
            note(f"set aside: {rejected} (now {where.relative_to(draft)})")
    founded, rejected, lost = signatures.verify(draft)
    if args.json:
        emit_json({"signed": founded, "rejected": _listed(rejected), "decisions": _listed(lost)})
    else:
        emit("\n".join(map(str, rejected + lost)))
        if not founded:
            note("this draft is not signed yet: the first act on it registers a key for each organization")
        elif not rejected and not lost:
            note("every file is validly signed")
    return 1 if rejected or lost else 0


def _listed(files: list[Rejected]) -> list[dict[str, str]]:
    return [{"file": r.file, "reason": r.reason} for r in files]
