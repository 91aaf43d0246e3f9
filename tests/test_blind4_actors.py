"""Blind behavioural suite 4: titles without names, names without titles, and metonymy.

CheckList-style (Ribeiro et al. 2020) cases built from templates x fillers. An official named by
title alone is placed by the demonym or possessive beside the title; one named without a title is
placed by the roster of office holders at the event's date (SPEC 3, Actors); capitals, demonyms,
"the Kremlin" and "the White House" stand for their states (SPEC 3, Countries).
Minimum-functionality and invariance cases. Written blind on 2026-12-08 from SPEC sections 1-3,
the README and the user docs only.
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
    sentence,
    signature,
    span,
    state,
    weekday_back,
)

TITLE_TEMPLATES = [
    ("The {dA} interior minister met the {dB} finance minister on Monday, a readout said.", None),
    ("{A}'s foreign minister held talks with {B}'s foreign minister in {capb} on Monday.", None),
    ("{A}'s defence minister hosted the {dB} defence minister in {capa} on Monday.", "a"),
    ("{dA} and {dB} trade ministers met on Monday on the margins of a regional forum.", None),
    ("The {dA} head of state received the {dB} foreign minister at the palace on Monday.", "a"),
]


def _check_participant(event, official):
    """Assert that the event names the official with the state they serve."""
    placed = [
        (p.name, None if p.country is None else p.country.alpha_3) for p in event.participants
    ]
    hits = [code for name, code in placed if name and official.surname in name]
    assert official.code in hits, f"{official.name} ({official.code}) not among {placed}"


class TestTitlesWithoutNames:
    """An official named only by title is placed by the demonym or possessive beside it."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(TITLE_TEMPLATES, PAIRS[:6])),
    )
    def test_mft_title_only(self, template, pair):
        """Title-only officials make one held event of the two states they serve."""
        form, who_hosts = template
        a, b = pair
        text = form.format(
            A=a.name, B=b.name, dA=a.demonym, dB=b.demonym, capa=a.capital, capb=b.capital
        )
        event = only_event(extract(sentence(text), PUB_WED), {a.code, b.code})
        assert event.kind.value in MEET_KINDS | VISIT_KINDS
        assert event.status.value == "occurred"
        monday = weekday_back(PUB_WED, 0)
        assert span(event) == (monday, monday)
        if who_hosts == "a":
            assert host(event) == a.code

    @pytest.mark.parametrize("pair", LEADER_PAIRS[:5])
    def test_inv_name_for_title(self, pair):
        """Replacing a named leader by "the <demonym> <title>" leaves the event unchanged."""
        a, b = pair
        sa, sb = state(a), state(b)
        named = f"{full(a)} met {full(b)} in {sb.capital} on Monday."
        titled = (
            f"The {sa.demonym} {a.title.lower()} met the {sb.demonym} {b.title.lower()} "
            f"in {sb.capital} on Monday."
        )
        first = only_event(extract(named, PUB_WED), {a.code, b.code})
        second = only_event(extract(titled, PUB_WED), {a.code, b.code})
        assert signature(first) == signature(second)


NAME_TEMPLATES = [
    "{na} met {nb} on Monday in {capb} for talks that ran into the evening.",
    "{na} and {nb} held talks on Monday, their second meeting this year.",
    "On Monday {na} hosted {nb} in {capa} for a working dinner.",
]


class TestNamesWithoutTitles:
    """A bare name is placed by the roster of office holders at the event's date."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(NAME_TEMPLATES, MINISTER_PAIRS)),
    )
    def test_mft_full_name_only(self, template, pair):
        """Full names without titles give the states the roster assigns them."""
        a, b = pair
        text = template.format(na=a.name, nb=b.name, capa=state(a).capital, capb=state(b).capital)
        event = only_event(extract(text, PUB_WED2), {a.code, b.code})
        assert event.status.value == "occurred"
        monday = weekday_back(PUB_WED2, 0)
        assert span(event) == (monday, monday)
        _check_participant(event, a)
        _check_participant(event, b)

    @pytest.mark.parametrize("pair", LEADER_PAIRS)
    def test_mft_surname_only(self, pair):
        """Surnames alone, as headlines write them, still place both leaders by the roster."""
        a, b = pair
        text = f"{a.surname}, {b.surname} hold talks as trade row simmers"
        event = only_event(extract(text, PUB_WED2), {a.code, b.code})
        assert event.kind.value in MEET_KINDS

    @pytest.mark.parametrize("pair", MINISTER_PAIRS)
    def test_inv_title_dropped(self, pair):
        """Dropping titles and demonyms from named ministers leaves the event unchanged."""
        a, b = pair
        titled = f"{full(a)} held talks with {full(b)} on Tuesday in {state(b).capital}."
        bare = f"{a.name} held talks with {b.name} on Tuesday in {state(b).capital}."
        first = only_event(extract(titled, PUB_FRI), {a.code, b.code})
        second = only_event(extract(bare, PUB_FRI), {a.code, b.code})
        assert signature(first) == signature(second)


class TestCapitalsDemonymsMetonyms:
    """Capitals, demonyms and seats of government stand for their states."""

    @pytest.mark.parametrize("pair", PAIRS)
    def test_inv_capital_for_name(self, pair):
        """Naming the states by their capitals gives the same event as naming them."""
        a, b = pair
        form = "{x} and {y} held a fresh round of talks on Monday after months of silence."
        named = form.format(x=a.name, y=b.name)
        capitals = form.format(x=a.capital, y=b.capital)
        first = only_event(extract(named, PUB_WED), {a.code, b.code})
        second = only_event(extract(capitals, PUB_WED), {a.code, b.code})
        assert signature(first) == signature(second)

    @pytest.mark.parametrize("pair", PAIRS)
    def test_mft_demonyms(self, pair):
        """Demonyms in adjective position name the parties."""
        a, b = pair
        text = f"{an(a.demonym)} delegation met {b.demonym} officials in {b.capital} on Monday."
        event = only_event(extract(sentence(text), PUB_WED), {a.code, b.code})
        assert event.status.value == "occurred"
        assert host(event) in {b.code, None}

    @pytest.mark.parametrize("pair", PAIRS)
    def test_mft_possessive_capitals(self, pair):
        """A capital's possessive ("Tokyo's top diplomat") places the official."""
        a, b = pair
        text = f"{a.capital}'s top diplomat sat down with {b.capital}'s envoy on Monday."
        event = only_event(extract(text, PUB_WED), {a.code, b.code})
        assert event.kind.value in MEET_KINDS
        assert span(event) == (weekday_back(PUB_WED, 0),) * 2

    @pytest.mark.parametrize(
        ("seat", "partner"),
        list(itertools.product(["the Kremlin", "the White House"], [p[0] for p in PAIRS[:5]])),
    )
    def test_mft_seat_of_government(self, seat, partner):
        """The Kremlin and the White House host as Russia and the United States."""
        code = "RUS" if seat == "the Kremlin" else "USA"
        text = f"{sentence(seat)} hosted {an(partner.demonym)} delegation on Monday for talks."
        event = only_event(extract(text, PUB_WED), {code, partner.code})
        assert host(event) == code
        assert event.status.value == "occurred"
