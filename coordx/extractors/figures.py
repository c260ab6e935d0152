"""Headline figures: counts and amounts of what was done or mobilised.

A figure is a quantity followed by a counted noun from the units vocabulary
("391.000 cán bộ, chiến sỹ", "15.200 lượt phương tiện", "692kg"). Whatever is
not a counted noun (years, durations, parties, serial numbers) never matches,
so exclusions are few and kept as vocabularies too.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import partial
from typing import get_args

import regex

from coordx.extractors.common import Range, RangeSet, find_words, overlaps
from coordx.facts import Category, Figure, Qualifier
from coordx.patterns import Pattern
from coordx.text import Doc, nfc
from coordx.vocab import alternation, table, words


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def _checked(name: str, allowed: tuple[str, ...]) -> dict[str, str]:
    """A vocabulary of words and what they are, each checked against the
    schema's values: the command line writes categories as they are."""
    rows = {_key(row[0]): row[1] for row in table(name)}
    wrong = sorted({value for value in rows.values() if value not in allowed})
    if wrong:
        raise ValueError(f"vocab/{name}.tsv: not in the schema: {', '.join(wrong)}")
    return rows


_UNITS = _checked("units", get_args(Category))
_QUALIFIERS = _checked("qualifiers", get_args(Qualifier))
_VAGUE = {_key(row[0]): int(row[1]) for row in table("vague_quantities")}
_NUMBER_WORDS = {_key(row[0]): int(row[1]) for row in table("number_words")}
_MULTIPLIERS = {_key(row[0]): int(row[1]) for row in table("multipliers")}
_ACTIVITY = _checked("activity_verbs", get_args(Category))

_DRUG = Pattern(alternation(words("drug_words"), factored=True), regex.IGNORECASE)
# "phạm tội về ma túy, buôn lậu, mua bán người": drugs as one of several kinds of crime
_CRIME_KIND = alternation(words("crime_kinds"), factored=True)
_CRIME_LIST = r"[ ]*(?:,|;|và|hoặc)[ ]*"
_CRIME_NAMED = Pattern(r"(?<!\p{L})" + _CRIME_KIND + r"(?!\p{L})", regex.IGNORECASE)
_SEIZED_GOODS = alternation(words("seized_goods"), factored=True)
# "thu giữ 3 kg ma túy các loại cùng nhiều hàng hóa nhập lậu", "… ma túy, 1.500 kg
# pháo nổ": drugs seized with goods of other kinds
_OTHER_GOODS_AFTER = Pattern(
    r"(?:[ ]+(?:các[ ]+loại|tổng[ ]+hợp))?[ ]*(?:,|;|và|cùng(?:[ ]+với)?|hoặc)[ ]*"
    r"(?:(?:nhiều|các|một[ ]+số|\d[\d.,]*[ ]*\p{L}+)[ ]+)?"
    rf"{_SEIZED_GOODS}(?!\p{{L}})",
    regex.IGNORECASE,
)
# "thu giữ 300 kg pháo nổ và 2 tấn ma túy": drugs seized after goods of other kinds
_OTHER_GOODS_BEFORE = Pattern(
    rf"(?<!\p{{L}}){_SEIZED_GOODS}(?!\p{{L}})[^.;:]{{0,40}}?[ ]*(?:,|;|và|cùng(?:[ ]+với)?)[ ]*"
    r"(?:(?:\d[\d.,]*[ ]*\p{L}+|nhiều|các|một[ ]+số)[ ]+)?$",
    regex.IGNORECASE | regex.REVERSE,
)
# "…, trong đó có 19 chuyên án": a part of the count before
_SUBSET_OPENS = Pattern(r"(?<!\p{L})(?i:trong[ ]+(?:số[ ]+)?đó(?:[ ]+có)?)[ ]*:?[ ]*$", regex.REVERSE)
# "…, trong đó có 27 đảng viên": members of a total counted before, of its category
_MEMBERS = {_key(w) for w in words("membership_nouns")}
_PERSONS = ("people", "personnel", "suspects")
_OTHER_CRIME_AFTER = Pattern(
    _CRIME_LIST + r"(?:(?:các[ ]+)?tội[ ]+phạm[ ]+(?:về[ ]+)?)?" + _CRIME_KIND + r"(?!\p{L})", regex.IGNORECASE
)
_OTHER_CRIME_BEFORE = Pattern(
    r"(?<!\p{L})" + _CRIME_KIND + _CRIME_LIST + r"(?:tội[ ]+phạm[ ]+)?(?:về[ ]+)?$", regex.IGNORECASE | regex.REVERSE
)
_NOT_COUNTED_WORDS = alternation(words("not_counted"), factored=True)
_NOT_COUNTED = Pattern(rf"{_NOT_COUNTED_WORDS}(?!\p{{L}})", regex.IGNORECASE)
# (and the capitalised name of a numbered unit: "Vùng Cảnh sát biển 4 tuần tra …", also
# with its arm or force between: "Hải đội Biên phòng 2 tuần tra …")
# ("tổng số 1.085 đồng chí": a total, no serial)
_SERIAL = Pattern(
    rf"(?<!\p{{L}})(?<!(?<!\p{{L}})tổng[ ])"
    rf"(?:{alternation(words('serial_before'))}"
    rf"|(?-i:{alternation(words('numbered_units'))}(?:[ ]+{alternation(words('unit_branches'))})?))[ ]*$",
    regex.IGNORECASE | regex.REVERSE,
)
_SERIAL_REACH = 60  # "Trung đoàn Phòng không - Không quân " and room to spare
# Patterns anchored at the end of a short look-back run in reverse: only the
# end is tried, not every position.
# ... or anywhere in the label of a table row ("- Tuần tra, kiểm soát chung: 312 cuộc")
_ACTIVITY_IN = Pattern(
    rf"(?<!\p{{L}})(?P<verb>{alternation(list(_ACTIVITY), factored=True)})(?!\p{{L}})", regex.IGNORECASE
)
# (after "đợt" and its modifier, a word or two on: "đợt cao điểm (ra quân) tuần tra"; after
# a round and what made it: "chuyến tàu tuần tra")
_ROUNDS = {"chuyến", "lần", "cuộc", "lượt"}
_ACTIVITY_AFTER = Pattern(
    rf"(?:[ ]+(?-i:\p{{Ll}}+)){{0,2}}?[ ]+(?P<verb>{alternation(list(_ACTIVITY), factored=True)})(?!\p{{L}})",
    regex.IGNORECASE,
)
# "tuần tra", "tuần tra, kiểm soát": a noun of patrols that is only the verb; after a
# number with no round before it ("lượt", "cuộc", "đợt") it is the verb of a unit
# named by the number ("Hải đội 2 tuần tra trên biển"), no count
_VERB_ONLY = Pattern(
    rf"{alternation(list(_ACTIVITY), factored=True)}(?:[ ]*,?[ ]*{alternation(list(_ACTIVITY), factored=True)})*",
    regex.IGNORECASE,
)
_YEAR_NUMBER = Pattern(r"(?:19|20)\d\d")
_YEAR_WORD_BEFORE = Pattern(r"(?<!\p{L})(?i:năm)[ ]+$", regex.REVERSE)
_ACTIVITY_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?P<verb>{alternation(list(_ACTIVITY))})[ ]*$", regex.IGNORECASE | regex.REVERSE
)

