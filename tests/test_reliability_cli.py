"""Process behaviour of `coordx extract` through a real subprocess, one test
per row of RELIABILITY.md that the CLI owns (A*, B*, E1, E2, F*, G*, H1)."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLES

SAMPLE_TEXTS = sorted(SAMPLES.glob("*.txt"))


def run(
    *args: str,
    stdin: bytes | None = b"",
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    timeout: float = 60,
) -> subprocess.CompletedProcess[bytes]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "coordx", *args],
        input=stdin,
        capture_output=True,
        env=full_env,
        cwd=cwd,
        timeout=timeout,
    )


def corpus(folder: Path, n: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        p = folder / f"{i:04d}.txt"
        p.write_bytes(SAMPLE_TEXTS[i % len(SAMPLE_TEXTS)].read_bytes())
        out.append(p)
    return out


def records(data: bytes) -> list[dict[str, object]]:
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def test_A1_unknown_option_is_usage_error(tmp_path: Path) -> None:
    r = run("extract", "--no-such-option", str(SAMPLE_TEXTS[0]))
    assert r.returncode == 2
    assert r.stdout == b""
    assert b"no-such-option" in r.stderr


def test_A2_no_argument_and_terminal_stdin_gives_usage_hint_at_once() -> None:
    import pty

    primary, secondary = pty.openpty()
    try:
        p = subprocess.run(
            [sys.executable, "-m", "coordx", "extract"], stdin=secondary, capture_output=True, timeout=20
        )
    finally:
        os.close(primary)
        os.close(secondary)
    assert p.returncode == 2
    assert b"give a FILE" in p.stderr


@pytest.mark.parametrize("how", ["file", "stdin"])
def test_A3_empty_input_is_a_valid_article_with_a_warning(tmp_path: Path, how: str) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    r = run("extract", str(empty)) if how == "file" else run("extract", "-", stdin=b"")
    assert r.returncode == 0, r.stderr
    art = json.loads(r.stdout)
    assert art["dates"] == [] and art["officials"] == []
    assert art["warnings"]


def test_B1_missing_path_is_error_record_and_batch_goes_on(tmp_path: Path) -> None:
    good = corpus(tmp_path / "in", 1)[0]
    r = run("extract", str(tmp_path / "x.txt"), str(good))
    assert r.returncode == 1
    recs = records(r.stdout)
    assert recs[0]["error"]["type"] == "not_found"  # type: ignore[index]
    assert "schema_version" in recs[1]
    assert b"No such file or directory" in r.stderr
    assert b"1 of 2 failed" in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads chmod 000 files")
def test_B2_unreadable_file_is_error_record(tmp_path: Path) -> None:
    files = corpus(tmp_path / "in", 2)
    files[0].chmod(0)
    r = run("extract", str(tmp_path / "in"))
    assert r.returncode == 1
    recs = records(r.stdout)
    assert recs[0]["error"]["type"] == "unreadable"  # type: ignore[index]
    assert "schema_version" in recs[1]


def test_B3_dev_zero_and_fifo_are_refused_at_once(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = run("extract", "/dev/zero", str(fifo), timeout=20)
    assert r.returncode == 1
    assert [rec["error"]["type"] for rec in records(r.stdout)] == ["not_regular", "not_regular"]  # type: ignore[index]


def test_B4_folder_without_matching_files_names_the_pattern(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.md").write_text("x")
    r = run("extract", str(tmp_path / "in"))
    assert r.returncode == 1
    assert b"'*.txt'" in r.stderr


def test_B6_symlink_loop_walks_once_without_duplicates(tmp_path: Path) -> None:
    files = corpus(tmp_path / "in" / "sub", 2)
    (tmp_path / "in" / "sub" / "loop").symlink_to(tmp_path / "in")
    (tmp_path / "in" / "again.txt").symlink_to(files[0])
    r = run("extract", str(tmp_path / "in"), timeout=30)
    assert r.returncode == 0, r.stderr
    assert len(records(r.stdout)) == 2


def test_E1_file_larger_than_max_bytes_is_too_large(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    r = run("extract", "--max-bytes", "1000", str(big), str(SAMPLE_TEXTS[0]))
    assert r.returncode == 1
    assert records(r.stdout)[0]["error"]["type"] == "too_large"  # type: ignore[index]


def test_E2_twenty_megabytes_on_one_line_completes(tmp_path: Path) -> None:
    big = tmp_path / "line.txt"
    big.write_bytes(("Hội nghị giao ban " * 1_200_000)[:20_000_000].encode())
    r = run("extract", "--max-bytes", "40000000", str(big), timeout=120)
    assert r.returncode == 0, r.stderr[-500:]
    assert json.loads(r.stdout)["schema_version"] == "1"


def test_F1_broken_pipe_ends_quietly(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 60)
    p = subprocess.Popen(
        f"'{sys.executable}' -m coordx extract -j 1 '{tmp_path / 'in'}' | head -1",
        shell=True,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    out, err = p.communicate(timeout=60)
    assert json.loads(out.splitlines()[0])["schema_version"] == "1"
    assert err == b""


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_F2_dev_full_reports_no_space() -> None:
    with open("/dev/full", "wb") as full:
        p = subprocess.run(
            [sys.executable, "-m", "coordx", "extract", str(SAMPLE_TEXTS[0])],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=30,
        )
    assert p.returncode == 1
    assert p.stderr == b"coordx: cannot write output: No space left on device\n"


def test_F3_output_into_missing_folder_fails_before_work(tmp_path: Path) -> None:
    r = run("extract", str(SAMPLE_TEXTS[0]), "-o", str(tmp_path / "nope" / "out.jsonl"))
    assert r.returncode == 1
    assert b"does not exist" in r.stderr
    assert not (tmp_path / "nope").exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes read-only folders")
def test_F3_output_into_read_only_folder_fails_before_work(tmp_path: Path) -> None:
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o500)
    r = run("extract", str(SAMPLE_TEXTS[0]), "-o", str(ro / "out.jsonl"))
    assert r.returncode == 1
    assert b"not writable" in r.stderr
    assert list(ro.iterdir()) == []


def test_F5_output_inside_input_folder_is_not_read(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 3)
    for _ in range(2):
        r = run("extract", str(tmp_path / "in"), "--glob", "*", "-o", str(tmp_path / "in" / "out.txt"))
        assert r.returncode == 0, r.stderr
    assert len((tmp_path / "in" / "out.txt").read_bytes().splitlines()) == 3


def test_F6_every_line_loads_and_validates_against_schema(tmp_path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    corpus(tmp_path / "in", 5)
    schema = json.loads(run("schema").stdout)
    r = run("extract", str(tmp_path / "in"))
    for rec in records(r.stdout):
        jsonschema.validate(rec, schema)


def test_G1_thousand_files_three_bad(tmp_path: Path) -> None:
    files = corpus(tmp_path / "in", 1000)
    files[10].write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00binary")
    files[500].write_bytes(b"H\xe9i ngh\xec \xff\xfe\xc3")
    files[900].write_bytes(b"x" * 3000)
    files[900].write_bytes(b"x" * (max(p.stat().st_size for p in SAMPLE_TEXTS) + 1))
    r = run(
        "extract",
        "--max-bytes",
        str(max(p.stat().st_size for p in SAMPLE_TEXTS)),
        str(tmp_path / "in"),
        "-j",
        "2",
        timeout=300,
    )
    recs = records(r.stdout)
    assert len(recs) == 1000
    assert sum("error" in rec for rec in recs) == 3
    assert b"3 of 1000 failed" in r.stderr
    assert r.returncode == 1


def _uninterrupted(tmp_path: Path, inp: Path) -> bytes:
    ref = tmp_path / "ref.jsonl"
    assert run("extract", str(inp), "-j", "1", "-o", str(ref)).returncode == 0
    return ref.read_bytes()


def _start_writing(inp: Path, out: Path, at_least: int, stdout: int, stderr: int) -> subprocess.Popen[bytes]:
    """Start `coordx extract INP -o OUT` and return once its partial output holds `at_least` bytes."""
    p = subprocess.Popen([sys.executable, "-m", "coordx", "extract", str(inp), "-j", "1", "-o", str(out)], stdout=stdout, stderr=stderr)
    partial = out.with_name(f".{out.name}.coordx-partial")
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and (not partial.exists() or partial.stat().st_size < at_least):
        time.sleep(0.01)
    return p


def test_G2_kill_9_then_resume_equals_uninterrupted_run(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    corpus(inp, 150)
    expected = _uninterrupted(tmp_path, inp)
    out = tmp_path / "out.jsonl"
    p = _start_writing(inp, out, at_least=50_000, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    p.send_signal(signal.SIGKILL)
    p.wait()
    r = run("extract", str(inp), "-j", "2", "-o", str(out), "--resume")
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == expected
    kept = re.search(rb"\((\d+) kept from the earlier output\)", r.stderr)
    assert kept is not None and 0 < int(kept[1]) < 150, r.stderr  # the killed run's records were reused


def test_G2_torn_last_line_is_dropped_and_reported(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    corpus(inp, 4)
    expected = _uninterrupted(tmp_path, inp)
    out = tmp_path / "out.jsonl"
    assert run("extract", str(inp), "-o", str(out)).returncode == 0
    out.write_bytes(out.read_bytes()[:-40])
    r = run("extract", str(inp), "-o", str(out), "--resume")
    assert r.returncode == 0
    assert b"torn" in r.stderr
    assert out.read_bytes() == expected


def test_G3_resume_reprocesses_a_changed_input(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    files = corpus(inp, 3)
    out = tmp_path / "out.jsonl"
    assert run("extract", str(inp), "-o", str(out)).returncode == 0
    files[1].write_text("Ngày 5/1/2021, tại Hà Nội, Bộ Công an tổ chức hội nghị.", encoding="utf-8")
    r = run("extract", str(inp), "-o", str(out), "--resume")
    assert r.returncode == 0
    recs = records(out.read_bytes())
    assert recs == records(_uninterrupted(tmp_path, inp))


def test_G5_sigint_flushes_whole_lines_and_exits_130(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    corpus(inp, 3000)
    # Unbuffered: communicate() reads the raw pipe and would miss what a
    # buffered readline() had already pulled in.
    p = subprocess.Popen(
        [sys.executable, "-m", "coordx", "extract", str(inp), "-j", "2"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        bufsize=0,
    )
    assert p.stdout is not None
    first = p.stdout.readline()
    p.send_signal(signal.SIGINT)
    rest, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    data = first + rest
    assert data.endswith(b"\n")
    assert all(json.loads(line)["schema_version"] == "1" for line in data.splitlines())
    assert b"Traceback" not in err


def test_G5_sigterm_exits_143_with_output_file_kept(tmp_path: Path) -> None:
    inp = tmp_path / "in"
    corpus(inp, 3000)
    out = tmp_path / "out.jsonl"
    p = _start_writing(inp, out, at_least=1, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    p.send_signal(signal.SIGTERM)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 143, err
    assert all(json.loads(line) for line in out.read_bytes().splitlines())


def test_G8_same_input_twice_is_byte_identical_whatever_jobs(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 40)
    a = run("extract", str(tmp_path / "in"), "-j", "1")
    b = run("extract", str(tmp_path / "in"), "-j", "2")
    assert a.stdout == b.stdout and a.stdout


def test_H1_extractor_raising_is_internal_error_and_run_goes_on(tmp_path: Path) -> None:
    corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "0001.txt").write_text("BOOM here", encoding="utf-8")
    hook = tmp_path / "sitecustomize.py"
    hook.write_text(
        "import coordx.pipeline as p\n"
        "_real = p.run\n"
        "def run(text, source=None):\n"
        "    if 'BOOM' in text:\n"
        "        raise RuntimeError('kaboom')\n"
        "    return _real(text, source)\n"
        "p.run = run\n"
    )
    r = run("extract", str(tmp_path / "in"), "-j", "1", env={"PYTHONPATH": str(tmp_path)})
    assert r.returncode == 1
    recs = records(r.stdout)
    assert recs[1]["error"]["type"] == "internal"  # type: ignore[index]
    assert "schema_version" in recs[0] and "schema_version" in recs[2]
    assert b"internal error on " in r.stderr and b"rerun with --debug" in r.stderr
    assert b"Traceback" not in r.stderr
    r = run("extract", str(tmp_path / "in"), "-j", "1", "--debug", env={"PYTHONPATH": str(tmp_path)})
    assert b"Traceback" in r.stderr


def test_C9_stdout_is_utf8_whatever_pythonioencoding() -> None:
    r = run("extract", str(SAMPLE_TEXTS[0]), env={"PYTHONIOENCODING": "cp1252"})
    assert r.returncode == 0
    assert "Hội nghị" in r.stdout.decode("utf-8")
