"""Event dates: the date a trigger's own words give it (never a report's, a dateline's or another
noun's), dated item lists, trip lengths, and the best date of an event's mentions."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from collections.abc import Set as AbstractSet

import attrs

from bilateral._document import Document
from bilateral._events.entries import agenda_entries, chronology_entries
from bilateral._events.records import Group, Mention, State
from bilateral._events.spans import reach
from bilateral._mentions import DateMention
from bilateral._model import (
    DateSpan,
    Duration,
)
from bilateral._text import Span, lacks
from bilateral._triggers import Cue, Trigger
from bilateral._vocab import (
    EventKind,
    Granularity,
    Status,
)

#: Characters before a date where a relative clause about a person (", who …") may open.
RELATIVE_CLAUSE_REACH = 120
#: Characters between a report verb and a date of its clause ("told reporters yesterday").
REPORT_CLAUSE_REACH = 40
#: A dateline ("WASHINGTON, Oct 22 —") is at most this long.
DATELINE_LENGTH = 80

_DATELINE_LEAD = re.compile(r"[ \t]*[A-Z][A-Z.'’ -]+(?:,[ \t]*[A-Z][\w.'’ -]*)?,[ \t]*")


_DATELINE_DASH = re.compile(r"(?:,?[ \t]+\d{4})?[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?[—–-]")


# status cues that tell a schedule rather than an act of its own
_SCHEDULE_CUES = frozenset(
    [
        "expected to",
        "set to",
        "meant to",
        "supposed to",
        "is to",
        "are to",
        "scheduled to",
        # a plan told in the present: "Next week, Macron plans to meet Scholz"
        "plans to",
        "plan to",
        "intends to",
        "intend to",
        "hopes to",
        "aims to",
        "slated to",
        "is going to",
        "are going to",
    ]
)


_THEN_WHEN = re.compile(r",?[ \t]+when\b")


_ENDING = re.compile(
    r"\b(?:end(?:s|ed|ing)|conclud(?:es|ed|ing)|wrap(?:s|ped)[ \t]+up|wound[ \t]+up|returned)\b",
    re.IGNORECASE,
)


_ATTRIBUTIVE_NOUN = re.compile(r"[ \t]+(?P<w>[A-Za-z][a-z-]{2,})\b")


# up to two modifiers between a possessive date and its noun: "Monday's three-nation summit"
_MODIFIERS = re.compile(r"(?:[ \t]+[A-Za-z][\w-]*){1,2}[ \t]+")


# event nouns a possessive date may still date ("Tuesday's talks" told of the visit)
_SAME_TRIGGER_NOUN = re.compile(r"(?:talks|meeting|meetings|summit|visit|trip|call|negotiations)\b")


_RELATIVE = re.compile(r",[ \t]+(?:who|whom|whose)\b[^,;:()\n]*$")


def _of_another_noun(text: str, d: DateMention, trigger: Trigger) -> bool:
    """Whether a date modifies a noun other than the trigger: "for Trump's role in the May 10
    ceasefire", "after Sunday's run-off". After a possessive, an event noun may still be the
    event's ("Tuesday's talks" told of the visit)."""
    the = text.endswith("the ", max(0, d.start - 4), d.start)
    if not the and not text.endswith(("'s", "’s"), d.start, d.end):
        return False
    noun = _ATTRIBUTIVE_NOUN.match(text, d.end)
    if noun is None or noun.start("w") == trigger.start:
        return False
    if not the and _MODIFIERS.fullmatch(text, d.end, trigger.start):
        return False  # "Monday's three-nation summit": the trigger after its modifiers
    return the or not _SAME_TRIGGER_NOUN.match(text, noun.start("w"))


def _in_relative_clause(text: str, start: int, end: int, trigger: Trigger) -> bool:
    """Whether a date lies in a relative clause about a person (", who … ,") that the
    trigger is outside of."""
    if end > trigger.start:
        return False  # only before the trigger: after it, the clause may be the event's own
    lo = max(0, start - RELATIVE_CLAUSE_REACH)
    lo = max(lo, text.rfind(". ", lo, start) + 1, text.rfind("\n", lo, start) + 1)  # its sentence
    m = _RELATIVE.search(text, lo, start)
    if m is None:
        return False
    close = text.find(",", end, trigger.start)
    return close != -1


