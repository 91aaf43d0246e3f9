"""Fillers for the third blind behavioural suite of ``bilateral`` (written blind on 2026-12-08).

The suite follows CheckList (Ribeiro et al. 2020): templates are filled from the lists below
(states with their capitals, demonyms and seats of government; real office holders with their
titles and the days they held office; meeting verbs; venues; publication days) and each
filled case is a minimum-functionality, invariance or directional test of one phenomenon.

Written from SPEC sections 1-3, the README and the user documentation only, without sight
of the library's code, tests or examples. The small helpers at the end read events only
through the public API (``kind``, ``status``, ``countries``, ``host``, ``date``,
``participants``) and compute the calendar spans SPEC section 3 gives relative expressions.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from dataclasses import dataclass
from typing import Any

D = dt.date


@dataclass(frozen=True)
class State:
    """A state as news names it: running-text name, ISO code, capital, demonym, seat."""

    name: str
    code: str
    capital: str
    demonym: str
    seat: str | None = None


# Names as they stand in running text ("the Philippines"), capitals that are not also
# common words, demonyms in adjective position; `seat` is a metonym of the government.
STATES: tuple[State, ...] = (
    State("Japan", "JPN", "Tokyo", "Japanese"),
    State("India", "IND", "New Delhi", "Indian"),
    State("Brazil", "BRA", "Brasilia", "Brazilian", "the Planalto Palace"),
    State("Germany", "DEU", "Berlin", "German"),
    State("France", "FRA", "Paris", "French", "the Elysee"),
    State("Kenya", "KEN", "Nairobi", "Kenyan"),
    State("Indonesia", "IDN", "Jakarta", "Indonesian"),
    State("Australia", "AUS", "Canberra", "Australian"),
    State("Canada", "CAN", "Ottawa", "Canadian"),
    State("Egypt", "EGY", "Cairo", "Egyptian"),
    State("Turkey", "TUR", "Ankara", "Turkish"),
    State("Poland", "POL", "Warsaw", "Polish"),
    State("Vietnam", "VNM", "Hanoi", "Vietnamese"),
    State("Nigeria", "NGA", "Abuja", "Nigerian"),
    State("Argentina", "ARG", "Buenos Aires", "Argentine", "the Casa Rosada"),
    State("South Africa", "ZAF", "Pretoria", "South African"),
    State("Italy", "ITA", "Rome", "Italian"),
    State("Spain", "ESP", "Madrid", "Spanish", "La Moncloa"),
    State("Saudi Arabia", "SAU", "Riyadh", "Saudi"),
    State("the Philippines", "PHL", "Manila", "Philippine", "Malacanang"),
    State("Chile", "CHL", "Santiago", "Chilean"),
    State("Norway", "NOR", "Oslo", "Norwegian"),
    State("Ghana", "GHA", "Accra", "Ghanaian"),
    State("China", "CHN", "Beijing", "Chinese", "Zhongnanhai"),
    State("Russia", "RUS", "Moscow", "Russian", "the Kremlin"),
    State("the United States", "USA", "Washington", "American", "the White House"),
    State("Britain", "GBR", "London", "British", "Downing Street"),
    State("South Korea", "KOR", "Seoul", "South Korean"),
    State("Greece", "GRC", "Athens", "Greek"),
    State("Malaysia", "MYS", "Kuala Lumpur", "Malaysian"),
    State("Ethiopia", "ETH", "Addis Ababa", "Ethiopian"),
    State("Morocco", "MAR", "Rabat", "Moroccan"),
    State("Colombia", "COL", "Bogota", "Colombian"),
    State("Ukraine", "UKR", "Kyiv", "Ukrainian"),
    State("Denmark", "DNK", "Copenhagen", "Danish"),
    State("Mexico", "MEX", "Mexico City", "Mexican"),
)
BY_CODE = {s.code: s for s in STATES}

# Ordinary states for state-only templates: no metonym-heavy or ambiguous members first.
PLAIN = tuple(s for s in STATES if s.code not in {"USA", "GBR", "PHL", "MEX"})
SEATED = tuple(s for s in STATES if s.seat is not None)


@dataclass(frozen=True)
class Venue:
    """A city in a third state where two others meet."""

    city: str
    code: str
    country: str


VENUES: tuple[Venue, ...] = (
    Venue("Geneva", "CHE", "Switzerland"),
    Venue("Doha", "QAT", "Qatar"),
    Venue("Muscat", "OMN", "Oman"),
    Venue("Istanbul", "TUR", "Turkey"),
    Venue("Vienna", "AUT", "Austria"),
    Venue("Jeddah", "SAU", "Saudi Arabia"),
    Venue("Abu Dhabi", "ARE", "the United Arab Emirates"),
    Venue("Oslo", "NOR", "Norway"),
)


@dataclass(frozen=True)
class Official:
    """A real office holder: full name, surname as news repeats it, title, state, term."""

    name: str
    surname: str
    title: str
    code: str
    start: dt.date
    end: dt.date | None = None
    rank: str = "leader"

    @property
    def state(self) -> State:
        return BY_CODE[self.code]

    @property
    def adj(self) -> str:
        """The state's adjective before a title ("U.S." for the United States)."""
        return {"USA": "U.S.", "GBR": "British"}.get(self.code, self.state.demonym)

    @property
    def styled(self) -> str:
        """'Indian Prime Minister Narendra Modi'."""
        return f"{self.adj} {self.title} {self.name}"

    @property
    def role(self) -> str:
        """'the Indian prime minister' (a title without a name)."""
        return f"the {self.adj} {self.title.lower()}"

    def serves(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day < self.end)


