"""Remote conference sites (điểm cầu / đầu cầu) and the stated site count."""

from __future__ import annotations

from dataclasses import dataclass, field

from coordx.extractors.officials import OfficialsResult
from coordx.models import Site
from coordx.text import Doc


@dataclass
class SitesResult:
    sites: list[Site] = field(default_factory=list)
    site_count: int | None = None


def extract_sites(doc: Doc, officials: OfficialsResult, warnings: list[str]) -> SitesResult:
    """Also sets `site` (and chairing roles) on the officials who were at a site."""
    return SitesResult()
