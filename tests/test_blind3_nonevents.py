"""Third blind behavioural suite of ``bilateral``: country words that report no meeting.

CheckList-style (Ribeiro et al. 2020): templates × fillers from ``blind3_fillers``. Minimum
functionality: sentences full of state names, demonyms and capitals, some with meeting
words ("meet", "visited", "hosted", "talks"), that report trade figures, sports, weather,
history, tourism, business or culture give no event: parties are states and their
officials (SPEC section 1 and the limitations page), and a team, a tourist, a company or a
rainstorm is none of them. Written blind on 2026-12-08 from SPEC sections 1-3, the README
and the user docs, without sight of the library's code, tests or examples.
"""

from __future__ import annotations

import pytest
from tests.blind3_fillers import STATE_ONLY_DAYS, cap, poss, state_pairs

import bilateral

NON_EVENTS = (
    # trade figures
    "{PossA} exports to {b} rose 12 percent in the first quarter, customs data showed on Monday.",
    "{Da} imports of {db} coal hit a record last year as power demand surged.",
    # sports
    "{A} beat {b} 2-1 in a friendly in {capB} on Tuesday, with a late header deciding it.",
    "{A} will meet {b} in the World Cup quarter-finals on Saturday.",
    "The {da} tennis star will face her {db} rival in Sunday's final.",
    # weather
    "Heavy rain lashed parts of {a} and {b} on Monday, disrupting flights and rail services.",
    "A heatwave gripping {a} is expected to spread to {b} next week, forecasters said.",
    # history
    "A museum in {capB} opened an exhibition on Tuesday about {possA} history in the 19th century.",
    # tourism and culture
    "{Da} tourists visited {b} in record numbers last year, the tourism board said.",
    "A {da} orchestra held a concert in {capB} on Friday to a sold-out hall.",
    # business
    "An oil company from {a} held talks with a {db} bank on financing a refinery, sources said.",
    "{Da} carmaker shares jumped after it agreed to build a plant in {b}.",
    # science and education
    "{Da} and {db} students met at a robotics contest in {capB} on Monday.",
    # markets
    "Shares in {possA} exporters slid on Tuesday after {b} raised tariffs on steel.",
)


def _cases() -> list[object]:
    cases = []
    pairs = state_pairs(len(NON_EVENTS) * 3, skip=9)
    for i, template in enumerate(NON_EVENTS):
        for j in range(3):
            a, b = pairs[3 * i + j]
            pub = STATE_ONLY_DAYS[(i + j) % len(STATE_ONLY_DAYS)]
            text = template.format(
                A=cap(a.name),
                a=a.name,
                b=b.name,
                PossA=cap(poss(a.name)),
                possA=poss(a.name),
                Da=a.demonym,
                da=a.demonym,
                db=b.demonym,
                capB=b.capital,
            )
            cases.append(pytest.param(text, pub, id=f"e{i}-{j}"))
    return cases


class TestNonEvents:
    """Minimum functionality: country words without a meeting of states give no event."""

    @pytest.mark.parametrize(("text", "pub"), _cases())
    def test_no_event(self, text, pub):
        """Trade, sport, weather, history, tourism and business news give no event."""
        assert bilateral.extract(text, published=pub) == []
