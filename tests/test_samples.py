"""Golden files: samples/NAME.txt -> samples/NAME.json is the real output.

Regenerate with `pytest tests/test_samples.py --update-golden` and review the diff.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from pydantic import BaseModel

from coordx import extract
from coordx.cli import main
from coordx.models import Article, Span
from tests.conftest import SAMPLES

SAMPLE_FILES = sorted(SAMPLES.glob("*.txt"))


def render(path: Path) -> str:
    text = path.read_bytes().decode("utf-8")
    article = extract(text, source=f"samples/{path.name}")
    return json.dumps(article.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.stem for p in SAMPLE_FILES])
def test_golden(path: Path, update_golden: bool) -> None:
    golden = path.with_suffix(".json")
    actual = render(path)
    if update_golden or not golden.exists():
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.stem for p in SAMPLE_FILES])
def test_golden_validates_and_spans_map_back(path: Path) -> None:
    text = path.read_bytes().decode("utf-8")
    article = Article.model_validate_json(path.with_suffix(".json").read_text(encoding="utf-8"))
    for span in iter_spans(article):
        assert text[span.start : span.end] == span.text


def iter_spans(article: Article) -> Iterator[Span]:
    """Every Span inside the article, mentions included."""
    stack: list[object] = [article]
    while stack:
        item = stack.pop()
        if isinstance(item, Span):
            yield item
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, BaseModel):
            stack.extend(getattr(item, name) for name in type(item).model_fields)
        elif dataclasses.is_dataclass(item):
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item))


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=[p.stem for p in SAMPLE_FILES])
def test_command_line_writes_the_golden(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The command line writes the extractors' facts without building an
    # Article (coordx.facts): the bytes must still be the golden file's.
    monkeypatch.chdir(SAMPLES.parent)
    result = CliRunner().invoke(main, ["extract", f"samples/{path.name}", "-j", "1"])
    assert result.exit_code == 0
    assert result.stdout_bytes == path.with_suffix(".json").read_bytes()
