"""Fillers and helpers of the second blind behavioural suite (``tests/test_blind2_*.py``).

Every sentence of the suite is built from a template and the states below. The publication
date of every case is Wednesday 12 March 2025 (ISO week 2025-W11); each named official held
the office given here on that day. Officials whose tenure on that day is doubtful are given
by title only (``person=None``).

Dates used by the templates, resolved against the publication date (SPEC §3, "Dates"):

* past weekdays: Thursday 6, Friday 7, Saturday 8, Sunday 9, Monday 10, Tuesday 11 March;
* future weekdays: Thursday 13, Friday 14, Saturday 15, Sunday 16, Monday 17, Tuesday 18;
* last week 2025-W10, this week 2025-W11, next week 2025-W12;
* last month 2025-02, next month 2025-04.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import pytest

import bilateral

PUBLISHED = dt.date(2025, 3, 12)

T = TypeVar("T")

Ev = dict[str, Any]


@dataclass(frozen=True)
class State:
    """A state as the templates name it, with one office holder of 12 March 2025."""

    code: str
    name: str
    demonym: str
    capital: str
    title: str
    person: str | None = None
    short: str | None = None
    pronoun: str = "his"
    full: str | None = None

    @property
    def official(self) -> str:
        """The official as wire copy first names them: 'Kenyan President William Ruto'."""
        if self.full:
            return self.full
        if self.person:
            return f"{self.demonym} {self.title} {self.person}"
        return f"the {self.demonym} {self.title.lower()}"

    @property
    def later(self) -> str:
        """The official as a later sentence names them: 'Ruto' or 'the Canadian leader'."""
        return self.short or f"the {self.demonym} leader"

    @property
    def key(self) -> str | None:
        """A word of the official's name that a participant's name must contain."""
        if not self.person:
            return None
        return self.person.split()[-1]


def _s(*args: str, pronoun: str = "his", full: str | None = None) -> State:
    code, name, dem, cap, title, *rest = args
    person = rest[0] if rest else None
    short = rest[1] if len(rest) > 1 else None
    return State(code, name, dem, cap, title, person, short, pronoun, full)


STATES: dict[str, State] = {
    s.code: s
    for s in [
        # Africa
        _s("KEN", "Kenya", "Kenyan", "Nairobi", "President", "William Ruto", "Ruto"),
        _s("ETH", "Ethiopia", "Ethiopian", "Addis Ababa", "Prime Minister", "Abiy Ahmed", "Abiy"),
        _s("NGA", "Nigeria", "Nigerian", "Abuja", "President", "Bola Tinubu", "Tinubu"),
        _s("GHA", "Ghana", "Ghanaian", "Accra", "President", "John Mahama", "Mahama"),
        _s("SEN", "Senegal", "Senegalese", "Dakar", "President", "Bassirou Diomaye Faye", "Faye"),
        _s(
            "TZA",
            "Tanzania",
            "Tanzanian",
            "Dodoma",
            "President",
            "Samia Suluhu Hassan",
            "Hassan",
            pronoun="her",
        ),
        _s(
            "ZAF",
            "South Africa",
            "South African",
            "Pretoria",
            "President",
            "Cyril Ramaphosa",
            "Ramaphosa",
        ),
        _s("EGY", "Egypt", "Egyptian", "Cairo", "President", "Abdel Fattah al-Sisi", "Sisi"),
        _s("AGO", "Angola", "Angolan", "Luanda", "President", "Joao Lourenco", "Lourenco"),
        _s(
            "MAR",
            "Morocco",
            "Moroccan",
            "Rabat",
            "King",
            "Mohammed VI",
            "King Mohammed",
            full="Morocco's King Mohammed VI",
        ),
        _s("RWA", "Rwanda", "Rwandan", "Kigali", "President", "Paul Kagame", "Kagame"),
        _s("ZMB", "Zambia", "Zambian", "Lusaka", "President", "Hakainde Hichilema", "Hichilema"),
        _s(
            "MDG",
            "Madagascar",
            "Malagasy",
            "Antananarivo",
            "President",
            "Andry Rajoelina",
            "Rajoelina",
        ),
        _s(
            "MUS",
            "Mauritius",
            "Mauritian",
            "Port Louis",
            "Prime Minister",
            "Navin Ramgoolam",
            "Ramgoolam",
        ),
        _s(
            "CIV",
            "Ivory Coast",
            "Ivorian",
            "Yamoussoukro",
            "President",
            "Alassane Ouattara",
            "Ouattara",
        ),
        # Asia
        _s("CHN", "China", "Chinese", "Beijing", "President", "Xi Jinping", "Xi"),
        _s("IND", "India", "Indian", "New Delhi", "Prime Minister", "Narendra Modi", "Modi"),
        _s("JPN", "Japan", "Japanese", "Tokyo", "Prime Minister", "Shigeru Ishiba", "Ishiba"),
        _s("IDN", "Indonesia", "Indonesian", "Jakarta", "President", "Prabowo Subianto", "Prabowo"),
        _s("VNM", "Vietnam", "Vietnamese", "Hanoi", "Prime Minister", "Pham Minh Chinh", "Chinh"),
        _s(
            "PHL",
            "the Philippines",
            "Philippine",
            "Manila",
            "President",
            "Ferdinand Marcos",
            "Marcos",
        ),
        _s(
            "MYS",
            "Malaysia",
            "Malaysian",
            "Kuala Lumpur",
            "Prime Minister",
            "Anwar Ibrahim",
            "Anwar",
        ),
        _s(
            "THA",
            "Thailand",
            "Thai",
            "Bangkok",
            "Prime Minister",
            "Paetongtarn Shinawatra",
            "Paetongtarn",
            pronoun="her",
        ),
        _s(
            "PAK",
            "Pakistan",
            "Pakistani",
            "Islamabad",
            "Prime Minister",
            "Shehbaz Sharif",
            "Sharif",
        ),
        _s(
            "KAZ", "Kazakhstan", "Kazakh", "Astana", "President", "Kassym-Jomart Tokayev", "Tokayev"
        ),
        _s(
            "UZB",
            "Uzbekistan",
            "Uzbek",
            "Tashkent",
            "President",
            "Shavkat Mirziyoyev",
            "Mirziyoyev",
        ),
        _s("KOR", "South Korea", "South Korean", "Seoul", "Foreign Minister", "Cho Tae-yul", "Cho"),
        _s(
            "KHM", "Cambodia", "Cambodian", "Phnom Penh", "Prime Minister", "Hun Manet", "Hun Manet"
        ),
        _s(
            "MNG",
            "Mongolia",
            "Mongolian",
            "Ulaanbaatar",
            "Prime Minister",
            "Luvsannamsrai Oyun-Erdene",
            "Oyun-Erdene",
        ),
        # Latin America
        _s(
            "BRA",
            "Brazil",
            "Brazilian",
            "Brasilia",
            "President",
            "Luiz Inacio Lula da Silva",
            "Lula",
        ),
        _s(
            "MEX",
            "Mexico",
            "Mexican",
            "Mexico City",
            "President",
            "Claudia Sheinbaum",
            "Sheinbaum",
            pronoun="her",
        ),
        _s("ARG", "Argentina", "Argentine", "Buenos Aires", "President", "Javier Milei", "Milei"),
        _s("CHL", "Chile", "Chilean", "Santiago", "President", "Gabriel Boric", "Boric"),
        _s("COL", "Colombia", "Colombian", "Bogota", "President", "Gustavo Petro", "Petro"),
        _s(
            "PER",
            "Peru",
            "Peruvian",
            "Lima",
            "President",
            "Dina Boluarte",
            "Boluarte",
            pronoun="her",
        ),
        _s("URY", "Uruguay", "Uruguayan", "Montevideo", "President", "Yamandu Orsi", "Orsi"),
        _s("PRY", "Paraguay", "Paraguayan", "Asuncion", "President", "Santiago Pena", "Pena"),
        _s("BOL", "Bolivia", "Bolivian", "La Paz", "President", "Luis Arce", "Arce"),
        _s("ECU", "Ecuador", "Ecuadorian", "Quito", "President", "Daniel Noboa", "Noboa"),
        # Europe
        _s("FRA", "France", "French", "Paris", "President", "Emmanuel Macron", "Macron"),
        _s("DEU", "Germany", "German", "Berlin", "Chancellor", "Olaf Scholz", "Scholz"),
        _s("GBR", "Britain", "British", "London", "Prime Minister", "Keir Starmer", "Starmer"),
        _s(
            "ITA",
            "Italy",
            "Italian",
            "Rome",
            "Prime Minister",
            "Giorgia Meloni",
            "Meloni",
            pronoun="her",
        ),
        _s("ESP", "Spain", "Spanish", "Madrid", "Prime Minister", "Pedro Sanchez", "Sanchez"),
        _s("POL", "Poland", "Polish", "Warsaw", "Prime Minister", "Donald Tusk", "Tusk"),
        _s("UKR", "Ukraine", "Ukrainian", "Kyiv", "President", "Volodymyr Zelensky", "Zelensky"),
        _s("HUN", "Hungary", "Hungarian", "Budapest", "Prime Minister", "Viktor Orban", "Orban"),
        _s(
            "GRC",
            "Greece",
            "Greek",
            "Athens",
            "Prime Minister",
            "Kyriakos Mitsotakis",
            "Mitsotakis",
        ),
        _s("NOR", "Norway", "Norwegian", "Oslo", "Prime Minister", "Jonas Gahr Store", "Store"),
        _s("SRB", "Serbia", "Serbian", "Belgrade", "President", "Aleksandar Vucic", "Vucic"),
        _s("FIN", "Finland", "Finnish", "Helsinki", "President", "Alexander Stubb", "Stubb"),
        _s("RUS", "Russia", "Russian", "Moscow", "President", "Vladimir Putin", "Putin"),
        _s("TUR", "Turkey", "Turkish", "Ankara", "President", "Recep Tayyip Erdogan", "Erdogan"),
        _s(
            "NLD",
            "the Netherlands",
            "Dutch",
            "Amsterdam",
            "Prime Minister",
            "Dick Schoof",
            "Schoof",
        ),
        _s("BEL", "Belgium", "Belgian", "Brussels", "Prime Minister", "Bart De Wever", "De Wever"),
        _s("CHE", "Switzerland", "Swiss", "Bern", "President"),
        _s("AUT", "Austria", "Austrian", "Vienna", "Chancellor"),
        # Gulf and the Middle East
        _s(
            "SAU",
            "Saudi Arabia",
            "Saudi",
            "Riyadh",
            "Crown Prince",
            "Mohammed bin Salman",
            "Prince Mohammed",
        ),
        _s(
            "ARE",
            "the United Arab Emirates",
            "Emirati",
            "Abu Dhabi",
            "President",
            "Sheikh Mohamed bin Zayed",
            "Sheikh Mohamed",
        ),
        _s(
            "QAT",
            "Qatar",
            "Qatari",
            "Doha",
            "Emir",
            "Sheikh Tamim bin Hamad Al Thani",
            "Sheikh Tamim",
        ),
        _s(
            "OMN",
            "Oman",
            "Omani",
            "Muscat",
            "Sultan",
            "Haitham bin Tariq",
            "Sultan Haitham",
            full="Oman's Sultan Haitham bin Tariq",
        ),
        _s(
            "BHR",
            "Bahrain",
            "Bahraini",
            "Manama",
            "King",
            "Hamad bin Isa Al Khalifa",
            "King Hamad",
            full="Bahrain's King Hamad bin Isa Al Khalifa",
        ),
        _s("IRN", "Iran", "Iranian", "Tehran", "President", "Masoud Pezeshkian", "Pezeshkian"),
        _s(
            "JOR",
            "Jordan",
            "Jordanian",
            "Amman",
            "King",
            "Abdullah II",
            "King Abdullah",
            full="Jordan's King Abdullah II",
        ),
        # Pacific
        _s(
            "AUS",
            "Australia",
            "Australian",
            "Canberra",
            "Prime Minister",
            "Anthony Albanese",
            "Albanese",
        ),
        _s(
            "NZL",
            "New Zealand",
            "New Zealand",
            "Wellington",
            "Prime Minister",
            "Christopher Luxon",
            "Luxon",
        ),
        _s("FJI", "Fiji", "Fijian", "Suva", "Prime Minister", "Sitiveni Rabuka", "Rabuka"),
        _s(
            "PNG",
            "Papua New Guinea",
            "Papua New Guinean",
            "Port Moresby",
            "Prime Minister",
            "James Marape",
            "Marape",
        ),
        _s(
            "SLB",
            "Solomon Islands",
            "Solomon Islands",
            "Honiara",
            "Prime Minister",
            "Jeremiah Manele",
            "Manele",
        ),
        _s("TON", "Tonga", "Tongan", "Nuku'alofa", "Prime Minister"),
        # North America
        _s("USA", "the United States", "U.S.", "Washington", "President", "Donald Trump", "Trump"),
        _s("CAN", "Canada", "Canadian", "Ottawa", "Prime Minister"),
    ]
}

#: Pairs of states for two-party templates: every region, and pairs across regions.
PAIRS: list[tuple[str, str]] = [
    ("KEN", "ETH"),
    ("IDN", "VNM"),
    ("BRA", "ARG"),
    ("FRA", "NGA"),
    ("SAU", "PAK"),
    ("AUS", "FJI"),
    ("JPN", "PHL"),
    ("MEX", "CHL"),
    ("EGY", "QAT"),
    ("TUR", "HUN"),
    ("IND", "UZB"),
    ("ZAF", "GHA"),
    ("ITA", "SEN"),
    ("KAZ", "MNG"),
    ("NZL", "PNG"),
    ("CHN", "PER"),
    ("ESP", "MAR"),
    ("MYS", "THA"),
    ("ARE", "RWA"),
    ("POL", "UKR"),
    ("GBR", "NOR"),
    ("COL", "ECU"),
    ("OMN", "IRN"),
    ("TZA", "ZMB"),
    ("KOR", "CAN"),
    ("GRC", "SRB"),
    ("URY", "PRY"),
    ("CIV", "SEN"),
]

#: Triples (A, B, C) for templates with a third party: two events or a joint one.
TRIPLES: list[tuple[str, str, str]] = [
    ("KEN", "TZA", "RWA"),
    ("IDN", "MYS", "PHL"),
    ("BRA", "URY", "PRY"),
    ("JPN", "KOR", "AUS"),
    ("EGY", "JOR", "BHR"),
    ("IND", "MUS", "MDG"),
    ("FRA", "SEN", "CIV"),
    ("VNM", "KHM", "THA"),
    ("NZL", "FJI", "TON"),
    ("TUR", "AGO", "ZMB"),
]


def pick(pool: Sequence[T], start: int, n: int = 6) -> list[T]:
    """``n`` fillers from ``pool``, from ``start`` on, wrapping round."""
    return [pool[(start + i) % len(pool)] for i in range(n)]


def cap(text: str) -> str:
    """Upper-case the first letter: 'the Philippines' -> 'The Philippines'."""
    return text[:1].upper() + text[1:]


def slots(*codes: str, roles: str = "ABCD") -> dict[str, str]:
    """Template slots for the states in the roles A, B, C, D (and V for a venue).

    For role A: ``{A}`` name, ``{A_}`` name at a sentence start, ``{Adem}`` demonym,
    ``{Acap}`` capital, ``{Aldr}`` / ``{Aldr_}`` the official, ``{Asur}`` the official's
    later mention, ``{Apro}`` the official's possessive pronoun, ``{Atitle}`` their title
    in lower case.
    """
    out: dict[str, str] = {}
    for role, code in zip(roles, codes, strict=False):
        s = STATES[code]
        out |= {
            role: s.name,
            f"{role}_": cap(s.name),
            f"{role}dem": s.demonym,
            f"{role}cap": s.capital,
            f"{role}ldr": s.official,
            f"{role}ldr_": cap(s.official),
            f"{role}sur": s.later,
            f"{role}sur_": cap(s.later),
            f"{role}pro": s.pronoun,
            f"{role}title": s.title.lower(),
        }
    return out


def render(template: str, *codes: str, venue: str | None = None, **extra: str) -> str:
    """The template filled with the states ``codes`` in the roles A, B, C … and V."""
    filled = slots(*codes) | (slots(venue, roles="V") if venue else {}) | extra
    return template.format(**filled)


def run(text: str) -> list[Ev]:
    """The events of ``text`` published on 12 March 2025, in their JSON form."""
    events = bilateral.extract(text, published=PUBLISHED)
    return [dict(bilateral.to_dict(e)) for e in events]


def show(text: str, events: list[Ev]) -> str:
    """A failure message: the text and the events' main fields."""
    brief = [
        {
            k: e.get(k)
            for k in ("kind", "status", "countries", "host", "location", "date", "participants")
        }
        for e in events
    ]
    return f"\n{text}\n{json.dumps(brief, indent=1, default=str)}"


