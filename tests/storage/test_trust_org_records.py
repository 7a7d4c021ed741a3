"""Organizations added during a meeting are records of their own; draft.toml is not edited."""

from __future__ import annotations

from pathlib import Path

from draftdesk import services, storage

from ..services.conftest import SEED


def imported(tmp_path: Path) -> Path:
    folder, _ = services.import_document(SEED, tmp_path, slug="belgrade", chair="SEECF")
    return folder


def test_an_added_organization_is_a_record_and_draft_toml_is_left_alone(tmp_path: Path) -> None:
    folder = imported(tmp_path)
    before = (folder / "draft.toml").read_bytes()
    services.add_org(folder, "SEECF", "NATO", "North Atlantic Treaty Organization")
    assert (folder / "draft.toml").read_bytes() == before
    assert (folder / "orgs" / "NATO.toml").is_file()
    assert storage.load_draft(folder).org("NATO") is not None
    services.issue_revision(folder, "SEECF")  # the revision writes the whole list into draft.toml
    codes = [org.code for org in storage.load(folder).draft.orgs]
    assert codes.count("NATO") == 1


def test_a_record_not_made_by_the_chair_is_not_believed(tmp_path: Path) -> None:
    folder = imported(tmp_path)
    (folder / "orgs").mkdir()
    forged = folder / "orgs" / "EVIL.toml"
    forged.write_text('code = "EVIL"\nname = "E"\nby = "UNDP"\nat = 2026-12-07T10:00:00Z\n', encoding="utf-8")
    stored = storage.load(folder)
    assert stored.draft.org("EVIL") is None
    (problem,) = stored.skipped
    assert problem.path == forged and "does not hold the chair" in problem.message
