"""Titled officials: the person, the state and the mention's extent around each title.

Forms, each anchored on a title that :func:`~bilateral._actors_titles.scan_titles` finds:

* ``[affiliation] Title Name`` — "South Korea's Finance Minister Choi Sang-mok";
* ``Title of Country[,] Name`` and ``Title Name of Country`` — "the Prime Minister of
  Canada, Mark Carney", "Prime Minister Carney of Canada";
* ``Title of Country's Body, Name`` — "the Speaker of Nigeria's House of Representatives,
  Tajudeen Abbas";
* ``Name, [the] [affiliation] title`` — "Sergey Lavrov, Russia's foreign minister";
* ``the X side by Title Name`` and ``Leader's spokesman, Name``.
"""

from __future__ import annotations

import datetime as dt
import re

from bilateral._actors_names import NAME_BEFORE_COMMA, NOT_NAMES, clean_name, name_after, unstyled
from bilateral._actors_roster import roster_country
from bilateral._actors_state import Found, Places
from bilateral._actors_titles import Title, scan_titles
from bilateral._mentions import CountryMention
from bilateral._model import Actor, Country
from bilateral._regex import lazy_regex
from bilateral._text import LetterRuns
from bilateral._vocab import ActorKind

__all__ = ["add_titled"]

_OF = lazy_regex(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_APPOSITIVE = lazy_regex(r",[ \t]+")
_BLANKS = lazy_regex(r"[ \t]+")
_SIDE_BY = lazy_regex(
    r"[ \t]+(?:side|team|delegation)[ \t]+(?:(?:was|is|were|will[ \t]+be)[ \t]+)?"
    r"(?:(?:represented|led|headed)[ \t]+)?by[ \t]+$"
)
_PERSON_POSSESSIVE = lazy_regex(r"\b(?P<name>[A-Z][\w-]+)(?:'s|’s)[ \t]+$")
_BODY = lazy_regex(r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|for|the|on)){1,8}")
_SET_OFF = lazy_regex(r"[ \t]*(?:[,;.)]|$)")
# how far before a title the finder looks for "the X side by", a possessive person, a name
_SIDE_WINDOW = 60
_BOSS_WINDOW = 40
_NAME_WINDOW = 60


class _Draft:
    """What is known so far of the mention around one title."""

    __slots__ = ("affiliation", "after", "counterpart", "country", "end", "name", "source", "start")

    def __init__(self, affiliation: CountryMention | None, start: int, counterpart: bool) -> None:
        self.affiliation = affiliation
        self.start = start
        self.counterpart = counterpart
        self.country: Country | None = None
        self.source: str | None = None
        self.after = 0  # where a name after the title may begin its gap
        self.end = 0
        self.name: str | None = None

    def place(self, mention: CountryMention) -> None:
        """Take the state from ``mention`` in the text."""
        self.affiliation, self.country, self.source = mention, mention.country, "text"


def add_titled(
    text: str, places: Places, found: Found, on: dt.date | None, runs: LetterRuns | None = None
) -> None:
    """Add a mention for every title in ``text`` that comes with a name or a state."""
    for t_start, t_end, title in scan_titles(text, runs):
        if found.taken.covers(t_start):
            continue
        draft = _placed_before(text, places, found, on, t_start)
        draft.after = t_end
        if draft.affiliation is None:
            _place_in_title(text, places, t_start, t_end, draft)
        draft.end = draft.after
        name_match = _name_after_title(text, places, t_end, draft.after)
        if name_match is not None:
            _take_name(text, places, name_match, draft)
        if draft.name is None and not _take_name_before(text, places, found, draft):
            continue  # "Prince Salman …, Crown Prince": the person is found already
        if draft.name is None and draft.affiliation is None:
            continue  # a bare title: "the president said"
        _add(found, on, title, draft)


def _placed_before(
    text: str, places: Places, found: Found, on: dt.date | None, t_start: int
) -> _Draft:
    """The state the words before a title give: "Russia's", "the Kazakh side by", "Milei's"."""
    affiliation, start, counterpart = places.before(text, t_start)
    if affiliation is None and (
        side := _SIDE_BY().search(text, max(0, t_start - _SIDE_WINDOW), t_start)
    ):
        # "the Kazakh side by Minister of Energy Almasadam Satkaliyev"
        affiliation = places.by_end.get(side.start())
    draft = _Draft(affiliation, start, counterpart)
    draft.country = affiliation.country if affiliation else None
    draft.source = "text" if draft.country else None
    if draft.country is None and (
        boss := _PERSON_POSSESSIVE().search(text, max(0, t_start - _BOSS_WINDOW), t_start)
    ):
        # "Milei's spokesman, Manuel Adorni": of the state of the person named before
        known = found.short.get(boss["name"])
        if known is not None and known.country is not None:
            draft.country, draft.source = known.country, "text"
        elif (code := roster_country(boss["name"], on)[0]) is not None:
            draft.country, draft.source = Country(code), "roster"
    return draft


