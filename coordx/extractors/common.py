"""Small pieces more than one extractor needs."""

from __future__ import annotations

import datetime as _dt

Range = tuple[int, int]


def iso_day(day: int, month: int, year: int | None) -> str | None:
    """`YYYY-MM-DD` (or `--MM-DD` without a year) for a real calendar day, else None."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    try:
        _dt.date(year if year is not None else 2000, month, day)  # 2000 is a leap year: 29/2 passes
    except ValueError:
        return None
    if year is None:
        return f"--{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def overlaps(start: int, end: int, ranges: list[Range]) -> bool:
    """Whether [start, end) overlaps any of `ranges`."""
    return any(start < e and s < end for s, e in ranges)


def find_words(lower: str, words: list[str] | tuple[str, ...] | set[str]) -> list[int]:
    """Start of every whole-word occurrence of `words` in `lower` (lower-case
    text). Finding literals is many times faster than an alternation scan."""
    found = []
    n = len(lower)
    for word in words:
        i = lower.find(word)
        while i >= 0:
            end = i + len(word)
            if (i == 0 or not lower[i - 1].isalnum()) and (end == n or not lower[end].isalnum()):
                found.append(i)
            i = lower.find(word, i + 1)
    return found
