"""Remote sites (điểm cầu / đầu cầu), the site count and who chaired where."""

from __future__ import annotations

import pytest

from coordx import extract
from coordx.vocab import table

SITES = [
    ("city", "Đồng chủ trì tại điểm cầu Hà Nội có hai Thứ trưởng.", [("Hà Nội", "Hà Nội")]),
    (
        "host-and-province",
        "Tại điểm cầu Công an Quảng Nam có lãnh đạo Công an tỉnh.",
        [("Công an Quảng Nam", "Quảng Nam")],
    ),
    ("province-word", "Các đại biểu dự hội nghị tại điểm cầu tỉnh Cao Bằng.", [("tỉnh Cao Bằng", "Cao Bằng")]),
    ("dau-cau", "Hội nghị được kết nối tới đầu cầu Đà Nẵng.", [("Đà Nẵng", "Đà Nẵng")]),
    ("city-abbreviation", "Tại điểm cầu TP Hồ Chí Minh, lãnh đạo thành phố dự.", [("TP Hồ Chí Minh", "Hồ Chí Minh")]),
    ("variant-spelling", "Dự tại điểm cầu tỉnh Bắc Cạn có các đồng chí lãnh đạo.", [("tỉnh Bắc Cạn", "Bắc Kạn")]),
    ("post-merger-city", "Tại điểm cầu thành phố Huế, lãnh đạo thành phố dự.", [("thành phố Huế", "Huế")]),
    (
        "two-mentions-one-site",
        "Tại điểm cầu Công an Quảng Bình có lãnh đạo tỉnh. Toàn cảnh hội nghị tại điểm cầu Quảng Bình.",
        [("Công an Quảng Bình", "Quảng Bình")],
    ),
    ("generic-units", "Hội nghị kết nối tới điểm cầu các đơn vị, địa phương trong cả nước.", []),
    ("generic-our-province", "Đại biểu các lực lượng dự hội nghị ở điểm cầu tỉnh ta.", []),
    ("ministry", "Thứ trưởng chủ trì tại điểm cầu Bộ Công an.", [("Bộ Công an", None)]),
    ("hosts-without-a-place", "Hội nghị kết nối tới 63 điểm cầu Công an các tỉnh, thành phố.", []),
    (
        "a-unit-with-its-number",
        "Tại điểm cầu Bộ Tư lệnh Vùng Cảnh sát biển 3, lãnh đạo đơn vị dự.",
        [("Bộ Tư lệnh Vùng Cảnh sát biển 3", None)],
    ),
    ("every-unit-of-a-kind", "Hội nghị nối tới điểm cầu Bộ Chỉ huy Quân sự các tỉnh trong khu vực.", []),
    ("a-count-after-a-site", "Tại điểm cầu Công an Mường Tè 12 cán bộ tham dự.", [("Công an Mường Tè", None)]),
    ("a-lower-case-word-after-a-site", "Kết nối điểm cầu Trường Sơn phòng họp lớn.", [("Trường Sơn", None)]),
    (
        "a-host-then-the-province",
        "Tại điểm cầu Bộ đội Biên phòng tỉnh Kiên Giang, lãnh đạo dự.",
        [("Bộ đội Biên phòng tỉnh Kiên Giang", "Kiên Giang")],
    ),
    ("a-numbered-unit-before-cac", "Tại điểm cầu Sư đoàn 9 các đơn vị dự.", [("Sư đoàn 9", None)]),
    ("a-numbered-region", "Tại điểm cầu Bộ Tư lệnh Vùng 5 Hải quân, lãnh đạo dự.", [("Bộ Tư lệnh Vùng 5 Hải quân", None)]),
    ("a-numbered-border-post", "Tại điểm cầu Đồn Biên phòng 555, lãnh đạo dự.", [("Đồn Biên phòng 555", None)]),
    ("venue-is-not-a-site", "Sáng 5/1, tại Hà Nội, hai Bộ tổ chức hội nghị.", []),
    (
        "one-site-word-several-places",
        "Các điểm cầu TP Hồ Chí Minh, Đà Nẵng và tỉnh Cà Mau cũng kết nối.",
        [("TP Hồ Chí Minh", "Hồ Chí Minh"), ("Đà Nẵng", "Đà Nẵng"), ("tỉnh Cà Mau", "Cà Mau")],
    ),
    (
        "central-site-in-a-party-building",
        "Tại điểm cầu trung tâm ở Trụ sở Tỉnh ủy Nghệ An, lãnh đạo tỉnh chủ trì.",
        [("Trụ sở Tỉnh ủy Nghệ An", "Nghệ An")],
    ),
    (
        "border-command-of-a-province",
        "Tại điểm cầu Bộ Chỉ huy BĐBP tỉnh Kiên Giang, lãnh đạo đơn vị dự.",
        [("Bộ Chỉ huy BĐBP tỉnh Kiên Giang", "Kiên Giang")],
    ),
    (
        "a-foreign-capital-is-not-hanoi",
        "Hội nghị kết nối điểm cầu Thủ đô Viêng Chăn và điểm cầu Hà Nội.",
        [("Thủ đô Viêng Chăn", None), ("Hà Nội", "Hà Nội")],
    ),
    ("command-by-abbreviation", "Điểm cầu Bộ Tư lệnh BĐBP kết nối với 44 đồn.", [("Bộ Tư lệnh BĐBP", None)]),
    (
        "a-centre-named-so",
        "Hội nghị diễn ra tại điểm cầu Trung tâm Hội nghị tỉnh Lạng Sơn và điểm cầu trung tâm ở Hà Nội.",
        [("Trung tâm Hội nghị tỉnh Lạng Sơn", "Lạng Sơn"), ("Hà Nội", "Hà Nội")],
    ),
    (
        "places-of-a-kind-listed-without-a-colon",
        "Hội nghị kết nối đến 3 điểm cầu Bộ CHQS các tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh.",
        [("Thanh Hóa", "Thanh Hóa"), ("Nghệ An", "Nghệ An"), ("Hà Tĩnh", "Hà Tĩnh")],
    ),
    ("a-special-zone", "Tại điểm cầu đặc khu Phú Quốc, lãnh đạo đơn vị dự.", [("đặc khu Phú Quốc", "An Giang")]),
    ("units-of-so-many-places", "Hội nghị được kết nối tới 68 điểm cầu Bộ Chỉ huy Quân sự, Công an 34 tỉnh, thành phố.", []),
    (
        "a-department-of-every-province",
        "Hội nghị được kết nối tới các đầu cầu Phòng Quản lý xuất nhập cảnh Công an các tỉnh, thành phố.",
        [],
    ),
    (
        "a-department-of-one-province",
        "Tại điểm cầu Phòng Quản lý xuất nhập cảnh Công an tỉnh Lào Cai, Đại tá Hoàng Trung Kiên chủ trì.",
        [("Phòng Quản lý xuất nhập cảnh Công an tỉnh Lào Cai", "Lào Cai")],
    ),
    (
        "a-numbered-commune-and-a-ward",
        "Tại điểm cầu xã A Lưới 2, lãnh đạo xã chủ trì; tại điểm cầu phường Phú Xuân có lãnh đạo phường dự.",
        [("xã A Lưới 2", None), ("phường Phú Xuân", None)],
    ),
    ("an-island-district", "Hội nghị kết nối tới điểm cầu huyện đảo Trường Sa.", [("huyện đảo Trường Sa", "Khánh Hòa")]),
    ("sites-of-a-kind-counted", "Hội nghị kết nối trực tuyến tới 8 điểm cầu Ban Chỉ huy Phòng thủ khu vực.", []),
    (
        "the-units-of-a-kind-of-place-then-the-places",
        "Hội nghị kết nối tới 3 điểm cầu tại Công an các tỉnh Sơn La, Điện Biên và Lai Châu.",
        [("Sơn La", "Sơn La"), ("Điện Biên", "Điện Biên"), ("Lai Châu", "Lai Châu")],
    ),
    (
        "a-kind-of-place-then-the-places",
        "Hội nghị kết nối tới các điểm cầu các tỉnh Cao Bằng, Lạng Sơn.",
        [("Cao Bằng", "Cao Bằng"), ("Lạng Sơn", "Lạng Sơn")],
    ),
    (
        "foreign-provinces-listed-after-a-site",
        "Hội nghị kết nối tới các điểm cầu Viêng Chăn, tỉnh Khăm Muộn, tỉnh Xiêng Khoảng của Lào.",
        [("Viêng Chăn", None), ("tỉnh Khăm Muộn", None), ("tỉnh Xiêng Khoảng", None)],
    ),
    (
        "places-of-a-kind-each-with-its-host",
        "Hội nghị kết nối tới 3 điểm cầu tại các tỉnh: Bộ CHQS tỉnh Sơn La, Công an tỉnh Điện Biên.",
        [("Bộ CHQS tỉnh Sơn La", "Sơn La"), ("Công an tỉnh Điện Biên", "Điện Biên")],
    ),
    (
        "a-numbered-prison-and-its-province",
        "Tại điểm cầu Trại giam Phú Sơn 4 (Thái Nguyên), Đại tá Lê Văn Bình chủ trì.",
        [("Trại giam Phú Sơn 4", "Thái Nguyên")],
    ),
    (
        "a-naval-region-then-its-city",
        "Hội nghị kết nối tới điểm cầu Bộ Tư lệnh Vùng 4 Hải quân (tỉnh Khánh Hòa).",
        [("Bộ Tư lệnh Vùng 4 Hải quân", "Khánh Hòa")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SITES], ids=[c[0] for c in SITES])
def test_sites(text: str, expected: list[tuple[str, str | None]]) -> None:
    sites = extract(text).sites
    assert [(s.name, s.locality) for s in sites] == expected
    for site in sites:
        for m in site.mentions:
            assert text[m.start : m.end] == m.text


COUNTS = [
    ("stated", "Hội nghị được tổ chức trực tuyến đến 90 điểm cầu trong toàn quân.", 90),
    ("qualified", "Hội nghị kết nối với hơn 700 điểm cầu cấp xã.", 700),
    ("thousands", "Hội nghị có 1.200 điểm cầu tham gia.", 1200),
    ("none", "Tại điểm cầu Hà Nội có hai Thứ trưởng.", None),
    ("number-word", "Hội nghị giao ban trực tuyến kết nối tới ba điểm cầu.", 3),
    ("number-in-two-words-left-alone", "Hội nghị kết nối tới hai mươi điểm cầu.", None),
    ("vague-count-is-no-count", "Hội nghị kết nối tới hàng trăm điểm cầu.", None),
    ("places-counted-after", "Hội nghị được kết nối trực tuyến tới điểm cầu 63 tỉnh, thành phố.", 63),
    ("host-then-places-counted", "Kết nối tới các điểm cầu Bộ Chỉ huy BĐBP 44 tỉnh, thành phố biên giới.", 44),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in COUNTS], ids=[c[0] for c in COUNTS])
