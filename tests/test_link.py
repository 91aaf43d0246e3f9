"""``bilateral.link``: each rule of identity with an example and a near-miss, the merged event,
the conflicts, bad input, and properties (order does not matter, every event once)."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import strategies as bst


def day(text: str) -> bilateral.DateSpan:
    d = dt.date.fromisoformat(text)
    return bilateral.DateSpan(start=d, end=d, granularity="day")


def month(text: str) -> bilateral.DateSpan:
    return bilateral.resolve_date(text, published=dt.date(2025, 1, 1)) or pytest.fail(text)


def ev(
    kind: str,
    status: str,
    date: bilateral.DateSpan | None = None,
    states: Any = ("DEU", "FRA"),
    people: Any = (),
    level: str | None = None,
    host: str | None = None,
) -> bilateral.Meeting:
    actors = [bilateral.Actor(kind="person", name=n, country=c) for n, c in people]
    return bilateral.Meeting(
        kind=kind,
        status=status,
        countries=list(states),
        date=date,
        participants=actors,
        level=level,
        host=host,
    )


def rep(ident: str, published: str, *events: bilateral.Meeting) -> dict[str, Any]:
    return {"id": ident, "published": published, "events": list(events)}


def run(*reports: tuple[str, str, list[bilateral.Meeting]]) -> list[list[str]]:
    """The stories as lists of 'article:status', earliest first."""
    stories = bilateral.link([{"id": i, "published": p, "events": e} for i, p, e in reports])
    return [[f"{s.article}:{s.status.value}" for s in story.timeline] for story in stories]


class TestRules:
    def test_same_states(self) -> None:
        got = run(
            ("a", "2025-05-08", [ev("meeting", "occurred", day("2025-05-07"))]),
            (
                "b",
                "2025-05-08",
                [ev("meeting", "occurred", day("2025-05-07"), states=("DEU", "POL"))],
            ),
        )
        assert got == [["a:occurred"], ["b:occurred"]]

    def test_one_story_per_article(self) -> None:
        twice = [ev("meeting", "occurred", day("2025-05-07"))] * 2
        assert run(("a", "2025-05-08", twice)) == [["a:occurred"], ["a:occurred"]]

    def test_one_event_in_two_articles_is_one_story(self) -> None:  # near-miss of the above
        once = [ev("meeting", "occurred", day("2025-05-07"))]
        assert run(("a", "2025-05-08", once), ("b", "2025-05-09", once)) == [
            ["a:occurred", "b:occurred"]
        ]

    def test_a_call_is_not_a_visit(self) -> None:
        got = run(
            ("a", "2025-06-03", [ev("call", "occurred", day("2025-06-02"))]),
            ("b", "2025-06-06", [ev("visit", "occurred", day("2025-06-02"))]),
        )
        assert len(got) == 2

    def test_a_visit_and_its_talks_are_one_story(self) -> None:  # near-miss
        got = run(
            ("a", "2025-06-03", [ev("visit", "occurred", day("2025-06-02"))]),
            ("b", "2025-06-04", [ev("talks", "occurred", day("2025-06-02"))]),
        )
        assert got == [["a:occurred", "b:occurred"]]

    def test_two_ministers_meetings_on_one_day(self) -> None:
        defence = [("Teodoro", "PHL"), ("Hegseth", "USA")]
        foreign = [("Manalo", "PHL"), ("Rubio", "USA")]
        got = run(
            (
                "a",
                "2025-05-07",
                [ev("meeting", "occurred", day("2025-05-06"), ("PHL", "USA"), defence)],
            ),
            (
                "b",
                "2025-05-07",
                [ev("meeting", "occurred", day("2025-05-06"), ("PHL", "USA"), foreign)],
            ),
        )
        assert len(got) == 2

    def test_leaders_meeting_with_ministers_named_is_one_story(self) -> None:  # near-miss
        leaders = [("Mitsotakis", "GRC"), ("Erdogan", "TUR")]
        ministers = [("Gerapetritis", "GRC"), ("Fidan", "TUR")]
        got = run(
            (
                "a",
                "2025-03-25",
                [
                    ev(
                        "meeting",
                        "occurred",
                        day("2025-03-24"),
                        ("GRC", "TUR"),
                        leaders,
                        "head-of-state",
                    )
                ],
            ),
            (
                "b",
                "2025-03-26",
                [ev("meeting", "occurred", day("2025-03-24"), ("GRC", "TUR"), ministers)],
            ),
        )
        assert len(got) == 1

    def test_held_a_month_apart(self) -> None:
        got = run(
            ("a", "2025-05-08", [ev("meeting", "occurred", day("2025-05-07"))]),
            ("b", "2025-06-11", [ev("meeting", "occurred", day("2025-06-10"))]),
        )
        assert len(got) == 2

    def test_held_day_and_its_month_are_one_story(self) -> None:  # near-miss
        got = run(
            ("a", "2025-05-08", [ev("meeting", "occurred", day("2025-05-07"))]),
            ("b", "2025-06-11", [ev("meeting", "occurred", month("May 2025"))]),
        )
        assert len(got) == 1

    def test_planned_for_one_day_held_on_another(self) -> None:
        got = run(
            ("a", "2025-05-01", [ev("meeting", "planned", day("2025-05-07"))]),
            ("b", "2025-06-11", [ev("meeting", "occurred", day("2025-06-10"))]),
        )
        assert len(got) == 2

    def test_postponed_then_held_on_a_new_date(self) -> None:  # near-miss
        got = run(
            ("a", "2025-05-01", [ev("meeting", "planned", day("2025-05-07"))]),
            ("b", "2025-05-05", [ev("meeting", "postponed", day("2025-05-07"))]),
            ("c", "2025-06-11", [ev("meeting", "occurred", day("2025-06-10"))]),
        )
        assert got == [["a:planned", "b:postponed", "c:occurred"]]

    def test_put_off_on_the_day_of_the_decision_is_the_planned_story(self) -> None:
        got = run(
            ("a", "2025-03-01", [ev("meeting", "planned", day("2025-03-14"))]),
            ("b", "2025-03-07", [ev("meeting", "postponed", day("2025-03-07"))]),
            ("c", "2025-03-12", [ev("meeting", "planned", day("2025-03-14"))]),
        )
        assert got == [["a:planned", "b:postponed", "c:planned"]]

    def test_put_off_to_a_day_not_yet_come_is_not_a_decision_day(self) -> None:  # near-miss
        got = run(
            ("a", "2025-03-01", [ev("meeting", "planned", day("2025-03-14"))]),
            ("b", "2025-03-07", [ev("meeting", "postponed", day("2025-03-10"))]),
        )
        assert len(got) == 2

    def test_later_this_month_then_held_early_next_month(self) -> None:
        april = ev("negotiation", "planned", month("April 2025"))
        got = run(
            ("a", "2025-04-17", [april]),
            ("b", "2025-05-02", [ev("negotiation", "occurred", day("2025-05-01"))]),
        )
        assert len(got) == 1

    def test_planned_month_then_held_three_weeks_after(self) -> None:  # near-miss
        april = ev("negotiation", "planned", month("April 2025"))
        got = run(
            ("a", "2025-04-17", [april]),
            ("b", "2025-05-22", [ev("negotiation", "occurred", day("2025-05-21"))]),
        )
        assert len(got) == 2

    def test_planned_after_it_was_held_is_another_round(self) -> None:
        held = ev("negotiation", "occurred", day("2025-05-01"))
        got = run(
            ("a", "2025-05-02", [held]),
            ("b", "2025-05-09", [ev("negotiation", "planned", month("May 2025"))]),
        )
        assert len(got) == 2

    def test_planned_on_the_day_it_was_held_is_one_story(self) -> None:  # near-miss
        held = ev("negotiation", "occurred", day("2025-05-01"))
        got = run(
            ("a", "2025-05-01", [held]),
            ("b", "2025-05-01", [ev("negotiation", "planned", day("2025-05-01"))]),
        )
        assert len(got) == 1

    def test_a_story_closes_after_half_a_year(self) -> None:
        got = run(
            ("a", "2025-01-10", [ev("meeting", "planned")]),
            ("b", "2025-09-10", [ev("meeting", "planned")]),
        )
        assert len(got) == 2

    def test_undated_reports_within_the_window_join(self) -> None:  # near-miss
        got = run(
            ("a", "2025-01-10", [ev("meeting", "planned")]),
            ("b", "2025-03-10", [ev("meeting", "planned")]),
        )
        assert len(got) == 1

    def test_events_of_one_article_take_the_stories_that_fit_them_best(self) -> None:
        xi, li = [("Luxon", "NZL"), ("Xi", "CHN")], [("Luxon", "NZL"), ("Li", "CHN")]
        week = bilateral.DateSpan(
            start=dt.date(2025, 6, 16), end=dt.date(2025, 6, 22), granularity="week"
        )
        first = [
            ev("visit", "planned", week, ("CHN", "NZL"), li),
            ev("meeting", "planned", week, ("CHN", "NZL"), xi),
        ]
        second = [
            ev("meeting", "occurred", day("2025-06-20"), ("CHN", "NZL"), xi),
            ev("visit", "ongoing", week, ("CHN", "NZL"), li),
        ]
        stories = bilateral.link([rep("a", "2025-06-10", *first), rep("b", "2025-06-20", *second)])
        assert sorted([s.event.kind for s in t.timeline] for t in stories) == [
            ["meeting", "meeting"],
            ["visit", "visit"],
        ]


class TestMerged:
    def test_status_and_date_of_the_latest_report(self) -> None:
        [story] = bilateral.link(
            [
                rep("a", "2025-05-01", ev("visit", "planned", month("May 2025"), host="FRA")),
                rep("b", "2025-05-08", ev("visit", "occurred", day("2025-05-07"), host="FRA")),
                rep("c", "2025-06-02", ev("visit", "occurred", month("May 2025"))),
            ]
        )
        assert story.event.status is bilateral.Status.OCCURRED
        assert story.event.date == day("2025-05-07")  # what every held report allows
        assert story.event.host is not None and story.event.host.alpha_3 == "FRA"
        assert story.event.evidence == ()
        assert story.articles == ("a", "b", "c")
        assert story.statuses == (bilateral.Status.PLANNED, bilateral.Status.OCCURRED)

    def test_held_outranks_planned_on_one_day(self) -> None:
        [story] = bilateral.link(
            [
                rep("b", "2025-05-07", ev("meeting", "occurred", day("2025-05-07"))),
                rep("a", "2025-05-07", ev("meeting", "planned", day("2025-05-07"))),
            ]
        )
        assert story.event.status is bilateral.Status.OCCURRED
        assert [s.article for s in story.timeline] == ["a", "b"]

    def test_participants_once_each_with_the_fullest_name(self) -> None:
        both = [("Friedrich Merz", "DEU"), ("Emmanuel Macron", "FRA")]
        reports = [
            rep(
                "a",
                "2025-05-08",
                ev("meeting", "occurred", day("2025-05-07"), people=[("Merz", "DEU")]),
            ),
            rep("b", "2025-05-09", ev("meeting", "occurred", day("2025-05-07"), people=both)),
        ]
        [story] = bilateral.link(reports)
        assert [a.name for a in story.event.participants] == ["Friedrich Merz", "Emmanuel Macron"]


class TestConflicts:
    def test_held_one_day_apart_is_flagged(self) -> None:
        [story] = bilateral.link(
            [
                rep("a", "2025-05-08", ev("meeting", "occurred", day("2025-05-07"))),
                rep("b", "2025-05-09", ev("meeting", "occurred", day("2025-05-08"))),
            ]
        )
        assert [(c.field, c.articles) for c in story.conflicts] == [("date", ("a", "b"))]

    def test_cancelled_then_put_off_is_flagged(self) -> None:
        [story] = bilateral.link(
            [
                rep("a", "2025-10-22", ev("summit", "cancelled")),
                rep("b", "2025-11-05", ev("summit", "postponed")),
            ]
        )
        assert [c.field for c in story.conflicts] == ["status"]
        assert story.event.status is bilateral.Status.POSTPONED  # the latest report

    def test_agreeing_reports_have_no_conflict(self) -> None:
        [story] = bilateral.link(
            [
                rep("a", "2025-05-08", ev("meeting", "occurred", day("2025-05-07"), host="DEU")),
                rep("b", "2025-05-09", ev("meeting", "occurred", month("May 2025"), host="DEU")),
            ]
        )
        assert story.conflicts == ()

    def test_two_hosts_are_flagged(self) -> None:
        [story] = bilateral.link(
            [
                rep("a", "2025-05-08", ev("meeting", "occurred", day("2025-05-07"), host="DEU")),
                rep("b", "2025-05-09", ev("meeting", "occurred", day("2025-05-07"), host="FRA")),
            ]
        )
        assert [c.field for c in story.conflicts] == ["host"]


class TestInput:
    def test_reports_dicts_and_jsonl_lines_agree(self) -> None:
        event = ev("call", "occurred", day("2025-03-04"))
        as_object = bilateral.link(
            [bilateral.Report(id="a", published="2025-03-05", events=[event])]
        )
        as_dict = bilateral.link(
            [{"id": "a", "published": "2025-03-05", "events": [bilateral.to_dict(event)]}]
        )
        assert as_object == as_dict

    @pytest.mark.parametrize(
        ("reports", "error", "names"),
        [
            ("a1", TypeError, "'reports'"),
            ({"id": "a"}, TypeError, "'reports'"),
            ([1], TypeError, "'reports[0]'"),
            ([{"id": "a"}], ValueError, "'published'"),
            ([{"id": "a", "published": "2025-01-01", "color": 1}], ValueError, "unknown keys"),
            ([{"id": "a", "published": "2025-01-01", "events": "x"}], TypeError, "events"),
            ([{"id": "a", "published": "nope"}], ValueError, "reports[0]"),
            (
                [{"id": "a", "published": "2025-01-01", "events": [{"kind": "x"}]}],
                bilateral.ValidationError,
                "reports[0].events[0]",
            ),
            (
                [{"id": "a", "published": "2025-01-01"}, {"id": "a", "published": "2025-01-02"}],
                ValueError,
                "repeats the article id",
            ),
        ],
    )
    def test_bad_input_names_the_argument(self, reports: Any, error: type, names: str) -> None:
        with pytest.raises(error, match=names.replace("[", r"\[").replace("]", r"\]")):
            bilateral.link(reports)

    def test_no_events_no_stories(self) -> None:
        assert bilateral.link([]) == []
        assert bilateral.link([{"id": 1, "published": "2025-01-01", "events": []}]) == []

    def test_states_key(self) -> None:
        assert bilateral.states_key(ev("call", "occurred", states=("USA", "MEX"))) == "MEX-USA"
        with pytest.raises(TypeError, match="'event'"):
            bilateral.states_key("MEX-USA")  # type: ignore[arg-type]


def _timelines(stories: list[bilateral.Story]) -> list[tuple[Any, ...]]:
    return sorted((s.id, tuple((x.article, x.event) for x in s.timeline)) for s in stories)


class TestProperties:
    @given(bst.report_lists(), st.randoms(use_true_random=False))
    def test_order_of_the_reports_does_not_matter(self, reports: Any, rnd: random.Random) -> None:
        shuffled = list(reports)
        rnd.shuffle(shuffled)
        assert bilateral.link(shuffled) == bilateral.link(reports)

    @given(bst.report_lists())
    def test_every_event_once_in_one_story_of_its_states(self, reports: Any) -> None:
        stories = bilateral.link(reports)
        seen = sorted((str(s.article), id(s.event)) for t in stories for s in t.timeline)
        assert seen == sorted((str(r.id), id(e)) for r in reports for e in r.events)
        for story in stories:
            assert {s.event.countries for s in story.timeline} == {story.event.countries}
            assert len(story.articles) == len(story.timeline)  # one article, one report
        assert len({s.id for s in stories}) == len(stories)

    @given(bst.stories())
    def test_story_json_round_trip(self, story: bilateral.Story) -> None:
        assert bilateral.story_from_dict(bilateral.story_to_dict(story)) == story
