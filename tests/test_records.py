"""to_records() and to_plover(): flat rows, directed dyads and PLOVER records."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import itertools
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import Actor, Codes, DateSpan, Duration, Event, Evidence, Location, Meeting
from bilateral import strategies as bst
from bilateral._records import ARTICLE_COLUMNS, DYAD_COLUMNS, RECORD_COLUMNS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

VISIT = Codes(cameo="042", plover="CONSULT", plover_mode="visit")


def example_articles() -> list[tuple[str, str, str]]:
    """(id, published, text) of each example article, split at the header as documented."""
    out = []
    for path in sorted((EXAMPLES / "articles").glob("*.txt")):
        header, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        out.append((path.stem, header.removeprefix("published:").strip(), text))
    return out


def plain(value: Any) -> bool:
    return value is None or type(value) in (str, int)


class TestToRecords:
    @given(st.lists(bst.events(), max_size=5))
    def test_one_row_per_event_of_plain_values(self, events: list[Event]) -> None:
        """Every list of events gives one row each, with the documented columns and plain values."""
        rows = bilateral.to_records(events)
        assert len(rows) == len(events)
        for row, event in zip(rows, events, strict=True):
            assert tuple(row) == RECORD_COLUMNS
            assert all(plain(v) for v in row.values())
            assert row["countries"] == ";".join(c.alpha_3 for c in event.countries)
            assert row["kind"] == event.kind.value

    @given(bst.events())
    def test_columns_follow_the_event(self, event: Event) -> None:
        """Dates, codes and the first evidence span are copied from the event."""
        [row] = bilateral.to_records([event])
        if event.date is None:
            assert row["date_start"] is row["date_timex"] is None
        else:
            assert row["date_start"] == event.date.start.isoformat()
            assert row["date_end"] == event.date.end.isoformat()
            assert row["date_timex"] == event.date.timex
        assert row["cameo"] == (None if event.codes is None else event.codes.cameo)
        if event.evidence:
            first = event.evidence[0]
            assert (row["evidence_start"], row["evidence_end"]) == (first.start, first.end)
        else:
            assert row["evidence_text"] is None

    def test_spec_example(self) -> None:
        """The event of the format reference flattens to the documented row."""
        event = bilateral.from_dict(
            {
                "kind": "meeting",
                "status": "planned",
                "countries": ["KOR", "USA"],
                "host": "USA",
                "location": {"country": "USA", "place": "Washington"},
                "participants": [
                    {
                        "kind": "person",
                        "name": "Choi Sang-mok",
                        "title": "Finance Minister",
                        "country": "KOR",
                    },
                    {
                        "kind": "person",
                        "name": "Scott Bessent",
                        "title": "Treasury Secretary",
                        "country": "USA",
                    },
                ],
                "date": {
                    "start": "2025-04-21",
                    "end": "2025-04-27",
                    "granularity": "week",
                    "timex": "2025-W17",
                    "text": "next week",
                    "mod": None,
                },
                "level": "ministerial",
                "topics": ["trade", "finance"],
                "codes": {"cameo": "036", "plover": "AGREE", "plover_mode": None},
                "evidence": [{"text": "will meet", "start": 10, "end": 19, "trigger": "meet"}],
            }
        )
        assert bilateral.to_records([event]) == [
            {
                "event": bilateral.event_id(event),
                "kind": "meeting",
                "status": "planned",
                "countries": "KOR;USA",
                "host": "USA",
                "location_country": "USA",
                "location_place": "Washington",
                "date_start": "2025-04-21",
                "date_end": "2025-04-27",
                "date_granularity": "week",
                "date_timex": "2025-W17",
                "date_mod": None,
                "date_text": "next week",
                "level": "ministerial",
                "topics": "trade;finance",
                "first_since": None,
                "first_since_mod": None,
                "channel": None,
                "cameo": "036",
                "plover": "AGREE",
                "plover_mode": None,
                "participants": "Choi Sang-mok (KOR); Scott Bessent (USA)",
                "evidence_text": "will meet",
                "evidence_start": 10,
                "evidence_end": 19,
                "evidence_trigger": "meet",
            }
        ]

    def test_participant_labels(self) -> None:
        """A participant reads as its name, else its title, else its country, with the country."""
        people = [
            Actor(kind="person", title="Foreign Minister", country="IND"),
            Actor(kind="state", country="PAK"),
            Actor(kind="person", name="Somebody"),
        ]
        event = Meeting(
            kind="talks", status="occurred", countries=["IND", "PAK"], participants=people
        )
        [row] = bilateral.to_records([event])
        assert row["participants"] == "Foreign Minister (IND); PAK; Somebody"

    def test_first_since_and_mods(self) -> None:
        """first_since gives its TIMEX3 value and its mod; date_mod the date's mod."""
        since = Duration(value="P10Y", mod="approx")
        date = DateSpan.from_timex("2024-06", mod="approx")
        event = Meeting(
            kind="summit",
            status="occurred",
            countries=["CHN", "JPN"],
            first_since=since,
            date=date,
            channel="video",
        )
        [row] = bilateral.to_records([event])
        assert (row["first_since"], row["first_since_mod"]) == ("P10Y", "approx")
        assert (row["date_timex"], row["date_mod"], row["channel"]) == (
            "2024-06",
            "approx",
            "video",
        )
        since_year = Meeting(
            kind="talks",
            status="occurred",
            countries=["BOL", "CHL"],
            first_since=DateSpan.from_timex("2010"),
        )
        assert bilateral.to_records([since_year])[0]["first_since"] == "2010"

    def test_bare_event(self) -> None:
        """An Event of no family leaves the consultation columns empty."""
        event = Event(kind="meeting", status="occurred", countries=["FRA", "DEU"])
        [row] = bilateral.to_records([event])
        assert row["host"] is row["level"] is row["topics"] is row["location_place"] is None
        assert row["participants"] is None
        assert row["countries"] == "DEU;FRA"

    def test_accepts_any_iterable(self) -> None:
        """A generator of events works as well as a list."""
        events = [Meeting(kind="call", status="occurred", countries=["MEX", "USA"])]
        assert bilateral.to_records(e for e in events) == bilateral.to_records(events)
        assert bilateral.to_records([]) == []

    @pytest.mark.parametrize(
        ("events", "message"),
        [
            (Meeting(kind="call", status="occurred", countries=["MEX", "USA"]), "wrap a single"),
            (5, "not int"),
            ("KOR;USA", "not str"),
            (
                [Meeting(kind="call", status="occurred", countries=["MEX", "USA"]), {}],
                r"'events\[1\]' must be a bilateral.Event, not dict",
            ),
        ],
    )
    def test_bad_events(self, events: Any, message: str) -> None:
        """Anything but an iterable of events is a TypeError that says what is wrong."""
        with pytest.raises(TypeError, match=message):
            bilateral.to_records(events)

    def test_dyads_must_be_bool(self) -> None:
        """dyads is a flag, not a truthy value."""
        with pytest.raises(TypeError, match="'dyads' must be a bool"):
            bilateral.to_records([], dyads=1)  # type: ignore[arg-type]

    def test_csv_round_trip(self) -> None:
        """The rows write to CSV and read back as the same strings."""
        event = bilateral.from_dict(
            {
                "kind": "visit",
                "status": "occurred",
                "countries": ["IND", "MDV"],
                "host": "MDV",
                "codes": {"cameo": "042", "plover": "CONSULT", "plover_mode": "visit"},
                "evidence": [{"text": 'said "yes", then left', "start": 0, "end": 21}],
            }
        )
        rows = bilateral.to_records([event])
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=RECORD_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
        back = list(csv.DictReader(io.StringIO(buffer.getvalue())))
        assert back == [{k: "" if v is None else str(v) for k, v in rows[0].items()}]

    def test_pandas_data_frame(self) -> None:
        """The rows make a DataFrame with one column per documented column."""
        pd = pytest.importorskip("pandas")
        _, published, text = example_articles()[0]
        events = bilateral.extract(text, published=published)
        frame = pd.DataFrame(bilateral.to_records(events))
        assert list(frame.columns) == list(RECORD_COLUMNS)
        assert len(frame) == len(events)


