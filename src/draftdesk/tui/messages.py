"""Typed messages the widgets and workers post; the App's handlers own every state change."""

from __future__ import annotations

from dataclasses import dataclass

from textual.message import Message


@dataclass
class ParagraphSelected(Message):
    """A widget asks to select a paragraph (click in the view, outline node)."""

    paragraph_id: str
    """The stable id of the paragraph."""


@dataclass
class FolderChanged(Message):
    """The watcher saw files change in the drafts folder."""

    paths: tuple[str, ...]
    """The changed paths, for the log."""
