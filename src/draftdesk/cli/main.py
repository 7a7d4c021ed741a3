"""The parser and the dispatch: every refusal becomes one line on stderr and an exit code, never a traceback.

Exit 0: done. Exit 1: the request cannot be done (a role refused, a bad
address, a malformed file reported as ``path:line:col: message``). Exit 2: a
usage error, reported by argparse.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from draftdesk.cli import keys, launch, propose, read, serve, share, verify, write
from draftdesk.cli.options import CommandParser, InertParser, Refused, ShowVersion, UsageError
from draftdesk.cli.output import note
from draftdesk.engine.addressing import AddressError
from draftdesk.engine.instructions import InstructionError
from draftdesk.engine.user_ops import DraftingError
from draftdesk.services import ServiceError
from draftdesk.signatures import Unsigned
from draftdesk.storage import StorageError

REFUSALS = (
    ServiceError,
    Unsigned,
    StorageError,
    AddressError,
    DraftingError,
    InstructionError,
    Refused,
)
"""Errors that mean "this request cannot be done"; their message is the one line the user reads."""


def build_parser() -> argparse.ArgumentParser:
    parser = InertParser(
        prog="draftdesk",
        description="Negotiate the text of a meeting's conclusions. With no command, opens the sample draft.",
    )
    parser.add_argument("--version", action=ShowVersion)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=CommandParser)
    for module in (read, propose, write, share, keys, verify, launch, serve):
        module.register(commands)
    parser.set_defaults(
        handler=launch.open_ui,
        command_parser=parser,
        draft=None,
        acting_as=None,
        theme="",
        ask=False,
        marks=None,
    )
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    argv = sys.argv[1:] if argv is None else argv
    for word in argv:
        try:
            word.encode("utf-8")
        except UnicodeEncodeError as error:  # a byte that is not UTF-8, kept by Python as a surrogate
            byte = ord(word[error.start]) - 0xDC00
            return fail(f"an argument is not UTF-8 text (byte {byte:#04x} in {word!r}): nothing was done")
    args = build_parser().parse_args(argv)
    try:
        return args.handler(args)
    except UsageError as error:
        args.command_parser.error(str(error))  # exits 2
    except REFUSALS as error:
        return fail(str(error))  # a bad file reads "path:line:col: message", as compilers write it
    except BrokenPipeError:  # `draftdesk show … | head`: the reader left; stay quiet
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        return fail(f"{where}{error.strerror or error}")
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # a bug: still one line, but say it is ours, not the user's
        if _import_failed(error):
            return fail(str(error))
        return fail(f"draftdesk: internal error: {type(error).__name__}: {error}")


def _import_failed(error: Exception) -> bool:
    """A document that cannot be imported (a refusal, like REFUSALS): its class is looked up here,
    when a command has failed, so that no command imports the importer just to start."""
    from draftdesk.engine.importing import ImportFailed

    return isinstance(error, ImportFailed)


def fail(message: str) -> int:
    note(message)
    return 1
