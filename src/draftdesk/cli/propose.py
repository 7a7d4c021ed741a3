"""``draftdesk propose``: an amendment from a new wording, an instruction, an insert, a delete or a move.

The operations are built by the engine (``engine.user_ops``, ``engine.instructions``)
against the agreed text, exactly as the TUI builds them; the services then
check the author's role and store the amendment. stdout gets the new id (a
script can capture it); stderr echoes the written form, so the user sees how
the request was understood.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from draftdesk import services
from draftdesk.cli.options import Refused, UsageError, command, parent, working_folder
from draftdesk.cli.output import emit, emit_json, entry_json, note
from draftdesk.engine import instructions
from draftdesk.engine.amendment_list import amendment_entries
from draftdesk.engine.amendments import Op
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.user_ops import delete_ops, find, insert_op, modify_op, move_op

if TYPE_CHECKING:
    from draftdesk.engine.instructions.document import AmendmentDocument

MODES = ("address", "instruction", "instruction_file", "from_docx", "insert_after", "delete", "move")


def register(commands: argparse._SubParsersAction) -> None:
    p = command(commands, "propose", propose, "Propose an amendment.", parent(acting="required", json=True))
    p.add_argument("address", nargs="?", metavar="ADDRESS", help="the paragraph to reword (with --text)")
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--instruction", metavar="TEXT", help="a written instruction, as delegations write them"
    )
    what.add_argument(
        "--instruction-file", metavar="FILE", help="a written instruction read from FILE (- for stdin)"
    )
    what.add_argument(
        "--from-docx", metavar="FILE", help="the tracked changes of a Word file, one op per revised paragraph"
    )
    what.add_argument("--insert-after", metavar="ADDRESS", help="insert a new paragraph (with --text)")
    p.add_argument(
        "--unknown-authors",
        choices=("mine", "refuse"),
        help="--from-docx: changes signed by a name that is no organization of the draft are yours"
        " (mine, the default, with a warning) or refused",
    )
    what.add_argument("--delete", nargs="+", metavar="ADDRESS", help="delete paragraphs")
    what.add_argument("--move", metavar="ADDRESS", help="move a paragraph (with --after)")
    p.add_argument("--text", help="the whole new wording (ADDRESS) or the new paragraph (--insert-after)")
    p.add_argument("--kind", choices=("preambular", "operative", "sub-item"), help="the new paragraph's kind")
    p.add_argument("--parent", metavar="ADDRESS", help="the paragraph a new sub-item belongs to")
    p.add_argument("--after", metavar="ADDRESS", help="where --move puts the paragraph (start: first)")
    p.add_argument("--rationale", default="", metavar="TEXT", help="why, in a sentence")
    p.add_argument(
        "--cosponsor", action="append", default=[], metavar="ORG", help="a co-sponsor (repeatable)"
    )
    p.add_argument("--private", action="store_true", help="keep it as a private draft, not tabled yet")
    p.add_argument("--supersedes", default="", metavar="ID", help="revise your own earlier amendment")
    p.add_argument(
        "--symbol", default="", metavar="SYMBOL", help="the document that circulates it (A/C.3/80/L.56)"
    )


def check(args: argparse.Namespace) -> None:
    """Exactly one way of saying what changes, with only the options that way uses."""
    modes = [mode for mode in MODES if getattr(args, mode)]
    if len(modes) != 1:
        raise UsageError(
            "say what to change: ADDRESS --text, --instruction, --instruction-file,"
            " --from-docx, --insert-after, --delete or --move"
        )
    mode = modes[0]
    if (args.text is not None) != (mode in ("address", "insert_after")):
        raise UsageError(
            "--text goes with ADDRESS or --insert-after" if args.text is not None else "give --text"
        )
    if (args.after is not None) != (mode == "move"):
        raise UsageError(
            "--after goes with --move" if args.after is not None else "--move needs --after ADDRESS"
        )
    if (args.kind or args.parent) and mode != "insert_after":
        raise UsageError("--kind and --parent go with --insert-after")
    if args.unknown_authors and mode != "from_docx":
        raise UsageError("--unknown-authors goes with --from-docx")


def written(args: argparse.Namespace) -> AmendmentDocument:
    """The instruction as the user gave it ("" when the change was given otherwise), and the
    document's symbol when it came as a whole amendment document."""
    from draftdesk.engine.instructions.document import AmendmentDocument  # the grammar: when used

    if args.instruction_file:
        return read_instruction(args.instruction_file)
    return AmendmentDocument(args.instruction or "")


def operations(args: argparse.Namespace, instruction: str, neg: Negotiation) -> list[Op]:
    """The ops of what was typed: an instruction or a new wording may address the title too."""
    if instruction:
        return instructions.parse_instruction(instruction, neg.text)
    agreed = neg.agreed
    if args.from_docx:
        from draftdesk.engine.importing import ImportFailed
        from draftdesk.engine.importing.docx_changes import ops_from_docx

        try:
            others = [n for o in neg.draft.orgs if o.code != args.acting_as for n in (o.code, o.name)]
            warn = lambda text: note(f"warning: {text}")  # noqa: E731
            mine = [n for o in neg.draft.orgs if o.code == args.acting_as for n in (o.code, o.name)]
            data = Path(args.from_docx).read_bytes()
            take = args.unknown_authors != "refuse"
            return ops_from_docx(data, agreed, others, warn=warn, mine=mine, take_unknown=take)
        except ImportFailed as err:
            raise Refused(f"{args.from_docx}: {err}") from None
    if args.insert_after:
        return [insert_op(agreed, args.insert_after, args.text, args.kind or "", args.parent or "")]
    if args.delete:
        return delete_ops(agreed, args.delete)
    if args.move:
        return [move_op(agreed, args.move, args.after)]
    return [modify_op(find(neg.text, args.address), args.text)]


def read_instruction(name: str) -> AmendmentDocument:
    """An instruction file in whatever encoding a secretariat saved it (as the importer reads documents):
    the instruction alone, or the whole amendment document as circulated (its cover, page furniture
    and sponsors' note are left out, :mod:`draftdesk.engine.instructions.document`)."""
    from draftdesk.engine.importing import ImportFailed, decode_document
    from draftdesk.engine.instructions.document import read_document

    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    try:
        return read_document(decode_document(data, name=name))
    except ImportFailed as err:
        where = "stdin" if name == "-" else name
        if zipfile.is_zipfile(BytesIO(data)):
            why = (
                "a Word file: give its tracked changes with --from-docx, or a written amendment saved as text"
            )
            raise Refused(f"{where}: {why}") from None
        raise Refused(f"{where}: {err}") from None


def propose(args: argparse.Namespace) -> int:
    check(args)
    draft = working_folder(args)
    neg = services.negotiation(draft, note)
    document = written(args)
    instruction = document.instruction
    amendment = services.propose(
        draft,
        args.acting_as,
        operations(args, instruction, neg),
        table=not args.private,
        rationale=args.rationale,
        cosponsors=tuple(args.cosponsor),
        supersedes=args.supersedes,
        symbol=args.symbol or document.symbol,
        written=document.printed or instruction,
    )
    neg.add_amendment(amendment)
    entry = next(e for e in amendment_entries(neg) if e.id == amendment.id)
    if args.json:
        emit_json(entry_json(entry, amendment))
    else:
        emit(amendment.id)
        note(f"{entry.status}: {entry.instruction}")
    return 0
