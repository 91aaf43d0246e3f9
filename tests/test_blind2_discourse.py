"""Blind behavioural suite 2: non-events with country words, a headline and its paraphrases,
relative clauses and appositions with triggers of their own.

Published Wednesday 12 March 2025 (see ``tests/blind2_fillers.py`` for the dates).
"""

from __future__ import annotations

import pytest
from tests.blind2_fillers import (
    PAIRS,
    TRIPLES,
    grid,
    only,
    pick,
    render,
    run,
    show,
    timex,
)

Pair = tuple[str, str]
Triple = tuple[str, str, str]

NON_EVENTS: list[tuple[str]] = [
    (
        "{A_}'s central bank kept its benchmark rate unchanged on Tuesday, while the {Bdem} "
        "currency weakened.",
    ),
    ("Exports from {A} to {B} rose by 12 percent in February, the statistics office said.",),
    ("The {Adem} cabinet met on Monday to discuss fuel imports from {B}.",),
    ("{Adem} tourists made up the largest group of visitors to {B} last year.",),
    (
        "A {Adem} court on Tuesday sentenced a {Bdem} national to five years in prison for drug "
        "trafficking.",
    ),
    ("{A_} beat {B} 2-1 in a World Cup qualifier in {Bcap} on Tuesday.",),
    ("The {Adem} national football team will meet {B} in the quarter-final on Saturday.",),
    ("Heavy rains in {A} have pushed up food prices in neighbouring {B}, aid agencies said.",),
    ("A {Adem} airline resumed direct flights to {Bcap} on Monday after a five-year break.",),
    ("Shares of a {Adem} mining company that operates in {B} fell 4 percent on Wednesday.",),
]


@pytest.mark.phenomenon("non-events")
class TestNonEvents:
    """Sentences full of country words that report no meeting between states."""

    @pytest.mark.parametrize(("template", "pair"), grid(NON_EVENTS, pick(PAIRS, 4, 4)))
    def test_no_event(self, template: str, pair: Pair) -> None:
        text = render(template, *pair)
        events = run(text)
        assert events == [], show(text, events)


#: (article, status, date, kind or None): a headline, a lead and paraphrases of one event.
ARTICLES: list[tuple[str, str, str, str | None]] = [
    (
        "{A_} and {B} leaders hold talks in {Acap}\n\n"
        "{Aldr_} held talks with {Bldr} in {Acap} on Monday. The two leaders discussed trade "
        "and security, the {Adem} government said. The meeting between {Asur} and {Bsur} "
        "lasted two hours, officials said.",
        "occurred",
        "2025-03-10",
        None,
    ),
    (
        "{Adem} leader to visit {B} next week\n\n"
        "{Aldr_} will pay a state visit to {B} next week, {Apro} office said on Tuesday. "
        "During the trip, the two sides are expected to sign several agreements. "
        "{Asur_}'s visit to {B} will be the first by a {Adem} leader in six years.",
        "planned",
        "2025-W12",
        "visit",
    ),
    (
        "{A_}, {B} leaders talk trade by phone\n\n"
        "{Aldr_} and {Bldr} spoke by telephone on Tuesday. In the call, the two leaders agreed "
        "to deepen cooperation, according to a readout. The phone conversation between {Asur} "
        "and {Bsur} lasted forty minutes.",
        "occurred",
        "2025-03-11",
        "call",
    ),
    (
        "{Acap}, {Bcap} hold border talks\n\n"
        "The foreign ministers of {A} and {B} met in {Bcap} on Sunday to discuss the disputed "
        "border. The talks, which lasted five hours, were frank and constructive, a joint "
        "statement said. Sunday's meeting in {Bcap} was welcomed by both governments.",
        "occurred",
        "2025-03-09",
        None,
    ),
    (
        "{Adem} leader meets {Bdem} counterpart\n\n"
        "{Bcap}, March 11 -- {Aldr_} met with {Bldr} here on Tuesday. During the meeting, both "
        "sides exchanged views on bilateral relations and regional issues of mutual interest. "
        "At the meeting, {Asur} thanked {Bsur} for the warm hospitality accorded to the "
        "delegation.",
        "occurred",
        "2025-03-11",
        None,
    ),
    (
        "{A_}, {B} to hold talks on Friday\n\n"
        "{Aldr_} and {Bldr} will hold talks in {Acap} on Friday, the foreign ministry said on "
        "Tuesday. The talks are expected to focus on investment and energy. "
        "Friday's talks in {Acap} will be followed by a joint news conference.",
        "planned",
        "2025-03-14",
        None,
    ),
]


