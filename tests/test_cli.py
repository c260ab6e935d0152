"""The click interface in-process: formats, help, options."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from coordx.cli import main
from tests.conftest import SAMPLES

SAMPLE = sorted(SAMPLES.glob("*.txt"))[0]


def invoke(*args: str, stdin: bytes | None = None) -> tuple[int, bytes, str]:
    r = CliRunner().invoke(main, list(args), input=stdin)
    return r.exit_code, r.stdout_bytes, r.stderr if r.stderr_bytes is not None else ""


def test_one_file_is_indented_json() -> None:
    code, out, _ = invoke("extract", str(SAMPLE), "-j", "1")
    assert code == 0
    assert out.startswith(b"{\n  ")
    assert json.loads(out)["source"] == str(SAMPLE)


def test_stdin_dash_reads_bytes() -> None:
    code, out, _ = invoke("extract", "-", stdin="Ngày 5/1/2021, tại Hà Nội.".encode())
    assert code == 0
    assert json.loads(out)["source"] == "<stdin>"


@pytest.mark.parametrize(
    ("fmt", "first"),
    [
        pytest.param("jsonl", b'{"schema_version": "1"', id="jsonl"),
        pytest.param("csv", b"source,kind,value,normalized,text,start,end\n", id="csv-header"),
    ],
)
def test_folder_formats(tmp_path: Path, fmt: str, first: bytes) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(SAMPLE.read_bytes())
    code, out, _ = invoke("extract", str(tmp_path), "--format", fmt, "-j", "1")
    assert code == 0
    assert out.startswith(first)


@pytest.mark.parametrize(
    "fragment",
    [
        pytest.param("Exit status", id="exit-table"),
        pytest.param("130", id="sigint-code"),
        pytest.param("--resume", id="resume"),
        pytest.param("--max-bytes", id="max-bytes"),
        pytest.param("--encoding", id="encoding"),
        pytest.param("normalized", id="csv-columns"),
    ],
)
def test_help_documents(fragment: str) -> None:
    code, out, _ = invoke("extract", "--help")
    assert code == 0
    assert fragment in out.decode()


def test_resume_needs_output() -> None:
    code, _, _ = invoke("extract", str(SAMPLE), "--resume")
    assert code == 2
