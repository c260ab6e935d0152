"""Batch mode: walk inputs, extract them in worker processes, write records
in a stable order (by path), resume an interrupted run, write output safely.

Every record is one line of bytes; a failed input becomes an error record and
the run goes on. Nothing here prints: the CLI owns messages and exit codes.
"""

from __future__ import annotations

import hashlib
import json
import os
import stat
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from coordx.io import DEFAULT_MAX_BYTES, InputError, decode_verbose, read_path, read_path_verbose

STDIN = "-"
# Files per task sent to a worker: large enough to amortise pickling, small
# enough that ordering holds little back.
CHUNK = 16
# Tasks in flight per worker: bounds memory whatever the number of inputs.
WINDOW_PER_JOB = 4

CSV_COLUMNS = ["source", "kind", "value", "normalized", "text", "start", "end"]


@dataclass(frozen=True)
class Options:
    fmt: str = "jsonl"  # json | jsonl | csv
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    debug: bool = False


@dataclass
class Result:
    """One input's outcome: `lines` are the encoded output records."""

    source: str
    lines: bytes
    digest: str | None
    error: str | None = None  # the one-line message when the input failed
    detail: str | None = None  # traceback under --debug


@dataclass
class Walk:
    files: list[str] = field(default_factory=list)
    empty_dirs: list[str] = field(default_factory=list)


def walk(inputs: Iterable[str], glob: str, exclude: set[str] | None = None) -> Walk:
    """Expand folders recursively (following symlinks once: a loop is entered
    once, a file reached twice is listed once); files named directly are kept
    as given so a missing one becomes an error record. Paths in `exclude`
    (resolved) are never listed — the output file inside an input folder."""
    import fnmatch

    skip = exclude or set()
    skip_names = {os.path.basename(p) for p in skip}
    out = Walk()
    # files already listed, by inode: a symlink to a listed file adds nothing
    # (ints, not real paths, to keep the walk small on 100k files)
    seen_files: set[int] = set()
    for given in inputs:
        if given == STDIN or not os.path.isdir(given):
            out.files.append(given)
            continue
        found: list[str] = []
        seen_dirs: set[tuple[int, int]] = set()
        for root, dirs, names in os.walk(given, followlinks=True):
            try:
                st = os.stat(root)
            except OSError:
                dirs[:] = []
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen_dirs:
                dirs[:] = []
                continue
            seen_dirs.add(key)
            dirs.sort()
            for name in names:
                if not fnmatch.fnmatchcase(name, glob):
                    continue
                path = os.path.join(root, name)
                # The output file is recognised by name first, cheaply.
                if name in skip_names and os.path.realpath(path) in skip:
                    continue
                try:
                    st = os.stat(path)
                except OSError:
                    continue
                ident = (st.st_dev << 48) ^ st.st_ino
                if not stat.S_ISREG(st.st_mode) or ident in seen_files:
                    continue
                seen_files.add(ident)
                found.append(path)
        if not found:
            out.empty_dirs.append(given)
        out.files.extend(sorted(found))
    return out


