"""Adversarial timings (RELIABILITY.md row E3): each family of
tests/test_adversarial.py at 10k and 100k characters, to show linear growth.
Run by hand: .venv/bin/python bench/adversarial.py"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coordx import extract  # noqa: E402
from tests.test_adversarial import FAMILIES  # noqa: E402


def main() -> None:
    extract("Thượng tướng Nguyễn Văn An, Thứ trưởng Bộ Công an.")  # warm up: patterns compile on import
    print(f"{'family':22s} {'10k chars':>10s} {'100k chars':>11s} {'ratio':>6s}")
    for family, unit in FAMILIES.items():
        times = []
        for n in (10_000, 100_000):
            text = (unit * (n // len(unit) + 1))[:n]
            started = time.perf_counter()
            extract(text)
            times.append(time.perf_counter() - started)
        print(f"{family:22s} {times[0]:9.3f}s {times[1]:10.3f}s {times[1] / times[0]:6.1f}")


if __name__ == "__main__":
    main()