def test_site_count(text: str, expected: int | None) -> None:
    assert extract(text).site_count == expected


def test_co_chairs_at_a_site() -> None:
    article = extract(
        "Đồng chủ trì tại điểm cầu Hà Nội có Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng; "
        "Trung tướng Phạm Minh Châu, Thứ trưởng Bộ Công an. Tại điểm cầu Nghệ An, đồng chí Hồ Văn Đức, "
        "Phó Chủ tịch UBND tỉnh chủ trì hội nghị."
    )
    assert [(o.name, o.site, o.roles) for o in article.officials] == [
        ("Lê Văn Hùng", "Hà Nội", ["co-chair"]),
        ("Phạm Minh Châu", "Hà Nội", ["co-chair"]),
        ("Hồ Văn Đức", "Nghệ An", ["chair"]),
    ]
    assert [(s.locality, s.chaired_by) for s in article.sites] == [
        ("Hà Nội", ["Lê Văn Hùng", "Phạm Minh Châu"]),
        ("Nghệ An", ["Hồ Văn Đức"]),
    ]


def test_chair_after_a_city_abbreviated_with_a_full_stop() -> None:
    article = extract("Tại điểm cầu TP. Cần Thơ, Đại tá Nguyễn Văn Hồng, Giám đốc Công an thành phố chủ trì.")
    assert [(s.locality, s.chaired_by) for s in article.sites] == [("Cần Thơ", ["Nguyễn Văn Hồng"])]
    assert article.officials[0].site == "Cần Thơ"


