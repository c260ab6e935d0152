"""Calendar dates, the event date and the reporting period."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from coordx.extractors.common import Range, iso_day, overlaps
from coordx.extractors.header import Header
from coordx.extractors.legal import LegalResult
from coordx.models import DateMention, Period
from coordx.text import Doc
from coordx.vocab import alternation, words


@dataclass
class DatesResult:
    dates: list[DateMention] = field(default_factory=list)
    event_date: DateMention | None = None
    reporting_period: Period | None = None
    claimed: list[Range] = field(default_factory=list)


_CUE = alternation(words("day_cues"))

# One pattern, one pass: every date shape, each a named branch.
_DATE = regex.compile(
    rf"""
    (?<![\p{{L}}\d/.,-])
    (?:
        # "16 - 17/7/2022": a range of days in one month
        (?P<rd1>[0-3]?\d)[ ]?-[ ]?(?P<rd2>[0-3]?\d)/(?P<rm>[01]?\d)/(?P<ry>(?:19|20)\d\d)
      |
        # "ngày 5 tháng 9 năm 2019", "ngày 5 tháng 9"
        (?P<wcue>ngày)[ ]+(?P<wd>[0-3]?\d)[ ]+tháng[ ]+(?P<wm>[01]?\d)(?:[ ]*(?:năm|,)[ ]*(?P<wy>(?:19|20)\d\d))?
      |
        # "5/9/2019", "05-9-2019", "5.9.2019": one separator used twice
        (?P<d>[0-3]?\d)[ ]?(?P<sep>[/.-])[ ]?(?P<m>[01]?\d)[ ]?(?P=sep)[ ]?(?P<y>(?:19|20)\d\d)
      |
        # "tháng 7/2021", "tháng 6-2023", "tháng 3 năm 2021": a month
        (?P<mcue>tháng)[ ]+(?P<mm>[01]?\d)[ ]*(?:/|-|\.|[ ]năm[ ])[ ]*(?P<my>(?:19|20)\d\d)
      |
        # "Sáng 18/1", "Ngày 6.9", "Chiều nay 19-10": a day without a year, after a day word
        (?P<cue>{_CUE})[ ]+(?P<cd>[0-3]?\d)(?P<csep>[/.-])(?P<cm>[01]?\d)
    )
    (?![\d/]|\.\d|-\d|[ ]?/[ ]?[\p{{Lu}}])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# The day word starts the sentence or follows a dateline ("BHG - ", "(QNO) - ").
_EVENT_LEAD = regex.compile(r"(?:^|[.!?;\n]|\)|-|:)[ ]*(?:\p{Lu}[\p{L}.]{0,20}[ ]?){0,2}[ ]*$|^[ ]*$")

