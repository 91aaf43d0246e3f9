"""Third blind behavioural suite of ``bilateral``: hosts, arrivals and third-state venues.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``. One class
per phenomenon:

* hosting and arrival — "hosted", "welcomed", "arrived in X for talks", "played host to":
  the receiving state is the ``host`` (SPEC section 2) and both states are parties;
* third-state venue — talks in Geneva, Doha or Muscat between two other states: the venue
  state is never a party; a third state that hosts or mediates on its soil is the ``host``
  without being a party, and a venue named only as a place is at most the host.

Written blind on 2026-12-08 from SPEC sections 1-3, the README and the user docs, without
sight of the library's code, tests or examples.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.blind3_fillers import (
    PUB_DAYS,
    STATE_ONLY_DAYS,
    VENUES,
    cap,
    host_code,
    only_event,
    pairs_on,
    state_pairs,
    weekday_back,
)

import bilateral

# Past day phrases whose day is fixed on a Wednesday publication.
PAST_DAYS = (
    ("on Monday", lambda p: weekday_back(p, "Monday")),
    ("on Tuesday", lambda p: weekday_back(p, "Tuesday")),
    ("yesterday", lambda p: p - dt.timedelta(days=1)),
    ("last Friday", lambda p: weekday_back(p, "Friday", strict=True)),
)

# {A} is the host, {B} the guest.
HOSTING = (
    "{A} hosted {B} in {capA} {when}, with talks centred on investment and energy.",
    "{A} welcomed {B} to {capA} {when} for talks on maritime security.",
    "{A} rolled out the red carpet for {B} {when}, receiving the visitor with a 21-gun salute.",
    "{A} played host to {B} at the presidential residence {when}.",
    "It was {B}'s first stop on a regional tour: {A} hosted the visitor in {capA} {when}.",
    "{A} hosted a working dinner for {B} {when}, state media reported.",
)
ARRIVALS = (
    "{B} arrived in {capA} {when} for talks with {A}.",
    "{B} landed in {capA} {when} at the start of a state visit and was met by {A}.",
    "{B} began a three-day state visit to {stateA} {when}, holding talks with {A}.",
    "{B} flew into {capA} {when} for a round of talks with {A} on defence procurement.",
)


def _hosting_cases() -> list[object]:
    cases = []
    for i, template in enumerate(HOSTING + ARRIVALS):
        statuses = ("occurred",) if i < len(HOSTING) else ("occurred", "ongoing")
        for j, pub in enumerate(PUB_DAYS[:4]):
            (a, b) = pairs_on(pub, 1, skip=3 * i + 2 * j + 1)[0]
            phrase, day = PAST_DAYS[(i + j) % len(PAST_DAYS)]
            text = template.format(
                A=a.styled,
                B=b.styled,
                capA=a.state.capital,
                stateA=a.state.name,
                when=phrase,
            )
            cases.append(
                pytest.param(text, pub, a.code, b.code, day(pub), statuses, id=f"h{i}-{j}")
            )
    return cases


# {a}/{b}: the two parties; {city}/{third}: the venue and its state.
PLACE_ONLY = (
    "{A} and {B} held talks in {city} on Tuesday, their first direct contact in months.",
    "Negotiators from {a} and {b} met in {city} on Monday for a new round of talks.",
    "In {city}, {da} and {db} delegations sat down on Tuesday for a full day of talks.",
    "Officials of {a} and {b} met on neutral ground in {city} on Monday.",
)
THIRD_HOST = (
    "{Third} hosted talks between {a} and {b} in {city} on Monday.",
    "{da} and {db} officials met in {city} on Tuesday in talks mediated by {third}.",
    "{Third} brokered a meeting in {city} on Monday between envoys of {a} and {b}.",
    "Talks between {a} and {b}, hosted by {third} in {city}, took place on Tuesday.",
)


def _venue_cases() -> list[object]:
    cases = []
    pairs = state_pairs(60, skip=4)
    k = 0
    for i, template in enumerate(PLACE_ONLY + THIRD_HOST):
        hosted = i >= len(PLACE_ONLY)
        for j in range(5):
            venue = VENUES[(i + 3 * j) % len(VENUES)]
            while venue.code in {pairs[k][0].code, pairs[k][1].code}:
                k += 1
            a, b = pairs[k]
            k += 1
            pub = STATE_ONLY_DAYS[(i + j) % len(STATE_ONLY_DAYS)]
            text = template.format(
                A=cap(a.name),
                B=b.name,
                a=a.name,
                b=b.name,
                da=cap(a.demonym),
                db=b.demonym,
                city=venue.city,
                third=venue.country,
                Third=cap(venue.country),
            )
            cases.append(
                pytest.param(text, pub, (a.code, b.code), venue.code, hosted, id=f"v{i}-{j}")
            )
    return cases


class TestHostingAndArrival:
    """Minimum functionality: the receiving state hosts; host and guest are both parties."""

    @pytest.mark.parametrize(("text", "pub", "host", "guest", "day", "statuses"), _hosting_cases())
    def test_host_and_guest(self, text, pub, host, guest, day, statuses):
        """Hosting or arriving for talks gives one event hosted by the receiving state."""
        event = only_event(bilateral.extract(text, published=pub), host, guest)
        assert host_code(event) == host
        assert event.status.value in statuses
        assert event.date is not None
        assert event.date.start == day


class TestThirdStateVenue:
    """Minimum functionality: the venue state is not a party; a hosting third state hosts."""

    @pytest.mark.parametrize(("text", "pub", "codes", "venue", "hosted"), _venue_cases())
    def test_venue_not_party(self, text, pub, codes, venue, hosted):
        """Talks in a third state's city are between the two states, with the venue apart."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        assert event.status.value == "occurred"
        day = weekday_back(pub, "Tuesday" if "Tuesday" in text else "Monday")
        assert (event.date.start, event.date.end) == (day, day)
        if hosted:
            assert host_code(event) == venue
        else:
            assert host_code(event) in {None, venue}

    @pytest.mark.parametrize(
        "template",
        [
            "{a} and {b} will hold talks in {city} next week, {third} said.",
            "{A} and {B} are to resume negotiations in {city} next week.",
            "Envoys of {a} and {b} will meet in {city} next week under {third}'s auspices.",
        ],
    )
    @pytest.mark.parametrize("n", range(4))
    def test_planned_venue(self, template, n):
        """A planned meeting in a third state's city keeps only the two states as parties."""
        a, b = state_pairs(4, skip=11)[n]
        venue = VENUES[n + 1]
        text = template.format(
            A=cap(a.name),
            B=b.name,
            a=cap(a.name),
            b=b.name,
            city=venue.city,
            third=venue.country,
        )
        pub = dt.date(2024, 2, 21)
        event = only_event(bilateral.extract(text, published=pub), a.code, b.code)
        assert event.status.value == "planned"
        assert (event.date.start, event.date.end) == (dt.date(2024, 2, 26), dt.date(2024, 3, 3))
        assert host_code(event) in {None, venue.code}