def digest_of(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def _dump(obj: Any, indent: bool) -> bytes:
    text = json.dumps(obj, ensure_ascii=False, indent=2 if indent else None)
    return text.encode("utf-8", "backslashreplace") + b"\n"


def error_record(source: str, kind: str, message: str) -> dict[str, Any]:
    return {"source": source, "error": {"type": kind, "message": message}}


def csv_rows(article: dict[str, Any]) -> list[list[str]]:
    """One row per fact: source, kind, value, normalised fields (JSON), and
    the first mention's text/start/end."""
    source = article.get("source") or ""
    rows: list[list[str]] = []

    def add(kind: str, item: Any) -> None:
        if not isinstance(item, dict):
            rows.append([source, kind, str(item), "", "", "", ""])
            return
        mention = item.get("mention")
        if mention is None and isinstance(item.get("mentions"), list) and item["mentions"]:
            mention = item["mentions"][0]
        value = item.get("value", item.get("name", item.get("id", "")))
        rest = {k: v for k, v in item.items() if k not in ("mention", "mentions", "value")}
        # Some facts are mentions themselves (dates), others carry one.
        m = mention if isinstance(mention, dict) else item
        for key in ("text", "start", "end"):
            rest.pop(key, None) if m is item else None
        rows.append(
            [
                source,
                kind,
                value if isinstance(value, str) else json.dumps(value, ensure_ascii=False),
                json.dumps(rest, ensure_ascii=False, sort_keys=True) if rest else "",
                str(m.get("text", "")),
                "" if m.get("start") is None else str(m["start"]),
                "" if m.get("end") is None else str(m["end"]),
            ]
        )

    if "error" in article:
        err = article["error"]
        rows.append([source, "error", err.get("type", ""), "", err.get("message", ""), "", ""])
        return rows
    if article.get("title"):
        rows.append([source, "title", article["title"], "", "", "", ""])
    for key in ("published", "event_date", "reporting_period"):
        if article.get(key) is not None:
            add(key, article[key])
    for key, kind in (
        ("dates", "date"),
        ("legal_documents", "legal_document"),
        ("officials", "official"),
        ("sites", "site"),
        ("figures", "figure"),
    ):
        for item in article.get(key) or []:
            add(kind, item)
    if article.get("site_count") is not None:
        rows.append([source, "site_count", str(article["site_count"]), "", "", "", ""])
    for w in article.get("warnings") or []:
        rows.append([source, "warning", w, "", "", "", ""])
    return rows


def encode(data: dict[str, Any], fmt: str) -> bytes:
    if fmt == "csv":
        import csv
        import io

        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(csv_rows(data))
        return buf.getvalue().encode("utf-8", "backslashreplace")
    return _dump(data, indent=fmt == "json")


def csv_header() -> bytes:
    return (",".join(CSV_COLUMNS) + "\n").encode()


def process(source: str, opts: Options, stdin_data: bytes | None = None) -> Result:
    """Read, decode and extract one input; never raises."""
    from coordx import extract

    label = "<stdin>" if source == STDIN else source
    try:
        if source == STDIN:
            decoded = decode_verbose(stdin_data or b"", opts.encoding)
        else:
            decoded = read_path_verbose(Path(source), opts.encoding, opts.max_bytes)
        text = decoded.text
    except InputError as exc:
        msg = str(exc)
        return Result(label, encode(error_record(label, exc.kind, msg), opts.fmt), None, f"{label}: {msg}")
    except (LookupError, UnicodeDecodeError, ValueError) as exc:
        msg = f"cannot decode: {exc}"
        return Result(label, encode(error_record(label, "decode", msg), opts.fmt), None, f"{label}: {msg}")
    try:
        article = extract(text, label)
        article.warnings[:0] = decoded.notes  # how the bytes were read comes first
        data = article.model_dump(mode="json")
        return Result(label, encode(data, opts.fmt), digest_of(text))
    except Exception as exc:  # an extractor bug must not stop the batch
        msg = f"internal error on {label}: {type(exc).__name__}: {exc}"
        rec = error_record(label, "internal", msg)
        detail = traceback.format_exc() if opts.debug else None
        return Result(label, encode(rec, opts.fmt), None, f"{msg}; rerun with --debug", detail)


def _process_chunk(args: tuple[list[str], Options]) -> list[Result]:
    sources, opts = args
    return [process(s, opts) for s in sources]


def _worker_init() -> None:
    # The parent handles SIGINT/SIGTERM and shuts the pool down; workers
    # ignoring SIGINT keeps Ctrl-C from printing a traceback per worker.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_ordered(sources: list[str], opts: Options, jobs: int, stdin_data: bytes | None = None) -> Iterator[Result]:
    """Yield results in the order of `sources`, at most jobs*WINDOW chunks in
    flight so memory stays flat on any number of inputs."""
    if jobs <= 1 or len(sources) <= 1 or STDIN in sources:
        for s in sources:
            yield process(s, opts, stdin_data)
        return
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    chunks = [sources[i : i + CHUNK] for i in range(0, len(sources), CHUNK)]
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init)
    pending: deque[Future[list[Result]]] = deque()
    it = iter(chunks)
    try:
        for chunk in it:
            pending.append(pool.submit(_process_chunk, (chunk, opts)))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                break
        while pending:
            done = pending.popleft()
            nxt = next(it, None)
            if nxt is not None:
                pending.append(pool.submit(_process_chunk, (nxt, opts)))
            yield from done.result()
    finally:
        for f in pending:
            f.cancel()
        pool.shutdown(wait=True, cancel_futures=True)


# --- resume --------------------------------------------------------------


def index_path(out: Path) -> Path:
    return out.with_name(f".{out.name}.coordx-index")


def partial_path(out: Path) -> Path:
    return out.with_name(f".{out.name}.coordx-partial")


