"""Legal documents on sentences written for these tests."""

from __future__ import annotations

import pytest

from coordx import extract


def ids(text: str) -> list[str]:
    return [d.id for d in extract(text).legal_documents]


CANONICAL = [
    ("state-full", "Thực hiện Nghị định số 03/2019/NĐ-CP ngày 5/9/2019 của Chính phủ.", ["03/2019/NĐ-CP"]),
    ("abbreviated-type", "Giao ban về NĐ số 03/2019/NĐ-CP của Chính phủ.", ["03/2019/NĐ-CP"]),
    ("code-alone", "Theo 77/2010/NĐ-CP, hai lực lượng phối hợp.", ["77/2010/NĐ-CP"]),
    ("party-slash", "Sơ kết Chỉ thị 46/CT/TW của Bộ Chính trị.", ["46-CT/TW"]),
    ("department-suffix", "Thực hiện Kế hoạch số 123/KH-BCA-A04 ngày 2/3/2024 của Bộ Công an.", ["123/KH-BCA-A04"]),
    ("official-letter", "Theo Công văn số 456/BQP-TM của Bộ Quốc phòng, các đơn vị triển khai.", ["456/BQP-TM"]),
    ("party-dash", "Quán triệt Nghị quyết số 22-NQ/TW của Bộ Chính trị.", ["22-NQ/TW"]),
    ("party-conclusion", "Thực hiện Kết luận số 12-KL/TW của Ban Bí thư.", ["12-KL/TW"]),
    ("no-year-in-number", "Theo Quyết định số 4761/QĐ-BCA của Bộ trưởng Bộ Công an.", ["4761/QĐ-BCA"]),
    ("submission", "Bộ trưởng đã ký Tờ trình số 55/TTr-BCA về dự thảo.", ["55/TTr-BCA"]),
    ("joint-circular", "Thông tư liên tịch số 07/2012/TTLT-BCA-BQP quy định chi tiết.", ["07/2012/TTLT-BCA-BQP"]),
    ("circular", "Thông tư số 12/2020/TT-BCA được ban hành.", ["12/2020/TT-BCA"]),
    ("prime-minister", "Quyết định số 1234/QĐ-TTg của Thủ tướng Chính phủ.", ["1234/QĐ-TTg"]),
    ("law-number", "Luật số 37/2018/QH14 về Công an nhân dân.", ["37/2018/QH14"]),
    ("one-code-no-issuer", "Quy chế phối hợp số 341/QCPH được thay thế.", ["341/QCPH"]),
    ("long-unit-code", "Theo Quy chế số 215/QC-BTLVCSB4-BĐBP, hai đơn vị tuần tra.", ["215/QC-BTLVCSB4-BĐBP"]),
    ("ampersand-in-a-code", "Theo Thông tư số 08/2016/TT-BNN&PTNT, các tỉnh rà soát.", ["08/2016/TT-BNN&PTNT"]),
    (
        "five-issuers",
        "Thông tư liên tịch số 02/2019/TTLT-BCA-BQP-BTP-VKSNDTC-TANDTC hướng dẫn phối hợp.",
        ["02/2019/TTLT-BCA-BQP-BTP-VKSNDTC-TANDTC"],
    ),
    ("party-district-plan", "Thực hiện Kế hoạch số 45-KH/HU của Huyện ủy.", ["45-KH/HU"]),
    (
        "a-long-code-part",
        "Sơ kết Nghị quyết liên tịch số 05/2021/NQLT-BCA-BTTUBTWMTTQVN về phong trào toàn dân.",
        ["05/2021/NQLT-BCA-BTTUBTWMTTQVN"],
    ),
    ("an-offices-code-after-a-dot", "Theo Quyết định số 845/QĐ-UBND.NC ngày 2/4/2024 của UBND tỉnh.", ["845/QĐ-UBND.NC"]),
    ("a-full-stop-before-capitals", "THỰC HIỆN NGHỊ ĐỊNH 03/2019/NĐ-CP.ĐẠI TÁ NGUYỄN VĂN AN PHÁT BIỂU.", ["03/2019/NĐ-CP"]),
    ("a-party-bodys-department", "Theo Hướng dẫn số 27-HD/TĐTN-TNNT của Tỉnh đoàn, các huyện triển khai.", ["27-HD/TĐTN-TNNT"]),
    ("party-guidance-any-body", "Theo Hướng dẫn số 36-HD/BTGTW của Ban Tuyên giáo.", ["36-HD/BTGTW"]),
    ("year-left-out-resolved", "Nghị định số 03/2019/NĐ-CP quy định; Nghị định 03/NĐ-CP nêu rõ.", ["03/2019/NĐ-CP"]),
    (
        "two-documents",
        "Thực hiện Nghị định 03/2019/NĐ-CP và Nghị định 77/2010/NĐ-CP.",
        ["03/2019/NĐ-CP", "77/2010/NĐ-CP"],
    ),
    ("coordination-rule-code-alone", "Hai lực lượng tiếp tục thực hiện 02/QCPH-CAT-BĐBP.", ["02/QCPH-CAT-BĐBP"]),
    ("a-new-coordination-rule", "Hai lực lượng ký Quy chế phối hợp mới số 02/QCPH-CAT-BĐBP.", ["02/QCPH-CAT-BĐBP"]),
    ("a-new-rule-by-number", "Hai lực lượng ký Quy chế phối hợp mới số 02 về tuần tra.", ["Quy chế 02"]),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CANONICAL], ids=[c[0] for c in CANONICAL])
