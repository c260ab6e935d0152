"""Headline figures on sentences written for these tests."""

from __future__ import annotations

import pytest

from coordx import extract
from coordx.models import Figure


def figures(text: str) -> list[Figure]:
    return extract(text).figures


def summary(text: str) -> list[tuple[int | float, str, str]]:
    return [(f.value, f.qualifier, f.category) for f in figures(text)]


NUMBERS = [
    ("thousands-dots", "Huy động 391.000 cán bộ, chiến sỹ tham gia.", [(391000, "exact", "personnel")]),
    ("leading-zero", "Phát hiện 05 vụ vi phạm.", [(5, "exact", "incidents")]),
    ("plain-four-digits", "Bắt giữ 1423 đối tượng.", [(1423, "exact", "suspects")]),
    ("decimal-million", "Huy động trên 2,8 triệu lượt người tham gia.", [(2800000, "more_than", "personnel")]),
    ("decimal-billion-money", "Xử phạt 1,5 tỷ đồng.", [(1500000000, "exact", "money")]),
    ("decimal-tonnes", "Thu giữ 2,5 tấn ma túy.", [(2.5, "exact", "weight")]),
    ("attached-kg", "Tiêu hủy hơn 692kg thuốc nổ.", [(692, "more_than", "weight")]),
    ("percent", "Tội phạm giảm 15,2% so với cùng kỳ.", [(15.2, "exact", "percent")]),
    ("tens-in-words", "Bắt hai chục đối tượng truy nã.", [(20, "exact", "suspects")]),
    ("amount-in-two-parts", "Thu hồi 1 tỷ 200 triệu đồng.", [(1200000000, "exact", "money")]),
    ("dot-for-decimal-before-multiplier", "Xử phạt 1.5 triệu đồng.", [(1500000, "exact", "money")]),
    ("comma-for-thousands-in-a-count", "Huy động 1,200 cán bộ, chiến sĩ.", [(1200, "exact", "personnel")]),
    ("comma-decimal-in-a-weight", "Thu giữ 2,500 tấn hàng.", [(2.5, "exact", "weight")]),
    ("leading-zero-is-a-decimal", "Thu giữ 0,250 lít xăng dầu.", [(0.25, "exact", "other")]),
    ("more-or-less", "Huy động trên dưới 300 cán bộ, chiến sĩ.", [(300, "approximately", "personnel")]),
    (
        "number-words",
        "Điều động hai phương tiện và mười lăm cán bộ.",
        [(2, "exact", "vehicles"), (15, "exact", "personnel")],
    ),
    ("thousand-word", "Thu hồi 3 nghìn tài liệu.", [(3000, "exact", "information")]),
    ("classifier-and-its-noun", "Đoàn trao tặng 240 chiếc chăn ấm cho bà con.", [(240, "exact", "other")]),
    ("classifier-before-a-unit", "Lực lượng cứu hộ điều 6 chiếc xuồng đến hiện trường.", [(6, "exact", "vehicles")]),
    ("no-classifier-before-a-function-word", "Nhóm phóng viên đọc 3 cuốn và ghi chép lại.", []),
    ("a-ministry-is-no-classifier", "Lãnh đạo hai bộ trong buổi làm việc đã thống nhất.", []),
    ("one-as-the-article", "Lực lượng chức năng bắt quả tang một đối tượng đang vận chuyển hàng cấm.", []),
    ("one-as-once", "Hai đơn vị họp giao ban 3 tháng một lần.", []),
    ("one-with-a-multiplier-counts", "Đơn vị ủng hộ một triệu đồng.", [(1000000, "exact", "money")]),
    (
        "one-listed-with-other-counts",
        "Tổ tuần tra thu giữ một ô tô, 3 điện thoại; điều 8 xuồng cùng một ca nô.",
        [(1, "exact", "vehicles"), (3, "exact", "other"), (8, "exact", "vehicles"), (1, "exact", "vehicles")],
    ),
    ("one-after-a-count-of-another-sentence", "Bắt 4 đối tượng. Và một đối tượng bỏ trốn.", [(4, "exact", "suspects")]),
    ("one-seized", "Tổ công tác tạm giữ một ô tô tải chở gỗ lậu.", [(1, "exact", "vehicles")]),
    ("not-money-before-a-verb", "Chỉ huy trưởng Tiểu đoàn cơ động 2 đồng chủ trì buổi tập huấn.", []),
    (
        "so-many-of-a-total",
        "Cơ quan điều tra đã làm rõ 27/31 vụ trộm cắp tài sản.",
        [(27, "exact", "incidents"), (31, "exact", "incidents")],
    ),
    ("all-of-a-total-is-one-figure", "Kết nối tới 12/12 điểm cầu.", [(12, "exact", "sites")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NUMBERS], ids=[c[0] for c in NUMBERS])
def test_numbers(text: str, expected: list[tuple[int | float, str, str]]) -> None:
    assert summary(text) == expected


QUALIFIERS = [
    ("hon", "Xác minh hơn 100.000 thông tin.", "more_than"),
    ("tren", "Điều động trên 3.000 cán bộ.", "more_than"),
    ("gan", "Tiếp nhận gần 1.500 tin báo.", "nearly"),
    ("khoang", "Khoảng 200 người dân tham gia.", "approximately"),
    ("xap-xi", "Xấp xỉ 50 phương tiện được huy động.", "approximately"),
    ("it-nhat", "Ít nhất 12 vụ việc được xử lý.", "at_least"),
    ("duoi", "Dưới 10 đối tượng còn lẩn trốn.", "less_than"),
    ("chua-den", "Chưa đến 20 phương án được phê duyệt.", "less_than"),
    ("uoc-tri-gia", "Thu giữ hàng lậu ước trị giá 3,2 tỷ đồng.", "approximately"),
    ("uoc-tinh-tong-tri-gia", "Số tang vật ước tính tổng trị giá 800 triệu đồng.", "approximately"),
    ("uoc-dat", "Tổng thu ngân sách ước đạt 38.250 tỷ đồng.", "approximately"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in QUALIFIERS], ids=[c[0] for c in QUALIFIERS])
def test_qualifiers(text: str, expected: str) -> None:
    (figure,) = figures(text)
    assert figure.qualifier == expected
    assert text[figure.start : figure.end] == figure.text


VAGUE = [
    ("hang-tram", "Bắt hàng trăm đối tượng buôn bán ma túy.", 100),
    ("hang-nghin", "Đăng tải hàng nghìn tin, bài chất lượng.", 1000),
    ("hang-chuc", "Hàng chục phương tiện được huy động.", 10),
    ("hang-chuc-ngan", "Hàng chục ngàn ngôi nhà bị ngập.", 10000),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in VAGUE], ids=[c[0] for c in VAGUE])
def test_vague(text: str, expected: int) -> None:
    (figure,) = figures(text)
    assert (figure.value, figure.qualifier) == (expected, "vague")


