"""Run the extractors in order over one normalised document and link them."""

from __future__ import annotations

from coordx.extractors.dates import extract_dates
from coordx.extractors.figures import extract_figures
from coordx.extractors.header import extract_header
from coordx.extractors.legal import extract_legal
from coordx.extractors.officials import extract_officials
from coordx.extractors.sites import extract_sites
from coordx.models import Article
from coordx.text import Doc


def run(text: str, source: str | None = None) -> Article:
    doc = Doc.from_text(text)
    warnings: list[str] = []
    if not doc.text.strip():
        warnings.append("empty input: no text to extract from")
    header = extract_header(doc, warnings)
    # Documents first: their numbers ("03/2019", "03.2019") must not be read
    # as dates or figures, and their issue dates get the role "issued".
    legal = extract_legal(doc, warnings)
    dates = extract_dates(doc, header, legal, warnings)
    officials = extract_officials(doc, warnings)
    sites = extract_sites(doc, officials, warnings)
    claimed = [*(header.claimed or []), *legal.claimed, *dates.claimed]
    figures = extract_figures(doc, claimed, warnings)
    return Article(
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
