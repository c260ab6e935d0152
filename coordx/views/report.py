"""`coordx report`: facts across a corpus."""

from __future__ import annotations

import click


@click.command()
@click.argument("inputs", nargs=-1, required=True)
def report(inputs: tuple[str, ...]) -> None:
    """Report officials, documents, figures and sites across many articles."""
    raise click.ClickException("not implemented yet")
