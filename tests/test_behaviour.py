"""Behavioural suite for ``bilateral.extract``, organised by linguistic phenomenon (issue #12).

CheckList (Ribeiro et al. 2020): one class per phenomenon, with minimum-functionality tests
(``test_mft_*``: a templated sentence and its events), invariance tests (``test_inv_*``: a change
that must not change the events) and directional tests (``test_dir_*``: a change that must move one
field one way). Templates and fillers (states, office holders, verbs) are written for this file, no
news text; written blind from SPEC §1–3 and the README, they assert only what SPEC requires. Every
article is dated Wednesday 11 June 2025 (2025-W24); the officials named held office on that day.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NamedTuple

import pytest

import bilateral

PUB = dt.date(2025, 6, 11)  # a Wednesday in ISO week 2025-W24

Span = tuple[str, str, str, str]  # (start, end, granularity, timex)

# "on Saturday", "on Monday", "on Tuesday" in past-tense clauses; "on Friday" in future ones
DAYS = ("2025-06-07", "2025-06-09", "2025-06-10", "2025-06-13", "2025-06-20")
SAT, MON, TUE, FRI, JUNE_20 = ((d, d, "day", d) for d in DAYS)
LAST_WEEK: Span = ("2025-06-02", "2025-06-08", "week", "2025-W23")
THIS_WEEK: Span = ("2025-06-09", "2025-06-15", "week", "2025-W24")
NEXT_WEEK: Span = ("2025-06-16", "2025-06-22", "week", "2025-W25")
NEXT_MONTH: Span = ("2025-07-01", "2025-07-31", "month", "2025-07")


class State(NamedTuple):
    """A state, its demonym, ISO code, capital and its leader on 11 June 2025."""

    name: str
    adj: str
    code: str
    capital: str
    title: str
    leader: str

    @property
    def full(self) -> str:  # as a wire story first names them
        return f"{self.adj} {self.title} {self.leader}"


FRA = State("France", "French", "FRA", "Paris", "President", "Emmanuel Macron")
DEU = State("Germany", "German", "DEU", "Berlin", "Chancellor", "Friedrich Merz")
JPN = State("Japan", "Japanese", "JPN", "Tokyo", "Prime Minister", "Shigeru Ishiba")
IND = State("India", "Indian", "IND", "New Delhi", "Prime Minister", "Narendra Modi")
CAN = State("Canada", "Canadian", "CAN", "Ottawa", "Prime Minister", "Mark Carney")
AUS = State("Australia", "Australian", "AUS", "Canberra", "Prime Minister", "Anthony Albanese")
KEN = State("Kenya", "Kenyan", "KEN", "Nairobi", "President", "William Ruto")
ZAF = State("South Africa", "South African", "ZAF", "Pretoria", "President", "Cyril Ramaphosa")
ITA = State("Italy", "Italian", "ITA", "Rome", "Prime Minister", "Giorgia Meloni")
POL = State("Poland", "Polish", "POL", "Warsaw", "Prime Minister", "Donald Tusk")
ESP = State("Spain", "Spanish", "ESP", "Madrid", "Prime Minister", "Pedro Sánchez")
MEX = State("Mexico", "Mexican", "MEX", "Mexico City", "President", "Claudia Sheinbaum")
CHN = State("China", "Chinese", "CHN", "Beijing", "President", "Xi Jinping")

PAIRS = [(FRA, DEU), (JPN, IND), (CAN, AUS), (KEN, ZAF), (ITA, POL), (ESP, MEX)]
FEW_PAIRS, TWO_PAIRS = PAIRS[:3], PAIRS[:2]
TRIPLES = [(FRA, DEU, KEN), (IND, JPN, AUS), (CAN, MEX, POL)]
# Fillers and templates of the phenomena below, in the order of the test classes.

TENSES = [
    ("{a} and {b} met last week.", "occurred", LAST_WEEK),
    ("{a} and {b} will meet next week.", "planned", NEXT_WEEK),
]
REPORTING = ["said", "announced", "confirmed", "told reporters"]
PLURALS = {"separate meetings": "meeting", "bilateral meetings": "meeting"}
PLURALS |= {"separate talks": "talks", "separate phone calls": "call"}
WERE_HELD = [
    ("Talks were held on Tuesday between {a} and {b}.", "talks", KEN, ZAF),
    ("Talks were held on Tuesday between {a} and {b}.", "talks", ESP, MEX),
    ("A meeting between {a} and {b} was held on Tuesday.", "meeting", ITA, POL),
]
VENUES = [("Geneva", "CHE"), ("Vienna", "AUT"), ("Oslo", "NOR"), ("Doha", "QAT")]
VENUE_PAIRS = [(IND, CHN), (DEU, POL), (CAN, MEX)]
THIRD_HOSTS = [("Oman", "OMN", "Muscat"), ("Qatar", "QAT", "Doha"), ("Norway", "NOR", "Oslo")]
NEGATED = [
    "{a} did not meet {b} on Monday.",
    "{a} and {b} will not meet next week.",
    "{a} has no plans to meet {b}, a spokesperson said on Monday.",
    "There are no plans for {a} to visit {B} this year, the foreign ministry said.",
    "{a} denied reports of a secret meeting with {b} last week.",
    "{a} declined an invitation to visit {B} next month.",
    "{a} turned down an invitation from {b} to visit {Bcap}.",
    "If the ceasefire holds, {a} will visit {B} next month.",
    "{a} would meet {b} only if the sanctions were lifted.",
]
NEGATED_CASES = [(t, *PAIRS[i % len(PAIRS)]) for i, t in enumerate(NEGATED)]
POLARITY_TWINS = [
    ("{a} met {b} on Monday.", "{a} did not meet {b} on Monday."),
    ("{a} plans to visit {B} next month.", "{a} has no plans to visit {B} next month."),
    ("{a} accepted an invitation to visit {B}.", "{a} declined an invitation to visit {B}."),
    ("{a} will visit {B} next month.", "If the ceasefire holds, {a} will visit {B} next month."),
]
CALL_WORDINGS = ["held a phone call with", "had a telephone call with"]
PHONE_CODES = {"cameo": "041", "plover": "CONSULT", "plover_mode": "phone"}
THE_STATES = {"the United Arab Emirates": "ARE", "the UAE": "ARE", "the Netherlands": "NLD"}
THE_STATES |= {"the Philippines": "PHL", "the United Kingdom": "GBR", "the Czech Republic": "CZE"}
NAMES_ONLY = [
    ("Wang Yi held talks with Lammy in Beijing on Monday.", ["CHN", "GBR"], MON),
    ("Lavrov spoke by phone with Rubio on Monday.", ["RUS", "USA"], MON),
    ("Jaishankar met Wadephul in Berlin on Tuesday.", ["DEU", "IND"], TUE),
    ("Fidan held talks with Tajani in Rome on Tuesday.", ["ITA", "TUR"], TUE),
    ("Modi met Albanese on Monday.", ["AUS", "IND"], MON),
    ("Merz will meet Macron on Friday.", ["DEU", "FRA"], FRI),
]
WANG_LAMMY_TITLED = (
    "Chinese Foreign Minister Wang Yi held talks with British Foreign Secretary David Lammy"
    " in Beijing on Monday."
)
WANG_LAMMY = [
    "Wang Yi held talks with David Lammy in Beijing on Monday.",
    "China's foreign minister held talks with his British counterpart in Beijing on Monday.",
    "Chinese Foreign Minister Wang Yi held talks with Lammy in Beijing on Monday.",
]
TOPIC_SUMMITS = [
    "{a} spoke by phone with {b} on Monday about the BRICS summit.",
    "{a} and {b} discussed the G20 summit during talks in {bcap} on Monday.",
    "{a} briefed {b} on the NATO summit in a phone call on Monday.",
    "{a} met {b} on Monday to talk about the G7 summit.",
]


def _ids(value: object) -> str:
    """A case's id: pytest names each parameter separately, a state by its code."""
    return value.code if isinstance(value, State) else str(value)


