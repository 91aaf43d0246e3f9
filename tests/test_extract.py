"""extract(): events from articles — unit cases, properties and the example corpus."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def codes(event: bilateral.Event) -> list[str]:
    return [c.alpha_3 for c in event.countries]


def one(text: str, published: dt.date) -> bilateral.Event:
    events = bilateral.extract(text, published=published)
    assert len(events) == 1, [bilateral.to_dict(e) for e in events]
    return events[0]


class TestExtractUnit:
    def test_planned_meeting_next_week(self) -> None:
        """A planned meeting gets the ISO week after publication, both states and both people."""
        e = one(
            "Brazil's Foreign Minister Mauro Vieira will meet Argentine Foreign Minister "
            "Gerardo Werthein next week in Brasilia.",
            dt.date(2025, 3, 12),
        )
        assert e.kind == "meeting" and e.status == "planned"
        assert codes(e) == ["ARG", "BRA"]
        assert e.date is not None and e.date.timex == "2025-W12"
        assert {p.name for p in e.participants} == {"Mauro Vieira", "Gerardo Werthein"}
        assert e.codes is not None and e.codes.cameo == "036"

    def test_past_visit_has_host(self) -> None:
        """A held visit names the visited state as host and is coded 042."""
        e = one("Kenyan President William Ruto visited Ethiopia on Tuesday.", dt.date(2024, 2, 9))
        assert e.kind == "visit" and e.status == "occurred"
        assert e.host is not None and e.host.alpha_3 == "ETH"
        assert e.date is not None and e.date.timex == "2024-02-06"
        assert e.codes is not None and e.codes.cameo == "042"

    def test_report_date_is_not_event_date(self) -> None:
        """'said on Monday' dates the report, so the event has no date."""
        e = one(
            "Vietnam and Thailand will hold talks on fisheries, "
            "the Thai foreign ministry said on Monday.",
            dt.date(2024, 9, 2),
        )
        assert e.status == "planned"
        assert e.date is None

    def test_no_date_without_one_in_text(self) -> None:
        """The publication date is never a default date."""
        e = one("Chile and Peru are preparing to hold border talks.", dt.date(2024, 9, 2))
        assert e.date is None

    @pytest.mark.parametrize(
        ("sentence", "status"),
        [
            ("Prime Minister Narendra Modi is expected to visit Russia next week.", "planned"),
            ("The emir of Qatar became the first head of state to visit Syria in May.", "occurred"),
        ],
    )
    def test_to_visit(self, sentence: str, status: str) -> None:
        """'to visit' names a visit: planned or told afterwards."""
        [e] = bilateral.extract(sentence, published=dt.date(2024, 6, 1))
        assert e.kind == "visit" and e.status == status

    def test_he_after_a_fronted_date_is_the_official_named_before(self) -> None:
        """'On April 8 he held talks with Mikati': he is the Cypriot president named before."""
        events = bilateral.extract(
            "Cypriot President Nikos Christodoulides arrived in Beirut on Thursday. On April 8 "
            "he held talks with Lebanese Prime Minister Najib Mikati.",
            published=dt.date(2024, 5, 2),
        )
        talks = [e for e in events if e.date is not None and e.date.timex == "2024-04-08"]
        assert [codes(e) for e in talks] == [["CYP", "LBN"]]

    def test_has_flown_to_is_a_visit(self) -> None:
        """'has flown to Albania' is a visit."""
        e = one(
            "Italian Prime Minister Giorgia Meloni has flown to Albania to inspect two centres.",
            dt.date(2024, 6, 5),
        )
        assert e.kind == "visit" and codes(e) == ["ALB", "ITA"]

    def test_will_come_to_a_capital_is_a_visit(self) -> None:
        """'will come to Skopje' is a visit; 'came to power' is not."""
        e = one(
            "Bulgarian Foreign Minister Georg Georgiev will come to Skopje in mid-May for talks "
            "with North Macedonia's Foreign Minister Timco Mucunski.",
            dt.date(2025, 4, 14),
        )
        assert e.kind == "visit" and e.status == "planned"
        assert e.host is not None and e.host.alpha_3 == "MKD"
        text = "Bulgaria's new government came to power in January."
        assert bilateral.extract(text, published=dt.date(2025, 4, 14)) == []

    def test_a_bodys_official_visiting_a_state_is_no_bilateral_visit(self) -> None:
        """An EU commissioner's visit to Skopje is not a visit by another state."""
        text = (
            "North Macedonia and Bulgaria held talks on Monday. EU Enlargement Commissioner "
            "Marta Kos, who visited Skopje last month, praised both."
        )
        events = bilateral.extract(text, published=dt.date(2025, 4, 14))
        assert [e.kind.value for e in events] == ["talks"]

    def test_attending_an_inauguration_is_a_visit(self) -> None:
        """Attending another leader's inauguration is a visit to that state."""
        e = one(
            "South African President Cyril Ramaphosa attended the inauguration of Mozambican "
            "President Daniel Chapo in Maputo on 15 January.",
            dt.date(2025, 2, 3),
        )
        assert e.kind == "visit" and codes(e) == ["MOZ", "ZAF"]
        assert e.host is not None and e.host.alpha_3 == "MOZ"

    def test_the_demonym_capital_is_the_host_city(self) -> None:
        """'arrived in the Ukrainian capital': Ukraine hosts, and the capital is the place."""
        [e] = bilateral.extract(
            "Indian Prime Minister Narendra Modi arrived in the Ukrainian capital on Friday "
            "for talks with President Volodymyr Zelensky.",
            published=dt.date(2024, 8, 23),
        )
        assert codes(e) == ["IND", "UKR"]
        assert e.host is not None and e.host.alpha_3 == "UKR"

    @pytest.mark.parametrize(
        "text",
        [
            "Vietnamese Prime Minister Pham Minh Chinh and Australian Prime Minister Anthony "
            "Albanese launched the dialogue at talks in Hanoi on June 3.",
            "Vietnamese Prime Minister Pham Minh Chinh and Australian Prime Minister Anthony "
            "Albanese held a dialogue and talks in Hanoi on June 3.",
        ],
    )
    def test_a_place_told_by_a_second_trigger_of_one_event_sets_the_host(self, text: str) -> None:
        """Two event words of one meeting: the place after the second names the host."""
        e = one(text, dt.date(2024, 7, 1))
        assert codes(e) == ["AUS", "VNM"]
        assert e.host is not None and e.host.alpha_3 == "VNM"

    def test_a_stop_inside_a_visits_days_is_the_same_visit(self) -> None:
        """'arrived on Sunday for a four-day visit … will fly to Surabaya on Tuesday': one visit."""
        events = bilateral.extract(
            "Australian Prime Minister Anthony Albanese arrived in Jakarta on Sunday for a "
            "four-day visit, his second to Indonesia this year. He held talks with President "
            "Prabowo Subianto on Monday and will fly to Surabaya on Tuesday.",
            published=dt.date(2025, 5, 19),
        )
        visits = [e for e in events if e.kind == "visit"]
        assert len(visits) == 1
        [v] = visits
        assert v.date is not None
        assert (v.date.start, v.date.end) == (dt.date(2025, 5, 18), dt.date(2025, 5, 21))

    def test_an_arrival_and_the_talks_the_next_day_are_one_visit(self) -> None:
        """'arrived … on Monday evening for a state visit. On Tuesday, … held talks': one
        trip, from the arrival to the talks, told as done."""
        e = one(
            "Indonesian President Prabowo Subianto arrived in Tokyo on Monday evening for a "
            "state visit. On Tuesday, Prabowo held talks with Japanese Prime Minister Shigeru "
            "Ishiba.",
            dt.date(2024, 12, 17),
        )
        assert e.host is not None and e.host.alpha_3 == "JPN"
        assert e.date is not None and e.date.timex == "2024-12-16/2024-12-17"
        assert e.status == "occurred"

    def test_other_envoys_two_days_apart_stay_two_events(self) -> None:
        """The foreign ministers on Sunday and the leaders on Tuesday: two meetings."""
        events = bilateral.extract(
            "Indonesian Foreign Minister Sugiono visited Tokyo on Sunday. On Tuesday, President "
            "Prabowo Subianto held talks with Japanese Prime Minister Shigeru Ishiba in Tokyo.",
            published=dt.date(2024, 12, 17),
        )
        assert len(events) == 2

    def test_a_trip_starting_on_the_day_of_publication_is_still_planned(self) -> None:
        """'is expected to arrive on Tuesday for a two-day visit', told on that Tuesday."""
        e = one(
            "Russian President Vladimir Putin is expected to arrive in Hanoi on Tuesday for a "
            "two-day state visit.",
            dt.date(2024, 6, 18),
        )
        assert e.status == "planned"
        assert e.date is not None and e.date.end == dt.date(2024, 6, 19)

    def test_one_person_spelled_with_and_without_accents_is_listed_once(self) -> None:
        """The roster's "Luiz Inácio Lula da Silva" and the text's "Luiz Inacio …": one
        participant, as the text writes him."""
        e = one(
            "Xi, Lula hold talks in Brasilia\n\nChinese President Xi Jinping held talks with "
            "Brazilian President Luiz Inacio Lula da Silva in Brasilia on Wednesday.",
            dt.date(2024, 11, 20),
        )
        assert [p.name for p in e.participants] == ["Xi Jinping", "Luiz Inacio Lula da Silva"]

    def test_the_pair_in_a_relative_clause_is_the_articles_pair(self) -> None:
        """'The two presidents, who last met in Warsaw earlier this month, …': Poland and
        Lithuania met, not the states named later in the sentence."""
        events = bilateral.extract(
            "Polish President Andrzej Duda will visit Lithuania next week for talks with "
            "President Gitanas Nauseda. The two presidents, who last met in Warsaw earlier this "
            "month, will also tour a base that Germany is building in Lithuania.",
            published=dt.date(2024, 10, 29),
        )
        met = [e for e in events if e.status == "occurred"]
        assert len(met) == 1
        assert codes(met[0]) == ["LTU", "POL"]
        assert met[0].host is not None and met[0].host.alpha_3 == "POL"
        assert met[0].date is not None and met[0].date.timex == "2024-10"

    def test_he_is_the_traveller_not_the_man_he_met(self) -> None:
        """'arrived in Egypt from Saudi Arabia … The day before, he had met Crown Prince …
        He is scheduled to travel to Israel': three events of the traveller's state; the
        origin of a trip is no party."""
        events = bilateral.extract(
            "U.S. Secretary of State Antony Blinken arrived in Egypt from Saudi Arabia on "
            "Thursday. The day before, he had met Crown Prince Mohammed bin Salman in Jeddah. "
            "He is scheduled to travel to Israel on Friday to meet Prime Minister Benjamin "
            "Netanyahu.",
            published=dt.date(2024, 3, 8),
        )
        got = [(codes(e), e.date.timex if e.date else None) for e in events]
        assert got == [
            (["EGY", "USA"], "2024-03-07"),
            (["SAU", "USA"], "2024-03-06"),
            (["ISR", "USA"], "2024-03-08"),
        ]

    def test_talks_under_way_are_dated_by_publication(self) -> None:
        """'are holding talks' with no date of its own: under way on the day of publication."""
        e = one(
            "Russian President Vladimir Putin and Indian Prime Minister Narendra Modi are "
            "holding talks at a hotel in Tianjin, Indian officials said.",
            dt.date(2025, 9, 1),
        )
        assert e.status == "ongoing"
        assert e.date is not None and e.date.timex == "2025-09-01"

    @pytest.mark.parametrize(
        "text",
        [
            "Kenyan Foreign Minister Musalia Mudavadi will also call on President Samia "
            "Suluhu Hassan on Thursday.",
            "Kenyan Foreign Minister Musalia Mudavadi paid a courtesy call on Tanzanian "
            "President Samia Suluhu Hassan on Thursday.",
        ],
    )
    def test_a_call_on_an_official_is_a_meeting(self, text: str) -> None:
        """A courtesy call is a meeting in person, not a phone call."""
        e = one(text, dt.date(2025, 3, 10))
        assert e.kind == "meeting" and codes(e) == ["KEN", "TZA"]

    def test_a_call_on_someone_to_act_is_an_appeal(self) -> None:
        """'called on President Biden to end the war': no event."""
        assert not bilateral.extract(
            "Pakistan's prime minister called on President Joe Biden to end the war.",
            published=dt.date(2024, 3, 10),
        )

    def test_a_meeting_that_was_not_planned_is_no_event(self) -> None:
        """'A separate meeting between A and B was not planned': denied by its predicate."""
        assert not bilateral.extract(
            "A separate meeting between Polish President Andrzej Duda and Lithuanian Prime "
            "Minister Ingrida Simonyte was not planned, the office said.",
            published=dt.date(2024, 10, 29),
        )

    def test_a_possessive_date_of_another_noun_does_not_date_the_event(self) -> None:
        """'The visit comes after Sunday's run-off': Sunday is the run-off's."""
        events = bilateral.extract(
            "Polish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius. "
            "The meeting comes as Lithuania forms a government after Sunday's run-off.",
            published=dt.date(2024, 10, 29),
        )
        assert [e.date for e in events] == [None]

    def test_a_binational_cabinet_meeting_is_bilateral(self) -> None:
        """A cabinet meeting is domestic; a binational one is an event of both states."""
        e = one(
            "The binational cabinet meeting between Ecuador and Colombia that was scheduled "
            "for March 4 in the Ecuadorian city of Tulcan has been called off.",
            dt.date(2025, 2, 20),
        )
        assert codes(e) == ["COL", "ECU"] and e.status == "cancelled"
        assert e.date is not None and e.date.timex == "2025-03-04"
        assert not bilateral.extract(
            "Ecuador's ministers held a cabinet meeting in Quito on Monday to discuss Colombia.",
            published=dt.date(2025, 2, 20),
        )

    def test_a_passive_discussed_tells_a_topic_not_talks(self) -> None:
        """'Closer ties between Turkey and Iraq were discussed': who talked is not said."""
        assert (
            bilateral.extract(
                "Closer energy ties between Turkey and Iraq were discussed at length on Monday, "
                "officials said.",
                published=dt.date(2025, 3, 3),
            )
            == []
        )

    def test_meant_to_is_a_plan_whatever_its_date(self) -> None:
        """'was meant to host … in March 2021': planned, not occurred, and dated."""
        e = one(
            "In March 2021, Japan was meant to host the leaders of the Quad in Tokyo.",
            dt.date(2025, 8, 20),
        )
        assert e.kind == "summit" and e.status == "planned"
        assert e.date is not None and e.date.timex == "2021-03"

    def test_a_date_before_a_schedule_cue_dates_the_event(self) -> None:
        """'On Friday, Ruto is expected to meet Samia': Friday is the meeting's."""
        e = one(
            "On Friday, Kenyan President William Ruto is expected to meet Tanzanian President "
            "Samia Suluhu Hassan in Arusha.",
            dt.date(2025, 8, 20),
        )
        assert e.status == "planned"
        assert e.date is not None and e.date.timex == "2025-08-22"

    @pytest.mark.parametrize("word", ["when", "after", "before", "once"])
    def test_parties_after_a_subordinator_belong_to_its_verb(self, word: str) -> None:
        """'The dialogue was launched after A and B met in Hanoi': A and B met."""
        e = one(
            f"The dialogue was launched {word} Vietnamese Prime Minister Pham Minh Chinh and "
            "Australian Prime Minister Anthony Albanese met in Hanoi on June 3.",
            dt.date(2024, 7, 1),
        )
        assert codes(e) == ["AUS", "VNM"]
        assert {p.name for p in e.participants} == {"Pham Minh Chinh", "Anthony Albanese"}

    def test_a_date_in_a_clause_about_a_person_is_not_the_events(self) -> None:
        """'…, who became prime minister in August, attended the summit': not an August summit."""
        [e] = bilateral.extract(
            "Thai Prime Minister Paetongtarn Shinawatra, who took office in August, met "
            "Malaysian Prime Minister Anwar Ibrahim.",
            published=dt.date(2024, 10, 10),
        )
        assert e.date is None

    def test_the_lead_news_is_not_a_meeting_of_weeks_ago(self) -> None:
        """The undated lunch of the lead and 'they met on Sept. 23' further down are two."""
        text = (
            "Trump hosts Milei at the White House\n\n"
            "U.S. President Donald Trump praised Argentine President Javier Milei at the start "
            "of a lunch with him and their delegations in the Cabinet Room, telling reporters "
            "that support for Argentina would continue.\n\n"
            "Trump and Milei met on Sept. 23 in New York, on the margins of the U.N. General "
            "Assembly."
        )
        events = bilateral.extract(text, published=dt.date(2025, 10, 15))
        assert sorted(e.date.timex if e.date else "" for e in events) == ["", "2025-09-23"]

    def test_discussed_at_length_by_telephone_is_a_call(self) -> None:
        """'by telephone' at the end of a long clause still makes its verb a call."""
        e = one(
            "Last week, Egyptian President Abdel Fattah al-Sisi and Saudi Crown Prince Mohammed "
            "bin Salman discussed regional developments, including the ceasefire in Gaza, by "
            "telephone.",
            dt.date(2025, 2, 11),
        )
        assert e.kind == "call" and codes(e) == ["EGY", "SAU"]

    def test_talks_in_a_phone_call_are_a_call(self) -> None:
        """'discussed … in a phone call': the talks were a call, dated by the brackets."""
        [e] = bilateral.extract(
            "Russian Foreign Minister Sergei Lavrov and Kazakh Foreign Minister Murat Nurtleu "
            "discussed the visit in a phone call on Thursday (Nov 14).",
            published=dt.date(2024, 11, 27),
        )
        assert e.kind == "call" and e.date is not None and e.date.timex == "2024-11-14"

    def test_three_days_of_talks_from_today_are_under_way(self) -> None:
        """'arrived on Tuesday for three days of talks', told on Tuesday: a run of three days
        that includes the day of publication, so the visit is ongoing."""
        [e] = bilateral.extract(
            "U.S. national security adviser Jake Sullivan arrived in Beijing on Tuesday for "
            "three days of talks with Chinese Foreign Minister Wang Yi.",
            published=dt.date(2024, 8, 27),
        )
        assert e.date is not None and e.date.timex == "2024-08-27/2024-08-29"
        assert e.status == "ongoing"

    def test_millions_of_tourists_are_no_state(self) -> None:
        """'8.8 million South Koreans visiting Japan' are people, not a state's visit."""
        text = "Tourism has surged, with 8.8 million South Koreans visiting Japan last year."
        assert bilateral.extract(text, published=dt.date(2025, 7, 24)) == []

    def test_arrived_on_a_two_day_visit_runs_two_days(self) -> None:
        """'arrived … on Tuesday on a two-day state visit', told on Tuesday: ongoing, two days."""
        events = bilateral.extract(
            "Indian Prime Minister Narendra Modi arrived in Port Louis on Tuesday on a two-day "
            "state visit to Mauritius.",
            published=dt.date(2025, 3, 11),
        )
        [e] = events
        assert e.date is not None and e.date.timex == "2025-03-11/2025-03-12"
        assert e.status == "ongoing"

    def test_an_arrival_starts_a_visit_that_ends_today(self) -> None:
        """'arrived on Saturday for a two-day visit that ends today': Saturday and Sunday."""
        [e] = bilateral.extract(
            "Rwandan President Paul Kagame on Saturday arrived in Pemba, Mozambique, for a "
            "two-day visit that ends today.",
            published=dt.date(2022, 9, 25),
        )
        assert e.date is not None
        assert (e.date.start, e.date.end) == (dt.date(2022, 9, 24), dt.date(2022, 9, 25))
        assert e.status == "ongoing"

    def test_ending_a_visit_counts_back(self) -> None:  # near-miss
        """'returned on Sunday after ending his two-day visit': Saturday and Sunday."""
        [e] = bilateral.extract(
            "Kagame returned to Kigali on Sunday after ending his two-day visit to Mozambique.",
            published=dt.date(2022, 9, 26),
        )
        assert e.date is not None
        assert (e.date.start, e.date.end) == (dt.date(2022, 9, 24), dt.date(2022, 9, 25))

    def test_hosting_foreign_leaders_is_a_habit(self) -> None:
        """'where Xi has hosted foreign leaders' names no event."""
        text = "They met at a resort where China's President Xi Jinping hosted foreign leaders."
        assert bilateral.extract(text, published=dt.date(2024, 8, 27)) == []

    def test_a_conversation_on_the_margins_is_a_meeting(self) -> None:
        """A conversation on the margins of a conference was held in person."""
        e = one(
            "India's External Affairs Minister S. Jaishankar had a good conversation with Polish "
            "Foreign Minister Radoslaw Sikorski on the margins of the conference.",
            dt.date(2025, 2, 15),
        )
        assert e.kind == "meeting" and codes(e) == ["IND", "POL"]

    def test_phone_call(self) -> None:
        """A phone conversation is a call with the phone channel and CAMEO 041."""
        e = one(
            "German Chancellor Olaf Scholz spoke by phone with French President "
            "Emmanuel Macron on Sunday.",
            dt.date(2024, 3, 5),
        )
        assert e.kind == "call" and e.status == "occurred" and e.channel == "phone"
        assert codes(e) == ["DEU", "FRA"]
        assert e.codes is not None and e.codes.cameo == "041"

    def test_cancelled(self) -> None:
        """A called-off meeting is cancelled."""
        e = one(
            "Mexico called off a planned meeting with Ecuador after the embassy raid.",
            dt.date(2024, 4, 8),
        )
        assert e.status == "cancelled"

    def test_two_meetings_of_one_pair_in_a_sentence(self) -> None:
        """Each verb with its own people is its own meeting, dated by its own clause."""
        events = bilateral.extract(
            "Indian Foreign Minister S. Jaishankar met Chinese Foreign Minister Wang Yi in Rio "
            "last month, and Indian Defence Minister Rajnath Singh met Chinese Defence Minister "
            "Dong Jun in Vientiane on November 20.",
            published=dt.date(2024, 12, 18),
        )
        assert [e.date.timex if e.date else None for e in events] == ["2024-11", "2024-11-20"]
        assert [[p.name for p in e.participants] for e in events] == [
            ["S. Jaishankar", "Wang Yi"],
            ["Rajnath Singh", "Dong Jun"],
        ]

    @pytest.mark.parametrize(
        "text",
        [
            # 'President Mirziyoyev' in the headline and 'Shavkat Mirziyoyev' are one person
            "Uzbek President Mirziyoyev in Astana for state visit\n\nUzbek President Shavkat "
            "Mirziyoyev is in Astana on Tuesday on a state visit, holding talks with Kazakh "
            "President Kassym-Jomart Tokayev.",
            # delegation members named after 'the two men met' make no second meeting
            "Syrian President Ahmed al-Sharaa held talks with Turkish President Recep Tayyip "
            "Erdogan in Ankara on Tuesday. The two men met for three hours with their "
            "delegations, which included Syria's Foreign Minister Asaad al-Shaibani and "
            "Turkey's Foreign Minister Hakan Fidan.",
        ],
    )
    def test_the_same_sides_told_again_are_one_event(self, text: str) -> None:
        """Other names for the same people, or their delegations, do not split an event."""
        assert len(bilateral.extract(text, published=dt.date(2025, 4, 16))) == 1

    def test_an_official_without_a_state_is_of_the_article_partner(self) -> None:
        """An official named with no state, beside one side, is of the article's other side."""
        text = (
            "India and China hold border talks\n\nNational Security Adviser Ajit Doval and "
            "Chinese Foreign Minister Wang Yi opened a new round of talks in Beijing on "
            "Wednesday."
        )
        [e] = bilateral.extract(text, published=dt.date(2024, 12, 18))
        assert codes(e) == ["CHN", "IND"]
        people = {p.name: p.country and p.country.alpha_3 for p in e.participants}
        assert people == {"Ajit Doval": "IND", "Wang Yi": "CHN"}

    def test_no_partner_guessed_when_the_article_gives_two(self) -> None:
        """With two partners for China in the article, the official's state stays unknown."""
        text = (
            "India and China held talks in May. Japan and China met in June.\n\n"
            "National Security Adviser Ajit Doval and Chinese Foreign Minister Wang Yi "
            "opened a new round of talks in Beijing on Wednesday."
        )
        events = bilateral.extract(text, published=dt.date(2024, 12, 18))
        assert all(codes(e) != ["CHN"] for e in events)
        assert all("Ajit Doval" not in [p.name for p in e.participants] for e in events)

    @pytest.mark.parametrize(
        "tail",
        [
            "with Oman again acting as mediator",
            "with Qatar as a mediator",
            "with Omani Foreign Minister Badr Albusaidi mediating",
            "with Omani diplomats shuttling between the two sides",
        ],
    )
    def test_a_go_between_is_not_a_party(self, tail: str) -> None:
        """The state or official that mediates is not one of the sides."""
        [e] = bilateral.extract(
            f"Iran and the United States will hold talks in Rome on Saturday, {tail}.",
            published=dt.date(2025, 4, 17),
        )
        assert codes(e) == ["IRN", "USA"]

    def test_called_off_days_before(self) -> None:
        """'called off two days before' ends the event: a time, not an object, follows."""
        e = one(
            "A meeting between Chile's and Bolivia's ministers in La Paz, set for "
            "Oct. 23, was called off two days before it was due to take place.",
            dt.date(2025, 11, 10),
        )
        assert e.status == "cancelled"
        assert e.date is not None and e.date.timex == "2025-10-23"

    @pytest.mark.parametrize(
        ("sentence", "status"),
        [
            ("The meeting between Chile and Peru was postponed Monday.", "postponed"),
            ("Chile postponed Tuesday's meeting with Peru.", "postponed"),
            ("Trump shelves Budapest summit with Putin", "cancelled"),
            ("The talks between Chile and Peru will not go ahead.", "cancelled"),
            ("Chile scrapped new tariffs on Peru after talks with Lima.", "occurred"),
            (
                "The Czech government called off intergovernmental consultations with Slovakia.",
                "cancelled",
            ),
            (
                "Paraguay suspended talks with Brazil, calling off a round that had been "
                "scheduled for next week.",
                "cancelled",
            ),
            (
                "Georgia's prime minister had been expected to travel on to Azerbaijan for "
                "talks but was forced to cancel the stop.",
                "cancelled",
            ),
        ],
    )
    def test_what_is_called_off(self, sentence: str, status: str) -> None:
        """A day or a name after the verb does not hide the event it calls off; a plain
        object that is no event word ('tariffs') does."""
        [e] = bilateral.extract(sentence, published=dt.date(2025, 10, 22))
        assert e.status == status

    def test_the_source_of_the_report_is_not_a_side(self) -> None:
        """'…, Oman's foreign minister, Badr Albusaidi, said': the source, not a side."""
        [e] = bilateral.extract(
            "Nuclear talks between Iran and the United States that had been due to take place "
            "in Rome on Saturday have been postponed, Oman's foreign minister, Badr Albusaidi, "
            "said on Thursday.",
            published=dt.date(2025, 5, 1),
        )
        assert codes(e) == ["IRN", "USA"] and e.status == "postponed"

    def test_a_speaker_after_a_fronted_clause_is_a_side(self) -> None:
        """'After the call with Putin on July 3, Trump said …': the main clause's subject."""
        events = bilateral.extract(
            "After the phone call with Russian President Vladimir Putin on July 3, U.S. "
            "President Donald Trump said he was very disappointed.",
            published=dt.date(2025, 8, 7),
        )
        assert [codes(e) for e in events] == [["RUS", "USA"]]

    def test_a_list_of_dated_items_dates_each_item(self) -> None:
        """A ministry's list of press releases: each item takes the date on the line above."""
        text = (
            "Press releases\n\n2024-10-18\nForeign Minister Ararat Mirzoyan met Iranian "
            "Foreign Minister Abbas Araghchi.\n\nThey discussed regional security and "
            "transport links at length.\n\n2024-10-17\nArmenian Foreign Minister Ararat "
            "Mirzoyan held a phone call with Georgian Foreign Minister Ilia Darchiashvili."
        )
        events = bilateral.extract(text, published=dt.date(2024, 10, 18))
        assert {e.kind.value: e.date.timex if e.date else None for e in events} == {
            "meeting": "2024-10-18",
            "call": "2024-10-17",
        }

    def test_a_feed_of_titles_over_dated_lines(self) -> None:
        """A news feed: an item's title, then its date and time, then its text."""
        text = (
            "News\n\nTelephone conversation with President of Tajikistan Emomali Rahmon\n"
            "March 24, 2024, 18:30\n\nVladimir Putin had a telephone conversation with "
            "Emomali Rahmon.\n\nTelephone conversation with Prime Minister of India Narendra "
            "Modi\nMarch 20, 2024, 15:00\n\nVladimir Putin had a telephone conversation with "
            "Narendra Modi. The Prime Minister accepted an invitation to visit Russia."
        )
        events = bilateral.extract(text, published=dt.date(2024, 3, 27))
        dates = {tuple(codes(e)): (e.kind.value, e.date.timex if e.date else None) for e in events}
        assert dates[("RUS", "TJK")] == ("call", "2024-03-24")
        assert dates[("IND", "RUS")] in {("call", "2024-03-20"), ("visit", None)}
        calls = [e for e in events if e.kind == "call" and codes(e) == ["IND", "RUS"]]
        assert [e.date.timex if e.date else None for e in calls] == ["2024-03-20"]

    def test_during_the_visit_takes_the_clauses_status(self) -> None:
        """'During the visit, he will be accorded …': the visit is planned, not occurred."""
        [e] = bilateral.extract(
            "The President of the Republic of Angola, Joao Lourenco, will pay a State Visit to "
            "India from 02-04 May 2025. During the visit, President Lourenco will be accorded a "
            "ceremonial welcome.",
            published=dt.date(2025, 4, 28),
        )
        assert e.status == "planned" and codes(e) == ["AGO", "IND"]

    def test_one_date_line_at_the_top_is_no_events_date(self) -> None:
        """A lone date under the headline stamps the publication, not the meeting."""
        text = (
            "Leaders meet\n\n5 February 2025\n\nSyrian President Ahmed al-Sharaa held talks "
            "with Turkish President Recep Tayyip Erdogan in Ankara."
        )
        [e] = bilateral.extract(text, published=dt.date(2025, 2, 5))
        assert e.date is None

    def test_agency_copy_received_in_the_dateline_capital(self) -> None:
        """'ABU DHABI (WAM) -- … Sheikh Mansour … received Kenya's Deputy President': the
        host is the dateline's state when no state is named before 'received'."""
        text = (
            "UAE VP receives Kenyan Deputy President\n\nABU DHABI, 12th November, 2024 (WAM) -- "
            "H.H. Sheikh Mansour bin Zayed Al Nahyan received at Qasr Al Watan Prof. Kithure "
            "Kindiki, Deputy President of the Republic of Kenya, on Monday."
        )
        events = bilateral.extract(text, published=dt.date(2024, 11, 12))
        assert [codes(e) for e in events] == [["ARE", "KEN"]]
        assert events[0].host is not None and events[0].host.alpha_3 == "ARE"

    def test_related_headlines_are_not_events(self) -> None:
        """Other stories' headlines under "Related" are not this story's events."""
        events = bilateral.extract(
            "Chilean President Gabriel Boric met Peruvian President Dina Boluarte in Lima on "
            "Monday.\n\nRelated stories\n- Wong and Wang to hold talks in Laos\n"
            "- Modi to visit Moscow next month\n",
            published=dt.date(2024, 7, 2),
        )
        assert [codes(e) for e in events] == [["CHL", "PER"]]

    def test_parties_after_as_belong_to_their_own_clause(self) -> None:
        """'The visit comes as Mauritius and Britain continue to negotiate': not the visit's."""
        events = bilateral.extract(
            "Indian Prime Minister Narendra Modi arrived in Port Louis on Tuesday. The visit "
            "comes as Mauritius and the United Kingdom continue to negotiate a treaty.",
            published=dt.date(2025, 3, 11),
        )
        visits = [e for e in events if e.kind == "visit"]
        assert [codes(e) for e in visits] == [["IND", "MUS"]]

    def test_who_leads_each_delegation_takes_part(self) -> None:
        """A sentence naming who leads each side adds them to the talks told before it."""
        [e] = bilateral.extract(
            "Senior U.S. and Chinese officials are holding trade talks in London this week. "
            "The U.S. delegation is led by Treasury Secretary Scott Bessent, while China's team "
            "is headed by Vice Premier He Lifeng.",
            published=dt.date(2025, 6, 10),
        )
        assert sorted(p.name or "" for p in e.participants) == ["He Lifeng", "Scott Bessent"]

    def test_a_datelines_date_is_not_the_events(self) -> None:
        """'WASHINGTON, Oct 22 —' dates the filing, not the summit."""
        [e] = bilateral.extract(
            "Summit off\n\nWASHINGTON, Oct 22 — Plans for a summit between President Donald "
            "Trump and Russian President Vladimir Putin have been shelved.",
            published=dt.date(2025, 10, 22),
        )
        assert e.status == "cancelled" and e.date is None

    def test_postponed(self) -> None:
        """A postponed summit is postponed."""
        e = one("The summit between Egypt and Sudan has been postponed.", dt.date(2024, 4, 8))
        assert e.status == "postponed" and e.kind == "summit"

    def test_the_states_of_a_war_told_as_topic_are_not_parties(self) -> None:
        """'overshadowed by the war between Israel and Iran': not the summit's states."""
        e = one(
            "The G7 summit in Canada was overshadowed by the war between Israel and Iran.",
            dt.date(2025, 6, 18),
        )
        assert codes(e) == ["CAN", "DEU", "FRA", "GBR", "ITA", "JPN", "USA"]

    def test_topic_countries_are_not_parties(self) -> None:
        """States named in what is discussed do not join the event."""
        e = one(
            "Japan and Australia held talks on Tuesday to discuss security concerns "
            "about China and Russia.",
            dt.date(2024, 10, 10),
        )
        assert codes(e) == ["AUS", "JPN"]

    def test_first_since_duration(self) -> None:
        """'the first talks in nearly a decade' is a duration, not a date."""
        e = one(
            "Greece and Turkey are set to hold their first defence talks in nearly a decade.",
            dt.date(2024, 1, 3),
        )
        assert isinstance(e, bilateral.Meeting)
        assert e.first_since == bilateral.Duration(
            value="P10Y", mod="approx", text=e.first_since.text if e.first_since else None
        )
        assert e.date is None

    def test_paraphrases_merge(self) -> None:
        """The same meeting told three times is one event with three pieces of evidence."""
        text = (
            "Kenya and Tanzania will hold talks next week.\n\n"
            "The talks are expected to focus on trade.\n\n"
            "Kenya and Tanzania last held such talks in 2019, officials said."
        )
        events = bilateral.extract(text, published=dt.date(2025, 6, 4))
        planned = [e for e in events if e.status == "planned"]
        assert len(planned) == 1
        assert len(planned[0].evidence) >= 2

    def test_domestic_meeting_is_not_an_event(self) -> None:
        """A meeting inside one state has no counterpart and yields nothing."""
        assert (
            bilateral.extract(
                "The French cabinet met in Paris on Monday.", published=dt.date(2024, 1, 3)
            )
            == []
        )

    def test_appeal_is_not_a_call(self) -> None:
        """'called for' is an appeal, not a phone call."""
        assert (
            bilateral.extract(
                "Norway called for calm between Israel and Iran.", published=dt.date(2024, 1, 3)
            )
            == []
        )

    def test_evidence_indexes_input(self) -> None:
        """Every evidence span indexes the input text."""
        text = (
            "Premier Li Qiang met Australian Prime Minister Anthony Albanese in Canberra on Monday."
        )
        e = one(text, dt.date(2024, 6, 18))
        for ev in e.evidence:
            assert text[ev.start : ev.end] == ev.text

    def test_roster_places_bare_names(self) -> None:
        """'President Joe Biden' gets his state from the roster at the event date."""
        e = one(
            "President Joe Biden hosted Kenyan President William Ruto at the White House in May.",
            dt.date(2024, 6, 1),
        )
        assert codes(e) == ["KEN", "USA"]
        assert e.host is not None and e.host.alpha_3 == "USA"

    def test_denied_meeting_is_not_an_event(self) -> None:
        """'are not expected to hold' a meeting denies it: no event."""
        assert (
            bilateral.extract(
                "Peru and Bolivia are not expected to hold a separate meeting at the forum.",
                published=dt.date(2024, 5, 2),
            )
            == []
        )

    @pytest.mark.parametrize(
        "sentence",
        [
            "Mexican President Claudia Sheinbaum said she would be happy to meet Donald Trump.",
            "Japan's prime minister is willing to meet Kim Jong Un without preconditions.",
            "Kenyan President William Ruto would like to visit Ethiopia.",
        ],
    )
    def test_a_wish_is_not_an_event(self, sentence: str) -> None:
        """Being willing or happy to meet is no meeting, planned or held."""
        assert bilateral.extract(sentence, published=dt.date(2025, 9, 4)) == []

    @pytest.mark.parametrize(
        "sentence",
        [
            "Pyongyang says Tokyo must drop the subject before any meeting between Japan and "
            "North Korea could be considered.",
            "A summit between Japan and North Korea that ends in a handshake would be worse "
            "than nothing.",
            "If Trump revives his summitry with North Korea, Japan could be left out.",
        ],
    )
    def test_a_possible_meeting_is_not_an_event(self, sentence: str) -> None:
        """'any meeting', 'a summit would …' and an 'if' clause name no event."""
        assert bilateral.extract(sentence, published=dt.date(2024, 11, 20)) == []

    @pytest.mark.parametrize(
        "sentence",
        [
            "On Friday Kazakhstan and Kyrgyzstan meet in the kokpar final in Astana.",
            "Ivory Coast, which hosts the Africa Cup of Nations, will meet Guinea-Bissau in the "
            "opening match in Abidjan.",
            "Singapore beat bids from India to host the world chess championship match.",
            "Eritrea denies secret talks with Ethiopia.",
            "Ethiopia's Prime Minister Abiy Ahmed would not beg for talks with Eritrea.",
            "The leaders of Ethiopia and Eritrea have not held a publicly announced meeting "
            "for a long time.",
            "Pakistan's prime minister offers talks to India.",
            "Costa Rica's President Rodrigo Chaves ruled out inviting Colombia's President Gustavo "
            "Petro to the border meeting.",
            "Panama's government denied a local newspaper report that President Jose Raul Mulino "
            "would travel to Washington in March.",
            "Chinese President Xi Jinping offered a state visit to French President Macron.",
            "The UN chief called for dialogue between India and Pakistan.",
            "India and Pakistan should resolve their differences through dialogue.",
            "India and Pakistan were left without any channel for political dialogue.",
            "Congo and Rwanda traded accusations at an emergency meeting of the U.N. Security "
            "Council on Tuesday.",
        ],
    )
    def test_matches_and_denials_are_not_events(self, sentence: str) -> None:
        """A sports final, a denied meeting and talks said not to be sought name no event."""
        assert bilateral.extract(sentence, published=dt.date(2025, 3, 4)) == []

    @pytest.mark.parametrize(
        ("sentence", "expected"),
        [
            # a possessive gives no country to a titled person further on
            (
                "Putin's call with French President Emmanuel Macron lasted two hours.",
                [("call", ["FRA", "RUS"], None)],
            ),
            # a day or a year before a name is no crowd
            ("On Nov. 14 Biden met Xi in Lima.", [("meeting", ["CHN", "USA"], "2024-11-14")]),
            ("In 2024 Xi visited Russia.", [("visit", ["CHN", "RUS"], "2024")]),
            # "last week agreed to visit … in May": the visit is in May, and planned
            (
                "Chinese President Xi Jinping last week agreed to visit Russia in May.",
                [("visit", ["CHN", "RUS"], "2025-05")],
            ),
            # "by phone" after another clause is that clause's
            (
                "Indian Prime Minister Modi visited Japan on Tuesday, a day after he spoke to "
                "Chinese President Xi by phone.",
                [("visit", ["IND", "JPN"], "2025-01-07")],
            ),
            # "had a meeting … where both said they would": it took place
            (
                "Modi had a meeting with Xi in Kazan where both said they would deepen ties.",
                [("meeting", ["CHN", "IND"], None)],
            ),
            # "the May 10 ceasefire" dates the ceasefire, not the talks
            (
                "Pakistani army chief Asim Munir thanked U.S. President Donald Trump for his role "
                "in the May 10 ceasefire, and the two sides discussed energy cooperation.",
                [("talks", ["PAK", "USA"], None)],
            ),
            # a relative clause in the sentence before keeps no date from this one
            (
                "Biden spoke to Harris, who was in Ohio. On Monday, Biden met Xi in Lima.",
                [("meeting", ["CHN", "USA"], "2025-01-06")],
            ),
        ],
    )
    def test_review_regressions(
        self, sentence: str, expected: list[tuple[str, list[str], str | None]]
    ) -> None:
        """Cases a review of the rules found wrong, kept right."""
        events = bilateral.extract(sentence, published=dt.date(2025, 1, 8))
        got = [(e.kind.value, codes(e), e.date.timex if e.date else None) for e in events]
        assert got == expected

    def test_postponed_tariffs_do_not_postpone_a_call(self) -> None:
        """'postponed tariffs' is about tariffs; the call in that sentence still occurred."""
        e = one(
            "Canadian Prime Minister Mark Carney held a phone call with U.S. President Donald "
            "Trump on Tuesday, after which Washington postponed tariffs on steel.",
            dt.date(2025, 5, 8),
        )
        assert e.kind == "call" and e.status == "occurred"

    def test_semicolon_separates_events(self) -> None:
        """A headline with a semicolon tells two events: a call held and talks planned."""
        events = bilateral.extract(
            "Chile and Argentina speak by phone; border talks set for next week",
            published=dt.date(2025, 3, 6),
        )
        assert sorted((e.kind.value, e.status.value) for e in events) == [
            ("call", "occurred"),
            ("talks", "planned"),
        ]

    def test_dateline_city_is_not_a_party(self) -> None:
        """'OSLO —' says where the story was filed, not who took part."""
        e = one("OSLO — Finland and Sweden held defence talks on Monday.", dt.date(2025, 3, 12))
        assert codes(e) == ["FIN", "SWE"]

    def test_group_summit_names_its_members(self) -> None:
        """A G7 summit lists the seven states."""
        e = one("G7 leaders will open their summit in Italy next week.", dt.date(2024, 6, 5))
        assert e.kind == "summit" and len(e.countries) == 7

    def test_visegrad_summit_names_its_members(self) -> None:
        """A summit of the Visegrad Group lists its four states."""
        e = one(
            "Visegrad Group leaders will hold a summit in Prague next month.", dt.date(2025, 2, 5)
        )
        assert codes(e) == ["CZE", "HUN", "POL", "SVK"]

    def test_hosting_a_groups_leaders_is_a_summit(self) -> None:
        """'India will host the leaders of the Quad': a summit India hosts, not a visit."""
        e = one(
            "India will host the leaders of the Quad, the grouping of Australia, India, Japan "
            "and the United States.",
            dt.date(2025, 8, 29),
        )
        assert e.kind == "summit" and e.status == "planned"
        assert codes(e) == ["AUS", "IND", "JPN", "USA"]
        assert e.host is not None and e.host.alpha_3 == "IND"

    def test_baltic_heads_of_government_are_the_three_states(self) -> None:
        """'the three Baltic heads of government will meet in Riga': Estonia, Latvia and
        Lithuania, in Latvia."""
        e = one(
            "The three Baltic heads of government will meet in Riga next Monday.",
            dt.date(2025, 1, 10),
        )
        assert codes(e) == ["EST", "LTU", "LVA"] and e.status == "planned"
        assert e.host is not None and e.host.alpha_3 == "LVA"

    def test_ahead_of_looks_forward(self) -> None:
        """'arrives for a state visit ahead of a summit': the summit is ahead, the visit is not."""
        events = bilateral.extract(
            "Putin arrives in Astana for state visit ahead of summit\n\nRussian President "
            "Vladimir Putin arrived in Astana on Wednesday for a state visit to Kazakhstan.",
            published=dt.date(2024, 11, 27),
        )
        visits = [e for e in events if e.kind == "visit"]
        assert [e.status for e in visits] == ["occurred"]

    def test_nationality_of_a_town_gives_the_location(self) -> None:
        """'in the Peruvian town of Tacna' places the meeting in Peru, its host."""
        e = one(
            "Chilean and Peruvian ministers met in the Peruvian town of Tacna on Friday.",
            dt.date(2024, 11, 20),
        )
        assert codes(e) == ["CHL", "PER"]
        assert isinstance(e, bilateral.Meeting) and e.location is not None
        assert e.location.place == "Tacna" and e.host is not None and e.host.alpha_3 == "PER"

    def test_cue_belongs_to_its_nearest_trigger(self) -> None:
        """'agreed to meet' makes the meeting planned, not the talks that were held."""
        events = bilateral.extract(
            "Egyptian and Jordanian foreign ministers held talks in Amman on Sunday "
            "and agreed to meet again in Cairo.",
            published=dt.date(2025, 2, 4),
        )
        statuses = sorted(e.status.value for e in events)
        assert "occurred" in statuses

    def test_far_date_in_another_clause_is_not_the_event_date(self) -> None:
        """A date in a distant clause about something else does not date the visit."""
        e = one(
            "The visit by Ghana's President John Mahama to Nigeria was welcomed by traders, "
            "whose cross-border shipments have slowed sharply since the new customs rules took "
            "effect across the region on Tuesday.",
            dt.date(2025, 5, 9),
        )
        assert e.date is None

    def test_sports_tour_is_not_a_visit(self) -> None:
        """A national cricket team's tour is not a state visit."""
        assert (
            bilateral.extract(
                "Sri Lanka's cricket team is scheduled to tour New Zealand next month.",
                published=dt.date(2024, 2, 1),
            )
            == []
        )

    def test_call_and_visit_stay_apart(self) -> None:
        """A phone call and a visit between the same states are two events."""
        events = bilateral.extract(
            "Peruvian President Dina Boluarte spoke by phone with Chilean President Gabriel "
            "Boric on Monday. Boluarte visited Chile in March.",
            published=dt.date(2024, 6, 5),
        )
        assert sorted(e.kind.value for e in events) == ["call", "visit"]

    def test_day_range_is_a_run_of_days(self) -> None:
        """'on May 2-3' dates the visit over both days."""
        e = one(
            "Kazakh President Kassym-Jomart Tokayev will pay a state visit to Mongolia on May 2-3.",
            dt.date(2024, 4, 20),
        )
        assert e.date is not None
        assert (e.date.start, e.date.end) == (dt.date(2024, 5, 2), dt.date(2024, 5, 3))
        assert e.date.timex == "2024-05-02/2024-05-03"

    def test_since_year_when_dates_the_event(self) -> None:
        """'since 2019, when he attended a summit' gives the summit 2019."""
        events = bilateral.extract(
            "Indian Prime Minister Narendra Modi has not visited Brazil since 2019, when he "
            "held talks with Brazilian President Jair Bolsonaro in Brasilia.",
            published=dt.date(2024, 6, 5),
        )
        dated = [e for e in events if e.date is not None]
        assert [e.date.timex for e in dated if e.date is not None] == ["2019"]

    def test_counterpart_takes_the_articles_pair(self) -> None:
        """Talks with 'her Ghanaian counterpart' on a date are the article's pair."""
        events = bilateral.extract(
            "Nigeria and Ghana will hold a summit next month.\n\n"
            "The summit follows consultations between Foreign Secretary Ada Okafor and her "
            "Ghanaian counterpart, Kwame Mensah, held in Accra on March 4.",
            published=dt.date(2025, 3, 20),
        )
        pairs = {(tuple(codes(e)), e.status.value) for e in events}
        assert (("GHA", "NGA"), "occurred") in pairs

    def test_readout_call_with_one_side_named(self) -> None:
        """A readout naming only the other side's leader is a call of the article's pair."""
        events = bilateral.extract(
            "PM call with Prime Minister Ulf Kristersson of Sweden: 3 March 2025\n\n"
            "The Prime Minister spoke with the Prime Minister of Sweden, Ulf Kristersson, "
            "this afternoon.\n\nThe leaders agreed that Kristersson would visit Finland "
            "next month.",
            published=dt.date(2025, 3, 3),
        )
        kinds = {(e.kind.value, tuple(codes(e))) for e in events}
        assert ("call", ("FIN", "SWE")) in kinds

    def test_month_as_given_name_is_no_date(self) -> None:
        """'Minister January Makamba' is a person, not a date for the meeting."""
        e = one(
            "Kenya's Prime Cabinet Secretary Musalia Mudavadi will meet Tanzania's Foreign "
            "Minister January Makamba in Arusha.",
            dt.date(2024, 3, 18),
        )
        assert e.date is None

    def test_weekend_call_is_a_run_of_two_days(self) -> None:
        """'over the weekend' dates a call Saturday to Sunday with granularity day."""
        e = one(
            "Turkish President Recep Tayyip Erdogan spoke by phone with Russian President "
            "Vladimir Putin over the weekend.",
            dt.date(2024, 6, 17),
        )
        assert e.date is not None
        assert (e.date.start, e.date.end, e.date.granularity.value, e.date.timex) == (
            dt.date(2024, 6, 15),
            dt.date(2024, 6, 16),
            "day",
            "2024-W24-WE",
        )

    def test_joint_commission_meets(self) -> None:
        """A joint commission session between two states is a meeting."""
        e = one(
            "Ghana and Togo will convene their Joint Commission in Lome next month.",
            dt.date(2024, 5, 2),
        )
        assert codes(e) == ["GHA", "TGO"]
        assert e.status == "planned"

    def test_tour_is_one_visit_per_host(self) -> None:
        """'state visits to Hanoi and Vientiane' are two visits, one to each host."""
        events = bilateral.extract(
            "Indonesian President Prabowo Subianto paid state visits to Hanoi and Vientiane "
            "in March.",
            published=dt.date(2025, 4, 2),
        )
        got = sorted((tuple(codes(e)), e.host.alpha_3 if e.host else None) for e in events)
        assert got == [(("IDN", "LAO"), "LAO"), (("IDN", "VNM"), "VNM")]

    def test_met_the_president_is_a_meeting(self) -> None:
        """'met the president' is a meeting; 'met the deadline' is not."""
        e = one(
            "Vietnamese Prime Minister Pham Minh Chinh met the Philippine president in Manila "
            "on Monday.",
            dt.date(2025, 3, 5),
        )
        assert codes(e) == ["PHL", "VNM"]
        assert bilateral.extract("Both states met the deadline.", published="2025-03-05") == []

    def test_multi_day_visit_runs_over_its_days(self) -> None:
        """A four-day visit that ended on Thursday ran Monday to Thursday."""
        e = one(
            "Nepali Prime Minister KP Sharma Oli returned home on Thursday after ending his "
            "four-day visit to China.",
            dt.date(2024, 12, 6),
        )
        assert e.date is not None
        assert (e.date.start, e.date.end) == (dt.date(2024, 12, 2), dt.date(2024, 12, 5))

    def test_ongoing_two_day_trip_starts_on_publication(self) -> None:
        """'is on a two-day trip' with no date of its own: today and tomorrow."""
        e = one(
            "Georgian Prime Minister Irakli Kobakhidze is on a two-day trip to Armenia.",
            dt.date(2024, 6, 18),
        )
        assert e.status == "ongoing"
        assert e.date is not None
        assert e.date.timex == "2024-06-18/2024-06-19"

    def test_body_date_beats_headline_date(self) -> None:
        """A vaguer headline date gives way to the body's precise one."""
        e = one(
            "Peru and Ecuador ministers meet in Tumbes this month\n\nPeru's Foreign Minister "
            "Javier Gonzalez-Olaechea met Ecuador's Foreign Minister Gabriela Sommerfeld "
            "in Tumbes on June 7.",
            dt.date(2024, 6, 10),
        )
        assert e.date is not None
        assert e.date.timex == "2024-06-07"

    def test_place_before_visit_is_the_host(self) -> None:
        """'his US visit' is a visit to the US; 'South Korea's visit to Japan' is to Japan."""
        e = one("Modi said his US visit would go ahead next week.", dt.date(2025, 1, 1))
        assert e.host is not None and e.host.alpha_3 == "USA"
        e = one("South Korea's visit to Japan was postponed.", dt.date(2025, 1, 1))
        assert e.host is not None and e.host.alpha_3 == "JPN"

    def test_initials_in_a_name(self) -> None:
        """'Prime Minister KP Sharma Oli' is a named official placed by the roster."""
        [m] = [
            a
            for a in bilateral.find_actors(
                "Prime Minister KP Sharma Oli arrived.", on=dt.date(2024, 12, 1)
            )
            if a.actor.name
        ]
        assert m.actor.name == "KP Sharma Oli"
        assert m.actor.country is not None and m.actor.country.alpha_3 == "NPL"

    def test_untranslated_title_and_virtual_meeting(self) -> None:
        """'Raksha Mantri Shri Rajnath Singh held a virtual meeting with …, Mr Richard
        Marles, on 26 April 2025' is a call of India and Australia on that day."""
        e = one(
            "Raksha Mantri Shri Rajnath Singh held a virtual meeting with the Deputy Prime "
            "Minister and Minister for Defence of Australia, Mr Richard Marles, on 26 April "
            "2025.",
            dt.date(2025, 4, 28),
        )
        assert e.kind == "call"
        assert codes(e) == ["AUS", "IND"]
        assert e.date is not None and e.date.timex == "2025-04-26"

    def test_mr_before_a_short_name(self) -> None:
        """'When Mr Albanese first met Mr Xi in Bali in November 2022' is that meeting."""
        events = bilateral.extract(
            "Australian Prime Minister Anthony Albanese met President Xi Jinping in Lima on "
            "Saturday.\n\nWhen Mr Albanese first met Mr Xi in Bali in November 2022, "
            "expectations were low.",
            published=dt.date(2024, 11, 18),
        )
        dates = sorted(e.date.timex for e in events if e.date is not None)
        assert dates == ["2022-11", "2024-11-16"]

    def test_meeting_that_did_not_take_place_is_cancelled(self) -> None:
        """'a planned meeting … did not take place' is cancelled."""
        e = one(
            "A planned meeting between U.S. President Donald Trump and Ukrainian President "
            "Volodymyr Zelensky did not take place.",
            dt.date(2025, 6, 18),
        )
        assert e.status == "cancelled"

    @pytest.mark.parametrize(
        "published", [dt.date(2024, 1, 1), "2024-01-01", dt.datetime(2024, 1, 1, 12)]
    )
    def test_published_forms(self, published: Any) -> None:
        """published accepts a date, an ISO string and a datetime."""
        assert bilateral.extract("Nothing happened.", published=published) == []

    @pytest.mark.parametrize(
        ("text", "published", "error", "match"),
        [
            (b"bytes", dt.date(2024, 1, 1), TypeError, "'text' must be a str"),
            (None, dt.date(2024, 1, 1), TypeError, "'text' must be a str"),
            ("x", None, TypeError, "'published'"),
            ("x", 20240101, TypeError, "'published'"),
            ("x", "yesterday", ValueError, "'published'"),
            ("x", "2024-02-30", ValueError, "'published'"),
        ],
    )
    def test_bad_arguments(
        self, text: Any, published: Any, error: type[Exception], match: str
    ) -> None:
        """Wrong types and impossible dates name the argument."""
        with pytest.raises(error, match=match):
            bilateral.extract(text, published=published)


