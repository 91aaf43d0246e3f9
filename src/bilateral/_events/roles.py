"""The parts the items of one event word play (parties, destinations, host, place), and the
rules that move a state from party to host or venue: a third state that hosts or mediates,
the city a trip goes to for talks."""

from __future__ import annotations

import re

import attrs

from bilateral._events.records import Item
from bilateral._model import Country, Location
from bilateral._text import Span
from bilateral._triggers import Trigger

__all__ = ["MEDIATOR_REACH", "Roles", "third_state_host", "trip_to_the_venue"]

#: Characters before a state where "mediated by" may stand.
MEDIATOR_REACH = 30


@attrs.define
class Roles:
    """The parts the items of one trigger play: parties, destinations, host and place."""

    parties: list[Item] = attrs.Factory(list)
    dests: list[Item] = attrs.Factory(list)
    host: Country | None = None
    location: Location | None = None


# "Oman hosted talks between …", "Qatar will host a new round of talks between …"
_HOSTED_BEFORE = re.compile(
    r"[ \t]+(?:(?:has|have|had|will|is|was|to)[ \t]+)?(?:hosted|hosts|host|hosting|mediated"
    r"|mediates|brokered|facilitated|convened)[ \t]+(?:[\w'’-]+[ \t]+){0,3}",
    re.IGNORECASE,
)
# "talks between A and B, mediated by Qatar"
_BY_MEDIATOR = re.compile(
    r"\b(?:mediated|brokered|facilitated|hosted|sponsored|convened)[ \t]+by[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE,
)
# "with President Erdogan as host and mediator"
_AS_HOST = re.compile(r"[ \t]+as[ \t]+(?:the[ \t]+)?(?:host|mediator|co-host)\b", re.IGNORECASE)
# "talks between", "a meeting in Doha on Monday between": the pair after a short adjunct
# "with the United Arab Emirates hosting", "with Qatar mediating"
_WITH_BEFORE = re.compile(r"\bwith[ \t]+(?:the[ \t]+)?$", re.IGNORECASE)
_HOSTING = re.compile(r"[ \t]+(?:hosting|mediating)\b")
_BETWEEN = re.compile(r"[ \t]+(?:(?:in|at|on)[ \t]+[^,;.]{1,40}?[ \t]+)?between\b", re.IGNORECASE)


def third_state_host(
    text: str,
    sentence: Span,
    trigger: Trigger,
    roles: Roles,
    items: list[Item],
    fired: list[tuple[str, str]],
) -> None:
    """Talks "between A and B" that a third state hosts or mediates ("Oman hosted talks
    between …", "…, mediated by Qatar,"): the third state is the host, not a party. Talks
    "with" another that a party hosts ("Nairobi will host talks with Addis Ababa"): that party
    is the host."""
    if _mediator(text, sentence, trigger, roles, items, fired) or trigger.pos != "noun":
        return
    if not _BETWEEN.match(text, trigger.end):
        _party_hosts(text, trigger, roles, fired)
        return
    pair = {i.country for i in roles.parties if i.start >= trigger.end}
    if len(pair) < 2:
        return
    for item in [*roles.parties, *items]:
        if item.country in pair:
            continue
        hosts = item.end <= trigger.start and _HOSTED_BEFORE.fullmatch(
            text, item.end, trigger.start
        )
        lo = max(sentence[0], item.start - MEDIATOR_REACH)
        mediates = item.start >= trigger.end and _BY_MEDIATOR.search(text, lo, item.start)
        if hosts or mediates:
            roles.parties = [i for i in roles.parties if i.country != item.country]
            roles.host = item.country
            fired.append(("host.third-state", "host"))
            return


# "negotiators return to Vienna this week for talks": the trip goes to the talks' venue
_TO_PLACE = re.compile(r"\b(?:to|in)[ \t]+$", re.IGNORECASE)


def trip_to_the_venue(
    text: str, trigger: Trigger, is_visit: bool, roles: Roles, fired: list[tuple[str, str]]
) -> None:
    """A city that two other states' people travel to for talks is the talks' venue (their
    location), not a party or host: "Indian and Chinese negotiators return to Vienna for
    talks"."""
    if is_visit or len(roles.parties) < 3:
        return  # a city and two other sides at least
    for item in roles.parties:
        if roles.location is not None and roles.location.country != item.country:
            continue
        others = {i.country for i in roles.parties if i.country != item.country}
        named = any(i.country == item.country and not i.city for i in roles.parties)
        if (
            not named
            and item.city
            and item.actor is None
            and item.end <= trigger.start
            and len(others) >= 2
            and _TO_PLACE.search(text, max(0, item.start - 4), item.start)
        ):
            roles.parties = [i for i in roles.parties if i.country != item.country]
            roles.location = Location(country=item.country, place=text[item.start : item.end])
            if roles.host == item.country:
                roles.host = None
            fired.append(("location.venue-of-a-trip", "location"))
            return


def _party_hosts(text: str, trigger: Trigger, roles: Roles, fired: list[tuple[str, str]]) -> None:
    """ "Nairobi will host talks with Addis Ababa": the subject of the host verb hosts."""
    if roles.host is not None:
        return
    for item in roles.parties:
        if item.end <= trigger.start and _HOSTED_BEFORE.fullmatch(text, item.end, trigger.start):
            roles.host = item.country
            fired.append(("host.subject-of-host-verb", "host"))
            return


def _mediator(
    text: str,
    sentence: Span,
    trigger: Trigger,
    roles: Roles,
    items: list[Item],
    fired: list[tuple[str, str]],
) -> bool:
    """ "met in Geneva for talks mediated by Switzerland": a state named after "mediated by",
    not one of the two or more sides, hosts an event held on its soil (a place of the
    sentence is in it)."""
    after = text[trigger.end : sentence[1]]
    if roles.host is not None or not any(
        w in after for w in ("by", " as ", "hosting", "mediating")
    ):
        return False  # no "mediated by", "as host" or "with Qatar hosting" after the event word
    venues = {i.country for i in items if i.location or i.city}
    for item in items:
        lo = max(sentence[0], item.start - MEDIATOR_REACH)
        # the sides are the parties other than the mediator ("…, hosted by Oman in Muscat,")
        sides = {i.country for i in roles.parties if i.country != item.country}
        member = any(i.country == item.country and i.start != item.start for i in roles.parties)
        if (
            len(sides) == 2  # two sides and their mediator, not a gathering its member hosts
            and not member
            and not item.group
            and item.country in venues
            and item.start >= trigger.end
            and (
                _BY_MEDIATOR.search(text, lo, item.start)
                or _AS_HOST.match(text, item.end)
                or (_WITH_BEFORE.search(text, lo, item.start) and _HOSTING.match(text, item.end))
            )
        ):
            roles.parties = [i for i in roles.parties if i.country != item.country]
            roles.host = item.country
            fired.append(("host.third-state", "host"))
            return True
    return False
