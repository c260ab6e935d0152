"""Calendar dates, the event date and the reporting period."""

from __future__ import annotations

import datetime as _dt
from bisect import bisect_right
from dataclasses import dataclass, field

import regex

from coordx.extractors.common import Range, RangeSet, find_words, iso_day, overlaps
from coordx.extractors.header import Header
from coordx.extractors.legal import LegalResult
from coordx.facts import DateMention, LegalDocument, Period
from coordx.patterns import Pattern
from coordx.text import Doc, nfc
from coordx.vocab import alternation, table, words


@dataclass
class DatesResult:
    dates: list[DateMention] = field(default_factory=list)
    event_date: DateMention | None = None
    reporting_period: Period | None = None
    claimed: list[Range] = field(default_factory=list)


_CUE = alternation(words("day_cues"))

# Every date has digits: the shapes below are tried only where a run of
# digits starts, in this order; words before the digits ("ngày", "tháng", a
# day word) are checked backwards. Far cheaper than scanning with one
# alternation of every shape.
_START = r"(?<![\p{L}\d/.,-])"
_END = r"(?![\d/]|\.\d|-\d|[ ]?/[ ]?[\p{Lu}])"
# "16 - 17/7/2022", "15 và 16/3/2024", "10 đến (ngày) 12/5", "(15 và 16/3)": days of one month
_RANGE = Pattern(
    _START
    # (not a month, quarter or round: "từ tháng 8 đến ngày 15/9", "đợt 2 đến ngày 15/9")
    + r"(?<!(?<!\p{L})(?i:tháng|quý|đợt|lần|số|khóa|kỳ)[ ]+)"
    # ("4 đến ngày 6/9" only after "ngày": "từ ngày 4 đến ngày 6/9")
    # ("ngày 14, 15/11": a comma only after a day word)
    + r"(?P<d1>[0-3]?\d)(?:[ ]?-[ ]?|[ ]+(?P<to>(?i:và|đến|tới))[ ]+|(?<=(?<!\p{L})(?i:ngày)[ ]+[0-3]?\d),[ ]?"
    # ("từ đêm 8 đến sáng 9/8": a time of day before each)
    + r"|(?<=(?<!\p{L})(?i:ngày|sáng|chiều|tối|trưa|đêm)[ ]+[0-3]?\d)[ ]+(?i:đến|tới)(?:[ ]+(?i:hết))?"
    + r"[ ]+(?i:ngày|sáng|chiều|tối|trưa|đêm|rạng[ ]+sáng)[ ]+)"
    + r"(?P<d2>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)"
    + r"(?:(?P=sep)(?P<y>(?:19|20)\d\d))?"
    + _END
)
# "2024-05-18": year, month and day as ISO 8601 writes them (pages and feeds)
_ISO = Pattern(_START + r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d/]|[.-]\d)")
# "5/9/2019", "05-9-2019", "5.9.2019": one separator used twice
_NUMERIC = Pattern(
    _START + r"(?P<d>[0-3]?\d)[ ]?(?P<sep>[/.-])[ ]?(?P<m>[01]?\d)[ ]?(?P=sep)[ ]?(?P<y>(?:19|20)\d\d)" + _END
)
# "ngày 5 tháng 9 năm 2019", "ngày 5 tháng 9" (after "ngày")
_WORDED = Pattern(
    _START + r"(?P<d>[0-3]?\d)[ ]+tháng[ ]+(?P<m>[01]?\d)(?:[ ]*(?:năm|,)[ ]*(?P<y>(?:19|20)\d\d))?" + _END,
    regex.IGNORECASE,
)
# "ngày 14 và 15 tháng 11 năm 2019", "ngày 14-15 tháng 11": days of one month in words (after "ngày")
_WORDED_RANGE = Pattern(
    _START
    + r"(?P<d1>[0-3]?\d)(?:[ ]?[-,][ ]?|[ ]+(?:và|đến|tới)[ ]+(?:ngày[ ]+)?)(?P<d2>[0-3]?\d)"
    + r"[ ]+tháng[ ]+(?P<m>[01]?\d)(?:[ ]*(?:năm|,)[ ]*(?P<y>(?:19|20)\d\d))?"
    + _END,
    regex.IGNORECASE,
)
# "tháng 7/2021", "tháng 6-2023", "tháng 3 năm 2021": a month (after "tháng")
_MONTH = Pattern(_START + r"(?P<m>[01]?\d)[ ]*(?:/|-|\.|[ ]năm[ ])[ ]*(?P<y>(?:19|20)\d\d)" + _END, regex.I)
# "Sáng 18/1", "Ngày 6.9", "Chiều nay 19-10": a day without a year (after a day word)
_DAY_MONTH = Pattern(_START + r"(?P<d>[0-3]?\d)(?P<sep>[/.-])(?P<m>[01]?\d)" + _END)
# "(từ) tháng 1 đến (hết) tháng 7/2023": a month opening a range, its year the end's
_MONTH_OPENING_RANGE = Pattern(
    _START + r"(?P<m>[01]?\d)(?=[ ]*(?:đến|tới|-)(?:[ ]+hết)?[ ]+tháng[ ]+(?P<m2>[01]?\d)[ ]*(?:/|-|[ ]năm[ ])[ ]*"
    r"(?P<y>(?:19|20)\d\d)(?![\d/]))",
    regex.IGNORECASE,
)
_RECENT_MONTH = Pattern(_START + r"(?P<m>[01]?\d)[ ]+(?:vừa[ ]+qua|vừa[ ]+rồi)(?!\p{L})", regex.IGNORECASE)
# "từ tháng 6", "trong tháng 8": a month without its year (after "tháng"; not
# "tháng 6 năm ngoái", a year in words, nor "tháng 7 âm lịch", a lunar month)
_BARE_MONTH = Pattern(
    _START + r"(?P<m>1[0-2]|0?[1-9])(?![\d/.,-]\d|[ ]+(?:năm|âm[ ]+lịch)(?!\p{L}))(?![\d\p{L}])", regex.IGNORECASE
)
_NGAY_BEFORE = Pattern(r"(?<!\p{L})ngày[ ]+$", regex.IGNORECASE | regex.REVERSE)
_THANG_BEFORE = Pattern(r"(?<!\p{L})tháng[ ]+$", regex.IGNORECASE | regex.REVERSE)

# The day word starts the sentence or follows a dateline ("BHG - ", "(QNO) - ").
# (a lead in Markdown's bold or italics opens after its marks: "**Sáng 11/1, …**")
_EVENT_LEAD = Pattern(
    r"(?:^|[.!?;\n]|\)|-|:)[ ]*(?:(?<=(?:^|\n)[ ]*)[*_]{1,2})?(?:\p{Lu}[\p{L}.]{0,20}[ ]?){0,2}"
    # "Trong hai ngày 16 - 17/9", "Trong các ngày từ 9 đến 11/9"
    r"(?:(?i:hai|ba|bốn|các|\d{1,2})[ ]+)?(?:(?i:ngày)[ ]+(?i:từ)[ ]+)?[ ]*$"
    r"|^[ ]*$"
)
_MEETING_WORD = Pattern(rf"(?<!\p{{L}})(?i:{alternation(words('event_words'), factored=True)})(?!\p{{L}})")
_EVENT_WORD = Pattern(
    rf"(?<!\p{{L}})(?i:{alternation([*words('event_words'), *words('visit_words')], factored=True)})(?!\p{{L}})"
)


