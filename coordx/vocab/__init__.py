"""Vocabularies kept as data: one file per list, beside this module.

Formats (UTF-8, NFC; `#` starts a comment; the first comment says where the
list comes from):
- `NAME.txt`: one entry per line.
- `NAME.tsv`: tab-separated columns, one entry per line.
"""

from __future__ import annotations

from functools import cache
from importlib import resources

import regex

from coordx.text import canonical_tones, nfc


def _lines(filename: str) -> list[str]:
    # (normalised whole: the same as line by line, at half the cost of the command line's start)
    raw = canonical_tones(nfc(resources.files(__name__).joinpath(filename).read_text(encoding="utf-8")))
    rows = []
    for line in raw.splitlines():
        line = line.split("#", 1)[0].rstrip() if not line.lstrip().startswith("#") else ""
        if line.strip():
            rows.append(line)
    return rows


@cache
def words(name: str) -> tuple[str, ...]:
    """Entries of `NAME.txt`."""
    return tuple(line.strip() for line in _lines(f"{name}.txt"))


@cache
def table(name: str) -> tuple[tuple[str, ...], ...]:
    """Rows of `NAME.tsv`, each a tuple of stripped cells."""
    rows = [[cell.strip() for cell in line.split("\t")] for line in _lines(f"{name}.tsv")]
    width = max((len(r) for r in rows), default=0)
    # Empty trailing cells may be trimmed by editors: pad every row to full width.
    return tuple(tuple(r + [""] * (width - len(r))) for r in rows)


@cache
def province_forms() -> dict[str, str]:
    """Every written form of a province or centrally-run city (`provinces.tsv`:
    the name and its other forms) -> its canonical name."""
    return {form: row[0] for row in table("provinces") for form in [row[0], *row[2].split("|")] if form}


def alternation(entries: tuple[str, ...] | list[str], flexible_space: bool = True, factored: bool = False) -> str:
    """A regex alternation of `entries`, longest first so the longest form wins.

    With `flexible_space`, a space in an entry matches any run of spaces.

    `factored` writes the entries as a tree of their common beginnings
    ("Phó(?:[ ]+Giám[ ]+đốc|…)"): the same matches, tried many times faster,
    for patterns read forwards only (not REVERSE: a reverse match reads an
    entry from its end, and the tree changes the order it tries them in).
    """
    ordered = sorted(set(entries), key=lambda e: (-len(e), e))
    if factored:
        return "(?:" + "|".join(_tree([_atoms(e, flexible_space) for e in ordered])) + ")"
    parts = []
    for entry in ordered:
        if flexible_space:
            escaped = "[ ]+".join(_escape(word) for word in entry.split())
        else:
            escaped = _escape(entry)
        parts.append(escaped)
    return "(?:" + "|".join(parts) + ")"


# (`regex.escape` is pure Python: the vocabularies' thousands of words and
# characters are escaped once each)
_escape = cache(regex.escape)

_SPACES = ""  # the atom of a run of spaces (a character never is "")


def _atoms(entry: str, flexible_space: bool) -> list[str]:
    """An entry's characters, a run of spaces one atom when flexible."""
    if not flexible_space:
        return list(entry)
    atoms: list[str] = []
    for i, word in enumerate(entry.split()):
        if i:
            atoms.append(_SPACES)
        atoms.extend(word)
    return atoms


def _fold(atom: str) -> str:
    """The key of the characters an atom may match when a pattern ignores
    case: one key for a letter in both cases (a run of spaces is its own)."""
    return atom.casefold()


def _tree(entries: list[list[str]]) -> list[str]:
    """The branches of the alternation of `entries` (in the order to try
    them) written as a tree.

    Entries are grouped by their first atom, a group standing where its
    first entry stood. The engine tries them in the same order wherever it
    matters: entries whose first characters differ never match at one place,
    and within a group (one character, in any case) the order is kept. An
    entry that ends at this point, shorter than the others (they come longest
    first), is tried last, as before.
    """
    by_key: dict[str, list[list[str]]] = {}
    groups: list[list[list[str]]] = []
    ended = False
    for atoms in entries:
        if not atoms:
            ended = True
            continue
        group = by_key.get(_fold(atoms[0]))
        if group is None:
            group = by_key[_fold(atoms[0])] = []
            groups.append(group)
        group.append(atoms)
    parts = []
    for group in groups:
        # a run of entries with one first atom shares it ("P(?:hó…|hòng…)");
        # another case of the letter starts another run, keeping the order
        i = 0
        while i < len(group):
            j = i
            while j < len(group) and group[j][0] == group[i][0]:
                j += 1
            if j == i + 1:  # one entry: the rest of it as written
                parts.append("".join("[ ]+" if a == _SPACES else _escape(a) for a in group[i]))
                i = j
                continue
            first = "[ ]+" if group[i][0] == _SPACES else _escape(group[i][0])
            rest = _tree([a[1:] for a in group[i:j]])
            parts.append(first + (rest[0] if len(rest) == 1 else "(?:" + "|".join(rest) + ")"))
            i = j
    if ended:
        parts.append("")
    return parts