class TestExtractProperties:
    @given(st.text(max_size=400))
    def test_any_text_gives_a_list(self, text: str) -> None:
        """Any str gives a list of valid events whose evidence indexes the input."""
        events = bilateral.extract(text, published=dt.date(2024, 6, 17))
        assert isinstance(events, list)
        for e in events:
            assert bilateral.from_dict(bilateral.to_dict(e)) == e
            for ev in e.evidence:
                assert text[ev.start : ev.end] == ev.text

    @given(
        st.lists(
            st.sampled_from(
                [
                    "Chinese Premier Li Qiang",
                    "met",
                    "will meet",
                    "talks",
                    "with",
                    "Japan",
                    "South Korea's",
                    "Foreign Minister",
                    "next week",
                    "last month",
                    "on Wednesday",
                    "visit to",
                    "Seoul",
                    "the Kremlin",
                    "called off",
                    "in nearly a decade",
                    "since 2000",
                    ",",
                    ".",
                    "\n",
                    "President Joe Biden",
                    "U.S.",
                    "summit",
                    "trilateral",
                    "Korean",
                    "about",
                    "said",
                ]
            ),
            max_size=40,
        )
    )
    def test_news_like_text(self, words: list[str]) -> None:
        """News-like word salad never raises and yields schema-valid events."""
        text = " ".join(words)
        validator = jsonschema.Draft202012Validator(bilateral.json_schema())
        for e in bilateral.extract(text, published=dt.date(2024, 6, 17)):
            validator.validate(bilateral.to_dict(e))


