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
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence

import attrs

from bilateral._args import check_text
from bilateral._countries import find_countries
from bilateral._mentions import ActorMention, CountryMention
from bilateral._model import Actor, Country
from bilateral._tables import read_tsv
from bilateral._vocab import ActorKind, Level

__all__ = ["RosterEntry", "find_actors", "roster_lookup"]

_WORD = re.compile(r"[A-Za-z][A-Za-z'’\-]*")
_NAME_WORD = (
    r"(?:(?:al|el|bin|ibn|abu)-)?[A-Z](?:[a-z]+|[A-Z]?[a-z]+)"
    r"(?:-[A-Za-z]+|['’](?![sS](?![A-Za-z]))[A-Za-z]+)*(?![\w])|[A-Z]\.(?=\s)"
    r"|[A-Z]{2,3}(?=[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z])"  # initials: "KP Sharma Oli"
)
_PARTICLE = r"(?:bin|bint|ibn|al|el|van|von|der|den|de|da|dos|du|la|le|abu|di)"
_NAME = re.compile(
    rf"(?:{_NAME_WORD})(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}(?:{_NAME_WORD})){{0,4}}"
)
# Words that are also surnames ("He Lifeng"): a name after a title, or when the person was
# named before and the word stands mid-sentence
_SURNAMES = frozenset(["He"])
_MID_SENTENCE = re.compile(r"(?:\b(?:and|with|met|between|by|to|from|told)|,)[ \t]+$")
_NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "Or",
        "But",
        "In",
        "On",
        "At",
        "To",
        "For",
        "Of",
        "With",
        "From",
        "By",
        "As",
        "During",
        "After",
        "Before",
        "Since",
        "Amid",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "He",
        "She",
        "They",
        "It",
        "His",
        "Her",
        "Their",
        "This",
        "That",
        "These",
        "Those",
        "Minister",
        "Ministers",
        "Ministry",
        "Secretary",
        "President",
        "Prime",
        "Premier",
        "Foreign",
        "Finance",
        "Defence",
        "Defense",
        "Trade",
        "Treasury",
        "State",
        "Vice",
        "Deputy",
        "Chancellor",
        "Will",
        "Would",
        "Could",
        "Should",
        "Has",
        "Have",
        "Had",
        "Is",
        "Are",
        "Was",
        "Were",
        "Be",
        "Been",
        "Said",
        "Says",
        "Told",
        "Met",
        "Meets",
        "Meeting",
        "Talks",
        "Summit",
        "Visit",
        "Call",
        "Both",
        "Two",
        "Three",
        "Several",
        "Officials",
        "Leaders",
    ]
)
_ORG = re.compile(
    r"(?:'s|’s)?\s+(?P<org>(?:Ministry|Department) of (?:Foreign Affairs|[A-Z][a-z]+)"
    r"|(?:Foreign|Finance|Defen[cs]e|Trade|Economy|Interior|Unification|Commerce|State)"
    r" (?:Ministry|Department|Office))"
)
_PLURAL_TITLES = frozenset(
    [
        "Presidents",
        "Premiers",
        "Chancellors",
        "Ministers",
        "Secretaries",
        "Leaders",
        "Kings",
        "Emirs",
        "Ambassadors",
        "Envoys",
        "Generals",
        "Senators",
    ]
)
_HONORIFIC_WORDS = frozenset(["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Shri", "Smt", "Prof"])
_OPENERS = frozenset(
    ["When", "While", "If", "Although", "Though", "Once", "Then", "Meanwhile", "Later"]
)
_LEADERS = _PLURAL_TITLES | _HONORIFIC_WORDS | _OPENERS | _NOT_NAMES
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_APPOSITIVE = re.compile(r",[ \t]+")
_HONORIFIC = re.compile(
    r"(?:(?:Shri|Shrimati|Smt\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.[ \t]?E\.|His[ \t]+Excellency"
    r"|Her[ \t]+Excellency|Sir|Dame|Prof\.?|Professor|Hon\.?|Honourable|Honorable"
    r"|H\.[ \t]?(?:R\.[ \t]?)?H\.|(?:His|Her)[ \t]+(?:Royal[ \t]+)?(?:Highness|Majesty))[ \t,]+)+"
)
_COUNTERPART_WORD = re.compile(r"\bcounterpart,?[ \t]+")
_HIS_HER = re.compile(r"(?:his|her|their|its)\s+$", re.IGNORECASE)
_GAP_BEFORE_TITLE = re.compile(r"(?P<pos>'s|’s|’|')?[ \t]+(?:the[ \t]+)?$")
_LEVEL_BY_NAME = {level.value: level for level in Level}
_BLANKS = re.compile(r"[ \t]+")
# a military rank before a name, which is not part of it
_RANK = re.compile(
    r"(?:(?:Field|Air[ \t]+Chief|Air)[ \t]+Marshal|(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier)"
    r"[ \t]+General|Vice[ \t]+Admiral|Rear[ \t]+Admiral|General|Gen\.|Admiral|Adm\.|Marshal"
    r"|Colonel|Col\.|Captain|Capt\.|Lieutenant[ \t]+Colonel|Major|Maj\.)[ \t]+"
)
_BODIES = frozenset(["Senate", "House", "Parliament", "Assembly", "Congress", "Council"])
# a style before a royal or Gulf name, not part of it for the roster
_STYLE = re.compile(r"^(?:Sheikh|Sheikha|Sheik|Prince|Princess|Emir|Amir|Sultan)[ \t]+")
_SIDE_BY = re.compile(
    r"[ \t]+(?:side|team|delegation)[ \t]+(?:(?:was|is|were|will[ \t]+be)[ \t]+)?"
    r"(?:(?:represented|led|headed)[ \t]+)?by[ \t]+$"
)
_PERSON_POSSESSIVE = re.compile(r"\b(?P<name>[A-Z][\w-]+)(?:'s|’s)[ \t]+$")
_BODY = re.compile(r"(?:[ \t]+(?:[A-Z][\w'’-]*|of|and|for|the|on)){1,8}")
_SET_OFF = re.compile(r"[ \t]*(?:[,;.)]|$)")
_NAME_BEFORE_COMMA = re.compile(
    rf"(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:{_PARTICLE}[ \t]+)?[A-Z][\w'’\-]*){{0,4}}),"
    r"[ \t]+(?:the[ \t]+)?$"
)


