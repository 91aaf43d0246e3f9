"""Behavioural suite (issue #12): titles without names and names without titles; capitals,
demonyms and seats of government as parties.

Written blind from SPEC §1–3; see ``tests/behaviour_fillers.py`` for the fillers and helpers.
Names alone are placed by the roster of office holders (SPEC §3, Actors), checked on the date
of the event; every name below held its office on 11 June 2025.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from tests.behaviour_fillers import (
    AUS,
    BRA,
    CAN,
    CHN,
    DEU,
    FRA,
    FRI,
    IND,
    ITA,
    JPN,
    MEX,
    MON,
    NEXT_MONTH,
    NEXT_WEEK,
    RUS,
    SAT,
    TUE,
    TUR,
    ZAF,
    State,
    core,
    expect,
    grid,
    ids,
    one,
    parties,
    say,
)

# (text, parties, date): full names with no title and no adjective
NAMES_ONLY: list[tuple[str, list[str], Any]] = [
    ("Narendra Modi met Anthony Albanese on Monday.", ["AUS", "IND"], MON),
    ("Emmanuel Macron held talks with Friedrich Merz in Paris on Tuesday.", ["DEU", "FRA"], TUE),
    ("Giorgia Meloni will meet Donald Tusk in Rome next week.", ["ITA", "POL"], NEXT_WEEK),
    ("Penny Wong held talks with Wang Yi in Beijing on Monday.", ["AUS", "CHN"], MON),
    ("Mark Carney spoke by phone with Keir Starmer on Saturday.", ["CAN", "GBR"], SAT),
    ("Cyril Ramaphosa met Claudia Sheinbaum on Tuesday.", ["MEX", "ZAF"], TUE),
    ("Marco Rubio met Anita Anand on Monday.", ["CAN", "USA"], MON),
    ("Takeshi Iwaya spoke by phone with Penny Wong on Tuesday.", ["AUS", "JPN"], TUE),
    ("Sergei Lavrov held talks with Hakan Fidan on Saturday.", ["RUS", "TUR"], SAT),
    ("Wang Yi will meet Jean-Noël Barrot in Paris next week.", ["CHN", "FRA"], NEXT_WEEK),
    ("Shigeru Ishiba met Pedro Sánchez on Monday.", ["ESP", "JPN"], MON),
    ("Luiz Inácio Lula da Silva met Xi Jinping in Beijing on Tuesday.", ["BRA", "CHN"], TUE),
    ("Claudia Sheinbaum spoke by phone with Donald Trump on Monday.", ["MEX", "USA"], MON),
    ("Volodymyr Zelensky met Keir Starmer in London on Tuesday.", ["GBR", "UKR"], TUE),
    ("Johann Wadephul held talks with Radosław Sikorski in Warsaw on Monday.", ["DEU", "POL"], MON),
    ("David Lammy will meet Antonio Tajani in Rome on Friday.", ["GBR", "ITA"], FRI),
    ("Hakan Fidan met Abbas Araghchi in Ankara on Monday.", ["IRN", "TUR"], MON),
    ("Lavrov spoke by phone with Rubio on Monday.", ["RUS", "USA"], MON),
    ("Jaishankar met Wadephul in Berlin on Tuesday.", ["DEU", "IND"], TUE),
    ("Fidan held talks with Tajani in Rome on Tuesday.", ["ITA", "TUR"], TUE),
    ("Merz will meet Tusk in Warsaw on Friday.", ["DEU", "POL"], FRI),
]

# (text, parties, date): titles with no names
TITLES_ONLY: list[tuple[str, list[str], Any]] = [
    (
        "China's foreign minister held talks with the British foreign secretary in Beijing on"
        " Monday.",
        ["CHN", "GBR"],
        MON,
    ),
    ("The Indian prime minister met the Australian prime minister on Monday.", ["AUS", "IND"], MON),
    (
        "The French president will meet the German chancellor in Paris next week.",
        ["DEU", "FRA"],
        NEXT_WEEK,
    ),
    (
        "Japan's foreign minister spoke by phone with the Australian foreign minister on Tuesday.",
        ["AUS", "JPN"],
        TUE,
    ),
    (
        "The Kenyan president held talks with the South African president in Pretoria on Tuesday.",
        ["KEN", "ZAF"],
        TUE,
    ),
    (
        "The Spanish prime minister met the Mexican president in Mexico City on Saturday.",
        ["ESP", "MEX"],
        SAT,
    ),
    ("Turkey's foreign minister will visit Russia next month.", ["RUS", "TUR"], NEXT_MONTH),
    (
        "Germany's defence minister met his Polish counterpart in Warsaw on Monday.",
        ["DEU", "POL"],
        MON,
    ),
    (
        "The Italian prime minister spoke by phone with the Canadian prime minister on Saturday.",
        ["CAN", "ITA"],
        SAT,
    ),
    (
        "The Brazilian president will host the Indonesian president in Brasília next week.",
        ["BRA", "IDN"],
        NEXT_WEEK,
    ),
    ("Egypt's president met the U.S. secretary of state in Cairo on Tuesday.", ["EGY", "USA"], TUE),
]

#: Pairs of G20 states, whose leaders the roster must know.
G20_PAIRS = [(FRA, DEU), (JPN, IND), (CAN, AUS), (ITA, BRA), (ZAF, MEX)]
NAMINGS: dict[str, Callable[[State], str]] = {
    "name-only": lambda s: s.leader,
    "title-only": lambda s: f"the {s.adj} {s.title.lower()}",
    "surname-only": lambda s: s.short,
}

# template: (kind or None, status, date, host role or None)
METONYMS: dict[str, tuple[str, str | None, str, Any, str | None]] = {
    "capitals": (
        "{a.capital} and {b.capital} held talks on Monday.",
        "talks",
        "occurred",
        MON,
        None,
    ),
    "capital-hosts": ("{a.capital} will host {b.full} next week.", None, "planned", NEXT_WEEK, "a"),
    "demonym-officials": (
        "{a.adj} and {b.adj} officials met on Tuesday.",
        None,
        "occurred",
        TUE,
        None,
    ),
    "demonym-delegations": (
        "{a.adj} and {b.adj} delegations will hold talks in {a.capital} next month.",
        "talks",
        "planned",
        NEXT_MONTH,
        "a",
    ),
    "possessives": (
        "{a.name}'s foreign minister met {b.name}'s foreign minister on Saturday.",
        None,
        "occurred",
        SAT,
        None,
    ),
}
METONYM_PAIRS = [(JPN, AUS), (IND, CHN), (FRA, DEU), (RUS, TUR), (CAN, MEX), (BRA, ZAF)]

# (text, parties, host or None, date): seats of government and capitals standing for a state
SEATS: list[tuple[str, list[str], str | None, Any]] = [
    ("The Kremlin hosted the Chinese foreign minister on Tuesday.", ["CHN", "RUS"], "RUS", TUE),
    ("The White House hosted the Kenyan president on Monday.", ["KEN", "USA"], "USA", MON),
    (
        "Officials from the Kremlin and the White House met in Riyadh on Tuesday.",
        ["RUS", "USA"],
        None,
        TUE,
    ),
    (
        "Downing Street will host the Canadian prime minister next week.",
        ["CAN", "GBR"],
        "GBR",
        NEXT_WEEK,
    ),
    ("The Élysée hosted the Indian prime minister on Saturday.", ["FRA", "IND"], "FRA", SAT),
    ("Washington and Beijing held trade talks in Geneva on Monday.", ["CHN", "USA"], None, MON),
    ("Moscow and Kyiv held talks in Istanbul on Monday.", ["RUS", "UKR"], None, MON),
    ("Tokyo will host a delegation from Canberra next week.", ["AUS", "JPN"], "JPN", NEXT_WEEK),
]


def _params(cases: list[tuple[Any, ...]]) -> list[Any]:
    """Cases named by their position, since their texts are long."""
    return [pytest.param(*case, id=f"{i:02d}") for i, case in enumerate(cases)]


@pytest.mark.phenomenon("titles and names")
class TestTitlesAndNames:
    """A name without a title, or a title without a name, still places its official's state."""

    @pytest.mark.parametrize(("text", "countries", "span"), _params(NAMES_ONLY))
    def test_mft_names_without_titles(self, text: str, countries: list[str], span: Any) -> None:
        """The roster places names given alone; both officials are participants."""
        event = one(text)
        expect(event, countries=countries, date=span)
        assert sorted(p["country"] for p in event["participants"]) == countries

    @pytest.mark.parametrize(("text", "countries", "span"), _params(TITLES_ONLY))
    def test_mft_titles_without_names(self, text: str, countries: list[str], span: Any) -> None:
        """A title with its state and no name makes that state a party."""
        expect(one(text), countries=countries, date=span)

    @pytest.mark.parametrize("naming", NAMINGS)
    @pytest.mark.parametrize(("a", "b"), G20_PAIRS, ids=ids)
    def test_inv_naming(self, naming: str, a: State, b: State) -> None:
        """Name only, title only or surname only give the event that title and name give."""
        name = NAMINGS[naming]
        base = one(f"{a.full} met {b.full} in {b.capital} on Monday.")
        text = f"{name(a)} met {name(b)} in {b.capital} on Monday."
        assert core(one(text[0].upper() + text[1:])) == core(base)

    @pytest.mark.parametrize(
        ("a", "b", "c"), [(FRA, DEU, ITA), (JPN, IND, CHN), (CAN, AUS, MEX)], ids=ids
    )
    def test_dir_other_name_other_state(self, a: State, b: State, c: State) -> None:
        """Another leader's name in place of the partner's changes the partner state."""
        expect(one(f"{a.leader} met {b.leader} on Monday."), countries=parties(a, b))
        expect(one(f"{a.leader} met {c.leader} on Monday."), countries=parties(a, c))