def _events(text: str, published: dt.date = PUB) -> list[dict[str, Any]]:
    """The events of one article, in their JSON form."""
    return [bilateral.to_dict(e) for e in bilateral.extract(text, published=published)]


def _date(event: dict[str, Any]) -> Span | None:
    d = event["date"]
    return None if d is None else (d["start"], d["end"], d["granularity"], d["timex"])


def _parties(*states: State) -> list[str]:
    return sorted(s.code for s in states)


def _core(event: dict[str, Any], host: bool = True) -> tuple[Any, ...]:
    """The fields a reader checks first: kind, status, parties, host (unless left open), date."""
    found = event["host"] if host else "-"
    return (event["kind"], event["status"], event["countries"], found, _date(event))


def _cores(text: str) -> list[tuple[Any, ...]]:
    """The core fields of every event of the text, in a stable order."""
    return sorted(map(_core, _events(text)), key=repr)


def _one(text: str) -> dict[str, Any]:
    """The single event the text must give."""
    events = _events(text)
    assert len(events) == 1, (text, events)
    return events[0]


def _two(text: str, first: list[str], second: list[str]) -> tuple[dict[str, Any], ...]:
    """The text's two events, found by their parties; asserts there are no others."""
    found = _events(text)
    events = {tuple(e["countries"]): e for e in found}
    assert len(found) == 2 and set(events) == {tuple(first), tuple(second)}, (text, found)
    return events[tuple(first)], events[tuple(second)]


