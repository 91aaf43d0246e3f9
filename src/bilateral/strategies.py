"""Hypothesis strategies that generate valid ``bilateral`` objects, for your own tests.

Opt-in: ``import bilateral`` never imports this module or hypothesis. Install the
``strategies`` extra (``pip install bilateral[strategies]``).

>>> from hypothesis import given
>>> import bilateral
>>> from bilateral import strategies as bst
>>> @given(bst.meetings())
... def test_round_trip(event):
...     assert bilateral.from_dict(bilateral.to_dict(event)) == event
>>> test_round_trip()
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from bilateral._model import (
    Actor,
    Codes,
    Country,
    DateSpan,
    Duration,
    Event,
    Evidence,
    Location,
    Meeting,
)
from bilateral._model_time import Recurrence, TimeOfDay
from bilateral._report import Report
from bilateral._story import Story
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
)

__all__ = [
    "actors",
    "countries",
    "date_spans",
    "durations",
    "events",
    "meetings",
    "recurrences",
    "report_lists",
    "stories",
    "times_of_day",
]

_MIN = dt.date(1900, 1, 1)
_MAX = dt.date(2099, 12, 31)
_NAMES = st.text(
    alphabet=st.characters(categories=("L", "Zs"), include_characters="-'."), min_size=1
).filter(lambda s: bool(s.strip()))
_TOPICS = ("security", "trade", "finance", "defence", "energy", "climate", "health", "nuclear")


def _all_codes() -> list[str]:
    import pycountry

    return sorted(c.alpha_3 for c in pycountry.countries)


@st.composite
def _country(draw: st.DrawFn) -> Country:
    return Country(draw(st.sampled_from(_all_codes())))


def countries() -> st.SearchStrategy[Country]:
    """Any current ISO 3166-1 country.

    >>> from hypothesis import find
    >>> find(countries(), lambda c: c.alpha_3 == "KOR").name
    'Korea, Republic of'
    """
    return _country()


@st.composite
def _date_span(draw: st.DrawFn, min_value: dt.date, max_value: dt.date, narrowed: bool) -> DateSpan:
    day = draw(st.dates(min_value=min_value, max_value=max_value))
    text = draw(st.none() | st.text(max_size=30))
    # Only the granularities whose whole span around ``day`` lies within the bounds; a day
    # always does, so there is at least one.
    fitting = [
        span
        for span in (DateSpan.containing(day, g, text=text) for g in Granularity)
        if min_value <= span.start and span.end <= max_value
    ]
    span = draw(st.sampled_from(fitting))
    granularity = span.granularity
    if granularity is Granularity.DAY and draw(st.booleans()):
        # a run of days: "May 2-3"
        more = draw(st.integers(min_value=1, max_value=6))
        if span.end + dt.timedelta(days=more) <= max_value:
            span = DateSpan(
                start=span.start,
                end=span.end + dt.timedelta(days=more),
                granularity=granularity,
                text=text,
            )
            return span
    if not narrowed:
        return span
    mod = draw(st.none() | st.sampled_from(list(DateMod)))
    days = (span.end - span.start).days + 1
    if mod in (DateMod.EARLY, DateMod.MID, DateMod.LATE) and days >= 3:
        third = days // 3
        start = span.start + dt.timedelta(days={"early": 0, "mid": third, "late": 2 * third}[mod])
        end = min(start + dt.timedelta(days=third - 1), span.end)
        return DateSpan(start=start, end=end, granularity=granularity, text=text, mod=mod)
    return DateSpan(start=span.start, end=span.end, granularity=granularity, text=text, mod=mod)


def date_spans(
    *, min_value: dt.date = _MIN, max_value: dt.date = _MAX, narrowed: bool = True
) -> st.SearchStrategy[DateSpan]:
    """Valid date spans of every granularity; ``narrowed=False`` leaves ``mod`` unset.

    ``min_value`` and ``max_value`` bound the whole span: every span drawn starts on or
    after ``min_value`` and ends on or before ``max_value`` (a month or a decade that would
    cross a bound is not drawn; a day always fits).

    >>> import datetime as dt
    >>> from hypothesis import find
    >>> find(date_spans(), lambda s: s.granularity == "week").granularity
    <Granularity.WEEK: 'week'>
    >>> span = find(date_spans(min_value=dt.date(2020, 3, 15)), lambda s: s.granularity == "year")
    >>> span.start
    datetime.date(2021, 1, 1)
    """
    for name, value in (("min_value", min_value), ("max_value", max_value)):
        if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            raise TypeError(f"'{name}' must be a datetime.date, not {type(value).__name__}")
    if min_value > max_value:
        raise ValueError(f"'min_value' ({min_value}) must not be after 'max_value' ({max_value})")
    if not isinstance(narrowed, bool):
        raise TypeError(f"'narrowed' must be a bool, not {type(narrowed).__name__}")
    return _date_span(min_value, max_value, narrowed)


@st.composite
def _duration(draw: st.DrawFn) -> Duration:
    number = draw(st.integers(min_value=1, max_value=200).map(str) | st.just("X"))  # X: "some"
    unit = draw(st.sampled_from("YMWD"))
    mod = draw(st.none() | st.sampled_from([DateMod.APPROX, DateMod.BEFORE, DateMod.AFTER]))
    return Duration(value=f"P{number}{unit}", mod=mod)


@st.composite
def _time_of_day(draw: st.DrawFn) -> TimeOfDay:
    day = draw(st.none() | st.dates(min_value=_MIN, max_value=_MAX))
    clock = st.builds(
        lambda h, m: f"{h:02d}{m}", st.integers(0, 24), st.sampled_from(["", ":00", ":30"])
    )
    return TimeOfDay(day=day, time=draw(clock | st.sampled_from(["MO", "AF", "EV", "NI", "DT"])))


def times_of_day() -> st.SearchStrategy[TimeOfDay]:
    """Times of a day (TIMEX3 TIME): a clock time or a part of a day, on a day or on none.

    >>> from hypothesis import find
    >>> find(times_of_day(), lambda t: t.time == "EV" and t.day is None).timex
    'XXXX-XX-XXTEV'
    """
    return _time_of_day()


def recurrences() -> st.SearchStrategy[Recurrence]:
    """Recurrences (TIMEX3 SET): once per unit (``P1W``) or a calendar value with X parts.

    >>> from hypothesis import find
    >>> find(recurrences(), lambda r: r.timex.startswith("XXXX-WXX")).timex
    'XXXX-WXX-1'
    """
    each = st.sampled_from(["P1D", "P1W", "P1M", "P1Q", "P1Y", "PT1H"])
    weekday = st.integers(1, 7).map(lambda d: f"XXXX-WXX-{d}")
    month = st.integers(1, 12).map(lambda m: f"XXXX-{m:02d}")
    return st.builds(Recurrence, timex=each | weekday | month)


def durations() -> st.SearchStrategy[Duration]:
    """ISO 8601 durations such as ``P10Y`` (or ``PXY``, an unknown number of years), with an
    optional ``mod``.

    >>> from hypothesis import find
    >>> find(durations(), lambda d: d.value.endswith("Y") and d.value[1].isdigit()).value
    'P1Y'
    """
    return _duration()


@st.composite
def _actor(draw: st.DrawFn) -> Actor:
    kind = draw(st.sampled_from(list(ActorKind)))
    country = draw(st.none() | countries())
    name = draw(st.none() | _NAMES)
    title = draw(st.none() | _NAMES)
    if name is None and title is None and country is None:
        name = "Kim"
    level = draw(st.none() | st.sampled_from(list(Level)))
    return Actor(kind=kind, name=name, title=title, country=country, level=level)


def actors() -> st.SearchStrategy[Actor]:
    """Persons, organisations and states, with or without a country.

    >>> from hypothesis import find
    >>> find(actors(), lambda a: a.kind == "state").kind
    <ActorKind.STATE: 'state'>
    """
    return _actor()


@st.composite
def _evidence(draw: st.DrawFn) -> Evidence:
    text = draw(st.text(max_size=60))
    start = draw(st.integers(min_value=0, max_value=10_000))
    trigger = draw(st.none() | st.sampled_from(["meet", "talks", "visit", "call", "summit"]))
    return Evidence(text=text, start=start, end=start + len(text), trigger=trigger)


@st.composite
def _codes(draw: st.DrawFn) -> Codes:
    cameo = draw(st.sampled_from(sorted(CAMEO_CODES)))
    plover = PloverType.AGREE if cameo == "036" else PloverType.CONSULT
    mode = None if cameo == "036" else draw(st.none() | st.sampled_from(list(PloverMode)))
    return Codes(cameo=cameo, plover=plover, plover_mode=mode)


@st.composite
def _meeting(draw: st.DrawFn) -> Meeting:
    states = draw(st.lists(countries(), min_size=2, max_size=5, unique=True))
    kind = draw(st.sampled_from(list(EventKind)))
    # a visit's or a call's host is a party; talks and the rest may be hosted by a third state
    hosts = st.sampled_from(states)
    if kind not in (EventKind.VISIT, EventKind.CALL):
        hosts = hosts | countries().filter(lambda c: c not in states)
    host = draw(st.none() | hosts)
    place = draw(st.none() | _NAMES)
    location_country = draw(st.none() | countries())
    location = (
        None
        if place is None and location_country is None
        else Location(country=location_country, place=place)
    )
    return Meeting(
        kind=kind,
        status=draw(st.sampled_from(["planned", "occurred", "ongoing", "cancelled", "postponed"])),
        countries=states,
        participants=draw(st.lists(actors(), max_size=4)),
        date=draw(st.none() | date_spans()),
        codes=draw(st.none() | _codes()),
        evidence=draw(st.lists(_evidence(), max_size=3)),
        host=host,
        location=location,
        level=draw(st.none() | st.sampled_from(list(Level))),
        topics=draw(st.lists(st.sampled_from(_TOPICS), unique=True, max_size=3)),
        first_since=draw(st.none() | date_spans() | durations()),
        channel=draw(st.none() | st.sampled_from(list(Channel))),
    )


def meetings() -> st.SearchStrategy[Meeting]:
    """Valid consultation events of every kind and status.

    >>> from hypothesis import find
    >>> find(meetings(), lambda m: m.kind == "visit").kind
    <EventKind.VISIT: 'visit'>
    """
    return _meeting()


def events() -> st.SearchStrategy[Event]:
    """Valid events of every family the format knows (today: the consultation family).

    >>> from hypothesis import find
    >>> isinstance(find(events(), lambda e: True), Event)
    True
    """
    return meetings()


_STATUSES = ("planned", "occurred", "ongoing", "cancelled", "postponed")


@st.composite
def _linkable(draw: st.DrawFn, pool: list[Country], first: dt.date) -> Meeting:
    kind = draw(st.sampled_from(list(EventKind)))
    states = draw(st.lists(st.sampled_from(pool), min_size=2, max_size=2, unique=True))
    last = first + dt.timedelta(days=60)
    return Meeting(
        kind=kind,
        status=draw(st.sampled_from(_STATUSES)),
        countries=states,
        participants=draw(st.lists(actors(), max_size=2)),
        date=draw(st.none() | date_spans(min_value=first, max_value=last)),
        host=draw(st.none() | st.sampled_from(states)),
        level=draw(st.none() | st.sampled_from(list(Level))),
    )


@st.composite
def _report_list(draw: st.DrawFn, max_reports: int) -> list[Report]:
    pool = draw(st.lists(countries(), min_size=2, max_size=3, unique=True))
    first = draw(st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2090, 1, 1)))
    count = draw(st.integers(min_value=1, max_value=max_reports))
    reports = []
    for i in range(count):
        published = first + dt.timedelta(days=draw(st.integers(min_value=0, max_value=60)))
        events = draw(st.lists(_linkable(pool, first), max_size=3))
        ident: str | int = f"a{i}" if draw(st.booleans()) else i
        reports.append(Report(id=ident, published=published, events=events))
    return reports


def report_lists(max_reports: int = 8) -> st.SearchStrategy[list[Report]]:
    """Lists of reports with distinct ids whose events share a few states and two months,
    so that :func:`bilateral.link` makes stories of several reports from them.

    >>> from hypothesis import find
    >>> import bilateral
    >>> from bilateral import strategies as bst
    >>> corpus = find(bst.report_lists(), lambda rs: any(len(s.timeline) > 1
    ...                                                  for s in bilateral.link(rs)))
    >>> len(corpus) >= 1
    True
    """
    return _report_list(max_reports)


@st.composite
def _story(draw: st.DrawFn) -> Story:
    from bilateral._link import link

    reports = draw(report_lists().filter(lambda rs: any(r.events for r in rs)))
    return draw(st.sampled_from(link(reports)))


def stories() -> st.SearchStrategy[Story]:
    """Stories as :func:`bilateral.link` makes them from :func:`report_lists`.

    >>> from hypothesis import find
    >>> from bilateral import strategies as bst
    >>> told_twice = find(bst.stories(), lambda s: len(s.timeline) > 1)
    >>> len(told_twice.timeline)
    2
    """
    return _story()