class TestDyads:
    @given(st.lists(bst.events(), max_size=4))
    def test_one_row_per_directed_dyad(self, events: list[Event]) -> None:
        """Each event gives n*(n-1) rows, every ordered pair of its states once."""
        rows = bilateral.to_records(events, dyads=True)
        assert len(rows) == sum(len(e.countries) * (len(e.countries) - 1) for e in events)
        at = 0
        for event in events:
            size = len(event.countries) * (len(event.countries) - 1)
            mine, at = rows[at : at + size], at + size
            assert {r["event"] for r in mine} <= {bilateral.event_id(event)}
            pairs = [(r["source"], r["target"]) for r in mine]
            codes = [c.alpha_3 for c in event.countries]
            assert pairs == list(itertools.permutations(codes, 2))
            [flat] = bilateral.to_records([event])
            for row in mine:
                assert tuple(row) == DYAD_COLUMNS
                assert {k: v for k, v in row.items() if k not in ("source", "target", "cameo")} == {
                    k: v for k, v in flat.items() if k != "cameo"
                }

    @pytest.mark.parametrize("cameo", ["042", "043"])
    def test_held_visit_codes_by_side(self, cameo: str) -> None:
        """A held visit is 042 from the visitor's side and 043 from the host's."""
        codes = Codes(cameo=cameo, plover="CONSULT", plover_mode="visit")
        visit = Meeting(
            kind="visit", status="occurred", countries=["JPN", "KOR"], host="KOR", codes=codes
        )
        rows = bilateral.to_records([visit], dyads=True)
        assert [(r["source"], r["target"], r["cameo"]) for r in rows] == [
            ("JPN", "KOR", "042"),
            ("KOR", "JPN", "043"),
        ]

    def test_visit_without_host_keeps_its_code(self) -> None:
        """When the host is unknown, neither side can be called the host."""
        visit = Meeting(kind="visit", status="occurred", countries=["JPN", "KOR"], codes=VISIT)
        assert {r["cameo"] for r in bilateral.to_records([visit], dyads=True)} == {"042"}

    def test_guests_of_a_multilateral_visit(self) -> None:
        """Two guests of one host keep the event's code between themselves."""
        visit = Meeting(
            kind="visit",
            status="occurred",
            countries=["CHN", "KAZ", "UZB"],
            host="KAZ",
            codes=VISIT,
        )
        rows = {
            (r["source"], r["target"]): r["cameo"]
            for r in bilateral.to_records([visit], dyads=True)
        }
        assert rows[("CHN", "UZB")] == rows[("UZB", "CHN")] == "042"
        assert rows[("KAZ", "UZB")] == "043"
        assert rows[("UZB", "KAZ")] == "042"

    def test_symmetric_codes(self) -> None:
        """Planned meetings (036) and cancelled ones (no code) are the same from both sides."""
        planned = Meeting(
            kind="meeting",
            status="planned",
            countries=["KOR", "USA"],
            host="USA",
            codes=Codes(cameo="036", plover="AGREE"),
        )
        cancelled = Meeting(kind="meeting", status="cancelled", countries=["JOR", "USA"])
        rows = bilateral.to_records([planned, cancelled], dyads=True)
        one, two = bilateral.event_id(planned), bilateral.event_id(cancelled)
        assert [(r["event"], r["cameo"]) for r in rows] == [
            (one, "036"),
            (one, "036"),
            (two, None),
            (two, None),
        ]


