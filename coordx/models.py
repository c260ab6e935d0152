"""The Article and the facts inside it (schema version "1").

Field names are a public interface: never rename, only add with a schema bump.
Every fact that comes from the text carries `text`, `start`, `end`, offsets in
code points into the decoded input as read, so `input[start:end] == text`.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

SCHEMA_VERSION: Literal["1"] = "1"

Precision = Literal["day", "month", "year"]
DateRole = Literal["published", "event", "issued", "other"]
Role = Literal["chair", "co-chair", "attendee", "speaker"]
Qualifier = Literal["exact", "more_than", "nearly", "approximately", "at_least", "less_than", "vague"]
Category = Literal[
    "personnel",
    "vehicles",
    "plans",
    "drug_cases",
    "cases",
    "incidents",
    "people",
    "suspects",
    "information",
    "patrols",
    "weapons",
    "tasks",
    "sites",
    "weight",
    "money",
    "percent",
    "other",
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)


class Span(_Model):
    """Where a fact was read: `input[start:end] == text`."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class DateMention(Span):
    value: str = Field(description='ISO 8601: "2021-01-05", "2025-01", "2019", or "--07-31" when no year is known')
    precision: Precision
    year_inferred: bool = False
    role: DateRole = "other"


class Period(Span):
    value: str | None = Field(
        description='"2024", "2022-H1", "2022-Q3", "2021-03", "2021-01/2021-09", "2022/2023"; null without a year'
    )


class LegalDocument(_Model):
    id: str = Field(description='canonical number ("03/2019/NĐ-CP", "46-CT/TW"), or type and number')
    type: str
    number: str
    year: int | None = None
    issuer: str | None = None
    issued: str | None = Field(default=None, description="ISO date written with the document")
    mentions: list[Span] = Field(default_factory=list)


class Official(_Model):
    name: str
    rank: str | None = None
    titles: list[str] = Field(default_factory=list)
    roles: list[Role] = Field(default_factory=list)
    site: str | None = None
    mentions: list[Span] = Field(default_factory=list)


class Site(_Model):
    name: str
    locality: str | None = None
    chaired_by: list[str] = Field(default_factory=list)
    mentions: list[Span] = Field(default_factory=list)


class Figure(Span):
    value: int | float
    qualifier: Qualifier = "exact"
    unit: str | None = None
    category: Category = "other"


class Article(_Model):
    schema_version: Literal["1"] = SCHEMA_VERSION
    source: str | None = None
    title: str | None = None
    published: DateMention | None = None
    event_date: DateMention | None = None
    reporting_period: Period | None = None
    dates: list[DateMention] = Field(default_factory=list)
    legal_documents: list[LegalDocument] = Field(default_factory=list)
    officials: list[Official] = Field(default_factory=list)
    sites: list[Site] = Field(default_factory=list)
    site_count: int | None = None
    figures: list[Figure] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)


class ErrorInfo(_Model):
    type: str
    message: str


class ErrorRecord(_Model):
    """What a batch writes in place of an Article for an input that failed."""

    source: str
    error: ErrorInfo
