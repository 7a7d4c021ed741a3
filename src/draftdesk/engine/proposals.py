"""Pending proposals drawn into a paragraph: tracked changes and UN-style compilation brackets.

Both views read the pending amendments' edits as mapped on the agreed text and
group overlapping ones (competing proposals) into clusters, in voting order.
The tracked view shows each proposal as a deletion and an insertion followed by
a tag naming its organization, so colour is never the only cue. The compilation
view brackets the words in play and lists the alternatives after them:
"[note] [Alt 1 (UNDP): welcome] [Alt 2 (OSCE): acknowledge]". Words a proposal moves
say so at both ends: "[-…-] [UNDP: moved to OP8]" and "{+…+} [UNDP: moved here from OP6]",
"[words] [Alt 1 (UNDP): moved]" and "[Alt 1 (UNDP), moved here: words]".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from draftdesk.engine.markup import Piece
from draftdesk.engine.patches import Edit, apply_edits, joined_edits, overlaps


@dataclass(frozen=True, slots=True)
class Proposal:
    """One pending amendment's edits on one paragraph."""

    org: str
    edits: tuple[Edit, ...]
    moved: Callable[[str, str], str] | None = None
    """What a change from old to new words is when it is one end of a move ("moved to OP8",
    "moved here": :mod:`.moved_words`), "" otherwise."""

    def tag(self, old: str, new: str) -> str:
        return self.moved(old, new) if self.moved else ""


@dataclass(slots=True)
class Cluster:
    start: int
    end: int
    members: list[tuple[Proposal, list[Edit]]]


def clusters(text: str, proposals: list[Proposal]) -> list[Cluster]:
    """Overlapping edits grouped, in text order; members keep the proposals' (voting) order."""
    tagged = sorted(
        ((e, rank) for rank, p in enumerate(proposals) for e in joined_edits(text, p.edits)),
        key=lambda x: (x[0].start, x[0].end),
    )
    groups: list[list[tuple[Edit, int]]] = []
    for edit, rank in tagged:
        if groups and any(overlaps(edit, other) for other, _ in groups[-1]):
            groups[-1].append((edit, rank))
        else:
            groups.append([(edit, rank)])
    out = []
    for group in groups:
        by_rank: dict[int, list[Edit]] = {}
        for edit, rank in group:
            by_rank.setdefault(rank, []).append(edit)
        members = [(proposals[rank], edits) for rank, edits in sorted(by_rank.items())]
        out.append(Cluster(min(e.start for e, _ in group), max(e.end for e, _ in group), members))
    return out


def _walk(
    text: str,
    proposals: list[Proposal],
    plain: Callable[[str], str],
    cluster_pieces: Callable[[str, Cluster], list[Piece]],
) -> list[Piece]:
    pieces: list[Piece] = []
    pos = 0
    for cluster in clusters(text, proposals):
        pieces.append((plain(text[pos : cluster.start]), "", ""))
        pieces += cluster_pieces(text, cluster)
        pos = cluster.end
    pieces.append((plain(text[pos:]), "", ""))
    return [piece for piece in pieces if piece[0]]


def _tracked_cluster(text: str, cluster: Cluster) -> list[Piece]:
    if len(cluster.members) == 1 and len(cluster.members[0][1]) == 1:
        return _tracked_one(text, *cluster.members[0])
    pieces: list[Piece] = []
    for n, (proposal, edits) in enumerate(cluster.members):
        if n:  # "… [-old-]{+one+} [RUS] [-old-]{+other+} [USA]": each rival reads apart
            pieces.append((" ", "", ""))
        for edit in edits:
            pieces += [(text[edit.start : edit.end], proposal.org, "del"), (edit.text, proposal.org, "ins")]
        tag = next(filter(None, (proposal.tag(text[e.start : e.end], e.text) for e in edits)), "")
        pieces.append((_tag(proposal.org, tag), proposal.org, "tag"))
    return pieces


def _tag(org: str, what: str) -> str:
    return f" [{org}: {what}]" if what else f" [{org}]"


def _tracked_one(text: str, proposal: Proposal, edits: list[Edit]) -> list[Piece]:
    """One change: the space a deleted or inserted word takes with it stays outside the marks, so
    "the [-full-] [BLR] scope" reads with its spaces, not "the [-full -] [BLR]scope"."""
    (edit,) = edits
    old, new = text[edit.start : edit.end], edit.text
    lead = _common_space(old, new, leading=True)
    trail = _common_space(old[len(lead) :], new[len(lead) :], leading=False)
    cut = slice(len(lead), -len(trail) or None)
    pieces: list[Piece] = [(lead, "", ""), (old[cut], proposal.org, "del"), (new[cut], proposal.org, "ins")]
    return [*pieces, (_tag(proposal.org, proposal.tag(old, new)), proposal.org, "tag"), (trail, "", "")]


def _common_space(old: str, new: str, leading: bool) -> str:
    """The whitespace both wordings begin (or end) with; an empty wording takes the other's."""
    spaces = {w[: len(w) - len(w.lstrip())] if leading else w[len(w.rstrip()) :] for w in (old, new) if w}
    return spaces.pop() if len(spaces) == 1 else ""


def _compiled_cluster(text: str, cluster: Cluster) -> list[Piece]:
    """ "[old words] [Alt 1 (ORG): new words]", the spaces around the change left outside the brackets."""
    words = text[cluster.start : cluster.end]
    alternatives = []
    for proposal, edits in cluster.members:
        local = [Edit(e.start - cluster.start, e.end - cluster.start, e.text) for e in edits]
        moved = next(filter(None, (proposal.tag(text[e.start : e.end], e.text) for e in edits)), "")
        alternatives.append((proposal.org, apply_edits(words, local), moved))
    sample = words if words.strip() else alternatives[0][1]
    lead, trail = sample[: len(sample) - len(sample.lstrip())], sample[len(sample.rstrip()) :]
    pieces: list[Piece] = [(lead, "", "")]
    if words.strip():
        pieces.append((f"[{words.strip()}] ", "", "bracket"))
    for n, (org, alternative, moved) in enumerate(alternatives, 1):
        new = alternative.strip()  # a move's end alone in the brackets: the words leave, or arrive
        said = (
            f"[Alt {n} ({org}), {moved}: {new}]"
            if moved and new and not words.strip()
            else f"[Alt {n} ({org}): {new or moved or 'delete'}]"
        )
        pieces.append((said, org, "bracket"))
        if n < len(alternatives):
            pieces.append((" ", "", "bracket"))
    return [*pieces, (trail, "", "")]


def tracked_pieces(text: str, proposals: list[Proposal], plain: Callable[[str], str]) -> list[Piece]:
    return _walk(text, proposals, plain, _tracked_cluster)


def compiled_pieces(text: str, proposals: list[Proposal], plain: Callable[[str], str]) -> list[Piece]:
    return _walk(text, proposals, plain, _compiled_cluster)