def test_canonical_ids(text: str, expected: list[str]) -> None:
    assert ids(text) == expected


def test_law_number_type_from_the_legislature_code() -> None:
    (doc,) = extract("Theo 37/2018/QH14, lực lượng Công an nhân dân …").legal_documents
    assert (doc.id, doc.type, doc.year) == ("37/2018/QH14", "Luật", 2018)


SHORT = [
    (
        "number-only",
        "Thực hiện Nghị định số 03/2019/NĐ-CP. Kết quả thực hiện Nghị định số 03 rất tốt.",
        ["03/2019/NĐ-CP"],
        2,
    ),
    ("no-so", "Nghị định 77/2010/NĐ-CP có hiệu lực. Nghị định 77 quy định rõ.", ["77/2010/NĐ-CP"], 2),
    ("abbreviation", "Nghị định 03/2019/NĐ-CP … NĐ 03 được quán triệt.", ["03/2019/NĐ-CP"], 2),
    ("title-case", "Nghị Định số 03/2019/NĐ-CP. Nghị định số 03 tiếp tục.", ["03/2019/NĐ-CP"], 2),
    (
        "reference-first",
        "Nghị định số 03 đã đi vào cuộc sống. Nghị định số 03/2019/NĐ-CP của Chính phủ.",
        ["03/2019/NĐ-CP"],
        2,
    ),
]


@pytest.mark.parametrize(("text", "expected", "mentions"), [c[1:] for c in SHORT], ids=[c[0] for c in SHORT])
def test_short_references_resolve(text: str, expected: list[str], mentions: int) -> None:
    docs = extract(text).legal_documents
    assert [d.id for d in docs] == expected
    assert len(docs[0].mentions) == mentions
    for m in docs[0].mentions:
        assert text[m.start : m.end] == m.text


BUILT = [
    ("decree-with-year", "Thực hiện Nghị định 03/2019 của Chính phủ.", "03/2019/NĐ-CP"),
    ("decree-dotted-year", "Giao ban thực hiện Nghị định 03.2019 của Chính phủ.", "03/2019/NĐ-CP"),
    ("decree-with-issue-date", "Nghị định số 03, ngày 5/9/2019 của Chính phủ.", "03/2019/NĐ-CP"),
    (
        "joint-circular",
        "Thông tư liên tịch số 07 ngày 29-6-2012 của Bộ Công an và Bộ Quốc phòng.",
        "07/2012/TTLT-BCA-BQP",
    ),
    ("politburo-resolution", "Quán triệt Nghị quyết số 51 của Bộ Chính trị.", "51-NQ/TW"),
    ("secretariat-directive", "Sơ kết Chỉ thị số 12 của Ban Bí thư.", "12-CT/TW"),
    ("decree-number-without-its-year", "Nghị định số 03/NĐ-CP ngày 05/9/2019 của Chính phủ.", "03/2019/NĐ-CP"),
    ("cannot-build", "Thực hiện Nghị định 03 của Chính phủ.", "Nghị định 03"),
    ("cannot-build-joint", "Thông tư liên tịch số 07 của hai Bộ.", "Thông tư liên tịch 07"),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in BUILT], ids=[c[0] for c in BUILT])
