"""Headline figures: counts and amounts of what was done or mobilised.

A figure is a quantity followed by a counted noun from the units vocabulary
("391.000 cán bộ, chiến sỹ", "15.200 lượt phương tiện", "692kg"). Whatever is
not a counted noun (years, durations, parties, serial numbers) never matches,
so exclusions are few and kept as vocabularies too.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from coordx.extractors.common import Pattern, Range, RangeSet, find_words, overlaps
from coordx.models import Figure
from coordx.text import Doc, nfc
from coordx.vocab import alternation, table, words


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


_UNITS = {_key(row[0]): row[1] for row in table("units")}
_QUALIFIERS = {_key(row[0]): row[1] for row in table("qualifiers")}
_VAGUE = {_key(row[0]): int(row[1]) for row in table("vague_quantities")}
_NUMBER_WORDS = {_key(row[0]): int(row[1]) for row in table("number_words")}
_MULTIPLIERS = {_key(row[0]): int(row[1]) for row in table("multipliers")}
_ACTIVITY = {_key(row[0]): row[1] for row in table("activity_verbs")}

_DRUG = Pattern(alternation(words("drug_words")), regex.IGNORECASE)
_NOT_COUNTED = Pattern(rf"{alternation(words('not_counted'))}(?!\p{{L}})", regex.IGNORECASE)
_SERIAL = Pattern(rf"(?<!\p{{L}}){alternation(words('serial_before'))}[ ]*$", regex.IGNORECASE | regex.REVERSE)
# Patterns anchored at the end of a short look-back run in reverse: only the
# end is tried, not every position.
_ACTIVITY_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?P<verb>{alternation(list(_ACTIVITY))})[ ]*$", regex.IGNORECASE | regex.REVERSE
)

# The longest digit run read as a number; longer runs are no figure (and
# int() refuses more than 4,300 digits).
_MAX_DIGITS = 18

# A figure starts at a digit or a number word; its qualifier ("hơn", "gần")
# is read backwards from there.
_QUALIFIER_BEFORE = Pattern(rf"(?<![\p{{L}}\d])(?:{alternation(list(_QUALIFIERS))})[ ]+$", regex.IGNORECASE)
_DIGITS = Pattern(r"\d+")
_COMMA_THOUSANDS = Pattern(r"[1-9]\d{0,2},\d{3}")
# Amounts that take decimals: "2,500 tấn" stays 2.5
_MEASURED = {"weight", "percent"}
_DOT_DECIMAL = Pattern(r"\d{1,3}\.\d{1,2}")
_FUNCTION_WORD = alternation(words("function_words"))
_TRIGGER_WORDS = sorted({w.split()[0] for w in [*_VAGUE, *_NUMBER_WORDS]})

_FIGURE = Pattern(
    rf"""
    (?<![\p{{L}}\d.,-])
    (?:
        # "hàng trăm", "hàng chục ngàn": a vague quantity
        (?P<vague>{alternation(list(_VAGUE))})
        # "391.000" (dots group thousands), "2,5" (comma is the decimal mark), "05"
      | (?P<num>\d{{1,3}}(?:\.\d{{3}})+(?!\d)(?:,\d{{1,3}})?|\d+(?:,\d{{1,3}})?
        # "1.5 triệu": a dot typed for the decimal comma, before a multiplier
        | \d{{1,3}}\.\d{{1,2}}(?=[ ]*{alternation(list(_MULTIPLIERS))}))
        # "hai", "mười lăm": number words
      | (?P<words>{alternation(list(_NUMBER_WORDS))}(?:[ ]+{alternation(list(_NUMBER_WORDS))}){{0,3}})
    )
    (?![.,]\d)
    # "2,8 triệu", "hàng chục ngàn tỷ": multipliers
    (?P<mult>(?:[ ]*{alternation(list(_MULTIPLIERS))}){{0,2}})
    # "1 tỷ 200 triệu đồng": a smaller part after the multiplier
    (?:(?<=\p{{L}})[ ]+(?P<num2>\d{{1,3}})[ ]*(?P<mult2>{alternation(list(_MULTIPLIERS))}))?
    [ ]*
    (?P<unit>
        # "lượt phương tiện", "đợt truy quét": a noun of the vocabulary, maybe after lượt/đợt
        (?:(?:lượt|đợt|cuộc)[ ]+)?(?P<noun>{alternation(list(_UNITS))})
        # "lượt tuyên truyền": lượt/đợt with any noun counts something done
      | (?:lượt|đợt)[ ]+(?!{_FUNCTION_WORD}(?!\p{{L}}))(?P<free>\p{{L}}+(?:[ ]\p{{L}}+)?)
        # "tuần tra 215 lượt, …": a bare count, named by the verb before it
      | (?P<bare>lượt|đợt)
    )
    (?!\p{{L}})
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The word after a written number ("391.000 cán bộ", "1 tỷ", "5%"): a
# figure's number is followed by a multiplier or the first word of a unit, so
# a digit run before any other word is not tried against _FIGURE.
_NEXT_WORD = Pattern(r"[\d.,]*+[ ]*+(\p{L}+|.)", regex.DOTALL)
_WORD_AT = Pattern(r"\p{L}+")