_THAT = re.compile(r"\bthat\b")
# "talks …, mediated by Norway, took place in Oslo on Monday": a "by" phrase set off by
# commas before the subject's own verb names who, not a topic, and the date after is theirs
_ENCLOSED_BY = re.compile(
    r",[ \t]+(?:mediated|brokered|facilitated|hosted|chaired|sponsored)[ \t]+by[^,;.]{1,60},"
    r"[ \t]+(?:took[ \t]+place|(?:was|were)[ \t]+held|ended|began|opened|concluded|resumed"
    r"|continued|wrapped[ \t]+up)\b"
)


def _in_reporting_clause(text: str, d: DateMention, trigger: Trigger, reports: list[Cue]) -> bool:
    """Whether a date before the trigger stands in the reporting clause that introduces it:
    a report verb before the date, then "that", then the trigger."""
    if d.end > trigger.start or _THAT.search(text, d.end, trigger.start) is None:
        return False
    return any(c.end <= d.start and d.start - c.end <= REPORT_CLAUSE_REACH for c in reports)


def dated_lines_stage(doc: Document, state: State) -> State:
    """Stage: a list of dated items (a ministry's press releases: "2024-10-18" on a line of
    its own, then the item): an item's undated mentions take the date of the line above them.
    Only with two or more such lines; one alone at the top stamps the publication. Entries
    of a chronology ("FEB. 17, 2024: …") and of a diary of the days ahead ("Monday: …") date
    their paragraphs the same way (``_events/entries.py``)."""
    state = agenda_entries(doc, chronology_entries(doc, state))
    text = doc.text
    by_start = {d.start: d for d in doc.dates if isinstance(d.value, DateSpan)}
    lines: list[tuple[int, DateSpan]] = []
    for s, e in doc.sentences:
        d = by_start.get(s)
        if (
            d is not None
            and isinstance(d.value, DateSpan)
            and d.value.granularity is Granularity.DAY
            and (s == 0 or text[s - 1] == "\n")
            and (e == len(text) or text[e] == "\n")
            and _CLOCK_TIME.fullmatch(text, d.end, e)  # "March 27, 2024, 16:10" is a date line
        ):
            lines.append((s, d.value))
    if len(lines) < 2:
        return _timestamped_entries(doc, _dated_titles(doc, state), lines)
    starts = [s for s, _ in lines]
    line_at = {s: i for i, s in enumerate(starts)}
    out = []
    for m in state.mentions:
        if m.date is None and not (m.strong and m.status is not Status.OCCURRED):
            # not a plan: the item's date is that of what it reports
            i = bisect.bisect_right(starts, m.trigger.start) - 1
            # an item's title above its date line ("Telephone conversation with …", the date)
            below = _NEXT_LINE.match(text, m.sentence[1])
            if below is not None and below.end() in line_at:
                i = line_at[below.end()]
            if i >= 0:
                m = m.by("date.dated-item-list", "date", date=lines[i][1])
        out.append(m)
    return attrs.evolve(state, mentions=tuple(out))


#: Words for the day a text is written on: in an item under a dated title, that title's day.
_DEICTIC_DAY = frozenset(
    ["today", "this morning", "this afternoon", "this evening", "tonight", "earlier today"]
)


def _dated_titles(doc: Document, state: State) -> State:
    """Readouts under titles that end with their date ("Secretary's Call with the Foreign
    Minister (April 15, 2025)"), two or more: an item's held mention with no date, or dated
    "today", takes its title's day."""
    text = doc.text
    titles = [
        (text.rfind("\n", 0, d.start) + 1, d.value)
        for d in doc.dates
        if isinstance(d.value, DateSpan)
        and d.value.granularity is Granularity.DAY
        and text.startswith("(", d.start - 1)
        and _TITLE_END.match(text, d.end)
    ]
    if len(titles) < 2:
        return state
    starts = [s for s, _ in titles]
    out = []
    for m in state.mentions:
        i = bisect.bisect_right(starts, m.trigger.start) - 1
        deictic = m.date is not None and (m.date.text or "").lower() in _DEICTIC_DAY
        held = not (m.strong and m.status is not Status.OCCURRED)
        if i >= 0 and (deictic or (m.date is None and held)):
            m = m.by("date.dated-title", "date", date=titles[i][1])
        out.append(m)
    return attrs.evolve(state, mentions=tuple(out))