def test_built_ids_are_reported(text: str, expected: str) -> None:
    article = extract(text)
    assert [d.id for d in article.legal_documents] == [expected]
    if "/" in expected:
        assert any("built" in w for w in article.warnings)


def test_information_shared_between_short_references() -> None:
    text = "Thực hiện Nghị định số 03 của Chính phủ. Sơ kết Nghị định số 03, ngày 5/9/2019 của Chính phủ."
    (doc,) = extract(text).legal_documents
    assert (doc.id, doc.issuer, doc.issued, len(doc.mentions)) == ("03/2019/NĐ-CP", "Chính phủ", "2019-09-05", 2)


REPAIRS = [
    ("space-in-code", "Nghị định số 77/2010/NĐ- CP của Chính phủ.", "77/2010/NĐ-CP", "spaces"),
    ("spaces-around-slashes", "Theo Nghị định số 77 / 2010 / NĐ-CP, hai Bộ phối hợp.", "77/2010/NĐ-CP", "spaces"),
    ("five-digit-year", "Thực hiện Nghị Định số 03/20219/ NĐ- CP của Chính phủ.", "03/2019/NĐ-CP", "read as 2019"),
    ("icelandic-eth", "Thực hiện Nghị định 03/2019/NÐ-CP của Chính phủ.", "03/2019/NĐ-CP", "Ð"),
    ("hyphen-left-out", "Thực hiện Nghị định 03/2019/NĐCP của Chính phủ.", "03/2019/NĐ-CP", "read as 'NĐ-CP'"),
    ("slash-for-hyphen", "Theo Thông tư liên tịch số 07/2012/TTLT/BCA-BQP.", "07/2012/TTLT-BCA-BQP", "'/' read as '-'"),
    ("d-typed-for-đ", "Tổng kết Nghị định số 77/2010/ND-CP của Chính phủ.", "77/2010/NĐ-CP", "'ND' read as 'NĐ'"),
    ("party-number-in-state-form", "Thực hiện Chỉ thị 36/CT-TW của Bộ Chính trị.", "36-CT/TW", "read as 36-CT/TW"),
]


@pytest.mark.parametrize(("text", "expected", "warning"), [c[1:] for c in REPAIRS], ids=[c[0] for c in REPAIRS])
def test_typing_errors_repaired_and_reported(text: str, expected: str, warning: str) -> None:
    article = extract(text)
    (doc,) = article.legal_documents
    assert doc.id == expected
    assert any(warning in w for w in article.warnings)
    assert text[doc.mentions[0].start : doc.mentions[0].end] == doc.mentions[0].text


def test_issuers_listed_with_commas_or_dashes_build_the_id() -> None:
    article = extract(
        "Thông tư liên tịch số 14, ngày 3/12/2013 của Bộ Công an, Bộ Quốc phòng về phối hợp. "
        "Thông tư liên tịch 09/2012/TTLT-BCA-BQP của Bộ Công an – Bộ Quốc phòng được thực hiện."
    )
    assert [(d.id, d.issuer) for d in article.legal_documents] == [
        ("14/2013/TTLT-BCA-BQP", "Bộ Công an và Bộ Quốc phòng"),
        ("09/2012/TTLT-BCA-BQP", "Bộ Công an và Bộ Quốc phòng"),
    ]


def test_issuers_of_a_joint_code_are_listed() -> None:
    (doc,) = extract("Thực hiện Thông tư liên tịch số 05/2021/TTLT-BCA-BQP-BTC về kinh phí.").legal_documents
    assert doc.issuer == "Bộ Công an, Bộ Quốc phòng và Bộ Tài chính"
    (doc,) = extract("Theo Thông tư số 11/2022/TT-BYT, các cơ sở khám sức khỏe.").legal_documents
    assert doc.issuer == "Bộ Y tế"


