"""The clause layer: relative clauses and appositions with the noun phrase they are about, and
the events read from the clause of their trigger (one event per clause-level event; one
bilateral event per partner of a distributive plural)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral._clauses import CLAUSE_REACH, ClauseKind, clause_of, find_clauses
from bilateral._text import sentences

DAY = dt.date(2025, 6, 11)  # a Wednesday


def _found(text: str) -> list[tuple[str, str, str]]:
    """(kind, clause text, head text) of each clause."""
    return [
        (c.kind.value, text[c.start : c.end], text[c.head[0] : c.head[1]])
        for c in find_clauses(text)
    ]


def _pairs(text: str) -> list[tuple[str, str, str, str | None]]:
    """(kind, status, states, date) of each event, sorted."""
    found = []
    for e in bilateral.extract(text, published=DAY):
        states = "-".join(c.alpha_3 for c in e.countries)
        found.append((e.kind.value, e.status.value, states, e.date and e.date.timex))
    return sorted(found)


class TestFindClauses:
    def test_relative_clause_and_its_head(self) -> None:
        text = "Kenyan President William Ruto, who met Modi last week, flies to Tokyo today."
        assert _found(text) == [
            ("relative", ", who met Modi last week", "Kenyan President William Ruto")
        ]

    def test_apposition(self) -> None:
        text = "Albanese, fresh from talks with Luxon, will host Prabowo on Friday."
        assert _found(text) == [("apposition", ", fresh from talks with Luxon", "Albanese")]

    def test_list_inside_a_clause_does_not_close_it(self) -> None:
        """A capital after a comma continues a list; a lower-case word goes on with the
        main clause."""
        text = "Carney, who met the leaders of Japan, India and Kenya, will fly home."
        assert _found(text)[0][1] == ", who met the leaders of Japan, India and Kenya"

    def test_relative_clause_ending_the_sentence(self) -> None:
        text = "Lula met Xi, who arrived on Monday."
        assert _found(text) == [("relative", ", who arrived on Monday", "Xi")]

    def test_head_is_the_noun_phrase_not_the_verb_before_it(self) -> None:
        """The head of a clause on an object is that object, not the subject and verb."""
        text = "On Monday, Macron met Merz, who is visiting Paris, and Tusk."
        assert _found(text) == []  # "who is" tells a state, not an event of its own
        text = "Macron met German Chancellor Friedrich Merz, who flew in on Monday."
        assert _found(text)[0][2] == "German Chancellor Friedrich Merz"

    def test_a_state_the_head_is_in_is_no_clause(self) -> None:
        """ ", who is on an official visit": the circumstance of the main event."""
        assert _found("Aliyev met Kobakhidze, who is on an official visit to Baku.") == []

    def test_a_passive_relative_clause_is_one(self) -> None:
        text = "Merz, who was received by Macron on Monday, flies to Warsaw today."
        assert [k for k, _, _ in _found(text)] == ["relative"]

    def test_which_clauses_are_not_read(self) -> None:
        """ ", which lasted two hours": about a thing, not about an official's own event."""
        assert _found("The talks, which lasted two hours, ended on Monday.") == []

    def test_no_head_no_clause(self) -> None:
        """A clause after a lower-case word alone has no named head."""
        assert _found("they met, who knows where, on Monday.") == []

    def test_clause_of(self) -> None:
        text = "Macron, who met Merz last week, will visit Kenya on Friday."
        clauses = find_clauses(text)
        inside = clause_of(clauses, text.index("Merz"), text.index("Merz") + 4)
        assert inside is not None and inside.kind is ClauseKind.RELATIVE
        assert clause_of(clauses, text.index("Kenya"), text.index("Kenya") + 5) is None

    def test_the_document_holds_the_layer(self) -> None:
        text = "Modi, fresh from talks with Ishiba, flies to Seoul on Monday."
        doc = bilateral.annotate(text, published=DAY)
        assert [c.kind for c in doc.clauses] == [ClauseKind.APPOSITION]