# The longest digit run read as a number; longer runs are no figure (and
# int() refuses more than 4,300 digits).
_MAX_DIGITS = 18
# A vehicle's plate, no quantity: "30G-123.45", "29A1-234.56", "51H 12345"
_PLATE = Pattern(r"\d{2}\p{Lu}{1,2}\d?[-.]?[ ]?\d{3}")

# A figure starts at a digit or a number word; its qualifier ("hơn", "gần")
# is read backwards from there.
# ("ước trị giá 4,6 tỷ đồng": the qualifier of a value written before its noun)
_QUALIFIER_BEFORE = Pattern(
    rf"(?<![\p{{L}}\d])(?P<q>{alternation(list(_QUALIFIERS), factored=True)})[ ]+"
    r"(?:(?:tổng[ ]+)?(?:trị[ ]+giá|giá[ ]+trị)[ ]+)?$",
    regex.IGNORECASE,
)
_COMMA_THOUSANDS = Pattern(r"[1-9]\d{0,2},\d{3}")
# Amounts that take decimals: "2,500 tấn" stays 2.5
_MEASURED = {"weight", "percent"}
_DOT_DECIMAL = Pattern(r"\d{1,3}\.\d{1,2}")
_UNIT = alternation(list(_UNITS), factored=True)
_FUNCTION_WORD = alternation(words("function_words"), factored=True)
# (and those of persons: "23 vị sư sãi" are people)
_PERSON_CLASSIFIERS = words("person_classifiers")
_CLASSIFIERS = (*words("classifiers"), *_PERSON_CLASSIFIERS)
_CLASSIFIER = alternation(_CLASSIFIERS, factored=True)
# a lower-case word of the noun a classifier counts, never a function word ("và", "trong")
_COUNTED_WORD = rf"(?!{_FUNCTION_WORD}(?!\p{{L}}))(?-i:\p{{Ll}}+)"
_NUMBER_WORD = alternation(list(_NUMBER_WORDS), factored=True)
# number words that only go on a number ("hai mươi tư", "mười lăm", "ba mươi mốt")
_GOES_ON_ONLY = ("tư", "lăm", "mốt", "mươi")
_ONLY_AFTER = "(?:" + "|".join(_GOES_ON_ONLY) + ")"
_TRIGGER_WORDS = sorted({w.split()[0] for w in [*_VAGUE, *_NUMBER_WORDS]} - set(_GOES_ON_ONLY))

