"""Fillers and helpers shared by the behavioural modules ``tests/test_behaviour_<group>.py``.

CheckList (Ribeiro et al. 2020) style: each module holds one or more phenomena, one test class
per phenomenon, marked ``@pytest.mark.phenomenon(NAME)`` so that ``tools/behaviour_report.py``
can give a pass rate per phenomenon. Test names say the test type: ``test_mft_*``
(minimum functionality: a templated sentence and its events), ``test_inv_*`` (a change that must
not change the events) and ``test_dir_*`` (a change that must move one field one way).

Every article is dated Wednesday 11 June 2025 (ISO week 2025-W24); the office holders below held
their offices on that day. All sentences are written for these tests: no news text. The tests
were written blind, from SPEC §1–3 alone, and assert only what the SPEC requires.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any, NamedTuple

import pytest

import bilateral

PUB = dt.date(2025, 6, 11)  # a Wednesday in ISO week 2025-W24

Span = tuple[str, str, str, str]  # (start, end, granularity, timex)


def day(iso: str) -> Span:
    """A one-day span."""
    return (iso, iso, "day", iso)


def month(year: int, number: int) -> Span:
    """A calendar month as a span."""
    first = dt.date(year, number, 1)
    after = dt.date(year + number // 12, number % 12 + 1, 1)
    last = after - dt.timedelta(days=1)
    return (first.isoformat(), last.isoformat(), "month", f"{year}-{number:02d}")


# Weekdays: "on Monday" in a past-tense clause is the last Monday on or before 11 June 2025; in a
# future-tense clause the next one on or after it. Wednesday is the publication day itself.
PAST_DAY = {
    "Monday": day("2025-06-09"),
    "Tuesday": day("2025-06-10"),
    "Wednesday": day("2025-06-11"),
    "Thursday": day("2025-06-05"),
    "Friday": day("2025-06-06"),
    "Saturday": day("2025-06-07"),
    "Sunday": day("2025-06-08"),
}
FUTURE_DAY = {
    "Monday": day("2025-06-16"),
    "Tuesday": day("2025-06-17"),
    "Wednesday": day("2025-06-11"),
    "Thursday": day("2025-06-12"),
    "Friday": day("2025-06-13"),
    "Saturday": day("2025-06-14"),
    "Sunday": day("2025-06-15"),
}
MON, TUE, SAT = PAST_DAY["Monday"], PAST_DAY["Tuesday"], PAST_DAY["Saturday"]
FRI = FUTURE_DAY["Friday"]
YESTERDAY, TOMORROW = day("2025-06-10"), day("2025-06-12")
JUNE_5, JUNE_20, JULY_8 = day("2025-06-05"), day("2025-06-20"), day("2025-07-08")
LAST_WEEK: Span = ("2025-06-02", "2025-06-08", "week", "2025-W23")
THIS_WEEK: Span = ("2025-06-09", "2025-06-15", "week", "2025-W24")
NEXT_WEEK: Span = ("2025-06-16", "2025-06-22", "week", "2025-W25")
LAST_MONTH, NEXT_MONTH = month(2025, 5), month(2025, 7)
APRIL, SEPTEMBER = month(2025, 4), month(2025, 9)
LAST_YEAR: Span = ("2024-01-01", "2024-12-31", "year", "2024")
NEXT_YEAR: Span = ("2026-01-01", "2026-12-31", "year", "2026")


class State(NamedTuple):
    """A state, its leader and its foreign minister on 11 June 2025."""

    name: str  # as it stands in running text ("the United States")
    adj: str
    code: str
    capital: str
    title: str
    leader: str
    short: str  # the leader's name as a second mention gives it
    fm_title: str
    fm: str

    @property
    def full(self) -> str:
        """The leader as a wire story first names them."""
        return f"{self.adj} {self.title} {self.leader}"

    @property
    def minister(self) -> str:
        """The foreign minister as a wire story first names them."""
        return f"{self.adj} {self.fm_title} {self.fm}"


FM = "Foreign Minister"
FRA = State(
    "France",
    "French",
    "FRA",
    "Paris",
    "President",
    "Emmanuel Macron",
    "Macron",
    FM,
    "Jean-Noël Barrot",
)
DEU = State(
    "Germany",
    "German",
    "DEU",
    "Berlin",
    "Chancellor",
    "Friedrich Merz",
    "Merz",
    FM,
    "Johann Wadephul",
)
JPN = State(
    "Japan",
    "Japanese",
    "JPN",
    "Tokyo",
    "Prime Minister",
    "Shigeru Ishiba",
    "Ishiba",
    FM,
    "Takeshi Iwaya",
)
IND = State(
    "India",
    "Indian",
    "IND",
    "New Delhi",
    "Prime Minister",
    "Narendra Modi",
    "Modi",
    "External Affairs Minister",
    "Subrahmanyam Jaishankar",
)
CAN = State(
    "Canada",
    "Canadian",
    "CAN",
    "Ottawa",
    "Prime Minister",
    "Mark Carney",
    "Carney",
    FM,
    "Anita Anand",
)
AUS = State(
    "Australia",
    "Australian",
    "AUS",
    "Canberra",
    "Prime Minister",
    "Anthony Albanese",
    "Albanese",
    FM,
    "Penny Wong",
)
KEN = State(
    "Kenya",
    "Kenyan",
    "KEN",
    "Nairobi",
    "President",
    "William Ruto",
    "Ruto",
    FM,
    "Musalia Mudavadi",
)
ZAF = State(
    "South Africa",
    "South African",
    "ZAF",
    "Pretoria",
    "President",
    "Cyril Ramaphosa",
    "Ramaphosa",
    "International Relations Minister",
    "Ronald Lamola",
)
ITA = State(
    "Italy",
    "Italian",
    "ITA",
    "Rome",
    "Prime Minister",
    "Giorgia Meloni",
    "Meloni",
    FM,
    "Antonio Tajani",
)
POL = State(
    "Poland",
    "Polish",
    "POL",
    "Warsaw",
    "Prime Minister",
    "Donald Tusk",
    "Tusk",
    FM,
    "Radosław Sikorski",
)
ESP = State(
    "Spain",
    "Spanish",
    "ESP",
    "Madrid",
    "Prime Minister",
    "Pedro Sánchez",
    "Sánchez",
    FM,
    "José Manuel Albares",
)
MEX = State(
    "Mexico",
    "Mexican",
    "MEX",
    "Mexico City",
    "President",
    "Claudia Sheinbaum",
    "Sheinbaum",
    FM,
    "Juan Ramón de la Fuente",
)
CHN = State(
    "China",
    "Chinese",
    "CHN",
    "Beijing",
    "President",
    "Xi Jinping",
    "Xi",
    FM,
    "Wang Yi",
)
BRA = State(
    "Brazil",
    "Brazilian",
    "BRA",
    "Brasília",
    "President",
    "Luiz Inácio Lula da Silva",
    "Lula",
    FM,
    "Mauro Vieira",
)
TUR = State(
    "Turkey",
    "Turkish",
    "TUR",
    "Ankara",
    "President",
    "Recep Tayyip Erdoğan",
    "Erdoğan",
    FM,
    "Hakan Fidan",
)
IDN = State(
    "Indonesia",
    "Indonesian",
    "IDN",
    "Jakarta",
    "President",
    "Prabowo Subianto",
    "Prabowo",
    FM,
    "Sugiono",
)
GBR = State(
    "Britain",
    "British",
    "GBR",
    "London",
    "Prime Minister",
    "Keir Starmer",
    "Starmer",
    "Foreign Secretary",
    "David Lammy",
)
USA = State(
    "the United States",
    "U.S.",
    "USA",
    "Washington",
    "President",
    "Donald Trump",
    "Trump",
    "Secretary of State",
    "Marco Rubio",
)
RUS = State(
    "Russia",
    "Russian",
    "RUS",
    "Moscow",
    "President",
    "Vladimir Putin",
    "Putin",
    FM,
    "Sergei Lavrov",
)
EGY = State(
    "Egypt",
    "Egyptian",
    "EGY",
    "Cairo",
    "President",
    "Abdel Fattah al-Sisi",
    "Sisi",
    FM,
    "Badr Abdelatty",
)

#: Pairs of states; no state of a pair is a venue of the third-state tests.
PAIRS = [(FRA, DEU), (JPN, IND), (CAN, AUS), (KEN, ZAF), (ITA, POL), (ESP, MEX), (BRA, IDN)]
FIVE_PAIRS = PAIRS[:5]
THREE_PAIRS = PAIRS[:3]
TRIPLES = [(FRA, DEU, KEN), (IND, JPN, AUS), (CAN, MEX, POL), (ITA, ESP, BRA), (ZAF, EGY, IDN)]
#: A leader and three partners, for distributive plurals.
QUADS = [
    (CAN, JPN, IND, KEN),
    (BRA, CHN, ZAF, IDN),
    (FRA, ITA, POL, ESP),
    (AUS, JPN, IDN, IND),
    (MEX, CAN, BRA, ESP),
]


def say(template: str, **fillers: object) -> str:
    """Fill a template (``{a.full}``, ``{b.capital}``, …) and capitalise its first letter."""
    text = template.format(**fillers)
    return text[:1].upper() + text[1:]


def grid(templates: dict[str, Any], fillers: Sequence[Sequence[State]]) -> list[Any]:
    """Every template with every filler tuple, as ``pytest.param`` with a readable id."""
    return [
        pytest.param(value, *states, id="-".join([name, *(s.code for s in states)]))
        for name, value in templates.items()
        for states in fillers
    ]


def ids(value: object) -> str:
    """A case's id: pytest names each parameter separately, a state or venue by its code."""
    code = getattr(value, "code", None)
    return code if isinstance(code, str) else str(value)