def _body(article: str) -> str:
    return article.split("\n\n", 1)[1]


@pytest.mark.phenomenon("headline + paraphrase")
class TestHeadlineParaphrase:
    """A headline and paraphrases of one meeting are one event (SPEC §3, Events)."""

    @pytest.mark.parametrize(
        ("article", "status", "when", "kind", "pair"), grid(ARTICLES, pick(PAIRS, 10))
    )
    def test_one_event(
        self, article: str, status: str, when: str, kind: str | None, pair: Pair
    ) -> None:
        text = render(article, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == status, show(text, events)
        assert timex(event) == when, show(text, events)
        if kind is not None:
            assert event["kind"] == kind, show(text, events)

    @pytest.mark.parametrize(
        ("article", "status", "when", "kind", "pair"), grid(ARTICLES, pick(PAIRS, 22, 2))
    )
    def test_several_evidence_spans(
        self, article: str, status: str, when: str, kind: str | None, pair: Pair
    ) -> None:
        del status, when, kind
        text = render(article, *pair)
        events = run(text)
        event = only(text, events, *pair)
        spans = event["evidence"]
        assert len(spans) >= 2, show(text, events)
        for span in spans:
            assert text[span["start"] : span["end"]] == span["text"]

    @pytest.mark.parametrize(
        ("article", "status", "when", "kind", "pair"), grid(ARTICLES, pick(PAIRS, 0, 2))
    )
    def test_headline_adds_no_event(
        self, article: str, status: str, when: str, kind: str | None, pair: Pair
    ) -> None:
        del kind
        full, body = render(article, *pair), render(_body(article), *pair)
        with_headline, without = run(full), run(body)
        e1, e2 = only(full, with_headline, *pair), only(body, without, *pair)
        assert e1["status"] == e2["status"] == status, show(full, with_headline)
        assert timex(e1) == timex(e2) == when, show(full, with_headline) + show(body, without)


#: (sentence, then per event: (first role, second role, status, date)).
Expect = tuple[str, str, str, str]
RELATIVES: list[tuple[str, Expect, Expect]] = [
    (
        "{Aldr_}, who met {Bldr} in {Bcap} last week, will visit {C} on Friday.",
        ("A", "B", "occurred", "2025-W10"),
        ("A", "C", "planned", "2025-03-14"),
    ),
    (
        "{Aldr_}, who is due to visit {C} next month, held talks with {Bldr} on Monday.",
        ("A", "C", "planned", "2025-04"),
        ("A", "B", "occurred", "2025-03-10"),
    ),
    (
        "{Bldr_}, whom {Aldr} hosted in {Acap} on Monday, will travel to {C} on Saturday for "
        "talks with {Cldr}.",
        ("A", "B", "occurred", "2025-03-10"),
        ("B", "C", "planned", "2025-03-15"),
    ),
    (
        "{Aldr_}, fresh from talks with {Bldr} on Sunday, will meet {Cldr} in {Ccap} next week.",
        ("A", "B", "occurred", "2025-03-09"),
        ("A", "C", "planned", "2025-W12"),
    ),
    (
        "The {Adem} leader, who spoke by phone with {Bldr} on Tuesday, will receive {Cldr} in "
        "{Acap} next month.",
        ("A", "B", "occurred", "2025-03-11"),
        ("A", "C", "planned", "2025-04"),
    ),
    (
        "Talks between {A} and {B}, which were held in {Bcap} on Sunday, will be followed by a "
        "visit of {Aldr} to {C} next month.",
        ("A", "B", "occurred", "2025-03-09"),
        ("A", "C", "planned", "2025-04"),
    ),
]


@pytest.mark.phenomenon("relative clauses and appositions")
class TestRelativeClausesAppositions:
    """A relative clause or apposition with its own trigger is its own event."""

    @pytest.mark.parametrize(
        ("template", "first", "second", "triple"), grid(RELATIVES, TRIPLES[:6])
    )
    def test_two_events(self, template: str, first: Expect, second: Expect, triple: Triple) -> None:
        text = render(template, *triple)
        events = run(text)
        for one, two, status, when in (first, second):
            pair = (triple["ABC".index(one)], triple["ABC".index(two)])
            event = only(text, events, *pair)
            assert event["status"] == status, show(text, events)
            assert timex(event) == when, show(text, events)
