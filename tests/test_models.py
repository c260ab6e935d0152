"""The facts the extractors make (coordx.facts) and the Article that
validates them (coordx.models): one shape, checked both ways."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import typing

import pytest
from pydantic import ValidationError

from coordx.facts import Facts, Figure, Official, Span
from coordx.models import Article
from tests.conftest import SAMPLES


def test_article_has_the_fields_of_facts_in_order_with_their_types_and_defaults() -> None:
    hints = typing.get_type_hints(Facts, include_extras=True)
    assert list(Article.model_fields) == [f.name for f in dataclasses.fields(Facts)]
    for f in dataclasses.fields(Facts):
        info = Article.model_fields[f.name]
        assert info.annotation == hints[f.name], f.name
        default = f.default_factory() if f.default_factory is not dataclasses.MISSING else f.default
        assert info.get_default(call_default_factory=True) == default, f.name


def test_an_article_validates_the_facts_inside_it() -> None:
    good = Figure(text="5 vụ", start=0, end=4, value=5, category="cases")
    assert Article.from_facts(Facts(figures=[good])).figures == [good]
    for bad in (
        dataclasses.replace(good, start=-1),
        dataclasses.replace(good, category="no such category"),  # type: ignore[arg-type]
    ):
        with pytest.raises(ValidationError):
            Article.from_facts(Facts(figures=[bad]))
    nested = Official(name="Nguyễn Văn A", mentions=[Span(text="A", start=0, end=-2)])
    with pytest.raises(ValidationError):
        Article.from_facts(Facts(officials=[nested]))


def test_facts_as_json_is_the_article_dumped() -> None:
    facts = Facts(
        source="a.txt",
        officials=[Official(name="Nguyễn Văn A", titles=["Bộ trưởng"], mentions=[Span(text="A", start=3, end=4)])],
        figures=[Figure(text="1,5 tấn", start=9, end=16, value=1.5, unit="tấn", category="weight")],
        warnings=["w"],
    )
    dumped = Article.from_facts(facts).model_dump(mode="json")
    assert json.dumps(facts.as_json(), ensure_ascii=False) == json.dumps(dumped, ensure_ascii=False)


def test_the_command_line_extracts_a_file_without_importing_pydantic(tmp_path: typing.Any) -> None:
    # pydantic's import and schema building were half of the cold start
    out = tmp_path / "out.json"
    sample = sorted(SAMPLES.glob("*.txt"))[0]
    code = (
        "import sys\n"
        "from coordx.cli import main\n"
        f"try: main([ 'extract', {str(sample)!r}, '-o', {str(out)!r} ])\n"
        "except SystemExit as e: assert e.code == 0, e.code\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'pydantic_core', 'rich')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
    assert json.loads(out.read_text(encoding="utf-8"))["officials"]


def test_the_schemas_field_descriptions_need_no_source_files(tmp_path: typing.Any) -> None:
    # an install of compiled files only: what a description is must not be
    # read from a .py file
    import compileall
    import pathlib
    import shutil

    import coordx

    package = tmp_path / "coordx"
    shutil.copytree(pathlib.Path(coordx.__file__).parent, package, ignore=shutil.ignore_patterns("__pycache__"))
    assert compileall.compile_dir(package, quiet=1, legacy=True)
    for source in package.rglob("*.py"):
        source.unlink()
    code = (
        "import json, coordx.models as m; s = m.Article.model_json_schema(); "
        "print(json.dumps([s['$defs'][k]['properties'][f].get('description') "
        "for k, f in (('DateMention', 'value'), ('Period', 'value'), ('LegalDocument', 'id'), "
        "('LegalDocument', 'issued'))])); print(m.__file__)"
    )
    run = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True, text=True, check=True)
    printed, where = run.stdout.splitlines()
    assert where.startswith(str(package)) and where.endswith(".pyc"), where
    described = json.loads(printed)
    assert all(described), described
    assert described[2].startswith("canonical number")
