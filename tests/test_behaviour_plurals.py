"""Behavioural suite (issue #12): distributive plurals, and joint multilateral events.

Written blind from SPEC §1–3; see ``tests/behaviour_fillers.py`` for the fillers and helpers.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.behaviour_fillers import (
    FRI,
    MON,
    NEXT_WEEK,
    QUADS,
    SAT,
    TRIPLES,
    TUE,
    State,
    date_of,
    events,
    expect,
    grid,
    ids,
    one,
    parties,
    say,
)

# template: (kind, status, date); ``a`` meets each of ``b``, ``c`` and ``d`` on its own
SEPARATE: dict[str, tuple[str, str, str, Any]] = {
    "separate-meetings": (
        "{a.full} held separate meetings with the leaders of {b.name}, {c.name} and {d.name}"
        " on Tuesday.",
        "meeting",
        "occurred",
        TUE,
    ),
    "bilateral-sidelines": (
        "On the sidelines of the summit on Monday, {a.full} held bilateral meetings with the"
        " leaders of {b.name}, {c.name} and {d.name}.",
        "meeting",
        "occurred",
        MON,
    ),
    "separate-talks": (
        "{a.full} held separate talks with {b.full}, {c.full} and {d.full} on Monday.",
        "talks",
        "occurred",
        MON,
    ),
    "spoke-separately": (
        "{a.full} spoke separately by phone with {b.full}, {c.full} and {d.full} on Saturday.",
        "call",
        "occurred",
        SAT,
    ),
    "separate-calls": (
        "{a.full} held separate phone calls with the leaders of {b.name}, {c.name} and"
        " {d.name} on Tuesday.",
        "call",
        "occurred",
        TUE,
    ),
    "individually": (
        "{a.full} met the leaders of {b.name}, {c.name} and {d.name} individually on Monday.",
        "meeting",
        "occurred",
        MON,
    ),
    "will-bilateral-talks": (
        "{a.full} will hold bilateral talks with {b.name}, {c.name} and {d.name} next week.",
        "talks",
        "planned",
        NEXT_WEEK,
    ),
}

# template: (kind or None, status, date, host role or None); one event of a, b and c
JOINT: dict[str, tuple[str, str | None, str, Any, str | None]] = {
    "trilateral": (
        "The leaders of {a.name}, {b.name} and {c.name} met for a trilateral summit in"
        " {a.capital} on Tuesday.",
        None,
        "occurred",
        TUE,
        None,
    ),
    "joint-talks": (
        "{a.full}, {b.full} and {c.full} held joint talks on Monday.",
        "talks",
        "occurred",
        MON,
        None,
    ),
    "ministers-together": (
        "The foreign ministers of {a.name}, {b.name} and {c.name} will meet together in"
        " {b.capital} next week.",
        None,
        "planned",
        NEXT_WEEK,
        None,
    ),
    "hosted-both": (
        "{a.full} hosted {b.full} and {c.full} for a trilateral summit in {a.capital} on Saturday.",
        "summit",
        "occurred",
        SAT,
        "a",
    ),
    "three-way-call": (
        "{a.full}, {b.full} and {c.full} held a three-way phone call on Monday.",
        "call",
        "occurred",
        MON,
        None,
    ),
    "joint-meeting": (
        "{a.full} will hold a joint meeting with {b.full} and {c.full} on Friday.",
        None,
        "planned",
        FRI,
        None,
    ),
}


def _bilateral(text: str) -> list[tuple[Any, ...]]:
    """Kind, status, parties and date of the text's events of two states, in a stable order."""
    found = [e for e in events(text) if len(e["countries"]) == 2]
    return sorted(((e["kind"], e["status"], e["countries"], date_of(e)) for e in found), key=repr)


