"""Normalisation keeps a map back to the input."""

from __future__ import annotations

import unicodedata

import pytest

from coordx.text import Doc, canonical_tones


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("Uỷ viên", "Ủy viên"),
        ("UỶ VIÊN", "ỦY VIÊN"),
        ("hoà bình", "hòa bình"),
        ("thuỷ sản", "thủy sản"),
        ("khoẻ mạnh", "khỏe mạnh"),
        ("quý III", "quý III"),  # qu + y keeps the tone on y
        ("hoàng", "hoàng"),  # a final consonant keeps the tone where it is
        ("thuyết", "thuyết"),
    ],
)
def test_canonical_tones(written: str, canonical: str) -> None:
    assert canonical_tones(written) == canonical
    assert len(canonical_tones(written)) == len(written)


@pytest.mark.parametrize(
    "original",
    [
        "Thượng tướng Phan Văn Giang, Uỷ viên TW Đảng",
        unicodedata.normalize("NFD", "Thượng tướng Phan Văn Giang, Uỷ viên TW Đảng"),
        "Đăng vào 06/01/2021\r\nSáng ngày 5/1/2021,\u00a0tại Hà Nội",
        "Nguy\u200bễn Tân\u2028Cương – Thứ trưởng",
        "NÐ-CP\rlone CR",
    ],
    ids=["nfc", "nfd", "crlf-nbsp", "zero-width-ls", "eth-cr"],
)
def test_every_normalised_range_maps_back(original: str) -> None:
    doc = Doc.from_text(original)
    assert unicodedata.is_normalized("NFC", doc.text)
    for start in range(len(doc.text)):
        for end in range(start + 1, min(len(doc.text), start + 12) + 1):
            span = doc.span(start, end)
            assert original[span.start : span.end] == span.text
            assert (
                unicodedata.normalize("NFC", span.text).replace("\u200b", "") != "" or not doc.text[start:end].strip()
            )


def test_nfd_and_nfc_normalise_alike() -> None:
    text = "Phó Chủ tịch Thường trực UBND tỉnh Bắc Kạn"
    assert Doc.from_text(unicodedata.normalize("NFD", text)).text == Doc.from_text(text).text


def test_replacements() -> None:
    doc = Doc.from_text("NÐ-CP\u00a0–\r\n")
    assert doc.text == "NĐ-CP -\n"
    assert doc.span(0, 5).text == "NÐ-CP"


def test_sentences_do_not_end_at_an_abbreviation() -> None:
    doc = Doc.from_text("Tại điểm cầu TP. Cần Thơ, Đại tá A chủ trì. Hội nghị kết thúc!\nẢnh: B")
    assert doc.sentences[0][0] == 0 and doc.sentences[-1][1] == len(doc.text)
    assert all(a[1] == b[0] for a, b in zip(doc.sentences, doc.sentences[1:], strict=False))
    assert [doc.text[s:e].strip() for s, e in doc.sentences if doc.text[s:e].strip()] == [
        "Tại điểm cầu TP. Cần Thơ, Đại tá A chủ trì.",
        "Hội nghị kết thúc!",
        "Ảnh: B",
    ]


def test_a_box_of_links_to_other_stories_is_not_read() -> None:
    from coordx import extract

    text = (
        "Hội nghị giao ban.\n\nCông an tỉnh bắt 12 đối tượng.\n\nPhóng viên\n\n"
        "Tin liên quan\nQuảng Ninh: thu giữ 30 bánh heroin\nHàng trăm chiến sĩ giúp dân\n"
    )
    article = extract(text)
    assert [f.value for f in article.figures] == [12]
    # links may stand between blank lines; the box ends where prose begins again
    spaced = "Bài.\n\nTin khác\n\nCông an tỉnh bắt 5 đối tượng\n\nXe 3 bánh\n\nĐơn vị bắt 12 đối tượng trong ngày.\n"
    assert [f.value for f in extract(spaced).figures] == [12]
    # the article goes on after a box set inside it
    inside = "Mở đầu.\n>> Xem thêm: Bắt 7 đối tượng\nSau đó, lực lượng bắt 5 đối tượng.\n"
    assert [f.value for f in extract(inside).figures] == [5]


