"""Regex helpers shared by the rule modules: alternations of words, and patterns compiled on
first use rather than at import, so that ``import bilateral`` stays light.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

__all__ = ["alternation", "lazy_regex"]


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first; a space matches any run of blanks.

    Longest first, so that a word is not cut short by a shorter word it starts with.

    >>> alternation(["sept", "sep", "a dozen"])
    'a\\\\s+dozen|sept|sep'
    >>> import re
    >>> re.fullmatch(alternation(["a dozen"]), "a   dozen") is not None
    True
    """
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def lazy_regex(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function that compiles ``pattern`` when first called and then returns the same pattern.

    >>> word = lazy_regex(r"\\w+")
    >>> word().findall("two words"), word() is word()
    (['two', 'words'], True)
    """

    @functools.cache
    def compiled() -> re.Pattern[str]:
        return re.compile(pattern, flags)

    return compiled