class TestTourLegs:
    def test_a_talk_joined_to_the_last_leg_is_not_the_first_legs(self) -> None:
        """A visit to two states, then talks with the second: only the second leg holds
        talks (the first stays a visit). A deliberate change of the staged rebuild: the old
        code shared one list of merged kinds between the legs of a tour."""
        text = "Xi visited Serbia and Hungary, holding talks with Hungary, then talks with Hungary."
        events = bilateral.extract(text, published="2024-05-01")
        kinds = {tuple(c.alpha_3 for c in e.countries): e.kind.value for e in events}
        assert kinds == {("CHN", "SRB"): "visit", ("CHN", "HUN"): "talks"}


class TestDestinationWithThe:
    @pytest.mark.parametrize(
        ("place", "code"),
        [("the Netherlands", "NLD"), ("the United Arab Emirates", "ARE"), ("the UAE", "ARE")],
    )
    def test_a_state_written_with_the_is_the_host(self, place: str, code: str) -> None:
        """ "will visit the Netherlands": the state after "the" is the destination and host."""
        text = f"French President Emmanuel Macron will visit {place} next month."
        [event] = bilateral.extract(text, published="2025-06-11")
        assert event.host is not None
        assert event.host.alpha_3 == code

    def test_private_travellers_make_no_visit(self) -> None:
        """ "Visits by Indian tourists to the Maldives": no state's visit; by ministers, one."""
        tourists = "Visits by Indian tourists to the Maldives rose sharply in March."
        assert bilateral.extract(tourists, published="2025-06-11") == []
        ministers = tourists.replace("tourists", "ministers")
        assert len(bilateral.extract(ministers, published="2025-06-11")) == 1