def _expect(event: dict[str, Any], **fields: Any) -> None:
    """Assert the named fields of an event (``date`` as a Span) and nothing else."""
    got = {key: _date(event) if key == "date" else event[key] for key in fields}
    assert got == fields, event


class TestPlainMeetings:
    """Plain bilateral meetings between two named leaders, with their status and date."""

    @pytest.mark.parametrize(("a", "b"), FEW_PAIRS, ids=_ids)
    def test_mft_held(self, a: State, b: State) -> None:
        """A past-tense meeting on a weekday is one held meeting dated that day."""
        event = _one(f"{a.full} met {b.full} on Monday.")
        _expect(event, kind="meeting", status="occurred", countries=_parties(a, b), date=MON)

    @pytest.mark.parametrize(("a", "b"), TWO_PAIRS, ids=_ids)
    def test_mft_planned(self, a: State, b: State) -> None:
        """A future meeting is planned, dated the next such weekday and coded CAMEO 036."""
        event = _one(f"{a.full} will meet {b.full} on Friday.")
        _expect(event, kind="meeting", status="planned", countries=_parties(a, b), date=FRI)
        assert (event["codes"]["cameo"], event["codes"]["plover"]) == ("036", "AGREE")

    @pytest.mark.parametrize(("a", "b"), TWO_PAIRS, ids=_ids)
    def test_mft_ongoing(self, a: State, b: State) -> None:
        """Talks in the present progressive are ongoing, dated this week."""
        event = _one(f"{a.full} and {b.full} are holding talks in {a.capital} this week.")
        _expect(event, kind="talks", status="ongoing", countries=_parties(a, b), date=THIS_WEEK)

    @pytest.mark.parametrize("verb", ["is set to meet", "is scheduled to meet", "is due to meet"])
    def test_inv_planned_wordings(self, verb: str) -> None:
        """Wordings of intent give the same planned meeting as "will meet"."""
        base = _one(f"{FRA.full} will meet {DEU.full} on Friday.")
        assert _core(_one(f"{FRA.full} {verb} {DEU.full} on Friday.")) == _core(base)

    @pytest.mark.parametrize(("a", "b"), TWO_PAIRS, ids=_ids)
    def test_inv_order_of_parties(self, a: State, b: State) -> None:
        """Naming the two leaders in the other order gives the same parties, status and date."""
        first = _one(f"{a.full} met {b.full} on Monday.")  # no venue: the host is left open
        assert _core(first, False) == _core(_one(f"{b.full} met {a.full} on Monday."), False)

    @pytest.mark.parametrize(("sentence", "status", "span"), TENSES)
    def test_dir_tense_sets_status(self, sentence: str, status: str, span: Span) -> None:
        """Past tense with "last week" makes the meeting held; "will" makes it planned."""
        _expect(_one(sentence.format(a=JPN.full, b=IND.full)), status=status, date=span)

    def test_dir_not_removes_event(self) -> None:
        """Adding "not" to a planned meeting removes the event."""
        assert len(_events(f"{ESP.full} will meet {MEX.full} next week.")) == 1
        assert _events(f"{ESP.full} will not meet {MEX.full} next week.") == []