_PERIOD = Pattern(
    r"""
    (?<![\p{L}\d])
    (?:
        # "6 tháng đầu năm 2022", "9 tháng đầu năm", "6 tháng cuối năm 2016"
        # ("9 tháng năm 2023": the first nine; "nửa đầu năm 2023": the first half)
        (?:(?P<hn>\d{1,2}|sáu|chín)[ ]+tháng[ ]+(?:(?P<hpos>đầu|cuối)[ ]+)?|(?P<half>nửa)[ ]+(?P<hpos>đầu|cuối)[ ]+)
        năm(?:[ ]+(?P<hy>(?:19|20)\d\d))?
      |
        # "quý III/2023", "Quý III năm 2021", "quý 3-2022" (older spelling "quí I năm 2014")
        qu[ýí][ ]+(?P<q>IV|I{1,3}|[1-4])(?:[ ]*(?:/|-|[ ]năm[ ])[ ]*(?P<qy>(?:19|20)\d\d))?
      |
        # "giai đoạn 2022-2023", "giai đoạn (2015-2018)", "5 năm thực hiện (2015-2020)"
        # ("tổng kết 5 năm 2019-2023", "hai năm 2022-2023")
        # (the closing bracket only when the span opened one: "(giai đoạn 2004 - 2024)")
        # ("Nhiệm kỳ 2020 - 2025, Đảng bộ đã …": a term over, reviewed; not a congress's own, see period_not_reviewed)
        # ("tổng kết năm học 2022-2023": a school year, over two calendar years)
        (?:(?:giai[ ]+đoạn|nhiệm[ ]+kỳ|năm[ ]+học|niên[ ]+khóa)[ ]+(?P<gb>\()?|(?P<gb>\()
          |(?:\d{1,2}|hai|ba|bốn|mười)[ ]+năm[ ]+(?P<gb>\()?)
        (?P<gy1>(?:19|20)\d\d)[ ]*-[ ]*(?P<gy2>(?:19|20)\d\d)(?(gb)\)?)
      |
        # "giao ban tháng 10/2023", "Trong tháng 3 năm 2021": one month
        # ("sơ kết công tác tháng 4/2024")
        # ("giao ban công tác Công an cấp xã tháng 3/2026": a few words between)
        (?:trong|(?:giao[ ]+ban|sơ[ ]+kết|tổng[ ]+kết|kết[ ]+quả)(?:[ ]+\p{L}+){0,6}?)[ ]+tháng[ ]+(?P<mo>[01]?\d)
        [ ]*(?:/|-|[ ]năm[ ])[ ]*(?P<moy>(?:19|20)\d\d)
      |
        # "Từ tháng 6-2023 đến tháng 9-2023", "từ tháng 1 đến hết tháng 7/2023"
        từ[ ]+tháng[ ]+(?P<fm1>[01]?\d)(?:[ ]*[/-][ ]*(?P<fy1>(?:19|20)\d\d))?
        [ ]+(?:đến|tới)(?:[ ]+hết)?[ ]+tháng[ ]+(?P<fm2>[01]?\d)[ ]*[/-][ ]*(?P<fy2>(?:19|20)\d\d)
      |
        # "3 tháng (từ ngày 1/7 đến 30/9/2025)": whole months, told by their first and last days
        # (in brackets alone too: "sơ kết 6 tháng vận hành … (từ ngày 1/7 đến 31/12/2025)")
        (?:(?P<rn>\d{1,2}|ba|sáu|chín)[ ]+tháng[ ]*\(?|\()[ ]*từ[ ]+(?:ngày[ ]+)?(?P<rd1>0?1)[/.-](?P<rm1>[01]?\d)
        (?:[/.-](?:19|20)\d\d)?[ ]+(?:đến|tới)(?:[ ]+hết)?[ ]+(?:ngày[ ]+)?
        (?P<rd2>[0-3]?\d)[/.-](?P<rm2>[01]?\d)[/.-](?P<ry2>(?:19|20)\d\d)
      |
        # "đợt cao điểm (từ ngày 15/12/2018 đến ngày 15/2/2019)": a campaign's days, the months
        # they fall in (the campaign or the review named before them: _REVIEWED_DAYS_BEFORE)
        từ[ ]+(?:ngày[ ]+)?(?P<cd1>[0-3]?\d)[/.-](?P<cm1>[01]?\d)(?:[/.-](?P<cy1>(?:19|20)\d\d))?
        [ ]+(?:đến|tới)(?:[ ]+hết)?[ ]+(?:ngày[ ]+)?
        (?P<cd2>[0-3]?\d)[/.-](?P<cm2>[01]?\d)[/.-](?P<cy2>(?:19|20)\d\d)
      |
        # "năm 2024"
        năm[ ]+(?P<y>(?:19|20)\d\d)
    )
    (?![\d/])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Words before a period that make it a plan, a term or a law, not what is reviewed.
_NOT_REVIEWED = Pattern(
    r"(?:" + alternation(words("period_not_reviewed")) + r")(?:[^.;:\n]|\.(?=\d)){0,40}$",  # ("1.000" is no full stop)
    regex.IGNORECASE | regex.REVERSE,
)
# A span after a comma in a clause of its own: what the words before name
# (a law, a plan, a congress) does not make it theirs ("Thực hiện Luật Cảnh
# sát biển, trong 5 năm (2019 - 2023), …"; "Báo cáo chính trị trình Đại hội
# nêu rõ, nhiệm kỳ 2020 - 2025, Đảng bộ đã …": a clause said)
_CLAUSE_OF_ITS_OWN = Pattern(
    rf"(?:,[ ]*(?i:trong|qua)|(?<!\p{{L}})(?i:{alternation(words('saying_verbs'), factored=True)})[ ]*,)[ ]+$"
)
# A period told as ahead in the same clause: "duy trì 1.000 cán bộ … trong tháng 9/2024"
_AHEAD_OF_PERIOD = Pattern(
    r"(?<!\p{L})(?:dự[ ]+kiến|phấn[ ]+đấu|duy[ ]+trì)(?!\p{L})(?:[^.;:\n,]|\.(?=\d)){0,70}$",
    regex.IGNORECASE | regex.REVERSE,
)
# "từ đầu năm 2024 đến nay": the stretch of a year up to the writing, which is in it
_YEAR_TO_DATE = Pattern(
    r"(?<!\p{L})(?i:từ[ ]+đầu[ ]+năm)[ ]+(?P<y>(?:19|20)\d\d)[ ]*,?[ ]+"
    r"(?i:đến|tới)[ ]+(?i:nay|hiện[ ]+nay|thời[ ]+điểm[ ]+này)(?!\p{L})"
)
# "từ năm 2001 đến nay": a year that bounds a stretch of time
_BOUND_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?:{alternation(words('period_bounds'))})[ ]+$", regex.IGNORECASE | regex.REVERSE
)
# "thành lập năm 1959", "Nguyễn Văn A sinh năm 1978": the year of one event, no period
# ("Hội nghị lần thứ 11 được tổ chức tại Manila năm 2024": a meeting held somewhere that year)
# ("cơn bão số 3 năm 2024", "bão Yagi năm 2024": a storm of that year)
_EVENT_YEAR_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?:(?i:{alternation(words('year_events'))})|(?<=\p{{Lu}}\p{{Ll}}*[ ])sinh(?:[ ]+vào)?"
    r"|(?i:tổ[ ]+chức|diễn[ ]+ra)[ ]+(?i:tại|ở)[ ]+\p{Lu}\p{L}*(?:[ ]+\p{Lu}\p{L}*){0,4}"
    r"|(?i:bão)(?:[ ]+(?i:số)[ ]+\d{1,2})?(?:[ ]+\(?\p{Lu}\p{L}*\)?)?)[ ]+$",
    regex.REVERSE,
)
# documents of an agreement or a programme, beside the legal types
_RECORD_WORDS = ["Biên bản", "Chương trình", "Đề án", "Bản ghi nhớ"]
_FULL_REVIEW = Pattern(r"(?<!\p{L})(?i:tổng[ ]+kết|đánh[ ]+giá[ ]+kết[ ]+quả)(?!\p{L})")
# a meeting that reviews what it names: "giao ban quý I/2016", "sơ kết 6 tháng"
# (not praise: "đánh giá cao tinh thần phối hợp")
_REVIEW_WORDS = r"tổng[ ]+kết|sơ[ ]+kết|giao[ ]+ban|đánh[ ]+giá(?![ ]+cao(?!\p{L}))"
_REVIEW = Pattern(rf"(?<!\p{{L}})(?i:{_REVIEW_WORDS})(?!\p{{L}})")
# an occasion named with its year, which is no period reviewed ("lễ giao nhận
# quân năm 2025", "lớp bồi dưỡng kiến thức quốc phòng … cho đối tượng 4 năm 2012")
_OCCASION_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?i:{alternation(words('occasion_words'))})(?!\p{{L}})[^.;:,\n]{{0,60}}$", regex.REVERSE
)
_OCCASION_REACH = 80
_OCCASION_YEAR = Pattern(
    rf"(?<!\p{{L}})(?i:{alternation(words('occasion_words'), factored=True)})(?!\p{{L}})[^.;:,\n]{{0,60}}?"
    r"(?<!\p{L})(?i:năm)[ ]+(?P<y>(?:19|20)\d\d)(?!\d)"
)
# a year's campaign, reviewed once it is over, at any time of that year
# ("tổng kết công tác đặc xá năm 2015" in October 2015)
_CAMPAIGN = Pattern(rf"(?<!\p{{L}})(?i:{alternation(words('campaign_words'))})(?!\p{{L}})")
# "5 năm thực hiện … giai đoạn 2019-2024": as many years as the span has
_YEARS_COUNTED = (
    rf"(?<![\p{{L}}\d])(?P<n>\d{{1,2}}|(?i:{alternation([w for w, _ in table('number_words')], factored=True)}))"
    r"[ ]+năm(?!\p{L})"
)
_YEARS_COUNT = Pattern(_YEARS_COUNTED)
_NUMBER_WORD_VALUE = {w.casefold(): int(v) for w, v in table("number_words")}
_SENTENCE_LOOKBACK = 400


def _counts_the_span(told: str, m: regex.Match[str]) -> bool:
    """ "5 năm thực hiện … giai đoạn 2019-2024": the years counted are the span's."""
    count = _YEARS_COUNT.search(told)
    if not count:
        return False
    n = int(count["n"]) if count["n"].isdigit() else _NUMBER_WORD_VALUE.get(count["n"].casefold(), 0)
    span = int(m["gy2"]) - int(m["gy1"])
    return n in (span, span + 1)


_FUTURE_AFTER = Pattern(r"^[ ]*(?:và[ ]+những[ ]+năm[ ]+tiếp[ ]+theo|trở[ ]+đi|tới)", regex.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_ISSUANCE_AFTER = Pattern(r"[^.;\n]{0,40}?(?<!\p{L})ban[ ]+hành(?!\p{L})", regex.IGNORECASE)
_MEETING_WORD = Pattern(rf"(?<!\p{{L}})(?i:tổ[ ]+chức|{alternation(words('event_words'), factored=True)})(?!\p{{L}})")


def _tells_issuance(text: str, end: int) -> bool:
    m = _ISSUANCE_AFTER.match(text, end)
    return m is not None and not _MEETING_WORD.search(m[0])


# (when it takes effect, a stretch, a deadline: "theo Nghị định 03, hoàn thành trước ngày 31/12/2019")
# (nor a time of day, nor a dateline between: "Nghị định 77/2010/NĐ-CP LCĐT - Sáng 11/7, …" opens a lead)
_NOT_ISSUE = Pattern(
    r"(?<!\p{L})(?:hiệu[ ]+lực|từ|đến|tới|trước|chậm[ ]+nhất|hạn|hoàn[ ]+thành|sáng|chiều|trưa|tối|đêm)(?!\p{L})"
    r"|[ ]-[ ]",
    regex.IGNORECASE,
)
_LEGAL_BEFORE = Pattern(
    r"(?:\d+/[\d/]*[\p{Lu}Đ]{2,}[-\p{Lu}Đ/]*|"
    + alternation(words("document_type_words"))
    + r"(?:[ ]+số)?[ ]+\d+(?:\.\d+)*)"
    r"(?P<gap>[^.;\n\d]{0,25})$",  # nothing written between, another date least of all
    regex.IGNORECASE | regex.REVERSE,
)


@dataclass
class _Raw:
    start: int
    end: int
    day: int | None
    month: int
    year: int | None
    cue: bool  # introduced by a day word ("Sáng", "Ngày")
    year_from_range: bool = False  # the year is the one written at the end of its range
    range_start: _Raw | None = None  # the first day of the range this day ends, both without a year


def _scan(doc: Doc, skip: RangeSet) -> list[_Raw]:
    text = doc.text
    found: list[_Raw] = []
    done = -1
    for p, run_end in doc.digit_runs:
        # (a month alone, "từ tháng 6", has nothing after its number; "ngày 14, 15/11" a comma)
        may_go_on = (
            _may_go_on(doc.lower, run_end)
            or doc.lower.endswith("tháng ", 0, p)
            or (doc.lower.startswith(",", run_end) and doc.lower.endswith("ngày ", 0, p))
        )
        if p < done or not may_go_on or overlaps(p, run_end, skip):
            continue
        lead = text[max(0, p - 12) : p]
        # ("ngày" or "tháng" just before: the patterns read backwards only then)
        word_before = lead.rstrip().casefold()
        ngay = _NGAY_BEFORE.search(lead) if word_before.endswith("ngày") else None
        thang = _THANG_BEFORE.search(lead) if word_before.endswith("tháng") else None
        if run_end - p == 4 and text.startswith("-", run_end) and (m := _ISO.match(text, p)):
            found.append(_Raw(p, m.end(), int(m["d"]), int(m["m"]), int(m["y"]), _has_cue(doc, p)))
        elif (
            (m := _RANGE.match(text, p))
            and (m["y"] or _has_cue(doc, p) or _from_days(text, lead, m))
            and int(m["d1"]) < int(m["d2"])
        ):
            y = int(m["y"]) if m["y"] else None
            # ("diễn ra trong 3 ngày, từ 15 – 17/10/2025", "(từ 15 đến 17/4)": days told in full after "từ")
            cue = (
                _has_cue(doc, p)
                or bool((y or m["to"]) and _FROM_BEFORE.search(lead))
                or _from_days(text, lead, m)
            )
            found.append(_Raw(p, m.end("d1"), int(m["d1"]), int(m["m"]), y, cue))
            found.append(_Raw(m.start("d2"), m.end(), int(m["d2"]), int(m["m"]), y, False))
        elif m := _NUMERIC.match(text, p):
            found.append(_Raw(p, m.end(), int(m["d"]), int(m["m"]), int(m["y"]), _has_cue(doc, p)))
        elif (
            (cue_m := ngay) and (m := _WORDED_RANGE.match(text, p)) and int(m["d1"]) < int(m["d2"])
        ):
            y = int(m["y"]) if m["y"] else None
            found.append(_Raw(p - len(lead) + cue_m.start(), m.end("d1"), int(m["d1"]), int(m["m"]), y, True))
            found.append(_Raw(m.start("d2"), m.end(), int(m["d2"]), int(m["m"]), y, False))
        elif (cue_m := ngay) and (m := _WORDED.match(text, p)):
            start = p - len(lead) + cue_m.start()
            found.append(_Raw(start, m.end(), int(m["d"]), int(m["m"]), int(m["y"]) if m["y"] else None, True))
        elif (cue_m := thang) and (m := _MONTH.match(text, p)):
            found.append(_Raw(p - len(lead) + cue_m.start(), m.end(), None, int(m["m"]), int(m["y"]), False))
        elif (cue_m := thang) and (m := _MONTH_OPENING_RANGE.match(text, p)):
            y = int(m["y"]) if int(m["m"]) <= int(m["m2"]) else int(m["y"]) - 1  # "tháng 11 đến tháng 2/2024"
            start = p - len(lead) + cue_m.start()
            found.append(_Raw(start, m.end(), None, int(m["m"]), y, False, year_from_range=True))
        elif (cue_m := thang) and (m := _RECENT_MONTH.match(text, p)):
            # "tháng 10 vừa qua": a month just past, its year the writing's
            found.append(_Raw(p - len(lead) + cue_m.start(), m.end(), None, int(m["m"]), None, False))
        elif (cue_m := thang) and (m := _BARE_MONTH.match(text, p)):
            found.append(_Raw(p - len(lead) + cue_m.start(), m.end(), None, int(m["m"]), None, False))
        elif (m := _DAY_MONTH.match(text, p)) and (
            (cue := _has_cue(doc, p)) or _ends_range(text, found, p) or _opens_range(text, m)
        ):
            found.append(_Raw(p, m.end(), int(m["d"]), int(m["m"]), None, cue))
        else:
            continue
        done = m.end()
    # "từ ngày 3/2 đến 28/5/2023": the year written at the end of a range is the start's too
    for first, second in zip(found, found[1:], strict=False):
        if first.day is None or second.day is None or first.year is not None:
            continue
        if _RANGE_TO.fullmatch(text, first.end, second.start):
            if second.year is not None:
                first.year = second.year if (first.month, first.day) <= (second.month, second.day) else second.year - 1
                first.year_from_range = True
            else:
                second.range_start = first  # "từ ngày 15/3 đến ngày 15/6": one year for both
    return [
        r
        for r in found
        if 1 <= r.month <= 12 and (r.day is None or iso_day(r.day, r.month, r.year)) and not _is_lunar(text, r)
    ]


# A day of the lunar calendar: "(tức ngày 5/3 âm lịch)", "ngày 15/12 năm Quý Mão"
_LUNAR_BEFORE = Pattern(r"(?<!\p{L})(?i:tức)(?:[ ]+(?i:là))?(?:[ ]+(?i:ngày))?[ ]+$", regex.REVERSE)
_STEMS = "Giáp|Ất|Bính|Đinh|Mậu|Kỷ|Canh|Tân|Nhâm|Quý"
_BRANCHES = "Tý|Sửu|Dần|Mão|Mẹo|Thìn|Tỵ|Tị|Ngọ|Mùi|Thân|Dậu|Tuất|Hợi"
_LUNAR_AFTER = Pattern(rf"[ ]*(?:\(?(?i:âm[ ]+lịch)|(?i:năm)[ ]+(?:{_STEMS})[ ]+(?:{_BRANCHES}))(?!\p{{L}})")


def _is_lunar(text: str, r: _Raw) -> bool:
    # (the patterns only where their words may be: "tức" before, "âm lịch" or "năm" after)
    before = text[max(0, r.start - 16) : r.start].casefold()
    after = text[r.end : r.end + 12].casefold()
    return bool(
        ("tức" in before and _LUNAR_BEFORE.search(text, max(0, r.start - 16), r.start))
        or (("âm" in after or "năm" in after) and _LUNAR_AFTER.match(text, r.end))
    )


# What may follow the first number of a date: a separator ("5/9", "16 - 17",
# "3 .2019"), or a word ("5 tháng 9", "15 và 16/3", "10 đến 12/5", "3 năm 2021", "10 vừa qua").
_DATE_SEPARATORS = ("/", ".", "-")
_DATE_WORDS = ("tháng", "năm", "và", "đến", "tới", "vừa")


def _may_go_on(lower: str, end: int) -> bool:
    """Whether the digit run ending at `end` may start a date: every shape
    has a separator or one of a few words after its first number."""
    if lower[end : end + 1] in _DATE_SEPARATORS:
        return True
    if lower[end : end + 1] != " ":
        return False
    while lower[end : end + 1] == " ":
        end += 1
    return lower[end : end + 1] in _DATE_SEPARATORS or lower.startswith(_DATE_WORDS, end)


# "từ ngày 1/1 đến 30/6", "từ 15/5 đến hết ngày 15/8": the second day of a range needs no day word
_RANGE_TO = Pattern(r"[ ]*(?:đến|tới|–|-)(?:[ ]+hết)?(?:[ ]+ngày)?[ ]*", regex.IGNORECASE)
# "từ 15/5 đến hết 15/8/2024": nor the first, between "từ" and the second
_RANGE_FROM = Pattern(r"(?<!\p{L})từ[ ]+(?:ngày[ ]+)?$", regex.IGNORECASE | regex.REVERSE)
_RANGE_ON = Pattern(
    r"[ ]*(?:đến|tới)(?:[ ]+hết)?(?:[ ]+ngày)?[ ]*(?P<d>\d{1,2})[/.-](?P<m>\d{1,2})(?P<y>[/.-](?:19|20)\d\d)?"
    # ("từ 1/3 đến 2/3 tổng số": fractions of a whole)
    r"(?![ ]*(?:tổng[ ]+số|số|quân[ ]+số|dân[ ]+số|diện[ ]+tích)(?!\p{L}))",
    regex.IGNORECASE,
)


def _opens_range(text: str, m: regex.Match[str]) -> bool:
    """ "từ 15/5 đến hết 15/8/2024": a day that a later day closes ("từ 1/3
    đến 1/2 quân số" are fractions)."""
    if not _RANGE_FROM.search(text, max(0, m.start() - 12), m.start()):
        return False
    on = _RANGE_ON.match(text, m.end())
    return on is not None and (bool(on["y"]) or (int(on["m"]), int(on["d"])) > (int(m["m"]), int(m["d"])))


def _ends_range(text: str, found: list[_Raw], start: int) -> bool:
    if not found or found[-1].day is None:
        return False
    gap = _RANGE_TO.fullmatch(text, found[-1].end, start)
    return gap is not None


# "Sáng 18/1", "Chiều qua (14-7)", "Sáng thứ Hai, 15/1", "trong 02 ngày 16 - 17/7"
_CUE_BEFORE = Pattern(
    rf"(?:{_CUE})(?:[ ]+(?:nay|qua|mai))?(?:[ ]+\d{{1,2}}[ ]+ngày)?[ ]*[(,]?[ ]*$",
    regex.IGNORECASE | regex.REVERSE,
)


_FROM_BEFORE = Pattern(r"(?<!\p{L})(?i:từ)[ ]+$")
# what may follow days told from one to another: a bracket or a stop, or where or when
_DAYS_END = Pattern(r"[ ]*(?:[),.;:\n]|$|(?i:tại|ở|năm|vừa)(?!\p{L}))")


def _from_days(text: str, lead: str, m: regex.Match[str]) -> bool:
    """ "(từ 15 đến 17/4)", "từ 15 - 17/10, …": days from one to another, not a
    fraction or a score ("từ 1 đến 2/3 quân số", "đạt từ 8 - 9/10 điểm")."""
    return (
        (m["to"] is None or m["to"].casefold() != "và")
        and bool(_FROM_BEFORE.search(lead))
        and _DAYS_END.match(text, m.end()) is not None
    )


def _has_cue(doc: Doc, start: int) -> bool:
    """A day word just before `start` ("ngày 5/9/2019", "trong 02 ngày 16 - 17/7")."""
    before = doc.text[max(0, start - 28) : start]
    return bool(_CUE_BEFORE.search(before) or ("(" in before and _LUNAR_DAY_BEFORE.search(before)))


# "mùng 6 Tết (3/2)", "rằm tháng Giêng (12/2)": a lunar day, and the solar day in brackets after it
_LUNAR_DAY_BEFORE = Pattern(
    r"(?:(?:mùng|mồng)[ ]+\d{1,2}|rằm)(?:[ ]+(?:Tết|tháng[ ]+\p{L}+))?[ ]*\([ ]*$", regex.IGNORECASE | regex.REVERSE
)


@dataclass
class _PeriodHit:
    start: int
    end: int
    value: str | None
    end_year: int | None
    end_month: int
    # its first month when it lies within its end year, else 1
    start_month: int = 1
    years_span: bool = False  # "giai đoạn 2019-2023"
    reviewed_in_full: bool = False  # "tổng kết … giai đoạn 2019-2023"


def _period_value(m: regex.Match[str], ref: tuple[int, int] | None = None) -> _PeriodHit | None:
    """The period `m` names. Without a year ("6 tháng đầu năm"), the year is
    the one written for a second period of the same kind right after it
    ("quý I và quý II/2023"), else the last one whose part is over by `ref`
    (year, month of writing)."""

    def year_of(written: str | None, end_month: int) -> int | None:
        if written:
            return int(written)
        # "quý I và quý II/2023": the year written for the next one
        ahead = _YEAR_AHEAD.match(m.string, m.end())
        if ahead:
            return int(ahead[1])
        if ref is None:
            return None
        return ref[0] if ref[1] >= end_month else ref[0] - 1

    g = m.groupdict()
    if g["hn"] or g["half"]:
        n = 6 if g["half"] else {"sáu": 6, "chín": 9}.get(g["hn"].lower()) or int(g["hn"])
        first = (g["hpos"] or "đầu").lower() == "đầu"
        y = year_of(g["hy"], n if first else 12)
        if n == 6:
            value = f"{y}-H1" if first else f"{y}-H2"
        elif 1 <= n <= 12:
            value = f"{y}-01/{y}-{n:02d}" if first else f"{y}-{13 - n:02d}/{y}-12"
        else:
            return None
        return _PeriodHit(m.start(), m.end(), value if y else None, y, n if first else 12, 1 if first else 13 - n)
    if g["q"]:
        q = _ROMAN.get(g["q"].upper()) or int(g["q"])
        y = year_of(g["qy"], q * 3)
        return _PeriodHit(m.start(), m.end(), f"{y}-Q{q}" if y else None, y, q * 3, q * 3 - 2)
    if g["gy1"]:
        y1, y2 = int(g["gy1"]), int(g["gy2"])
        if y2 < y1:
            return None
        return _PeriodHit(m.start(), m.end(), f"{y1}/{y2}", y2, 12, years_span=True)
    if g["mo"]:
        mo, y = int(g["mo"]), int(g["moy"])
        if not 1 <= mo <= 12:
            return None
        return _PeriodHit(m.start("mo") - len("tháng "), m.end(), f"{y}-{mo:02d}", y, mo, mo)
    if g["rd1"]:
        m1, m2, y = int(g["rm1"]), int(g["rm2"]), int(g["ry2"])
        if not (1 <= m1 <= m2 <= 12) or iso_day(int(g["rd2"]), m2, y) is None:
            return None
        # whole months ("đến 30/9", not "đến 20/9") may be a quarter or a half
        whole = iso_day(int(g["rd2"]) + 1, m2, y) is None
        parts = {(1, 6): "H1", (7, 12): "H2", (1, 3): "Q1", (4, 6): "Q2", (7, 9): "Q3", (10, 12): "Q4"}
        part = parts.get((m1, m2)) if whole else None
        value = f"{y}-{part}" if part else f"{y}-{m1:02d}" if m1 == m2 else f"{y}-{m1:02d}/{y}-{m2:02d}"
        # (in brackets alone, the span from "từ")
        start = m.start() if g["rn"] else m.start() + m[0].casefold().index("từ")
        return _PeriodHit(start, m.end(), value, y, m2, m1)
    if g["cd1"]:
        d1, m1, d2, m2, y2 = (int(g[k]) for k in ("cd1", "cm1", "cd2", "cm2", "cy2"))
        y1 = int(g["cy1"]) if g["cy1"] else y2 if (m1, d1) <= (m2, d2) else y2 - 1
        if iso_day(d1, m1, y1) is None or iso_day(d2, m2, y2) is None or (y2, m2, d2) < (y1, m1, d1):
            return None
        value = f"{y2}-{m2:02d}" if (y1, m1) == (y2, m2) else f"{y1}-{m1:02d}/{y2}-{m2:02d}"
        return _PeriodHit(m.start(), m.end(), value, y2, m2, m1 if y1 == y2 else 1)
    if g["fm1"]:
        m1, m2, y2 = int(g["fm1"]), int(g["fm2"]), int(g["fy2"])
        y1 = int(g["fy1"]) if g["fy1"] else y2 if m1 <= m2 else y2 - 1
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y2, m2) < (y1, m1):
            return None
        return _PeriodHit(m.start(), m.end(), f"{y1}-{m1:02d}/{y2}-{m2:02d}", y2, m2, m1 if y1 == y2 else 1)
    y = int(g["y"])
    return _PeriodHit(m.start(), m.end(), str(y), y, 12)


# Words that put a day ahead of the writing: "dự kiến tổ chức ngày 20/12", "phấn đấu đến ngày 30/4"
_AHEAD_BEFORE = Pattern(
    r"(?<!\p{L})(?:dự[ ]+kiến|sẽ|phấn[ ]+đấu|chậm[ ]+nhất|hạn[ ]+chót|trước[ ]+ngày|thời[ ]+hạn)(?!\p{L})",
    regex.IGNORECASE,
)
_DEADLINE_BEFORE = Pattern(
    r"(?<!\p{L})(?:trước|chậm[ ]+nhất|hạn[ ]+chót|thời[ ]+hạn)(?:[ ]+ngày)?[ ]+$", regex.IGNORECASE | regex.REVERSE
)
# a year told before a month in its clause: "công tác năm 2014 vào tháng 12", "quý II/2017 … tháng 7"
# (not one compared with: "so với cùng kỳ năm 2013")
_YEAR_TOLD = Pattern(r"(?:(?:so[ ]+với|cùng[ ]+kỳ)[ ]+)?(?:(?<!\p{L})(?i:năm)[ ]+|/[ ]*)(?P<y>(?:19|20)\d\d)(?![\d/])")
# a document named with its year ("Biên bản hội đàm năm 2015", "Kế hoạch phối hợp năm 2015"),
# which is the period reviewed only when a review is told (capitalised, as a
# document's name is: "kế hoạch năm 2024" is any plan, "thông báo" a verb)
_DOCUMENT_NAMED_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?:{alternation([w for w in words('document_type_words') if len(w) > 3] + _RECORD_WORDS)})"
    r"(?!\p{L})[^.;:,\n\d]{0,40}$",
    regex.REVERSE,
)
# "kết quả thực hiện biên bản hợp tác năm 2017", "việc thực hiện …": how a document was carried out, reviewed
_IMPLEMENTATION_REVIEWED = Pattern(
    r"(?<!\p{L})(?i:kết[ ]+quả|việc)[ ]+(?i:triển[ ]+khai[ ]+)?(?i:thực[ ]+hiện)(?!\p{L})"
)
# "trong đợt cao điểm (từ ngày …", "Đợt cao điểm được triển khai từ ngày …": a
# campaign's days; "giao ban đánh giá kết quả phối hợp từ ngày …": the days reviewed
_REVIEWED_DAYS_BEFORE = Pattern(
    rf"(?<!\p{{L}})(?i:đợt|cao[ ]+điểm|chiến[ ]+dịch|{_REVIEW_WORDS})(?!\p{{L}})[^.;:\n\d]{{0,60}}$",
    regex.REVERSE,
)
_REVIEWED_DAYS_REACH = 80
_SPAN_IN_BRACKETS = Pattern(r"\([ ]*(?:(?i:từ)[ ]+)?$")
# "vào tháng 11 tới" (not "từ tháng 3 tới nay": until now)
_COMING_AFTER = Pattern(r"[ ]+(?i:tới|sắp[ ]+tới)(?!\p{L})(?![ ]+(?i:nay|đây|hết|cuối|ngày|tháng|năm)(?!\p{L}))")
# "Theo kế hoạch, … đã tổ chức vào tháng 3": done, however planned
_DONE = Pattern(r"(?<!\p{L})(?i:đã|vừa)(?!\p{L})")
_CLAUSE_REACH = 160  # how far back a month's clause is read
_COMPARED = Pattern(r"(?i:so[ ]+với|cùng[ ]+kỳ)")
# a plan, a programme or a directive about something of a year: "Kế hoạch số 12/KH-CAT về … năm 2025"
_PLAN_ABOUT = Pattern(
    r"(?<!\p{L})(?i:kế[ ]+hoạch|chương[ ]+trình|phương[ ]+án|chỉ[ ]+thị)(?!\p{L})[^.;:\n]{0,60}?"
    r"(?<!\p{L})(?i:về)(?!\p{L})[^.;:\n]{0,100}$"
)
_PLANNED = Pattern(r"(?<!\p{L})(?:theo[ ]+kế[ ]+hoạch|dự[ ]+kiến|sẽ|sắp)(?!\p{L})", regex.IGNORECASE)
# "quý I và quý II/2023", "6 tháng đầu và 6 tháng cuối năm 2023": the year of a second period of the same kind
_YEAR_AHEAD = Pattern(
    r"[ ]*(?:và|,)[ ]*"
    r"(?:qu[ýí][ ]+(?:IV|I{1,3}|[1-4])|\d{1,2}[ ]+tháng[ ]+(?:đầu|cuối)(?:[ ]+năm)?|nửa[ ]+(?:đầu|cuối)[ ]+năm)"
    r"[ ]*(?:/|-|năm)?[ ]*((?:19|20)\d\d)(?!\d)",
    regex.IGNORECASE,
)
_AHEAD_DAYS = 62  # how far after the posting a day without a year may lie
_AHEAD_MONTHS = 2  # … and a month
_YEAR_REVIEWED_FROM = 11  # the month from which a year's review may be held
_YEARLESS_WORDS = ["tháng đầu năm", "tháng cuối năm", "nửa đầu năm", "nửa cuối năm", "quý", "quí"]
_CENTURIES = ("19", "20")  # a year is a run of four digits that starts so


