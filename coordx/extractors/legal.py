"""Legal documents: decrees, directives, circulars, resolutions, decisions."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from coordx.extractors.common import Range, iso_day
from coordx.extractors.names import NAME_TOKEN, PLACE_KIND, UNIT_NUMBER, canonical_name
from coordx.facts import LegalDocument, Span
from coordx.patterns import Pattern
from coordx.text import Doc, nfc
from coordx.vocab import alternation, province_forms, table, words


@dataclass
class LegalResult:
    documents: list[LegalDocument] = field(default_factory=list)
    # normalised ranges of every mention (numbers inside are not dates or figures)
    claimed: list[Range] = field(default_factory=list)
    # normalised ranges of issue dates written with a document (role "issued")
    issued: list[Range] = field(default_factory=list)


# document_types.tsv: type name, code, written forms (| separated).
_TYPES = table("document_types")
_TYPE_BY_WORD = {w.casefold(): row[0] for row in _TYPES for w in [row[0], *row[2].split("|")] if w}
# (a type may have more than one code, "QC|QCPH": the first is the one ids are built with)
_TYPE_CODES = {row[0]: [c for c in row[1].split("|") if c] for row in _TYPES}
_TYPE_BY_CODE = {c.upper(): typ for typ, codes in _TYPE_CODES.items() for c in codes}
_CODE_BY_TYPE = {typ: codes[0] if codes else "" for typ, codes in _TYPE_CODES.items()}
_TYPE_BY_CODE_WRITTEN = [c for codes in _TYPE_CODES.values() for c in codes]
# issuers.tsv: code, issuer name, Party (P) or state (S) body, other written names (| separated).
_ISSUERS = table("issuers")
_ISSUER_BY_CODE = {row[0].upper(): row[1] for row in _ISSUERS}
_CODE_BY_ISSUER = {w.casefold(): row[0] for row in _ISSUERS for w in [row[1], *row[3].split("|")] if w}
_PARTY_CODES = {row[0].upper() for row in _ISSUERS if row[2] == "P"}
# Legal normative documents, whose numbers always carry the year (Luật Ban hành
# văn bản quy phạm pháp luật 2015, Điều 10): "03/2019/NĐ-CP", "07/2012/TTLT-BCA-BQP"
_NUMBERED_WITH_YEAR = {"NĐ", "TT", "TTLT"}

_TYPE_WORD = alternation(list(_TYPE_BY_WORD))
_ISSUER_NAME = alternation(list(_CODE_BY_ISSUER))
_L = r"[\p{Lu}Đ]"  # a capital letter of a code
# one part of a code after the first: "BCA", "A04", "QH14", "BNN&PTNT"
# (a joint circular of several ministries has as many parts as it has issuers)
# ("BTTUBTWMTTQVN": the Standing Board of the Fatherland Front's Central Committee)
_PART = rf"{_L}(?:[\p{{L}}\d]|&(?=\p{{Lu}})){{0,15}}"

# an office's code after a dot: "2163/QĐ-UBND.HC" (its letters unaccented, as
# codes are: not a full stop before a word, "…/NĐ-CP.ĐẠI TÁ", "…/QĐ-UBND.Hội nghị")
_DOTTED = r"(?:\.[A-ZĐ]{1,6}(?![\p{L}\d]))?"

# A full number: "03/2019/NĐ-CP", "03/20219/ NĐ- CP", "46/CT/TW", "46-CT/TW",
# "4761/QĐ-BCA", "07/2012/TTLT-BCA-BQP", "123/KH-BCA-A04". Spaces inside are typing errors.
_FULL = rf"""
    (?P<num>\d{{1,5}}[a-z]?)
    (?:
        # number/year/CODE-ISSUER, or a law's number/year/QH14
        [ ]?/[ ]?(?P<year>\d{{4,5}})[ ]?/[ ]?
        # (a slash typed for a hyphen, "TTLT/BCA-BQP", or the hyphen left out, "NĐCP")
        (?P<code>
            {_L}{{1,6}}(?:[ ]?[-/][ ]?{_PART}){{1,7}}{_DOTTED}
          | (?:UBTVQH|QH)\d{{1,2}}
          | {_L}{{2,4}}\p{{L}}{{1,4}}
        )
        # (a Party body's number, its department after it: "112-KH/TĐTN-CTTN")
      | [ ]?[/-][ ]?(?P<pcode>{_L}{{1,5}})[ ]?/[ ]?(?P<pissuer>{_L}{{1,6}}(?:-{_L}{{1,8}}){{0,2}})
      | [ ]?/[ ]?(?P<ncode>{_L}{{1,6}}(?:[ ]?-[ ]?{_PART}){{1,7}}{_DOTTED})
    )
    (?![\p{{L}}\d])