_FIGURE = Pattern(
    rf"""
    # (a hyphen joins a range, "3-4"; after a bracket or a space it is a sign, "giảm 71 vụ (-6,4%)")
    (?<![\p{{L}}\d.,])(?<!(?<![(\ ])-)
    (?:
        # "hàng trăm", "hàng chục ngàn": a vague quantity
        (?P<vague>{alternation(list(_VAGUE), factored=True)})
        # "391.000" (dots group thousands), "2,5" (comma is the decimal mark), "05"
      | (?P<num>\d{{1,3}}(?:\.\d{{3}})+(?!\d)(?:,\d{{1,3}})?|\d+(?:,\d{{1,3}})?
        # "1.5 triệu": a dot typed for the decimal comma, before a multiplier
        | \d{{1,3}}\.\d{{1,2}}(?=[ ]*{alternation(list(_MULTIPLIERS), factored=True)}))
        # "hai", "mười lăm": number words
        # (not one that only goes on a number: "đầu tư cơ sở" holds no 4, "mười lăm" is 15)
      | (?P<words>(?!{_ONLY_AFTER}(?!\p{{L}})){_NUMBER_WORD}(?:[ ]+{_NUMBER_WORD}){{0,3}})
    )
    (?![.,]\d)
    # "2,8 triệu", "hàng chục ngàn tỷ": multipliers
    (?P<mult>(?:[ ]*{alternation(list(_MULTIPLIERS), factored=True)}){{0,2}})
    # "1 tỷ 200 triệu đồng": a smaller part after the multiplier
    (?:(?<=\p{{L}})[ ]+(?P<num2>\d{{1,3}})[ ]*(?P<mult2>{alternation(list(_MULTIPLIERS), factored=True)}))?
    # (a noun in quotes: 146 "Nhà đồng đội")
    [ ]*(?:["“][ ]*)?
    (?P<unit>
        # "lượt phương tiện", "đợt truy quét": a noun of the vocabulary, maybe after lượt/đợt
        # (or after "chuyến": "316 chuyến tàu" are vehicles, the noun after the round tells)
        # (a classifier before a unit only when the two are not a unit together: "3 chiếc xe", "2 căn hộ")
        # (not a not-counted phrase's first word after a classifier: "120 điểm tổ chức vui chơi")
        (?:(?:lượt|đợt|cuộc|chuyến)[ ]+)?
        (?:(?-i:{_CLASSIFIER})[ ]+(?=(?-i:\p{{Ll}}))(?!{_NOT_COUNTED_WORDS}(?!\p{{L}})))??(?P<noun>{_UNIT})
        # "1.200 lá cờ", "35 suất học bổng": a classifier and the lower-case noun it counts
      | (?-i:{_CLASSIFIER})[ ]+(?P<counted>{_COUNTED_WORD}(?:[ ]{_COUNTED_WORD})?)
        # "lượt tuyên truyền": lượt/đợt with any noun counts something done
      | (?:lượt|đợt)[ ]+(?!{_FUNCTION_WORD}(?!\p{{L}}))(?P<free>\p{{L}}+(?:[ ]\p{{L}}+)?)
        # "tuần tra 215 lượt, …": a bare count, named by the verb before it
      | (?P<bare>lượt|đợt)
        # 42 "Mái ấm tình thương": a name in quotes right after the number (read to its closing quote)
      | (?<=\d[ ]*["“][ ]*)(?P<named>(?-i:\p{{Lu}})\p{{L}}*)
        # "khởi công 12 căn nhà, bàn giao 8 căn": a classifier alone, its noun said before
      | (?P<alone>(?-i:{_CLASSIFIER}))
    )
    (?!\p{{L}})
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The word after a written number ("391.000 cán bộ", "1 tỷ", "5%"): a
# figure's number is followed by a multiplier or the first word of a unit, so
# a digit run before any other word is not tried against _FIGURE.
# (the rest of a number is "[.,]digits": "391.000", "2,5"; ", 120" is another number)
_NEXT_WORD = Pattern(r'(?P<rest>\d*+(?:[.,]\d++)*+)[ ]*+(?:(?P<quote>["“])[ ]*+)?(?P<word>\p{L}+|.)', regex.DOTALL)
_WORD_AT = Pattern(r"\p{L}+")


def _first_word(entry: str) -> str:
    m = _NEXT_WORD.match(entry)
    return m["word"].casefold() if m else ""


_FIGURE_NEXT = {_first_word(e) for e in [*_UNITS, *_MULTIPLIERS, *_CLASSIFIERS, "lượt", "đợt", "cuộc"]}
# ... and after a number word, maybe another ("hai mươi lăm", "hàng chục nghìn").
_WORDS_NEXT = _FIGURE_NEXT | {w for e in [*_NUMBER_WORDS, *_VAGUE] for w in e.split()}

# What a "vụ"/"chuyên án" is about: the rest of its clause.
# (a dot between digits groups thousands, no full stop: "30.450 đối tượng … ma túy")
_CLAUSE = Pattern(r"(?:[^.;:()\n]|\.(?=\d)){0,80}")
# "huy động hơn 300 người", "điều động 120 lượt người": those mobilised are
# personnel (SPEC: "lượt người tham gia"), not people helped
_MOBILISED_NOUNS = {"người", "lượt người"}
# "1.589 đồng chí" is a count of the force; "hai đồng chí", "2 đồng chí Phó
# Giám đốc", "cho 2 đồng chí: Thượng tá A, …" name people: counted only in digits, before no post or rank.
_COMRADES = "đồng chí"
# "khẩu" (short for "nhân khẩu") counts the members of households counted just
# before it ("58 hộ với 263 khẩu", "21 hộ/96 khẩu"); alone it is a gun or another word.
_HEADS = "khẩu"
_HOUSEHOLDS_BEFORE = Pattern(
    r"(?<!\p{L})(?i:hộ)(?:[ ]+(?i:dân|gia[ ]+đình))?[ ]*(?:[/,]|(?i:với|gồm|và))[ ]*$", regex.REVERSE
)
_NAMED_AFTER = Pattern(
    rf"[ ]*:|[ ]+(?:{alternation([*words('title_heads'), *words('ranks')], factored=True)})(?!\p{{L}})"
)
_TAKE_PART = r"(?i:tham[ ]+gia|tham[ ]+dự|huy[ ]+động|điều[ ]+động)(?!\p{L})(?![ ]+(?i:giao[ ]+thông))"
# ("tham gia tuyên truyền … cho 5.000 lượt người dân": those told, not those taking part)
_AUDIENCE_BEFORE = Pattern(r"(?<!\p{L})(?i:cho|tới|đến)(?:[ ]+(?i:hơn|trên|gần|khoảng))?[ ]+$", regex.REVERSE)
_TAKE_PART_AFTER = Pattern(rf"(?:[ ]+\p{{Ll}}+){{0,3}}?[ ]+{_TAKE_PART}")
_TAKE_PART_BEFORE = Pattern(rf"(?<!\p{{L}}){_TAKE_PART}[^.;:\n]*$", regex.REVERSE)
# "huấn luyện, bồi dưỡng … cho 11.240 lượt người": turns of people trained take part,
# with no comma between ("…, tuyên truyền cho 5.000 lượt người": those told)
_TRAINED_BEFORE = Pattern(
    rf"(?<!\p{{L}}){alternation(words('training_words'))}(?!\p{{L}})[^.;:,\n]*$", regex.IGNORECASE | regex.REVERSE
)
_MOBILISED_BEFORE = Pattern(r"(?<!\p{L})(?i:huy[ ]+động|điều[ ]+động)(?!\p{L})[^.;:\n\d]{0,24}$", regex.REVERSE)
# "giải quyết chế độ cho 3.526 đối tượng": those a policy is for, people
# ("giải quyết chế độ theo Quyết định 62/2011/QĐ-TTg cho 2.345 đối tượng": a document between)
_BENEFICIARIES_BEFORE = Pattern(
    r"(?<!\p{L})(?i:chế[ ]+độ|chính[ ]+sách|trợ[ ]+cấp|bảo[ ]+hiểm)(?!\p{L})[^.;:,\n]{0,100}(?<!\p{L})(?i:cho)[ ]+$",
    regex.REVERSE,
)
# "bắt 6 người", "khởi tố thêm 4 người": those arrested or charged are suspects
_ARRESTED_BEFORE = Pattern(
    r"(?<!\p{L})(?i:bắt|bắt[ ]+giữ|tạm[ ]+giữ|khởi[ ]+tố|truy[ ]+nã|tạm[ ]+giam)(?!\p{L})[^.;:,\n\d]{0,12}$",
    regex.REVERSE,
)
_HYPOTHETICAL = words("hypothetical_words")
# the situation (or scenario) of an exercise, then the word
_IMAGINED_OPENING = Pattern(
    r"[ \n]*(?:(?i:theo)[ ]+)?(?i:tình[ ]+huống|kịch[ ]+bản)(?:[ ]+(?i:diễn[ ]+tập))?[ ]+"
    + alternation(_HYPOTHETICAL),
    regex.IGNORECASE,
)
# what an exercise's imagined situation counts that is only played: its offenders
_PLAYED = ("suspects",)
_REAL_EXERCISE = Pattern(rf"(?<!\p{{L}}){alternation(words('real_exercise_words'))}(?!\p{{L}})")
# A sentence opening on "Cả" and a number speaks again of those counted before it
_BACK_REFERENCE = Pattern(r"(?:[.;:!?\n][ ]*|\A[ ]*)(?i:cả)[ ]+\Z")
# "đối tượng 1" … "đối tượng 4": the grades of defence and security education
_TRAINEE_GRADE = Pattern(r"[ ]+[1-5](?![\d.,/]\d)")
_DEFENCE_EDUCATION = Pattern(r"(?<!\p{L})(?i:quốc[ ]+phòng|bồi[ ]+dưỡng|kiến[ ]+thức|giáo[ ]+dục)(?!\p{L})")
# A comma and a few words before another number: a new count, of another verb.
_LATER_COUNT = Pattern(r",[ ]+(?:\p{L}+[ ]+){1,4}(?=\d)")
# The words of a count's own item of a list, back to the comma before it
_OWN_ITEM = Pattern(r"[^,;:()\n\d.!?]+$", regex.REVERSE)
_OWN_ITEM_REACH = 80
_AND = Pattern(r"(?<!\p{L})(?i:và)(?!\p{L})")
_LIST_ITEM_NAMED = Pattern(
    r"(?:(?<!\p{L})(?:trong[ ]+(?:số[ ]+)?đó|gồm)(?:[ ]+có)?[ ]*:?|:"
    r"|\d[ ]*(?:vụ|chuyên[ ]+án|vụ[ ]+án|vụ[ ]+việc)[ ]*[,;])"
    r"[ ]*\p{L}+(?:[ ]+\p{L}+){0,3}[ ]+$",
    regex.IGNORECASE | regex.REVERSE,
)
# "trong đó có 39 chuyên án ma túy": a part of the count begins; what it is
# about is not said of the whole.
_SUBSET = Pattern(r"(?<!\p{L})(?i:trong[ ]+(?:số[ ]+)?đó|riêng)(?!\p{L})")
# A sentence that opens on drugs as its topic: its cases are drug cases
# ("Trên lĩnh vực phòng, chống ma túy, …", "Về công tác đấu tranh với tội phạm ma túy, …")
# (the topic ends with the drug word: "Về công tác phòng chống ma túy và tội
# phạm hình sự, …" is about more than drugs)
# ("Trong lĩnh vực …, ", "Về ma túy: …"; not "Trong khi đó, …")
# (or a heading of a list: "d) Tội phạm về ma túy: Bắt 396 vụ", "- Ma túy: …")
_DRUG_TOPIC = Pattern(
    r"[ ]*(?:(?i:trên|về|đối[ ]+với)(?:[ ]+(?i:lĩnh[ ]+vực|công[ ]+tác|mặt[ ]+trận))?"
    r"|(?i:trong)[ ]+(?i:lĩnh[ ]+vực|công[ ]+tác|mặt[ ]+trận))[ ]+[^.;:\d\n]{0,60}?"
    + alternation(words("drug_words"), factored=True)
    + r"[ ]*[,:]"
    + r"|[ ]*(?:(?:[a-zđ]|\d{1,2})[.)][ ]*|[-+•*–][ ]*)?[^.;:,\d\n]{0,40}?"
    + alternation(words("drug_words"), factored=True)
    + r"[ ]*:",
    regex.IGNORECASE,
)
# A paragraph headed by drugs: "Về ma túy. Kết quả: …", "2. Công tác phòng, chống ma túy: …"
_DRUG_HEADING = Pattern(
    r"[ ]*(?:(?:[a-zđ]|\d{1,2})[.)][ ]*|[-+•*–][ ]*)?(?i:về|trên[ ]+lĩnh[ ]+vực|công[ ]+tác)?[^.;:\n\d]{0,30}?"
    + alternation(words("drug_words"), factored=True)
    + r"[ ]*[.:]",
    regex.IGNORECASE,
)
_PARAGRAPH_REACH = 800  # how far back a paragraph's heading is sought
# "12 vụ/26 đối tượng", "215 vụ, 340 đối tượng": cases and the suspects of them
_PAIR = Pattern(r"[ ]*(?P<sep>[/,])[ ]*(?=\d)")
_NEXT_COUNT = Pattern(r"\d[\d.,]*[ ]*(?P<noun>\p{L}+(?:[ ]\p{L}+)?)")
# "làm rõ 312/345 vụ": so many of a total; the first number is a figure too
# ("2/3 cán bộ": halves, thirds and quarters are fractions)
_MAX_FRACTION_BELOW = 4
_RATIO_BEFORE = Pattern(r"(?<![\p{L}\d.,/-])(?P<a>\d{1,3}(?:\.\d{3})+|\d+)[ ]*/[ ]*$", regex.REVERSE)


def _number(m: regex.Match[str], warnings: list[str]) -> int | float | None:
    # Decimal arithmetic: "530,7 tỷ" is 530700000000, not 530700000000.00006
    if m["vague"]:
        value = Decimal(_VAGUE[_key(m["vague"])])
    elif m["num"]:
        raw = m["num"]
        if len(raw) > _MAX_DIGITS:
            warnings.append(f"a number of {len(raw)} digits is no figure; skipped")
            return None
        if _DOT_DECIMAL.fullmatch(raw):
            warnings.append(f"'{raw}' read as {raw} (a dot for the decimal comma)")
            value = Decimal(raw)
        elif "," in raw:
            value = Decimal(raw.replace(".", "").replace(",", "."))
        else:
            value = Decimal(raw.replace(".", ""))
    else:
        words_value = _words_value(m["words"])
        if not words_value:
            return None
        value = Decimal(words_value)
    for mult in m["mult"].split():
        value = value * _MULTIPLIERS[mult.casefold()]
    if m["num2"]:
        value = value + int(m["num2"]) * _MULTIPLIERS[m["mult2"].casefold()]
    written_decimal = m["num"] is not None and ("," in m["num"] or bool(_DOT_DECIMAL.fullmatch(m["num"])))
    if value == value.to_integral_value() and (not written_decimal or m["mult"].strip()):
        return int(value)
    return float(value)


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


_ROW_LABEL = Pattern(r"[ ]*(?:[-+•*–][ ]*(?P<bulleted>[^.!?;:\n]{1,120})|(?P<short>[^.!?;:\n]{1,50})):[ ]*$")


def _row_label(text: str, start: int) -> str:
    """The label of a table row flattened into text when the figure at
    `start` is its value: "- Số vụ phạm tội về ma túy: 45 vụ" gives "Số vụ
    phạm tội về ma túy"; a row opens a line with a bullet, or is short. Else ""."""
    line_start = text.rfind("\n", max(0, start - 140), start) + 1
    if line_start == 0 and start > 140:
        return ""
    row = _ROW_LABEL.fullmatch(text, line_start, start)
    return (row["bulleted"] or row["short"]) if row else ""


def _category(m: regex.Match[str], text: str, before: str, sentence_start: int, label: str) -> str:
    if m["counted"] and _key(m["unit"]).split()[0] in _PERSON_CLASSIFIERS:
        return "people"  # "23 vị sư sãi", "8 vị khách"
    category = _UNITS[_key(m["noun"])] if m["noun"] else "other"
    if category in ("incidents", "cases"):
        pos, about = _after_pair(text, m)
        # "1.250 vụ với 2.187 đối tượng vi phạm pháp luật, thu giữ 1,2 tấn ma
        # túy": cases told what they are about, then a count of something
        # else after a comma, which another verb did. (Cases told nothing of
        # are those of the seizure: "15 vụ, 20 đối tượng, thu giữ 2 kg ma
        # túy"; and their suspects are theirs: "12 vụ, bắt 20 đối tượng mua
        # bán ma túy".)
        later = _LATER_COUNT.search(about)
        if later and _told_about(about[: later.start()]):
            about = about[: later.start()]
        elif later and later.start() == 0 and _counts_cases(text, pos + later.end()) and _named_before(text, m.start()):
            # "trong đó buôn lậu 97 vụ, ma túy 54 vụ": items named before
            # their numbers; the words after the comma name the next one
            about = ""
        subset = _SUBSET.search(about)
        if _tells_drugs(about[: subset.start()] if subset else about):
            return "drug_cases"
        if not _told_about(about.split(",", 1)[0]):
            # cases told nothing after them are what their own item says
            # before them: "ma túy 54 vụ", "lực lượng phòng, chống ma túy bắt 135 vụ"
            own = _OWN_ITEM.search(text, max(sentence_start, m.start() - _OWN_ITEM_REACH), m.start())
            # (from "và" on, another doing: "tuyên truyền phòng chống ma túy và giải quyết 30 vụ")
            if own and _DRUG.search(_AND.split(own[0])[-1]):
                return "drug_cases"
        # (or its paragraph's heading: "Về ma túy. Kết quả: phát hiện 97 vụ")
        reach = max(0, m.start() - _PARAGRAPH_REACH)
        paragraph_start = text.rfind("\n", reach, m.start()) + 1 or (0 if reach == 0 else -1)
        if (
            _DRUG_TOPIC.match(text, sentence_start, m.start())
            or _DRUG.search(label)
            # (when the cases are told nothing of their own: not "45 vụ trộm cắp")
            or (
                paragraph_start >= 0
                and not _told_about(about.split(",", 1)[0])
                and _DRUG_HEADING.match(text, paragraph_start, m.start())
            )
        ):
            return "drug_cases"  # "Trên lĩnh vực phòng, chống ma túy, … 1.107 vụ"
    grade = _TRAINEE_GRADE.match(text, m.end()) if category == "suspects" else None
    if (
        grade
        and _first_word(text[grade.end() - 1 : grade.end() + 24]) not in _FIGURE_NEXT
        and _DEFENCE_EDUCATION.search(text, max(sentence_start, m.start() - 160), m.start())
    ):
        return "people"  # "1.420 đối tượng 4": those taught defence and security, by grade
    if category == "people" and _key(m["noun"]) in _MOBILISED_NOUNS and _MOBILISED_BEFORE.search(before):
        return "personnel"  # "huy động hơn 300 người": people mobilised take part
    if (
        category == "people"
        and m["unit"].casefold().startswith("lượt")
        and (
            _TAKE_PART_AFTER.match(text, m.end())
            or (
                _TAKE_PART_BEFORE.search(text, max(sentence_start, m.start() - 80), m.start())
                and not _AUDIENCE_BEFORE.search(text, max(0, m.start() - 20), m.start())
            )
        )
    ):
        # "Tham gia diễn tập có hơn 3.200 lượt người", "400 lượt người dân địa phương tham gia
        # tìm kiếm": turns of people taking part (SPEC: "lượt người tham gia")
        return "personnel"
    if (
        category == "people"
        and _key(m["unit"]) == "lượt người"
        and _TRAINED_BEFORE.search(text, max(sentence_start, m.start() - 80), m.start())
    ):
        return "personnel"  # "huấn luyện nghiệp vụ cho 11.240 lượt người": those trained take part
    if category == "people" and _key(m["noun"]) == "người" and _ARRESTED_BEFORE.search(before):
        return "suspects"
    if category == "suspects" and _BENEFICIARIES_BEFORE.search(text, max(0, m.start() - 130), m.start()):
        return "people"
    if m["unit"].casefold().startswith("chuyến") and m["noun"] and _key(m["noun"]) not in _ROUNDS:
        # "120 chuyến tàu tuần tra": trips of boats on patrol are patrols ("312 chuyến tàu vận tải" are vehicles)
        verb = _ACTIVITY_AFTER.match(text, m.end())
        if verb:
            return _ACTIVITY[_key(verb["verb"])]
    if category == "other" or (m["noun"] and _key(m["noun"]) in ("lần", "cuộc")):
        verb = _ACTIVITY_BEFORE.search(before) or _ACTIVITY_IN.search(label)
        if verb is None and (m["bare"] or (m["noun"] and _key(m["noun"]) in ("lần", "cuộc", "chuyến"))):
            verb = _clause_verb(text, m.start())  # "+ Tuần tra trên biển 312 lượt"
        if verb is None and (m["free"] or (m["noun"] and _key(m["noun"]) in _ROUNDS)):
            verb = _ACTIVITY_AFTER.match(text, m.end())  # "46 đợt cao điểm tuần tra", "120 chuyến tàu tuần tra"
        if verb:
            return _ACTIVITY[_key(verb["verb"])]
    return category


def _after_pair(text: str, m: regex.Match[str]) -> tuple[int, str]:
    """Where the words after a count of cases begin, and those words to the
    end of their clause: "2 vụ/3 đối tượng về hành vi … ma túy", the subject
    after a pair counts for both of its numbers."""
    pos = m.end()
    pair = _PAIR.match(text, pos)
    if pair:
        nxt = _NEXT_COUNT.match(text, pair.end())
        if pair["sep"] == "/" or (nxt and _UNITS.get(_key(nxt["noun"])) == "suspects"):
            pos = nxt.end() if nxt else pair.end()
    clause = _CLAUSE.match(text, pos)
    return pos, clause[0] if clause else ""


def _clause_verb(text: str, pos: int) -> regex.Match[str] | None:
    """The last verb of activity in the clause before `pos`: "+ Tuần tra
    trên biển 312 lượt" (the verb apart from its count by a place)."""
    lo = max(0, pos - _CLAUSE_REACH)
    cut = max(text.rfind(c, lo, pos) for c in ",;:\n(")
    verbs = list(_ACTIVITY_IN.finditer(text, max(lo, cut + 1), pos))
    return verbs[-1] if verbs else None


# how far back a clause's verb is sought ("tuần tra song phương với lực lượng bảo vệ biên giới Campuchia 18 lượt")
_CLAUSE_REACH = 90


# "với 2.187 đối tượng": the suspects of the cases, which tell nothing of what they are about
_WITH_SUSPECTS = Pattern(r"[ ]*(?i:với|gồm)?[ ]*\d[\d.]*[ ]+(?i:đối[ ]+tượng|bị[ ]+can)[ ]*")


def _told_about(clause: str) -> bool:
    """Whether a clause after a count says what was counted, beyond its suspects."""
    told = _WITH_SUSPECTS.match(clause)
    return any(c.isalpha() for c in clause[told.end() if told else 0 :])


def _tells_drugs(clause: str) -> bool:
    """Whether a clause says its cases are about drugs: it names drugs, and
    not as one of several kinds of crime ("về ma túy, buôn lậu") nor of
    goods seized ("thu giữ 3 kg ma túy cùng nhiều hàng lậu", "… pháo nổ và
    2 tấn ma túy")."""
    for drug in _DRUG.finditer(clause):
        if not (
            _OTHER_CRIME_AFTER.match(clause, drug.end())
            or _OTHER_GOODS_AFTER.match(clause, drug.end())
            or _OTHER_GOODS_BEFORE.search(clause, max(0, drug.start() - 80), drug.start())
            or _OTHER_CRIME_BEFORE.search(clause, max(0, drug.start() - 40), drug.start())
        ):
            return True
    return False


def _tells_crime(text: str, pos: int) -> bool:
    """Whether the words after a count at `pos` name a kind of crime ("… mua bán người")."""
    clause = _CLAUSE.match(text, pos)
    return clause is not None and _CRIME_NAMED.search(clause[0]) is not None


def _named_before(text: str, pos: int) -> bool:
    """Whether the count at `pos` is an item of a list whose items are named
    before their numbers: "trong đó buôn lậu 97 vụ", "gồm: buôn lậu 97 vụ",
    or after such an item ("…, ma túy 54 vụ")."""
    return _LIST_ITEM_NAMED.search(text, max(0, pos - _OWN_ITEM_REACH), pos) is not None


def _counts_cases(text: str, pos: int) -> bool:
    nxt = _NEXT_COUNT.match(text, pos)
    return nxt is not None and _UNITS.get(_key(nxt["noun"])) in ("incidents", "cases")


def _not_counted(text: str, m: regex.Match[str]) -> bool:
    """Whether a phrase of not_counted at the unit shows the number is no
    figure: "3 tổ chức" holds no count of "tổ". A counted noun of the
    vocabulary that reaches past the phrase wins ("31 tổ chức cơ sở đảng")."""
    phrase = _NOT_COUNTED.match(text, m.start("unit"))
    return phrase is not None and not (m["noun"] and m.end("noun") > phrase.end())


def _word_could_count(text: str, pos: int) -> bool:
    """Whether the number word at `pos` is followed by a word a figure may go on with."""
    word = _WORD_AT.match(text, pos)
    nxt = _NEXT_WORD.match(text, word.end()) if word else None
    return nxt is not None and nxt["word"].casefold() in _WORDS_NEXT


def _figure(doc: Doc, start: int, value: int | float, qualifier: str, *, end: int, unit: str, category: str) -> Figure:
    span = doc.span(start, end)
    return Figure(
        **span._asdict(),
        value=value,
        qualifier=qualifier,  # type: ignore[arg-type]
        unit=unit,
        category=category,  # type: ignore[arg-type]
    )


def _digit_triggers(doc: Doc) -> Iterator[int]:
    """Starts of digit runs whose number may be a figure's. The runs of one
    written number ("391.000", "1.2.3.4 …") share the word after it, read once."""
    text = doc.text
    reach, could = -1, False
    for start, end in doc.digit_runs:
        if start > reach:
            nxt = _NEXT_WORD.match(text, end)
            reach = nxt.end("rest") if nxt else len(text)
            could = nxt is not None and (nxt["word"].casefold() in _FIGURE_NEXT or nxt["quote"] is not None)
        if could:
            yield start


def extract_figures(doc: Doc, claimed: list[Range], warnings: list[str]) -> list[Figure]:
    """`claimed` are normalised ranges other extractors own (dates, documents)."""
    text = doc.text
    starts = [start for start, _ in doc.sentences]
    # a sentence that opens on an exercise's imagined situation counts nothing
    # ("Tình huống giả định: …", "Theo tình huống giả định, …"; not "xử lý
    # tốt 11 tình huống giả định", nor "Diễn tập với tình huống giả định …,
    # huy động 300 cán bộ")
    # It goes on to the end of its paragraph, up to a sentence that speaks
    # again of the real exercise ("Tham gia diễn tập có …", "Phát biểu …"):
    # there the offenders are still played ("Sau 40 phút, các lực lượng tiêu
    # diệt 2 đối tượng, bắt sống 3 đối tượng"), while the forces, the means
    # and the people brought out are the exercise's own ("huy động 4 xe",
    # "đưa 8 người ra ngoài").
    imagined = set()
    played: list[Range] = []
    for p in find_words(doc.lower, _HYPOTHETICAL):
        i = bisect_right(starts, p) - 1
        sentence = doc.sentences[i]
        opening = _IMAGINED_OPENING.match(text, sentence[0], sentence[1])
        if opening and opening.end() > p:  # the word found is the opening's
            imagined.add(sentence)
            while "\n" not in text[sentence[0] : sentence[1]] and i + 1 < len(doc.sentences):
                i += 1
                sentence = doc.sentences[i]
                if _REAL_EXERCISE.search(doc.lower, sentence[0], sentence[1]):
                    break
                played.append(sentence)
    offenders_played = RangeSet(played)
    claims = RangeSet([*claimed, *imagined])
    figures: list[Figure] = []
    triggers = set(_digit_triggers(doc))
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
        if qual and figures and _key(qual["q"]) == "trên" and not text[last_end:start].strip():
            # "cứu 14 ngư dân trên 2 tàu cá": "on", not "more than"
            qual, start = None, pos
        before = text[max(0, start - 30) : start]
        serial = _SERIAL.search(text, max(0, start - _SERIAL_REACH), start)
        if serial or _not_counted(text, m) or _PLATE.match(text, pos):
            continue
        if m["noun"] and m.start("noun") == m.start("unit") and _VERB_ONLY.fullmatch(m["noun"]):
            continue  # "2 tuần tra": a verb after a number, no round of patrols counted
        # ("gần hai trăm lượt đồng chí": rounds of them are a count in words too)
        # (or told in words from ten up: "mười chín đồng chí là đảng viên")
        counted_comrades = (
            m["num"] or m["unit"].casefold().startswith("lượt") or (_words_value(m["words"] or "") or 0) >= 10
        )
        named = _NAMED_AFTER.match(text, m.end("noun")) if m["noun"] else None
        if m["noun"] and _key(m["noun"]) == _COMRADES and (not counted_comrades or named):
            continue  # people named, not a count of the force
        if _key(m["unit"]).split()[0] in _PERSON_CLASSIFIERS and not counted_comrades:
            continue  # "hai vị đại biểu": persons named, as comrades are
        if m["noun"] and _key(m["noun"]) == _HEADS and not _HOUSEHOLDS_BEFORE.search(before):
            continue  # "khẩu" counts persons only with their households: "21 hộ/96 khẩu"
        sentence_start = starts[bisect_right(starts, pos) - 1]
        since = doc.original_range(sentence_start, sentence_start)[0]  # (figures are where the input has them)
        # a classifier alone counts what it counted with its noun earlier in
        # the sentence ("khởi công 12 căn nhà, bàn giao 8 căn"), as that figure
        earlier = _last_in_sentence(figures, since, _counts_with(_key(m["alone"]))) if m["alone"] else None
        if m["alone"] and earlier is None:
            continue
        if _BACK_REFERENCE.search(before):
            continue  # "… bắt ba đối tượng. Cả ba đối tượng khai nhận": those counted already
        if m["num"] and _YEAR_NUMBER.fullmatch(m["num"]) and _YEAR_WORD_BEFORE.search(before):
            continue  # "năm 2025 căn bản hoàn thành": a year, whatever follows it
        alone_one = m["words"] and _key(m["words"]) == "một" and not m["mult"].strip()
        if alone_one and not _one_counted(text, last_end, start, m):
            continue  # "từ một đối tượng", "6 tháng một lần": "a", "once" — not a count
        value = _number(m, warnings)
        if value is None:
            continue
        if m["vague"]:
            qualifier = "vague"
        elif qual:
            qualifier = _QUALIFIERS[_key(qual["q"])]
        else:
            qualifier = "exact"
        category = (
            earlier.category
            if earlier
            else _category(m, text, before, sentence_start, _row_label(text, start))
        )
        if (
            category in ("cases", "incidents")
            and _SUBSET_OPENS.search(text, max(0, start - 20), start)
            and (cases := _last_in_sentence(figures, since, _of_cases)) is not None
            and cases.category == "drug_cases"
            and not _tells_crime(text, m.end())
        ):
            # "87 chuyên án ma túy, trong đó có 19 chuyên án do Bộ chỉ đạo",
            # "58 vụ/73 đối tượng phạm tội về ma túy, trong đó có 4 chuyên án lớn": a part of them
            category = "drug_cases"
        if category in ("cases", "incidents") and (total := _total_broken_down(doc, figures, starts, start, m, value)):
            # "… 320 vụ phạm tội về ma túy. Trong đó, Công an bắt 290 vụ; …": a part of that total, of its kind
            category = total.category
        if category in _PLAYED and offenders_played.overlaps(start, start + 1):
            continue  # "… tiêu diệt 2 đối tượng" in an exercise's imagined situation
        if m["noun"] and _key(m["noun"]) in _MEMBERS and _SUBSET_OPENS.search(text, max(0, start - 20), start):
            # "giao 950 công dân nhập ngũ, trong đó có 27 đảng viên": members among them, as they are
            total = _last_in_sentence(figures, since, _of_persons)
            category = total.category if total else category
        if m["num"] and _COMMA_THOUSANDS.fullmatch(m["num"]) and not m["mult"].strip() and category not in _MEASURED:
            # "1,200 cán bộ": a comma typed for the thousands dot (no one counts 1.2 people)
            value = int(m["num"].replace(",", ""))
            warnings.append(f"'{m['num']}' read as {value} (a comma for the thousands dot)")
        unit_end, end = m.end("unit"), m.end()
        if text[: m.start("unit")].rstrip().endswith(_OPENING_QUOTES):
            # 146 "Nhà đồng đội": the name in quotes is the unit, to its closing quote
            close = _CLOSING_QUOTE.match(text, m.end("unit"))
            if close:
                unit_end, end = close.start("close"), close.end()
            elif m["named"]:
                continue  # a capital after a quote that never closes names nothing counted
        # as written, in NFC (a line break inside it, in wrapped text, a space)
        unit = " ".join(nfc(doc.span(m.start("unit"), unit_end).text).split())
        figure = partial(_figure, doc, end=end, unit=unit, category=category)
        ratio = _RATIO_BEFORE.search(lead) if m["num"] and not qual else None
        part = int(ratio["a"].replace(".", "")) if ratio else None
        if ratio and part is not None and part < value <= _MAX_FRACTION_BELOW:
            continue  # "2/3 cán bộ", "1/2 quân số": a fraction, no count
        if ratio and part is not None and part < value:
            # "312/345 vụ": 312 of 345 cases, each a figure of the same noun
            a_start = pos - len(lead) + ratio.start("a")
            a_qual = _QUALIFIER_BEFORE.search(text[max(0, a_start - 24) : a_start])
            a_start -= len(a_qual[0]) if a_qual else 0
            figures.append(figure(a_start, part, _QUALIFIERS[_key(a_qual["q"])] if a_qual else "exact"))
        figures.append(figure(start, value, qualifier))
        last_end = end
    return _with_labelled(doc, figures, claims)


# "thu giữ một xe máy, 2 điện thoại": "một" listed with other counts is one
_LISTED_AFTER = Pattern(r"[ ]*(?:,|(?i:và|cùng)(?!\p{L}))[ ]*\d")
# ("15 xuồng, 6 xe ô tô các loại cùng một máy xúc": after another count and what it counts)
_LISTED_BEFORE = Pattern(r"(?:[ ]+\p{Ll}+){0,3}[ ]*(?:,|(?<!\p{L})(?i:và|cùng))[ ]*")
_LISTED_GAP = 24
# ("thu giữ một xe mô tô": the object of a seizure)
_SEIZED_RIGHT_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?i:{alternation(words('seizure_verbs'))})[ ]+$", regex.REVERSE
)