CATEGORIES = [
    ("plans", "Triển khai 315 kế hoạch nghiệp vụ.", "plans"),
    ("drug-cases", "Đấu tranh thành công 103 chuyên án về ma túy.", "drug_cases"),
    ("drug-cases-short", "Xác lập 18 chuyên án ma túy.", "drug_cases"),
    ("cases", "Phá 5 chuyên án buôn lậu.", "cases"),
    ("women-and-children", "Giải cứu 12 phụ nữ, trẻ em bị lừa bán.", "people"),
    ("citizens-as-cases", "Xác minh 530 trường hợp công dân xuất cảnh trái phép.", "people"),
    ("sources-of-information", "Trao đổi gần 8.200 nguồn thông tin có giá trị.", "information"),
    ("places-searched", "Đồng loạt khám xét 15 địa điểm.", "other"),
    ("self-defence-units", "Thành lập mới 27 đơn vị tự vệ.", "other"),
    ("medical-staff-mobilised", "Huy động 15 bác sĩ đến khám sức khỏe nghĩa vụ quân sự.", "personnel"),
    ("athletes-taking-part", "Hội thi thu hút 180 vận động viên tham gia.", "personnel"),
    ("clusters-kept-safe", "Hai lực lượng xây dựng 36 cụm an toàn làm chủ.", "other"),
    ("hot-spots", "Giải quyết dứt điểm 5 điểm nóng về an ninh trật tự.", "other"),
    ("young-men-registered", "Đăng ký 2.315 nam công dân trong độ tuổi.", "people"),
    ("international-visitors", "Đón 1,2 triệu lượt khách quốc tế.", "people"),
    ("security-holes", "Phát hiện 12 lỗ hổng bảo mật.", "other"),
    ("roofs-rebuilt", "Giúp nhân dân lợp lại 520 mái nhà.", "other"),
    ("incidents", "Tìm kiếm cứu nạn 2.164 vụ.", "incidents"),
    ("people", "Cứu được 2.130 người.", "people"),
    ("vehicles-luot", "Huy động 15.200 lượt phương tiện.", "vehicles"),
    ("boats", "Sắp xếp neo đậu 150 tàu cá.", "vehicles"),
    ("information", "Trao đổi hơn 15.000 thông tin.", "information"),
    ("patrols-noun", "Tổ chức 2.345 cuộc tuần tra.", "patrols"),
    ("patrols-verb-first", "Phối hợp tuần tra hơn 100.000 lần.", "patrols"),
    ("patrols-dot", "Phối hợp hơn 100 đợt truy quét, tuần tra, kiểm soát.", "patrols"),
    ("patrols-trips", "Tổ chức 126 chuyến tuần tra trên biển.", "patrols"),
    ("patrols-verb-then-place", "+ Tuần tra trên biển 312 lượt, kiểm tra nhiều phương tiện.", "patrols"),
    ("documents-exchanged", "Hai bên trao đổi 156 văn bản, tài liệu.", "information"),
    ("patrols-bare-luot", "Hai lực lượng tuần tra 86 lượt, phát hiện nhiều vi phạm.", "patrols"),
    ("weapons", "Thu 150 khẩu súng các loại.", "weapons"),
    ("detonators", "Tiêu hủy 7.761 kíp nổ.", "weapons"),
    ("tasks", "Đề ra 9 nhiệm vụ trọng tâm.", "tasks"),
    ("sites", "Kết nối 63 điểm cầu.", "sites"),
    ("personnel-participants", "Tuyên truyền với hơn 62.000 người tham gia.", "personnel"),
    ("other-luot", "Tổ chức 765 lượt tuyên truyền.", "other"),
    ("pills", "Thu giữ 2.000 viên ma túy tổng hợp.", "other"),
    ("violations", "Xử phạt 120 trường hợp vi phạm.", "incidents"),
    ("rings-are-not-cases", "Triệt phá 5 đường dây mua bán người.", "other"),
    ("gangs-are-not-cases", "Triệt xóa 12 băng, nhóm tội phạm hoạt động theo kiểu xã hội đen.", "other"),
    ("drug-rings-are-not-drug-cases", "Triệt xóa 4 đường dây mua bán trái phép chất ma túy.", "other"),
    ("recruits", "Năm nay toàn huyện có 315 tân binh lên đường nhập ngũ.", "personnel"),
    ("youths", "Có 1.040 thanh niên lên đường làm nghĩa vụ quân sự.", "people"),
    ("workers", "Hướng dẫn hơn 5.300 lao động vào nơi tránh trú an toàn.", "people"),
    ("other-handed-over", "Bàn giao 7 trụ sở làm việc.", "other"),
    ("groups-of-tasks", "Thực hiện tốt 5 nhóm nhiệm vụ trọng tâm.", "tasks"),
    ("leaflets", "Phát hành 12.000 tờ rơi về phòng cháy.", "information"),
    ("self-managed-groups", "Duy trì 640 tổ tự quản an ninh trật tự ở khu dân cư.", "other"),
    ("retail-drug-points", "Triệt xóa 37 điểm bán lẻ trái phép chất ma túy.", "other"),
    ("events-secured", "Bảo đảm an ninh cho 95 sự kiện chính trị quan trọng.", "other"),
    ("drill-situations", "Trong buổi diễn tập, lực lượng xử lý tốt 11 tình huống giả định.", "other"),
    ("firing-exercises", "Đơn vị hoàn thành 3 bài bắn đạn thật.", "other"),
    ("citizens-taking-part", "Buổi tuyên truyền thu hút 4.300 lượt người dân tham dự.", "personnel"),
    ("teams-and-squads-patrolling", "Tổ chức 640 lượt tổ, đội tuần tra song phương.", "patrols"),
    ("regulations-and-plans", "Hai bên ký kết 86 quy chế, kế hoạch phối hợp.", "plans"),
    ("trees-cleared", "Bộ đội dọn dẹp hơn 1.900 cây xanh gãy đổ.", "other"),
    ("tourists", "Biên phòng đưa gần 800 du khách vào bờ an toàn.", "people"),
    ("townsfolk", "Tham gia diễn tập có 120 quần chúng nhân dân.", "people"),
    ("roads-cleared", "Bộ đội dọn dẹp, thông tuyến hơn 320 tuyến đường bị cây đổ.", "other"),
    ("man-days", "Các đơn vị khắc phục hậu quả mưa lũ với gần 1.500 ngày công.", "other"),
    ("phones-seized", "Tang vật thu giữ gồm 02 điện thoại di động.", "other"),
    ("trainees-by-grade", "Bồi dưỡng kiến thức quốc phòng, an ninh cho 860 đối tượng 3 của tỉnh.", "people"),
    ("party-members", "Trong số tân binh có 23 đảng viên.", "personnel"),
    ("comrades-counted", "Tỉnh đã điều động 742 đồng chí về công tác tại các xã.", "personnel"),
    ("denunciations-first", "Tiếp nhận 2.316 tố giác, tin báo về tội phạm.", "information"),
    ("points-and-dens", "Triệt xóa 9 điểm, tụ điểm đánh bạc.", "other"),
    ("procedures", "Giải quyết 5.210 thủ tục hành chính trên môi trường điện tử.", "other"),
    ("court-sessions", "Phối hợp tổ chức 36 phiên tòa xét xử lưu động.", "other"),
    ("subscriptions", "Nhà mạng thu hồi 84.000 thuê bao không chính chủ.", "other"),
    ("firecrackers", "Thu giữ 2.300 quả pháo các loại.", "other"),
    ("checkpoints", "Các đơn vị lập 14 chốt kiểm soát trên tuyến biên giới.", "other"),
    ("clubs", "Duy trì 52 câu lạc bộ thanh niên với pháp luật.", "other"),
    ("surge-rounds-of-patrols", "Cảnh sát giao thông tổ chức 46 đợt cao điểm tuần tra, kiểm soát.", "patrols"),
    ("surge-rounds-sweeps", "Lực lượng chức năng mở 12 đợt cao điểm ra quân truy quét tội phạm.", "patrols"),
    ("surge-rounds-of-outreach", "Tổ chức 30 đợt cao điểm tuyên truyền pháp luật.", "other"),
    ("car-one-word", "Cảnh sát thu giữ 2 ôtô cùng tang vật.", "vehicles"),
    ("motorbike-one-word", "Tạm giữ 3 xe môtô không giấy tờ.", "vehicles"),
    ("blades", "Thu giữ 86 hung khí các loại.", "weapons"),
    ("knives", "Tang vật gồm 20 con dao tự chế.", "weapons"),
    ("suspected-offenders", "Biên phòng bắt 5 nghi phạm vận chuyển hàng cấm.", "suspects"),
    ("people-arrested", "Lực lượng chức năng bắt 6 người có hành vi đánh bạc.", "suspects"),
    ("people-charged", "Cơ quan điều tra khởi tố thêm 4 người về tội cướp tài sản.", "suspects"),
    ("people-rescued-stay-people", "Biên phòng giải cứu 12 người bị lừa bán.", "people"),
    ("inspection-teams", "Ban Chỉ đạo đã thành lập 11 đoàn kiểm tra liên ngành.", "other"),
    ("face-masks", "Đơn vị trao tặng 20.000 khẩu trang y tế cho người dân.", "other"),
    ("signed-percent-in-brackets", "Tai nạn giao thông giảm (-8,4%) so với năm trước.", "percent"),
    ("bombs", "Bộ đội hủy nổ 3.860 quả bom, mìn, đạn các loại.", "weapons"),
    ("passports-not-households", "Phòng Quản lý xuất nhập cảnh đã cấp 312.500 hộ chiếu.", "other"),
    ("investors", "Khởi tố vụ án lừa đảo hơn 3.000 nhà đầu tư.", "people"),
    ("drug-heading", "Kết quả:\nd) Tội phạm về ma túy: Bắt 396 vụ.", "drug_cases"),
    ("patrol-units-and-rounds", "Các đồn biên phòng đã tổ chức 1.386 tổ, lượt tuần tra, kiểm soát.", "patrols"),
    (
        "patrols-told-far-before",
        "Đồn biên phòng tuần tra song phương với lực lượng bảo vệ biên giới Campuchia 18 lượt.",
        "patrols",
    ),
    ("beneficiaries", "Cơ quan quân sự đã giải quyết chế độ cho 3.526 đối tượng chính sách.", "people"),
    ("riel", "Thu giữ 1,2 tỷ riel vận chuyển trái phép.", "money"),
    ("black-spots", "Ngành giao thông đã khắc phục 37 điểm đen tai nạn.", "other"),
    ("factory-workers", "Lực lượng chữa cháy huy động hơn 300 công nhân tham gia.", "people"),
    ("sand-by-volume", "Cảnh sát môi trường thu giữ hơn 12.400 m3 cát khai thác trái phép.", "other"),
    ("land-by-area", "Mưa lũ làm ngập 5.630 ha lúa, hoa màu.", "other"),
    ("prisoners", "Chủ tịch nước quyết định đặc xá cho 18.539 phạm nhân.", "people"),
    ("members-of-a-force", "Các tổ bảo vệ an ninh trật tự ở cơ sở có 9.650 thành viên.", "personnel"),
    ("complaints", "Cơ quan thanh tra tiếp nhận 96 đơn tố cáo liên quan đến tham nhũng.", "information"),
    ("rounds-of-comrades-in-words", "Dân quân huy động gần hai trăm lượt đồng chí giúp dân.", "personnel"),
    ("rounds-of-boats-on-patrol", "Năm 2022, Lữ đoàn tổ chức hơn 120 chuyến tàu tuần tra, kiểm soát trên biển.", "patrols"),
    ("a-noun-in-quotes", "Lực lượng vũ trang đã xây dựng 146 \"Nhà đồng đội\" tặng quân nhân.", "other"),
    ("children", "Đồn biên phòng tặng quà cho 27 cháu học sinh nghèo.", "people"),
    (
        "beneficiaries-with-a-document-between",
        "Giải quyết chế độ trợ cấp theo Quyết định số 49/2015/QĐ-TTg của Thủ tướng Chính phủ cho 1.356 đối tượng.",
        "people",
    ),
    ("an-audience", "Tổ chức tuyên truyền với khoảng 21.000 lượt người nghe.", "personnel"),
    ("computers-by-the-set", "Công an tỉnh bàn giao 1.540 bộ máy tính cho Công an các xã.", "other"),
    ("cases-of-a-disease", "Từ đầu năm, toàn tỉnh ghi nhận 2.318 ca mắc sởi.", "people"),
    ("deaths-of-a-disease", "Dịch bệnh đã làm 9 ca tử vong.", "people"),
    ("deaths-told-as-cases", "Toàn quốc có 27 trường hợp tử vong do ngộ độc rượu.", "people"),
    ("outbreaks-handled", "Ngành y tế đã xử lý 164 ổ dịch sốt xuất huyết.", "other"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CATEGORIES], ids=[c[0] for c in CATEGORIES])