class TestClauseProperties:
    @given(st.text(max_size=300))
    def test_never_raises_and_clauses_are_well_formed(self, text: str) -> None:
        """On any text: sorted, each inside one sentence, its head ending where it opens."""
        found = find_clauses(text)
        spans = sentences(text)
        assert [c.start for c in found] == sorted(c.start for c in found)
        for c in found:
            assert c.head[0] < c.head[1] == c.start < c.end <= c.start + CLAUSE_REACH
            assert any(s <= c.head[0] and c.end <= e for s, e in spans)

    @given(
        st.sampled_from(["Modi", "President Lula", "Foreign Minister Penny Wong"]),
        st.sampled_from(["who met", "who spoke with", "fresh from talks with"]),
        st.sampled_from(["Ishiba", "Ruto", "the Kenyan leader"]),
    )
    def test_head_is_the_name_before_the_comma(self, head: str, verb: str, other: str) -> None:
        """Whatever the name and verb, the head is the name the sentence opens with."""
        text = f"{head}, {verb} {other} on Monday, will travel to Rome next week."
        assert [h for _, _, h in _found(text)] == [head]


class TestEventsByClause:
    def test_relative_clause_is_its_own_event(self) -> None:
        text = (
            "French President Emmanuel Macron, who met German Chancellor Friedrich Merz last "
            "week, will visit Kenya on Friday."
        )
        assert _pairs(text) == [
            ("meeting", "occurred", "DEU-FRA", "2025-W23"),
            ("visit", "planned", "FRA-KEN", "2025-06-13"),
        ]

    def test_near_miss_one_clause_one_event(self) -> None:
        """Without the clause, one event word is one event of two states."""
        text = "French President Emmanuel Macron will visit Kenya on Friday."
        assert _pairs(text) == [("visit", "planned", "FRA-KEN", "2025-06-13")]

    def test_apposition_is_a_held_event(self) -> None:
        text = (
            "Indian Prime Minister Narendra Modi, fresh from talks with Japanese Prime Minister "
            "Shigeru Ishiba on Monday, will visit Kenya next week."
        )
        assert _pairs(text) == [
            ("talks", "occurred", "IND-JPN", "2025-06-09"),
            ("visit", "planned", "IND-KEN", "2025-W25"),
        ]

    def test_main_clause_without_event_lends_no_party(self) -> None:
        """ ", has ruled out calling Trump" gives the relative clause's calls no third state."""
        text = (
            "Brazilian President Luiz Inacio Lula da Silva, who held separate calls with Indian "
            "Prime Minister Narendra Modi on Thursday and Russian President Vladimir Putin on "
            "Friday, has ruled out calling U.S. President Donald Trump about tariffs."
        )
        assert _pairs(text) == [
            ("call", "occurred", "BRA-IND", "2025-06-05"),
            ("call", "occurred", "BRA-RUS", "2025-06-06"),
        ]


class TestDistributivePlurals:
    def test_separate_meetings_one_event_per_partner(self) -> None:
        text = (
            "Canadian Prime Minister Mark Carney held separate meetings with the leaders of "
            "Japan, India and Kenya on Tuesday."
        )
        got = _pairs(text)
        assert [states for _, _, states, _ in got] == ["CAN-IND", "CAN-JPN", "CAN-KEN"]
        assert {(k, s, d) for k, s, _, d in got} == {("meeting", "occurred", "2025-06-10")}

    def test_joint_talks_stay_one_event(self) -> None:
        text = (
            "Canadian Prime Minister Mark Carney held joint talks with the leaders of Japan, "
            "India and Kenya on Tuesday."
        )
        assert [states for _, _, states, _ in _pairs(text)] == ["CAN-IND-JPN-KEN"]

    def test_among_is_joint(self) -> None:
        """ "negotiations among A, B and C" are one event of the three."""
        text = (
            "Egyptian, Ethiopian and Sudanese officials held separate negotiations among Egypt, "
            "Ethiopia and Sudan on Tuesday."
        )
        assert [states for _, _, states, _ in _pairs(text)] == ["EGY-ETH-SDN"]

    def test_individually_after_the_verb(self) -> None:
        text = "French President Emmanuel Macron met the leaders of Germany and Kenya individually."
        assert [states for _, _, states, _ in _pairs(text)] == ["DEU-FRA", "FRA-KEN"]

    @given(
        st.lists(
            st.sampled_from(["Japan", "India", "Kenya", "Brazil", "Poland", "Chile"]),
            min_size=2,
            max_size=4,
            unique=True,
        ),
        st.sampled_from(["separate meetings", "bilateral talks", "separate phone calls"]),
    )
    def test_one_event_per_partner_whatever_the_list(self, partners: list[str], noun: str) -> None:
        """However many partners and in any order: one bilateral event each, all with Spain."""
        listed = ", ".join(partners[:-1]) + f" and {partners[-1]}"
        text = f"Spanish Prime Minister Pedro Sanchez held {noun} with the leaders of {listed}."
        events = bilateral.extract(text, published=DAY)
        assert len(events) == len(partners)
        assert all([c.alpha_3 for c in e.countries].count("ESP") == 1 for e in events)
        assert all(len(e.countries) == 2 for e in events)


