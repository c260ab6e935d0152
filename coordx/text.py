"""Normalise text for matching while keeping a map back to the input.

Extractors match on `Doc.text` (NFC, one space character, one dash, one tone
placement, no zero-width or bidi controls, LF line ends) and report offsets in
`Doc.original` through `Doc.span`, so `original[span.start:span.end] ==
span.text` holds for every mention whatever form the input came in (NFD,
Windows-1258's base letter + combining tone, CRLF, NBSP ...).
"""

from __future__ import annotations

import re
import unicodedata
from array import array
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import regex

from coordx.patterns import Pattern

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
# Characters replaced one for one keep offsets aligned (the fast path);
# deletions, CRLF and combining marks need the offset map (the slow path).
_DELETED = "".join(k for k, v in _REPLACE.items() if not v)
# The standard library's engine scans a plain character class about twice as
# fast as `regex` does.
_REPLACEABLE = re.compile("[" + re.escape("".join(_REPLACE)) + "]")


def _translate(text: str, keep_length: bool = False, present: set[str] | None = None) -> str:
    # str.replace per character present is many times faster than str.translate
    for ch in set(_REPLACEABLE.findall(text)) if present is None else present:
        if keep_length and not _REPLACE[ch]:
            continue
        text = text.replace(ch, _REPLACE[ch])
    return text


# A unit of the slow path: a line end, a letter with its combining marks, a deleted character.
_CLUSTER = Pattern(r"\r\n|\P{M}?\p{M}+|[" + regex.escape(_DELETED) + "]")
# The same without marks to look for: a much cheaper scan (CRLF files).
_CLUSTER_NO_MARKS = Pattern(r"\r\n|[" + regex.escape(_DELETED) + "]")
_MARK = Pattern(r"\p{M}")

# New-style tone placement ("Uỷ", "hoà", "thuỷ") moved to the canonical old
# style ("Ủy", "hòa", "thủy") when the diphthong ends the syllable. "qu" + y
# keeps its tone on y ("quý"), so a preceding q is excluded.
_TONE_PLACEMENT = Pattern(r"(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?!\p{L})")


def _move_tone(m: regex.Match[str]) -> str:
    first, toned = m.group()[0], m.group()[1]
    base, mark = unicodedata.normalize("NFD", toned)[0], unicodedata.normalize("NFD", toned)[1:]
    return unicodedata.normalize("NFC", first + mark) + base


