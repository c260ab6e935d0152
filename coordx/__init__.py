"""coordx: Vietnamese conference reports to validated, source-grounded JSON.

>>> from coordx import extract
>>> article = extract("Sáng ngày 5/1/2021, tại Hà Nội ...")
"""

from __future__ import annotations

from coordx.models import Article

__version__ = "1.0.0"
__all__ = ["Article", "extract", "__version__"]


def extract(text: str, source: str | None = None) -> Article:
    """Extract every fact of the spec from one article's text."""
    from coordx.pipeline import run

    return run(text, source)