class TestReportingClauseDates:
    """A reporting clause's date never dates the reported event."""

    @pytest.mark.parametrize("verb", REPORTING)
    def test_mft_reported_plan(self, verb: str) -> None:
        """A reporting clause dated Monday leaves a meeting planned "next week" in that week."""
        a, b = FRA.full, DEU.full
        text = f"The French presidency {verb} on Monday that {a} and {b} will meet next week."
        event = _one(text)
        _expect(event, kind="meeting", status="planned", countries=["DEU", "FRA"], date=NEXT_WEEK)

    @pytest.mark.parametrize(("a", "b"), FEW_PAIRS, ids=_ids)
    def test_mft_reported_visit(self, a: State, b: State) -> None:
        """An announced visit next month is dated next month, not the announcement's day."""
        said = f"The {b.adj} foreign ministry announced on Tuesday"
        event = _one(f"{said} that {a.full} will visit {b.name} next month.")
        _expect(event, kind="visit", status="planned", host=b.code, date=NEXT_MONTH)
        _expect(event, countries=_parties(a, b))

    @pytest.mark.parametrize("verb", ["said", "announced"])
    def test_inv_reporting_clause_moved(self, verb: str) -> None:
        """Moving the reporting clause after the report does not change the event."""
        said = f"the {JPN.adj} government {verb} on Monday"
        meet = f"{JPN.full} and {IND.full} will meet next week"
        assert _core(_one(f"{said.capitalize()} that {meet}.")) == _core(_one(f"{meet}, {said}."))

    @pytest.mark.parametrize(
        ("clause", "status", "span"),
        [("met last week", "occurred", LAST_WEEK), ("will meet", "planned", None)],
    )
    def test_dir_reported_clause_decides(self, clause: str, status: str, span: Span | None) -> None:
        """The reported clause alone sets status and date, even when it gives no date."""
        said = "The Canadian government said on Monday"
        _expect(_one(f"{said} that {CAN.full} and {AUS.full} {clause}."), status=status, date=span)


class TestDistributivePlurals:
    """Distributive plurals give one bilateral event per partner; joint ones give one event."""

    @pytest.mark.parametrize(("noun", "kind"), PLURALS.items())
    def test_mft_separate_events(self, noun: str, kind: str) -> None:
        """Separate meetings with the leaders of three states are three dated events."""
        partners = f"{JPN.name}, {IND.name} and {KEN.name}"
        found = _events(f"{CAN.full} held {noun} with the leaders of {partners} on Tuesday.")
        got = sorted([(e["kind"], e["status"], e["countries"], _date(e)) for e in found], key=repr)
        assert got == [(kind, "occurred", _parties(CAN, p), TUE) for p in (IND, JPN, KEN)]

    @pytest.mark.parametrize(("a", "b", "c"), TRIPLES, ids=_ids)
    def test_mft_met_individually(self, a: State, b: State, c: State) -> None:
        """Meeting the leaders of two states "individually" gives one event per state."""
        text = f"{a.full} met the leaders of {b.name} and {c.name} individually on Monday."
        events = _events(text)
        assert sorted(e["countries"] for e in events) == sorted([_parties(a, b), _parties(a, c)])
        assert all(_date(e) == MON for e in events)

    @pytest.mark.parametrize(("a", "b", "c"), TRIPLES, ids=_ids)
    def test_mft_joint_summit(self, a: State, b: State, c: State) -> None:
        """Leaders of three states meeting for a trilateral summit are one event of three."""
        leaders = f"The leaders of {a.name}, {b.name} and {c.name}"
        text = f"{leaders} met for a trilateral summit in {a.capital} on Tuesday."
        _expect(_one(text), countries=_parties(a, b, c), status="occurred", date=TUE)

    def test_inv_order_of_partners(self) -> None:
        """Listing the partners in another order gives the same events."""
        template = "{a} held separate talks with the leaders of {b}, {c} and {d} on Tuesday."
        one = _cores(template.format(a=ITA.full, b=POL.name, c=ESP.name, d=MEX.name))
        assert one == _cores(template.format(a=ITA.full, b=MEX.name, c=POL.name, d=ESP.name))

    def test_dir_joint_makes_one_event(self) -> None:
        """Changing "separate" to "joint" turns two bilateral events into one of three states."""
        text = "{a} held {mode} talks with the leaders of {b} and {c} on Tuesday."
        separate = _events(text.format(a=FRA.full, mode="separate", b=DEU.name, c=POL.name))
        joint = _events(text.format(a=FRA.full, mode="joint", b=DEU.name, c=POL.name))
        assert sorted(e["countries"] for e in separate) == [_parties(DEU, FRA), _parties(FRA, POL)]
        assert [e["countries"] for e in joint] == [_parties(DEU, FRA, POL)]


