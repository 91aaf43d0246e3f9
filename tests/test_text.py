"""Sentence spans: offsets index the input; abbreviations do not end sentences."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral._text import LetterRuns, link_lists, sentences


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


class TestLinkLists:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            (
                "Leaders met.\n\nRelated stories\n- Envoys to meet in Oslo\n- Ministers hold talks"
                "\n\nThe rest of the story goes on here.",
                ["Related stories\n- Envoys to meet in Oslo\n- Ministers hold talks"],
            ),
            (
                "Leaders met.\nRead more: Why a port matters to Ethiopia\nThey spoke on Monday.",
                ["Read more: Why a port matters to Ethiopia"],
            ),
            (
                "Most read\n\nMinisters meet in Lima\n\nEnvoys to hold talks\n\nThe talks went on.",
                ["Most read\n\nMinisters meet in Lima\n\nEnvoys to hold talks"],
            ),
            ("Related officials met on Monday.", []),
            # after a blank line, a long line with no stop is the story again
            (
                "Related\n- Envoys to meet in Oslo\n\nIndian Prime Minister Modi met Japanese "
                "Prime Minister Ishiba in Tokyo on Friday\n\nThey discussed trade.",
                ["Related\n- Envoys to meet in Oslo"],
            ),
            ("Related\nThe ministers met on Monday in Lima.", []),
        ],
    )
    def test_cases(self, text: str, expected: list[str]) -> None:
        """Headings of other stories' headlines and their lines; not sentences that use the
        heading's word."""
        assert [text[s:e] for s, e in link_lists(text)] == expected

    @given(
        st.lists(st.sampled_from(["Related", "Read more:", "\n", "- ", "x", ".", " "])).map("".join)
    )
    def test_spans_index_input(self, text: str) -> None:
        """Blocks are ordered, disjoint and inside the text."""
        last = 0
        for start, end in link_lists(text):
            assert last <= start < end <= len(text)
            last = end


#: Words, apostrophes, hyphens and other characters mixed, so that runs meet every edge.
_RUN_TEXT = st.lists(
    st.sampled_from(["Sino", "-", "'", "’", "O", "Brien", "s", " ", "\n", ".", "é", "1", "K"]),
    max_size=30,
).map("".join)


class TestLetterRuns:
    def test_case(self) -> None:
        """A run opens with a letter and holds letters, apostrophes and hyphens."""
        runs = LetterRuns("-O'Brien's Sino-Japanese 2025 café")
        assert runs.lows == ["o'brien's", "sino-japanese", "caf"]
        assert (runs.starts, runs.ends, runs.marked) == ([1, 11, 30], [10, 24, 33], [0, 1])

    @given(st.one_of(_RUN_TEXT, st.text()))
    def test_same_as_one_run_at_a_time(self, text: str) -> None:
        """The runs read in one split are the runs matched one at a time; the marked runs
        are exactly those with an apostrophe or a hyphen."""
        runs = LetterRuns(text)
        found = list(re.finditer(r"[A-Za-z][A-Za-z'’\-]*", text))
        assert runs.lows == [m.group().lower() for m in found]
        assert runs.starts == [m.start() for m in found]
        assert runs.ends == [m.end() for m in found]
        marked = [i for i, m in enumerate(found) if not m.group().isalpha()]
        assert runs.marked == marked
