"""Officials (rank + name + titles, roles) on sentences written for these tests."""

from __future__ import annotations

import unicodedata

import pytest

from coordx import extract
from coordx.models import Official


def people(text: str) -> list[Official]:
    return extract(text).officials


def one(text: str) -> Official:
    found = people(text)
    assert len(found) == 1, [o.name for o in found]
    return found[0]


SHAPES = [
    (
        "rank-name-comma-titles",
        "Thượng tướng Lê Văn Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng phát biểu.",
        ("Lê Văn Hùng", "Thượng tướng", ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng"]),
    ),
    (
        "rank-name-dash-titles",
        "Trung tướng Phạm Minh Châu - Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương, Thứ trưởng Bộ Công an kết luận.",
        (
            "Phạm Minh Châu",
            "Trung tướng",
            ["Ủy viên Ban Thường vụ Đảng ủy Công an Trung ương", "Thứ trưởng Bộ Công an"],
        ),
    ),
    (
        "title-before-name",
        "Thứ trưởng Hoàng Anh Tuấn nhấn mạnh yêu cầu phối hợp.",
        ("Hoàng Anh Tuấn", None, ["Thứ trưởng"]),
    ),
    (
        "surname-that-also-starts-organisations",
        "Phó Giám đốc Sở Ngoại vụ Đoàn Minh Khoa trao đổi với đoàn công tác.",
        ("Đoàn Minh Khoa", None, ["Phó Giám đốc Sở Ngoại vụ"]),
    ),
    (
        "abbreviation-then-the-word-it-ends-with",
        "Đồng chí Lê Minh Khải, UVTW Đảng, Bí thư Tỉnh ủy phát biểu.",
        ("Lê Minh Khải", None, ["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"]),
    ),
    (
        "led-by-after-an-organisation",
        "Điểm cầu Bộ Tư lệnh BĐBP do Thiếu tướng Lê Văn Kiên, Tư lệnh BĐBP chủ trì.",
        ("Lê Văn Kiên", "Thiếu tướng", ["Tư lệnh Bộ đội Biên phòng"]),
    ),
    (
        "title-stops-at-a-verb-of-meeting",
        "Đại tướng Lê Văn Cường, Bộ trưởng Bộ Công an hội đàm với đoàn đại biểu.",
        ("Lê Văn Cường", "Đại tướng", ["Bộ trưởng Bộ Công an"]),
    ),
    (
        "foreign-name-after-an-honorific",
        "Ngài Sok Phal, Quốc vụ khanh Bộ Nội vụ Campuchia cũng tham dự.",
        ("Sok Phal", None, ["Quốc vụ khanh Bộ Nội vụ Campuchia"]),
    ),
    (
        "title-between-dashes",
        "Thượng tá Trần Văn Dũng - Phó Giám đốc Công an tỉnh Yên Bái - trực tiếp chỉ huy lực lượng.",
        ("Trần Văn Dũng", "Thượng tá", ["Phó Giám đốc Công an tỉnh Yên Bái"]),
    ),
    (
        "title-in-brackets",
        "Trung tá Đỗ Văn Hòa (Phó Trưởng phòng Tham mưu) báo cáo kết quả.",
        ("Đỗ Văn Hòa", "Trung tá", ["Phó Trưởng phòng Tham mưu"]),
    ),
    (
        "family-name-of-an-ethnic-minority",
        "Phó Chủ tịch UBND tỉnh Sùng A Hồ dự hội nghị.",
        ("Sùng A Hồ", None, ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    ),
    (
        "place-name-that-holds-a-family-name",
        "Thiếu tá Vàng A Dế, Chính trị viên Đồn Biên phòng Si Ma Cai phát biểu.",
        ("Vàng A Dế", "Thiếu tá", ["Chính trị viên Đồn Biên phòng Si Ma Cai"]),
    ),
    (
        "title-comma-rank-name",
        "Giám đốc Công an tỉnh, Đại tá Hoàng Văn Phúc phát biểu.",
        ("Hoàng Văn Phúc", "Đại tá", ["Giám đốc Công an tỉnh"]),
    ),
    (
        "title-comma-honorific-rank-name",
        "Chính ủy BĐBP tỉnh, đồng chí Đại tá Đỗ Văn Hà phát biểu.",
        ("Đỗ Văn Hà", "Đại tá", ["Chính ủy Bộ đội Biên phòng tỉnh"]),
    ),
    (
        "on-behalf-of-a-body-is-no-title",
        "Thay mặt Ban Giám đốc Công an tỉnh, Đại tá Lê Văn Minh phát biểu.",
        ("Lê Văn Minh", "Đại tá", []),
    ),
    (
        "party-committee-member",
        "Đại tá Lương Văn Thắng, Tỉnh ủy viên, Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh dự.",
        ("Lương Văn Thắng", "Đại tá", ["Tỉnh ủy viên", "Chỉ huy trưởng Bộ Chỉ huy Bộ đội Biên phòng tỉnh"]),
    ),
    (
        "honour-among-titles-is-passed-over",
        "Thượng tướng Nguyễn Văn Thành, Anh hùng Lực lượng vũ trang nhân dân, Phó Tổng Tham mưu trưởng dự.",
        ("Nguyễn Văn Thành", "Thượng tướng", ["Phó Tổng Tham mưu trưởng"]),
    ),
    (
        "title-org-rank-name",
        "Thứ trưởng Bộ Công an Thượng tướng Vũ Hải Đăng chủ trì.",
        ("Vũ Hải Đăng", "Thượng tướng", ["Thứ trưởng Bộ Công an"]),
    ),
    (
        "abbreviated-title-before-name",
        "Chiều 3/4, PCT UBND tỉnh Đỗ Thanh Bình làm việc với đoàn.",
        ("Đỗ Thanh Bình", None, ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    ),
    (
        "two-titles-before-name",
        "Phát biểu, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Ngô Đức Mạnh ghi nhận kết quả.",
        ("Ngô Đức Mạnh", None, ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]),
    ),
    (
        "province-then-name",
        "Dự có Bí thư Thành ủy Hà Tĩnh Đặng Văn Long cùng lãnh đạo các sở.",
        ("Đặng Văn Long", None, ["Bí thư Thành ủy Hà Tĩnh"]),
    ),
    (
        "dong-chi",
        "Đồng chí Trịnh Văn Sơn, Phó Chủ tịch Thường trực UBND tỉnh dự và chủ trì.",
        ("Trịnh Văn Sơn", None, ["Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"]),
    ),
    (
        "dong-chi-rank",
        "Kết luận hội nghị, đồng chí Thiếu tướng Lý Quốc Bảo, Cục trưởng Cục Cảnh sát biển nhấn mạnh.",
        ("Lý Quốc Bảo", "Thiếu tướng", ["Cục trưởng Cục Cảnh sát biển"]),
    ),
    (
        "lowercase-rank",
        "Tại buổi lễ, đại tá Trần Hữu Nghĩa, Giám đốc Công an tỉnh Quảng Trị thông báo kết quả.",
        ("Trần Hữu Nghĩa", "Đại tá", ["Giám đốc Công an tỉnh Quảng Trị"]),
    ),
    (
        "abbreviations-expanded",
        "Đại tá Mai Xuân Trường, Chỉ huy trưởng Bộ CHQS tỉnh, UVTW báo cáo.",
        ("Mai Xuân Trường", "Đại tá", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh", "Ủy viên Trung ương Đảng"]),
    ),
    (
        "border-guard-abbreviation",
        "Đại tá Huỳnh Văn Nam, Chỉ huy trưởng BĐBP tỉnh Kiên Giang vì có nhiều thành tích được khen.",
        ("Huỳnh Văn Nam", "Đại tá", ["Chỉ huy trưởng Bộ đội Biên phòng tỉnh Kiên Giang"]),
    ),
    (
        "tone-and-case-canonical",
        "Thượng tướng Đào Quang Vinh, Uỷ viên TƯ Đảng, Tổng tham mưu trưởng QĐND Việt Nam dự.",
        (
            "Đào Quang Vinh",
            "Thượng tướng",
            ["Ủy viên Trung ương Đảng", "Tổng Tham mưu trưởng Quân đội nhân dân Việt Nam"],
        ),
    ),
    (
        "lower-case-posts-capitalised",
        "Ông Hà Văn Tiến, Phó chủ tịch UBND tỉnh, Phó bí thư Tỉnh ủy phát biểu.",
        ("Hà Văn Tiến", None, ["Phó Chủ tịch Ủy ban nhân dân tỉnh", "Phó Bí thư Tỉnh ủy"]),
    ),
    (
        "province-with-dash-kept-whole",
        "Đại tá Lê Minh Tâm, Giám đốc Công an tỉnh Thừa Thiên - Huế phát biểu.",
        ("Lê Minh Tâm", "Đại tá", ["Giám đốc Công an tỉnh Thừa Thiên - Huế"]),
    ),
    (
        "foreign-rank-anchored",
        "Đại tá Khăm Sổm Phôm Vi Lay, Phó Giám đốc Công an tỉnh Sê Kông thông báo tình hình.",
        ("Khăm Sổm Phôm Vi Lay", "Đại tá", ["Phó Giám đốc Công an tỉnh Sê Kông"]),
    ),
    (
        "foreign-camel-case",
        "Đại tướng SokPhal, Tổng Cục trưởng Tổng cục Cảnh sát quốc gia đã tổ chức lễ trao.",
        ("SokPhal", "Đại tướng", ["Tổng Cục trưởng Tổng cục Cảnh sát quốc gia"]),
    ),
    (
        "navy-rank",
        "Phó Đô đốc Phạm Hoài Nam, Tư lệnh Quân chủng Hải quân dự buổi lễ.",
        ("Phạm Hoài Nam", "Phó Đô đốc", ["Tư lệnh Quân chủng Hải quân"]),
    ),
    (
        "academic-title-after-rank",
        "Thiếu tướng, PGS.TS Nguyễn Văn Hải, Giám đốc Học viện An ninh nhân dân phát biểu.",
        ("Nguyễn Văn Hải", "Thiếu tướng", ["Giám đốc Học viện An ninh nhân dân"]),
    ),
    (
        "appointment-is-not-a-title",
        "Đại tá Vũ Đình Khôi, Giám đốc Công an tỉnh Lai Châu, được điều động giữ chức vụ Giám đốc Công an tỉnh Sơn La.",
        ("Vũ Đình Khôi", "Đại tá", ["Giám đốc Công an tỉnh Lai Châu"]),
    ),
    (
        "two-posts-held-together",
        "Dự hội nghị có Trung tướng Ngô Minh Hải, Phó Tổng Tham mưu trưởng kiêm Chánh Văn phòng Bộ Quốc phòng.",
        ("Ngô Minh Hải", "Trung tướng", ["Phó Tổng Tham mưu trưởng", "Chánh Văn phòng Bộ Quốc phòng"]),
    ),
    (
        "two-posts-held-together-before-the-name",
        "Phó Tư lệnh kiêm Tham mưu trưởng Bộ đội Biên phòng, Thiếu tướng Vũ Hồng Quân phát biểu.",
        ("Vũ Hồng Quân", "Thiếu tướng", ["Phó Tư lệnh Bộ đội Biên phòng", "Tham mưu trưởng Bộ đội Biên phòng"]),
    ),
    (
        "a-ministrys-post-held-with-a-partys-stays-bare",
        "Thượng tướng Đào Minh Quân, Thứ trưởng kiêm Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Công an Trung ương phát biểu.",
        ("Đào Minh Quân", "Thượng tướng", ["Thứ trưởng", "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Công an Trung ương"]),
    ),
    (
        "a-duty-held-alongside-is-no-post",
        "Đại tá Nguyễn Văn An, Phó Giám đốc Công an tỉnh kiêm nhiệm công tác tham mưu, dự họp.",
        ("Nguyễn Văn An", "Đại tá", ["Phó Giám đốc Công an tỉnh"]),
    ),
    (
        "a-foreign-provincial-police-head",
        "Thiếu tướng Xom Sa Rươn, Ty trưởng Ty Cảnh sát tỉnh Takeo đồng chủ trì.",
        ("Xom Sa Rươn", "Thiếu tướng", ["Ty trưởng Ty Cảnh sát tỉnh Takeo"]),
    ),
    (
        "a-place-name-holding-a-family-name",
        "Thiếu tá Xỉ Xu Văn, Chỉ huy trưởng Quân sự huyện Bua La Pha đề nghị hai bên phối hợp.",
        ("Xỉ Xu Văn", "Thiếu tá", ["Chỉ huy trưởng Quân sự huyện Bua La Pha"]),
    ),
    (
        "a-dash-pair-inside-a-body",
        "Đại tá Lê Văn Bình, Chủ tịch Hội đồng Giáo dục quốc phòng - an ninh tỉnh phát biểu.",
        ("Lê Văn Bình", "Đại tá", ["Chủ tịch Hội đồng Giáo dục quốc phòng - an ninh tỉnh"]),
    ),
    (
        "a-dash-pair-inside-a-police-team",
        "Trung tá Vi Văn Đức, Đội trưởng Đội Cảnh sát giao thông - trật tự Công an huyện Con Cuông báo cáo.",
        ("Vi Văn Đức", "Trung tá", ["Đội trưởng Đội Cảnh sát giao thông - trật tự Công an huyện Con Cuông"]),
    ),
    (
        "a-feeling-ends-a-title",
        "Đại tá Nguyễn Văn Tâm, Trưởng phòng Tham mưu Công an tỉnh vui mừng cho biết kết quả.",
        ("Nguyễn Văn Tâm", "Đại tá", ["Trưởng phòng Tham mưu Công an tỉnh"]),
    ),
    (
        "thong-qua-ends-a-title",
        "Đại tá Hà Văn Nam, Phó Chủ nhiệm Chính trị Quân khu thông qua các quyết định khen thưởng.",
        ("Hà Văn Nam", "Đại tá", ["Phó Chủ nhiệm Chính trị Quân khu"]),
    ),
    (
        "a-verb-of-command-ends-a-title",
        "Thiếu tá Trần Văn Hưng, Phó Hải đội trưởng Hải đội 2 chỉ huy 1 tàu tuần tra ra hiện trường.",
        ("Trần Văn Hưng", "Thiếu tá", ["Phó Hải đội trưởng Hải đội 2"]),
    ),
    (
        "a-body-in-lower-case-holding-the-verb",
        "Đại úy Lò Văn Sáng, Chỉ huy trưởng Ban chỉ huy quân sự xã Mường Lay phát biểu.",
        ("Lò Văn Sáng", "Đại úy", ["Chỉ huy trưởng Ban chỉ huy quân sự xã Mường Lay"]),
    ),
    (
        "a-deputy-commander-in-lower-case",
        "Chiều 14/9, Đại tá Phạm Văn Sơn, Phó chỉ huy trưởng Bộ đội Biên phòng tỉnh Sơn La cho biết.",
        ("Phạm Văn Sơn", "Đại tá", ["Phó Chỉ huy trưởng Bộ đội Biên phòng tỉnh Sơn La"]),
    ),
    (
        "a-place-after-a-party-committee",
        "Tham luận tại hội nghị, đồng chí Ngô Thị Thu Hằng, Phó Bí thư Thường trực Huyện ủy Lục Ngạn cho biết kết quả.",
        ("Ngô Thị Thu Hằng", None, ["Phó Bí thư Thường trực Huyện ủy Lục Ngạn"]),
    ),
]


SHAPES += [
    (
        "a-deputy-of-any-head",
        "Đại tá Lê Minh Tâm, Phó Trưởng Ty Công an tỉnh, dự hội nghị.",
        ("Lê Minh Tâm", "Đại tá", ["Phó Trưởng Ty Công an tỉnh"]),
    ),
    (
        "a-general-of-any-head",
        "Đại tướng Nguyễn Hữu Lực, Phó Tổng Tư lệnh quân đội nước bạn, đến thăm.",
        ("Nguyễn Hữu Lực", "Đại tướng", ["Phó Tổng Tư lệnh quân đội nước bạn"]),
    ),
    (
        "acting-head",
        "Đại tá Trịnh Văn Quế, Quyền Giám đốc Công an tỉnh, báo cáo.",
        ("Trịnh Văn Quế", "Đại tá", ["Quyền Giám đốc Công an tỉnh"]),
    ),
    (
        "a-place-named-like-a-person-ends-a-title",
        "Thiếu tá Đinh Văn Sơn, Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Lương Sơn báo cáo.",
        ("Đinh Văn Sơn", "Thiếu tá", ["Chỉ huy trưởng Ban Chỉ huy Quân sự huyện Lương Sơn"]),
    ),
    (
        "a-foreign-rank-naming-its-service",
        "Bộ trưởng tiếp Trung tướng Cảnh sát Ivan Petrov, Thứ trưởng Bộ Nội vụ Liên bang Nga.",
        ("Ivan Petrov", "Trung tướng", ["Thứ trưởng Bộ Nội vụ Liên bang Nga"]),
    ),
    (
        "a-country-ending-a-title-is-no-name",
        "Dự buổi tiếp có ông Park Ji-hoon, Tùy viên Quốc phòng Đại sứ quán Hàn Quốc tại Việt Nam.",
        ("Park Ji-hoon", None, ["Tùy viên Quốc phòng Đại sứ quán Hàn Quốc tại Việt Nam"]),
    ),
    (
        "a-verb-inside-a-head-word",
        "Trung tướng Chan Dara, Phó Tổng Thư ký Ủy ban phòng, chống ma túy Campuchia phát biểu.",
        ("Chan Dara", "Trung tướng", ["Phó Tổng Thư ký Ủy ban phòng, chống ma túy Campuchia"]),
    ),
    (
        "a-foreign-districts-deputy-head",
        "Dự hội đàm có ông Lưu Chí Cường, Phó Huyện trưởng huyện Mãnh Lạp.",
        ("Lưu Chí Cường", None, ["Phó Huyện trưởng huyện Mãnh Lạp"]),
    ),
    (
        "a-foreign-provincial-police-deputy-head",
        "Thiếu tướng Hun Sarin, Phó Chánh Ty Cảnh sát tỉnh Kandal phát biểu.",
        ("Hun Sarin", "Thiếu tướng", ["Phó Chánh Ty Cảnh sát tỉnh Kandal"]),
    ),
    (
        "a-ships-captain",
        "Theo Thiếu tá Đỗ Văn Hải, Thuyền trưởng tàu CSB 4033, tàu đã về đến cảng.",
        ("Đỗ Văn Hải", "Thiếu tá", ["Thuyền trưởng tàu CSB 4033"]),
    ),
    (
        "a-customs-branch-head",
        "Đồng chí Hà Thị Mai, Phó Chi cục trưởng Chi cục Hải quan khu vực VII khuyến cáo doanh nghiệp.",
        ("Hà Thị Mai", None, ["Phó Chi cục trưởng Chi cục Hải quan khu vực VII"]),
    ),
    (
        "a-kind-of-document-naming-a-bodys-work",
        "Thượng tá Trần Thị Mai, Phó Trưởng phòng Hướng dẫn tuần tra kiểm soát cho biết.",
        ("Trần Thị Mai", "Thượng tá", ["Phó Trưởng phòng Hướng dẫn tuần tra kiểm soát"]),
    ),
    (
        "a-regions-abbreviation-is-expanded-but-not-a-ships-code",
        "Đại tá Lê Văn Tuấn, Tư lệnh Vùng CSB 3 phát biểu.",
        ("Lê Văn Tuấn", "Đại tá", ["Tư lệnh Vùng Cảnh sát biển 3"]),
    ),
    (
        "a-prison-governor",
        "Thượng tá Lê Văn Hùng, Giám thị Trại giam Xuân Lộc phát biểu.",
        ("Lê Văn Hùng", "Thượng tá", ["Giám thị Trại giam Xuân Lộc"]),
    ),
    (
        "a-role-held-ends-a-title",
        "Đồng chí Lương Thị Huế, Bí thư Đảng ủy Quân sự huyện giữ vai trò lãnh đạo diễn tập.",
        ("Lương Thị Huế", None, ["Bí thư Đảng ủy Quân sự huyện"]),
    ),
    (
        "a-comma-inside-a-propaganda-team",
        "Đại úy Lê Thị Hoa, Phó Đội trưởng Đội Tuyên truyền, xây dựng phong trào toàn dân phát biểu.",
        ("Lê Thị Hoa", "Đại úy", ["Phó Đội trưởng Đội Tuyên truyền, xây dựng phong trào toàn dân"]),
    ),
    (
        "a-city-abbreviated-at-a-sentences-end",
        "Đại tá Nguyễn Hồng Quân, Chỉ huy trưởng BĐBP TP. Tham dự có đại diện các sở, ngành.",
        ("Nguyễn Hồng Quân", "Đại tá", ["Chỉ huy trưởng Bộ đội Biên phòng thành phố"]),
    ),
    (
        "a-comma-inside-a-search-board",
        "Thượng tá Bun Mi, Trưởng Ban tìm kiếm, quy tập hài cốt liệt sĩ tỉnh Hủa Phăn phát biểu.",
        ("Bun Mi", "Thượng tá", ["Trưởng Ban tìm kiếm, quy tập hài cốt liệt sĩ tỉnh Hủa Phăn"]),
    ),
]


def test_family_names_of_the_north_west() -> None:
    officials = extract("Dự có Phó Chủ tịch UBND tỉnh Cầm Ngọc Sáng, Phó Giám đốc Sở Mùa A Vảng.").officials
    assert [o.name for o in officials] == ["Cầm Ngọc Sáng", "Mùa A Vảng"]


def test_a_citizen_told_by_age_is_no_official() -> None:
    text = "Tàu CSB 8004 cứu sống 9 ngư dân, trong đó có thuyền trưởng Trần Văn Lộc (52 tuổi)."
    assert extract(text).officials == []
    assert extract("Khởi tố ông Lê Văn Tám (SN 1970), Giám đốc Công ty Hoàng Long.").officials == []


def test_a_foreign_service_and_its_country_are_no_name() -> None:
    (official,) = extract("Đại tá Quân đội Lào Bua Khăm Vông Sạ, Phó Chỉ huy trưởng phát biểu.").officials
    assert (official.name, official.rank) == ("Bua Khăm Vông Sạ", "Đại tá")


def test_a_name_after_a_kind_of_business_is_the_business() -> None:
    assert extract("Làm việc với Giám đốc Công ty TNHH Hoàng Long về phòng cháy.").officials == []
    # ("nhà trường", the school, names no business)
    text = "Phát biểu tại buổi lễ, Hiệu trưởng nhà trường Nguyễn Thị Hoa cảm ơn Công an tỉnh."
    assert [o.name for o in extract(text).officials] == ["Nguyễn Thị Hoa"]
    text = "Giám đốc Công ty Minh Phát, ông Nguyễn Văn Lâm cho biết."
    assert [(o.name, o.titles) for o in extract(text).officials] == [("Nguyễn Văn Lâm", ["Giám đốc Công ty Minh Phát"])]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SHAPES], ids=[c[0] for c in SHAPES])
def test_shapes(text: str, expected: tuple[str, str | None, list[str]]) -> None:
    official = one(text)
    assert (official.name, official.rank, official.titles) == expected
    for m in official.mentions:
        assert text[m.start : m.end] == m.text


def test_title_ends_before_and_an_honorific() -> None:
    found = people("Cùng dự có ông Khamphao Ernthavanh, Đại sứ Lào tại Việt Nam và bà Lê Thị Hạnh, Thống đốc Ngân hàng Nhà nước.")
    assert [(o.name, o.titles) for o in found] == [
        ("Khamphao Ernthavanh", ["Đại sứ Lào tại Việt Nam"]),
        ("Lê Thị Hạnh", ["Thống đốc Ngân hàng Nhà nước"]),
    ]


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Ủy viên BCT", "Ủy viên Bộ Chính trị"),
        ("Giám đốc Công an TP.HCM", "Giám đốc Công an Thành phố Hồ Chí Minh"),
        ("PGĐ Công an tỉnh", "Phó Giám đốc Công an tỉnh"),
        ("UVTV Đảng ủy", "Ủy viên Ban Thường vụ Đảng ủy"),
        ("CHT Bộ CHQS tỉnh", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"),
        ("Ủy viên QUTW", "Ủy viên Quân ủy Trung ương"),
        ("Giám đốc Công an TP. Hồ Chí Minh", "Giám đốc Công an Thành phố Hồ Chí Minh"),
        ("Phó Chủ tịch UBND TP Đà Nẵng", "Phó Chủ tịch Ủy ban nhân dân thành phố Đà Nẵng"),
        ("Trưởng Công an TX. Sơn Tây", "Trưởng Công an thị xã Sơn Tây"),
        ("Phó Chủ tịch UBND Q.1", "Phó Chủ tịch Ủy ban nhân dân quận 1"),
        ("Trưởng Ban ATGT tỉnh", "Trưởng Ban An toàn giao thông tỉnh"),
        ("Phó Giám đốc Học viện CSND", "Phó Giám đốc Học viện Cảnh sát nhân dân"),
        ("Trưởng đoàn ĐBQH tỉnh", "Trưởng đoàn Đại biểu Quốc hội tỉnh"),
        ("Giám đốc CAT Quảng Nam", "Giám đốc Công an tỉnh Quảng Nam"),
        ("PGĐ CATP Hà Nội", "Phó Giám đốc Công an thành phố Hà Nội"),
        ("PCT TT UBND tỉnh", "Phó Chủ tịch Thường trực Ủy ban nhân dân tỉnh"),
        ("Phó Viện trưởng VKSND huyện", "Phó Viện trưởng Viện kiểm sát nhân dân huyện"),
        ("Chánh án TAND thành phố", "Chánh án Tòa án nhân dân thành phố"),
        ("Phó Cục trưởng Cục QLTT", "Phó Cục trưởng Cục Quản lý thị trường"),
        ("Phó Chủ tịch Hội LHPN huyện", "Phó Chủ tịch Hội Liên hiệp Phụ nữ huyện"),
        ("Trưởng Ban Đào tạo ĐHQG-HCM", "Trưởng Ban Đào tạo Đại học Quốc gia Thành phố Hồ Chí Minh"),
        ("Phó Bí thư ĐUQS tỉnh", "Phó Bí thư Đảng ủy Quân sự tỉnh"),
        ("Ủy viên Ban Thường vụ ĐUCA tỉnh", "Ủy viên Ban Thường vụ Đảng ủy Công an tỉnh"),
        # a code holding a part the table lacks is left as written, each part with it
        ("Trưởng phòng PV-HCM", "Trưởng phòng PV-HCM"),
    ],
)
def test_abbreviated_titles_are_expanded(written: str, canonical: str) -> None:
    assert one(f"Đại tá Trần Văn Hải, {written} phát biểu.").titles == [canonical]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Đại tá Vũ Hồng Sơn, Cục trưởng Cục Đối ngoại, Bộ Công an phát biểu.", ["Cục trưởng Cục Đối ngoại, Bộ Công an"]),
        (
            "Trung tá Hà Thị Mai, Phó Trưởng phòng Hậu cần, Công an tỉnh Lào Cai dự.",
            ["Phó Trưởng phòng Hậu cần, Công an tỉnh Lào Cai"],
        ),
        ("Thiếu tướng Lò Văn Sinh, Phó Tư lệnh Quân khu 2, Bộ Quốc phòng dự.", ["Phó Tư lệnh Quân khu 2, Bộ Quốc phòng"]),
        # a unit no higher after the comma: another title or another body
        ("Đại tá Lý Văn Tài, Giám đốc Công an tỉnh, Bộ Chỉ huy Quân sự tỉnh dự.", ["Giám đốc Công an tỉnh"]),
        ("Đại tá Lý Văn Tài, Cục trưởng Cục Hậu cần, Phòng Tham mưu dự.", ["Cục trưởng Cục Hậu cần"]),
    ],
)
def test_a_title_goes_on_into_a_higher_unit_after_a_comma(text: str, titles: list[str]) -> None:
    assert one(text).titles == titles


