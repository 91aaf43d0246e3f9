"""The bilateral/1 JSON form: round trips, schema validity and error messages."""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import Meeting
from bilateral import strategies as bst

BASE: dict[str, Any] = {"kind": "meeting", "status": "planned", "countries": ["KOR", "USA"]}


def _schema_validator() -> jsonschema.Draft202012Validator:
    return jsonschema.Draft202012Validator(
        bilateral.json_schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )


class TestRoundTrip:
    @given(bst.events())
    def test_dict_round_trip(self, event: bilateral.Event) -> None:
        """from_dict(to_dict(e)) == e for every event."""
        assert bilateral.from_dict(bilateral.to_dict(event)) == event

    @given(st.lists(bst.events(), max_size=4))
    def test_json_round_trip(self, events: list[bilateral.Event]) -> None:
        """from_json(to_json(es)) == es for every list of events."""
        assert bilateral.from_json(bilateral.to_json(events)) == events

    @given(bst.events())
    def test_generated_events_fit_the_schema(self, event: bilateral.Event) -> None:
        """Every generated event validates against json_schema()."""
        _schema_validator().validate(bilateral.to_dict(event))

    @given(bst.events())
    def test_to_dict_is_plain_json(self, event: bilateral.Event) -> None:
        """to_dict gives only JSON types (str, not enum members)."""
        data = bilateral.to_dict(event)
        assert json.loads(json.dumps(data)) == data
        assert type(data["kind"]) is str

    def test_spec_example(self) -> None:
        """The example of the format reference parses and writes back unchanged."""
        data = {
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
                    "level": "ministerial",
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
            "first_since": None,
            "channel": None,
            "codes": {"cameo": "036", "plover": "AGREE", "plover_mode": None},
            "evidence": [{"text": "set to meet", "start": 10, "end": 21, "trigger": "meet"}],
        }
        event = bilateral.from_dict(data)
        assert isinstance(event, Meeting)
        assert bilateral.to_dict(event) == data
        _schema_validator().validate(data)

    def test_single_object_json(self) -> None:
        """from_json accepts one object as well as an array."""
        assert len(bilateral.from_json(json.dumps(BASE))) == 1

    def test_first_since_forms(self) -> None:
        """first_since is a span or a duration, told apart by its keys."""
        span = bilateral.from_dict(
            {
                **BASE,
                "first_since": {"start": "2000-01-01", "end": "2000-12-31", "granularity": "year"},
            }
        )
        dur = bilateral.from_dict({**BASE, "first_since": {"duration": "P10Y", "mod": "approx"}})
        assert isinstance(span, Meeting) and isinstance(span.first_since, bilateral.DateSpan)
        assert isinstance(dur, Meeting) and dur.first_since == bilateral.Duration(
            value="P10Y", mod="approx"
        )


