"""Checks of public arguments, with messages that name the argument and quote the value."""

from __future__ import annotations

import datetime as dt
from typing import Any

__all__ = ["check_published", "check_text"]


def check_text(value: Any, name: str = "text") -> str:
    """``value`` if it is a ``str``; a ``TypeError`` naming ``name`` otherwise.

    >>> check_text(b"x")
    Traceback (most recent call last):
    TypeError: 'text' must be a str, not bytes (decode it first)
    """
    if isinstance(value, str):
        return value
    hint = " (decode it first)" if isinstance(value, bytes | bytearray) else ""
    raise TypeError(f"'{name}' must be a str, not {type(value).__name__}{hint}")


def check_published(value: Any, name: str = "published") -> dt.date:
    """The calendar date of a publication date given as a date, datetime or ISO-8601 string.

    A datetime, naive or aware, gives its own calendar date (no time-zone conversion).

    >>> check_published("2025-04-16T09:30:00+09:00")
    datetime.date(2025, 4, 16)
    >>> check_published(20250416)
    Traceback (most recent call last):
    TypeError: 'published' must be a datetime.date, datetime.datetime or ISO-8601 str, not int
    """
    if isinstance(value, str):  # most calls: an ISO string
        text = value.strip()
        try:
            if len(text) <= 10:
                return dt.date.fromisoformat(text)
            return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError:
            raise ValueError(
                f"'{name}' must be an ISO-8601 date such as '2025-04-16', not {value!r}"
            ) from None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    raise TypeError(
        f"'{name}' must be a datetime.date, datetime.datetime or ISO-8601 str, "
        f"not {type(value).__name__}"
    )