class TestRelativeClausesAndAppositions:
    """A relative clause or apposition with its own trigger is its own event with its own date."""

    @pytest.mark.parametrize(("a", "b", "c"), TRIPLES, ids=_ids)
    def test_mft_who_met(self, a: State, b: State, c: State) -> None:
        """A, who met B last week, will visit C on Friday: two events with two dates."""
        text = f"{a.full}, who met {b.full} last week, will visit {c.name} on Friday."
        met, visit = _two(text, _parties(a, b), _parties(a, c))
        _expect(met, status="occurred", date=LAST_WEEK)
        _expect(visit, kind="visit", status="planned", host=c.code, date=FRI)

    @pytest.mark.parametrize(("a", "b", "c"), TRIPLES, ids=_ids)
    def test_mft_who_called(self, a: State, b: State, c: State) -> None:
        """A relative clause with a phone call gives a held call beside the main clause's event."""
        who = f"who spoke by phone with {b.full} on Monday"
        text = f"{a.full}, {who}, will meet {c.full} on Friday."
        call, meeting = _two(text, _parties(a, b), _parties(a, c))
        _expect(call, kind="call", status="occurred", date=MON)
        _expect(meeting, status="planned", date=FRI)

    @pytest.mark.parametrize(("a", "b", "c"), TRIPLES, ids=_ids)
    def test_mft_apposition(self, a: State, b: State, c: State) -> None:
        """An apposition "fresh from talks with B on Monday" is a held event of its own."""
        text = f"{a.full}, fresh from talks with {b.full} on Monday, will visit {c.name} next week."
        talks, visit = _two(text, _parties(a, b), _parties(a, c))
        _expect(talks, kind="talks", status="occurred", date=MON)
        _expect(visit, kind="visit", status="planned", date=NEXT_WEEK)

    def test_inv_clause_moved_out(self) -> None:
        """Writing the relative clause as a sentence of its own gives the same two events."""
        nested = f"{FRA.full}, who met {DEU.full} last week, will visit {KEN.name} on Friday."
        split = f"{FRA.full} met {DEU.full} last week. {FRA.full} will visit {KEN.name} on Friday."
        assert _cores(nested) == _cores(split)

    def test_dir_drop_relative_clause(self) -> None:
        """Removing the relative clause removes its event and leaves the main one."""
        event = _one(f"{FRA.full} will visit {KEN.name} on Friday.")
        _expect(event, countries=_parties(FRA, KEN), date=FRI)


class TestPassiveVoice:
    """Passive voice names the same parties as the active."""

    @pytest.mark.parametrize(("a", "b"), FEW_PAIRS, ids=_ids)
    def test_mft_received_by(self, a: State, b: State) -> None:
        """B received by A in A's capital is a held event of A and B hosted by A."""
        event = _one(f"{b.full} was received by {a.full} in {a.capital} on Monday.")
        _expect(event, status="occurred", host=a.code, countries=_parties(a, b), date=MON)

    @pytest.mark.parametrize(("a", "b"), FEW_PAIRS, ids=_ids)
    def test_inv_active_and_passive(self, a: State, b: State) -> None:
        """The active "A received B" and the passive "B was received by A" give the same event."""
        active = _one(f"{a.full} received {b.full} in {a.capital} on Monday.")
        passive = _one(f"{b.full} was received by {a.full} in {a.capital} on Monday.")
        assert _core(active) == _core(passive)

    @pytest.mark.parametrize(("template", "kind", "a", "b"), WERE_HELD)
    def test_mft_were_held(self, template: str, kind: str, a: State, b: State) -> None:
        """Talks or a meeting "held between A and B" are held, with A and B as parties."""
        event = _one(template.format(a=a.full, b=b.full))
        _expect(event, kind=kind, status="occurred", countries=_parties(a, b), date=TUE)

    def test_dir_future_passive(self) -> None:
        """B "will be hosted by" A next week: planned, with A as host."""
        event = _one(f"{JPN.full} will be hosted by {IND.full} in New Delhi next week.")
        _expect(event, status="planned", host="IND", countries=["IND", "JPN"], date=NEXT_WEEK)


