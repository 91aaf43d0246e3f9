"""Titles of office (``data/titles.tsv``): the table, and the scan for title phrases in a text.

A title phrase is one to several words ("President", "Minister of Foreign Affairs"); each
maps to a canonical title, a level and a role. :func:`scan_titles` finds them left to right,
the longest at each word, with one dictionary look-up a phrase length.
"""

from __future__ import annotations

import functools
import itertools

import attrs

from bilateral._tables import read_tsv
from bilateral._text import LetterRuns
from bilateral._vocab import Level

__all__ = [
    "ONE_SIDED_ROLES",
    "Title",
    "level_of_title",
    "role_of_title",
    "scan_titles",
    "titles",
]

_LEVEL_BY_NAME = {level.value: level for level in Level}

#: Roles one state rarely shares with the other in one story (a crown prince, a spokesman),
#: unlike a president, a minister or a speaker, which both sides have.
ONE_SIDED_ROLES = frozenset(["royal", "spokesperson", "security", "military", "diplomat"])


@attrs.frozen
class Title:
    """One row of the title table: the canonical title, its level and its role."""

    canonical: str
    level: Level | None
    role: str


@functools.cache
def titles() -> dict[tuple[str, ...], Title]:
    """Every title phrase, as a tuple of lowercase words, and what it names.

    >>> titles()[("prime", "minister")].canonical
    'Prime Minister'
    """
    out: dict[tuple[str, ...], Title] = {}
    for row in read_tsv("titles.tsv"):
        level = _LEVEL_BY_NAME.get(row["level"])
        out[tuple(row["phrase"].split())] = Title(row["canonical"], level, row["role"])
    return out


@functools.cache
def _title_lengths() -> dict[str, tuple[int, ...]]:
    """first word -> the word counts of the titles it opens, longest first."""
    by_first: dict[str, set[int]] = {}
    for phrase in titles():
        by_first.setdefault(phrase[0], set()).add(len(phrase))
    return {k: tuple(sorted(v, reverse=True)) for k, v in by_first.items()}


def role_of_title(title: str) -> str | None:
    """The role of a canonical title, or None for a title the table does not hold.

    >>> role_of_title("Crown Prince"), role_of_title("Grand Vizier")
    ('royal', None)
    """
    entry = titles().get(tuple(title.lower().split()))
    return None if entry is None else entry.role


def level_of_title(title: str | None) -> Level | None:
    """The level of a canonical title, or None.

    >>> level_of_title("Foreign Minister").value
    'ministerial'
    """
    if title is None:
        return None
    entry = titles().get(tuple(title.lower().split()))
    return None if entry is None else entry.level


def scan_titles(text: str, runs: LetterRuns | None = None) -> list[tuple[int, int, Title]]:
    """Every title phrase in the text, longest first at each word, left to right; ``runs``:
    the text's letter runs, when the caller has them already.

    >>> [(s, e, t.canonical) for s, e, t in scan_titles("Prime Minister Carney met him.")]
    [(0, 14, 'Prime Minister')]
    """
    if runs is None:
        runs = LetterRuns(text)
    keys = list(runs.lows)
    for i in runs.marked:
        keys[i] = keys[i].rstrip("'’")  # "ministers'"
    starts, ends = runs.starts, runs.ends
    lengths = _title_lengths()
    table = titles()
    found: list[tuple[int, int, Title]] = []
    done = 0  # the run after the last title found: a title starts at or after it
    # only the runs that open a title are tried; one dictionary look-up a length, not a
    # comparison with each of the 60-odd titles that open with "minister"
    for i in itertools.compress(range(len(keys)), map(lengths.__contains__, keys)):
        if i < done:
            continue
        for n in lengths[keys[i]]:
            title = table.get(tuple(keys[i : i + n])) if i + n <= len(keys) else None
            # the words must be adjacent: only spaces between them
            if title is not None and len(text[starts[i] : ends[i + n - 1]].split()) == n:
                found.append((starts[i], ends[i + n - 1], title))
                done = i + n
                break
    return found