def test_the_subject_after_an_issuer_is_no_issuer() -> None:
    text = "Thực hiện Công điện số 93/CĐ-TTg ngày 8/9/2024 của Thủ tướng Chính phủ, Bộ Quốc phòng đã huy động 500 cán bộ."
    assert [d.issuer for d in extract(text).legal_documents] == ["Thủ tướng Chính phủ"]


def test_a_signing_date_is_the_issue_date() -> None:
    article = extract("Sáng 22/7, hai đơn vị giao ban. Quy chế phối hợp số 278/QC-CAT-VCSB2 ký ngày 16/3/2016 được thực hiện tốt.")
    (doc,) = article.legal_documents
    assert doc.issued == "2016-03-16"
    assert [(d.value, d.role) for d in article.dates] == [("--07-22", "event"), ("2016-03-16", "issued")]


def test_contradictory_issue_date_reported() -> None:
    article = extract("Thực hiện Nghị định số 77/2010/NĐ-CP ngày 12-7-2020 của Chính phủ.")
    (doc,) = article.legal_documents
    assert (doc.year, doc.issued) == (2010, "2020-07-12")
    assert any("2010" in w and "2020-07-12" in w for w in article.warnings)


def test_a_type_that_is_also_a_verb_before_a_count_is_no_document() -> None:
    article = extract("Lực lượng Công an đã hướng dẫn 12.500 hộ gia đình trang bị bình chữa cháy.")
    assert article.legal_documents == []
    assert [f.value for f in article.figures] == [12500]
    assert extract("Hội nghị quyết định 3 nội dung lớn.").legal_documents == []
    # (written as a document's name, or with "số", or a decree in lower case, it is one)
    for text, expected in (
        ("Thực hiện Hướng dẫn 12 của Bộ Công an.", "Hướng dẫn 12"),
        ("Thực hiện hướng dẫn số 12 của Bộ Công an.", "Hướng dẫn 12"),
        ("Triển khai nghị định 77 về phối hợp.", "Nghị định 77"),
    ):
        assert [d.id for d in extract(text).legal_documents] == [expected]


def test_a_training_order_is_a_document() -> None:
    text = "Thực hiện Mệnh lệnh huấn luyện số 12/ML-BTL của Tư lệnh Quân khu 5."
    assert [(d.id, d.type) for d in extract(text).legal_documents] == [("12/ML-BTL", "Mệnh lệnh")]


def test_a_number_is_never_cut_inside_its_thousands() -> None:
    assert extract("Thực hiện Kế hoạch 12.500 lượt kiểm tra.").legal_documents == []