class TestPassiveHost:
    def test_the_agent_of_a_passive_hosts(self) -> None:
        """ "B was received by A": A hosts, as in "A received B"; a plan in "will be"."""
        held = "German Chancellor Friedrich Merz was received by French President Emmanuel Macron."
        [event] = bilateral.extract(held + " They met on Monday.", published="2025-06-11")
        assert event.host is not None
        assert event.host.alpha_3 == "FRA"
        plan = (
            "Japanese Prime Minister Shigeru Ishiba will be hosted by Indian Prime Minister "
            "Narendra Modi in New Delhi next week."
        )
        [event] = bilateral.extract(plan, published="2025-06-11")
        assert (event.status.value, event.host.alpha_3 if event.host else None) == (
            "planned",
            "IND",
        )

    def test_a_received_proposal_is_no_event(self) -> None:
        """ "The proposal was received by the committee": no guest, no visit."""
        text = "The proposal was received by the committee on Monday."
        assert bilateral.extract(text, published="2025-06-11") == []


class TestRefusalsAndConditions:
    @pytest.mark.parametrize(
        ("text", "events"),
        [
            ("Modi declined an invitation to visit China next month.", 0),
            ("Modi turned down an invitation from Xi Jinping to visit Beijing next month.", 0),
            ("Modi accepted an invitation to visit China next month.", 1),
            ("If the ceasefire holds, Modi will visit Pakistan next month.", 0),
            ("As the ceasefire holds, Modi will visit Pakistan next month.", 1),
            ("Modi would meet Shehbaz Sharif only if the sanctions were lifted.", 0),
            ("There are no plans for Modi to visit Pakistan this year, an official said.", 0),
            ("There are plans for Modi to visit Pakistan this year, an official said.", 1),
        ],
    )
    def test_refused_conditional_and_unplanned_events(self, text: str, events: int) -> None:
        """Refused invitations, conditions and "no plans" give no event; their near-misses do."""
        text = text.replace("Modi", "Indian Prime Minister Narendra Modi", 1)
        assert len(bilateral.extract(text, published="2025-06-11")) == events