_PERIOD = regex.compile(
    r"""
    (?<![\p{L}\d])
    (?:
        # "6 tháng đầu năm 2022", "9 tháng đầu năm", "6 tháng cuối năm 2016"
        (?P<hn>\d{1,2}|sáu|chín)[ ]+tháng[ ]+(?P<hpos>đầu|cuối)[ ]+năm(?:[ ]+(?P<hy>(?:19|20)\d\d))?
      |
        # "quý III/2023", "Quý III năm 2021", "quý 3-2022"
        quý[ ]+(?P<q>IV|I{1,3}|[1-4])(?:[ ]*(?:/|-|[ ]năm[ ])[ ]*(?P<qy>(?:19|20)\d\d))?
      |
        # "giai đoạn 2022-2023", "giai đoạn (2015-2018)"
        giai[ ]+đoạn[ ]+\(?(?P<gy1>(?:19|20)\d\d)[ ]*-[ ]*(?P<gy2>(?:19|20)\d\d)\)?
      |
        # "Từ tháng 6-2023 đến tháng 9-2023"
        từ[ ]+tháng[ ]+(?P<fm1>[01]?\d)[ ]*[/-][ ]*(?P<fy1>(?:19|20)\d\d)
        [ ]+(?:đến|tới)[ ]+tháng[ ]+(?P<fm2>[01]?\d)[ ]*[/-][ ]*(?P<fy2>(?:19|20)\d\d)
      |
        # "năm 2024"
        năm[ ]+(?P<y>(?:19|20)\d\d)
    )
    (?![\d/])
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# Words before a period that make it a plan, a term or a law, not what is reviewed.
_NOT_REVIEWED = regex.compile(
    r"(?:" + alternation(words("period_not_reviewed")) + r")[^.;:\n]{0,40}$",
    regex.IGNORECASE,
)
_FUTURE_AFTER = regex.compile(r"^[ ]*(?:và[ ]+những[ ]+năm[ ]+tiếp[ ]+theo|trở[ ]+đi|tới)", regex.IGNORECASE)
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}
_LEGAL_BEFORE = regex.compile(
    r"(?:\d+/[\d/]*[\p{Lu}Đ]{2,}[-\p{Lu}Đ/]*|" + alternation(words("document_type_words")) + r"(?:[ ]+số)?[ ]+[\d.]+)"
    r"[^.;\n\d]{0,25}$",  # nothing written between, another date least of all
    regex.IGNORECASE,
)


@dataclass
class _Raw:
    start: int
    end: int
    day: int | None
    month: int
    year: int | None
    cue: bool  # introduced by a day word ("Sáng", "Ngày")


def _scan(doc: Doc, skip: list[Range]) -> list[_Raw]:
    found: list[_Raw] = []
    for m in _DATE.finditer(doc.text):
        if overlaps(m.start(), m.end(), skip):
            continue
        g = m.groupdict()
        if g["rd1"]:
            y = int(g["ry"])
            s2 = m.start("rd2")
            cue = _has_cue(doc, m.start())
            found.append(_Raw(m.start(), m.start("rd1") + len(g["rd1"]), int(g["rd1"]), int(g["rm"]), y, cue))
            found.append(_Raw(s2, m.end(), int(g["rd2"]), int(g["rm"]), y, False))
        elif g["wd"]:
            found.append(_Raw(m.start(), m.end(), int(g["wd"]), int(g["wm"]), int(g["wy"]) if g["wy"] else None, True))
        elif g["d"]:
            cue = _has_cue(doc, m.start())
            found.append(_Raw(m.start(), m.end(), int(g["d"]), int(g["m"]), int(g["y"]), cue))
        elif g["mm"]:
            found.append(_Raw(m.start(), m.end(), None, int(g["mm"]), int(g["my"]), False))
        else:
            found.append(_Raw(m.start("cd"), m.end(), int(g["cd"]), int(g["cm"]), None, True))
    return [r for r in found if 1 <= r.month <= 12 and (r.day is None or iso_day(r.day, r.month, r.year))]


_CUE_BEFORE = regex.compile(rf"(?:{_CUE})(?:[ ]+\d{{1,2}}[ ]+ngày)?[ ]*$", regex.IGNORECASE)


def _has_cue(doc: Doc, start: int) -> bool:
    """A day word just before `start` ("ngày 5/9/2019", "trong 02 ngày 16 - 17/7")."""
    return bool(_CUE_BEFORE.search(doc.text[max(0, start - 24) : start]))


@dataclass
class _PeriodHit:
    start: int
    end: int
    value: str | None
    end_year: int | None
    end_month: int


def _period_value(m: regex.Match[str]) -> _PeriodHit | None:
    g = m.groupdict()
    if g["hn"]:
        n = {"sáu": 6, "chín": 9}.get(g["hn"].lower()) or int(g["hn"])
        y = int(g["hy"]) if g["hy"] else None
        first = g["hpos"].lower() == "đầu"
        if n == 6:
            value = f"{y}-H1" if first else f"{y}-H2"
        elif 1 <= n <= 12:
            value = f"{y}-01/{y}-{n:02d}" if first else f"{y}-{13 - n:02d}/{y}-12"
        else:
            return None
        return _PeriodHit(m.start(), m.end(), value if y else None, y, n if first else 12)
    if g["q"]:
        q = _ROMAN.get(g["q"].upper()) or int(g["q"])
        y = int(g["qy"]) if g["qy"] else None
        return _PeriodHit(m.start(), m.end(), f"{y}-Q{q}" if y else None, y, q * 3)
    if g["gy1"]:
        y1, y2 = int(g["gy1"]), int(g["gy2"])
        if y2 < y1:
            return None
        return _PeriodHit(m.start(), m.end(), f"{y1}/{y2}", y2, 12)
    if g["fm1"]:
        m1, y1, m2, y2 = int(g["fm1"]), int(g["fy1"]), int(g["fm2"]), int(g["fy2"])
        if not (1 <= m1 <= 12 and 1 <= m2 <= 12) or (y2, m2) < (y1, m1):
            return None
        return _PeriodHit(m.start(), m.end(), f"{y1}-{m1:02d}/{y2}-{m2:02d}", y2, m2)
    y = int(g["y"])
    return _PeriodHit(m.start(), m.end(), str(y), y, 12)


def _reporting_period(doc: Doc, skip: list[Range], ref: tuple[int, int] | None) -> _PeriodHit | None:
    """The first period that is reviewed: not a plan, a term or a law, and over
    by the time of writing (`ref`, the year and month of publication)."""
    text = doc.text
    for m in _PERIOD.finditer(text):
        if overlaps(m.start(), m.end(), skip):
            continue
        hit = _period_value(m)
        if hit is None or hit.value is None:
            continue
        before = text[max(0, m.start() - 60) : m.start()]
        if _NOT_REVIEWED.search(before) or _FUTURE_AFTER.match(text, m.end()):
            continue
        if ref and hit.end_year is not None and (hit.end_year, hit.end_month) > ref:
            continue
        return hit
    return None


def _infer_year(
    month: int,
    day: int,
    published: tuple[int, int, int | None] | None,
    period: _PeriodHit | None,
    context: int | None = None,
) -> tuple[int | None, str]:
    if published:
        py, pm, pd = published
        # A day after the posting (beyond a week's slack) belongs to the year before.
        later = (month, day) > (pm, (pd or 31) + 7) if month == pm else month > pm
        return (py - 1 if later else py), "the publication date"
    if period and period.end_year is not None:
        # A meeting reviews a period after it ends: in its last month or later that
        # year, else early the next year.
        year = period.end_year if month >= period.end_month else period.end_year + 1
        return year, f"the reporting period {period.value}"
    if context is not None:
        return context, "the full date written before it"
    return None, ""


def extract_dates(doc: Doc, header: Header, legal: LegalResult, warnings: list[str]) -> DatesResult:
    skip = [*legal.claimed, *(header.claimed or [])]
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
    period_hit = _reporting_period(doc, [*skip, *day_ranges], ref)
    if ref is None:
        explicit = [r for r in raws if r.day and r.year and r.cue and not _is_issued(doc, r, legal)]
        if explicit:
            ref = (explicit[0].year or 0, explicit[0].month)
            period_hit = _reporting_period(doc, [*skip, *day_ranges], ref)

    body_start = max((e for _, e in header.claimed or []), default=0)
    candidates = [r for r in raws if r.day is not None and r.cue and not _is_issued(doc, r, legal)]
    # The event is told first, at the head of a sentence or after a dateline;
    # failing that, the first day that a day word introduces.
    event_raw = next(
        (r for r in candidates if _EVENT_LEAD.search(doc.text[max(body_start, r.start - 40) : _cue_start(doc, r)])),
        candidates[0] if candidates else None,
    )
    mentions: list[DateMention] = []
    event: DateMention | None = None
    seen: dict[str, DateMention] = {}
    if published:
        seen[published.value] = published
        mentions.append(published)
    # the year of the last event-like full date told so far ("Sáng 18/1/2018 … Chiều 19/1")
    context_year: int | None = None
    for r in raws:
        inferred = False
        year = r.year
        if r.day is not None and r.year is not None and r.cue and not _is_issued(doc, r, legal):
            context_year = r.year
        if r.day is not None and year is None:
            year, why = _infer_year(r.month, r.day, pub_parts, period_hit, context_year)
            inferred = True
            span_text = doc.span(r.start, r.end).text
            if year is not None:
                warnings.append(f"year of '{span_text}' inferred as {year} from {why}")
            else:
                warnings.append(f"no year found for '{span_text}'")
        if r.day is None:
            value, precision = f"{year:04d}-{r.month:02d}", "month"
        else:
            value = iso_day(r.day, r.month, year) or ""
            precision = "day"
        if not value:
            continue
        issued = _is_issued(doc, r, legal)
        role = "issued" if issued else "other"
        is_event = r is event_raw
        if is_event:
            role = "event"
        span = doc.span(r.start, r.end)
        mention = DateMention(
            text=span.text,
            start=span.start,
            end=span.end,
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
        period = Period(text=span.text, start=span.start, end=span.end, value=period_hit.value)
    claimed = [(r.start, r.end) for r in raws]
    return DatesResult(dates=mentions, event_date=event, reporting_period=period, claimed=claimed)


_CUE_AT_END = regex.compile(rf"(?:{_CUE}[ ]+)+$", regex.IGNORECASE)


def _cue_start(doc: Doc, r: _Raw) -> int:
    """Where the day words before a date begin ("Sáng ngày" in "Sáng ngày 5/1")."""
    window_start = max(0, r.start - 24)
    before = doc.text[window_start : r.start]
    if doc.text[r.start : r.start + 4].lower() == "ngày":
        return r.start
    m = _CUE_AT_END.search(before)
    return window_start + m.start() if m else r.start


def _is_issued(doc: Doc, r: _Raw, legal: LegalResult) -> bool:
    if overlaps(r.start, r.end, legal.issued):
        return True
    return bool(_LEGAL_BEFORE.search(doc.text[max(0, r.start - 90) : r.start]))
