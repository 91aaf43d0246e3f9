"""A user's own entries: aliases of states, places and office holders, beside the bundled tables.

A :class:`Gazetteer` is an explicit, immutable value passed to the calls that should read it
(``resolve_country``, ``find_countries``, ``extract``): nothing is registered globally and the
bundled tables are never changed. While ``extract`` runs with one, the stages that read places
and the roster see it through :func:`active`, a context variable that ``extract`` sets for the
duration of the call only (so threads and concurrent tasks never see each other's entries).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from contextvars import ContextVar
from typing import Any

import attrs
from attrs import field, frozen

from bilateral._iso import iso_record

__all__ = ["Gazetteer", "Official", "active", "using"]

#: Roles of an office holder, as the bundled roster names them.
ROLES = frozenset({"head_of_state", "head_of_government", "foreign", "finance", "defence", "trade"})


def _code(name: str, value: Any) -> str:
    if not isinstance(value, str) or iso_record(value) is None:
        raise ValueError(f"{name!r} must be a known alpha-3 code such as 'KOR', not {value!r}")
    return value


def _pairs(name: str, value: Any) -> tuple[tuple[str, str], ...]:
    """A mapping (or pairs) of form -> alpha-3 code as sorted, checked pairs."""
    items = value.items() if isinstance(value, Mapping) else value
    if isinstance(items, str) or not isinstance(items, Iterable):
        raise TypeError(f"{name!r} must be a mapping of form to alpha-3 code, not {value!r}")
    out = []
    for pair in items:
        if not isinstance(pair, tuple) or len(pair) != 2:
            raise TypeError(f"{name!r} must map forms to codes, not {pair!r}")
        form, code = pair
        if not isinstance(form, str) or not form.strip():
            raise ValueError(f"{name!r} has an empty or non-string form: {form!r}")
        out.append((form.strip(), _code(f"{name}[{form!r}]", code)))
    return tuple(sorted(set(out)))


def _aliases(value: Any) -> tuple[tuple[str, str], ...]:
    return _pairs("aliases", value)


def _places(value: Any) -> tuple[tuple[str, str], ...]:
    return _pairs("places", value)


def _country(value: Any) -> str:
    return _code("country", value)


def _date(name: str, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise ValueError(f"{name!r} must be a date or an ISO-8601 date string, not {value!r}")


def _start(value: Any) -> dt.date:
    return _date("start", value)


def _end(value: Any) -> dt.date | None:
    return None if value is None else _date("end", value)


def _current_to(value: Any) -> dt.date | None:
    return None if value is None else _date("current_to", value)


def _check_role(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value not in ROLES:
        raise ValueError(f"'role' must be one of {sorted(ROLES)}, not {value!r}")


def _check_name(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str) or not value.strip():
        raise ValueError(f"{attribute.name!r} must be a non-empty string, not {value!r}")


@frozen
class Official:
    """One term of office a user adds: who held which office of which state, from when.

    >>> Official("Jane Doe", "Foreign Minister", "NZL", start="2026-11-02").country
    'NZL'
    """

    #: The name as news writes it.
    name: str = field(validator=_check_name)
    #: The title ("Foreign Minister").
    title: str = field(validator=_check_name)
    #: The state, an alpha-3 code.
    country: str = field(converter=_country)
    #: The first day in office.
    start: dt.date = field(converter=_start)
    #: The day the term ended, or ``None`` while in office.
    end: dt.date | None = field(default=None, converter=_end)
    #: The office: ``head_of_state``, ``head_of_government``, ``foreign``, ``finance``,
    #: ``defence`` or ``trade``.
    role: str = field(default="foreign", validator=_check_role)


def _officials(value: Any) -> tuple[Official, ...]:
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise TypeError(f"'officials' must be a list of bilateral.Official, not {value!r}")
    items = tuple(value)
    for item in items:
        if not isinstance(item, Official):
            raise TypeError(f"'officials' must hold bilateral.Official values, not {item!r}")
    return items


@frozen
class Gazetteer:
    """A user's own entries, read beside the bundled tables by the calls it is passed to.

    ``aliases`` maps forms to states ("Aotearoa" -> NZL: a local spelling, a nickname);
    ``places`` maps cities and venues to the state they lie in, for an event's location;
    ``officials`` adds office holders (a newer cabinet than the bundled roster knows);
    ``current_to`` is the day the entries are checked to.

    >>> import bilateral
    >>> mine = bilateral.Gazetteer(aliases={"Aotearoa": "NZL"}, current_to="2026-12-01")
    >>> bilateral.resolve_country("Aotearoa") is None
    True
    >>> bilateral.resolve_country("Aotearoa", gazetteer=mine).alpha_3
    'NZL'
    """

    aliases: tuple[tuple[str, str], ...] = field(default=(), converter=_aliases)
    places: tuple[tuple[str, str], ...] = field(default=(), converter=_places)
    officials: tuple[Official, ...] = field(default=(), converter=_officials)
    current_to: dt.date | None = field(default=None, converter=_current_to)


_ACTIVE: ContextVar[Gazetteer | None] = ContextVar("bilateral_gazetteer", default=None)


def active() -> Gazetteer | None:
    """The gazetteer of the ``extract`` call running in this context, if any."""
    return _ACTIVE.get()


@contextlib.contextmanager
def using(gazetteer: Gazetteer | None) -> Iterator[None]:
    """Make ``gazetteer`` the active one for the body of the ``with`` block only."""
    if gazetteer is not None and not isinstance(gazetteer, Gazetteer):
        raise TypeError(f"'gazetteer' must be a bilateral.Gazetteer or None, not {gazetteer!r}")
    token = _ACTIVE.set(gazetteer)
    try:
        yield
    finally:
        _ACTIVE.reset(token)
