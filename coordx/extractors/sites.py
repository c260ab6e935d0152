"""Remote conference sites (điểm cầu / đầu cầu) and the stated site count."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

import regex

from coordx.extractors.common import Range, find_words
from coordx.extractors.names import (
    DISTRICT,
    NAME_TOKEN,
    ORGANISATION_SYLLABLE,
    PLACE_KIND,
    UNIT_NUMBER,
    canonical_name,
)
from coordx.extractors.officials import OfficialsResult
from coordx.facts import Official, Site, Span
from coordx.patterns import Pattern
from coordx.text import Doc
from coordx.vocab import alternation, province_forms, table, words

_LOCALITY = {" ".join(form.split()).casefold(): name for form, name in province_forms().items()}
_PLACE = alternation(list(province_forms()), factored=True)
_SITE_WORDS = sorted({w.casefold() for w in words("site_words")})
_SITE_WORD = alternation(words("site_words"), factored=True)
# What may open a site's name before the place: "tỉnh", "Công an", "Bộ CHQS" …
_HOST = alternation(words("site_hosts"), factored=True)
# (and the ministries that issue documents: "điểm cầu Bộ Y tế", "điểm cầu Bộ Tài chính")
_MINISTRIES = [row[1] for row in table("issuers") if row[1].startswith("Bộ ")]
_ORGANISATION = alternation([*words("site_organisations"), *_MINISTRIES], factored=True)

# island districts and the special zones that replaced them: name -> (province before, after 2025)
_ISLANDS = {row[0].casefold(): (row[1], row[2]) for row in table("island_districts")}
_ISLAND = Pattern(
    rf"(?<!\p{{L}})(?P<kind>(?i:đặc[ ]+khu|huyện[ ]+đảo|huyện))[ ]+"
    rf"(?P<zone>{alternation([row[0] for row in table('island_districts')])})(?!\p{{L}})"
)
_OF_THE_PROVINCE = Pattern(r"[ ](?i:tỉnh)$")
# a syllable no Vietnamese word has: two consonants that make no Vietnamese
# initial ("Prabang", "Phnôm"), or a letter Vietnamese does not write (f, j, w, z)
_FOREIGN_SYLLABLE = Pattern(
    r"(?<!\p{L})(?!(?i:ngh|ch|gh|gi|kh|ng|nh|ph|qu|th|tr)(?:[aăâeêioôơuưy]|\p{M}|[^\x00-\x7f]))"
    r"(?i:[bcdđghklmnpqrstvx]{2})|(?i:[fjwz])"
)
_CITY_IN = Pattern(r"(?i:thành[ ]+phố)[ ]+\p{Lu}")
_MAIN = Pattern(rf"(?i:{_SITE_WORD})[ ]+(?i:chính)(?!\p{{L}})")
_MAIN_AGAIN = Pattern(rf"(?i:{_SITE_WORD})[ ]+(?i:chính)(?!\p{{L}})(?![ ]+(?:(?i:đặt|ở|tại)(?!\p{{L}})|\p{{Lu}}))")
_PROVINCE_IN = Pattern(r"(?i:tỉnh|thành[ ]+phố)[ ]+\p{Lu}")
_DISTRICT_IN = Pattern(rf"(?<!\p{{L}})(?i:{DISTRICT})[ ]+\p{{Lu}}")
# "điểm cầu Bộ Chỉ huy Quân sự các tỉnh": every unit of a kind, no site named
# ("… Ban Chỉ huy Quân sự và Công an các quận, huyện": the units of every district)
# ("… Bộ Chỉ huy Quân sự, Công an 34 tỉnh, thành phố": the units of so many places)
_GENERIC_AFTER = Pattern(
    rf"(?:(?:[ ]*,|[ ]+(?i:và|cùng))[ ]+(?i:{_HOST}))?[ ]+"
    rf"(?:(?i:các|những)|\d{{1,3}}[ ]+(?i:tỉnh|địa[ ]+phương|đơn[ ]+vị))(?!\p{{L}})"
)
# A site's name as written after the site word
_SITE_NAME = rf"""
        # "Bộ Công an": a body of the vocabulary
        (?i:{_ORGANISATION})(?!\p{{L}})(?![ ]+\p{{Lu}})
        # "xã A Lưới 2", "phường Hà Giang 1": communes numbered since the 2025 mergers
      | (?i:xã|phường)[ ]+{NAME_TOKEN}(?:[ ]{NAME_TOKEN}){{0,3}}[ ]\d{{1,2}}(?![\d/]|[.,]\d)
        # "Công an Quảng Bình", "tỉnh Bắc Kạn", "Hà Nội", "TP Hồ Chí Minh"
      # (the lower-case halves of "Tỉnh ủy", "Bộ Tư lệnh", "Quân khu" belong to the name)
      # ("Bộ Chỉ huy BĐBP tỉnh Kiên Giang": a host, then the place's kind)
      | (?:(?i:{_HOST})[ ]+(?:(?i:{PLACE_KIND})[ ]+)?|(?i:{DISTRICT})[ ]+(?=\p{{Lu}}))?
        # ("Bộ Tư lệnh Quân khu 4": a unit's number ends its name; "Vùng 1 Hải quân": its service after it)
        (?:{_PLACE}(?![ ]\p{{Lu}})|{NAME_TOKEN}(?:[ ](?:{NAME_TOKEN}|-|{ORGANISATION_SYLLABLE})){{0,9}}
          # ("Trại giam Phú Sơn 4 (Thái Nguyên)": a number before the bracketed place is the name's)
          (?:[ ]{UNIT_NUMBER}(?:[ ]Hải[ ]quân)?|[ ]\d{{1,2}}(?=[ ]*\())?
          # ("Ban Chỉ huy Quân sự thị xã Sơn Tây": a district's unit, the district named)
          # ("Trung tâm Hội nghị tỉnh Quảng Ninh": a body of a province, the province named)
          # ("Bộ Chỉ huy Quân sự tỉnh": the province's own, which the text names elsewhere)
          (?:[ ](?i:{PLACE_KIND})[ ]{NAME_TOKEN}(?:[ ]{NAME_TOKEN}){{0,3}}|[ ](?i:tỉnh)(?![ ]*\p{{Lu}}))?)
"""
_SITE = Pattern(
    rf"""
    # ("Tại các điểm cầu: Công an thành phố Sơn La, …": a list after a colon)
    (?<!\p{{L}})(?i:{_SITE_WORD})[ ]*:?[ ]+
    # "điểm cầu trung tâm ở Trụ sở …", "điểm cầu tại Hà Nội"
    # (capitalised, "Trung tâm Chỉ huy Bộ Quốc phòng" is the site's name)
    # ("điểm cầu chính đặt tại Bộ Tư lệnh Quân khu", "điểm cầu Trung ương ở Hà Nội")
    (?:(?-i:chính|trung[ ]+tâm)[ ]+|(?i:chính|trung[ ]+tâm|trung[ ]+ương)[ ]+(?=(?:(?i:đặt)[ ]+)?(?i:ở|tại)[ ]))?
    (?:(?:(?i:đặt)[ ]+)?(?i:ở|tại)[ ]+)?
    (?P<name>{_SITE_NAME})
    (?!\p{{L}})
    """,
    regex.VERBOSE,
)
# "90 điểm cầu", "hơn 700 điểm cầu": the stated number of sites
# ("ba điểm cầu": one number word from two to ten — "một" is rather "a" than
# "one", and a word that only ends a number, "hai mươi", "mười lăm", is left alone)
_NUMBER_WORDS = {
    word: int(value)
    for word, value in table("number_words")
    if " " not in word and 2 <= int(value) <= 10 and word not in ("mươi", "lăm", "mốt")
}
_COUNT = Pattern(
    rf"(?<![\p{{L}}\d.,])(?:(?i:hơn|trên|gần|khoảng)[ ]+)?"
    rf"(?:(?P<n>\d{{1,3}}(?:\.\d{{3}})*|\d+)"
    rf"|(?<!(?i:hàng|mươi|trăm|nghìn|ngàn)[ ])(?P<w>(?i:{alternation(list(_NUMBER_WORDS), factored=True)})))"
    rf"[ ]+(?i:{_SITE_WORD})(?!\p{{L}})"
)
# "tới điểm cầu 63 tỉnh, thành phố", "điểm cầu Công an 34 tỉnh": one site per place counted
_COUNT_AFTER = Pattern(
    rf"(?i:{_SITE_WORD})[ ]+(?:(?i:{_HOST})[ ]+)?(?P<n>\d{{1,3}})[ ]+"
    r"(?i:tỉnh|địa[ ]+phương|đơn[ ]+vị|xã|huyện)(?!\p{L})"
)
# "điểm cầu Bộ Tư lệnh Quân khu 2 (tỉnh Phú Thọ)": a host, and the place it stands in
# ("(thành phố Việt Trì, tỉnh Phú Thọ)": the town, then its province)
_PLACE_IN_BRACKETS = Pattern(
    rf"[ ]*\([ ]*(?:[^(),\n]{{1,40}},[ ]*)?(?:(?i:tỉnh|thành[ ]+phố|TP\.?)[ ]+)?(?P<place>{_PLACE})[ ]*\)"
)
# "điểm cầu Quân khu 9 tại TP Cần Thơ": a host, and the place it stands in
_PLACE_AFTER = Pattern(rf"[ ]+(?i:tại|ở)[ ]+(?:(?i:tỉnh|thành[ ]+phố|TP\.?)[ ]+)?(?P<place>{_PLACE})(?!\p{{L}})")
# "… các tỉnh: Thanh Hóa, Nghệ An", "… các tỉnh Thanh Hóa, Nghệ An": the places of a kind, listed
_KINDS_LISTED = Pattern(
    r"(?:[ ]*(?i:tỉnh|thành[ ]+phố|địa[ ]+phương|đơn[ ]+vị)(?:[ ]*,[ ]*(?i:thành[ ]+phố))?[ ]*:?|[ ]*:)"
    # ("… tại các tỉnh: Bộ CHQS tỉnh Sơn La, Công an tỉnh Điện Biên": each place's host first)
    rf"[ ]*(?P<name>(?:(?i:{_HOST})[ ]+)?{_PLACE})(?!\p{{L}})"
)
# "Đại tá A, Giám đốc Công an tỉnh (dự tại điểm cầu Lai Châu)": one person's site, said in brackets
_BRACKET_OPENS = Pattern(r"\([ ]*(?:(?i:dự|tham[ ]+dự|có[ ]+mặt)[ ]+)?(?:(?i:tại|ở)[ ]+)?$", regex.REVERSE)
# ("…, tỉnh Kampot, tỉnh Kandal của Campuchia": a province of no Vietnamese name is a site without a locality)
_MORE_PLACES = Pattern(
    rf"[ ]*(?:,|và)[ ]*(?P<name>(?:(?i:{_HOST})[ ]+)?"
    rf"(?:{_PLACE}|(?i:{DISTRICT}|tỉnh|thành[ ]+phố)[ ]+{NAME_TOKEN}(?:[ ]{NAME_TOKEN}){{0,3}}))(?!\p{{L}})"
)
# "9 điểm cầu tại Công an các tỉnh Hà Giang, Tuyên Quang …", "điểm cầu các tỉnh Hà Giang, …":
# the units of a kind of place, then the places listed
# ("điểm cầu Công an, Bộ Chỉ huy Quân sự các tỉnh …": the units of two hosts in each place listed)
_HOSTS = rf"(?i:{_HOST})(?:(?:[ ]*,|[ ]+(?i:và))[ ]+(?i:{_HOST})){{0,3}}"
_KIND_OF_PLACES = Pattern(
    rf"(?i:{_SITE_WORD})[ ]*:?[ ]+(?:(?i:tại|ở)[ ]+)?(?:{_HOSTS}[ ]+)?(?i:các|những)(?!\p{{L}})"
)
# "11 điểm cầu, gồm: Quân khu 5, …, Bộ Chỉ huy Quân sự các tỉnh A, B và C": the sites listed after the word
_ENUMERATION = Pattern(rf"(?i:{_SITE_WORD})[ ]*,?[ ]+(?i:(?:bao[ ]+)?gồm[ ]*:?|là[ ]*:)[ ]*")
_ITEM = Pattern(rf"(?P<name>{_SITE_NAME})(?!\p{{L}})", regex.VERBOSE)
_ITEM_OF_KIND = Pattern(rf"{_HOSTS}[ ]+(?i:các|những)(?!\p{{L}})")
_ITEM_NEXT = Pattern(r"[ ]*(?:,[ ]*(?:(?i:và)[ ]+)?|[ ]+(?i:và)[ ]+)")
_FUNCTION_WORD = rf"(?i:{alternation(words('function_words'), factored=True)})"
# A unit's name that goes on in lower case past the words the name pattern
# reads ("Phòng Quản lý xuất nhập cảnh Công an tỉnh Lào Cai"): it is the
# site of the place its owner names, or no site when the owner is every
# unit of a kind ("… Công an các tỉnh, thành phố")
_NAME_GOES_ON = Pattern(
    # (not "các" right after the name: "Bộ CHQS các tỉnh Thanh Hóa, …" lists its places;
    # no function word on the way: "điểm cầu Bộ Công an và các điểm cầu …" is two)
    rf"[ ]+(?!(?:(?i:các|những)|{_FUNCTION_WORD})(?!\p{{L}}))(?-i:\p{{Ll}}+)"
    rf"(?:[ ]+(?!{_FUNCTION_WORD}(?!\p{{L}}))\p{{L}}+){{0,10}}?[ ]+"
    rf"(?:(?P<generic>(?i:các|những))|(?i:{PLACE_KIND})[ ]+(?P<place>{_PLACE}))(?!\p{{L}})"
)
_COUNTED_BEFORE = Pattern(r"(?<![\d.,])\d{1,4}[ ]+$")
# A sentence of those who were there with the last one's: "Cùng dự có …", "Cùng tham dự …"
# ("Cùng dự có …", "Dự tại điểm cầu tỉnh có …": at the site the sentence before named)
_ALONG = Pattern(
    r"[ \n]*(?i:cùng[ ]+(?:tham[ ]+)?dự|(?:tham[ ]+)?dự[ ]+tại[ ]+(?:điểm|đầu)[ ]+cầu[ ]+(?:này|đó|tỉnh))(?!\p{L})"
)
_PLACE_IN = Pattern(rf"(?<!\p{{L}})(?:{_PLACE})(?!\p{{L}})", regex.IGNORECASE)


@dataclass
class SitesResult:
    sites: list[Site] = field(default_factory=list)
    site_count: int | None = None


@dataclass
class _SiteHit:
    start: int
    end: int
    name: str
    locality: str | None
    mentions: list[Range] = field(default_factory=list)


def _locality(name: str) -> str | None:
    m = _PLACE_IN.search(name)
    if not m:
        return None
    return _LOCALITY.get(" ".join(m[0].split()).casefold())


def extract_sites(doc: Doc, officials: OfficialsResult, warnings: list[str]) -> SitesResult:
    """Also sets `site` on the officials who were at a site."""
    text = doc.text
    result = SitesResult()
    # Both patterns run only where a site word stands (found as literals).
    anchors = sorted(set(find_words(doc.lower, _SITE_WORDS)))
    for pos in anchors:
        count = _COUNT.search(text[max(0, pos - 24) : pos + 16])
        if count:
            if count["n"]:
                result.site_count = int(count["n"].replace(".", ""))
            else:
                result.site_count = _NUMBER_WORDS[count["w"].casefold()]
            break
        counted = _COUNT_AFTER.match(text, pos)
        if counted:
            result.site_count = int(counted["n"])
            break
    by_key: dict[str, Site] = {}
    by_name: dict[str, Site] = {}  # a site named again without its province
    def add(start: int, written: str, place: str | None = None, listed: bool = False) -> Site | None:
        name = " ".join(written.split()).rstrip(" -.")
        # ("huyện Quảng Ninh (Quảng Bình)": a district named like a province stands in the bracket's)
        in_district = _DISTRICT_IN.search(name) is not None
        locality = (None if in_district else _locality(name)) or (_locality(place) if place else None)
        if locality is None and (island := _ISLAND.search(name)):
            # "đặc khu Côn Đảo" (since 1/7/2025) is in Hồ Chí Minh, "huyện Côn Đảo" in Bà Rịa - Vũng Tàu
            before, after = _ISLANDS[" ".join(island["zone"].split()).casefold()]
            locality = after if island["kind"].casefold().startswith("đặc") else before
        named = (
            (name[:1].isupper() and len(name.split()) > 1)
            or _DISTRICT_IN.match(name)
            or (_CITY_IN.match(name) and locality is None)  # "thành phố Phú Quốc": a province's city
            or (listed and _PROVINCE_IN.match(name))  # "…, tỉnh Kampot, tỉnh Kandal" after a site
        )
        if locality is None and not named:
            return None  # "điểm cầu tỉnh", "điểm cầu Công an các tỉnh": no place named
        # ("Bộ Chỉ huy Quân sự tỉnh" and "Bộ CHQS tỉnh": one unit, however written)
        key = locality or (canonical_name(name).casefold() if _OF_THE_PROVINCE.search(name) else name.casefold())
        span = doc.span(start, start + len(written.rstrip(" -.")))
        # a site named again without its province is the one named before
        # ("huyện Châu Thành (Long An)" is not "huyện Châu Thành (Tây Ninh)")
        site = by_name.get(name.casefold())
        if site is not None and locality and site.locality not in (None, locality):
            site = None
        site = site or by_key.get(key)
        if site is None and locality is None:
            # "điểm cầu Quân khu" after "điểm cầu Bộ Tư lệnh Quân khu (tỉnh Nghệ An)": the same, named short
            site = next((x for x in result.sites if x.name.casefold().endswith(" " + name.casefold())), None)
        if site is None:
            site = Site(name=name, locality=locality)
            by_key[key] = site
            result.sites.append(site)
        elif site.locality is None and locality:
            site.locality = locality  # told later: "huyện Bảo Lâm" … "huyện Bảo Lâm (Cao Bằng)"
            by_key[locality] = site
        by_name.setdefault(name.casefold(), site)
        site.mentions.append(Span(**span._asdict()))
        return site

    placed: list[tuple[int, Site]] = []  # where each site someone can be at is named
    bracketed: list[tuple[int, Site]] = []  # sites said in brackets after one person
    def add_listed(end: int) -> int:
        """The places listed from `end` ("… các tỉnh: A, B và C"); where the list ends."""
        if listing := _KINDS_LISTED.match(text, end):
            add(listing.start("name"), listing["name"])
            end = listing.end()
            while more := _MORE_PLACES.match(text, end):
                add(more.start("name"), more["name"], listed=True)
                end = more.end()
        return end

    def add_items(items: list[tuple[int, str, str | None]], kind_end: int | None) -> None:
        for start, name, place in items:
            add(start, name, place, listed=True)
        if kind_end is not None:
            add_listed(kind_end)

    main_site: Site | None = None  # "điểm cầu chính (đặt tại) …"
    for pos in anchors:
        if enumeration := _ENUMERATION.match(text, pos):
            # each item a site ("… gồm: Quân khu 5, Quân đoàn 4 …"), the places of a kind the last
            # ("…, Bộ Chỉ huy Quân sự các tỉnh A, B và C"); an item read no further ends the list
            items, kind_end = _items(text, enumeration.end())
            add_items(items, kind_end)
            continue
        if kind := _KIND_OF_PLACES.match(text, pos):
            add_listed(kind.end())
            continue
        if main_site is not None and _MAIN_AGAIN.match(text, pos):
            placed.append((pos, main_site))  # "Tham dự tại điểm cầu chính có …": the main site named before
            continue
        m = _SITE.match(text, pos)
        if m is None:
            continue
        is_main = _MAIN.match(text, pos, m.start("name")) is not None
        goes_on = _NAME_GOES_ON.match(text, m.end()) if _locality(m["name"]) is None else None
        if goes_on and goes_on["generic"]:
            continue
        if goes_on:
            site = add(m.start("name"), text[m.start("name") : goes_on.end()])
            if site is not None:
                placed.append((m.start(), site))
            continue
        generic = _GENERIC_AFTER.match(text, m.end())
        if generic and _locality(m["name"]) is None and not m["name"][-1:].isdigit():
            # "điểm cầu Bộ Chỉ huy Quân sự các tỉnh" ("điểm cầu Sư đoàn 9 các đơn vị dự" is one),
            # unless the places follow: "… các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh"
            add_listed(generic.end())
            continue
        where = _PLACE_IN_BRACKETS.match(text, m.end()) or _PLACE_AFTER.match(text, m.end())
        counted = _COUNTED_BEFORE.search(text, max(0, m.start() - 8), m.start())
        if counted and where is None and _locality(m["name"]) is None:
            continue  # "tới 8 điểm cầu Ban Chỉ huy Phòng thủ khu vực": sites of a kind, counted
        site = add(m.start("name"), m["name"], where["place"] if where else None)
        if site is None:
            continue
        if is_main and main_site is None:
            main_site = site
        if _BRACKET_OPENS.search(text, max(0, m.start() - 20), m.start()):
            bracketed.append((m.start(), site))
            continue
        # "các điểm cầu TP.HCM, Đà Nẵng và Cần Thơ": one site word, several places
        listed, end = False, m.end()
        while more := _MORE_PLACES.match(text, end):
            add(more.start("name"), more["name"], listed=True)
            listed, end = True, more.end()
        if not listed:
            # "điểm cầu Quân khu 2, Quân đoàn 12 và Bộ CHQS các tỉnh A, B": units listed up to the
            # places of a kind (other words after a comma may be anything: "điểm cầu Bộ Công an, Bộ trưởng …")
            items, kind_end = _items(text, end, following=True)
            if kind_end is not None:
                add_items(items, kind_end)
                listed = True
        if not listed:  # who was at which of a list is not said
            placed.append((m.start(), site))
    # (a bracketed site with nobody named before it is placed like any other:
    # "hội nghị trực tuyến (điểm cầu Hà Nội), Thượng tướng A chủ trì")
    placed += _place_bracketed(doc, officials, bracketed)
    # A district's or a commune's site stands in its province: the one the text names, if one
    # ("Ban Chỉ đạo 138 tỉnh Nam Định … điểm cầu huyện Hải Hậu"; there is no gazetteer of districts)
    # (and so do a province's own units and its cities: "Bộ CHQS tỉnh", "thành phố Phú Quốc")
    districts = [
        site
        for site in result.sites
        if site.locality is None
        and (
            _DISTRICT_IN.search(site.name)
            or _OF_THE_PROVINCE.search(site.name)
            # (not a city abroad: "thành phố Luang Prabang")
            or (_CITY_IN.match(site.name) and not _FOREIGN_SYLLABLE.search(site.name))
        )
    ]
    province = _only_province(text) if districts else None
    for site in districts:
        site.locality = province
    _place_officials(doc, officials, sorted(placed, key=lambda p: p[0]))
    return result


def _items(text: str, end: int, following: bool = False) -> tuple[list[tuple[int, str, str | None]], int | None]:
    """The sites listed from `end` (after a separator, if `following`), each
    (start, name, place in brackets), and where the places of a kind that
    end the list are listed ("… Bộ CHQS các tỉnh A, B và C"), if they do."""
    items: list[tuple[int, str, str | None]] = []
    while True:
        if following:
            if (separator := _ITEM_NEXT.match(text, end)) is None:
                return items, None
            end = separator.end()
        following = True
        if kind := _ITEM_OF_KIND.match(text, end):
            return items, kind.end()
        item = _ITEM.match(text, end)
        if item is None:
            return items, None
        where = _PLACE_IN_BRACKETS.match(text, item.end())
        items.append((item.start("name"), item["name"], where["place"] if where else None))
        end = where.end() if where else item.end()


def _only_province(text: str) -> str | None:
    """The province the text names, when it names one only: not counting a
    commune or ward named like a province ("phường Hải Dương"), nor those
    told merged ("hợp nhất từ tỉnh Tuyên Quang và tỉnh Hà Giang", "tỉnh Quảng
    Bình và tỉnh Quảng Trị hợp nhất") or gone ("tỉnh Kon Tum cũ")."""
    named = set()
    for m in _PLACE_IN.finditer(text):
        if _KIND_BEFORE.search(text, max(0, m.start() - 14), m.start()) or _FORMER_AFTER.match(text, m.end()):
            continue
        if _MERGED_BEFORE.search(text, max(0, m.start() - 60), m.start()) or _MERGED_AFTER.match(text, m.end()):
            continue
        named.add(_LOCALITY.get(" ".join(m[0].split()).casefold()))
    named.discard(None)
    return named.pop() if len(named) == 1 else None


_KIND_BEFORE = Pattern(rf"(?<!\p{{L}})(?i:{DISTRICT})[ ]+$", regex.REVERSE)
_FORMER_AFTER = Pattern(r"[ ]+(?i:cũ|trước[ ]+đây)(?!\p{L})")
_MERGED_AFTER = Pattern(r"[^.;\n]{0,40}?(?<!\p{L})(?i:hợp[ ]+nhất|sáp[ ]+nhập)(?!\p{L})")
_MERGED_BEFORE = Pattern(r"(?<!\p{L})(?i:hợp[ ]+nhất|sáp[ ]+nhập)(?!\p{L})[^.;\n]*$", regex.REVERSE)


def _place_bracketed(
    doc: Doc, officials: OfficialsResult, bracketed: list[tuple[int, Site]]
) -> list[tuple[int, Site]]:
    """A site in brackets is where the person named just before it in its
    sentence was; the sites with nobody before them are returned."""
    mentions = sorted((r[1], r[0], i) for i, ranges in enumerate(officials.ranges) for r in ranges)
    ends = [end for end, _, _ in mentions]
    starts = [start for start, _ in doc.sentences]
    unowned = []
    for pos, site in bracketed:
        k = bisect_right(ends, pos) - 1
        if k < 0 or bisect_right(starts, mentions[k][1]) != bisect_right(starts, pos):
            unowned.append((pos, site))
            continue
        official = officials.officials[mentions[k][2]]
        if official.site is None:
            official.site = site.locality or site.name
    return unowned


def _place_officials(doc: Doc, officials: OfficialsResult, placed: list[tuple[int, Site]]) -> None:
    """An official named in a sentence with a site was there: at the last site
    named before the mention ("tại điểm cầu X, A chủ trì; tại điểm cầu Y, B …"),
    else at the first one after it ("A chủ trì tại điểm cầu X")."""
    if not placed:
        return
    starts = [start for start, _ in doc.sentences]
    positions = [pos for pos, _ in placed]
    sentence_of = [bisect_right(starts, pos) - 1 for pos in positions]
    someone_at: dict[int, Site] = {}  # sentence -> the last site someone of it was placed at
    for start, index in sorted((r[0], i) for i, ranges in enumerate(officials.ranges) for r in ranges):
        k = bisect_right(starts, start) - 1
        lo, hi = bisect_left(sentence_of, k), bisect_right(sentence_of, k)
        if lo == hi:
            # "Tại điểm cầu tỉnh X, A chủ trì. Cùng dự có B, …": B was there too (and "Dự tại điểm cầu tỉnh có B")
            # (not when the last sentence only named a site it connected to)
            if k > 0 and k - 1 in someone_at and _ALONG.match(doc.text, starts[k]):
                _place(officials.officials[index], someone_at[k - 1], chair=False)
            continue
        # ("A chủ trì tại điểm cầu X; B đồng chủ trì tại điểm cầu Y": each clause's own site, if it names one)
        sentence_start, sentence_end = doc.sentences[k]
        clause_start = doc.text.rfind(";", sentence_start, start) + 1 or sentence_start
        clause_end = doc.text.find(";", start, sentence_end)
        clause_end = sentence_end if clause_end < 0 else clause_end
        c_lo, c_hi = bisect_left(positions, clause_start, lo, hi), bisect_left(positions, clause_end, lo, hi)
        if c_lo < c_hi:
            lo, hi = c_lo, c_hi
        before = bisect_right(positions, start, lo, hi)
        site = placed[before - 1][1] if before > lo else placed[lo][1]
        _place(officials.officials[index], site, chair=True)
        someone_at[k] = site


def _place(official: Official, site: Site, chair: bool) -> None:
    if official.site is None:
        official.site = site.locality or site.name
    if chair and {"chair", "co-chair"} & set(official.roles) and official.name not in site.chaired_by:
        site.chaired_by.append(official.name)