def test_several_sites_and_chairs_in_one_sentence() -> None:
    article = extract(
        "Tại điểm cầu Hà Giang, đồng chí Triệu Văn Minh, Chủ tịch UBND tỉnh chủ trì; tại đầu cầu tỉnh Sóc Trăng, "
        "Phó Chủ tịch UBND tỉnh Lê Thanh Dũng chủ trì; điểm cầu Thừa Thiên Huế do đồng chí Phan Ngọc Thọ, "
        "PCT UBND tỉnh chủ trì; tại điểm cầu Đắk Nông có đồng chí Nguyễn Văn Bốn, Bí thư Tỉnh ủy."
    )
    assert [(o.name, o.roles, o.site) for o in article.officials] == [
        ("Triệu Văn Minh", ["chair"], "Hà Giang"),
        ("Lê Thanh Dũng", ["chair"], "Sóc Trăng"),
        ("Phan Ngọc Thọ", ["chair"], "Thừa Thiên Huế"),
        ("Nguyễn Văn Bốn", [], "Đắk Nông"),
    ]
    assert [s.chaired_by for s in article.sites] == [["Triệu Văn Minh"], ["Lê Thanh Dũng"], ["Phan Ngọc Thọ"], []]


def test_chair_named_before_the_site() -> None:
    article = extract("Chủ tịch UBND tỉnh Võ Thị Mai chủ trì hội nghị tại điểm cầu Bình Thuận.")
    (official,) = article.officials
    assert (official.site, official.roles) == ("Bình Thuận", ["chair"])
    assert article.sites[0].chaired_by == ["Võ Thị Mai"]