class TestArticleColumns:
    def test_article_id_and_published_lead_every_row(self) -> None:
        """Given an article id and a date, every row starts with them, the date as ISO text."""
        call = Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
        for published in (dt.date(2025, 3, 4), dt.datetime(2025, 3, 4, 9, 30), "2025-03-04"):
            [row] = bilateral.to_records([call], article_id="a32", published=published)
            assert tuple(row) == (*ARTICLE_COLUMNS, *RECORD_COLUMNS)
            assert (row["article_id"], row["published"]) == ("a32", "2025-03-04")
        rows = bilateral.to_records([call], dyads=True, article_id=7)
        assert [tuple(r)[:3] for r in rows] == [("article_id", "published", "event")] * 2
        assert {(r["article_id"], r["published"]) for r in rows} == {(7, None)}

    def test_without_article_the_columns_are_absent(self) -> None:
        """Without an article id or date the rows keep the plain columns."""
        call = Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
        assert tuple(bilateral.to_records([call])[0]) == RECORD_COLUMNS

    @pytest.mark.parametrize(
        ("kwargs", "error", "message"),
        [
            ({"article_id": 1.5}, TypeError, "'article_id' must be a str, an int or None"),
            ({"article_id": True}, TypeError, "'article_id' must be a str, an int or None"),
            ({"published": 20250304}, TypeError, "'published' must be a datetime.date"),
            ({"published": "March 4"}, ValueError, "'published' must be an ISO-8601 date"),
        ],
    )
    def test_bad_article_arguments(
        self, kwargs: dict[str, Any], error: type[Exception], message: str
    ) -> None:
        """A bad article id or date is a clear error naming the argument, even for no events."""
        with pytest.raises(error, match=message):
            bilateral.to_records([], **kwargs)