class _Taken:
    """The characters already given to a mention: O(1) and O(span) checks, not a list scan.

    A scan of every earlier span at every title and name made ``find_actors`` O(n**2) in the
    length of an article; a byte a character keeps it linear.
    """

    __slots__ = ("_chars",)

    def __init__(self, size: int) -> None:
        self._chars = bytearray(size + 1)

    def append(self, span: tuple[int, int]) -> None:
        start, end = span
        self._chars[start:end] = b"\x01" * (end - start)

    def covers(self, at: int) -> bool:
        """Whether a mention holds the character at ``at``."""
        return self._chars[at] == 1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a mention holds any character of ``start:end``."""
        return self._chars.find(1, start, end) != -1


@attrs.frozen
class RosterEntry:
    """One term of office from ``data/roster.tsv``."""

    country: str
    role: str
    title: str
    name: str
    start: dt.date
    end: dt.date | None


@attrs.frozen
class _Title:
    canonical: str
    level: Level | None
    role: str


@functools.cache
def _titles() -> dict[tuple[str, ...], _Title]:
    out: dict[tuple[str, ...], _Title] = {}
    for row in read_tsv("titles.tsv"):
        level = _LEVEL_BY_NAME.get(row["level"])
        out[tuple(row["phrase"].split())] = _Title(row["canonical"], level, row["role"])
    return out


@functools.cache
def _title_lengths() -> dict[str, tuple[int, ...]]:
    """first word -> the word counts of the titles it opens, longest first."""
    by_first: dict[str, set[int]] = {}
    for phrase in _titles():
        by_first.setdefault(phrase[0], set()).add(len(phrase))
    return {k: tuple(sorted(v, reverse=True)) for k, v in by_first.items()}


def _norm_name(name: str) -> str:
    return " ".join(name.replace("’", "'").split()).lower()


@functools.cache
def _roster() -> dict[str, tuple[RosterEntry, ...]]:
    by_name: dict[str, list[RosterEntry]] = {}
    for row in read_tsv("roster.tsv"):
        entry = RosterEntry(
            country=row["country"],
            role=row["role"],
            title=row["title"],
            name=row["name"],
            start=dt.date.fromisoformat(row["start"]),
            end=dt.date.fromisoformat(row["end"]) if row["end"] else None,
        )
        keys = [row["name"], *(a for a in row["aliases"].split("|") if a)]
        for key in keys:
            by_name.setdefault(_norm_name(key), []).append(entry)
    return {k: tuple(v) for k, v in by_name.items()}


def roster_lookup(name: str, on: dt.date | None = None) -> tuple[RosterEntry, ...]:
    """The roster terms of ``name`` (or an alias), held on ``on`` when a date is given.

    >>> [e.country for e in roster_lookup("Li Qiang", dt.date(2024, 5, 27))][:1]
    ['CHN']
    """
    entries = _roster().get(_norm_name(name), ())
    if not entries and (bare := _STYLE.sub("", name)) != name:
        entries = _roster().get(_norm_name(bare), ())  # "Sheikh Mohamed bin Zayed Al Nahyan"
    if on is None:
        return entries
    return tuple(e for e in entries if e.start <= on and (e.end is None or on < e.end))


def _roster_country(
    name: str, on: dt.date | None, title: str | None = None
) -> tuple[str | None, str | None]:
    """(country, title) the roster gives a name, or None where it is unknown or not unique.

    Out of office on ``on``, a holder is placed by a past term only when the text gives that
    term's title ("then Prime Minister Shinzo Abe"), not by an unrelated one (the European
    Commission's president is not the German defence minister she once was)."""
    entries = roster_lookup(name, on)
    if not entries and on is not None:
        entries = tuple(e for e in roster_lookup(name) if title is None or e.title == title)
    countries = {e.country for e in entries}
    if len(countries) != 1:
        return None, None
    titles = {e.title for e in entries}
    return countries.pop(), (titles.pop() if len(titles) == 1 else None)


