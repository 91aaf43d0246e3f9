"""The form of a person's name: as the article writes it, whole ("Todd McClay", "Ferdinand
Marcos Jr."), without styles of address ("Sayyid", "Samdech"), and by the fullest form the
article gives that person ("Fidan" in a headline is the text's "Hakan Fidan")."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral

ON = dt.date(2025, 3, 18)


def names(text: str, on: dt.date = ON) -> list[str | None]:
    return [m.actor.name for m in bilateral.find_actors(text, on=on) if m.actor.kind == "person"]


class TestWholeNames:
    @pytest.mark.parametrize("surname", ["McClay", "MacArthur", "DeSantis", "LaHood"])
    def test_a_capital_inside_a_surname_stays_in_it(self, surname: str) -> None:
        assert names(f"Trade Minister Todd {surname} arrived.") == [f"Todd {surname}"]

    def test_a_capital_run_is_no_name_word(self) -> None:
        """Near-miss: an all-capital word after a name is not part of it."""
        assert names("Trade Minister Todd McClay NZ arrived.") == ["Todd McClay"]

    @pytest.mark.parametrize("end", [" met Kishida.", ", who met Kishida.", " and Kishida met."])
    def test_a_generational_suffix_keeps_its_stop(self, end: str) -> None:
        text = f"President Ferdinand Marcos Jr.{end}"
        assert names(text, dt.date(2024, 4, 10))[0] == "Ferdinand Marcos Jr."

    @pytest.mark.parametrize(
        ("styled", "name"),
        [
            ("Foreign Minister Sayyid Badr Albusaidi", "Badr Albusaidi"),
            ("Prime Minister Samdech Hun Manet", "Hun Manet"),
            ("Supreme Leader Ayatollah Ali Khamenei", "Ali Khamenei"),
            ("Foreign Minister Seyyed Abbas Araghchi", "Abbas Araghchi"),
        ],
    )
    def test_styles_of_address_are_not_the_name(self, styled: str, name: str) -> None:
        assert names(f"{styled} spoke on Monday.", dt.date(2024, 11, 14)) == [name]


class TestFullestForm:
    def test_a_headline_surname_takes_the_texts_full_name(self) -> None:
        text = (
            "Fidan meets Sybiha\n\nTurkish Foreign Minister Hakan Fidan met Ukrainian Foreign "
            "Minister Andrii Sybiha in Ankara on Monday."
        )
        assert names(text)[:2] == ["Hakan Fidan", "Andrii Sybiha"]

    def test_a_surname_two_written_names_share_keeps_its_form(self) -> None:
        """Near-miss: "Kim" could be either of two named officials of one state."""
        text = (
            "South Korean Foreign Minister Kim Sung-han and Defence Minister Kim Yong-hyun "
            "spoke. Kim said talks went well."
        )
        assert names(text, dt.date(2024, 10, 1))[-1] != "Kim Sung-han"

    def test_the_roster_name_takes_the_articles_letters(self) -> None:
        text = "Lula met Peruvian President Dina Boluarte on Monday."
        [e] = bilateral.extract(text, published=dt.date(2024, 11, 14))
        assert "Luiz Inacio Lula da Silva" in [p.name for p in e.participants]

    def test_the_roster_name_keeps_its_accents_in_accented_copy(self) -> None:
        text = "Lula met Peruvian President Dina Boluarte on Monday in Bogotá."
        [e] = bilateral.extract(text, published=dt.date(2024, 11, 14))
        assert "Luiz Inácio Lula da Silva" in [p.name for p in e.participants]

    def test_a_later_surname_takes_the_full_name_too(self) -> None:
        text = "Turkish Foreign Minister Hakan Fidan spoke. Fidan met Sybiha."
        assert names(text)[:2] == ["Hakan Fidan", "Hakan Fidan"]


@given(st.text(alphabet="McDeLaJr. Sayyid\n", max_size=80))
@settings(max_examples=80, deadline=None)
def test_names_never_raise_and_lie_in_the_text(text: str) -> None:
    for m in bilateral.find_actors(text):
        assert m.text == text[m.start : m.end]


class TestSurnamesAlone:
    def test_leaders_by_surname_alone_in_a_headline(self) -> None:
        text = "Widodo, Ramaphosa hold talks as trade row simmers"
        [e] = bilateral.extract(text, published=dt.date(2024, 3, 13))
        assert [c.alpha_3 for c in e.countries] == ["IDN", "ZAF"]
        assert sorted(p.name or "" for p in e.participants) == ["Cyril Ramaphosa", "Joko Widodo"]

    def test_a_surname_out_of_office_places_no_one(self) -> None:
        """Near-miss: Widodo left office in October 2024."""
        found = bilateral.find_actors("Widodo spoke.", on=dt.date(2025, 3, 13))
        assert all(m.actor.country is None for m in found)

    def test_a_short_surname_alone_is_anyones(self) -> None:
        """Near-miss: "Ali" (three letters) is no leader's surname read alone."""
        found = bilateral.find_actors("Ali spoke.", on=dt.date(2024, 3, 13))
        assert all(m.actor.country is None for m in found)

    def test_a_meeting_off_the_table_is_no_event(self) -> None:
        text = (
            "Philippine President Ferdinand Marcos Jr. said a meeting with Chinese President "
            'Xi Jinping was "not on the table for now".'
        )
        assert bilateral.extract(text, published=dt.date(2024, 4, 12)) == []
