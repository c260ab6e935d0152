"""Calendar dates, the event date and the reporting period."""

from __future__ import annotations

from dataclasses import dataclass, field

from coordx.extractors.common import Range
from coordx.extractors.header import Header
from coordx.extractors.legal import LegalResult
from coordx.models import DateMention, Period
from coordx.text import Doc


@dataclass
class DatesResult:
    dates: list[DateMention] = field(default_factory=list)
    event_date: DateMention | None = None
    reporting_period: Period | None = None
    claimed: list[Range] = field(default_factory=list)


def extract_dates(doc: Doc, header: Header, legal: LegalResult, warnings: list[str]) -> DatesResult:
    return DatesResult()