@pytest.mark.phenomenon("distributive plurals")
class TestDistributive:
    """Separate or bilateral meetings with A, B and C are one bilateral event per partner."""

    @pytest.mark.parametrize(("case", "a", "b", "c", "d"), grid(SEPARATE, QUADS))
    def test_mft_one_event_per_partner(
        self, case: tuple[str, str, str, Any], a: State, b: State, c: State, d: State
    ) -> None:
        """Three partners give three bilateral events, each with the clause's kind and date."""
        template, kind, status, span = case
        text = say(template, a=a, b=b, c=c, d=d)
        want = sorted(((kind, status, parties(a, p), span) for p in (b, c, d)), key=repr)
        assert _bilateral(text) == want, text
        assert all(len(e["countries"]) == 2 for e in events(text) if "sidelines" not in template)

    @pytest.mark.parametrize(("a", "b", "c", "d"), QUADS, ids=ids)
    def test_inv_order_of_partners(self, a: State, b: State, c: State, d: State) -> None:
        """Listing the partners in another order gives the same events."""
        text = "{a.full} held separate talks with the leaders of {b.name}, {c.name} and {d.name}."
        assert _bilateral(say(text, a=a, b=b, c=c, d=d)) == _bilateral(
            say(text, a=a, b=d, c=b, d=c)
        )

    @pytest.mark.parametrize(("a", "b", "c", "d"), QUADS, ids=ids)
    def test_dir_joint_makes_one_event(self, a: State, b: State, c: State, d: State) -> None:
        """Changing "separate" to "joint" turns three bilateral events into one of four states."""
        text = "{a.full} held {mode} talks with the leaders of {b.name}, {c.name} and {d.name}."
        separate = events(say(text.replace("{mode}", "separate"), a=a, b=b, c=c, d=d))
        joint = events(say(text.replace("{mode}", "joint"), a=a, b=b, c=c, d=d))
        assert sorted(e["countries"] for e in separate) == sorted(parties(a, p) for p in (b, c, d))
        assert [e["countries"] for e in joint] == [parties(a, b, c, d)]


@pytest.mark.phenomenon("joint multilateral")
class TestJointMultilateral:
    """Joint meetings of three or more states are one multilateral event."""

    @pytest.mark.parametrize(("case", "a", "b", "c"), grid(JOINT, TRIPLES))
    def test_mft_one_joint_event(
        self, case: tuple[str, str | None, str, Any, str | None], a: State, b: State, c: State
    ) -> None:
        """Each joint wording gives one event of the three states."""
        template, kind, status, span, host = case
        event = one(say(template, a=a, b=b, c=c))
        expect(event, countries=parties(a, b, c), status=status, date=span)
        if kind is not None:
            expect(event, kind=kind)
        if host is not None:
            expect(event, host=a.code)

    @pytest.mark.parametrize(("a", "b", "c", "d"), QUADS, ids=ids)
    def test_mft_four_nation_summit(self, a: State, b: State, c: State, d: State) -> None:
        """Four states gathering for a summit are one summit of four."""
        text = say(
            "Leaders of {a.name}, {b.name}, {c.name} and {d.name} gathered in {a.capital} for a"
            " four-nation summit on Tuesday.",
            a=a,
            b=b,
            c=c,
            d=d,
        )
        expect(one(text), kind="summit", status="occurred", countries=parties(a, b, c, d), date=TUE)

    @pytest.mark.parametrize(("a", "b", "c"), TRIPLES, ids=ids)
    def test_inv_order_of_states(self, a: State, b: State, c: State) -> None:
        """Listing the three states in another order gives the same event."""
        text = "{a.full}, {b.full} and {c.full} held joint talks on Monday."
        first, second = one(say(text, a=a, b=b, c=c)), one(say(text, a=c, b=a, c=b))
        assert (first["countries"], date_of(first)) == (second["countries"], date_of(second))

    @pytest.mark.parametrize(("a", "b", "c"), TRIPLES, ids=ids)
    def test_dir_separate_splits(self, a: State, b: State, c: State) -> None:
        """ "Joint" talks of A with B and C are one event; "separate" ones are two."""
        text = "{a.full} held {mode} talks with {b.full} and {c.full} on Monday."
        joint = one(say(text.replace("{mode}", "joint"), a=a, b=b, c=c))
        expect(joint, countries=parties(a, b, c))
        separate = events(say(text.replace("{mode}", "separate"), a=a, b=b, c=c))
        assert sorted(e["countries"] for e in separate) == sorted([parties(a, b), parties(a, c)])