@pytest.mark.parametrize("verb", ["đề xuất", "kiến nghị", "hứa", "giải trình", "từng chia sẻ", "xin hứa"])
def test_a_reporting_verb_ends_a_title(verb: str) -> None:
    assert one(f"Thượng tá Mạc Văn Hưng, Trưởng phòng Tham mưu Công an tỉnh {verb} nhiều nội dung.").titles == [
        "Trưởng phòng Tham mưu Công an tỉnh"
    ]


def test_a_post_given_before_a_comma_is_not_the_next_persons() -> None:
    text = (
        "Đại tá Trịnh Văn Lâm được bầu giữ chức Bí thư Đảng ủy, Thượng tá Đỗ Minh Khang được bầu giữ chức "
        "Phó Bí thư Đảng ủy."
    )
    assert [(o.name, o.titles) for o in people(text)] == [("Trịnh Văn Lâm", []), ("Đỗ Minh Khang", [])]


def test_chairs_told_in_a_caption_are_not_the_people_named_before() -> None:
    text = (
        "Dự hội nghị có các đồng chí: Đại tá Lê Văn Hòa, Phó Giám đốc Công an tỉnh; Đại tá Vũ Thị Lan, "
        "Phó Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.\n\nCác đồng chí chủ trì hội nghị. (Ảnh: Minh Hà)"
    )
    assert [o.roles for o in people(text)] == [["attendee"], ["attendee"]]


