"""A third state that hosts or mediates talks between two others is their host, not a party
(CAMEO 044); "spoke on the phone" is a call."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

import bilateral

DAY = dt.date(2025, 6, 11)  # a Wednesday
THIRD = [("Oman", "OMN", "Muscat"), ("Qatar", "QAT", "Doha"), ("Norway", "NOR", "Oslo")]
PAIRS = [("Germany", "Poland", "DEU-POL"), ("India", "Pakistan", "IND-PAK")]


def _core(text: str) -> list[tuple[str, str | None, str | None]]:
    """(states, host, cameo) of each event."""
    return [
        (
            "-".join(c.alpha_3 for c in e.countries),
            e.host and e.host.alpha_3,
            e.codes and e.codes.cameo,
        )
        for e in bilateral.extract(text, published=DAY)
    ]


class TestThirdStateHost:
    def test_hosted_talks_between(self) -> None:
        text = "Oman hosted talks between Germany and Poland in Muscat on Saturday."
        assert _core(text) == [("DEU-POL", "OMN", "044")]

    def test_near_miss_talks_with_is_a_party(self) -> None:
        """Holding talks with a state makes the third state a party."""
        assert _core("Oman held talks with Germany on Saturday.") == [("DEU-OMN", None, "040")]

    def test_mediated_by(self) -> None:
        text = (
            "Talks between Indian and Pakistani officials, mediated by Qatar, took place in Doha."
        )
        assert [(s, h) for s, h, _ in _core(text)] == [("IND-PAK", "QAT")]

    def test_an_official_of_the_third_state_hosts(self) -> None:
        text = "Qatar's emir hosted talks between Germany and Poland in Doha on Saturday."
        assert [(s, h) for s, h, _ in _core(text)] == [("DEU-POL", "QAT")]

    @given(st.sampled_from(THIRD), st.sampled_from(PAIRS))
    def test_any_third_state_any_pair(
        self, third: tuple[str, str, str], pair: tuple[str, str, str]
    ) -> None:
        """Whichever state hosts and whichever pair meets: the pair are the parties."""
        name, code, city = third
        a, b, states = pair
        text = f"{name} hosted talks between {a} and {b} in {city} on Saturday."
        assert [(s, h) for s, h, _ in _core(text)] == [(states, code)]

    def test_json_round_trip(self) -> None:
        [event] = bilateral.extract(
            "Oman hosted talks between Germany and Poland in Muscat on Saturday.", published=DAY
        )
        assert bilateral.from_json(bilateral.to_json([event])) == [event]


class TestSpokeOnThePhone:
    def test_spoke_on_the_telephone(self) -> None:
        text = (
            "French President Emmanuel Macron and German Chancellor Friedrich Merz spoke on the "
            "telephone."
        )
        assert [e.kind.value for e in bilateral.extract(text, published=DAY)] == ["call"]

    def test_near_miss_spoke_on_a_topic(self) -> None:
        text = "French President Emmanuel Macron spoke on the situation in Gaza on Monday."
        assert bilateral.extract(text, published=DAY) == []


class TestVenueOfATrip:
    def test_negotiators_travel_to_the_venue(self) -> None:
        text = "Indian and Chinese negotiators return to Vienna this week for talks."
        [event] = bilateral.extract(text, published=DAY)
        assert [c.alpha_3 for c in event.countries] == ["CHN", "IND"]
        assert event.location is not None and event.location.country is not None
        assert event.location.country.alpha_3 == "AUT"

    def test_near_miss_one_side_travels_to_the_other(self) -> None:
        """One state's negotiators travelling to a capital for talks meet its state."""
        text = "Indian negotiators travel to Vienna this week for talks."
        assert [s for s, _, _ in _core(text)] == ["AUT-IND"]


class TestPassiveVisit:
    def test_the_subject_is_the_state_visited(self) -> None:
        text = "Germany was visited by French President Emmanuel Macron on Saturday."
        assert [(s, h) for s, h, _ in _core(text)] == [("DEU-FRA", "DEU")]


class TestMediatedDate:
    def test_the_date_after_an_enclosed_mediator_is_the_talks(self) -> None:
        text = (
            "Talks between Canadian and Australian officials, mediated by Norway, took place "
            "in Oslo on Monday."
        )
        [event] = bilateral.extract(text, published=DAY)
        assert event.date is not None and event.date.timex == "2025-06-09"

    def test_near_miss_a_date_of_what_was_brokered(self) -> None:
        """After "brokered by China, to restore ties severed in 2016": not the talks' date."""
        text = (
            "Saudi and Iranian officials concluded talks in Beijing with an agreement, brokered "
            "by China, to restore diplomatic ties severed in 2016."
        )
        assert all(
            e.date is None or e.date.timex != "2016" for e in bilateral.extract(text, published=DAY)
        )


