"""Sentence spans: offsets index the input; abbreviations do not end sentences."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral._text import sentences


def split(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


class TestSentences:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "The U.S. envoy met Mr. Kim. Talks resume.",
                ["The U.S. envoy met Mr. Kim.", "Talks resume."],
            ),
            (
                "Gen. Lee arrived on Jan. 5 in Seoul. He left.",
                ["Gen. Lee arrived on Jan. 5 in Seoul.", "He left."],
            ),
            (
                "Headline Without Stop\n\nBody text here.",
                ["Headline Without Stop", "Body text here."],
            ),
            ('He said "yes." Then he left!', ['He said "yes."', "Then he left!"]),
            ("John F. Kennedy met them. Why?", ["John F. Kennedy met them.", "Why?"]),
            ("  \n\n  ", []),
            ("", []),
            ("No final stop", ["No final stop"]),
            ("Talks ended at 3 p.m. on Monday.", ["Talks ended at 3 p.m. on Monday."]),
        ],
    )
    def test_cases(self, text: str, expected: list[str]) -> None:
        """Sentences split where news English ends them."""
        assert split(text) == expected

    @given(st.text())
    def test_spans_index_input(self, text: str) -> None:
        """Every span is non-empty, stripped, ordered and inside the text."""
        last = 0
        for start, end in sentences(text):
            assert last <= start < end <= len(text)
            assert text[start:end] == text[start:end].strip()
            last = end