def test_team_leaders_posts() -> None:
    text = "Đại tá Vũ Đức Long, Tổ trưởng Tổ công tác 902, và Trung tá Bùi Minh Hải, Tổ phó Tổ công tác dự."
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Vũ Đức Long", ["Tổ trưởng Tổ công tác 902"]),
        ("Bùi Minh Hải", ["Tổ phó Tổ công tác"]),
    ]


def test_lowercase_rank_after_a_word() -> None:
    text = "Tại lễ, đại tá Lê Văn Hòa, Giám đốc Công an tỉnh và đại tá Sổm Phết Vông Xay, Phó Giám đốc Công an tỉnh bạn phát biểu."
    assert [(o.name, o.rank) for o in people(text)] == [("Lê Văn Hòa", "Đại tá"), ("Sổm Phết Vông Xay", "Đại tá")]


def test_list_after_colon_with_semicolons() -> None:
    text = (
        "Tham dự hội nghị có các đồng chí: Lê Văn Tám, Ủy viên Ban Thường vụ Tỉnh ủy, Chỉ huy trưởng Bộ CHQS tỉnh; "
        "Nguyễn Thị Hoa, Phó Chủ tịch HĐND tỉnh; Phan Quốc Việt, Phó Chủ tịch UBND tỉnh."
    )
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Lê Văn Tám", ["Ủy viên Ban Thường vụ Tỉnh ủy", "Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]),
        ("Nguyễn Thị Hoa", ["Phó Chủ tịch Hội đồng nhân dân tỉnh"]),
        ("Phan Quốc Việt", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    ]


def test_title_comma_rank_name_twice_in_one_sentence() -> None:
    found = people(
        "Giám đốc Công an tỉnh, Đại tá Hoàng Văn Phúc và Chỉ huy trưởng BĐBP tỉnh, Đại tá Lương Văn Thắng đồng chủ trì."
    )
    assert [(o.name, o.titles, o.roles) for o in found] == [
        ("Hoàng Văn Phúc", ["Giám đốc Công an tỉnh"], ["co-chair"]),
        ("Lương Văn Thắng", ["Chỉ huy trưởng Bộ đội Biên phòng tỉnh"], ["co-chair"]),
    ]


def test_a_title_after_one_name_is_not_the_next_ones() -> None:
    found = people("Đại tá Lê Văn An, Giám đốc Công an tỉnh, Đại tá Trần Văn Bình, Chỉ huy trưởng Bộ CHQS tỉnh dự.")
    assert [o.titles for o in found] == [["Giám đốc Công an tỉnh"], ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]]