def test_fields() -> None:
    (doc,) = extract("Quyết định số 4761/QĐ-BCA ngày 9/6/2025 của Bộ trưởng Bộ Công an.").legal_documents
    assert (doc.type, doc.number, doc.year, doc.issued) == ("Quyết định", "4761", None, "2025-06-09")
    (doc,) = extract("Nghị định số 03/2019/NĐ-CP quy định.").legal_documents
    assert (doc.type, doc.number, doc.year, doc.issuer) == ("Nghị định", "03", 2019, "Chính phủ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Thực hiện Nghị định số 03/2019/NĐ-CP và Thông tư số 59/2020/TT-BCA ngày 10/6/2020 của Bộ Công an.",
            [("03/2019/NĐ-CP", "Chính phủ", None), ("59/2020/TT-BCA", "Bộ Công an", "2020-06-10")],
            id="issuer-of-the-next-document",
        ),
        pytest.param(
            "Nghị định số 03/2019/NĐ-CP (ngày 5/9/2019) của Chính phủ.",
            [("03/2019/NĐ-CP", "Chính phủ", "2019-09-05")],
            id="issue-date-in-brackets",
        ),
    ],
)
def test_issuer_and_issue_date_are_each_documents_own(text: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert [(d.id, d.issuer, d.issued) for d in extract(text).legal_documents] == expected


def test_regulation_mention_holds_its_type_words() -> None:
    (doc,) = extract("Hai Bộ ký kết Quy chế phối hợp số 01/QC-BCA-BQP.").legal_documents
    assert (doc.id, doc.type, [m.text for m in doc.mentions]) == (
        "01/QC-BCA-BQP",
        "Quy chế",
        ["Quy chế phối hợp số 01/QC-BCA-BQP"],
    )


NOT_DOCUMENTS = [
    ("unnumbered-law", "Thi hành Luật Công an nhân dân và Bộ Luật Hình sự năm 2015."),
    ("congress-resolution", "Thực hiện Nghị quyết Đại hội XIII của Đảng."),
    ("ordinal", "Ký kết Biên bản ghi nhớ lần thứ 07 giữa hai bên."),
    ("unnumbered-plan", "Thực hiện Kế hoạch của Chủ tịch UBND huyện."),
    ("agreement", "Hai đơn vị ký kết quy chế phối hợp năm 2023."),
    ("discipline-is-no-law", "Cục đã đề nghị kỷ luật 9 trường hợp vi phạm."),
    ("the-law-in-general-is-no-law", "Tuyên truyền pháp luật 120 buổi cho nhân dân."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_DOCUMENTS], ids=[c[0] for c in NOT_DOCUMENTS])
def test_not_documents(text: str) -> None:
    assert ids(text) == []


def test_a_commander_is_no_order() -> None:
    from coordx import extract

    assert extract("Phó Tư lệnh Bộ Tư lệnh 86 phát biểu tại hội nghị.").legal_documents == []


ISSUERS_NAMED = [
    ("unit-and-number", "Thực hiện Kế hoạch số 1568/KH-BTL ngày 20-12-2022 của Bộ Tư lệnh Quân khu 7, các đơn vị.", "Bộ Tư lệnh Quân khu 7"),
    ("province-body", "Thực hiện Kế hoạch số 25/KH-UBND của UBND tỉnh Quảng Trị về phòng cháy.", "Ủy ban nhân dân tỉnh Quảng Trị"),
    ("police-of-a-province", "Theo Kế hoạch số 25/KH-CAT của Công an tỉnh Thái Bình, lực lượng ra quân.", "Công an tỉnh Thái Bình"),
    ("party-committee", "Thực hiện Nghị quyết số 05-NQ/TU của Ban Thường vụ Tỉnh ủy Quảng Bình về quốc phòng.", "Ban Thường vụ Tỉnh ủy Quảng Bình"),
    ("the-post-that-signed", "Theo Kế hoạch 268/KH-CATP ngày 10-12-2017 của Giám đốc Công an TP về an ninh.", "Giám đốc Công an thành phố"),
    ("a-province-named-like-a-person", "Kế hoạch số 03/KH-BCH của Bộ Chỉ huy Quân sự tỉnh Hà Giang đã được triển khai.", "Bộ Chỉ huy Quân sự tỉnh Hà Giang"),
    ("the-holder-of-the-post-left-out", "Thực hiện Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ Nguyễn Xuân Phúc về an toàn.", "Thủ tướng Chính phủ"),
    # a name that goes on in words no name is known to hold is not cut short: the code's issuer, or none
    ("not-cut-short", "Thực hiện Kế hoạch số 12/KH-CSGT của Cục Cảnh sát giao thông về cao điểm.", None),
    ("not-cut-short-code-issuer", "Thực hiện Quyết định số 7/QĐ-UBND của UBND tỉnh mới thành lập, các đơn vị.", "Ủy ban nhân dân"),
    ("another-document-is-no-issuer", "Nghị định số 61/2019/NĐ-CP ngày 10/7/2019 quy định chi tiết một số điều của Luật; đồng thời.", "Chính phủ"),
]


@pytest.mark.parametrize(("text", "issuer"), [c[1:] for c in ISSUERS_NAMED], ids=[c[0] for c in ISSUERS_NAMED])
def test_an_issuer_named_in_the_text_is_read_in_full(text: str, issuer: str | None) -> None:
    (doc,) = extract(text).legal_documents
    assert doc.issuer == issuer


def test_the_issuer_the_body_names_outranks_the_one_a_headline_code_implies() -> None:
    text = (
        "Quán triệt Chỉ thị 21-CT/TW trong lực lượng vũ trang tỉnh\n\n"
        "Ngày 2/6/2025, Đảng ủy Quân sự tỉnh quán triệt Chỉ thị số 21-CT/TW ngày 20/1/2023 của Ban Bí thư."
    )
    [document] = extract(text).legal_documents
    assert (document.id, document.issuer) == ("21-CT/TW", "Ban Bí thư")