def test_categories(text: str, expected: str) -> None:
    (figure,) = figures(text)
    assert figure.category == expected


def test_slash_pair_is_two_figures() -> None:
    text = "Xử lý 12 vụ/26 đối tượng; điều động 14 lượt ca nô/ 67 lượt cán bộ, chiến sĩ."
    assert summary(text) == [
        (12, "exact", "incidents"),
        (26, "exact", "suspects"),
        (14, "exact", "vehicles"),
        (67, "exact", "personnel"),
    ]


def test_drug_subject_after_a_pair() -> None:
    text = "Điều tra 2 vụ/3 đối tượng về hành vi tàng trữ, mua bán trái phép chất ma túy."
    assert summary(text) == [(2, "exact", "drug_cases"), (3, "exact", "suspects")]


def test_drug_subject_after_a_comma_pair_with_thousands() -> None:
    text = "Năm qua, phát hiện 2.140 vụ, 3.905 đối tượng mua bán, tàng trữ trái phép chất ma túy."
    assert summary(text) == [(2140, "exact", "drug_cases"), (3905, "exact", "suspects")]


def test_a_drug_part_does_not_make_the_whole_drug_cases() -> None:
    text = "Bắt giữ 640 vụ/910 đối tượng phạm tội, trong đó có 212 vụ/305 đối tượng phạm tội về ma túy."
    assert [c for _, _, c in summary(text)] == ["incidents", "suspects", "drug_cases", "suspects"]
    assert summary("Xác lập 25 chuyên án, trong số đó 9 chuyên án ma túy.")[0] == (25, "exact", "cases")