def test_chairs_elsewhere_have_no_site() -> None:
    article = extract(
        "Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng chủ trì hội nghị. Tại điểm cầu Hà Nam có lãnh đạo tỉnh."
    )
    assert article.officials[0].site is None


def test_vocabulary_has_every_province() -> None:
    rows = table("provinces")
    old = [r[0] for r in rows if r[1] in ("old", "both")]
    new = [r[0] for r in rows if r[1] in ("new", "both")]
    assert (len(old), len(new)) == (63, 34)


def test_a_host_with_its_province_in_brackets_stands_there() -> None:
    article = extract("Tại điểm cầu Bộ Tư lệnh Quân khu 9 (thành phố Cần Thơ), Trung tướng Lê Văn Bảy chủ trì.")
    assert [(s.name, s.locality, s.chaired_by) for s in article.sites] == [
        ("Bộ Tư lệnh Quân khu 9", "Cần Thơ", ["Lê Văn Bảy"])
    ]


def test_a_site_in_brackets_is_the_one_person_s_before_it() -> None:
    text = (
        "Dự hội nghị có các đồng chí: Đại tá Hà Văn Sinh, Phó Giám đốc Công an tỉnh; Đại tá Lù Văn Pao, "
        "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh Điện Biên (dự tại điểm cầu Điện Biên); Thượng tá Giàng A Chứ."
    )
    article = extract(text)
    assert [(o.name, o.site) for o in article.officials] == [
        ("Hà Văn Sinh", None),
        ("Lù Văn Pao", "Điện Biên"),
        ("Giàng A Chứ", None),
    ]
    assert [s.locality for s in article.sites] == ["Điện Biên"]


def test_the_government_office_is_named_whole() -> None:
    article = extract("Cùng dự tại điểm cầu Trụ sở Chính phủ có Thượng tướng Đỗ Văn Khánh, Thứ trưởng Bộ Công an.")
    assert [(s.name, s.locality) for s in article.sites] == [("Trụ sở Chính phủ", None)]


def test_a_ministry_is_named_whole() -> None:
    article = extract("Hội nghị kết nối điểm cầu Bộ Giao thông vận tải với 63 tỉnh, thành phố.")
    assert [(s.name, s.locality) for s in article.sites] == [("Bộ Giao thông vận tải", None)]


def test_a_site_in_brackets_with_nobody_before_it_is_the_sentence_s() -> None:
    text = "Bộ Công an tổ chức hội nghị trực tuyến (điểm cầu Hà Nội), Thượng tướng Lê Quốc Hưng, Thứ trưởng chủ trì."
    article = extract(text)
    assert [(o.name, o.site) for o in article.officials] == [("Lê Quốc Hưng", "Hà Nội")]