L, M = "leader", "minister"
# Terms as held (end = the day the successor took office). Only terms known to be current at
# least to 2025-10-31 are used; `pairs_on` keeps a two-month margin on both sides of a day.
OFFICIALS: tuple[Official, ...] = (
    Official("Donald Trump", "Trump", "President", "USA", D(2017, 1, 20), D(2021, 1, 20)),
    Official("Joe Biden", "Biden", "President", "USA", D(2021, 1, 20), D(2025, 1, 20)),
    Official("Donald Trump", "Trump", "President", "USA", D(2025, 1, 20)),
    Official("Xi Jinping", "Xi", "President", "CHN", D(2013, 3, 14)),
    Official("Vladimir Putin", "Putin", "President", "RUS", D(2012, 5, 7)),
    Official("Emmanuel Macron", "Macron", "President", "FRA", D(2017, 5, 14)),
    Official("Angela Merkel", "Merkel", "Chancellor", "DEU", D(2005, 11, 22), D(2021, 12, 8)),
    Official("Olaf Scholz", "Scholz", "Chancellor", "DEU", D(2021, 12, 8), D(2025, 5, 6)),
    Official("Friedrich Merz", "Merz", "Chancellor", "DEU", D(2025, 5, 6)),
    Official("Boris Johnson", "Johnson", "Prime Minister", "GBR", D(2019, 7, 24), D(2022, 9, 6)),
    Official("Rishi Sunak", "Sunak", "Prime Minister", "GBR", D(2022, 10, 25), D(2024, 7, 5)),
    Official("Keir Starmer", "Starmer", "Prime Minister", "GBR", D(2024, 7, 5)),
    Official("Shinzo Abe", "Abe", "Prime Minister", "JPN", D(2012, 12, 26), D(2020, 9, 16)),
    Official("Fumio Kishida", "Kishida", "Prime Minister", "JPN", D(2021, 10, 4), D(2024, 10, 1)),
    Official("Shigeru Ishiba", "Ishiba", "Prime Minister", "JPN", D(2024, 10, 1), D(2025, 10, 21)),
    Official("Narendra Modi", "Modi", "Prime Minister", "IND", D(2014, 5, 26)),
    Official("Jair Bolsonaro", "Bolsonaro", "President", "BRA", D(2019, 1, 1), D(2023, 1, 1)),
    Official("Luiz Inacio Lula da Silva", "Lula", "President", "BRA", D(2023, 1, 1)),
    Official("Scott Morrison", "Morrison", "Prime Minister", "AUS", D(2018, 8, 24), D(2022, 5, 23)),
    Official("Anthony Albanese", "Albanese", "Prime Minister", "AUS", D(2022, 5, 23)),
    Official("Justin Trudeau", "Trudeau", "Prime Minister", "CAN", D(2015, 11, 4), D(2025, 3, 14)),
    Official("Mark Carney", "Carney", "Prime Minister", "CAN", D(2025, 3, 14)),
    Official("Giorgia Meloni", "Meloni", "Prime Minister", "ITA", D(2022, 10, 22)),
    Official("Recep Tayyip Erdogan", "Erdogan", "President", "TUR", D(2014, 8, 28)),
    Official("Cyril Ramaphosa", "Ramaphosa", "President", "ZAF", D(2018, 2, 15)),
    Official("William Ruto", "Ruto", "President", "KEN", D(2022, 9, 13)),
    Official("Bola Tinubu", "Tinubu", "President", "NGA", D(2023, 5, 29)),
    Official("Joko Widodo", "Widodo", "President", "IDN", D(2014, 10, 20), D(2024, 10, 20)),
    Official("Pedro Sanchez", "Sanchez", "Prime Minister", "ESP", D(2018, 6, 2)),
    Official("Donald Tusk", "Tusk", "Prime Minister", "POL", D(2023, 12, 13)),
    Official("Javier Milei", "Milei", "President", "ARG", D(2023, 12, 10)),
    Official("Yoon Suk Yeol", "Yoon", "President", "KOR", D(2022, 5, 10), D(2025, 4, 4)),
    Official("Lee Jae-myung", "Lee", "President", "KOR", D(2025, 6, 4)),
    Official("Abdel Fattah al-Sisi", "Sisi", "President", "EGY", D(2014, 6, 8)),
    Official("Anwar Ibrahim", "Anwar", "Prime Minister", "MYS", D(2022, 11, 24)),
    Official("Ferdinand Marcos Jr", "Marcos", "President", "PHL", D(2022, 6, 30)),
    Official("Volodymyr Zelenskyy", "Zelenskyy", "President", "UKR", D(2019, 5, 20)),
    Official("Gustavo Petro", "Petro", "President", "COL", D(2022, 8, 7), D(2026, 8, 7)),
    Official("Gabriel Boric", "Boric", "President", "CHL", D(2022, 3, 11), D(2026, 3, 11)),
    Official("Mette Frederiksen", "Frederiksen", "Prime Minister", "DNK", D(2019, 6, 27)),
    Official(
        "Mike Pompeo", "Pompeo", "Secretary of State", "USA", D(2018, 4, 26), D(2021, 1, 20), M
    ),
    Official(
        "Antony Blinken", "Blinken", "Secretary of State", "USA", D(2021, 1, 26), D(2025, 1, 20), M
    ),
    Official("Marco Rubio", "Rubio", "Secretary of State", "USA", D(2025, 1, 21), None, M),
    Official("Wang Yi", "Wang", "Foreign Minister", "CHN", D(2013, 3, 16), D(2022, 12, 30), M),
    Official("Wang Yi", "Wang", "Foreign Minister", "CHN", D(2023, 7, 25), None, M),
    Official("Sergei Lavrov", "Lavrov", "Foreign Minister", "RUS", D(2004, 3, 9), None, M),
    Official(
        "S. Jaishankar", "Jaishankar", "External Affairs Minister", "IND", D(2019, 5, 30), None, M
    ),
    Official("Penny Wong", "Wong", "Foreign Minister", "AUS", D(2022, 5, 23), None, M),
    Official(
        "Annalena Baerbock", "Baerbock", "Foreign Minister", "DEU", D(2021, 12, 8), D(2025, 5, 6), M
    ),
    Official("Johann Wadephul", "Wadephul", "Foreign Minister", "DEU", D(2025, 5, 6), None, M),
    Official("David Lammy", "Lammy", "Foreign Secretary", "GBR", D(2024, 7, 5), D(2025, 9, 5), M),
    Official("Antonio Tajani", "Tajani", "Foreign Minister", "ITA", D(2022, 10, 22), None, M),
    Official("Hakan Fidan", "Fidan", "Foreign Minister", "TUR", D(2023, 6, 4), None, M),
    Official("Mauro Vieira", "Vieira", "Foreign Minister", "BRA", D(2023, 1, 1), None, M),
    Official("Melanie Joly", "Joly", "Foreign Minister", "CAN", D(2021, 10, 26), D(2025, 5, 13), M),
    Official("Anita Anand", "Anand", "Foreign Minister", "CAN", D(2025, 5, 13), None, M),
    Official(
        "Yoko Kamikawa", "Kamikawa", "Foreign Minister", "JPN", D(2023, 9, 13), D(2024, 10, 1), M
    ),
    Official(
        "Takeshi Iwaya", "Iwaya", "Foreign Minister", "JPN", D(2024, 10, 1), D(2025, 10, 21), M
    ),
    Official("Radoslaw Sikorski", "Sikorski", "Foreign Minister", "POL", D(2023, 12, 13), None, M),
    Official("Jose Manuel Albares", "Albares", "Foreign Minister", "ESP", D(2021, 7, 12), None, M),
    Official("Badr Abdelatty", "Abdelatty", "Foreign Minister", "EGY", D(2024, 7, 3), None, M),
    Official("Dmytro Kuleba", "Kuleba", "Foreign Minister", "UKR", D(2020, 3, 4), D(2024, 9, 5), M),
    Official("Andrii Sybiha", "Sybiha", "Foreign Minister", "UKR", D(2024, 9, 5), None, M),
    Official("Ronald Lamola", "Lamola", "Foreign Minister", "ZAF", D(2024, 7, 3), None, M),
)