def test_drugs_seized_by_another_verb_do_not_make_the_cases_drug_cases() -> None:
    text = "Xác lập 40 chuyên án; bắt, xử lý 920 vụ với 1.300 đối tượng vi phạm, thu giữ 3 kg ma túy các loại."
    assert [c for _, _, c in summary(text)] == ["cases", "incidents", "suspects", "weight"]
    text = "Phát hiện 12 vụ, bắt 20 đối tượng mua bán trái phép chất ma túy."
    assert [c for _, _, c in summary(text)] == ["drug_cases", "suspects"]
    # cases told nothing of are those of the seizure
    text = "Phát hiện, bắt giữ 15 vụ, 20 đối tượng, thu giữ 2 kg ma túy."
    assert [c for _, _, c in summary(text)] == ["drug_cases", "suspects", "weight"]
    assert summary("Khám phá 12 vụ, thu giữ 3 bánh heroin.")[0][2] == "drug_cases"


def test_items_named_before_their_numbers() -> None:
    # the words after a comma name the next item, not this one
    text = "Phát hiện 640 vụ vi phạm, trong đó gian lận thương mại 210 vụ, ma túy 75 vụ, hàng giả 48 vụ."
    assert [c for _, _, c in summary(text)] == ["incidents", "incidents", "drug_cases", "incidents"]
    text = "Kết quả gồm: trộm cắp tài sản 33 vụ; tội phạm về ma túy 21 vụ."
    assert [c for _, _, c in summary(text)] == ["incidents", "drug_cases"]
    # (a count after a verb is no named item: what follows still tells it)
    text = "Các lực lượng đã triệt phá 14 chuyên án, bắt 180 vụ/260 đối tượng phạm tội về ma túy."
    assert [c for _, _, c in summary(text)][0] == "drug_cases"


def test_cases_told_nothing_after_them_are_what_their_item_says_before() -> None:
    assert summary("Đội Cảnh sát điều tra tội phạm về ma túy bắt 61 vụ, 88 đối tượng.")[0][2] == "drug_cases"
    # (from "và" on, another doing)
    assert summary("Đẩy mạnh tuyên truyền phòng chống ma túy và giải quyết 30 vụ.")[0][2] == "incidents"
    # (cases told what they are after them are that)
    assert summary("Đội Cảnh sát điều tra tội phạm về ma túy bắt 61 vụ đánh bạc.")[0][2] == "incidents"


def test_drugs_named_among_other_crimes_do_not_make_drug_cases() -> None:
    text = "Xác lập 31 chuyên án, bắt 640 đối tượng phạm tội về ma túy, buôn lậu, mua bán người."
    assert summary(text)[0] == (31, "exact", "cases")
    assert summary("Triệt phá 6 chuyên án về trộm cắp và ma túy.")[0][2] == "cases"
    assert summary("Triệt phá 6 chuyên án về ma túy tổng hợp.")[0][2] == "drug_cases"


def test_drugs_seized_with_other_goods_do_not_make_drug_cases() -> None:
    text = "Phát hiện 18 vụ/27 đối tượng, thu giữ 1,2 kg ma túy tổng hợp cùng nhiều hàng lậu."
    assert [c for _, _, c in summary(text)] == ["incidents", "suspects", "weight"]
    text = "Bắt 9 vụ, 14 đối tượng, thu giữ 600 gam heroin và 350 bao thuốc lá điếu nhập lậu."
    assert [c for _, _, c in summary(text)][0] == "incidents"
    # (the goods told first)
    text = "Bắt 9 vụ, 14 đối tượng, thu giữ 40 kg pháo nổ, 600 gam heroin."
    assert [c for _, _, c in summary(text)][0] == "incidents"
    # other things found with the drugs are no other goods
    text = "Bắt 9 vụ, 14 đối tượng, thu giữ 600 gam heroin cùng nhiều tang vật liên quan."
    assert [c for _, _, c in summary(text)][0] == "drug_cases"


def test_cases_told_of_their_own_are_not_told_of_by_the_next_count() -> None:
    # the drugs are another verb's, after a count of suspects
    text = "Điều tra 44 vụ án xuyên biên giới, bắt 90 đối tượng, thu giữ 2 tấn ma túy."
    assert summary(text)[0] == (44, "exact", "cases")


def test_a_total_is_no_serial_number() -> None:
    assert summary("Tổ dân quân thường trực với tổng số 1.085 đồng chí.") == [(1085, "exact", "personnel")]
    assert summary("Tàu số 3 cập cảng an toàn.") == []


def test_comrades_counted_in_words_from_ten_up() -> None:
    text = "Có mười chín đồng chí là đảng viên và hai mươi lăm đồng chí có trình độ đại học."
    assert [v for v, _, _ in summary(text)] == [19, 25]
    assert summary("Cử hai đồng chí Phó Giám đốc tham dự.") == []


def test_a_part_of_drug_cases_is_drug_cases() -> None:
    text = "Đấu tranh thành công 87 chuyên án ma túy, trong đó có 19 chuyên án do Bộ Công an chỉ đạo."
    assert [c for _, _, c in summary(text)] == ["drug_cases", "drug_cases"]
    # (not a count of the sentence after)
    assert summary("Phá 12 vụ ma túy. Trong đó có 3 vụ được làm rõ.")[1][2] == "incidents"
    # (unless it names a crime of another kind)
    assert [c for _, _, c in summary("Phá 87 chuyên án ma túy, trong đó 19 chuyên án buôn lậu.")][1] == "cases"
    # (counted in other words, after the suspects of the same cases)
    text = "Bắt giữ 40 vụ/52 đối tượng mua bán trái phép chất ma túy, trong đó có 6 chuyên án lớn."
    assert [c for _, _, c in summary(text)] == ["drug_cases", "suspects", "drug_cases"]


