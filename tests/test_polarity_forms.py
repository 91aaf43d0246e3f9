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