class TestPlaceThenState:
    def test_the_state_after_a_place_is_the_venue(self) -> None:
        text = (
            "US President Donald Trump will meet Chinese President Xi Jinping on Thursday in "
            "Busan, South Korea."
        )
        [event] = bilateral.extract(text, published=DAY)
        assert [c.alpha_3 for c in event.countries] == ["CHN", "USA"]
        assert event.location is not None and event.location.country is not None
        assert event.location.country.alpha_3 == "KOR"

    def test_near_miss_a_source_after_a_place(self) -> None:
        """ "in Tashkent, Uzbek officials said": the officials are not the venue."""
        text = "Kazakh President Kassym-Jomart Tokayev will visit Uzbekistan, Uzbek officials said."
        [event] = bilateral.extract(text, published=DAY)
        assert [c.alpha_3 for c in event.countries] == ["KAZ", "UZB"]

    def test_where_a_traveller_came_from_is_no_party(self) -> None:
        text = (
            "US President Donald Trump arrived from Malaysia on Monday and was received by "
            "Japanese Emperor Naruhito at the Imperial Palace."
        )
        assert [s for s, _, _ in _core(text)] == ["JPN-USA"]


class TestDependentTerritories:
    def test_a_territory_visited_is_its_sovereigns_soil(self) -> None:
        [event] = bilateral.extract(
            "US Vice President JD Vance visited Greenland on Friday.", published=DAY
        )
        assert [c.alpha_3 for c in event.countries] == ["DNK", "USA"]
        assert event.location is not None and event.location.country is not None
        assert event.location.country.alpha_3 == "GRL"

    def test_near_miss_its_own_official_is_a_party(self) -> None:
        text = (
            "Greenland's Premier Jens-Frederik Nielsen met Danish Prime Minister Mette "
            "Frederiksen on Monday."
        )
        assert [s for s, _, _ in _core(text)] == ["DNK-GRL"]


class TestPartyHosts:
    def test_the_subject_of_host_talks_with_hosts(self) -> None:
        assert _core("Nairobi will host talks with Addis Ababa next week.")[0][:2] == (
            "ETH-KEN",
            "KEN",
        )

    def test_near_miss_held_talks_with(self) -> None:
        assert _core("Nairobi held talks with Addis Ababa last week.")[0][1] is None


class TestEnvoysAndPlaces:
    def test_sent_its_minister_to_a_capital(self) -> None:
        text = "Moscow sent its foreign minister to Kyiv on Monday for consultations."
        assert _core(text)[0][:2] == ("RUS-UKR", "UKR")

    def test_in_a_city_the_state_is_the_place(self) -> None:
        text = (
            "In Abu Dhabi, the United Arab Emirates, on Tuesday, Indian Prime Minister Narendra "
            "Modi met Egyptian President Abdel Fattah al-Sisi."
        )
        assert [s for s, _, _ in _core(text)] == ["EGY-IND"]


class TestMediatorOnItsSoil:
    def test_a_mediator_on_its_soil_hosts(self) -> None:
        text = (
            "Delegations of China and the United States met on Monday in Geneva for talks "
            "mediated by Switzerland."
        )
        assert _core(text)[0][:2] == ("CHN-USA", "CHE")

    def test_near_miss_a_mediator_elsewhere_does_not(self) -> None:
        text = (
            "Delegations of China and the United States met on Monday in Paris for talks "
            "mediated by Switzerland."
        )
        assert _core(text)[0][:2] == ("CHN-USA", None)

    def test_as_host_and_mediator(self) -> None:
        text = (
            "Abiy and Hassan Sheikh met in Ankara in December, with President Recep Tayyip "
            "Erdogan as host and mediator."
        )
        assert _core(text)[0][:2] == ("ETH-SOM", "TUR")


class TestTwoDestinations:
    def test_visit_two_states_is_two_visits(self) -> None:
        text = (
            "Japanese Prime Minister Shigeru Ishiba will visit Vietnam and the Philippines "
            "during the holidays."
        )
        assert sorted(s for s, _, _ in _core(text)) == ["JPN-PHL", "JPN-VNM"]
