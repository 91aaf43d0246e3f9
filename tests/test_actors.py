"""find_actors: officials with title, name and state; bodies standing for a state."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral._actors import roster_lookup


def people(text: str, on: dt.date | None = None) -> list[tuple[str | None, str | None, str | None]]:
    return (
        [
            (m.actor.name, m.actor.title, m.actor.country.alpha_3 if m.actor.country else None)
            for m in bilateral.find_actors(text)
            if m.actor.kind == "person"
        ]
        if on is None
        else [
            (m.actor.name, m.actor.title, m.actor.country.alpha_3 if m.actor.country else None)
            for m in bilateral._actors.find_actors(text, on=on)
            if m.actor.kind == "person"
        ]
    )


class TestFindActors:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # affiliation, title, name
            (
                "South Korea's Finance Minister Choi Sang-mok spoke.",
                [("Choi Sang-mok", "Finance Minister", "KOR")],
            ),
            (
                "U.S. Treasury Secretary Scott Bessent spoke.",
                [("Scott Bessent", "Treasury Secretary", "USA")],
            ),
            ("Chinese Premier Li Qiang arrived.", [("Li Qiang", "Premier", "CHN")]),
            (
                "Japanese Prime Minister Fumio Kishida left.",
                [("Fumio Kishida", "Prime Minister", "JPN")],
            ),
            (
                "Brazil's Foreign Minister Mauro Vieira said so.",
                [("Mauro Vieira", "Foreign Minister", "BRA")],
            ),
            # name, then title
            (
                "Sergey Lavrov, Russia's foreign minister, said so.",
                [("Sergey Lavrov", "Foreign Minister", "RUS")],
            ),
            # a body after the possessive, the name set off by commas
            (
                "The Speaker of Nigeria's House of Representatives, Tajudeen Abbas, spoke.",
                [("Tajudeen Abbas", "Speaker", "NGA")],
            ),
            # the counterpart of the official named before, by the demonym before the word
            (
                "Speaker Tajudeen Abbas of Nigeria met his Ghanaian counterpart, Alban Bagbin.",
                [("Tajudeen Abbas", "Speaker", "NGA"), ("Alban Bagbin", "Speaker", "GHA")],
            ),
            # of the state of the person named before the possessive
            (
                "Argentine President Javier Milei stayed away. Milei's spokesman, Manuel "
                "Adorni, said so.",
                [
                    ("Javier Milei", "President", "ARG"),
                    ("Javier Milei", "President", "ARG"),
                    ("Manuel Adorni", "Spokesperson", "ARG"),
                ],
            ),
            # "He" after a title is a surname; mid-sentence, once named, it is him; a
            # sentence's opening "He" stays a pronoun
            (
                "Chinese Vice Premier He Lifeng met Scott Bessent. Bessent and He spoke in "
                "February. He said so.",
                [
                    ("He Lifeng", "Vice Premier", "CHN"),
                    ("Scott Bessent", "Treasury Secretary", "USA"),
                    ("Scott Bessent", "Treasury Secretary", "USA"),
                    ("He Lifeng", "Vice Premier", "CHN"),
                ],
            ),
            # "the Crown Prince …": of the state the other mentions of the title name
            (
                "Kuwait Crown Prince receives envoy\n\nHis Highness the Crown Prince Sheikh "
                "Sabah Khaled received the envoy.",
                [(None, "Crown Prince", "KWT"), ("Sabah Khaled", "Crown Prince", "KWT")],
            ),
            # the roster places a full name, which keeps the text's spelling
            (
                "Presidents Rodrigo Chaves and Jose Raul Mulino will meet.",
                [
                    ("Rodrigo Chaves", "President", "CRI"),
                    ("Jose Raul Mulino", "President", "PAN"),
                ],
            ),
            # "the Kazakh side by Minister …": the side names the state
            (
                "The Kyrgyz side was represented by Minister of Energy Taalaibek Ibraev, the "
                "Kazakh side by Minister of Energy Almasadam Satkaliyev.",
                [
                    ("Taalaibek Ibraev", "Energy Minister", "KGZ"),
                    ("Almasadam Satkaliyev", "Energy Minister", "KAZ"),
                ],
            ),
            # Gulf styles and particles: "His Highness Sheikh", "bin"
            (
                "President His Highness Sheikh Mohamed bin Zayed Al Nahyan received Dr. "
                "Abdullatif bin Rashid Al Zayani, Minister of Foreign Affairs of Bahrain.",
                [
                    ("Mohamed bin Zayed Al Nahyan", "President", "ARE"),
                    ("Abdullatif bin Rashid Al Zayani", "Foreign Minister", "BHR"),
                ],
            ),
            # a body named after a title with no comma is not part of the name
            (
                "The President of Nigeria's Senate Godswill Akpabio spoke.",
                [("Godswill Akpabio", "President", "NGA")],
            ),
            # a state after "counterpart," is no name
            (
                "Wang Yi met his Indian counterpart, New Delhi said on Monday.",
                [("Wang Yi", "Foreign Minister", "CHN")],
            ),
            # "the President X" takes no state from the other side's president
            (
                "U.S. President Joe Biden flew to Harare, where the President Obert Mpofu "
                "welcomed him.",
                [("Joe Biden", "President", "USA"), ("Obert Mpofu", "President", None)],
            ),
            # a possessive state before a lowercase title; a rank is no part of the name
            (
                "Trump hosted Pakistan's army chief, Field Marshal Asim Munir, for lunch.",
                [("Donald Trump", "President", "USA"), ("Asim Munir", "Army Chief", "PAK")],
            ),
            # a rank before the name after a title
            (
                "Burkina Faso's leader, Captain Ibrahim Traore, arrived in Niamey.",
                [("Ibrahim Traore", "President", "BFA")],
            ),
            # a title whose words run into the state's name
            (
                "The President of the Republic of the Congo confirmed it.",
                [(None, "President", "COG")],
            ),
            # agency styles: "Speaker National Assembly", a body "of Turkiye" in the title
            (
                "Speaker of the Grand National Assembly of Turkiye Numan Kurtulmus spoke.",
                [("Numan Kurtulmus", "Speaker", "TUR")],
            ),
            (
                "Speaker National Assembly Raja Pervaiz Ashraf spoke.",
                [("Raja Pervaiz Ashraf", "Speaker", None)],
            ),
            # roster
            ("President Joe Biden spoke.", [("Joe Biden", "President", "USA")]),
            ("Premier Li Qiang spoke.", [("Li Qiang", "Premier", "CHN")]),
        ],
    )
    def test_forms(self, text: str, expected: list[tuple[str, str, str]]) -> None:
        """Each common order of title, name and affiliation is found."""
        assert people(text) == expected

    def test_short_mention_links_to_full(self) -> None:
        """A later surname refers to the full name introduced before."""
        found = people("Kenyan President William Ruto arrived. Ruto then left.")
        assert found == [("William Ruto", "President", "KEN")] * 2

    def test_unknown_person_stays_unplaced(self) -> None:
        """A name the roster does not know and the text does not place has no country."""
        assert people("Minister Zorblat Quenk spoke.") == [("Zorblat Quenk", "Minister", None)]

    def test_organisation(self) -> None:
        """A ministry after a state stands for that state."""
        found = [
            (m.actor.kind.value, m.actor.name, m.actor.country.alpha_3 if m.actor.country else None)
            for m in bilateral.find_actors("Seoul's Ministry of Finance said.")
        ]
        assert found == [("organization", "Ministry of Finance", "KOR")]

    def test_bare_title_is_not_an_actor(self) -> None:
        """'the president said' names nobody."""
        assert people("the president said") == []

    def test_wrong_type(self) -> None:
        """Bytes are a TypeError naming 'text'."""
        with pytest.raises(TypeError, match="'text'"):
            bilateral.find_actors(b"Li Qiang")  # type: ignore[arg-type]

    @given(st.text())
    def test_offsets_index_input(self, text: str) -> None:
        """Any str gives mentions whose offsets index the input."""
        for m in bilateral.find_actors(text):
            assert text[m.start : m.end] == m.text


class TestRoster:
    def test_term_at_date(self) -> None:
        """The roster answers the holder at the date asked."""
        on_2022 = {e.name for e in roster_lookup("Joe Biden", dt.date(2022, 6, 1))}
        assert on_2022 == {"Joe Biden"}
        assert roster_lookup("Joe Biden", dt.date(2010, 6, 1)) == ()

    def test_event_date_picks_holder(self) -> None:
        """'President' Trump in 2018 and Biden in 2022 are both placed in the USA."""
        assert people("President Donald Trump spoke.", on=dt.date(2018, 5, 1)) == [
            ("Donald Trump", "President", "USA")
        ]


class TestNamesBeyondAscii:
    """Names with letters beyond ASCII are names: "Pedro Sánchez", "Jean-Noël Barrot"."""

    def test_accented_names_are_found_whole(self) -> None:
        text = "Spanish Prime Minister Pedro Sánchez met Polish Foreign Minister Radosław Sikorski."
        names = [m.actor.name for m in bilateral.find_actors(text, on=dt.date(2025, 6, 11))]
        assert names == ["Pedro Sánchez", "Radosław Sikorski"]

    def test_untitled_accented_name_from_the_roster(self) -> None:
        """The roster places a name written with its accents, as without them."""
        for name in ("Jean-Noël Barrot", "Jean-Noel Barrot"):
            [found] = bilateral.find_actors(f"{name} spoke.", on=dt.date(2025, 6, 11))
            assert found.actor.country is not None and found.actor.country.alpha_3 == "FRA"

    @given(st.sampled_from(["Émile", "Łukasz", "Ólafur", "Zoë", "José"]))
    def test_any_accented_first_name_stays_in_the_name(self, first: str) -> None:
        text = f"Foreign Minister {first} Novak of Slovenia arrived."
        names = [m.actor.name for m in bilateral.find_actors(text, on=dt.date(2025, 6, 11))]
        assert names == [f"{first} Novak"]


class TestTitleReferences:
    """ "the Minister", "the State President": the article's official of that title."""

    TEXT = (
        "Uzbek Foreign Minister Bakhtiyor Saidov arrived in the Gulf on Sunday. On Monday in "
        "Kuwait, the Minister held negotiations with Kuwait's Foreign Minister Abdullah Ali "
        "Al-Yahya."
    )

    def test_the_minister_is_the_first_minister_named(self) -> None:
        found = bilateral.find_actors(self.TEXT, on=dt.date(2024, 11, 4))
        refs = [m for m in found if m.text == "Minister"]
        assert [(m.actor.name, m.actor.country and m.actor.country.alpha_3) for m in refs] == [
            ("Bakhtiyor Saidov", "UZB")
        ]

    def test_a_place_before_a_comma_is_no_name(self) -> None:
        """ "in Kuwait, the Minister": Kuwait is not the Minister's name."""
        found = bilateral.find_actors(self.TEXT, on=dt.date(2024, 11, 4))
        assert all(m.actor.name != "Kuwait" for m in found)

    def test_near_miss_a_title_before_a_name_is_that_person(self) -> None:
        text = "Uzbek Foreign Minister Bakhtiyor Saidov met the Minister Abdullah Al-Yahya."
        found = bilateral.find_actors(text, on=dt.date(2024, 11, 4))
        assert [m.actor.name for m in found][-1] != "Bakhtiyor Saidov"

    def test_regional_honorifics_are_not_names(self) -> None:
        text = "Prime Minister Datuk Seri Anwar Ibrahim met Foreign Minister Senator Ishaq Dar."
        names = [m.actor.name for m in bilateral.find_actors(text, on=dt.date(2025, 6, 11))]
        assert names == ["Anwar Ibrahim", "Ishaq Dar"]

    def test_the_new_chancellor_in_lower_case(self) -> None:
        text = (
            "German Chancellor Friedrich Merz flew to Poland. Prime Minister Donald Tusk "
            "received the new chancellor in Warsaw."
        )
        found = bilateral.find_actors(text, on=dt.date(2025, 5, 7))
        assert [m.actor.name for m in found if m.text == "chancellor"] == ["Friedrich Merz"]

    def test_near_miss_a_lower_case_president_is_left_alone(self) -> None:
        """ "the president" in lower case may be anyone's: no reference is made."""
        text = "Kenyan President William Ruto met Uganda's leader. The president said little."
        found = bilateral.find_actors(text, on=dt.date(2025, 5, 7))
        assert all(m.text != "president" for m in found)
