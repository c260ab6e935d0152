"""Normalise text for matching while keeping a map back to the input.

Extractors match on `Doc.text` (NFC, one space character, one dash, one tone
placement, no zero-width or bidi controls, LF line ends) and report offsets in
`Doc.original` through `Doc.span`, so `original[span.start:span.end] ==
span.text` holds for every mention whatever form the input came in (NFD,
Windows-1258's base letter + combining tone, CRLF, NBSP ...).
"""

from __future__ import annotations

import unicodedata
from array import array
from dataclasses import dataclass, field

import regex

from coordx.models import Span

# One replacement per character; "" deletes it. Why each: NBSP and friends
# split words exactly like a space; the look-alike Icelandic Eth (U+00D0) is
# typed for Đ in real articles ("NÐ-CP"); dashes of every width separate a
# name from its titles the same way; zero-width and bidi controls are
# invisible and only break words apart.
_REPLACE = {
    "\u00a0": " ",
    "\u2007": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u200a": " ",
    "\u3000": " ",
    "\t": " ",
    "\u00d0": "\u0110",
    "\u00f0": "\u0111",
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u2028": "\n",
    "\u2029": "\n",
    "\r": "\n",
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    "\u00ad": "",
    "\u200e": "",
    "\u200f": "",
    "\u202a": "",
    "\u202b": "",
    "\u202c": "",
    "\u202d": "",
    "\u202e": "",
    "\u2066": "",
    "\u2067": "",
    "\u2068": "",
    "\u2069": "",
}
_NEEDS_SLOW_PATH = regex.compile("[" + regex.escape("".join(_REPLACE)) + "]")

# New-style tone placement ("Uỷ", "hoà", "thuỷ") moved to the canonical old
# style ("Ủy", "hòa", "thủy") when the diphthong ends the syllable. "qu" + y
# keeps its tone on y ("quý"), so a preceding q is excluded.
_TONED = "àáảãạèéẻẽẹỳýỷỹỵÀÁẢÃẠÈÉẺẼẸỲÝỶỸỴ"
_TONE_PLACEMENT = regex.compile(r"(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})")


def _move_tone(m: regex.Match[str]) -> str:
    first, toned = m.group()
    base, mark = unicodedata.normalize("NFD", toned)[0], unicodedata.normalize("NFD", toned)[1:]
    return unicodedata.normalize("NFC", first + mark) + base


def canonical_tones(text: str) -> str:
    """Move tone marks to the canonical position; length is preserved."""
    if not any(c in _TONED for c in text):
        return text
    return _TONE_PLACEMENT.sub(_move_tone, text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Doc:
    """A document as read (`original`) and as matched (`text`)."""

    original: str
    text: str
    # For normalised index i: where its source starts/ends in `original`.
    # None when the two are the same length and aligned one to one.
    _starts: array | None = field(default=None, repr=False)
    _ends: array | None = field(default=None, repr=False)

    @classmethod
    def from_text(cls, original: str) -> Doc:
        if not _NEEDS_SLOW_PATH.search(original) and unicodedata.is_normalized("NFC", original):
            return cls(original, canonical_tones(original))
        return cls._mapped(original)

    @classmethod
    def _mapped(cls, original: str) -> Doc:
        out: list[str] = []
        starts = array("l")
        ends = array("l")
        n = len(original)
        i = 0
        while i < n:
            j = i + 1
            if original[i] == "\r" and j < n and original[j] == "\n":
                j += 1  # CRLF is one line end
            else:
                while j < n and unicodedata.combining(original[j]):
                    j += 1
            cluster = original[i:j]
            if cluster == "\r\n":
                piece = "\n"
            else:
                piece = nfc("".join(_REPLACE.get(c, c) for c in cluster))
            for ch in piece:
                out.append(ch)
                starts.append(i)
                ends.append(j)
            i = j
        return cls(original, canonical_tones("".join(out)), starts, ends)

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) to the original text."""
        if self._starts is None or self._ends is None:
            return start, end
        if start >= end:
            pos = self._starts[start] if start < len(self._starts) else len(self.original)
            return pos, pos
        return self._starts[start], self._ends[end - 1]

    def span(self, start: int, end: int) -> Span:
        s, e = self.original_range(start, end)
        return Span(text=self.original[s:e], start=s, end=e)
