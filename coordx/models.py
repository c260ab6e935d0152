"""The Article (schema version "1"): the library's validated model of the
facts of one article, and what a batch writes for an input that failed.

Field names are a public interface: never rename, only add with a schema bump.
The facts inside an Article are the plain dataclasses of `coordx.facts`
(re-exported here); building an Article validates every one of them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from coordx.facts import (
    SCHEMA_VERSION,
    Category,
    DateMention,
    DateRole,
    Facts,
    Figure,
    LegalDocument,
    Official,
    Period,
    Precision,
    Qualifier,
    Role,
    Site,
    Span,
)

__all__ = [
    "SCHEMA_VERSION",
    "Article",
    "Category",
    "DateMention",
    "DateRole",
    "ErrorInfo",
    "ErrorRecord",
    "Facts",
    "Figure",
    "LegalDocument",
    "Official",
    "Period",
    "Precision",
    "Qualifier",
    "Role",
    "Site",
    "Span",
]


class _Model(BaseModel):
    # revalidate_instances: the facts arrive as dataclass instances, which
    # pydantic would otherwise take as they are, unchecked.
    model_config = ConfigDict(extra="forbid", defer_build=True, revalidate_instances="always")


class Article(_Model):
    # the same fields, in the same order, as coordx.facts.Facts (a test checks)
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

    @classmethod
    def from_facts(cls, facts: Facts) -> Article:
        """Validate the extractors' facts as an Article."""
        return cls.model_validate(facts, from_attributes=True)


class ErrorInfo(_Model):
    type: str
    message: str


class ErrorRecord(_Model):
    """What a batch writes in place of an Article for an input that failed."""

    source: str
    error: ErrorInfo