# roles one state rarely shares with the other in one story (a crown prince, a spokesman),
# unlike a president, a minister or a speaker, which both sides have
_ONE_SIDED_ROLES = frozenset(["royal", "spokesperson", "security", "military", "diplomat"])


def _role_of_title(title: str) -> str | None:
    entry = _titles().get(tuple(title.lower().split()))
    return None if entry is None else entry.role


def _level_of_title(title: str | None) -> Level | None:
    if title is None:
        return None
    entry = _titles().get(tuple(title.lower().split()))
    return None if entry is None else entry.level


def _mention_ending_at(mentions: Sequence[CountryMention], end: int) -> CountryMention | None:
    for m in mentions:
        if m.end == end or (m.end < end and end - m.end <= 8):
            return m
    return None


def _affiliation(
    text: str, title_start: int, by_end: dict[int, CountryMention]
) -> tuple[CountryMention | None, int, bool]:
    """The country mention right before a title, the start of the whole mention, counterpart."""
    gap = _GAP_BEFORE_TITLE.search(text, max(0, title_start - 12), title_start)
    if gap is None:
        return None, title_start, False
    # a possessive belongs to the country mention ("Pakistan's"), or not ("U.S.'")
    mention = by_end.get(gap.start()) or by_end.get(gap.end("pos"))
    if mention is None:
        return None, title_start, False
    counterpart = _HIS_HER.search(text, max(0, mention.start - 8), mention.start) is not None
    return mention, mention.start, counterpart


def _scan_titles(text: str) -> list[tuple[int, int, _Title]]:
    """Every title phrase in the text, longest first at each word, left to right."""
    words = [(m.group().lower().rstrip("'’"), m.start(), m.end()) for m in _WORD.finditer(text)]
    keys = [w[0] for w in words]
    lengths = _title_lengths()
    titles = _titles()
    found: list[tuple[int, int, _Title]] = []
    i = 0
    while i < len(words):
        matched = 0
        # one dictionary look-up a length, not a comparison with each of the 60-odd titles
        # that open with "minister"
        for n in lengths.get(keys[i], ()):
            title = titles.get(tuple(keys[i : i + n])) if i + n <= len(words) else None
            if title is not None:
                # the words must be adjacent: only spaces between them
                span = text[words[i][1] : words[i + n - 1][2]]
                if len(span.split()) == n:
                    found.append((words[i][1], words[i + n - 1][2], title))
                    matched = n
                    break
        i += matched or 1
    return found


