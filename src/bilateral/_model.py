"""The ``bilateral/1`` data model: frozen, slotted, typed attrs classes.

Every class validates on construction, so an instance is always valid; change one with
:func:`attrs.evolve`, which validates again.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable
from typing import Any

import attrs
from attrs import field, frozen

from bilateral._calendar import canonical_span, parse_timex, run_timex
from bilateral._iso import alpha_3_of as _alpha_3_of
from bilateral._iso import iso_record as _iso_record
from bilateral._iso import sovereigns as _sovereigns
from bilateral._vocab import (
    CAMEO_CODES,
    ActorKind,
    Channel,
    DateMod,
    EventKind,
    Granularity,
    Level,
    PloverMode,
    PloverType,
    Status,
)

__all__ = [
    "Actor",
    "Codes",
    "Country",
    "DateSpan",
    "Duration",
    "Dyad",
    "Event",
    "Evidence",
    "Location",
    "Meeting",
    "TimeRef",
]


_NARROWING_MODS = frozenset({DateMod.EARLY, DateMod.MID, DateMod.LATE})
#: An ISO 8601 duration; TIMEX3 writes an unknown number as X ("several weeks" is ``PXW``).
_N = r"(?:\d+(?:\.\d+)?|X)"
_DURATION = re.compile(
    rf"P(?=[\dXT.])(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?"
    rf"(?:T(?=[\dX.])(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?"
)
_TOPIC = re.compile(r"[a-z][a-z-]*")


def _to_level(value: Any) -> Any:
    return None if value is None else Level(value)


def _to_granularity(value: Any) -> Any:
    # a member passes as it is: calling the enum on it costs a lookup on every span
    return value if type(value) is Granularity else Granularity(value)


def _to_kind(value: Any) -> Any:
    return value if type(value) is EventKind else EventKind(value)


def _to_status(value: Any) -> Any:
    return value if type(value) is Status else Status(value)


def _to_actor_kind(value: Any) -> Any:
    return value if type(value) is ActorKind else ActorKind(value)


def _to_mod(value: Any) -> Any:
    return None if value is None else DateMod(value)


def _to_plover_mode(value: Any) -> Any:
    return None if value is None else PloverMode(value)


def _to_channel(value: Any) -> Any:
    return None if value is None else Channel(value)


def _is_str(name: str, value: Any, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise TypeError(f"'{name}' must be a str, not {value!r}")


# ---------------------------------------------------------------------------------------------
# Country


def _check_alpha_3(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _is_str(attribute.name, value)
    if _iso_record(value) is None:
        raise ValueError(f"'{attribute.name}' must be a known ISO 3166 alpha-3 code, not {value!r}")


@frozen(order=False, repr=False)
class Country:
    """A state by its ISO 3166 code; the other fields come from pycountry.

    Historical states of ISO 3166-3 (Czechoslovakia ``CSK``, the USSR ``SUN``) are
    allowed and flagged ``historical``.

    >>> Country("KOR")
    Country('KOR', 'Korea, Republic of')
    >>> Country.from_code("kr").alpha_3
    'KOR'
    """

    #: The ISO 3166-1 alpha-3 code (``KOR``); ISO 3166-3 for historical states.
    alpha_3: str = field(validator=_check_alpha_3)
    #: The ISO 3166-1 alpha-2 code (``KR``), from pycountry.
    alpha_2: str = field(init=False, eq=False)
    #: The ISO 3166-1 numeric code (``410``), from pycountry.
    numeric: str = field(init=False, eq=False)
    #: The ISO short name (``Korea, Republic of``), from pycountry.
    name: str = field(init=False, eq=False)
    #: Whether the state is dissolved (ISO 3166-3: ``CSK``, ``SUN``).
    historical: bool = field(init=False, eq=False)

    def __attrs_post_init__(self) -> None:
        record = _iso_record(self.alpha_3)
        assert record is not None  # the validator ran first
        for attr, value in zip(("alpha_2", "numeric", "name", "historical"), record, strict=True):
            object.__setattr__(self, attr, value)

    def __repr__(self) -> str:
        return f"Country({self.alpha_3!r}, {self.name!r})"

    @property
    def sovereign(self) -> Country | None:
        """The state a dependent territory belongs to; ``None`` for a state or a disputed
        territory (Western Sahara).

        >>> Country("GRL").sovereign
        Country('DNK', 'Denmark')
        >>> Country("DNK").sovereign is None
        True
        """
        code = _sovereigns().get(self.alpha_3)
        return None if code is None else Country(code)

    def __lt__(self, other: Country) -> bool:
        if not isinstance(other, Country):
            return NotImplemented
        return self.alpha_3 < other.alpha_3

    @classmethod
    def from_code(cls, code: str) -> Country:
        """The country of an alpha-2, alpha-3 or numeric ISO 3166 code, in any case.

        >>> Country.from_code("410").name
        'Korea, Republic of'
        """
        _is_str("code", code)
        alpha_3 = _alpha_3_of(code)
        if alpha_3 is None:
            raise ValueError(f"'code' must be a known ISO 3166 code, not {code!r}")
        return cls(alpha_3)


def _to_country(value: Any) -> Any:
    return Country(value) if isinstance(value, str) else value


def _to_optional_country(value: Any) -> Any:
    return None if value is None else _to_country(value)


def _is_country(name: str, value: Any, *, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, Country):
        raise TypeError(f"'{name}' must be a Country, not {value!r}")


@frozen
class Dyad:
    """An unordered pair of different countries, stored in alpha-3 order.

    >>> Dyad.of("USA", "KOR")
    Dyad(a=Country('KOR', 'Korea, Republic of'), b=Country('USA', 'United States'))
    """

    a: Country = field(converter=_to_country)  #: The country first in alpha-3 order.
    b: Country = field(converter=_to_country)  #: The country second in alpha-3 order.

    @b.validator
    def _check(self, attribute: attrs.Attribute[Any], value: Any) -> None:
        _is_country("a", self.a)
        _is_country("b", value)
        if not self.a.alpha_3 < value.alpha_3:
            raise ValueError(
                f"a dyad needs two countries in alpha-3 order, not {self.a!r}, {value!r}"
            )

    @classmethod
    def of(cls, x: Country | str, y: Country | str) -> Dyad:
        """The dyad of two countries in either order."""
        cx, cy = _to_country(x), _to_country(y)
        return cls(cx, cy) if cx.alpha_3 < cy.alpha_3 else cls(cy, cx)


# ---------------------------------------------------------------------------------------------
# Actors, places, evidence, codes


@frozen(kw_only=True)
class Actor:
    """A participant: a person, an organisation standing for a state, or the state itself.

    >>> Actor(kind="person", name="Li Qiang", title="Premier", country="CHN").country.alpha_3
    'CHN'
    """

    #: A person, an organisation standing for a state, or the state itself.
    kind: ActorKind = field(converter=_to_actor_kind)
    name: str | None = None  #: The person's name as the text writes it, or ``None``.
    title: str | None = None  #: The canonical title (``Foreign Minister``), or ``None``.
    #: The state the actor serves, or ``None`` when neither text nor roster places it.
    country: Country | None = field(default=None, converter=_to_optional_country)
    #: The rank of the actor's office (``ministerial``), or ``None``.
    level: Level | None = field(default=None, converter=_to_level)

    def __attrs_post_init__(self) -> None:
        _is_str("name", self.name, optional=True)
        _is_str("title", self.title, optional=True)
        _is_country("country", self.country, optional=True)
        if self.name is None and self.title is None and self.country is None:
            raise ValueError("an actor needs at least one of 'name', 'title' or 'country'")
        for attr in ("name", "title"):
            value = getattr(self, attr)
            if value is not None and not value.strip():
                raise ValueError(f"'{attr}' must not be blank, not {value!r}")


@frozen(kw_only=True)
class Location:
    """Where an event takes place: a country, a place name, or both.

    >>> Location(country="USA", place="Washington").place
    'Washington'
    """

    #: The state the place lies in, or ``None``.
    country: Country | None = field(default=None, converter=_to_optional_country)
    #: The city or venue as written (``Geneva``, ``Camp David``), or ``None``.
    place: str | None = None

    def __attrs_post_init__(self) -> None:
        _is_country("country", self.country, optional=True)
        _is_str("place", self.place, optional=True)
        if self.country is None and self.place is None:
            raise ValueError("a location needs 'country' or 'place'")


@frozen(kw_only=True)
class Evidence:
    """A span of the input text that supports an event: ``text == input[start:end]``.

    >>> Evidence(text="met", start=4, end=7, trigger="meet").end
    7
    """

    text: str  #: The evidence text: ``input[start:end]``.
    start: int  #: Offset of its first character in the input.
    end: int  #: Offset just past its last character.
    trigger: str | None = None  #: The trigger word that made the event (``meet``).

    def __attrs_post_init__(self) -> None:
        _is_str("text", self.text)
        _is_str("trigger", self.trigger, optional=True)
        for attr in ("start", "end"):
            value = getattr(self, attr)
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"'{attr}' must be a non-negative int, not {value!r}")
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"'end' - 'start' must equal len('text') ({len(self.text)}), "
                f"not {self.end} - {self.start}"
            )


@frozen(kw_only=True)
class Codes:
    """CAMEO and PLOVER codes of an event.

    >>> Codes(cameo="042", plover="CONSULT", plover_mode="visit").plover_mode
    <PloverMode.VISIT: 'visit'>
    """

    cameo: str  #: The CAMEO code (``036``, ``040`` … ``046``), a string.
    #: The PLOVER event type: ``AGREE`` (036) or ``CONSULT`` (04x).
    plover: PloverType = field(converter=PloverType)
    #: The PLOVER mode of a consultation (``visit``, ``phone``, …), or ``None``.
    plover_mode: PloverMode | None = field(default=None, converter=_to_plover_mode)

    def __attrs_post_init__(self) -> None:
        if self.cameo not in CAMEO_CODES:
            known = ", ".join(CAMEO_CODES)
            raise ValueError(f"'cameo' must be one of {known}, not {self.cameo!r}")


# ---------------------------------------------------------------------------------------------
# Dates and durations


def _is_date(name: str, value: Any) -> None:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise TypeError(f"'{name}' must be a datetime.date, not {value!r}")


@frozen(kw_only=True)
class DateSpan:
    """An inclusive calendar interval of a stated granularity, with its TIMEX3 value.

    Without ``mod`` the span is one calendar unit (one ISO week, one month, …) or a run of
    whole consecutive units ("May 2-3": two days, timex ``2024-05-02/2024-05-03``);
    ``early``, ``mid`` and ``late`` may narrow one unit to a part of it.

    >>> span = DateSpan.from_timex("2025-W17", text="next week")
    >>> span.start, span.end, span.timex
    (datetime.date(2025, 4, 21), datetime.date(2025, 4, 27), '2025-W17')
    """

    start: dt.date  #: The first day of the span.
    end: dt.date  #: The last day of the span (inclusive).
    #: The calendar unit the text named: ``day``, ``week``, ``month``, …
    granularity: Granularity = field(converter=_to_granularity)
    text: str | None = None  #: The date expression as written (``next week``), or ``None``.
    #: TIMEX3 modifier: ``early``, ``mid``, ``late``, ``approx``, …, or ``None``.
    mod: DateMod | None = field(default=None, converter=_to_mod)

    def __attrs_post_init__(self) -> None:
        _is_date("start", self.start)
        _is_date("end", self.end)
        _is_str("text", self.text, optional=True)
        if self.start > self.end:
            raise ValueError(f"'start' must not be after 'end', not {self.start} > {self.end}")
        first, last = canonical_span(self.start, self.granularity)
        if self.mod in _NARROWING_MODS:
            if self.end > last:
                raise ValueError(
                    f"a {self.mod} {self.granularity} must lie within {first}..{last}, "
                    f"not end at {self.end}"
                )
        elif self.start != first or self.end != canonical_span(self.end, self.granularity)[1]:
            raise ValueError(
                f"a {self.granularity} span must be {first}..{last} or run over whole "
                f"{self.granularity} units, not {self.start}..{self.end}"
            )

    @property
    def timex(self) -> str:
        """The TIMEX3 value: ``2025-04-16``, ``2025-W17``, ``2024-05``, ``2024-Q3``, ``201``;
        for a run of units, the ISO 8601 interval of the first and last: ``2024-05-02/2024-05-03``.
        """
        return run_timex(self.start, self.end, self.granularity)

    @classmethod
    def from_timex(
        cls, value: str, *, text: str | None = None, mod: DateMod | str | None = None
    ) -> DateSpan:
        """The span a TIMEX3 calendar value names; ``ValueError`` for any other value.

        >>> DateSpan.from_timex("2024-Q3").end
        datetime.date(2024, 9, 30)
        """
        parsed = parse_timex(value)
        if parsed is None:
            raise ValueError(f"'value' must be a TIMEX3 calendar value, not {value!r}")
        start, end, granularity = parsed
        return cls(start=start, end=end, granularity=granularity, text=text, mod=mod)

    @classmethod
    def containing(
        cls,
        day: dt.date,
        granularity: Granularity | str,
        *,
        text: str | None = None,
        mod: DateMod | str | None = None,
    ) -> DateSpan:
        """The calendar unit of ``granularity`` that contains ``day``.

        >>> DateSpan.containing(dt.date(2024, 6, 17), "month").timex
        '2024-06'
        """
        _is_date("day", day)
        start, end = canonical_span(day, Granularity(granularity))
        return cls(start=start, end=end, granularity=granularity, text=text, mod=mod)


@frozen(kw_only=True)
class Duration:
    """A length of time, not a date: ``P10Y`` for "nearly a decade" (``mod`` approx).

    >>> Duration(value="P10Y", mod="approx").timex
    'P10Y'
    """

    value: str  #: The ISO 8601 duration (``P10Y``).
    #: TIMEX3 modifier (``approx`` for 'nearly a decade'), or ``None``.
    mod: DateMod | None = field(default=None, converter=_to_mod)
    text: str | None = None  #: The expression as written, or ``None``.

    def __attrs_post_init__(self) -> None:
        _is_str("value", self.value)
        _is_str("text", self.text, optional=True)
        if _DURATION.fullmatch(self.value) is None:
            raise ValueError(
                f"'value' must be an ISO 8601 duration such as 'P10Y', not {self.value!r}"
            )

    @property
    def timex(self) -> str:
        """The TIMEX3 value of a DURATION, the ISO 8601 form itself."""
        return self.value


_REFS = ("PRESENT_REF", "PAST_REF", "FUTURE_REF")


@frozen(kw_only=True)
class TimeRef:
    """A vague reference to the present, past or future ("now", "recently", "in the future").

    Its TIMEX3 value is ``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``. It names no span,
    so it is never an event's date.

    >>> TimeRef(timex="PRESENT_REF", text="now").timex
    'PRESENT_REF'
    """

    timex: str  #: The TIMEX3 value: ``PRESENT_REF``, ``PAST_REF`` or ``FUTURE_REF``.
    text: str | None = None  #: The expression as written (``recently``), or ``None``.

    def __attrs_post_init__(self) -> None:
        _is_str("timex", self.timex)
        _is_str("text", self.text, optional=True)
        if self.timex not in _REFS:
            raise ValueError(f"'timex' must be one of {', '.join(_REFS)}, not {self.timex!r}")


# ---------------------------------------------------------------------------------------------
# Events


def _to_countries(value: Any) -> Any:
    if isinstance(value, str) or not isinstance(value, Iterable):
        return value
    items = [_to_country(v) for v in value]
    if not all(isinstance(c, Country) for c in items):
        return tuple(items)
    return tuple(sorted(set(items)))


def _to_tuple(value: Any) -> Any:
    if isinstance(value, str) or not isinstance(value, Iterable):
        return value
    return tuple(value)


def _check_items(name: str, value: Any, kind: type) -> None:
    if not isinstance(value, tuple):
        raise TypeError(f"'{name}' must be a sequence of {kind.__name__}, not {value!r}")
    for i, item in enumerate(value):
        if not isinstance(item, kind):
            raise TypeError(f"'{name}[{i}]' must be a {kind.__name__}, not {item!r}")


@frozen(kw_only=True)
class Event:
    """What every event shares: kind, status, the countries, who, when, codes and evidence.

    ``countries`` are stored sorted and unique; two make a bilateral event, three or
    more a multilateral one.
    """

    #: The event kind: meeting, talks, summit, visit, call or negotiation.
    kind: EventKind = field(converter=_to_kind)
    #: Planned, occurred, ongoing, cancelled or postponed.
    status: Status = field(converter=_to_status)
    #: The parties, sorted and unique; three or more is multilateral.
    countries: tuple[Country, ...] = field(converter=_to_countries)
    #: The officials and bodies taking part, in order of mention.
    participants: tuple[Actor, ...] = field(default=(), converter=_to_tuple)
    #: When it happens or happened; ``None`` when the text gives no date.
    date: DateSpan | None = None
    codes: Codes | None = None  #: CAMEO and PLOVER codes; ``None`` where none applies (cancelled).
    #: The sentences that report the event, with offsets into the input.
    evidence: tuple[Evidence, ...] = field(default=(), converter=_to_tuple)

    def __attrs_post_init__(self) -> None:
        self._validate()

    def _validate(self) -> None:
        _check_items("countries", self.countries, Country)
        if len(self.countries) < 2:
            raise ValueError(f"'countries' must name at least two states, not {self.countries!r}")
        _check_items("participants", self.participants, Actor)
        _check_items("evidence", self.evidence, Evidence)
        if self.date is not None and not isinstance(self.date, DateSpan):
            raise TypeError(f"'date' must be a DateSpan or None, not {self.date!r}")
        if self.codes is not None and not isinstance(self.codes, Codes):
            raise TypeError(f"'codes' must be a Codes or None, not {self.codes!r}")

    @property
    def is_multilateral(self) -> bool:
        """Whether three or more states take part."""
        return len(self.countries) > 2

    def dyads(self) -> tuple[Dyad, ...]:
        """Every unordered pair of the event's countries, in alpha-3 order.

        >>> e = Meeting(kind="summit", status="occurred", countries=["JPN", "KOR", "CHN"])
        >>> [f"{d.a.alpha_3}-{d.b.alpha_3}" for d in e.dyads()]
        ['CHN-JPN', 'CHN-KOR', 'JPN-KOR']
        """
        return tuple(Dyad(a, b) for a, b in itertools.combinations(self.countries, 2))


@frozen(kw_only=True)
class Meeting(Event):
    """The consultation family: a meeting, talks, summit, visit, call or negotiation.

    >>> m = Meeting(kind="visit", status="planned", countries=["RUS", "PRK"], host="PRK")
    >>> m.countries[0].alpha_3, m.host.alpha_3
    ('PRK', 'PRK')
    """

    #: The receiving state: a party, or a third state hosting on its soil; or ``None``.
    host: Country | None = field(default=None, converter=_to_optional_country)
    location: Location | None = None  #: Where the event takes place, or ``None``.
    #: The level of the meeting (``head-of-state``, ``ministerial``, …), or ``None``.
    level: Level | None = field(default=None, converter=_to_level)
    #: What is discussed (``trade``, ``security``): unique lowercase words.
    topics: tuple[str, ...] = field(default=(), converter=_to_tuple)
    #: For 'the first … since 2010' or '… in a decade': a span or a duration.
    first_since: DateSpan | Duration | None = None
    #: How the parties meet: ``in-person``, ``phone`` or ``video``; or ``None``.
    channel: Channel | None = field(default=None, converter=_to_channel)

    def _validate(self) -> None:
        super()._validate()
        _is_country("host", self.host, optional=True)
        if (
            self.host is not None
            and self.host not in self.countries
            and self.kind in (EventKind.VISIT, EventKind.CALL)
        ):
            # a visit is hosted by the state visited, a call by no one; talks, meetings,
            # summits and negotiations may be hosted by a third state on its soil
            raise ValueError(
                f"'host' of a {self.kind.value} must be one of 'countries', "
                f"not {self.host.alpha_3!r}"
            )
        if self.location is not None and not isinstance(self.location, Location):
            raise TypeError(f"'location' must be a Location or None, not {self.location!r}")
        _check_items("topics", self.topics, str)
        for topic in self.topics:
            if _TOPIC.fullmatch(topic) is None:
                raise ValueError(f"'topics' must be lowercase words, not {topic!r}")
        if len(set(self.topics)) != len(self.topics):
            raise ValueError(f"'topics' must be unique, not {self.topics!r}")
        if self.first_since is not None and not isinstance(self.first_since, DateSpan | Duration):
            raise TypeError(
                f"'first_since' must be a DateSpan, a Duration or None, not {self.first_since!r}"
            )
