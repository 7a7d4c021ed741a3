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
    for what in ("show", "orgs"):
        assert dd(what, "belgrade-2011", "--json").json() == dd(what, "again", "--json").json()


@pytest.mark.parametrize("source", CORPUS, ids=lambda path: path.stem)
def test_a_un_resolution_imports(dd: DraftDesk, source: Path) -> None:
    assert dd("import", source, "--slug", "resolution").out.strip() == str(Path("drafts") / "resolution")
