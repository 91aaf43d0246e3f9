"""Trigger forms of hosting and travel: "played host to", a meal hosted for a guest, "whom …
received", "flew into", "travel on to", "is due in <place>"; each beside a near-miss."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral

DAY = dt.date(2024, 2, 21)  # a Wednesday


def _events(text: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    return [
        (e.status.value, tuple(c.alpha_3 for c in e.countries), e.host and e.host.alpha_3)
        for e in bilateral.extract(text, published=DAY)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kenyan President William Ruto played host to Ghanaian President John Dramani "
            "Mahama at State House on Monday.",
            [("occurred", ("GHA", "KEN"), "KEN")],
        ),
        (
            "Chilean President Gabriel Boric hosted a working lunch for Argentine President "
            "Javier Milei on Monday.",
            [("occurred", ("ARG", "CHL"), "CHL")],
        ),
        (
            "Peruvian President Dina Boluarte, whom Chilean President Gabriel Boric received "
            "on Monday, flew home.",
            [("occurred", ("CHL", "PER"), "CHL")],
        ),
        (
            "Italian Foreign Minister Antonio Tajani flew into Cairo on Monday for talks with "
            "Egyptian Foreign Minister Badr Abdelatty.",
            [("occurred", ("EGY", "ITA"), "EGY")],
        ),
        (
            "Kenyan President William Ruto will travel on to Ghana next week.",
            [("planned", ("GHA", "KEN"), "GHA")],
        ),
        (
            "Indian Prime Minister Narendra Modi is due in Paris next week.",
            [("planned", ("FRA", "IND"), "FRA")],
        ),
    ],
)
def test_forms_of_hosting_and_travel(text: str, want: list[object]) -> None:
    assert _events(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Jordan has played host to more than a million refugees since 2011, Germany said.",
        "Chile hosted a dinner for business leaders from Argentina on Monday.",
        "The plane flew into a storm over Cairo on Monday, Italian officials said.",
        "Payments from India are due in March, the French finance ministry said.",
        "The decision, whom few in Brazil or Chile received well, stands.",
    ],
)
def test_near_misses_give_no_event(text: str) -> None:
    assert _events(text) == []


@given(
    st.lists(
        st.sampled_from(
            [
                "played",
                "host",
                "to",
                "due",
                "in",
                "whom",
                "received",
                "flew",
                "into",
                "Paris",
                "Kenya",
                ", ",
                "on",
            ]
        ),
        max_size=30,
    )
)
@settings(max_examples=80, deadline=None)
def test_never_raises_on_the_forms_words(words: list[str]) -> None:
    bilateral.extract(" ".join(words), published=DAY)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kenyan President William Ruto took a call from Ghanaian President John Dramani "
            "Mahama on Monday.",
            [("call", ("GHA", "KEN"), None)],
        ),
        (
            "Kenyan President William Ruto and Ghanaian President John Dramani Mahama exchanged "
            "views over the phone on Monday.",
            [("call", ("GHA", "KEN"), None)],
        ),
        (
            "Qatar brokered a meeting in Doha on Monday between envoys of Kenya and Ghana.",
            [("meeting", ("GHA", "KEN"), "QAT")],
        ),
        (
            "Talks between Kenya and Ghana, hosted by Oman in Muscat, took place on Tuesday.",
            [("talks", ("GHA", "KEN"), "OMN")],
        ),
        (
            "Kenyan President William Ruto, hosted by Ghanaian President John Dramani Mahama, "
            "toured the port on Tuesday.",
            [("visit", ("GHA", "KEN"), "GHA")],
        ),
    ],
)
def test_calls_mediators_and_participles(text: str, want: list[object]) -> None:
    got = [
        (e.kind.value, tuple(c.alpha_3 for c in e.countries), e.host and e.host.alpha_3)
        for e in bilateral.extract(text, published=DAY)
    ]
    assert got == want


@pytest.mark.parametrize(
    "text",
    [
        "The summit heard a call from the Kenyan president for calm in Ghana.",
        "Kenyan and Ghanaian troops exchanged fire near the phone mast on Monday.",
        "Kenyan and Ghanaian officials exchanged views on fisheries on Monday.",
    ],
)
def test_near_misses_of_calls(text: str) -> None:
    assert _events(text) == []


def test_a_gathering_its_member_hosts_keeps_the_member() -> None:
    """Near-miss of the mediator: a summit hosted by one of its members keeps it a party."""
    text = "The summit of Kenya, Ghana and Nigeria, hosted by Ghana in Accra, took place on Monday."
    [e] = bilateral.extract(text, published=DAY)
    assert [c.alpha_3 for c in e.countries] == ["GHA", "KEN", "NGA"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A delegation from Kenya visited Ghana on Monday.",
            [("visit", ("GHA", "KEN"), "GHA")],
        ),
        (
            "Envoys from Nairobi flew to Accra on Monday for talks.",
            [("visit", ("GHA", "KEN"), "GHA")],
        ),
        (
            "Kenyan envoys were received at the Casa Rosada on Monday for talks.",
            [("visit", ("ARG", "KEN"), "ARG")],
        ),
    ],
)
def test_affiliations_and_greetings_at_a_seat(text: str, want: list[object]) -> None:
    got = [
        (e.kind.value, tuple(c.alpha_3 for c in e.countries), e.host and e.host.alpha_3)
        for e in bilateral.extract(text, published=DAY)
    ]
    assert got == want


def test_the_origin_of_a_trip_is_still_no_party() -> None:
    """Near-miss: "arrived in Accra from Nairobi": Kenya is where the trip came from."""
    text = "Indian Prime Minister Narendra Modi arrived in Accra from Nairobi on Monday."
    assert _events(text) == [("occurred", ("GHA", "IND"), "GHA")]


def test_a_passive_agent_after_adjuncts_hosts() -> None:
    text = (
        "The President of the Republic of Ghana, John Dramani Mahama, was received on Tuesday "
        "at the State House by the President of the Republic of Kenya, William Ruto."
    )
    assert _events(text) == [("occurred", ("GHA", "KEN"), "KEN")]


def test_a_later_passive_does_not_make_the_visit_verb_passive() -> None:
    """Near-miss: "visited Nairobi and was received by …": the visit is active, Kenya hosts."""
    text = (
        "Ghana's foreign minister, Samuel Okudzeto Ablakwa, visited Nairobi on Tuesday and was "
        "received by the Kenyan president, officials in Accra said."
    )
    assert [h for _, _, h in _events(text)] == ["KEN"]


@pytest.mark.parametrize(
    ("text", "status", "timex"),
    [
        (
            "Kenyan President William Ruto began his week-long visit to Ghana on Sunday.",
            "ongoing",
            "2024-02-18/2024-02-24",
        ),
        (
            "Kenyan President William Ruto ended a week-long visit to Ghana on Sunday.",
            "occurred",
            "2024-02-12/2024-02-18",
        ),
        # near-miss: a week-long strike is no trip's length
        (
            "Kenyan President William Ruto visited Ghana on Sunday during a week-long strike.",
            "occurred",
            "2024-02-18",
        ),
    ],
)
def test_a_week_long_trip_runs_seven_days(text: str, status: str, timex: str) -> None:
    [e] = bilateral.extract(text, published=DAY)
    assert (e.status.value, e.date and e.date.timex) == (status, timex)


def test_he_is_the_subject_not_the_ranked_partner_before() -> None:
    text = (
        "Ghanaian President John Dramani Mahama flew to Bamako on Saturday for talks with "
        "Captain Ibrahim Traore of Burkina Faso. On Sunday he was received in Niamey by "
        "General Abdourahamane Tiani."
    )
    pairs = {tuple(c.alpha_3 for c in e.countries) for e in bilateral.extract(text, published=DAY)}
    assert ("GHA", "NER") in pairs
    assert ("BFA", "NER") not in pairs


def test_with_a_third_state_hosting_it_hosts() -> None:
    text = (
        "Kenyan President William Ruto and Ghanaian President John Dramani Mahama met in Doha "
        "on Monday, with Qatar hosting."
    )
    assert _events(text) == [("occurred", ("GHA", "KEN"), "QAT")]


def test_with_a_third_state_named_otherwise_it_does_not_host() -> None:
    """Near-miss: "with Qatar's backing" names no host."""
    text = (
        "Kenyan President William Ruto and Ghanaian President John Dramani Mahama met in Doha "
        "on Monday, with Qatar's backing."
    )
    assert "host.third-state" not in bilateral.explain(text, published=DAY).fired()
