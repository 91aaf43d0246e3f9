"""Blind behavioural suite 4: relative dates resolved by tense, and reported speech.

CheckList-style (Ribeiro et al. 2020) cases built from templates x fillers. Relative dates are
anchored on the publication date and take their direction from the tense of the event's clause
(SPEC 3, Dates); the date of a reporting clause ("said on Monday") never dates the event (SPEC 3,
Clauses). Minimum-functionality, invariance and directional cases. Written blind on 2026-12-08
from SPEC sections 1-3, the README and the user docs only.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from tests.blind4_fillers import (
    MONTHS,
    PAIRS,
    PUB_FRI,
    PUB_THU,
    PUB_WED3,
    an,
    day,
    extract,
    month_span,
    only_event,
    sentence,
    shift_month,
    shift_week,
    signature,
    span,
    weekday_ahead,
    weekday_back,
)

P = PUB_WED3  # Wednesday 8 May 2024
PAST = "The foreign ministers of {A} and {B} met {when} in {capa}, officials said."
FUTURE = "The foreign ministers of {A} and {B} will meet {when} in {capa}, officials said."
FRONT_PAST = "{When}, the foreign ministers of {A} and {B} held talks in {capa}."
FRONT_FUTURE = "{When}, the foreign ministers of {A} and {B} are set to hold talks in {capa}."

DATE_CASES = [
    ("on Thursday", PAST, "occurred", day(weekday_back(P, 3))),
    ("on Thursday", FUTURE, "planned", day(weekday_ahead(P, 3))),
    ("last week", PAST, "occurred", shift_week(P, -1)),
    ("next week", FUTURE, "planned", shift_week(P, 1)),
    ("earlier this month", PAST, "occurred", month_span(2024, 5)),
    ("later this month", FUTURE, "planned", month_span(2024, 5)),
    ("last month", FRONT_PAST, "occurred", shift_month(P, -1)),
    ("next month", FRONT_FUTURE, "planned", shift_month(P, 1)),
    ("in February", PAST, "occurred", month_span(2024, 2)),
    ("in February", FUTURE, "planned", month_span(2025, 2)),
    ("two weeks ago", PAST, "occurred", shift_week(P, -2)),
    ("yesterday", FRONT_PAST, "occurred", day(P - dt.timedelta(days=1))),
    ("tomorrow", FRONT_FUTURE, "planned", day(P + dt.timedelta(days=1))),
    ("in two weeks", FUTURE, "planned", shift_week(P, 2)),
    ("on May 2", PAST, "occurred", day(dt.date(2024, 5, 2))),
    ("on May 20", FUTURE, "planned", day(dt.date(2024, 5, 20))),
]


class TestRelativeDatesByTense:
    """Relative dates resolve against the publication date in the direction of the tense."""

    @pytest.mark.parametrize(
        ("case", "pair"),
        list(itertools.product(DATE_CASES, PAIRS[:2])),
    )
    def test_mft_relative_date(self, case, pair):
        """Each relative expression dates the event as SPEC resolves it against `published`."""
        when, template, status, expected = case
        a, b = pair
        text = template.format(A=a.name, B=b.name, capa=a.capital, when=when, When=sentence(when))
        event = only_event(extract(text, P), {a.code, b.code})
        assert event.status.value == status
        assert span(event) == expected

    @pytest.mark.parametrize("pair", PAIRS[2:8])
    def test_dir_weekday_follows_tense(self, pair):
        """The same "on Monday" is the past Monday after "met" and the next one after "will"."""
        a, b = pair
        held = PAST.format(A=a.name, B=b.name, capa=a.capital, when="on Monday")
        coming = FUTURE.format(A=a.name, B=b.name, capa=a.capital, when="on Monday")
        first = only_event(extract(held, PUB_THU), {a.code, b.code})
        second = only_event(extract(coming, PUB_THU), {a.code, b.code})
        assert span(first) == day(weekday_back(PUB_THU, 0))
        assert span(second) == day(weekday_ahead(PUB_THU, 0))
        assert (first.status.value, second.status.value) == ("occurred", "planned")


REPORTED = [
    (
        "{A}'s foreign ministry said on Monday that the foreign ministers of {A} and {B} "
        "would meet next week.",
        "planned",
        shift_week(P, 1),
    ),
    (
        "Speaking to reporters on Tuesday, {an_dA} government spokesperson said the leaders of "
        "{A} and {B} will hold talks in {next_month}.",
        "planned",
        shift_month(P, 1),
    ),
    (
        "“{A} and {B} will hold talks next month,” a spokesperson for the {dB} foreign ministry "
        "told reporters on Monday.",
        "planned",
        shift_month(P, 1),
    ),
    (
        "The leaders of {A} and {B} met last week, state media reported on Tuesday.",
        "occurred",
        shift_week(P, -1),
    ),
    (
        "According to a statement released on Friday, {dA} and {dB} defence ministers held "
        "talks in {last_month}.",
        "occurred",
        shift_month(P, -1),
    ),
    (
        "{B}'s ambassador told a news conference on Monday that talks between {A} and {B} "
        "would take place on Thursday.",
        "planned",
        day(weekday_ahead(P, 3)),
    ),
]


def _fill(template, a, b):
    """Fill a reported-speech template for two states."""
    return sentence(
        template.format(
            A=a.name,
            B=b.name,
            dA=a.demonym,
            dB=b.demonym,
            an_dA=an(a.demonym),
            next_month=MONTHS[P.month % 12],
            last_month=MONTHS[P.month - 2],
        )
    )


class TestReportedSpeech:
    """The date of the reporting clause never dates the reported event."""

    @pytest.mark.parametrize(
        ("case", "pair"),
        list(itertools.product(REPORTED, PAIRS[3:8])),
    )
    def test_mft_reported_event_date(self, case, pair):
        """The event takes the date of its own clause, not the day something was said."""
        template, status, expected = case
        a, b = pair
        event = only_event(extract(_fill(template, a, b), P), {a.code, b.code})
        assert event.status.value == status
        assert span(event) == expected

    @pytest.mark.parametrize("pair", PAIRS[:5])
    def test_inv_reporting_day_changed(self, pair):
        """Changing the day of the statement leaves the reported meeting unchanged."""
        a, b = pair
        form = "{A} said on {day} that its president would visit {B} on May 20."
        one = form.format(A=a.name, B=b.name, day="Monday")
        two = form.format(A=a.name, B=b.name, day="Friday")
        first = only_event(extract(one, PUB_WED3), {a.code, b.code})
        second = only_event(extract(two, PUB_WED3), {a.code, b.code})
        assert signature(first) == signature(second)
        assert span(first) == day(dt.date(2024, 5, 20))

    @pytest.mark.parametrize("pair", PAIRS[5:10])
    def test_inv_direct_and_indirect_speech(self, pair):
        """A direct quote and its indirect paraphrase give the same planned event."""
        a, b = pair
        quote = (
            f"“Our foreign minister will travel to {b.capital} next week for talks with "
            f"{b.demonym} officials,” {a.name}'s foreign ministry said on Thursday."
        )
        indirect = (
            f"{a.name}'s foreign ministry said on Thursday that its foreign minister would "
            f"travel to {b.capital} next week for talks with {b.demonym} officials."
        )
        first = only_event(extract(quote, PUB_FRI), {a.code, b.code})
        second = only_event(extract(indirect, PUB_FRI), {a.code, b.code})
        assert signature(first) == signature(second)
        assert first.status.value == "planned"
        assert span(first) == shift_week(PUB_FRI, 1)
