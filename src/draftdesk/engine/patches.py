"""Word-boundary patches and the exact edits they stand for.

A modify operation is stored as a diff-match-patch patch (``patch_toText``)
together with the exact text it was made against. We never apply it with
``patch_apply``'s fuzzy matching (design §4): :func:`edits_from_patch` turns it
back into exact (start, end, replacement) edits on that text, checking every
character the patch claims to see, and the merge decides where they land.

Diffs are made on words: each word, run of spaces or punctuation mark becomes
one character (the way ``diff_linesToChars`` maps lines), so "note" -> "welcome"
is one replacement and no edit ever splits a word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple
from urllib.parse import unquote

from diff_match_patch import diff_match_patch

_TOKEN_RE = re.compile(r"\w+|\s+|[^\w\s]", re.UNICODE)
_DIFF_DELETE, _DIFF_EQUAL, _DIFF_INSERT = -1, 0, 1


class PatchError(ValueError):
    """A stored patch that does not describe its own base text."""


class Edit(NamedTuple):
    """Replace ``base[start:end]`` with ``text``; ``start == end`` is a pure insertion.

    A NamedTuple (immutable, read by attribute): a merge makes a few for each of
    thousands of amendments.
    """

    start: int
    end: int
    text: str

    @property
    def is_insertion(self) -> bool:
        return self.start == self.end


def _dmp() -> diff_match_patch:
    dmp = diff_match_patch()
    dmp.Diff_Timeout = 0  # exact diffs: paragraphs are short, determinism matters more
    return dmp


def tokens(text: str) -> list[str]:
    """Words, whitespace runs and single punctuation marks; they concatenate to ``text``."""
    return _TOKEN_RE.findall(text)


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """A diff-match-patch diff of ``a`` to ``b`` whose boundaries fall between words."""
    words_a, words_b = tokens(a), tokens(b)
    vocab = {tok: chr(0x100 + n) for n, tok in enumerate(dict.fromkeys(words_a + words_b))}
    code_a, code_b = "".join(map(vocab.__getitem__, words_a)), "".join(map(vocab.__getitem__, words_b))
    diffs = _dmp().diff_main(code_a, code_b, False)
    out = []
    at_a = at_b = 0  # each chunk stands for the next len(chunk) tokens of a (kept or deleted) or of b
    for op, chunk in diffs:
        if op == _DIFF_INSERT:
            out.append((op, "".join(words_b[at_b : at_b + len(chunk)])))
            at_b += len(chunk)
        else:
            out.append((op, "".join(words_a[at_a : at_a + len(chunk)])))
            at_a += len(chunk)
            at_b += len(chunk) if op == _DIFF_EQUAL else 0
    return out


def deleted_words(a: str, b: str) -> str:
    """What of ``a`` the word diff to ``b`` does not keep (joined with spaces)."""
    return " ".join(chunk for op, chunk in word_diff(a, b) if op == _DIFF_DELETE)


def diff_to_edits(diffs: Iterable[tuple[int, str]], offset: int = 0) -> list[Edit]:
    """Collapse a diff into edits on its source text, a deletion and insertion side by side as one.

    ``offset`` is where the diffed stretch starts in the source text (a patch hunk's place).
    """
    edits: list[Edit] = []
    pos = offset
    start: int | None = None
    inserted = ""
    for op, chunk in diffs:
        if op == _DIFF_EQUAL:
            if start is not None:
                edits.append(Edit(start, pos, inserted))
                start, inserted = None, ""
            pos += len(chunk)
            continue
        if start is None:
            start = pos
        if op == _DIFF_DELETE:
            pos += len(chunk)
        else:
            inserted += chunk
    if start is not None:
        edits.append(Edit(start, pos, inserted))
    return edits


def word_edits(a: str, b: str) -> list[Edit]:
    """The word-boundary edits that turn ``a`` into ``b``."""
    return diff_to_edits(word_diff(a, b))


_CLAUSE_BREAK = re.compile(r"[,;:.!?()\[\]“”\"]")
CLAUSE_GAP = 2
"""At most this many unchanged words between two changes of one clause make them one change."""


def clause_edits(base: str, new: str) -> list[Edit]:
    """The edits a wording typed anew makes, grouped as its author changed them: changes of one
    clause (no punctuation between them) separated by a few unchanged words are one replacement.

    A delegate who retypes "the full scope of the report" as "the statement on the report" replaced
    a phrase; the fewest differing words ("full scope" -> "statement", "of" -> "on") would show
    it as fragments the author never wrote."""
    out: list[Edit] = []
    for edit in word_edits(base, new):
        last = out[-1] if out else None
        gap = base[last.end : edit.start] if last else ""
        if last and not _CLAUSE_BREAK.search(gap) and len(gap.split()) <= CLAUSE_GAP:
            out[-1] = Edit(last.start, edit.end, last.text + gap + edit.text)
        else:
            out.append(edit)
    return out


def make_patch(base: str, new: str) -> str:
    """A word-mode patch from ``base`` to ``new``, as diff-match-patch text."""
    dmp = _dmp()
    return dmp.patch_toText(dmp.patch_make(base, word_diff(base, new)))


def patch_of_edits(base: str, edits: Sequence[Edit]) -> str:
    """A patch holding exactly these edits, each one change, as its author made them.

    ``make_patch`` finds the fewest words that differ; a written instruction says which
    words it replaces, and the views show that ("replace “Aware to the fact” with “Aware
    of the fact”" is one replacement, not "to" -> "of").
    """
    diffs: list[tuple[int, str]] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        diffs.append((_DIFF_EQUAL, base[pos : edit.start]))
        diffs += [(_DIFF_DELETE, base[edit.start : edit.end]), (_DIFF_INSERT, edit.text)]
        pos = edit.end
    diffs.append((_DIFF_EQUAL, base[pos:]))
    dmp = _dmp()
    return dmp.patch_toText(dmp.patch_make(base, [d for d in diffs if d[1]]))


def edits_from_patch(base: str, patch_text: str) -> list[Edit]:
    """Exact edits on ``base`` described by a patch made against it.

    Raises PatchError when the patch's context or deleted text is not found at
    the place it names: the patch was not made against ``base``.
    """
    edits: list[Edit] = []
    shift = 0  # patch_make counts each start1 after the earlier patches were applied
    for start1, growth, diffs in _hunks(patch_text):
        _check_context(base, edits, start1, shift, diffs)
        hunk = diff_to_edits(diffs, start1 - shift)
        if edits and hunk and hunk[0].start < edits[-1].end:
            raise PatchError(f"patch hunks out of order at offset {hunk[0].start}")
        edits.extend(hunk)
        shift += growth
    return edits


_HUNK_RE = re.compile(r"@@ -(\d+),?(\d*) \+(\d+),?(\d*) @@")
_SIGNS = {"+": _DIFF_INSERT, "-": _DIFF_DELETE, " ": _DIFF_EQUAL}


def _hunks(patch_text: str) -> list[tuple[int, int, list[tuple[int, str]]]]:
    """(start1, length2 - length1, diffs) per hunk of ``patch_toText`` output.

    The format's own reader (``patch_fromText``) is the merge's hottest call; this
    one reads the same text without building patch objects, unquoting only lines
    that hold an escape.
    """
    hunks: list[tuple[int, int, list[tuple[int, str]]]] = []
    diffs: list[tuple[int, str]] | None = None
    for line in patch_text.split("\n"):
        if not line:
            continue
        sign = line[0]
        if sign == "@":
            match = _HUNK_RE.fullmatch(line)
            if not match:
                raise PatchError(f"unreadable patch header: {line!r}")
            start, length1, _, length2 = match.groups()
            # as diff-match-patch writes them: no length means 1, and an empty range is
            # numbered from the character after it, not from 1
            first = int(start) if length1 == "0" else int(start) - 1
            growth = (1 if length2 == "" else int(length2)) - (1 if length1 == "" else int(length1))
            diffs = []
            hunks.append((first, growth, diffs))
        elif diffs is not None and sign in _SIGNS:
            text = line[1:]
            diffs.append((_SIGNS[sign], unquote(text) if "%" in text else text))
        else:
            raise PatchError(f"unreadable patch line: {line!r}")
    return hunks


def _check_context(base: str, done: list[Edit], start: int, shift: int, diffs: list[tuple[int, str]]) -> None:
    """Check a hunk's context and deleted text against the text the earlier hunks produced.

    A hunk's context may reach back into words the previous hunk inserted (two
    changes a few characters apart), so it is checked against the patched text;
    only when it starts past every earlier change is ``base`` itself enough.
    """
    seen = "".join(chunk for op, chunk in diffs if op != _DIFF_INSERT)
    if not done or start >= done[-1].end + shift:
        text, at = base, start - shift
    else:
        text, at = apply_edits(base, done), start
    if at < 0 or text[at : at + len(seen)] != seen:
        raise PatchError(f"patch does not match its base text at offset {max(at, 0)}")


def apply_edits(text: str, edits: Sequence[Edit]) -> str:
    """Apply non-overlapping edits given in ``text``'s own coordinates."""
    out: list[str] = []
    pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start < pos:
            raise PatchError(f"overlapping edits at offset {edit.start}")
        out.append(text[pos : edit.start])
        out.append(edit.text)
        pos = edit.end
    out.append(text[pos:])
    return "".join(out)


def joined_edits(text: str, edits: Iterable[Edit]) -> list[Edit]:
    """Edits with only spaces between them read as one change: "note the" -> "welcome all"."""
    out: list[Edit] = []
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        last = out[-1] if out else None
        if last and not text[last.end : edit.start].strip():
            out[-1] = Edit(last.start, edit.end, last.text + text[last.end : edit.start] + edit.text)
        else:
            out.append(edit)
    return out


def overlaps(a: Edit, b: Edit) -> bool:
    """Two edits on the same text compete: their ranges overlap, or both insert at one point.

    A pure insertion touching the edge of a replaced range competes with it too:
    "after 'justice' insert X" and "replace 'justice' with Y" cannot both be read.
    """
    if a.start == a.end:  # a pure insertion (is_insertion, read directly: every pair of rivals asks)
        return a.start == b.start if b.start == b.end else b.start <= a.start <= b.end
    if b.start == b.end:
        return a.start <= b.start <= a.end
    return a.start < b.end and b.start < a.end
