"""Forms of denial and unreality (refused offers and proposals, inverted conditions, reports
called false, fabricated claims, the purpose of a denied act) and of distributive plurals
(an official's state before a fronted place, "In separate meetings, …"); each with a near-miss
that keeps its event."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral

DAY = dt.date(2024, 2, 21)
RUTO, HASSAN = "Kenyan President William Ruto", "Tanzanian President Samia Suluhu Hassan"


def _pairs(text: str) -> list[tuple[str, ...]]:
    return sorted(
        tuple(c.alpha_3 for c in e.countries) for e in bilateral.extract(text, published=DAY)
    )


@pytest.mark.parametrize(
    ("denied", "told"),
    [
        (
            f"{RUTO} turned down an offer of talks from {HASSAN}.",
            f"{RUTO} accepted an offer of talks from {HASSAN} and met her on Monday.",
        ),
        (
            f"{RUTO} rejected a proposal to hold talks with {HASSAN} before the elections.",
            f"{RUTO} agreed to hold talks with {HASSAN} before the elections.",
        ),
        (
            f"Had {RUTO} met {HASSAN} last month, the deal might have been saved.",
            f"{RUTO} met {HASSAN} last month, and the deal was saved.",
        ),
        (
            f"Reports that {RUTO} held talks with {HASSAN} last week are untrue, aides said.",
            f"Reports that {RUTO} held talks with {HASSAN} last week are accurate, aides said.",
        ),
        (
            f"{RUTO} dismissed as fabricated claims of a phone call with {HASSAN} on Monday.",
            f"{RUTO} confirmed claims of a phone call with {HASSAN} on Monday.",
        ),
        (
            f"{RUTO} did not fly to Dodoma on Monday for talks with {HASSAN}.",
            f"{RUTO} flew to Dodoma on Monday for talks with {HASSAN}.",
        ),
    ],
)
def test_denied_or_unreal_and_its_near_miss(denied: str, told: str) -> None:
    assert _pairs(denied) == []
    assert _pairs(told) == [("KEN", "TZA")]


def test_an_officials_state_before_a_fronted_place_is_the_subject() -> None:
    text = (
        "During a stopover in Nairobi on Monday, Indian Prime Minister Narendra Modi held "
        "bilateral meetings with counterparts from Kenya, Ghana and Egypt."
    )
    assert _pairs(text) == [("EGY", "IND"), ("GHA", "IND"), ("IND", "KEN")]


def test_a_fronted_distributive_phrase_splits_the_clause_after_it() -> None:
    text = (
        "In separate meetings on Monday, Indian Prime Minister Narendra Modi discussed trade "
        "with the foreign ministers of Kenya, Ghana and Egypt."
    )
    assert _pairs(text) == [("EGY", "IND"), ("GHA", "IND"), ("IND", "KEN")]


def test_a_fronted_joint_phrase_stays_one_event() -> None:
    """Near-miss: "In joint talks" is one event of them all."""
    text = (
        "In joint talks on Monday, Indian Prime Minister Narendra Modi discussed trade with "
        "the foreign ministers of Kenya, Ghana and Egypt."
    )
    assert _pairs(text) == [("EGY", "GHA", "IND", "KEN")]


@given(
    st.lists(
        st.sampled_from(
            [
                "Had",
                "Reports",
                "that",
                "are",
                "false",
                "Kenya",
                "met",
                "Ghana",
                "In",
                "separate",
                "meetings",
                ",",
                "for",
                "talks",
                "not",
            ]
        ),
        max_size=25,
    )
)
@settings(max_examples=80, deadline=None)
def test_never_raises_on_the_forms_words(words: list[str]) -> None:
    bilateral.extract(" ".join(words), published=DAY)


@pytest.mark.parametrize(
    "text",
    [
        f"{RUTO} failed to meet {HASSAN} in January in Dodoma.",
        f"There are no plans for U.S. Secretary of State Antony Blinken to meet {HASSAN}.",
        "Kenya turned down Tanzania's offer to host talks, saying the time was not right.",
        f"{RUTO} declined an invitation from U.S. President Joe Biden to visit Washington.",
    ],
)
def test_more_forms_of_denial(text: str) -> None:
    assert _pairs(text) == []


def test_talks_that_failed_to_take_place_are_cancelled_not_dropped() -> None:
    """Near-miss: "failed to" after the event word tells a cancellation, not a denial."""
    text = "Talks between Kenya and Tanzania failed to take place on Monday."
    [e] = bilateral.extract(text, published=DAY)
    assert e.status.value == "cancelled"


def test_a_fronted_date_dates_a_plan_told_in_the_present() -> None:
    text = f"Next week, {RUTO} plans to meet {HASSAN} in Dodoma."
    [e] = bilateral.extract(text, published=DAY)
    assert (e.status.value, e.date and e.date.timex) == ("planned", "2024-W09")


def test_a_possessive_date_before_modifiers_dates_the_event_noun() -> None:
    text = "Monday's three-nation summit in Nairobi brought together Kenya, Ghana and Nigeria."
    [e] = bilateral.extract(text, published=DAY)  # a Wednesday
    assert e.date is not None and e.date.timex == "2024-02-19"


def test_a_possessive_date_of_another_noun_does_not_date_the_event() -> None:
    """Near-miss: "after Sunday's presidential run-off" dates the run-off, not the meeting."""
    text = f"After Sunday's presidential run-off, {RUTO} met {HASSAN}."
    [e] = bilateral.extract(text, published=DAY)
    assert e.date is None