BAD: list[tuple[str, Any, list[str]]] = [
    (
        "missing fields",
        {"kind": "meeting"},
        ["required field missing @ $.status", "required field missing @ $.countries"],
    ),
    ("missing kind", {"status": "planned"}, ["required field missing @ $"]),
    (
        "unknown kind",
        {**BASE, "kind": "party"},
        ["'kind' must be one of meeting, talks, summit, visit, call, negotiation, not 'party' @ $"],
    ),
    ("bad alpha-3", {**BASE, "countries": ["KOR", "XXX"]}, ["not 'XXX' @ $.countries[1]"]),
    (
        "countries as a string",
        {**BASE, "countries": "KOR"},
        ["expected an array of alpha-3 codes, not 'KOR' @ $.countries"],
    ),
    ("extra key", {**BASE, "colour": "red"}, ["extra fields found (colour) @ $"]),
    (
        "extra nested key",
        {**BASE, "location": {"place": "Seoul", "x": 1}},
        ["extra fields found (x) @ $.location"],
    ),
    (
        "start after end",
        {**BASE, "date": {"start": "2025-04-22", "end": "2025-04-21", "granularity": "day"}},
        ["'start' must not be after 'end', not 2025-04-22 > 2025-04-21 @ $.date"],
    ),
    (
        "timex mismatch",
        {
            **BASE,
            "date": {
                "start": "2025-04-21",
                "end": "2025-04-27",
                "granularity": "week",
                "timex": "2025-W18",
            },
        },
        ["'timex' '2025-W18' does not match the span, which is '2025-W17' @ $.date"],
    ),
    (
        "bad date string",
        {**BASE, "date": {"start": "April", "end": "2025-04-27", "granularity": "week"}},
        ["expected an ISO date 'YYYY-MM-DD', not 'April' @ $.date"],
    ),
    (
        "missing span fields",
        {**BASE, "date": {"start": "2025-04-21"}},
        ["required field(s) missing in a date span: end, granularity @ $.date"],
    ),
    (
        "host of a visit not a party",
        {**BASE, "kind": "visit", "host": "CHN"},
        ["'host' of a visit must be one of 'countries', not 'CHN' @ $"],
    ),
    (
        "bad participant",
        {**BASE, "participants": [{"kind": "person", "country": "ZZZ"}]},
        ["not 'ZZZ' @ $.participants[0].country"],
    ),
    (
        "empty participant",
        {**BASE, "participants": [{"kind": "person"}]},
        ["an actor needs at least one of 'name', 'title' or 'country' @ $.participants[0]"],
    ),
    (
        "participant not an object",
        {**BASE, "participants": ["Kim"]},
        ["expected an object for actor, not 'Kim' @ $.participants[0]"],
    ),
    ("wrong status", {**BASE, "status": "maybe"}, ["'maybe' is not a valid Status @ $.status"]),
    ("wrong level", {**BASE, "level": "god"}, ["'god' is not a valid Level @ $.level"]),
    (
        "bad duration",
        {**BASE, "first_since": {"duration": "ten years"}},
        ["'value' must be an ISO 8601 duration such as 'P10Y', not 'ten years' @ $.first_since"],
    ),
    (
        "duration extra key",
        {**BASE, "first_since": {"duration": "P1Y", "unit": "y"}},
        ["extra fields found (unit) @ $.first_since"],
    ),
    ("not an object", ["kind"], ["expected an object for an event, not ['kind'] @ $"]),
    (
        "bad evidence",
        {**BASE, "evidence": [{"text": "ab", "start": 0, "end": 5}]},
        ["must equal len('text') (2), not 5 - 0 @ $.evidence[0]"],
    ),
]


class TestFromDictErrors:
    @pytest.mark.parametrize(("data", "messages"), [pytest.param(d, m, id=i) for i, d, m in BAD])
    def test_bad_data(self, data: Any, messages: list[str]) -> None:
        """Every bad field is reported with its path, as a ValidationError and a ValueError."""
        with pytest.raises(bilateral.ValidationError) as info:
            bilateral.from_dict(data)
        assert isinstance(info.value, ValueError)
        for message in messages:
            assert any(message in e for e in info.value.errors), (message, info.value.errors)
        assert len(info.value.errors) == len(messages)
        assert "invalid event" in str(info.value)

    def test_several_errors_at_once(self) -> None:
        """All bad fields are listed, not only the first."""
        with pytest.raises(bilateral.ValidationError) as info:
            bilateral.from_dict({**BASE, "status": "x", "level": "y", "countries": ["QQQ", "KOR"]})
        assert len(info.value.errors) == 3