def parties(*codes: str) -> list[str]:
    """The ``countries`` field that the states ``codes`` give."""
    return sorted(set(codes))


def between(events: list[Ev], *codes: str) -> list[Ev]:
    """The events whose parties are exactly ``codes``."""
    want = parties(*codes)
    return [e for e in events if e["countries"] == want]


def touching(events: list[Ev], *codes: str) -> list[Ev]:
    """The events whose parties include all of ``codes``."""
    return [e for e in events if set(codes) <= set(e["countries"])]


def only(text: str, events: list[Ev], *codes: str) -> Ev:
    """The one event between ``codes``; fails unless there is exactly one."""
    found = between(events, *codes)
    assert len(found) == 1, f"expected one event between {codes}:" + show(text, events)
    return found[0]


def timex(event: Ev) -> str | None:
    """The TIMEX3 value of the event's date, or None without a date."""
    date = event.get("date")
    return None if date is None else str(date["timex"])


def location_country(event: Ev) -> str | None:
    """The country of the event's location, or None."""
    loc = event.get("location")
    return None if loc is None else loc.get("country")


def plain(text: str) -> str:
    """``text`` without diacritics: 'Erdoğan' -> 'Erdogan'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def has_person(event: Ev, code: str, key: str) -> bool:
    """Whether a participant of ``code`` has a name containing ``key``."""
    return any(
        plain(key) in plain(str(p.get("name") or "")) and p.get("country") == code
        for p in event.get("participants") or []
    )


def grid(rows: Sequence[tuple[Any, ...]], fillers: Sequence[tuple[str, ...]]) -> list[Any]:
    """``pytest.param`` for every row × filler: the row's values, then the filler tuple."""
    out = []
    for i, row in enumerate(rows):
        for f in fillers:
            out.append(pytest.param(*row, f, id=f"t{i}-{'-'.join(f)}"))
    return out


def zipped(rows: Sequence[tuple[Any, ...]], fillers: Sequence[tuple[str, ...]]) -> list[Any]:
    """``pytest.param`` for row i with filler i (wrapping round the fillers)."""
    return [
        pytest.param(
            *row, fillers[i % len(fillers)], id=f"r{i}-{'-'.join(fillers[i % len(fillers)])}"
        )
        for i, row in enumerate(rows)
    ]
