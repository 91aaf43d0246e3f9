"""Third blind behavioural suite of ``bilateral``: distributive and joint plurals.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``. One class
per phenomenon (SPEC section 3, "Clauses"):

* distributive plurals — "held separate talks with the leaders of A, B and C", "met them
  individually", "bilateral meetings with counterparts from …" give one bilateral event per
  partner, each held and dated as the list says;
* joint multilateral — "the leaders of A, B and C met for a trilateral summit" gives one
  event of three parties, not three bilateral ones.

Written blind on 2026-12-08 from SPEC sections 1-3, the README and the user docs, without
sight of the library's code, tests or examples.
"""

from __future__ import annotations

import datetime as dt

import pytest
from tests.blind3_fillers import (
    PLAIN,
    PUB_DAYS,
    STATE_ONLY_DAYS,
    all_parties,
    cap,
    day_span,
    key,
    pairs_on,
    weekday_ahead,
    weekday_back,
)

import bilateral

PAST_WHEN = (
    ("on Monday", lambda p: day_span(weekday_back(p, "Monday"))),
    ("on Tuesday", lambda p: day_span(weekday_back(p, "Tuesday"))),
    ("yesterday", lambda p: day_span(p - dt.timedelta(days=1))),
)

DISTRIBUTIVE = (
    "{A} held separate talks with the leaders of {x}, {y} and {z} {when}.",
    "During a stopover in {city} {when}, {A} held bilateral meetings with counterparts from "
    "{x}, {y} and {z}.",
    "{A} met the leaders of {x}, {y} and {z} individually {when}, aides said.",
    "{A} held back-to-back bilateral talks {when} with {dx}, {dy} and {dz} counterparts.",
    "{A} spoke separately by phone {when} with the leaders of {x}, {y} and {z}.",
    "In separate meetings {when}, {A} discussed trade with the foreign ministers of {x}, {y} "
    "and {z}.",
    "{A} also held one-on-one meetings {when} with the heads of government of {x}, {y} and {z}.",
    "Bilateral meetings with {x}, {y} and {z} filled {A}'s schedule {when}.",
)


def _three_partners(exclude: str, n: int) -> tuple:
    pool = [s for s in PLAIN if s.code != exclude]
    return tuple(pool[(n * 5 + k * 7) % len(pool)] for k in range(3))


def _distributive_cases() -> list[object]:
    cases = []
    for i, template in enumerate(DISTRIBUTIVE):
        for j, pub in enumerate(PUB_DAYS[:5]):
            (a, _) = pairs_on(pub, 1, rank="leader", skip=3 * i + j)[0]
            x, y, z = _three_partners(a.code, 5 * i + j)
            phrase, span = PAST_WHEN[(i + j) % len(PAST_WHEN)]
            text = template.format(
                A=a.styled,
                x=x.name,
                y=y.name,
                z=z.name,
                dx=x.demonym,
                dy=y.demonym,
                dz=z.demonym,
                when=phrase,
                city=x.capital,
            )
            dyads = sorted(key(a.code, s.code) for s in (x, y, z))
            cases.append(pytest.param(text, pub, dyads, span(pub), id=f"d{i}-{j}"))
    return cases


JOINT = (
    "The leaders of {x}, {y} and {z} met in {city} {when} for a trilateral summit.",
    "Foreign ministers of {x}, {y} and {z} held joint talks {when} on border security.",
    "{Dx}, {dy} and {dz} officials met together in {city} {when} to coordinate on fisheries.",
    "{X}, {y} and {z} held three-way talks {when} on a regional power grid.",
    "A trilateral meeting of {x}, {y} and {z} took place {when} in {city}.",
    "Negotiators from {x}, {y} and {z} met jointly {when} to revise the transit accord.",
    "The {dx}, {dy} and {dz} leaders sat down together {when} for their first trilateral "
    "summit in five years.",
    "Top diplomats of {x}, {y} and {z} gathered around one table in {city} {when}.",
)


def _joint_cases() -> list[object]:
    cases = []
    for i, template in enumerate(JOINT):
        for j in range(5):
            pub = STATE_ONLY_DAYS[(i + j) % len(STATE_ONLY_DAYS)]
            x, y, z = _three_partners("", 3 * i + 4 * j + 1)
            phrase, span = PAST_WHEN[(i + 2 * j) % len(PAST_WHEN)]
            text = template.format(
                x=x.name,
                y=y.name,
                z=z.name,
                X=cap(x.name),
                dx=x.demonym,
                dy=y.demonym,
                dz=z.demonym,
                Dx=x.demonym,
                when=phrase,
                city=x.capital,
            )
            cases.append(
                pytest.param(text, pub, key(x.code, y.code, z.code), span(pub), id=f"j{i}-{j}")
            )
    return cases


class TestDistributivePlural:
    """Minimum functionality: one bilateral event per partner of a distributive plural."""

    @pytest.mark.parametrize(("text", "pub", "dyads", "span"), _distributive_cases())
    def test_one_event_per_partner(self, text, pub, dyads, span):
        """Separate or individual meetings with three states are three dated bilateral events."""
        events = bilateral.extract(text, published=pub)
        assert all_parties(events) == dyads
        for event in events:
            assert event.status.value == "occurred"
            assert event.date is not None
            assert (event.date.start, event.date.end, event.date.granularity.value) == span


class TestJointMultilateral:
    """Minimum functionality: a joint meeting of three states is one multilateral event."""

    @pytest.mark.parametrize(("text", "pub", "codes", "span"), _joint_cases())
    def test_one_joint_event(self, text, pub, codes, span):
        """A trilateral or joint meeting is one event of the three states, not three."""
        events = bilateral.extract(text, published=pub)
        assert all_parties(events) == [codes]
        assert events[0].status.value == "occurred"
        assert events[0].date is not None
        assert (events[0].date.start, events[0].date.end) == span[:2]

    @pytest.mark.parametrize("n", range(6))
    def test_planned_trilateral(self, n):
        """A planned trilateral summit is one planned event of the three states."""
        x, y, z = _three_partners("", 11 * n + 2)
        text = f"{cap(x.name)}, {y.name} and {z.name} will hold a trilateral summit on Friday."
        pub = dt.date(2026, 2, 18)
        events = bilateral.extract(text, published=pub)
        assert all_parties(events) == [key(x.code, y.code, z.code)]
        friday = weekday_ahead(pub, "Friday")
        assert events[0].status.value == "planned"
        assert (events[0].date.start, events[0].date.end) == (friday, friday)