"""

# A mention: a type word with a number ("Nghị định số 03/2019/NĐ-CP", "Nghị
# định 77", "NĐ 03", "Nghị định 03.2019"), or a full number alone.
_MENTION = Pattern(
    rf"""
    (?<![\p{{L}}\d])
    (?:
        # ("Quy chế phối hợp số 01/QC-BCA-BQP", "Kế hoạch liên tịch số …")
        # ("Quy chế phối hợp mới số 02", "Kế hoạch mới số 15")
        (?P<type>{_TYPE_WORD})(?:[ ]+(?:phối[ ]+hợp|liên[ ]+tịch))?(?:[ ]+mới)?(?:[ ]+số)?[ ]+
        (?:
            {_FULL}
            # "Quy chế số 341/QCPH", "Kế hoạch số 12/KH": one code, no issuer
          | (?P<onum>\d{{1,5}})[ ]?/[ ]?(?P<ocode>(?-i:{_L}{{2,8}}))(?![\p{{L}}\d]|[ ]?[/-][ ]?[\p{{L}}\d])
          | (?P<snum>\d{{1,5}})(?:[ ]?[/.][ ]?(?P<syear>(?:19|20)\d\d))?(?![\d/.]\d|[\p{{L}}\d])
        )
      | {_FULL.replace("?P<", "?P<b")}
    )
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# What may follow a mention: ", ngày 5/9/2019", "ngày 12-7-2010", "của Chính phủ".
_ISSUED = Pattern(
    # ("… ngày 5/9/2019", "ban hành ngày …", "ký ngày 16/3/2016")
    r"\A[ ]*[,(]?[ ]*(?:(?:ban[ ]+hành|được[ ]+ký|ký(?:[ ]+kết)?)[ ]+)?ngày[ ]+"
    r"(?P<d>[0-3]?\d)(?:[ ]?(?P<sep>[/.-])[ ]?(?P<m>[01]?\d)[ ]?(?P=sep)[ ]?"
    r"|[ ]+tháng[ ]+(?P<wm>[01]?\d)[ ]+năm[ ]+)(?P<y>(?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE,
)
# "… của Bộ Công an": the issuer, after the issue date if there is one, with
# no number between (a number is another document: "Nghị định 03/2019/NĐ-CP
# và Thông tư 59/2020/TT-BCA của Bộ Công an" names the Thông tư's issuer)
_ISSUER_AFTER = Pattern(
    # ("của Bộ Công an và Bộ Quốc phòng", "… – Bộ Quốc phòng", "của Bộ Công an, Bộ Quốc phòng về …";
    # not "của Thủ tướng Chính phủ, Bộ Quốc phòng đã huy động …", the subject of what follows)
    rf"[^.;\n\d]{{0,60}}?của[ ]+(?P<issuer>{_ISSUER_NAME}"
    rf"(?:(?:[ ]+và|[ ]*[–-])[ ]+{_ISSUER_NAME}|[ ]*,[ ]+{_ISSUER_NAME}(?=[ ]*(?:[.,;:()\n]|về(?!\p{{L}})|$))){{0,3}})",
    regex.IGNORECASE,
)


