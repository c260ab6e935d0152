"""coordx: Vietnamese conference reports to validated, source-grounded JSON.

>>> from coordx import extract
>>> article = extract("Sáng ngày 5/1/2021, tại Hà Nội ...")
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from coordx.models import Article

__version__ = "1.0.0"
__all__ = ["Article", "extract", "__version__"]


def extract(text: str, source: str | None = None) -> Article:
    """Extract every fact of the spec from one article's text."""
    from coordx.models import Article
    from coordx.pipeline import run

    return Article.from_facts(run(text, source))


if not TYPE_CHECKING:  # (for type checkers `Article` is imported above, and no other name exists)

    def __getattr__(name: str) -> Any:
        # `Article` is imported on first use: the command line never needs
        # pydantic, whose import is a third of its cold start.
        if name == "Article":
            from coordx.models import Article

            return Article
        raise AttributeError(f"module 'coordx' has no attribute {name!r}")

    def __dir__() -> list[str]:
        return sorted([*globals(), "Article"])
