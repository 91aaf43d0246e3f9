"""Closed vocabularies of the ``bilateral/1`` format, each grounded in a published standard."""

from __future__ import annotations

from enum import StrEnum

__all__ = [
    "CAMEO_CODES",
    "ActorKind",
    "Channel",
    "DateMod",
    "EventKind",
    "Granularity",
    "Level",
    "PloverMode",
    "PloverType",
    "Recognition",
    "Status",
    "Tense",
]


class EventKind(StrEnum):
    """What kind of consultation an event is (the CAMEO 03x/04x family, PLOVER CONSULT)."""

    MEETING = "meeting"
    """A face-to-face meeting of officials (CAMEO 040/044)."""
    TALKS = "talks"
    """Talks or consultations, often by delegations (CAMEO 040)."""
    SUMMIT = "summit"
    """A meeting of heads of state or government (CAMEO 040/044)."""
    VISIT = "visit"
    """A visit by one state's officials to another (CAMEO 042/043)."""
    CALL = "call"
    """A telephone or video call (CAMEO 041)."""
    NEGOTIATION = "negotiation"
    """Negotiations toward an agreement (CAMEO 046)."""


class Status(StrEnum):
    """Where the event stands at publication, from the modality of the text."""

    PLANNED = "planned"
    """Announced or expected: "is set to meet", "will visit", "upcoming talks"."""
    OCCURRED = "occurred"
    """Took place: "met", "held talks", "was held"."""
    ONGOING = "ongoing"
    """Under way at publication: "is visiting", "are holding talks"."""
    CANCELLED = "cancelled"
    """Called off: "cancelled", "called off", "scrapped"."""
    POSTPONED = "postponed"
    """Moved to a later date: "postponed", "delayed", "pushed back"."""


class Level(StrEnum):
    """The highest rank of the officials taking part."""

    HEAD_OF_STATE = "head-of-state"
    """Heads of state or government: presidents, prime ministers, monarchs."""
    MINISTERIAL = "ministerial"
    """Cabinet ministers and secretaries."""
    VICE_MINISTERIAL = "vice-ministerial"
    """Vice, deputy and junior ministers, state secretaries."""
    SENIOR_OFFICIAL = "senior-official"
    """Envoys, ambassadors, national security advisers, senior aides."""
    WORKING_LEVEL = "working-level"
    """Directors-general, officials and working groups."""
    PARLIAMENTARY = "parliamentary"
    """Speakers, lawmakers and parliamentary delegations."""
    MILITARY = "military"
    """Generals, chiefs of staff and military delegations."""


class Granularity(StrEnum):
    """The calendar unit a :class:`~bilateral.DateSpan` covers (TIMEX3 value forms)."""

    DAY = "day"
    """One day: TIMEX3 ``2025-04-16``."""
    WEEK = "week"
    """An ISO week, Monday to Sunday: TIMEX3 ``2025-W17``."""
    MONTH = "month"
    """A calendar month: TIMEX3 ``2024-05``."""
    QUARTER = "quarter"
    """A calendar quarter: TIMEX3 ``2024-Q3``."""
    SEASON = "season"
    """A meteorological season of the northern hemisphere: TIMEX3 ``2024-SU``."""
    HALF = "half"
    """A half year: TIMEX3 ``2024-H1``."""
    YEAR = "year"
    """A calendar year: TIMEX3 ``2024``."""
    DECADE = "decade"
    """A decade: TIMEX3 ``201`` for 2010-2019."""
    CENTURY = "century"
    """A century: TIMEX3 ``19`` for 1900-1999 (the 20th century)."""


class DateMod(StrEnum):
    """A modifier narrowing or loosening a date (TIMEX3 ``mod``: START, MID, END, APPROX, …)."""

    EARLY = "early"
    """TIMEX3 START: "early June", "early next year"."""
    MID = "mid"
    """TIMEX3 MID: "mid-June"."""
    LATE = "late"
    """TIMEX3 END: "late May", "later this year"."""
    APPROX = "approx"
    """TIMEX3 APPROX: "around", "nearly", "about"."""
    BEFORE = "before"
    """TIMEX3 BEFORE: "before June"."""
    AFTER = "after"
    """TIMEX3 AFTER: "after June", "the coming weeks"."""


class ActorKind(StrEnum):
    """What an :class:`~bilateral.Actor` is."""

    PERSON = "person"
    """A named or titled official."""
    ORGANIZATION = "organization"
    """A government body standing for its state: "Seoul's Ministry of Finance"."""
    STATE = "state"
    """The state itself: "China", "Washington" as metonymy."""


class Channel(StrEnum):
    """How the parties met."""

    IN_PERSON = "in-person"
    """Face to face."""
    PHONE = "phone"
    """By telephone (CAMEO 041, PLOVER mode ``phone``)."""
    VIDEO = "video"
    """By video link (CAMEO 041)."""


class PloverType(StrEnum):
    """PLOVER event types used by the consultation family (CAMEO 036 and 04x)."""

    AGREE = "AGREE"
    """CAMEO 036, express intent to meet or negotiate."""
    CONSULT = "CONSULT"
    """CAMEO 040-046, consultations of every kind."""


class PloverMode(StrEnum):
    """PLOVER modes of CONSULT, following the published CAMEO-to-PLOVER mapping."""

    VISIT = "visit"
    """CAMEO 042/043, a visit made or hosted."""
    PHONE = "phone"
    """CAMEO 041, by telephone."""
    THIRD_PARTY = "third-party"
    """CAMEO 044/045, at a third location or mediated."""
    MULTILATERAL = "multilateral"
    """Three or more parties."""


class Recognition(StrEnum):
    """How a country mention was recognised by :func:`~bilateral.find_countries`."""

    NAME = "name"
    """An official or common name: "South Korea", "Republic of Korea"."""
    ALIAS = "alias"
    """A short form or abbreviation news uses: "U.S.", "ROK", "DPRK"."""
    DEMONYM = "demonym"
    """An adjective or demonym: "Korean", "Emirati"."""
    CAPITAL = "capital"
    """A capital standing for its state: "Seoul", "Washington"."""
    METONYM = "metonym"
    """An institution standing for its state: "the Kremlin", "the White House"."""
    HISTORICAL = "historical"
    """A former name: "Burma", "Swaziland", "Zaire"."""
    ORGANIZATION = "organization"
    """An international organisation, not a country: "NATO", "the EU"."""


class Tense(StrEnum):
    """The direction a sentence looks in, which decides open date references."""

    PAST = "past"
    """ "met", "was held", "last week": on or before the reference."""
    PRESENT = "present"
    """ "is visiting", "are holding talks"."""
    FUTURE = "future"
    """ "will meet", "is set to", "upcoming": on or after the reference."""


#: The CAMEO codes of the consultation family, with their CAMEO names.
CAMEO_CODES: dict[str, str] = {
    "036": "Express intent to meet or negotiate",
    "040": "Consult, not specified below",
    "041": "Discuss by telephone",
    "042": "Make a visit",
    "043": "Host a visit",
    "044": "Meet at a third location",
    "045": "Mediate",
    "046": "Engage in negotiation",
}
