"""Regular expressions compiled on first use, not when ``bilateral`` is imported.

A finder module keeps each pattern's source beside the code that reads it and calls the
builder where it matches: the first call compiles, every later call returns the same
compiled pattern. ``import bilateral`` then pays for no pattern it does not use.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

__all__ = ["lazy_pattern"]


def lazy_pattern(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A builder that compiles ``source`` with ``flags`` on its first call, once.

    >>> word = lazy_pattern(r"[a-z]+", re.IGNORECASE)
    >>> word().findall("Talks in Rome")
    ['Talks', 'in', 'Rome']
    >>> word() is word()
    True
    """

    @functools.cache
    def build() -> re.Pattern[str]:
        return re.compile(source, flags)

    return build
