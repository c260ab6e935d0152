"""Small pieces more than one extractor needs."""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left
from collections.abc import Iterable

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


class RangeSet:
    """Ranges merged and sorted once, so that an overlap test is a binary
    search: documents with thousands of claimed ranges stay linear."""

    def __init__(self, ranges: Iterable[Range]) -> None:
        merged: list[list[int]] = []
        for s, e in sorted(ranges):
            if merged and s <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e)
            else:
                merged.append([s, e])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps any range."""
        i = bisect_left(self._starts, end) - 1
        return i >= 0 and self._ends[i] > start


def overlaps(start: int, end: int, ranges: RangeSet | list[Range]) -> bool:
    """Whether [start, end) overlaps any of `ranges` (a RangeSet for many)."""
    if isinstance(ranges, RangeSet):
        return ranges.overlaps(start, end)
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
