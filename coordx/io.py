"""Reading inputs: bytes in, text out, decoded by coordx and never by the
platform default; every failure is an `InputError` naming the reason and the
fix.

Detection is deliberately narrow. UTF-8 (with or without BOM) and UTF-16
with a BOM are certain. Anything else is Windows-1258 only when the bytes are
not UTF-8, charset-normalizer finds cp1258 coherent, the result reads as
Vietnamese (most words are Vietnamese syllables) and there is enough text to
judge; short text is never guessed. The legacy font encodings TCVN3 (ABC) and
VNI, which no detector knows, are recognised by the same syllable test and
refused with the way to convert them (`--encoding tcvn3|vni` converts).
"""

from __future__ import annotations

import codecs
import os
import stat
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import regex

from coordx.patterns import Pattern

DEFAULT_MAX_BYTES = 10 * 1024 * 1024

# Below this many non-ASCII bytes an encoding is never guessed.
MIN_EVIDENCE = 40
# Share of words that must be Vietnamese syllables for a decoding to count.
MIN_PLAUSIBLE = 0.85

_BINARY_MAGIC = (
    b"\x89PNG",
    b"%PDF",
    b"PK\x03\x04",
    b"GIF8",
    b"\xff\xd8\xff",
    b"\xd0\xcf\x11\xe0",  # OLE: .doc, .xls
    b"\x7fELF",
    b"\x1f\x8b",  # gzip
)
_ENCODING_NAMES = {
    "cp1258": "cp1258",
    "windows-1258": "cp1258",
    "windows1258": "cp1258",
    "tcvn3": "tcvn3",
    "tcvn": "tcvn3",
    "abc": "tcvn3",
    "vni": "vni",
    "vni-windows": "vni",
}
_LABEL = {"cp1258": "Windows-1258", "tcvn3": "TCVN3 (ABC)", "vni": "VNI"}


class InputError(Exception):
    """An input that cannot be extracted. `kind` is a stable machine name
    (not_found, unreadable, not_regular, binary, invalid_utf8, legacy_encoding,
    ambiguous_encoding, too_large, unknown_encoding); `reason` and `fix` read
    as plain words."""

    def __init__(self, kind: str, reason: str, fix: str = "") -> None:
        super().__init__(f"{reason}; {fix}" if fix else reason)
        self.kind = kind
        self.reason = reason
        self.fix = fix


@dataclass
class Decoded:
    text: str
    encoding: str
    notes: list[str] = field(default_factory=list)


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode one document's bytes; see `decode_verbose`."""
    return decode_verbose(data, encoding).text


def decode_verbose(data: bytes, encoding: str | None = None) -> Decoded:
    """Decode one document's bytes, saying which encoding was used and
    anything that was guessed (for the Article's warnings)."""
    if encoding:
        return _decode_named(data, encoding)
    for bom, name in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32")):
        if data.startswith(bom):
            return Decoded(_strict(data, name), name)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return Decoded(_strict(data, "utf-16"), "utf-16")
    if data.startswith(codecs.BOM_UTF8):
        return Decoded(_strict(data, "utf-8-sig"), "utf-8")
    if b"\x00" in data or data.startswith(_BINARY_MAGIC):
        raise InputError("binary", "binary file; skipped", "coordx reads plain-text articles")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        return _not_utf8(data, exc.start)


def _strict(data: bytes, name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as exc:
        raise InputError(
            "invalid_utf8" if name.startswith("utf-8") else "undecodable",
            f"invalid {name.upper()} at byte {exc.start}",
            "convert the file to UTF-8",
        ) from None


def _decode_named(data: bytes, encoding: str) -> Decoded:
    name = _ENCODING_NAMES.get(encoding.strip().lower())
    if name == "tcvn3":
        return Decoded(from_tcvn3(data), name)
    if name == "vni":
        return Decoded(from_vni(data), name)
    codec = name or encoding
    try:
        codecs.lookup(codec)
    except LookupError:
        raise InputError(
            "unknown_encoding", f"unknown encoding '{encoding}'", "use utf-8, utf-16, cp1258, tcvn3 or vni"
        ) from None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise InputError(
            "undecodable", f"not {encoding} at byte {exc.start}", "check the file's encoding and --encoding"
        ) from None
    if codec.replace("_", "-").lower() in ("utf-8", "utf8") and text.startswith("\ufeff"):
        text = text[1:]
    return Decoded(text, codec)


def _not_utf8(data: bytes, offset: int) -> Decoded:
    """Bytes that are not UTF-8: Windows-1258 when that is certain enough,
    a named error for the legacy font encodings, otherwise the byte offset."""
    evidence = sum(1 for b in data if b >= 0x80)
    scores = {name: plausibility(text) for name, text in _candidates(data).items()}
    best = max(scores, key=lambda n: scores[n]) if scores else None
    if best is not None and scores[best] >= MIN_PLAUSIBLE and evidence >= MIN_EVIDENCE:
        if best == "cp1258" and _detector_agrees(data):
            text = data.decode("cp1258")
            return Decoded(text, "cp1258", ["input decoded as Windows-1258 (not UTF-8; detected)"])
        if best in ("tcvn3", "vni"):
            raise InputError(
                "legacy_encoding",
                f"looks like {_LABEL[best]}, a legacy Vietnamese font encoding",
                f"convert it to UTF-8, or rerun with --encoding {best}",
            )
    hint = ""
    if best is not None and scores[best] >= MIN_PLAUSIBLE:
        hint = f"; if it is {_LABEL[best]}, rerun with --encoding {best}"
    raise InputError(
        "invalid_utf8",
        f"invalid UTF-8 at byte {offset}",
        "convert the file to UTF-8, or name its encoding with --encoding cp1258|tcvn3|vni" + hint,
    )


def _candidates(data: bytes) -> dict[str, str]:
    out = {"tcvn3": from_tcvn3(data), "vni": from_vni(data)}
    try:
        out["cp1258"] = data.decode("cp1258")
    except UnicodeDecodeError:
        pass
    return out


def _detector_agrees(data: bytes) -> bool:
    """charset-normalizer's view: is cp1258 a coherent reading of these bytes?"""
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=["cp1258"]).best()
    return match is not None and match.encoding == "cp1258" and match.chaos < 0.2


