from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"


def pytest_configure(config: pytest.Config) -> None:
    # The tests (and the commands they start) keep compiled patterns in a
    # folder of their own, never in the user's cache.
    os.environ["COORDX_CACHE_DIR"] = tempfile.mkdtemp(prefix="coordx-test-cache-")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(os.environ.get("COORDX_CACHE_DIR", ""), ignore_errors=True)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="rewrite samples/*.json from the current output (review the diff)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


# Hypothesis profiles: "ci" (the default, run by `pytest`) and "thorough"
# (by hand: `pytest tests/test_properties.py --hypothesis-profile=thorough`).
try:
    from hypothesis import HealthCheck, settings

    settings.register_profile("ci", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile(
        "thorough", max_examples=20000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
    )
    settings.load_profile("ci")
except ImportError:  # hypothesis is a test extra
    pass
