"""Behavioural suite (issue #12): non-events with country words, headline and paraphrase, and
relative clauses and appositions.

Written blind from SPEC §1–3; see ``tests/behaviour_fillers.py`` for the fillers and helpers.
"""

from __future__ import annotations

from typing import Any

import pytest
from tests.behaviour_fillers import (
    FIVE_PAIRS,
    FRI,
    JUNE_20,
    LAST_MONTH,
    LAST_WEEK,
    MON,
    NEXT_MONTH,
    NEXT_WEEK,
    SAT,
    THREE_PAIRS,
    TRIPLES,
    TUE,
    State,
    by_parties,
    core,
    cores,
    events,
    expect,
    grid,
    ids,
    one,
    parties,
    say,
)

NON_EVENTS = {
    "sanctions": "{a.name} imposed new sanctions on {b.name} on Monday.",
    "exports": "{a.adj} exports to {b.name} rose by five percent last month.",
    "football-beat": "{a.name} beat {b.name} 2-1 in a World Cup qualifier on Tuesday.",
    "football-meet": "{a.name} will meet {b.name} in the World Cup quarter-finals next week.",
    "called-for-talks": "{a.full} called for talks with {b.name} on the border dispute.",
    "tariffs": "{a.name} raised tariffs on {b.adj} steel on Monday.",
    "ambassador": "{a.name} recalled its ambassador to {b.name} on Tuesday.",
    "tourists": "Record numbers of {a.adj} tourists visited {b.name} last year.",
    "team-travels": "The {a.adj} football team will travel to {b.name} next week for a friendly.",
    "criticised": "{a.full} criticised {b.name}'s trade policy in a speech on Monday.",
    "court": "A {a.adj} court on Monday fined the {b.adj} owner of a cargo ship.",
}

# (headline, body, kind or None, status, date, host role or None): one real-world event
HEADLINES: dict[str, tuple[str, str, str | None, str, Any, str | None]] = {
    "meet": (
        "{a.leader} and {b.leader} meet in {b.capital}",
        "{a.full} met {b.full} in {b.capital} on Monday. The two leaders discussed trade and"
        " security during the meeting, which lasted three hours.",
        None,
        "occurred",
        MON,
        None,
    ),
    "to-visit": (
        "{a.leader} to visit {b.name} next week",
        "{a.full} will visit {b.name} next week, the foreign ministry said on Tuesday. The"
        " visit will be {a.short}'s first to {b.name} as leader.",
        "visit",
        "planned",
        NEXT_WEEK,
        "b",
    ),
    "phone": (
        "{a.leader}, {b.leader} hold phone call",
        "{a.full} spoke by phone with {b.full} on Tuesday. During the call, the two leaders"
        " discussed energy prices. The call lasted about an hour.",
        "call",
        "occurred",
        TUE,
        None,
    ),
    "summit": (
        "{a.adj}-{b.adj} summit held in {a.capital}",
        "{a.full} hosted {b.full} for a summit in {a.capital} on Saturday. At the summit, the"
        " two leaders agreed to expand cooperation on energy.",
        None,
        "occurred",
        SAT,
        "a",
    ),
    "talks-planned": (
        "{a.adj} and {b.adj} ministers to hold talks",
        "{a.minister} and {b.minister} will hold talks on Friday. The talks are expected to"
        " focus on migration, a spokesperson said on Monday.",
        "talks",
        "planned",
        FRI,
        None,
    ),
    "postponed": (
        "{a.leader}'s visit to {b.name} postponed",
        "{a.full}'s visit to {b.name}, scheduled for June 20, has been postponed. The visit had"
        " been announced last month.",
        "visit",
        "postponed",
        JUNE_20,
        "b",
    ),
}