def test_blanked_text_keeps_offsets_and_line_ends() -> None:
    doc = Doc.from_text("ab\ncd\r\nef")
    blank = doc.blanked([(1, 5)])
    assert len(blank.text) == len(doc.text)
    assert blank.text == "a \n  \nef"
    assert blank.span(6, 8) == doc.span(6, 8)


def test_links_between_blank_lines_are_one_box() -> None:
    from coordx import extract

    text = "Bài viết bắt 12 đối tượng.\n\nTin liên quan\n\nQuảng Ninh: thu giữ 30 bánh heroin\n\nĐại tá Nguyễn Văn Long được bổ nhiệm\n"
    article = extract(text)
    assert [f.value for f in article.figures] == [12]
    assert article.officials == []


def test_comments_tags_and_footer_are_not_read() -> None:
    from coordx import extract

    text = (
        "Đơn vị bắt 5 đối tượng.\n\nBài viết cùng chuyên mục\nBắt 9 đối tượng\n\n"
        "Từ khóa: ma túy, biên giới\nBình luận (2)\nBạn đọc: quê tôi bắt 20 đối tượng ngày 3/4/2024.\n"
        "© 2024 Báo tỉnh. Giấy phép số 12/GP-BTTTT ngày 1/3/2021.\n"
    )
    article = extract(text)
    assert [f.value for f in article.figures] == [5]
    assert article.dates == []
    # a sentence that opens with "Bình luận" is the article's
    said = extract("Bài viết.\nBình luận về việc này, Đại tá Lê Văn An, Giám đốc Công an tỉnh cho biết đã bắt 12 đối tượng.")
    assert [f.value for f in said.figures] == [12]


WRAPPED = (
    "Chiều 12/3/2026, tại Hội trường Công an tỉnh, Công an tỉnh và Bộ Chỉ huy\n"
    "Quân sự tỉnh tổ chức hội nghị giao ban công tác phối hợp quý I. Chủ trì hội\n"
    "nghị có Đại tá Trần Quốc Bảo, Giám đốc Công an tỉnh và Đại tá Vi Văn\n"
    "Khánh, Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh. Trong quý, hai lực lượng\n"
    "đã tổ chức 214 cuộc tuần tra chung với trên 1.300 lượt cán bộ, chiến\n"
    "sĩ tham gia.\n"
    "- Trang 2 -\n"
    "Nơi nhận:\n"
    "- Ban Giám đốc;\n"
)


def test_a_wrapped_paragraph_is_read_as_one_and_keeps_its_offsets() -> None:
    doc = Doc.from_text(WRAPPED)
    joined = doc.unwrapped()
    assert len(joined.text) == len(doc.text)
    # the breaks inside the paragraph are spaces; a page number, a label and a bullet keep their lines
    assert joined.text.count("\n") == 4
    assert "Bộ Chỉ huy Quân sự tỉnh tổ chức" in joined.text
    assert "tham gia.\n- Trang 2 -\nNơi nhận:\n- Ban" in joined.text
    assert joined.span(0, 20) == doc.span(0, 20)


def test_names_titles_and_figures_broken_over_lines_are_whole() -> None:
    from coordx import extract

    article = extract(WRAPPED)
    assert [(o.name, o.titles) for o in article.officials] == [
        ("Trần Quốc Bảo", ["Giám đốc Công an tỉnh"]),
        ("Vi Văn Khánh", ["Chỉ huy trưởng Bộ Chỉ huy Quân sự tỉnh"]),
    ]
    personnel = [f for f in article.figures if f.category == "personnel"]
    assert [(f.value, f.unit, f.text) for f in personnel] == [(1300, "lượt cán bộ, chiến sĩ", "trên 1.300 lượt cán bộ, chiến\nsĩ")]
    assert WRAPPED[personnel[0].start : personnel[0].end] == personnel[0].text


def test_lines_of_an_unwrapped_page_stay_lines() -> None:
    # one paragraph a line: a line without a full stop before a capital is no wrap
    text = (
        "Thông tin chung về hội nghị giao ban công tác phối hợp năm 2025\n"
        "Bộ Chỉ huy Quân sự tỉnh và Công an tỉnh tổ chức hội nghị.\n"
    )
    doc = Doc.from_text(text)
    assert doc.unwrapped().text == doc.text