def test_turns_of_people_taking_part_are_personnel() -> None:
    assert summary("Tham gia diễn tập có hơn 3.200 lượt người thuộc các cơ quan.")[0][2] == "personnel"
    text = "Huy động 36 cán bộ, chiến sĩ cùng hơn 400 lượt người dân địa phương tham gia tìm kiếm."
    assert summary(text)[1][2] == "personnel"
    assert summary("Khám bệnh, cấp thuốc cho 1.200 lượt người dân.")[0][2] == "people"
    assert summary("Kiểm tra 5.000 lượt người tham gia giao thông.")[0][2] == "people"
    # (an audience takes part in nothing)
    assert summary("Các đơn vị tham gia tuyên truyền pháp luật cho 5.000 lượt người dân.")[0][2] == "people"


def test_people_mobilised_are_personnel_and_people_rescued_are_people() -> None:
    assert summary("Cuộc diễn tập huy động hơn 300 người và 25 phương tiện.") == [
        (300, "more_than", "personnel"),
        (25, "exact", "vehicles"),
    ]
    assert summary("Lực lượng cứu hộ đã cứu được 300 người.") == [(300, "exact", "people")]
    assert summary("Chính quyền huy động 300 người dân.")[0][2] == "people"


def test_a_sentence_on_drugs_makes_its_cases_drug_cases() -> None:
    text = "Về công tác phòng, chống tội phạm ma túy, toàn tỉnh phát hiện 318 vụ, bắt 402 đối tượng."
    assert summary(text)[0] == (318, "exact", "drug_cases")
    assert summary("Về an ninh nông thôn, toàn tỉnh phát hiện 318 vụ.")[0] == (318, "exact", "incidents")


def test_a_table_row_label_gives_the_category() -> None:
    text = "Kết quả:\n- Số vụ mua bán trái phép chất ma túy: 27 vụ/41 đối tượng\n- Tuần tra kiểm soát trên sông: 96 lượt"
    assert summary(text) == [(27, "exact", "drug_cases"), (41, "exact", "suspects"), (96, "exact", "patrols")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, 391.000 cán bộ, chiến sĩ được huy động.", [391000]),
        ("Ngày 20/3, 15 tàu cá được lai dắt vào bờ.", [15]),
        ("Kết quả năm 2022 1.200 cán bộ tham gia.", [1200]),
        ("Phấn đấu đến năm 2025 căn bản hoàn thành việc sắp xếp.", []),
        ("Kế hoạch năm 2024 bao gồm 3 nội dung chính.", []),
        ("Trong năm 2023 kiện toàn bộ máy các phòng.", []),
        ("Có 2/3 cán bộ đạt yêu cầu kiểm tra.", []),
        ("Trao 2 căn hộ cho gia đình chính sách.", [2]),
    ],
)
def test_a_number_is_read_once_whatever_stands_before_it(text: str, expected: list[int]) -> None:
    assert [f.value for f in figures(text)] == expected


def test_a_clause_s_verb_names_only_a_bare_count() -> None:
    assert summary("Lực lượng tuần tra đã tháo gỡ 120 bẫy thú trong rừng.") == [(120, "exact", "other")]


def test_a_grade_needs_defence_education_told() -> None:
    assert summary("Bắt 3 đối tượng 1 nam, 2 nữ.") == [(3, "exact", "suspects")]


def test_road_users_are_people() -> None:
    assert summary("Tuyên truyền cho hơn 5.000 người dân tham gia giao thông.") == [(5000, "more_than", "people")]


def test_a_grade_is_not_a_count_but_a_count_after_suspects_is() -> None:
    assert summary("Bắt 14 đối tượng 2 vụ trộm cắp.") == [(14, "exact", "suspects"), (2, "exact", "incidents")]


def test_a_sentence_on_all_of_those_counted_counts_them_once() -> None:
    assert summary("Tổ công tác bắt ba đối tượng. Cả ba đối tượng đã khai nhận hành vi.") == [(3, "exact", "suspects")]
    assert summary("Lực lượng chức năng bắt giữ cả 12 đối tượng.") == [(12, "exact", "suspects")]


def test_an_exercise_s_imagined_situation_counts_nothing() -> None:
    text = (
        "Tình huống giả định: lúc 9 giờ, kho hàng bốc cháy, 8 người bị mắc kẹt. Sau 25 phút, lực lượng "
        "cứu nạn đã đưa 8 người ra ngoài, huy động 4 xe chữa cháy."
    )
    assert summary(text) == [(8, "exact", "people"), (4, "exact", "vehicles")]
    # an exercise told with its imagined situation still counts what it mobilised
    text = "Diễn tập với tình huống giả định cháy chợ, huy động 300 cán bộ, chiến sĩ và 20 phương tiện."
    assert summary(text) == [(300, "exact", "personnel"), (20, "exact", "vehicles")]


def test_teams_in_a_patrol_row() -> None:
    text = "- Tuần tra, kiểm soát: 1.520 tổ/6.100 lượt cán bộ, chiến sĩ."
    assert summary(text) == [(1520, "exact", "patrols"), (6100, "exact", "personnel")]


def test_organising_is_no_team() -> None:
    assert figures("Bộ Tư lệnh vùng cảnh sát biển 2 tổ chức hội nghị tại phường Đông Ba tổ chức diễn tập.") == []


def test_the_number_of_a_named_unit_is_no_figure() -> None:
    assert figures("Vùng Cảnh sát biển 3 tuần tra, kiểm soát trên biển trong tháng 5.") == []
    assert summary("Đồn Biên phòng 627 bắt 4 đối tượng.") == [(4, "exact", "suspects")]


def test_a_decimal_times_a_multiplier_is_exact() -> None:
    assert summary("Thu nộp ngân sách hơn 530,7 tỷ đồng.") == [(530700000000, "more_than", "money")]


def test_a_verb_is_no_counted_noun_and_a_house_is_no_household() -> None:
    assert [f.unit for f in figures("Thu giữ 5 chai nước được đóng gói.")] == ["chai nước"]
    assert summary("Trao 2 căn hộ cho gia đình chính sách.") == [(2, "exact", "other")]


def test_a_row_label_is_a_line_of_its_own() -> None:
    assert summary("Hội nghị tổng kết công tác phòng, chống ma túy. Kết quả: 45 vụ trộm cắp.")[0][2] == "incidents"
    text = "Sau khi tổ chức tuần tra biên giới, đơn vị trao tặng các phần quà gồm: 500 suất quà."
    assert summary(text) == [(500, "exact", "other")]


def test_a_drug_topic_is_the_whole_opening_clause() -> None:
    text = "Trong khi đó, tội phạm ma túy vẫn diễn biến phức tạp, xảy ra 25 vụ cướp tài sản."
    assert summary(text) == [(25, "exact", "incidents")]
    text = "Về công tác phòng chống ma túy và tội phạm hình sự, đã điều tra 300 vụ án hình sự."
    assert summary(text) == [(300, "exact", "cases")]