# template, then for each of its two events: (parties as roles, expected fields)
RELATIVE: dict[str, tuple[str, str, dict[str, Any], str, dict[str, Any]]] = {
    "who-met": (
        "{a.full}, who met {b.full} last week, will visit {c.name} on Friday.",
        "ab",
        {"status": "occurred", "date": LAST_WEEK},
        "ac",
        {"kind": "visit", "status": "planned", "date": FRI, "host": "c"},
    ),
    "who-called": (
        "{a.full}, who spoke by phone with {b.full} on Monday, will meet {c.full} on Friday.",
        "ab",
        {"kind": "call", "status": "occurred", "date": MON},
        "ac",
        {"status": "planned", "date": FRI},
    ),
    "fresh-from": (
        "{a.full}, fresh from talks with {b.full} on Monday, will visit {c.name} next week.",
        "ab",
        {"kind": "talks", "status": "occurred", "date": MON},
        "ac",
        {"kind": "visit", "status": "planned", "date": NEXT_WEEK, "host": "c"},
    ),
    "who-is-due": (
        "{a.full}, who is due to visit {b.name} next week, met {c.full} on Monday.",
        "ab",
        {"kind": "visit", "status": "planned", "date": NEXT_WEEK, "host": "b"},
        "ac",
        {"status": "occurred", "date": MON},
    ),
    "who-visited": (
        "{a.full}, who visited {b.name} last month, held talks with {c.full} on Tuesday.",
        "ab",
        {"kind": "visit", "status": "occurred", "date": LAST_MONTH, "host": "b"},
        "ac",
        {"kind": "talks", "status": "occurred", "date": TUE},
    ),
    "whom-hosted": (
        "{c.full}, whom {a.full} hosted in {a.capital} on Saturday, will meet {b.full} next week.",
        "ac",
        {"status": "occurred", "date": SAT, "host": "a"},
        "bc",
        {"status": "planned", "date": NEXT_WEEK},
    ),
}


def _article(headline: str, body: str, **states: State) -> str:
    """A headline, a blank line and the body, as a news article is laid out."""
    return f"{say(headline, **states)}\n\n{say(body, **states)}"


def _roles(fields: dict[str, Any], roles: dict[str, State]) -> dict[str, Any]:
    """Expected fields with a host role ("a", "b", "c") replaced by its state's code."""
    return {key: roles[value].code if key == "host" else value for key, value in fields.items()}


@pytest.mark.phenomenon("non-events")
class TestNonEvents:
    """Country words in sanctions, trade, sport or calls for talks are no meeting."""

    @pytest.mark.parametrize(("template", "a", "b"), grid(NON_EVENTS, THREE_PAIRS))
    def test_mft_no_event(self, template: str, a: State, b: State) -> None:
        """A sentence with two states but no meeting between them gives no event."""
        text = say(template, a=a, b=b)
        assert events(text) == [], text

    @pytest.mark.parametrize(("a", "b"), THREE_PAIRS, ids=ids)
    def test_inv_team_names(self, a: State, b: State) -> None:
        """A sports result stays a non-event whichever the teams."""
        assert events(f"{b.name} drew 1-1 with {a.name} in a friendly on Saturday.") == []

    @pytest.mark.parametrize(("a", "b"), THREE_PAIRS, ids=ids)
    def test_dir_called_for_to_held(self, a: State, b: State) -> None:
        """ "Called for talks with" is no event; "held talks with" is one."""
        assert events(f"{a.full} called for talks with {b.full} on Monday.") == []
        expect(one(f"{a.full} held talks with {b.full} on Monday."), countries=parties(a, b))

    @pytest.mark.parametrize(("a", "b"), THREE_PAIRS, ids=ids)
    def test_dir_teams_to_leaders(self, a: State, b: State) -> None:
        """Teams that "will meet" are no event; leaders who "will meet" are one."""
        assert events(f"{a.name} will meet {b.name} in the World Cup final next week.") == []
        expect(one(f"{a.full} will meet {b.full} next week."), status="planned")