def _name_after(text: str, at: int) -> re.Match[str] | None:
    honorific = _HONORIFIC.match(text, at)  # "Prime Minister Shri Narendra Modi", "H.E. Mr."
    if honorific is not None:
        at = honorific.end()
    m = _NAME.match(text, at)
    if m is None:
        return None
    words = m.group().split()
    if words[0] in _NOT_NAMES and not (words[0] in _SURNAMES and len(words) > 1):
        return None  # "Vice Premier He Lifeng": after a title, "He" is a surname
    return m


def _clean_name(name: str) -> str:
    words = name.split()
    while words and words[-1] in _NOT_NAMES:
        words.pop()
    return " ".join(words)


def _unstyled(name: str) -> str:
    """A name without a royal or Gulf style before it ("Sheikh Mohamed bin Zayed Al Nahyan"
    is Mohamed bin Zayed Al Nahyan; a two-word name keeps it: "Sheikh Hasina"), or the body
    a title names ("President of Nigeria's Senate Godswill Akpabio")."""
    rank = _RANK.match(name)
    if rank is not None and len(name[rank.end() :].split()) >= 2:
        name = name[rank.end() :]  # "Field Marshal Asim Munir", "Gen. Zhang Youxia"
    words = name.split()
    if len(words) > 2 and (_STYLE.match(name) or words[0] in _BODIES):
        return " ".join(words[1:])
    return name


def find_actors(text: str, *, on: dt.date | None = None) -> list[ActorMention]:
    """Officials and government bodies in ``text``, with offsets, in text order.

    ``on`` (optional) is the date at which the roster of office holders is consulted.

    >>> [m.actor.name for m in find_actors("U.S. Treasury Secretary Scott Bessent met "
    ...     "South Korea's Finance Minister Choi Sang-mok. Choi said little.")]
    ['Scott Bessent', 'Choi Sang-mok', 'Choi Sang-mok']
    """
    check_text(text)
    return _find_actors(text, find_countries(text), on)