# "… của UBND tỉnh Quảng Trị", "… của Bộ Tư lệnh Quân khu 7", "… của Giám đốc
# Công an TP": the issuer as the text names it, a body or the post that signed,
# in the words of a name: capitalised words, the lower-case halves of bodies'
# and posts' names ("Tư lệnh", "Công an tỉnh", "Giám đốc"), a unit's number, a
# kind of place before its name. The name must end where a name cannot go on
# (punctuation, "về", "ngày", a verb …): none is read rather than a name cut
# short ("Cục Cảnh sát giao thông" is no "Cục Cảnh sát").
_NAMES_OF_BODIES = (
    *words("organisation_words"),
    *words("canonical_phrases"),
    *words("title_heads"),
    *words("site_hosts"),
)
# (any of their lower-case words: the name's end, checked after it, keeps a name from running on)
_NAME_HALF = alternation(sorted({w for n in _NAMES_OF_BODIES for w in n.split()[1:] if w[:1].islower()}), factored=True)
_BODY = (
    rf"{NAME_TOKEN}"
    rf"(?:[ ](?:{NAME_TOKEN}|(?:{_NAME_HALF})(?!\p{{L}})|{UNIT_NUMBER}|(?i:{PLACE_KIND})(?=[ ]\p{{Lu}}))){{0,15}}"
)
_NAME_ENDS = (
    r"[ ]*(?:[.,;:()\n]|$)"
    r"|[ ]+(?:về|ngày|năm|số|đã|đang|sẽ|và|với|trong|tại|quy[ ]+định|hướng[ ]+dẫn|ban[ ]+hành|triển[ ]+khai"
    r"|thực[ ]+hiện|nhằm|để|cho|được|là|có)(?!\p{L})"
)
# (not another document: "Nghị định 61/2019/NĐ-CP quy định chi tiết một số điều của Luật")
_ISSUER_NAMED = Pattern(
    rf"[^.;\n\d]{{0,60}}?của[ ]+(?!(?i:{_TYPE_WORD})(?!\p{{L}}))(?P<issuer>{_BODY})(?={_NAME_ENDS})"
)
_SURNAMES = set(words("surnames"))
_PLACE_START = Pattern(rf"(?:{alternation(list(province_forms()), factored=True)})(?!\p{{L}})")
_BEFORE_PLACE = {"tỉnh", "phố", "huyện", "quận", "xã", "TP", "TP.", "Tp", "Tp."}


def _body_only(name: str) -> str:
    """The issuer without the name of the person holding its post: "Thủ
    tướng Chính phủ Nguyễn Xuân Phúc" is "Thủ tướng Chính phủ" (not "tỉnh Hà
    Giang", nor "TP Hồ Chí Minh": places)."""
    tokens = name.split(" ")
    for i in range(1, len(tokens) - 1):
        if (
            tokens[i] in _SURNAMES
            and tokens[i + 1][:1].isupper()
            and tokens[i - 1] not in _BEFORE_PLACE
            and not _PLACE_START.match(" ".join(tokens[i:]))
        ):
            return " ".join(tokens[:i])
    return name


@dataclass
class _Hit:
    start: int
    end: int
    type: str | None
    number: str
    year: int | None
    code: str | None  # state code "NĐ-CP", or Party "CT" with issuer "TW"
    party_issuer: str | None
    issued: str | None = None
    issued_range: Range | None = None
    issuer: str | None = None
    repairs: list[str] = field(default_factory=list)


def _fix_year(raw: str, repairs: list[str]) -> int | None:
    if len(raw) == 4:
        return int(raw)
    # A five-digit year has one stray keystroke, most often a digit typed
    # twice ("20219"): drop a repeated digit first, then any, keeping the
    # result a plausible year.
    candidates = [(raw.count(raw[i]) < 2, i, raw[:i] + raw[i + 1 :]) for i in range(len(raw))]
    for _, _, candidate in sorted(candidates):
        if 1945 <= int(candidate) <= 2100:
            repairs.append(f"year '{raw}' read as {candidate}")
            return int(candidate)
    return None


