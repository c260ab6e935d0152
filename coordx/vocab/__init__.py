"""Vocabularies kept as data: one file per list, beside this module.

Formats (UTF-8, NFC; `#` starts a comment; the first comment says where the
list comes from):
- `NAME.txt`: one entry per line.
- `NAME.tsv`: tab-separated columns, one entry per line.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

from coordx.text import canonical_tones, nfc


def _lines(filename: str) -> list[str]:
    raw = resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")
    rows = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            rows.append(canonical_tones(nfc(line)))
    return rows


@cache
def words(name: str) -> tuple[str, ...]:
    """Entries of `NAME.txt`."""
    return tuple(line.strip() for line in _lines(f"{name}.txt"))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of `NAME.tsv`, each a tuple of stripped cells."""
    rows = [[cell.strip() for cell in line.split("\t")] for line in _lines(f"{name}.tsv")]
    width = max((len(r) for r in rows), default=0)
    # Empty trailing cells may be trimmed by editors: pad every row to full width.
    return tuple(tuple(r + [""] * (width - len(r))) for r in rows)


@cache
def province_forms() -> dict[str, str]:
    """Every written form of a province or centrally-run city (`provinces.tsv`:
    the name and its other forms) -> its canonical name."""
    return {form: row[0] for row in table("provinces") for form in [row[0], *row[2].split("|")] if form}


def alternation(entries: tuple[str, ...] | list[str], flexible_space: bool = True) -> str:
    """A regex alternation of `entries`, longest first so the longest form wins.

    With `flexible_space`, a space in an entry matches any run of spaces.
    """
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    parts = []
    for entry in ordered:
        if flexible_space:
            escaped = "[ ]+".join(regex.escape(word) for word in entry.split())
        else:
            escaped = regex.escape(entry)
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"