def test_an_attack_is_counted_not_weighed() -> None:
    assert summary("Ngăn chặn hơn 8.200 cuộc tấn công mạng.") == [(8200, "more_than", "other")]


def test_a_year_is_no_figure_but_a_count_after_the_word_year_is() -> None:
    assert summary("Cả năm 120 vụ cháy được xử lý.") == [(120, "exact", "incidents")]
    assert summary("Phấn đấu đến năm 2025 căn bản hoàn thành việc sắp xếp.") == []


def test_a_classifier_noun_of_two_words_without_a_verb() -> None:
    assert [f.unit for f in figures("Thu giữ 50 chiếc điện thoại.")] == ["chiếc điện thoại"]
    assert [f.unit for f in figures("Xét xử 2 bản án đã có hiệu lực.")] == ["bản án"]


def test_drug_topics_opened_by_trong_and_a_colon() -> None:
    assert summary("Trong lĩnh vực phòng, chống ma túy, lực lượng phát hiện 120 vụ.")[0][2] == "drug_cases"
    assert summary("Về ma túy: phát hiện 120 vụ.")[0][2] == "drug_cases"


def test_more_counted_nouns() -> None:
    text = "Tạm giữ 38 mô tô; duy trì 120 tổ tuần tra; trả lại tài sản cho 19 bị hại."
    assert summary(text) == [(38, "exact", "vehicles"), (120, "exact", "patrols"), (19, "exact", "people")]




# counted nouns read whole, and the category their noun tells
UNITS_READ = [
    # ("tổ chức" is no count of "tổ" when a longer counted noun goes on with it)
    (
        "party-organisations-are-counted-and-the-longest-noun-wins",
        "Năm qua, Ủy ban Kiểm tra Huyện ủy đã giám sát 14 tổ chức đảng và 42 đảng viên, "
        "kiểm tra 7 chi bộ, 3 đảng bộ cơ sở và 19 tổ chức cơ sở đảng.",
        [
            (14, "other", "tổ chức đảng"),
            (42, "personnel", "đảng viên"),
            (7, "other", "chi bộ"),
            (3, "other", "đảng bộ cơ sở"),
            (19, "other", "tổ chức cơ sở đảng"),
        ],
    ),
    (
        "contests-and-talks-are-counted-as-meetings-are",
        "Trong tháng, các đơn vị tổ chức 27 hội thi, hội diễn văn nghệ, 6 toạ đàm về pháp luật, "
        "3 hội thảo khoa học, 2 hội thao quốc phòng và 11 cuộc thi viết.",
        [
            (27, "other", "hội thi, hội diễn"),
            (6, "other", "toạ đàm"),
            (3, "other", "hội thảo"),
            (2, "other", "hội thao"),
            (11, "other", "cuộc thi"),
        ],
    ),
    (
        "relief-tents-are-no-money",
        "Bộ đội dựng 24 lều bạt, 5 nhà bạt và trao 60 tấm bạt cho các hộ di dời.",
        [
            (24, "other", "lều bạt"),
            (5, "other", "nhà bạt"),
            (60, "other", "tấm bạt"),
        ],
    ),
    (
        "papers-notices-customers-owners-and-members",
        "Viện kiểm sát phê chuẩn 418 lệnh, quyết định tố tụng; Công an tiếp nhận 95 đơn trình báo, "
        "đề nghị phát hành 14 Thông báo đỏ, cảnh báo cho gần 9.000 khách hàng, vận động 230 chủ tàu cá, "
        "tiêu hủy 3.100 sản phẩm giả, thực hiện 4 đề tài khoa học và tuyên truyền cho 2.600 lượt hội viên, phụ nữ.",
        [
            (418, "other", "lệnh, quyết định tố tụng"),
            (95, "information", "đơn trình báo"),
            (14, "information", "Thông báo đỏ"),
            (9000, "people", "khách hàng"),
            (230, "people", "chủ tàu cá"),
            (3100, "other", "sản phẩm"),
            (4, "other", "đề tài"),
            (2600, "personnel", "lượt hội viên, phụ nữ"),
        ],
    ),
    (
        "the-noun-after-a-trip-tells-what-it-counts",
        "Hải đội hộ tống 48 chuyến tàu chở hàng, tổ chức 26 chuyến tàu tuần tra trên biển, "
        "điều 7 chuyến xe cứu trợ và thực hiện 3 chuyến công tác.",
        [
            (48, "vehicles", "chuyến tàu"),
            (26, "patrols", "chuyến tàu"),
            (7, "vehicles", "chuyến xe"),
            (3, "other", "chuyến"),
        ],
    ),
    (
        "places-counted-by-what-goes-on-there",
        "Lực lượng chức năng bảo vệ 75 điểm tổ chức lễ hội, kiểm tra 31 điểm kinh doanh dịch vụ, "
        "kết nối 12 điểm cầu.",
        [(75, "other", "điểm tổ chức"), (31, "other", "điểm kinh doanh"), (12, "sites", "điểm cầu")],
    ),
    ("a-rate-is-no-noun", "Mỗi đội trực 4 đợt mỗi tháng.", [(4, "other", "đợt")]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in UNITS_READ], ids=[c[0] for c in UNITS_READ])
def test_units_read(text: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.category, f.unit) for f in figures(text)] == expected

def test_persons_counted_by_vi_are_people() -> None:
    text = "Đồn biên phòng đã mời 14 vị sư sãi, 6 vị chức sắc và 5 vị cán bộ hưu trí dự buổi gặp mặt."
    assert [(f.value, f.category, f.unit) for f in figures(text)] == [
        (14, "people", "vị sư sãi"),
        (6, "people", "vị chức sắc"),
        (5, "personnel", "vị cán bộ"),
    ]
    # (a place, a standing, and persons named in words are no count)
    assert figures("Tổ công tác bố trí 3 vị trí chốt chặn, nâng cao 2 vị thế; hai vị đại biểu phát biểu.") == []


def test_heads_are_counted_with_their_households() -> None:
    text = "Xã vận động 17 hộ/73 khẩu và 4 hộ với 19 khẩu trở về quê cũ, thu hồi 2 khẩu súng và 1 khẩu pháo."
    assert summary(text) == [
        (17, "exact", "people"),
        (73, "exact", "people"),
        (4, "exact", "people"),
        (19, "exact", "people"),
        (2, "exact", "weapons"),
        (1, "exact", "weapons"),
    ]
    assert figures("Tổ tuần tra thu giữ thêm 3 khẩu tự chế.") == []





