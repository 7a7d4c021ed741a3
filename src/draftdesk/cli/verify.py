"""``draftdesk verify DRAFT``: every file of the draft that is not believed, and why (exit 1 if any);
with ``--set-aside``, such files that change nothing are moved out of the draft first; with
``--adopt --as CHAIR``, a draft.toml changed by hand is adopted as the next revision first."""

from __future__ import annotations

import argparse
from pathlib import Path

from draftdesk import services, signatures
from draftdesk.cli.options import UsageError, command, folder, parent, working_folder
from draftdesk.cli.output import emit, emit_json, note
from draftdesk.cli.write import fallen_since, report_fallen
from draftdesk.engine.authority import Rejected


def register(commands: argparse._SubParsersAction) -> None:
    verifying = command(
        commands,
        "verify",
        verify,
        "List every file not validly signed by an organization allowed to do what it records.",
        parent(acting="optional", json=True),
    )
    verifying.add_argument(
        "--set-aside",
        action="store_true",
        help="move the files not believed whose removal changes nothing into DRAFT/set-aside/ "
        "(never shared: the next sync removes them from every copy that does not believe them either)",
    )
    verifying.add_argument(
        "--adopt",
        action="store_true",
        help="the chair (--as) adopts a draft.toml changed by hand: the next revision is the agreed text "
        "with that change, signed, and draft.toml's signed text is written back",
    )


def verify(args: argparse.Namespace) -> int:
    writes = args.set_aside or args.adopt
    draft = working_folder(args) if writes else folder(args)  # never the sample itself
    adopted = _adopt(args, draft) if args.adopt else {}
    moved = services.set_aside(draft) if args.set_aside else []
    for gone, where in moved:
        note(f"set aside: {gone} (now {where.relative_to(draft)})")
    founded, rejected, lost = signatures.verify(draft)
    if args.json:
        aside = {"set_aside": _listed([gone for gone, _ in moved])} if args.set_aside else {}
        listed = {"signed": founded, "rejected": _listed(rejected), "decisions": _listed(lost)}
        emit_json(listed | aside | adopted)
    else:
        emit("\n".join(map(str, rejected + lost)))
        if not founded:
            note("this draft is not signed yet: the first act on it registers a key for each organization")
        elif not rejected and not lost:
            note("every file is validly signed")
        elif rejected and not args.set_aside:
            note(
                f"`draftdesk verify {draft.name} --set-aside` moves each of these whose removal changes "
                "nothing out of the draft, and writes back a draft.toml changed by hand (or `--adopt "
                "--as CHAIR` adopts that change as the next revision)"
            )
    return 1 if rejected or lost else 0


def _adopt(args: argparse.Namespace, draft: Path) -> dict[str, object]:
    """Adopt draft.toml's hand edit, said in a line (or, with --json, returned to be printed)."""
    if not args.acting_as:
        raise UsageError("--adopt issues a revision: say who acts with --as (the chair)")
    before = {aid: state.status for aid, state in services.negotiation(draft).states().items()}
    result = services.adopt_hand_edit(draft, args.acting_as)
    fell = fallen_since(before, services.negotiation(draft))
    revision = result.draft.revision if result else None
    if args.json:
        return {"adopted": {"revision": revision, "fell": fell}}
    done = "draft.toml's signed text written back, the edited one kept in set-aside/"
    if result is None:
        emit(f"the change made by hand is in the text that stands already: {done}")
    else:
        emit(f"Rev.{revision} issued, with the change made by hand in draft.toml: {done}")
    report_fallen(fell)
    return {}


def _listed(files: list[Rejected]) -> list[dict[str, str]]:
    return [{"file": r.file, "reason": r.reason} for r in files]