_TITLE_END = re.compile(r"\)[ \t]*(?:\n|$)")


#: A live page has at least this many entries that open with a clock time.
LIVE_ENTRIES = 2

# "14:05 GMT —", "09:15 ET -", "7.30pm:" opening a line: an entry of a live page
_TIMESTAMP = re.compile(
    r"(?m)^[ \t]*\d{1,2}[:.]\d{2}(?:[ \t]*[AaPp]\.?[Mm]\.?)?"
    r"(?:[ \t]+(?:[A-Z]{2,4}|local[ \t]+time))?[ \t]*(?:[—–-]+|:)[ \t]"
)
# a clock time in a sentence: "are due to meet at 10:00", "at 5 p.m."
_AT_CLOCK = re.compile(r"\bat[ \t]+\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?|GMT|ET|UTC)?\b")


def _timestamped_entries(doc: Document, state: State, lines: list[tuple[int, DateSpan]]) -> State:
    """A live page (entries opened by a clock time: "14:05 GMT — …"): an entry's undated held
    mention, or a plan for a clock time of the day, takes the day of the page — the date line
    above it, else the publication day."""
    text = doc.text
    entries = [m.start() for m in _TIMESTAMP.finditer(text)]
    if len(entries) < LIVE_ENTRIES:
        return state
    published = DateSpan.containing(doc.published, Granularity.DAY)
    starts = [s for s, _ in lines]
    out = []
    for m in state.mentions:
        i = bisect.bisect_right(entries, m.trigger.start) - 1
        in_entry = i >= 0 and text.find("\n", entries[i] + 1, m.trigger.start) == -1
        held = not (m.strong and m.status is not Status.OCCURRED)
        timed = _AT_CLOCK.search(text, m.sentence[0], m.sentence[1]) is not None
        if m.date is None and in_entry and (held or timed):
            j = bisect.bisect_right(starts, m.trigger.start) - 1
            m = m.by("date.timestamped-entry", "date", date=lines[j][1] if j >= 0 else published)
        out.append(m)
    return attrs.evolve(state, mentions=tuple(out))


_CLOCK_TIME = re.compile(
    r"(?:,?[ \t]+\d{1,2}[:.]\d{2}(?:[ \t]*(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4}))?)?[ \t]*"
)


_NEXT_LINE = re.compile(r"[ \t]*\n[ \t]*")


def in_dateline(text: str, start: int, end: int) -> bool:
    """Whether a date is a dateline's ("WASHINGTON, Oct 22 —"): the filing day, not an event's."""
    lo = max(0, start - DATELINE_LENGTH)  # no look further back (linear time)
    line = text.rfind("\n", lo, start) + 1
    if line == 0 and lo > 0:
        return False
    return bool(_DATELINE_LEAD.fullmatch(text, line, start) and _DATELINE_DASH.match(text, end))


def event_date(
    text: str,
    trigger: Trigger,
    cues: list[Cue],
    dates: list[DateMention],
    exclude: DateMention | None,
) -> DateSpan | None:
    """The nearest of ``dates`` that is the trigger's own: not a report's, a decision's, a
    topic's, an agreement's, another noun's or a relative clause's."""
    reports = [c for c in cues if c.role == "report"]
    # the day of a decision to call off or put off is not the event's
    finals = [
        c
        for c in cues
        if c.role == "status" and c.value in (Status.CANCELLED.value, Status.POSTPONED.value)
    ]
    markers = [
        c
        for c in cues
        if c.role == "topic_marker"
        and c.phrase not in {"after", "before"}
        and not _ENCLOSED_BY.match(text, max(0, c.start - 2))
    ]
    best: tuple[int, DateSpan] | None = None
    for d in dates:
        if d is exclude or not isinstance(d.value, DateSpan):
            continue
        if _not_its_date(text, trigger, d, cues, reports, finals, markers):
            continue
        distance = reach(text, d.start, d.end, trigger)
        if best is None or distance < best[0]:
            best = (distance, d.value)
    return None if best is None else best[1]