def test_shared_title_before_a_list_of_names_without_ranks() -> None:
    found = people("Các đồng chí Phó Chủ tịch UBND tỉnh: Nguyễn Mạnh Tuấn, Hoàng Thị Thu Trang dự hội nghị.")
    assert [(o.name, o.titles) for o in found] == [
        ("Nguyễn Mạnh Tuấn", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Hoàng Thị Thu Trang", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    ]


def test_shared_title_before_colon_goes_to_each() -> None:
    text = (
        "Các đồng chí Ủy viên Trung ương Đảng: Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng; "
        "Thượng tướng Phạm Minh Châu, Thứ trưởng Bộ Công an đồng chủ trì hội nghị."
    )
    found = people(text)
    assert [(o.name, o.titles, o.roles) for o in found] == [
        ("Lê Văn Hùng", ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Quốc phòng"], ["co-chair"]),
        ("Phạm Minh Châu", ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"], ["co-chair"]),
    ]


SHAPES += [
    (
        "a-title-ends-before-trực-tiếp",
        "Đại tá Phan Văn Lộc, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh trực tiếp chỉ huy lực lượng.",
        ("Phan Văn Lộc", "Đại tá", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]),
    ),
    (
        "a-hyphenated-transcribed-name",
        "Thiếu tướng Xổm-xạ-vạt Ly-ki, Phó Tư lệnh quân khu bạn, phát biểu.",
        ("Xổm-xạ-vạt Ly-ki", "Thiếu tướng", ["Phó Tư lệnh quân khu bạn"]),
    ),
    (
        "a-hmong-family-name-after-a-title",
        "Phó Chủ tịch UBND tỉnh Vừ Mí Sình phát biểu tại buổi lễ.",
        ("Vừ Mí Sình", None, ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
    ),
    (
        "a-title-ends-before-retiring",
        "Trao quyết định cho Đại tá Lê Thị Mai - Phó Giám đốc Công an tỉnh nghỉ hưu theo chế độ.",
        ("Lê Thị Mai", "Đại tá", ["Phó Giám đốc Công an tỉnh"]),
    ),
    (
        "a-title-ends-before-thanks",
        "Ông Nguyễn Văn Bình, Giám đốc Công ty cổ phần Thép Miền Trung cảm ơn các lực lượng.",
        ("Nguyễn Văn Bình", None, ["Giám đốc Công ty cổ phần Thép Miền Trung"]),
    ),
    (
        "a-long-steering-committee-with-commas",
        "Ông Hà Văn Tám, Phó Trưởng Ban Thường trực Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng "
        "phong trào toàn dân bảo vệ an ninh Tổ quốc huyện phát biểu.",
        (
            "Hà Văn Tám",
            None,
            [
                "Phó Trưởng Ban Thường trực Ban Chỉ đạo phòng, chống tội phạm, tệ nạn xã hội và xây dựng "
                "phong trào toàn dân bảo vệ an ninh Tổ quốc huyện"
            ],
        ),
    ),
    (
        "a-title-ends-before-a-contribution",
        "Đại tá Lâm Văn Chiến, Giám đốc Công an thành phố Cần Thơ tham luận về công tác phối hợp.",
        ("Lâm Văn Chiến", "Đại tá", ["Giám đốc Công an thành phố Cần Thơ"]),
    ),
    (
        "the-minister-moving-an-officer-is-not-the-officers-title",
        "Quyết định của Bộ trưởng Bộ Công an điều động Đại tá Vi Văn Sơn, Giám đốc Công an tỉnh.",
        ("Vi Văn Sơn", "Đại tá", ["Giám đốc Công an tỉnh"]),
    ),
    (
        "a-former-post",
        "Thăm hỏi Thiếu tướng Đào Văn Mạnh, nguyên Giám đốc Công an tỉnh, tại nhà riêng.",
        ("Đào Văn Mạnh", "Thiếu tướng", ["Nguyên Giám đốc Công an tỉnh"]),
    ),
    (
        "the-appointing-minister-is-not-the-appointees-title",
        "Quyết định của Bộ trưởng Bộ Công an bổ nhiệm Thượng tá Rơ Châm Hiếu, Trưởng phòng Cảnh sát hình sự.",
        ("Rơ Châm Hiếu", "Thượng tá", ["Trưởng phòng Cảnh sát hình sự"]),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in SHAPES[-10:]], ids=[c[0] for c in SHAPES[-10:]])
def test_more_shapes(text: str, expected: tuple[str, str | None, list[str]]) -> None:
    official = one(text)
    assert (official.name, official.rank, official.titles) == expected


def test_a_chain_of_titles_after_co_before_the_rank() -> None:
    text = "Cùng dự có Phó Bí thư Đảng ủy, Phó Chính ủy Bộ đội Biên phòng tỉnh, Thượng tá Lý Văn Dũng."
    assert one(text).titles == ["Phó Bí thư Đảng ủy", "Phó Chính ủy Bộ đội Biên phòng tỉnh"]
    text = "Thay mặt Giám đốc Sở, Phó Giám đốc Sở Tư pháp Hà Thị Lan phát biểu."
    assert one(text).titles == ["Phó Giám đốc Sở Tư pháp"]


@pytest.mark.parametrize(
    "text",
    [
        "Thừa ủy quyền của Chủ tịch nước, Thiếu tướng Phạm Văn Quý trao Huân chương cho tập thể đơn vị.",
        "Thừa ủy quyền Chủ tịch nước, Thiếu tướng Phạm Văn Quý trao Huân chương cho tập thể đơn vị.",
        "Thay mặt Bộ trưởng Bộ Quốc phòng, Thiếu tướng Phạm Văn Quý trao quyết định.",
    ],
)
def test_the_post_of_whom_one_acts_for_is_not_ones_own(text: str) -> None:
    official = one(text)
    assert (official.name, official.rank, official.titles) == ("Phạm Văn Quý", "Thiếu tướng", [])


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Đại tá Vũ Thị Lan, Viện trưởng Viện Y học dự phòng Quân đội dự hội nghị.", "Viện trưởng Viện Y học dự phòng Quân đội"),
        ("Thượng tá Đào Văn Hải, Trưởng Ban Quản lý dự án đầu tư xây dựng tham dự.", "Trưởng Ban Quản lý dự án đầu tư xây dựng"),
        ("Trung tá Lò Văn Pình, Trung đoàn trưởng Trung đoàn dự bị động viên 16 phát biểu.", "Trung đoàn trưởng Trung đoàn dự bị động viên 16"),
    ],
)
def test_a_stop_word_inside_a_compound_of_a_name_ends_no_title(text: str, title: str) -> None:
    assert one(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Thiếu tá Lê Văn Thuận, Hải đội trưởng Hải đội Biên phòng 2 cho biết.", "Hải đội trưởng Hải đội Biên phòng 2"),
        (
            "Đại tá Vũ Văn Tân, Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu cho biết.",
            "Phó Cục trưởng Cục Cảnh sát điều tra tội phạm về tham nhũng, kinh tế, buôn lậu",
        ),
        ("Thiếu tướng Đỗ Văn Minh, Phó Cục trưởng Cục Cảnh sát hình sự thông tin về vụ án.", "Phó Cục trưởng Cục Cảnh sát hình sự"),
        (
            "Phóng viên trao đổi với Thiếu tướng Đỗ Văn Minh, Tham mưu trưởng Bộ đội Biên phòng về kết quả phối hợp.",
            "Tham mưu trưởng Bộ đội Biên phòng",
        ),
    ],
)
def test_more_heads_phrases_and_ends_of_titles(text: str, title: str) -> None:
    assert one(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a compound of a name is not one after a place: what the person does
        ("Đại tá Nguyễn Văn An, Giám đốc Công an tỉnh dự phòng mọi tình huống.", "Giám đốc Công an tỉnh"),
        ("Ông Nguyễn Văn An, Chủ tịch UBND tỉnh tiếp công dân định kỳ tại trụ sở.", "Chủ tịch Ủy ban nhân dân tỉnh"),
        ("Đại tá Nguyễn Văn An, Trưởng phòng Công nghệ thông tin cho biết.", "Trưởng phòng Công nghệ thông tin"),
        (
            "Bà Nguyễn Thúy Anh, Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội dự hội nghị.",
            "Chủ nhiệm Ủy ban về các vấn đề xã hội của Quốc hội",
        ),
        ("Chủ tịch nước ủy quyền cho Thứ trưởng Bộ Công an, Thượng tướng Lê Quốc Hùng trao Huân chương.", "Thứ trưởng Bộ Công an"),
        ("Dự có Đại tá Lê Văn Bình, Phó Giám đốc Công an TP. Ông Bình đề nghị các đơn vị.", "Phó Giám đốc Công an thành phố"),
    ],
)
def test_the_new_stops_and_compounds_cut_no_title_short_or_long(text: str, title: str) -> None:
    assert one(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a stop word read from the second syllable of a word begun before it is none
        ("Thiếu tá Đinh Văn Sang, Đội trưởng Đội Cảnh sát giao thông báo cáo tình hình.", "Đội trưởng Đội Cảnh sát giao thông"),
        ("Ông Hà Minh Tâm, Chủ tịch Ủy ban bầu cử tỉnh cử cán bộ kiểm tra.", "Chủ tịch Ủy ban bầu cử tỉnh"),
        ("Trung tá Lê Văn Kha, Phó Trưởng phòng đăng ký xe phát biểu.", "Phó Trưởng phòng đăng ký xe"),
        # ... and the stop word after the word it overlaps still ends the title
        ("Thượng tá Đỗ Văn Lực, Trưởng phòng Cảnh sát giao thông thông báo lịch tuần tra.", "Trưởng phòng Cảnh sát giao thông"),
    ],
)
def test_a_stop_word_overlapping_a_word_begun_before_it_is_none(text: str, title: str) -> None:
    assert one(text).titles == [title]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # "đại diện" is what one does ...
        ("Trung tá Lò Văn Tiến, Trưởng Công an xã Mường Lèo đại diện các đơn vị ký kết.", "Trưởng Công an xã Mường Lèo"),
        # ... except inside a name that holds it
        ("Ông Vũ Văn Khôi, Trưởng Văn phòng đại diện Báo Quân đội nhân dân phát biểu.", "Trưởng Văn phòng đại diện Báo Quân đội nhân dân"),
        ("Bà Lê Thị Hoa, Trưởng Ban đại diện Hội Người cao tuổi tỉnh dự.", "Trưởng Ban đại diện Hội Người cao tuổi tỉnh"),
        # after "Ban" or "Bộ", only a word naming a board's work goes on the name
        ("Ông Trịnh Văn Quý, Phó Trưởng Ban phát biểu ý kiến.", "Phó Trưởng Ban"),
        ("Ông Trịnh Văn Quý, Chánh Văn phòng Bộ dự hội nghị.", "Chánh Văn phòng Bộ"),
        ("Ông Trịnh Văn Quý, Phó Trưởng Ban chỉ đạo tỉnh dự.", "Phó Trưởng Ban chỉ đạo tỉnh"),
        ("Ông Trịnh Văn Quý, Trưởng Ban tiếp công dân tỉnh dự.", "Trưởng Ban tiếp công dân tỉnh"),
    ],
)
def test_a_title_ends_at_what_one_does_not_at_a_boards_name(text: str, title: str) -> None:
    assert one(text).titles == [title]