class TestEventId:
    @given(bst.events(), st.text(max_size=12))
    def test_id_is_stable_and_order_free(self, event: Event, article: str) -> None:
        """The id depends on the event and its article, not on the list around it."""
        other = Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
        ident = bilateral.event_id(event, article_id=article)
        for events in ([event], [other, event], [event, other]):
            ids = {r["event"] for r in bilateral.to_records(events, article_id=article)}
            assert ident in ids
        assert ident == bilateral.event_id(
            bilateral.from_dict(bilateral.to_dict(event)), article_id=article
        )
        assert ident.startswith("ev-") and len(ident) == 19

    def test_derivation_is_as_documented(self) -> None:
        """The id is the documented digest: article, date, the other columns, evidence spans."""
        event = Meeting(
            kind="call",
            status="occurred",
            countries=["MEX", "USA"],
            evidence=[Evidence(text="spoke", start=4, end=9, trigger="spoke")],
        )
        [row] = bilateral.to_records([event], article_id="a1", published="2025-03-04")
        values = [row[c] for c in RECORD_COLUMNS[1:]]
        payload = json.dumps(
            ["a1", "2025-03-04", values, [[4, 9]]], ensure_ascii=False, separators=(",", ":")
        )
        digest = hashlib.sha256(payload.encode("utf-8")).hexdigest()[:16]
        assert row["event"] == f"ev-{digest}"

    def test_articles_and_events_tell_ids_apart(self) -> None:
        """Equal events of two articles, and two events of one article, have different ids."""
        call = Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
        talks = Meeting(kind="talks", status="occurred", countries=["MEX", "USA"])
        ids = {
            bilateral.event_id(call, article_id="a1"),
            bilateral.event_id(call, article_id="a2"),
            bilateral.event_id(call, article_id=1),
            bilateral.event_id(talks, article_id="a1"),
            bilateral.event_id(call, article_id="a1", published="2025-01-01"),
        }
        assert len(ids) == 5

    def test_not_an_event(self) -> None:
        """event_id of anything but an event is a TypeError naming the argument."""
        with pytest.raises(TypeError, match=r"'event' must be a bilateral\.Event"):
            bilateral.event_id({"kind": "call"})  # type: ignore[arg-type]