def _find_actors(
    text: str, all_countries: Sequence[CountryMention], on: dt.date | None
) -> list[ActorMention]:
    """find_actors() on country mentions already found (extract() shares its own)."""
    countries = [m for m in all_countries if m.country is not None]
    by_end = {m.end: m for m in countries}
    by_start = {m.start: m for m in countries}
    country_starts = [m.start for m in countries]
    mentions: list[ActorMention] = []
    taken = _Taken(len(text))

    def add(start: int, end: int, actor: Actor, source: str | None) -> None:
        mentions.append(
            ActorMention(text=text[start:end], start=start, end=end, actor=actor, source=source)
        )
        taken.append((start, end))

    short: dict[str, Actor | None] = {}
    for t_start, t_end, title in _scan_titles(text):
        if taken.covers(t_start):
            continue
        affiliation, start, counterpart = _affiliation(text, t_start, by_end)
        if affiliation is None and (side := _SIDE_BY.search(text, max(0, t_start - 60), t_start)):
            # "the Kazakh side by Minister of Energy Almasadam Satkaliyev"
            affiliation = by_end.get(side.start())
        country = affiliation.country if affiliation else None
        source = "text" if country else None
        if country is None and (
            boss := _PERSON_POSSESSIVE.search(text, max(0, t_start - 40), t_start)
        ):
            # "Milei's spokesman, Manuel Adorni": of the state of the person named before
            known = short.get(boss["name"])
            if known is not None and known.country is not None:
                country, source = known.country, "text"
            elif (code := _roster_country(boss["name"], on)[0]) is not None:
                country, source = Country(code), "roster"
        canonical = title.canonical
        level = title.level
        name_match = None
        after_title = t_end
        inside = (
            _country_inside(countries, country_starts, t_start, t_end)
            if affiliation is None
            else None
        )
        if inside is not None:
            # "the President of the Republic of the Congo": the title's words end inside the
            # state's name ("president of the republic" is a title too)
            affiliation, country, source = inside, inside.country, "text"
            after_title = inside.end
        of = _OF.match(text, t_end)
        if affiliation is None and of is not None and of.end() in by_start:
            # "the Prime Minister of Canada, Mark Carney", "President of Kenya William Ruto"
            place = by_start[of.end()]
            affiliation, country, source = place, place.country, "text"
            after_title = place.end
            body = _BODY.match(text, place.end) if place.text.endswith(("'s", "’s")) else None
            if body is not None and text.startswith(",", body.end()):
                # "the Speaker of Nigeria's House of Representatives, Tajudeen Abbas": the
                # words after the possessive name a body, not the person
                after_title = body.end()
        gap = _BLANKS.match(text, after_title)  # not text[t_end:]: a copy of the rest, O(n**2)
        comma = None if gap else _APPOSITIVE.match(text, after_title)
        if gap:
            name_match = _name_after(text, gap.end())
        elif comma is not None:
            # "the Prime Minister of Canada, Mark Carney, said", "his Ghanaian counterpart,
            # Alban Bagbin, at": a name set off by commas
            found = _name_after(text, comma.end())
            if (
                found is not None
                and found.start() not in by_start
                and (after_title != t_end or _SET_OFF.match(text, found.end()))
            ):
                name_match = found
        end = after_title
        name: str | None = None
        if name_match is not None:
            name = _clean_name(name_match.group()) or None
            if name:
                end = name_match.start() + len(name)
                of = _OF.match(text, end)
                if affiliation is None and of is not None and of.end() in by_start:
                    # "Prime Minister Carney of Canada"
                    place = by_start[of.end()]
                    affiliation, country, source = place, place.country, "text"
                    end = place.end
        if name is None:
            # "Sergey Lavrov, Russia's foreign minister": a name before a comma
            before = _NAME_BEFORE_COMMA.search(text[max(0, start - 60) : start])
            if before is not None and before.group("name").split()[0] not in _NOT_NAMES:
                named_at = max(0, start - 60) + before.start("name")
                if taken.overlaps(named_at, named_at + len(before.group("name"))):
                    continue  # "Prince Salman …, Crown Prince": the person is found already
                name = before.group("name")
                start = named_at
        if name is None and affiliation is None:
            continue  # a bare title: "the president said"
        known = short.get(name) if name is not None else None
        if known is not None and (country is None or country == known.country):
            add(start, end, known, "text")
            continue
        if country is None and name is not None:
            code, _ = _roster_country(name, on, canonical)
            if code is not None:
                country, source = Country(code), "roster"
        if counterpart:
            source = source or "counterpart"
        kind = ActorKind.PERSON
        actor = Actor(
            kind=kind,
            name=_unstyled(name) if name else name,
            title=canonical,
            country=country,
            level=level,
        )
        add(start, end, actor, source)
        if name is not None:
            _remember(short, actor)

    _add_counterparts(text, by_end, mentions, taken, add, short, on)
    _add_organisations(text, countries, taken, add)
    _add_short_and_roster_names(text, short, taken, add, on)
    mentions.sort(key=lambda m: m.start)
    return _place_by_title(text, mentions)


def _country_inside(
    countries: Sequence[CountryMention], starts: list[int], t_start: int, t_end: int
) -> CountryMention | None:
    """The state whose name starts inside a title's words and runs past them."""
    i = bisect.bisect_right(starts, t_start)
    if i < len(countries) and countries[i].start < t_end < countries[i].end:
        return countries[i]
    return None


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
            and _role_of_title(title) in _ONE_SIDED_ROLES
        ):
            (country,) = states[title]
            m = attrs.evolve(m, actor=attrs.evolve(m.actor, country=country), source="text")
        out.append(m)
    return out


