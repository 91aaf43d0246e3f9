"""explain(): the stages and named rules behind each event, and the dropped candidates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral._events.pipeline import STAGES

DAY = dt.date(2025, 8, 20)
SETS = ["examples", "dev", "dev7"]


class TestExplain:
    def test_every_field_has_its_rule(self) -> None:
        """A planned meeting: the rules that set its date, status, parties and kind."""
        why = bilateral.explain(
            "Indian Prime Minister Narendra Modi will meet Japanese Prime Minister Shigeru "
            "Ishiba in Tokyo next week.",
            published=DAY,
        )
        [event] = why.events
        fields = {u.field: u.rule for u in event.rules}
        assert fields["status"] == "status.dated-after-publication"
        assert fields["date"] == "date.nearest-in-clause"
        assert fields["kind"] == "kind.most-named"
        assert fields["host"] == "host.venue-of-a-party"
        assert all(u.stage in {s.name for s in STAGES} for u in event.rules)

    def test_dropped_candidates_say_why(self) -> None:
        """An offered meeting and a denied visit are dropped, each with its rule."""
        why = bilateral.explain(
            "Pakistan offered talks to India. Delhi denied reports that Prime Minister Modi "
            "would visit Lahore.",
            published=DAY,
        )
        assert why.events == ()
        rules = {c.trigger: c.rule for c in why.dropped}
        assert rules["talks"] == "polarity.offered-or-sought"
        assert rules["visit"] == "polarity.denial"

    def test_report_is_readable(self) -> None:
        """str() names each event, its evidence and its rules, then what was dropped."""
        why = bilateral.explain(
            "Xi met Lula in Brasilia on Monday. No talks followed.", published=DAY
        )
        report = str(why)
        assert report.startswith("event 1: meeting, occurred: BRA, CHN")
        assert "status.dated-before-publication (mentions)" in report
        assert "dropped 'talks'" in report

    def test_no_event_words(self) -> None:
        """A text with no event word explains nothing."""
        why = bilateral.explain("The weather was fine.", published=DAY)
        assert (why.events, why.dropped, str(why)) == ((), (), "no event words")

    def test_bad_arguments(self) -> None:
        """Bad arguments are errors naming them."""
        with pytest.raises(TypeError, match="text"):
            bilateral.explain(None, published=DAY)  # type: ignore[arg-type]
        with pytest.raises((TypeError, ValueError), match="published"):
            bilateral.explain("Talks.", published=12)  # type: ignore[arg-type]


class TestExplainProperties:
    @given(st.text(max_size=300))
    def test_never_raises(self, text: str) -> None:
        """Any str is explained; its events are extract's."""
        why = bilateral.explain(text, published=DAY)
        assert [t.event for t in why.events] == bilateral.extract(text, published=DAY)

    @given(
        st.lists(
            st.sampled_from(
                [
                    "Modi",
                    "will",
                    "met",
                    "visit",
                    "Xi",
                    "no",
                    "talks",
                    "in",
                    "Delhi",
                    "on",
                    "Friday",
                    ".",
                    ",",
                ]
            ),
            max_size=30,
        )
    )
    def test_rules_fired_are_in_the_table(self, words: list[str]) -> None:
        """Every rule an explanation names is a rule of the table."""
        why = bilateral.explain(" ".join(words), published=DAY)
        assert why.fired() <= set(bilateral.rules())


class TestExplainOnExamples:
    @pytest.mark.parametrize("name", SETS)
    def test_events_are_extracts(
        self, name: str, example_set: Callable[[str], list[tuple[str, str]]]
    ) -> None:
        """On the example sets, explain gives extract's events, each with a kind, status
        and countries rule."""
        for text, published in example_set(name):
            why = bilateral.explain(text, published=published)
            assert [t.event for t in why.events] == bilateral.extract(text, published=published)
            for t in why.events:
                fields = {u.field for u in t.rules}
                assert {"kind", "status", "countries"} <= fields
