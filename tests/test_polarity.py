"""Polarity: counterfactuals and reports dismissed as false tell no event; their near-misses
do."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import bilateral

DAY = dt.date(2025, 6, 11)
MACRON, MERZ = "French President Emmanuel Macron", "German Chancellor Friedrich Merz"


def _kinds(text: str) -> list[str]:
    return [e.kind.value for e in bilateral.extract(text, published=DAY)]


class TestCounterfactual:
    def test_would_have_visited(self) -> None:
        text = f"Had the dispute been settled, {MACRON} would have visited Germany in May."
        assert _kinds(text) == []

    def test_near_miss_visited(self) -> None:
        text = f"After the dispute was settled, {MACRON} visited Germany in May."
        assert _kinds(text) == ["visit"]

    @given(st.sampled_from(["would", "could", "might"]), st.sampled_from(["met", "visited"]))
    def test_any_modal_perfect(self, modal: str, verb: str) -> None:
        """Whatever the modal and the verb, a modal perfect tells no event."""
        other = MERZ if verb == "met" else "Germany"
        assert _kinds(f"{MACRON} {modal} have {verb} {other} on Monday.") == []


class TestDismissedReport:
    def test_dismissed_as_false(self) -> None:
        text = (
            f"The foreign ministry dismissed as false a report that {MACRON} had spoken by phone "
            f"with {MERZ}."
        )
        assert _kinds(text) == []

    def test_near_miss_confirmed(self) -> None:
        text = (
            f"The foreign ministry confirmed a report that {MACRON} had spoken by phone "
            f"with {MERZ}."
        )
        assert _kinds(text) == ["call"]


class TestSummitAsTopic:
    def test_a_summit_discussed_is_no_event(self) -> None:
        text = f"{MACRON} spoke by phone with {MERZ} on Monday about the BRICS summit."
        assert _kinds(text) == ["call"]

    def test_near_miss_a_meeting_at_the_summit(self) -> None:
        """At the summit, not about it: the summit is an event of its own."""
        text = f"{MACRON} met {MERZ} on Monday at the G7 summit."
        assert "meeting" in _kinds(text)


class TestPrivateTravellersAndDissolvedStates:
    def test_business_people_visiting_are_no_state(self) -> None:
        text = "A delegation of about 40 Chinese business people is visiting Santiago this week."
        assert _kinds(text) == []

    def test_near_miss_a_minister_visiting(self) -> None:
        text = "Chinese Foreign Minister Wang Yi is visiting Santiago this week."
        assert _kinds(text) == ["visit"]

    def test_had_not_spoken(self) -> None:
        text = f"{MACRON} said on Monday that he had not spoken to {MERZ}."
        assert _kinds(text) == []

    def test_former_soviet_republics_name_no_state(self) -> None:
        text = (
            "Russian President Vladimir Putin and Azerbaijani President Ilham Aliyev held talks "
            "at a gathering of leaders of former Soviet republics."
        )
        [event] = bilateral.extract(text, published=DAY)
        assert [c.alpha_3 for c in event.countries] == ["AZE", "RUS"]

    def test_a_dated_soviet_event_keeps_the_soviet_union(self) -> None:
        text = (
            "Soviet leader Mikhail Gorbachev held talks with US President Ronald Reagan in "
            "Geneva in November 1985."
        )
        [event] = bilateral.extract(text, published=DAY)
        assert [c.alpha_3 for c in event.countries] == ["SUN", "USA"]


class TestUrgedTo:
    def test_urged_to_return_to_dialogue_is_sought(self) -> None:
        text = "Pakistan on Tuesday urged India to return to a comprehensive dialogue on Kashmir."
        assert _kinds(text) == []

    def test_near_miss_agreed_to_return(self) -> None:
        text = "India and Pakistan agreed on Tuesday to return to a comprehensive dialogue."
        assert _kinds(text) != []

    def test_players_arriving_are_no_state(self) -> None:
        text = "The Tanzanian delegation of 28 players and officials arrived in Lusaka on Tuesday."
        assert _kinds(text) == []

    def test_offered_as_a_venue_is_no_event(self) -> None:
        text = (
            "Georgian Prime Minister Irakli Kobakhidze offered Tbilisi as a venue for "
            "Armenian-Azerbaijani talks."
        )
        assert _kinds(text) == []


class TestHyphenatedPairsAndTitledGuests:
    def test_kenyan_ethiopian_talks(self) -> None:
        [event] = bilateral.extract(
            "Kenyan-Ethiopian talks were held in Nairobi on Monday.", published=DAY
        )
        assert [c.alpha_3 for c in event.countries] == ["ETH", "KEN"]

    def test_near_miss_kenyan_ethiopian_trade(self) -> None:
        assert _kinds("Kenyan-Ethiopian trade grew last year.") == []

    def test_received_the_titled_guest(self) -> None:
        text = "The Dutch defence minister received the Belgian defence minister on Monday."
        assert _kinds(text) == ["visit"]

    def test_near_miss_received_the_letter(self) -> None:
        assert _kinds("The Dutch minister received the letter from Belgium on Monday.") == []


class TestItsOfficials:
    def test_its_minister_is_the_ministrys_state(self) -> None:
        text = "The Polish foreign ministry said its minister would travel to Ukraine next week."
        [event] = bilateral.extract(text, published=DAY)
        assert [c.alpha_3 for c in event.countries] == ["POL", "UKR"]

    def test_its_officials_of_a_metonym(self) -> None:
        text = "The Kremlin said on Monday that its officials had held talks with the White House."
        [event] = bilateral.extract(text, published=DAY)
        assert [c.alpha_3 for c in event.countries] == ["RUS", "USA"]

    def test_near_miss_its_economy(self) -> None:
        assert _kinds("Poland said its economy grew last year.") == []

    def test_rejected_claims_that_it_would_travel(self) -> None:
        text = (
            "The Australian foreign ministry rejected claims that its minister would travel to "
            "Fiji next week for talks."
        )
        assert _kinds(text) == []


class TestQuestions:
    def test_a_question_tells_no_event(self) -> None:
        assert _kinds(f"Will {MACRON} meet {MERZ} in Berlin next week?") == []

    def test_a_journalists_turn_tells_no_event(self) -> None:
        text = f"Q: There are reports that {MACRON} will travel to Germany later this month."
        assert _kinds(text) == []

    def test_near_miss_the_answer_tells_it(self) -> None:
        assert _kinds(f"A: {MACRON} will meet {MERZ} in Berlin next week.") == ["meeting"]

    def test_a_match_is_no_meeting(self) -> None:
        assert _kinds("Argentina meet Chile in a World Cup qualifier on Thursday.") == []


class TestSport:
    def test_teams_are_no_states_meeting(self) -> None:
        text = "Egypt face Ethiopia in a World Cup qualifier in Cairo on Friday."
        assert _kinds(text) == []

    def test_near_miss_a_visit_at_a_cricket_stadium(self) -> None:
        text = (
            "Indian Prime Minister Narendra Modi hosted US President Donald Trump at a cricket "
            "stadium in Ahmedabad in February 2020."
        )
        assert _kinds(text) == ["visit"]


class TestDismissingReports:
    """ "dismissing reports of a bilateral visit": the visit is denied."""

    def test_dismissing_reports_denies(self) -> None:
        text = (
            "Fiji's Prime Minister Sitiveni Rabuka said he had no plans to meet his Tongan "
            "counterpart this year, dismissing reports of a bilateral visit."
        )
        assert bilateral.extract(text, published="2024-10-01") == []

    def test_welcoming_reports_does_not(self) -> None:  # near-miss
        text = (
            "Fiji's Prime Minister Sitiveni Rabuka welcomed reports of a bilateral visit by his "
            "Tongan counterpart next month."
        )
        assert len(bilateral.extract(text, published="2024-10-01")) == 1


class TestSecondThingCalledFor:
    """ "called for the restoration of order …, and for continued dialogue between A and B":
    the dialogue is called for, not held."""

    def test_and_for_after_called_for(self) -> None:
        text = (
            "The ministers called for the swift restoration of constitutional order in the "
            "region, and for continued dialogue between Mali and Guinea."
        )
        assert bilateral.extract(text, published="2023-03-15") == []

    def test_and_for_without_a_call_is_read_as_written(self) -> None:  # near-miss
        text = (
            "Mali and Guinea met in Conakry on Monday, and for continued dialogue they set a date."
        )
        assert len(bilateral.extract(text, published="2023-03-15")) == 1
