"""The values of TIMEX3's TIME and SET types: a time of a day, and a recurrence.

Neither is a date: a :class:`TimeOfDay` ("10 p.m. Wednesday", "Tuesday evening") names a
moment or a part of one day, a :class:`Recurrence` ("every Monday", "daily") a set of times.
An event's date stays a :class:`~bilateral.DateSpan`; these are the values of date mentions.
"""

from __future__ import annotations

import datetime as dt
import re

from attrs import frozen

__all__ = ["Recurrence", "TimeOfDay"]

#: a clock time (hour, minutes; "24" is the midnight that ends a day) or a part of a day
_TIME = re.compile(r"(?:[01]\d|2[0-4])(?::[0-5]\d)?|MO|AF|EV|NI|DT")
#: a TIMEX3 SET value: a duration (P1D, PT1H) or a calendar value with unknown parts
_SET = re.compile(
    r"P(?:1|X)[YMWDQ]|PT(?:1|X)[HM]"
    r"|XXXX(?:-(?:WXX-[1-7]|[01]\d|Q[1-4]|XX(?:-XX)?))?(?:T(?:MO|AF|EV|NI|[0-2]\d(?::[0-5]\d)?))?"
)


def _check_str(name: str, value: object, optional: bool = False) -> None:
    if value is None and optional:
        return
    if not isinstance(value, str):
        raise TypeError(f"'{name}' must be a str, not {value!r}")


@frozen(kw_only=True)
class TimeOfDay:
    """A time of a day (TIMEX3 TIME): a clock time or a part of a day, on a day or on none.

    ``time`` is ``HH`` or ``HH:MM`` (``24`` the midnight that ends the day), or a part of the
    day: ``MO`` (morning), ``AF`` (afternoon), ``EV`` (evening), ``NI`` (night), ``DT``
    (daytime). ``day`` is ``None`` when the text ties it to no day (TIMEX3 ``XXXX-XX-XX``).

    >>> TimeOfDay(day=dt.date(2025, 3, 18), time="EV", text="Tuesday evening").timex
    '2025-03-18TEV'
    >>> TimeOfDay(day=None, time="22:00").timex
    'XXXX-XX-XXT22:00'
    """

    day: dt.date | None  #: The day, or ``None`` when unknown.
    time: str  #: ``HH``, ``HH:MM``, or a part of the day: ``MO``, ``AF``, ``EV``, ``NI``, ``DT``.
    text: str | None = None  #: The expression as written, or ``None``.

    def __attrs_post_init__(self) -> None:
        if self.day is not None and (
            not isinstance(self.day, dt.date) or isinstance(self.day, dt.datetime)
        ):
            raise TypeError(f"'day' must be a datetime.date or None, not {self.day!r}")
        _check_str("time", self.time)
        _check_str("text", self.text, optional=True)
        if _TIME.fullmatch(self.time) is None:
            raise ValueError(f"'time' must be HH, HH:MM, MO, AF, EV, NI or DT, not {self.time!r}")

    @property
    def timex(self) -> str:
        """The TIMEX3 value of a TIME: the day, ``T`` and the time (``2025-03-18T22:00``)."""
        day = "XXXX-XX-XX" if self.day is None else self.day.isoformat()
        return f"{day}T{self.time}"


@frozen(kw_only=True)
class Recurrence:
    """A set of times (TIMEX3 SET): ``P1D`` for "daily", ``XXXX-WXX-1`` for "every Monday".

    The value is a duration of one unit (``P1W``, ``PT1H``: once per that unit) or a calendar
    value whose unknown parts are ``X`` (``XXXX-07`` for "each July").

    >>> Recurrence(timex="XXXX-WXX-1", text="every Monday").timex
    'XXXX-WXX-1'
    """

    timex: str  #: The TIMEX3 value of the SET.
    text: str | None = None  #: The expression as written, or ``None``.

    def __attrs_post_init__(self) -> None:
        _check_str("timex", self.timex)
        _check_str("text", self.text, optional=True)
        if _SET.fullmatch(self.timex) is None:
            raise ValueError(
                f"'timex' must be a TIMEX3 SET value such as 'P1D' or 'XXXX-WXX-1', "
                f"not {self.timex!r}"
            )