class TestVenueNotParty:
    """A venue named as a place is a location, not a party; a hosting third state is the host."""

    @pytest.mark.parametrize(("venue", "code"), VENUES)
    def test_mft_talks_in_venue(self, venue: str, code: str) -> None:
        """Talks in a third-country city have only the two negotiating states as parties."""
        event = _one(f"{IND.adj} and {CHN.adj} negotiators held talks in {venue} on Monday.")
        _expect(event, kind="talks", status="occurred", countries=_parties(IND, CHN), date=MON)
        assert event["location"]["country"] == code

    @pytest.mark.parametrize(("a", "b"), VENUE_PAIRS, ids=_ids)
    def test_mft_return_to_venue(self, a: State, b: State) -> None:
        """Negotiators who "return to Vienna this week for talks" keep Austria out, not yet held."""
        event = _one(f"{a.adj} and {b.adj} negotiators return to Vienna this week for talks.")
        _expect(event, countries=_parties(a, b), date=THIS_WEEK)
        assert event["status"] != "occurred"

    @pytest.mark.parametrize(("host", "code", "city"), THIRD_HOSTS)
    def test_mft_third_state_hosts(self, host: str, code: str, city: str) -> None:
        """A third state that hosts talks between A and B is the host without being a party."""
        event = _one(f"{host} hosted talks between Germany and Poland in {city} on Saturday.")
        _expect(event, countries=_parties(DEU, POL), host=code, status="occurred", date=SAT)

    @pytest.mark.parametrize(("a", "b"), VENUE_PAIRS, ids=_ids)
    def test_inv_venue_swapped(self, a: State, b: State) -> None:
        """Changing the neutral venue does not change parties, status or date."""
        text = "{a} and {b} negotiators held talks in {venue} on Monday."
        texts = [text.format(a=a.adj, b=b.adj, venue=venue) for venue, _ in VENUES]
        cores = {(tuple(e["countries"]), e["status"], _date(e)) for t in texts for e in _events(t)}
        assert cores == {(tuple(_parties(a, b)), "occurred", MON)}

    def test_dir_future_talks_in_venue(self) -> None:
        """Talks that "will" be held in Geneva next week are planned."""
        event = _one(f"{IND.adj} and {CHN.adj} negotiators will hold talks in Geneva next week.")
        _expect(event, countries=_parties(IND, CHN), status="planned", date=NEXT_WEEK)


class TestPolarity:
    """Negation, denials, "no plans", refused invitations and conditionals give no event."""

    @pytest.mark.parametrize(("template", "a", "b"), NEGATED_CASES)
    def test_mft_no_event(self, template: str, a: State, b: State) -> None:
        """A negated, denied, refused or conditional meeting gives no event."""
        text = template.format(a=a.full, b=b.full, B=b.name, Bcap=b.capital)
        assert _events(text) == []

    @pytest.mark.parametrize("verb", ["turned down", "rejected"])
    def test_inv_refusal_wordings(self, verb: str) -> None:
        """Other verbs of refusal give what "declined" gives: no event."""
        text = "{a} {verb} an invitation to visit {b} next month."
        declined = _events(text.format(a=KEN.full, verb="declined", b=ZAF.name))
        assert _events(text.format(a=KEN.full, verb=verb, b=ZAF.name)) == declined == []

    @pytest.mark.parametrize(("positive", "negative"), POLARITY_TWINS)
    def test_dir_polarity_removes_event(self, positive: str, negative: str) -> None:
        """The positive sentence gives one event; its negated twin gives none."""
        fill = {"a": JPN.full, "b": IND.full, "B": IND.name}
        assert len(_events(positive.format(**fill))) == 1
        assert _events(negative.format(**fill)) == []


