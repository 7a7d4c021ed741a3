"""From an empty folder, the sample shipped in the package is read where it is and acted on in a copy."""

from __future__ import annotations

from pathlib import Path

from .runner import SAMPLE, DraftDesk


def sample_files() -> dict[Path, bytes]:
    """Every file of the sample shipped in the package, with its bytes."""
    return {path: path.read_bytes() for path in SAMPLE.rglob("*") if path.is_file()}


def test_reading_the_sample_writes_nothing_anywhere(tmp_path: Path) -> None:
    dd = DraftDesk(tmp_path)
    before = sample_files()
    assert "OP4" in dd("show", "belgrade-2011", "OP4").out
    assert "Belgrade" in dd("export", "belgrade-2011").out
    dd("list", "belgrade-2011")
    dd("log", "belgrade-2011")
    assert sample_files() == before
    assert list(tmp_path.iterdir()) == []


def test_acting_on_the_sample_works_on_a_copy_in_drafts(tmp_path: Path) -> None:
    dd = DraftDesk(tmp_path)
    before = sample_files()
    first = dd(
        "propose",
        "belgrade-2011",
        "--as",
        "UNDP",
        "--instruction",
        "In operative paragraph 4, replace “note” with “welcome”.",
    )
    assert "your work on it is kept in ./drafts/belgrade-2011" in first.err
    assert (tmp_path / "drafts" / "belgrade-2011" / "amendments").is_dir()
    listed = dd("list", "belgrade-2011", "--json").json()
    assert [entry["author"] for entry in listed] == ["UNDP"]
    second = dd(
        "propose",
        "belgrade-2011",
        "--as",
        "OSCE",
        "--instruction",
        "In operative paragraph 4, replace “note” with “acknowledge”.",
    )
    assert "read-only" not in second.err  # the copy is found first from now on
    assert len(dd("list", "belgrade-2011", "--json").json()) == 2
    assert sample_files() == before
