"""The fast paths of the finders read what the plain patterns read.

Each scan that was made faster (a pattern that opens with a class or a word instead of
``\\b`` or a look-behind, names tried only where one may start, the date tokens of a scope
taken from one split, a phrase table read by length, a word test before a pattern) is held
here to the plain form it replaces, on any text.
"""

from __future__ import annotations

import itertools
import re

from hypothesis import given
from hypothesis import strategies as st

from bilateral._actors_names import NAME, names_in
from bilateral._actors_refs import _COUNTERPART_WORD, _ITS, _THE_TITLE
from bilateral._date_forms import TOKEN
from bilateral._date_scan import _tokens_in
from bilateral._events.items import (
    _PLACE_AFTER,
    _SETTLEMENT_OF,
    _TOPIC_ON,
    _TRAVEL,
    _may_end_in,
)
from bilateral._text import LetterRuns, lacks, sentences
from bilateral._triggers_cues import Words, _cue_table, _cues_of

# characters that the patterns under test turn on, and some beyond ASCII
_ALPHABET = st.sampled_from(
    [*"aeibltsnhoAJSKMT .,!?'’\"-)\n\t1", "ſ", "ı", "İ", "K", "é", "Ł", "ab", "al-", "bin-"]
)
_TEXT = st.lists(_ALPHABET, max_size=60).map("".join)
_WORDS = st.lists(
    st.sampled_from(
        [
            *("the", "Minister", "its", "officials", "counterpart", "Its", "The", "new"),
            *("president", "xthe", "_its", "counterpart,", "Lula", "Xi", "bin", "al-Sisi"),
            *("Jr.", "KP", ".", "\n", "on", "over", "xon", "Monday", "the eve", "talks"),
            *("in", "at", "to", "In", "At", "Kin", "Rome", "Camp David", "the city of"),
        ]
    ),
    max_size=12,
).map(" ".join)

# the plain forms the fast ones replace
_PLAIN_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*(?=\s)|\n")
_PLAIN_COUNTERPART = re.compile(r"\bcounterpart,?[ \t]+")
_PLAIN_THE_TITLE = re.compile(_THE_TITLE().pattern.replace(r"[Tt]he(?<!\w[Tt]he)", r"\b[Tt]he"))
_PLAIN_ITS = re.compile(_ITS().pattern.replace(r"[Ii]ts(?<!\w[Ii]ts)", r"\b[Ii]ts"))
_PREP = r"(?P<prep>in|at|to|In|At)"
_PLAIN_PLACE_AFTER = re.compile(_PLACE_AFTER.pattern.replace(_PREP + r"(?<!\w..)", r"\b" + _PREP))
_PLAIN_TOPIC_ON = re.compile(_TOPIC_ON.pattern.replace(r"o(?<!\wo)(?:n|ver)", r"\b(?:on|over)"))


def _found(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in pattern.finditer(text)]


class TestPatterns:
    def test_the_plain_forms_are_what_they_replace(self) -> None:
        assert _PLAIN_THE_TITLE.pattern.startswith(r"\b[Tt]he[ \t]+")
        assert _PLAIN_ITS.pattern.startswith(r"\b[Ii]ts[ \t]+")
        assert _PLAIN_TOPIC_ON.pattern.startswith(r"\b(?:on|over)[ \t]+")
        assert _PLAIN_PLACE_AFTER.pattern.startswith(r"\b(?P<prep>in|at|to|In|At)[ \t]+")

    @given(_TEXT)
    def test_sentence_boundaries(self, text: str) -> None:
        from bilateral._text import _BOUNDARY

        assert _found(_BOUNDARY(), text) == _found(_PLAIN_BOUNDARY, text)

    def test_a_run_of_marks_is_one_boundary(self) -> None:
        from bilateral._text import _BOUNDARY

        assert [m.span() for m in _BOUNDARY().finditer("Yes?! No... x.\nz")] == [
            (3, 5),
            (8, 11),
            (13, 14),
            (14, 15),
        ]
        assert sentences("Talks ended... Both left.") == [(0, 14), (15, 25)]

    @given(st.one_of(_TEXT, _WORDS))
    def test_whole_text_reference_patterns(self, text: str) -> None:
        assert _found(_COUNTERPART_WORD(), text) == _found(_PLAIN_COUNTERPART, text)
        assert _found(_THE_TITLE(), text) == _found(_PLAIN_THE_TITLE, text)
        assert _found(_ITS(), text) == _found(_PLAIN_ITS, text)
        for lo in range(0, len(text), 7):  # from within the text, as the stage searches
            assert [m.span() for m in _TOPIC_ON.finditer(text, lo)] == [
                m.span() for m in _PLAIN_TOPIC_ON.finditer(text, lo)
            ]
            assert [m.span("place") for m in _PLACE_AFTER.finditer(text, lo)] == [
                m.span("place") for m in _PLAIN_PLACE_AFTER.finditer(text, lo)
            ]

    def test_a_word_inside_another_is_not_read(self) -> None:
        assert _found(_COUNTERPART_WORD(), "subcounterpart x") == []
        assert [m["title"] for m in _THE_TITLE().finditer("bathe Minister, the Minister")] == [
            "Minister"
        ]


