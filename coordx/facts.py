"""The facts of one article (schema version "1") as plain dataclasses.

The extractors make these, and the command line writes them as JSON without
importing pydantic: pydantic's import and schema building are half of the
cold start of `coordx extract one-file.txt`. The library's `Article`
(`coordx.models`) is the same shape as `Facts` and validates these classes
when it is built; the tests check that both give the same JSON.

Field names are a public interface: never rename, only add with a schema bump.
Every fact that comes from the text carries `text`, `start`, `end`, offsets in
code points into the decoded input as read, so `input[start:end] == text`.
A field's description in `coordx schema` is written with `Described`, not as
an attribute docstring: a docstring is read from the source file, which an
install of compiled files only does not have.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Annotated, Any, Literal

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


class _NonNegative:
    """Marks an int that is never below zero: pydantic reads this (through
    its `__get_pydantic_core_schema__` hook) when it builds `Article`, so the
    bound is validated and shows in the JSON Schema as "minimum": 0, without
    this module importing pydantic or annotated_types."""

    @staticmethod
    def __get_pydantic_core_schema__(source: Any, handler: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
        return {**handler(source), "ge": 0}


Offset = Annotated[int, _NonNegative]


class Described:
    """A field's description in the JSON Schema, put there by pydantic's
    `__get_pydantic_json_schema__` hook (again without importing pydantic)."""

    def __init__(self, description: str) -> None:
        self.description = description

    def __get_pydantic_json_schema__(self, schema: Any, handler: Callable[[Any], dict[str, Any]]) -> dict[str, Any]:
        return {**handler(schema), "description": self.description}


@dataclass(slots=True, kw_only=True)
class Span:
    """Where a fact was read: `input[start:end] == text`."""

    text: str
    start: Offset
    end: Offset


@dataclass(slots=True, kw_only=True)
class DateMention(Span):
    value: Annotated[str, Described('ISO 8601: "2021-01-05", "2025-01", "2019", or "--07-31" when no year is known')]
    precision: Precision
    year_inferred: bool = False
    role: DateRole = "other"


@dataclass(slots=True, kw_only=True)
class Period(Span):
    value: Annotated[
        str | None,
        Described('"2024", "2022-H1", "2022-Q3", "2021-03", "2021-01/2021-09", "2022/2023"; null without a year'),
    ]


@dataclass(slots=True, kw_only=True)
class LegalDocument:
    id: Annotated[str, Described('canonical number ("03/2019/NĐ-CP", "46-CT/TW"), or type and number')]
    type: str
    number: str
    year: int | None = None
    issuer: str | None = None
    issued: Annotated[str | None, Described("ISO date written with the document")] = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Official:
    name: str
    rank: str | None = None
    titles: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    site: str | None = None
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Site:
    name: str
    locality: str | None = None
    chaired_by: list[str] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)


@dataclass(slots=True, kw_only=True)
class Figure(Span):
    value: int | float
    qualifier: Qualifier = "exact"
    unit: str | None = None
    category: Category = "other"


@dataclass(slots=True, kw_only=True)
class Facts:
    """Everything extracted from one article: `coordx.models.Article`'s fields,
    in its order."""

    schema_version: Literal["1"] = SCHEMA_VERSION
    source: str | None = None
    title: str | None = None
    published: DateMention | None = None
    event_date: DateMention | None = None
    reporting_period: Period | None = None
    dates: list[DateMention] = field(default_factory=list)
    legal_documents: list[LegalDocument] = field(default_factory=list)
    officials: list[Official] = field(default_factory=list)
    sites: list[Site] = field(default_factory=list)
    site_count: int | None = None
    figures: list[Figure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The facts as JSON values (dicts in field order, lists, strings,
        numbers, booleans, None): what `Article.model_dump(mode="json")` gives."""
        return {name: _plain(getattr(self, name)) for name in self.__dataclass_fields__}


def _plain(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    fields = getattr(value, "__dataclass_fields__", None)
    if fields is None:
        return value
    return {name: _plain(getattr(value, name)) for name in fields}