_FULL_GROUPS = {"num", "year", "code", "pcode", "pissuer", "ncode"}
_CANONICAL_CODE = {c.upper(): c for c in [*_TYPE_BY_CODE_WRITTEN, *(r[0] for r in _ISSUERS)] if c}


def _split_joined_code(raw: str) -> str | None:
    """ "NĐCP" -> "NĐ-CP": a type code and an issuer code typed without the hyphen."""
    upper = raw.upper()
    for cut in range(len(upper) - 1, 0, -1):
        if upper[:cut] in _TYPE_BY_CODE and upper[cut:] in _ISSUER_BY_CODE:
            return f"{raw[:cut]}-{raw[cut:]}"
    return None


def _clean_code(raw: str, repairs: list[str]) -> str:
    """`NĐ- CP` -> `NĐ-CP`, `TTR-BCA` -> `TTr-BCA`: no spaces, each part spelt
    as the vocabulary does; `ND-CP` -> `NĐ-CP` (a D typed for Đ), reported."""
    parts = []
    for part in "".join(raw.split()).upper().split("-"):
        canonical = _CANONICAL_CODE.get(part)
        if canonical is None and "D" in part:
            canonical = _CANONICAL_CODE.get(part.replace("D", "Đ"))
            if canonical:
                repairs.append(f"'{part}' read as '{canonical}'")
        parts.append(canonical or part)
    return "-".join(parts)


# "77 / 2010 / NĐ-CP": spaces typed around the slashes of a number
_SPACED_SLASH = Pattern(r"\d[ ]+/|/[ ]+[\d\p{L}]")
_FIRST_DIGIT = Pattern(r"\d")


def _hit(doc: Doc, m: regex.Match[str]) -> _Hit | None:
    # The full-number groups appear twice (after a type word, and alone with a
    # "b" prefix); fold them into one dict of what matched.
    g: dict[str, str] = {}
    for key, value in m.groupdict().items():
        if value is not None:
            g[key[1:] if key.startswith("b") and key[1:] in _FULL_GROUPS else key] = value
    written_type = g.get("type")
    typ = _TYPE_BY_WORD.get(" ".join(written_type.split()).casefold()) if written_type else None
    repairs: list[str] = []
    original = doc.span(m.start(), m.end()).text
    if "Ð" in original or "ð" in original:
        repairs.append("'Ð' (Icelandic Eth) read as 'Đ'")
    if "snum" in g:
        return _Hit(
            m.start(), m.end(), typ, g["snum"], int(g["syear"]) if g.get("syear") else None, None, None, repairs=repairs
        )
    if "onum" in g:
        return _Hit(m.start(), m.end(), typ, g["onum"], None, _clean_code(g["ocode"], repairs), None, repairs=repairs)
    num = g["num"]
    if "pcode" in g:
        code, issuer = _clean_code(g["pcode"], repairs), _clean_code(g["pissuer"], repairs)
        # a Party body of the vocabulary, or any body when the code is a Party
        # document type ("45-KH/HU", "36-HD/BTGTW")
        body = issuer.split("-")[0]
        if body.upper() not in _PARTY_CODES and not (code.upper() in _TYPE_BY_CODE and body.isupper()):
            return None
        return _Hit(
            m.start(), m.end(), typ or _TYPE_BY_CODE.get(code.upper()), num, None, code, issuer, repairs=repairs
        )
    raw_code = g.get("code") or g.get("ncode") or ""
    if "/" in raw_code:
        repairs.append(f"'/' read as '-' in '{raw_code}'")
        raw_code = raw_code.replace("/", "-")
    if "-" not in raw_code and not raw_code.upper().startswith(("QH", "UBTVQH")):
        joined = _split_joined_code(raw_code)
        if joined is None:
            return None
        repairs.append(f"'{raw_code}' read as '{joined}'")
        raw_code = joined
    code = _clean_code(raw_code, repairs)
    if any(c.isspace() for c in raw_code):
        repairs.append(f"spaces removed from '{raw_code}'")
    elif _SPACED_SLASH.search(original):
        digit = _FIRST_DIGIT.search(original)
        repairs.append(f"spaces removed from '{original[digit.start() if digit else 0 :]}'")
    # "QH14": a law of the 14th National Assembly; the type is in the letters
    first = code.split("-")[0].upper().rstrip("0123456789")
    if first not in _TYPE_BY_CODE and typ is None:
        return None  # a written type ("Công văn số 456/BQP-TM") needs no type code
    year = _fix_year(g["year"], repairs) if g.get("year") else None
    if g.get("year") and year is None:
        return None
    parts = code.split("-")
    if year is None and len(parts) == 2 and parts[1].upper() in _PARTY_CODES and parts[0].upper() in _TYPE_BY_CODE:
        # "36/CT-TW": a Party document written in the state form
        repairs.append(f"'{num}/{code}' read as {num}-{parts[0]}/{parts[1]}")
        return _Hit(
            m.start(), m.end(), typ or _TYPE_BY_CODE[parts[0].upper()], num, None, parts[0], parts[1], repairs=repairs
        )
    return _Hit(m.start(), m.end(), typ or _TYPE_BY_CODE.get(first), num, year, code, None, repairs=repairs)