def _one_counted(text: str, last_end: int, start: int, m: regex.Match[str]) -> bool:
    """Whether a "một" at `start` is one: it stands in a list with another
    count, next to it ("một xe máy, 2 điện thoại", "6 xe ô tô cùng một máy
    xúc"), or is what was seized ("thu giữ một xe mô tô")."""
    if _LISTED_AFTER.match(text, m.end()) or _SEIZED_RIGHT_BEFORE.search(text, max(0, start - 16), start):
        return True
    return 0 < last_end <= start <= last_end + _LISTED_GAP and bool(_LISTED_BEFORE.fullmatch(text, last_end, start))


# "Trong đó, …", "…, trong số đó …": a breakdown of a total said before it opens
_BREAKDOWN = Pattern(r"(?<!\p{L})(?i:trong[ ]+(?:số[ ]+)?đó)(?!\p{L})")
_OPENS_SENTENCE = Pattern(r"[\s\-+•*–(]*")
# how far before its parts a breakdown opens, and before the breakdown its total is told
_BREAKDOWN_REACH = 240
_TOTAL_REACH = 600


def _total_broken_down(
    doc: Doc, figures: list[Figure], starts: list[int], start: int, m: regex.Match[str], value: float
) -> Figure | None:
    """The drug cases a count of cases at `start` is a part of, when it stands
    in a breakdown ("trong đó", "Trong đó, …" opening the next sentence) and
    names no subject of its own, nor do the words between: the last count of
    the same noun, and more, before the breakdown opens, in its sentence or
    the one before ("… 320 vụ phạm tội về ma túy. Trong đó, lực lượng Công an
    bắt giữ 290 vụ/377 đối tượng; Bộ đội Biên phòng bắt giữ 30 vụ")."""
    if not m["noun"]:
        return None
    text = doc.text
    i = bisect_right(starts, start) - 1
    openers = list(_BREAKDOWN.finditer(text, max(starts[i], start - _BREAKDOWN_REACH), start))
    if not openers:
        return None
    opener = openers[-1]
    between = text[opener.end() : start]
    _, about = _after_pair(text, m)
    if _CRIME_NAMED.search(between) or _DRUG.search(between) or _told_about(about.split(",", 1)[0]):
        return None
    opens = _OPENS_SENTENCE.fullmatch(text, starts[i], opener.start()) is not None
    since = doc.original_range(starts[i - 1 if opens and i > 0 else i], starts[i])[0]
    until = doc.original_range(opener.start(), opener.start())[0]
    since = max(since, until - _TOTAL_REACH)
    noun = _key(m["noun"])
    for f in reversed(figures):
        if f.start < since:
            return None
        if f.end <= until and _key(f.unit or "") == noun and f.value > value:
            return f if f.category == "drug_cases" else None
    return None