def _period_matches(doc: Doc) -> list[regex.Match[str]]:
    """Periods in text order: the period pattern runs only in windows around
    the years and the words of a period written without one ("6 tháng đầu
    năm", "quý III")."""
    windows: list[list[int]] = []
    text = doc.text
    anchors = [(s, e + 8) for s, e in doc.digit_runs if e - s == 4 and text.startswith(_CENTURIES, s)]
    anchors += [(p, p + 24) for p in find_words(doc.lower, _YEARLESS_WORDS)]
    for start, end in sorted(anchors):
        lo, hi = max(0, start - 50), min(len(text), end)
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = hi
        else:
            windows.append([lo, hi])
    found: list[regex.Match[str]] = []
    for lo, hi in windows:
        found.extend(m for m in _PERIOD.finditer(text, lo, hi) if not found or m.start() >= found[-1].end())
    return found


def _reporting_period(
    doc: Doc, skip: RangeSet, ref: tuple[int, int] | None, published: bool = True
) -> _PeriodHit | None:
    """The first period that is reviewed: not a plan, a term or a law, and over
    by the time of writing (`ref`, the year and month of publication). A `ref`
    that is not the publication's (the last day the text tells) is only the
    earliest the writing can be: a period a meeting reviews ("tổng kết … năm
    2020", "giao ban quý I/2016") may end after it (reviewed in January 2021,
    after "ngày 23/9/2020")."""
    text = doc.text
    starts = [start for start, _ in doc.sentences]
    matches = _period_matches(doc)
    for m in matches:
        # (the days that tell whole months are the period's own: "3 tháng (từ ngày 1/7 …")
        if overlaps(m.start(), m.start("rd1") if m["rd1"] else m.start("cd1") if m["cd1"] else m.end(), skip):
            continue
        if m["cd1"] and not _REVIEWED_DAYS_BEFORE.search(text, max(0, m.start() - _REVIEWED_DAYS_REACH), m.start()):
            continue  # days of something else: "Riêng từ ngày 1/7 đến 31/8/2023, các đơn vị bắt 96 vụ"
        if _written_elsewhere(text, m, matches):
            continue  # "quý I" in the headline, "quý I/2016" in the lead: the lead's
        hit = _period_value(m, ref)
        if hit is None or hit.value is None:
            continue
        before = text[max(0, m.start() - 80) : m.start()]
        # ("Luật Dân quân tự vệ năm 2019 (từ tháng 7/2020 đến tháng 5/2025)": the span in brackets is
        # what the meeting reviews, whatever the words before the bracket)
        spelt_out = _SPAN_IN_BRACKETS.search(before) and (
            before.rstrip().casefold().endswith("từ") or m[0][:2].casefold() == "từ"
        )  # (not "nhiệm kỳ (2020 - 2025)": a term)
        if (
            (not spelt_out and not _CLAUSE_OF_ITS_OWN.search(before[-24:]) and _NOT_REVIEWED.search(before[-60:]))
            or _AHEAD_OF_PERIOD.search(before)
            or _FUTURE_AFTER.match(text, m.end())
        ):
            continue
        if m["y"] and (_BOUND_BEFORE.search(before) or _EVENT_YEAR_BEFORE.search(before)):
            continue
        # what the sentence says of it before: "tổng kết …", "5 năm thực hiện …"
        sentence_start = max(starts[bisect_right(starts, m.start()) - 1], m.start() - _SENTENCE_LOOKBACK)
        told = text[sentence_start : m.start()]
        if (
            m["y"]
            and _DOCUMENT_NAMED_BEFORE.search(before)
            and not _REVIEW.search(told)
            and not _IMPLEMENTATION_REVIEWED.search(told)
        ):
            continue  # "Thực hiện Biên bản hội đàm năm 2015 giữa hai bên, …": a document's year
        if _PLAN_ABOUT.search(told) and not _REVIEW.search(told):
            continue  # "yêu cầu thực hiện Kế hoạch số 12 về bảo đảm an toàn giao thông năm 2025": the plan's year
        hit.reviewed_in_full = bool(_FULL_REVIEW.search(told)) or bool(m["gy1"] and _counts_the_span(told, m))
        reviewed = hit.reviewed_in_full or bool(_REVIEW.search(told))
        # over by the time of writing; a span of years may be reviewed in its
        # last year, a year from its November when its review is told
        # ("tổng kết công tác năm 2024" in November 2024), a year's campaign
        # in that year
        if m["gy1"] or (m["y"] and reviewed and _CAMPAIGN.search(told)):
            end = (hit.end_year, 1)
        elif m["y"] and hit.reviewed_in_full:
            end = (hit.end_year, _YEAR_REVIEWED_FROM)
        else:
            end = (hit.end_year, hit.end_month)
        # (a day the text tells only bounds the writing from below: a period
        # a meeting reviews is over, whatever day of it was told — but a
        # plan's span of years under a mid-term review is not: "sơ kết 2 năm
        # triển khai Đề án … giai đoạn 2022 - 2025")
        if m["y"] and not reviewed and _OCCASION_BEFORE.search(told[-_OCCASION_REACH:]):
            continue  # "lễ giao nhận quân năm 2025", "lớp bồi dưỡng … năm 2012": an occasion's year
        if m["y"] and not reviewed and ref and hit.end_year is not None and hit.end_year < ref[0] - 1:
            continue  # a year long before the writing, told in passing ("trận lũ năm 1999"), is history
        over = hit.reviewed_in_full or (reviewed and not m["gy1"])
        if ref and hit.end_year is not None and end > ref and (published or not over):
            continue
        return hit
    return None