def _place_in_title(text: str, places: Places, t_start: int, t_end: int, draft: _Draft) -> None:
    """The state inside or right after the title's words: "the President of the Republic of
    the Congo", "the Prime Minister of Canada"."""
    inside = places.inside(t_start, t_end)
    if inside is not None:
        # the title's words end inside the state's name ("president of the republic" is a
        # title too)
        draft.place(inside)
        draft.after = inside.end
    of = _OF().match(text, t_end)
    if draft.affiliation is None and of is not None and of.end() in places.by_start:
        # "the Prime Minister of Canada, Mark Carney", "President of Kenya William Ruto"
        place = places.by_start[of.end()]
        draft.place(place)
        draft.after = place.end
        body = _BODY().match(text, place.end) if place.text.endswith(("'s", "’s")) else None
        if body is not None and text.startswith(",", body.end()):
            # "the Speaker of Nigeria's House of Representatives, Tajudeen Abbas": the
            # words after the possessive name a body, not the person
            draft.after = body.end()


def _name_after_title(
    text: str, places: Places, t_end: int, after_title: int
) -> re.Match[str] | None:
    """The name after the title, after a space or set off by a comma."""
    gap = _BLANKS().match(text, after_title)  # not text[t_end:]: a copy of the rest, O(n**2)
    if gap:
        return name_after(text, gap.end())
    comma = _APPOSITIVE().match(text, after_title)
    if comma is None:
        return None
    # "the Prime Minister of Canada, Mark Carney, said", "his Ghanaian counterpart,
    # Alban Bagbin, at": a name set off by commas
    found = name_after(text, comma.end())
    if (
        found is not None
        and found.start() not in places.by_start
        and (after_title != t_end or _SET_OFF().match(text, found.end()))
    ):
        return found
    return None


def _take_name(text: str, places: Places, name_match: re.Match[str], draft: _Draft) -> None:
    """The name after the title, and a state after it: "Prime Minister Carney of Canada"."""
    draft.name = clean_name(name_match.group()) or None
    if draft.name:
        draft.end = name_match.start() + len(draft.name)
        of = _OF().match(text, draft.end)
        if draft.affiliation is None and of is not None and of.end() in places.by_start:
            place = places.by_start[of.end()]
            draft.place(place)
            draft.end = place.end


def _take_name_before(text: str, places: Places, found: Found, draft: _Draft) -> bool:
    """ "Sergey Lavrov, Russia's foreign minister": a name before a comma. False when that
    name belongs to a mention found already; no name when it is a place ("in Kuwait, the
    Minister held …")."""
    window = max(0, draft.start - _NAME_WINDOW)
    before = NAME_BEFORE_COMMA().search(text[window : draft.start])
    if (
        before is not None
        and before.group("name").split()[0] not in NOT_NAMES
        and window + before.start("name") not in places.by_start
    ):
        named_at = window + before.start("name")
        if found.taken.overlaps(named_at, named_at + len(before.group("name"))):
            return False
        draft.name = before.group("name")
        draft.start = named_at
    return True


def _add(found: Found, on: dt.date | None, title: Title, draft: _Draft) -> None:
    """Add the person of a finished draft, or the one named before under that name."""
    name, country, source = draft.name, draft.country, draft.source
    known = found.short.get(name) if name is not None else None
    if known is not None and (country is None or country == known.country):
        found.add(draft.start, draft.end, known, "text")
        return
    if country is None and name is not None:
        code, _ = roster_country(name, on, title.canonical)
        words = name.split()
        if code is None and len(words) >= 3:
            # "Foreign Minister Senator Mohammad Ishaq Dar": the roster's shorter form, in the
            # office the text names
            code, held = roster_country(" ".join(words[-2:]), on, title.canonical)
            code = code if held == title.canonical else None
        if code is not None:
            country, source = Country(code), "roster"
    if draft.counterpart:
        source = source or "counterpart"
    actor = Actor(
        kind=ActorKind.PERSON,
        name=unstyled(name) if name else name,
        title=title.canonical,
        country=country,
        level=title.level,
    )
    found.add(draft.start, draft.end, actor, source)
    if name is not None:
        found.remember(actor)
