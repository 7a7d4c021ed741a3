"""Commands that write: import, table/withdraw/cosponsor/accept/reject/reinstate, order, revise
(add-org: cli/organizations.py).

Every write is one service call; the rules (who may do what) are the
services'. What a command adds is the report: the new folder, the amendment's
written form, and which amendments fell because of a decision or a revision.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from draftdesk import services
from draftdesk.cli import organizations
from draftdesk.cli.options import UsageError, command, parent, working_folder
from draftdesk.cli.output import emit, emit_json, note, timestamp
from draftdesk.engine import division
from draftdesk.engine.merge import Negotiation
from draftdesk.engine.revision import RevisionResult

DECISIONS = {
    "table": ("tabled", "Table your own private draft."),
    "withdraw": ("withdrawn", "Withdraw your own amendment."),
    "cosponsor": ("co-sponsored", "Co-sponsor another delegation's amendment."),
    "accept": ("accepted", "Accept an amendment (chair only); the ones competing with it fall."),
    "reject": ("rejected", "Reject an amendment (chair only)."),
    "reinstate": ("reinstated", "Reinstate a withdrawn or rejected amendment (chair only)."),
}
"""The decision commands: how their result reads, and their help."""


def register(commands: argparse._SubParsersAction) -> None:
    imported = command(
        commands,
        "import",
        import_document,
        "Import a text or Word (.docx) document as a new draft, or as the next revision of one.",
        parent(draft="", acting="optional", json=True),
    )
    imported.add_argument(
        "file",
        type=Path,
        metavar="FILE",
        help="the document: text (a UN document as extracted from its PDF, conclusions) or Word .docx",
    )
    imported.add_argument(
        "--revision-of",
        metavar="DRAFT",
        help="a revised text of DRAFT: its next revision, paragraphs lined up (chair only, with --as)",
    )
    imported.add_argument(
        "--drafts", type=Path, default=Path("drafts"), help="where drafts live (default: ./drafts)"
    )
    imported.add_argument("--slug", help="the draft's folder name (default: from the file name)")
    imported.add_argument("--chair", metavar="CODE", help="the organization holding the chair")
    organizations.register(commands)
    acting = parent(acting="required", json=True)
    for action, (_, about) in DECISIONS.items():
        decide = command(commands, action, decide_amendment, about, acting)
        decide.add_argument("amendment", metavar="ID", help="the amendment's id (see draftdesk list)")
        decide.add_argument("--note", default="", help="a note kept with the decision")
        if action in ("accept", "reject"):
            decide.add_argument(
                "--parts",
                type=part_numbers,
                default=(),
                metavar="N[,N…]",
                help=f"division of the question: the parts {DECISIONS[action][0]} (the others "
                "were not); an amendment's parts are the paragraphs it changes, in the order it names them",
            )
        decide.set_defaults(action=action, parts=())
    ruling = command(
        commands,
        "order",
        order_amendment,
        "Rule that an amendment is voted before another it competes with (chair only).",
        acting,
    )
    ruling.add_argument("amendment", metavar="ID", help="the amendment to vote on earlier")
    ruling.add_argument("--before", required=True, metavar="ID", help="the amendment it goes before")
    ruling.add_argument("--reason", required=True, help="why: recorded with the ruling, shown in the queue")
    command(commands, "revise", revise, "Issue the next revision from the agreed text (chair only).", acting)


def import_document(args: argparse.Namespace) -> int:
    if args.revision_of:
        return _import_revision(args)
    created, warnings = services.import_document(args.file, args.drafts, slug=args.slug, chair=args.chair)
    for warning in warnings:
        note(f"warning: {warning}")
    sponsors, _ = services.sponsors(created)
    if sponsors:
        note(
            f"its cover names {len(sponsors)} sponsor{'s' if len(sponsors) != 1 else ''}: `draftdesk add-org "
            f"{created.name} --sponsors --as {args.chair or 'CHAIR'}` adds them as organizations"
        )
    if args.json:
        emit_json({"folder": str(created), "warnings": warnings})
    else:
        emit(str(created))
    return 0


def part_numbers(value: str) -> tuple[int, ...]:
    """``--parts 2`` or ``--parts 1,3``: part numbers, from 1."""
    try:
        numbers = tuple(int(n) for n in value.replace(" ", ",").split(",") if n)
    except ValueError:
        numbers = ()
    if not numbers or min(numbers) < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: give part numbers from 1, separated by commas (1,3)")
    return numbers


def decide_amendment(args: argparse.Namespace) -> int:
    folder, by = working_folder(args), args.acting_as
    taken = services.take(folder, by, args.amendment, args.action, note=args.note, parts=args.parts)
    decision, neg = taken.decision, taken.after
    fell = fallen_since(taken.before, neg)
    if args.json:
        emit_json(
            {
                "decision": decision.id,
                "amendment": decision.amendment,
                "action": decision.action,
                "by": decision.by,
                "at": timestamp(decision.at),
                "note": decision.note,
                "parts": list(decision.parts),
                "status": neg.state(decision.amendment).status,
                "fell": fell,
                "voted_first": taken.voted_first,
            }
        )
        return 0
    if taken.voted_first:
        note(f"warning: {taken.voted_first} is voted first and was still pending")
    older = services.tabling_note(neg, decision)
    if older:  # a private draft made before the chair issued a revision: its numbers are not today's
        note(f"note: {older}")
    if decision.parts:
        said = division.outcome(neg.amendments[decision.amendment], decision.parts, neg.label)
        emit(f"{decision.amendment} divided by {decision.by}: {said}")
    else:
        emit(f"{decision.amendment} {DECISIONS[decision.action][0]} by {decision.by}")
    report_fallen(fell)
    return 0


def _import_revision(args: argparse.Namespace) -> int:
    if not args.acting_as:
        raise UsageError("--revision-of issues a revision: say who acts with --as (the chair)")
    draft = working_folder(argparse.Namespace(draft=args.revision_of))
    before = {aid: state.status for aid, state in services.negotiation(draft).states().items()}
    result, warnings = services.import_revision(draft, args.acting_as, args.file)
    for warning in warnings:
        note(f"warning: {warning}")
    return _report_revision(args, result, fallen_since(before, services.negotiation(draft)))


def order_amendment(args: argparse.Namespace) -> int:
    draft = working_folder(args)
    ruling = services.order(draft, args.acting_as, args.amendment, args.before, args.reason)
    neg = services.negotiation(draft)
    group = next(g for g in neg.competing_groups() if ruling.amendment in g)
    if args.json:
        emit_json(
            {
                "decision": ruling.id,
                "amendment": ruling.amendment,
                "before": ruling.before,
                "by": ruling.by,
                "at": timestamp(ruling.at),
                "reason": ruling.note,
                "order": [{"id": aid, "reason": neg.vote_reason(aid)} for aid in group],
            }
        )
        return 0
    emit(f"{ruling.amendment} is voted before {ruling.before}, by ruling of {ruling.by}; the order now:")
    emit("\n".join(f"  {n}. {aid}  {neg.vote_reason(aid)}" for n, aid in enumerate(group, 1)))
    return 0


def revise(args: argparse.Namespace) -> int:
    draft = working_folder(args)
    before = {aid: state.status for aid, state in services.negotiation(draft).states().items()}
    result = services.issue_revision(draft, args.acting_as)
    return _report_revision(args, result, fallen_since(before, services.negotiation(draft)))


def _report_revision(args: argparse.Namespace, result: RevisionResult, fell: list[dict[str, str]]) -> int:
    """The new revision's number, the concordance of numbers and the amendments that fell."""
    pairs = [{"old": old, "new": new} for old, new in result.concordance]
    if args.json:
        emit_json({"revision": result.draft.revision, "concordance": pairs, "fell": fell})
        return 0
    moved = [p for p in pairs if p["old"] != p["new"]]
    kept = len(pairs) - len(moved)
    emit(f"Rev.{result.draft.revision} issued; concordance (old → new), the numbers that changed:")
    emit("\n".join(f"  {p['old'] or '(new)'} → {p['new'] or '(deleted)'}" for p in moved) or "  (none)")
    emit(f"  {kept} other {'number' if kept == 1 else 'numbers'} unchanged")
    report_fallen(fell)
    return 0


def fallen_since(before: dict[str, str], neg: Negotiation) -> list[dict[str, str]]:
    """Amendments that were not fallen before and are now, with the reason."""
    return [
        {"id": aid, "reason": neg.fall_reason(aid)}
        for aid, state in neg.states().items()
        if state.status == "fallen" and before.get(aid) != "fallen"
    ]


def report_fallen(fell: list[dict[str, str]]) -> None:
    for item in fell:
        emit(f"{item['id']} fell: {item['reason']}")
