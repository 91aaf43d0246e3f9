"""Mentions without a title of their own: counterparts, bodies, short and roster names.

Run after the titled officials, in this order:

* ``his [affiliation] counterpart[,] Name`` — the other side's official, with the roster's
  title for the name or that of the official named just before;
* bodies standing for a state — "Seoul's Ministry of Finance", "the South Korean Foreign
  Ministry";
* later short mentions ("Choi", "Minister Choi") of people named before, and names the
  roster of office holders knows, with no title in the text.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import re

from bilateral._actors_names import (
    LEADERS,
    MID_SENTENCE,
    NOT_NAMES,
    SURNAMES,
    ascii_name,
    clean_name,
    name_after,
    names_in,
    unstyled,
)
from bilateral._actors_roster import RosterEntry, roster_country, roster_lookup
from bilateral._actors_state import Found, Places
from bilateral._actors_titles import level_of_title, titles
from bilateral._model import Actor, Country
from bilateral._regex import lazy_regex
from bilateral._tables import read_tsv
from bilateral._vocab import ActorKind

__all__ = [
    "add_counterparts",
    "add_its_officials",
    "add_organisations",
    "add_short_and_roster_names",
    "add_title_references",
    "home_state",
]

# The patterns read over a whole text open with their word and check the word boundary
# before it by a look-behind after it ("counterpart(?<!\wcounterpart)" is "\bcounterpart"):
# a pattern that opens with a literal or a class is searched for in C, one with "\b" is
# tried at every character.
_COUNTERPART_WORD = lazy_regex(r"counterpart(?<!\wcounterpart),?[ \t]+")
_ORG = lazy_regex(
    r"(?:'s|’s)?\s+(?P<org>(?:Ministry|Department) of (?:Foreign Affairs|[A-Z][a-z]+)"
    r"|(?:Foreign|Finance|Defen[cs]e|Trade|Economy|Interior|Unification|Commerce|State)"
    r" (?:Ministry|Department|Office))"
)
# how far before "counterpart" the official whose title it takes may be named
_COUNTERPART_WINDOW = 200
# how far before a surname the words that put it mid-sentence may stand
_MID_WINDOW = 8


def add_counterparts(text: str, places: Places, found: Found, on: dt.date | None) -> None:
    """ "his Ghanaian counterpart, Alban Bagbin": a named official of the state before the
    word, with the roster's title for the name, else that of the official named just before."""
    starts = {m.start for m in places.by_end.values()}  # "counterpart, New Delhi said": no name
    titled = sorted((m for m in found.mentions if m.actor.title is not None), key=lambda m: m.end)
    ends = [m.end for m in titled]
    for word in _COUNTERPART_WORD().finditer(text):
        affiliation, start, _ = places.before(text, word.start())
        if affiliation is None or affiliation.country is None or found.taken.covers(word.start()):
            continue
        name_match = name_after(text, word.end())
        if name_match is None or name_match.start() in starts:
            continue
        name = clean_name(name_match.group())
        end = name_match.start() + len(name)
        if not name or found.taken.overlaps(start, end):
            continue
        # the official named last before the word (a bisect: linear)
        i = bisect.bisect_right(ends, word.start()) - 1
        near = i >= 0 and ends[i] >= word.start() - _COUNTERPART_WINDOW
        title = titled[i].actor.title if near else None
        code, listed = roster_country(name, on)
        if listed is not None and code == affiliation.country.alpha_3:
            title = listed
        actor = Actor(
            kind=ActorKind.PERSON,
            name=name,
            title=title,
            country=affiliation.country,
            level=level_of_title(title),
        )
        found.add(start, end, actor, "counterpart")
        found.remember(actor)


def add_organisations(text: str, places: Places, found: Found) -> None:
    """Bodies standing for a state: "Seoul's Ministry of Finance", "Japan's Foreign Ministry"."""
    for mention in places.countries:
        match = _ORG().match(text, mention.end)
        if match is None or found.taken.covers(mention.start):
            continue
        org = match.group("org")
        actor = Actor(kind=ActorKind.ORGANIZATION, name=org, country=mention.country)
        found.add(mention.start, match.end(), actor, "text")


