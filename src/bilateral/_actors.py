"""find_actors: officials as title + name + the state they serve, and government bodies.

Forms recognised, each anchored on a title from ``data/titles.tsv``:

* ``[affiliation] Title Name`` — "South Korea's Finance Minister Choi Sang-mok",
  "U.S. Treasury Secretary Scott Bessent", "President Joe Biden";
* ``Name, [the] [affiliation] title`` — "Sergey Lavrov, Russia's foreign minister";
* ``his [affiliation] counterpart[,] Name`` — the other side's official, with the roster's
  title for the name or that of the official named just before;
* ``Title of Country's Body, Name`` — "the Speaker of Nigeria's House of Representatives,
  Tajudeen Abbas"; ``the X side by Title Name``; ``Leader's spokesman, Name``;
* later short mentions ("Choi", "Minister Choi") linked to the full one; "the Crown Prince
  …" placed by the other mentions of a title one side rarely shares;
* bodies standing for a state — "Seoul's Ministry of Finance", "the South Korean Foreign Ministry".

A person the text does not place gets a country from the bundled roster of office holders
(``data/roster.tsv``) when every term of that name belongs to one state, and checked at
a date when one is given. Otherwise the country stays ``None``.

The work is shared by modules of one responsibility each: ``_actors_roster`` (the roster),
``_actors_titles`` (the title table and scan), ``_actors_names`` (personal names),
``_actors_state`` (the mentions of one run), ``_actors_titled`` (officials around a title)
and ``_actors_refs`` (counterparts, bodies, short and roster names); this module runs them
in order.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import attrs

from bilateral._actors_names import ascii_name
from bilateral._actors_refs import (
    add_counterparts,
    add_its_officials,
    add_organisations,
    add_short_and_roster_names,
    add_title_references,
    home_state,
)
from bilateral._actors_roster import RosterEntry, roster_lookup
from bilateral._actors_state import Found, Places
from bilateral._actors_titled import add_titled
from bilateral._actors_titles import ONE_SIDED_ROLES, role_of_title
from bilateral._args import check_text
from bilateral._countries import find_countries
from bilateral._mentions import ActorMention, CountryMention
from bilateral._model import Country
from bilateral._text import LetterRuns
from bilateral._vocab import ActorKind

__all__ = ["RosterEntry", "find_actor_mentions", "find_actors", "roster_lookup"]


def find_actors(text: str, *, on: dt.date | None = None) -> list[ActorMention]:
    """Officials and government bodies in ``text``, with offsets, in text order.

    ``on`` (optional) is the date at which the roster of office holders is consulted.

    >>> [m.actor.name for m in find_actors("U.S. Treasury Secretary Scott Bessent met "
    ...     "South Korea's Finance Minister Choi Sang-mok. Choi said little.")]
    ['Scott Bessent', 'Choi Sang-mok', 'Choi Sang-mok']
    """
    check_text(text)
    return find_actor_mentions(text, find_countries(text), on)


def find_actor_mentions(
    text: str,
    all_countries: Sequence[CountryMention],
    on: dt.date | None,
    runs: LetterRuns | None = None,
) -> list[ActorMention]:
    """find_actors() on country mentions already found (extract() shares its own, and the
    letter runs of its document).

    >>> text = "Japan's Foreign Minister Takeshi Iwaya met the press."
    >>> [(m.text, m.source) for m in find_actor_mentions(text, find_countries(text), None)]
    [("Japan's Foreign Minister Takeshi Iwaya", 'text')]
    """
    places = Places(all_countries)
    found = Found(text)
    add_titled(text, places, found, on, runs)
    add_counterparts(text, places, found, on)
    add_organisations(text, places, found)
    add_short_and_roster_names(text, found, on)
    add_title_references(text, found)
    add_its_officials(text, places, found)
    found.mentions.sort(key=lambda m: m.start)
    return _fullest_names(text, _place_by_home(text, _place_by_title(text, found.mentions)))


def _name_key(name: str) -> frozenset[str]:
    """The words of a name, folded to lower-case ASCII: "Luiz Inácio Lula" is "Luiz Inacio
    Lula"."""
    return frozenset(re.findall(r"[a-z0-9]+", ascii_name(name).lower()))


def _fullest_names(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """Each person by the fullest name the article writes for them: "Fidan" in a headline is
    the "Hakan Fidan" of the text; the roster's "Luiz Inácio Lula da Silva" is written "Luiz
    Inacio Lula da Silva" where the text spells it so. A short name that two written names of
    its state could complete keeps its own form."""
    written: dict[Country, dict[frozenset[str], str]] = {}
    for m in mentions:
        a = m.actor
        if a.kind is ActorKind.PERSON and a.country is not None and a.name and a.name in m.text:
            written.setdefault(a.country, {}).setdefault(_name_key(a.name), a.name)
    out = []
    for m in mentions:
        a = m.actor
        names = written.get(a.country) if a.country is not None else None
        if a.kind is ActorKind.PERSON and a.name and names:
            key = _name_key(a.name)
            fuller = {n for k, n in names.items() if key <= k and n != a.name}
            if len(fuller) == 1:
                m = attrs.evolve(m, actor=attrs.evolve(a, name=fuller.pop()))
        out.append(m)
    return out


def _place_by_home(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """In a briefing of an office that speaks for one state (``home_state``), an official
    named with a title and no state is that state's: "Foreign Secretary Vikram Misri visited
    Dhaka" in a briefing of India's Ministry of External Affairs."""
    home = home_state(text)
    if home is None:
        return mentions
    return [
        attrs.evolve(m, actor=attrs.evolve(m.actor, country=home))
        if m.actor.kind is ActorKind.PERSON
        and m.actor.country is None
        and m.actor.title
        and role_of_title(m.actor.title) != "spokesperson"  # who speaks, not who meets
        else m
        for m in mentions
    ]


def _place_by_title(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A person the text calls "the <title>" and does not place takes the state of the
    other mentions of that title, when they all name one ("Kuwait Crown Prince receives …"
    in the headline, "the Crown Prince Sheikh Sabah Khaled …" in the text). Only titles one
    side rarely shares with the other (a crown prince, a spokesman, a security adviser):
    a president, a minister or a speaker may well be the other side's."""
    states: dict[str, set[Country]] = {}
    for m in mentions:
        if m.actor.title is not None and m.actor.country is not None:
            states.setdefault(m.actor.title, set()).add(m.actor.country)
    out = []
    for m in mentions:
        title = m.actor.title
        if (
            m.actor.kind is ActorKind.PERSON
            and m.actor.country is None
            and title is not None
            and len(states.get(title, ())) == 1
            and text[max(0, m.start - 4) : m.start].lower() == "the "
            and role_of_title(title) in ONE_SIDED_ROLES
        ):
            (country,) = states[title]
            m = attrs.evolve(m, actor=attrs.evolve(m.actor, country=country), source="text")
        out.append(m)
    return out