class TestJsonErrors:
    def test_not_json(self) -> None:
        """Text that is not JSON is a ValidationError with the position."""
        with pytest.raises(bilateral.ValidationError, match="not JSON"):
            bilateral.from_json("{oops")

    def test_not_array(self) -> None:
        """A JSON scalar is not a list of events."""
        with pytest.raises(bilateral.ValidationError, match="expected an array of events"):
            bilateral.from_json("3")

    def test_paths_in_arrays(self) -> None:
        """Errors inside a list carry the index of the event."""
        with pytest.raises(bilateral.ValidationError) as info:
            bilateral.from_json(json.dumps([BASE, {**BASE, "status": "?"}]))
        assert info.value.errors == ("'?' is not a valid Status @ $[1].status",)

    def test_wrong_types(self) -> None:
        """Wrong argument types are TypeErrors naming the argument."""
        with pytest.raises(TypeError, match="'text' must be str or bytes"):
            bilateral.from_json(5)  # type: ignore[arg-type]
        with pytest.raises(TypeError, match=r"'event' must be a bilateral\.Event"):
            bilateral.to_dict({"kind": "meeting"})  # type: ignore[arg-type]
        m = Meeting(kind="call", status="occurred", countries=["FRA", "DEU"])
        with pytest.raises(TypeError, match="wrap a single event"):
            bilateral.to_json(m)  # type: ignore[arg-type]

    def test_to_json_indent_and_unicode(self) -> None:
        """to_json keeps non-ASCII text readable and honours indent."""
        m = Meeting(
            kind="call",
            status="occurred",
            countries=["FRA", "DEU"],
            participants=[
                bilateral.Actor(kind="person", name="Emmanuel Macron", title="Président")
            ],
        )
        out = bilateral.to_json([m], indent=2)
        assert "Président" in out and out.startswith('{\n  "schema": "bilateral/1",\n')


class TestSchema:
    def test_schema_is_valid_draft_2020_12(self) -> None:
        """The shipped schema is itself a valid JSON Schema."""
        jsonschema.Draft202012Validator.check_schema(bilateral.json_schema())

    def test_schema_copy_is_fresh(self) -> None:
        """Changing the returned schema does not change the next one."""
        s = bilateral.json_schema()
        s["title"] = "changed"
        assert bilateral.json_schema()["title"] == "bilateral/1 event"

    def test_schema_enums_match_vocabularies(self) -> None:
        """The schema's enums are exactly the library's vocabularies."""
        props = bilateral.json_schema()["properties"]
        defs = bilateral.json_schema()["$defs"]
        assert props["kind"]["enum"] == [k.value for k in bilateral.EventKind]
        assert props["status"]["enum"] == [s.value for s in bilateral.Status]
        assert defs["level"]["enum"] == [lv.value for lv in bilateral.Level]
        assert defs["date_span"]["properties"]["granularity"]["enum"] == [
            g.value for g in bilateral.Granularity
        ]
        assert defs["codes"]["properties"]["cameo"]["enum"] == sorted(bilateral._vocab.CAMEO_CODES)

    def test_schema_rejects_what_from_dict_rejects(self) -> None:
        """Bad data of the error table fails the schema too, where the schema can tell."""
        validator = _schema_validator()
        for ident, data, _ in BAD:
            if ident in {
                "bad alpha-3",
                "start after end",
                "timex mismatch",
                "host of a visit not a party",
                "bad participant",
                "empty participant",
                "bad evidence",
                "bad duration",
            }:
                continue  # semantic checks beyond JSON Schema
            assert not validator.is_valid(data), ident


def nested(depth: int) -> Any:
    """A list nested ``depth`` levels deep, built without recursion."""
    value: Any = []
    for _ in range(depth - 1):
        value = [value]
    return value


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
#: Event-shaped objects with arbitrary values, so that the fields' own checks are reached.
EVENT_LIKE = st.fixed_dictionaries(
    {"kind": st.sampled_from(["meeting", "visit", "x"]) | JSON_VALUES},
    optional=dict.fromkeys(
        ("status", "countries", "host", "date", "participants", "evidence", "codes"), JSON_VALUES
    ),
)


