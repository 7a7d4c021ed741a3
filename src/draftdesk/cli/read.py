"""Commands that only read: show, export, orgs, list, log.

They load through ``services.negotiation`` (or ``storage.load`` when no merge
is needed) and print engine views; nothing here writes a draft, except export
to the file the user names.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import Any, get_args

from draftdesk import services
from draftdesk.cli.options import UsageError, add_view, check_acting, command, folder, parent
from draftdesk.cli.output import columns, emit, emit_json, entry_json, note, timestamp
from draftdesk.cli.progress import ProgressBar
from draftdesk.cli.spans import spans_json
from draftdesk.engine import marks, signing
from draftdesk.engine.addressing import resolve
from draftdesk.engine.amendment_list import amendment_entries, one_change_a_line, paragraphs_cited
from draftdesk.engine.amendments import Amendment, Status
from draftdesk.engine.marks import changes, tagged
from draftdesk.engine.outputs import ViewParagraph
from draftdesk.engine.tabled import cited_name
from draftdesk.engine.views import document


def register(commands: argparse._SubParsersAction) -> None:
    reader, reader_json = parent(acting="optional"), parent(acting="optional", json=True)
    show = command(commands, "show", show_text, "Show the text tree with addresses.", reader_json)
    show.add_argument("address", nargs="?", metavar="ADDRESS", help="one paragraph and its sub-items")
    add_view(show)
    export = command(commands, "export", export_text, "Export the draft as a document.", reader)
    export.add_argument(
        "--format",
        choices=services.EXPORT_FORMATS,
        help="default: FILE's extension (.docx, .pdf, .md…), else txt",
    )
    export.add_argument("-o", "--output", type=Path, metavar="FILE", help="write FILE instead of stdout")
    add_view(export)
    command(commands, "orgs", list_orgs, "List the organizations and their roles.", reader_json)
    listing = command(commands, "list", list_amendments, "List amendments.", reader_json)
    listing.add_argument("--status", choices=get_args(Status), help="only amendments with this status")
    listing.add_argument("--para", metavar="ADDRESS", help="only amendments touching this paragraph")
    command(commands, "log", show_log, "Every event: who, when.", reader_json)


# -- show -------------------------------------------------------------------
def show_text(args: argparse.Namespace) -> int:
    neg = services.negotiation(folder(args), note)
    check_acting(args, neg.draft)
    text = neg.draft.paragraphs if args.view == "base" else neg.text
    paragraphs = document(neg, args.view)
    if args.address:
        paragraphs = block(paragraphs, resolve(text, args.address))
    if args.json:
        authors = {} if args.view == "base" else {p.id: p for p in document(neg, "attribution")}
        stored = {p.id: p.text for p in text}
        emit_json([paragraph_json(p, authors.get(p.id), stored.get(p.id, "")) for p in paragraphs])
    else:
        emit(tree(paragraphs))
    return 0


def block(paragraphs: list[ViewParagraph], paragraph_id: str) -> list[ViewParagraph]:
    """A paragraph of a view and the sub-items that follow it, a pending new one included."""
    start = next((n for n, p in enumerate(paragraphs) if p.id == paragraph_id), len(paragraphs))
    end = start + 1
    while end < len(paragraphs) and paragraphs[end].depth > paragraphs[start].depth:
        end += 1
    return paragraphs[start:end]


def paragraph_json(p: ViewParagraph, attribution: ViewParagraph | None, markup: str) -> dict[str, Any]:
    """``markup``: the stored wording, *emphasis* and [^1] included, as ``propose --text`` edits it."""
    return {
        "address": p.label,
        "id": p.id,
        "kind": p.kind,
        "text": p.text,
        "markup": markup,
        "part": p.part,
        "spans": spans_json(p, attribution),
        "footnotes": [{"mark": f.mark, "text": f.text} for f in p.footnotes],
    }


def marked(p: ViewParagraph) -> str:
    """The text as a terminal without colour can show it: *emphasis*, [^1], a pending proposal's
    words as [-deleted-] and {+inserted+} (wdiff's notation), an organization's words in the
    attribution view as [UNDP: welcome]."""
    out = []
    for change, run in changes(tagged(p.spans)):
        words = "".join(
            f"[^{span.text}]" if span.mark == "fnref" else f"*{span.text}*" if span.italic else span.text
            for span in run
        )
        out.append(marks.marked(words, change))
    return "".join(out)


def tree(paragraphs: Sequence[ViewParagraph]) -> str:
    """One row per paragraph: the address (indented by depth), then the text; notes below their paragraph."""
    rows = []
    for p in paragraphs:
        rows.append(("  " * p.depth + (p.label or f"({p.kind})"), marked(p)))
        rows += [("", f"[^{f.mark}] {f.text}") for f in p.footnotes]
    return columns(rows)


# -- export -------------------------------------------------------------------
BY_SUFFIX = {".txt": "txt", ".md": "md", ".html": "html", ".htm": "html", ".docx": "docx", ".pdf": "pdf"}
"""The format a FILE's extension names: ``-o conclusions.docx`` writes Word, not text under a Word name."""


def export_text(args: argparse.Namespace) -> int:
    if args.format is None:
        args.format = BY_SUFFIX.get(args.output.suffix.lower(), "txt") if args.output else "txt"
    if args.format in ("docx", "pdf") and args.output is None:
        raise UsageError(f"--format {args.format} writes a binary file: name it with -o FILE")
    check_acting(args)
    progress = ProgressBar("exporting")
    try:
        result = services.export(
            folder(args), fmt=args.format, view=args.view, out=args.output, warn=note, progress=progress
        )
    finally:
        progress.close()
    if args.output is None:
        emit(str(result))
    return 0


# -- orgs -------------------------------------------------------------------
def list_orgs(args: argparse.Namespace) -> int:
    """Each organization with its roles and its registered key: its fingerprint, and whether this
    user holds it here (which of this machine's keys a draft uses: ``keys export --draft``)."""
    draft, keys = services.keys_here(folder(args))
    check_acting(args, draft)
    rows = []
    for o in draft.orgs:
        fingerprints = [signing.fingerprint(public) for public, _ in keys.get(o.code, [])]
        here = any(held for _, held in keys.get(o.code, []))
        if args.json:
            signed = {"fingerprints": fingerprints, "key_here": here} if keys else {}
            rows.append({"code": o.code, "name": o.name, "roles": list(o.roles), "colour": o.colour} | signed)
        else:
            signed = (", ".join(fingerprints), "key here" if here else "no key here") if keys else ()
            rows.append((o.code, o.name, ", ".join(o.roles), *signed))
    if args.json:
        emit_json(rows)
    else:
        emit(columns(rows))
    return 0


# -- list -------------------------------------------------------------------
def list_amendments(args: argparse.Namespace) -> int:
    neg = services.negotiation(folder(args), note)
    check_acting(args, neg.draft)
    target = resolve(neg.text, args.para) if args.para else ""
    entries = [
        entry
        for entry in amendment_entries(neg, statuses=[args.status] if args.status else None)
        if (entry.status != "draft" or entry.author == args.acting_as)
        and (not target or touches(neg.amendments[entry.id], target))
    ]
    if args.json:
        emit_json([entry_json(entry, neg.amendments[entry.id]) for entry in entries])
        return 0
    blocks = []
    for entry in entries:
        by = entry.author + (f" (+{', '.join(entry.cosponsors)})" if entry.cosponsors else "")
        name = cited_name(entry.symbol, entry.id)
        lines = [f"{name}  {entry.outcome}  {by}  Rev.{entry.revision}: {paragraphs_cited(entry)}"]
        if entry.revises:
            lines.append(f"  revises {entry.revises}")
        if entry.superseded_by:
            lines.append(f"  superseded by {', '.join(entry.superseded_by)}")
        lines += ["  " + line for line in one_change_a_line(entry.instruction).splitlines()]
        if entry.competes_with:
            lines.append(f"  competes with: {', '.join(entry.competes_with)}")
            lines.append(f"  voted {entry.vote}")
        if entry.fallen_reason:
            lines.append(f"  fell: {entry.fallen_reason}")
        if entry.decision:
            lines.append(f"  {entry.outcome} {entry.decision}")
        blocks.append("\n".join(lines))
    if blocks:
        emit("\n\n".join(blocks))
    else:
        note("no amendments")
    return 0


def touches(amendment: Amendment, paragraph_id: str) -> bool:
    """Whether an amendment changes, deletes, moves a paragraph or inserts right after it."""
    return any(paragraph_id in (op.target, op.new_id, op.after) for op in amendment.ops)


# -- log --------------------------------------------------------------------
def show_log(args: argparse.Namespace) -> int:
    """Every event in time order; another delegation's untabled private drafts stay out of it."""
    check_acting(args)
    events = services.log(folder(args), note)
    drafted = {e.amendment: e.by for e in events if e.action == "draft"}
    tabled = {e.amendment for e in events if e.action == "table"}
    hidden = {aid for aid, by in drafted.items() if aid not in tabled and by != args.acting_as}
    events = [e for e in events if e.amendment not in hidden]
    if args.json:
        keys = ("at", "by", "action", "amendment", "symbol", "id", "note", "set_aside", "revises")
        emit_json([{key: getattr(e, key) for key in keys} | {"at": timestamp(e.at)} for e in events])
    else:
        rows = [(timestamp(e.at), e.by, e.action, "  ".join(filter(None, _said(e)))) for e in events]
        if rows:
            emit(columns(rows))
        else:
            note("no events")
    return 0


def _said(event: services.Event) -> tuple[str, ...]:
    """What a row says after the action: whom it concerns, its note, and why it was set aside."""
    return _named(event), event.note, f"set aside: {event.set_aside}" if event.set_aside else ""


def _named(event: services.Event) -> str:
    """An amendment as the list cites it: its symbol first when it has one ("A/C.3/80/L.56 (UNDP-0003)"),
    and the one it revises."""
    named = cited_name(event.symbol, event.amendment)
    return f"{named}, revising {event.revises}" if event.revises else named
