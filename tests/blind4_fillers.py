"""Fillers and small assertion helpers for the fourth blind behavioural suite of ``bilateral``.

The suite follows CheckList (Ribeiro et al. 2020): templates are filled from the lists below to
build minimum-functionality, invariance and directional cases. It was written blind on
2026-12-08 from SPEC sections 1-3, the README and the user documentation only; no library code,
test or example was read and the library was not run while writing it.

Every office holder below held the office throughout the first half of 2024, the window in which
all roster-dependent cases are published and dated (publication dates ``PUB_*``).
"""

from __future__ import annotations

import datetime as dt
from typing import NamedTuple

import bilateral


class State(NamedTuple):
    """A state as the suite writes it: common name, ISO code, capital and demonym."""

    name: str
    code: str
    capital: str
    demonym: str


class Official(NamedTuple):
    """A real office holder of the first half of 2024 with the title the text gives them."""

    title: str
    name: str
    code: str
    surname: str


FRANCE = State("France", "FRA", "Paris", "French")
GERMANY = State("Germany", "DEU", "Berlin", "German")
INDIA = State("India", "IND", "New Delhi", "Indian")
JAPAN = State("Japan", "JPN", "Tokyo", "Japanese")
CHINA = State("China", "CHN", "Beijing", "Chinese")
TURKEY = State("Turkey", "TUR", "Ankara", "Turkish")
INDONESIA = State("Indonesia", "IDN", "Jakarta", "Indonesian")
SOUTH_AFRICA = State("South Africa", "ZAF", "Pretoria", "South African")
KENYA = State("Kenya", "KEN", "Nairobi", "Kenyan")
CANADA = State("Canada", "CAN", "Ottawa", "Canadian")
ITALY = State("Italy", "ITA", "Rome", "Italian")
AUSTRALIA = State("Australia", "AUS", "Canberra", "Australian")
EGYPT = State("Egypt", "EGY", "Cairo", "Egyptian")
VIETNAM = State("Vietnam", "VNM", "Hanoi", "Vietnamese")
SPAIN = State("Spain", "ESP", "Madrid", "Spanish")
NIGERIA = State("Nigeria", "NGA", "Abuja", "Nigerian")
ARGENTINA = State("Argentina", "ARG", "Buenos Aires", "Argentine")
POLAND = State("Poland", "POL", "Warsaw", "Polish")
SOUTH_KOREA = State("South Korea", "KOR", "Seoul", "South Korean")
CHILE = State("Chile", "CHL", "Santiago", "Chilean")
MALAYSIA = State("Malaysia", "MYS", "Kuala Lumpur", "Malaysian")
GREECE = State("Greece", "GRC", "Athens", "Greek")
BRAZIL = State("Brazil", "BRA", "Brasilia", "Brazilian")
NORWAY = State("Norway", "NOR", "Oslo", "Norwegian")
GHANA = State("Ghana", "GHA", "Accra", "Ghanaian")
PERU = State("Peru", "PER", "Lima", "Peruvian")
THAILAND = State("Thailand", "THA", "Bangkok", "Thai")
SWEDEN = State("Sweden", "SWE", "Stockholm", "Swedish")
MOROCCO = State("Morocco", "MAR", "Rabat", "Moroccan")
RUSSIA = State("Russia", "RUS", "Moscow", "Russian")
UKRAINE = State("Ukraine", "UKR", "Kyiv", "Ukrainian")
QATAR = State("Qatar", "QAT", "Doha", "Qatari")
OMAN = State("Oman", "OMN", "Muscat", "Omani")
SWITZERLAND = State("Switzerland", "CHE", "Bern", "Swiss")
AUSTRIA = State("Austria", "AUT", "Vienna", "Austrian")
SINGAPORE = State("Singapore", "SGP", "Singapore", "Singaporean")
FINLAND = State("Finland", "FIN", "Helsinki", "Finnish")
SAUDI_ARABIA = State("Saudi Arabia", "SAU", "Riyadh", "Saudi")
ARMENIA = State("Armenia", "ARM", "Yerevan", "Armenian")
AZERBAIJAN = State("Azerbaijan", "AZE", "Baku", "Azerbaijani")
ETHIOPIA = State("Ethiopia", "ETH", "Addis Ababa", "Ethiopian")
VENEZUELA = State("Venezuela", "VEN", "Caracas", "Venezuelan")
GUYANA = State("Guyana", "GUY", "Georgetown", "Guyanese")
CAMBODIA = State("Cambodia", "KHM", "Phnom Penh", "Cambodian")
PAKISTAN = State("Pakistan", "PAK", "Islamabad", "Pakistani")
IRAN = State("Iran", "IRN", "Tehran", "Iranian")
BAHRAIN = State("Bahrain", "BHR", "Manama", "Bahraini")
UNITED_STATES = State("the United States", "USA", "Washington", "U.S.")
BRITAIN = State("Britain", "GBR", "London", "British")

