"""Patterns are compiled on first use; every one must still compile."""

from __future__ import annotations

import importlib
import pkgutil

import regex

import coordx.extractors
from coordx.extractors.common import Pattern


def _patterns() -> list[tuple[str, Pattern]]:
    found = []
    for info in pkgutil.iter_modules(coordx.extractors.__path__):
        module = importlib.import_module(f"coordx.extractors.{info.name}")
        found += [(f"{info.name}.{name}", v) for name, v in vars(module).items() if isinstance(v, Pattern)]
    return found


def test_every_extractor_pattern_compiles() -> None:
    patterns = _patterns()
    assert len(patterns) > 50  # the extractors' patterns were all found
    for name, pattern in patterns:
        assert isinstance(pattern._compiled, regex.Pattern), name


def test_a_pattern_is_compiled_once_on_first_use() -> None:
    pattern = Pattern(r"\d+")
    assert pattern._pattern is None
    assert pattern.search("số 12")
    compiled = pattern._pattern
    assert compiled is not None
    assert pattern.match("3") and pattern._pattern is compiled