def _canonical_id(h: _Hit) -> str | None:
    if h.party_issuer:
        return f"{h.number}-{h.code}/{h.party_issuer}"
    if h.code:
        return f"{h.number}/{h.year}/{h.code}" if h.year else f"{h.number}/{h.code}"
    return None


def _issuer_name(h: _Hit) -> str | None:
    if h.issuer:
        return h.issuer
    if h.party_issuer:
        return _ISSUER_BY_CODE.get(h.party_issuer.split("-")[0].upper())
    if h.code and "-" in h.code:
        parts = h.code.split("-")[1:]
        names = [_ISSUER_BY_CODE.get(p.upper()) for p in parts]
        if all(names):
            # "Bộ Công an và Bộ Quốc phòng"; "Bộ Công an, Bộ Quốc phòng và Bộ Tài chính"
            listed = [n for n in names if n]
            return " và ".join([", ".join(listed[:-1]), listed[-1]] if len(listed) > 2 else listed)
    return None


def _build_id(h: _Hit, warnings: list[str], span_text: str) -> str:
    """An id from type + number + year + issuer when the full number never appears."""
    typ = h.type or ""
    code = _CODE_BY_TYPE.get(typ, "")
    issuers = []
    if h.issuer:
        issuers = [_CODE_BY_ISSUER.get(part.strip().casefold()) for part in _ISSUER_LIST.split(h.issuer)]
    year = h.year or (int(h.issued[:4]) if h.issued else None)
    if code and issuers and all(issuers):
        if len(issuers) == 1 and (issuers[0] or "").upper() in _PARTY_CODES:
            built = f"{h.number}-{code}/{issuers[0]}"
        elif year:
            built = f"{h.number}/{year}/{code}-{'-'.join(i for i in issuers if i)}"
        else:
            built = ""
        if built:
            warnings.append(f"'{span_text}': full number not written; built as {built}")
            return built
    return f"{typ} {h.number}".strip()


# Every mention has a number: the mention pattern is tried only where digits
# start, from the type word just before them when there is one.
_TYPE_BEFORE = Pattern(
    rf"(?<![\p{{L}}\d])(?:{_TYPE_WORD})(?:[ ]+(?:phối[ ]+hợp|liên[ ]+tịch))?(?:[ ]+mới)?(?:[ ]+số)?[ ]+$",
    regex.IGNORECASE | regex.REVERSE,
)
_ISSUER_LIST = Pattern(r"[ ]+và[ ]+|[ ]*[,–-][ ]*")
_YEAR_IN_ID = Pattern(r"\d+/(\d{4})/")


