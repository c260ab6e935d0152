"""Legal documents: decrees, directives, circulars, resolutions, decisions."""

from __future__ import annotations

from dataclasses import dataclass, field

from coordx.extractors.common import Range
from coordx.models import LegalDocument
from coordx.text import Doc


@dataclass
class LegalResult:
    documents: list[LegalDocument] = field(default_factory=list)
    # normalised ranges of every mention (numbers inside are not dates or figures)
    claimed: list[Range] = field(default_factory=list)
    # normalised ranges of issue dates written with a document (role "issued")
    issued: list[Range] = field(default_factory=list)


def extract_legal(doc: Doc, warnings: list[str]) -> LegalResult:
    return LegalResult()
