"""Names of bodies and posts: the words a body's name is made of (sites and
document issuers read them), and the canonical spelling of titles and bodies
(abbreviations expanded, institutions spelt as they name themselves)."""

from __future__ import annotations

from functools import lru_cache

import regex

from coordx.patterns import Pattern
from coordx.vocab import alternation, table, words

# --- the words of a body's name ----------------------------------------------

# A capitalised word or an abbreviation ("Quảng", "UBND", "TP.HCM")
# (a full stop inside "TP.HCM", or after "TP", "TX", "TT" — not one that ends a sentence: "… huyện Lâm Bình. Cùng …")
NAME_TOKEN = r"\p{Lu}(?:\p{L}|\.(?=\p{L}))*(?:(?<=(?<!\p{L})(?:TP|Tp|TX|Tx|TT))\.)?(?!\p{L})"


def continuations(compounds: tuple[str, ...]) -> str:
    """Each lower-case word of `compounds` where the words before it in the
    compound stand: "(?<=Tư[ ])lệnh", "(?<=Cảnh[ ]sát[ ])biển"."""
    parts = set()
    for compound in compounds:
        ws = compound.split()
        for i, w in enumerate(ws[1:], 1):
            if w[:1].islower():
                parts.add(rf"(?<=(?<!\p{{L}}){'[ ]'.join(map(regex.escape, ws[:i]))}[ ]){regex.escape(w)}")
    return "(?:" + "|".join(sorted(parts)) + r")(?!\p{L})"


# the lower-case halves of "Tỉnh ủy", "Bộ Tư lệnh", "Quân khu"
ORGANISATION_SYLLABLE = continuations(words("organisation_words"))
# The kinds of place a body stands for: "Công an tỉnh …", "Công an huyện Sóc Sơn"
# (the communes and wards, the lowest level, and since 1/7/2025 the level under the province)
DISTRICT = r"huyện[ ]+đảo|huyện|quận|thị[ ]+xã|thị[ ]+trấn|đặc[ ]+khu|xã|phường"
PLACE_KIND = rf"tỉnh|thành[ ]+phố|{DISTRICT}"
# "Quân khu 4", "Sư đoàn 304": a unit's number
UNIT_NUMBER = rf"(?<=(?<!\p{{L}}){alternation(words('numbered_units'), factored=True)}[ ])\d{{1,3}}(?!\d|[.,/]\d)"

# --- canonical spelling ------------------------------------------------------

ABBREVIATIONS = table("abbreviations")
# One pass each: abbreviations (case as written), then institutions (any case).
EXPANSION = {a: full for a, full in ABBREVIATIONS}
_ABBREV_RE = Pattern(
    rf"(?<!\p{{L}})(?:{alternation(list(EXPANSION), flexible_space=False, factored=True)})(?:(?!\p{{L}})|(?<=\.))"
    # (not a ship's code: "tàu CSB 8003")
    r"(?![ ]?\d{4})"
)
_CANONICAL_FORM = {p.casefold(): p for p in words("canonical_phrases")}
# (not from the second syllable of a word written in lower case: "nội bộ Công an tỉnh")
_OVERLAPPED = alternation([" ".join(w.split()[:-1]) for w in words("institution_overlaps")])
_CANONICAL_RE = Pattern(
    rf"(?<!\p{{L}})(?<!(?<!\p{{L}})(?:{_OVERLAPPED})[ ](?=(?-i:\p{{Ll}})))"
    rf"(?:{alternation(list(_CANONICAL_FORM), factored=True)})(?!\p{{L}})",
    regex.IGNORECASE,
)


# the code an abbreviation stands in when hyphens join it to others ("ĐHQG-HCM")
_CODE_BEFORE = Pattern(r"(?:[\p{L}&]+-)+$", regex.REVERSE)
_CODE_AFTER = Pattern(r"(?:-[\p{L}&]+)+")


def _in_code(m: regex.Match[str], title: str) -> bool:
    """Whether the abbreviation at `m` is a part of a code of abbreviations
    joined by hyphens with a part that is none ("ĐHQG-HCM" read as "ĐHQG" and
    "HCM" is neither as written nor a name): the code is expanded as a whole
    entry of the table or not at all."""
    before = _CODE_BEFORE.search(title, 0, m.start())
    after = _CODE_AFTER.match(title, m.end())
    if not before and not after:
        return False
    parts = [*(before[0].split("-")[:-1] if before else []), *(after[0].split("-")[1:] if after else [])]
    return not all(p in EXPANSION for p in parts)


def _expand(m: regex.Match[str], title: str) -> str:
    """An abbreviation's full form, without the word the text repeats after
    it ("UVTW Đảng": "Ủy viên Trung ương Đảng", not "… Đảng Đảng")."""
    if _in_code(m, title):
        return m[0]
    full = EXPANSION[m[0]]
    last = full.rsplit(" ", 1)[-1]
    after = title[m.end() :].split(" ", 2)
    if len(after) > 1 and after[0] == "" and after[1] == last:
        full = full[: -len(last)].rstrip()
    return full if title.startswith("-", m.end()) else full + " "


@lru_cache(maxsize=4096)
def canonical_name(raw: str) -> str:
    """A title's or a body's name: abbreviations expanded, institutions spelt canonically, capitalised."""
    title = " ".join(raw.split()).strip(" ,;.:-")
    # (an abbreviation may hold "&": "PC&CC"; between two, it is "và": "PCCC&CNCH")
    title = _ABBREV_RE.sub(lambda m: _expand(m, title), title)
    title = " và ".join(part.strip() for part in title.split("&"))
    title = " ".join(title.split())
    title = _CANONICAL_RE.sub(lambda m: _CANONICAL_FORM.get(" ".join(m[0].split()).casefold(), m[0]), title)
    return title[:1].upper() + title[1:]
