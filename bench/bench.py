"""Throughput, memory and start-up figures for coordx (never run in CI).

Usage: .venv/bin/python bench/bench.py [--sizes 1000,10000,100000]
Builds corpora in a temp folder by cycling samples/*.txt and prints one line
per measurement; copy the figures into bench/README.md.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
CLI = [sys.executable, "-m", "coordx", "extract"]


def build(folder: Path, n: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    data = [p.read_bytes() for p in SAMPLES]
    for i in range(n):
        sub = folder / f"{i // 1000:04d}"
        sub.mkdir(exist_ok=True)
        (sub / f"{i:06d}.txt").write_bytes(data[i % len(data)])


def in_process(n: int = 2000) -> None:
    from coordx import extract

    texts = [p.read_bytes() for p in SAMPLES]
    size = sum(len(texts[i % len(texts)]) for i in range(n))
    t = time.perf_counter()
    for i in range(n):
        extract(texts[i % len(texts)].decode("utf-8"))
    dt = time.perf_counter() - t
    # The floor: read + NFC + one pass of one simple compiled pattern.
    pat = re.compile(r"ngày \d{1,2}/\d{1,2}/\d{4}")
    t = time.perf_counter()
    for i in range(n):
        pat.findall(unicodedata.normalize("NFC", texts[i % len(texts)].decode("utf-8")))
    floor = time.perf_counter() - t
    print(
        f"extract(): {n / dt:,.0f} docs/s, {size / dt / 1e6:.2f} MB/s; floor {n / floor:,.0f} docs/s; "
        f"ratio {dt / floor:.1f}x"
    )


def cold_start() -> None:
    def best(cmd: list[str], env: dict[str, str] | None = None) -> float:
        times = []
        for _ in range(5):
            t = time.perf_counter()
            subprocess.run(cmd, stdout=subprocess.DEVNULL, check=False, env=env)
            times.append(time.perf_counter() - t)
        return min(times)

    base = best([sys.executable, "-c", "pass"])
    cli_deps = best([sys.executable, "-c", "import click, regex"])
    pydantic = best([sys.executable, "-c", "import pydantic.main"])  # the library's Article only
    library = best([sys.executable, "-c", "import coordx.models"])
    one = best([*CLI, str(SAMPLES[0])])  # the first run fills the pattern cache
    uncached = best([*CLI, str(SAMPLES[0])], env={**os.environ, "COORDX_CACHE_DIR": ""})
    print(
        f"cold start: python -c pass {base * 1000:.0f} ms; import click, regex +{(cli_deps - base) * 1000:.0f} ms; "
        f"import pydantic.main +{(pydantic - base) * 1000:.0f} ms; import coordx.models (Article) "
        f"+{(library - base) * 1000:.0f} ms; "
        f"coordx extract one sample {one * 1000:.0f} ms, +{(one - base) * 1000:.0f} ms "
        f"(without the pattern cache +{(uncached - base) * 1000:.0f} ms)"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="1000,10000,100000")
    args = ap.parse_args()
    print(f"machine: {os.cpu_count()} cores, {sys.version.split()[0]}, {os.uname().sysname} {os.uname().machine}")
    in_process()
    cold_start()
    with tempfile.TemporaryDirectory() as tmp:
        for n in (int(s) for s in args.sizes.split(",")):
            folder = Path(tmp) / str(n)
            build(folder, n)
            for jobs in (1, 2):
                # ru_maxrss of children is the max over all children so far;
                # measure each run in a fresh wrapper process instead.
                t = time.perf_counter()
                r = subprocess.run(
                    [
                        sys.executable,
                        "-c",
                        "import resource,subprocess,sys;"
                        "subprocess.run(sys.argv[1:],stdout=subprocess.DEVNULL);"
                        "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)",
                        *CLI,
                        str(folder),
                        "-j",
                        str(jobs),
                        "-q",
                    ],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                dt = time.perf_counter() - t
                rss = int(r.stdout.strip() or 0) / 1024
                print(
                    f"CLI {n} docs, --jobs {jobs}: {dt:.1f} s, {n / dt:,.0f} docs/s, peak RSS {rss:.0f} MB "
                    "(largest single process)"
                )


if __name__ == "__main__":
    main()
