"""Compiled patterns: bounded in time, compiled on first use, kept across runs.

Compiling the extractors' patterns with `regex` takes about 0.2 s — most of
the cold run of `coordx extract one-file.txt`. A compiled `regex` pattern
pickles as its compiled code (unpickling does not parse it again), so the
command line keeps every pattern it compiled in a per-user cache file and
later processes load them in a few milliseconds.

The cache is only a speed-up and never changes a result:
- an entry is keyed by the pattern's source and flags, in a file named for
  the versions of `regex` and Python that compiled it;
- a missing, unreadable or foreign file (not owned by the user, or writable
  by others) is ignored and a pattern compiled as usual, and so is a file
  whose SHA-256 (written with it) does not match: damaged compiled code
  could crash the engine;
- a folder that cannot be written means compiling in every run, silently;
- the file is written whole (temp file, fsync, rename), so concurrent runs
  leave one good copy;
- a run that compiled nothing itself (a folder run whose workers did the
  work) still writes the cache when it lacks a pattern.

Location: `COORDX_CACHE_DIR` if set (empty: no cache), else the user cache
folder (`platformdirs.user_cache_dir("coordx")`, `~/.cache/coordx` on Linux).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol

import regex

# The last line against a pattern that runs away on text nobody foresaw. The
# extractors' patterns are bounded and anchored, and measured linear on
# adversarial text (bench/adversarial.py); still, a call that scans more than
# a few thousand characters gives up after this many seconds, and the
# pipeline reports that extractor as stopped instead of hanging a batch.
# (Shorter calls go without: a timeout triples the cost of a call, and a
# bounded pattern over a short window cannot run away. Short calls pass no
# `timeout` at all: even `timeout=None` costs a microsecond a call.)
PATTERN_TIMEOUT = 5.0
_TIMED_SPAN = 4096

_Key = tuple[str, int]
_DIGEST_SIZE = 32  # the file: SHA-256 of the pickle, then the pickle


class _Cache:
    """The pickled patterns of earlier runs, read once per process."""

    def __init__(self) -> None:
        self.entries: dict[_Key, bytes] | None = None  # None: not read yet
        self.compiled_here = False

    def path(self) -> Path | None:
        """The cache file, or None when there is none (turned off, or no home
        folder to keep it in)."""
        folder = os.environ.get("COORDX_CACHE_DIR")
        if folder is None:
            import platformdirs  # only when the cache is first needed

            try:
                folder = platformdirs.user_cache_dir("coordx", appauthor=False)
            except Exception:  # no home folder (HOME unset, no passwd entry)
                return None
        if not folder:
            return None
        py = f"{sys.version_info.major}.{sys.version_info.minor}"
        return Path(folder) / f"patterns-regex{regex.__version__}-py{py}.pickle"

    def _read(self) -> dict[_Key, bytes]:
        path = self.path()
        if path is None:
            return {}
        try:
            with open(path, "rb") as f:
                st = os.fstat(f.fileno())
                # a pickle runs code when loaded: only the user's own, unshared file
                if hasattr(os, "getuid") and (st.st_uid != os.getuid() or st.st_mode & 0o022):
                    return {}
                digest, payload = f.read(_DIGEST_SIZE), f.read()
            # a damaged file may still unpickle, and damaged compiled code can
            # crash the engine: the whole file must be as it was written
            if hashlib.sha256(payload).digest() != digest:
                return {}
            entries = pickle.loads(payload)
        except Exception:  # missing, unreadable or corrupt: compile as usual
            return {}
        if not isinstance(entries, dict):
            return {}
        return entries

    def get(self, key: _Key) -> regex.Pattern[str] | None:
        if self.entries is None:
            self.entries = self._read()
        data = self.entries.get(key)
        if data is None:
            return None
        try:
            compiled = pickle.loads(data)
        except Exception:
            return None
        if not isinstance(compiled, regex.Pattern) or compiled.pattern != key[0]:
            return None
        return compiled

    def save(self) -> None:
        """Write every pattern made so far to the cache, unless the cache
        already holds them all. Errors are ignored: the cache is only speed."""
        if self.entries is None:
            self.entries = self._read()
        every = Pattern.every()
        if not self.compiled_here and all(p._key in self.entries for p in every):
            return
        path = self.path()
        if path is None:
            return
        # Entries for patterns that no longer exist (a vocabulary changed) are dropped.
        entries = {p._key: pickle.dumps(p.compiled) for p in every}
        payload = pickle.dumps(entries, protocol=pickle.HIGHEST_PROTOCOL)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".patterns-", suffix=".tmp")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(hashlib.sha256(payload).digest())
                    f.write(payload)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError:
            return
        self.entries = entries
        self.compiled_here = False


_CACHE = _Cache()


def save_cache() -> None:
    """Keep every pattern made so far for the next process (see the module's
    doc). The command line calls this when a run ends, with the extractors
    imported so that their patterns are all made."""
    _CACHE.save()


class _Matcher(Protocol):
    def __call__(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None: ...


class Pattern:
    """A `regex` pattern compiled on first use (or loaded from the cache),
    whose scans of long text are bounded by PATTERN_TIMEOUT (raising
    TimeoutError). Anchored calls (`match`, `fullmatch`) consume at most what
    the bounded pattern allows."""

    # `match` and `fullmatch` are the compiled pattern's own methods once it
    # is made (before, methods that make it): the extractors call them tens
    # of thousands of times a second, and a wrapper call costs as much as a
    # short match.
    __slots__ = ("_key", "_compiled", "match", "fullmatch")
    _every: list[Pattern] = []
    match: _Matcher
    fullmatch: _Matcher

    def __init__(self, pattern: str, flags: int = 0) -> None:
        # Compiled on first use: a run that never needs a pattern (one short
        # file, a single command) does not pay for compiling it.
        self._key: _Key = (pattern, flags)
        self._pattern = None
        Pattern._every.append(self)

    @classmethod
    def every(cls) -> list[Pattern]:
        """Every pattern made so far (the extractors' are made on import)."""
        return list(cls._every)

    @property
    def _pattern(self) -> regex.Pattern[str] | None:
        """The compiled pattern, None until made."""
        return self._compiled

    @_pattern.setter
    def _pattern(self, compiled: regex.Pattern[str] | None) -> None:
        self._compiled = compiled
        if compiled is None:
            self.match = self._first_match
            self.fullmatch = self._first_fullmatch
        else:
            self.match = compiled.match
            self.fullmatch = compiled.fullmatch

    @property
    def compiled(self) -> regex.Pattern[str]:
        """The compiled `regex` pattern, for calls without a time bound."""
        if self._compiled is None:
            compiled = _CACHE.get(self._key)
            if compiled is None:
                compiled = regex.compile(*self._key)
                _CACHE.compiled_here = True
            self._pattern = compiled
            return compiled
        return self._compiled

    def _first_match(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def _first_fullmatch(
        self, string: str, pos: int | None = None, endpos: int | None = None
    ) -> regex.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int | None = None, endpos: int | None = None) -> regex.Match[str] | None:
        compiled = self._compiled or self.compiled
        if (len(string) if endpos is None else endpos) - (pos or 0) > _TIMED_SPAN:
            return compiled.search(string, pos, endpos, timeout=PATTERN_TIMEOUT)
        return compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int | None = None, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        compiled = self._compiled or self.compiled
        if (len(string) if endpos is None else endpos) - (pos or 0) > _TIMED_SPAN:
            return compiled.finditer(string, pos, endpos, timeout=PATTERN_TIMEOUT)
        return compiled.finditer(string, pos, endpos)

    def sub(self, repl: str | Callable[[regex.Match[str]], str], string: str) -> str:
        if len(string) > _TIMED_SPAN:
            return self.compiled.sub(repl, string, timeout=PATTERN_TIMEOUT)
        return self.compiled.sub(repl, string)

    def split(self, string: str) -> list[str | Any]:
        if len(string) > _TIMED_SPAN:
            return self.compiled.split(string, timeout=PATTERN_TIMEOUT)
        return self.compiled.split(string)
