"""Small pieces more than one extractor needs."""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import regex

Range = tuple[int, int]

# The last line against a pattern that runs away on text nobody foresaw. The
# extractors' patterns are bounded and anchored, and measured linear on
# adversarial text (bench/adversarial.py); still, a call that scans more than
# a few thousand characters gives up after this many seconds, and the
# pipeline reports that extractor as stopped instead of hanging a batch.
# (Shorter calls go without: a timeout triples the cost of a call, and a
# bounded pattern over a short window cannot run away.)
PATTERN_TIMEOUT = 5.0
_TIMED_SPAN = 4096


def _timeout(string: str, pos: int | None, endpos: int | None) -> float | None:
    span = (len(string) if endpos is None else endpos) - (pos or 0)
    return PATTERN_TIMEOUT if span > _TIMED_SPAN else None


class Pattern:
    """A compiled `regex` pattern whose scans of long text are bounded by
    PATTERN_TIMEOUT (raising TimeoutError). Anchored calls (`match`,
    `fullmatch`) consume at most what the bounded pattern allows."""

    __slots__ = ("_source", "_flags", "_pattern")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        # Compiled on first use: a run that never needs a pattern (one short
        # file, a single command) does not pay for compiling it.
        self._source = pattern
        self._flags = flags
        self._pattern: regex.Pattern[str] | None = None

    @property
    def _compiled(self) -> regex.Pattern[str]:
        if self._pattern is None:
            self._pattern = regex.compile(self._source, self._flags)
        return self._pattern

    def match(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        return self._compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        return self._compiled.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        return self._compiled.search(string, pos, endpos, timeout=_timeout(string, pos, endpos))

    def finditer(self, string: str, pos: int | None = None, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        return self._compiled.finditer(string, pos, endpos, timeout=_timeout(string, pos, endpos))

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str) -> str:
        return self._compiled.sub(repl, string, timeout=_timeout(string, None, None))

    def split(self, string: str) -> list[str | Any]:
        return self._compiled.split(string, timeout=_timeout(string, None, None))


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
