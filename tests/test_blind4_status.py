"""Blind behavioural suite 4: planned events, cancellation and postponement, and polarity.

CheckList-style (Ribeiro et al. 2020) cases built from templates x fillers. Planned events come
from "will", "plans to", "is set to", "is expected to", "is due to"; a cancelled or postponed
event keeps the date it had been planned for; negation, denial, "no plans", conditionals,
hypotheticals and refused invitations give no event. Minimum-functionality, invariance and
directional cases. Written blind on 2026-12-08 from SPEC sections 1-3, the README and the user
docs only.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from tests.blind4_fillers import (
    LEADER_PAIRS,
    MEET_KINDS,
    MINISTER_PAIRS,
    MONTHS,
    PUB_WED,
    PUB_WED2,
    TALK_KINDS,
    VISIT_KINDS,
    extract,
    full,
    host,
    no_event,
    only_event,
    sentence,
    shift_week,
    span,
    spoken,
    state,
)

MODALS = [
    "will meet",
    "plans to meet",
    "is set to meet",
    "is expected to meet",
    "is due to meet",
    "is scheduled to hold talks with",
]

PLANNED_TEMPLATES = [
    "{fa} {m} {fb} in {capb} next week, a spokesperson confirmed on Tuesday.",
    "Next week, {fa} {m} {fb} in {capb} in what aides describe as a reset of ties.",
]


class TestPlanned:
    """Modal and scheduling wordings make a planned event dated by its own clause."""

    @pytest.mark.parametrize(
        ("modal", "template", "pair"),
        list(itertools.product(MODALS, PLANNED_TEMPLATES, LEADER_PAIRS[:3])),
    )
    def test_mft_planned_next_week(self, modal, template, pair):
        """Each planning wording gives one planned event dated next ISO week."""
        a, b = pair
        text = template.format(fa=full(a), fb=full(b), m=modal, capb=state(b).capital)
        event = only_event(extract(text, PUB_WED), {a.code, b.code})
        assert event.kind.value in MEET_KINDS
        assert event.status.value == "planned"
        assert span(event) == shift_week(PUB_WED, 1)
        assert host(event) in {b.code, None}

    @pytest.mark.parametrize("pair", MINISTER_PAIRS + LEADER_PAIRS[5:6])
    def test_dir_held_to_will(self, pair):
        """Turning "held talks" into "will hold talks" turns occurred into planned."""
        a, b = pair
        past = f"{full(a)} held talks with {full(b)} last week in {state(b).capital}."
        future = f"{full(a)} will hold talks with {full(b)} next week in {state(b).capital}."
        held = only_event(extract(past, PUB_WED2), {a.code, b.code})
        planned = only_event(extract(future, PUB_WED2), {a.code, b.code})
        assert held.status.value == "occurred"
        assert planned.status.value == "planned"
        assert held.kind.value in TALK_KINDS
        assert planned.kind.value in TALK_KINDS


ORIGINAL = dt.date(2024, 3, 20)
CANCEL_TEMPLATES = [
    (
        "A meeting between {fa} and {fb} planned for {d} was called off on Monday after a "
        "row over fishing rights.",
        "cancelled",
    ),
    (
        "{fa} has cancelled a visit to {B} that had been set for {d}, {dA} officials said.",
        "c",
    ),
    ("{B} scrapped talks with {A} set for {d}, citing the security situation.", "cancelled"),
    (
        "Talks between {fa} and {fb}, originally set for {d}, have been postponed to late "
        "April, both foreign ministries said.",
        "postponed",
    ),
    ("{fa}'s trip to {capb}, pencilled in for {d}, was pushed back by several weeks.", "p"),
    ("{A} and {B} put off talks that had been due on {d}; no new date was given.", "postponed"),
]
STATUS = {"c": "cancelled", "p": "postponed", "cancelled": "cancelled", "postponed": "postponed"}


class TestCancelPostpone:
    """Cancelled and postponed events keep the date they had been planned for."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(CANCEL_TEMPLATES, LEADER_PAIRS[5:10])),
    )
    def test_mft_keeps_original_date(self, template, pair):
        """The event is cancelled or postponed and dated March 20, not the decision or new date."""
        form, status = template
        a, b = pair
        sa, sb = state(a), state(b)
        text = form.format(
            fa=full(a),
            fb=full(b),
            A=sa.name,
            B=sb.name,
            dA=sa.demonym,
            capb=sb.capital,
            d=spoken(ORIGINAL),
        )
        event = only_event(extract(text, PUB_WED), {a.code, b.code})
        assert event.kind.value in TALK_KINDS | VISIT_KINDS
        assert event.status.value == STATUS[status]
        assert span(event) == (ORIGINAL, ORIGINAL)

    @pytest.mark.parametrize("pair", LEADER_PAIRS[:5])
    def test_dir_planned_then_called_off(self, pair):
        """Adding "was called off" to a planned meeting changes its status but not its date."""
        a, b = pair
        d = spoken(ORIGINAL)
        planned = f"{full(a)} will meet {full(b)} on {d} in {state(b).capital}."
        off = f"A meeting of {full(a)} and {full(b)} in {state(b).capital} on {d} was called off."
        first = only_event(extract(planned, PUB_WED), {a.code, b.code})
        second = only_event(extract(off, PUB_WED), {a.code, b.code})
        assert first.status.value == "planned"
        assert second.status.value == "cancelled"
        assert span(first) == span(second) == (ORIGINAL, ORIGINAL)


NEGATED = [
    "{fa} did not meet {fb} during the conference, despite reports of a possible encounter.",
    "{B}'s foreign ministry denied reports that {fa} had secretly met {fb} last week.",
    "There are no plans for {fa} to meet {fb}, a government spokesperson said on Tuesday.",
    "If the ceasefire holds, {fa} could meet {fb} next month, a diplomat speculated.",
    "{fa} declined an invitation from {fb} to visit {capb}, citing a busy domestic calendar.",
    "{fa} has ruled out any meeting with {fb} this year.",
    "Had the flights not been grounded, {fa} would have held talks with {fb} in {capb}.",
    "{A} turned down {B}'s offer to host talks, saying the time was not right.",
]


class TestPolarity:
    """Negation, denial, no plans, conditionals, hypotheticals and refusals give no event."""

    @pytest.mark.parametrize(
        ("template", "pair"),
        list(itertools.product(NEGATED, MINISTER_PAIRS[:4])),
    )
    def test_mft_no_event(self, template, pair):
        """A negated, denied, conditional, hypothetical or refused meeting gives no event."""
        a, b = pair
        sa, sb = state(a), state(b)
        text = template.format(fa=full(a), fb=full(b), A=sa.name, B=sb.name, capb=sb.capital)
        text = sentence(text)
        no_event(extract(text, PUB_WED2), {a.code, b.code})

    @pytest.mark.parametrize(
        ("pair", "negation"),
        list(
            zip(
                LEADER_PAIRS[:6],
                [
                    "did not meet",
                    "never met",
                    "refused to meet",
                    "failed to meet",
                    "has no plans to meet",
                    "will not meet",
                ],
                strict=True,
            )
        ),
    )
    def test_dir_negation_removes_event(self, pair, negation):
        """The affirmative sentence gives an event; the negated one gives none."""
        a, b = pair
        month = MONTHS[PUB_WED2.month - 2]
        positive = f"{full(a)} met {full(b)} in {month} in {state(b).capital}."
        negative = f"{full(a)} {negation} {full(b)} in {month} in {state(b).capital}."
        only_event(extract(positive, PUB_WED2), {a.code, b.code})
        no_event(extract(negative, PUB_WED2), {a.code, b.code})
