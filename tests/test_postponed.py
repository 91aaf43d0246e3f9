"""A postponed or cancelled event keeps the date it was planned for: not the day of the
decision, not the new date (SPEC §3, "Clauses")."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import bilateral

DAY = dt.date(2025, 6, 11)  # a Wednesday
PAIR = "French President Emmanuel Macron and German Chancellor Friedrich Merz"


def _one(text: str) -> tuple[str, str | None]:
    [event] = bilateral.extract(text, published=DAY)
    return event.status.value, event.date and event.date.timex


class TestPlannedDateKept:
    def test_decision_day_is_not_the_event_date(self) -> None:
        assert _one(f"A meeting between {PAIR} was called off on Monday.") == ("cancelled", None)

    def test_near_miss_held_on_monday(self) -> None:
        assert _one(f"A meeting between {PAIR} was held on Monday.") == ("occurred", "2025-06-09")

    def test_enclosed_schedule_dates_the_event(self) -> None:
        text = (
            f"The summit between {PAIR}, due to take place next week, was postponed until "
            "September."
        )
        assert _one(text) == ("postponed", "2025-W25")

    def test_open_schedule_of_another_noun_does_not(self) -> None:
        """A schedule that ends the sentence belongs to the noun before it."""
        text = f"The talks between {PAIR} coincide with a trade fair, scheduled for Friday."
        assert _one(text)[1] is None

    @given(st.sampled_from(["called off", "cancelled", "postponed", "put off"]))
    def test_any_final_verb(self, verb: str) -> None:
        """Whatever the verb of the decision, its day does not date the event."""
        assert _one(f"A meeting between {PAIR} was {verb} on Tuesday.")[1] is None


class TestListCommas:
    def test_a_list_of_states_is_no_clause_break(self) -> None:
        text = (
            "A trilateral summit of Indonesia, Malaysia and the Philippines will take place in "
            "Kuala Lumpur in April."
        )
        [event] = bilateral.extract(text, published=dt.date(2025, 3, 12))
        assert event.date is not None and event.date.timex == "2025-04"

    def test_near_miss_a_clause_after_a_comma(self) -> None:
        """A comma that opens another clause still keeps its date away."""
        text = (
            "A trilateral summit of Indonesia and Malaysia was agreed, officials said at a "
            "briefing that ran long into the evening in the capital's old colonial quarter "
            "in April."
        )
        events = bilateral.extract(text, published=dt.date(2025, 3, 12))
        assert all(e.date is None or e.date.timex != "2025-04" for e in events)

    def test_a_state_after_its_city_is_no_clause_break(self) -> None:
        text = (
            "Ethiopian Prime Minister Abiy Ahmed met Egyptian President Abdel Fattah al-Sisi in "
            "Abu Dhabi, the United Arab Emirates, on Tuesday."
        )
        [event] = bilateral.extract(text, published=dt.date(2025, 3, 12))
        assert event.date is not None and event.date.timex == "2025-03-11"


class TestRescheduled:
    """A postponement as an adjective of a dated event noun, or told in a clause of time
    beside the event planned anew, does not make the event postponed."""

    def _status(self, text: str) -> list[str]:
        return [e.status.value for e in bilateral.extract(text, published="2025-08-18")]

    def test_a_rescheduled_visit_on_a_day_to_come_is_planned(self) -> None:
        text = "Pakistan's Ishaq Dar will arrive in Dhaka on Saturday on a rescheduled visit."
        assert self._status(text) == ["planned"]

    def test_a_postponed_summit_with_no_new_date_stays_postponed(self) -> None:  # near-miss
        text = "The postponed summit between India and China still has no new date."
        assert self._status(text) == ["postponed"]

    def test_after_it_was_put_off_it_is_on_again(self) -> None:
        text = (
            "Pakistan's Foreign Minister Ishaq Dar will arrive in Dhaka on Saturday for a "
            "visit to Bangladesh, four months after the trip was put off."
        )
        assert self._status(text) == ["planned"]


class TestQualifiedObject:
    """ "postponed the binational cabinet meeting": two words may qualify the event word."""

    def test_two_qualifiers_before_the_event_word(self) -> None:
        text = (
            "Peru and Bolivia have postponed the binational cabinet meeting that their "
            "presidents were due to chair in Cusco on June 12."
        )
        [e] = bilateral.extract(text, published="2024-05-28")
        assert e.status.value == "postponed"

    def test_a_postponed_agreement_is_no_postponed_meeting(self) -> None:  # near-miss
        text = (
            "Peru and Bolivia have postponed the binational trade agreement that their "
            "presidents were due to sign at their meeting in Cusco on June 12."
        )
        assert [e.status.value for e in bilateral.extract(text, published="2024-05-28")] == [
            "planned"
        ]
