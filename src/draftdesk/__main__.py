"""``python -m draftdesk`` and the ``draftdesk`` console script."""

from draftdesk.cli.main import main


def run() -> int:
    return main()


if __name__ == "__main__":
    raise SystemExit(run())
