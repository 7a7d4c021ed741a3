"""The TOML reader: rtoml's speed, tomllib's results and errors."""

from __future__ import annotations

import tomllib
from datetime import UTC

import pytest

from draftdesk.storage.parse import parse_toml

DOCUMENTS = [
    'id = "UNDP-1"\nat = 2026-11-28T09:00:00Z\nlocal = 2026-11-28T09:00:00\nday = 2026-11-28\n',
    "[[ops]]\nkind = 'modify'\npatch = '''@@ -1,4 +1,4 @@\n-note\n+welcome\n'''\n"
    '[[ops]]\nkind = "delete"\n',
    'text = "quotes “typographic” and \\"straight\\", tabs\\t, é"\nn = 3\nx = 1e3\nflags = [true, false]\n',
    "[metadata]\nsymbol = 'A/RES/80/1'\n[metadata.nested]\nkey = { inline = 1 }\n",
]


@pytest.mark.parametrize("text", DOCUMENTS)
def test_results_equal_tomllib(text: str) -> None:
    assert parse_toml(text) == tomllib.loads(text)


def test_a_document_rtoml_refuses_gets_tomllib_error_with_its_place() -> None:
    with pytest.raises(tomllib.TOMLDecodeError, match=r"line 2, column 6"):
        parse_toml('id = "x"\nat = \n')


def test_loaded_times_are_utc_whatever_the_parser_gives(tmp_path, draft, amendments) -> None:  # type: ignore[no-untyped-def]
    from draftdesk import storage

    storage.create(tmp_path / "d", draft, amendments)
    loaded = storage.load(tmp_path / "d").amendments
    assert [a.created for a in loaded] == [a.created for a in amendments]
    assert all(a.created.tzinfo is UTC for a in loaded)  # not rtoml's own time zone class
