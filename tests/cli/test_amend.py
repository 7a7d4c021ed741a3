"""Amending the sample: propose each way, decide, compete, fall, renumber, revise, log."""

from __future__ import annotations

from pathlib import Path

from .runner import DraftDesk, show

DRAFT = "belgrade-2011"


def propose(dd: DraftDesk, org: str, *how: str) -> str:
    """Propose; the new amendment's id is the one line on stdout."""
    return dd("propose", DRAFT, "--as", org, *how).out.strip()


def amendments(dd: DraftDesk, *args: str) -> dict[str, dict[str, object]]:
    return {a["id"]: a for a in dd("list", DRAFT, "--json", *args).json()}


def test_competing_rewordings_and_the_chair_accepting_one(dd: DraftDesk) -> None:
    op4 = show(dd, "OP4")["OP4"]["markup"]
    undp = propose(dd, "UNDP", "OP4", "--text", op4.replace(" note ", " welcome "), "--rationale", "warmer")
    osce = propose(dd, "OSCE", "OP4", "--text", op4.replace(" note ", " acknowledge "))
    listed = amendments(dd, "--para", "OP4")
    assert listed[undp]["competes_with"] == [osce] and listed[osce]["competes_with"] == [undp]
    assert listed[undp]["targets"] == ["OP4"] and listed[undp]["author"] == "UNDP"
    assert listed[undp]["instruction"] == "In operative paragraph 4, replace “note” with “welcome”."
    assert listed[undp]["status"] == "tabled" and listed[undp]["rationale"] == "warmer"

    assert "chair" in dd.refused("accept", DRAFT, "--as", "UNDP", undp)
    done = dd("accept", DRAFT, "--as", "SEECF", undp, "--note", "consensus").out
    assert f"{undp} accepted by SEECF" in done and f"{osce} fell" in done

    after = amendments(dd)
    assert after[undp]["status"] == "accepted"
    assert after[osce]["status"] == "fallen" and "note" in after[osce]["fallen_reason"]
    paragraph = show(dd, "OP4")["OP4"]
    assert " welcome the significant progress" in paragraph["text"]
    assert {"org": "UNDP", "text": "welcome", "mark": ""} in paragraph["spans"]


def test_insert_delete_and_move_renumber_the_agreed_text_and_a_revision_follows(dd: DraftDesk) -> None:
    before = show(dd)
    inserted = propose(dd, "RCC", "--insert-after", "OP2", "--text", "Stress the role of civil society.")
    deleted = propose(dd, "UNDP", "--delete", "OP7", "OP4(e)")
    moved = propose(dd, "OSCE", "--move", "OP6", "--after", "OP1")
    kept = propose(dd, "UNDP", "--private", "--instruction", "In operative paragraph 5, delete “positive”.")
    for amendment in (inserted, deleted, moved):
        dd("accept", DRAFT, "--as", "SEECF", amendment)
    agreed = show(dd)
    texts = [agreed[f"OP{n}"]["text"] for n in range(1, 8)]
    assert texts == [
        before["OP1"]["text"],
        before["OP6"]["text"],
        before["OP2"]["text"],
        "Stress the role of civil society.",
        before["OP3"]["text"],
        before["OP4"]["text"],
        before["OP5"]["text"],
    ]
    assert "OP8" not in agreed and "OP6(e)" not in agreed and "OP6(d)" in agreed
    assert agreed["OP4"]["spans"] == [{"org": "RCC", "text": "Stress the role of civil society.", "mark": ""}]

    concordance = dd("revise", DRAFT, "--as", "SEECF").out
    assert "Rev.1" in concordance and "OP6 → OP2" in concordance and "OP7 → (deleted)" in concordance
    tabled = dd("table", DRAFT, "--as", "UNDP", kept).err  # a private draft made on Rev.0, tabled on Rev.1
    assert f"note: {kept} was written on Rev.0: OP5, now OP7 (the text is Rev.1 now)" in tabled


def test_instructions_private_drafts_co_sponsors_withdrawal_and_the_log(
    dd: DraftDesk, tmp_path: Path
) -> None:
    typed = propose(dd, "UNDP", "--instruction", "In operative paragraph 4, replace “note” with “welcome”.")
    letter = tmp_path / "amendment.txt"
    letter.write_text(
        "Delete the third preambular paragraph\nand operative paragraph 7.\n", encoding="cp1252"
    )
    private = propose(dd, "RCC", "--instruction-file", letter, "--private", "--cosponsor", "OSCE")
    seen_by_undp = amendments(dd, "--as", "UNDP")
    assert private not in seen_by_undp and seen_by_undp[typed]["targets"] == ["OP4"]
    mine = amendments(dd, "--as", "RCC")[private]
    assert mine["status"] == "draft" and mine["targets"] == ["PP3", "OP7"] and mine["cosponsors"] == ["OSCE"]

    dd("table", DRAFT, "--as", "RCC", private)
    dd("cosponsor", DRAFT, "--as", "UNDP", private)
    assert "only its author" in dd.refused("withdraw", DRAFT, "--as", "UNDP", private)
    withdrawn = dd("withdraw", DRAFT, "--as", "RCC", private, "--note", "overtaken", "--json").json()
    assert withdrawn["status"] == "withdrawn" and withdrawn["by"] == "RCC"

    log = dd("log", DRAFT, "--json").json()
    assert [(e["by"], e["action"]) for e in log] == [
        ("UNDP", "propose"),
        ("RCC", "draft"),
        ("RCC", "table"),
        ("UNDP", "cosponsor"),
        ("RCC", "withdraw"),
    ]
    assert log[-1]["note"] == "overtaken" and all(e["at"].endswith("Z") for e in log)
    last = dd("log", DRAFT).out.splitlines()[-1]
    assert last.split() == [log[-1]["at"], "RCC", "withdraw", private, "overtaken"]