def canonical_tones(text: str) -> str:
    """Move tone marks to the canonical position; length is preserved."""
    return _TONE_PLACEMENT.compiled.sub(_move_tone, text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


_DIGIT_RUN = Pattern(r"\d+")
# Abbreviations written with a full stop inside a sentence: "TP. Cần Thơ",
# "TX. Sơn Tây", "PGS. TS. Nguyễn Văn A".
_SENTENCE_END = Pattern(r"(?<!(?<!\p{L})(?:TP|Tp|TX|Tx|TT|ThS|TS|PGS|GS))[.!?](?=[ \n]|$)|\n")


_WRAPPED_LINE = 40  # a line broken by wrapping is at least this long
_WRAPPED_TEXT = 2  # lines going on in lower case that show the text wrapped
_FULL_LINE = 0.75  # of the wrapping width: a line this long was full
_LINE_ENDS = ".!?:;"
# what starts a line of its own: a bullet or dash, a numbered item ("1.",
# "II.", "a)"), a table row, a page number ("- 2 -", "Trang 2/5"), a label
# ("Địa chỉ liên hệ: …", "Nơi nhận:")
_OWN_LINE = Pattern(r"[-–•*+|>]|(?:\d{1,2}|[IVX]{1,5}|[a-zđ])[.)][ ]|(?i:trang)[ ]+\d|\p{Lu}[\p{L}\d ]{0,30}:")


class Located(NamedTuple):
    """A stretch of the input as read: `original[start:end] == text`."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Doc:
    """A document as read (`original`) and as matched (`text`)."""

    original: str
    text: str
    # For normalised index i: where its source starts/ends in `original`.
    # None when the two are the same length and aligned one to one.
    _starts: array[int] | None = field(default=None, repr=False)
    _ends: array[int] | None = field(default=None, repr=False)

    @classmethod
    def from_text(cls, original: str) -> Doc:
        # Aligned one to one unless a character is deleted, CRLF becomes LF or
        # NFC composes (combining marks left in NFC text keep their places).
        present = set(_REPLACEABLE.findall(original))
        if "\r\n" not in original and present.isdisjoint(_DELETED):
            text = _translate(original, present=present)
            if unicodedata.is_normalized("NFC", text):
                return cls(original, canonical_tones(text))
        return cls._mapped(original)

    @classmethod
    def _mapped(cls, original: str) -> Doc:
        # One-for-one replacements first, on the whole text: positions stay.
        aligned = _translate(original, keep_length=True)
        pieces: list[str] = []
        starts = array("l")
        ends = array("l")
        done = 0
        clusters = (_CLUSTER if _MARK.compiled.search(original) else _CLUSTER_NO_MARKS).compiled
        for m in clusters.finditer(original):
            if m.start() > done:  # an aligned run: copied one for one
                pieces.append(aligned[done : m.start()])
                starts.extend(range(done, m.start()))
                ends.extend(range(done + 1, m.start() + 1))
            cluster = m.group()
            if cluster == "\r\n":
                piece = "\n"
            elif cluster in _DELETED:
                piece = ""
            else:
                piece = nfc(_translate(aligned[m.start() : m.end()]))
            pieces.append(piece)
            starts.extend([m.start()] * len(piece))
            ends.extend([m.end()] * len(piece))
            done = m.end()
        if done < len(original):
            pieces.append(aligned[done:])
            starts.extend(range(done, len(original)))
            ends.extend(range(done + 1, len(original) + 1))
        text = "".join(pieces)
        if not unicodedata.is_normalized("NFC", text):
            # rare singletons (e.g. the Ohm sign) that NFC maps without marks
            return cls._mapped_per_char(original)
        return cls(original, canonical_tones(text), starts, ends)

    @classmethod
    def _mapped_per_char(cls, original: str) -> Doc:
        pieces: list[str] = []
        starts = array("l")
        ends = array("l")
        for i, ch in enumerate(original):
            piece = nfc(_translate(ch))
            pieces.append(piece)
            starts.extend([i] * len(piece))
            ends.extend([i + 1] * len(piece))
        return cls(original, canonical_tones("".join(pieces)), starts, ends)

    @cached_property
    def sentences(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence of `text`, in order, covering it all.
        A sentence ends at ".", "!" or "?" before a space or the end, or at a
        line end — not at the full stop of an abbreviation ("TP. Cần Thơ")."""
        bounds = []
        start = 0
        for m in _SENTENCE_END.compiled.finditer(self.text):
            bounds.append((start, m.end()))
            start = m.end()
        bounds.append((start, len(self.text)))
        return bounds

    @cached_property
    def digit_runs(self) -> list[tuple[int, int]]:
        """(start, end) of each run of digits of `text`, in order: every date,
        document number and figure holds one, and each extractor looks there."""
        return [m.span() for m in _DIGIT_RUN.finditer(self.text)]

    @cached_property
    def lower(self) -> str:
        """`text` in lower case, for finding literal words fast; same length as
        `text` (a character whose lower case is longer is left as it is)."""
        low = self.text.lower()
        if len(low) == len(self.text):
            return low
        return "".join(c if len(c.lower()) != 1 else c.lower() for c in self.text)

    def blanked(self, ranges: list[tuple[int, int]]) -> Doc:
        """The same document with `text` in `ranges` made spaces (line ends
        kept): nothing there is matched, and every offset stays."""
        if not ranges:
            return self
        pieces = []
        done = 0
        for start, end in sorted(ranges):
            start = max(start, done)
            pieces.append(self.text[done:start])
            pieces.append("".join(c if c == "\n" else " " for c in self.text[start:end]))
            done = max(done, end)
        pieces.append(self.text[done:])
        return Doc(self.original, "".join(pieces), self._starts, self._ends)

    def unwrapped(self, start: int = 0) -> Doc:
        """The same document with the line breaks inside hard-wrapped
        paragraphs made spaces, from `start` on (text from PDFs, printed
        reports and mail, broken every 70 to 110 characters): a name, a title
        or a figure broken over two lines is read whole, and every offset
        stays. A break is a wrap when a long line (not ending a sentence or a
        clause) goes on in lower case ("… Ủy viên Trung ương Đảng, Thứ" /
        "trưởng Bộ Quốc phòng"); where two lines or more do, the text is
        wrapped, and a full line also goes on into a capital or a digit
        ("Chỉ huy trưởng Bộ Chỉ huy" / "Quân sự tỉnh"). A bullet, a numbered
        item, a table row or a page number starts a line of its own."""
        text = self.text
        lines = text.split("\n")
        breaks: list[tuple[int, int, bool]] = []  # (where, the line's length, goes on in lower case)
        nl = -1
        for line, after in zip(lines, lines[1:], strict=False):
            nl += len(line) + 1
            if nl < start:
                continue
            line, after = line.rstrip(), after.lstrip()
            if len(line) >= _WRAPPED_LINE and line[-1] not in _LINE_ENDS and after and not _OWN_LINE.match(after):
                breaks.append((nl, len(line.lstrip()), after[0].islower()))
        lower = [length for _, length, low in breaks if low]
        if not lower:
            return self
        # (the width the text was wrapped at: the longest line that goes on in lower case)
        full = max(lower) * _FULL_LINE if len(lower) >= _WRAPPED_TEXT else None
        chars = list(text)
        for nl, length, low in breaks:
            if low or (full is not None and length >= full):
                chars[nl] = " "
        return Doc(self.original, "".join(chars), self._starts, self._ends)

    def original_range(self, start: int, end: int) -> tuple[int, int]:
        """Map a normalised [start, end) to the original text."""
        if self._starts is None or self._ends is None:
            return start, end
        if start >= end:
            pos = self._starts[start] if start < len(self._starts) else len(self.original)
            return pos, pos
        return self._starts[start], self._ends[end - 1]

    def span(self, start: int, end: int) -> Located:
        """The input behind a normalised [start, end): a plain tuple, so that
        extractors pay for validation once, in the model they build from it."""
        s, e = self.original_range(start, end)
        return Located(self.original[s:e], s, e)
