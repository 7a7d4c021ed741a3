"""``draftdesk add-org`` with several organizations: CODE=NAME words and a file of lines."""

from __future__ import annotations

from pathlib import Path

from .runner import DraftDesk


def test_several_organizations_from_words_and_a_file(dd: DraftDesk, tmp_path: Path) -> None:
    listed = tmp_path / "delegations.txt"
    listed.write_text(
        "# the room\nARM\tArmenia\nUNDP  United Nations Development Programme\n", encoding="utf-8"
    )
    done = dd(
        "add-org", "belgrade-2011", "EU=European Union", "--from", listed, "--as", "SEECF", "--json"
    ).json()
    assert done == {
        "added": [{"code": "EU", "name": "European Union"}, {"code": "ARM", "name": "Armenia"}],
        "already": [{"code": "UNDP", "name": "United Nations Development Programme"}],
    }
    assert "names no sponsors" in dd("add-org", "belgrade-2011", "--sponsors", "--as", "SEECF", code=2).err
    assert "CODE=NAME" in dd("add-org", "belgrade-2011", "Armenia", "--as", "SEECF", code=2).err