# Meeting verbs and nouns of wire copy: (past phrase with the partner after it).
HELD_VERBS: tuple[str, ...] = (
    "met",
    "held talks with",
    "met with",
    "sat down with",
    "held a bilateral meeting with",
    "conferred with",
    "had talks with",
    "held discussions with",
)
PLANNED_FRAMES: tuple[str, ...] = (
    "will meet",
    "is set to meet",
    "is expected to meet",
    "plans to meet",
    "is scheduled to hold talks with",
    "is due to meet",
    "will hold talks with",
    "is to meet",
)
CALL_PHRASES: tuple[str, ...] = (
    "spoke by phone with",
    "held a telephone conversation with",
    "had a phone call with",
    "spoke by telephone to",
    "talked by phone with",
)

# Publication days: Wednesdays (so "on Monday" is this week looking back and "on Friday"
# this week looking forward, and "last Thursday"/"next Tuesday" are unambiguous) and Mondays.
PUB_DAYS: tuple[dt.date, ...] = (
    D(2019, 10, 9),
    D(2023, 9, 27),
    D(2024, 2, 21),
    D(2024, 11, 20),
    D(2025, 6, 25),
    D(2022, 3, 16),
)
MONDAYS: tuple[dt.date, ...] = (D(2024, 5, 13), D(2023, 4, 17), D(2025, 10, 6))
STATE_ONLY_DAYS: tuple[dt.date, ...] = (D(2026, 2, 18), D(2021, 5, 26), *PUB_DAYS)
KNOWN_TO = D(2025, 10, 31)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def pairs_on(
    day: dt.date, n: int, rank: str | None = None, skip: int = 0
) -> list[tuple[Official, Official]]:
    """`n` pairs of office holders of two states, both in office from two months before
    `day` to two months after (so that the event's date, not only `day`, is in the term)."""
    lo, hi = day - dt.timedelta(days=62), day + dt.timedelta(days=62)
    assert hi <= KNOWN_TO, day
    pool = [
        o for o in OFFICIALS if (rank is None or o.rank == rank) and o.serves(lo) and o.serves(hi)
    ]
    out: list[tuple[Official, Official]] = []
    step = 0
    while len(out) < n and step < 50 * n:
        a = pool[(skip + step) % len(pool)]
        b = pool[(skip + 5 * step + 3) % len(pool)]
        step += 1
        if a.code != b.code and (a, b) not in out and (b, a) not in out:
            out.append((a, b))
    assert len(out) == n, (day, rank, n)
    return out