class TestNames:
    @given(st.one_of(_TEXT, _WORDS))
    def test_the_same_matches_as_the_pattern(self, text: str) -> None:
        assert [(m.span(), m.group()) for m in names_in(text)] == _found(NAME(), text)

    def test_names_and_prefixed_names(self) -> None:
        text = "President Abdel Fattah al-Sisi met KP Sharma Oli and Ferdinand Marcos Jr. there."
        assert [m.group() for m in names_in(text)] == [m.group() for m in NAME().finditer(text)]
        assert "Abdel Fattah al-Sisi" in " ".join(m.group() for m in names_in(text))
        # a name that opens with "al-" is tried from there, not from its capital
        assert [m.group() for m in names_in("They met al-Sisi in Cairo.")] == [
            "They",
            "al-Sisi",
            "Cairo",
        ]


class TestDateTokens:
    @given(
        _TEXT,
        st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=4),
    )
    def test_each_span_read_as_the_pattern_reads_it(
        self, text: str, cuts: list[tuple[int, int]]
    ) -> None:
        low = text.lower() if len(text.lower()) == len(text) else text
        spans = [(min(a, b), max(a, b)) for a, b in cuts]
        token = TOKEN()
        words = [w for a, b in spans for w in token.findall(low, a, b)]
        starts = [m.start() for a, b in spans for m in token.finditer(low, a, b)]
        assert _tokens_in(low, spans) == (words, starts)

    def test_a_span_that_cuts_a_word(self) -> None:
        # "lks o" cuts "talks" and "on": that span is read by the pattern, alone
        assert _tokens_in("talks on monday", [(2, 7), (9, 15)]) == (
            ["lks", "o", "monday"],
            [2, 6, 9],
        )


class TestLetterRuns:
    @given(_TEXT)
    def test_the_runs_of_the_plain_split(self, text: str) -> None:
        parts = re.split(r"([A-Za-z][A-Za-z'’\-]*)", text)
        bounds = list(itertools.accumulate(map(len, parts)))
        runs = LetterRuns(text)
        assert runs.lows == [p.lower() for p in parts[1::2]]
        assert (runs.starts, runs.ends) == (bounds[0:-1:2], bounds[1::2])


class TestCues:
    @staticmethod
    def _plain(found: list[tuple[str, int, int]]) -> list[tuple[str, str, str, int, int]]:
        """The longest phrase of the table at each word, words taken once."""
        table = _cue_table()
        longest = max(map(len, table))
        keys = [w for w, _, _ in found]
        out, i = [], 0
        while i < len(keys):
            for n in range(longest, 0, -1):
                phrase = tuple(keys[i : i + n])
                if len(phrase) == n and phrase in table:
                    out += [
                        (role, " ".join(phrase), value, found[i][1], found[i + n - 1][2])
                        for role, value in table[phrase]
                    ]
                    i += n
                    break
            else:
                i += 1
        return out

    @given(
        st.lists(
            st.sampled_from(
                [" ".join(p) for p in list(_cue_table())[:60]] + ["talks", "were", "to", "held"]
            ),
            max_size=10,
        ).map(" ".join)
    )
    def test_longest_phrase_at_each_word(self, text: str) -> None:
        found = Words(text).within(0, len(text))
        got = [(c.role, c.phrase, c.value, c.start, c.end) for c in _cues_of(found)]
        assert got == self._plain(found)


class TestLacks:
    @given(_TEXT, st.sampled_from(["have", "plan", "if", "side", "sk", "led"]))
    def test_a_word_it_says_is_absent_no_caseless_pattern_finds(self, text: str, word: str) -> None:
        if lacks(text, 0, len(text), (word,)):
            assert re.search(re.escape(word), text, re.IGNORECASE) is None

    def test_cases(self) -> None:
        assert lacks("Talks were held.", 0, 16, ("plan",))
        assert not lacks("No PLANS yet.", 0, 13, ("plan",))
        assert not lacks("No plans yet.", 3, 13, ("yet", "plan"))
        assert lacks("No plans yet.", 9, 13, ("plan",))  # the span only
        # beyond ASCII it does not judge: "ſ" is an s to a caseless pattern
        assert re.search("sides", "ſides", re.IGNORECASE) is not None
        assert not lacks("the two ſides", 0, 13, ("sides",))


class TestWindowEnds:
    @given(
        st.lists(
            st.sampled_from(
                ["flew", "to", "TO", "in", "ın", "of", "island", "the", " ", "\t", "\n", "x", "ab"]
            ),
            max_size=12,
        ).map(" ".join),
        st.sampled_from(["", " ", "\t", "\n", " \n", "  "]),
    )
    def test_a_window_it_rules_out_the_pattern_does_not_match(self, text: str, tail: str) -> None:
        text += tail
        end = len(text)
        if not _may_end_in(text, end, ("to", "in")):
            assert _TRAVEL.search(text, 0, end) is None
        if not _may_end_in(text, end, ("of",)):
            assert _SETTLEMENT_OF.search(text, 0, end) is None

    def test_cases(self) -> None:
        assert _may_end_in("They flew to ", 13, ("to", "in"))
        assert _may_end_in("They flew to \n", 14, ("to", "in"))
        assert not _may_end_in("They flew to", 12, ("to", "in"))
        assert not _may_end_in("They met ", 9, ("to", "in"))
        assert _may_end_in("They arrived ın ", 16, ("to", "in"))  # left to the pattern