@dataclass
class Previous:
    """Records of an earlier run: source -> (digest, offset, length) in a
    file kept open, so a resume over 100,000 documents holds offsets, not
    the records themselves."""

    records: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    torn: bool = False
    fh: IO[bytes] | None = None
    moved: list[Path] = field(default_factory=list)

    def line(self, source: str) -> bytes:
        assert self.fh is not None
        _, offset, length = self.records[source]
        self.fh.seek(offset)
        return self.fh.read(length)

    def close(self, out: Path | None = None, restore: bool = False) -> None:
        """Close the old data; remove the copies moved aside for this run, or
        with `restore` (this run wrote nothing) put them back for a later
        --resume."""
        if self.fh is not None:
            self.fh.close()
            self.fh = None
        for path in self.moved:
            try:
                if restore and out is not None:
                    os.replace(path, partial_path(out) if path.name.endswith("-data") else index_path(out))
                else:
                    path.unlink()
            except OSError:
                pass
        self.moved = []


def previous_path(out: Path, what: str) -> Path:
    return out.with_name(f".{out.name}.coordx-previous-{what}")


def load_previous(out: Path) -> Previous:
    """Read the records an earlier (maybe killed) run left: the partial file
    of a killed run wins over the finished output. A torn last line is
    dropped. Only successful Articles are kept; failures are retried. The
    partial file and the index are moved aside first, because this run
    writes new ones under the same names."""
    prev = Previous()
    partial, idx = partial_path(out), index_path(out)
    if not idx.exists() or not (partial.exists() or out.exists()):
        return prev
    try:
        if partial.exists():
            data_path = previous_path(out, "data")
            os.replace(partial, data_path)
            prev.moved.append(data_path)
        else:
            data_path = out  # replaced only when this run commits; the open handle stays valid
        index_copy = previous_path(out, "index")
        os.replace(idx, index_copy)
        prev.moved.append(index_copy)
        prev.fh = open(data_path, "rb")  # noqa: SIM115 - closed by Previous.close
        index = open(index_copy, "rb")  # noqa: SIM115
    except OSError:
        prev.close()
        return Previous()
    with index:
        offset = 0
        for line, entry in zip(prev.fh, index, strict=False):
            start, offset = offset, offset + len(line)
            if not line.endswith(b"\n"):
                prev.torn = True  # a kill -9 mid-write
                break
            parts = entry.rstrip(b"\n").split(b"\t", 1)
            if len(parts) != 2 or parts[0] == b"-":
                continue
            try:
                rec = json.loads(line)
            except ValueError:
                prev.torn = True
                continue
            if isinstance(rec, dict) and "error" not in rec:
                source = parts[1].decode("utf-8", "surrogateescape")
                prev.records[source] = (parts[0].decode(), start, len(line))
    return prev


def current_digest(source: str, opts: Options) -> str | None:
    try:
        return digest_of(read_path(Path(source), opts.encoding, opts.max_bytes))
    except (InputError, LookupError, ValueError):
        return None


# --- safe output ---------------------------------------------------------


class SafeOutput:
    """Write to a partial file beside the target, fsync, then `os.replace`.
    On an exception the partial file is removed and the target is untouched;
    on a kill -9 the partial (and its index) stay for `--resume`."""

    def __init__(self, target: Path, keep_index: bool) -> None:
        self.target = target
        self.partial = partial_path(target)
        self.index = index_path(target)
        self.keep_index = keep_index
        self.fh: IO[bytes] = open(self.partial, "wb")  # noqa: SIM115 - closed in commit/abort
        self.ih: IO[bytes] | None = open(self.index, "wb") if keep_index else None

    def write(self, line: bytes, source: str, digest: str | None) -> None:
        self.fh.write(line)
        self.fh.flush()
        if self.ih is not None:
            self.ih.write(f"{digest or '-'}\t{source}\n".encode("utf-8", "surrogateescape"))
            self.ih.flush()

    def commit(self) -> None:
        self.fh.flush()
        os.fsync(self.fh.fileno())
        self.fh.close()
        if self.ih is not None:
            self.ih.close()
        os.replace(self.partial, self.target)

    def abort(self) -> None:
        for fh in (self.fh, self.ih):
            if fh is not None:
                try:
                    fh.close()
                except OSError:
                    pass
        for p in (self.partial, self.index):
            try:
                p.unlink()
            except OSError:
                pass


def check_output_dir(target: Path) -> str | None:
    """F3: refuse a missing or read-only folder before any work."""
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        return f"cannot write '{target}': folder '{folder}' does not exist; create it first"
    if not os.access(folder, os.W_OK):
        return f"cannot write '{target}': folder '{folder}' is not writable; choose another -o"
    return None


Writer = Callable[[bytes], None]