def _not_its_date(
    text: str,
    trigger: Trigger,
    d: DateMention,
    cues: list[Cue],
    reports: list[Cue],
    finals: list[Cue],
    markers: list[Cue],
) -> bool:
    """Whether a date of the trigger's sentence belongs to something else than its event."""
    lead = text[max(0, d.start - 7) : d.start].lower()
    when = _THEN_WHEN.match(text, d.end) is not None and d.end <= trigger.start
    if ("since" in lead or "until" in lead or "by " in lead[-3:]) and not when:
        return True  # "since 2019, when he attended a summit": the summit's own date
    lo, hi = (d.end, trigger.start) if d.end <= trigger.start else (trigger.end, d.start)
    if any(lo <= c.start and c.end <= hi for c in reports):
        return True
    if any(0 <= d.start - c.end <= 4 for c in reports + finals):
        return True  # "said on Monday", "announced Tuesday", "was called off on Monday"
    if _in_reporting_clause(text, d, trigger, reports):
        return True  # "told reporters yesterday that Macron would meet Merz next month"
    if d.start >= trigger.end and any(
        trigger.end <= c.start and c.end < d.start - 1 for c in markers
    ):
        return True  # a date inside a topic phrase; "over the weekend" is the date itself
    if (
        d.end <= trigger.start
        and text.endswith("to ", max(0, trigger.start - 3), trigger.start)
        and any(
            c.role == "status"
            and c.phrase not in _SCHEDULE_CUES
            and d.end <= c.start
            and c.end <= trigger.start
            for c in cues
        )
    ):
        # "last week agreed to visit Russia in May": the agreement's date; but "On Friday,
        # Ruto is expected to meet Samia" and "That May, Australia was meant to host the
        # Quad" date the event
        return True
    if _of_another_noun(text, d, trigger):
        return True  # "in the May 10 ceasefire", "after Sunday's run-off": that noun's date
    # "Paetongtarn, who became prime minister in August, attended the summit"
    return _in_relative_clause(text, d.start, d.end, trigger)


_ON_A_VISIT = frozenset({EventKind.TALKS, EventKind.MEETING})


_TRIP_REACH = 2  # days between an arrival and the talks of one trip


def visit_days(kinds: AbstractSet[EventKind], dates: Sequence[DateSpan]) -> bool:
    """Whether a visit and talks or a meeting dated within three days of each other are one
    trip: "arrived on Tuesday evening for a state visit … held talks on Wednesday"."""
    if EventKind.VISIT not in kinds or not kinds & _ON_A_VISIT or EventKind.CALL in kinds:
        return False
    if len(dates) < 2 or any(
        d.granularity is not Granularity.DAY or d.start != d.end for d in dates
    ):
        return False
    return 0 < (max(d.start for d in dates) - min(d.start for d in dates)).days <= _TRIP_REACH


def over_days(
    text: str,
    draft: Group,
    date: DateSpan | None,
    status: Status,
    published: dt.date | None,
) -> DateSpan | None:
    """A "two-day visit" dated by one day runs over both: from that day, or up to it when
    the text tells the end ("returned on Thursday after ending his four-day visit"); an
    ongoing one with no date of its own starts on the day of publication."""
    days = next((m.trip_days for m in draft.mentions if m.trip_days), 0)
    if days < 2 or days > 14:
        return date
    span = dt.timedelta(days=days - 1)
    if date is None:
        if status is not Status.ONGOING or published is None:
            return None
        return DateSpan(start=published, end=published + span, granularity=Granularity.DAY)
    if date.granularity is not Granularity.DAY or date.start != date.end:
        return date
    # "arrived on Saturday for a two-day visit that ends today": an arrival starts the count
    arrival = any(m.trigger.word.startswith(("arriv", "land")) for m in draft.mentions)
    ending = not arrival and any(
        _ENDING.search(text, m.sentence[0], m.sentence[1]) for m in draft.mentions
    )
    start, end = (date.start - span, date.end) if ending else (date.start, date.start + span)
    return DateSpan(start=start, end=end, granularity=Granularity.DAY, text=date.text)


