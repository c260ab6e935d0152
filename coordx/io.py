"""Reading inputs: bytes in, text out, decoded by coordx and never by the
platform default; every failure is an `InputError` naming the reason and the
fix."""

from __future__ import annotations

import codecs
import os
import stat
from pathlib import Path

DEFAULT_MAX_BYTES = 10 * 1024 * 1024


class InputError(Exception):
    """An input that cannot be extracted. `kind` is a stable machine name
    (not_found, unreadable, not_regular, binary, invalid_utf8, legacy_encoding,
    ambiguous_encoding, too_large); `reason` and `fix` read as plain words."""

    def __init__(self, kind: str, reason: str, fix: str = "") -> None:
        super().__init__(f"{reason}; {fix}" if fix else reason)
        self.kind = kind
        self.reason = reason
        self.fix = fix


def decode(data: bytes, encoding: str | None = None) -> str:
    """Decode one document's bytes (UTF-8 with or without BOM, UTF-16 with BOM)."""
    if encoding:
        return data.decode(encoding)
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        return data.decode("utf-16")
    if b"\x00" in data:
        raise InputError("binary", "binary file; skipped", "coordx reads plain text articles")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            "invalid_utf8",
            f"invalid UTF-8 at byte {exc.start}",
            "convert the file to UTF-8 or name its encoding with --encoding",
        ) from None


def read_path(path: Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Read and decode one file, refusing what is not a regular file or too large."""
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
    return decode(data, encoding)