# Pairs of states that appear as the two parties of one event (no state is both).
PAIRS: list[tuple[State, State]] = [
    (FRANCE, GERMANY),
    (INDIA, JAPAN),
    (KENYA, SOUTH_AFRICA),
    (CANADA, ITALY),
    (AUSTRALIA, INDONESIA),
    (EGYPT, TURKEY),
    (VIETNAM, MALAYSIA),
    (ARGENTINA, CHILE),
    (POLAND, SPAIN),
    (NIGERIA, GHANA),
]

# Pairs of states at odds, for talks hosted or mediated by a third state.
RIVALS: list[tuple[State, State]] = [
    (ARMENIA, AZERBAIJAN),
    (RUSSIA, UKRAINE),
    (EGYPT, ETHIOPIA),
    (VENEZUELA, GUYANA),
    (THAILAND, CAMBODIA),
    (INDIA, PAKISTAN),
    (IRAN, BAHRAIN),
    (KENYA, ETHIOPIA),
]

# Third states that host or mediate, with a venue city on their soil.
THIRD: list[tuple[State, str]] = [
    (QATAR, "Doha"),
    (OMAN, "Muscat"),
    (SWITZERLAND, "Geneva"),
    (AUSTRIA, "Vienna"),
    (SINGAPORE, "Singapore"),
    (FINLAND, "Helsinki"),
    (SAUDI_ARABIA, "Jeddah"),
    (NORWAY, "Oslo"),
]

# Heads of state or government in office throughout January-June 2024.
LEADERS: list[Official] = [
    Official("President", "Emmanuel Macron", "FRA", "Macron"),
    Official("Chancellor", "Olaf Scholz", "DEU", "Scholz"),
    Official("Prime Minister", "Narendra Modi", "IND", "Modi"),
    Official("Prime Minister", "Fumio Kishida", "JPN", "Kishida"),
    Official("President", "Xi Jinping", "CHN", "Xi"),
    Official("President", "Recep Tayyip Erdogan", "TUR", "Erdogan"),
    Official("President", "Joko Widodo", "IDN", "Widodo"),
    Official("President", "Cyril Ramaphosa", "ZAF", "Ramaphosa"),
    Official("President", "William Ruto", "KEN", "Ruto"),
    Official("Prime Minister", "Justin Trudeau", "CAN", "Trudeau"),
    Official("Prime Minister", "Giorgia Meloni", "ITA", "Meloni"),
    Official("Prime Minister", "Anthony Albanese", "AUS", "Albanese"),
    Official("Prime Minister", "Pedro Sanchez", "ESP", "Sanchez"),
    Official("President", "Bola Tinubu", "NGA", "Tinubu"),
    Official("President", "Javier Milei", "ARG", "Milei"),
    Official("Prime Minister", "Donald Tusk", "POL", "Tusk"),
    Official("President", "Yoon Suk Yeol", "KOR", "Yoon"),
    Official("President", "Gabriel Boric", "CHL", "Boric"),
    Official("Prime Minister", "Anwar Ibrahim", "MYS", "Anwar"),
    Official("Prime Minister", "Kyriakos Mitsotakis", "GRC", "Mitsotakis"),
]

