"""The headline and the publication date at the top of an article."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from coordx.extractors.common import find_words, iso_day
from coordx.facts import DateMention
from coordx.patterns import Pattern
from coordx.text import Doc, nfc
from coordx.vocab import alternation, province_forms, table, words


@dataclass
class Header:
    title: str | None = None
    published: DateMention | None = None
    # normalised offsets of what the header claimed (the date marker, the posting line)
    claimed: list[tuple[int, int]] | None = None
    # where the article's body begins: the line after the headline and the posting line
    body: int = 0


# A leading " date 2025-01 " / " date 2025-10-17 " marker from the crawler.
_MARKER = Pattern(r"\A[ \n]*date[ ]+(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?(?![\d-])[ ]*")

# A posting line: "Đăng vào 06/01/2021", "Ngày đăng: 11/04/2015",
# "09:02, 26/02/2016", "Thứ hai, 10/08/2020" — the whole line is the date
# (maybe in brackets: "(Cập nhật lúc 16:20, 25/4/2024)").
_POSTING_LABELS = words("posting_labels")
_POSTING_WORDS = [*_POSTING_LABELS, *words("posting_words")]
_POSTING = Pattern(
    r"""
    \A[ ]*\(?[ ]*
    (?:(?:"""
    + alternation(_POSTING_WORDS)
    + r""")[ ]*[:,]?[ ]*)?
    (?:\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ ]*(?:AM|PM|SA|CH))?[ ]*[,|-]?[ ]*)?
    (?:(?:"""
    + alternation(_POSTING_WORDS)
    + r""")[ ]*[:,]?[ ]*)?
    (?:
        (?P<d>[0-3]?\d)[/.-](?P<m>[01]?\d)[/.-](?P<y>(?:19|20)\d\d)
        # "2024-05-18 10:42:07": ISO 8601
      | (?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)
        # "Thứ Tư, ngày 20 tháng 12 năm 2023"
      | (?:ngày[ ]+)?(?P<d>[0-3]?\d)[ ]+tháng[ ]+(?P<m>[01]?\d)[ ]+năm[ ]+(?P<y>(?:19|20)\d\d)
    )
    (?:[ ]*[,|-]?[ ]*(?:lúc[ ]+)?\d{1,2}[:h]\d{2}(?::\d{2})?(?:[ ]*(?:AM|PM|SA|CH))?)?
    (?:[ ]*\(?(?:GMT|UTC)[+0-9: ]*\)?)?
    [ ]*\)?[ ]*\Z
    """,
    regex.VERBOSE | regex.IGNORECASE,
)

# A newspaper's masthead: "Báo Nghệ An điện tử", "Báo điện tử Đảng Cộng sản
# Việt Nam", "QĐND Online" (matched without regard to case).
_MASTHEAD = (
    r"(?:(?:"
    + alternation(words("mastheads"))
    + r")(?:(?-i:(?:[ ]+[\p{Lu}\d][\p{L}\d.]*){1,8})|[ ]+(?:"
    + alternation(words("outlets"))
    + r"))(?:[ ]+(?:điện[ ]+tử|online))?"
    + r"|(?-i:\p{Lu}[\p{L}\d.]*(?:[ ]+\p{Lu}[\p{L}\d.]*){0,3})[ ]+(?:điện[ ]+tử|online))"
)
# The page's title as the browser shows it: the headline and the outlet's
# masthead after a dash or a bar ("… | Báo Hải Phòng điện tử").
_OUTLET_SUFFIX = Pattern(r"[ ]+[-–|][ ]+" + _MASTHEAD + r"[ ]*\Z", regex.IGNORECASE)

# The top bar's clock: today's date as the page was saved, with a label
# ("Hôm nay: Thứ Hai, 15/01/2024") or beside the weather ("Thứ Bảy,
# 22/07/2023 | Hải Phòng 29°C Có mưa rào"). Never the article's date.
_CLOCK_LABEL = Pattern(r"\A[ ]*(?:" + alternation(words("clock_labels")) + r")[ ]*[:,]?[ ]*", regex.IGNORECASE)
_WEATHER = Pattern(r"(?<![\d.,])\d{1,2}(?:[.,]\d)?[ ]?(?:°[ ]?[CF]?|℃|độ[ ]+C(?!\p{L}))")
_SOME_DATE = Pattern(r"(?<!\d)[0-3]?\d[/.-][01]?\d[/.-](?:19|20)\d\d(?!\d)")

# Lines that are page furniture, not text: separators, bullets, font-size
# controls, a view counter alone on a line.
_FURNITURE = Pattern(
    r"\A[ |•:·*\-_=#>]*\Z"  # separators and bullets only
    r"|\A[ ]*\d{1,7}[ ]*\Z"  # a view counter
    r"|\A[ ]*\d{1,3}(?:[.,]\d{3})*[ ]+(?:lượt[ ]+(?:xem|đọc|thích|chia[ ]+sẻ)|bình[ ]+luận)[ ]*\Z"  # "1.245 lượt xem"
    r"|\A[ ]*A-[ ]+A[ ]+A\+"  # font-size controls
    r"|" + alternation(words("page_furniture"))
    # a newspaper's masthead: "Báo Nghệ An điện tử", "Báo điện tử Đảng Cộng sản Việt Nam", "QĐND Online"
    + r"|\A[ ]*"
    + _MASTHEAD
    + r"[ ]*\Z"
    # a kind of site alone on its line: "Cổng thông tin điện tử"
    + r"|\A[ ]*(?:"
    + alternation(words("mastheads"))
    + r")[ ]*\Z"
    # a body of a province alone on its line, its site's name: "CÔNG AN TỈNH KON TUM",
    # "Cổng thông tin điện tử Công an tỉnh Bến Tre"
    + r"|\A[ ]*(?:(?:"
    + alternation(words("mastheads"))
    + r")[ ]+)?(?:"
    + alternation([h for h in words("site_hosts") if h.casefold() not in ("tỉnh", "thành phố", "tp", "tp.", "thủ đô")])
    + r")[ ]+(?:(?:tỉnh|thành[ ]+phố|TP\.?)[ ]+)?(?:"
    + alternation(list(province_forms()))
    + r")[ ]*\Z"
    # a section name alone on its line ("An ninh trật tự")
    + r"|\A[ ]*" + alternation(words("section_names")) + r"[ ]*\Z"
    # a body's name and its site's tagline: "BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ"
    + r"|\A[^\n]{1,80}?[ ]+[-–|][ ]+" + alternation(words("site_taglines")) + r"[ ]*\Z",
    regex.IGNORECASE,
)

# A dateline opens body text, never a headline: "BHG - Ngày", "(QNO) - Sáng",
# "Sáng 18/1,", "Ngày 15/01,".
_DATELINE = Pattern(
    r"\A[ ]*(?:\(?[\p{Lu}.]{2,12}(?:[ ]Online)?\)?[ ]*-[ ]*)?(?:" + alternation(words("day_cues")) + r")[ ]+\d",
    regex.IGNORECASE,
)
_AGENCY_LEAD = Pattern(r"\A[ ]*\(?[\p{Lu}Đ.]{2,12}(?:[ ]Online)?\)?[ ]*-[ ]*\p{Lu}")
# A headline run into its lead on one line, the lead's dateline after an
# agency's code ("Lai Châu: Sơ kết … LCĐT - Sáng 11/7, …") or after a
# headline in capitals ("QUÂN KHU 5 GIAO BAN … Ngày 10 tháng 01 năm 2023, …").
_RUN_IN_LEAD = Pattern(
    r"[ ]+(?:(?P<agency>\(?[\p{Lu}Đ.]{2,12}(?:[ ]Online)?\)?[ ]*-[ ]*)|(?=\p{Lu}\p{Ll}))(?i:"
    + alternation(words("day_cues"))
    + r")[ ]+\d"
)
_MAX_TITLE = 260

# The heading of an administrative document (Nghị định 30/2020/NĐ-CP, Phụ
# lục I): the issuing body and the national name with its motto side by side,
# "Số: 27/BC-BĐBP", "An Giang, ngày 29 tháng 12 năm 2023", the document's
# type in capitals ("BÁO CÁO"); its summary under them is its headline.
_NATIONAL_NAME = Pattern(
    r"(?i:cộng[ ]+hòa[ ]+xã[ ]+hội[ ]+chủ[ ]+nghĩa[ ]+việt[ ]+nam|độc[ ]+lập[ ]*-[ ]*tự[ ]+do[ ]*-[ ]*hạnh[ ]+phúc)"
)
_NUMBER_LINE = Pattern(r"\A[ ]*(?i:số)[ ]*:[ ]*\d")
_PLACE_DATE = Pattern(
    r"(?:\A|[ ]{2,})[ ]*\p{Lu}[\p{L}.]*(?:[ ]\p{Lu}[\p{L}.]*){0,4},[ ]*(?i:ngày)[ ]+(?P<d>[0-3]?\d)[ ]+(?i:tháng)[ ]+"
    r"(?P<m>[01]?\d)[ ]+(?i:năm)[ ]+(?P<y>(?:19|20)\d\d)[ ]*\Z"
)
_DOCUMENT_TYPE_LINE = Pattern(
    r"\A[ ]*(?:"
    + alternation([row[0].upper() for row in table("document_types")])
    + r"|THÔNG[ ]+CÁO(?:[ ]+BÁO[ ]+CHÍ)?)"
    r"(?:[ ]+(?:TỔNG[ ]+KẾT|SƠ[ ]+KẾT|NHANH|KẾT[ ]+QUẢ))?[ ]*\Z"
)
_HEADLINE_START = Pattern(r"[\p{Lu}\d\"“'(]")


# how long a line of the page's bars may be: a clock, a section and a posting date
# (a longer line is prose, and is not read a gap at a time)
_BAR_LINE = 200
_BAR_SEPARATOR = Pattern(r"[ ]*(?:\||[ ]-[ ]|[ ]{2,})[ ]*")


def _is_clock(text: str, start: int, end: int) -> bool:
    """The line text[start:end] is the top bar's clock (see _CLOCK_LABEL): a
    date alone between the bar's separators, after its label or beside the
    weather (a headline may tell a day's heat: "… 40°C ngày 2/6/2024")."""
    if end - start > _BAR_LINE or not _SOME_DATE.search(text, start, end):
        return False
    label = _CLOCK_LABEL.match(text, start, end)
    parts = _BAR_SEPARATOR.split(text[start if label is None else label.end() : end])
    dated = [i for i, p in enumerate(parts) if _POSTING.match(p)]
    if not dated:
        return False
    return label is not None or any(_WEATHER.search(p) for i, p in enumerate(parts) if i not in dated)


_SPACES = Pattern(r"[ ]+")


def _labelled_posting(text: str, start: int, end: int) -> tuple[regex.Match[str] | None, int]:
    """A posting line led by the article's section or its breadcrumb (not the
    site's own navigation: "Đăng nhập  Thứ Hai, 15/01/2024" is the top bar),
    and where its posting starts."""
    for gap in _SPACES.finditer(text, start, end):
        posting = _POSTING.match(text[gap.end() : end])
        if posting is None:
            continue
        label = text[start : gap.start()].strip(" »›|>/")
        if _SECTION.match(label):
            return posting, gap.end()
        items = _nav_items(label)
        if items and _is_site_navigation(label) and not any(_SITE_NAVIGATION.match(i) for i in items[1:]):
            return posting, gap.end()
        break  # (the date's line: what leads it is no section)
    return None, start


def _published(doc: Doc, start: int, end: int, y: int, m: int, d: int | None) -> DateMention | None:
    value = iso_day(d, m, y) if d is not None else (f"{y:04d}-{m:02d}" if 1 <= m <= 12 else None)
    if value is None:
        return None
    span = doc.span(start, end)
    return DateMention(
        **span._asdict(),
        value=value,
        precision="day" if d is not None else "month",
        role="published",
    )


_HEADER_LINES = 20  # how many lines at the top may hold navigation, the headline and the posting line
_NAV_SEPARATORS = Pattern(r"[ ]*(?:»|›|\||[ ]>[ ]|[ ]/[ ]|(?<=\p{L})/(?=\p{Lu}))[ ]*")
_NAV_SEPARATOR_CHARS = "»›|>/"  # every separator holds one: a line without any has none
# "Trang chủ  Tin tức  Thời sự": a menu whose items stand apart by runs of spaces
_SPACED_SEPARATOR = Pattern(r"[ ]{2,}")
_SPACED_ITEMS = 3  # two items apart could be a headline with a doubled space
_MENU_WORDS = 4  # a menu item has at most so many words ("Văn hóa - Xã hội"); headlines have more
# "☰ MENU", "Tìm kiếm...", "Đăng nhập": the site's navigation alone on its line
_SITE_NAVIGATION = Pattern(
    r"\A[^\p{L}\d]{0,4}" + alternation(words("site_navigation")) + r"[ .…:]*\Z",
    regex.IGNORECASE,
)
_MAX_SITE_NAVIGATION = 40
# the page's tools, not its navigation: "Chia sẻ | Gửi email | In bài"
_TOOL = Pattern(r"[ ]*" + alternation(words("page_furniture")), regex.IGNORECASE)
_TOOL_BAR = Pattern(r"[ ]*" + alternation(words("page_tools")) + r"(?!\p{L})", regex.IGNORECASE)
_SECTION = Pattern(r"[ ]*" + alternation(words("section_names")) + r"[ ]*\Z", regex.IGNORECASE)
# the tagline under a site's name, passed over like a byline under the banner
_TAGLINE = Pattern(r"[ ]*" + alternation(words("site_taglines")), regex.IGNORECASE)
_BYLINE_LINES = 2  # short lines (the author, "Nghe bài viết") passed over between the headline and the posting line


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """[start, end) and, when it holds "|" separators, each part of it."""
    parts = [(start, end)]
    if not _holds_nav_separator(text, start, end):
        return parts
    cut = start
    for sep in _NAV_SEPARATORS.finditer(text, start, end):
        parts.append((cut, sep.start()))
        cut = sep.end()
    if len(parts) > 1:
        parts.append((cut, end))
    return parts


def _holds_nav_separator(text: str, start: int, end: int) -> bool:
    return any(text.find(c, start, end) >= 0 for c in _NAV_SEPARATOR_CHARS)


def _nav_items(line: str) -> list[str]:
    """The items of a breadcrumb or a menu on one line — short items between
    separators, or three or more capitalised ones apart by runs of spaces (a
    headline with doubled spaces has lower-case words between them) — else none."""
    s = line.strip()
    # (the patterns split only lines that hold a separator: most lines are prose)
    if _holds_nav_separator(s, 0, len(s)):
        items = [i.strip() for i in _NAV_SEPARATORS.split(s) if i and i.strip()]
        if len(items) >= 2:
            # (a menu that opens on "Trang chủ" may hold a longer item: "Hoạt động của lãnh đạo Bộ";
            # so may a breadcrumb's arrows: "Tin tức > Trật tự an toàn giao thông")
            longest = 8 if _SITE_NAVIGATION.match(items[0]) or any(c in s for c in "»›>") else 5
            return items if all(len(i.split()) <= longest and not i.endswith(".") for i in items) else []
    if "  " not in s:
        return []
    # (a menu button before the first item, "☰ MENU"; an item "QUỐC PHÒNG - AN NINH" of four words)
    items = [i.strip() for i in _SPACED_SEPARATOR.split(s) if i and i.strip()]
    if len(items) >= _SPACED_ITEMS and all(_is_spaced_item(i) for i in items):
        return items
    return []


def _is_spaced_item(item: str) -> bool:
    words = [w for w in item.split() if any(c.isalpha() for c in w)]
    first = next((c for c in item if c.isalpha()), "")
    return 0 < len(words) <= _MENU_WORDS and first.isupper()


def _is_navigation(line: str) -> bool:
    """A breadcrumb or a menu on one line: short items between separators."""
    return bool(_nav_items(line))


def _is_site_navigation(line: str) -> bool:
    """The site's navigation: a menu or breadcrumb line (not a bar of tools,
    not "Tác giả: … | Nguồn: …"), a section name alone, a menu button, the
    search box or the login. What stands above it at the top of a page is the
    site's banner."""
    s = line.strip()
    if len(s) <= _MAX_SITE_NAVIGATION and (_only_site_navigation(s) or _SECTION.match(s)):
        return True
    items = _nav_items(s)
    return (
        bool(items)
        and not any(":" in i or any(c.isdigit() for c in i) for i in items)
        and not all(_TOOL.match(i) for i in items)
        and not _TOOL_BAR.match(items[0])
    )


def _only_site_navigation(line: str) -> bool:
    """The menu button, the search box or the login, alone or side by side
    apart by runs of spaces: "☰ Menu     Tìm kiếm..."."""
    return all(_SITE_NAVIGATION.match(item) for item in _SPACED_SEPARATOR.split(line) if item)


def _is_banner_navigation(line: str) -> bool:
    """Navigation that shows the line above it was the site's banner: a menu
    button, the search box or the login, or a menu or breadcrumb of three
    items or more or with an arrow ("Trang chủ › Tin tức") — not a section
    name alone, nor "A / B" (two authors, a subtitle's parts)."""
    s = line.strip()
    if len(s) <= _MAX_SITE_NAVIGATION and _only_site_navigation(s):
        return True
    items = _nav_items(s)
    arrow = any(c in s for c in "»›>")
    return _is_site_navigation(s) and (len(items) >= _SPACED_ITEMS or (arrow and len(items) >= 2))


def _is_menu_item(line: str) -> bool:
    """A line of a site's menu above the headline: a few words, no digit, no full stop."""
    s = line.strip()
    if s.endswith((".", ":")):
        return False
    words = 0
    for w in s.split():
        if any(c.isalpha() for c in w):
            words += 1
            if words > _MENU_WORDS:
                return False  # (a line of prose: its other words are not read)
    return not any(c.isdigit() for c in s)


# Markdown's marks around a line of a page scraped as Markdown: "# Headline",
# "> quote", "**06/03/2023 10:45**" (emphasis only when it closes on the line)
_MARKS = Pattern(r"[ ]*(?:>[ ]*)?(?:#{1,6}[ ]+)?(?P<em>(?:\*\*|__|\*|_)(?=\S))?")


def _unmarked(text: str, start: int, end: int) -> tuple[int, int]:
    """The line text[start:end] without Markdown's marks around it."""
    m = _MARKS.match(text, start, end)
    if m is None or not text[start : m.end()].strip():
        return start, end  # no marks (spaces before a line are the line's)
    em = m["em"]
    if em is None:
        return m.end(), end
    close = start + len(text[start:end].rstrip()) - len(em)  # where the closing mark would start
    if close > m.end() and text.startswith(em, close):
        return m.end(), close
    return m.start("em"), end


_BULLET = Pattern(r"[ ]*[•·▪►▸*+-][ ]+(?=\p{L})")
_BULLETED_ITEM_WORDS = 6  # "• Văn bản chỉ đạo điều hành": a bulleted menu item


def _is_bulleted_item(line: str) -> bool:
    """A short bulleted line above the headline: an item of the site's menu."""
    bullet = _BULLET.match(line)
    if bullet is None or line.rstrip().endswith((".", ":")):
        return False
    return len(line[bullet.end() :].split()) <= _BULLETED_ITEM_WORDS and not any(c.isdigit() for c in line)


def _is_headline(line: str) -> bool:
    s = line.strip()
    if not s or len(s) > _MAX_TITLE or len(s.split()) < 3:
        return False
    if s[-1] in ".…:;,":
        return False
    if _DATELINE.match(s) or _AGENCY_LEAD.match(s):
        return False
    return bool(_HEADLINE_START.match(s))


_LINE_BREAK = Pattern(r"[ ]*\n[ ]*")


def _in_capitals(line: str) -> bool:
    return any(c.isalpha() for c in line) and not any(c.islower() for c in line)


def _wraps_headline(text: str, headline: tuple[int, int], start: int, end: int) -> bool:
    """The line text[start:end], right under a headline in capitals, goes on
    with it: in capitals too, no blank line between them, not the site's
    tagline nor its menu, and not the end of a sentence."""
    line = text[start:end]
    s = line.strip()
    return (
        text[headline[1] : start].strip(" ") == "\n"
        and _in_capitals(text[headline[0] : headline[1]])
        and _in_capitals(s)
        and s[-1] not in ".…:;,"
        and end - headline[0] <= _MAX_TITLE
        and not (_FURNITURE.match(line) or _TAGLINE.match(line) or _is_site_navigation(line))
        and not (_DOCUMENT_TYPE_LINE.match(line) or _DATELINE.match(s) or _AGENCY_LEAD.match(s))
    )


def _run_in_headline(line: str) -> int | None:
    """Where the headline ends on a line that runs on into the lead, or None."""
    for m in _RUN_IN_LEAD.finditer(line, 0, _MAX_TITLE + 1):
        head = line[: m.start()]
        if m["agency"] is None and any(c.islower() for c in head):
            continue  # (without an agency's code, only a headline in capitals ends where a lead begins)
        if _is_headline(head):
            return m.start()
    return None


def extract_header(doc: Doc, warnings: list[str]) -> Header:
    text = doc.text
    header = Header(claimed=[])
    pos = 0
    marker = _MARKER.match(text)
    if marker:
        g = marker.groupdict()
        header.published = _published(
            doc,
            marker.start("y") - 5,
            marker.end("d") if g["d"] else marker.end("m"),
            int(g["y"]),
            int(g["m"]),
            int(g["d"]) if g["d"] else None,
        )
        assert header.claimed is not None
        header.claimed.append((marker.start(), marker.end()))
        pos = marker.end()

    headline: tuple[int, int] | None = None  # the headline's line
    banner: tuple[int, int] | None = None  # a headline-like line above the site's navigation
    page_title: tuple[int, int] | None = None  # "Headline | Báo X điện tử": the page's title
    posted = False  # a posting line stands under the headline: it is no banner
    passed = 0  # short lines passed over under the headline
    # A date above the site's navigation is its top bar's clock (today's
    # date, as the page was saved): a posting line under the navigation is
    # the article's.
    clock = False  # the date taken stands above the site's navigation
    dated = False  # a posting line gave the date (not the crawler's marker)
    # Walk the first lines: furniture and the site's navigation (menu items,
    # breadcrumbs) are skipped, a posting line gives the publication date,
    # the first real line is the headline or nothing. A headline-like line
    # with the site's navigation under it is the site's banner ("TẠP CHÍ …
    # ĐIỆN TỬ" above "Quân sự | Quốc phòng | …"): the headline is the first
    # one after the navigation, and the banner only when no headline follows.
    for _ in range(_HEADER_LINES):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        nxt = len(text) + 1 if nl < 0 else nl + 1
        pos, end = _unmarked(text, pos, nxt - 1)
        line = text[pos:end]
        if not line.strip() or (headline is None and (_FURNITURE.match(line) or _is_bulleted_item(line))):
            pos = nxt
            continue
        if _is_clock(text, pos, end):
            # the top bar's clock: neither the headline nor a date of the article's
            assert header.claimed is not None
            header.claimed.append((pos, end))
            pos = nxt
            continue
        place_date = _PLACE_DATE.search(line)
        if place_date or _NATIONAL_NAME.search(line) or _NUMBER_LINE.match(line):
            # an administrative document's heading: what stood above it in capitals was its issuer's name
            if header.published is None and place_date:
                _take_posting(doc, header, place_date, pos, (pos, end))
                dated = True
            if not posted and (_NATIONAL_NAME.search(line) or _NUMBER_LINE.match(line)):
                headline = None  # (a place and date alone may stand under the headline)
            posted = headline is not None
            pos = nxt
            continue
        if headline is None and _DOCUMENT_TYPE_LINE.match(line):
            pos = nxt
            continue  # "BÁO CÁO": the document's type; its summary under it is the headline
        if headline is None and (_is_menu_item(line) or _is_site_navigation(line)):
            clock = clock or dated
            pos = nxt
            continue
        # "Tác giả: Văn Hùng | Ngày đăng: 07/08/2023": the posting line may be one part of a line
        posting, part = None, pos
        parts = _parts(text, pos, end)
        for part_start, part_end in parts:
            posting = _POSTING.match(text[part_start:part_end])
            if posting:
                part = part_start
                break
        # ("Thứ Bảy, 20/12/2025 | Đăng nhập | Đăng ký": the site's top bar and today's date)
        if posting and any(_SITE_NAVIGATION.match(text[a:b].strip()) for a, b in parts[1:]):
            pos = nxt
            continue
        if posting is None and end - pos <= _BAR_LINE and _SOME_DATE.search(text, pos, end):
            # "Thời sự › Quốc phòng   25/10/2023 10:47 GMT+7": the article's section, then its posting
            posting, part = _labelled_posting(text, pos, end)
        if posting:
            if header.published is None or clock:
                _take_posting(doc, header, posting, part, (pos, end))
                clock, dated = False, True
            posted = headline is not None
            pos = nxt
            continue
        if headline is None:
            if _is_navigation(line):
                clock = clock or dated
                pos = nxt
                continue  # "Trang chủ » An ninh trật tự » Tin tức", "Đăng nhập | Đăng ký"
            suffix = _OUTLET_SUFFIX.search(line)
            if suffix and _is_headline(line[: suffix.start()]):
                # the page's title: the headline under it is the article's, or failing one, this without the outlet
                page_title = page_title or (pos, pos + suffix.start())
                pos = nxt
                continue
            if not _is_headline(line):
                run_in = _run_in_headline(line)
                if run_in is not None:
                    headline = (pos, pos + run_in)
                break  # body text
            headline, banner, passed = (pos, end), None, 0
        elif not posted and (_is_banner_navigation(line) or (passed == 0 and _TAGLINE.match(line))):
            # (right under it, the site's tagline: "CÔNG AN TỈNH X" / "Cổng thông tin điện tử")
            headline, banner = None, headline
        elif not posted and passed == 0 and _wraps_headline(text, headline, pos, end):
            headline = (headline[0], end)  # a headline in capitals wrapped onto this line (a PDF's copy)
        elif passed < _BYLINE_LINES and (_FURNITURE.match(line) or _is_menu_item(line) or _TAGLINE.match(line)):
            passed += 1  # the author, "Nghe bài viết": the posting line may follow
        else:
            break
        pos = nxt
    header.body = pos
    if header.published is None:
        _posting_line_below(doc, pos, header)
    headline = headline or page_title or banner
    if headline is not None:
        line = text[headline[0] : headline[1]]
        lead = len(line) - len(line.lstrip())
        # the headline as written, in NFC so NFD and NFC input give one title
        title = doc.span(headline[0] + lead, headline[0] + len(line.rstrip())).text.strip()
        header.title = nfc(_LINE_BREAK.sub(" ", title))
    return header


_POSTING_LABELS_LOWER = [w.casefold() for w in _POSTING_LABELS]
_MAX_POSTING_LINE = 120  # "(Cập nhật lúc 15:20, Thứ Ba, 19/07/2016 (GMT+7))" and room to spare


def _posting_line_below(doc: Doc, start: int, header: Header) -> None:
    """A labelled posting line under the article's first lines ("Cập nhật:
    26/09/2023 - 20:15" after the lead, "Ngày đăng: 23/07/2018" at the
    foot) when none stood at the top. Only with a CMS label: a bare date or
    a weekday on its own line down the page may be anything's."""
    text = doc.text
    line_end = start
    for p in sorted(find_words(doc.lower, _POSTING_LABELS_LOWER)):
        if p < line_end:
            continue  # above the walk's end, or on a line already tried
        line_start = text.rfind("\n", 0, p) + 1
        nl = text.find("\n", p)
        line_end = len(text) if nl < 0 else nl
        if line_end - line_start > _MAX_POSTING_LINE:
            continue  # prose that names a label, not a posting line
        posting = _POSTING.match(text[line_start:line_end])
        if posting:
            _take_posting(doc, header, posting, line_start, (line_start, line_end))
            return


def _take_posting(doc: Doc, header: Header, posting: regex.Match[str], offset: int, line: tuple[int, int]) -> None:
    """The posting line matched at `offset` gives the publication date; the header claims its line."""
    header.published = _published(
        doc,
        offset + posting.start("d"),
        offset + posting.end("y"),
        int(posting["y"]),
        int(posting["m"]),
        int(posting["d"]),
    )
    assert header.claimed is not None
    header.claimed.append(line)


# A box of links to other stories: its header line ("Tin liên quan", "Xem
# thêm: …"), then the headlines under it — lines that end without a full
# stop, blank lines between them, at most a dozen. Only once the article's
# prose has begun: a header above it is the site's menu, and the headline
# is below.
_RELATED = Pattern(
    r"^[ >»\-–•*]*(?:" + alternation(words("related_links")) + r")[ ]*(?::.*)?$",
    regex.IGNORECASE | regex.MULTILINE,
)
_MAX_LINK_LINE = 200
_MAX_LINKS = 12


def _is_prose(line: str) -> bool:
    body = line.strip()
    return len(body) > _MAX_LINK_LINE or body.endswith((".", "!", "?", ";", ":"))


# the first word of every header, to try the pattern only on lines that open with one
_RELATED_FIRST = {w.split()[0].casefold() for w in words("related_links")}
_BULLETS = " >»-–•*"


def _related_headers(text: str) -> Iterator[regex.Match[str]]:
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        head = text[pos : min(nl, pos + 16)].lstrip(_BULLETS).split(" ", 1)[0]
        if head.casefold() in _RELATED_FIRST:
            m = _RELATED.match(text, pos, nl)
            if m:
                yield m
        pos = nl + 1


_PAGE_END = Pattern(
    r"[ >»\-–•*]*(?:(?:"
    + alternation(words("page_end_headers"))
    + r")[ ]*(?:\(\d+\))?[ ]*(?::.*)?$|(?:"
    + alternation(words("page_end_lines"))
    + r"))",
    regex.IGNORECASE,
)
_PAGE_END_FIRST = {w.split()[0].casefold() for w in [*words("page_end_headers"), *words("page_end_lines")]}
_MAX_PAGE_END_LINE = 80  # comment headers, tag lines and footer lines are short


def page_end(text: str) -> list[tuple[int, int]]:
    """From the first line of the page's end (comments, tags, footer) after
    the article's prose to the end of the text: not the article."""
    prose_from = _prose_from(text)
    pos = prose_from
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl]
        head = line.lstrip(_BULLETS).split(" ", 1)[0].casefold()
        if (head in _PAGE_END_FIRST or head[:1] == "©") and len(line.strip()) <= _MAX_PAGE_END_LINE:
            if _PAGE_END.match(text, pos, nl):
                return [(pos, len(text))]
        pos = nl + 1
    return []


def _prose_from(text: str) -> int:
    """Where the first line of prose ends (the article has begun)."""
    pos = 0
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        if _is_prose(text[pos:nl]):
            return nl
        pos = nl + 1
    return len(text)


def related_links(text: str) -> list[tuple[int, int]]:
    """Where boxes of links to other articles stand: not this article's text."""
    boxes: list[tuple[int, int]] = []
    prose_from: int | None = None  # where the first line of prose ends
    for m in _related_headers(text):
        if boxes and m.start() < boxes[-1][1]:
            continue  # inside the box before
        if prose_from is None:
            prose_from = _prose_from(text)
        if m.start() < prose_from:
            continue
        end = pos = m.end()
        links = 0
        while links < _MAX_LINKS and pos < len(text):
            line_end = text.find("\n", pos + 1)
            line_end = len(text) if line_end < 0 else line_end
            line = text[pos + 1 : line_end]
            if _is_prose(line):
                break  # prose again: the article goes on
            if line.strip():
                links += 1
                end = line_end
            pos = line_end
        boxes.append((m.start(), end))
    return boxes