def best_date(headline: Span | None, mentions: Sequence[Mention]) -> DateSpan | None:
    """The most precise date the mentions give; on a tie, the body's over the headline's
    ("over the weekend" in a headline, "on Friday and Saturday" in the text)."""
    dated = [(i, m) for i, m in enumerate(mentions) if m.date is not None]
    if not dated:
        return None
    headline_end = -1 if headline is None else headline[1]

    def key(item: tuple[int, Mention]) -> tuple[int, bool, bool, int]:
        i, m = item
        assert m.date is not None
        span = (m.date.end - m.date.start).days
        return (span, m.sentence[1] <= headline_end, not m.countries, i)

    return min(dated, key=key)[1].date


#: Characters around a trigger where "first" tells a first-since.
FIRST_REACH = 40
#: Characters after a trigger where the "since …" or the duration of a first-since may start.
SINCE_REACH = 45
#: Characters before a trigger where "a two-day" may stand.
TRIP_DAYS_REACH = 40
#: Characters after a trigger where "for three days of talks" may stand.
TRIP_DAYS_AFTER = 50

_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}


_N_DAYS = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|\d)(?:[ \t-]+day|[ \t]+days[ \t]+of)"
    r"(?:[ \t]+[\w-]+){0,2}[ \t]+$",
    re.IGNORECASE,
)


# "arrived on Tuesday for three days of talks", "landed for a two-day visit"
_N_DAYS_NEAR = re.compile(
    r"\bfor[ \t]+(?:an?[ \t]+)?(?P<n>two|three|four|five|six|seven|eight|\d)"
    r"(?:[ \t-]+day|[ \t]+days[ \t]+of)(?:[ \t]+[\w-]+){0,2}?[ \t]+"
    r"(?:visit|trip|tour|stay|talks|meetings|negotiations|consultations)\b",
    re.IGNORECASE,
)


_N_DAY_TRIP = re.compile(
    r"\b(?P<n>two|three|four|five|six|seven|eight|\d)[ \t-]+day[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:visit|trip|tour|stay)\b",
    re.IGNORECASE,
)


#: a period that looks ahead ("in the coming weeks") is no "first … in" span
_AHEAD = re.compile(r"\b(?:coming|next|ahead)\b", re.IGNORECASE)


def first_since(
    text: str, trigger: Trigger, dates: list[DateMention]
) -> tuple[DateSpan | Duration | None, DateMention | None]:
    """What a "first … since" of the trigger gives: the date or duration, and its mention."""
    lo = max(0, trigger.start - FIRST_REACH)
    if "first" not in text[lo : trigger.end + FIRST_REACH].lower():
        return None, None
    for d in dates:
        if not (trigger.end <= d.start <= trigger.end + SINCE_REACH):
            continue
        if isinstance(d.value, Duration) and not _AHEAD.search(d.text):
            return d.value, d
        lead = text[max(0, d.start - 7) : d.start].lower()
        if isinstance(d.value, DateSpan) and "since" in lead:
            return d.value, d
    return None, None


def trip_days(text: str, trigger: Trigger, sentence: tuple[int, int]) -> int:
    """The number of days a trigger's own words give it ("a two-day visit"), or 0."""
    if lacks(text, max(sentence[0], trigger.start - TRIP_DAYS_REACH), sentence[1], ("day",)):
        return 0  # each pattern below needs "day", in this span
    found = _N_DAYS.search(
        text, max(sentence[0], trigger.start - TRIP_DAYS_REACH), trigger.start
    ) or _N_DAYS_NEAR.search(text, trigger.end, min(sentence[1], trigger.end + TRIP_DAYS_AFTER))
    if found is None and trigger.kind is EventKind.VISIT:
        # "arrived in Port Louis on Tuesday on a two-day state visit": a word of the trip
        # that was folded into the arrival
        found = _N_DAY_TRIP.search(text, trigger.end, sentence[1])
    if found is None:
        lo = max(sentence[0], trigger.start - TRIP_DAYS_REACH)
        return WEEK if _WEEK_LONG.search(text, lo, trigger.start) else 0
    n = found["n"].lower()
    return int(n) if n.isdigit() else _NUMBERS[n]


#: The days of a week-long trip.
WEEK = 7
# "his week-long visit", "a one-week tour": a trip of seven days
_WEEK_LONG = re.compile(
    r"\b(?:week-long|weeklong|one-week|seven-day)[ \t]+(?:[\w-]+[ \t]+){0,2}?$", re.IGNORECASE
)