def _add_counterparts(
    text: str,
    by_end: dict[int, CountryMention],
    mentions: list[ActorMention],
    taken: _Taken,
    add: Callable[[int, int, Actor, str | None], None],
    short: dict[str, Actor | None],
    on: dt.date | None,
) -> None:
    """ "his Ghanaian counterpart, Alban Bagbin": a named official of the state before the
    word, with the roster's title for the name, else that of the official named just before."""
    starts = {m.start for m in by_end.values()}  # "counterpart, New Delhi said": no name
    titled = sorted((m for m in mentions if m.actor.title is not None), key=lambda m: m.end)
    ends = [m.end for m in titled]
    for word in _COUNTERPART_WORD.finditer(text):
        affiliation, start, _ = _affiliation(text, word.start(), by_end)
        if affiliation is None or affiliation.country is None or taken.covers(word.start()):
            continue
        name_match = _name_after(text, word.end())
        if name_match is None or name_match.start() in starts:
            continue
        name = _clean_name(name_match.group())
        end = name_match.start() + len(name)
        if not name or taken.overlaps(start, end):
            continue
        # the official named last before the word, within 200 characters (a bisect: linear)
        i = bisect.bisect_right(ends, word.start()) - 1
        near = i >= 0 and ends[i] >= word.start() - 200
        title = titled[i].actor.title if near else None
        code, listed = _roster_country(name, on)
        if listed is not None and code == affiliation.country.alpha_3:
            title = listed
        actor = Actor(
            kind=ActorKind.PERSON,
            name=name,
            title=title,
            country=affiliation.country,
            level=_level_of_title(title),
        )
        add(start, end, actor, "counterpart")
        _remember(short, actor)


def _add_organisations(
    text: str,
    countries: Sequence[CountryMention],
    taken: _Taken,
    add: Callable[[int, int, Actor, str | None], None],
) -> None:
    for mention in countries:
        match = _ORG.match(text, mention.end)
        if match is None or taken.covers(mention.start):
            continue
        org = match.group("org")
        actor = Actor(kind=ActorKind.ORGANIZATION, name=org, country=mention.country)
        add(mention.start, match.end(), actor, "text")


def _remember(short: dict[str, Actor | None], actor: Actor) -> None:
    """Index a named person by full name and by first and last word, for later short mentions."""
    assert actor.name is not None
    parts = actor.name.split()
    # first and last word, and a surname with its particle: "De Wever", "von der Leyen"
    keys = {parts[0], parts[-1], *(" ".join(parts[i:]) for i in range(1, len(parts) - 1))}
    for key in keys if len(parts) > 1 else set():
        if (key in _NOT_NAMES and key not in _SURNAMES) or len(key) < 2:
            continue
        previous = short.get(key, actor)
        short[key] = actor if previous == actor else None
    short[actor.name] = actor


def _add_short_and_roster_names(
    text: str,
    short: dict[str, Actor | None],
    taken: _Taken,
    add: Callable[[int, int, Actor, str | None], None],
    on: dt.date | None,
) -> None:
    """Short references to people already named, and roster names with no title."""
    for match in _NAME.finditer(text):
        start, end = match.start(), match.end()
        if taken.overlaps(start, end):
            continue
        raw = match.group()
        # "Bessent and He had held a video call": He Lifeng, named before, mid-sentence
        surname = (
            raw in _SURNAMES
            and short.get(raw) is not None
            and _MID_SENTENCE.search(text, max(0, start - 8), start) is not None
        )
        name = raw if surname else _clean_name(raw)
        while name and " " in name and name.split()[0] in _LEADERS:
            # "Presidents Felix Tshisekedi and Paul Kagame", "When Mr Albanese first met":
            # the name after the title, the honorific or the opening word
            first = name.split()[0]
            skip = name.index(first) + len(first)
            rest = name[skip:]
            start, name = start + skip + len(rest) - len(rest.lstrip()), rest.lstrip()
        if not name:
            continue
        if name.split()[0] in _NOT_NAMES and not surname:
            continue
        end = start + len(name)
        actor = short.get(name)
        if actor is not None:
            add(start, end, actor, "text")
            continue
        entries = roster_lookup(name, on) or roster_lookup(name)
        words = name.split()
        for cut in range(1, len(words) - 1):
            if entries:
                break
            # "Raksha Mantri Shri Rajnath Singh": an untranslated title before the name
            tail = " ".join(words[cut:])
            entries = roster_lookup(tail, on)
            if entries:
                start = end - len(tail)
                name = tail
        if not entries or len({e.country for e in entries}) != 1:
            continue
        term = entries[-1]
        full = Actor(
            kind=ActorKind.PERSON,
            # the name as the text writes it when it gives a full one ("Jose Raul Mulino");
            # the roster's for a surname alone
            name=_unstyled(name) if " " in name else term.name,
            title=term.title,
            country=Country(term.country),
            level=_level_of_title(term.title),
        )
        add(start, end, full, "roster")
        taken.append((start, end))
        _remember(short, full)
