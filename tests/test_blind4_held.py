"""Blind behavioural suite 4: held meetings in the active and passive voice, hosting and arrival.

CheckList-style (Ribeiro et al. 2020) cases built from templates x fillers: minimum-functionality
cases (a text and the event it must give), invariance cases (swapped states, word order or voice
must not change the event) and directional cases (a change of tense must move the status and the
date). Written blind on 2026-12-08 from SPEC sections 1-3, the README and the user docs only.
"""

from __future__ import annotations

import itertools

import pytest
from tests.blind4_fillers import (
    LEADER_PAIRS,
    MEET_KINDS,
    MINISTER_PAIRS,
    PAIRS,
    PUB_FRI,
    PUB_WED,
    PUB_WED2,
    VISIT_KINDS,
    an,
    extract,
    full,
    host,
    only_event,
    shift_week,
    signature,
    span,
    state,
    weekday_back,
)

HELD = {"occurred"}
ARRIVED = {"occurred", "ongoing"}

ACTIVE_TEMPLATES = [
    "{fa} met {fb} on Monday, with trade and energy topping the agenda, officials said.",
    "On Monday, {na} and {fb} sat down for more than two hours of talks behind closed doors.",
    "{fa} held talks with {nb} on Monday, according to a readout issued after the session.",
    "Talks between {fa} and {fb} on Monday ran well past their scheduled hour, aides said.",
]


class TestActiveHeld:
    """Active-voice reports of a held bilateral meeting."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(ACTIVE_TEMPLATES, LEADER_PAIRS[:5])),
    )
    def test_mft_leaders_met_on_monday(self, template, pair):
        """A held meeting of two leaders is one occurred meeting dated the past Monday."""
        a, b = pair
        text = template.format(fa=full(a), fb=full(b), na=a.name, nb=b.name)
        event = only_event(extract(text, PUB_WED), {a.code, b.code})
        assert event.kind.value in MEET_KINDS
        assert event.status.value in HELD
        monday = weekday_back(PUB_WED, 0)
        assert span(event) == (monday, monday)

    @pytest.mark.parametrize("pair", LEADER_PAIRS)
    def test_inv_subject_and_object_swapped(self, pair):
        """Who is subject and who is object does not change a held meeting."""
        a, b = pair
        one = f"In a lakeside villa on Tuesday, {full(a)} met {full(b)}."
        two = f"In a lakeside villa on Tuesday, {full(b)} met {full(a)}."
        first = only_event(extract(one, PUB_WED), {a.code, b.code})
        second = only_event(extract(two, PUB_WED), {a.code, b.code})
        assert signature(first)[:4] == signature(second)[:4]
        assert first.status.value in HELD

    @pytest.mark.parametrize(
        ("pair", "when"),
        list(itertools.product(MINISTER_PAIRS[:5], ["last week", "next week"])),
    )
    def test_dir_tense_moves_status_and_week(self, pair, when):
        """Past tense with "last week" is occurred last week; "will" with "next week" is planned."""
        a, b = pair
        verb = "held talks with" if when == "last week" else "will hold talks with"
        text = f"{full(a)} {verb} {full(b)} {when} on grain shipments and energy security."
        event = only_event(extract(text, PUB_WED2), {a.code, b.code})
        if when == "last week":
            assert event.status.value in HELD
            assert span(event) == shift_week(PUB_WED2, -1)
        else:
            assert event.status.value == "planned"
            assert span(event) == shift_week(PUB_WED2, 1)


PASSIVE_TEMPLATES = [
    ("{na} was received by {fb} at the official residence on Monday.", "b"),
    ("Talks were held on Monday between {fa} and {fb} in {capb}.", "any"),
    ("{fa} was welcomed by {nb} in {capb} on Monday with a guard of honour.", "b"),
    ("A meeting between {na} and {nb} was held in {capb} on Monday, the ministry said.", "any"),
    ("{fa} was hosted by {fb} for a working lunch in {capb} on Monday.", "b"),
]


class TestPassive:
    """Passive voice names the same parties as the active voice."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(PASSIVE_TEMPLATES, LEADER_PAIRS[4:10])),
    )
    def test_mft_passive_held(self, template, pair):
        """A passive report gives one occurred event of both states, dated the past Monday."""
        form, who_hosts = template
        a, b = pair
        text = form.format(fa=full(a), fb=full(b), na=a.name, nb=b.name, capb=state(b).capital)
        event = only_event(extract(text, PUB_FRI), {a.code, b.code})
        assert event.kind.value in MEET_KINDS | {"visit"}
        assert event.status.value in HELD
        monday = weekday_back(PUB_FRI, 0)
        assert span(event) == (monday, monday)
        if who_hosts == "b":
            assert host(event) == b.code
        else:
            assert host(event) in {b.code, None}

    @pytest.mark.parametrize("pair", LEADER_PAIRS[:8])
    def test_inv_active_passive(self, pair):
        """An active "B received A" and a passive "A was received by B" give the same event."""
        a, b = pair
        cap = state(b).capital
        active = f"{full(b)} received {full(a)} in {cap} on Thursday for investment talks."
        passive = f"{full(a)} was received by {full(b)} in {cap} on Thursday for investment talks."
        first = only_event(extract(active, PUB_FRI), {a.code, b.code})
        second = only_event(extract(passive, PUB_FRI), {a.code, b.code})
        assert signature(first) == signature(second)
        assert host(second) == b.code


ARRIVAL_TEMPLATES = [
    "{fa} arrived in {capb} on Monday for a two-day official visit, {B}'s foreign ministry said.",
    "{capb} rolled out the red carpet on Monday for {fa}, who is on a state visit to {B}.",
    "{fb} hosted {na} in {capb} on Monday, the first such visit in years.",
]


class TestHostingArrival:
    """Arrivals and hostings are visits whose host is the receiving state."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(ARRIVAL_TEMPLATES, LEADER_PAIRS)),
    )
    def test_mft_arrival_and_hosting(self, template, pair):
        """An arrival or hosting is one visit-like event hosted by the receiving state."""
        a, b = pair
        sb = state(b)
        text = template.format(fa=full(a), fb=full(b), na=a.name, capb=sb.capital, B=sb.name)
        event = only_event(extract(text, PUB_WED), {a.code, b.code})
        assert event.kind.value in VISIT_KINDS
        assert event.status.value in ARRIVED
        assert host(event) == b.code
        assert event.date is not None
        assert event.date.start == weekday_back(PUB_WED, 0)

    @pytest.mark.parametrize("pair", PAIRS[:6])
    def test_inv_country_hosts_country(self, pair):
        """A state named as host of another state's delegation is the host, in either order."""
        a, b = pair
        group = f"{an(a.demonym)} government delegation"
        one = f"{b.name} hosted {group} in {b.capital} last week."
        two = f"{group[0].upper()}{group[1:]} was hosted by {b.name} in {b.capital} last week."
        first = only_event(extract(one, PUB_WED), {a.code, b.code})
        second = only_event(extract(two, PUB_WED), {a.code, b.code})
        assert host(first) == b.code
        assert signature(first) == signature(second)
        assert span(first) == shift_week(PUB_WED, -1)