def test_a_host_with_a_town_and_its_province_in_brackets_stands_in_the_province() -> None:
    article = extract("Tại điểm cầu Bộ Tư lệnh Quân khu 1 (thành phố Thái Nguyên, tỉnh Thái Nguyên), Trung tướng A Dừ chủ trì.")
    assert [(s.name, s.locality) for s in article.sites] == [("Bộ Tư lệnh Quân khu 1", "Thái Nguyên")]


def test_a_district_s_unit_is_named_whole() -> None:
    text = (
        "Tại điểm cầu Công an huyện Tam Đảo, Thượng tá Vũ Văn Khôi chủ trì; tại điểm cầu Ban Chỉ huy Quân sự "
        "thị xã Phúc Yên, Trung tá Đỗ Văn Hòa chủ trì."
    )
    article = extract(text)
    assert [(s.name, s.locality) for s in article.sites] == [
        ("Công an huyện Tam Đảo", None),
        ("Ban Chỉ huy Quân sự thị xã Phúc Yên", None),
    ]
    assert [o.site for o in article.officials] == ["Công an huyện Tam Đảo", "Ban Chỉ huy Quân sự thị xã Phúc Yên"]


def test_the_units_of_every_district_are_no_site() -> None:
    article = extract("Hội nghị kết nối tới 25 điểm cầu Ban Chỉ huy Quân sự và Công an các huyện, thành phố.")
    assert (article.sites, article.site_count) == ([], 25)


def test_those_who_attend_along_are_at_the_last_sentence_s_site() -> None:
    text = (
        "Tại điểm cầu tỉnh Sơn La, đồng chí Lò Minh Hùng, Phó Chủ tịch UBND tỉnh chủ trì. Cùng dự có Đại tá "
        "Nguyễn Văn Thanh, Giám đốc Công an tỉnh; Đại tá Lê Văn Tú, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh. "
        "Dự hội nghị còn có Thiếu tướng Trần Văn Định, Phó Tư lệnh Quân khu 2."
    )
    article = extract(text)
    assert [(o.name, o.site) for o in article.officials] == [
        ("Lò Minh Hùng", "Sơn La"),
        ("Nguyễn Văn Thanh", "Sơn La"),
        ("Lê Văn Tú", "Sơn La"),
        ("Trần Văn Định", None),
    ]
    assert article.sites[0].chaired_by == ["Lò Minh Hùng"]


def test_a_district_named_after_the_site_word_and_again_later_is_one_site() -> None:
    text = (
        "Hội nghị trực tuyến từ điểm cầu huyện Bảo Lâm (Cao Bằng) đến 12 điểm cầu các xã. Đồng chí Đàm Văn Hưng, "
        "Chủ tịch UBND huyện chủ trì tại điểm cầu huyện Bảo Lâm."
    )
    article = extract(text)
    assert [(s.name, s.locality, len(s.mentions), s.chaired_by) for s in article.sites] == [
        ("huyện Bảo Lâm", "Cao Bằng", 2, ["Đàm Văn Hưng"])
    ]
    assert extract("Tại điểm cầu huyện Mèo Vạc, Thượng tá Lý Văn Sử chủ trì.").sites[0].name == "huyện Mèo Vạc"


def test_a_site_s_name_ends_with_its_sentence() -> None:
    text = "Đồng chí Ma Văn Hải chủ trì tại điểm cầu huyện Na Hang. Cùng dự có Thượng tá Lý Văn Sử."
    assert [s.name for s in extract(text).sites] == ["huyện Na Hang"]


def test_sites_listed_after_a_colon() -> None:
    text = "Tại các điểm cầu: Công an thành phố Lai Châu, Công an huyện Tam Đường có lãnh đạo tham dự."
    assert [(s.name, s.locality) for s in extract(text).sites] == [
        ("Công an thành phố Lai Châu", "Lai Châu"),
        ("Công an huyện Tam Đường", "Lai Châu"),  # (the one province the text names)
    ]


def test_the_provinces_of_a_kind_listed_after_a_colon_are_sites() -> None:
    text = "Hội nghị kết nối 3 điểm cầu Bộ Chỉ huy Quân sự các tỉnh: Kon Tum, Gia Lai, Đắk Lắk."
    article = extract(text)
    assert [s.locality for s in article.sites] == ["Kon Tum", "Gia Lai", "Đắk Lắk"]
    assert article.site_count == 3


