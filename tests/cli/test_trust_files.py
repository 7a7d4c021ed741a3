"""A file the draft cannot believe is left out with one warning naming it; the commands go on."""

from __future__ import annotations

from .runner import DraftDesk, show

DRAFT = "belgrade-2011"


def test_a_conflicted_amendment_file_is_skipped_with_a_warning(dd: DraftDesk) -> None:
    op4 = show(dd, "OP4")["OP4"]["markup"]
    kept = dd(
        "propose", DRAFT, "--as", "UNDP", "OP4", "--text", op4.replace(" note ", " welcome ")
    ).out.strip()
    bad = dd.cwd / "drafts" / DRAFT / "amendments" / "OSCE-1.toml"
    bad.write_text('<<<<<<< HEAD\nid = "OSCE-1"\n=======\n>>>>>>> theirs\n', encoding="utf-8")
    listed = dd("list", DRAFT)
    assert kept in listed.out
    assert listed.err.startswith(f"warning: skipped {bad}:1:1: ")
    assert listed.err.splitlines()[1:] == [
        f"warning: what is not believed changes nothing: `draftdesk verify {DRAFT} --set-aside` moves it "
        "out of the draft (and sync then out of every copy)"
    ]
    accepted = dd("accept", DRAFT, "--as", "SEECF", kept)
    assert f"{kept} accepted by SEECF" in accepted.out