def _last_in_sentence(figures: list[Figure], since: int, wanted: Callable[[Figure], bool]) -> Figure | None:
    """The last figure found so far, from `since` (an offset of the input, the
    sentence's start) on, that is `wanted`."""
    for f in reversed(figures):
        if f.start < since:
            return None
        if wanted(f):
            return f
    return None


def _counts_with(classifier: str) -> Callable[[Figure], bool]:
    """Whether a figure's unit is `classifier` and the noun it counts ("căn nhà")."""

    def test(f: Figure) -> bool:
        words = _key(f.unit or "").split()
        return len(words) > 1 and words[0] == classifier

    return test


def _of_persons(f: Figure) -> bool:
    return f.category in _PERSONS


def _of_cases(f: Figure) -> bool:
    return f.category in ("drug_cases", "cases", "incidents")


_OPENING_QUOTES = ('"', "“")
_CLOSING_QUOTE = Pattern(r'[^"”\n]{0,60}?(?P<close>["”])')


# "Số vụ: 38 | Số đối tượng: 52": a table's label, then its count (read from "số", as found)
_LABELLED = Pattern(
    rf"(?i:số)[ ]+(?P<noun>{_UNIT})[ ]*:[ ]*(?P<num>\d{{1,3}}(?:\.\d{{3}})+(?!\d)|\d+)"
    r"(?![.,]?\d)(?![ ]*\p{L})",
    regex.IGNORECASE,
)