# The last word before a typed number: a type word's, or "số", "phối hợp", "liên tịch", "mới".
_TYPE_LAST = {w.split()[-1].casefold() for w in [*_TYPE_BY_WORD, "số", "hợp", "tịch", "mới"]}


# A word that makes another word of the type word after it: "Bộ Tư lệnh 86"
# is a unit's commander, not a "Lệnh"; "kỷ luật 9 trường hợp" is discipline,
# not a "Luật" (vocab/type_word_compounds.txt)
_COMPOUND_OF_TYPE = Pattern(
    rf"(?<!\p{{L}})(?i:{alternation([w.split()[0] for w in words('type_word_compounds')])})[ ]+$"
)
_TYPE_IN_COMPOUND = {" ".join(w.split()[1:]).casefold() for w in words("type_word_compounds")}


def _word_before(text: str, pos: int) -> str:
    """The letters just before the spaces before `pos`, lower case."""
    end = pos
    while end > 0 and text[end - 1] == " ":
        end -= 1
    start = end
    while start > 0 and text[start - 1].isalpha() and end - start < 12:
        start -= 1
    return text[start:end].casefold() if end < pos else ""


_TYPE_VERBS = set(words("document_type_verbs"))
_NUMBER_WORD = Pattern(r"(?<!\p{L})(?i:số)(?!\p{L})")


def _mentions(doc: Doc) -> list[regex.Match[str]]:
    text = doc.text
    found: list[regex.Match[str]] = []
    done = -1
    for p, run_end in doc.digit_runs:
        if p < done:
            continue
        # Tried where a type word stands before the digits, or a slash or
        # hyphen after them makes a full number ("46-CT/TW", "15a/2020/…").
        typed = None
        if _word_before(text, p) in _TYPE_LAST:
            lead = text[max(0, p - 32) : p]
            typed = _TYPE_BEFORE.search(lead)
        m = _MENTION.match(text, p - len(lead) + typed.start()) if typed else None
        if (
            m
            and m["type"]
            and " ".join(m["type"].split()).casefold() in _TYPE_IN_COMPOUND
            and _COMPOUND_OF_TYPE.search(text, max(0, m.start() - 12), m.start())
        ):
            m = None
        if (
            m
            and m["snum"]
            and not m["syear"]
            and " ".join(m["type"].split()) in _TYPE_VERBS  # as written: in lower case
            and not _NUMBER_WORD.search(m[0])
        ):
            m = None  # "đã hướng dẫn 12 hộ", "quyết định 3 vấn đề": a verb and a count, no document
        after = text[run_end : run_end + 3]
        m = m or (_MENTION.match(text, p) if "/" in after or "-" in after else None)
        if m:
            found.append(m)
            done = m.end()
    return found