def _part(m: regex.Match[str]) -> tuple[str, ...] | None:
    """Which part of a year a quarter or a half is ("q", "1"), whatever year it is written with."""
    g = m.groupdict()
    if g["q"]:
        return ("q", str(_ROMAN.get(g["q"].upper()) or g["q"]))
    if g["hn"] or g["half"]:
        return ("h", (g["hn"] or "6").casefold(), (g["hpos"] or "đầu").casefold())
    return None


def _written_elsewhere(text: str, m: regex.Match[str], matches: list[regex.Match[str]]) -> bool:
    """Whether `m`, a quarter or half without its year, is written with its
    year elsewhere in the text, not as the baseline of a comparison ("so với
    quý I/2015")."""
    g = m.groupdict()
    part = _part(m)
    if part is None or g["qy"] or g["hy"]:
        return False
    return any(
        o is not m
        and (o["qy"] or o["hy"])
        and _part(o) == part
        and not _NOT_REVIEWED.search(text[max(0, o.start() - 60) : o.start()])
        for o in matches
    )


def _infer_year(
    month: int,
    day: int,
    published: tuple[int, int, int | None] | None,
    period: _PeriodHit | None,
    context: int | None = None,
    ahead: bool = False,
    context_why: str = "the full date written before it",
) -> tuple[int | None, str]:
    if published:
        py, pm, pd = published
        # A day more than two months after the posting belongs to the year
        # before ("Ngày 15/6" in a paper of 10 January) — unless it is told
        # as ahead ("dự kiến tổ chức ngày 20/12", "hoàn thành trước ngày 30/9");
        # a day within them is ahead ("có hiệu lực từ ngày 1/7" on 20 June).
        later = (month - pm) * 31 + day - (pd or 31) > _AHEAD_DAYS
        return (py - 1 if later and not ahead else py), "the publication date"
    if period and period.end_year is not None and period.years_span:
        # A span of years reviewed in full ("tổng kết … giai đoạn 2019-2023")
        # is reviewed late in its last year or early the next: "Ngày 16/1" is
        # in 2024, "Ngày 20/12" in 2023; a day between could be either, and an
        # interim review ("sơ kết 3 năm … 2021-2025") says nothing.
        if period.reviewed_in_full and month <= 3:
            return period.end_year + 1, f"the reporting period {period.value}"
        if period.reviewed_in_full and month >= 10:
            return period.end_year, f"the reporting period {period.value}"
    elif period and period.end_year is not None:
        # A meeting reviews a period after it ends: in its last month or later that
        # year, else early the next year. A day inside a part-year period
        # ("từ ngày 1/1" in a review of "6 tháng đầu năm 2024") is of its year.
        # A year is reviewed from its November ("Ngày 20-11, … đánh giá công
        # tác năm 2024" is in 2024).
        part_year = (period.start_month, period.end_month) != (1, 12)
        within = part_year and period.start_month <= month <= period.end_month
        review_from = period.end_month if part_year else _YEAR_REVIEWED_FROM
        year = period.end_year if within or month >= review_from else period.end_year + 1
        return year, f"the reporting period {period.value}"
    if context is not None:
        return context, context_why
    return None, ""