def test_a_name_in_quotes_after_a_number_is_counted() -> None:
    text = "Hội Phụ nữ huyện đã trao 17 “Sinh kế cho phụ nữ nghèo” và xây dựng 5 \"Ngôi nhà an toàn\" cho hội viên."
    assert [(f.value, f.category, f.unit, f.text) for f in figures(text)] == [
        (17, "other", "Sinh kế cho phụ nữ nghèo", "17 “Sinh kế cho phụ nữ nghèo”"),
        (5, "other", "Ngôi nhà an toàn", '5 "Ngôi nhà an toàn"'),
    ]
    # (a quote that never closes, or a quote not right after the number, counts nothing)
    assert figures('Khóa 12 "Tiên phong trong lòng dân.') == []
    assert figures('Năm 2024, chương trình "Xuân biên phòng" được tổ chức.') == []


def test_machines_are_counted() -> None:
    assert summary("Huy động 9 máy xúc khắc phục sạt lở.") == [(9, "exact", "other")]


def test_on_after_a_figure_is_no_qualifier() -> None:
    assert summary("Kịp thời cứu 14 ngư dân trên 2 tàu cá bị đứt neo.") == [
        (14, "exact", "people"),
        (2, "exact", "vehicles"),
    ]


def test_unit_and_text() -> None:
    (figure,) = figures("Bộ đã điều động trên 391.000 cán bộ, chiến sỹ; 15.200 lượt phương tiện.")[:1]
    assert (figure.text, figure.unit) == ("trên 391.000 cán bộ, chiến sỹ", "cán bộ, chiến sỹ")


def test_a_bare_luot_ends_before_a_preposition() -> None:
    first, second = figures("Tuần tra hơn 9.000 lượt với 45.000 lượt cán bộ, chiến sĩ tham gia.")
    assert (first.text, first.unit, first.category) == ("hơn 9.000 lượt", "lượt", "patrols")
    assert (second.value, second.category) == (45000, "personnel")


NOT_FIGURES = [
    ("a-floor", "Lực lượng cứu hộ tiếp cận tầng 3 nhà kho."),
    ("years", "Năm 2024, trong năm 2025 và những năm tiếp theo."),
    ("durations", "Sơ kết 5 năm thực hiện, trong 10 ngày và 6 tháng đầu năm."),
    ("anniversary", "Kỷ niệm 95 năm Ngày thành lập Đảng."),
    ("ordinals", "Đại hội lần thứ XIII, lần thứ 3, cơn Bão số 3."),
    ("document-number", "Thực hiện Nghị định số 03 của Chính phủ."),
    ("units-of-the-army", "Lữ đoàn 550, Tiểu đoàn 6, Quân khu 4 và Vùng Cảnh sát biển 2."),
    ("forces", "3 lực lượng, ba lực lượng, hai Bộ, 2 tỉnh, 03 huyện, 02 bên."),
    ("comrades", "Chúc mừng hai đồng chí lãnh đạo."),
    ("comrades-named-by-post", "Có 3 đồng chí Phó Giám đốc cùng dự."),
    ("comrades-named-after-a-colon", "Thăng cấp bậc hàm cho 2 đồng chí: Trung tá Lê Văn Hòa và Thiếu tá Vũ Thị Lan."),
    ("comrades-in-words", "Ba đồng chí được khen thưởng."),
    ("page-furniture", "Bài viết có 658 lượt xem."),
    ("dates", "Ngày 5/9/2019 và tháng 7/2021."),
    ("structure", "Nghị định gồm 4 chương, 22 điều."),
    ("a-plate", "Tổ công tác phát hiện xe ô tô biển kiểm soát 30G-123.45 vi phạm nồng độ cồn."),
    ("investing-holds-no-four", "Tỉnh tiếp tục đầu tư cơ sở vật chất và đầu tư mô hình học cụ hiện đại."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_FIGURES], ids=[c[0] for c in NOT_FIGURES])
def test_not_figures(text: str) -> None:
    assert figures(text) == []


def test_a_paragraph_headed_by_drugs_makes_its_cases_drug_cases() -> None:
    text = (
        "Về phòng, chống tội phạm. Kết quả: phạm pháp hình sự xảy ra 183 vụ.\n\n"
        "Về ma túy. Kết quả: phát hiện 97 vụ/186 đối tượng."
    )
    assert [(f.value, f.category) for f in figures(text)] == [
        (183, "incidents"),
        (97, "drug_cases"),
        (186, "suspects"),
    ]


def test_a_tables_rows_written_label_first() -> None:
    text = "Kết quả bắt giữ:\n+ Ma túy: Số vụ: 38 | Số đối tượng: 52\n+ Buôn lậu: Số vụ: 124 | Số đối tượng: 231"
    assert [(f.value, f.category, f.text) for f in figures(text)] == [
        (38, "drug_cases", "Số vụ: 38"),
        (52, "suspects", "Số đối tượng: 52"),
        (124, "incidents", "Số vụ: 124"),
        (231, "suspects", "Số đối tượng: 231"),
    ]
    # (a count written after its label and with its noun is read once)
    assert [f.text for f in figures("- Số vụ: 45 vụ.")] == ["45 vụ"]


def test_five_thousand_digits_is_a_warning_not_a_crash() -> None:
    article = extract("Thu giữ " + "7" * 5000 + " phương tiện.")
    assert article.figures == []
    assert any("digits" in w for w in article.warnings)


def test_every_category_of_the_vocabularies_is_the_schemas(monkeypatch: pytest.MonkeyPatch) -> None:
    # the command line writes categories as the vocabularies give them: a typo must fail at load
    from typing import get_args

    from coordx.extractors import figures as f
    from coordx.facts import Category

    assert set(f._UNITS.values()) | set(f._ACTIVITY.values()) <= set(get_args(Category))
    monkeypatch.setattr(f, "table", lambda name: [("ống nhòm", "oher")])
    with pytest.raises(ValueError, match="oher"):
        f._checked("units", get_args(Category))


def test_teams_forms_services_cages_and_lengths_of_works_are_counted() -> None:
    text = (
        "Năm 2025, bộ đội giúp dân đắp 7,5 km đê bao và gia cố 3 km kè sông; địa phương thành lập 15 đội xung kích, "
        "cấp 1.400 phiếu lý lịch tư pháp, đưa 12 dịch vụ công lên mạng và di dời 60 lồng bè. Bờ sông dài 40 km."
    )
    assert summary(text) == [
        (7.5, "exact", "other"),
        (3, "exact", "other"),
        (15, "exact", "other"),
        (1400, "exact", "other"),
        (12, "exact", "other"),
        (60, "exact", "other"),
    ]
    assert summary("Năm 2025, tỉnh tinh giản khoảng 1.250 biên chế.") == [(1250, "approximately", "other")]