def test_a_host_and_the_city_it_stands_in() -> None:
    text = "Tại điểm cầu Quân khu 5 tại TP Đà Nẵng, Trung tướng Trịnh Đình Thạch chủ trì."
    assert [(s.name, s.locality) for s in extract(text).sites] == [("Quân khu 5", "Đà Nẵng")]


def test_a_border_gate_station_is_named_whole() -> None:
    text = "Tại điểm cầu Đồn Biên phòng cửa khẩu quốc tế Lao Bảo, Thiếu tá Lê Văn Tiến, Đồn trưởng báo cáo."
    assert [s.name for s in extract(text).sites] == ["Đồn Biên phòng cửa khẩu quốc tế Lao Bảo"]


def test_a_site_and_the_others_of_every_province_keeps_the_site() -> None:
    text = "Thượng tướng Lương Tam Quang chủ trì tại điểm cầu Bộ Công an và các điểm cầu Công an các tỉnh, thành phố."
    article = extract(text)
    assert [(s.name, s.chaired_by) for s in article.sites] == [("Bộ Công an", ["Lương Tam Quang"])]


def test_those_along_are_not_at_a_site_the_last_sentence_only_connected_to() -> None:
    text = (
        "Sáng 5/1, Bộ Tư lệnh Quân khu 5 tổ chức hội nghị, kết nối trực tuyến tới điểm cầu Bộ CHQS tỉnh Quảng Nam. "
        "Cùng dự có Thiếu tướng Nguyễn Văn Bình, Phó Tư lệnh Quân khu 5."
    )
    assert [o.site for o in extract(text).officials] == [None]


def test_districts_of_one_name_in_two_provinces_are_two_sites() -> None:
    text = "Hội nghị từ điểm cầu huyện Châu Thành (Tây Ninh) và điểm cầu huyện Châu Thành (Long An)."
    assert [(s.name, s.locality) for s in extract(text).sites] == [
        ("huyện Châu Thành", "Tây Ninh"),
        ("huyện Châu Thành", "Long An"),
    ]


def test_a_district_named_like_a_province_stands_in_its_bracket_s_province() -> None:
    text = "Tại điểm cầu huyện Quảng Ninh (Quảng Bình), Thượng tá Lê Văn Cừ chủ trì."
    assert [(s.name, s.locality) for s in extract(text).sites] == [("huyện Quảng Ninh", "Quảng Bình")]


def test_a_province_told_later_gives_the_site_its_locality() -> None:
    text = "Tại điểm cầu huyện Bảo Lâm, Thượng tá Lê Văn Cừ chủ trì. Điểm cầu huyện Bảo Lâm (Cao Bằng) có 30 đại biểu."
    assert [(s.name, s.locality, len(s.mentions)) for s in extract(text).sites] == [("huyện Bảo Lâm", "Cao Bằng", 2)]


def test_the_provinces_own_unit_however_written_stands_in_the_province() -> None:
    text = (
        "Ngày 14/1/2025, UBND tỉnh Quảng Bình tổ chức hội nghị trực tuyến từ điểm cầu chính tại Bộ Chỉ huy Quân sự "
        "tỉnh. Đại tá Lê Văn An, Chỉ huy trưởng Bộ CHQS tỉnh chủ trì tại điểm cầu Bộ CHQS tỉnh."
    )
    article = extract(text)
    assert [(s.name, s.locality, s.chaired_by) for s in article.sites] == [
        ("Bộ Chỉ huy Quân sự tỉnh", "Quảng Bình", ["Lê Văn An"])
    ]
    assert article.officials[0].site == "Quảng Bình"


def test_each_clause_s_chair_is_at_its_own_site() -> None:
    text = (
        "Thiếu tướng Trần Văn An chủ trì tại điểm cầu Phú Thọ; Thiếu tướng Lê Minh Đức, Phó Cục trưởng Cục An "
        "ninh nội địa đồng chủ trì tại điểm cầu Hà Nội."
    )
    article = extract(text)
    assert [(s.name, s.chaired_by) for s in article.sites] == [("Phú Thọ", ["Trần Văn An"]), ("Hà Nội", ["Lê Minh Đức"])]
    assert [o.site for o in article.officials] == ["Phú Thọ", "Hà Nội"]