def _first_word(entry: str) -> str:
    m = _NEXT_WORD.match(entry)
    return m[1].casefold() if m else ""


_FIGURE_NEXT = {_first_word(e) for e in [*_UNITS, *_MULTIPLIERS, "lượt", "đợt", "cuộc"]}
# ... and after a number word, maybe another ("hai mươi lăm", "hàng chục nghìn").
_WORDS_NEXT = _FIGURE_NEXT | {w for e in [*_NUMBER_WORDS, *_VAGUE] for w in e.split()}

# What a "vụ"/"chuyên án" is about: the rest of its clause.
_CLAUSE = Pattern(r"[^.;:()\n]{0,80}")
_SLASH = Pattern(r"[ ]*/[ ]*(?=\d)")
_NEXT_COUNT = Pattern(r"\d[\d.,]*[ ]*\p{L}+(?:[ ]\p{L}+)?")


def _number(m: regex.Match[str], warnings: list[str]) -> int | float | None:
    if m["vague"]:
        value: int | float = _VAGUE[_key(m["vague"])]
    elif m["num"]:
        raw = m["num"]
        if len(raw) > _MAX_DIGITS:
            warnings.append(f"a number of {len(raw)} digits is no figure; skipped")
            return None
        if _DOT_DECIMAL.fullmatch(raw):
            warnings.append(f"'{raw}' read as {raw} (a dot for the decimal comma)")
            value = float(raw)
        elif "," in raw:
            value = float(raw.replace(".", "").replace(",", "."))
        else:
            value = int(raw.replace(".", ""))
    else:
        value = _words_value(m["words"]) or 0
        if not value:
            return None
    for mult in m["mult"].split():
        value = value * _MULTIPLIERS[mult.casefold()]
    if m["num2"]:
        value = value + int(m["num2"]) * _MULTIPLIERS[m["mult2"].casefold()]
    if isinstance(value, float) and value.is_integer() and m["mult"].strip():
        value = int(value)
    return value


def _words_value(text: str) -> int | None:
    """ "hai" 2, "mười lăm" 15, "hai mươi" 20, "ba trăm" 300."""
    total = 0
    for word in text.casefold().split():
        v = _NUMBER_WORDS[word]
        if v == 100 or (v == 10 and word != "mười"):
            total = (total or 1) * v
        else:
            total += v
    return total or None


