"""Named officials with rank, titles and roles."""

from __future__ import annotations

from dataclasses import dataclass, field

from coordx.extractors.common import Range
from coordx.models import Official
from coordx.text import Doc


@dataclass
class OfficialsResult:
    officials: list[Official] = field(default_factory=list)
    # normalised ranges of each official's mentions, parallel to `officials`
    ranges: list[list[Range]] = field(default_factory=list)


def extract_officials(doc: Doc, warnings: list[str]) -> OfficialsResult:
    return OfficialsResult()