class TestHostileInput:
    """from_json and from_dict raise ValidationError, never another exception."""

    @pytest.mark.parametrize(
        ("text", "message"),
        [
            ("[" * 100_000 + "]" * 100_000, "nested deeper than 32 levels @ $"),
            ('{"a": ' * 40 + "1" + "}" * 40, "nested deeper than 32 levels @ $"),
            ("[" + "9" * 5000 + "]", "a number of 5000 characters is too long (40 at most) @ $"),
            ("[1e999]", "a number out of range: 1e999 @ $"),
            ("[NaN]", "NaN is not JSON @ $"),
            ('[{"kind": "call", "countries": [-Infinity]}]', "-Infinity is not JSON @ $"),
            ('{"kind": "call", "status": "planned", "kind": "visit"}', "repeated key 'kind'"),
            ('[{"codes": {"cameo": "036", "cameo": "040"}}]', "repeated key 'cameo'"),
            (b'[{"kind": "S\xe3o"}]', "not UTF-8 text (invalid continuation byte at byte 12) @ $"),
            ('{"schema": "bilateral/2", "events": []}', "'schema' must be 'bilateral/1', not"),
            ('{"schema": "bilateral/1", "events": 5}', "expected an array of events, not int"),
        ],
    )
    def test_decoder_failures(self, text: str | bytes, message: str) -> None:
        """Depth, numbers, NaN and Infinity, repeated keys, bad UTF-8, another schema."""
        with pytest.raises(bilateral.ValidationError) as info:
            bilateral.from_json(text)
        assert message in info.value.errors[0]

    def test_brackets_inside_strings_do_not_count(self) -> None:
        """Brackets and escaped quotes inside strings are not nesting."""
        data = {**BASE, "topics": ["[[[[" * 20 + '\\"{{{' * 20]}
        with pytest.raises(bilateral.ValidationError, match=r"topics"):
            bilateral.from_json(json.dumps(data))
        assert bilateral.from_json(json.dumps({**BASE, "topics": ["trade"]}))

    def test_byte_order_mark_and_older_arrays(self) -> None:
        """A UTF-8 byte order mark is allowed; a bare array (the older form) still reads."""
        assert len(bilateral.from_json(("\ufeff" + json.dumps([BASE])).encode())) == 1

    def test_paths_inside_a_document(self) -> None:
        """Errors in a document's events carry the path from its root."""
        document = {"schema": "bilateral/1", "events": [BASE, {**BASE, "status": "?"}]}
        with pytest.raises(bilateral.ValidationError) as info:
            bilateral.from_json(json.dumps(document))
        assert info.value.errors == ("'?' is not a valid Status @ $.events[1].status",)

    def test_deep_python_values(self) -> None:
        """from_dict on values nested far deeper than any event, without RecursionError."""
        for field in ("countries", "topics", "participants", "date"):
            with pytest.raises(bilateral.ValidationError):
                bilateral.from_dict({**BASE, field: nested(100_000)})

    def test_huge_values_are_cut_in_messages(self) -> None:
        """A huge bad value is quoted short in the message."""
        with pytest.raises(bilateral.ValidationError) as info:
            bilateral.from_dict({**BASE, "host": "X" * 1_000_000})
        assert len(str(info.value)) < 500

    @given(st.binary(max_size=200))
    def test_any_bytes(self, data: bytes) -> None:
        """Arbitrary bytes give a list of events or a ValidationError."""
        try:
            events = bilateral.from_json(data)
        except bilateral.ValidationError as exc:
            events = list(exc.errors)
        assert isinstance(events, list)

    @given(JSON_VALUES | EVENT_LIKE | st.lists(EVENT_LIKE, max_size=3))
    def test_any_json_value(self, value: Any) -> None:
        """Arbitrary JSON values, event-shaped or not, read or raise ValidationError."""
        for read in (lambda: bilateral.from_json(json.dumps(value)), lambda: [from_dict(value)]):
            try:
                events: list[Any] = read()
            except bilateral.ValidationError as exc:
                events = [bool(exc.errors)]
            assert all(isinstance(e, bilateral.Event) or e is True for e in events)


def from_dict(value: Any) -> bilateral.Event:
    return bilateral.from_dict(value)