def test_an_institution_is_not_read_from_the_second_syllable_of_a_word() -> None:
    text = "Thiếu tá Hà Văn Tú, Phó Trưởng phòng An ninh nội bộ Công an tỉnh dự."
    assert one(text).titles == ["Phó Trưởng phòng An ninh nội bộ Công an tỉnh"]
    assert one("Ông Hà Văn Tú, thứ trưởng bộ công an dự.").titles == ["Thứ trưởng Bộ Công an"]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a body named with its place is complete: "về" after it begins the topic
        ("Hội nghị nghe Thượng tá Lâm Văn Đức, Trưởng Công an thị xã Ba Đồn về mô hình tự quản.", "Trưởng Công an thị xã Ba Đồn"),
        ("Đại tá Tạ Minh Hoàng, Phó Giám đốc Công an Hà Nội về giải pháp giữ gìn trật tự.", "Phó Giám đốc Công an Hà Nội"),
        # ... and "về" inside a body's name, before its place, goes on
        (
            "Đại tá Cao Văn Lợi, Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Điện Biên dự.",
            "Trưởng phòng Cảnh sát điều tra tội phạm về ma túy Công an tỉnh Điện Biên",
        ),
    ],
)
def test_a_title_ends_before_ve_after_a_body_named_with_its_place(text: str, title: str) -> None:
    assert one(text).titles == [title]


def test_a_title_before_a_name_runs_over_no_place_of_a_visit() -> None:
    # "tại" in a title opens the place an office stands in, and the title ends with it
    text = "Sáng 2/9, đoàn dâng hương tưởng niệm Chủ tịch Hồ Chí Minh tại Quảng trường Ba Đình và chăm sóc mộ Đại tá Mạc Văn Cường."
    assert [(o.name, o.titles) for o in people(text)] == [("Mạc Văn Cường", [])]
    text = "Đoàn viếng Chủ tịch Hồ Chí Minh tại Khu di tích Kim Liên và dọn cỏ quanh mộ Thượng tá Tô Văn Huy."
    assert [(o.name, o.titles) for o in people(text)] == [("Tô Văn Huy", [])]
    assert one("Thiếu tướng Lê Văn Tâm, Phó Giám đốc Công an tỉnh tại hội nghị đã nêu rõ.").titles == [
        "Phó Giám đốc Công an tỉnh"
    ]
    assert one("Tổng Lãnh sự Việt Nam tại Pắc Xế Nguyễn Văn Lâm phát biểu.").titles == ["Tổng Lãnh sự Việt Nam tại Pắc Xế"]


def test_a_title_ends_before_an_adverb_and_a_recollection() -> None:
    text = "Thiếu tướng Lê Văn Phước, Phó Tư lệnh Quân khu 9 vẫn nhớ những đêm tuần tra trên kênh."
    assert one(text).titles == ["Phó Tư lệnh Quân khu 9"]


def test_a_family_name_after_a_border_gate_is_a_place() -> None:
    text = "Có Thượng tá Trương Vĩ, Trạm trưởng Trạm Kiểm tra biên phòng cửa khẩu Hà Khẩu (Trung Quốc)."
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Trương Vĩ", ["Trạm trưởng Trạm Kiểm tra biên phòng cửa khẩu Hà Khẩu"])
    ]


def test_a_degree_before_a_name_after_a_title() -> None:
    official = one("Trưởng phòng Hợp tác quốc tế, ThS. Lò Văn Piếng báo cáo tham luận.")
    assert (official.name, official.titles) == ("Lò Văn Piếng", ["Trưởng phòng Hợp tác quốc tế"])


def test_a_province_with_a_hyphen_is_no_person() -> None:
    found = people("Đại tá Nguyễn Văn Dũng, Giám đốc Công an tỉnh Bà Rịa-Vũng Tàu phát biểu.")
    assert [(o.name, o.titles) for o in found] == [("Nguyễn Văn Dũng", ["Giám đốc Công an tỉnh Bà Rịa-Vũng Tàu"])]


def test_a_clause_before_the_colon_shares_no_title() -> None:
    text = (
        "Hội nghị nghe các Giám đốc Công an tỉnh trình bày tham luận: Đại tá Lê Văn An, Giám đốc Công an tỉnh "
        "Nam Định; Đại tá Vũ Văn Bình, Giám đốc Công an tỉnh Thái Bình."
    )
    assert [o.titles for o in people(text)] == [["Giám đốc Công an tỉnh Nam Định"], ["Giám đốc Công an tỉnh Thái Bình"]]


def test_a_school_of_medicine_is_no_name() -> None:
    assert one("Hiệu trưởng Trường Đại học Y Hà Nội Nguyễn Văn An dự.").name == "Nguyễn Văn An"


def test_a_short_name_with_another_rank_is_another_person() -> None:
    text = "Đại tá Lê Văn Nam, Trưởng phòng phát biểu. Thiếu tá Nam, cán bộ Phòng PC06 báo cáo."
    assert [(o.name, o.rank) for o in people(text)] == [("Lê Văn Nam", "Đại tá"), ("Nam", "Thiếu tá")]


def test_titles_held_together_and_names_with_commas() -> None:
    official = one("Đại tá Meas Sophal, Phó Tư lệnh Quân khu 3, kiêm Chỉ huy trưởng Tiểu khu Quân sự tỉnh phát biểu.")
    assert official.titles == ["Phó Tư lệnh Quân khu 3", "Chỉ huy trưởng Tiểu khu Quân sự tỉnh"]
    official = one("Thượng tá Lê Văn Hòa, Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ phát biểu.")
    assert official.titles == ["Trưởng phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"]
    assert one("Đại tá Lê Văn Bảo, Trưởng ban Chỉ đạo phát biểu.").titles == ["Trưởng Ban Chỉ đạo"]


def test_a_chair_after_a_semicolon_is_not_the_attendee_before_it() -> None:
    text = "Thiếu tướng Đinh Văn Cường, Phó Tư lệnh Quân khu dự và chỉ đạo; Đại tá Trần Văn Sơn, Chỉ huy trưởng chủ trì."
    assert [(o.name, o.roles) for o in people(text)] == [
        ("Đinh Văn Cường", ["attendee"]),
        ("Trần Văn Sơn", ["chair"]),
    ]


def test_a_steering_committee_in_a_title_is_no_verb_of_its_own() -> None:
    text = (
        "Đồng chí Nguyễn Văn An, Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo 138 tỉnh; "
        "Đại tá Lê Văn Bình, Giám đốc Công an tỉnh đồng chủ trì hội nghị."
    )
    assert [o.roles for o in people(text)] == [["co-chair"], ["co-chair"]]


def test_a_draft_is_not_attended() -> None:
    assert one("Đại tướng Lê Văn Hòa, Bộ trưởng Bộ Công an ký Tờ trình về dự thảo Nghị định.").roles == []


def test_a_title_inside_its_segment_opens_the_chain() -> None:
    text = (
        "Tham dự hội nghị có Giám đốc Công an tỉnh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh và "
        "Phó Chủ tịch UBND tỉnh, Đại tá Nguyễn Văn Hùng."
    )
    assert one(text).titles == ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]


def test_a_long_run_of_title_heads_is_read_in_linear_time() -> None:
    import time

    started = time.process_time()
    found = people("Bí thư " * 14000 + ", Bí thư, Đại tá Quàng Văn Sinh.")
    assert [o.name for o in found] == ["Quàng Văn Sinh"]
    assert time.process_time() - started < 3


def test_an_apostrophe_name_an_ampersand_title_and_a_promise() -> None:
    official = one("Dự hội nghị có đồng chí H'Linh Niê, Phó Chủ tịch UBND tỉnh.")
    assert (official.name, official.titles) == ("H'Linh Niê", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"])
    official = one("Thiếu tá Hà Văn Nam, Đội trưởng Đội Cảnh sát PCCC&CNCH phát biểu.")
    assert official.titles == ["Đội trưởng Đội Cảnh sát Phòng cháy chữa cháy và Cứu nạn cứu hộ"]
    assert one("Thượng tá Lê Văn Sơn, Chính ủy Trung đoàn 48 cam kết hoàn thành.").titles == ["Chính ủy Trung đoàn 48"]
    official = one("Đại tá Phạm Hữu Nghĩa, Giám đốc Cảnh sát PC&CC tỉnh chủ trì hội nghị.")
    assert official.titles == ["Giám đốc Cảnh sát Phòng cháy và chữa cháy tỉnh"]
    official = one("Đồng chí Trần Quang Tấn, Chủ tịch Hội đồng GDQP&AN tỉnh chủ trì.")
    assert official.titles == ["Chủ tịch Hội đồng Giáo dục quốc phòng và an ninh tỉnh"]
    official = one("Thiếu tướng Bạch Quốc Toản, Cục trưởng Cục CSGT đường bộ - đường sắt chủ trì hội nghị.")
    assert official.titles == ["Cục trưởng Cục Cảnh sát giao thông đường bộ - đường sắt"]


def test_a_shared_post_goes_only_to_those_naming_none_of_their_own() -> None:
    text = (
        "Dự có các đồng chí Phó Giám đốc Công an tỉnh: Đại tá Lê Văn Hòa, Thượng tá Vũ Minh Tâm; "
        "Đại tá Đỗ Văn Thành, Trưởng phòng Tham mưu."
    )
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Lê Văn Hòa", ["Phó Giám đốc Công an tỉnh"]),
        ("Vũ Minh Tâm", ["Phó Giám đốc Công an tỉnh"]),
        ("Đỗ Văn Thành", ["Trưởng phòng Tham mưu"]),
    ]


def test_a_shared_post_goes_to_those_naming_only_posts_of_the_other_kind() -> None:
    # a state post to one listed with a Party post, a Party post to those listed with state posts
    text = "Cùng dự có các đồng chí Phó Giám đốc Công an tỉnh: Đại tá Trần Ngọc Tú, Phó Bí thư Đảng ủy; Đại tá Lê Mạnh Hùng."
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Trần Ngọc Tú", ["Phó Giám đốc Công an tỉnh", "Phó Bí thư Đảng ủy"]),
        ("Lê Mạnh Hùng", ["Phó Giám đốc Công an tỉnh"]),
    ]
    text = "Dự có các đồng chí Phó Bí thư Tỉnh ủy: Nguyễn Văn An, Chủ tịch UBND tỉnh; Hà Quốc Bảo, Chủ tịch HĐND tỉnh."
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Nguyễn Văn An", ["Phó Bí thư Tỉnh ủy", "Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("Hà Quốc Bảo", ["Phó Bí thư Tỉnh ủy", "Chủ tịch Hội đồng nhân dân tỉnh"]),
    ]