def state_pairs(
    n: int, pool: tuple[State, ...] = PLAIN, skip: int = 0
) -> list[tuple[State, State]]:
    """`n` distinct ordered pairs of two different states, deterministic."""
    out: list[tuple[State, State]] = []
    size = len(pool)
    for step in range(20 * size):
        turn, i = divmod(step, size)
        a = pool[(skip + i) % size]
        b = pool[(skip + 3 * i + 7 + 5 * turn) % size]
        if a.code != b.code and (a, b) not in out:
            out.append((a, b))
        if len(out) == n:
            return out
    raise AssertionError(n)


def poss(name: str) -> str:
    """The possessive of a state's name ("Kenya's", "the Philippines'")."""
    return name + ("'" if name.endswith("s") else "'s")


def cap(text: str) -> str:
    """Capitalise the first letter only ("the Philippines" -> "The Philippines")."""
    return text[:1].upper() + text[1:]


# ---- calendar spans as SPEC section 3 resolves them ---------------------------------------


def weekday_back(pub: dt.date, name: str, strict: bool = False) -> dt.date:
    """Latest such weekday on or before `pub` (strictly before when `strict`)."""
    delta = (pub.weekday() - WEEKDAYS.index(name)) % 7
    if strict and delta == 0:
        delta = 7
    return pub - dt.timedelta(days=delta)


