"""Decoding rows of the reliability matrix (C*, D*): bytes in, the same facts
out whatever the encoding, or a clear error — never mojibake, never a guess on
short text."""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest

from coordx import extract
from coordx.io import InputError, _tcvn3_table, _vni_tables, decode, decode_verbose, from_tcvn3, from_vni
from coordx.models import Article
from tests.conftest import ROOT, SAMPLES

SAMPLE = SAMPLES / "2025-01-giao-ban-bac-kan.txt"
TEXT = SAMPLE.read_text(encoding="utf-8")
TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def facts(article: Article) -> dict[str, object]:
    """What an article says, without where it says it (offsets differ between encodings)."""
    data = article.model_dump(mode="json", exclude={"source"})

    def strip(value: object) -> object:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("text", "start", "end", "mentions")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(data)  # type: ignore[return-value]


def to_cp1258(text: str) -> bytes:
    """Windows-1258 stores â ê ô ơ ư ă đ precomposed and the five tones as combining marks."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in TONES)
        out.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)) + tones)
    return "".join(out).encode("cp1258")


def to_tcvn3(text: str) -> bytes:
    inverse = {char: code for code, char in _tcvn3_table().items()}
    return bytes(inverse[c] if c in inverse else ord(c) for c in unicodedata.normalize("NFC", text))


def to_vni(text: str) -> bytes:
    marks, letters = _vni_tables()
    # keyed by the marks in canonical order (dot below sorts before the circumflex)
    mark_byte = {unicodedata.normalize("NFD", "a" + seq)[1:]: char for char, seq in marks.items() if char.islower()}
    letter_byte = {value: char for char, value in letters.items()}
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in letter_byte:
            out.append(letter_byte[ch])
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, seq = parts[0], parts[1:]
        if base in "uoUO" and seq.startswith("\u031b"):  # ư ơ carry the horn in their own byte
            out.append(letter_byte[unicodedata.normalize("NFC", base + "\u031b")])
            seq = seq[1:]
        elif base in "dD" and seq:
            out.append(ch)
            continue
        else:
            out.append(base)
        if seq:
            byte = mark_byte[seq]
            out.append(byte.upper() if base.isupper() else byte)
    return "".join(out).encode("latin-1")


VIETNAMESE_LOWER = "hội nghị giao ban giữa hai lực lượng công an và quân đội được tổ chức trực tuyến tại điểm cầu tỉnh"


def test_C1_utf8_bom_gives_the_same_facts_and_no_bom_in_text() -> None:
    plain = extract(TEXT)
    with_bom = extract(decode(codecs.BOM_UTF8 + TEXT.encode("utf-8")))
    assert facts(with_bom) == facts(plain)
    assert all("\ufeff" not in d.text for d in with_bom.dates)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_C2_utf16_with_bom(codec: str) -> None:
    bom = codecs.BOM_UTF16_LE if codec.endswith("le") else codecs.BOM_UTF16_BE
    decoded = decode_verbose(bom + TEXT.encode(codec))
    assert decoded.text == TEXT
    assert facts(extract(decoded.text)) == facts(extract(TEXT))


def test_C3_cp1258_detected_when_unambiguous_and_same_facts() -> None:
    decoded = decode_verbose(to_cp1258(TEXT))
    assert decoded.encoding == "cp1258"
    assert decoded.notes and "Windows-1258" in decoded.notes[0]
    # cp1258 keeps tones as combining marks: more code points, same facts
    assert len(decoded.text) > len(TEXT)
    article = extract(decoded.text)
    assert facts(article) == facts(extract(TEXT))
    for official in article.officials:
        for m in official.mentions:
            assert decoded.text[m.start : m.end] == m.text


def test_C3_short_cp1258_is_never_guessed() -> None:
    with pytest.raises(InputError) as err:
        decode(to_cp1258("Hà Nội, ngày 5/1"))
    assert err.value.kind == "invalid_utf8"
    assert "--encoding cp1258" in str(err.value)


def test_C3_cp1258_named_explicitly() -> None:
    assert unicodedata.normalize("NFC", decode(to_cp1258("Hà Nội, ngày 5/1"), "cp1258")) == "Hà Nội, ngày 5/1"


@pytest.mark.parametrize(("name", "encode"), [("tcvn3", to_tcvn3), ("vni", to_vni)], ids=["tcvn3", "vni"])
def test_C4_legacy_font_encodings_are_named_not_read(name: str, encode: object) -> None:
    data = encode(VIETNAMESE_LOWER * 3)  # type: ignore[operator]
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.kind == "legacy_encoding"
    assert f"--encoding {name}" in str(err.value)


@pytest.mark.parametrize(("name", "encode"), [("tcvn3", to_tcvn3), ("vni", to_vni)], ids=["tcvn3", "vni"])
def test_C4_stretch_legacy_encodings_convert(name: str, encode: object) -> None:
    sentence = "Sáng 18/1, Thượng tướng Nguyễn Văn Hùng, Thứ trưởng Bộ Công an chủ trì hội nghị ở Quảng Ngãi."
    if name == "tcvn3":
        # TCVN3 draws capitals with tones from a separate font: only lower case round-trips
        sentence = sentence.lower()
    data = encode(sentence)  # type: ignore[operator]
    assert decode(data, name) == unicodedata.normalize("NFC", sentence)


def test_C4_converters_leave_ascii_alone() -> None:
    assert from_tcvn3(b"Nghi dinh 03/2019") == "Nghi dinh 03/2019"
    assert from_vni(b"Nghi dinh 03/2019") == "Nghi dinh 03/2019"


def test_C5_invalid_utf8_names_the_byte_offset() -> None:
    data = "Hội nghị".encode() + b"\xe1\xba"  # truncated mid-sequence
    with pytest.raises(InputError) as err:
        decode(data)
    assert err.value.kind == "invalid_utf8"
    assert f"at byte {len('Hội nghị'.encode())}" in str(err.value)


def run_cli(
    *args: str, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "coordx", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=60,
    )


def test_C8_non_utf8_stdin_under_c_utf8_locale_is_an_error_without_surrogates() -> None:
    proc = run_cli("extract", "-", stdin=b"Ha Noi \xff\xfe bad", env={"LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"})
    assert proc.returncode == 1
    assert proc.stderr.decode().startswith("coordx: <stdin>: invalid UTF-8 at byte 7")
    record = json.loads(proc.stdout)
    assert record["error"]["type"] == "invalid_utf8"
    assert "\\udc" not in proc.stdout.decode()


def test_C3_cp1258_through_the_cli_warns_how_it_was_read(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(to_cp1258(TEXT))
    proc = run_cli("extract", str(path))
    assert proc.returncode == 0, proc.stderr
    article = json.loads(proc.stdout)
    assert article["warnings"][0].startswith("input decoded as Windows-1258")
    assert article["event_date"]["value"] == "2025-01-15"


def test_C6_nfd_text_gives_the_same_facts_and_spans_map_back() -> None:
    nfd = unicodedata.normalize("NFD", TEXT)
    article = extract(nfd)
    assert facts(article) == facts(extract(TEXT))
    for official in article.officials:
        for m in official.mentions:
            assert nfd[m.start : m.end] == m.text


def test_C7_tone_variants_give_the_same_canonical_values_and_keep_their_text() -> None:
    new_style = "Thượng tướng Lê Văn Hùng, Uỷ viên TƯ Đảng, Thứ trưởng Bộ Công an chủ trì hội nghị hoà bình."
    old_style = new_style.replace("Uỷ", "Ủy").replace("hoà", "hòa")
    a, b = extract(new_style), extract(old_style)
    assert a.officials[0].titles == b.officials[0].titles == ["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"]
    assert new_style[a.officials[0].mentions[0].start :].startswith("Thượng tướng")


@pytest.mark.parametrize("newline", ["\r\n", "\r", "\u2028"], ids=["crlf", "lone-cr", "line-separator"])
def test_C10_line_ends_do_not_move_offsets(newline: str) -> None:
    text = TEXT.replace("\n", newline)
    article = extract(text)
    assert facts(article) == facts(extract(TEXT))
    for d in article.dates:
        assert text[d.start : d.end] == d.text


@pytest.mark.parametrize(
    "data",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", b"PK\x03\x04\x14\x00\x06\x00word/document.xml", b"abc\x00def"],
    ids=["png", "docx", "nul"],
)
def test_D1_binary_is_skipped(data: bytes) -> None:
    with pytest.raises(InputError) as err:
        decode(data)
    assert (err.value.kind, err.value.reason) == ("binary", "binary file; skipped")


def test_D2_zero_width_and_bidi_controls_inside_names() -> None:
    text = "Thượng tướng Lê\u200b Văn\u202e Hùng, Thứ trưởng Bộ Công an\u2066 chủ trì."
    article = extract(text)
    (official,) = article.officials
    assert official.name == "Lê Văn Hùng"
    for m in official.mentions:
        assert text[m.start : m.end] == m.text


def test_D3_five_thousand_digit_number_is_a_warning() -> None:
    article = extract("Huy động " + "9" * 5000 + " cán bộ, chiến sĩ.")
    assert article.figures == []
    assert any("digits" in w for w in article.warnings)


def test_unknown_encoding_is_a_clear_error() -> None:
    with pytest.raises(InputError) as err:
        decode(b"abc", "klingon")
    assert err.value.kind == "unknown_encoding"
