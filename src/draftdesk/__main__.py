"""``python -m draftdesk`` and the ``draftdesk`` console script.

The cyclic garbage collector is held off while the program imports: a hundred
thousand objects are made, all kept for good (modules, classes, compiled
patterns), and the collector would scan them again and again, finding nothing.
They are then frozen (never scanned again) and commands run with the collector
on; the TUI holds it off again until its first frame (``tui.heap``).
"""

import gc


def run() -> int:
    gc.disable()
    from draftdesk.cli.main import main

    gc.freeze()
    gc.enable()
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
