"""``draftdesk add-org``: the chair adds organizations, one or many at once (a meeting's delegations,
a UN draft's sponsors)."""

from __future__ import annotations

import argparse
from pathlib import Path

from draftdesk import services
from draftdesk.cli.options import UsageError, command, parent, working_folder
from draftdesk.cli.output import columns, emit, emit_json, note
from draftdesk.storage import StorageError


def register(commands: argparse._SubParsersAction) -> None:
    org = command(
        commands,
        "add-org",
        add_orgs,
        "Add organizations (chair only): CODE --name NAME, or several CODE=NAME, --from FILE, --sponsors.",
        parent(acting="required", json=True),
    )
    org.add_argument(
        "orgs",
        nargs="*",
        metavar="CODE|CODE=NAME",
        help="its code, letters and digits (UNDP); CODE=NAME for several",
    )
    org.add_argument("--name", help="the organization's full name (one CODE)")
    org.add_argument(
        "--key",
        default="",
        metavar="PUBLIC",
        help="its public key (draftdesk keys new); default: one made here",
    )
    org.add_argument(
        "--from",
        dest="from_file",
        type=Path,
        metavar="FILE",
        help="organizations to add, one a line: CODE, then a tab, spaces or '=', then its name",
    )
    org.add_argument(
        "--sponsors",
        action="store_true",
        help="the sponsors a UN draft's cover names, with their ISO 3166 alpha-3 codes (ARM Armenia)",
    )


def add_orgs(args: argparse.Namespace) -> int:
    draft = working_folder(args)
    if args.name is not None or args.key:  # one organization: refused if its code is taken
        if len(args.orgs) != 1 or "=" in args.orgs[0] or args.from_file or args.sponsors:
            raise UsageError("--name and --key go with one CODE")
        added, there = [services.add_org(draft, args.acting_as, args.orgs[0], args.name or "", args.key)], []
    else:
        wanted = _wanted(args, draft)
        if not wanted:
            raise UsageError("add-org takes CODE --name NAME, CODE=NAME …, --from FILE or --sponsors")
        added, there = services.add_orgs(draft, args.acting_as, wanted)
    if args.json:
        emit_json(
            {
                "added": [{"code": o.code, "name": o.name} for o in added],
                "already": [{"code": o.code, "name": o.name} for o in there],
            }
        )
        return 0
    if added:
        emit(columns((o.code, o.name) for o in added))
    if len(there) == 1:
        note(f"already an organization of this draft: {there[0].code} ({there[0].name})")
    elif there:
        note(f"already organizations of this draft, left as they are: {', '.join(o.code for o in there)}")
    return 0


def _wanted(args: argparse.Namespace, draft: Path) -> list[tuple[str, str, str]]:
    """(code, name, key) of each organization asked for, in the order given."""
    wanted = [_pair(word, "CODE=NAME") for word in args.orgs]
    if args.from_file:
        wanted += _listed(args.from_file)
    if args.sponsors:
        found, unknown = services.sponsors(draft)
        if not found and not unknown:
            raise UsageError(f"{draft.name} names no sponsors (a UN draft's cover does)")
        for name in unknown:
            note(f"not a State's name, not added: {name!r} (add it as CODE=NAME)")
        wanted += [(code, name, "") for code, name in found]
    return wanted


def _pair(line: str, where: str) -> tuple[str, str, str]:
    code, separator, name = line.partition("=")
    if not separator:
        code, _, name = line.strip().partition("\t") if "\t" in line else line.strip().partition(" ")
    if not code.strip() or not name.strip():
        raise UsageError(f"{where}: give CODE=NAME (or CODE, a tab or spaces, then NAME): {line.strip()!r}")
    return code.strip(), name.strip(), ""


def _listed(path: Path) -> list[tuple[str, str, str]]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise StorageError(path, f"cannot read: {getattr(error, 'strerror', None) or error}") from None
    return [
        _pair(line, f"{path}:{number}")
        for number, line in enumerate(text.splitlines(), 1)
        if line.strip() and not line.lstrip().startswith("#")
    ]
