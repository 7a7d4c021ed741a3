"""``python -m draftdesk``: the same entry point as the ``draftdesk`` console script."""

from draftdesk.cli.main import main

if __name__ == "__main__":
    raise SystemExit(main())