def test_a_classifier_alone_counts_what_it_counted_earlier_in_the_sentence() -> None:
    text = "Năm nay, hội cựu chiến binh xây mới 20 căn nhà tình thương, đã trao 14 căn cho các hộ khó khăn."
    assert [(f.value, f.category, f.unit, f.text) for f in figures(text)] == [
        (20, "other", "căn nhà", "20 căn nhà"),
        (14, "other", "căn", "14 căn"),
    ]
    text = "Đồn biên phòng nhận 6 chiếc xe máy, bàn giao lại 2 chiếc cho xã."
    assert [(f.value, f.category) for f in figures(text)] == [(6, "vehicles"), (2, "vehicles")]
    # (not when the classifier's noun was never said in the sentence)
    assert [f.value for f in figures("Xã xây 9 căn nhà văn hóa. Nhóm thiện nguyện trao 3 suất quà, thêm 5 căn cho xã.")] == [
        9,
        3,
    ]


def test_members_among_a_total_are_of_the_totals_category() -> None:
    text = "Huyện đã tiễn 430 thanh niên lên đường nhập ngũ, đạt 100% chỉ tiêu, trong đó có 16 đảng viên."
    assert [(f.value, f.category) for f in figures(text)] == [(430, "people"), (100, "percent"), (16, "people")]
    text = "Lữ đoàn có 1.200 cán bộ, chiến sĩ, trong đó có 640 đảng viên và 310 đoàn viên."
    assert [(f.value, f.category) for f in figures(text)] == [(1200, "personnel"), (640, "personnel"), (310, "personnel")]
    # (alone, party members are personnel)
    assert [(f.value, f.category) for f in figures("Chi bộ kết nạp 5 đảng viên mới.")] == [(5, "personnel")]


def test_the_offenders_of_an_imagined_situation_are_played_to_the_end_of_its_paragraph() -> None:
    text = (
        "Sáng nay, Công an tỉnh tổ chức diễn tập chữa cháy tại chợ trung tâm. Theo tình huống giả định, "
        "một ki-ốt bốc cháy, 6 tiểu thương bị mắc kẹt. Sau 30 phút, lực lượng chữa cháy cứu thoát 6 người, "
        "bắt giữ 2 đối tượng gây rối. Buổi diễn tập huy động 140 cán bộ, chiến sĩ và 9 xe chữa cháy.\n\n"
        "Năm qua, toàn tỉnh xảy ra 18 vụ cháy."
    )
    # (those brought out are the exercise's own)
    assert [(f.value, f.category) for f in figures(text)] == [
        (6, "people"),
        (140, "personnel"),
        (9, "vehicles"),
        (18, "incidents"),
    ]
    # (it ends with its paragraph, or at a sentence on the exercise itself)
    text = "Tình huống giả định: 4 đối tượng cướp tài sản.\nNăm nay, lực lượng bắt 12 đối tượng."
    assert [(f.value, f.category) for f in figures(text)] == [(12, "suspects")]
    text = "Tình huống giả định: 4 đối tượng cướp tài sản. Sau buổi diễn tập, công an bắt thật 2 đối tượng trộm xe."
    assert [(f.value, f.category) for f in figures(text)] == [(2, "suspects")]


def test_qua_counts_goods_and_weapons_right_after_a_number() -> None:
    text = "Đội kiểm soát thu giữ hơn 9.600 quả trứng vịt, 42 quả lựu đạn và 3 quả bom cùng 70 kg nấm khô."
    assert [(f.value, f.qualifier, f.category) for f in figures(text)] == [
        (9600, "more_than", "other"),
        (42, "exact", "weapons"),
        (3, "exact", "weapons"),
        (70, "exact", "weight"),
    ]
    # ("kết quả", "hiệu quả" are words: no classifier there)
    assert figures("Năm 2022 kết quả tốt; chương trình 5 năm hiệu quả cao.") == []


def test_a_units_number_after_its_arm_and_a_bare_patrol_verb_count_nothing() -> None:
    # (a unit's number, with its arm or force between the kind and the number)
    assert figures("Năm nay, Trung đoàn Pháo binh 368 lần đầu bắn đạn thật trên thao trường mới.") == []
    assert figures("Đồn phối hợp với Hải đội Biên phòng 3 tuần tra trên vùng biển giáp ranh.") == []
    # ("tuần tra" right after a number is the verb of what the number names, no count of patrols)
    assert figures("Các tàu cá đi cùng Tàu 58 tuần tra, kiểm soát ven biển.") == []
    text = "Đơn vị tổ chức 160 lượt tuần tra, 24 cuộc tuần tra, kiểm soát và 9 đợt truy quét."
    assert [(f.value, f.category) for f in figures(text)] == [(160, "patrols"), (24, "patrols"), (9, "patrols")]


def test_medical_staff_are_personnel_and_patients_people() -> None:
    text = (
        "Quân khu cử 240 y, bác sĩ quân y và 65 điều dưỡng về vùng lũ; "
        "các đội cơ động khám cho 1.830 bệnh nhân, đưa 7 thai phụ và 2 sản phụ lên bệnh viện huyện."
    )
    assert [(f.value, f.category) for f in figures(text)] == [
        (240, "personnel"),
        (65, "personnel"),
        (1830, "people"),
        (7, "people"),
        (2, "people"),
    ]


def test_a_breakdown_that_names_no_subject_takes_its_totals_kind() -> None:
    text = (
        "Sáu tháng qua, các lực lượng phát hiện 140 vụ/196 đối tượng mua bán, tàng trữ trái phép chất ma túy, "
        "giảm 12 vụ so với cùng kỳ. Trong đó, Phòng Cảnh sát điều tra bắt 85 vụ/120 đối tượng; "
        "Công an các huyện bắt 55 vụ/76 đối tượng."
    )
    assert [(f.value, f.category) for f in figures(text) if f.unit == "vụ"] == [
        (140, "drug_cases"),
        (12, "incidents"),
        (85, "drug_cases"),
        (55, "drug_cases"),
    ]
    # (parts told their own subject keep it)
    text = "Sáu tháng qua, toàn tỉnh phát hiện 140 vụ phạm tội về ma túy. Trong đó, xã biên giới có 9 vụ trộm cắp tài sản."
    assert [(f.value, f.category) for f in figures(text)] == [(140, "drug_cases"), (9, "incidents")]


def test_turns_of_people_trained_take_part() -> None:
    text = "Năm qua, Phòng Cảnh sát PCCC tập huấn kỹ năng cứu nạn cho 7.320 lượt người của các đội xung kích."
    assert [(f.value, f.category) for f in figures(text)] == [(7320, "personnel")]
    # (those told, after a comma, are no trainees)
    text = "Đơn vị tổ chức tập huấn cho 80 cán bộ, phổ biến pháp luật cho 6.400 lượt người ở các bản."
    assert [(f.value, f.category) for f in figures(text)] == [(80, "personnel"), (6400, "people")]


def test_medals_won_are_counted() -> None:
    text = "Đội tuyển của tỉnh giành 19 huy chương, trong đó có 5 huy chương vàng, tại hội thao toàn quốc."
    assert [(f.value, f.category, f.text) for f in figures(text)] == [
        (19, "other", "19 huy chương"),
        (5, "other", "5 huy chương vàng"),
    ]
