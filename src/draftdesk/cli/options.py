"""What every command shares: the DRAFT argument, ``--as ORG``, ``--json``, and how DRAFT is found.

Commands build their parsers from these parents so an option is spelled,
documented and resolved the same way everywhere.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from draftdesk import signatures, storage
from draftdesk.cli.output import note
from draftdesk.engine.inert import inert
from draftdesk.engine.model import Draft
from draftdesk.engine.outputs import VIEW_NAMES

Handler = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    """Options that parse but do not fit together: reported like argparse's own errors (exit 2)."""


class Refused(Exception):
    """A request the CLI itself cannot carry out (exit 1), e.g. an unknown organization to act as."""


class InertParser(argparse.ArgumentParser):
    """argparse, its error messages (which quote what the user typed) made inert like all output."""

    def error(self, message: str) -> NoReturn:
        super().error(inert(message))


class CommandParser(InertParser):
    """A sub-command's parser: options may stand before, between or after its positionals.

    ``propose DRAFT --as UNDP OP4 --text …`` puts an option between DRAFT and an
    optional ADDRESS; plain argparse (3.11) would bind ADDRESS to nothing at the
    first positional and then reject OP4. Intermixed parsing reads all options
    first, then the positionals.
    """

    _mixing = False

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        if self._mixing:  # the intermixed parser's own passes
            return super().parse_known_args(args, namespace)
        self._mixing = True
        try:
            return self.parse_known_intermixed_args(args, namespace)
        finally:
            self._mixing = False


class ShowVersion(argparse.Action):
    """``--version``, looked up only when asked: importlib.metadata is slow to load."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: object) -> None:
        super().__init__(option_strings, argparse.SUPPRESS, nargs=0, help="show the version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from importlib.metadata import version

        print(f"draftdesk {version('draftdesk')}")
        parser.exit()


def parent(*, draft: str = "required", acting: str = "", json: bool = False) -> argparse.ArgumentParser:
    """A parent parser with the shared arguments a command takes.

    ``draft``: "required", "optional" or "" (none); ``acting``: "required",
    "optional" or "" (none).
    """
    p = argparse.ArgumentParser(add_help=False)
    if draft:
        p.add_argument(
            "draft",
            nargs=None if draft == "required" else "?",
            metavar="DRAFT",
            help="a draft folder, or a slug looked up in ./drafts",
        )
    if acting:
        p.add_argument(
            "--as",
            dest="acting_as",
            metavar="ORG",
            required=acting == "required",
            help="the organization you act as (its code)",
        )
    if json:
        p.add_argument("--json", action="store_true", help="machine-readable JSON on stdout")
    return p


def add_view(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--view", choices=VIEW_NAMES, default="agreed", help="which text to show (default: agreed)"
    )


def command(
    commands: argparse._SubParsersAction,
    name: str,
    handler: Handler,
    help: str,
    *parents: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """Register a sub-command; its handler and parser travel in the parsed namespace."""
    p = commands.add_parser(name, help=help, description=help, parents=list(parents))
    p.set_defaults(handler=handler, command_parser=p)
    return p


def check_acting(args: argparse.Namespace, draft: Draft | None = None) -> None:
    """Refuse an ``--as`` naming no organization of the draft: a typo must not silently show less."""
    if not args.acting_as:
        return
    draft = draft or signatures.current_draft(folder(args))
    if draft.org(args.acting_as) is None:
        raise Refused(draft.unknown(args.acting_as))


def folder(args: argparse.Namespace) -> Path:
    """The draft folder DRAFT names, to read (a folder, or a slug in ./drafts, then the samples)."""
    return storage.locate(args.draft, Path.cwd())


def working_folder(args: argparse.Namespace) -> Path:
    """The draft folder DRAFT names, to act on: a sample is first copied into ./drafts, once."""
    found, copied = storage.working_folder(args.draft, Path.cwd())
    if copied:
        where = found.relative_to(Path.cwd())
        note(f"draftdesk: the sample {found.name!r} is read-only: your work on it is kept in ./{where}")
    return found