def test_the_main_site_told_again_and_a_site_named_short() -> None:
    text = (
        "Hội nghị tổ chức tại 5 điểm cầu, trong đó điểm cầu chính đặt tại Bộ Tư lệnh Quân khu (thành phố Đà Nẵng). "
        "Thiếu tướng Phạm Văn Hòa, Tư lệnh Quân khu chủ trì hội nghị tại điểm cầu chính."
    )
    article = extract(text)
    assert [(s.name, s.locality) for s in article.sites] == [("Bộ Tư lệnh Quân khu", "Đà Nẵng")]
    assert article.officials[0].site == "Đà Nẵng"
    text = (
        "Hội nghị tổ chức tại điểm cầu Bộ Tư lệnh Quân khu (tỉnh Nghệ An) và 5 điểm cầu Bộ CHQS các tỉnh. "
        "Thiếu tướng Hồ Văn Nam, Tư lệnh Quân khu 4 chủ trì tại điểm cầu Quân khu."
    )
    article = extract(text)
    assert [(s.name, s.locality, s.chaired_by) for s in article.sites] == [
        ("Bộ Tư lệnh Quân khu", "Nghệ An", ["Hồ Văn Nam"])
    ]


def test_a_provinces_city_is_a_site_of_its_own() -> None:
    text = (
        "Ngày 12/7/2024, Bộ CHQS tỉnh Kiên Giang tổ chức hội nghị trực tuyến. Tại điểm cầu thành phố Phú Quốc, "
        "đồng chí Lê Thanh Sang, Phó Chủ tịch UBND thành phố chủ trì; tại điểm cầu huyện Kiên Hải, đồng chí Trần "
        "Văn Lợi, Chủ tịch UBND huyện chủ trì."
    )
    assert [(s.name, s.locality, s.chaired_by) for s in extract(text).sites] == [
        ("thành phố Phú Quốc", "Kiên Giang", ["Lê Thanh Sang"]),
        ("huyện Kiên Hải", "Kiên Giang", ["Trần Văn Lợi"]),
    ]


def test_a_city_abroad_stands_in_no_vietnamese_province() -> None:
    text = (
        "Hội đàm trực tuyến giữa Công an tỉnh Điện Biên và Công an tỉnh Luang Prabang (Lào) tại điểm cầu "
        "thành phố Điện Biên Phủ và điểm cầu thành phố Luang Prabang."
    )
    assert [(s.name, s.locality) for s in extract(text).sites] == [
        ("thành phố Điện Biên Phủ", "Điện Biên"),
        ("thành phố Luang Prabang", None),
    ]


def test_a_districts_site_stands_in_the_one_province_the_text_names() -> None:
    text = (
        "Ban Chỉ đạo 138 tỉnh Nam Định tổ chức hội nghị trực tuyến tới 10 điểm cầu các huyện. "
        "Tại điểm cầu huyện Hải Hậu, đồng chí Đỗ Văn Khiêm, Chủ tịch UBND huyện chủ trì."
    )
    assert [(s.name, s.locality) for s in extract(text).sites] == [("huyện Hải Hậu", "Nam Định")]
    # two provinces named: whose district it is is not known
    text = "Công an tỉnh Nam Định và Công an tỉnh Thái Bình giao ban. Tại điểm cầu huyện Hải Hậu, lãnh đạo huyện dự."
    assert [(s.name, s.locality) for s in extract(text).sites] == [("huyện Hải Hậu", None)]


def test_a_communes_province_after_the_2025_mergers() -> None:
    # a ward named like a province that was merged away does not count as a second province
    text = "UBND thành phố Hải Phòng tổ chức hội nghị trực tuyến tới điểm cầu phường Hải Dương."
    assert [(s.name, s.locality) for s in extract(text).sites] == [("phường Hải Dương", "Hải Phòng")]
    text = (
        "Sáng 8/10/2025, Công an tỉnh Tuyên Quang tổ chức hội nghị trực tuyến tới điểm cầu Công an xã Lũng Cú. "
        "Tỉnh Tuyên Quang được hợp nhất từ tỉnh Tuyên Quang và tỉnh Hà Giang."
    )
    assert [(s.name, s.locality) for s in extract(text).sites] == [("Công an xã Lũng Cú", "Tuyên Quang")]