def weekday_ahead(pub: dt.date, name: str, strict: bool = False) -> dt.date:
    """First such weekday on or after `pub` (strictly after when `strict`)."""
    delta = (WEEKDAYS.index(name) - pub.weekday()) % 7
    if strict and delta == 0:
        delta = 7
    return pub + dt.timedelta(days=delta)


def iso_week(pub: dt.date, offset: int = 0) -> tuple[dt.date, dt.date]:
    """Monday and Sunday of the ISO week `offset` weeks from the one holding `pub`."""
    monday = pub - dt.timedelta(days=pub.weekday()) + dt.timedelta(weeks=offset)
    return monday, monday + dt.timedelta(days=6)


def month_span(pub: dt.date, offset: int = 0) -> tuple[dt.date, dt.date]:
    """First and last day of the month `offset` months from the one holding `pub`."""
    index = pub.year * 12 + pub.month - 1 + offset
    first = dt.date(index // 12, index % 12 + 1, 1)
    nxt = dt.date((index + 1) // 12, (index + 1) % 12 + 1, 1)
    return first, nxt - dt.timedelta(days=1)


# ---- reading events through the public API ------------------------------------------------


def parties(event: Any) -> tuple[str, ...]:
    """The event's party codes, as SPEC sorts them."""
    return tuple(c.alpha_3 for c in event.countries)


def all_parties(events: list[Any]) -> list[tuple[str, ...]]:
    """Every event's parties, sorted, so that a list of dyads compares as a multiset."""
    return sorted(parties(e) for e in events)


def key(*codes: str) -> tuple[str, ...]:
    """Codes as `parties` gives them."""
    return tuple(sorted(set(codes)))


def only_event(events: list[Any], *codes: str) -> Any:
    """The single event of the article, whose parties must be `codes`."""
    assert len(events) == 1, f"expected one event, got {all_parties(events)}"
    assert parties(events[0]) == key(*codes), parties(events[0])
    return events[0]


def event_of(events: list[Any], *codes: str) -> Any:
    """The one event among `events` whose parties are exactly `codes`."""
    found = [e for e in events if parties(e) == key(*codes)]
    assert len(found) == 1, f"expected one {key(*codes)} event, got {all_parties(events)}"
    return found[0]


def span_of(event: Any) -> tuple[dt.date, dt.date, str] | None:
    """(start, end, granularity) of the event's date, or None."""
    if event.date is None:
        return None
    return event.date.start, event.date.end, event.date.granularity.value


def day_span(day: dt.date) -> tuple[dt.date, dt.date, str]:
    """The span of one day."""
    return day, day, "day"


def week_span(pub: dt.date, offset: int) -> tuple[dt.date, dt.date, str]:
    """The span of an ISO week."""
    return (*iso_week(pub, offset), "week")


def month_of(pub: dt.date, offset: int) -> tuple[dt.date, dt.date, str]:
    """The span of a calendar month."""
    return (*month_span(pub, offset), "month")


def host_code(event: Any) -> str | None:
    """The host's code or None."""
    return None if event.host is None else event.host.alpha_3


def plain(text: str) -> str:
    """`text` without diacritics, lower-cased ("Erdoğan" -> "erdogan")."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def placed(event: Any) -> set[tuple[str, str]]:
    """(plain name, country code) of every named participant the event places in a state."""
    return {
        (plain(p.name), p.country.alpha_3)
        for p in event.participants
        if p.name and p.country is not None
    }


def has_participant(event: Any, surname: str, code: str) -> bool:
    """Whether a participant whose name holds `surname` serves the state `code`."""
    return any(plain(surname) in name and c == code for name, c in placed(event))