def extract_dates(doc: Doc, header: Header, legal: LegalResult, warnings: list[str]) -> DatesResult:
    claimed = [*legal.claimed, *(header.claimed or [])]
    skip = RangeSet(claimed)
    issued = RangeSet(legal.issued)
    published = header.published
    pub_parts: tuple[int, int, int | None] | None = None
    if published and published.value[:1].isdigit():
        parts = published.value.split("-")
        if len(parts) >= 2:
            pub_parts = (int(parts[0]), int(parts[1]), int(parts[2]) if len(parts) > 2 else None)
    ref = (pub_parts[0], pub_parts[1]) if pub_parts else None

    raws = _scan(doc, skip)
    # a month may be part of a period ("Từ tháng 6-2023 đến tháng 9-2023"); a day never is
    day_ranges = [(r.start, r.end) for r in raws if r.day is not None]
    period_hit = _reporting_period(doc, RangeSet([*claimed, *day_ranges]), ref)
    if ref is None:
        # Without a publication date, the writing is no earlier than the last
        # day told in full — the end of it when it opens a range ("từ ngày
        # 1/1 đến 31/3/2024": 31 March) — unless that day is ahead
        # ("hoàn thành trước ngày 30/12/2024") or a document's issue.
        told = [
            raws[i + 1] if r.year_from_range and i + 1 < len(raws) else r
            for i, r in enumerate(raws)
            if r.day
            and r.year
            and r.cue
            and not _is_issued(doc, r, issued)
            and not _tells_issuance(doc.text, r.end)
            and not _AHEAD_BEFORE.search(doc.text, max(0, r.start - 40), r.start)
        ]
        if told:
            ref = max((r.year or 0, r.month) for r in told)
            period_hit = _reporting_period(doc, RangeSet([*claimed, *day_ranges]), ref, published=False)

    body_start = max((e for _, e in header.claimed or []), default=0)
    # (a day that ends a stretch, "từ đầu năm đến ngày 15/9", is a cut-off, not an event)
    # (nor a deadline: "hoàn thành trước ngày 31/12/2019")
    candidates = [
        r
        for r in raws
        if r.day is not None
        and r.cue
        and not _is_issued(doc, r, issued)
        and not _closes_stretch(doc, r)
        and not _TO_NOW_AFTER.match(doc.text, r.end)
        and not _DEADLINE_BEFORE.search(doc.text, max(0, r.start - 16), r.start)
    ]
    # "Ngày 5/9/2019, Chính phủ ban hành Nghị định …" tells of a document, not the meeting
    # (unless a meeting or ceremony is told first: "Sáng 20/3, tại lễ ký ban hành …")
    candidates = [r for r in candidates if not _tells_issuance(doc.text, r.end)] or candidates
    # The event is told at the head of a sentence or after a dateline, in a
    # sentence that speaks of the meeting ("Sáng 15/3, … tổ chức hội nghị");
    # failing that, the first such head; failing that, the first day that a
    # day word introduces.
    leads = [r for r in candidates if _EVENT_LEAD.search(doc.text[max(body_start, r.start - 40) : _cue_start(doc, r)])]
    starts = [start for start, _ in doc.sentences]
    # (a visit of inspection tells the event only in the first such sentence: later, it is a side visit)
    told = [
        r
        for i, r in enumerate(leads)
        # (within its sentence, and no further than a long sentence goes)
        if (_EVENT_WORD if i == 0 else _MEETING_WORD).search(
            doc.text, r.end, min(doc.sentences[bisect_right(starts, r.start) - 1][1], r.end + 400)
        )
    ]
    first = told or leads or candidates
    event_raw = first[0] if first else None
    event: DateMention | None = None
    if not told and published is not None and published.precision == "day":
        # "Sáng nay, … tổ chức hội nghị" under a posting line: the posting's day
        event = _day_told_from_posting(doc, published, body_start, warnings)
        if event is not None:
            event_raw = None
    mentions: list[DateMention] = []
    seen: dict[str, DateMention] = {}
    if published:
        seen[published.value] = published
        mentions.append(published)
    # A meeting reviewing a year without a publication date: its day is dated
    # by the year reviewed ("Sáng 15/1" reviewing 2024 is in 2025), and the
    # other days by the meeting as by a posting ("từ ngày 7/9" is in 2024).
    meeting: tuple[int, int, int] | None = None
    whole_year = period_hit and not period_hit.years_span and (period_hit.start_month, period_hit.end_month) == (1, 12)
    if pub_parts is None and whole_year and event_raw and event_raw.day:
        meeting_year = event_raw.year or _infer_year(event_raw.month, event_raw.day, None, period_hit)[0]
        if meeting_year is not None and event_raw.range_start is None:
            meeting = (meeting_year, event_raw.month, event_raw.day)
    # the year of the last event-like full date told so far ("Sáng 18/1/2018 … Chiều 19/1"),
    # at first the year of the occasion the event's sentence names ("Sáng 13/2, … lễ giao
    # nhận quân năm 2025")
    context_year: int | None = _occasion_year(doc, event_raw) if pub_parts is None and period_hit is None else None
    context_why = "the occasion the meeting is for"
    if context_year is None and pub_parts is None and event_raw is not None:
        context_year = _anniversary_year(doc, event_raw, legal.documents)
        context_why = "the years of the document the meeting reviews"
    if context_year is None and pub_parts is None and period_hit is None:
        # "Từ đầu năm 2024 đến nay, …": a count up to the writing, in its year
        to_date = _YEAR_TO_DATE.search(doc.text)
        context_year = int(to_date["y"]) if to_date else None
        context_why = "the year counted up to the writing"
    context_month = 12
    inferred_years: dict[int, int] = {}  # id of a raw day -> its year
    for r in raws:
        inferred = False
        year = r.year
        tells_issuance = r is not event_raw and _tells_issuance(doc.text, r.end)
        if r.day is not None and r.year is not None and r.cue and not _is_issued(doc, r, issued) and not tells_issuance:
            context_year, context_month = r.year, r.month  # (an issue date says nothing of the meeting's year)
            context_why = "the full date written before it"
        if r.year_from_range:
            inferred = True
            warnings.append(f"year of '{nfc(doc.span(r.start, r.end).text)}' taken from the end of its range")
        start_year = inferred_years.get(id(r.range_start)) if r.range_start else None
        if r.day is not None and year is None and start_year is not None and r.range_start is not None:
            # the end of a range is in its start's year, or the next when it wraps
            wraps = (r.month, r.day) < (r.range_start.month, r.range_start.day or 1)
            year, why = start_year + wraps, "the start of its range"
            inferred = True
            warnings.append(f"year of '{nfc(doc.span(r.start, r.end).text)}' inferred as {year} from {why}")
        elif r.day is not None and year is None:
            ahead = bool(_AHEAD_BEFORE.search(doc.text, max(0, r.start - 40), r.start))
            if meeting and r is not event_raw:
                # (a plan told anywhere in its sentence: "Theo kế hoạch, đợt cao điểm … từ ngày 15/3")
                sentence_start = doc.sentences[bisect_right(starts, r.start) - 1][0]
                ahead = ahead or bool(_PLANNED.search(doc.text, sentence_start, r.start))
                year, why = _infer_year(r.month, r.day, meeting, None, None, ahead)[0], "the meeting's date"
            else:
                year, why = _infer_year(r.month, r.day, pub_parts, period_hit, context_year, ahead, context_why)
            inferred = True
            span_text = nfc(doc.span(r.start, r.end).text)
            if year is not None:
                warnings.append(f"year of '{span_text}' inferred as {year} from {why}")
            else:
                warnings.append(f"no year found for '{span_text}'")
        if r.day is None and year is None:
            # a month just past: this year's, or last year's when it is later in the year
            ref_year, ref_month = (pub_parts[0], pub_parts[1]) if pub_parts else (context_year, context_month)
            if ref_year is None and period_hit is not None and period_hit.end_year is not None:
                # nothing dates the writing: a month is one of the period reviewed ("tháng 3 vừa qua")
                ref_year, ref_month = period_hit.end_year, 12
            if ref_year is None:
                continue
            # (the clause before the month, within bounds: a long sentence is no reason to read far)
            reach = max(doc.sentences[bisect_right(starts, r.start) - 1][0], r.start - _CLAUSE_REACH)
            clause_start = max(reach, *(doc.text.rfind(c, reach, r.start) + 1 for c in ",;:()"))
            clause = doc.text[clause_start : r.start]
            years_told = [
                int(y["y"])
                for y in _YEAR_TOLD.finditer(clause)
                if not _COMPARED.search(y[0]) and abs(int(y["y"]) - ref_year) <= 1
            ]
            planned = _PLANNED.search(clause)
            if years_told:
                # "tổng kết công tác năm 2014 vào trung tuần tháng 12": the year its clause tells
                # (near the writing's: "sinh năm 1990", a law's year are not the month's)
                year = years_told[-1]
            elif (
                _AHEAD_BEFORE.search(doc.text, max(0, r.start - 40), r.start)
                or (planned and not _DONE.search(clause, planned.end()))
                or _COMING_AFTER.match(doc.text, r.end)
            ):
                # "dự kiến tổ chức vào đầu tháng 7": a month to come, this year's or the next
                year = ref_year if r.month >= ref_month else ref_year + 1
            else:
                # a month past, this year's or last year's; or the next month or the one after
                # the posting's, still to come ("Trong tháng 7 và tháng 8" on 28 June), as a day is
                soon = pub_parts is not None and 0 < r.month - ref_month <= _AHEAD_MONTHS
                year = ref_year if r.month <= ref_month or soon else ref_year - 1
            inferred = True
            warnings.append(f"year of '{nfc(doc.span(r.start, r.end).text)}' inferred as {year}")
        if year is not None:
            inferred_years[id(r)] = year
        if r.day is None:
            value, precision = f"{year:04d}-{r.month:02d}", "month"
        else:
            value = iso_day(r.day, r.month, year) or ""
            precision = "day"
        if not value:
            continue
        is_issued = _is_issued(doc, r, issued) or tells_issuance
        role = "issued" if is_issued else "other"
        is_event = r is event_raw
        if is_event:
            role = "event"
        span = doc.span(r.start, r.end)
        mention = DateMention(
            **span._asdict(),
            value=value,
            precision=precision,  # type: ignore[arg-type]
            year_inferred=inferred,
            role=role,  # type: ignore[arg-type]
        )
        if is_event:
            event = mention
        if value not in seen:
            seen[value] = mention
            mentions.append(mention)

    period = None
    if period_hit is not None:
        span = doc.span(period_hit.start, period_hit.end)
        period = Period(**span._asdict(), value=period_hit.value)
    claimed = [(r.start, r.end) for r in raws]
    return DatesResult(dates=mentions, event_date=event, reporting_period=period, claimed=claimed)


