"""Written instructions, both ways: an amendment as delegations write it, and back.

"In operative paragraph 4, after “justice” insert “, home affairs”; replace “note”
with “welcome”." is generated from an amendment's operations, and the same grammar
(plus the variants real amendment documents use) parses back into operations.

Grammar read (keywords in any case; quotes “ ” " " ‘ ’ ' ' alike; "1. … 2. …" or
"(a) … (b) …" or plain sentences one after another, or changes chained by a semicolon ("…; in
operative paragraph 4, delete …", also "; and" or ", and"; "in the same paragraph" names the one
before); every change to one paragraph makes one modify
operation, each clause reading the text as the clauses before left it, or as tabled
when its words are no longer there):
- "In <paragraphs>, <clause>; <clause> and <clause>." (or "<Paragraph>: …", and
  "In operative paragraph 4, subparagraph (c), …") with clauses "after “x”
  insert “y”", "before “x” insert “y”", "insert “y” after “x”", "insert “y”
  between “a” and “b”", "replace (the
  words) “x” with/by (the words) “y”" (and “z” with “w”), "delete/strike out/remove (the words)
  “x” (and “z”) (and the footnote)", "at the beginning/end (of the paragraph)
  insert/add “y”" (words added at the end go before the paragraph's closing ";" or
  ","), "add at the end … (the words) “y”", "add the following sentence at the end: “y”" (after
  a full stop, before the closing mark), "insert the following words after “x”: “y”", "… wherever
  it appears"; a sentence of clauses
  alone continues the paragraphs named before; the paragraph may also come after
  the clause ("delete “x” in/from operative paragraph 4") or inside it ("after the words
  “x” in operative paragraph 3, insert “y”"), the clause be passive ("the
  words “x” should be / are replaced by “y”", "… is deleted"), and "At the
  end/beginning of <paragraph>, add “y”" or "Add the following at the end of
  <paragraph>: “y”" names both; a part named rather than quoted ("delete the second sentence",
  "replace the first sentence with “y”", "delete the last three words", "after the first sentence of
  operative paragraph 3, insert “y”", "the last word of the first sentence is deleted": :mod:`.parts`),
  and quoted words looked for in one sentence ("In the second sentence of operative paragraph 3, …");
- "Replace “x” with “y” in the title, the preambular paragraphs and the operative
  paragraphs" / "throughout the text" / "wherever it appears (in the text)": every
  whole-word occurrence in those parts, the footnotes its words carry or bring included
  (the title is a paragraph like the others: "In the title, …", "Amend the title to read: …");
- "After/Before <paragraph>, insert a new operative paragraph / the following
  preambular paragraph / two new operative paragraphs / a new sub-paragraph /
  heading, reading / to read as follows: <text>" (also "Insert, after <paragraph>, the following new
  paragraph: <text>", "At the beginning / end (of the
  preamble), insert …", "Add a new operative paragraph at the end …", "Insert a new …
  after <paragraph>, reading:", "Insert a new operative paragraph 4 bis: …", "A new operative
  paragraph 5 bis is inserted, reading: …" and "Add a new sub-paragraph (c) to operative paragraph
  4, reading: …", and in a sentence about the paragraph, "In operative paragraph 4, add a new
  sub-paragraph (f) / (b bis), reading: …", "…, after subparagraph (b), insert a new subparagraph"),
  "Insert a new operative paragraph 5, reading: …" (the fifth once it is in);
  the text is quoted, or runs to the next numbered instruction; several new
  paragraphs are separated by blank lines;
- "Replace (the text of) <paragraph> with the following text: <text>", "Amend/Change
  <paragraph> to read: <text>", "Amend <paragraph> as follows: <text>" (or clauses after it),
  "<Paragraph> should (be amended to) read as follows: <text>", "In <paragraph>, replace the existing
  text with the following: <text>",
  "<Paragraph> to be replaced by: <text>";
- "Delete <paragraphs> (and renumber …).", "<Paragraphs> is/shall be deleted." and
  "Delete <paragraph> reading: <its wording>" (checked); the title is amended, never deleted;
- "Merge/Combine <paragraphs> (to read: <text>)", "<Paragraphs> should be merged" (:mod:`.merging`);
- "Move/Place <paragraphs> to follow / to precede / (to) after / (to) before <paragraph> (, as a
  sub-paragraph of <paragraph>).", "<Paragraph> should be moved to …", "Move <paragraph> to become
  <paragraph>" / "<Paragraph> should become <paragraph>" (the place that number is to have), "Move
  <paragraph> to the beginning / the end."; "Swap <paragraphs>", "<Paragraph> should be interchanged
  with <paragraph>", "Reverse the order of <paragraphs>" (:mod:`.moving`); "Move the second sentence
  of <paragraph> to the end / beginning of <paragraph>", "… to after / before the first sentence of
  <paragraph>", "In <paragraph>, move the words “x” to after / before “y”", "Move “x” in <paragraph> to
  the end of <paragraph>", "Swap the first and second sentences of <paragraph>", "Move the second
  sentence of <paragraph> and make it a new operative paragraph 5 / to a new paragraph after
  <paragraph>" (:mod:`.moving_parts`); "Renumber accordingly." is
  read and ignored (numbers follow the order anyway);
a paragraph an earlier change of the instruction adds is named "the new operative paragraph 4 bis"
(or "operative paragraph 4 bis", or "the new preambular paragraph" when it is the only one): its
wording changed, or new paragraphs placed after it, never deleted or moved by the same instruction;
where <paragraph> is "operative paragraph 4 (c)", "the third preambular
paragraph", "preambular paragraph 3", "PP3", "OP4(c)", "(the) sub-paragraph (c) of
operative paragraph 4", "the chapeau of operative paragraph 4", "… of the annex",
"operative clause 4", "the last preambular paragraph", "the title", "the paragraph
beginning “Welcomes …”" (its items: "…, subparagraph (b)"), "subparagraph 1 (c)", or a paragraph
id (in a sentence about a paragraph, "subparagraph (b)" alone is its item), and <paragraphs> one
or a list of them ("subparagraphs 1 (a) and (c)", "subparagraphs (a) and (c) of operative
paragraph 1", "operative paragraphs 27 and 43", "preambular paragraphs 3 to 5" (or "3 through 5",
"3 to 5, inclusive"), "the twenty-first preambular paragraph and operative paragraphs 35, 38 and
39", "the first and third preambular paragraphs").
Footnotes: "[^1]" in quoted words is a note the paragraph has (so is a document's asterisk
glued to a word, "Court* that"); in new words, a
note defined after the instruction as "[^1]: text" (:mod:`.notes`). An amendment
document as printed gives its instruction through :mod:`.document`.

Quoted words are matched as :mod:`.text` documents (whitespace runs alike, whole
words, markup looked through when needed). Quoted words that occur more than
once are an error (quote more words), as is anything the grammar cannot read:
nothing is returned unless all of it applies. Paragraphs are named by their numbers
as tabled, and each change is placed on the text as the changes before it left it,
paragraphs placed after one paragraph standing in the order written (:mod:`.layout`).
Generation (:mod:`.writing`) only writes what parses back to the same operations.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from draftdesk.engine.instructions.errors import InstructionError

if TYPE_CHECKING:
    from draftdesk.engine.instructions.paragraphs import numbered_text
    from draftdesk.engine.instructions.reading import parse_instruction
    from draftdesk.engine.instructions.writing import written_form

__all__ = ["InstructionError", "numbered_text", "parse_instruction", "written_form"]


def __getattr__(name: str) -> object:
    """The grammar is loaded at its first use (``instructions.written_form(…)``), not by every
    import of the package: it compiles some forty regular expressions, a sixth of what
    ``draftdesk open`` imported before its first screen, which needs none of them."""
    if name == "parse_instruction":
        from draftdesk.engine.instructions.reading import parse_instruction

        return parse_instruction
    if name == "written_form":
        from draftdesk.engine.instructions.writing import written_form

        return written_form
    if name == "numbered_text":
        from draftdesk.engine.instructions.paragraphs import numbered_text

        return numbered_text
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
