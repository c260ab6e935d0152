"""The command line: click only; the work is done by the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from coordx import __version__


def _iter_inputs(paths: tuple[str, ...], glob: str) -> list[Path | None]:
    out: list[Path | None] = []
    for p in paths:
        if p == "-":
            out.append(None)
            continue
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(f for f in path.rglob(glob) if f.is_file()))
        else:
            out.append(path)
    return out


@click.group()
@click.version_option(__version__, prog_name="coordx")
def main() -> None:
    """Turn Vietnamese news reports into validated, source-grounded JSON."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json", "jsonl"]), default=None)
@click.option("--glob", default="*.txt", show_default=True)
def extract(inputs: tuple[str, ...], fmt: str | None, glob: str) -> None:
    """Extract facts from FILE, DIR or - (stdin)."""
    from coordx import extract as run

    files = _iter_inputs(inputs, glob)
    if fmt is None:
        fmt = "json" if len(files) == 1 and not any(Path(p).is_dir() for p in inputs if p != "-") else "jsonl"
    out = sys.stdout.buffer
    for f in files:
        if f is None:
            text, source = sys.stdin.buffer.read().decode("utf-8-sig"), "<stdin>"
        else:
            text, source = f.read_bytes().decode("utf-8-sig"), str(f)
        article = run(text, source)
        data = article.model_dump(mode="json")
        if fmt == "json":
            out.write(json.dumps(data, ensure_ascii=False, indent=2).encode() + b"\n")
        else:
            out.write(json.dumps(data, ensure_ascii=False).encode() + b"\n")


@main.command()
def schema() -> None:
    """Print the JSON Schema of the Article."""
    from coordx.models import Article

    sys.stdout.write(json.dumps(Article.model_json_schema(), ensure_ascii=False, indent=2) + "\n")


def _register_views() -> None:
    # The view modules import rich lazily inside their commands, so
    # registering them costs `coordx extract` nothing at start-up.
    from coordx.views.report import report
    from coordx.views.show import show

    main.add_command(show)
    main.add_command(report)


_register_views()