def add_short_and_roster_names(text: str, found: Found, on: dt.date | None) -> None:
    """Short references to people already named, and roster names with no title."""
    for match in names_in(text):
        start, end = match.start(), match.end()
        if found.taken.overlaps(start, end):
            continue
        start, name = _bare_name(text, found, start, match.group())
        if not name:
            continue
        end = start + len(name)
        actor = found.short.get(name)
        if actor is not None:
            found.add(start, end, actor, "text")
            continue
        start, name, entries = _in_roster(name, start, end, on)
        if not entries or len({e.country for e in entries}) != 1:
            continue
        term = entries[-1]
        if (
            on is not None
            and term.end is not None
            and term.end <= on
            and _OF_A_BODY().search(text, max(0, start - 40), start)
        ):
            continue  # "EU foreign policy chief Josep Borrell": a body's, not his old state's
        full = Actor(
            kind=ActorKind.PERSON,
            # the name as the text writes it when it gives a full one ("Jose Raul Mulino");
            # the roster's for a surname alone
            name=unstyled(name) if " " in name else _styled_as(text, term.name),
            title=term.title,
            country=Country(term.country),
            level=level_of_title(term.title),
        )
        found.add(start, end, full, "roster")
        found.remember(full)


def _styled_as(text: str, name: str) -> str:
    """The roster's name in the article's letters: "Luiz Inácio Lula da Silva" is written
    "Luiz Inacio Lula da Silva" in copy that uses no letter beyond ASCII."""
    if name.isascii() or not text.isascii():
        return name
    return ascii_name(name)


# "EU foreign policy chief", "UN Secretary-General", "NATO's": an international body's post
_OF_A_BODY = lazy_regex(
    r"\b(?:EU|UN|NATO|ASEAN|OSCE|IMF|WTO|WHO|OPEC|European[ \t]+(?:Union|Commission|Council)"
    r"|United[ \t]+Nations|African[ \t]+Union)(?:['’]s)?(?:[ \t]+[A-Za-z-]+){0,4}[ \t]+$"
)


def _bare_name(text: str, found: Found, start: int, raw: str) -> tuple[int, str]:
    """The name a run of capitalised words holds, and where it starts; "" for none."""
    # "Bessent and He had held a video call": He Lifeng, named before, mid-sentence
    surname = (
        raw in SURNAMES
        and found.short.get(raw) is not None
        and MID_SENTENCE().search(text, max(0, start - _MID_WINDOW), start) is not None
    )
    name = raw if surname else clean_name(raw)
    while name and " " in name and name.split()[0] in LEADERS:
        # "Presidents Felix Tshisekedi and Paul Kagame", "When Mr Albanese first met":
        # the name after the title, the honorific or the opening word
        first = name.split()[0]
        skip = name.index(first) + len(first)
        rest = name[skip:]
        start, name = start + skip + len(rest) - len(rest.lstrip()), rest.lstrip()
    if name and name.split()[0] in NOT_NAMES and not surname:
        return start, ""
    return start, name


def _in_roster(
    name: str, start: int, end: int, on: dt.date | None
) -> tuple[int, str, tuple[RosterEntry, ...]]:
    """The roster terms of a name, or of its end after an untranslated title, with the
    start and the words of the name the roster knows."""
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
    return start, name, entries


# "the Minister", "the State President", "the Secretary": a title with no name after it
_THE_TITLE = lazy_regex(
    r"[Tt]he(?<!\w[Tt]he)[ \t]+(?:(?:new|visiting|incoming)[ \t]+)?"
    r"(?P<title>(?:[A-Z][a-z]+[ \t]+){0,2}[A-Z][a-z]+|"
    # a distinctive title written in lower case: "the new chancellor", "the visiting emir"
    r"chancellor|taoiseach|emir|sultan|crown[ \t]+prince|premier|chief[ \t]+adviser)\b"
)
# a name, "of" a state or a possessive after the title: not a reference back
_NOT_BACK = lazy_regex(r"[ \t]*(?:[A-Z]|of\b|'s\b|’s\b|and\b|,[ \t]*[A-Z])")