@pytest.mark.phenomenon("capitals, demonyms, metonyms")
class TestMetonymParties:
    """Capitals, demonyms, possessives and seats of government stand for their states."""

    @pytest.mark.parametrize(("case", "a", "b"), grid(METONYMS, METONYM_PAIRS))
    def test_mft_metonym(
        self, case: tuple[str, str | None, str, Any, str | None], a: State, b: State
    ) -> None:
        """A capital, demonym or possessive makes its state a party."""
        template, kind, status, span, host = case
        event = one(say(template, a=a, b=b))
        expect(event, countries=parties(a, b), status=status, date=span)
        if kind is not None:
            expect(event, kind=kind)
        if host is not None:
            expect(event, host=a.code)

    @pytest.mark.parametrize(("text", "countries", "host", "span"), _params(SEATS))
    def test_mft_seats(self, text: str, countries: list[str], host: str | None, span: Any) -> None:
        """The Kremlin, the White House, Downing Street, the Élysée and capitals are states."""
        event = one(text)
        expect(event, countries=countries, date=span)
        if host is not None:
            expect(event, host=host)

    @pytest.mark.parametrize(("a", "b"), METONYM_PAIRS, ids=ids)
    def test_inv_capital_for_country(self, a: State, b: State) -> None:
        """Capitals in place of country names give the same event."""
        names = one(f"{a.name} and {b.name} held talks on Monday.")
        assert core(one(f"{a.capital} and {b.capital} held talks on Monday.")) == core(names)

    @pytest.mark.parametrize(
        ("a", "b", "c"), [(JPN, AUS, IND), (FRA, DEU, TUR), (CAN, MEX, BRA)], ids=ids
    )
    def test_dir_other_capital(self, a: State, b: State, c: State) -> None:
        """Another capital in place of the partner's changes the partner state."""
        expect(one(f"{a.capital} and {b.capital} held talks on Monday."), countries=parties(a, b))
        expect(one(f"{a.capital} and {c.capital} held talks on Monday."), countries=parties(a, c))
