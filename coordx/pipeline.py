"""Run the extractors in order over one normalised document and link them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from coordx.extractors.dates import DatesResult, extract_dates
from coordx.extractors.figures import extract_figures
from coordx.extractors.header import Header, extract_header, page_end, related_links
from coordx.extractors.legal import LegalResult, extract_legal
from coordx.extractors.officials import OfficialsResult, extract_officials
from coordx.extractors.sites import SitesResult, extract_sites
from coordx.facts import Facts, Figure
from coordx.patterns import PATTERN_TIMEOUT
from coordx.text import Doc

T = TypeVar("T")


def run(text: str, source: str | None = None) -> Facts:
    doc = Doc.from_text(text)
    # links to other stories, readers' comments and the site's footer are not this article
    doc = doc.blanked([*related_links(doc.text), *page_end(doc.text)])
    warnings: list[str] = []
    if not doc.text.strip():
        warnings.append("empty input: no text to extract from")

    def bounded(kind: str, extract: Callable[[], T], empty: T) -> T:
        # A pattern that ran past PATTERN_TIMEOUT stops its extractor only.
        try:
            return extract()
        except TimeoutError:
            warnings.append(f"{kind} not extracted: a pattern ran over {PATTERN_TIMEOUT:g} s on this text")
            return empty

    header = bounded("title and publication date", lambda: extract_header(doc, warnings), Header())
    # (the headline and the posting line are lines; under them, a paragraph
    # wrapped over lines is read as one)
    doc = doc.unwrapped(header.body)
    # Documents first: their numbers ("03/2019", "03.2019") must not be read
    # as dates or figures, and their issue dates get the role "issued".
    legal = bounded("legal documents", lambda: extract_legal(doc, warnings), LegalResult())
    dates = bounded("dates", lambda: extract_dates(doc, header, legal, warnings), DatesResult())
    officials = bounded("officials", lambda: extract_officials(doc, warnings), OfficialsResult())
    sites = bounded("sites", lambda: extract_sites(doc, officials, warnings), SitesResult())
    claimed = [*(header.claimed or []), *legal.claimed, *dates.claimed]
    no_figures: list[Figure] = []
    figures = bounded("figures", lambda: extract_figures(doc, claimed, warnings), no_figures)
    return Facts(
        source=source,
        title=header.title,
        published=header.published,
        event_date=dates.event_date,
        reporting_period=dates.reporting_period,
        dates=dates.dates,
        legal_documents=legal.documents,
        officials=officials.officials,
        sites=sites.sites,
        site_count=sites.site_count,
        figures=figures,
        warnings=list(dict.fromkeys(warnings)),
    )
