"""`coordx report`: facts across a corpus — who held which rank and title
when, which documents are cited where, the headline figures by period, the
sites by province."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import click

from coordx.text import canonical_tones, nfc


def _key(name: str) -> str:
    return " ".join(canonical_tones(nfc(name)).split()).casefold()


def article_date(article: dict[str, Any]) -> str | None:
    """When an article speaks of: its event date, else publication, else the
    period it reviews (ISO, sortable; "--MM-DD" sorts first)."""
    for key in ("event_date", "published", "reporting_period"):
        value = (article.get(key) or {}).get("value")
        if value:
            return str(value)
    return None


@dataclass
class Report:
    articles: int = 0
    failed: list[str] = field(default_factory=list)
    timeline: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    names: dict[str, str] = field(default_factory=dict)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    figures: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    sites: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, article: dict[str, Any]) -> None:
        self.articles += 1
        source = article.get("source") or ""
        date = article_date(article)
        for o in article.get("officials") or []:
            key = _key(o["name"])
            self.names.setdefault(key, o["name"])
            self.timeline.setdefault(key, []).append(
                {
                    "date": date,
                    "source": source,
                    "rank": o.get("rank"),
                    "titles": o.get("titles") or [],
                    "roles": o.get("roles") or [],
                }
            )
        for d in article.get("legal_documents") or []:
            entry = self.documents.setdefault(
                d["id"],
                {"id": d["id"], "type": d.get("type"), "articles": 0, "sources": [], "first": None, "last": None},
            )
            entry["articles"] += 1
            entry["sources"].append(source)
            if date:
                entry["first"] = min(filter(None, [entry["first"], date]))
                entry["last"] = max(filter(None, [entry["last"], date]))
        period = (article.get("reporting_period") or {}).get("value") or "(none)"
        for f in article.get("figures") or []:
            entry = self.figures.setdefault(
                (period, f["category"]),
                {"period": period, "category": f["category"], "total": 0, "figures": 0, "vague": 0, "articles": set()},
            )
            entry["articles"].add(source)
            if f.get("qualifier") == "vague":
                entry["vague"] += 1  # "hàng trăm" is no amount to add up
            else:
                entry["total"] += f["value"]
                entry["figures"] += 1
        for s in article.get("sites") or []:
            place = s.get("locality") or s.get("name")
            entry = self.sites.setdefault(place, {"site": place, "articles": set(), "chaired_by": []})
            entry["articles"].add(source)
            for name in s.get("chaired_by") or []:
                if name not in entry["chaired_by"]:
                    entry["chaired_by"].append(name)

    def as_dict(self) -> dict[str, Any]:
        def order(row: dict[str, Any]) -> tuple[str, str]:
            return (row["date"] or "9999", row["source"])

        officials: list[dict[str, Any]] = [
            {"name": self.names[k], "mentions": sorted(rows, key=order)}
            for k, rows in sorted(self.timeline.items(), key=lambda kv: (-len(kv[1]), self.names[kv[0]]))
        ]
        documents = sorted(self.documents.values(), key=lambda d: (-d["articles"], d["id"]))
        figures = [
            {**f, "articles": len(f["articles"])}
            for f in sorted(self.figures.values(), key=lambda f: (f["period"], f["category"]))
        ]
        sites = [
            {**s, "articles": len(s["articles"])}
            for s in sorted(self.sites.values(), key=lambda s: (-len(s["articles"]), s["site"]))
        ]
        return {
            "articles": self.articles,
            "failed": self.failed,
            "officials": officials,
            "legal_documents": documents,
            "figures": figures,
            "sites": sites,
        }


def load(inputs: Iterable[str], glob: str, encoding: str | None) -> Iterator[dict[str, Any] | str]:
    """Articles as dicts: JSON Lines written by `coordx extract` are read as
    they are; text files and folders are extracted on the fly. A failed input
    yields its one-line message instead."""
    from coordx import extract
    from coordx.io import InputError, read_path_verbose

    for raw in inputs:
        path = Path(raw)
        files = sorted(p for p in path.rglob(glob) if p.is_file()) if path.is_dir() else [path]
        for f in files:
            if f.suffix in (".jsonl", ".json") and f.is_file():
                yield from _read_jsonl(f)
                continue
            try:
                decoded = read_path_verbose(f, encoding)
            except InputError as exc:
                yield f"{f}: {exc}"
                continue
            yield extract(decoded.text, str(f)).model_dump(mode="json")


def _read_jsonl(path: Path) -> Iterator[dict[str, Any] | str]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                yield f"{path}:{n}: not JSON ({exc.msg}); is it output of `coordx extract --format jsonl`?"
                continue
            if "error" in record and "schema_version" not in record:
                yield f"{record.get('source')}: {record['error'].get('message')}"
            else:
                yield record


@click.command()
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "json", "csv"]),
    default="table",
    show_default=True,
    help="rich tables for reading, or json / csv for further analysis.",
)
@click.option("--glob", default="*.txt", show_default=True, help="File pattern inside folders.")
@click.option("--encoding", default=None, help="Input encoding when it cannot be detected (cp1258, tcvn3, vni …).")
def report(inputs: tuple[str, ...], fmt: str, glob: str, encoding: str | None) -> None:
    """Report officials, documents, figures and sites across many articles.

    INPUT is a folder or text file (extracted on the fly) or a .jsonl file
    written by `coordx extract`. Four views: each official across articles
    with the rank and titles each gives, by date (a promotion timeline); the
    legal documents cited, with how many articles cite each and the first and
    last date; headline figures by reporting period and category (vague
    amounts counted, not added); sites by province.
    """
    rep = Report()
    for item in load(inputs, glob, encoding):
        if isinstance(item, str):
            rep.failed.append(item)
            click.echo(f"coordx: {item}", err=True)
        else:
            rep.add(item)
    data = rep.as_dict()
    if fmt == "json":
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif fmt == "csv":
        _write_csv(data)
    else:
        _print_tables(data)
    if rep.failed:
        sys.exit(1)


CSV_COLUMNS = ["view", "key", "date", "source", "rank", "titles", "value", "count", "first", "last"]


def _write_csv(data: dict[str, Any]) -> None:
    import csv

    w = csv.writer(sys.stdout, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for o in data["officials"]:
        for m in o["mentions"]:
            w.writerow(
                ["official", o["name"], m["date"], m["source"], m["rank"] or "", "; ".join(m["titles"]), "", "", "", ""]
            )
    for d in data["legal_documents"]:
        w.writerow(
            ["legal_document", d["id"], "", "", "", "", d["type"], d["articles"], d["first"] or "", d["last"] or ""]
        )
    for f in data["figures"]:
        w.writerow(["figure", f"{f['period']}/{f['category']}", "", "", "", "", f["total"], f["figures"], "", ""])
    for s in data["sites"]:
        w.writerow(["site", s["site"], "", "", "", "", ", ".join(s["chaired_by"]), s["articles"], "", ""])


def _print_tables(data: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    from coordx.views.evidence import vn_number

    console = Console()
    console.print(
        f"[bold]{data['articles']} articles[/bold]" + (f", {len(data['failed'])} failed" if data["failed"] else "")
    )

    t = Table(title="Officials across articles (by date)")
    for col in ("name", "date", "rank", "titles", "roles", "source"):
        t.add_column(col)
    for o in data["officials"]:
        for i, m in enumerate(o["mentions"]):
            t.add_row(
                o["name"] if i == 0 else "",
                m["date"] or "",
                m["rank"] or "",
                "\n".join(m["titles"]),
                ", ".join(m["roles"]),
                Path(m["source"]).name,
                end_section=i == len(o["mentions"]) - 1,
            )
    console.print(t)

    t = Table(title="Legal documents cited")
    for col in ("id", "type", "articles", "first", "last"):
        t.add_column(col, justify="right" if col == "articles" else "left")
    for d in data["legal_documents"]:
        t.add_row(d["id"], d["type"] or "", str(d["articles"]), d["first"] or "", d["last"] or "")
    console.print(t)

    t = Table(title="Headline figures by reporting period and category")
    for col in ("period", "category", "total", "figures", "vague", "articles"):
        t.add_column(col, justify="left" if col in ("period", "category") else "right")
    for f in data["figures"]:
        t.add_row(
            f["period"], f["category"], vn_number(f["total"]), str(f["figures"]), str(f["vague"]), str(f["articles"])
        )
    console.print(t)

    t = Table(title="Sites by province")
    for col in ("site", "articles", "chaired by"):
        t.add_column(col)
    for s in data["sites"]:
        t.add_row(s["site"], str(s["articles"]), ", ".join(s["chaired_by"]))
    console.print(t)