def events(text: str, published: dt.date = PUB) -> list[dict[str, Any]]:
    """The events of one article, in their JSON form."""
    return [bilateral.to_dict(e) for e in bilateral.extract(text, published=published)]


def date_of(event: dict[str, Any]) -> Span | None:
    """An event's date as a Span, or None."""
    d = event["date"]
    return None if d is None else (d["start"], d["end"], d["granularity"], d["timex"])


def parties(*states: State) -> list[str]:
    """The ``countries`` field that these states as parties give."""
    return sorted({s.code for s in states})


def core(event: dict[str, Any], host: bool = True) -> tuple[Any, ...]:
    """Kind, status, parties, host (unless left open) and date of an event."""
    found = event["host"] if host else "-"
    return (event["kind"], event["status"], event["countries"], found, date_of(event))


def cores(text: str, host: bool = True) -> list[tuple[Any, ...]]:
    """The core fields of every event of the text, in a stable order."""
    return sorted((core(e, host) for e in events(text)), key=repr)


def one(text: str) -> dict[str, Any]:
    """The single event the text must give."""
    found = events(text)
    assert len(found) == 1, (text, found)
    return found[0]


def by_parties(text: str, *groups: Iterable[State]) -> list[dict[str, Any]]:
    """The text's events, one per group of parties, in the order given; no others."""
    found = events(text)
    keyed = {tuple(e["countries"]): e for e in found}
    wanted = [tuple(parties(*g)) for g in groups]
    assert len(found) == len(wanted) and set(keyed) == set(wanted), (text, found)
    return [keyed[w] for w in wanted]


def expect(event: dict[str, Any], **fields: Any) -> None:
    """Assert the named fields of an event (``date`` as a Span) and nothing else."""
    got = {key: date_of(event) if key == "date" else event[key] for key in fields}
    assert got == fields, event