def extract_legal(doc: Doc, warnings: list[str]) -> LegalResult:
    text = doc.text
    hits: list[_Hit] = []
    for m in _mentions(doc):
        h = _hit(doc, m)
        if h is None:
            continue
        tail = text[m.end() : m.end() + 120]
        im = _ISSUED.match(tail)
        if im:
            month = int(im["m"] or im["wm"])
            h.issued = iso_day(int(im["d"]), month, int(im["y"]))
            if h.issued:
                # the day word belongs to the date: "ngày 5/9/2019"
                h.issued_range = (m.end() + tail.lower().find("ngày", 0, im.start("d")), m.end() + im.end())
        after = im.end() if im else 0
        # (both patterns read "của" within 60 characters: most mentions have none)
        cua = tail.find("của", after, after + 64) >= 0
        isr = _ISSUER_AFTER.match(tail, after) if cua else None
        named = _ISSUER_NAMED.match(tail, after) if cua else None
        if named and (isr is None or (named.start("issuer"), -named.end()) < (isr.start("issuer"), -isr.end())):
            # a body the vocabulary does not hold, or more of one than it does
            h.issuer = canonical_name(_body_only(named["issuer"]))
        elif isr:
            # one way of writing several issuers: "Bộ Công an và Bộ Quốc phòng"
            h.issuer = " và ".join(" ".join(part.split()) for part in _ISSUER_LIST.split(isr["issuer"]))
        hits.append(h)

    result = LegalResult()
    by_id: dict[str, LegalDocument] = {}
    # Full numbers first: short references resolve to them by type + number.
    full_by_key: dict[tuple[str, str], str] = {}
    dated_by_key: dict[tuple[str, str, str], str] = {}
    for h in hits:
        cid = _canonical_id(h)
        if cid and h.type:
            full_by_key.setdefault((h.type, h.number.lstrip("0")), cid)
            if h.year and h.code and not h.party_issuer:
                dated_by_key.setdefault((h.type, h.number.lstrip("0"), h.code), cid)
    # Short references to one document share what each tells (issuer, date):
    # "Nghị định số 03 của Chính phủ" … "Nghị định số 03, ngày 5/9/2019".
    short: dict[tuple[str, str], _Hit] = {}
    for h in hits:
        key = (h.type or "", h.number.lstrip("0"))
        if _canonical_id(h) is None and key not in full_by_key:
            pooled = short.setdefault(key, _Hit(h.start, h.end, h.type, h.number, None, None, None))
            pooled.year = pooled.year or h.year
            pooled.issued = pooled.issued or h.issued
            pooled.issuer = pooled.issuer or h.issuer
    for key, pooled in short.items():
        full_by_key[key] = _build_id(pooled, warnings, f"{pooled.type} {pooled.number}")
    stated: set[str] = set()  # documents whose issuer the text names
    for h in hits:
        span = doc.span(h.start, h.end)
        cid = _canonical_id(h) or full_by_key[(h.type or "", h.number.lstrip("0"))]
        if h.code and not h.year and not h.party_issuer:
            # "Nghị định 03/NĐ-CP" beside "03/2019/NĐ-CP": the year was left out
            dated = dated_by_key.get((h.type or "", h.number.lstrip("0"), h.code))
            if dated is None and h.issued and h.code.split("-")[0].upper() in _NUMBERED_WITH_YEAR:
                # a decree's number always has its year: take it from the issue date
                dated = f"{h.number}/{h.issued[:4]}/{h.code}"
                warnings.append(f"'{nfc(span.text)}': year left out of the number; built as {dated}")
            cid = dated or cid
        for repair in h.repairs:
            warnings.append(f"'{nfc(span.text)}' repaired: {repair}")
        doc_ = by_id.get(cid)
        if doc_ is None:
            doc_ = _new_document(cid, h)
            by_id[cid] = doc_
            result.documents.append(doc_)
        else:
            _merge(doc_, h)
            if h.issuer and cid not in stated:
                # "Nghị quyết 33-NQ/TW" in the headline, "… của Bộ Chính trị" in the
                # body: the issuer the text names, not the one its code implies
                doc_.issuer = h.issuer
        if h.issuer:
            stated.add(cid)
        doc_.mentions.append(Span(**span._asdict()))
        result.claimed.append((h.start, h.end))
        if h.issued_range:
            result.issued.append(h.issued_range)
    for d in result.documents:
        if d.year and d.issued and int(d.issued[:4]) != d.year:
            warnings.append(f"{d.id} is numbered for {d.year} but said to be issued on {d.issued}")
    return result


def _new_document(cid: str, h: _Hit) -> LegalDocument:
    year = h.year
    if year is None:
        ym = _YEAR_IN_ID.match(cid)
        year = int(ym[1]) if ym else None
    return LegalDocument(
        id=cid,
        type=h.type or "",
        number=h.number,
        year=year,
        issuer=_issuer_name(h),
        issued=h.issued,
    )


def _merge(d: LegalDocument, h: _Hit) -> None:
    if d.issued is None and h.issued:
        d.issued = h.issued
    if d.issuer is None:
        d.issuer = _issuer_name(h)
    if not d.type and h.type:
        d.type = h.type