def test_shared_title_after_cac_without_dong_chi() -> None:
    text = "Dự hội nghị có các Phó Chánh Văn phòng Bộ: Đại tá Hà Văn Minh, Đại tá Lưu Thị Nga."
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Hà Văn Minh", ["Phó Chánh Văn phòng Bộ"]),
        ("Lưu Thị Nga", ["Phó Chánh Văn phòng Bộ"]),
    ]


def test_a_shared_post_of_places_goes_to_each_as_the_post_of_the_place_in_brackets() -> None:
    text = (
        "Dự hội nghị có Giám đốc Công an các tỉnh, thành phố: Thiếu tướng Đào Văn Lực (Cần Thơ), "
        "Đại tá Mai Văn Khánh (Sóc Trăng) và Đại tá Tạ Thị Hằng."
    )
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Đào Văn Lực", ["Giám đốc Công an Thành phố Cần Thơ"]),
        ("Mai Văn Khánh", ["Giám đốc Công an tỉnh Sóc Trăng"]),
        ("Tạ Thị Hằng", ["Giám đốc Công an"]),
    ]
    text = "Cùng dự có các Trưởng Công an huyện: Thượng tá Hồ Văn Mạnh (Mộc Châu), Trung tá Ly Văn Sáu (Sông Mã)."
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Hồ Văn Mạnh", ["Trưởng Công an huyện Mộc Châu"]),
        ("Ly Văn Sáu", ["Trưởng Công an huyện Sông Mã"]),
    ]
    # (a post before a colon with neither "các" nor places after it is shared by none)
    text = "Ý kiến của Giám đốc Công an tỉnh: Đại tá Tạ Thị Hằng (Sóc Trăng) đề nghị tăng cường tuần tra."
    assert [(o.name, o.titles) for o in people(text)] == [("Tạ Thị Hằng", [])]


def test_names_of_the_central_highlands_begin_with_y_or_h_and_an_apostrophe() -> None:
    text = "Dự có các đồng chí: Y Đăm Niê, Phó Chủ tịch UBND tỉnh; H'Mai Ksor, Phó Bí thư Tỉnh ủy."
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Y Đăm Niê", ["Phó Chủ tịch Ủy ban nhân dân tỉnh"]),
        ("H'Mai Ksor", ["Phó Bí thư Tỉnh ủy"]),
    ]
    text = "Phó Chủ tịch UBND tỉnh Y Đăm Niê và Phó Bí thư Tỉnh ủy H’Mai Ksor dự."
    assert [o.name for o in people(text)] == ["Y Đăm Niê", "H’Mai Ksor"]
    # ("Y" of medicine names no one)
    assert people("Hiệu trưởng Trường Đại học Y Dược Thái Bình phát biểu.") == []


def test_a_given_name_alone_is_the_person_named_before() -> None:
    text = (
        "Thiếu tướng Nguyễn Văn Bình, Phó Tư lệnh Quân khu 4 phát biểu. Thiếu tướng Bình nhấn mạnh yêu cầu. "
        "Trung tá Somchai Phanthavong, Phó Chỉ huy trưởng, dự. Trung tá Somchai cảm ơn đoàn."
    )
    found = people(text)
    assert [(o.name, [m.text for m in o.mentions]) for o in found] == [
        ("Nguyễn Văn Bình", ["Thiếu tướng Nguyễn Văn Bình", "Thiếu tướng Bình"]),
        ("Somchai Phanthavong", ["Trung tá Somchai Phanthavong", "Trung tá Somchai"]),
    ]


def test_a_given_name_shared_by_two_is_left_apart() -> None:
    text = "Đại tá Lê Văn Bình và Đại tá Trần Quốc Bình, Phó Giám đốc, dự. Đại tá Bình phát biểu."
    assert [o.name for o in people(text)] == ["Lê Văn Bình", "Trần Quốc Bình", "Bình"]


def test_one_person_three_ways_is_one_official() -> None:
    text = (
        "Trung tướng Phạm Minh Châu, Thứ trưởng Bộ Công an chủ trì hội nghị. "
        "Phát biểu, Thứ trưởng Phạm Minh Châu nhấn mạnh. Đồng chí Phạm Minh Châu đề nghị các đơn vị."
    )
    (official,) = people(text)
    assert official.titles == ["Thứ trưởng Bộ Công an"]  # the bare "Thứ trưởng" is subsumed
    assert official.rank == "Trung tướng"
    assert [m.text for m in official.mentions] == [
        "Trung tướng Phạm Minh Châu",
        "Phạm Minh Châu",
        "Đồng chí Phạm Minh Châu",
    ]


def test_a_later_mention_without_title_is_the_same_person() -> None:
    (official,) = people(
        "Thiếu tướng Hoàng Nghĩa Hiếu, Phó Tư lệnh Quân khu 2 dự. Phát biểu chỉ đạo, đồng chí Hoàng Nghĩa Hiếu đánh giá cao kết quả."
    )
    assert [m.text for m in official.mentions] == ["Thiếu tướng Hoàng Nghĩa Hiếu", "đồng chí Hoàng Nghĩa Hiếu"]
    assert official.roles == ["attendee", "speaker"]


def test_rank_is_what_this_article_says() -> None:
    assert one("Thiếu tướng Bùi Quang Huy, Thứ trưởng Bộ Công an dự.").rank == "Thiếu tướng"
    assert one("Thượng tướng Bùi Quang Huy, Thứ trưởng Bộ Công an dự.").rank == "Thượng tướng"


ROLES = [
    (
        "co-chair-after",
        "Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng và Trung tướng Phạm Minh Châu, Thứ trưởng Bộ Công an đồng chủ trì hội nghị.",
        ["co-chair", "co-chair"],
    ),
    (
        "co-chair-before",
        "Đồng chủ trì hội nghị có Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng; Trung tướng Phạm Minh Châu, Thứ trưởng Bộ Công an.",
        ["co-chair", "co-chair"],
    ),
    ("chair", "Chiều 3/4, Phó Chủ tịch UBND tỉnh Đỗ Thanh Bình chủ trì hội nghị.", ["chair"]),
    (
        "attends-and-directs-is-not-chair",
        "Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng tới dự và chỉ đạo hội nghị.",
        ["attendee"],
    ),
    (
        "leads-a-delegation-is-not-chair",
        "Trung tướng Phạm Minh Châu - Phó Chủ nhiệm Tổng cục Chính trị làm trưởng đoàn kiểm tra.",
        [],
    ),
    ("speaker", "Phát biểu chỉ đạo, Thứ trưởng Hoàng Anh Tuấn ghi nhận kết quả.", ["speaker"]),
    (
        "a-unit-leading-an-operation-is-no-chair",
        "Đại tá Lò Văn Hải, Chỉ huy trưởng Bộ đội Biên phòng tỉnh cho biết đơn vị đã chủ trì, phối hợp bắt giữ 9 vụ.",
        [],
    ),
    (
        "co-chairs-told-in-the-next-sentence",
        "Đến dự có Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Quốc phòng; Trung tướng Phạm Minh Châu, Thứ trưởng Bộ Công an. Hai đồng chí đồng chủ trì hội nghị.",
        ["attendee", "co-chair", "attendee", "co-chair"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in ROLES], ids=[c[0] for c in ROLES])
def test_roles(text: str, expected: list[str]) -> None:
    assert [r for o in people(text) for r in o.roles] == expected


NOT_OFFICIALS = [
    ("byline", "Hai lực lượng tiếp tục phối hợp chặt chẽ.\n\nNgô Quang Minh"),
    ("all-caps-byline", "Hai lực lượng tiếp tục phối hợp chặt chẽ.\n\nNGUYỄN VĂN BÌNH"),
    ("photo-credit", "Toàn cảnh hội nghị. Ảnh: V. Hưng"),
    ("place", "Các đại biểu dâng hoa tại Quảng trường Hồ Chí Minh."),
    ("city", "Đoàn công tác làm việc tại TP Hồ Chí Minh và Hà Nội."),
    ("untitled-name", "Anh Nguyễn Văn Bình là ngư dân ở xã biển."),
    ("title-without-name", "Đồng chí Thứ trưởng đề nghị hai lực lượng phối hợp."),
    ("organisation", "Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh tổ chức giao ban."),
    ("institution-named-like-a-family", "Phó Giám đốc Cung Văn hóa Lao động tỉnh phát biểu."),
    ("age-in-brackets", "Đối tượng Nguyễn Văn Bình (35 tuổi, trú tại xã Hòa Bình) bị bắt."),
    ("organisation-named-like-a-family", "Bí thư Tỉnh đoàn, Đoàn Thanh niên tỉnh phối hợp tuyên truyền."),
    ("a-district-named-like-a-person", "Giám đốc Trung tâm Y tế huyện Lục Ngạn phát biểu."),
    (
        "the-issuer-of-a-document-before-a-comma",
        "Thực hiện Công điện số 220/CĐ-TTg ngày 18/11/2025 của Thủ tướng Chính phủ, lực lượng Công an các xã bám địa bàn.",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_OFFICIALS], ids=[c[0] for c in NOT_OFFICIALS])
def test_not_officials(text: str) -> None:
    assert people(text) == []


def test_nfd_input_gives_the_same_officials() -> None:
    text = "Thượng tướng Lê Văn Hùng, Uỷ viên Trung ương Đảng, Thứ trưởng Bộ Quốc phòng chủ trì."
    nfd = unicodedata.normalize("NFD", text)
    a, b = one(text), one(nfd)
    assert (a.name, a.rank, a.titles, a.roles) == (b.name, b.rank, b.titles, b.roles)
    assert nfd[b.mentions[0].start : b.mentions[0].end] == b.mentions[0].text


def test_a_post_written_once_after_two_names_joined_by_va_is_both_peoples() -> None:
    found = people("Đại tá Vi Văn Thắng và Đại tá Nông Minh Hải, Phó Giám đốc Công an tỉnh cùng dự.")
    assert [(o.name, o.titles) for o in found] == [
        ("Vi Văn Thắng", ["Phó Giám đốc Công an tỉnh"]),
        ("Nông Minh Hải", ["Phó Giám đốc Công an tỉnh"]),
    ]
    # (named with honorifics only, the first is an official by that post)
    found = people("Đồng chí Lò Văn Sinh và đồng chí Hà Thị Mai, Phó Chủ tịch UBND tỉnh dự hội nghị.")
    assert [o.name for o in found] == ["Lò Văn Sinh", "Hà Thị Mai"]


def test_a_post_after_two_names_is_not_the_first_ones_when_the_text_gives_them_theirs() -> None:
    found = people(
        "Thượng tướng Võ Văn Khang, Thứ trưởng Bộ Công an phát biểu. Thượng tướng Võ Văn Khang và "
        "Thượng tướng Hoàng Trọng Nghĩa, Thứ trưởng Bộ Quốc phòng đồng chủ trì."
    )
    assert [(o.name, o.titles) for o in found] == [
        ("Võ Văn Khang", ["Thứ trưởng Bộ Công an"]),
        ("Hoàng Trọng Nghĩa", ["Thứ trưởng Bộ Quốc phòng"]),
    ]


def test_dong_chi_and_a_given_name_is_the_one_named_so_in_full() -> None:
    text = (
        "Đại tá Quản Minh Hòa, Phó Giám đốc Công an tỉnh chủ trì hội nghị. "
        "Phát biểu chỉ đạo, đồng chí Hòa đề nghị các đơn vị phối hợp chặt chẽ."
    )
    (official,) = people(text)
    assert [m.text for m in official.mentions] == ["Đại tá Quản Minh Hòa", "đồng chí Hòa"]
    # two of that given name, or none named in full: the short mention is nobody's
    text = "Đại tá Lê Văn Hòa và Thượng tá Trần Minh Hòa dự. Đồng chí Hòa phát biểu."
    assert [len(o.mentions) for o in people(text)] == [1, 1]
    assert people("Đồng chí Hòa phát biểu tại hội nghị.") == []


def test_a_province_that_opens_with_an_honorific_ends_no_title() -> None:
    official = one("Dự có đồng chí Đặng Thị Mỹ Hạnh, Phó Chủ tịch UBND tỉnh Bà Rịa - Vũng Tàu, cùng lãnh đạo các sở.")
    assert official.titles == ["Phó Chủ tịch Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"]


def test_the_post_of_a_documents_issuer_is_not_the_next_persons() -> None:
    official = one(
        "Thực hiện Công điện số 220/CĐ-TTg ngày 18/11/2025 của Thủ tướng Chính phủ, Thiếu tướng Phạm Minh Đức "
        "yêu cầu Công an các xã bám địa bàn."
    )
    assert (official.name, official.titles) == ("Phạm Minh Đức", [])


def test_a_degree_after_va_introduces_the_next_person() -> None:
    text = (
        "Đồng chủ trì có Thiếu tướng Hoàng Minh Quân, Tư lệnh Vùng Cảnh sát biển 2 và GS.TSKH Vũ Đình Lâm, "
        "Viện trưởng Viện Hải dương học."
    )
    assert [(o.name, o.titles, o.roles) for o in people(text)] == [
        ("Hoàng Minh Quân", ["Tư lệnh Vùng Cảnh sát biển 2"], ["co-chair"]),
        ("Vũ Đình Lâm", ["Viện trưởng Viện Hải dương học"], ["co-chair"]),
    ]
    text = "Đại tá Lê Văn An, Giám đốc Công an tỉnh và Nhà giáo Ưu tú Trần Văn Bình, Hiệu trưởng Trường Chính trị tỉnh dự."
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Lê Văn An", ["Giám đốc Công an tỉnh"]),
        ("Trần Văn Bình", ["Hiệu trưởng Trường Chính trị tỉnh"]),
    ]


