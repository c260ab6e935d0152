"""`coordx show`: one article as tables and highlighted evidence."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from rich.console import RenderableType

    from coordx.models import Article


@click.command()
@click.argument("input", metavar="FILE|-")
@click.option(
    "--html",
    "html_path",
    type=click.Path(dir_okay=False, writable=True),
    help="Also write the view as one self-contained HTML page.",
)
@click.option("--encoding", default=None, help="Input encoding when it cannot be detected (cp1258, tcvn3, vni …).")
@click.option("--no-text", is_flag=True, help="Tables only, without the highlighted article text.")
def show(input: str, html_path: str | None, encoding: str | None, no_text: bool) -> None:
    """Show one article's facts and its text with every span highlighted.

    A header (title, dates, reporting period, site count), tables of
    officials, legal documents, sites, figures and warnings, then the article
    text with every extracted span coloured by kind, with a legend. With
    --html FILE the same view is written as one HTML page (no network) to
    share.
    """
    from rich.console import Console

    from coordx.views.evidence import read_one

    text, article = read_one(input, encoding)
    console = Console()
    for part in renderables(article, text, with_text=not no_text):
        console.print(part)
    if html_path:
        from coordx.views.html import page

        Path(html_path).write_text(page(article, text), encoding="utf-8")
        click.echo(f"coordx: wrote {html_path}", err=True)


def renderables(article: Article, text: str, with_text: bool = True) -> list[RenderableType]:
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    from coordx.views.evidence import KINDS, highlights, vn_number

    def value(m: object) -> str:
        return getattr(m, "value", None) or "—"

    head = Table.grid(padding=(0, 2))
    head.add_column(style="bold")
    head.add_column()
    head.add_row("title", article.title or "—")
    head.add_row("published", value(article.published))
    head.add_row("event date", value(article.event_date))
    head.add_row("reporting period", value(article.reporting_period))
    head.add_row("site count", str(article.site_count) if article.site_count is not None else "—")
    parts: list[RenderableType] = [Panel(head, title=article.source or "article", expand=False)]

    officials = Table(title="Officials", show_lines=False)
    for col in ("name", "rank", "titles", "roles", "site"):
        officials.add_column(col)
    for o in article.officials:
        officials.add_row(o.name, o.rank or "", "\n".join(o.titles), ", ".join(o.roles), o.site or "")
    parts.append(officials)

    documents = Table(title="Legal documents")
    for col in ("id", "type", "issued", "mentions", "repairs"):
        documents.add_column(col)
    for d in article.legal_documents:
        repairs = [w for w in article.warnings if d.id in w or any(m.text in w for m in d.mentions)]
        documents.add_row(d.id, d.type, d.issued or "", str(len(d.mentions)), "\n".join(repairs))
    parts.append(documents)

    sites = Table(title="Sites")
    for col in ("name", "locality", "chaired by"):
        sites.add_column(col)
    for s in article.sites:
        sites.add_row(s.name, s.locality or "", ", ".join(s.chaired_by))
    parts.append(sites)

    figures = Table(title="Figures")
    for col in ("value", "qualifier", "category", "unit", "text"):
        figures.add_column(col, justify="right" if col == "value" else "left")
    for f in article.figures:
        figures.add_row(vn_number(f.value), f.qualifier, f.category, f.unit or "", f.text)
    parts.append(figures)

    if article.warnings:
        warnings = Table(title="Warnings", show_header=False)
        warnings.add_column("warning")
        for w in article.warnings:
            warnings.add_row(w)
        parts.append(warnings)

    if with_text:
        legend = Text("legend: ")
        for label, style, _ in KINDS.values():
            legend.append(f" {label} ", style=f"{style} reverse")
            legend.append(" ")
        body = Text(text)
        for h in highlights(article):
            body.stylize(KINDS[h.kind][1] + " underline", h.start, h.end)
        parts += [legend, Panel(body, title="text", expand=True)]
    return parts