# "tổng kết 5 năm thực hiện Nghị định số 03/2019/NĐ-CP ngày 5/9/2019": the
# years counted from a document's issue, which follows within a few words
_YEARS_OF_DOCUMENT = Pattern(
    rf"{_YEARS_COUNTED}[ ]+(?i:thực[ ]+hiện|thi[ ]+hành|triển[ ]+khai|ban[ ]+hành)(?!\p{{L}})"
)
_DOCUMENT_REACH = 40


def _anniversary_year(doc: Doc, event: _Raw, documents: list[LegalDocument]) -> int | None:
    """The year of a meeting that reviews N years of a document issued on a
    day told in full, held on or after the day's N-th anniversary ("Sáng 19/9,
    … tổng kết 5 năm thực hiện Nghị định số 03/2019/NĐ-CP ngày 5/9/2019": 2024).
    Held before it, the meeting may be of that year or the next: no year."""
    starts = [start for start, _ in doc.sentences]
    sentence_end = doc.sentences[bisect_right(starts, event.start) - 1][1]
    count = _YEARS_OF_DOCUMENT.search(doc.text, event.end, min(sentence_end, event.end + _SENTENCE_LOOKBACK))
    if not count or event.day is None:
        return None
    n = int(count["n"]) if count["n"].isdigit() else _NUMBER_WORD_VALUE.get(count["n"].casefold(), 0)
    reach = doc.span(count.end(), min(sentence_end, count.end() + _DOCUMENT_REACH))
    for document in documents:
        if document.issued is None or not any(reach.start <= m.start < reach.end for m in document.mentions):
            continue
        year, month, day = (int(part) for part in document.issued.split("-"))
        return year + n if n and (event.month, event.day) >= (month, day) else None
    return None