def test_an_island_district_or_special_zone_stands_in_its_province_of_the_time() -> None:
    text = "Hội nghị được kết nối tới điểm cầu đặc khu Côn Đảo và điểm cầu huyện đảo Trường Sa."
    assert [(s.name, s.locality) for s in extract(text).sites] == [
        ("đặc khu Côn Đảo", "Hồ Chí Minh"),
        ("huyện đảo Trường Sa", "Khánh Hòa"),
    ]
    # before the 2025 merger, Côn Đảo was a district of Bà Rịa - Vũng Tàu
    text = "Năm 2019, hội nghị kết nối tới điểm cầu huyện Côn Đảo."
    assert [(s.name, s.locality) for s in extract(text).sites] == [("huyện Côn Đảo", "Bà Rịa - Vũng Tàu")]


def test_the_central_site_where_it_stands() -> None:
    text = (
        "Tại điểm cầu Trung ương ở Hà Nội, Thượng tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an chủ trì; "
        "tại điểm cầu trung ương, đại diện các cục nghiệp vụ dự."
    )
    article = extract(text)
    assert [(s.name, s.locality, s.chaired_by) for s in article.sites] == [("Hà Nội", "Hà Nội", ["Lê Quốc Hùng"])]


def test_those_at_this_site_told_in_the_next_sentence_were_there() -> None:
    text = (
        "Tại điểm cầu Công an tỉnh Gia Lai, Đại tá Lê Văn Minh, Giám đốc Công an tỉnh chủ trì. "
        "Dự tại điểm cầu tỉnh có đồng chí Rơ Châm Long, Phó Chủ tịch UBND tỉnh."
    )
    assert [(o.name, o.site) for o in extract(text).officials] == [("Lê Văn Minh", "Gia Lai"), ("Rơ Châm Long", "Gia Lai")]


def test_the_provinces_listed_after_two_hosts_are_sites() -> None:
    text = (
        "Buổi tập huấn được truyền hình từ điểm cầu Bộ Tư lệnh Quân khu 1 tới 3 điểm cầu "
        "Công an, Bộ Chỉ huy Quân sự các tỉnh Cao Bằng, Lạng Sơn và Bắc Kạn."
    )
    assert [(s.name, s.locality) for s in extract(text).sites] == [
        ("Bộ Tư lệnh Quân khu 1", None),
        ("Cao Bằng", "Cao Bằng"),
        ("Lạng Sơn", "Lạng Sơn"),
        ("Bắc Kạn", "Bắc Kạn"),
    ]


def test_the_sites_enumerated_after_the_site_word_and_the_provinces_of_a_kind_last() -> None:
    text = (
        "Buổi giao ban nối tới 5 điểm cầu, gồm: Quân khu 3, Sư đoàn 395, Bệnh viện Quân y 7, "
        "Bộ Chỉ huy Quân sự các tỉnh Hải Dương và Quảng Ninh."
    )
    article = extract(text)
    assert article.site_count == 5
    assert [(s.name, s.locality) for s in article.sites] == [
        ("Quân khu 3", None),
        ("Sư đoàn 395", None),
        ("Bệnh viện Quân y 7", None),
        ("Hải Dương", "Hải Dương"),
        ("Quảng Ninh", "Quảng Ninh"),
    ]
    # units named after the site word up to the places of a kind: the same list
    text = "Buổi giao ban nối tới điểm cầu Quân khu 3, Sư đoàn 395 và Bộ Chỉ huy Quân sự các tỉnh Hải Dương, Quảng Ninh."
    assert [(s.name, s.locality) for s in extract(text).sites] == [
        ("Quân khu 3", None),
        ("Sư đoàn 395", None),
        ("Hải Dương", "Hải Dương"),
        ("Quảng Ninh", "Quảng Ninh"),
    ]
    # and not a title after a site's comma
    text = "Tại điểm cầu Quân khu 3, Thiếu tướng Lê Văn Sơn, Tư lệnh Quân khu chủ trì."
    assert [(s.name, s.locality) for s in extract(text).sites] == [("Quân khu 3", None)]
