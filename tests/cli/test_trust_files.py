"""A file the draft cannot believe is left out with one warning naming it; the commands go on."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from draftdesk import services
from draftdesk.engine.user_ops import find

from .clones import reword
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


def test_verify_sets_aside_what_is_not_believed_and_the_warnings_end(dd: DraftDesk) -> None:
    amendment = dd("propose", DRAFT, "--as", "UNDP", "--delete", "OP7").out.strip()
    folder = dd.cwd / "drafts" / DRAFT
    forged = folder / "decisions" / "SEECF-forged.toml"
    forged.parent.mkdir(exist_ok=True)
    text = f'id = "SEECF-forged"\namendment = "{amendment}"\naction = "accept"\nby = "SEECF"\n'
    text += "at = 2030-01-01T00:00:00Z\n"
    forged.write_text(text, encoding="utf-8")
    done = dd("verify", DRAFT, "--set-aside", "--json")
    assert done.json()["set_aside"] == [
        {"file": "decisions/SEECF-forged.toml", "reason": "not signed (it says it is SEECF's)"}
    ]
    assert (
        not forged.exists() and (folder / "set-aside" / "decisions" / forged.name).read_text("utf-8") == text
    )
    assert dd("list", DRAFT).err == ""


def test_a_draft_toml_changed_by_hand_names_its_way_out_and_verify_writes_the_signed_text_back(
    dd: DraftDesk,
) -> None:
    folder = dd.cwd / "drafts" / DRAFT
    dd("propose", DRAFT, "--as", "UNDP", "--delete", "OP7")  # the first act founds the copy: signs draft.toml
    draft_file = folder / "draft.toml"
    signed = draft_file.read_text(encoding="utf-8")
    edited = signed.replace('name = "EU Police Mission"', 'name = "EU Police Mission (EUPM)"')
    draft_file.write_text(edited, encoding="utf-8")
    warned = dd("list", DRAFT).err.splitlines()
    assert warned[0].startswith("warning: not believed: draft.toml: not the text the draft was founded with")
    assert warned[1] == (
        f"warning: draft.toml was changed by hand, and changes nothing: `draftdesk verify {DRAFT} "
        "--set-aside` writes the signed text back (the changed one is kept in set-aside/), or the chair "
        f"adopts the change as the next revision with `draftdesk verify {DRAFT} --adopt --as CHAIR`"
    )
    assert "--set-aside` moves each of these" in dd("verify", DRAFT, code=1).err

    done = dd("verify", DRAFT, "--set-aside")
    assert "set aside: draft.toml: not the text the draft was founded with" in done.err
    assert "(now set-aside/draft.toml)" in done.err and "every file is validly signed" in done.err
    assert draft_file.read_text(encoding="utf-8") == signed
    assert (folder / "set-aside" / "draft.toml").read_text(encoding="utf-8") == edited
    assert dd("list", DRAFT).err == ""


def test_the_chair_adopts_a_hand_edit_of_draft_toml_as_the_next_revision(dd: DraftDesk) -> None:
    """A secretariat corrects a word of the text in draft.toml by hand: the chair adopts it as Rev.1,
    signed, on the agreed text; a part the negotiation changed too is refused."""
    folder = dd.cwd / "drafts" / DRAFT
    welcome = reword(folder, "UNDP", "OP5", "Recognize", "Welcome")
    services.decide(folder, "SEECF", welcome, "accept")
    pending = reword(folder, "OSCE", "OP1", "crises", "turmoil")
    draft_file = folder / "draft.toml"
    signed = draft_file.read_text(encoding="utf-8")
    draft_file.write_text(signed.replace("'Recognize the RCC", "'Salute the RCC"), encoding="utf-8")
    assert "OP5 was changed in draft.toml by hand and by the negotiation" in dd.refused(
        "verify", DRAFT, "--adopt", "--as", "SEECF"
    )  # and nothing written (engine/hand_edits: the other refusals)
    assert services.negotiation(folder).draft.revision == 0
    corrected = signed.replace("Aware to the fact", "Aware of the fact")
    draft_file.write_text(corrected, encoding="utf-8")
    adopted = dd("verify", DRAFT, "--adopt", "--as", "SEECF")
    assert adopted.out.startswith("Rev.1 issued, with the change made by hand in draft.toml")
    assert "every file is validly signed" in adopted.err
    assert draft_file.read_text(encoding="utf-8") == signed
    assert (folder / "set-aside" / "draft.toml").read_text(encoding="utf-8") == corrected
    neg = services.negotiation(folder)
    assert neg.draft.revision == 1 and neg.draft.issued_by == "SEECF"
    assert find(neg.agreed, "OP1").text.startswith("Aware of the fact")
    assert find(neg.agreed, "OP5").text.startswith("Welcome the RCC")
    assert neg.state(welcome).status == "accepted" and neg.state(pending).status == "tabled"
    assert "no change made by hand to adopt" in dd.refused("verify", DRAFT, "--adopt", "--as", "SEECF")


def test_links_lead_no_command_out_of_the_draft(dd: DraftDesk, tmp_path: Path) -> None:
    """An amendment file linked from outside is not loaded; a linked amendments/ folder is not written
    through: the act is refused in one line and nothing lands outside."""
    amendment = dd("propose", DRAFT, "--as", "UNDP", "--delete", "OP7").out.strip()
    folder = dd.cwd / "drafts" / DRAFT
    outside = tmp_path / "outside"
    shutil.move(folder / "amendments", outside)
    (folder / "amendments").mkdir()
    (folder / "amendments" / f"{amendment}.toml").symlink_to(outside / f"{amendment}.toml")
    listed = dd("list", DRAFT)
    assert amendment not in listed.out and "a symbolic link: not followed" in listed.err
    (folder / "amendments" / f"{amendment}.toml").unlink()
    (folder / "amendments").rmdir()
    (folder / "amendments").symlink_to(outside, target_is_directory=True)
    refused = dd("propose", DRAFT, "--as", "OSCE", "--delete", "OP6", code=1).err.splitlines()
    assert refused[0].startswith("warning: skipped ")  # the folder read: skipped, named
    assert refused[1:] == [f"{folder / 'amendments'}: not a folder (a link is not followed): nothing written"]
    assert os.listdir(outside) == [f"{amendment}.toml"]
