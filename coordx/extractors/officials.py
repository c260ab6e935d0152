"""Named officials with rank, titles and roles.

The grammar the press uses: [titles] [rank] NAME [, title]* — a name is
anchored by a rank ("Thượng tướng Phan Văn Giang"), by an honorific ("đồng chí", "ông", "bà", "Ngài"),
or by a family name from the vocabulary right after a title ("Thứ trưởng
Trần Quốc Tỏ"); titles follow it after a comma or a dash, or stand before it.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from coordx.extractors.common import Range
from coordx.extractors.names import ABBREVIATIONS, EXPANSION, canonical_name
from coordx.facts import Official, Span
from coordx.patterns import Pattern
from coordx.text import Doc
from coordx.vocab import alternation, province_forms, table, words

_RANKS = words("ranks")
_CANONICAL_RANK = {r.casefold(): r for r in _RANKS}
_RANK = alternation(_RANKS, factored=True)
_TITLE_HEADS = words("title_heads")
# A title may open with an abbreviation whose expansion is a title ("PCT", "UVTW").
_HEAD_FORMS = [*_TITLE_HEADS, *(a for a, full in ABBREVIATIONS if any(full.startswith(h) for h in _TITLE_HEADS))]
# "Phó Trưởng Ty", "Phó Tổng Tư lệnh", "Quyền Giám đốc": a prefix makes another post of any head.
_HEAD = (
    rf"(?:{alternation(words('title_prefixes'), factored=True)}[ ]+){{0,2}}{alternation(_HEAD_FORMS, factored=True)}"
)
_STOP = alternation(words("person_stops"), factored=True)
# (a country is no name either: "Đại sứ quán Hàn Quốc")
_COUNTRY = alternation(words("countries"), factored=True)
_PLACE = alternation([*province_forms(), *words("countries")], factored=True)
_SURNAME = alternation(words("surnames"), factored=True)
# "Y Khoa Mlô", "H'Linh Niê": a prefix of the Central Highlands stands for the family name
# ("Y" alone as a word; not medicine: "Đại học Y Dược", "Trung cấp Y", "Học viện Y …")
_PREFIXES = words("name_prefixes")
_NAME_PREFIX = (
    r"(?:(?<!(?<!\p{L})(?i:học|cấp|đẳng|viện)[ ])"
    rf"(?:{alternation([p for p in _PREFIXES if not p.endswith(chr(39))])})(?![\p{{L}}'’])(?![ ]Dược(?!\p{{L}}))[ ]"
    rf"|(?:{alternation([p[:-1] for p in _PREFIXES if p.endswith(chr(39))])})['’](?=\p{{Lu}}))"
)
# "đồng chí Ngô Tân Thượng", "ông Nguyễn Văn A", "Ngài Sok Phal"
_HONORIFICS = ["đồng chí", "ông", "bà", "ngài"]
_HONORIFIC = alternation(_HONORIFICS, factored=True)
_NOT_NAME = set(words("name_stopwords"))
# ("huyện Bua La Pha": the place's name may hold a family name after its first syllables;
# a place's Party committee names its place too: "Huyện ủy Lục Ngạn")
_PLACE_COMMITTEES = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy")
_PLACE_KIND_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?:(?i:{alternation(words('place_kinds'))})|{alternation(_PLACE_COMMITTEES)})"
    r"[ ]+(?:\p{Lu}\p{Ll}*[ ]+){0,2}$",
    regex.REVERSE,
)
# (a place's name of none or one word so far: "huyện Châu Thành …", "xã Phú Lâm …")
_PLACE_KIND_JUST_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?:(?i:{alternation(words('place_kinds'))})|{alternation(_PLACE_COMMITTEES)})"
    r"[ ]+(?P<named>\p{Lu}\p{Ll}*[ ]+)?$",
    regex.REVERSE,
)
# "Giám đốc Công ty Hoàng Long": the company's name, not a person's
_BUSINESS_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?i:{alternation(words('business_kinds'), factored=True)})[ ]+$", regex.REVERSE
)
_SURNAMES = set(words("surnames"))
_ACADEMIC = alternation(words("academic_titles"), factored=True)
# the abbreviated degrees among them ("ThS.", "PGS.TS"), written as they are
_DEGREES = [w for w in words("academic_titles") if regex.fullmatch(r"\p{Lu}[\p{L}.]*", w)]
_DEGREE = alternation(_DEGREES, flexible_space=False, factored=True)

_SERVICE = r"(?:Cảnh[ ]+sát|Công[ ]+an|Quân[ ]+đội|Hải[ ]+quân|Không[ ]+quân|Lục[ ]+quân|Biên[ ]+phòng)"

_PREFIXED = Pattern(_NAME_PREFIX)

# A name token: "Nguyễn", "Ê", "NiekSaVuon" — never ALL-CAPS (bylines, acronyms).
# ("Khăm-phăn Xay-nha-vông": a name transcribed with hyphens between syllables)
# (a capital after a hyphen starts another word: "Bà Rịa-Vũng Tàu", "Tô Lâm-Ủy viên")
# ("H'Yim Kđoh": an apostrophe after the first letter of a Ê Đê or Gia Rai name)
_TOKEN = r"\p{Lu}(?:['’]\p{Lu})?(?:\p{Ll}+(?:\p{Lu}\p{Ll}+)*)?(?:-\p{Ll}+)*(?!\p{L})"

_NAMES = Pattern(
    rf"""
    (?<![\p{{L}}\d])
    (?:
        # "Thượng tướng Phan Văn Giang", "đại tá Khăm Ban Phôm Mạ Ni Vông"
        # ("Thiếu tướng, PGS.TS Nguyễn Văn A": an academic title may stand between)
        # ("Thượng tướng Cảnh sát Andrei Morozov": a foreign rank may name its service)
        # ("Đại tá Quân đội Lào Bua Khăm": the service and its country)
        (?P<rank>(?i:{_RANK}))(?:[ ]+{_SERVICE}(?:[ ]+(?:nhân[ ]+dân[ ]+)?{_COUNTRY}(?!\p{{L}}))?(?=[ ]+\p{{Lu}}))?
        (?:,?[ ]+{_ACADEMIC})?[ ]+
        (?P<rname>{_TOKEN}(?:[ ]{_TOKEN}){{0,6}})
        # "đồng chí Ngô Tân Thượng", "ông Nguyễn Văn A", "đồng chí Trung tướng Trần Quốc Tỏ"
        # ("Phó Giám đốc Sở …, ThS. Quàng Văn Sinh": a degree stands for the honorific)
      | (?P<hon>(?i:{_HONORIFIC})|{_DEGREE})[ ]+(?:(?P<hrank>(?i:{_RANK}))[ ]+)?
        # ("đồng chí Hòa": a given name alone, of someone named in full in the text)
        (?P<hname>{_TOKEN}(?:[ ]{_TOKEN}){{0,4}})
        # "Trần Quốc Tỏ": a family name and one to three given names, not a place
      | (?!{_PLACE}(?!\p{{L}}))(?P<sname>(?:{_SURNAME})(?!\p{{L}})(?:[ ]{_TOKEN}){{1,3}}
        | {_NAME_PREFIX}(?!{_PLACE}(?!\p{{L}})){_TOKEN}(?:[ ]{_TOKEN}){{0,2}})
    )
    """,
    regex.VERBOSE,
)

# A title: a head word, then the organisation, up to punctuation, a verb or
# clause word, or "và" + another person. Words are bounded, so no backtracking
# blow-up on long capitalised runs.
_WORD = r"(?:[^\s,;.:()\[\]\n|\"“”]|\.(?=\p{L}))+"
_WORD_RE = Pattern(rf"[ ]?({_WORD})")
_TITLE_START = Pattern(rf"(?i:{_HEAD})(?!\p{{L}})")
_STOP_AT = Pattern(
    rf"(?i:{_STOP})(?!\p{{L}})"
    # "và" + another person: a rank, an honorific and a name, a title, a family name,
    # a degree or an honour of teachers and a name ("và PGS.TS Trần Văn A", "và Nhà giáo Ưu tú B")
    rf"|(?i:và|cùng)[ ]+(?:(?i:{_RANK})|(?:(?i:{_HONORIFIC})|{_ACADEMIC})[ ]+\p{{Lu}}|{_HEAD}"
    rf"|(?:{_SURNAME})[ ]\p{{Lu}})"
)
_STOP_FIRST = {w.split()[0].casefold() for w in words("person_stops")} | {"và", "cùng"}
# Words of a name that hold stop words: "Viện Y học dự phòng", "Trung đoàn dự bị động viên"
_COMPOUND = Pattern(rf"(?i:{alternation(words('stop_compounds'))})(?!\p{{L}})")
_COMPOUND_FIRST = {w.split()[0].casefold() for w in words("stop_compounds")}


def _heads_before_stops(compounds: tuple[str, ...], stops: tuple[str, ...]) -> list[str]:
    """The words before a stop phrase inside each name that holds one later
    than its first word: "Văn phòng đại diện" gives "văn phòng"."""
    stop_set = {s.casefold() for s in stops}
    heads = []
    for compound in compounds:
        parts = compound.casefold().split()
        for i in range(1, len(parts)):
            if any(" ".join(parts[i:j]) in stop_set for j in range(i + 1, len(parts) + 1)):
                heads.append(" ".join(parts[:i]))
                break
    return heads


# ... and those whose stop word comes later ("Văn phòng đại diện", "Cơ quan đại
# diện"): the words before the stop word, looked for backwards from it
_COMPOUND_HEAD_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?i:{alternation(_heads_before_stops(words('stop_compounds'), words('person_stops')))})[ ]+$",
    regex.REVERSE,
)
# ("Phòng Hướng dẫn tuần tra": a kind of document names a body's work; its last word is no verb)
_NAMED_DOCUMENTS = {w.casefold() for w in words("document_type_words") if " " in w}
_PLACE_KIND_WORDS = {w.split()[-1].casefold() for w in words("place_kinds")}
# "Trưởng Công an huyện Quảng Trạch về mô hình …": a body named with its place is
# complete, and "về" after it begins what the person speaks of (a body's name
# holds it before a place: "Cục Cảnh sát điều tra tội phạm về ma túy")
_NAMED_PLACE_BEFORE = Pattern(
    rf"(?:(?<!\p{{L}})(?i:{alternation(words('place_kinds'))})[ ]+(?:\p{{Lu}}\p{{L}}*[ ]+){{1,3}}"
    rf"|(?<![\p{{L}}\d])(?:{alternation(list(province_forms()))})[ ]+)$",
    regex.REVERSE,
)
# "Đại sứ Lào tại Việt Nam", "Tổng Lãnh sự Việt Nam tại Pắc Xế": "tại" in a title
# opens the place an office stands in, capitalised, and the title ends with it
# (not "… Chủ tịch Hồ Chí Minh tại Quảng trường Ba Đình và viếng mộ Đại tá A")
_AT_PLACE = Pattern(
    rf"tại[ ]+(?:(?i:{alternation(words('place_kinds'))})[ ]+)?"
    r"\p{Lu}[\p{L}\d.\-]*(?:[ ]+(?:\p{Lu}[\p{L}\d.\-]*|\d+(?!\p{L})))*"
)
# "Phó Giám đốc phụ trách Công an tỉnh": a word qualifying the post, between its head and the body's name
_MODIFIER = Pattern(rf"(?i:{alternation(words('post_modifiers'))})[ ]+(?=\p{{Lu}})")
# ("giao thông báo cáo": no "thông báo" read from the second syllable of "giao thông")
_OVERLAPS = {w.casefold() for w in words("overlap_compounds")}
# after a name: ", title", " - title", " (title)"
# ("…, kiêm Chỉ huy trưởng …": a second post held with the first)
# Posts of command held within a unit, bare before "kiêm" and another post of the unit
_COMMAND_POSTS = {w.casefold() for w in words("command_posts")}
_SEPARATOR = Pattern(r"[ ]*(?:,|[ ]-|-[ ]|\()[ ]*(?:kiêm[ ]+)?")
# (the longest posts run to 30 words: "Phó Trưởng Ban Thường trực Ban Chỉ đạo phòng,
# chống tội phạm, tệ nạn xã hội và xây dựng phong trào toàn dân bảo vệ an ninh Tổ quốc tỉnh")
_MAX_TITLE_WORDS = 32
_DASH_PHRASE = Pattern(rf"(?<!\p{{L}})(?i:{alternation(words('dash_phrases'), factored=True)})(?!\p{{L}})")
_COMMA_PHRASE = Pattern(rf"(?<!\p{{L}})(?i:{alternation(words('comma_phrases'), factored=True)})(?!\p{{L}})")
# (names of bodies, capitalised: "Ủy ban Văn hóa, Giáo dục", not the fields "văn hóa, giáo dục")
_COMMA_NAME = Pattern(rf"(?<!\p{{L}})(?:{alternation(words('comma_names'), factored=True)})(?!\p{{L}})")
_COMMA_NAME_REACH = 60  # the longest name, around its commas

_HONOUR = Pattern(rf"(?i:{alternation(words('honours'), factored=True)})(?!\p{{L}})")
# A list of people opens after "có", "gồm", "là": "Cùng dự có Bí thư Đảng ủy, …"
_CHAIN_OPENER = Pattern(r"(?<!\p{L})(?i:có|gồm|là)[ ]+$")
# "Thừa ủy quyền của Chủ tịch nước, Trung tướng A": the post is the delegator's
_DELEGATION = Pattern(rf"(?<!\p{{L}})(?i:{alternation(words('delegation_cues'))})(?!\p{{L}})")
_TO_DELEGATE = Pattern(r"(?<!\p{L})(?i:cho)(?!\p{L})")
_OF_BEFORE = Pattern(r"(?<!\p{L})(?i:của)[ ]+$", regex.REVERSE)
# "A được bầu giữ chức Bí thư Đảng ủy, Đại tá B được bầu …": the post ends A's clause
_APPOINTED = Pattern(rf"(?<!\p{{L}})(?i:{alternation(words('appointment_cues'))})(?!\p{{L}})")
_BODY_BEFORE = Pattern(r"(?<!\p{L})(?:Ban|Bộ)[ ]+$")
_BODY_HEADS = ("Ban", "Bộ")
# (and only what names a body's work goes on after them: "Ban chỉ đạo", not "Ban phát biểu")
_BODY_WORK = Pattern(rf"(?i:{alternation(words('body_work_words'), factored=True)})(?!\p{{L}})")
# ("các Phó Giám đốc Công an tỉnh: …", with or without "đồng chí")
# ("Giám đốc Công an các tỉnh, thành phố: Thiếu tướng A (Đồng Nai), …": the post of
# each place, named in brackets after each person)
_PLACE_KINDS_OF_A_LIST = r"(?i:tỉnh|thành[ ]+phố|huyện|quận|thị[ ]+xã|xã|phường|đặc[ ]+khu)"
# (one or the other of "các" before and the places after makes it a list's head)
_SHARED = Pattern(
    rf"(?:(?P<many>(?i:các(?:[ ]+đồng[ ]+chí)?))[ ]+|(?<!\p{{L}}))(?P<title>(?i:{_HEAD})[^:;.\n]{{0,80}}?)"
    rf"(?:[ ]+(?i:các)[ ]+(?P<kinds>{_PLACE_KINDS_OF_A_LIST}(?:[ ]*,[ ]*{_PLACE_KINDS_OF_A_LIST})*))?[ ]*:"
)
# a list's item: a person, then the place in brackets ("Thiếu tướng A (Đồng Nai)")
_PLACE_IN_BRACKETS = Pattern(r"[ ]*\([ ]*(?P<place>\p{Lu}[\p{L}.\-]*(?:[ ]+\p{Lu}[\p{L}.\-]*){0,4})[ ]*\)")
_PROVINCE_FORM = province_forms()
# a centrally-run city: one of whose forms is "Thành phố …"
_CITIES = {name for form, name in _PROVINCE_FORM.items() if form.startswith("Thành phố ")}
_MEMBERSHIPS = ("ủy viên", "đại biểu")  # titles of membership, held beside a post
_PARTY_WORD = Pattern(
    rf"(?<!\p{{L}})(?:{alternation(words('party_words'), factored=True)})(?!\p{{L}})", regex.IGNORECASE
)
_SHARED_REACH = 200  # how far before its colon such a list may open (the head and 80 characters)
# "các đồng chí Thiếu tướng: A, …; B, …": a rank shared by those listed
_SHARED_RANK = Pattern(
    rf"(?<!\p{{L}})(?i:các)(?:[ ]+(?i:đồng[ ]+chí))?[ ]+(?P<rank>(?i:{_RANK}))[ ]*$", regex.REVERSE
)
_SHARED_RANK_REACH = 40  # the words before the colon: "các đồng chí" and a rank
# ("chủ trì, phối hợp bắt giữ 14 vụ", "đã chủ trì và phối hợp …": a unit leads an operation, nobody chairs)
# (not a task given: "đề nghị Cục C04 chủ trì …", "giao cho Công an tỉnh chủ trì …")
_CHAIR_VERB = Pattern(
    r"(?<!(?<!\p{L})(?i:đề[ ]+nghị|yêu[ ]+cầu|giao[ ]+cho|phân[ ]+công)(?:[ ]+[\p{L}\d]+){1,6}[ ]+)"
    r"(?<!\p{L})(?:(?P<co>(?i:đồng|cùng)[ ]+)?(?i:chủ[ ]+trì))(?!\p{L})"
    r"(?![ ]*(?:,|(?i:và))?[ ]*(?i:phối[ ]+hợp)(?!\p{L}))"
)
# "A, Trưởng Công an xã cho biết, Công an xã đã chủ trì xác minh …": what a
# speaker says opens a clause of its own, whose "chủ trì" is not the speaker's
_SAID = Pattern(rf"(?<!\p{{L}})(?i:{alternation(words('saying_verbs'), factored=True)})[ ]*[,:]")
# "…; tại điểm cầu X, …", "…, tại đầu cầu X …": a clause opening on a site
_SITE_CLAUSE = Pattern(r"[;,][ \n]*(?i:tại|ở)[ ]+(?:(?i:các)[ ]+)?(?i:điểm|đầu)[ ]+(?i:cầu)(?!\p{L})")
_CHAIRS_TOLD = Pattern(
    r"[ \n]*(?P<count>(?i:hai|ba|các))[ ]+(?i:đồng[ ]+chí)[ ]+(?:(?i:cùng)[ ]+)?(?P<co>(?i:đồng[ ]+))?(?i:chủ[ ]+trì)"
)
# ("dự án", "dự thảo", "dự bị", "dự kiến" … are not "attend")
_ATTEND = Pattern(
    r"(?<!\p{L})(?i:tham[ ]+dự|dự)(?!\p{L})"
    r"(?![ ]+(?i:án|thảo|toán|báo|kiến|bị|trù|phòng|định|tính|đoán|luật|thầu)(?!\p{L}))"
)
_SPEAK = Pattern(r"(?<!\p{L})(?i:phát[ ]+biểu|kết[ ]+luận|chỉ[ ]+đạo)(?!\p{L})")
# A word every match of the pattern holds: a substring test on the lower-case
# sentence skips the pattern for most sentences.
_CHAIR_HINTS = ("trì",)
_ATTEND_HINTS = ("dự",)
_SPEAK_HINTS = ("biểu", "luận", "đạo")

# abbreviations written with a full stop that goes on ("Công an TP. Hồ Chí Minh")
_DOTTED = {a[:-1] for a in EXPANSION if a.endswith(".")}
# ... but a sentence ends there before a person: "… Công an TP. Ông Bình đề nghị …", or a verb
_NOT_AFTER_DOT = {w.split()[0].casefold() for w in [*_RANKS, *_HONORIFICS]}


@dataclass
class OfficialsResult:
    officials: list[Official] = field(default_factory=list)
    # normalised ranges of each official's mentions, parallel to `officials`
    ranges: list[list[Range]] = field(default_factory=list)


@dataclass
class _Mention:
    start: int  # of the whole mention (honorific or rank included)
    end: int  # of the name
    name: str
    rank: str | None
    titles: list[str] = field(default_factory=list)
    honorific: bool = False
    roles: list[str] = field(default_factory=list)
    short: bool = False  # "đồng chí Hòa": a given name alone after an honorific


_CAP_WORD = Pattern(r"(?<![\p{L}\d])\p{Lu}\p{L}*")
# The first word of every anchor: a rank, an honorific, a family name.
_ANCHOR_WORDS = (
    {w.split()[0].casefold() for w in [*_RANKS, *_HONORIFICS]}
    | {w.split()[0].casefold() for w in words("surnames")}
    | {p.rstrip("'").casefold() for p in _PREFIXES}
    | {w.split(".")[0].casefold() for w in _DEGREES}
)
# Ranks and honorifics also come in lower case ("đại tá", "đồng chí").
_LOWER_ANCHORS_SPACED = sorted(" " + w for w in {r.casefold() for r in _RANKS} | set(_HONORIFICS))
_LOWER_ANCHORS_BY_FIRST: dict[str, list[str]] = {}
for _form in _LOWER_ANCHORS_SPACED:
    _LOWER_ANCHORS_BY_FIRST.setdefault(" " + _form.split()[0], []).append(_form)


def _anchors(text: str, lower: str, provinces: list[regex.Match[str]]) -> list[int]:
    """Where a name mention may start (and, into `provinces`, the provinces
    named). Scanning for single capitals and finding literal words is many
    times cheaper than trying the name pattern at every position."""
    capitalised = list(_CAP_WORD.finditer(text))
    found = {m.start() for m in capitalised if m[0].casefold() in _ANCHOR_WORDS}
    for start in [m.start() for m in capitalised if m[0] in _PROVINCE_FIRST]:
        if not (provinces and start < provinces[-1].end()):
            province = _PROVINCE.match(text, start)
            if province:
                provinces.append(province)
    # In lower case they stand inside a sentence, between spaces; found by
    # their first word, then each form that starts with it.
    n = len(lower)
    for first, forms in _LOWER_ANCHORS_BY_FIRST.items():
        i = lower.find(first)
        while i >= 0:
            for form in forms:
                end = i + len(form)
                if lower.startswith(form, i) and (end == n or not lower[end].isalnum()):
                    found.add(i + 1)
            i = lower.find(first, i + len(first))
    return sorted(found)


# a unit's number and a dash before a name: the place the unit is named for
_NUMBERED_DASH_BEFORE = Pattern(r"(?<![\d/.])\d{1,2}[ ]*-[ ]*$")
_AGE_AFTER = Pattern(r"[ ]*\([ ]*(?:\d{1,3}[ ]+tuổi|(?i:SN|sinh[ ]+năm)[ ]*\d{4})")
# the same aside closed, and the comma or dash that goes on to the titles:
# "Thiếu tá A (35 tuổi), Đội trưởng …" (the age of an officer tells no citizen)
_AGE_ASIDE = Pattern(r"[ ]*\([ ]*(?:\d{1,3}[ ]+tuổi|(?i:SN|sinh[ ]+năm)[ ]*\d{4})[ ]*\)(?=[ ]*(?:,|[ ]-[ ]))")


# A province or city, named in full: a person's name after it begins where it
# ends, whatever the family name ("Phó Chủ tịch UBND tỉnh Khánh Hòa Châu Văn
# Lực"), and none begins inside it ("tỉnh Sơn La", "tỉnh Bình Dương")
_PROVINCE = Pattern(rf"(?<![\p{{L}}\d])(?:{alternation(list(province_forms()), factored=True)})(?!\p{{L}})")
# (the first word of each name, as a capitalised word is read: "TP.HCM", "BR-VT")
_PROVINCE_FIRST = {form.replace(".", " ").replace("-", " ").split()[0] for form in province_forms()}
# two to four words, the next one not capitalised
_AFTER_PLACE = Pattern(rf"(?!{_PLACE}(?!\p{{L}}))(?P<pname>{_TOKEN}(?:[ ]{_TOKEN}){{1,3}})(?![ ]*\p{{Lu}})")


def _places(text: str, provinces: list[regex.Match[str]]) -> tuple[list[tuple[int, int]], dict[int, regex.Match[str]]]:
    """The spans of the provinces named in `text`, and the names that follow
    them, by where each begins."""
    spans: list[tuple[int, int]] = []
    after: dict[int, regex.Match[str]] = {}
    for p in provinces:
        spans.append((p.start(), p.end()))
        if not text.startswith(" ", p.end()):
            continue
        name = _AFTER_PLACE.match(text, p.end() + 1)
        if name:
            after[name.start()] = name
    return spans, after


# "Khăm-xay Phôm-mạ-chăn", "Xổm-phon Chăn-thạ-la": a name transcribed from Lao,
# its syllables joined by hyphens, which no family name of the vocabulary opens
_HYPHENATED = Pattern(r"(?<![\p{L}\d\-])\p{Lu}\p{Ll}*(?:-\p{Ll}+)+(?![\p{L}\-])")
_HYPHENATED_NAME = Pattern(rf"(?!{_PLACE}(?!\p{{L}})){_TOKEN}(?:[ ]{_TOKEN}){{1,3}}")
_CLAUSE_MARKS = ".;:(\n,"
_TITLE_BEFORE_REACH = 200  # how far back a title written before a name may begin


def _hyphenated_starts(text: str) -> set[int]:
    """Where the capitalised words joined to lower-case syllables by hyphens
    begin ("Xổm-phon"): found from their hyphens, which few texts have many of."""
    starts: set[int] = set()
    i = text.find("-")
    while i >= 0:
        if 0 < i < len(text) - 1 and text[i + 1].islower() and text[i - 1].isalpha():
            start = i
            while start > 0 and text[start - 1].isalpha():
                start -= 1
            word = _HYPHENATED.match(text, start)
            if word:
                starts.add(start)
                i = word.end()
        i = text.find("-", i + 1)
    return starts


def _hyphenated_after_title(text: str, pos: int, floor: int) -> regex.Match[str] | None:
    """A name of hyphenated syllables at `pos`, written right after a title
    ("Phó Tỉnh trưởng tỉnh Hủa Phăn Xổm-phon Chăn-thạ-la", "Thứ trưởng Bộ An
    ninh Lào Khăm-xay …"), of two words or more; not the name of a place
    after its kind ("tỉnh Luông-pha-bang"), nor a country."""
    if _PLACE_KIND_RIGHT_BEFORE.search(text, max(0, pos - 20), pos):
        return None
    name = _HYPHENATED_NAME.match(text, pos)
    if not name:
        return None
    low = max(floor, pos - _TITLE_BEFORE_REACH)
    base = max(low, *(text.rfind(c, low, pos) + 1 for c in _CLAUSE_MARKS))
    return name if _title_ending(text, base, pos) else None


def _candidates(text: str, lower: str) -> list[_Mention]:
    found: list[_Mention] = []
    last_end = -1
    provinces: list[regex.Match[str]] = []
    anchors = _anchors(text, lower, provinces)
    places, after_place = _places(text, provinces)
    starts = [s for s, _ in places]
    if after_place:
        anchors = sorted({*anchors, *after_place})
    hyphenated = _hyphenated_starts(text)
    if hyphenated:
        anchors = sorted({*anchors, *hyphenated})
    for pos in anchors:
        if pos < last_end:
            continue
        k = bisect_left(starts, pos + 1) - 1
        if k >= 0 and places[k][0] < pos < places[k][1]:
            continue  # inside a province's name: "tỉnh Sơn La", "tỉnh Bình Dương"
        m = _NAMES.match(text, pos)
        named = after_place.get(pos)
        foreign = _hyphenated_after_title(text, pos, max(last_end, 0)) if pos in hyphenated and not m else None
        if named is not None and not (m and (m["rank"] or m["hon"])):
            # after a province: the name, whatever its family name
            name, ns = named["pname"], pos
            rank, honorific = None, False
        elif foreign is not None:
            name, ns = foreign[0], pos
            rank, honorific = None, False
        elif not m:
            continue
        elif m["rank"]:
            name, ns = m["rname"], m.start("rname")
            rank = _CANONICAL_RANK.get(" ".join(m["rank"].split()).casefold())
            honorific = False
        elif m["hon"]:
            name, ns = m["hname"], m.start("hname")
            rank = _CANONICAL_RANK.get(" ".join(m["hrank"].split()).casefold()) if m["hrank"] else None
            honorific = True
        else:
            name, ns = m["sname"], m.start("sname")
            rank, honorific = None, False
            # (no place is named "Y …" or "H'…")
            prefixed = _PREFIXED.match(text, pos) is not None
            if len(name.split()) == 2 and not prefixed and _PLACE_KIND_BEFORE.search(text, max(0, pos - 40), pos):
                # "huyện Lục Yên", "phường Trần Phú": a place; a full name after the
                # place kind is a person's ("Chủ tịch UBND tỉnh Nguyễn Văn A")
                continue
            if _BUSINESS_BEFORE.search(text, max(0, pos - 40), pos):
                continue
            if _NUMBERED_DASH_BEFORE.search(text, max(0, pos - 8), pos):
                continue  # "Ban Chỉ huy Phòng thủ khu vực 3 - Cao Lộc": the numbered unit's place
            if not prefixed and _inside_a_place_name(text, pos):
                continue  # "huyện Châu Thành Điểu Văn Lâm", "xã Phú Lâm Nguyễn Văn An": the place's name goes on
            if _runs_into_a_place(pos, ns + len(name), places, after_place):
                continue  # "Bí thư Thành Đoàn Hà Nội Chu Hồng Minh": a body, its city, then the name
            if found and _in_a_title_after(text, found[-1], pos):
                continue  # "đồng chí A, Phó Chủ tịch UBND huyện Trần Văn Thời": the place's name
        parts = name.split()
        # "Đoàn", "Lữ", "Vàng" begin organisations ("Đoàn Thanh niên", "Lữ đoàn")
        # and names alike: as a family name they need a full name after them
        if parts[0] in _NOT_NAME and not (parts[0] in _SURNAMES and len(parts) >= 3):
            continue
        if rank is None and _AGE_AFTER.match(text, ns + len(name)):
            if not (m and _comrade_titled(text, m, ns + len(name))):
                continue  # "thuyền trưởng Nguyễn Văn A (56 tuổi)", "ông B (SN 1972)": a citizen, told by age
        short = honorific and rank is None and len(parts) == 1
        if short and m and not m["hon"].casefold().startswith("đồng chí"):
            continue  # "Bà Rịa", "Ông Ích Khiêm": a given name alone only after "đồng chí"
        found.append(_Mention(pos, ns + len(name), name, rank, honorific=honorific, short=short))
        last_end = ns + len(name)
    return found


def _comrade_titled(text: str, m: regex.Match[str], end: int) -> bool:
    """Whether "đồng chí" and a name at `m` go on past an age in brackets to a
    title ("đồng chí A (SN 1975), Trưởng Công an xã"): a comrade, no citizen."""
    if not (m["hon"] and m["hon"].casefold().startswith("đồng chí")):
        return False
    aside = _AGE_ASIDE.match(text, end)
    sep = _SEPARATOR.match(text, aside.end()) if aside else None
    return sep is not None and _TITLE_START.match(text, sep.end()) is not None


# the kind of a place right before a word ("… UBND huyện |Trần Văn Thời")
_PLACE_KIND_RIGHT_BEFORE = Pattern(rf"(?<!\p{{L}})(?i:{alternation(words('place_kinds'))})[ ]+$", regex.REVERSE)
_TITLE_REACH = 400  # as far as the titles after a name are looked for past a word


def _in_a_title_after(text: str, before: _Mention, pos: int) -> bool:
    """Whether the words at `pos`, right after a place's kind, name the place
    of a title written after the name before, with a comma or a dash: the
    titles after "đồng chí A" run on past `pos` ("đồng chí A, Phó Chủ tịch
    UBND huyện Trần Văn Thời": many places are named after people). A title
    with no name before keeps its name ("Chủ tịch UBND tỉnh Nguyễn Văn A")."""
    if not _PLACE_KIND_RIGHT_BEFORE.search(text, max(before.end, pos - 20), pos):
        return False
    _, end = _post_titles(text, before, min(len(text), pos + _TITLE_REACH))
    return end > pos


_CAP_RUN = Pattern(rf"{_TOKEN}(?:[ ]{_TOKEN})*")


def _inside_a_place_name(text: str, pos: int) -> bool:
    """Whether the family name at `pos`, the first or second word after a
    place's kind, is a word of the place's name: a place is named in two words
    at least, and another family name further on begins a name that ends the
    run of capitalised words ("huyện Châu Thành Điểu Văn Lâm")."""
    kind = _PLACE_KIND_JUST_BEFORE.search(text, max(0, pos - 40), pos)
    if not kind:
        return False
    run = _CAP_RUN.match(text, pos)
    tokens = run[0].split() if run else []
    first = 1 if kind["named"] else 2  # where a name may begin after two words of the place
    return any(t in _SURNAMES and 2 <= len(tokens) - j <= 4 for j, t in enumerate(tokens) if j >= first)


def _runs_into_a_place(start: int, end: int, places: list[tuple[int, int]], after: dict[int, regex.Match[str]]) -> bool:
    """Whether a province begins inside the words from `start` to `end`, and
    a name follows it: those words are a body's and its province's."""
    k = bisect_left(places, (start + 1, 0))
    while k < len(places) and places[k][0] < end:
        if places[k][1] + 1 in after:
            return True
        k += 1
    return False


def _title_at(text: str, pos: int, limit: int) -> tuple[str, int] | None:
    """A title starting at `pos` (ending by `limit`): its text and end."""
    head = _TITLE_START.match(text, pos)
    if not head:
        return None
    end = pos
    count = 0
    # where the words of a name holding stop words end (the head's own words
    # are no verbs either: "Thư ký" is not "ký")
    compound_end = head.end()
    modifier = _MODIFIER.match(text, head.end() + 1) if text.startswith(" ", head.end()) else None
    if modifier:
        compound_end = modifier.end()
    last_word = ""
    joined = False  # whether the last word closed a word of overlap_compounds.txt
    place_end = 0  # where the place after "tại" ends
    for w in _WORD_RE.finditer(text, pos, limit):
        gap = text[end : w.start()]
        dotted = (
            gap == "."
            and last_word in _DOTTED
            and w[1].casefold() not in _NOT_AFTER_DOT
            # (nor before what someone does: "… BĐBP TP. Tham dự có …")
            and not (w[1].casefold() in _STOP_FIRST and _STOP_AT.match(text, w.start(1)))
        )
        if (
            gap
            and not (gap == "," and (_comma_inside(text, end) or _higher_unit_follows(text, pos, end)))
            and not dotted
        ):
            break  # punctuation between (not a comma of a phrase, not "TP. Hồ Chí Minh"): the title is over
        word_start = w.start(1)
        # the regex only where a stop phrase can begin (a set lookup first)
        # (a capitalised word names a body, no verb: "Trưởng ban Chỉ đạo", "Ban Chỉ huy")
        if count and w[1][:1].islower() and word_start >= compound_end:
            # (not after a place: "Giám đốc Công an tỉnh dự phòng …" is what the director does)
            compound = (
                _COMPOUND.match(text, word_start)
                if w[1] in _COMPOUND_FIRST and last_word.casefold() not in _PLACE_KIND_WORDS
                else None
            )
            if compound:
                compound_end = compound.end()
            elif (
                w[1] in _STOP_FIRST
                and not (last_word in _BODY_HEADS and _BODY_WORK.match(text, word_start))
                and not _within_compound(text, pos, word_start)
                and (joined or f"{last_word} {w[1]}".casefold() not in _NAMED_DOCUMENTS)
                and f"{last_word} {w[1]}".casefold() not in _OVERLAPS
                and _STOP_AT.match(text, word_start)
            ):
                break  # (not in a body's name: "Ban chỉ huy quân sự", "Ban tổ chức")
            elif w[1] == "về" and _NAMED_PLACE_BEFORE.search(text, max(pos, word_start - 60), word_start):
                break
            elif place_end and word_start >= place_end:
                break  # a word past the place an office stands in
            elif w[1] == "tại":
                at = _AT_PLACE.match(text, word_start)
                if not at:
                    break  # "tại" and no place: where the person is, not the office
                place_end = at.end()
        # " - " separates titles only when a new title follows ("Thừa Thiên - Huế" stays whole);
        # before a lower-case word it closes a title set off by dashes ("A - Giám đốc … - trực tiếp chỉ huy")
        if (
            w[1] == "-"
            and (_TITLE_START.match(text, w.end() + 1) or text[w.end() + 1 : w.end() + 2].islower())
            and not _dash_inside(text, w.start(1))
        ):
            break
        end = w.end()
        joined = f"{last_word} {w[1]}".casefold() in _OVERLAPS
        last_word = w[1]
        count += 1
        if count >= _MAX_TITLE_WORDS:
            break
    title = text[pos:end].rstrip(" -")
    # (a title ends in no conjunction: "Tư lệnh Quân khu 9 và", where the next person begins)
    conjunction = _LAST_CONJUNCTION.search(title)
    if conjunction:
        title = title[: conjunction.start()]
        end = pos + len(title)
    return (title, end) if title else None


_LAST_CONJUNCTION = Pattern(r"[ ]+(?:và|cùng|với)$")


_UNIT_LEVEL = {row[0]: int(row[1]) for row in table("unit_levels")}
# (a ministry is "Bộ" and a capitalised name: not "Bộ đội", and "Bộ Chỉ huy", "Bộ Tư lệnh" are their own)
_UNIT = Pattern(rf"(?<!\p{{L}})(?P<unit>{alternation(list(_UNIT_LEVEL), factored=True)})(?=[ ][\p{{Lu}}\d]|[ ]?[(,]|$)")
_UNIT_AFTER_COMMA = Pattern(rf"[ ]?(?P<unit>{alternation(list(_UNIT_LEVEL), factored=True)})[ ][\p{{Lu}}\d]")


def _higher_unit_follows(text: str, title_start: int, comma: int) -> bool:
    """Whether the comma at `comma` goes on into a unit standing higher than
    the last one the title names: "Cục trưởng Cục Pháp chế, Bộ Công an"."""
    parent = _UNIT_AFTER_COMMA.match(text, comma + 1)
    if not parent:
        return False
    last = None
    for m in _UNIT.finditer(text, title_start, comma):
        last = m
    return last is not None and _UNIT_LEVEL[parent["unit"]] > _UNIT_LEVEL[last["unit"]]


def _dash_inside(text: str, dash: int) -> bool:
    """Whether the dash at `dash` is inside a pair of dash_phrases.txt ("quốc phòng - an ninh")."""
    return any(p.start() < dash < p.end() for p in _DASH_PHRASE.finditer(text, max(0, dash - 24), dash + 40))


def _comma_inside(text: str, comma: int) -> bool:
    """Whether the comma at `comma` is inside a phrase of comma_phrases.txt or a name of comma_names.txt."""
    return any(
        p.start() < comma < p.end() for p in _COMMA_PHRASE.finditer(text, max(0, comma - 24), comma + 40)
    ) or any(
        p.start() < comma < p.end()
        for p in _COMMA_NAME.finditer(text, max(0, comma - _COMMA_NAME_REACH), comma + _COMMA_NAME_REACH)
    )


def _split_at_commas(text: str, start: int, end: int) -> list[str]:
    """text[start:end] split at its commas, not at one inside a phrase or a name ("Ủy ban Văn hóa, Giáo dục")."""
    parts = []
    comma = text.find(",", start, end)
    while comma >= 0:
        if not _comma_inside(text, comma):
            parts.append(text[start:comma])
            start = comma + 1
        comma = text.find(",", comma + 1, end)
    parts.append(text[start:end])
    return parts


def _post_titles(text: str, m: _Mention, limit: int) -> tuple[list[str], int]:
    """Titles after the name, and where the last one ends."""
    titles: list[str] = []
    pos = m.end
    # (an age in brackets after an officer's name is passed over: "Thiếu tá A (35 tuổi), Đội trưởng …")
    aside = _AGE_ASIDE.match(text, pos) if m.rank or m.honorific else None
    if aside:
        sep = _SEPARATOR.match(text, aside.end())
        if sep and _title_at(text, sep.end(), limit):
            pos = aside.end()
    while True:
        sep = _SEPARATOR.match(text, pos)
        if not sep:
            break
        honour = _HONOUR.match(text, sep.end())
        if honour and _SEPARATOR.match(text, honour.end()):
            pos = honour.end()  # an honour among the titles is passed over
            continue
        hit = _title_at(text, sep.end(), limit)
        if not hit or (limit < len(text) and not text[hit[1] : limit].strip()):
            break  # a title that runs into the next name is that person's
        title, pos = hit
        titles.append(title)
    return titles, pos


def _pre_titles(text: str, m: _Mention, floor: int) -> list[str]:
    """Titles written before the name: "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh
    Trương Hải Long", and before a rank after a comma: "Giám đốc Công an
    tỉnh, Đại tá Hoàng Văn Phúc"."""
    window = text[floor : m.start]
    cut = max(window.rfind(c) for c in ".;:(\n")
    while cut >= 0 and window[cut] == "." and window[cut + 1 : cut + 2].isalpha():
        # (a full stop inside a word goes on: "UBND TP.HCM Nguyễn Văn A")
        cut = max(window.rfind(c, 0, cut) for c in ".;:(\n")
    window_start = floor + cut + 1
    segments = _split_at_commas(text, window_start, m.start)
    end = m.start
    comma = not segments[-1].strip() and (m.rank or m.honorific) and len(segments) > 1
    if comma:
        end -= len(segments.pop()) + 1  # the comma right before the rank
    adjacent = segments[-1]
    if not adjacent.strip():
        return []
    chosen = _title_ending(text, end - len(adjacent), end)
    # (a cue just before the head, or running into it: "Thừa ủy quyền Chủ tịch nước";
    # not "ủy quyền cho Thứ trưởng A": the delegate's own post)
    cue = _DELEGATION.search(text, end - len(adjacent), chosen[2] + 8) if chosen else None
    if chosen is None or (cue and not _TO_DELEGATE.search(text, cue.end(), max(cue.end(), chosen[2]))):
        return []
    if comma and not chosen[1] and _APPOINTED.search(text, end - len(adjacent), chosen[2]):
        return []  # the post someone before was given, then a comma and the next person
    if comma and _OF_BEFORE.search(text, max(0, chosen[2] - 8), chosen[2]):
        return []  # "Công điện … của Thủ tướng Chính phủ, Thiếu tướng A": the issuer's post
    titles = [chosen[0]]
    # ("có Giám đốc Công an tỉnh, Chỉ huy trưởng … và Phó Chủ tịch UBND tỉnh,
    # Đại tá A": a title inside its segment opens A's chain)
    for seg in reversed(segments[:-1] if chosen[1] else []):
        seg_start = text.find(seg, window_start)
        # "Dự có Bí thư Đảng ủy, Chính ủy …, Đại tá A": the chain may open inside its first segment
        hit = _title_ending(text, seg_start, seg_start + len(seg))
        if hit is None or (not hit[1] and not _CHAIN_OPENER.search(text, seg_start, hit[2])):
            break  # ("thừa ủy quyền của Chủ tịch nước, Thứ trưởng A": not A's title)
        titles.insert(0, hit[0])
        if not hit[1]:
            break  # words before the title: the chain begins here
    return titles


def _title_ending(text: str, base: int, end: int) -> tuple[str, bool, int] | None:
    """The title that fills text[base:end] to its end from the earliest title
    head with nothing but organisation after it, whether that head opens the
    stretch (nothing but spaces before it), and where it starts."""
    filled = base + len(text[base:end].rstrip()) - 1
    # A title has at most _MAX_TITLE_WORDS words: a head further back cannot
    # reach the end (and a long run of heads is not tried head by head).
    lo = end
    for _ in range(2 * _MAX_TITLE_WORDS):
        lo = text.rfind(" ", base, lo)
        if lo < 0:
            lo = base
            break
    for head in _TITLE_START.finditer(text, lo, end):
        h = head.start()
        if h > base and (text[h - 1].isalpha() or _BODY_BEFORE.search(text, max(base, h - 8), h)):
            continue  # inside a word, or the name of a body ("Ban Giám đốc", "Bộ Tư lệnh")
        hit = _title_at(text, h, end)
        if hit and hit[1] >= filled:
            return hit[0], not text[base:h].strip(), h
    return None


def extract_officials(doc: Doc, warnings: list[str]) -> OfficialsResult:
    text = doc.text
    mentions = _candidates(text, doc.lower)
    titles_end = 0  # where the titles of the mention before end
    after_name: dict[int, list[str]] = {}  # the titles written after each mention's name
    for i, m in enumerate(mentions):
        limit = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        floor = max(mentions[i - 1].end if i > 0 else 0, titles_end)
        pre = _pre_titles(text, m, floor)
        post, titles_end = _post_titles(text, m, limit)
        after_name[id(m)] = [part for title in post for part in _concurrent(title)]
        m.titles = [*(part for title in pre for part in _concurrent(title)), *after_name[id(m)]]
    _shared_titles(text, mentions, doc.sentences)
    _shared_ranks(text, mentions, doc.sentences)
    _titles_of_a_pair(text, mentions, after_name)
    _signed_posts(text, mentions)
    # A person is named with a rank or a title; once so named, every mention
    # counts ("Phát biểu, đồng chí Hoàng Nghĩa Hiếu đánh giá …").
    known = {_key(m.name) for m in mentions if (m.rank or m.titles) and not m.short}
    # ("đồng chí Hòa" is one of them when one of them, and only one, is named Hòa)
    given = Counter(_key(name).split()[-1] for name in known if " " in name)
    kept = [
        m
        for m in mentions
        if (given[_key(m.name)] == 1 if m.short else m.rank or m.titles or _key(m.name) in known)
    ]
    _roles(text, doc.lower, kept, doc.sentences)
    return _merge(doc, kept)


# A document's signature (Nghị định 30/2020/NĐ-CP, Điều 8 and Phụ lục I): the
# signer's post in capitals, under the authority he signs for ("KT. GIÁM ĐỐC",
# "TL.", "TM.", "Q.", "TUQ."), then the signature ("(Đã ký)", a seal) and the
# name, with its rank, on a line (or a column) of its own:
#     KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / (Đã ký) / Đại tá Nguyễn Văn A
_SIGNATURE_LINES = 6  # how far above the name its post may stand
_SIGNATURE_LINE = 160  # the longest line of a signature block (two columns)
_SIGNED_POST_WORDS = 12  # "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG", not a headline in capitals
_COLUMN = Pattern(r"[^\t ]+(?:[ ][^\t ]+)*")  # a column: words one space apart
_ALONE_BEFORE = Pattern(r"(?:^|\n|\t|[ ]{2})$", regex.REVERSE)
_ALONE_AFTER = Pattern(r"[ ]*(?:\n|\t|$)|[ ]{2}")
_SIGNED = Pattern(r"\((?i:đã[ ]+ký|ký|đóng[ ]+dấu)[^()\n]*\)|(?i:đã[ ]+ký)")
_AUTHORITY = Pattern(r"(?:KT|TL|TM|TUQ|Q)\.[ ]*")
_POSTS_APART = Pattern(r"[ ]+[-–][ ]+")
_HEAD_FORM = {h.casefold(): h for h in _HEAD_FORMS}
_PREFIX_FORM = {p.casefold(): p for p in words("title_prefixes")}
_LONGEST_HEAD = max(len(h.split()) for h in _HEAD_FORMS)


def _columns(line: str) -> list[tuple[int, int, int, int]]:
    """The columns of a line, set apart by tabs or by two spaces or more:
    where each starts and ends as displayed (tabs every 8) and in the line."""
    if "\t" not in line:
        return [(c.start(), c.end(), c.start(), c.end()) for c in _COLUMN.finditer(line)]
    shown = []
    col = 0
    for ch in line:
        shown.append(col)
        col = (col // 8 + 1) * 8 if ch == "\t" else col + 1
    shown.append(col)
    return [(shown[c.start()], shown[c.end()], c.start(), c.end()) for c in _COLUMN.finditer(line)]


def _signed_posts(text: str, mentions: list[_Mention]) -> None:
    """The post of a document's signer, written in capitals above the name
    standing alone in its column (a block beside "Nơi nhận", or one of two
    signers side by side): "PHÓ GIÁM ĐỐC" gives "Phó Giám đốc"."""
    for m in mentions:
        if m.titles or m.short or not _ALONE_BEFORE.search(text, max(0, m.start - 2), m.start):
            continue  # (a column of its own begins at the line's start, or after a tab or two spaces)
        if not _ALONE_AFTER.match(text, m.end):
            continue
        # (a signature's line is short: looked at within _SIGNATURE_LINE either side)
        line_start = text.rfind("\n", max(0, m.start - _SIGNATURE_LINE), m.start) + 1
        line_end = text.find("\n", m.end, m.end + _SIGNATURE_LINE)
        if (line_start == 0 and m.start > _SIGNATURE_LINE) or (line_end < 0 and len(text) > m.end + _SIGNATURE_LINE):
            continue
        line_end = len(text) if line_end < 0 else line_end
        mine = [c for c in _columns(text[line_start:line_end]) if c[2] == m.start - line_start]
        if not mine or mine[0][3] != m.end - line_start:
            continue  # more than the name in its column: no signature
        left, right = mine[0][0], mine[0][1]
        end = line_start - 1
        for _ in range(_SIGNATURE_LINES):
            if end <= 0:
                break
            start = text.rfind("\n", max(0, end - _SIGNATURE_LINE), end) + 1
            if start == 0 and end > _SIGNATURE_LINE:
                break
            line = text[start:end]
            end = start - 1
            # the column above the name's: the one overlapping it most
            above = [(min(r, right) - max(lt, left), s, e) for lt, r, s, e in _columns(line)]
            above = [a for a in above if a[0] > 0]
            if not above:
                continue  # blank there
            cell = line[max(above)[1] : max(above)[2]]
            if _SIGNED.fullmatch(cell):
                continue
            if (
                cell.upper() == cell
                and len(cell.split()) <= _SIGNED_POST_WORDS
                and not _AUTHORITY.match(cell)
                and _TITLE_START.match(cell)
            ):
                m.titles = [_from_capitals(post) for post in _POSTS_APART.split(cell)]
            break


def _from_capitals(post: str) -> str:
    """A post written in capitals as the vocabulary writes it: "PHÓ CHỈ HUY
    TRƯỞNG" is "Phó Chỉ huy trưởng", "CHỦ NHIỆM CHÍNH TRỊ" "Chủ nhiệm Chính
    trị" (the body's name after the head is cased as a name: its first word
    capitalised; canonical_name spells known bodies)."""
    parts = post.split()
    out: list[str] = []
    i = 0
    while i < len(parts):
        for j in range(min(len(parts), i + _LONGEST_HEAD), i, -1):
            head = _HEAD_FORM.get(" ".join(parts[i:j]).casefold())
            if head:
                out.append(head)
                i = j
                break
        else:
            prefix = _PREFIX_FORM.get(parts[i].casefold())
            if prefix is None:
                break
            out.append(prefix)
            i += 1
            continue
        break
    rest = " ".join(parts[i:]).lower()
    return " ".join([*out, rest[:1].upper() + rest[1:]] if rest else out)


_PAIR_GAP = 8  # " và ", and spaces to spare


def _titles_of_a_pair(text: str, mentions: list[_Mention], after_name: dict[int, list[str]]) -> None:
    """ "Đại tá A và Đại tá B, Phó Giám đốc Công an tỉnh": one post written
    once after two names joined by "và" is both people's — when the first is
    named with no post anywhere in the text ("Thượng tướng A và Thượng tướng
    B, Thứ trưởng Bộ Quốc phòng" after A was named Thứ trưởng Bộ Công an)."""
    titled = {_key(m.name) for m in mentions if m.titles}
    for first, second in zip(mentions, mentions[1:], strict=False):
        if (
            second.start - first.end <= _PAIR_GAP
            and not first.titles
            and after_name[id(second)]
            and _key(first.name) not in titled
            and text[first.end : second.start].strip() == "và"
        ):
            first.titles = list(after_name[id(second)])


def _concurrent(title: str) -> list[str]:
    """The posts of a title held together: "Phó Tư lệnh kiêm Tham mưu trưởng
    Bộ đội Biên phòng" is two ("kiêm nhiệm" or a word not a post after it, one).
    A command post written bare before a post of a unit is a post of that unit
    too ("Phó Tư lệnh kiêm Tham mưu trưởng Quân khu 2": "Phó Tư lệnh Quân khu
    2"; not "Thứ trưởng kiêm Chủ nhiệm Ủy ban Kiểm tra …")."""
    parts = title.split(" kiêm ")
    posts = [parts[0]]
    for part in parts[1:]:
        head = _TITLE_START.match(part)
        if head is None:
            posts[-1] += " kiêm " + part
            continue
        unit = part[head.end() :].strip()
        if unit and posts[-1].casefold() in _COMMAND_POSTS:
            posts[-1] += " " + unit
        posts.append(part)
    return posts


def _shared_titles(text: str, mentions: list[_Mention], sentences: list[Range]) -> None:
    """ "Các đồng chí Ủy viên Trung ương Đảng: A, …; B, …" gives the title to
    each, up to the end of the sentence or the next such list."""
    starts = [m.start for m in mentions]
    # the words before the colon must be a title and nothing else ("các Giám
    # đốc Công an tỉnh trình bày tham luận: …" shares no title)
    shared: list[regex.Match[str]] = []
    for colon in _colons(text):
        # the list's opening lies within the pattern's reach before its colon
        for s in _SHARED.finditer(text, max(0, colon - _SHARED_REACH), colon + 1):
            if (
                s.end() == colon + 1
                and (s["many"] or s["kinds"])
                and _whole_title(text, s.start("title"), s.end("title"))
            ):
                if not shared or s.start() >= shared[-1].end():
                    shared.append(s)
                break
    ends = [e for _, e in sentences]
    for k, s in enumerate(shared):
        end = ends[bisect_left(ends, s.end())] if ends and s.end() <= ends[-1] else len(text)
        if k + 1 < len(shared):
            end = min(end, shared[k + 1].start())
        # a membership goes to each; a post only to those who name no post
        # of its kind, Party or state, of their own ("Các đồng chí Thứ
        # trưởng: A, B; C, Cục trưởng Cục …"; but "Các đồng chí Phó Giám đốc:
        # A, Phó Bí thư Đảng ủy; …": A is both)
        membership = s["title"].casefold().startswith(_MEMBERSHIPS)
        party = _is_party(s["title"])
        for m in mentions[bisect_left(starts, s.end()) : bisect_left(starts, end)]:
            if membership or all(_is_party(t) != party for t in m.titles):
                m.titles.insert(0, _of_the_place(text, s, m))


def _within_compound(text: str, floor: int, word_start: int) -> bool:
    """Whether the stop phrase at `word_start` is inside a name that holds it
    later than its first word ("Trưởng Văn phòng đại diện Báo Nhân dân")."""
    head = _COMPOUND_HEAD_BEFORE.search(text, max(floor, word_start - 24), word_start)
    compound = _COMPOUND.match(text, head.start()) if head else None
    return compound is not None and compound.end() > word_start


def _shared_ranks(text: str, mentions: list[_Mention], sentences: list[Range]) -> None:
    """ "các đồng chí Thiếu tướng: A, Phó Tư lệnh; B, Phó Chính ủy" gives the
    rank to each named after the colon in its sentence, up to the first who
    is named with a rank or an honorific of their own ("…; Đại tá C")."""
    starts = [m.start for m in mentions]
    ends = [e for _, e in sentences]
    lists = [
        (colon, shared)
        for colon in _colons(text)
        if (shared := _SHARED_RANK.search(text, max(0, colon - _SHARED_RANK_REACH), colon))
    ]
    for k, (colon, shared) in enumerate(lists):
        rank = _CANONICAL_RANK.get(" ".join(shared["rank"].split()).casefold())
        end = ends[bisect_left(ends, colon + 1)] if ends and colon < ends[-1] else len(text)
        if k + 1 < len(lists):
            end = min(end, lists[k + 1][1].start())  # (up to the next such list: "…; các đồng chí Đại tá: …")
        for m in mentions[bisect_left(starts, colon + 1) : bisect_left(starts, end)]:
            if m.rank or m.honorific:
                break
            m.rank = rank


def _of_the_place(text: str, shared: regex.Match[str], m: _Mention) -> str:
    """A shared post as the post of the place named in brackets after the
    person: "Giám đốc Công an các tỉnh, thành phố: A (Đồng Nai)" makes A
    "Giám đốc Công an tỉnh Đồng Nai" (a centrally-run city "Thành phố …"),
    "các Trưởng Công an huyện: B (Mai Sơn)" B "Trưởng Công an huyện Mai Sơn"."""
    title = shared["title"]
    bracket = _PLACE_IN_BRACKETS.match(text, m.end)
    if not bracket or _TITLE_START.match(bracket["place"]):
        return title  # (no place, or a post in brackets)
    place = bracket["place"]
    province = _PROVINCE_FORM.get(place)
    provincial = ("tỉnh", "thành phố")
    if shared["kinds"]:
        kinds = [" ".join(k.split()).casefold() for k in regex.split(r"[ ]*,[ ]*", shared["kinds"])]
        if province and all(k in provincial for k in kinds):
            return f"{title} {'Thành phố' if province in _CITIES else 'tỉnh'} {province}"
        if len(kinds) == 1 and kinds[0] not in provincial and not province:
            return f"{title} {kinds[0]} {place}"
        return title
    # ("các Giám đốc Công an tỉnh: A (Long An)", "các Trưởng Công an huyện: B (Mai Sơn)")
    kind = title.rsplit(" ", 1)[-1].casefold()
    if kind == "tỉnh" and province:
        return f"{title} {province}"
    if kind in _PLACE_KIND_WORDS and kind not in ("tỉnh", "phố") and not province:
        return f"{title} {place}"
    return title


def _is_party(title: str) -> bool:
    """Whether a title is a Party post or membership ("Phó Bí thư Đảng ủy")."""
    return _PARTY_WORD.search(title) is not None


def _own_verb(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] says someone attended or spoke, in lower case
    (a verb, not a body's name: "Ban Chỉ đạo")."""
    return any(v[0][:1].islower() for p in (_ATTEND, _SPEAK) for v in p.finditer(text, start, end))


def _colons(text: str) -> Iterator[int]:
    pos = text.find(":")
    while pos >= 0:
        yield pos
        pos = text.find(":", pos + 1)


def _whole_title(text: str, start: int, end: int) -> bool:
    hit = _title_at(text, start, end + 1)
    return hit is not None and hit[1] >= end


_PHOTO_CREDITS = ("ảnh:", "(ảnh ", "ảnh minh họa")
_CAPTION_REACH = 400


def _is_caption(lower: str, pos: int) -> bool:
    """Whether the line holding `pos` is a photo's caption (it credits the photo)."""
    # (a caption is a short line: looked at within _CAPTION_REACH either side)
    line_start = max(lower.rfind("\n", max(0, pos - _CAPTION_REACH), pos) + 1, pos - _CAPTION_REACH)
    line_end = lower.find("\n", pos, pos + _CAPTION_REACH)
    line = lower[line_start : min(len(lower), pos + _CAPTION_REACH) if line_end < 0 else line_end]
    return any(credit in line for credit in _PHOTO_CREDITS)


def _roles(text: str, lower: str, mentions: list[_Mention], sentences: list[Range]) -> None:
    # Mentions are in text order: walk them alongside the sentences.
    i = 0
    previous: list[_Mention] = []
    starts = [m.start for m in mentions]
    for start, end in sentences:
        j = i
        while j < len(mentions) and mentions[j].start < end:
            j += 1
        inside, i = mentions[i:j], j
        if ":" in text[start:end] and _holds(lower[start:end], _CHAIR_HINTS):
            _chairs_listed(text, start, end, mentions, starts)
        if not inside:
            if not text[start:end].strip():
                continue  # a blank line: the people named before stay "previous"
            # "… Đại tướng A …; … Đại tướng B … Hai đồng chí đồng chủ trì hội nghị."
            told = _CHAIRS_TOLD.match(text, start, end)
            # (not in a photo's caption: "Các đồng chí chủ trì Hội nghị. (Ảnh: …)"
            # shows the chairs, not the people named in the paragraph before)
            if told and previous and not _is_caption(lower, start):
                count = {"hai": 2, "ba": 3}.get(told["count"].casefold(), len(previous))
                role = "co-chair" if told["co"] else "chair"
                for m in previous[-count:]:
                    if role not in m.roles:
                        m.roles.append(role)
            previous = []
            continue
        previous = inside
        sentence = text[start:end]
        low = lower[start:end]
        # Each "chủ trì" belongs to the people named since the one before
        # ("A chủ trì; tại đầu cầu X, B chủ trì"), or, with none, to those
        # named after it ("Đồng chủ trì … có A; B").
        verbs = list(_CHAIR_VERB.finditer(text, start, end)) if _holds(low, _CHAIR_HINTS) else []
        at = [m.start for m in inside]
        for k, verb in enumerate(verbs):
            role = "co-chair" if verb["co"] else "chair"
            since = verbs[k - 1].end() if k else start
            # ("A … dự và chỉ đạo; B … chủ trì": a clause before ";" with a verb of its own is another's)
            semi = text.rfind(";", since, verb.start())
            if semi >= 0 and _own_verb(text, since, semi):
                since = semi + 1
            said = list(_SAID.finditer(text, since, verb.start()))
            if said:
                since = said[-1].end()
            # ("…; tại điểm cầu X có A, Giám đốc Sở; tại điểm cầu Y, B chủ trì": a clause
            # opening on its own site is about those there, when it names someone)
            opened = [o.end() for o in _SITE_CLAUSE.finditer(text, since, verb.start())]
            if opened and _named(inside, at, opened[-1], verb.start()):
                since = opened[-1]
            until = verbs[k + 1].start() if k + 1 < len(verbs) else end
            chairs = [m for m in _named(inside, at, since, verb.start()) if not m.roles]
            chairs = chairs or [m for m in _named(inside, at, verb.end(), until) if not m.roles]
            for m in chairs:
                m.roles.append(role)
        if _holds(low, _ATTEND_HINTS) and _ATTEND.search(sentence):
            other: str | None = "attendee"
        elif _holds(low, _SPEAK_HINTS) and _SPEAK.search(sentence):
            other = "speaker"
        else:
            other = None
        for m in inside:
            if not m.roles and other:
                m.roles.append(other)


def _named(mentions: list[_Mention], starts: list[int], lo: int, hi: int) -> list[_Mention]:
    """The mentions (in text order, starting at `starts`) named from `lo` up
    to `hi`: bisected, as one sentence may name thousands."""
    return mentions[bisect_left(starts, lo) : bisect_left(starts, hi)]


# "Đồng chủ trì hội nghị có các đồng chí:" and a list, on one line or on the
# lines below (bulleted, or going on after a ";"), up to its full stop
_LIST_REACH = 1500
_LIST_END = Pattern(r"(?<!(?<!\p{L})(?:TP|Tp|TX|Tx|TT|ThS|TS|PGS|GS))[.!?](?=[ \n]|$)|\n[ \t]*\n")
_TO_THE_COLON = 60  # "hội nghị có các đồng chí"


def _chairs_listed(text: str, start: int, end: int, mentions: list[_Mention], starts: list[int]) -> None:
    """A chair's verb in text[start:end] opening a list after a colon gives
    its role to each person of the list."""
    for verb in _CHAIR_VERB.finditer(text, start, end):
        colon = text.find(":", verb.end(), min(end, verb.end() + _TO_THE_COLON))
        if colon < 0 or bisect_left(starts, colon) != bisect_left(starts, verb.end()):
            continue  # no list, or someone named before its colon
        stop = _LIST_END.search(text, colon, colon + _LIST_REACH)
        role = "co-chair" if verb["co"] else "chair"
        for m in mentions[bisect_left(starts, colon) : bisect_left(starts, stop.start() if stop else colon)]:
            if not m.roles:
                m.roles.append(role)


def _holds(low: str, hints: tuple[str, ...]) -> bool:
    return any(h in low for h in hints)


def _key(name: str) -> str:
    return " ".join(name.split()).casefold()


def _merge(doc: Doc, mentions: list[_Mention]) -> OfficialsResult:
    result = OfficialsResult()
    index: dict[str, int] = {}
    for m in mentions:
        key = _key(m.name)
        if key not in index and " " not in key:
            # "Thiếu tướng Bình" after "Thiếu tướng Nguyễn Văn Bình", "Đại tá
            # Khamphan" after "Đại tá Khamphan Sisavath": one person named short
            owner = _named_short(key, result.officials)
            if owner is not None and (m.rank is None or result.officials[owner].rank in (None, m.rank)):
                index[key] = owner  # (not "Thiếu tá Nam" after "Đại tá Lê Văn Nam")
            elif m.short:
                continue  # "đồng chí Hòa" before the full name or beside two of them: nobody's
        if key not in index:
            index[key] = len(result.officials)
            result.officials.append(Official(name=" ".join(m.name.split())))
            result.ranges.append([])
        i = index[key]
        official = result.officials[i]
        if official.rank is None and m.rank:
            official.rank = m.rank
        for raw in m.titles:
            title = canonical_name(raw)
            if title and title not in official.titles:
                official.titles.append(title)
        for role in m.roles:
            if role not in official.roles:
                official.roles.append(role)  # type: ignore[arg-type]
        span = doc.span(m.start, m.end)
        official.mentions.append(Span(**span._asdict()))
        result.ranges[i].append((m.start, m.end))
    for official in result.officials:
        official.titles = _drop_subsumed(official.titles)
        if "co-chair" in official.roles and "chair" in official.roles:
            official.roles.remove("chair")
    return result


def _named_short(word: str, officials: list[Official]) -> int | None:
    """The one official named before whose given name (last word; first word
    of a name in foreign order, which opens with no Vietnamese family name) is
    `word`, or None when there is none or more than one."""
    found = []
    for i, official in enumerate(officials):
        parts = official.name.split()
        if len(parts) < 2:
            continue
        if parts[-1].casefold() == word or (parts[0].casefold() == word and parts[0] not in _SURNAMES):
            found.append(i)
    return found[0] if len(found) == 1 else None


def _drop_subsumed(titles: list[str]) -> list[str]:
    """A bare "Thứ trưởng" adds nothing beside "Thứ trưởng Bộ Công an"."""
    folded = [t.casefold() for t in titles]
    return [t for t, f in zip(titles, folded, strict=True) if not any(o != f and o.startswith(f + " ") for o in folded)]
