"""Headline figures: counts and amounts of what was done or mobilised."""

from __future__ import annotations

from coordx.extractors.common import Range
from coordx.models import Figure
from coordx.text import Doc


def extract_figures(doc: Doc, claimed: list[Range], warnings: list[str]) -> list[Figure]:
    """`claimed` are normalised ranges other extractors own (dates, documents)."""
    return []