def test_a_title_ends_in_no_conjunction() -> None:
    assert one("Thượng tá Lê Văn An, Trưởng Công an huyện và ghi nhận công lao của lực lượng.").titles == [
        "Trưởng Công an huyện"
    ]


@pytest.mark.parametrize(
    ("text", "name", "title"),
    [
        # a name after a province begins where the province ends, whatever its family name
        (
            "Giám đốc Sở Nội vụ tỉnh Bạc Liêu Sơn Thị Ngọc Hân phát biểu.",
            "Sơn Thị Ngọc Hân",
            "Giám đốc Sở Nội vụ tỉnh Bạc Liêu",
        ),
        # ... and none begins inside it ("La", "Dương" are family names)
        ("Chủ tịch UBND tỉnh Sơn La Kim Văn Thắng dự.", "Kim Văn Thắng", "Chủ tịch Ủy ban nhân dân tỉnh Sơn La"),
        (
            "Phó Chủ tịch UBND tỉnh Bình Dương Trần Quốc Hưng dự.",
            "Trần Quốc Hưng",
            "Phó Chủ tịch Ủy ban nhân dân tỉnh Bình Dương",
        ),
        # (after a body named in lower case)
        ("Giám đốc Công an Bạc Liêu Sơn Văn Hải dự.", "Sơn Văn Hải", "Giám đốc Công an Bạc Liêu"),
        # a city closing a body's name
        ("Bí thư Thành Đoàn Cần Thơ Lý Minh Khoa phát biểu.", "Lý Minh Khoa", "Bí thư Thành Đoàn Cần Thơ"),
        # a full stop inside a city's abbreviation ends no title
        (
            "Phó Chủ tịch UBND TP.HCM Nguyễn Văn Mãi dự.",
            "Nguyễn Văn Mãi",
            "Phó Chủ tịch Ủy ban nhân dân Thành phố Hồ Chí Minh",
        ),
        # a place is named in two words at least: a family name further on begins the name
        (
            "Phó Chủ tịch Hội Nông dân huyện Châu Thành Điểu Văn Lâm dự.",
            "Điểu Văn Lâm",
            "Phó Chủ tịch Hội Nông dân huyện Châu Thành",
        ),
        ("Bí thư Huyện ủy Lục Ngạn Nguyễn Văn An dự.", "Nguyễn Văn An", "Bí thư Huyện ủy Lục Ngạn"),
        # family names of the Tày, Cham and Khmer peoples
        ("Phó Bí thư Tỉnh ủy Lăng Thị Hồng Nhung dự.", "Lăng Thị Hồng Nhung", "Phó Bí thư Tỉnh ủy"),
        ("Phó Trưởng Công an tỉnh Đàng Văn Hiền dự.", "Đàng Văn Hiền", "Phó Trưởng Công an tỉnh"),
        ("Trưởng Ban Dân tộc tỉnh Chau Văn Thươl dự.", "Chau Văn Thươl", "Trưởng Ban Dân tộc tỉnh"),
        # heads of the press, of foreign offices and of foreign police
        ("Dự có đồng chí Hà Văn Toàn, Tổng Biên tập Báo Lào Cai.", "Hà Văn Toàn", "Tổng Biên tập Báo Lào Cai"),
        (
            "Dự có bà Trịnh Thu Trang, Phó Tổng Biên tập Tạp chí Quốc phòng toàn dân.",
            "Trịnh Thu Trang",
            "Phó Tổng Biên tập Tạp chí Quốc phòng toàn dân",
        ),
        (
            "Cùng dự có bà Ingrid Solberg, Trưởng Đại diện Văn phòng UNICEF tại Việt Nam.",
            "Ingrid Solberg",
            "Trưởng Đại diện Văn phòng UNICEF tại Việt Nam",
        ),
        (
            "Ông Marco Rossi, Điều phối viên Dự án an toàn hàng hải, cho biết.",
            "Marco Rossi",
            "Điều phối viên Dự án an toàn hàng hải",
        ),
        (
            "Trung tướng Sok Dara, Phó Tổng Cảnh sát trưởng Cảnh sát quốc gia Campuchia dự.",
            "Sok Dara",
            "Phó Tổng Cảnh sát trưởng Cảnh sát quốc gia Campuchia",
        ),
        # an officer's age in brackets after the name is passed over to the titles
        (
            "Đại úy Hoàng Minh Đức (29 tuổi), Phó Đội trưởng Đội Cảnh sát cơ động Công an huyện Tam Đảo đã cứu hai em nhỏ.",
            "Hoàng Minh Đức",
            "Phó Đội trưởng Đội Cảnh sát cơ động Công an huyện Tam Đảo",
        ),
        ("Trung tá Vương Thị Mai (sinh năm 1984) - Trưởng Công an xã Tân Lập nhận bằng khen.", "Vương Thị Mai", "Trưởng Công an xã Tân Lập"),
        ("Khen thưởng đồng chí Bạch Văn Khôi (SN 1979), Trưởng Công an xã Định Hòa.", "Bạch Văn Khôi", "Trưởng Công an xã Định Hòa"),
    ],
)
def test_a_name_and_its_title(text: str, name: str, title: str) -> None:
    assert [(o.name, o.titles) for o in people(text)] == [(name, [title])]


def test_thanh_is_a_family_name_after_a_rank_and_a_word_of_places_and_bodies() -> None:
    official = one("Trung tá Thành Văn Nhơn, Đội trưởng Đội Cảnh sát giao thông dự.")
    assert (official.name, official.titles) == ("Thành Văn Nhơn", ["Đội trưởng Đội Cảnh sát giao thông"])
    official = one("Thiếu tướng Phạm Văn Hòa, Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh dự.")
    assert official.titles == ["Tư lệnh Bộ Tư lệnh Bảo vệ Lăng Chủ tịch Hồ Chí Minh"]


def test_the_name_of_illegal_unreported_and_unregulated_fishing_holds_its_comma() -> None:
    text = (
        "Thứ trưởng Phạm Thanh Bình, Phó Trưởng Ban Chỉ đạo về chống khai thác hải sản bất hợp pháp, "
        "không báo cáo và không theo quy định của tỉnh phát biểu."
    )
    assert one(text).titles == [
        "Thứ trưởng",
        "Phó Trưởng Ban Chỉ đạo về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định của tỉnh",
    ]


def test_chairs_listed_after_a_colon_on_the_lines_below() -> None:
    text = (
        "Hội nghị sơ kết công tác phối hợp giữa hai lực lượng năm nay. Đồng chủ trì hội nghị có các đồng chí:\n"
        "- Đại tá Võ Minh Quang, Giám đốc Công an tỉnh;\n"
        "- Đại tá Tạ Đức Hiển, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.\n"
        "Dự hội nghị có Thượng tá Hồ Văn Lâm, Phó Giám đốc Công an tỉnh.\n"
    )
    assert [(o.name, o.roles) for o in people(text)] == [
        ("Võ Minh Quang", ["co-chair"]),
        ("Tạ Đức Hiển", ["co-chair"]),
        ("Hồ Văn Lâm", ["attendee"]),
    ]
    text = (
        "Chủ trì hội nghị có các đồng chí: Đại tá Võ Minh Quang, Giám đốc Công an tỉnh;\n"
        "Đại tá Tạ Đức Hiển, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh.\n\n"
        "Thượng tá Hồ Văn Lâm, Phó Giám đốc Công an tỉnh báo cáo kết quả.\n"
    )
    assert [(o.name, o.roles) for o in people(text)] == [
        ("Võ Minh Quang", ["chair"]),
        ("Tạ Đức Hiển", ["chair"]),
        ("Hồ Văn Lâm", []),
    ]


