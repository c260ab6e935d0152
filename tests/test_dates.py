"""Dates, the event date and the reporting period, on sentences written for these tests."""

from __future__ import annotations

import pytest

from coordx import extract


def values(text: str) -> list[str]:
    return [d.value for d in extract(text).dates]


# --- every date shape ------------------------------------------------------

DATE_SHAPES = [
    ("slash", "Nghị quyết được thông qua ngày 5/9/2019 tại kỳ họp.", ["2019-09-05"]),
    ("dash-leading-zero", "Hội nghị được tổ chức ngày 05-9-2019 tại Hà Nội.", ["2019-09-05"]),
    ("dot", "Văn bản ký ngày 5.9.2019 đã có hiệu lực.", ["2019-09-05"]),
    ("words", "Lễ ký kết diễn ra ngày 5 tháng 9 năm 2019 tại Huế.", ["2019-09-05"]),
    ("month-slash", "Kế hoạch triển khai từ tháng 7/2021 trên toàn tỉnh.", ["2021-07"]),
    ("month-dash", "Số liệu tính đến tháng 6-2023 cho thấy nhiều chuyển biến.", ["2023-06"]),
    ("month-words", "Hội nghị sơ kết trong tháng 3 năm 2022 được chuẩn bị kỹ.", ["2022-03"]),
    ("range-days", "Hội thao diễn ra trong 02 ngày 16 – 17/7/2022 tại tỉnh.", ["2022-07-16", "2022-07-17"]),
    ("range-days-and", "Trong 2 ngày (15 và 16/3/2024), hai Bộ tổ chức hội nghị.", ["2024-03-15", "2024-03-16"]),
    ("range-days-to", "Từ ngày 10 đến 12/5/2024, Bộ Công an tổ chức hội thao.", ["2024-05-10", "2024-05-12"]),
    ("not-a-range-without-day-word", "Tỷ lệ giảm từ 3 - 4/5 số vụ so với cùng kỳ.", []),
    (
        "anniversary-span",
        "Kỷ niệm 60 năm quan hệ ngoại giao (05/9/1962 – 05/9/2022) được tổ chức long trọng.",
        ["1962-09-05", "2022-09-05"],
    ),
    (
        "cued-no-year",
        "Sáng 18/1/2018, hai lực lượng giao ban. Chiều 19/1, đoàn về địa phương.",
        ["2018-01-18", "2018-01-19"],
    ),
    (
        "range-end-without-day-word",
        "Từ ngày 3/2 đến 28/5/2023, lực lượng chức năng mở đợt cao điểm.",
        ["2023-02-03", "2023-05-28"],
    ),
    (
        "range-inside-a-part-year-period",
        "Sơ kết 6 tháng đầu năm 2024: từ ngày 1/1 đến 30/6, hai lực lượng phối hợp chặt chẽ.",
        ["2024-01-01", "2024-06-30"],
    ),
    (
        "range-from-a-day-without-a-day-word",
        "Cao điểm diễn ra từ 20/4 đến hết ngày 20/7/2025 trên toàn tỉnh.",
        ["2025-04-20", "2025-07-20"],
    ),
    (
        "a-month-just-past",
        "Đăng ngày 04/12/2022\nTrong trận lũ hồi tháng 11 vừa qua, bộ đội giúp dân sơ tán.",
        ["2022-12-04", "2022-11"],
    ),
    (
        "a-month-just-past-is-last-years-when-later",
        "Đăng ngày 10/01/2023\nĐợt rét đậm tháng 12 vừa qua gây thiệt hại.",
        ["2023-01-10", "2022-12"],
    ),
    ("not-a-range-of-fractions", "Các đơn vị duy trì từ 1/3 đến 1/2 quân số trực.", []),
    ("not-a-range-of-rising-fractions", "Tỷ lệ tăng từ 1/3 đến 2/3 tổng số.", []),
    (
        "a-range-end-takes-its-starts-year",
        "Đăng vào 16/03/2024\nĐợt cao điểm từ ngày 15/3 đến ngày 15/6.",
        ["2024-03-16", "2024-03-15", "2024-06-15"],
    ),
    (
        "a-range-end-after-new-year",
        "Đăng vào 05/01/2024\nĐợt cao điểm từ ngày 15/12 đến ngày 15/1.",
        ["2024-01-05", "2023-12-15", "2024-01-15"],
    ),
    (
        "a-month-just-past-without-posting",
        "Sáng 5/1/2021, hai lực lượng họp. Trong tháng 12 vừa qua, lực lượng đã tuần tra.",
        ["2021-01-05", "2020-12"],
    ),
    ("not-a-document-number", "Thực hiện Nghị định 03/2019/NĐ-CP của Chính phủ.", []),
    ("not-a-holiday", "Bảo đảm an ninh dịp Quốc khánh 2/9 và Tết Nguyên đán.", []),
    ("not-thousands", "Đã xác minh 1.500 nguồn tin trong năm.", []),
    ("not-an-impossible-day", "Sáng ngày 31/2/2021 là một ngày không có thật.", []),
    ("range-days-comma", "Ngày 14, 15/11/2019, Đoàn công tác làm việc với tỉnh.", ["2019-11-14", "2019-11-15"]),
    (
        "range-days-in-words",
        "Trong hai ngày 14 và 15 tháng 11 năm 2019, Đoàn công tác làm việc với tỉnh.",
        ["2019-11-14", "2019-11-15"],
    ),
    (
        "range-days-dash-in-words",
        "Trong hai ngày 14-15 tháng 11 năm 2019, hội thao diễn ra.",
        ["2019-11-14", "2019-11-15"],
    ),
    ("not-a-month-last-year-in-words", "Chuyên án được xác lập từ tháng 6 năm ngoái.", []),
    ("not-a-lunar-month", "Lễ Vu lan diễn ra vào rằm tháng 7 âm lịch hằng năm.", []),
    ("a-lunar-day-in-brackets", "Ngày 7/4/2011 (tức ngày 5/3 âm lịch), Công an tỉnh tổ chức giao ban.", ["2011-04-07"]),
    ("a-lunar-day-of-a-named-year", "Ngày 25/1/2024 (ngày 15/12 năm Quý Mão), hai lực lượng giao ban.", ["2024-01-25"]),
    ("iso", "Đợt cao điểm kéo dài đến 2024-08-31 theo kế hoạch.", ["2024-08-31"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in DATE_SHAPES], ids=[c[0] for c in DATE_SHAPES])
def test_date_shapes(text: str, expected: list[str]) -> None:
    assert values(text) == expected


def test_every_date_span_is_its_text() -> None:
    text = "Sáng ngày 05-9-2019, tại Hà Nội, hai Bộ giao ban. Chiều 6.9, đoàn kiểm tra."
    for d in extract(text).dates:
        assert text[d.start : d.end] == d.text
    assert [d.text for d in extract(text).dates] == ["05-9-2019", "6.9"]


# --- year inference ----------------------------------------------------------

INFERENCE = [
    ("from-published-month", " date 2023-10 (TTX) - Chiều nay 19/10, hội nghị diễn ra.", "2023-10-19"),
    ("from-posting-line", "Tin giao ban\n\nĐăng vào 06/01/2021\nSáng 5/1, hai lực lượng giao ban.", "2021-01-05"),
    (
        "january-after-a-year",
        "Sáng 18/1, hội nghị tổng kết công tác phối hợp năm 2017 của hai lực lượng.",
        "2018-01-18",
    ),
    ("july-after-first-half", "Sáng 31/7, hội nghị giao ban 6 tháng đầu năm 2020 được tổ chức.", "2020-07-31"),
    ("october-after-q3", "Chiều 12/10, giao ban quý III/2021 giữa ba lực lượng.", "2021-10-12"),
    ("no-year-anywhere", "Chiều 21-7, hai đơn vị ký kết quy chế phối hợp.", "--07-21"),
    (
        "a-day-ahead-of-the-posting",
        "Tin giao ban quý III\n\nĐăng vào 18/09/2023\nHội nghị tổng kết dự kiến tổ chức ngày 20/12.",
        "2023-12-20",
    ),
    (
        "an-issue-date-lends-no-year",
        "Ngày 5/9/2019, Chính phủ ban hành Nghị định số 03/2019/NĐ-CP. Sáng 20/3, Bộ Công an tổ chức hội nghị sơ kết.",
        "--03-20",
    ),
    (
        "a-span-of-years-gives-no-year",
        "Chiều 21-7, tổng kết 5 năm thực hiện Quy chế phối hợp giai đoạn 2019-2024 của hai đơn vị.",
        "--07-21",
    ),
    (
        "a-span-of-years-reviewed-early-the-next-year",
        "Sáng 9/2, hai đơn vị tổng kết việc thực hiện chương trình phối hợp giai đoạn 2020-2024.",
        "2025-02-09",
    ),
    (
        "a-span-of-years-reviewed-late-in-its-last-year",
        "Chiều 14/11, hai đơn vị tổng kết việc thực hiện chương trình phối hợp giai đoạn 2020-2024.",
        "2024-11-14",
    ),
    (
        "without-posting-the-end-of-a-range-dates-the-writing",
        "Chiều 11/7, hai đơn vị sơ kết 6 tháng đầu năm 2023. Từ ngày 1/1 đến 30/6/2023, đã tuần tra 40 lượt.",
        "2023-07-11",
    ),
    (
        "a-day-months-after-a-january-posting-is-last-year",
        "Tin tổng kết\n\nĐăng vào 10/01/2021\nNgày 15/6, Công an tỉnh bắt giữ 3 đối tượng.",
        "2020-06-15",
    ),
    (
        "an-interim-review-of-a-span-gives-no-year",
        "Sáng 16/1, hai đơn vị sơ kết 3 năm thực hiện Đề án giai đoạn 2021-2025.",
        "--01-16",
    ),
    (
        "a-day-weeks-after-the-posting-is-ahead",
        "Tin pháp luật\n\nĐăng vào 20/06/2024\nLuật mới có hiệu lực từ ngày 1/7.",
        "2024-07-01",
    ),
    (
        "a-span-counted-in-years-is-reviewed-in-full",
        "Sáng 16/1, hai đơn vị sơ kết 5 năm thực hiện quy chế giai đoạn 2019 - 2024.",
        "2025-01-16",
    ),
    (
        "a-day-months-after-the-posting-is-last-year",
        "Tin tổng kết\n\nĐăng vào 03/03/2022\nSáng 22/11, hai lực lượng diễn tập phương án chữa cháy.",
        "2021-11-22",
    ),
    (
        "a-year-reviewed-in-its-november",
        "Ngày 24-11, hai lực lượng tổ chức hội nghị đánh giá công tác phối hợp năm 2023.",
        "2023-11-24",
    ),
    (
        "a-year-reviewed-in-the-spring-after-it",
        "Ngày 14-3, hai lực lượng tổ chức hội nghị đánh giá công tác phối hợp năm 2023.",
        "2024-03-14",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in INFERENCE], ids=[c[0] for c in INFERENCE])
def test_year_inference(text: str, expected: str) -> None:
    article = extract(text)
    assert article.event_date is not None
    assert article.event_date.value == expected
    assert article.event_date.year_inferred
    assert any("inferred" in w or "no year" in w for w in article.warnings)


MONTHS_ALONE = [
    (
        "from-the-posting",
        "Thứ tư, 14/9/2022, 17:20 (GMT+7)\nChuyên án được xác lập từ tháng 6, đến nay đã bắt 5 đối tượng.",
        "2022-06",
    ),
    (
        "later-in-the-year-is-last-years",
        "Sáng 15/1/2023, Công an tỉnh tổ chức hội nghị. Từ tháng 11, các đơn vị ra quân.",
        "2022-11",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in MONTHS_ALONE], ids=[c[0] for c in MONTHS_ALONE])
def test_a_month_alone_takes_its_year_like_a_day(text: str, expected: str) -> None:
    (month,) = [d for d in extract(text).dates if d.precision == "month"]
    assert (month.value, month.year_inferred, month.role) == (expected, True, "other")
    assert text[month.start : month.end] == month.text
    assert month.text.casefold().startswith("tháng")


def test_a_year_reviewed_in_full_is_over_though_a_day_in_it_is_told() -> None:
    # no posting date: the day told bounds the writing from below only
    article = extract(
        "Chiều 14/1, Công an tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác phối hợp năm 2020. "
        "Đáng chú ý, ngày 23/9/2020, Công an tỉnh triệt phá một đường dây ma túy."
    )
    assert article.reporting_period is not None and article.reporting_period.value == "2020"
    assert article.event_date is not None and article.event_date.value == "2021-01-14"


def test_the_years_tasks_are_not_reviewed_when_a_later_day_of_it_is_told() -> None:
    article = extract(
        "Ngày 3/4/2024, Công an tỉnh công bố quyết định. Đồng chí yêu cầu lãnh đạo lực lượng thực hiện "
        "thắng lợi nhiệm vụ năm 2024."
    )
    assert article.reporting_period is None


def test_this_morning_under_a_posting_line_is_the_posting_day() -> None:
    article = extract(
        "Hội nghị tổng kết\n\nThứ Năm, 28/11/2019 | 10:35\n\nSáng nay, Công an tỉnh tổ chức hội nghị tổng kết "
        "công tác phối hợp năm 2019."
    )
    event = article.event_date
    assert event is not None and (event.value, event.text, event.role) == ("2019-11-28", "Sáng nay", "event")
    assert any("Sáng nay" in w for w in article.warnings)
    article = extract(" date 2019-11-28 Chiều qua, hai lực lượng tổ chức giao ban.")
    assert article.event_date is not None and article.event_date.value == "2019-11-27"


def test_a_month_without_its_year() -> None:
    def months(text: str) -> list[str]:
        return [d.value for d in extract(text).dates if d.precision == "month" and d.role != "published"]

    # a month later in the year than the posting is last year's …
    assert months(" date 2017-04 Sáng 7/4, hội nghị nhìn lại tháng 7 vừa qua.") == ["2016-07"]
    # … unless it is still to come, or its clause tells its year
    assert months(" date 2017-04 Sáng 7/4, giao ban. Giao ban quý II sẽ tổ chức vào tháng 7.") == ["2017-07"]
    assert months(" date 2017-04 Sáng 7/4, giao ban. Giao ban dự kiến tổ chức vào đầu tháng 7.") == ["2017-07"]
    text = " date 2014-10 Sáng 2/10, giao ban. Các lực lượng chuẩn bị tổng kết năm 2014 vào trung tuần tháng 12."
    assert months(text) == ["2014-12"]
    assert months(" date 2023-07 Sáng 5/7, giao ban. Kế hoạch triển khai vào tháng 11 tới.") == ["2023-11"]
    # the next month or the one after the posting's are still to come
    assert months("Đăng vào 28/06/2022\n\nTrong tháng 7 và tháng 8, Công an tỉnh mở đợt cao điểm.") == [
        "2022-07",
        "2022-08",
    ]
    # with nothing to date the writing, a month is one of the period reviewed
    assert months("Sáng 10/1, hội nghị tổng kết công tác năm 2022. Tháng 3 vừa qua, Công an tỉnh ra quân.") == [
        "2022-03"
    ]
    # (not "tới nay", until now; not a plan already carried out; not a year of birth)
    assert months(" date 2024-05 Từ tháng 3 tới nay, Công an tỉnh ra quân.") == ["2024-03"]
    assert months(" date 2024-05 Theo kế hoạch, các đơn vị đã tổ chức diễn tập vào tháng 3.") == ["2024-03"]
    assert months(" date 2024-05 Đối tượng Lê Văn A (sinh năm 1990) bị bắt vào tháng 2.") == ["2024-02"]
    # (a year compared with is not the month's)
    assert months(" date 2017-04 Sáng 7/4, giao ban. Tăng so với năm 2015 vào tháng 9.") == ["2016-09"]


def test_a_years_results_assessed_in_its_november_are_its_review() -> None:
    text = "Đăng vào 27/11/2019\n\nNgày 26/11/2019, Quân khu 9 tổ chức hội nghị đánh giá kết quả công tác phối hợp năm 2019."
    period = extract(text).reporting_period
    assert period is not None and period.value == "2019"


def test_a_lead_after_a_document_named_in_a_headline_is_no_issue_date() -> None:
    text = (
        "Sơ kết Nghị định 77/2010/NĐ-CP LCĐT - Sáng 11/7, Công an tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm "
        "2019 thực hiện Nghị định 77/2010/NĐ-CP ngày 12/7/2010 của Chính phủ."
    )
    assert [(d.value, d.role) for d in extract(text).dates] == [("2019-07-11", "event"), ("2010-07-12", "issued")]


def test_a_span_spelt_out_in_brackets_is_the_period_reviewed() -> None:
    text = (
        "Sáng 22-5, UBND tỉnh tổ chức hội nghị sơ kết 5 năm thực hiện Luật Dân quân tự vệ năm 2019 (từ tháng "
        "7/2020 đến tháng 5/2025). Phó Chủ tịch UBND tỉnh yêu cầu các địa phương bảo đảm ngân sách cho dân quân "
        "tự vệ trong giai đoạn 2025 - 2030."
    )
    article = extract(text)
    assert article.reporting_period is not None and article.reporting_period.value == "2020-07/2025-05"
    assert article.event_date is not None and article.event_date.value == "2025-05-22"
    # (a term in brackets is still a term)
    assert extract("Ngày 5/1/2025, Đại hội Đảng bộ nhiệm kỳ (2020 - 2025) bầu Ban Chấp hành.").reporting_period is None


def test_days_from_one_to_another_after_tu() -> None:
    article = extract(" date 2025-04 Trong 3 ngày (từ 15 đến 17/4), huyện Yên Định tổ chức diễn tập.")
    assert [(d.value, d.role) for d in article.dates if d.role != "published"] == [
        ("2025-04-15", "event"),
        ("2025-04-17", "other"),
    ]
    # (a dash between them, as "đến")
    article = extract(" date 2024-11 Trong 2 ngày, từ 21 - 22/11, Công an huyện tổ chức hội thao.")
    assert [(d.value, d.role) for d in article.dates if d.role != "published"] == [
        ("2024-11-21", "event"),
        ("2024-11-22", "other"),
    ]
    # (fractions of a whole and scores are no days)
    assert [d for d in extract(" date 2025-04 Tăng từ 1 đến 2/3 quân số.").dates if d.role != "published"] == []
    assert [d for d in extract(" date 2023-10 Học viên đạt từ 8 đến 9/10 điểm.").dates if d.role != "published"] == []
    assert [d for d in extract(" date 2023-10 Học viên đạt từ 8 - 9/10 điểm.").dates if d.role != "published"] == []


def test_an_exercises_year_is_its_own_not_a_period() -> None:
    text = "Ngày 18-4, Ban Chỉ đạo tổ chức khai mạc diễn tập khu vực phòng thủ huyện Cao Lộc năm 2025. Bế mạc chiều 21-4."
    article = extract(text)
    assert article.reporting_period is None
    assert [d.value for d in article.dates] == ["2025-04-18", "2025-04-21"]


def test_the_solar_day_in_brackets_after_a_lunar_day() -> None:
    article = extract(" date 2025-02 Ngày mùng 6 Tết (3/2), lượng phương tiện quay lại Hà Nội tăng mạnh.")
    assert [(d.value, d.text) for d in article.dates if d.role != "published"] == [("2025-02-03", "3/2")]


def test_the_year_of_a_plans_subject_is_no_period_reviewed() -> None:
    text = (
        "Chiều 4/5, Phòng Cảnh sát giao thông họp rút kinh nghiệm. Giám đốc yêu cầu tiếp tục thực hiện "
        "Kế hoạch số 12/KH-CAT về bảo đảm trật tự, an toàn giao thông năm 2025."
    )
    assert extract(text).reporting_period is None
    # (a review of what was done under such a plan reviews its year)
    text = "Sáng 10/1/2025, hội nghị tổng kết thực hiện Kế hoạch số 45 về công tác phối hợp năm 2024."
    period = extract(text).reporting_period
    assert period is not None and period.value == "2024"


def test_a_deadline_later_in_the_month_of_the_posting_takes_the_postings_year() -> None:
    article = extract("Tin phòng chống bão\n\nĐăng vào 12/08/2022\nCác đơn vị hoàn thành việc kiểm tra trước ngày 29/8.")
    (deadline,) = [d for d in article.dates if d.role != "published"]
    assert (deadline.value, deadline.year_inferred, deadline.role) == ("2022-08-29", True, "other")
    assert article.event_date is None


def test_a_deadline_after_a_document_is_neither_its_issue_nor_the_event() -> None:
    article = extract(
        "Các lực lượng triển khai Nghị định số 03/2019/NĐ-CP ngày 5/9/2019 của Chính phủ, xây dựng quy chế "
        "theo Nghị định 03, hoàn thành trước ngày 31/12/2019."
    )
    assert [(d.value, d.role) for d in article.dates] == [("2019-09-05", "issued"), ("2019-12-31", "other")]
    assert article.event_date is None


def test_a_month_alone_with_no_year_anywhere_is_left_out() -> None:
    assert values("Trong tháng 8, Công an tỉnh tổ chức hội nghị.") == []


# --- event date ----------------------------------------------------------------

EVENT = [
    (
        "the-day-of-the-meeting-not-of-an-operation",
        "Ngày 10/3/2024, lực lượng chức năng bắt 2 vụ. Sáng 15/3/2024, Công an tỉnh tổ chức hội nghị sơ kết.",
        "2024-03-15",
    ),
    (
        "two-day-meeting-before-an-operations-range",
        "Trong hai ngày 16 – 17/9/2023, Công an tỉnh tổ chức hội nghị sơ kết. Riêng từ ngày 1/7 đến 31/8, các đơn vị bắt 96 vụ.",
        "2023-09-16",
    ),
    (
        "a-decree-issued-is-not-the-event",
        "Ngày 5/9/2019, Chính phủ ban hành Nghị định số 03. Sáng 15/1/2021, hai Bộ tổ chức giao ban.",
        "2021-01-15",
    ),
    (
        "a-signing-ceremony-is-the-event",
        "Sáng 20/3/2024, hai Bộ tổ chức lễ ký ban hành Quy chế. Quy chế có hiệu lực từ ngày 1/4/2024.",
        "2024-03-20",
    ),
    ("dateline-agency", "BHG - Ngày 6.9.2021, tại Công an tỉnh đã diễn ra hội nghị.", "2021-09-06"),
    ("time-of-day", "Sáng ngày 09/7/2020, Ban Bí thư tổ chức hội nghị.", "2020-07-09"),
    (
        "issued-date-is-not-event",
        "Thực hiện Nghị định số 03/2019/NĐ-CP ngày 5/9/2019, chiều 2/10/2020 các lực lượng giao ban.",
        "2020-10-02",
    ),
    ("range-gives-first-day", "Trong 02 ngày 16 – 17/7/2022 tại huyện đã diễn ra hội đàm.", "2022-07-16"),
    ("yesterday-in-brackets", " date 2024-07 Chiều qua (14-7), hai bên ký kết biên bản.", "2024-07-14"),
    ("weekday", " date 2024-01 Sáng thứ Hai (15/1), hội nghị khai mạc.", "2024-01-15"),
    ("later-cue", "Đoàn công tác gồm 26 cán bộ đã xuất phát vào trưa 30-3-2025.", "2025-03-30"),
    (
        "a-supervision-visit-over-two-days",
        "Trong 2 ngày 14 và 15/11/2019, Đoàn giám sát của Quốc hội đã giám sát việc thi hành Luật Biên giới quốc gia."
        " Chiều 15/11/2019, Đoàn làm việc với Chi cục Hải quan.",
        "2019-11-14",
    ),
    ("a-day-dated-by-its-occasions-year", "Sáng 13/2, tỉnh Đồng Tháp tổ chức lễ giao nhận quân năm 2025.", "2025-02-13"),
    (
        "a-later-inspection-visit-is-a-side-one",
        "Ngày 10/9/2024, Bộ Chỉ huy BĐBP tỉnh huy động 120 cán bộ, chiến sĩ đến hiện trường sạt lở.\n\n"
        "Chiều 12/9, Thiếu tướng Phạm Văn Kiên đã đến kiểm tra công tác khắc phục hậu quả.",
        "2024-09-10",
    ),
    (
        "days-told-first-are-the-event-before-a-later-visit",
        "Trong các ngày từ 3 đến 5/10/2025, mưa lũ làm sạt lở nhiều tuyến đường trên địa bàn tỉnh. "
        "Bộ Chỉ huy Quân sự tỉnh điều động 200 cán bộ, chiến sĩ giúp dân.\n\n"
        "Chiều 7/10, đồng chí Phó Chủ tịch UBND tỉnh đến thăm, động viên lực lượng làm nhiệm vụ.",
        "2025-10-03",
    ),
    (
        "the-day-a-stretch-to-now-began-is-no-event",
        "Đăng ngày: 12/11/2025\nTừ ngày 1/8 đến nay, Công an phường đã cấp 640 thẻ căn cước. "
        "Ngày 10/11, Đại tá Hà Văn Bình, Giám đốc Công an tỉnh đến kiểm tra công tác tại phường.",
        "2025-11-10",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in EVENT], ids=[c[0] for c in EVENT])
def test_event_date(text: str, expected: str) -> None:
    event = extract(text).event_date
    assert event is not None and event.value == expected
    assert event.role == "event"


def test_a_review_of_n_years_of_a_document_dates_the_meeting_after_the_anniversary() -> None:
    told = "Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị tổng kết 10 năm thực hiện Nghị định số 77/2010/NĐ-CP ngày 12/7/2010."
    after = extract(f"Sáng 28/10, {told}")
    assert after.event_date is not None and after.event_date.value == "2020-10-28"
    assert "year of '28/10' inferred as 2020 from the years of the document the meeting reviews" in after.warnings
    # held before the tenth anniversary, the meeting may be in 2020 or in 2021
    before = extract(f"Sáng 16/6, {told}")
    assert before.event_date is not None and before.event_date.value == "--06-16"
    # a document without its issue day tells no anniversary
    undated = extract("Sáng 28/10, hội nghị tổng kết 10 năm thực hiện Nghị định số 77/2010/NĐ-CP.")
    assert undated.event_date is not None and undated.event_date.value == "--10-28"


def test_no_day_no_event() -> None:
    assert extract("Các lực lượng vừa tổ chức giao ban quý III/2023 về thực hiện Nghị định.").event_date is None


def test_a_cut_off_day_is_past_and_no_event() -> None:
    article = extract(
        "Tin giao ban đầu năm\n\nĐăng vào 05/01/2024\nTính đến ngày 20/12, lực lượng chức năng đã bắt giữ 12 đối tượng."
    )
    assert article.event_date is None
    assert [(d.value, d.year_inferred) for d in article.dates][1:] == [("2023-12-20", True)]


def test_a_cut_off_day_is_no_event() -> None:
    text = "Hôm qua, Công an huyện ra quân. Tính từ đầu năm đến hết ngày 20/10/2023, toàn huyện xảy ra 12 vụ cháy."
    article = extract(text)
    assert article.event_date is None
    assert [(d.value, d.role) for d in article.dates] == [("2023-10-20", "other")]
    # a range told as the event still opens on its first day
    assert extract("Từ ngày 4 đến ngày 6/9/2023, hai đơn vị diễn tập.").event_date.value == "2023-09-04"  # type: ignore[union-attr]


def test_issued_role() -> None:
    article = extract("Sáng 7/1/2021, giao ban thực hiện Nghị định số 03/2019/NĐ-CP ngày 5/9/2019 của Chính phủ.")
    roles = {d.value: d.role for d in article.dates}
    assert roles == {"2021-01-07": "event", "2019-09-05": "issued"}


def test_a_year_lent_by_the_end_of_a_range_is_inferred_and_reported() -> None:
    article = extract("Từ ngày 3/2 đến 28/5/2023, lực lượng chức năng mở đợt cao điểm.")
    assert [(d.value, d.year_inferred) for d in article.dates] == [("2023-02-03", True), ("2023-05-28", False)]
    assert any("end of its range" in w for w in article.warnings)


def test_a_month_opening_a_range_takes_the_year_of_its_end() -> None:
    article = extract("Trong quý này, từ tháng 3 đến tháng 5/2022, tỉnh tiếp nhận 12 tấn hàng cứu trợ.")
    assert [(d.text, d.value, d.precision, d.year_inferred) for d in article.dates] == [
        ("tháng 3", "2022-03", "month", True),
        ("tháng 5/2022", "2022-05", "month", False),
    ]
    assert [f.value for f in article.figures] == [12]  # the months are no figures
    article = extract("Tháng 12 đến tháng 2/2023 là mùa khô ở vùng này.")
    assert [d.value for d in article.dates] == ["2022-12", "2023-02"]


def test_a_plan_told_with_the_meeting_is_of_the_meeting_s_year() -> None:
    article = extract(
        "Sáng 12/1, Công an tỉnh tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Theo kế hoạch, đợt "
        "cao điểm diễn ra từ ngày 15/3 đến ngày 15/6. Từ ngày 10/9, hai lực lượng huy động 900 cán bộ."
    )
    assert [d.value for d in article.dates] == ["2024-01-12", "2024-03-15", "2024-06-15", "2023-09-10"]


def test_days_told_in_full_after_from_are_the_event() -> None:
    text = (
        "Đại hội diễn ra trong 3 ngày, từ 15 – 17/10/2025 tại Hội trường tỉnh. Trước đó, chiều 13/10, "
        "Giám đốc Công an tỉnh kiểm tra công tác chuẩn bị."
    )
    article = extract(text)
    assert article.event_date is not None and article.event_date.value == "2025-10-15"


def test_days_of_a_year_reviewed_after_it_are_dated_by_the_meeting() -> None:
    article = extract(
        "Sáng 12/1, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2023. Từ ngày 10/9, khi lũ về, "
        "hai lực lượng huy động 900 cán bộ, chiến sĩ. Ngày 5/1, hai bên đã họp chuẩn bị."
    )
    assert [(d.value, d.role) for d in article.dates] == [
        ("2024-01-12", "event"),
        ("2023-09-10", "other"),
        ("2024-01-05", "other"),
    ]
    assert "year of '10/9' inferred as 2023 from the meeting's date" in article.warnings


def test_effective_date_is_not_an_issue_date() -> None:
    article = extract(
        "Sáng 20/11/2022, hai Bộ quán triệt Thông tư liên tịch 05/2022/TTLT-BCA-BQP có hiệu lực từ ngày 1/12/2022."
    )
    assert [(d.value, d.role) for d in article.dates] == [("2022-11-20", "event"), ("2022-12-01", "other")]


# --- publication date and title ------------------------------------------------------

HEADER = [
    (
        "posting-line-in-words",
        "Thứ Tư, ngày 20 tháng 12 năm 2023\nHội nghị giao ban công tác phối hợp\nNội dung.",
        "Hội nghị giao ban công tác phối hợp",
        "2023-12-20",
    ),
    (
        "section-name-above-the-headline",
        "An ninh trật tự\n\nGiao ban công tác phối hợp giữa hai lực lượng\nNội dung.",
        "Giao ban công tác phối hợp giữa hai lực lượng",
        None,
    ),
    (
        "headline-that-starts-like-a-section",
        "An ninh trật tự được giữ vững\nNội dung.",
        "An ninh trật tự được giữ vững",
        None,
    ),
    (
        "posting-with-time-zone",
        "Hội nghị giao ban quý I\n05/01/2023 14:30 GMT+7\nNội dung.",
        "Hội nghị giao ban quý I",
        "2023-01-05",
    ),
    (
        "masthead-then-section-then-posting-line",
        "Báo Hà Tĩnh điện tử\nThời sự | Quốc phòng\n08:15, 12/03/2021\nHai lực lượng ký kết quy chế phối hợp\nNội dung.",
        "Hai lực lượng ký kết quy chế phối hợp",
        "2021-03-12",
    ),
    (
        "portal-name-and-tagline",
        "CÔNG AN TỈNH HÀ GIANG\nCổng thông tin điện tử\nHai lực lượng ký kết quy chế phối hợp\nNgày đăng: 02/03/2022\nNội dung.",
        "Hai lực lượng ký kết quy chế phối hợp",
        "2022-03-02",
    ),
    (
        "online-masthead",
        "Biên Phòng Online\nHai lực lượng ký kết quy chế phối hợp\nNội dung.",
        "Hai lực lượng ký kết quy chế phối hợp",
        None,
    ),
    (
        "posting-line-with-weekday-and-time-zone",
        "Hai lực lượng ký kết quy chế\nCập nhật lúc 09:10, Thứ Năm, 14/04/2016 (GMT+7)\nNội dung.",
        "Hai lực lượng ký kết quy chế",
        "2016-04-14",
    ),
    (
        "labelled-posting-line-at-the-foot",
        "Giao ban hai lực lượng\n\nSáng 26/9, hai lực lượng giao ban.\nTin, ảnh: Minh Hà\nCập nhật: 27/09/2023 - 20:15\n",
        "Giao ban hai lực lượng",
        "2023-09-27",
    ),
    (
        "bare-date-line-below-the-top-is-no-posting-line",
        "Giao ban hai lực lượng\n\nSáng 26/9, hai lực lượng giao ban.\nMinh Hà - 27/09/2023 20:15\n",
        "Giao ban hai lực lượng",
        None,
    ),
    (
        "posting-line",
        "Giao ban hai lực lượng\n\nĐăng vào 06/01/2021\nNội dung.",
        "Giao ban hai lực lượng",
        "2021-01-06",
    ),
    (
        "weekday-posting-first",
        "Thứ hai, 10/08/2020\n\nGiao ban thực hiện Nghị định 77\nNội dung.",
        "Giao ban thực hiện Nghị định 77",
        "2020-08-10",
    ),
    (
        "time-posting",
        "09:02, 26/02/2016\nHội nghị tổng kết công tác phối hợp\nNội dung.",
        "Hội nghị tổng kết công tác phối hợp",
        "2016-02-26",
    ),
    (
        "label-posting",
        "Ngày đăng: 11/04/2015\nHai lực lượng ký quy chế phối hợp\nNội dung.",
        "Hai lực lượng ký quy chế phối hợp",
        "2015-04-11",
    ),
    ("marker-then-dateline", " date 2025-01 BBK- Ngày 15/01, hai Bộ tổ chức hội nghị.", None, "2025-01"),
    ("marker-day", " date 2025-10-17 Sáng 17/10, hội nghị diễn ra tại Hà Nội.", None, "2025-10-17"),
    (
        "marker-then-headline",
        " date 2021-12 Công an tỉnh bàn giao trụ sở làm việc\n\nNội dung bài.",
        "Công an tỉnh bàn giao trụ sở làm việc",
        "2021-12",
    ),
    ("body-first", "Sáng 12-7, đồng chí Bí thư chủ trì hội nghị giao ban.\nNội dung.", None, None),
    ("caption-first", "Các đại biểu dự hội nghị.\nNội dung bài viết.", None, None),
    (
        "furniture-first",
        "|\n  • :\nA- A A+ | Tăng tương phản\n\nHội nghị giao ban khu vực giáp ranh\nNội dung.",
        "Hội nghị giao ban khu vực giáp ranh",
        None,
    ),
    ("view-counter", "Giao ban trực tuyến toàn quốc\n\n65\n\nNội dung bài.", "Giao ban trực tuyến toàn quốc", None),
    (
        "a-menu-above-the-headline-is-no-box-of-links",
        "Trang chủ\nTin mới\nGiao ban công tác phối hợp giữa hai Bộ\nĐăng vào 06/01/2021\nSáng 5/1/2021, hai Bộ họp.",
        "Giao ban công tác phối hợp giữa hai Bộ",
        "2021-01-06",
    ),
    (
        "a-site-menu-and-breadcrumb-above-the-headline",
        "Trang chủ\nThời sự\nVăn hóa - Xã hội\nQuốc phòng địa phương\nTrang chủ » Thời sự » Tin tức\n"
        "Hai lực lượng giao ban công tác phối hợp quý II\nCập nhật: 20/07/2023 - 10:45\nNội dung bài.",
        "Hai lực lượng giao ban công tác phối hợp quý II",
        "2023-07-20",
    ),
    (
        "an-author-and-a-posting-date-on-one-line",
        "Trang chủ/An ninh trật tự\nTác giả: Minh Hà | Ngày đăng: 02/03/2022\n"
        "Công an tỉnh sơ kết công tác tháng 2 năm 2022\nNội dung bài.",
        "Công an tỉnh sơ kết công tác tháng 2 năm 2022",
        "2022-03-02",
    ),
    (
        "posting-line-in-brackets",
        "Giao ban cụm thi đua các tỉnh miền núi\n(Cập nhật lúc 09:40, 3/10/2022)\nNội dung bài.",
        "Giao ban cụm thi đua các tỉnh miền núi",
        "2022-10-03",
    ),
    # A site's banner above its navigation is no headline; the headline is the
    # first one after the navigation.
    (
        "a-capitals-banner-above-a-menu-and-a-breadcrumb",
        "TẠP CHÍ BIÊN CƯƠNG ĐIỆN TỬ\nThời sự | Quốc phòng | Xã hội | Kinh tế\nQuốc phòng » Biên giới\n"
        "Đồn Biên phòng tuần tra chung với lực lượng bạn\n12/03/2024 09:15\n(BCĐT) - Sáng 11/3, hai đồn tuần tra.",
        "Đồn Biên phòng tuần tra chung với lực lượng bạn",
        "2024-03-12",
    ),
    (
        "a-headline-with-doubled-spaces-is-no-menu",
        "Công an huyện  mở đợt  cao điểm trấn áp tội phạm\nSáng 15/9, Công an huyện ra quân.",
        "Công an huyện  mở đợt  cao điểm trấn áp tội phạm",
        None,
    ),
    (
        "a-share-bar-under-the-headline-is-no-navigation",
        "Dấu ấn một năm phối hợp\nChia sẻ  Facebook  Zalo\nNhìn lại chặng đường nhiều kết quả\nSáng 13/3, hội nghị.",
        "Dấu ấn một năm phối hợp",
        None,
    ),
    (
        "two-authors-under-the-headline-are-no-navigation",
        "Công an tỉnh tổng kết công tác năm\nVăn Hùng / Minh Anh\nTin tổng hợp từ các đơn vị\nSáng 13/3, hội nghị.",
        "Công an tỉnh tổng kết công tác năm",
        None,
    ),
    (
        "a-banner-above-a-menu-spaced-apart-and-a-weekday-posting",
        "QUỐC PHÒNG THỦ ĐÔ ONLINE\nTrang chủ  Tin tức  Quân sự  Hậu phương  Biên phòng\nQuân sự / Tin tức\n"
        "Hội thao quân sự các lực lượng vũ trang Thủ đô\nThứ Năm, 14/03/2024 07:20\nSáng 13/3, hội thao khai mạc.",
        "Hội thao quân sự các lực lượng vũ trang Thủ đô",
        "2024-03-14",
    ),
    (
        "a-portal-banner-a-search-box-and-a-posting-line-with-a-view-counter",
        "CỔNG THÔNG TIN ĐIỆN TỬ BỘ CHỈ HUY QUÂN SỰ TỈNH\nTrang chủ | Giới thiệu | Tin tức - Sự kiện | Văn bản\n"
        "Tìm kiếm...\nTrang chủ > Tin tức - Sự kiện > Hoạt động\nGiao ban công tác quân sự, quốc phòng quý I\n"
        "Đăng ngày: 02/04/2024 - 08:30 | Lượt xem: 1.205\nChia sẻ | Gửi email | In bài\nSáng 1/4, Bộ Chỉ huy họp.",
        "Giao ban công tác quân sự, quốc phòng quý I",
        "2024-04-02",
    ),
    (
        "a-login-a-breadcrumb-an-author-and-a-posting-line-with-a-time-zone",
        "Báo Biên Giới Online\nThời sự | Thế giới | Pháp luật | Đời sống\nĐăng nhập\nThời sự › Pháp luật › Ma túy\n"
        "Bắt đối tượng vận chuyển ma túy qua biên giới\nLê Thị Hoa\n15/05/2024 10:05 GMT+7\nNghe bài viết\n"
        "Ngày 14.5, Đồn Biên phòng cho biết đã bắt một đối tượng.",
        "Bắt đối tượng vận chuyển ma túy qua biên giới",
        "2024-05-15",
    ),
    (
        "a-name-and-slogan-banner-above-a-menu-button-and-one-item-menus",
        "Công an huyện Mường Lát - Vững vàng nơi biên cương\n☰ MENU\nTrang chủ\nTin tức\n   An ninh - Trật tự\n"
        "Văn bản\nVideo\nTrang chủ / Tin tức / An ninh - Trật tự\nCỡ chữ: A A A\n"
        "Công an huyện ra quân tấn công trấn áp tội phạm\nCập nhật lúc 08:12 ngày 03/06/2024\n"
        "Sáng 2/6, Công an huyện tổ chức lễ ra quân.",
        "Công an huyện ra quân tấn công trấn áp tội phạm",
        "2024-06-03",
    ),
    (
        "a-banner-its-tagline-a-menu-and-a-posting-line-after-the-headline",
        "TIN BIÊN PHÒNG ĐIỆN TỬ\nCơ quan của Đảng ủy - Bộ Tư lệnh Bộ đội Biên phòng\n"
        "☰  Thời sự | Biên giới | Pháp luật | Video\nTrang chủ » Biên giới » Tin tức\n"
        "Hai đồn biên phòng ký kết quy chế phối hợp\nĐăng lúc: 09:10 | 14/03/2024\n"
        "Sáng 13/3, hai đồn biên phòng ký kết quy chế phối hợp.",
        "Hai đồn biên phòng ký kết quy chế phối hợp",
        "2024-03-14",
    ),
    (
        "a-headline-that-opens-like-a-tagline-stays",
        "Cơ quan ngôn luận của Đảng bộ tỉnh đón nhận Huân chương Lao động hạng Nhất\nSáng 21/6/2024, báo tổ chức lễ.",
        "Cơ quan ngôn luận của Đảng bộ tỉnh đón nhận Huân chương Lao động hạng Nhất",
        None,
    ),
    (
        "a-headline-in-capitals-with-no-navigation-under-it-stays",
        "HAI LỰC LƯỢNG GIAO BAN CÔNG TÁC PHỐI HỢP QUÝ I\nSáng 5/4/2024, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh họp.",
        "HAI LỰC LƯỢNG GIAO BAN CÔNG TÁC PHỐI HỢP QUÝ I",
        None,
    ),
    (
        "a-headline-above-a-share-bar-stays",
        "Giao ban công tác phối hợp quý II năm 2024\nChia sẻ | Gửi email | In bài\nSáng 5/7/2024, hai lực lượng họp.",
        "Giao ban công tác phối hợp quý II năm 2024",
        None,
    ),
    (
        "a-headline-above-a-breadcrumb-stays-when-no-headline-follows",
        "Giao ban công tác phối hợp quý II năm 2024\nXã hội » An ninh\nSáng 5/7/2024, hai lực lượng họp.",
        "Giao ban công tác phối hợp quý II năm 2024",
        None,
    ),
    (
        "scraped-as-markdown",
        "[Báo X](https://example.vn/)\n\n- Thời sự\n- Pháp luật\n\n# Công an tỉnh tổng kết công tác năm 2024\n\n"
        "**Nhóm PV**\n\nThứ hai, 13/1/2025 11:30 (GMT+7)\n\n**Sáng 13/1, Công an tỉnh tổ chức hội nghị.**",
        "Công an tỉnh tổng kết công tác năm 2024",
        "2025-01-13",
    ),
    (
        "bold-headline-and-posting-line",
        "**Hai lực lượng phối hợp bảo vệ biên giới**\n**06/03/2023 10:45**\nSáng 5/3, hai lực lượng giao ban.",
        "Hai lực lượng phối hợp bảo vệ biên giới",
        "2023-03-06",
    ),
    (
        "quoted-heading-and-italic-posting-line",
        "Menu\n> ## Hai lực lượng phối hợp bảo vệ biên giới\n*Cập nhật: 10:45 06/03/2023*\nSáng 5/3, hai bên giao ban.",
        "Hai lực lượng phối hợp bảo vệ biên giới",
        "2023-03-06",
    ),
    (
        "emphasis-left-open-is-no-headline",
        "**Hai lực lượng phối hợp bảo vệ biên giới\nSáng 5/3, hai lực lượng giao ban.",
        None,
        None,
    ),
    (
        "a-menu-line-with-its-button",
        "☰ MENU   TRANG CHỦ   THỜI SỰ   QUỐC PHÒNG - AN NINH   KINH TẾ\nCập nhật: 15:42 | 08/04/2011\n"
        "Giao ban công tác phối hợp quý I/2011\n\n(BTN) - Ngày 7/4, Công an tỉnh tổ chức hội nghị giao ban.",
        "Giao ban công tác phối hợp quý I/2011",
        "2011-04-08",
    ),
    (
        "iso-posting-line",
        "2024-05-18 10:42:07 | Lượt xem: 356\n\nCông an tỉnh ra quân trấn áp tội phạm\n\nSáng 18/5, Công an tỉnh ra quân.",
        "Công an tỉnh ra quân trấn áp tội phạm",
        "2024-05-18",
    ),
    (
        "a-portals-masthead-and-its-menu",
        "BỘ CÔNG AN - CỔNG THÔNG TIN ĐIỆN TỬ\nTrang chủ | Tin tức | Hoạt động của lãnh đạo Bộ | Hợp tác quốc tế\n\n"
        "Thứ trưởng tiếp Đoàn đại biểu Bộ Nội vụ Campuchia\n\nChiều 20/11/2017, Thứ trưởng tiếp đoàn.",
        "Thứ trưởng tiếp Đoàn đại biểu Bộ Nội vụ Campuchia",
        None,
    ),
    (
        "bulleted-menu-items",
        "  • Trang chủ\n  • Văn bản chỉ đạo điều hành\nTổng kết công tác quốc phòng năm 2020\n"
        "Ngày đăng: 30/12/2020 | Lượt xem: 1.254\n\nChiều 29/12, UBND tỉnh tổ chức hội nghị.",
        "Tổng kết công tác quốc phòng năm 2020",
        "2020-12-30",
    ),
    (
        "the-sites-top-bar-dates-today-not-the-article",
        "BÁO GIA LAI ĐIỆN TỬ\nThứ Bảy, 20/12/2025 | Đăng nhập | Đăng ký\nTrang chủ / Quốc phòng - An ninh\n\n"
        "Công an Gia Lai tổng kết năm 2025\n\n18/12/2025 | 17:42\n\nSáng 18/12, Công an tỉnh tổng kết công tác.",
        "Công an Gia Lai tổng kết năm 2025",
        "2025-12-18",
    ),
    (
        "a-provinces-body-alone-on-the-first-line-and-its-motto",
        "CÔNG AN TỈNH KON TUM\nVì nước quên thân, vì dân phục vụ\nTrang chủ\nTin tức\n\n"
        "Kon Tum: Tổng kết công tác phòng cháy năm 2024\n\nNgày 10/1/2025, Công an tỉnh tổng kết.",
        "Kon Tum: Tổng kết công tác phòng cháy năm 2024",
        None,
    ),
    (
        "a-portal-named-for-a-provinces-body",
        "Cổng thông tin điện tử Công an tỉnh Bến Tre\nThứ hai, 06/01/2025 - 09:00\n\n"
        "Phòng Cảnh sát giao thông tổng kết công tác năm 2024\n\nNgày 4/1/2025, Phòng tổ chức hội nghị.",
        "Phòng Cảnh sát giao thông tổng kết công tác năm 2024",
        "2025-01-06",
    ),
    (
        "a-view-counter-with-its-words",
        "Quốc phòng - An ninh » Tin tức\n17/01/2025 - 15:20\n1.245 lượt xem\n"
        "Bình Phước: Giao ban công tác phối hợp năm 2024\nBP - Sáng 16-1, Công an tỉnh tổ chức giao ban.",
        "Bình Phước: Giao ban công tác phối hợp năm 2024",
        "2025-01-17",
    ),
    (
        "a-view-counter-after-its-label",
        "Trang chủ / Tin tức\nCập nhật: 14/03/2025 07:45\nSố lượt xem: 3.120\n\n"
        "Hòa Bình: Sơ kết quy chế phối hợp giữa ba lực lượng\nSáng 13/3, Công an tỉnh tổ chức hội nghị.",
        "Hòa Bình: Sơ kết quy chế phối hợp giữa ba lực lượng",
        "2025-03-14",
    ),
    (
        "a-posting-line-with-its-time-after-luc",
        "Công an xã ra quân bảo đảm an ninh\n\nĐăng vào 06/09/2025 lúc 10:32\n\nChiều 5/9, Công an xã ra quân.",
        "Công an xã ra quân bảo đảm an ninh",
        "2025-09-06",
    ),
    (
        "the-menu-button-and-the-search-box-side-by-side",
        "☰ Menu     Tìm kiếm...\n\nĐình chỉ 20 cơ sở vi phạm phòng cháy\n\nCập nhật: 14:20, 22/10/2024\n\nNgày 21/10, …",
        "Đình chỉ 20 cơ sở vi phạm phòng cháy",
        "2024-10-22",
    ),
    (
        "a-breadcrumb-with-a-long-section",
        "Tin tức > Trật tự an toàn giao thông\n\nXử lý 500 trường hợp vi phạm giao thông\n05/05/2025 08:40\n\nChiều 4/5, …",
        "Xử lý 500 trường hợp vi phạm giao thông",
        "2025-05-05",
    ),
    (
        "a-portals-long-masthead",
        "CỔNG THÔNG TIN ĐIỆN TỬ CÔNG AN THÀNH PHỐ HỒ CHÍ MINH\n\nXử lý 500 trường hợp vi phạm\n05/05/2025 08:40\n\nChiều 4/5.",
        "Xử lý 500 trường hợp vi phạm",
        "2025-05-05",
    ),
    (
        "an-outlets-masthead-with-lower-case-words-above-its-menu",
        "Báo Quân đội nhân dân\nĐăng nhập | Đăng ký\nThời sự\nQuốc phòng an ninh\nKinh tế\nXã hội\n"
        "Trang chủ / Quốc phòng an ninh\nThứ Ba, 15/10/2024 09:05\nA- A A+\nBộ đội giúp dân khắc phục hậu quả lũ\n"
        "Sáng 14-10, Bộ CHQS tỉnh huy động 300 cán bộ, chiến sĩ.",
        "Bộ đội giúp dân khắc phục hậu quả lũ",
        "2024-10-15",
    ),
    (
        "the-top-bars-date-above-the-menu-and-the-posting-line-under-it",
        "BÁO TÂY NINH ĐIỆN TỬ\nThứ Hai, 09/03/2026\nĐăng nhập | Đăng ký\nTrang chủ | Thời sự | Quốc phòng - An ninh | Xã hội\n"
        "06/03/2026 - 10:05\nTây Ninh: Giao ban công tác biên giới quý I\nSáng 5-3, Bộ Chỉ huy BĐBP tỉnh tổ chức giao ban.",
        "Tây Ninh: Giao ban công tác biên giới quý I",
        "2026-03-06",
    ),
    (
        "a-headline-run-into-its-lead-after-the-agencys-code",
        "Hà Giang: Ký kết quy chế phối hợp giữa Công an và Bộ đội Biên phòng HGĐT - Chiều 14/4, Công an tỉnh và "
        "Bộ Chỉ huy BĐBP tỉnh ký kết quy chế phối hợp.",
        "Hà Giang: Ký kết quy chế phối hợp giữa Công an và Bộ đội Biên phòng",
        None,
    ),
    (
        "a-headline-in-capitals-run-into-its-lead",
        "CÔNG AN VÀ QUÂN SỰ TỈNH SƠ KẾT 6 THÁNG Ngày 3 tháng 7 năm 2023, tại Hội trường Công an tỉnh, hai lực lượng "
        "tổ chức hội nghị sơ kết.",
        "CÔNG AN VÀ QUÂN SỰ TỈNH SƠ KẾT 6 THÁNG",
        None,
    ),
    (
        "an-administrative-documents-heading",
        "CÔNG AN TỈNH NINH BÌNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "                                 Độc lập - Tự do - Hạnh phúc\n"
        "Số: 512/BC-CAT-PV01\t\t\tNinh Bình, ngày 3 tháng 10 năm 2025\n\n"
        "BÁO CÁO\nKết quả phối hợp bảo đảm an ninh, trật tự 9 tháng năm 2025\n\n"
        "Thực hiện Kế hoạch số 20/KH-CAT, Công an tỉnh báo cáo như sau:",
        "Kết quả phối hợp bảo đảm an ninh, trật tự 9 tháng năm 2025",
        "2025-10-03",
    ),
    (
        "two-issuers-side-by-side-above-the-number",
        "CÔNG AN TỈNH LẠNG SƠN          BỘ CHỈ HUY QUÂN SỰ TỈNH LẠNG SƠN\n"
        "Số: 77/BC-CAT-BCH\nLạng Sơn, ngày 28 tháng 12 năm 2025\n\n"
        "BÁO CÁO TỔNG KẾT\nCông tác phối hợp năm 2025\n\nNăm 2025, hai lực lượng đã phối hợp chặt chẽ.",
        "Công tác phối hợp năm 2025",
        "2025-12-28",
    ),
    (
        "a-headline-in-capitals-and-the-place-and-date-under-it",
        "CÔNG AN TỈNH PHỐI HỢP TRIỆT PHÁ ĐƯỜNG DÂY MA TÚY\nLạng Sơn, ngày 5 tháng 4 năm 2025\n"
        "Ngày 4/4/2025, Công an tỉnh phối hợp với Bộ đội Biên phòng triệt phá đường dây.",
        "CÔNG AN TỈNH PHỐI HỢP TRIỆT PHÁ ĐƯỜNG DÂY MA TÚY",
        "2025-04-05",
    ),
    (
        "a-top-bar-clock-beside-the-weather-is-not-the-posting",
        "Thứ Năm, 14/03/2024 | Vinh 26°C Nắng nhẹ\n\nCông an và Quân sự huyện giao ban quý I\n13/03/2024 15:40\n\n"
        "Chiều 12/3, hai lực lượng tổ chức giao ban.",
        "Công an và Quân sự huyện giao ban quý I",
        "2024-03-13",
    ),
    (
        "a-headline-that-tells-the-heat-of-a-day-is-no-clock",
        "Nắng nóng 39°C, hai lực lượng tăng cường tuần tra ngày 12/06/2024\n\nSáng 12/6, hai lực lượng tuần tra.",
        "Nắng nóng 39°C, hai lực lượng tăng cường tuần tra ngày 12/06/2024",
        None,
    ),
    (
        "a-labelled-top-bar-clock-is-no-headline",
        "Hôm nay: Thứ Tư, 06/11/2024\n\nGiao ban cụm an ninh biên giới quý III\n\n"
        "Sáng 5/11, các đồn Biên phòng tổ chức giao ban.",
        "Giao ban cụm an ninh biên giới quý III",
        None,
    ),
    (
        "a-page-title-with-the-outlets-masthead-above-the-headline",
        "Lào Cai: Hai lực lượng ký kết quy chế phối hợp | Báo Lào Cai điện tử\n\n"
        "Lào Cai: Hai lực lượng ký kết quy chế phối hợp\n18/05/2024 09:10\n\nSáng 17/5, hai lực lượng ký kết quy chế.",
        "Lào Cai: Hai lực lượng ký kết quy chế phối hợp",
        "2024-05-18",
    ),
    (
        "a-page-title-alone-is-the-headline-without-the-masthead",
        "Hai lực lượng ký kết quy chế phối hợp - Báo Lào Cai điện tử\nSáng 17/5, hai lực lượng ký kết quy chế.",
        "Hai lực lượng ký kết quy chế phối hợp",
        None,
    ),
    (
        "a-breadcrumb-before-the-posting-date",
        "Pháp luật › An ninh   03/09/2023 08:20 GMT+7\n\nHai lực lượng tuần tra chung dịp lễ\n\nNội dung.",
        "Hai lực lượng tuần tra chung dịp lễ",
        "2023-09-03",
    ),
    (
        "a-section-name-before-the-posting-date",
        "Quốc phòng  03/09/2023 08:20\n\nHai lực lượng tuần tra chung dịp lễ\n\nNội dung.",
        "Hai lực lượng tuần tra chung dịp lễ",
        "2023-09-03",
    ),
    (
        "a-headline-in-capitals-wrapped-over-two-lines",
        "SƠ KẾT CÔNG TÁC PHỐI HỢP GIỮA CÔNG AN HUYỆN VÀ BAN\nCHỈ HUY QUÂN SỰ HUYỆN 6 THÁNG NĂM 2024\n\n"
        "Ngày 2/7/2024, hai lực lượng tổ chức hội nghị sơ kết.",
        "SƠ KẾT CÔNG TÁC PHỐI HỢP GIỮA CÔNG AN HUYỆN VÀ BAN CHỈ HUY QUÂN SỰ HUYỆN 6 THÁNG NĂM 2024",
        None,
    ),
    (
        "a-lead-naming-a-body-in-capitals-before-its-dateline-has-no-headline",
        "Công an tỉnh phối hợp với BĐBP Sáng 3/7 đã tổ chức tuần tra chung trên tuyến biên giới.",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "title", "published"), [c[1:] for c in HEADER], ids=[c[0] for c in HEADER])
def test_header(text: str, title: str | None, published: str | None) -> None:
    article = extract(text)
    assert article.title == title
    assert (article.published.value if article.published else None) == published
    if article.published:
        assert article.published.role == "published"
        assert article.published.value in [d.value for d in article.dates]


def test_the_furniture_around_a_headline_gives_no_facts() -> None:
    text = (
        "CỔNG THÔNG TIN ĐIỆN TỬ BỘ CHỈ HUY QUÂN SỰ TỈNH\nTrang chủ | Giới thiệu | Tin tức - Sự kiện\nTìm kiếm...\n"
        "Đăng nhập\nGiao ban công tác quân sự, quốc phòng quý I\nĐăng ngày: 02/04/2024 - 08:30 | Lượt xem: 1.205\n"
        "Chia sẻ | Gửi email | In bài\nNghe bài viết\nSáng 1/4, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị giao ban."
    )
    article = extract(text)
    assert article.title == "Giao ban công tác quân sự, quốc phòng quý I"
    assert article.figures == []  # not the view counter
    # the event is the body's day, not the posting line's
    assert article.event_date is not None and article.event_date.value == "2024-04-01"
    assert [(d.value, d.role) for d in article.dates] == [("2024-04-02", "published"), ("2024-04-01", "event")]


def test_a_top_bar_clock_is_no_event_and_a_bold_lead_tells_the_event() -> None:
    text = (
        "Hôm nay: Thứ Hai, 08/04/2024 | Pleiku 31°C - Nắng\n\nHai lực lượng giao ban công tác phối hợp quý I\n06/04/2024 10:20\n\n"
        "**Sáng 5/4, Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị giao ban.**\n\n"
        "Trước đó, ngày 1/4, hai lực lượng đã tổ chức hội nghị triển khai kế hoạch."
    )
    article = extract(text)
    assert article.title == "Hai lực lượng giao ban công tác phối hợp quý I"
    assert article.event_date is not None and article.event_date.value == "2024-04-05"
    assert "2024-04-08" not in [d.value for d in article.dates]


# --- reporting period ------------------------------------------------------------------

PERIODS = [
    ("year-sentence-start", "Năm 2024, hai lực lượng đã phối hợp chặt chẽ.", "2024"),
    ("first-half", "Hội nghị giao ban 6 tháng đầu năm 2022 đã diễn ra.", "2022-H1"),
    ("second-half-reviewed", "Sáng 20/1, tổng kết 6 tháng cuối năm 2022 của ba lực lượng.", "2022-H2"),
    ("quarter-slash", "Các lực lượng giao ban quý III/2023 tại Công an tỉnh.", "2023-Q3"),
    ("quarter-words", "Tổ chức giao ban quý III năm 2021 theo quy chế.", "2021-Q3"),
    ("quarter-older-spelling", "Tổ chức giao ban quí II năm 2015 theo quy chế.", "2015-Q2"),
    ("years-span", "Đánh giá kết quả giai đoạn (2015-2018) và phương hướng giai đoạn (2018-2020).", "2015/2018"),
    ("month-range", "Từ tháng 6-2023 đến tháng 9-2023, các lực lượng đã bắt giữ 12 vụ.", "2023-06/2023-09"),
    ("month-range-year-once", "Từ tháng 2 đến hết tháng 8/2024, hai đơn vị đã bắt giữ 30 đối tượng.", "2024-02/2024-08"),
    ("month-range-over-new-year", "Từ tháng 11 đến tháng 1/2024, công an xã tuần tra 40 lượt.", "2023-11/2024-01"),
    ("one-month", "Giao ban tháng 10/2023 của ba lực lượng tại Công an tỉnh.", "2023-10"),
    ("bracketed-years", "Sơ kết 5 năm thực hiện Chỉ thị 46 (2015-2020) của Bộ Chính trị.", "2015/2020"),
    ("span-reviewed-in-its-last-year", "Sáng 5/6/2024, tổng kết giai đoạn 2019 - 2024 của hai lực lượng.", "2019/2024"),
    ("half-without-year-after-it", "Sáng 12/7/2024, hai lực lượng sơ kết 6 tháng đầu năm.", "2024-H1"),
    ("second-half-reviewed-in-january", "Sáng 10/1/2024, hai lực lượng tổng kết 6 tháng cuối năm.", "2023-H2"),
    ("quarter-without-year", "Ngày 3/10/2023, giao ban công tác phối hợp quý III.", "2023-Q3"),
    ("nine-months", "Sáng 10/10/2023, hai lực lượng sơ kết 9 tháng năm 2023.", "2023-01/2023-09"),
    ("half-in-words", "Hai lực lượng sơ kết nửa đầu năm 2023 tại Công an tỉnh.", "2023-H1"),
    ("years-after-a-count-of-years", "Tổng kết 5 năm 2019-2023 thực hiện Nghị định 03.", "2019/2023"),
    ("year-written-for-the-next-quarter", "Giao ban quý I và quý II/2023 của ba lực lượng.", "2023-Q1"),
    ("anniversary-years-are-not-reviewed", "Kỷ niệm 80 năm (1945-2025) Ngày truyền thống lực lượng.", None),
    ("plan-is-not-reviewed", "Hội nghị đề ra phương hướng, nhiệm vụ năm 2013 cho các đơn vị.", None),
    (
        "a-year-compared-with-is-not-the-halfs",
        "Tin giao ban\n\nĐăng vào 10/07/2024\nTrong 6 tháng đầu năm, số vụ giảm so với cùng kỳ năm 2023.",
        "2024-H1",
    ),
    ("half-a-year-is-a-duration", "Sau nửa năm triển khai, hai lực lượng đã phối hợp chặt chẽ.", None),
    (
        "carrying-on-before-a-comma-is-not-ahead",
        "Hai lực lượng tiếp tục duy trì phối hợp chặt chẽ, trong năm 2023 đã tổ chức 120 cuộc tuần tra.",
        "2023",
    ),
    ("a-month-ahead-is-not-reviewed", "Các đơn vị thống nhất duy trì 1.000 cán bộ trong tháng 9/2024.", None),
    ("signed-plan-term-is-not-reviewed", "Ngày 12-4, hai lực lượng ký Kế hoạch phối hợp giai đoạn 2023-2028.", None),
    ("term-is-not-reviewed", "Bảo vệ đại hội Đảng các cấp nhiệm kỳ 2020-2025 đã được triển khai.", None),
    (
        "a-term-over-is-reviewed-not-the-one-a-congress-opens",
        "Ngày 20/8/2025, Đảng bộ Quân sự tỉnh tổ chức Đại hội đại biểu lần thứ XV, nhiệm kỳ 2025 - 2030. "
        "Nhiệm kỳ 2020 - 2025, Đảng bộ đã lãnh đạo hoàn thành tốt nhiệm vụ quân sự, quốc phòng.",
        "2020/2025",
    ),
    (
        "a-term-said-over-before-a-congress-is-reviewed",
        "Sáng 9/9/2025, Đảng bộ Công an tỉnh khai mạc Đại hội đại biểu lần thứ VI, nhiệm kỳ 2025 - 2030. "
        "Văn kiện trình Đại hội nêu rõ, nhiệm kỳ 2020 - 2025, Đảng bộ đã lãnh đạo hoàn thành 15/15 chỉ tiêu.",
        "2020/2025",
    ),
    ("a-birth-year-is-no-period", "Trung tá Hà Văn Lực sinh năm 1981, quê ở tỉnh Yên Bái.", None),
    ("a-founding-year-is-no-period", "Đơn vị được thành lập năm 1962 tại vùng biên giới.", None),
    ("a-recruitment-year-is-reviewed", "Tổng kết công tác tuyển chọn, gọi công dân nhập ngũ năm 2024.", "2024"),
    ("an-enrolment-year-is-reviewed", "Kết quả công tác tuyển sinh năm 2024 của nhà trường.", "2024"),
    ("a-year-things-arose-in-is-reviewed", "Các vụ việc phát sinh năm 2023 đều được giải quyết.", "2023"),
    ("law-is-not-reviewed", "Thực hiện Bộ Luật Hình sự năm 2015 trong toàn ngành.", None),
    ("duration-is-not-a-period", "Sơ kết 3 năm thực hiện Chỉ thị số 12 của Bộ Chính trị.", None),
    ("year-not-over", " date 2023-08 Ký kết biên bản hợp tác năm 2023 giữa công an hai tỉnh.", None),
    ("a-running-total-since-a-year", "Từ năm 2010 đến nay, đơn vị đã tiếp nhận 90 tân binh.", None),
    ("a-month-of-work-reviewed", " date 2023-09 Công an xã sơ kết công tác tháng 8/2023.", "2023-08"),
    ("a-baseline-compared-with", " date 2024-03 Số vụ giảm 12% so với cùng kỳ năm 2023.", None),
    ("a-year-mentioned-in-its-november", " date 2024-11 Hội nghị sơ kết 10 tháng. Năm 2024 là năm quan trọng.", None),
    (
        "an-issue-date-does-not-date-the-writing",
        "Ngày 5/9/2019, Chính phủ ban hành Nghị định số 03/2019/NĐ-CP. "
        "Sáng 15/1/2024, Công an tỉnh tổ chức hội nghị tổng kết công tác năm 2023.",
        "2023",
    ),
    (
        "without-posting-a-later-deadline-does-not-date-the-writing",
        "Sáng 10/1/2024, hội nghị tổng kết 6 tháng cuối năm. Các đơn vị hoàn thành trước ngày 30/12/2024.",
        "2023-H2",
    ),
    (
        "a-year-reviewed-in-its-november",
        "Ngày 24/11/2022, Công an huyện tổng kết công tác năm 2022.",
        "2022",
    ),
    (
        "a-year-not-reviewed-in-its-october",
        "Ngày 12/10/2022, Công an huyện bàn kế hoạch bảo đảm an ninh trong năm 2022.",
        None,
    ),
    ("a-year-before-which", "Các tuyến đê xây trước năm 2000 đã xuống cấp.", None),
    (
        "a-quarter-reviewed-though-a-day-in-it-is-told",
        "Ngày 5/4, Cục Cảnh sát giao thông tổ chức hội nghị giao ban quý I/2016. Dịp Tết (ngày 14/2/2016) "
        "đã huy động 1.350 lượt cán bộ, chiến sĩ.",
        "2016-Q1",
    ),
    (
        "a-bare-quarter-takes-the-year-written-for-it-not-the-baseline",
        "Tai nạn giảm trong quý I\n\nNgày 5/4, Cục Cảnh sát giao thông tổ chức hội nghị giao ban quý I/2016. "
        "Trong quý I, so với quý I/2015 giảm 7 vụ; dịp Tết (từ ngày 1/2 đến ngày 14/2/2016) huy động 1.350 lượt.",
        "2016-Q1",
    ),
    (
        "a-month-after-a-few-words",
        "Ngày 1/4, Công an tỉnh tổ chức hội nghị giao ban công tác Công an cấp xã tháng 3/2026. Giám đốc yêu cầu "
        "trong tháng 4/2026, Công an cấp xã tập trung rà soát các đối tượng.",
        "2026-03",
    ),
    (
        "a-years-campaign-reviewed-within-the-year",
        "Cập nhật lúc 14:20, 28/10/2015\n\nSáng 27/10, Hội đồng tư vấn đặc xá tổ chức hội nghị tổng kết công tác "
        "đặc xá năm 2015.",
        "2015",
    ),
    (
        "a-plans-span-under-a-mid-term-review-is-not-over",
        "Sáng 5-1-2024, Phó Thủ tướng chủ trì hội nghị sơ kết 2 năm triển khai Đề án 06 giai đoạn 2022 - 2025.",
        None,
    ),
    ("an-occasions-year-is-no-period", "Sáng 13/2, tỉnh Đồng Tháp tổ chức lễ giao nhận quân năm 2025.", None),
    (
        "a-year-a-document-was-signed-is-no-period",
        "Chiều 20/11, hai bên thống nhất tiếp tục thực hiện Biên bản ghi nhớ ký năm 2015.",
        None,
    ),
    (
        "whole-months-told-by-their-days",
        "Chiều 30/9, Tỉnh ủy tổ chức hội nghị sơ kết 3 tháng (từ ngày 1/7 đến 30/9/2025) vận hành chính quyền hai cấp.",
        "2025-Q3",
    ),
    (
        "a-half-told-by-its-days-outranks-a-bare-year-after",
        "Sáng 6/1/2026, UBND tỉnh tổng kết 6 tháng (từ 1/7 đến 31/12/2025) vận hành chính quyền hai cấp. "
        "Tổng thu ngân sách năm 2025 đạt 38.250 tỷ đồng.",
        "2025-H2",
    ),
    (
        "whole-months-told-by-their-days-in-brackets-alone",
        "Sáng 9/1/2026, Tỉnh ủy sơ kết 6 tháng vận hành mô hình chính quyền hai cấp (từ ngày 1/7 đến 31/12/2025).",
        "2025-H2",
    ),
    (
        "days-that-do-not-end-a-month-are-the-months-they-fall-in",
        "Chiều 25/9, Tỉnh ủy sơ kết 3 tháng (từ ngày 1/7 đến 20/9/2025) triển khai nhiệm vụ.",
        "2025-07/2025-09",
    ),
    (
        "a-campaigns-days-are-the-months-they-fall-in",
        "Ngày 3/3, Công an tỉnh tổng kết đợt cao điểm bảo đảm an ninh dịp Tết. Trong đợt cao điểm (từ ngày "
        "20/12/2022 đến ngày 20/2/2023), toàn tỉnh bắt 75 vụ.",
        "2022-12/2023-02",
    ),
    (
        "days-a-meeting-reviews-are-the-months-they-fall-in",
        "Ngày 10/7/2023, hai lực lượng giao ban đánh giá kết quả phối hợp từ ngày 10/1/2023 đến ngày 30/6/2023.",
        "2023-01/2023-06",
    ),
    (
        "a-documents-year-is-no-period",
        "Ngày 16/12/2019, hai đồn biên phòng tuần tra song phương theo Kế hoạch phối hợp năm 2019 giữa hai bên.",
        None,
    ),
    (
        "a-documents-year-reviewed-is-the-period",
        "Ngày 4/11/2019, hai bên hội đàm, đánh giá kết quả thực hiện Biên bản hợp tác năm 2019.",
        "2019",
    ),
    (
        "a-year-long-before-the-writing-is-history",
        "Thứ Ba, 15/9/2020 - 08:30\nTại xã Tân Hóa, nơi nước sông lên vượt mốc năm 2010, bộ đội giúp dân sơ tán.",
        None,
    ),
    (
        "a-baseline-year-is-no-period",
        "Chiều 15/9, bộ đội giúp dân sơ tán khỏi vùng ngập, nơi nước lên cao hơn trận lũ năm 2016.",
        None,
    ),
    (
        "praise-is-no-review",
        "Chiều 5/10/2022, Công an tỉnh họp báo. Đại tá Lê Văn Sơn đánh giá cao sự phối hợp, khẳng định đây là "
        "chuyên án lớn nhất trong năm 2022.",
        None,
    ),
    (
        "days-of-something-else-are-no-period",
        "Ngày 10/7/2023, hai lực lượng họp bàn. Riêng từ ngày 10/1 đến ngày 30/6/2023, các đơn vị bắt 96 vụ.",
        None,
    ),
    (
        "a-span-in-a-clause-of-its-own-after-a-law",
        "Ngày 20/3/2024, hai lực lượng tổng kết công tác phối hợp. Thực hiện Luật Biên phòng Việt Nam, "
        "trong 4 năm (2020 - 2023), hai lực lượng đã tổ chức 320 cuộc tuần tra chung.",
        "2020/2023",
    ),
    ("a-laws-own-year", "Ngày 20/3/2024, các đơn vị quán triệt Luật Biên phòng Việt Nam năm 2020.", None),
    (
        "the-year-a-meeting-was-held-somewhere",
        "Ngày 9/10/2025, tại Hà Nội, Bộ Công an khai mạc Diễn đàn an ninh khu vực lần thứ 5. "
        "Diễn đàn lần thứ 4 đã được tổ chức tại Viêng Chăn năm 2023.",
        None,
    ),
    (
        "a-storms-year",
        "Ngày 18/9/2025, Bộ Chỉ huy Quân sự tỉnh tổ chức hội nghị. Trong cơn bão số 3 năm 2024, "
        "lực lượng vũ trang tỉnh huy động 4.000 lượt cán bộ, chiến sĩ giúp dân.",
        None,
    ),
    (
        "a-school-year-reviewed",
        "Ngày 9/8/2024, Trường Cao đẳng Cảnh sát tổng kết năm học 2023 - 2024, triển khai nhiệm vụ năm học 2024 - 2025.",
        "2023/2024",
    ),
    ("a-school-year-opened", "Sáng 5/9/2024, Trường Quân sự tỉnh khai giảng năm học 2024-2025.", None),
    (
        "what-was-done-before",
        "Ngày 22/7/2025, Công an tỉnh bàn giao 9 trụ sở cho các xã. Trước đó, trong tháng 6/2025, "
        "đơn vị đã điều động 300 cán bộ về Công an cấp xã.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in PERIODS], ids=[c[0] for c in PERIODS])
def test_reporting_period(text: str, expected: str | None) -> None:
    period = extract(text).reporting_period
    assert (period.value if period else None) == expected
    if period:
        assert text[period.start : period.end] == period.text


def test_a_span_of_years_in_brackets_takes_its_closing_bracket_only_when_it_opened_one() -> None:
    inside = extract("Sáng 18/6, hội nghị tổng kết 20 năm thực hiện thông tư (giai đoạn 2004 - 2024).").reporting_period
    assert inside is not None and (inside.text, inside.value) == ("giai đoạn 2004 - 2024", "2004/2024")
    whole = extract("Sáng 18/6, hội nghị tổng kết giai đoạn (2019-2024) của hai đơn vị.").reporting_period
    assert whole is not None and whole.text == "giai đoạn (2019-2024)"


def test_days_from_one_time_of_day_to_another_are_both_told() -> None:
    text = "Từ chiều 14 đến rạng sáng 15/10/2025, mưa lớn gây ngập sâu tại nhiều xã ven sông."
    assert [(d.value, d.role) for d in extract(text).dates] == [("2025-10-14", "event"), ("2025-10-15", "other")]





def test_a_count_from_the_start_of_a_year_up_to_now_dates_the_writing() -> None:
    text = "Ngày 21/4, Đồn Biên phòng bắt 3 đối tượng. Từ đầu năm 2025 đến nay, đơn vị đã bắt giữ 14 vụ."
    article = extract(text)
    assert article.event_date is not None and article.event_date.value == "2025-04-21"
    assert "year of '21/4' inferred as 2025 from the year counted up to the writing" in article.warnings
    # (a full date told before it comes first)
    article = extract("Ngày 21/4/2024, Đồn bắt 3 đối tượng. Ngày 22/4, … Từ đầu năm 2025 đến nay, đơn vị bắt 14 vụ.")
    assert [d.value for d in article.dates][:2] == ["2024-04-21", "2024-04-22"]