def _occasion_year(doc: Doc, event: _Raw | None) -> int | None:
    """The year of the occasion the event's sentence names, if any."""
    if event is None:
        return None
    starts = [start for start, _ in doc.sentences]
    sentence_end = doc.sentences[bisect_right(starts, event.start) - 1][1]
    m = _OCCASION_YEAR.search(doc.text, event.end, min(sentence_end, event.end + 400))
    return int(m["y"]) if m else None


# "Sáng nay, … tổ chức hội nghị", "Chiều qua, …": the day the posting is, or the one before
_RELATIVE_DAY = Pattern(r"(?<!\p{L})(?i:sáng|chiều|tối|trưa|đêm|hôm)[ ]+(?P<rel>(?i:nay|qua))(?![ ]*[(\d])(?!\p{L})")


def _day_told_from_posting(
    doc: Doc, published: DateMention, body_start: int, warnings: list[str]
) -> DateMention | None:
    """The event told only as "Sáng nay" or "Chiều qua" at the head of a
    sentence that speaks of the meeting, dated from the posting date."""
    starts = [start for start, _ in doc.sentences]
    for m in _RELATIVE_DAY.finditer(doc.text, body_start):
        sentence_end = doc.sentences[bisect_right(starts, m.start()) - 1][1]
        lead = doc.text[max(body_start, m.start() - 40) : m.start()]
        if not (_EVENT_LEAD.search(lead) and _EVENT_WORD.search(doc.text, m.end(), min(sentence_end, m.end() + 400))):
            continue
        day = _dt.date.fromisoformat(published.value)
        if m["rel"].casefold() == "qua":
            day -= _dt.timedelta(days=1)
        span = doc.span(m.start(), m.end())
        warnings.append(f"event date '{nfc(span.text)}' dated from the publication date: {day.isoformat()}")
        return DateMention(
            **span._asdict(), value=day.isoformat(), precision="day", year_inferred=True, role="event"
        )
    return None