class TestOnExamples:
    def test_every_clause_of_the_examples_is_well_formed(
        self, example_set: Callable[[str], list[tuple[str, str]]]
    ) -> None:
        """In every example article each clause lies in a sentence and its head is named."""
        for text, published in example_set("examples"):
            doc = bilateral.annotate(text, published=published)
            for c in doc.clauses:
                sentence = doc.sentence_of(c.start)
                assert sentence is not None and c.end <= sentence[1]
                assert text[c.head[0]].isupper()


class TestReportingClause:
    def test_the_reporting_clause_date_does_not_date_the_event(self) -> None:
        text = (
            "French President Emmanuel Macron's office told reporters yesterday that Macron would "
            "meet German Chancellor Friedrich Merz next month."
        )
        assert _pairs(text) == [("meeting", "planned", "DEU-FRA", "2025-07")]

    def test_near_miss_a_date_of_the_event_before_it(self) -> None:
        """Without a reporting clause, the date before the event word is its own."""
        text = "Yesterday French President Emmanuel Macron met German Chancellor Friedrich Merz."
        assert _pairs(text) == [("meeting", "occurred", "DEU-FRA", "2025-06-10")]

    def test_that_talks_between_is_the_noun(self) -> None:
        text = (
            "Officials said on Monday that talks between French President Emmanuel Macron and "
            "German Chancellor Friedrich Merz would take place on July 8."
        )
        assert _pairs(text) == [("talks", "planned", "DEU-FRA", "2025-07-08")]

    def test_that_talks_about_is_the_verb(self) -> None:
        assert _pairs("A French book that talks about Germany sold well on Monday.") == []


class TestPronounSubjectOfAList:
    def test_he_held_separate_meetings(self) -> None:
        text = (
            "New Zealand Foreign Minister Winston Peters arrived in Laos on Thursday. On Friday "
            "he held separate meetings with Philippine Foreign Secretary Enrique Manalo and "
            "with Japan's Foreign Minister Yoko Kamikawa."
        )
        got = [states for _, _, states, _ in _pairs(text)]
        assert sorted(got) == ["JPN-NZL", "LAO-NZL", "NZL-PHL"]

    def test_near_miss_they_held(self) -> None:
        """ "They" is not a lone official: no state is added to the list."""
        text = (
            "New Zealand Foreign Minister Winston Peters arrived in Laos on Thursday. On Friday "
            "they held separate meetings with Philippine Foreign Secretary Enrique Manalo and "
            "with Japan's Foreign Minister Yoko Kamikawa."
        )
        assert "JPN-NZL" not in [states for _, _, states, _ in _pairs(text)]

    def test_he_attended_a_summit_with_the_leaders_of(self) -> None:
        text = (
            "Russian President Vladimir Putin arrived in Dushanbe on Wednesday. On Thursday he "
            "also attended a summit with the leaders of Kazakhstan, Kyrgyzstan and Uzbekistan."
        )
        got = [states for _, _, states, _ in _pairs(text)]
        assert "KAZ-KGZ-RUS-UZB" in got


class TestReceiveAndRolesInClauses:
    def test_will_receive_is_a_planned_visit(self) -> None:
        text = (
            "The Kenyan leader, who spoke by phone with Tanzanian President Samia Suluhu Hassan "
            "on Tuesday, will receive Rwandan President Paul Kagame next month."
        )
        assert _pairs(text) == [
            ("call", "occurred", "KEN-TZA", "2025-06-10"),
            ("visit", "planned", "KEN-RWA", "2025-07"),
        ]

    def test_near_miss_receive_a_loan(self) -> None:
        assert _pairs("Kenya will receive a loan from China next month.") == []

    def test_who_is_hosting_is_a_clause(self) -> None:
        text = (
            "Canadian Prime Minister Mark Carney, who is hosting the summit, will welcome Macron."
        )
        assert [c.kind for c in find_clauses(text)] == [ClauseKind.RELATIVE]

    def test_near_miss_who_is_visiting_is_the_trip(self) -> None:
        """ "who is visiting Japan" tells the trip of the main event: no clause of its own."""
        text = "Prime Minister Ishiba met President Whipps, who is visiting Japan, on Monday."
        assert find_clauses(text) == []

    def test_he_has_spoken_with_the_leaders_of(self) -> None:
        """A call verb with several partners is one call each."""
        text = (
            "South Korean President Lee Jae-myung took office on Wednesday. He has already "
            "spoken with the leaders of the United States, Japan and India."
        )
        got = sorted(states for kind, _, states, _ in _pairs(text) if kind == "call")
        assert got == ["IND-KOR", "JPN-KOR", "KOR-USA"]

    def test_near_miss_a_conference_call(self) -> None:
        text = (
            "South Korean President Lee Jae-myung held a conference call with the leaders of "
            "Japan and China."
        )
        assert [states for _, _, states, _ in _pairs(text)] == ["CHN-JPN-KOR"]