# --- Vietnamese plausibility ----------------------------------------------------

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_SYLLABLE = Pattern(
    r"""
    (?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?
    (?:uyê|uya|uyu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|iêu|yêu|oa|oă|oe|uâ|uê|uơ|uy|iê|ia|yê|ua|uô|ưa|ươ
      |ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu|[aăâeêioôơuưy])
    (?:ch|ng|nh|[cmnpt])?
    """,
    regex.VERBOSE,
)
_WORD = Pattern(r"\p{L}+")


def plausibility(text: str) -> float:
    """Share of the words with a non-ASCII letter that are Vietnamese
    syllables: near 1 for Vietnamese, low for mojibake."""
    words = [w for w in _WORD.compiled.findall(unicodedata.normalize("NFC", text)) if not w.isascii()]
    if not words:
        return 0.0
    good = sum(1 for w in words if _is_syllable(w))
    return good / len(words)


def _is_syllable(word: str) -> bool:
    base = "".join(c for c in unicodedata.normalize("NFD", word.lower()) if c not in _TONES)
    return _SYLLABLE.fullmatch(unicodedata.normalize("NFC", base)) is not None


# --- legacy font encodings ------------------------------------------------------


@cache
def _tcvn3_table() -> dict[int, str]:
    from coordx.vocab import table

    return {int(code, 16): char for code, char in table("tcvn3")}


@cache
def _vni_tables() -> tuple[dict[str, str], dict[str, str]]:
    from coordx.vocab import table

    marks: dict[str, str] = {}
    letters: dict[str, str] = {}
    for char, kind, value in table("vni"):
        if kind == "mark":
            marks[char] = value.encode().decode("unicode_escape")
        else:
            letters[char] = value
    return marks, letters


def from_tcvn3(data: bytes) -> str:
    """TCVN3 (ABC) bytes to Unicode (NFC)."""
    mapping = _tcvn3_table()
    return unicodedata.normalize("NFC", "".join(mapping.get(b, chr(b)) for b in data))


def from_vni(data: bytes) -> str:
    """VNI Windows bytes to Unicode (NFC): mark bytes after a letter become
    combining marks."""
    marks, letters = _vni_tables()
    out = []
    for ch in data.decode("latin-1"):
        if ch in letters:
            out.append(letters[ch])
        elif ch in marks and out and out[-1][-1:].isalpha():
            out.append(marks[ch])
        else:
            out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


# --- files ------------------------------------------------------------------------


def read_path(path: Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode one file; see `read_path_verbose`."""
    return read_path_verbose(path, encoding, max_bytes).text


def read_path_verbose(path: Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> Decoded:
    """Read and decode one file, refusing what is not a regular file or too
    large before reading it (so /dev/zero or a FIFO never hangs)."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise InputError("not_found", f"cannot open '{path}': No such file or directory") from None
    except OSError as exc:
        raise InputError("unreadable", f"cannot open '{path}': {exc.strerror}") from None
    if not stat.S_ISREG(st.st_mode):
        raise InputError("not_regular", f"'{path}' is not a regular file; skipped")
    if st.st_size > max_bytes:
        raise InputError("too_large", f"{st.st_size} bytes is more than --max-bytes {max_bytes}", "raise --max-bytes")
    try:
        with open(path, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError("unreadable", f"cannot open '{path}': {exc.strerror}") from None
    if len(data) > max_bytes:
        raise InputError("too_large", f"more than --max-bytes {max_bytes}", "raise --max-bytes")
    return decode_verbose(data, encoding)
