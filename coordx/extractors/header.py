"""The headline and the publication date at the top of an article."""

from __future__ import annotations

from dataclasses import dataclass

from coordx.models import DateMention
from coordx.text import Doc


@dataclass
class Header:
    title: str | None = None
    published: DateMention | None = None
    # normalised offsets of what the header claimed (the date marker, the posting line)
    claimed: list[tuple[int, int]] | None = None


def extract_header(doc: Doc, warnings: list[str]) -> Header:
    return Header(claimed=[])
