"""The command line: click only; the work is done by the library."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click

from coordx import __version__

EXIT_HELP = """
\b
Exit status:
  0    every input extracted (zero facts is still success)
  1    the run finished but at least one input failed, or output could not be written
  2    usage error
  130  interrupted by SIGINT (finished records flushed)
  143  terminated by SIGTERM (finished records flushed)

\b
--format csv columns: source, kind, value, normalized (JSON of the other
fields), text, start, end — one row per fact (title, published, event_date,
reporting_period, date, legal_document, official, site, figure, site_count,
warning, error).

\b
Environment:
  COORDX_CACHE_DIR  folder of the compiled-pattern cache (default: the user
                    cache folder, ~/.cache/coordx on Linux); empty: no cache
"""


class _Terminated(BaseException):
    # BaseException so that the per-document `except Exception` in batch
    # does not turn SIGTERM into an error record.
    pass


def _msg(text: str, quiet: bool) -> None:
    if not quiet:
        sys.stderr.write(f"coordx: {text}\n")
        sys.stderr.flush()


@click.group()
@click.version_option(__version__, prog_name="coordx")
def main() -> None:
    """Turn Vietnamese news reports into validated, source-grounded JSON."""


@main.command(epilog=EXIT_HELP)
@click.argument("inputs", nargs=-1)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv"]),
    default=None,
    help="json for one file, jsonl (default for several inputs or a folder), csv (one row per fact).",
)
@click.option("--glob", default="*.txt", show_default=True, help="File pattern inside folders (recursive).")
@click.option(
    "-j", "--jobs", type=click.IntRange(min=0), default=0, help="Worker processes (default: all cores; 1 = in-process)."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default=None,
    help="Write to FILE safely (temp file, fsync, rename) instead of stdout.",
)
@click.option("--resume", is_flag=True, help="With -o: skip inputs already in the output (same path and content).")
@click.option("--encoding", default=None, help="Input encoding when it cannot be detected.")
@click.option(
    "--max-bytes", type=click.IntRange(min=1), default=None, help="Refuse inputs larger than this (default 10485760)."
)
@click.option("-q", "--quiet", is_flag=True, help="No messages on stderr.")
@click.option("--debug", is_flag=True, help="Show tracebacks of internal errors.")
def extract(
    inputs: tuple[str, ...],
    fmt: str | None,
    glob: str,
    jobs: int,
    output: str | None,
    resume: bool,
    encoding: str | None,
    max_bytes: int | None,
    quiet: bool,
    debug: bool,
) -> None:
    """Extract facts from FILE, DIR or - (stdin)."""
    import signal
    import time

    from coordx import batch
    from coordx.io import DEFAULT_MAX_BYTES
    from coordx.patterns import save_cache

    if not inputs:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("give a FILE, a folder or - for stdin (see --help)")
        inputs = ("-",)
    if resume and not output:
        raise click.UsageError("--resume needs -o FILE")
    target = Path(output) if output else None
    if target is not None:
        problem = batch.check_output_dir(target)
        if problem:
            _msg(problem, False)
            sys.exit(1)
    exclude: set[str] = set()
    if target is not None:
        import os

        exclude = {
            os.path.realpath(target),
            os.path.realpath(batch.partial_path(target)),
            os.path.realpath(batch.index_path(target)),
        }
    found = batch.walk(inputs, glob, exclude)
    failed_walk = 0
    for d in found.empty_dirs:
        _msg(f"{d}: no files match '{glob}'; check --glob", quiet)
        failed_walk += 1
    single = len(inputs) == 1 and found.total == 1 and not Path(inputs[0]).is_dir()
    if fmt is None:
        fmt = "json" if single else "jsonl"
    if jobs == 0:
        import os

        jobs = os.cpu_count() or 1
    if found.total <= 1 or batch.STDIN in inputs:
        jobs = 1
    opts = batch.Options(fmt=fmt, encoding=encoding, max_bytes=max_bytes or DEFAULT_MAX_BYTES, debug=debug)
    stdin_data = sys.stdin.buffer.read() if batch.STDIN in inputs and sys.stdin is not None else None

    prev = batch.load_previous(target) if (resume and target is not None) else batch.Previous()
    if prev.torn:
        _msg(f"{target}: dropped a torn last record; it is processed again", quiet)

    def kept(source: str) -> str | None:
        rec = prev.records.get(source)
        return rec[0] if rec is not None else None

    # Signals only set a flag: the loop stops between two records so that
    # every line written is whole (a raise inside write() could tear one).
    stop: list[int] = []

    def _on_signal(signum: int, frame: object) -> None:
        stop.append(signum)

    signal.signal(signal.SIGTERM, _on_signal)
    signal.signal(signal.SIGINT, _on_signal)

    sink: batch.SafeOutput | None = None
    if target is not None:
        try:
            sink = batch.SafeOutput(target, keep_index=fmt == "jsonl")
        except OSError as exc:
            prev.close(target, restore=True)  # the earlier run's records stay for another --resume
            _msg(f"cannot write '{target}': {exc.strerror}; choose another -o", False)
            sys.exit(1)
    out = sys.stdout.buffer

    def write(line: bytes, source: str, digest: str | None) -> None:
        if sink is not None:
            sink.write(line, source, digest)
        else:
            out.write(line)
            if not single:
                out.flush()

    progress = _Progress(found.total, quiet)
    started = time.monotonic()
    committed = False
    failures = failed_walk
    done = 0
    reused = 0  # records kept from the earlier output (--resume)
    code = 0
    try:
        if fmt == "csv":
            write(batch.csv_header(), "", None)
        for r in batch.run_ordered(found, opts, jobs, stdin_data, kept):
            if r.kept:
                write(prev.line(r.source), r.source, r.digest)
                reused += 1
            else:
                write(r.lines, r.source, r.digest)
            if r.error is not None:
                failures += 1
                progress.message(r.error, quiet)
                if r.detail:
                    progress.message(r.detail.rstrip(), quiet, prefix=False)
            done += 1
            progress.advance()
            if stop:
                raise _Terminated() if stop[0] == signal.SIGTERM else KeyboardInterrupt()
        if sink is not None:
            sink.commit()
            committed = True
        else:
            out.flush()
    except BrokenPipeError:
        _quiet_pipe()
        sys.exit(0)
    except OSError as exc:
        if sink is not None:
            sink.abort()
        progress.stop()
        if exc.errno is not None and exc.strerror:
            _msg(f"cannot write output: {exc.strerror}", False)
        else:
            _msg(f"cannot write output: {exc}", False)
        _quiet_pipe()
        sys.exit(1)
    except (KeyboardInterrupt, _Terminated) as exc:
        code = 143 if isinstance(exc, _Terminated) else 130
        progress.stop()
        try:
            if sink is not None:
                sink.commit()
                committed = True
                _msg(f"interrupted; finished records are in {target}; rerun with --resume", quiet)
            else:
                out.flush()
        except BrokenPipeError:
            _quiet_pipe()
        except OSError:
            pass
        sys.exit(code)
    except BaseException:
        if sink is not None:
            sink.abort()
        raise
    finally:
        # the records of the earlier run: dropped once this run's output is
        # committed, put back for another --resume if it never was
        prev.close(target, restore=not committed)
    progress.stop()
    # the patterns are kept for the next run (speed only); with workers, the
    # parent has not imported the extractors, whose patterns are made on import
    import coordx.pipeline  # noqa: F401

    save_cache()
    elapsed = time.monotonic() - started
    if not single or failures:
        rate = done / elapsed if elapsed > 0 else 0.0
        total = found.total + failed_walk
        summary = f"{total} documents" if not failures else f"{failures} of {total} failed"
        if resume:
            summary += f" ({reused} kept from the earlier output)"
        _msg(f"{summary}; {elapsed:.2f} s; {rate:.0f} docs/s", quiet)
    sys.exit(1 if failures else code)


def _quiet_pipe() -> None:
    # After a broken pipe Python would complain again when flushing stdout at
    # exit; point stdout at /dev/null so the run ends silently.
    import os

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _docs_per_second_column() -> Any:
    # rich's speed columns speak bytes; this one shows "123 docs/s".
    from rich.progress import ProgressColumn, Task
    from rich.text import Text

    class DocsPerSecond(ProgressColumn):
        def render(self, task: Task) -> Text:
            speed = task.finished_speed or task.speed
            return Text("" if speed is None else f"{speed:,.0f} docs/s")

    return DocsPerSecond()


class _Progress:
    """A rich progress bar on stderr only when stderr is a terminal."""

    def __init__(self, total: int, quiet: bool) -> None:
        self.bar: object | None = None
        if quiet or total < 2 or not sys.stderr.isatty():
            return
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TimeRemainingColumn,
        )

        self.progress = Progress(
            BarColumn(),
            MofNCompleteColumn(),
            _docs_per_second_column(),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=True,
        )
        self.task = self.progress.add_task("extract", total=total)
        self.progress.start()
        self.bar = self.progress

    def advance(self) -> None:
        if self.bar is not None:
            self.progress.advance(self.task)

    def message(self, text: str, quiet: bool, prefix: bool = True) -> None:
        if quiet:
            return
        line = f"coordx: {text}" if prefix else text
        if self.bar is not None:
            self.progress.console.print(line, markup=False, highlight=False)
        else:
            sys.stderr.write(line + "\n")
            sys.stderr.flush()

    def stop(self) -> None:
        if self.bar is not None:
            self.progress.stop()
            self.bar = None


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
