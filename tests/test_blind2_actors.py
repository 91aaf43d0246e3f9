"""Blind behavioural suite 2: officials by title and name; capitals, demonyms and metonyms.

Published Wednesday 12 March 2025; every named official held the office given on that day.
A name without a country is placed by the roster of office holders, which SPEC §3 requires
for at least the G20: the name-only forms below use G20 officials only.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from tests.blind2_fillers import (
    STATES,
    grid,
    has_person,
    only,
    render,
    run,
    show,
    timex,
)

Pair = tuple[str, str]

#: How a head of state or government is named: (form name, the mention, names the person).
Form = Callable[[str], str]
FORMS: list[tuple[str, Form, bool]] = [
    ("demonym-title-name", lambda c: STATES[c].official, True),
    (
        "possessive-title-name",
        lambda c: f"{STATES[c].name}'s {STATES[c].title} {STATES[c].person}",
        True,
    ),
    (
        "name-apposition",
        lambda c: f"{STATES[c].person}, {STATES[c].name}'s {STATES[c].title.lower()},",
        True,
    ),
    ("title-only", lambda c: f"the {STATES[c].demonym} {STATES[c].title.lower()}", False),
    ("title-name", lambda c: f"{STATES[c].title} {STATES[c].person}", True),
    ("name-only", lambda c: str(STATES[c].person), True),
    ("surname-only", lambda c: str(STATES[c].short), True),
]

#: Pairs of G20 leaders (in office on 12 March 2025).
G20_PAIRS: list[Pair] = [
    ("FRA", "BRA"),
    ("IND", "AUS"),
    ("DEU", "ITA"),
    ("JPN", "IDN"),
    ("GBR", "TUR"),
    ("MEX", "ARG"),
    ("CHN", "ZAF"),
]


def _form_params() -> list[object]:
    out: list[object] = []
    for name, form, named in FORMS:
        for a, b in G20_PAIRS[:6] if name != "surname-only" else G20_PAIRS:
            out.append(pytest.param(form(a), form(b), named, (a, b), id=f"{name}-{a}-{b}"))
    return out


#: Foreign ministers: (state, title, name) in office on 12 March 2025.
MINISTERS: dict[str, tuple[str, str]] = {
    "CHN": ("Foreign Minister", "Wang Yi"),
    "RUS": ("Foreign Minister", "Sergei Lavrov"),
    "USA": ("Secretary of State", "Marco Rubio"),
    "GBR": ("Foreign Secretary", "David Lammy"),
    "IND": ("External Affairs Minister", "S. Jaishankar"),
    "AUS": ("Foreign Minister", "Penny Wong"),
    "TUR": ("Foreign Minister", "Hakan Fidan"),
    "BRA": ("Foreign Minister", "Mauro Vieira"),
    "DEU": ("Foreign Minister", "Annalena Baerbock"),
    "FRA": ("Foreign Minister", "Jean-Noel Barrot"),
    "JPN": ("Foreign Minister", "Takeshi Iwaya"),
    "SAU": ("Foreign Minister", "Prince Faisal bin Farhan"),
}

MINISTER_PAIRS: list[Pair] = [
    ("CHN", "GBR"),
    ("RUS", "TUR"),
    ("USA", "SAU"),
    ("IND", "AUS"),
    ("BRA", "DEU"),
    ("FRA", "JPN"),
]

MINISTER_FORMS: list[tuple[str, Form]] = [
    ("demonym-title-name", lambda c: f"{STATES[c].demonym} {' '.join(MINISTERS[c])}"),
    ("title-name", lambda c: " ".join(MINISTERS[c])),
    ("name-only", lambda c: MINISTERS[c][1]),
    ("title-only", lambda c: f"the {STATES[c].demonym} {MINISTERS[c][0].lower()}"),
]


def _minister_params() -> list[object]:
    out: list[object] = []
    for name, form in MINISTER_FORMS:
        for a, b in MINISTER_PAIRS:
            out.append(pytest.param(form(a), form(b), (a, b), id=f"{name}-{a}-{b}"))
    return out


@pytest.mark.phenomenon("titles and names")
class TestTitlesAndNames:
    """Titles without names and names without titles name the same parties."""

    @pytest.mark.parametrize(("first", "second", "named", "pair"), _form_params())
    def test_leaders(self, first: str, second: str, named: bool, pair: Pair) -> None:
        text = f"{first[:1].upper()}{first[1:]} held talks with {second} in Geneva on Monday."
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == "occurred", show(text, events)
        assert timex(event) == "2025-03-10", show(text, events)
        if named:
            for code in pair:
                key = str(STATES[code].key)
                assert has_person(event, code, key), show(text, events)

    @pytest.mark.parametrize(("first", "second", "pair"), _minister_params())
    def test_foreign_ministers(self, first: str, second: str, pair: Pair) -> None:
        text = f"{first[:1].upper()}{first[1:]} met {second} on Tuesday to discuss trade."
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == "occurred", show(text, events)
        assert timex(event) == "2025-03-11", show(text, events)


#: (template, status or None, date, the host's role or None)
CAPITALS: list[tuple[str, str | None, str, str | None]] = [
    (
        "{Acap} and {Bcap} held talks on Monday on a long-running border dispute.",
        "occurred",
        "2025-03-10",
        None,
    ),
    ("{Acap} will host talks with {Bcap} next week, officials said.", "planned", "2025-W12", "A"),
    (
        "Talks between {Acap} and {Bcap} resumed on Tuesday after a two-year pause.",
        None,
        "2025-03-11",
        None,
    ),
    ("{Acap} and {Bcap} agreed on Monday to hold a summit in April.", "planned", "2025-04", None),
    (
        "{Acap} sent its foreign minister to {Bcap} on Sunday for consultations with {Bdem} "
        "officials.",
        "occurred",
        "2025-03-09",
        "B",
    ),
    (
        "Officials from {Acap} and {Bcap} met on Thursday to discuss fishing rights.",
        "occurred",
        "2025-03-06",
        None,
    ),
]

CAPITAL_PAIRS: list[Pair] = [
    ("KEN", "ETH"),
    ("CHN", "PHL"),
    ("JPN", "KOR"),
    ("BRA", "ARG"),
    ("RUS", "UKR"),
    ("SAU", "IRN"),
    ("AUS", "NZL"),
]


@pytest.mark.phenomenon("capitals")
class TestCapitals:
    """A capital standing for its state is a party (SPEC §3, Countries)."""

    @pytest.mark.parametrize(
        ("template", "status", "when", "host", "pair"), grid(CAPITALS, CAPITAL_PAIRS)
    )
    def test_capital_as_party(
        self, template: str, status: str | None, when: str, host: str | None, pair: Pair
    ) -> None:
        text = render(template, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert timex(event) == when, show(text, events)
        if status is not None:
            assert event["status"] == status, show(text, events)
        if host is not None:
            assert event["host"] == pair["AB".index(host)], show(text, events)


#: (template, status, date)
DEMONYMS: list[tuple[str, str, str]] = [
    (
        "{Adem} and {Bdem} officials met in {Acap} on Monday to discuss fisheries.",
        "occurred",
        "2025-03-10",
    ),
    (
        "The {Adem} foreign minister held talks with the {Bdem} foreign minister on Tuesday.",
        "occurred",
        "2025-03-11",
    ),
    (
        "{Adem}-{Bdem} talks on the new rail link were held in {Bcap} on Sunday.",
        "occurred",
        "2025-03-09",
    ),
    (
        "A {Adem} delegation will hold consultations with {Bdem} officials next week.",
        "planned",
        "2025-W12",
    ),
    ("{Adem} and {Bdem} leaders will meet on Friday, diplomats said.", "planned", "2025-03-14"),
    (
        "The {Adem} defence minister received the {Bdem} defence minister on Monday.",
        "occurred",
        "2025-03-10",
    ),
]

DEMONYM_PAIRS: list[Pair] = [
    ("KEN", "ETH"),
    ("PHL", "VNM"),
    ("ARE", "IND"),
    ("THA", "KHM"),
    ("NLD", "BEL"),
    ("CIV", "GHA"),
    ("PER", "BOL"),
    ("OMN", "IRN"),
    ("FJI", "AUS"),
    ("MDG", "MUS"),
]


@pytest.mark.phenomenon("demonyms")
class TestDemonyms:
    """Demonyms in adjective position name the parties."""

    @pytest.mark.parametrize(
        ("template", "status", "when", "pair"), grid(DEMONYMS, DEMONYM_PAIRS[:7])
    )
    def test_demonyms_as_parties(self, template: str, status: str, when: str, pair: Pair) -> None:
        text = render(template, *pair)
        events = run(text)
        event = only(text, events, *pair)
        assert event["status"] == status, show(text, events)
        assert timex(event) == when, show(text, events)

    @pytest.mark.parametrize("pair", [pytest.param(p, id="-".join(p)) for p in DEMONYM_PAIRS])
    def test_demonym_and_name_agree(self, pair: Pair) -> None:
        by_name = render("{A_} and {B} held talks on Monday.", *pair)
        by_demonym = render("{Adem} and {Bdem} officials held talks on Monday.", *pair)
        first, second = run(by_name), run(by_demonym)
        e1, e2 = only(by_name, first, *pair), only(by_demonym, second, *pair)
        assert e1["date"] == e2["date"], show(by_name, first) + show(by_demonym, second)


#: Seats of government and ministries named by their capital: (mention, state).
SEATS: dict[str, tuple[str, str]] = {
    "kremlin": ("the Kremlin", "RUS"),
    "whitehouse": ("the White House", "USA"),
    "downing": ("Downing Street", "GBR"),
    "elysee": ("the Elysee", "FRA"),
    "tokyo": ("Tokyo's foreign ministry", "JPN"),
    "seoul": ("Seoul's Ministry of Finance", "KOR"),
    "beijing": ("Beijing's Ministry of Commerce", "CHN"),
    "riyadh": ("Riyadh's foreign ministry", "SAU"),
    "ankara": ("Ankara's foreign ministry", "TUR"),
    "brasilia": ("Brasilia's foreign ministry", "BRA"),
    "nairobi": ("Nairobi's Ministry of Foreign Affairs", "KEN"),
    "canberra": ("Canberra's foreign affairs department", "AUS"),
}

SEAT_PAIRS: list[tuple[str, str]] = [
    ("kremlin", "ankara"),
    ("whitehouse", "riyadh"),
    ("downing", "elysee"),
    ("tokyo", "seoul"),
    ("beijing", "brasilia"),
    ("nairobi", "canberra"),
    ("kremlin", "whitehouse"),
]

#: (template, status, date)
METONYMS: list[tuple[str, str, str]] = [
    ("{M1_} and {M2} held talks on Monday on energy supplies.", "occurred", "2025-03-10"),
    ("Officials from {M1} met a delegation from {M2} on Tuesday.", "occurred", "2025-03-11"),
    ("{M1_} will host envoys from {M2} next week.", "planned", "2025-W12"),
    ("Envoys of {M1} and {M2} met on Sunday, a spokesman said.", "occurred", "2025-03-09"),
    ("Talks between {M1} and {M2} will be held on Friday.", "planned", "2025-03-14"),
    (
        "{M1_} said on Monday that its officials had held talks with {M2} last week.",
        "occurred",
        "2025-W10",
    ),
]


@pytest.mark.phenomenon("metonyms")
class TestMetonyms:
    """Seats of government and ministries stand for their states."""

    @pytest.mark.parametrize(("template", "status", "when", "seats"), grid(METONYMS, SEAT_PAIRS))
    def test_metonym_as_party(
        self, template: str, status: str, when: str, seats: tuple[str, str]
    ) -> None:
        (m1, c1), (m2, c2) = SEATS[seats[0]], SEATS[seats[1]]
        text = template.format(M1=m1, M1_=m1[:1].upper() + m1[1:], M2=m2)
        events = run(text)
        event = only(text, events, c1, c2)
        assert event["status"] == status, show(text, events)
        assert timex(event) == when, show(text, events)