class TestPostponedCancelled:
    """A postponed or cancelled event keeps the date it had been planned for."""

    @pytest.mark.parametrize("end", ["has been postponed", "was postponed to late July"])
    @pytest.mark.parametrize(("a", "b"), FEW_PAIRS, ids=_ids)
    def test_mft_postponed(self, end: str, a: State, b: State) -> None:
        """A postponed visit keeps its planned date, even when a new date is given."""
        event = _one(f"{a.full}'s visit to {b.name}, scheduled for June 20, {end}.")
        _expect(event, kind="visit", status="postponed", host=b.code, date=JUNE_20)
        _expect(event, countries=_parties(a, b))

    @pytest.mark.parametrize(("a", "b"), FEW_PAIRS, ids=_ids)
    def test_mft_called_off(self, a: State, b: State) -> None:
        """A visit "called off" keeps the week it had been planned for."""
        text = f"{a.full} called off a visit to {b.name} that had been planned for next week."
        _expect(_one(text), kind="visit", status="cancelled", host=b.code, date=NEXT_WEEK)

    @pytest.mark.parametrize("verb", ["cancelled", "scrapped"])
    def test_inv_cancel_wordings(self, verb: str) -> None:
        """Other verbs of cancelling give the same event as "called off"."""
        text = "{a} {verb} a visit to {b} that had been planned for next week."
        base = _cores(text.format(a=MEX.full, verb="called off", b=ESP.name))
        assert _cores(text.format(a=MEX.full, verb=verb, b=ESP.name)) == base

    def test_mft_cancelled_talks(self) -> None:
        """Cancelled talks are dated by their planned day, not by the day of the decision."""
        text = f"Talks between {KEN.full} and {ZAF.full} set for June 20 were cancelled on Monday."
        event = _one(text)
        _expect(event, kind="talks", status="cancelled", countries=["KEN", "ZAF"], date=JUNE_20)

    def test_mft_decision_date_is_not_event_date(self) -> None:
        """A meeting called off on Monday without a planned date has no date."""
        event = _one(f"A meeting between {ITA.full} and {POL.full} was called off on Monday.")
        _expect(event, status="cancelled", date=None)

    def test_dir_postponed_changes_status_only(self) -> None:
        """Postponing a scheduled visit changes its status and keeps its date."""
        visit = f"{FRA.full}'s visit to {KEN.name}"
        _expect(_one(f"{visit} is scheduled for June 20."), status="planned", date=JUNE_20)
        postponed = _one(f"{visit}, scheduled for June 20, has been postponed.")
        _expect(postponed, status="postponed", date=JUNE_20)


class TestCallsAndVisits:
    """Phone calls are calls, visits are visits, and one sentence can hold both."""

    @pytest.mark.parametrize(("a", "b"), [(FRA, DEU), (KEN, ZAF), (CAN, AUS)], ids=_ids)
    def test_mft_call(self, a: State, b: State) -> None:
        """A phone call is a held call coded CAMEO 041, PLOVER CONSULT in phone mode."""
        event = _one(f"{a.full} spoke by phone with {b.full} on Monday.")
        _expect(event, kind="call", status="occurred", countries=_parties(a, b), date=MON)
        assert {key: event["codes"][key] for key in PHONE_CODES} == PHONE_CODES

    @pytest.mark.parametrize("wording", CALL_WORDINGS)
    def test_inv_call_wordings(self, wording: str) -> None:
        """Other wordings of a phone call give the same call."""
        base = _one(f"{ITA.full} spoke by phone with {POL.full} on Monday.")
        assert _core(_one(f"{ITA.full} {wording} {POL.full} on Monday.")) == _core(base)

    @pytest.mark.parametrize(("a", "b"), FEW_PAIRS, ids=_ids)
    def test_mft_visit(self, a: State, b: State) -> None:
        """A planned visit is a visit hosted by the state visited."""
        event = _one(f"{a.full} will visit {b.name} next week.")
        _expect(event, kind="visit", status="planned", host=b.code, date=NEXT_WEEK)
        _expect(event, countries=_parties(a, b))

    def test_mft_call_ahead_of_visit(self) -> None:
        """A call ahead of a planned visit is two events: a held call and a planned visit."""
        call = f"{JPN.full} spoke by phone with {IND.full} on Monday"
        text = f"{call} ahead of a visit to India next week."
        events = {e["kind"]: e for e in _events(text)}
        assert set(events) == {"call", "visit"}
        _expect(events["call"], status="occurred", date=MON)
        _expect(events["visit"], status="planned", host=IND.code, date=NEXT_WEEK)

    def test_dir_meeting_is_not_a_call(self) -> None:
        """Replacing "spoke by phone with" by "met" makes the event no call."""
        call = _one(f"{FRA.full} spoke by phone with {DEU.full} on Monday.")
        met = _one(f"{FRA.full} met {DEU.full} in Berlin on Monday.")
        assert (call["kind"], met["kind"]) == ("call", "meeting")
        assert call["countries"] == met["countries"]


