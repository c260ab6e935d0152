"""`coordx show`: one article as tables and highlighted evidence."""

from __future__ import annotations

import click


@click.command()
@click.argument("input", metavar="FILE|-")
def show(input: str) -> None:
    """Show one article's facts and its text with every span highlighted."""
    raise click.ClickException("not implemented yet")
