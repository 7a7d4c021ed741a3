"""A fall is history: an amendment that fell stays fallen through every revision."""

from __future__ import annotations

from .runner import DraftDesk
from .test_amend import DRAFT, amendments, propose

SHORTER = "In operative paragraph 1, replace “dominant global and regional” with “dominant regional”."
AFTER = "In operative paragraph 1, after “global and regional”, insert “security”."


def test_an_amendment_that_fell_stays_fallen_through_every_revision(dd: DraftDesk) -> None:
    """A/80/L.31's case: its insertion point survives the words it quoted (“global and regional”),
    but it needs those words: it stays fallen on every new base, cited as its paragraph stands."""
    later = propose(dd, "UNDP", "--instruction", AFTER)
    first = propose(dd, "OSCE", "--instruction", SHORTER)
    dd("accept", DRAFT, "--as", "SEECF", first)
    fell = amendments(dd)[later]
    assert (fell["status"], fell["targets"]) == ("fallen", ["OP1"])
    assert f"was changed by accepted {first}" in fell["fallen_reason"]

    dd("revise", DRAFT, "--as", "SEECF")
    other = propose(dd, "RCC", "--instruction", "In operative paragraph 2, replace “Recognise” with “Note”.")
    dd("accept", DRAFT, "--as", "SEECF", other)
    dd("revise", DRAFT, "--as", "SEECF")

    after = amendments(dd)[later]
    assert after["status"] == "fallen"
    assert after["fallen_reason"] == fell["fallen_reason"].replace("OP1:", "OP1 of Rev.0:", 1)
    assert "“global and regional” was changed" in after["fallen_reason"]
    assert "cannot be accepted" in dd.refused("accept", DRAFT, "--as", "SEECF", later)
    assert f"{later}: fallen\n" in dd("export", DRAFT, "--format", "list").out
    assert "dominant regional context" in dd("export", DRAFT, "--format", "txt").out
    assert "regional security context" not in dd("export", DRAFT, "--format", "txt").out


def test_rule_130_counts_the_words_an_amendment_takes_away_not_those_its_replacement_keeps(
    dd: DraftDesk,
) -> None:
    keeps = propose(
        dd,
        "UNDP",
        "--instruction",
        "In operative paragraph 1, replace “dominant global and regional” with"
        " “dominant global and regional, economic”.",
    )
    takes = propose(
        dd, "OSCE", "--instruction", "In operative paragraph 1, replace “global” with “worldwide”."
    )
    listed = amendments(dd)
    assert listed[takes]["vote"] == "1 of 2: takes 1 word away"
    assert listed[keeps]["vote"] == "2 of 2: takes no words away"


def test_accepting_the_amendment_voted_second_warns_of_the_one_voted_first(dd: DraftDesk) -> None:
    one = propose(dd, "UNDP", "--instruction", "In operative paragraph 4, replace “note” with “welcome”.")
    two = propose(dd, "OSCE", "--instruction", "In operative paragraph 4, replace “note” with “acknowledge”.")
    accepted = dd("accept", DRAFT, "--as", "SEECF", two)
    assert accepted.err.startswith(f"warning: {one} is voted first and was still pending\n")


def test_a_fall_quotes_the_words_around_an_insertion_as_the_text_reads(dd: DraftDesk) -> None:
    after = propose(
        dd, "UNDP", "--instruction", "In operative paragraph 1, after “financial”, insert “and monetary”."
    )
    shorter = (
        "In operative paragraph 1, replace “generalised financial, economic” with “generalised economic”."
    )
    dd("accept", DRAFT, "--as", "SEECF", propose(dd, "OSCE", "--instruction", shorter))
    assert "“financial,” was changed" in amendments(dd)[after]["fallen_reason"]


def test_the_chairs_reason_is_shown_even_when_the_ruling_agrees_with_the_rule(dd: DraftDesk) -> None:
    one = propose(dd, "UNDP", "--instruction", "In operative paragraph 4, replace “note” with “welcome”.")
    two = propose(dd, "OSCE", "--instruction", "In operative paragraph 4, replace “note” with “acknowledge”.")
    dd("order", DRAFT, "--as", "SEECF", one, "--before", two, "--reason", "sponsors agreed")
    assert amendments(dd)[one]["vote"] == "1 of 2: chair's ruling: sponsors agreed"


def test_a_revision_of_nothing_is_refused_in_one_line_and_writes_nothing(dd: DraftDesk) -> None:
    revisions = dd.cwd / DRAFT / "revisions"
    before = sorted(revisions.iterdir()) if revisions.is_dir() else []
    assert dd.refused("revise", DRAFT, "--as", "SEECF") == (
        "nothing to revise: no accepted amendment has changed Rev.0 (accept one first)"
    )
    rejected = propose(dd, "UNDP", "--instruction", SHORTER)
    dd("reject", DRAFT, "--as", "SEECF", rejected)
    assert "nothing to revise" in dd.refused("revise", DRAFT, "--as", "SEECF")
    assert (sorted(revisions.iterdir()) if revisions.is_dir() else []) == before
    dd("accept", DRAFT, "--as", "SEECF", propose(dd, "OSCE", "--instruction", AFTER))
    assert dd("revise", DRAFT, "--as", "SEECF").out.startswith("Rev.1 issued")
    assert "changed Rev.1" in dd.refused("revise", DRAFT, "--as", "SEECF")


def test_the_log_records_a_fall_once_at_the_acceptance_that_caused_it_through_revisions(
    dd: DraftDesk,
) -> None:
    later = propose(dd, "UNDP", "--instruction", AFTER)
    first = propose(dd, "OSCE", "--instruction", SHORTER)
    dd("accept", DRAFT, "--as", "SEECF", first)
    dd("revise", DRAFT, "--as", "SEECF")
    other = propose(dd, "RCC", "--instruction", "In operative paragraph 2, replace “Recognise” with “Note”.")
    dd("accept", DRAFT, "--as", "SEECF", other)
    dd("revise", DRAFT, "--as", "SEECF")
    events = dd("log", DRAFT, "--json").json()
    actions = [(e["action"], e["amendment"]) for e in events if e["action"] in ("accept", "fall", "revise")]
    assert actions == [("accept", first), ("fall", later), ("revise", ""), ("accept", other), ("revise", "")]
    (fall,) = [e for e in events if e["action"] == "fall"]
    accepted = next(e for e in events if e["action"] == "accept")
    assert (fall["at"], fall["by"]) == (accepted["at"], "SEECF")
    now = amendments(dd)[later]["fallen_reason"]  # cited as its paragraph stands after the revisions
    assert fall["note"] == now.replace("OP1 of Rev.0:", "OP1:", 1)
    assert f"was changed by accepted {first}" in fall["note"]
    assert f"fall     {later}  OP1: " in dd("log", DRAFT).out
