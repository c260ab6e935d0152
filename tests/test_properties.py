"""Properties over Vietnamese-shaped text (rows C6, C7, E3 of RELIABILITY.md
as properties): extract never raises, every span maps back to the input, the
output validates against the schema, the same input gives the same output,
and NFC and NFD input give the same facts.

The strategy builds text from what articles are made of — syllables of the
Vietnamese alphabet in both cases with tones, ranks, titles, abbreviations,
provinces, numbers with dots, commas and slashes, dates, document numbers,
punctuation, line ends and invisible characters — because plain `st.text()`
almost never produces the shapes that exercise the extractors.
"""

from __future__ import annotations

import dataclasses
import json
import unicodedata
from collections.abc import Iterator
from functools import cache
from typing import Any

import jsonschema
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from coordx import extract
from coordx.models import Article, Span
from coordx.pipeline import run
from coordx.vocab import table, words

INITIALS = [
    "",
    "b",
    "c",
    "ch",
    "d",
    "đ",
    "g",
    "gh",
    "gi",
    "h",
    "k",
    "kh",
    "l",
    "m",
    "n",
    "ng",
    "nh",
    "p",
    "ph",
    "qu",
    "r",
    "s",
    "t",
    "th",
    "tr",
    "v",
    "x",
]
VOWELS = [
    "a",
    "ă",
    "â",
    "e",
    "ê",
    "i",
    "o",
    "ô",
    "ơ",
    "u",
    "ư",
    "y",
    "oa",
    "oe",
    "uy",
    "iê",
    "ươ",
    "uô",
    "ai",
    "ao",
    "ây",
    "ơi",
    "ưu",
]
FINALS = ["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]
TONES = ["", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]
PUNCT = [
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "; ",
    ": ",
    " - ",
    " – ",
    "(",
    ")",
    "/",
    "\n",
    "\n\n",
    "\r\n",
    "\u00a0",
    "\u200b",
    "|",
]


@st.composite
def syllable(draw: st.DrawFn) -> str:
    vowel = draw(st.sampled_from(VOWELS))
    tone = draw(st.sampled_from(TONES))
    word = draw(st.sampled_from(INITIALS)) + vowel[0] + tone + vowel[1:] + draw(st.sampled_from(FINALS))
    word = unicodedata.normalize("NFC", word)
    case = draw(st.sampled_from(["lower", "lower", "title", "upper"]))
    return word.title() if case == "title" else (word.upper() if case == "upper" else word)


@cache
def vocabulary() -> list[str]:
    found = [
        *words("ranks"),
        *words("title_heads"),
        *words("surnames"),
        *words("day_cues"),
        *words("document_type_words"),
    ]
    found += (
        [row[0] for row in table("provinces")]
        + [row[0] for row in table("units")]
        + [row[0] for row in table("abbreviations")]
    )
    found += [
        "điểm cầu",
        "đồng chủ trì",
        "chủ trì",
        "Các đồng chí",
        "hơn",
        "gần",
        "hàng trăm",
        "Ð",
        "Uỷ",
        "hoà",
        "date",
    ]
    return found


numbers = st.one_of(
    st.integers(0, 10**7).map(lambda n: f"{n:,}".replace(",", ".")),
    st.tuples(st.integers(0, 999), st.integers(0, 99)).map(lambda t: f"{t[0]},{t[1]}"),
    st.tuples(st.integers(0, 40), st.integers(0, 14), st.integers(1990, 2030)).map(lambda t: f"{t[0]}/{t[1]}/{t[2]}"),
    st.tuples(st.integers(0, 40), st.integers(0, 14)).map(lambda t: f"{t[0]}.{t[1]}"),
    st.tuples(st.integers(0, 99), st.integers(0, 99)).map(lambda t: f"{t[0]} vụ/{t[1]} đối tượng"),
    st.tuples(st.integers(1, 999), st.integers(2000, 20300)).map(lambda t: f"{t[0]:02d}/{t[1]}/NĐ-CP"),
    st.integers(1, 99).map(lambda n: f"{n}-CT/TW"),
    st.sampled_from(["1.", "2024", "quý III/2023", "6 tháng đầu năm 2022", "giai đoạn 2019-2024", "05", "1,5 triệu"]),
)

token = st.one_of(syllable(), syllable(), syllable(), st.sampled_from(vocabulary()), numbers)


@st.composite
def document(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(token, st.sampled_from(PUNCT)), max_size=60))
    return "".join(t + p for t, p in parts)


def spans(item: Any) -> Iterator[Span]:
    if isinstance(item, Span):
        yield item
    if isinstance(item, list):
        for x in item:
            yield from spans(x)
    elif isinstance(item, BaseModel):
        for name in type(item).model_fields:
            yield from spans(getattr(item, name))
    elif dataclasses.is_dataclass(item):
        for f in dataclasses.fields(item):
            yield from spans(getattr(item, f.name))


def facts(article: Article) -> Any:
    def strip(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: strip(v) for k, v in value.items() if k not in ("text", "start", "end")}
        if isinstance(value, list):
            return [strip(v) for v in value]
        return value

    return strip(article.model_dump(mode="json"))


SCHEMA = Article.model_json_schema()
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


@given(document())
def test_C6_E3_extract_never_raises_spans_map_back_schema_holds_nfc_equals_nfd(text: str) -> None:
    nfd = unicodedata.normalize("NFD", text)
    results = {}
    for form, original in (("as-built", text), ("nfd", nfd)):
        article = extract(original)
        for span in spans(article):
            assert original[span.start : span.end] == span.text
        data = article.model_dump(mode="json")
        VALIDATOR.validate(data)
        # the same input gives the same output, and the command line's
        # unvalidated facts are the validated Article, key for key
        assert json.dumps(data, ensure_ascii=False) == json.dumps(
            extract(original).model_dump(mode="json"), ensure_ascii=False
        )
        assert json.dumps(run(original).as_json(), ensure_ascii=False) == json.dumps(data, ensure_ascii=False)
        results[form] = facts(article)
    assert results["as-built"] == results["nfd"]
