"""Reading the sample: show (tree and JSON), orgs, add-org, export to every format."""

from __future__ import annotations

from pathlib import Path

from .runner import DraftDesk


def test_show_prints_the_tree_with_addresses_and_markup(dd: DraftDesk) -> None:
    lines = dd("show", "belgrade-2011").out.splitlines()
    assert lines[0].startswith("(title) ") and "IV ANNUAL COORDINATION CONFERENCE" in lines[0]
    assert lines[1].startswith("PP1 ")
    assert any(line.startswith("(heading)") and "CONCLUSIONS" in line for line in lines)
    assert any(line.startswith("  OP4(c) ") for line in lines)
    assert any("*inter alia*" in line for line in lines if line.startswith("OP4 "))


def test_show_json_has_addresses_ids_kinds_and_spans_that_make_the_text(dd: DraftDesk) -> None:
    paragraphs = dd("show", "belgrade-2011", "--json").json()
    for p in paragraphs:
        assert {"address", "id", "kind", "text", "markup", "spans"} <= p.keys()
        assert "".join(span["text"] for span in p["spans"]) == p["text"]
        assert {span["org"] for span in p["spans"]} == {"base"}
    op4 = next(p for p in paragraphs if p["address"] == "OP4")
    assert op4["id"].startswith("p-")
    assert "inter alia" in op4["text"] and "*inter alia*" in op4["markup"]


def test_show_one_address_gives_the_paragraph_and_its_sub_items(dd: DraftDesk) -> None:
    block = dd("show", "belgrade-2011", "operative paragraph 4", "--json").json()
    assert [p["address"] for p in block] == ["OP4", "OP4(a)", "OP4(b)", "OP4(c)", "OP4(d)", "OP4(e)"]
    assert "OP99" in dd.refused("show", "belgrade-2011", "OP99")


def test_show_one_address_in_a_view_of_proposals_gives_its_pending_new_sub_items_too(dd: DraftDesk) -> None:
    new_item = "Cooperation on migration management;"
    args = ("--insert-after", "OP4(e)", "--kind", "sub-item", "--text", new_item)
    dd("propose", "belgrade-2011", "--as", "UNDP", *args)
    assert new_item not in dd("show", "belgrade-2011", "OP4").out  # the agreed text: not adopted
    for view in ("tracked", "compilation"):
        block = dd("show", "belgrade-2011", "OP4", "--view", view, "--json").json()
        assert [p["address"] for p in block][:6] == ["OP4", "OP4(a)", "OP4(b)", "OP4(c)", "OP4(d)", "OP4(e)"]
        assert len(block) == 7 and new_item in block[6]["text"]
    assert len(dd("show", "belgrade-2011", "OP4(e)", "--view", "tracked", "--json").json()) == 1


def test_show_in_the_attribution_view_tags_each_organizations_words(dd: DraftDesk) -> None:
    change = "In operative paragraph 4, replace “note” with “welcome”."
    dd(
        "accept",
        "belgrade-2011",
        "--as",
        "SEECF",
        dd("propose", "belgrade-2011", "--as", "UNDP", "--instruction", change).out.split()[0],
    )
    assert (
        "and [UNDP: welcome] the significant"
        in dd("show", "belgrade-2011", "OP4", "--view", "attribution").out
    )
    assert "and welcome the significant" in dd("show", "belgrade-2011", "OP4").out


def test_orgs_lists_the_chair_and_only_the_chair_adds_one(dd: DraftDesk) -> None:
    orgs = {o["code"]: o for o in dd("orgs", "belgrade-2011", "--json").json()}
    assert orgs["SEECF"]["roles"] == ["chair"]
    assert "Serbian Chairmanship" in orgs["SEECF"]["name"]
    assert orgs["UNDP"] == {  # the sample is not signed yet: no keys
        "code": "UNDP",
        "name": "United Nations Development Programme",
        "roles": [],
        "colour": "",
    }
    assert "chair" in dd.refused("add-org", "belgrade-2011", "EU", "--name", "European Union", "--as", "UNDP")
    dd("add-org", "belgrade-2011", "EU", "--name", "European Union", "--as", "SEECF")
    eu = dd("orgs", "belgrade-2011").out.splitlines()[-1].split()
    assert eu[:3] == ["EU", "European", "Union"] and eu[-2:] == ["key", "here"] and len(eu[3]) == 16


def test_export_writes_every_format_to_a_file(dd: DraftDesk, tmp_path: Path) -> None:
    amendment = dd("propose", "belgrade-2011", "--as", "UNDP", "--delete", "OP7").out.strip()
    assert dd("export", "belgrade-2011").out.startswith("IV ANNUAL COORDINATION CONFERENCE")
    for fmt in ("md", "docx", "list"):
        dd("export", "belgrade-2011", "--format", fmt, "--view", "tracked", "-o", tmp_path / f"out.{fmt}")
    assert (tmp_path / "out.md").read_text().startswith("# ")
    assert (tmp_path / "out.docx").read_bytes()[:2] == b"PK"
    assert amendment in (tmp_path / "out.list").read_text()
    assert "-o FILE" in dd("export", "belgrade-2011", "--format", "docx", code=2).err


def test_export_without_format_writes_what_the_file_name_says(dd: DraftDesk, tmp_path: Path) -> None:
    for name in ("conclusions.docx", "conclusions.md", "conclusions.TXT"):
        dd("export", "belgrade-2011", "-o", tmp_path / name)
    assert (tmp_path / "conclusions.docx").read_bytes()[:2] == b"PK"
    assert (tmp_path / "conclusions.md").read_text().startswith("# ")
    assert (tmp_path / "conclusions.TXT").read_text().startswith("IV ANNUAL COORDINATION CONFERENCE")