_LABEL_REACH = 40  # "Số vụ phạm tội về ma túy:" and room to spare
_HEADING_REACH = 120  # how far back a row's heading is sought


def _with_labelled(doc: Doc, figures: list[Figure], claims: RangeSet) -> list[Figure]:
    """The figures and the counts of a table's rows written label first
    ("+ Ma túy: Số vụ: 38 | Số đối tượng: 52"), in text order."""
    text = doc.text
    taken = RangeSet([(f.start, f.end) for f in figures])  # (in the input's offsets, as spans are)
    found = []
    for p in find_words(doc.lower, ("số",)):
        if text.find(":", p, p + _LABEL_REACH) < 0:
            continue  # (most "số" label no row: "Nghị định số 03", "tổng số")
        m = _LABELLED.match(text, p)
        if m is None or claims.overlaps(p, m.end()):
            continue
        span = doc.span(p, m.end())
        if taken.overlaps(span.start, span.end):
            continue
        category = _UNITS[_key(m["noun"])]
        # (the row's heading, on its line and close before: "+ Ma túy: …")
        line_start = max(text.rfind("\n", max(0, p - _HEADING_REACH), p) + 1, p - _HEADING_REACH)
        if category in ("incidents", "cases") and _DRUG.search(text, line_start, p):
            category = "drug_cases"  # "+ Ma túy: Số vụ: 38"
        value = int(m["num"].replace(".", ""))
        unit = nfc(doc.span(m.start("noun"), m.end("noun")).text)
        found.append(_figure(doc, p, value, "exact", end=m.end(), unit=unit, category=category))
    if not found:
        return figures
    return sorted([*figures, *found], key=lambda f: f.start)
