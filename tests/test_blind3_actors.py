"""Third blind behavioural suite of ``bilateral``: how the parties are named.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``. One class
per phenomenon (SPEC section 3, "Countries" and "Actors"):

* titles without names — "the Indian prime minister", "Kenya's foreign minister": the state
  comes from the demonym or the possessive;
* names without titles — "Narendra Modi met Anthony Albanese", and the surname alone after
  the first mention: the state comes from the bundled roster, checked at the event's date;
  invariance: a styled name ("Indian Prime Minister Narendra Modi") and the bare name give
  the same parties;
* capitals, seats and demonyms as parties — "Beijing", "the Kremlin", "Ottawa", "French
  officials" stand for their states.

Written blind on 2026-12-08 from SPEC sections 1-3, the README and the user docs, without
sight of the library's code, tests or examples.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.blind3_fillers import (
    PUB_DAYS,
    SEATED,
    STATE_ONLY_DAYS,
    cap,
    has_participant,
    host_code,
    only_event,
    pairs_on,
    poss,
    state_pairs,
    week_span,
    weekday_back,
)

import bilateral

TITLES_ONLY = (
    "{RoleA} met {roleB} in {capB} on Monday to discuss energy cooperation.",
    "{PossA} {titleA} held talks with {roleB} on Tuesday, a readout said.",
    "{RoleA} received {roleB} at the presidential palace on Monday.",
    "{RoleA} and {roleB} spoke by telephone on Tuesday about the crisis.",
    "On Monday {roleA} hosted {roleB} for lunch and talks.",
    "{PossA} defence minister met {roleB} on Tuesday to discuss arms purchases.",
    "Talks between {roleA} and {roleB} were held in {capA} on Monday.",
    "{PossA} top diplomat sat down with {possB} foreign minister on Tuesday.",
)


# The defence portfolio where it has another title.
DEFENCE = {
    "USA": ("defence minister", "defense secretary"),
    "GBR": ("defence minister", "defence secretary"),
}


def _titles_cases() -> list[object]:
    cases = []
    for i, template in enumerate(TITLES_ONLY):
        for j, pub in enumerate(PUB_DAYS[:5]):
            (a, b) = pairs_on(pub, 1, skip=4 * i + 3 * j + 2)[0]
            text = template.format(
                RoleA=cap(a.role),
                roleA=a.role,
                roleB=b.role,
                titleA=a.title.lower(),
                PossA=cap(poss(a.state.name)),
                possB=poss(b.state.name),
                capA=a.state.capital,
                capB=b.state.capital,
            )
            text = text.replace(*DEFENCE.get(a.code, ("", "")))
            day = weekday_back(pub, "Tuesday" if "Tuesday" in text else "Monday")
            cases.append(pytest.param(text, pub, (a.code, b.code), day, id=f"t{i}-{j}"))
    return cases


NAMES_ONLY = (
    "{nameA} met {nameB} in {capB} on Monday.",
    "{nameA} and {nameB} held talks on Tuesday. {surA} later told reporters the talks had "
    "been productive.",
    "{nameA} hosted {nameB} on Monday. {surB} thanked {surA} for the warm welcome.",
    "{nameA} spoke with {nameB} by phone on Tuesday.",
    "Talks between {nameA} and {nameB} were held on Monday in {capA}.",
    "{nameB} was in {capA} on Tuesday for talks with {nameA}. {surA} called the visit "
    "historic, and {surB} praised the hospitality.",
    "{nameA} sat down with {nameB} on Monday. It was {surA}'s second meeting with {surB} "
    "this year.",
    "{styledA} met {styledB} on Tuesday. {surA} and {surB} agreed to expand flights.",
)


def _names_cases() -> list[object]:
    cases = []
    for i, template in enumerate(NAMES_ONLY):
        for j, pub in enumerate(PUB_DAYS[:5]):
            (a, b) = pairs_on(pub, 1, skip=5 * i + 2 * j + 3)[0]
            text = template.format(
                nameA=a.name,
                nameB=b.name,
                styledA=a.styled,
                styledB=b.styled,
                surA=a.surname,
                surB=b.surname,
                capA=a.state.capital,
                capB=b.state.capital,
            )
            day = weekday_back(pub, "Tuesday" if "on Tuesday" in text else "Monday")
            cases.append(pytest.param(text, pub, a, b, day, id=f"n{i}-{j}"))
    return cases


METONYMS = (
    ("{CapA} and {capB} held talks on Monday on visa rules and air links.", None),
    ("{SeatA} hosted {db} envoys on Tuesday.", "A"),
    ("{Da} officials met {db} diplomats in {capB} on Monday.", None),
    ("{CapA} will host a delegation from {capB} next week.", "A"),
    ("Envoys from {capA} flew to {capB} on Tuesday for talks.", "B"),
    ("{Da} and {db} diplomats held a round of consultations in {capA} on Monday.", None),
    ("{Db} envoys were received at {seatA} on Tuesday for talks.", "A"),
    ("Relations between {capA} and {capB} warmed as their foreign ministers met on Monday.", None),
)


def _metonym_cases() -> list[object]:
    cases = []
    pairs = [(a, b) for a, b in state_pairs(80, skip=1) if a.seat is not None]
    for i, (template, host) in enumerate(METONYMS):
        for j in range(5):
            a, b = pairs[(5 * i + j) % len(pairs)]
            pub = STATE_ONLY_DAYS[(i + j) % len(STATE_ONLY_DAYS)]
            text = template.format(
                CapA=a.capital,
                capA=a.capital,
                capB=b.capital,
                SeatA=cap(a.seat),
                seatA=a.seat,
                Da=a.demonym,
                db=b.demonym,
                Db=b.demonym,
            )
            expected_host = {"A": a.code, "B": b.code, None: None}[host]
            cases.append(pytest.param(text, pub, (a.code, b.code), expected_host, id=f"m{i}-{j}"))
    return cases


class TestTitlesWithoutNames:
    """Minimum functionality: an office named by title alone places its holder's state."""

    @pytest.mark.parametrize(("text", "pub", "codes", "day"), _titles_cases())
    def test_title_gives_state(self, text, pub, codes, day):
        """Officials named only by demonym or possessive and title give their two states."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        assert event.status.value == "occurred"
        assert event.date is not None
        assert (event.date.start, event.date.end) == (day, day)


class TestNamesWithoutTitles:
    """Minimum functionality and invariance: bare names are placed by the roster."""

    @pytest.mark.parametrize(("text", "pub", "a", "b", "day"), _names_cases())
    def test_roster_places_names(self, text, pub, a, b, day):
        """Names without titles, then surnames, give one event of the two office holders."""
        event = only_event(bilateral.extract(text, published=pub), a.code, b.code)
        assert event.status.value == "occurred"
        assert (event.date.start, event.date.end) == (day, day)
        assert has_participant(event, a.surname, a.code)
        assert has_participant(event, b.surname, b.code)

    @pytest.mark.parametrize("pub", PUB_DAYS[:5])
    @pytest.mark.parametrize("n", range(2))
    def test_name_and_title_invariant(self, pub, n):
        """Dropping the titles and demonyms from both names leaves the event unchanged."""
        (a, b) = pairs_on(pub, 1, skip=23 + n)[0]
        template = "{A} will meet {B} next week in {city}, officials said."
        city = b.state.capital
        styled = bilateral.extract(
            template.format(A=a.styled, B=b.styled, city=city), published=pub
        )
        bare = bilateral.extract(template.format(A=a.name, B=b.name, city=city), published=pub)
        one, two = only_event(styled, a.code, b.code), only_event(bare, a.code, b.code)
        assert one.status.value == two.status.value == "planned"
        assert (one.date.start, one.date.end) == (two.date.start, two.date.end)
        assert (two.date.start, two.date.end, two.date.granularity.value) == week_span(pub, 1)


class TestCapitalsDemonymsMetonyms:
    """Minimum functionality: capitals, seats of government and demonyms stand for states."""

    @pytest.mark.parametrize(("text", "pub", "codes", "host"), _metonym_cases())
    def test_metonym_parties(self, text, pub, codes, host):
        """A capital, a seat or a demonym as a party resolves to its state."""
        event = only_event(bilateral.extract(text, published=pub), *codes)
        if host is not None:
            assert host_code(event) == host

    @pytest.mark.parametrize("seat", SEATED)
    def test_seat_and_state_invariant(self, seat):
        """Replacing a state's name by its seat of government leaves the parties unchanged."""
        other = next(s for s in SEATED if s.code != seat.code and s.code != "USA")
        pub = dt.date(2026, 2, 18)
        texts = (
            f"{cap(seat.seat)} held talks with {other.name} on Monday.",
            f"{cap(seat.name)} held talks with {other.name} on Monday.",
        )
        for text in texts:
            event = only_event(bilateral.extract(text, published=pub), seat.code, other.code)
            assert event.status.value == "occurred", text
