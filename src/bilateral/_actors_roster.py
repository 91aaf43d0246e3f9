"""The roster of office holders (``data/roster.tsv``): who held which office, where, when.

Read once, on first use, into a dictionary from every normalised name and alias to the terms
it names. :func:`roster_lookup` answers for one name; :func:`roster_country` places a person
the text does not place, when every term of the name belongs to one state.
"""

from __future__ import annotations

import datetime as dt
import functools

import attrs

from bilateral._gazetteer import Official, active
from bilateral._regex import lazy_regex
from bilateral._tables import Row, read_tsv

__all__ = ["STYLE", "RosterEntry", "norm_name", "roster_country", "roster_lookup"]

#: A style before a royal or Gulf name, not part of it for the roster.
STYLE = lazy_regex(r"^(?:Sheikh|Sheikha|Sheik|Prince|Princess|Emir|Amir|Sultan)[ \t]+")


@attrs.frozen
class RosterEntry:
    """One term of office from ``data/roster.tsv``."""

    country: str
    role: str
    title: str
    name: str
    start: dt.date
    end: dt.date | None


def norm_name(name: str) -> str:
    """The roster's key for a name: one space between words, plain apostrophe, lowercase.

    >>> norm_name("Mohammed  bin Salman’s")
    "mohammed bin salman's"
    """
    return " ".join(name.replace("’", "'").split()).lower()


def _entry(row: Row) -> RosterEntry:
    """One term of office from a row of the roster table."""
    return RosterEntry(
        country=row["country"],
        role=row["role"],
        title=row["title"],
        name=row["name"],
        start=dt.date.fromisoformat(row["start"]),
        end=dt.date.fromisoformat(row["end"]) if row["end"] else None,
    )


def _names(row: Row) -> list[str]:
    """The name of a row and its aliases."""
    return [row["name"], *(a for a in row["aliases"].split("|") if a)]


def _held(entry: RosterEntry, on: dt.date) -> bool:
    """Whether the term runs on ``on``."""
    return entry.start <= on and (entry.end is None or on < entry.end)


@functools.cache
def _roster() -> dict[str, tuple[RosterEntry, ...]]:
    by_name: dict[str, list[RosterEntry]] = {}
    for row in read_tsv("roster.tsv"):
        entry = _entry(row)
        for key in _names(row):
            by_name.setdefault(norm_name(key), []).append(entry)
    return {k: tuple(v) for k, v in by_name.items()}


@functools.lru_cache(maxsize=4096)
def _terms(name: str) -> tuple[RosterEntry, ...]:
    """Every term of ``name``, or of the name without a style before it. Cached: an article
    asks for the same names (and the same capitalised words that are none) many times."""
    entries = _roster().get(norm_name(name), ())
    if not entries and (bare := STYLE().sub("", name)) != name:
        entries = _roster().get(norm_name(bare), ())  # "Sheikh Mohamed bin Zayed Al Nahyan"
    return entries


#: The offices whose holders news names by surname alone ("Widodo, Ramaphosa hold talks").
SURNAME_ROLES = frozenset({"head_of_state", "head_of_government"})
#: The shortest surname read alone: "Ali" or "Kim" is anyone's.
SURNAME_LENGTH = 4


@functools.cache
def _surnames() -> dict[str, tuple[RosterEntry, ...]]:
    """Heads of state and government by the last word of each of their names."""
    by_surname: dict[str, list[RosterEntry]] = {}
    for row in read_tsv("roster.tsv"):
        if row["role"] not in SURNAME_ROLES:
            continue
        entry = _entry(row)
        for full in _names(row):
            last = full.split()[-1]
            if len(last) >= SURNAME_LENGTH and last[0].isupper() and " " in full:
                by_surname.setdefault(norm_name(last), []).append(entry)
    return {k: tuple(v) for k, v in by_surname.items()}


def _surname_terms(name: str, on: dt.date | None) -> tuple[RosterEntry, ...]:
    """The one head of state or government whose surname ``name`` is, in office on ``on``;
    none when it is no single word, has no date to check, or fits two states' leaders."""
    if on is None or " " in name.strip() or len(name) < SURNAME_LENGTH:
        return ()
    held = tuple(e for e in _surnames().get(norm_name(name), ()) if _held(e, on))
    return held if len({e.country for e in held}) == 1 else ()


@functools.lru_cache(maxsize=16)
def _user_terms(officials: tuple[Official, ...]) -> dict[str, tuple[RosterEntry, ...]]:
    """A user's office holders by normalised name, as roster terms."""
    by_name: dict[str, list[RosterEntry]] = {}
    for o in officials:
        entry = RosterEntry(o.country, o.role, o.title, o.name, o.start, o.end)
        by_name.setdefault(norm_name(o.name), []).append(entry)
    return {k: tuple(v) for k, v in by_name.items()}


def roster_lookup(name: str, on: dt.date | None = None) -> tuple[RosterEntry, ...]:
    """The roster terms of ``name`` (or an alias), held on ``on`` when a date is given.

    >>> [e.country for e in roster_lookup("Li Qiang", dt.date(2024, 5, 27))][:1]
    ['CHN']
    """
    entries = _terms(name) or _surname_terms(name, on)
    mine = active()
    if mine is not None and mine.officials:  # a user's own office holders, during extract
        entries += _user_terms(mine.officials).get(norm_name(name), ())
    if on is None:
        return entries
    return tuple(e for e in entries if _held(e, on))


def roster_country(
    name: str, on: dt.date | None, title: str | None = None
) -> tuple[str | None, str | None]:
    """(country, title) the roster gives a name, or None where it is unknown or not unique.

    Out of office on ``on``, a holder is placed by a past term only when the text gives that
    term's title ("then Prime Minister Shinzo Abe"), not by an unrelated one (the European
    Commission's president is not the German defence minister she once was).

    >>> roster_country("Li Qiang", dt.date(2024, 5, 27))
    ('CHN', 'Premier')
    """
    entries = roster_lookup(name, on)
    if not entries and on is not None:
        entries = tuple(e for e in roster_lookup(name) if title is None or e.title == title)
    countries = {e.country for e in entries}
    if len(countries) != 1:
        return None, None
    titles = {e.title for e in entries}
    return countries.pop(), (titles.pop() if len(titles) == 1 else None)
