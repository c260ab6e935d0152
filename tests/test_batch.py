"""coordx.batch in-process: walking, ordering, csv rows, resume, safe output."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from coordx import batch
from tests.conftest import SAMPLES

SAMPLE = sorted(SAMPLES.glob("*.txt"))[0]


def make(folder: Path, names: list[str]) -> None:
    for name in names:
        p = folder / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text("Ngày 5/1/2021, tại Hà Nội, Bộ Công an tổ chức hội nghị giao ban.", encoding="utf-8")


@pytest.mark.parametrize(
    ("names", "glob", "expected"),
    [
        pytest.param(["b.txt", "a.txt", "c.md"], "*.txt", ["a.txt", "b.txt"], id="sorted-and-filtered"),
        pytest.param(["z/a.txt", "a/b.txt", "m.txt"], "*.txt", ["a/b.txt", "m.txt", "z/a.txt"], id="recursive-by-path"),
        pytest.param(["a.md", "b.txt"], "*.md", ["a.md"], id="other-glob"),
    ],
)
def test_walk_orders_by_path(tmp_path: Path, names: list[str], glob: str, expected: list[str]) -> None:
    make(tmp_path, names)
    found = batch.walk([str(tmp_path)], glob)
    assert [str(Path(f).relative_to(tmp_path)) for f in list(found)] == expected


def test_B4_walk_reports_folder_without_matches(tmp_path: Path) -> None:
    make(tmp_path, ["a.md"])
    assert batch.walk([str(tmp_path)], "*.txt").empty_dirs == [str(tmp_path)]


def test_B6_walk_survives_symlink_loop(tmp_path: Path) -> None:
    make(tmp_path, ["sub/a.txt"])
    (tmp_path / "sub" / "up").symlink_to(tmp_path)
    assert len(list(batch.walk([str(tmp_path)], "*.txt"))) == 1


def test_walk_streams_in_full_path_order(tmp_path: Path) -> None:
    # "a/" sorts after "a.txt" and "a-b/" before "a/", as full paths do
    names = ["a.txt", "a/x.txt", "a-b/y.txt", "a/b/z.txt", "a0.txt", "A.txt", "b.txt"]
    make(tmp_path, names)
    found = batch.walk([str(tmp_path)], "*.txt")
    listed = list(found)
    assert listed == sorted(str(tmp_path / n) for n in names)
    assert found.total == len(names)
    assert list(found) == listed  # walked afresh, same order


def test_B6_file_linked_inside_the_folder_is_listed_once_under_its_own_path(tmp_path: Path) -> None:
    make(tmp_path / "in", ["real/a.txt"])
    (tmp_path / "in" / "alias.txt").symlink_to(tmp_path / "in" / "real" / "a.txt")
    (tmp_path / "in" / "dir-link").symlink_to(tmp_path / "in" / "real")
    assert list(batch.walk([str(tmp_path / "in")], "*.txt")) == [str(tmp_path / "in" / "real" / "a.txt")]


def test_B6_file_outside_reached_by_two_links_is_listed_once(tmp_path: Path) -> None:
    make(tmp_path / "outside", ["a.txt"])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "one.txt").symlink_to(tmp_path / "outside" / "a.txt")
    (tmp_path / "in" / "two").symlink_to(tmp_path / "outside")
    found = batch.walk([str(tmp_path / "in")], "*.txt")
    assert list(found) == [str(tmp_path / "in" / "one.txt")]
    assert found.total == 1


@pytest.mark.parametrize("inputs", [["d", "d/sub"], ["d/sub", "d"], ["d", "d"]], ids=["outer-first", "inner-first", "twice"])
def test_B6_a_folder_given_twice_or_inside_another_is_walked_once(tmp_path: Path, inputs: list[str]) -> None:
    make(tmp_path, ["d/a.txt", "d/sub/b.txt"])
    found = batch.walk([str(tmp_path / i) for i in inputs], "*.txt")
    assert [str(Path(f).relative_to(tmp_path)) for f in found] == ["d/a.txt", "d/sub/b.txt"]
    assert found.total == 2


def test_F5_walk_excludes_output(tmp_path: Path) -> None:
    make(tmp_path, ["a.txt", "out.txt"])
    found = batch.walk([str(tmp_path)], "*.txt", {str((tmp_path / "out.txt").resolve())})
    assert [Path(f).name for f in list(found)] == ["a.txt"]


def test_process_missing_file_is_error_record() -> None:
    r = batch.process("/no/such/file.txt", batch.Options())
    assert r.error is not None and "No such file" in r.error
    assert json.loads(r.lines) == {
        "source": "/no/such/file.txt",
        "error": {"type": "not_found", "message": "cannot open '/no/such/file.txt': No such file or directory"},
    }


def test_H1_process_turns_extractor_exception_into_internal_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import coordx.pipeline

    def boom(text: str, source: str | None = None) -> None:
        raise RuntimeError("kaboom")

    monkeypatch.setattr(coordx.pipeline, "run", boom)
    r = batch.process(str(SAMPLE), batch.Options())
    assert r.error is not None
    assert r.error.startswith(f"internal error on {SAMPLE}: RuntimeError: kaboom")
    assert r.error.endswith("; rerun with --debug")
    assert json.loads(r.lines)["error"]["type"] == "internal"


@pytest.mark.parametrize("jobs", [pytest.param(1, id="in-process"), pytest.param(2, id="two-workers")])
def test_G8_run_ordered_keeps_input_order(tmp_path: Path, jobs: int) -> None:
    make(tmp_path, [f"{i:03d}.txt" for i in range(40)])
    files = list(batch.walk([str(tmp_path)], "*.txt"))
    out = [r.source for r in batch.run_ordered(files, batch.Options(), jobs)]
    assert out == files


@pytest.mark.parametrize("jobs", [pytest.param(1, id="in-process"), pytest.param(2, id="two-workers")])
def test_G3_run_ordered_keeps_a_record_only_while_its_file_is_unchanged(tmp_path: Path, jobs: int) -> None:
    make(tmp_path, [f"{i}.txt" for i in range(3)])
    files = list(batch.walk([str(tmp_path)], "*.txt"))
    digest = batch.current_digest(files[0], batch.Options())
    assert digest is not None
    stale = {files[0]: digest, files[1]: "not-its-hash"}
    results = list(batch.run_ordered(files, batch.Options(), jobs, kept=stale.get))
    assert [r.kept for r in results] == [True, False, False]
    assert results[0].lines == b"" and results[1].lines.startswith(b"{")


def test_csv_rows_one_per_fact_with_mention() -> None:
    from coordx import extract

    data = extract("Sáng ngày 5/1/2021, tại Hà Nội, Bộ Công an tổ chức hội nghị.", "a.txt").model_dump(mode="json")
    rows = list(csv.reader(io.StringIO((batch.csv_header() + batch.encode(data, "csv")).decode())))
    assert rows[0] == batch.CSV_COLUMNS
    dates = [r for r in rows[1:] if r[1] in ("date", "event_date")]
    assert dates and dates[0][2] == "2021-01-05"
    assert dates[0][4] == "5/1/2021"


def test_csv_loads_into_pandas_if_installed(tmp_path: Path) -> None:
    pd = pytest.importorskip("pandas")
    from coordx import extract

    data = extract(SAMPLE.read_text(encoding="utf-8"), "a.txt").model_dump(mode="json")
    path = tmp_path / "out.csv"
    path.write_bytes(batch.csv_header() + batch.encode(data, "csv"))
    frame = pd.read_csv(path)
    assert list(frame.columns) == batch.CSV_COLUMNS
    assert (frame["kind"] == "official").any()


def test_F4_writer_failing_midway_leaves_previous_output(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "out.jsonl"
    target.write_bytes(b"previous\n")
    sink = batch.SafeOutput(target, keep_index=True)
    sink.write(b"{}\n", "a.txt", "d")
    monkeypatch.setattr(sink.fh, "write", lambda b: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    with pytest.raises(OSError):
        sink.write(b"{}\n", "b.txt", "d")
    sink.abort()
    assert target.read_bytes() == b"previous\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]


def test_G2_interrupted_while_reading_the_earlier_run_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "out.jsonl"
    sink = batch.SafeOutput(target, keep_index=True)
    sink.write(b'{"source": "a.txt"}\n', "a.txt", "h1")
    before = (batch.partial_path(target).read_bytes(), batch.index_path(target).read_bytes())

    def interrupted(prev: batch.Previous, index: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(batch, "_read_previous", interrupted)
    with pytest.raises(KeyboardInterrupt):
        batch.load_previous(target)
    assert (batch.partial_path(target).read_bytes(), batch.index_path(target).read_bytes()) == before


def test_G2_load_previous_drops_torn_line(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    sink = batch.SafeOutput(target, keep_index=True)
    sink.write(b'{"source": "a.txt"}\n', "a.txt", "h1")
    sink.write(b'{"source": "b.txt", "error": {"type": "x", "message": "y"}}\n', "b.txt", None)
    sink.write(b'{"source": "c.t', "c.txt", "h3")
    prev = batch.load_previous(target)
    assert prev.torn
    assert list(prev.records) == ["a.txt"]
    assert prev.records["a.txt"][0] == "h1"
    assert prev.line("a.txt") == b'{"source": "a.txt"}\n'
    prev.close(target, restore=True)
    assert batch.partial_path(target).exists()  # put back for another --resume


@pytest.mark.parametrize(
    ("make_dir", "writable", "fragment"),
    [
        pytest.param(False, True, "does not exist", id="missing-folder"),
        pytest.param(True, True, None, id="ok-folder"),
    ],
)
def test_F3_check_output_dir(tmp_path: Path, make_dir: bool, writable: bool, fragment: str | None) -> None:
    folder = tmp_path / "d"
    if make_dir:
        folder.mkdir()
    problem = batch.check_output_dir(folder / "out.jsonl")
    if fragment is None:
        assert problem is None
    else:
        assert problem is not None and fragment in problem
