"""Briefings, readouts and statements: an office speaks for its state, so a bare title ("the
President") is that state's office holder (table ``issuing_offices.tsv``)."""

from __future__ import annotations

import pytest

import bilateral
from bilateral._actors_refs import home_state

DAY = "2025-02-26"
BODY = "\n\nThe President will welcome Prime Minister Starmer tomorrow for a bilateral meeting."


def states(text: str) -> list[list[str]]:
    return [[c.alpha_3 for c in e.countries] for e in bilateral.extract(text, published=DAY)]


@pytest.mark.parametrize(
    ("headline", "home"),
    [
        ("White House press briefing: Leavitt on visits", "USA"),
        ("Kremlin briefing: Peskov on the Istanbul talks", "RUS"),
        ("Press conference by the Chief Cabinet Secretary (April 22)", "JPN"),
        ("Department Press Briefing, July 2 (excerpts)", "USA"),
    ],
)
def test_the_office_of_a_briefing_is_found(headline: str, home: str) -> None:
    found = home_state(headline + BODY)
    assert found is not None and found.alpha_3 == home


@pytest.mark.parametrize(
    "headline",
    [
        "Starmer arrives at the White House",  # news about the office, no briefing
        "Press briefing of the week",  # a briefing, but no office
        "White House and Kremlin statements",  # two offices: no single voice
    ],
)
def test_no_office_no_home(headline: str) -> None:
    assert home_state(headline + BODY) is None


def test_the_president_of_a_white_house_briefing_is_american() -> None:
    assert states("White House press briefing" + BODY) == [["GBR", "USA"]]


def test_the_president_of_news_is_the_last_one_named() -> None:  # near-miss
    text = (
        "Zelensky hosts visitors in Kyiv\n\nUkrainian President Volodymyr Zelensky spoke on "
        "Monday. The President will welcome Prime Minister Starmer tomorrow for a meeting."
    )
    assert states(text) == [["GBR", "UKR"]]


def test_a_bare_title_after_a_named_official_of_the_office_stays_theirs() -> None:
    text = (
        "White House readout\n\nPresident Donald Trump spoke with Prime Minister Keir Starmer "
        "on Monday. The President thanked him."
    )
    assert states(text) == [["GBR", "USA"]]


def test_an_unplaced_official_of_a_briefing_is_of_its_office() -> None:
    text = (
        "Ministry of External Affairs: weekly briefing\n\nForeign Secretary Vikram Misri "
        "visited Dhaka on Monday for consultations with his Bangladeshi counterpart."
    )
    assert states(text) == [["BGD", "IND"]]


def test_an_unplaced_official_of_news_stays_unplaced() -> None:  # near-miss
    text = (
        "Consultations in Dhaka\n\nForeign Secretary Vikram Misri "
        "visited Dhaka on Monday for consultations with his Bangladeshi counterpart."
    )
    assert states(text) == []


def test_the_secretary_of_a_state_department_briefing() -> None:
    text = (
        "Department Press Briefing, July 2\n\nOn the margins, the Secretary held a bilateral "
        "meeting with Indian External Affairs Minister Jaishankar on Tuesday."
    )
    assert states(text) == [["IND", "USA"]]


def test_the_secretary_of_a_white_house_briefing_is_nobody_known() -> None:  # near-miss
    text = (
        "White House press briefing\n\nOn the margins, the Secretary held a bilateral "
        "meeting with Indian External Affairs Minister Jaishankar on Tuesday."
    )
    assert states(text) == []


def test_a_title_the_office_does_not_hold_is_read_as_in_news() -> None:  # near-miss
    text = (
        "Taoiseach's doorstep with reporters (transcript)\n\nReporter: Will you meet "
        "President Donald Trump?\n\nMartin: I will meet the President in the Oval Office tomorrow."
    )
    found = bilateral.annotate(text, published=DAY).actors
    president = [a for a in found if a.text == "President"]
    assert [a.actor.country.alpha_3 for a in president if a.actor.country] == ["USA"]