class TestPurposeOfATrip:
    def test_travel_to_meet_keeps_the_person_met(self) -> None:
        text = (
            "Ivorian President Alassane Ouattara will travel to Dakar next month to meet "
            "Senegalese President Bassirou Diomaye Faye."
        )
        [event] = bilateral.extract(text, published=DAY)
        assert {p.name for p in event.participants} == {
            "Alassane Ouattara",
            "Bassirou Diomaye Faye",
        }

    def test_near_miss_agreed_to_convene(self) -> None:
        """ "which the leaders agreed to convene next month" is no purpose of a trip."""
        text = (
            "Ethiopian Foreign Minister Gedion Timothewos held talks with his Djiboutian "
            "counterpart on the joint commission, which the two leaders agreed to convene in "
            "Addis Ababa next month."
        )
        statuses = sorted(e.status.value for e in bilateral.extract(text, published=DAY))
        assert statuses == ["occurred", "planned"]  # the talks held, the commission to come


class TestWhichClausesOfAnEvent:
    def test_which_clause_dates_its_event_noun(self) -> None:
        text = (
            "Talks between Kenya and Tanzania, which were held in Dodoma on Sunday, will be "
            "followed by a visit of Kenyan President William Ruto to Rwanda next month."
        )
        assert _pairs(text) == [
            ("talks", "occurred", "KEN-TZA", "2025-06-08"),
            ("visit", "planned", "KEN-RWA", "2025-07"),
        ]

    def test_near_miss_which_about_a_thing_is_no_clause(self) -> None:
        """ ", which" after a phrase with no event noun is about a thing: no clause."""
        text = "The new port, which was opened on Sunday, will handle Kenyan exports."
        assert find_clauses(text) == []

    def test_the_city_travelled_to_is_the_location(self) -> None:
        text = (
            "Ivorian President Alassane Ouattara will travel to Dakar next month to meet "
            "Senegalese President Bassirou Diomaye Faye."
        )
        [event] = bilateral.extract(text, published=DAY)
        assert event.location is not None and event.location.place == "Dakar"


class TestDashesAndAdjunctNouns:
    """A relative clause set off by dashes, and an event noun in an adjunct of time."""

    def test_a_dash_relative_clause_is_its_own_event(self) -> None:
        text = (
            "Kenyan President William Ruto — who held talks with Ghanaian President John "
            "Dramani Mahama last week — is set to visit India on Friday."
        )
        got = sorted(
            (tuple(c.alpha_3 for c in e.countries), e.status.value)
            for e in bilateral.extract(text, published=dt.date(2025, 6, 11))
        )
        assert got == [(("GHA", "KEN"), "occurred"), (("IND", "KEN"), "planned")]

    def test_a_dash_aside_without_a_pronoun_is_no_clause(self) -> None:
        """Near-miss: a dash aside that opens with no relative pronoun is no relative clause."""
        text = "Kenya — a close partner — will host Ghana's president on Friday."
        assert bilateral.annotate(text, published=dt.date(2025, 6, 11)).clauses == ()

    def test_talks_after_which_a_trip_comes_have_the_subject_for_a_party(self) -> None:
        text = (
            "On Friday Kenyan President William Ruto will visit India, a trip that comes after "
            "talks with Ghanaian President John Dramani Mahama last week."
        )
        got = sorted(
            tuple(c.alpha_3 for c in e.countries)
            for e in bilateral.extract(text, published=dt.date(2025, 6, 11))
        )
        assert got == [("GHA", "KEN"), ("IND", "KEN")]

    def test_a_collapse_after_talks_names_no_second_party(self) -> None:
        """Near-miss: no official before "after talks with": no subject joins."""
        text = "Oil prices rose after talks with Saudi Arabia collapsed last week."
        assert bilateral.extract(text, published=dt.date(2025, 6, 11)) == []