def add_title_references(text: str, found: Found) -> None:
    """ "the Minister held negotiations with …", "the State President met …": a capitalised
    title with no name after it names the article's official of that title (the first named
    before it with that title phrase, else with that office), when their state is known."""
    table = titles()
    people = sorted(
        (
            m
            for m in found.mentions
            if m.actor.kind is ActorKind.PERSON and m.actor.country and m.actor.title
        ),
        key=lambda m: m.end,
    )
    ends = [m.end for m in people]
    office = _home_office(text)
    home = None if office is None else office[0]
    for ref in _THE_TITLE().finditer(text):
        if found.taken.overlaps(ref.start(), ref.end()) or _NOT_BACK().match(text, ref.end()):
            continue
        own = office[1].get(ref["title"]) if office is not None else None
        # "the Secretary" of a State Department briefing is the Secretary of State
        title = table.get(tuple((own or ref["title"]).lower().split()))
        if title is None:
            continue
        earlier = people[: bisect.bisect_right(ends, ref.start())]
        phrase = ref["title"].lower()
        # the article's own official of that title: the first named (agency copy names its
        # subject first and calls them "the Minister" after)
        match = next((m for m in earlier if phrase in m.text.lower()), None) or next(
            (m for m in earlier if _same_office(m.actor.title, title.canonical)), None
        )
        if home is not None and own is not None and (match is None or match.actor.country != home):
            # "The President will host President Zelensky" in a White House briefing
            holder = Actor(kind=ActorKind.PERSON, title=title.canonical, country=home,
                           level=level_of_title(title.canonical))  # fmt: skip
            found.add(ref.start("title"), ref.end("title"), holder, "text")
        elif match is not None:
            found.add(ref.start("title"), ref.end("title"), match.actor, "text")


# a briefing, a readout, a press conference: a text in which an office speaks
_BRIEFING = lazy_regex(
    r"\b(?:briefing|readout|press[ \t]+conference|press[ \t]+release|statement|transcript"
    r"|remarks|doorstep|gaggle)\b",
    re.IGNORECASE,
)


@functools.cache
def _offices() -> dict[str, tuple[Country, dict[str, str]]]:
    """phrase -> (its state, {bare title as written: canonical title})."""
    out = {}
    for r in read_tsv("issuing_offices.tsv"):
        own = {}
        for item in filter(None, r["titles"].split(";")):
            word, _, canonical = item.partition("=")
            own[word.strip()] = (canonical or word).strip()
        out[r["phrase"]] = (Country(r["country"]), own)
    return out


def _home_office(text: str) -> tuple[Country, dict[str, str]] | None:
    line = text[: text.find("\n")] if "\n" in text else ""
    if not line or _BRIEFING().search(line) is None:
        return None
    lower = line.lower()
    found = {c: office for phrase, (c, office) in _offices().items() if phrase in lower}
    return next(iter(found.items())) if len(found) == 1 else None


def home_state(text: str) -> Country | None:
    r"""The state whose office speaks in a briefing, readout or statement, named by the
    headline (the first line) beside a briefing word; else ``None``.

    >>> home_state("White House press briefing: Leavitt on the visit\n\nQ: …").alpha_3
    'USA'
    >>> home_state("Zelensky arrives at the White House\n\nThe President …") is None
    True
    """
    office = _home_office(text)
    return None if office is None else office[0]


def _same_office(named: str | None, referred: str) -> bool:
    """ "the Deputy Prime Minister" refers to a Deputy Prime Minister; the bare "the Minister"
    to any minister, "the President" to any president."""
    if named is None:
        return False
    if named == referred:
        return True
    return " " not in referred and named.lower().split()[-1] == referred.lower()


# "its minister", "its officials": the people of the body or state just named
_ITS = lazy_regex(
    r"[Ii]ts(?<!\w[Ii]ts)[ \t]+"
    r"(?P<what>(?:(?:foreign|defence|defense|prime|finance|trade)[ \t]+)?minister"
    r"|officials|delegation|envoy|ambassador|representatives|negotiators|diplomats|president"
    r"|leader|head[ \t]+of[ \t]+state)\b"
)
#: Characters back to the body or state "its" may name, within its sentence.
ITS_REACH = 160


def add_its_officials(text: str, places: Places, found: Found) -> None:
    """ "The Polish foreign ministry said its minister would travel to Ukraine", "The Kremlin
    said its officials had held talks": officials of the state named last before "its" in the
    sentence."""
    starts = places.starts
    for m in _ITS().finditer(text):
        if found.taken.overlaps(m.start(), m.end()):
            continue
        i = bisect.bisect_left(starts, m.start()) - 1
        if i < 0:
            continue
        place = places.countries[i]
        between = text[place.end : m.start()]
        if m.start() - place.end > ITS_REACH or ". " in between or "\n" in between:
            continue
        what = m["what"].lower()
        title = titles().get(tuple(what.split()))
        actor = Actor(
            kind=ActorKind.PERSON if title else ActorKind.ORGANIZATION,
            name=None if title else what,
            title=title.canonical if title else None,
            country=place.country,
            level=title.level if title else None,
        )
        found.add(m.start("what"), m.end("what"), actor, "text")