def _category(m: regex.Match[str], text: str, before: str) -> str:
    if m["free"] or m["bare"]:
        category = "other"
    else:
        category = _UNITS[_key(m["noun"])]
    if category in ("incidents", "cases"):
        # "2 vụ/3 đối tượng về hành vi … ma túy": the subject after a pair
        # counts for both of its numbers.
        pos = m.end()
        slash = _SLASH.match(text, pos)
        if slash:
            nxt = _NEXT_COUNT.match(text, slash.end())
            pos = nxt.end() if nxt else slash.end()
        clause = _CLAUSE.match(text, pos)
        if clause and _DRUG.search(clause[0]):
            return "drug_cases"
    if category == "other" or (m["noun"] and _key(m["noun"]) in ("lần", "cuộc")):
        verb = _ACTIVITY_BEFORE.search(before)
        if verb:
            return _ACTIVITY[_key(verb["verb"])]
    return category


def _word_could_count(text: str, pos: int) -> bool:
    """Whether the number word at `pos` is followed by a word a figure may go on with."""
    word = _WORD_AT.match(text, pos)
    nxt = _NEXT_WORD.match(text, word.end()) if word else None
    return nxt is not None and nxt[1].casefold() in _WORDS_NEXT


def _digit_triggers(text: str) -> Iterator[int]:
    """Starts of digit runs whose number may be a figure's. The runs of one
    written number ("391.000", "1.2.3.4 …") share the word after it, read once."""
    reach, could = -1, False
    for run in _DIGITS.finditer(text):
        if run.start() > reach:
            nxt = _NEXT_WORD.match(text, run.end())
            reach = nxt.start(1) if nxt else len(text)
            could = nxt is not None and nxt[1].casefold() in _FIGURE_NEXT
        if could:
            yield run.start()


def extract_figures(doc: Doc, claimed: list[Range], warnings: list[str]) -> list[Figure]:
    """`claimed` are normalised ranges other extractors own (dates, documents)."""
    text = doc.text
    claims = RangeSet(claimed)
    figures: list[Figure] = []
    triggers = set(_digit_triggers(text))
    triggers.update(p for p in find_words(doc.lower, _TRIGGER_WORDS) if _word_could_count(text, p))
    done = -1
    last_end = 0  # where the last figure ends
    for pos in sorted(triggers):
        if pos < done or claims.overlaps(pos, pos + 1):
            continue  # inside a date or a document number: no figure starts there
        m = _FIGURE.match(text, pos)
        if not m or overlaps(pos, m.end(), claims):
            continue
        done = m.end()
        lead = text[max(0, pos - 24) : pos]
        qual = _QUALIFIER_BEFORE.search(lead)
        start = pos - (len(lead) - qual.start()) if qual else pos
        if qual and figures and _key(qual[0]) == "trên" and not text[last_end:start].strip():
            # "cứu 14 ngư dân trên 2 tàu cá": "on", not "more than"
            qual, start = None, pos
        before = text[max(0, start - 30) : start]
        if _SERIAL.search(before) or _NOT_COUNTED.match(text, m.start("unit")):
            continue
        value = _number(m, warnings)
        if value is None:
            continue
        if m["vague"]:
            qualifier = "vague"
        elif qual:
            qualifier = _QUALIFIERS[_key(qual[0])]
        else:
            qualifier = "exact"
        category = _category(m, text, before)
        if m["num"] and _COMMA_THOUSANDS.fullmatch(m["num"]) and not m["mult"].strip() and category not in _MEASURED:
            # "1,200 cán bộ": a comma typed for the thousands dot (no one counts 1.2 people)
            value = int(m["num"].replace(",", ""))
            warnings.append(f"'{m['num']}' read as {value} (a comma for the thousands dot)")
        span = doc.span(start, m.end())
        figures.append(
            Figure(
                text=span.text,
                start=span.start,
                end=span.end,
                value=value,
                qualifier=qualifier,  # type: ignore[arg-type]
                unit=nfc(doc.span(m.start("unit"), m.end("unit")).text),  # as written, in NFC
                category=category,  # type: ignore[arg-type]
            )
        )
        last_end = m.end()
    return figures
