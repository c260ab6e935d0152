"""Row E3 of RELIABILITY.md: every pattern that runs over whole documents stays
fast on adversarial text. Each family is 100,000 characters and must finish
in under 2 s (bench/adversarial.py shows the growth is linear). The time is
the process's CPU time: the work the text costs coordx, which other programs
busy on the same cores (a loaded CI machine) do not add to."""

from __future__ import annotations

import time

import pytest

from coordx import extract

FAMILIES = {
    "capitalised-names": "Nguyễn Văn An Trần Thị Bình Lê Quốc Hùng Phạm Minh Châu Hoàng Anh Tuấn ",
    "all-caps-headings": "HỘI NGHỊ GIAO BAN CÔNG AN QUÂN ĐỘI THƯỢNG TƯỚNG NGUYỄN VĂN AN\n",
    "one-dot": "1.",
    "digits": "1234567890",
    "ranks-without-names": "Thượng tướng ",
    "titles-and-commas": "Thứ trưởng Bộ Công an, Ủy viên Trung ương Đảng, ",
    "shared-title-lists": "Các đồng chí Thứ trưởng: Thượng tướng Lê An; ",
    "dates-and-slashes": "5/9/2019 16 - 17/7/2022 12 vụ/26 đối tượng ",
    "document-numbers": "46/CT/TW Nghị định số 03/2019/NĐ-CP ",
    "site-words": "điểm cầu Hà Nội ",
    "banner-and-menus": "TẠP CHÍ BIÊN CƯƠNG ĐIỆN TỬ\nQuân sự | Quốc phòng » Biên giới\n☰ MENU\nTìm kiếm...\n",
    "menu-spaced-apart": "Trang chủ  Tin tức  Thời sự  Quốc phòng  ",
    # the fifth session's rules, each on a run of what it reads
    "table-labels": "Số vụ: 38 | Số đối tượng: 52 | ",
    "quoted-nouns": '146 "Nhà đồng đội và ',
    "issuer-names": "Kế hoạch số 15/KH-UBND của Bộ Tư lệnh Quân khu 7 Công an tỉnh Hà Giang ",
    "months-and-day-ranges": "từ tháng 6 ngày 14, 15/11/2019 ngày 14 và 15 tháng 11 năm 2019 3 tháng (từ ngày 1/7 đến 30/9/2025) ",
    "markdown-lines": "# **Tiêu đề bài viết rất dài**\n",
    "kiem-titles": "Đại tá Lê Văn A, Phó Tư lệnh kiêm Tham mưu trưởng kiêm Chính ủy kiêm ",
    "sites-going-on": "điểm cầu Phòng Quản lý xuất nhập cảnh thuộc cục quản lý xã A Lưới 2, phường Hà Giang 1, ",
    "signed-percents": "(-6,4%) (+5%) -3 ",
    "relative-and-lunar-days": "Sáng nay hội nghị. Chiều qua họp. (tức ngày 5/3 âm lịch) ",
    "months-in-one-long-sentence": "dự kiến năm 2024 vào tháng 3 tới, từ 15 đến 17/4, (sinh năm 1990) ",
    # the ninth session's rules
    "breakdowns-in-one-sentence": "Bắt 320 vụ/415 đối tượng ma túy, trong đó Công an bắt 290 vụ, 30 vụ, 40 vụ, ",
    "chairs-at-their-sites": "tại điểm cầu Hà Nội có ông Lê Văn An, Thứ trưởng; tại điểm cầu Huế, ông Trần Văn Bình chủ trì; ",
    "ranks-before-colons": "các đồng chí Thiếu tướng: Lê Văn An, Phó Tư lệnh; Trần Văn Bình, Phó Chính ủy; ",
    "sites-listed-after-gom": "11 điểm cầu, gồm: Bộ Quốc phòng, Quân khu 5, Bộ Chỉ huy Quân sự các tỉnh Bình Dương, Đồng Nai và ",
    "ones-listed-and-seized": "thu giữ một xe máy, một ô tô cùng một máy xúc, 2 điện thoại và ",
}


@pytest.mark.parametrize("family", list(FAMILIES), ids=list(FAMILIES))
def test_E3_adversarial_text_of_100k_characters_under_2s(family: str) -> None:
    unit = FAMILIES[family]
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    started = time.process_time()
    article = extract(text)
    elapsed = time.process_time() - started
    assert elapsed < 2.0, f"{family}: {elapsed:.2f}s"
    assert article.schema_version == "1"


def test_E3_a_pattern_call_past_the_timeout_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    from coordx import patterns

    monkeypatch.setattr(patterns, "PATTERN_TIMEOUT", 0.05)
    runaway = patterns.Pattern(r"(?:a|aa)+b")  # exponential on a long run of "a"
    started = time.perf_counter()
    with pytest.raises(TimeoutError):
        runaway.search("a" * 20000)  # long enough to be timed
    assert time.perf_counter() - started < 1


def test_E3_an_extractor_stopped_by_the_timeout_leaves_the_others(monkeypatch: pytest.MonkeyPatch) -> None:
    import coordx.pipeline

    def runaway(*args: object) -> None:
        raise TimeoutError("regex timed out")

    monkeypatch.setattr(coordx.pipeline, "extract_figures", runaway)
    article = extract("Sáng 5/1/2021, Đại tá Lê Văn Hải, Giám đốc Công an tỉnh chủ trì; bắt 12 đối tượng.")
    assert article.figures == []
    assert [o.name for o in article.officials] == ["Lê Văn Hải"]
    assert article.event_date is not None and article.event_date.value == "2021-01-05"
    assert any(w.startswith("figures not extracted: a pattern ran over") for w in article.warnings)
