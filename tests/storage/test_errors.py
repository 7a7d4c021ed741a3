"""A bad file is a StorageError naming the file and, where it can be found, the line: never a traceback.

A bad draft.toml stops the load; a bad amendment or decision is left out, reported in ``skipped``.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from draftdesk import storage
from draftdesk.engine.amendments import Amendment, Decision, Op

AMENDMENT = """\
id = "RCC-1"
author = "RCC"
created = 2026-11-28T14:00:00Z

[[ops]]
kind = "delete"
target = "p-0001"

[[ops]]
kind = "modify"
target = "p-0002"
patch = "@@ -1 +1 @@"
"""
PARAGRAPHS = """\
title = ["T"]

[[paragraphs]]
id = "p-1"
kind = "preamble"
text = "One"

[[paragraphs]]
id = "p-2"
kind = "operative"
text = "Two"
"""


def _error(folder: Path) -> storage.StorageError:
    with pytest.raises(storage.StorageError) as caught:
        storage.load(folder)
    return caught.value


def _skipped(folder: Path) -> storage.StorageError:
    """The one file the load left out; everything else in the folder is loaded."""
    stored = storage.load(folder)
    assert len(stored.skipped) == 1, stored.skipped
    return stored.skipped[0]


def _amendment_error(folder: Path, text: str, name: str = "RCC-1") -> storage.StorageError:
    path = folder / "amendments" / f"{name}.toml"
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    error = _skipped(folder)
    assert error.path == path
    return error


def _draft_error(folder: Path, text: str) -> storage.StorageError:
    (folder / "draft.toml").write_text(text, encoding="utf-8")
    error = _error(folder)
    assert error.path == folder / "draft.toml"
    return error


def test_the_test_files_themselves_load(folder: Path) -> None:
    (folder / "amendments" / "RCC-1.toml").write_text(AMENDMENT, encoding="utf-8")
    (folder / "draft.toml").write_text(PARAGRAPHS, encoding="utf-8")
    stored = storage.load(folder)
    assert [op.kind for op in stored.amendments[0].ops] == ["delete", "modify"]
    assert len(stored.draft.paragraphs) == 2


def test_syntax_error_has_line_and_column(folder: Path) -> None:
    error = _amendment_error(folder, AMENDMENT.replace('author = "RCC"', "author = RCC"))
    assert (error.line, error.col) == (2, 10)
    assert str(error) == f"{error.path}:2:10: {error.message}"
    assert "Invalid value" in error.message and "(at line" not in error.message


def test_syntax_error_in_draft_toml(folder: Path) -> None:
    error = _draft_error(folder, PARAGRAPHS.replace('text = "Two"', 'text = "Two'))
    assert error.line == 11 and str(error).startswith(f"{folder / 'draft.toml'}:11:")


def test_wrong_type_names_the_key_and_its_line(folder: Path) -> None:
    error = _amendment_error(folder, AMENDMENT.replace("created = 2026-11-28T14:00:00Z", 'created = "today"'))
    assert (error.line, error.message) == (3, "'created' must be a date and time")


def test_missing_key(folder: Path) -> None:
    error = _amendment_error(folder, AMENDMENT.replace('author = "RCC"\n', ""))
    assert error.message == "missing key 'author'" and str(error).startswith(str(error.path))


def test_unknown_op_kind_points_into_the_right_op(folder: Path) -> None:
    error = _amendment_error(folder, AMENDMENT.replace('kind = "modify"', 'kind = "rewrite"'))
    assert error.line == 10 and "unknown op kind 'rewrite'" in error.message


def test_op_missing_what_its_kind_needs(folder: Path) -> None:
    error = _amendment_error(folder, AMENDMENT.replace('patch = "@@ -1 +1 @@"\n', ""))
    assert error.line == 9 and error.message == "a modify op needs a non-empty 'patch'"


def test_unknown_key_is_refused(folder: Path) -> None:
    error = _amendment_error(folder, AMENDMENT.replace('target = "p-0001"', 'taget = "p-0001"'))
    assert (error.line, error.message) == (7, "unknown key 'taget'")


def test_id_must_match_the_file_name(folder: Path) -> None:
    error = _amendment_error(folder, AMENDMENT, name="RCC-2")
    assert error.line == 1 and "does not match the file name" in error.message


def test_unknown_paragraph_kind(folder: Path) -> None:
    error = _draft_error(folder, PARAGRAPHS.replace('kind = "operative"', 'kind = "operational"'))
    assert error.line == 10 and "unknown paragraph kind 'operational'" in error.message


def test_duplicate_paragraph_id(folder: Path) -> None:
    error = _draft_error(folder, PARAGRAPHS.replace('id = "p-2"', 'id = "p-1"'))
    assert (error.line, error.message) == (9, "duplicate paragraph id 'p-1'")


def test_paragraph_missing_text_points_at_its_header(folder: Path) -> None:
    error = _draft_error(folder, PARAGRAPHS.replace('text = "Two"\n', ""))
    assert (error.line, error.message) == (8, "missing key 'text'")


def test_bad_decision_action(folder: Path) -> None:
    path = folder / "decisions" / "X-1.toml"
    path.write_text('id = "X-1"\namendment = "A"\naction = "veto"\nby = "SEECF"\nat = 2026-01-01T10:00:00Z\n')
    error = _skipped(folder)
    assert (error.path, error.line) == (path, 3) and "unknown action 'veto'" in error.message


@pytest.mark.parametrize("parts", ["[]", "[0]", '["2"]'])
def test_parts_are_the_numbers_an_acceptance_adopted(folder: Path, parts: str) -> None:
    path = folder / "decisions" / "X-1.toml"
    path.write_text(
        f'format = 3\nid = "X-1"\namendment = "A"\naction = "accept"\nby = "GA"\nat = 2026-01-01T10:00:00Z\n'
        f"parts = {parts}\n"
    )
    assert "'parts' are the numbers of the parts an acceptance adopted" in _skipped(folder).message


def test_not_utf8(folder: Path) -> None:
    (folder / "draft.toml").write_bytes(b'title = ["caf\xe9"]\n')
    assert "not UTF-8" in _error(folder).message


def test_not_a_draft_folder(tmp_path: Path) -> None:
    error = _error(tmp_path)
    assert (error.path, error.line) == (tmp_path, None) and "no draft.toml" in str(error)


def test_a_record_the_loader_would_refuse_is_never_written(folder: Path) -> None:
    bad = Amendment(
        "RCC-1", "RCC", (Op("insert", after="p-0001", new_kind="operative", text="x"),), datetime.now(UTC)
    )
    with pytest.raises(
        storage.StorageError, match="refused to write: an insert op needs a non-empty 'new_id'"
    ):
        storage.add_amendment(folder, bad)
    with pytest.raises(storage.StorageError, match="unknown action"):
        storage.add_decision(folder, Decision("X-1", "RCC-1", "veto", "RCC", datetime.now(UTC)))  # type: ignore[arg-type]
    assert not list((folder / "amendments").iterdir()) and not list((folder / "decisions").iterdir())


@pytest.mark.parametrize("bad_id", ["", "../escape", ".hidden", "a/b"])
def test_ids_that_are_not_file_names_are_refused(folder: Path, bad_id: str) -> None:
    with pytest.raises(storage.StorageError, match="cannot be used as a file name"):
        storage.add_decision(folder, Decision(bad_id, "A", "accept", "SEECF", datetime.now(UTC)))


def test_adding_to_a_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(storage.StorageError, match="not a draft folder"):
        storage.add_decision(tmp_path / "nowhere", Decision("X-1", "A", "accept", "SEECF", datetime.now(UTC)))


@pytest.mark.parametrize("needs", ["[1]", "[3, 1]", "[0, 99]", '["a", "b"]'])
def test_the_words_an_insertion_needs_lie_within_its_base_text(folder: Path, needs: str) -> None:
    patch = 'patch = "@@ -1 +1 @@"'
    text = AMENDMENT.replace(patch, f'{patch}\nbase_text = "Two"\nneeds = {needs}')
    error = _amendment_error(folder, text)
    assert error.message == "'needs' must be start and end pairs within its base text"
