"""What the views share: reading one input, the highlighted spans of an
Article, and numbers written the Vietnamese way."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import click

from coordx.models import Article

# kind -> (label, rich style, html colour)
KINDS: dict[str, tuple[str, str, str]] = {
    "date": ("date", "bold cyan", "#b3e5fc"),
    "period": ("reporting period", "bold blue", "#c5cae9"),
    "document": ("legal document", "bold magenta", "#f8bbd0"),
    "official": ("official", "bold green", "#c8e6c9"),
    "site": ("site", "bold yellow", "#fff59d"),
    "figure": ("figure", "bold red", "#ffccbc"),
}


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    kind: str
    label: str  # what was extracted there, for a tooltip


def highlights(article: Article) -> list[Highlight]:
    """Every extracted span, in text order, overlaps dropped (first kept)."""
    found: list[Highlight] = []
    for d in article.dates:
        found.append(Highlight(d.start, d.end, "date", f"{d.role}: {d.value}"))
    for extra in (article.published, article.event_date):
        if extra is not None:
            found.append(Highlight(extra.start, extra.end, "date", f"{extra.role}: {extra.value}"))
    if article.reporting_period is not None:
        p = article.reporting_period
        found.append(Highlight(p.start, p.end, "period", f"reporting period: {p.value}"))
    for doc in article.legal_documents:
        found += [Highlight(m.start, m.end, "document", doc.id) for m in doc.mentions]
    for o in article.officials:
        found += [Highlight(m.start, m.end, "official", o.name) for m in o.mentions]
    for s in article.sites:
        found += [Highlight(m.start, m.end, "site", s.locality or s.name) for m in s.mentions]
    for f in article.figures:
        found.append(Highlight(f.start, f.end, "figure", f"{vn_number(f.value)} {f.category} ({f.qualifier})"))
    kept: list[Highlight] = []
    for h in sorted(set(found), key=lambda h: (h.start, -(h.end - h.start), h.kind)):
        if h.end > h.start and (not kept or h.start >= kept[-1].end):
            kept.append(h)
    return kept


def vn_number(value: float) -> str:
    """391000 -> "391.000", 2.5 -> "2,5", 1500000.25 -> "1.500.000,25"."""
    if isinstance(value, float) and not value.is_integer():
        whole, _, frac = f"{value:.6f}".rstrip("0").partition(".")
        return f"{int(whole):,}".replace(",", ".") + "," + frac
    return f"{int(value):,}".replace(",", ".")


def read_one(source: str, encoding: str | None = None) -> tuple[str, Article]:
    """Read and extract one file or stdin ("-"), or exit 1 with a one-line
    message naming the file, the reason and the fix."""
    from coordx import extract
    from coordx.io import InputError, decode_verbose, read_path_verbose

    label = "<stdin>" if source == "-" else source
    try:
        if source == "-":
            decoded = decode_verbose(sys.stdin.buffer.read(), encoding)
        else:
            decoded = read_path_verbose(Path(source), encoding)
    except InputError as exc:
        click.echo(f"coordx: {label}: {exc}", err=True)
        sys.exit(1)
    article = extract(decoded.text, label)
    article.warnings[:0] = decoded.notes
    return decoded.text, article
