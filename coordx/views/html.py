"""The `coordx show --html` page: one self-contained file (inline CSS, no
script, no network), every text escaped."""

from __future__ import annotations

from html import escape

from coordx.models import Article
from coordx.views.evidence import KINDS, highlights, vn_number

_CSS = """
body { font-family: system-ui, sans-serif; margin: 2em auto; max-width: 70em; color: #222; }
h1 { font-size: 1.3em; } h2 { font-size: 1.05em; margin-top: 1.6em; }
table { border-collapse: collapse; margin: .4em 0; }
th, td { border: 1px solid #ccc; padding: .25em .6em; text-align: left; vertical-align: top; }
th { background: #f3f3f3; }
td.num { text-align: right; font-variant-numeric: tabular-nums; }
.text { white-space: pre-wrap; line-height: 1.7; border: 1px solid #ddd; padding: 1em; background: #fcfcfc; }
mark { padding: 0 .1em; border-radius: .2em; }
.legend mark { margin-right: .6em; }
""" + "".join(f"mark.{kind} {{ background: {colour}; }}\n" for kind, (_, _, colour) in KINDS.items())


def _table(title: str, columns: list[str], rows: list[list[str]], numeric: tuple[int, ...] = ()) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in columns)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="num">{escape(cell)}</td>' if i in numeric else f"<td>{escape(cell)}</td>"
            for i, cell in enumerate(row)
        )
        + "</tr>"
        for row in rows
    )
    return f"<h2>{escape(title)}</h2>\n<table><tr>{head}</tr>{body}</table>\n"


def page(article: Article, text: str) -> str:
    """The show view as HTML: header, tables, then the text with each
    extracted span in a <mark class="KIND" title="what was extracted">."""

    def value(m: object) -> str:
        return str(getattr(m, "value", None) or "—")

    parts = [
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">',
        f"<title>coordx: {escape(article.title or article.source or 'article')}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>{escape(article.title or article.source or 'article')}</h1>",
        _table(
            "Article",
            ["source", "published", "event date", "reporting period", "site count"],
            [
                [
                    article.source or "",
                    value(article.published),
                    value(article.event_date),
                    value(article.reporting_period),
                    "" if article.site_count is None else str(article.site_count),
                ]
            ],
        ),
        _table(
            "Officials",
            ["name", "rank", "titles", "roles", "site"],
            [[o.name, o.rank or "", "; ".join(o.titles), ", ".join(o.roles), o.site or ""] for o in article.officials],
        ),
        _table(
            "Legal documents",
            ["id", "type", "issued", "mentions"],
            [[d.id, d.type, d.issued or "", str(len(d.mentions))] for d in article.legal_documents],
            numeric=(3,),
        ),
        _table(
            "Sites",
            ["name", "locality", "chaired by"],
            [[s.name, s.locality or "", ", ".join(s.chaired_by)] for s in article.sites],
        ),
        _table(
            "Figures",
            ["value", "qualifier", "category", "unit", "text"],
            [[vn_number(f.value), f.qualifier, f.category, f.unit or "", f.text] for f in article.figures],
            numeric=(0,),
        ),
        _table("Warnings", ["warning"], [[w] for w in article.warnings]),
        '<h2>Text</h2>\n<p class="legend">'
        + "".join(f'<mark class="{kind}">{escape(label)}</mark>' for kind, (label, _, _) in KINDS.items())
        + '</p>\n<div class="text">',
    ]
    pos = 0
    for h in highlights(article):
        parts.append(escape(text[pos : h.start]))
        parts.append(f'<mark class="{h.kind}" title="{escape(h.label)}">{escape(text[h.start : h.end])}</mark>')
        pos = h.end
    parts.append(escape(text[pos:]))
    parts.append("</div>\n</body></html>\n")
    return "".join(parts)
