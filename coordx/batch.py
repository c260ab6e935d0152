"""Batch mode: walk inputs, extract them in worker processes, write records
in a stable order (by path), resume an interrupted run, write output safely.

Every record is one line of bytes; a failed input becomes an error record and
the run goes on. Nothing here prints: the CLI owns messages and exit codes.
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import os
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
    kept: bool = False  # the earlier run's record stands (--resume)


class Walk:
    """The inputs expanded, in path order. Iterating walks the folders afresh
    and streams their files, holding only the folders on the current path,
    so 100,000 files cost no more memory than ten. `total` and `empty_dirs`
    come from one counting walk made when the Walk is built.

    Files named directly are kept as given (a missing one becomes an error
    record). Symlinks are followed, but a file or folder whose real path lies
    inside a walked folder is reached there, not through the link, and a
    folder is entered once: loops end and no file is listed twice. A folder
    given twice, or inside another folder given, is walked once, as part of
    the first or outer one. Paths in `exclude` (resolved) are never listed —
    the output file inside an input folder."""

    def __init__(self, inputs: Iterable[str], glob: str, exclude: set[str] | None = None) -> None:
        self.inputs = list(inputs)
        self.glob = glob
        self.exclude = exclude or set()
        self._exclude_names = {os.path.basename(p) for p in self.exclude}
        folders = [(i, os.path.realpath(g).rstrip(os.sep) + os.sep) for i, g in enumerate(self.inputs) if _is_folder(g)]
        self._roots = list(dict.fromkeys(real for _, real in folders))
        # inputs walked as part of another: a folder inside another one given,
        # or the same folder given again
        self._covered = {
            i
            for i, real in folders
            if any(j != i and real.startswith(other) and (real != other or j < i) for j, other in folders)
        }
        self.empty_dirs: list[str] = []
        self.total = 0
        for i, given in enumerate(self.inputs):
            if i in self._covered:
                continue
            if not _is_folder(given):
                self.total += 1
                continue
            found = sum(1 for _ in self._folder(given))
            if not found:
                self.empty_dirs.append(given)
            self.total += found

    def __iter__(self) -> Iterator[str]:
        for i, given in enumerate(self.inputs):
            if i in self._covered:
                continue
            if _is_folder(given):
                yield from self._folder(given)
            else:
                yield given

    def _folder(self, given: str) -> Iterator[str]:
        return self._dir(given, linked=False, seen_dirs=set(), seen_linked=set())

    def _inside(self, real: str) -> bool:
        return any(real.startswith(root) for root in self._roots)

    def _dir(
        self, path: str, linked: bool, seen_dirs: set[tuple[int, int]], seen_linked: set[tuple[int, int]]
    ) -> Iterator[str]:
        try:
            st = os.stat(path)
            if (st.st_dev, st.st_ino) in seen_dirs:
                return
            seen_dirs.add((st.st_dev, st.st_ino))
            with os.scandir(path) as it:
                entries = [(e.name + "/" if _entry_is_dir(e) else e.name, e) for e in it]
        except OSError:
            return
        # "a/" sorts where the paths below it do, so the stream is in the
        # order of the full paths
        entries.sort(key=lambda pair: pair[0])
        for key, entry in entries:
            child = os.path.join(path, entry.name)
            via_link = linked or entry.is_symlink()
            if key.endswith("/"):
                if entry.is_symlink() and self._inside(os.path.realpath(child) + os.sep):
                    continue  # reached directly (or a loop)
                yield from self._dir(child, via_link, seen_dirs, seen_linked)
                continue
            if not fnmatch.fnmatchcase(entry.name, self.glob):
                continue
            if entry.name in self._exclude_names and os.path.realpath(child) in self.exclude:
                continue
            try:
                if not entry.is_file():
                    continue
                if via_link:
                    real = os.path.realpath(child)
                    if self._inside(real) and fnmatch.fnmatchcase(os.path.basename(real), self.glob):
                        continue  # listed under its own path
                    st = entry.stat()
                    if (st.st_dev, st.st_ino) in seen_linked:
                        continue
                    seen_linked.add((st.st_dev, st.st_ino))
            except OSError:
                continue
            yield child


def _is_folder(given: str) -> bool:
    return given != STDIN and os.path.isdir(given)


def _entry_is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def walk(inputs: Iterable[str], glob: str, exclude: set[str] | None = None) -> Walk:
    """The files of `inputs` in path order (see `Walk`)."""
    return Walk(inputs, glob, exclude)


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
        if m is item:
            for key in ("text", "start", "end"):
                rest.pop(key, None)
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
    from coordx.pipeline import run

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
        # the facts as the extractors made them: `Article` would validate them
        # again, at the cost of importing pydantic (see coordx.facts)
        facts = run(text, label)
        facts.warnings[:0] = decoded.notes  # how the bytes were read comes first
        data = facts.as_json()
        return Result(label, encode(data, opts.fmt), digest_of(text))
    except Exception as exc:  # an extractor bug must not stop the batch
        msg = f"internal error on {label}: {type(exc).__name__}: {exc}"
        rec = error_record(label, "internal", msg)
        detail = traceback.format_exc() if opts.debug else None
        return Result(label, encode(rec, opts.fmt), None, f"{msg}; rerun with --debug", detail)


def process_or_keep(source: str, opts: Options, kept_digest: str | None, stdin_data: bytes | None = None) -> Result:
    """`process`, unless the earlier run's record of `source` still holds:
    its content hash is `kept_digest`. Then the Result is `kept`, empty."""
    if kept_digest is not None and current_digest(source, opts) == kept_digest:
        return Result(source, b"", kept_digest, kept=True)
    return process(source, opts, stdin_data)


Task = tuple[str, str | None]  # a source and the content hash of its earlier record


def _process_chunk(args: tuple[list[Task], Options]) -> list[Result]:
    tasks, opts = args
    return [process_or_keep(s, opts, kept) for s, kept in tasks]


def _worker_init() -> None:
    # The parent handles SIGINT/SIGTERM and shuts the pool down; workers
    # ignoring SIGINT keeps Ctrl-C from printing a traceback per worker.
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run_ordered(
    sources: Iterable[str],
    opts: Options,
    jobs: int,
    stdin_data: bytes | None = None,
    kept: Callable[[str], str | None] = lambda source: None,
) -> Iterator[Result]:
    """Yield one Result per source, in the order of `sources`, consumed
    lazily with at most jobs*WINDOW chunks in flight, so memory stays flat on
    any number of inputs. `kept(source)` gives the content hash of an earlier
    record to keep (checked in the workers), or None."""
    tasks = ((s, kept(s)) for s in sources)
    if jobs <= 1:
        for s, digest in tasks:
            yield process_or_keep(s, opts, digest, stdin_data)
        return
    import itertools
    import multiprocessing
    from concurrent.futures import Future, ProcessPoolExecutor

    chunks = iter(lambda: list(itertools.islice(tasks, CHUNK)), [])
    ctx = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=_worker_init)
    pending: deque[Future[list[Result]]] = deque()
    try:
        for chunk in chunks:
            pending.append(pool.submit(_process_chunk, (chunk, opts)))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                break
        while pending:
            done = pending.popleft()
            nxt = next(chunks, None)
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
        prev.close(out, restore=True)  # put back whatever was moved aside
        return Previous()
    try:
        _read_previous(prev, index)
    except BaseException:  # Ctrl-C while reading 100,000 records: nothing is lost
        index.close()
        prev.close(out, restore=True)
        raise
    return prev


def _read_previous(prev: Previous, index: IO[bytes]) -> None:
    assert prev.fh is not None
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