# Foreign ministers in office throughout January-June 2024.
MINISTERS: list[Official] = [
    Official("Foreign Minister", "Wang Yi", "CHN", "Wang"),
    Official("Foreign Minister", "Sergei Lavrov", "RUS", "Lavrov"),
    Official("Secretary of State", "Antony Blinken", "USA", "Blinken"),
    Official("Foreign Minister", "Annalena Baerbock", "DEU", "Baerbock"),
    Official("Foreign Minister", "Hakan Fidan", "TUR", "Fidan"),
    Official("Foreign Minister", "Penny Wong", "AUS", "Wong"),
    Official("Foreign Minister", "Yoko Kamikawa", "JPN", "Kamikawa"),
    Official("Foreign Secretary", "David Cameron", "GBR", "Cameron"),
    Official("Foreign Minister", "Antonio Tajani", "ITA", "Tajani"),
    Official("Foreign Minister", "Radoslaw Sikorski", "POL", "Sikorski"),
    Official("Foreign Minister", "Dmytro Kuleba", "UKR", "Kuleba"),
    Official("Foreign Minister", "Retno Marsudi", "IDN", "Marsudi"),
    Official("Foreign Minister", "Mauro Vieira", "BRA", "Vieira"),
    Official("Foreign Minister", "Vivian Balakrishnan", "SGP", "Balakrishnan"),
]

DEMONYM_OF = {
    "FRA": "French",
    "DEU": "German",
    "IND": "Indian",
    "JPN": "Japanese",
    "CHN": "Chinese",
    "TUR": "Turkish",
    "IDN": "Indonesian",
    "ZAF": "South African",
    "KEN": "Kenyan",
    "CAN": "Canadian",
    "ITA": "Italian",
    "AUS": "Australian",
    "ESP": "Spanish",
    "NGA": "Nigerian",
    "ARG": "Argentine",
    "POL": "Polish",
    "KOR": "South Korean",
    "CHL": "Chilean",
    "MYS": "Malaysian",
    "GRC": "Greek",
    "RUS": "Russian",
    "USA": "U.S.",
    "GBR": "British",
    "UKR": "Ukrainian",
    "BRA": "Brazilian",
    "SGP": "Singaporean",
}

BY_CODE = {
    s.code: s
    for s in (
        *[FRANCE, GERMANY, INDIA, JAPAN, CHINA, TURKEY, INDONESIA, SOUTH_AFRICA, KENYA],
        *[CANADA, ITALY, AUSTRALIA, EGYPT, VIETNAM, SPAIN, NIGERIA, ARGENTINA, POLAND],
        *[SOUTH_KOREA, CHILE, MALAYSIA, GREECE, BRAZIL, NORWAY, GHANA, PERU, THAILAND],
        *[SWEDEN, MOROCCO, RUSSIA, UKRAINE, QATAR, OMAN, SWITZERLAND, AUSTRIA, SINGAPORE],
        *[FINLAND, SAUDI_ARABIA, UNITED_STATES, BRITAIN],
    )
}


def full(o: Official) -> str:
    """An official as wire copy first names them: demonym, title and name."""
    return f"{DEMONYM_OF[o.code]} {o.title} {o.name}"


def an(word: str) -> str:
    """The word with its indefinite article."""
    return ("an " if word[0] in "AEIOU" else "a ") + word


def sentence(text: str) -> str:
    """The text with its first letter in upper case ("the United States" opening a sentence)."""
    return text[0].upper() + text[1:]


def state(o: Official) -> State:
    """The state an official serves."""
    return BY_CODE[o.code]


# Pairs of leaders of two different states, and pairs of ministers.
LEADER_PAIRS: list[tuple[Official, Official]] = [
    (LEADERS[i], LEADERS[i + 1]) for i in range(0, len(LEADERS) - 1, 2)
]
MINISTER_PAIRS: list[tuple[Official, Official]] = [
    (MINISTERS[i], MINISTERS[i + 1]) for i in range(0, len(MINISTERS) - 1, 2)
]

# Publication dates (all inside the roster window).
PUB_THU = dt.date(2024, 2, 22)
PUB_WED = dt.date(2024, 3, 13)
PUB_WED2 = dt.date(2024, 4, 17)
PUB_WED3 = dt.date(2024, 5, 8)
PUB_FRI = dt.date(2024, 3, 22)
PUB_MON = dt.date(2024, 4, 8)
PUBS = [PUB_THU, PUB_WED, PUB_WED2, PUB_WED3, PUB_FRI, PUB_MON]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

# Verb phrases by kind family; each entry is (past form, future form after "will").
MEET_VERBS = [
    ("met", "meet"),
    ("held talks with", "hold talks with"),
    ("sat down with", "sit down with"),
    ("held a meeting with", "hold a meeting with"),
    ("conferred with", "confer with"),
]
MEET_KINDS = {"meeting", "talks", "summit"}
TALK_KINDS = {"meeting", "talks", "negotiation", "summit"}
VISIT_KINDS = {"visit", "meeting", "talks"}
CALL_KINDS = {"call"}
VIDEO_KINDS = {"call", "meeting", "talks", "summit"}


