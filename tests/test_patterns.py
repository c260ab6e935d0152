"""Patterns: compiled on first use, every one compiles, and the cache of
compiled patterns kept between runs never changes a result."""

from __future__ import annotations

import hashlib
import importlib
import os
import pickle
import pkgutil
import stat
from pathlib import Path

import pytest
import regex

import coordx.extractors
from coordx import extract, patterns
from coordx.patterns import Pattern
from tests.conftest import SAMPLES


def _extractor_patterns() -> list[tuple[str, Pattern]]:
    found = []
    for info in pkgutil.iter_modules(coordx.extractors.__path__):
        module = importlib.import_module(f"coordx.extractors.{info.name}")
        found += [(f"{info.name}.{name}", v) for name, v in vars(module).items() if isinstance(v, Pattern)]
    return found


def test_every_extractor_pattern_compiles_and_is_known() -> None:
    found = _extractor_patterns()
    assert len(found) > 50  # the extractors' patterns were all found
    known = {id(p) for p in Pattern.every()}
    for name, pattern in found:
        assert id(pattern) in known, name
        assert isinstance(regex.compile(*pattern._key), regex.Pattern), name


def test_a_pattern_is_compiled_once_on_first_use() -> None:
    pattern = Pattern(r"\d+")
    assert pattern._pattern is None
    assert pattern.search("số 12")
    compiled = pattern._pattern
    assert compiled is not None
    assert pattern.match("3") and pattern._pattern is compiled


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty cache in its own folder, as a new process sees it."""
    monkeypatch.setenv("COORDX_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(patterns, "_CACHE", patterns._Cache())
    return tmp_path


def _new_process(monkeypatch: pytest.MonkeyPatch) -> None:
    # what a later run starts from: no pattern compiled, the cache not yet read
    monkeypatch.setattr(patterns, "_CACHE", patterns._Cache())
    for p in Pattern.every():
        monkeypatch.setattr(p, "_pattern", None)


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError(f"compiled although cached: {args[0]!r:.60}")

    monkeypatch.setattr(patterns.regex, "compile", refuse)


def test_a_later_run_loads_every_pattern_from_the_cache_with_the_same_results(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLES.glob("*.txt"))]
    _new_process(monkeypatch)
    first = [extract(t).model_dump_json() for t in texts]
    patterns.save_cache()
    [written] = cache.iterdir()
    assert written.name.startswith(f"patterns-regex{regex.__version__}-py")
    saved = pickle.loads(written.read_bytes()[patterns._DIGEST_SIZE :])
    assert set(saved) == {p._key for p in Pattern.every()}  # all of them, not only those used

    _new_process(monkeypatch)
    _no_compiling(monkeypatch)
    assert [extract(t).model_dump_json() for t in texts] == first


def test_nothing_is_written_when_nothing_was_compiled(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    Pattern(r"x+").search("xx")
    patterns.save_cache()
    before = {p.name: p.stat().st_mtime_ns for p in cache.iterdir()}
    _new_process(monkeypatch)
    assert all(p.compiled for p in Pattern.every()[:5])  # loaded, not compiled
    patterns.save_cache()
    assert {p.name: p.stat().st_mtime_ns for p in cache.iterdir()} == before


def _signed(payload: bytes) -> bytes:
    return hashlib.sha256(payload).digest() + payload


def _flip(data: bytes, at: int) -> bytes:
    i = at % len(data)
    return data[:i] + bytes([data[i] ^ 1]) + data[i + 1 :]


def _cache_file(cache: Path) -> Path:
    [path] = cache.glob("patterns-*.pickle")
    return path


@pytest.mark.parametrize(
    "spoil",
    [
        pytest.param(lambda f: f.write_bytes(b"not a pickle"), id="corrupt"),
        pytest.param(lambda f: f.write_bytes(_signed(pickle.dumps(["a list"]))), id="not-a-dict"),
        pytest.param(lambda f: f.write_bytes(f.read_bytes()[:1000]), id="truncated"),
        pytest.param(lambda f: f.write_bytes(_flip(f.read_bytes(), -40)), id="one-bit-flipped"),
        pytest.param(lambda f: f.chmod(0o666), id="writable-by-others"),
    ],
)
def test_a_spoilt_cache_is_ignored_and_patterns_compiled_as_usual(
    cache: Path, monkeypatch: pytest.MonkeyPatch, spoil: object
) -> None:
    pattern = Pattern(r"(?<!\p{L})Đại tá(?!\p{L})")
    _ = pattern.compiled  # compiled in this process
    patterns.save_cache()
    spoil(_cache_file(cache))  # type: ignore[operator]
    _new_process(monkeypatch)
    assert pattern.search("ông Đại tá Lê").span() == (4, 10)  # type: ignore[union-attr]
    assert patterns._CACHE.compiled_here


def test_an_entry_for_another_pattern_is_not_used(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pattern = Pattern(r"\d+ vụ")
    _ = pattern.compiled  # compiled in this process
    patterns.save_cache()
    path = _cache_file(cache)
    entries = pickle.loads(path.read_bytes()[patterns._DIGEST_SIZE :])
    entries[pattern._key] = pickle.dumps(regex.compile(r"\d+ đối tượng"))  # a wrong entry under its key
    path.write_bytes(_signed(pickle.dumps(entries)))
    path.chmod(0o600)
    _new_process(monkeypatch)
    assert pattern.search("bắt 3 vụ")


def test_an_empty_cache_dir_setting_turns_the_cache_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("COORDX_CACHE_DIR", "")
    monkeypatch.setattr(patterns, "_CACHE", patterns._Cache())
    Pattern(r"a+b").search("aab")
    patterns.save_cache()
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_an_unwritable_cache_folder_is_no_error(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    cache.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        Pattern(r"a+c").search("aac")
        patterns.save_cache()  # no exception: the cache is only speed
        assert list(cache.iterdir()) == []
    finally:
        cache.chmod(stat.S_IRWXU)


def test_a_cache_path_that_cannot_be_a_folder_is_no_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("COORDX_CACHE_DIR", str(blocker / "cache"))
    monkeypatch.setattr(patterns, "_CACHE", patterns._Cache())
    Pattern(r"a+d").search("aad")
    patterns.save_cache()
    assert blocker.read_text() == "x"


def test_no_home_folder_means_no_cache_and_no_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    def no_home(*args: object, **kwargs: object) -> str:
        raise RuntimeError("could not determine the home directory")

    monkeypatch.delenv("COORDX_CACHE_DIR")
    monkeypatch.setattr(platformdirs, "user_cache_dir", no_home)
    monkeypatch.setattr(patterns, "_CACHE", patterns._Cache())
    assert Pattern(r"a+e").search("aae")
    patterns.save_cache()  # nothing to write to, no exception


def test_a_run_that_compiled_nothing_writes_a_cache_that_lacks_patterns(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the parent of a folder run with workers: it compiled nothing itself
    assert not patterns._CACHE.compiled_here
    patterns.save_cache()
    saved = pickle.loads(_cache_file(cache).read_bytes()[patterns._DIGEST_SIZE :])
    assert set(saved) == {p._key for p in Pattern.every()}