class TestToPlover:
    def test_call_is_reciprocal(self) -> None:
        """A call has every state as source, no recipient, mode phone, quad code 1."""
        call = Meeting(
            kind="call",
            status="occurred",
            countries=["MEX", "USA"],
            codes=Codes(cameo="041", plover="CONSULT", plover_mode="phone"),
            date=DateSpan.from_timex("2025-W10"),
            evidence=[Evidence(text="spoke by phone", start=4, end=18, trigger="spoke")],
        )
        assert bilateral.to_plover(call, id="x-1") == {
            "id": "x-1",
            "date": "2025-03-03",
            "enddate": "2025-03-09",
            "source": [{"code": "MEX"}, {"code": "USA"}],
            "event": ["CONSULT"],
            "mode": ["phone"],
            "quad_code": 1,
            "event_text": ["spoke by phone"],
            "cameo": "041",
        }

    def test_visit_has_host_as_recipient(self) -> None:
        """A held visit with a host: the visitor (as its people) is source, the host recipient."""
        visit = Meeting(
            kind="visit",
            status="occurred",
            countries=["IND", "MDV"],
            host="MDV",
            codes=VISIT,
            location=Location(country="MDV", place="Male"),
            participants=[
                Actor(kind="person", name="S. Jaishankar", title="Foreign Minister", country="IND"),
                Actor(kind="person", title="President", country="IND"),
                Actor(kind="person", name="Someone Unplaced"),
                Actor(kind="person", name="Mohamed Muizzu", country="MDV"),
            ],
        )
        record = bilateral.to_plover(visit, id="v")
        assert record["source"] == [
            {"code": "IND", "actor_text": "S. Jaishankar", "office": "Foreign Minister"},
            {"code": "IND", "office": "President"},
        ]
        assert record["recipient"] == [{"code": "MDV", "actor_text": "Mohamed Muizzu"}]
        assert record["event_loc"] == {"name": "Male", "country code": "MV", "cc3": "MDV"}
        assert record["date"] is record["enddate"] is None
        assert "event_text" not in record

    def test_planned_meeting_is_agree(self) -> None:
        """CAMEO 036 is PLOVER AGREE, with no mode, and a location of one kind only."""
        planned = Meeting(
            kind="meeting",
            status="planned",
            countries=["KOR", "USA"],
            codes=Codes(cameo="036", plover="AGREE"),
            location=Location(place="Washington"),
        )
        record = bilateral.to_plover(planned, id="p")
        assert record["event"] == ["AGREE"]
        assert "mode" not in record
        assert "recipient" not in record
        assert record["event_loc"] == {"name": "Washington"}
        only_country = Location(country="GBR")
        record = bilateral.to_plover(
            Meeting(
                kind="talks",
                status="occurred",
                countries=["CHN", "USA"],
                codes=Codes(cameo="044", plover="CONSULT", plover_mode="third-party"),
                location=only_country,
            )
        )
        assert record["event_loc"] == {"country code": "GB", "cc3": "GBR"}

    def test_default_id_is_a_stable_digest(self) -> None:
        """Without an id, equal events get equal ids and different events different ones."""
        codes = Codes(cameo="040", plover="CONSULT")
        a = Meeting(kind="talks", status="occurred", countries=["CHN", "IND"], codes=codes)
        b = Meeting(kind="talks", status="occurred", countries=["CHN", "PAK"], codes=codes)
        ida = bilateral.to_plover(a)["id"]
        assert (
            ida
            == bilateral.to_plover(
                Meeting(kind="talks", status="occurred", countries=["IND", "CHN"], codes=codes)
            )["id"]
        )
        assert ida.startswith("bilateral-")
        assert len(ida) == len("bilateral-") + 16
        assert ida != bilateral.to_plover(b)["id"]

    def test_bare_event(self) -> None:
        """An Event of no family has all states as source and no location."""
        event = Event(
            kind="meeting",
            status="occurred",
            countries=["FRA", "DEU"],
            codes=Codes(cameo="040", plover="CONSULT"),
        )
        record = bilateral.to_plover(event, id="e")
        assert record["source"] == [{"code": "DEU"}, {"code": "FRA"}]
        assert "event_loc" not in record

    def test_errors(self) -> None:
        """A cancelled event has no PLOVER record; wrong types are TypeErrors."""
        cancelled = Meeting(kind="meeting", status="cancelled", countries=["JOR", "USA"])
        with pytest.raises(ValueError, match="a cancelled event has no CAMEO or PLOVER code"):
            bilateral.to_plover(cancelled)
        with pytest.raises(TypeError, match=r"'event' must be a bilateral\.Event, not dict"):
            bilateral.to_plover({})  # type: ignore[arg-type]
        with pytest.raises(TypeError, match="'id' must be a str or None, not int"):
            bilateral.to_plover(cancelled, id=3)  # type: ignore[arg-type]

    @given(bst.events())
    def test_every_coded_event(self, event: Event) -> None:
        """Every coded event gives a JSON record whose actors are exactly its states."""
        if event.codes is None:
            with pytest.raises(ValueError, match="no CAMEO or PLOVER code"):
                bilateral.to_plover(event)
            return
        record = bilateral.to_plover(event)
        assert json.loads(json.dumps(record)) == record
        assert record["event"] == [event.codes.plover.value]
        sides = [record["source"], record.get("recipient", [])]
        codes = {a["code"] for side in sides for a in side}
        assert codes == {c.alpha_3 for c in event.countries}
        assert not {a["code"] for a in sides[0]} & {a["code"] for a in sides[1]}


class TestExampleCorpus:
    def test_records_of_every_article(self) -> None:
        """Each example article's events flatten to rows whose evidence indexes the text."""
        total = 0
        for name, published, text in example_articles():
            events = bilateral.extract(text, published=dt.date.fromisoformat(published))
            rows = bilateral.to_records(events, article_id=name, published=published)
            assert len(rows) == len(events)
            assert len({r["event"] for r in rows}) == len(rows)
            for row in rows:
                assert (row["article_id"], row["published"]) == (name, published)
                start, end = row["evidence_start"], row["evidence_end"]
                assert text[start:end] == row["evidence_text"]
            dyads = bilateral.to_records(events, dyads=True)
            assert len(dyads) == sum(len(e.countries) * (len(e.countries) - 1) for e in events)
            for event in events:
                if event.codes is not None:
                    assert bilateral.to_plover(event)["cameo"] == event.codes.cameo
            total += len(rows)
        assert total > 50
