"""``draftdesk import``: the bundled sample is the seed as imported, and it survives export txt → import."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from .runner import DATA, SAMPLE, DraftDesk

SEED = DATA / "seeds" / "belgrade-2011-conclusions.txt"
CORPUS = sorted(DATA.glob("corpus/*.txt"))


def test_the_bundled_sample_is_what_importing_the_seed_makes(dd: DraftDesk, tmp_path: Path) -> None:
    done = dd("import", SEED, "--slug", "fresh", "--chair", "SEECF")
    assert done.out.strip() == str(Path("drafts") / "fresh")
    fresh = tomllib.loads((tmp_path / "drafts" / "fresh" / "draft.toml").read_text())
    assert fresh == tomllib.loads((SAMPLE / "draft.toml").read_text()), (
        "drafts/belgrade-2011 is stale: rebuild it with "
        "`draftdesk import <seed> --drafts drafts --slug belgrade-2011 --chair SEECF`"
    )


def test_the_sample_round_trips_through_txt(dd: DraftDesk, tmp_path: Path) -> None:
    dd("export", "belgrade-2011", "--format", "txt", "-o", tmp_path / "exported.txt")
    dd("import", tmp_path / "exported.txt", "--slug", "again", "--chair", "SEECF")
    assert dd("show", "belgrade-2011", "--json").json() == dd("show", "again", "--json").json()
    orgs = [dd("orgs", draft, "--json").json() for draft in ("belgrade-2011", "again")]
    same = ("code", "name", "roles", "colour")  # not the keys: the import made new ones here
    assert [[{k: o[k] for k in same} for o in listed] for listed in orgs] == [orgs[0]] * 2


@pytest.mark.parametrize("source", CORPUS, ids=lambda path: path.stem)
def test_a_un_resolution_imports(dd: DraftDesk, source: Path) -> None:
    assert dd("import", source, "--slug", "resolution").out.strip() == str(Path("drafts") / "resolution")


def _revised(source: Path, out: Path) -> Path:
    """A Rev.1 of a committee draft: one preambular paragraph reworded, one gone, OP2 new."""
    text = source.read_text(encoding="utf-8").replace("A/C.1/80/L.27", "A/C.1/80/L.27/Rev.1")
    text = text.replace("Noting the peace negotiations", "Noting with hope the peace negotiations")
    gone = text.index("Expressing concern at the persistent")
    text = text[:gone] + text[text.index("Taking note of the report") :]
    lines, renumbered = text.split("\n"), []
    for line in lines:
        number = line.strip().rstrip(".")
        if line.strip().endswith(".") and number.isdigit() and int(number) >= 2:
            line = f"{int(number) + 1}. "
        renumbered.append(line)
    at = renumbered.index("3. ")
    renumbered[at:at] = ["2. ", "Welcomes the work of the Union for the Mediterranean;", " "]
    out.write_text("\n".join(renumbered), encoding="utf-8")
    return out


def test_a_revised_text_becomes_the_next_revision_with_its_paragraphs_lined_up(
    dd: DraftDesk, tmp_path: Path
) -> None:
    source = DATA / "corpus" / "un" / "A_C.1_80_L.27.txt"
    dd("import", source, "--slug", "med")
    before = dd("show", "med", "--json").json()
    amendment = dd(
        "propose", "med", "--as", "CHAIR", "OP5", "--text", "Calls upon all countries."
    ).out.split()[0]
    revised = _revised(source, tmp_path / "rev1.txt")
    done = dd("import", revised, "--revision-of", "med", "--as", "CHAIR", "--json").json()
    pairs = {(p["old"], p["new"]) for p in done["concordance"]}
    assert done["revision"] == 1
    assert {
        ("PP11", "PP11"),
        ("PP12", ""),
        ("PP13", "PP12"),
        ("OP1", "OP1"),
        ("OP2", "OP3"),
        ("", "OP2"),
    } <= pairs
    after = dd("show", "med", "--json").json()
    assert len(after) == len(before) and after[1]["id"] == before[1]["id"]
    listed = dd("list", "med").out
    assert amendment in listed and "now OP6" in listed


def test_a_revision_needs_the_chair(dd: DraftDesk, tmp_path: Path) -> None:
    source = DATA / "corpus" / "un" / "A_C.1_80_L.27.txt"
    dd("import", source, "--slug", "med")
    assert "--as" in dd("import", source, "--revision-of", "med", code=2).err
    dd("add-org", "med", "--as", "CHAIR", "MLT", "--name", "Malta")
    refused = dd.refused("import", source, "--revision-of", "med", "--as", "MLT")
    assert refused == "only the chair may issue a revision; MLT does not hold the chair"


def test_a_paragraph_that_grows_in_the_new_text_is_still_the_same_paragraph(dd: DraftDesk) -> None:
    """A/80/L.27 is the new text of A/80/L.3: its OP1 'Takes note of the report of the
    Secretary-General' became 'Welcomes the report of the Secretary-General on the persistent legacy
    of the Chornobyl disaster' — revised, not deleted and replaced. Old OP10 is new OP14, though the
    new OP13 before it shares many of its words: an amendment to it stays on it."""
    un = DATA / "corpus" / "un"
    dd("import", un / "A_80_L.3.txt", "--slug", "chornobyl")
    session = "In operative paragraph 10, replace “eighty-third session” with “eighty-second session”."
    amendment = dd("propose", "chornobyl", "--as", "CHAIR", "--instruction", session).out.split()[0]
    done = dd("import", un / "A_80_L.27.txt", "--revision-of", "chornobyl", "--as", "CHAIR", "--json").json()
    pairs = {(p["old"], p["new"]) for p in done["concordance"]}
    assert {("OP1", "OP1"), ("OP10", "OP14"), ("", "OP13")} <= pairs
    assert f"{amendment}  tabled  CHAIR  Rev.0: OP10, now OP14" in dd("list", "chornobyl").out
    revisions = sorted((dd.cwd / "drafts" / "chornobyl" / "revisions").iterdir())
    again = dd.refused("import", un / "A_80_L.27.txt", "--revision-of", "chornobyl", "--as", "CHAIR")
    assert again == "nothing to revise: A_80_L.27.txt is Rev.1 as it stands"
    assert sorted((dd.cwd / "drafts" / "chornobyl" / "revisions").iterdir()) == revisions


def test_a_lettered_decision_is_shown_and_amended_as_delegates_cite_it(dd: DraftDesk) -> None:
    """A/80/L.1: three preambular paragraphs, then the decision's own clauses "(a)", "(b)"."""
    dd("import", DATA / "corpus" / "un" / "A_80_L.1.txt", "--slug", "l1", "--chair", "PGA")
    shown = [line.split()[0] for line in dd("show", "l1").out.splitlines()]
    assert [label for label in shown if label[:2] in ("PP", "OP")] == ["PP1", "PP2", "PP3", "OP(a)", "OP(b)"]
    assert dd("show", "l1", "paragraph (b)").out.split()[:2] == ["OP(b)", "Endorses"]
    dd("add-org", "l1", "FRA", "--name", "France", "--as", "PGA")
    dd(
        "propose",
        "l1",
        "--as",
        "FRA",
        "--instruction",
        "In paragraph (b), replace “Endorses” with “Welcomes”.",
    )
    dd("propose", "l1", "--as", "FRA", "--instruction", "In the third preambular paragraph, delete “B”.")
    dd("propose", "l1", "--as", "FRA", "--delete", "subparagraph (a)")
    listed = dd("list", "l1").out
    assert "Rev.0: OP(b)" in listed and "Rev.0: PP3" in listed and "Rev.0: OP(a)" in listed
    assert "Delete paragraph (a)." in listed
    refused = dd.refused("propose", "l1", "--as", "FRA", "--insert-after", "(b)", "--text", "Decides.")
    assert refused == "OP(b) is a clause of the decision itself: a new clause after it cannot be placed yet"


def test_a_joint_declaration_of_ministers_is_imported_amended_and_exported_in_its_own_form(
    dd: DraftDesk, tmp_path: Path
) -> None:
    dd("import", DATA / "outcomes" / "aii-joint-declaration.txt", "--slug", "aii", "--chair", "HRV")
    assert dd("show", "aii", "OP2(b)").out.split()[:2] == ["OP2(b)", "support"]
    dd("add-org", "aii", "GRC", "--name", "Greece", "--as", "HRV")
    dd("propose", "aii", "--as", "GRC", "--instruction", "In operative paragraph 2 (c), delete “next”.")
    assert "Rev.0: OP2(c)" in dd("list", "aii").out
    printed = dd("export", "aii", "--format", "txt", "-o", tmp_path / "aii.txt")
    text = (tmp_path / "aii.txt").read_text(encoding="utf-8")
    assert printed.code == 0 and text.startswith("MINISTERIAL MEETING") and "United Nations\n" not in text
    assert "JOINT DECLARATION" in text and "The Ministers of Foreign Affairs" in text
    dd("import", tmp_path / "aii.txt", "--slug", "again", "--chair", "HRV")
    assert dd("show", "again").out == dd("show", "aii", "--view", "base").out