_CUE_AT_END = Pattern(rf"(?:{_CUE}[ ]+)+$", regex.IGNORECASE | regex.REVERSE)


_UNTIL_BEFORE = Pattern(r"(?<!\p{L})(?:đến|tới)(?:[ ]+hết)?(?:[ ]+ngày)?[ ]+$", regex.IGNORECASE | regex.REVERSE)


# "Từ ngày 1/7 đến nay": the day a stretch up to the writing began, no event
_TO_NOW_AFTER = Pattern(r"[ ]*,?[ ]*(?i:đến|tới)[ ]+(?:(?i:nay)|(?i:hiện[ ]+(?:nay|tại)))(?!\p{L})")


def _closes_stretch(doc: Doc, r: _Raw) -> bool:
    """Whether the day is written after "đến"/"tới": "tính đến ngày 15/9"."""
    return _UNTIL_BEFORE.search(doc.text, max(0, r.start - 16), r.start) is not None


def _cue_start(doc: Doc, r: _Raw) -> int:
    """Where the day words before a date begin ("Sáng ngày" in "Sáng ngày 5/1")."""
    window_start = max(0, r.start - 24)
    before = doc.text[window_start : r.start]
    if doc.text[r.start : r.start + 4].lower() == "ngày":
        return r.start
    m = _CUE_AT_END.search(before)
    return window_start + m.start() if m else r.start


def _is_issued(doc: Doc, r: _Raw, issued: RangeSet) -> bool:
    if issued.overlaps(r.start, r.end):
        return True
    m = _LEGAL_BEFORE.search(doc.text[max(0, r.start - 90) : r.start])
    # "Thông tư 05 có hiệu lực từ ngày 1/12/2022": when it takes effect, not its issue
    return m is not None and not _NOT_ISSUE.search(m["gap"])
