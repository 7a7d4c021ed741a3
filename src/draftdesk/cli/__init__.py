"""The ``draftdesk`` command line: a thin argparse layer over draftdesk.services and draftdesk.storage.

Each command module registers its sub-commands on the parser and reads or
writes only through the service functions, so the CLI obeys the same rules as
the TUI. Exit codes: 0 done, 1 the request cannot be done (one line on
stderr), 2 a usage error.
"""

__all__ = ["main"]

from draftdesk.cli.main import main
