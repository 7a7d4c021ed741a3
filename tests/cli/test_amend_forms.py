"""Written amendments that name sentences, words and merged paragraphs, tabled as a secretariat
would (`propose --instruction`), decided, listed and logged as tabled."""

from __future__ import annotations

from .runner import DraftDesk, show
from .test_amend import DRAFT, amendments, propose

SENTENCE = "In operative paragraph 6, delete the second sentence."
MERGE = "Merge operative paragraphs 5 and 6."
BIS = "A new operative paragraph 7 bis is inserted, reading: “Invite the Secretariat to report in 2012.”"
WORDS = "In operative paragraph 7, replace the last two words with “partner organizations”."


def test_sentences_words_merges_and_new_paragraphs_are_tabled_decided_and_listed_as_written(
    dd: DraftDesk,
) -> None:
    before = show(dd)
    ids = [propose(dd, org, "--instruction", text) for org, text in (("UNDP", SENTENCE), ("RCC", WORDS))]
    ids.append(propose(dd, "OSCE", "--instruction", BIS))
    listed = amendments(dd)
    assert [listed[aid]["instruction"] for aid in ids] == [SENTENCE, WORDS, BIS]
    assert [listed[aid]["targets"] for aid in ids] == [["OP6"], ["OP7"], ["new after OP7"]]
    for aid in ids:
        dd("accept", DRAFT, "--as", "SEECF", aid)
    after = show(dd)
    assert after["OP6"]["text"] == before["OP6"]["text"].split(" A regional event")[0]
    assert after["OP7"]["text"] == before["OP7"]["text"].replace(
        "international partners.", "partner organizations."
    )
    assert after["OP8"]["text"] == "Invite the Secretariat to report in 2012."

    merged = propose(dd, "UNDP", "--instruction", MERGE)
    dd("accept", DRAFT, "--as", "SEECF", merged)
    final = show(dd)
    assert final["OP5"]["text"] == (
        before["OP5"]["text"].removesuffix(".")
        + ", and welcome"
        + after["OP6"]["text"].removeprefix("Welcome")
    )
    assert final["OP6"]["text"] == after["OP7"]["text"]
    assert f"   Amendment:     {MERGE}\n" in dd("export", DRAFT, "--format", "list").out
    assert f"UNDP   propose  {merged}" in dd("log", DRAFT).out


def test_a_part_that_is_not_there_is_refused_in_one_line_and_nothing_is_stored(dd: DraftDesk) -> None:
    third = "In operative paragraph 7, delete the third sentence."
    line = dd.refused("propose", DRAFT, "--as", "UNDP", "--instruction", third)
    assert line.endswith("In operative paragraph 7: there is no third sentence (it has 1 sentence)")
    assert amendments(dd) == {}


def test_words_that_occur_twice_are_found_in_the_sentence_named(dd: DraftDesk) -> None:
    twice = "In operative paragraph 6, replace “RACVIAC” with “the Centre”."
    assert "occurs 2 times" in dd.refused("propose", DRAFT, "--as", "UNDP", "--instruction", twice)
    scoped = "In the second sentence of operative paragraph 6, replace “RACVIAC” with “the Centre”."
    dd("accept", DRAFT, "--as", "SEECF", propose(dd, "UNDP", "--instruction", scoped))
    assert "shall be co-organised by the Centre, RCC and PCC-SEE" in show(dd)["OP6"]["text"]
    assert show(dd)["OP6"]["text"].startswith("Welcome the readiness of RACVIAC")


ITEMS_AND_MOVES = """1. In subparagraph 4(e), replace “counter-terrorism matters” with “countering terrorism”.
2. In the paragraph beginning “Recognise the regional dimension”, subparagraph (d), delete “non-operative”.
3. In operative paragraph 4, add a new sub-paragraph (f) reading: “Cooperation on migration management;”
4. Move operative paragraph 7 to become operative paragraph 3.
5. Move operative paragraph 6 to before operative paragraph 2."""


def test_items_named_by_number_or_opening_words_new_items_and_moves_by_number(dd: DraftDesk) -> None:
    before = show(dd)
    aid = propose(dd, "UNDP", "--instruction", ITEMS_AND_MOVES)
    assert amendments(dd)[aid]["instruction"] == ITEMS_AND_MOVES
    pending = dd("show", DRAFT, "OP4", "--view", "compilation").out
    assert "OP4(f)  [New (UNDP): Cooperation on migration management;]" in pending
    dd("accept", DRAFT, "--as", "SEECF", aid)
    after = show(dd)
    order = [next(old for old in before if before[old]["id"] == after[f"OP{n}"]["id"]) for n in range(1, 8)]
    assert order == ["OP1", "OP6", "OP2", "OP7", "OP3", "OP4", "OP5"]
    assert after["OP6(e)"]["text"].startswith("Cooperation in countering terrorism to implement")
    assert after["OP6(d)"]["text"].endswith("on police development aid;")
    assert after["OP6(f)"]["text"] == "Cooperation on migration management;"