def test_the_post_of_a_documents_signer_is_written_in_capitals_above_the_name() -> None:
    text = (
        "Hai lực lượng tiếp tục duy trì giao ban hằng quý.\n\n"
        "Nơi nhận:                                  KT. CHỈ HUY TRƯỞNG\n"
        "- Bộ Tư lệnh Quân khu;                     PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG\n"
        "- Lưu: VT.\n"
        "                                           (Đã ký)\n\n"
        "                                           Thượng tá Lý Văn Khương\n"
    )
    official = one(text)
    assert (official.name, official.rank, official.titles) == (
        "Lý Văn Khương",
        "Thượng tá",
        ["Phó Chỉ huy trưởng", "Tham mưu trưởng"],
    )
    # two signers side by side
    text = (
        "Báo cáo kết quả phối hợp năm qua.\n\n"
        "BỘ CHỈ HUY QUÂN SỰ TỈNH\t\t\tCÔNG AN TỈNH\n"
        "CHỈ HUY TRƯỞNG\t\t\t\tGIÁM ĐỐC\n"
        "(Đã ký)\t\t\t\t\t(Đã ký)\n\n"
        "Đại tá Mai Xuân Trường\t\t\tĐại tá Hồ Ngọc Bảo\n"
    )
    assert [(o.name, o.titles) for o in people(text)] == [
        ("Mai Xuân Trường", ["Chỉ huy trưởng"]),
        ("Hồ Ngọc Bảo", ["Giám đốc"]),
    ]


def test_a_name_alone_under_a_headline_in_capitals_is_no_signer() -> None:
    text = "GIÁM ĐỐC CÔNG AN TỈNH KIỂM TRA CÔNG TÁC SẴN SÀNG CHIẾN ĐẤU TẠI CÁC ĐƠN VỊ BIÊN GIỚI PHÍA TÂY\nTrần Minh Đức\n"
    assert people(text) == []


def test_the_place_a_numbered_unit_is_named_for_is_no_person() -> None:
    text = "Trung tá Lò Văn Pản được bổ nhiệm giữ chức Chính trị viên Ban Chỉ huy Phòng thủ khu vực 4 - Cao Lộc."
    assert [o.name for o in extract(text).officials] == ["Lò Văn Pản"]


def test_a_task_given_to_a_body_to_lead_is_no_chair() -> None:
    text = (
        "Trung tướng Lê Văn Tuyến, Thứ trưởng Bộ Công an dự lễ ra quân. Phát biểu tại buổi lễ, Thứ trưởng "
        "Lê Văn Tuyến đề nghị Cục Cảnh sát giao thông chủ trì tiếp tục tuần tra, kiểm soát dịp cao điểm."
    )
    [official] = extract(text).officials
    assert "chair" not in official.roles
    # (the body's name may hold "giao", as "giao thông" does: its head chairs)
    text = "Thiếu tướng Đỗ Văn Hoành, Cục trưởng Cục Cảnh sát giao thông chủ trì hội nghị."
    assert extract(text).officials[0].roles == ["chair"]


def test_what_a_speaker_says_a_unit_led_makes_no_chair() -> None:
    text = "Thượng tá Trần Văn Lộc, Trưởng Công an huyện cho biết: năm qua, Công an huyện đã chủ trì điều tra 18 vụ án."
    [official] = extract(text).officials
    assert "chair" not in official.roles
    text = "Đại tá Mai Văn Quý, Chỉ huy trưởng cho biết, đơn vị đã chủ trì và phối hợp giải quyết 5 vụ việc."
    assert "chair" not in extract(text).officials[0].roles
    # (the one named after what is said chairs)
    text = "Đại tá Mai Văn Quý cho biết, năm nay Thiếu tướng Lê Hữu Tài chủ trì hội nghị."
    assert [(o.name, o.roles) for o in extract(text).officials][1] == ("Lê Hữu Tài", ["chair"])


def test_a_title_before_the_name_ends_at_a_verb_of_listening() -> None:
    text = "Tại Đồn Biên phòng Ba Sơn, Thứ trưởng nghe Thiếu tá Hoàng Văn Nhất, Đồn trưởng báo cáo tình hình."
    assert extract(text).officials[0].titles == ["Đồn trưởng"]


def test_a_place_named_after_a_person_ends_the_title_after_a_name() -> None:
    text = "Cùng dự có đồng chí Hà Quang Vinh, Phó Chủ tịch UBND huyện Phan Văn Khải, tỉnh Bắc Sơn."
    [official] = extract(text).officials
    assert (official.name, official.titles) == ("Hà Quang Vinh", ["Phó Chủ tịch Ủy ban nhân dân huyện Phan Văn Khải"])
    text = "Thượng tá Đinh Công Lý, Trưởng Công an phường Lê Thị Riêng báo cáo kết quả."
    assert [(o.name, o.titles) for o in extract(text).officials] == [
        ("Đinh Công Lý", ["Trưởng Công an phường Lê Thị Riêng"])
    ]
    # (with no name before it, a full name after the place's kind is the person's)
    text = "Phó Chủ tịch UBND huyện Trịnh Quốc Bảo chủ trì buổi làm việc."
    assert [(o.name, o.titles) for o in extract(text).officials] == [("Trịnh Quốc Bảo", ["Phó Chủ tịch Ủy ban nhân dân huyện"])]


def test_a_word_qualifying_the_post_before_its_body_is_in_the_title() -> None:
    text = "Thượng tá Bùi Đức Long, Phó Trưởng phòng phụ trách Phòng Cảnh sát kinh tế chủ trì cuộc họp."
    [official] = extract(text).officials
    assert (official.titles, official.roles) == (["Phó Trưởng phòng phụ trách Phòng Cảnh sát kinh tế"], ["chair"])
    text = "Phó Giám đốc phụ trách Sở Tư pháp Lâm Thị Hoa dự hội nghị."
    assert [(o.name, o.titles) for o in extract(text).officials] == [
        ("Lâm Thị Hoa", ["Phó Giám đốc phụ trách Sở Tư pháp"])
    ]
    # (after the body's name the person's field of work begins)
    text = "Đại tá Vũ Anh Tài, Phó Giám đốc Công an tỉnh phụ trách công tác hậu cần dự hội nghị."
    assert extract(text).officials[0].titles == ["Phó Giám đốc Công an tỉnh"]


def test_a_hyphenated_lao_name_after_a_title_written_before_it() -> None:
    text = (
        "Phó Chủ tịch UBND tỉnh Quảng Trị Hồ Đức Thành và Phó Tỉnh trưởng tỉnh Chăm Pa Sắc "
        "Bun-mi Xỉ-xổm-phon đồng chủ trì buổi làm việc."
    )
    assert [(o.name, o.titles, o.roles) for o in extract(text).officials] == [
        ("Hồ Đức Thành", ["Phó Chủ tịch Ủy ban nhân dân tỉnh Quảng Trị"], ["co-chair"]),
        ("Bun-mi Xỉ-xổm-phon", ["Phó Tỉnh trưởng tỉnh Chăm Pa Sắc"], ["co-chair"]),
    ]
    # (the province's hyphenated name after its kind ends the title, and the name begins after it)
    text = "Thứ trưởng Bộ Quốc phòng Lào Xổm-xăn Khăm-phi dự lễ. Tỉnh trưởng tỉnh Luông-pha-bang Vông-xay Phi-la phát biểu."
    assert [(o.name, o.titles) for o in extract(text).officials] == [
        ("Xổm-xăn Khăm-phi", ["Thứ trưởng Bộ Quốc phòng Lào"]),
        ("Vông-xay Phi-la", ["Tỉnh trưởng tỉnh Luông-pha-bang"]),
    ]
    # (no name without a title before it)
    assert extract("Đoàn đến thăm bản Pa-kha Xay-xổm của tỉnh Luông-pha-bang.").officials == []


def test_a_rank_before_a_colon_goes_to_those_listed_up_to_one_with_a_rank_of_their_own() -> None:
    text = (
        "Tham dự có các đồng chí Thượng tá: Hoàng Văn Nam, Phó Chỉ huy trưởng Bộ CHQS tỉnh; Đinh Quang Huy, "
        "Phó Giám đốc Công an tỉnh; Trung tá Lương Thị Mai, Phó Chính ủy; Tạ Văn Kiên, Trưởng phòng Tham mưu."
    )
    assert [(o.name, o.rank) for o in people(text)] == [
        ("Hoàng Văn Nam", "Thượng tá"),
        ("Đinh Quang Huy", "Thượng tá"),
        ("Lương Thị Mai", "Trung tá"),
        ("Tạ Văn Kiên", None),
    ]
    # (and up to the next such list)
    text = "Dự có các đồng chí Thiếu tướng: Hoàng Văn Nam, Phó Tư lệnh; các đồng chí Đại tá: Đinh Quang Huy, Chính ủy."
    assert [(o.name, o.rank) for o in people(text)] == [("Hoàng Văn Nam", "Thiếu tướng"), ("Đinh Quang Huy", "Đại tá")]
    # (and only up to the end of its sentence)
    text = "Các đồng chí Đại tá: Hoàng Văn Nam, Chính ủy. Ông Đinh Quang Huy, Chủ tịch UBND huyện phát biểu."
    assert [(o.name, o.rank) for o in people(text)] == [("Hoàng Văn Nam", "Đại tá"), ("Đinh Quang Huy", None)]


def test_a_chair_verb_does_not_reach_back_past_a_clause_opening_on_its_own_site() -> None:
    text = (
        "Tại điểm cầu tỉnh Nam Định, Phó Chủ tịch UBND tỉnh Hoàng Văn Phúc chủ trì; tại điểm cầu Ninh Bình "
        "có ông Đặng Quốc Huy, Giám đốc Sở Tài chính tỉnh Ninh Bình; tại điểm cầu tỉnh Thái Bình, "
        "ông Vũ Đức Thành, Phó Chủ tịch UBND tỉnh chủ trì."
    )
    article = extract(text)
    assert [(o.name, o.roles) for o in article.officials] == [
        ("Hoàng Văn Phúc", ["chair"]),
        ("Đặng Quốc Huy", []),
        ("Vũ Đức Thành", ["chair"]),
    ]
    assert [s.chaired_by for s in article.sites] == [["Hoàng Văn Phúc"], [], ["Vũ Đức Thành"]]
    # (two chairs named before one verb stay chairs: no site opens a clause between them)
    text = "Đồng chí Hoàng Văn Phúc, Bí thư Tỉnh ủy; đồng chí Vũ Đức Thành, Chủ tịch UBND tỉnh đồng chủ trì hội nghị."
    assert [(o.name, o.roles) for o in extract(text).officials] == [
        ("Hoàng Văn Phúc", ["co-chair"]),
        ("Vũ Đức Thành", ["co-chair"]),
    ]


def test_a_title_reads_through_a_comma_inside_a_body_s_name() -> None:
    text = (
        "Tham dự buổi làm việc có Ủy viên Ủy ban Văn hóa, Giáo dục của Quốc hội Phạm Thị Hằng; "
        "ông Lý Văn Toàn, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình."
    )
    assert [(o.name, o.titles) for o in extract(text).officials] == [
        ("Phạm Thị Hằng", ["Ủy viên Ủy ban Văn hóa, Giáo dục của Quốc hội"]),
        ("Lý Văn Toàn", ["Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình"]),
    ]