# --- dates as SPEC section 3 resolves them ------------------------------------------------


def day(d: dt.date) -> tuple[dt.date, dt.date]:
    """The span of one day."""
    return (d, d)


def week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    """The ISO week (Monday-Sunday) that holds ``d``."""
    monday = d - dt.timedelta(days=d.weekday())
    return (monday, monday + dt.timedelta(days=6))


def shift_week(d: dt.date, weeks: int) -> tuple[dt.date, dt.date]:
    """The ISO week ``weeks`` weeks after (or before) the one holding ``d``."""
    return week_of(d + dt.timedelta(weeks=weeks))


def month_span(year: int, month: int) -> tuple[dt.date, dt.date]:
    """The calendar month."""
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return (dt.date(year, month, 1), nxt - dt.timedelta(days=1))


def shift_month(d: dt.date, months: int) -> tuple[dt.date, dt.date]:
    """The month ``months`` months after (or before) the month of ``d``."""
    index = d.year * 12 + d.month - 1 + months
    return month_span(index // 12, index % 12 + 1)


def weekday_back(pub: dt.date, weekday: int) -> dt.date:
    """The nearest given weekday on or before ``pub`` (a past-tense bare weekday)."""
    return pub - dt.timedelta(days=(pub.weekday() - weekday) % 7)


def weekday_ahead(pub: dt.date, weekday: int) -> dt.date:
    """The nearest given weekday on or after ``pub`` (a future-tense bare weekday)."""
    return pub + dt.timedelta(days=(weekday - pub.weekday()) % 7)


def spoken(d: dt.date) -> str:
    """A wire-style month and day, such as ``March 20``."""
    return f"{MONTHS[d.month - 1]} {d.day}"


# --- assertion helpers ---------------------------------------------------------------------


def extract(text: str, published: dt.date) -> list:
    """Run the public API."""
    return bilateral.extract(text, published=published)


def codes(event) -> set[str]:
    """The parties of an event as a set of ISO codes."""
    return {c.alpha_3 for c in event.countries}


def involving(events: list, parties: set[str]) -> list:
    """The events whose parties include every state of ``parties``."""
    return [e for e in events if parties <= codes(e)]


def with_parties(events: list, parties: set[str]) -> list:
    """The events whose parties are exactly ``parties``."""
    return [e for e in events if codes(e) == parties]


def only_event(events: list, parties: set[str]):
    """Assert that the text gives exactly one event, with exactly these parties; return it."""
    found = [sorted(codes(e)) for e in events]
    assert len(events) == 1, f"expected one event of {sorted(parties)}, got {found}"
    assert codes(events[0]) == parties, f"expected {sorted(parties)}, got {found}"
    return events[0]


def one_of(events: list, parties: set[str]):
    """Assert exactly one event has exactly these parties (others may exist); return it."""
    found = with_parties(events, parties)
    assert len(found) == 1, f"{sorted(parties)}: {[sorted(codes(e)) for e in events]}"
    return found[0]


def no_event(events: list, parties: set[str]) -> None:
    """Assert that no event has all of ``parties`` among its parties."""
    bad = [(sorted(codes(e)), e.status.value) for e in involving(events, parties)]
    assert not bad, f"no event expected for {sorted(parties)}, got {bad}"


def span(event) -> tuple[dt.date, dt.date] | None:
    """An event's date as an inclusive pair, or None."""
    if event.date is None:
        return None
    return (event.date.start, event.date.end)


def host(event) -> str | None:
    """An event's host as an ISO code, or None."""
    return None if event.host is None else event.host.alpha_3


def signature(event) -> tuple:
    """What an invariance test compares: parties, kind, status, date and host."""
    return (frozenset(codes(event)), event.kind.value, event.status.value, span(event), host(event))


def participant_codes(event) -> dict[str, str | None]:
    """Participants by name, each with the ISO code of the state they serve."""
    out: dict[str, str | None] = {}
    for p in event.participants:
        if p.name:
            out[p.name] = None if p.country is None else p.country.alpha_3
    return out
