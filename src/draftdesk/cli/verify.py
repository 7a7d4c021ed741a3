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
    moved = services.set_aside(draft) if args.set_aside else []
    for gone, where in moved:
        note(f"set aside: {gone} (now {where.relative_to(draft)})")
    founded, rejected, lost = signatures.verify(draft)
    if args.json:
        aside = {"set_aside": _listed([gone for gone, _ in moved])} if args.set_aside else {}
        emit_json({"signed": founded, "rejected": _listed(rejected), "decisions": _listed(lost)} | aside)
    else:
        emit("\n".join(map(str, rejected + lost)))
        if not founded:
            note("this draft is not signed yet: the first act on it registers a key for each organization")
        elif not rejected and not lost:
            note("every file is validly signed")
        elif rejected and not args.set_aside:
            note(
                f"`draftdesk verify {draft.name} --set-aside` moves each of these whose removal changes "
                "nothing out of the draft, and writes back a draft.toml changed by hand"
            )
    return 1 if rejected or lost else 0


def _listed(files: list[Rejected]) -> list[dict[str, str]]:
    return [{"file": r.file, "reason": r.reason} for r in files]
