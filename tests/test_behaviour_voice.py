"""Behavioural suite (issue #12): passive voice, and hosting and arrivals.

Written blind from SPEC §1–3; see ``tests/behaviour_fillers.py`` for the fillers and helpers.
In every template ``a`` is the receiving state and ``b`` the guest.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.behaviour_fillers import (
    FIVE_PAIRS,
    FUTURE_DAY,
    MON,
    NEXT_MONTH,
    NEXT_WEEK,
    SAT,
    THREE_PAIRS,
    TUE,
    State,
    core,
    expect,
    grid,
    ids,
    one,
    parties,
    say,
)

Case = tuple[str, str | None, str | None, Any]  # template, kind, status, date (None: not checked)

PASSIVE: dict[str, Case] = {
    "received": (
        "{b.full} was received by {a.full} in {a.capital} on Monday.",
        None,
        "occurred",
        MON,
    ),
    "welcomed": (
        "{b.full} was welcomed by {a.full} in {a.capital} on Tuesday.",
        None,
        "occurred",
        TUE,
    ),
    "will-be-hosted": (
        "{b.full} will be hosted by {a.full} in {a.capital} next week.",
        None,
        "planned",
        NEXT_WEEK,
    ),
    "talks-were-held": (
        "Talks were held in {a.capital} between {a.full} and {b.full} on Tuesday.",
        "talks",
        "occurred",
        TUE,
    ),
    "meeting-was-held": (
        "A meeting between {a.full} and {b.full} was held in {a.capital} on Monday.",
        "meeting",
        "occurred",
        MON,
    ),
    "negotiations-will-be-held": (
        "Negotiations between {a.adj} and {b.adj} envoys will be held in {a.capital} next month.",
        "negotiation",
        "planned",
        NEXT_MONTH,
    ),
    "was-visited": ("{a.name} was visited by {b.full} on Saturday.", "visit", "occurred", SAT),
}

HOSTING: dict[str, Case] = {
    "hosted": ("{a.full} hosted {b.full} in {a.capital} on Monday.", None, "occurred", MON),
    "will-host": (
        "{a.full} will host {b.full} in {a.capital} next week.",
        None,
        "planned",
        NEXT_WEEK,
    ),
    "arrived-state-visit": (
        "{b.full} arrived in {a.capital} on Monday for a state visit.",
        "visit",
        None,
        None,
    ),
    "arrived-for-talks": (
        "{b.full} arrived in {a.name} on Tuesday for talks with {a.full}.",
        None,
        None,
        None,
    ),
    "landed": (
        "{b.full} landed in {a.capital} on Monday at the start of a three-day visit.",
        "visit",
        None,
        None,
    ),
    "welcomed-to": ("{a.full} welcomed {b.full} to {a.capital} on Tuesday.", None, "occurred", TUE),
    "due-to-arrive": (
        "{b.full} is due to arrive in {a.name} on Friday for talks with {a.full}.",
        None,
        "planned",
        None,
    ),
}

ACTIVE_PASSIVE = [
    (
        "{a.full} received {b.full} in {a.capital} on Monday.",
        "{b.full} was received by {a.full} in {a.capital} on Monday.",
    ),
    (
        "{a.full} will host {b.full} in {a.capital} next week.",
        "{b.full} will be hosted by {a.full} in {a.capital} next week.",
    ),
    (
        "{a.full} welcomed {b.full} in {a.capital} on Tuesday.",
        "{b.full} was welcomed by {a.full} in {a.capital} on Tuesday.",
    ),
]


def _check(case: Case, a: State, b: State) -> None:
    """The one event of a templated sentence: parties, host a, and kind, status, date if given."""
    template, kind, status, span = case
    event = one(say(template, a=a, b=b))
    expect(event, countries=parties(a, b), host=a.code)
    checked = {"kind": kind, "status": status, "date": span}
    expect(event, **{key: value for key, value in checked.items() if value is not None})


@pytest.mark.phenomenon("passive")
class TestPassive:
    """Passive voice names the same parties as the active; the agent is a party."""

    @pytest.mark.parametrize(("case", "a", "b"), grid(PASSIVE, FIVE_PAIRS))
    def test_mft_passive(self, case: Case, a: State, b: State) -> None:
        """Each passive wording gives one event with both states, host and date."""
        _check(case, a, b)

    @pytest.mark.parametrize("pair", range(len(ACTIVE_PASSIVE)))
    @pytest.mark.parametrize(("a", "b"), THREE_PAIRS, ids=ids)
    def test_inv_active_and_passive(self, pair: int, a: State, b: State) -> None:
        """The active sentence and its passive give the same event."""
        active, passive = ACTIVE_PASSIVE[pair]
        assert core(one(say(active, a=a, b=b))) == core(one(say(passive, a=a, b=b)))

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_dir_future_passive(self, a: State, b: State) -> None:
        """ "Was received ... on Monday" is held; "will be received ... on Monday" is planned."""
        held = one(f"{b.full} was received by {a.full} in {a.capital} on Monday.")
        expect(held, status="occurred", date=MON)
        planned = one(f"{b.full} will be received by {a.full} in {a.capital} on Monday.")
        expect(planned, status="planned", date=FUTURE_DAY["Monday"], host=a.code)


@pytest.mark.phenomenon("hosting/arrival")
class TestHostingArrival:
    """The state that hosts or that the guest arrives in is the host."""

    @pytest.mark.parametrize(("case", "a", "b"), grid(HOSTING, FIVE_PAIRS))
    def test_mft_hosting(self, case: Case, a: State, b: State) -> None:
        """Hosting, welcoming and arriving make the receiving state the host."""
        _check(case, a, b)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_inv_capital_or_country(self, a: State, b: State) -> None:
        """Arriving in the capital or in the country gives the same host and parties."""
        city = one(f"{b.full} arrived in {a.capital} on Monday for a state visit.")
        country = one(f"{b.full} arrived in {a.name} on Monday for a state visit.")
        assert core(city) == core(country)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_dir_swap_guest_and_host(self, a: State, b: State) -> None:
        """Swapping guest and host swaps the host and keeps the parties."""
        first = one(f"{a.full} will host {b.full} in {a.capital} next week.")
        second = one(f"{b.full} will host {a.full} in {b.capital} next week.")
        expect(first, host=a.code, countries=parties(a, b))
        expect(second, host=b.code, countries=parties(a, b))