@pytest.mark.phenomenon("headline + paraphrase")
class TestHeadlineParaphrase:
    """A headline and the body's paraphrases of one meeting are one event."""

    @pytest.mark.parametrize(("case", "a", "b"), grid(HEADLINES, FIVE_PAIRS))
    def test_mft_one_event(
        self, case: tuple[str, str, str | None, str, Any, str | None], a: State, b: State
    ) -> None:
        """The headline and its paraphrases give one event with the body's fields."""
        headline, body, kind, status, span, host = case
        event = one(_article(headline, body, a=a, b=b))
        expect(event, countries=parties(a, b), status=status, date=span)
        if kind is not None:
            expect(event, kind=kind)
        if host is not None:
            expect(event, host=(a if host == "a" else b).code)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_mft_several_evidence_spans(self, a: State, b: State) -> None:
        """The one event of a headline and its paraphrases keeps several evidence spans."""
        headline, body = HEADLINES["phone"][:2]
        text = _article(headline, body, a=a, b=b)
        evidence = one(text)["evidence"]
        assert len(evidence) >= 2, evidence
        assert all(text[e["start"] : e["end"]] == e["text"] for e in evidence)

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_inv_headline_added(self, a: State, b: State) -> None:
        """Adding the headline to the body changes no event field."""
        headline, body = HEADLINES["meet"][:2]
        assert cores(_article(headline, body, a=a, b=b)) == cores(say(body, a=a, b=b))

    @pytest.mark.parametrize(("a", "b"), FIVE_PAIRS, ids=ids)
    def test_dir_second_meeting(self, a: State, b: State) -> None:
        """A sentence about another meeting, at another date, adds a second event."""
        headline, body = HEADLINES["meet"][:2]
        again = f" {a.short} and {b.short} will meet again in {a.capital} next month."
        found = events(_article(headline, body + again, a=a, b=b))
        dated = sorted((e["status"], e["countries"], e["date"]["timex"]) for e in found)
        code = parties(a, b)
        assert dated == [("occurred", code, MON[3]), ("planned", code, NEXT_MONTH[3])]


@pytest.mark.phenomenon("relative clauses and appositions")
class TestRelativeClauses:
    """A relative clause or apposition with its own trigger is its own event with its own date."""

    @pytest.mark.parametrize(("case", "a", "b", "c"), grid(RELATIVE, TRIPLES))
    def test_mft_two_events(
        self,
        case: tuple[str, str, dict[str, Any], str, dict[str, Any]],
        a: State,
        b: State,
        c: State,
    ) -> None:
        """The main clause and the relative clause each give their own event."""
        template, first, want_first, second, want_second = case
        roles = {"a": a, "b": b, "c": c}
        groups = [[roles[r] for r in first], [roles[r] for r in second]]
        one_event, other = by_parties(say(template, a=a, b=b, c=c), *groups)
        expect(one_event, **_roles(want_first, roles))
        expect(other, **_roles(want_second, roles))

    @pytest.mark.parametrize(("a", "b", "c"), TRIPLES, ids=ids)
    def test_inv_clause_moved_out(self, a: State, b: State, c: State) -> None:
        """Writing the relative clause as a sentence of its own gives the same two events."""
        nested = f"{a.full}, who met {b.full} last week, will visit {c.name} on Friday."
        split = f"{a.full} met {b.full} last week. {a.short} will visit {c.name} on Friday."
        assert cores(nested) == cores(split)

    @pytest.mark.parametrize(("a", "b", "c"), TRIPLES, ids=ids)
    def test_dir_drop_relative_clause(self, a: State, b: State, c: State) -> None:
        """Removing the relative clause removes its event and leaves the main one unchanged."""
        nested = f"{a.full}, who met {b.full} last week, will visit {c.name} on Friday."
        alone = one(f"{a.full} will visit {c.name} on Friday.")
        _, visit = by_parties(nested, [a, b], [a, c])
        assert core(alone) == core(visit)
