"""`coordx show`: the terminal view and the HTML page, on the samples."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from click.testing import CliRunner

from coordx import extract
from coordx.cli import main
from coordx.views.evidence import highlights, vn_number
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "2025-01-giao-ban-bac-kan.txt"


def test_show_prints_header_tables_and_text() -> None:
    result = CliRunner().invoke(main, ["show", str(SAMPLE)], terminal_width=200)
    assert result.exit_code == 0, result.output
    out = result.output
    for expected in (
        "event date",
        "2025-01-15",
        "Officials",
        "Nguyễn Tân Cương",
        "Đại tướng",
        "Legal documents",
        "03/2019/NĐ-CP",
        "Sites",
        "Bắc Kạn",
        "Figures",
        "315",
        "Warnings",
        "legend:",
        "Năm 2024",
    ):
        assert expected in out, expected


def test_show_missing_file_is_one_line_and_exit_1() -> None:
    result = CliRunner().invoke(main, ["show", "no-such.txt"])
    assert result.exit_code == 1
    assert result.output.strip() == "coordx: no-such.txt: cannot open 'no-such.txt': No such file or directory"


def test_vietnamese_number_format() -> None:
    assert [vn_number(v) for v in (391000, 2.5, 1500000.25, 7)] == ["391.000", "2,5", "1.500.000,25", "7"]


class _Marks(HTMLParser):
    """Collects <mark> spans (kind, text) and the page's visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.marks: list[tuple[str, str]] = []
        self.in_text = False
        self.in_mark: str | None = None
        self.text: list[str] = []
        self.depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        cls = dict(attrs).get("class")
        if tag == "div" and cls == "text":
            self.in_text = True
        elif tag == "mark" and self.in_text:
            self.in_mark = cls
            self.marks.append((cls or "", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "div" and self.in_text:
            self.in_text = False
        elif tag == "mark":
            self.in_mark = None

    def handle_data(self, data: str) -> None:
        if self.in_text:
            self.text.append(data)
            if self.in_mark is not None:
                kind, so_far = self.marks[-1]
                self.marks[-1] = (kind, so_far + data)


def test_html_page_has_every_span_and_the_text_intact(tmp_path: Path) -> None:
    out = tmp_path / "show.html"
    result = CliRunner().invoke(main, ["show", str(SAMPLE), "--html", str(out)])
    assert result.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "<script" not in page and "http" not in page  # self-contained, no network
    parser = _Marks()
    parser.feed(page)
    original = SAMPLE.read_text(encoding="utf-8")
    assert "".join(parser.text) == original  # the text survives the markup
    article = extract(original)
    expected = [(h.kind, original[h.start : h.end]) for h in highlights(article)]
    assert parser.marks == expected
    kinds = {k for k, _ in parser.marks}
    assert kinds == {"date", "period", "document", "official", "site", "figure"}
    assert ("official", "Đại tướng Nguyễn Tân Cương") in parser.marks


def test_html_escapes_the_text(tmp_path: Path) -> None:
    src = tmp_path / "a.txt"
    src.write_text(
        "Sáng 5/1/2021, <script>alert(1)</script> & Thượng tướng Lê Văn Hùng, Thứ trưởng Bộ Công an.", encoding="utf-8"
    )
    out = tmp_path / "a.html"
    assert CliRunner().invoke(main, ["show", str(src), "--html", str(out)]).exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert re.search(r'<mark class="official"[^>]*>Thượng tướng Lê Văn Hùng</mark>', page)
