"""`coordx report` across the samples: content, not only that something printed."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from coordx.cli import main
from tests.conftest import SAMPLES


def report(*args: str) -> dict[str, Any]:
    result = CliRunner().invoke(main, ["report", *args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, Any] = json.loads(result.output)
    return data


@pytest.fixture(scope="module")
def from_text() -> dict[str, Any]:
    return report(str(SAMPLES))


def test_rank_timeline_of_a_person_in_several_samples(from_text: dict[str, Any]) -> None:
    (person,) = [o for o in from_text["officials"] if o["name"] == "Trần Quốc Tỏ"]
    ranked = [(m["date"], m["rank"]) for m in person["mentions"] if m["rank"]]
    assert ranked == [("2021-01-05", "Trung tướng"), ("2025-01-15", "Thượng tướng")]
    dates = [m["date"] for m in person["mentions"]]
    assert dates == sorted(dates)  # ordered by date
    assert len(person["mentions"]) == 4


def test_the_decree_four_of_five_samples_cite(from_text: dict[str, Any]) -> None:
    top = from_text["legal_documents"][0]
    assert (top["id"], top["articles"], top["first"], top["last"]) == ("03/2019/NĐ-CP", 4, "2021-01-05", "2025-01-15")


def test_figures_of_the_2024_period(from_text: dict[str, Any]) -> None:
    period = {f["category"]: f for f in from_text["figures"] if f["period"] == "2024"}
    assert period["plans"]["total"] == 318  # 315 + 3; "hàng trăm kế hoạch" is counted as vague, not added
    assert period["plans"]["vague"] == 1
    assert period["drug_cases"]["total"] == 203  # 103 + "hơn 100"
    assert period["personnel"]["total"] == 391000
    assert period["vehicles"]["total"] == 15655


def test_sites_by_province(from_text: dict[str, Any]) -> None:
    sites = {s["site"]: s for s in from_text["sites"]}
    assert sorted(sites) == ["Bắc Kạn", "Bắc Ninh", "Hà Nội", "Quảng Bình"]
    assert sites["Hà Nội"]["chaired_by"] == ["Phan Văn Giang", "Trần Quốc Tỏ"]


def test_jsonl_input_gives_the_same_report(tmp_path: Path, from_text: dict[str, Any]) -> None:
    out = tmp_path / "samples.jsonl"
    result = CliRunner().invoke(main, ["extract", str(SAMPLES), "-o", str(out), "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert report(str(out)) == from_text


def test_csv_and_tables(from_text: dict[str, Any]) -> None:
    result = CliRunner().invoke(main, ["report", str(SAMPLES), "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert {"official", "legal_document", "figure", "site"} == {r["view"] for r in rows}
    assert any(r["view"] == "official" and r["key"] == "Trần Quốc Tỏ" and r["rank"] == "Thượng tướng" for r in rows)
    tables = CliRunner().invoke(main, ["report", str(SAMPLES)], terminal_width=200)
    assert tables.exit_code == 0
    assert "Officials across articles" in tables.output and "03/2019/NĐ-CP" in tables.output


def test_failed_input_is_reported_and_exit_1(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    result = CliRunner().invoke(main, ["report", str(bad), "--format", "json"])
    assert result.exit_code == 1
    assert "binary file; skipped" in result.output
