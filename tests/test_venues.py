"""Venues told beyond a sentence's event words (``_events/venues.py``): sideline meetings at the
gathering's place, "here" in datelined copy, clauses of "where", courtesy calls on an official,
talks during a visit, and the lead of datelined copy."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral

DAY = dt.date(2025, 6, 4)  # a Wednesday


def _hosts(text: str, published: dt.date = DAY) -> dict[tuple[str, ...], str | None]:
    return {
        tuple(c.alpha_3 for c in e.countries): (e.host.alpha_3 if e.host else None)
        for e in bilateral.extract(text, published=published)
    }


class TestSidelines:
    def test_a_party_hosting_the_gathering_hosts_the_sideline_meeting(self) -> None:
        text = (
            "The leaders of Spain, Portugal, Morocco and Italy met in Madrid on Tuesday for a "
            "summit on water. On the margins of the summit, Spanish Prime Minister Pedro "
            "Sanchez met Moroccan Prime Minister Aziz Akhannouch."
        )
        assert _hosts(text)[("ESP", "MAR")] == "ESP"

    def test_a_third_state_hosting_the_gathering_hosts_no_sideline_meeting(self) -> None:
        text = (
            "The leaders of Spain, Portugal, Morocco and Italy met in Madrid on Tuesday for a "
            "summit on water. On the margins of the summit, Italian Prime Minister Giorgia "
            "Meloni met Moroccan Prime Minister Aziz Akhannouch."
        )
        assert _hosts(text)[("ITA", "MAR")] is None

    def test_a_fresh_datelined_sideline_meeting_is_at_the_dateline(self) -> None:
        text = (
            "NAIROBI, June 4 - Kenyan President William Ruto met Ugandan President Yoweri "
            "Museveni on the sidelines of the regional summit on Tuesday."
        )
        assert _hosts(text)[("KEN", "UGA")] == "KEN"

    def test_an_old_sideline_meeting_is_not_placed_by_the_dateline(self) -> None:
        text = (
            "NAIROBI, June 4 - Kenyan President William Ruto met Ugandan President Yoweri "
            "Museveni on the sidelines of a regional summit in March."
        )
        assert _hosts(text)[("KEN", "UGA")] is None


class TestHereAndDateline:
    def test_here_is_the_datelines_place(self) -> None:
        text = (
            "ACCRA, June 4 - Ghana and Togo agreed to reopen a border post after a meeting "
            "between their interior ministers here on Tuesday."
        )
        events = bilateral.extract(text, published=DAY)
        [e] = events
        assert e.host is not None and e.host.alpha_3 == "GHA"
        assert e.location is not None and e.location.place == "Accra"

    def test_here_without_a_dateline_places_nothing(self) -> None:
        text = (
            "Ghana and Togo agreed to reopen a border post after a meeting between their "
            "interior ministers here on Tuesday."
        )
        assert _hosts(text)[("GHA", "TGO")] is None

    def test_a_datelined_lead_encounter_is_at_the_dateline(self) -> None:
        text = (
            "LIMA, June 4 - Peruvian President Dina Boluarte and Ecuadorean President Daniel "
            "Noboa held talks at the government palace on Tuesday."
        )
        assert _hosts(text)[("ECU", "PER")] == "PER"

    def test_a_planned_lead_encounter_is_not_placed_by_the_dateline(self) -> None:
        text = (
            "LIMA, June 4 - Peruvian President Dina Boluarte and Ecuadorean President Daniel "
            "Noboa will hold talks next month."
        )
        assert _hosts(text)[("ECU", "PER")] is None


class TestWhereAndCalls:
    def test_a_where_clause_places_its_event(self) -> None:
        text = (
            "Turkish President Recep Tayyip Erdogan travelled on to Baku, where he held talks "
            "with Azerbaijani President Ilham Aliyev on Tuesday."
        )
        assert _hosts(text)[("AZE", "TUR")] == "AZE"

    def test_a_where_clause_with_a_third_state_hosts_nothing(self) -> None:
        text = (
            "Turkish President Recep Tayyip Erdogan travelled on to Geneva, where he held talks "
            "with Azerbaijani President Ilham Aliyev on Tuesday."
        )
        assert _hosts(text)[("AZE", "TUR")] is None

    @pytest.mark.parametrize("verb", ["paid a courtesy call on", "will pay a courtesy call on"])
    def test_the_official_called_on_hosts(self, verb: str) -> None:
        text = f"Japanese Foreign Minister Takeshi Iwaya {verb} Indian President Droupadi Murmu."
        assert _hosts(text)[("IND", "JPN")] == "IND"

    def test_talks_during_a_visit_are_at_its_host(self) -> None:
        text = (
            "Chilean President Gabriel Boric arrived in Lima on Monday for a state visit. "
            "Peru's president said the day was historic. During his visit, Chilean Foreign "
            "Minister Alberto van Klaveren and Peruvian Foreign Minister Elmer Schialer held "
            "talks on migration."
        )
        assert set(_hosts(text).values()) == {"PER"}


STATES = [("France", "Paris"), ("Kenya", "Nairobi"), ("Chile", "Santiago"), ("Japan", "Tokyo")]


class TestProperties:
    @given(st.text(max_size=300))
    @settings(max_examples=60, deadline=None)
    def test_never_raises_with_a_dateline_before_any_text(self, tail: str) -> None:
        lead = "ROME, June 2 - talks here on the sidelines, where "
        bilateral.extract(lead + tail, published=DAY)

    @pytest.mark.parametrize(("a", "b"), [(x, y) for x in STATES for y in STATES if x != y])
    def test_the_where_clause_host_follows_the_place(
        self, a: tuple[str, str], b: tuple[str, str]
    ) -> None:
        text = (
            f"The foreign minister of {a[0]} flew to {b[1]}, where she held talks with the "
            f"foreign minister of {b[0]} on Tuesday."
        )
        hosts = _hosts(text)
        assert list(hosts.values()) == [bilateral.resolve_country(b[0]).alpha_3]  # type: ignore[union-attr]