class TestVisitHosts:
    """The host of a visit is the state visited, however its name is written."""

    @pytest.mark.parametrize(("place", "code"), THE_STATES.items())
    def test_mft_visit_to_the_state(self, place: str, code: str) -> None:
        """A visit to a state written with "the" makes that state the host."""
        event = _one(f"{IND.full} will visit {place} next week.")
        _expect(event, kind="visit", status="planned", host=code, date=NEXT_WEEK)
        _expect(event, countries=sorted([IND.code, code]))

    @pytest.mark.parametrize(("a", "b"), FEW_PAIRS, ids=_ids)
    def test_mft_will_host(self, a: State, b: State) -> None:
        """A leader who "will host" another makes their state the host of a planned event."""
        event = _one(f"{b.full} will host {a.full} in {b.capital} next week.")
        _expect(event, status="planned", host=b.code, countries=_parties(a, b))

    @pytest.mark.parametrize(("a", "b"), FEW_PAIRS, ids=_ids)
    def test_mft_arrived_for_visit(self, a: State, b: State) -> None:
        """Arriving in a capital for a state visit makes that capital's state the host."""
        event = _one(f"{a.full} arrived in {b.capital} on Monday for a state visit.")
        _expect(event, kind="visit", host=b.code, countries=_parties(a, b))

    def test_inv_short_and_long_name(self) -> None:
        """The abbreviation "the UAE" and the full name give the same visit."""
        long = _one(f"{ITA.full} will visit the United Arab Emirates next week.")
        assert _core(long) == _core(_one(f"{ITA.full} will visit the UAE next week."))

    def test_dir_direction_flips_host(self) -> None:
        """Swapping visitor and destination swaps the host."""
        _expect(_one(f"{KEN.full} will visit {ZAF.name} next week."), host=ZAF.code)
        _expect(_one(f"{ZAF.full} will visit {KEN.name} next week."), host=KEN.code)


class TestSurnameParticipants:
    """Officials named by surname after first mention, or by name without a title, are placed."""

    @pytest.mark.parametrize(("a", "b"), PAIRS[:5], ids=_ids)
    def test_mft_surname_after_first_mention(self, a: State, b: State) -> None:
        """Surnames after a full first mention still name both participants and their states."""
        sa, sb = a.leader.split()[-1], b.leader.split()[-1]
        first = f"{a.full} praised {b.full} in a speech on Monday."
        event = _one(f"{first} {sa} will meet {sb} in {b.capital} on Friday.")
        _expect(event, status="planned", countries=_parties(a, b), date=FRI)
        found = {p["country"]: p["name"] for p in event["participants"]}
        assert set(found) == {a.code, b.code}
        assert found[a.code].endswith(sa) and found[b.code].endswith(sb)

    @pytest.mark.parametrize(("text", "parties", "span"), NAMES_ONLY)
    def test_mft_names_without_titles(self, text: str, parties: list[str], span: Span) -> None:
        """A name the roster knows, without title, places its official's state."""
        event = _one(text)
        _expect(event, countries=parties, date=span)
        assert sorted(p["country"] for p in event["participants"]) == parties

    @pytest.mark.parametrize("text", WANG_LAMMY)
    def test_inv_name_for_title(self, text: str) -> None:
        """A name instead of a title, or a title instead of a name, gives the same event."""
        assert _core(_one(text)) == _core(_one(WANG_LAMMY_TITLED))

    def test_dir_other_surname_other_state(self) -> None:
        """Another minister's surname in place of Lammy's changes the partner state."""
        _expect(_one("Wang Yi held talks with Rubio on Monday."), countries=["CHN", "USA"])


class TestTopicSummit:
    """A summit that is only the topic of a conversation is no held summit."""

    @pytest.mark.parametrize("template", TOPIC_SUMMITS)
    @pytest.mark.parametrize(("a", "b"), [(JPN, IND), (ESP, MEX)], ids=_ids)
    def test_mft_topic_is_no_summit(self, template: str, a: State, b: State) -> None:
        """Talking about a summit gives the two-state event and no held summit."""
        events = _events(template.format(a=a.full, b=b.full, bcap=b.capital))
        held = [e for e in events if e["status"] == "occurred"]
        assert [e["countries"] for e in held] == [_parties(a, b)]
        assert held[0]["kind"] != "summit" and _date(held[0]) == MON

    @pytest.mark.parametrize("topic", ["the BRICS summit", "the G20 summit"])
    def test_inv_summit_topic_as_any_topic(self, topic: str) -> None:
        """A call about a summit gives the same events as a call about trade."""
        text = "{a} spoke by phone with {b} on Monday about {topic}."
        trade = _cores(text.format(a=JPN.full, b=IND.full, topic="trade"))
        assert _cores(text.format(a=JPN.full, b=IND.full, topic=topic)) == trade

    def test_dir_held_summit(self) -> None:
        """Holding a summit, rather than speaking about one, makes the event a summit."""
        event = _one(f"{FRA.full} and {DEU.full} held a summit in Paris on Monday.")
        _expect(event, kind="summit", status="occurred", countries=_parties(DEU, FRA), date=MON)
