"""Distributive plurals: "held separate meetings with the leaders of A, B and C" tells one
bilateral event per partner, not one event of four states; "joint talks with A and B" stays one
event of three."""

from __future__ import annotations

import re

from bilateral._document import Document
from bilateral._events.records import Mention
from bilateral._model import Country, DateSpan
from bilateral._regex import lazy_regex
from bilateral._vocab import EventKind

#: Characters after an event word where "individually" or "separately" may still qualify it:
#: "met the leaders of Japan and India individually".
DISTRIBUTIVE_REACH = 90

# "separate meetings", "bilateral talks", "individual phone calls": a plural event noun
_BEFORE = lazy_regex(
    r"\b(?:separate|individual|bilateral|one-on-one|one-to-one)[ \t]+"
    r"(?:(?:phone|telephone|video)[ \t]+)?$",
    re.IGNORECASE,
)
_AFTER = lazy_regex(
    r"[^.;:!?]*?\b(?:individually|separately|one[ \t]+by[ \t]+one|in[ \t]+turn)\b", re.IGNORECASE
)


# a comma before a lower-case word or "the": the list is over ("…, the ministry said")
_CLAUSE_TURN = lazy_regex(r",[ \t]+(?:[a-z]|[Tt]he\b)|;")


def distribute(doc: Document, mention: Mention) -> list[Mention]:
    """The mention as one mention per partner when its event word is distributive and one
    state before it meets two or more after it; else the mention alone."""
    trigger, (s, _) = mention.trigger, mention.sentence
    rule = _distributive(doc, mention) if len(mention.countries) >= 3 else None
    if rule is None:
        return [mention]
    if doc.dateline is not None:
        s = max(s, doc.dateline[1])  # "CAIRO —" places the story, it meets no one
    subject = _subject(doc, s, trigger.start, mention.countries)
    if subject is None and any(n.rule == "parties.pronoun-subject" for n in mention.rules):
        subject = mention.countries[0]  # "he held separate meetings with …": whom "he" is
    if subject is None:
        return [mention]
    partners = [c for c in mention.countries if c != subject]
    dates = _partner_dates(doc, mention, partners)
    out = []
    for partner in partners:
        pair = (subject, partner)
        split = mention.by(
            rule,
            "countries",
            countries=pair,
            participants=tuple(a for a in mention.participants if a.country in pair),
            host=mention.host if mention.host in pair else None,
        )
        if partner in dates:
            split = split.by("date.per-partner", "date", date=dates[partner])
        out.append(split)
    return out


def _partner_dates(
    doc: Document, mention: Mention, partners: list[Country]
) -> dict[Country, DateSpan]:
    """Each partner's own date when the list gives one after each ("with Modi on Thursday and
    Putin on Friday"): the day dates that follow a partner's first mention after the event
    word, before the next partner's."""
    t, (_, e) = mention.trigger, mention.sentence
    named = [x for x in doc.within(doc.actors, t.end, e) if x.actor.country in partners]
    at: dict[Country, int] = {}
    for x in sorted(
        [(m.start, m.actor.country) for m in named]
        + [
            (m.start, m.country)
            for m in doc.within(doc.countries, t.end, e)
            if m.country in partners
        ],
        key=lambda p: p[0],
    ):
        if x[1] is not None:
            at.setdefault(x[1], x[0])
    order = sorted(at.items(), key=lambda p: p[1])
    bounds = [*(p[1] for p in order[1:]), e]
    out: dict[Country, DateSpan] = {}
    for (partner, start), end in zip(order, bounds, strict=True):
        turn = _CLAUSE_TURN().search(doc.text, start, end)  # ", the ministry said on Tuesday"
        end = turn.start() if turn is not None else end
        own = [d.value for d in doc.within(doc.dates, start, end) if isinstance(d.value, DateSpan)]
        if len(own) == 1:
            out[partner] = own[0]
    if len(out) == 1 and order and order[-1][0] in out:
        # "with A, B and C on Monday": the date after the list is the date of them all
        return dict.fromkeys(partners, out[order[-1][0]])
    return out if len(out) == len(partners) else {}


# "a conference call", "a joint video call", "a trilateral call": one call of them all
_CONFERENCE = lazy_regex(
    r"\b(?:conference|joint|trilateral|three-way|multilateral|group)[ \t]+(?:video[ \t]+)?"
    r"(?:call|phone|conversation)|\bvideo[ \t]?conference\b",
    re.IGNORECASE,
)
# "negotiations among Egypt, Ethiopia and Sudan", "talks between": one event of them all
_JOINT = lazy_regex(r"[ \t]+(?:among|amongst|between)\b", re.IGNORECASE)


# "on the sidelines of the summit", "on the margins of": where leaders meet one by one
_SIDELINES = lazy_regex(r"\bon[ \t]+the[ \t]+(?:sidelines?|margins?)[ \t]+of\b", re.IGNORECASE)


def _officials_of_each(doc: Document, mention: Mention) -> bool:
    """Two or more partners after the event word, each named as an official of their state."""
    t, (_, e) = mention.trigger, mention.sentence
    named = {a.actor.country for a in doc.within(doc.actors, t.end, e) if a.actor.name}
    return len(named & set(mention.countries)) >= 2


def _distributive(doc: Document, mention: Mention) -> str | None:
    """The rule that makes the mention distributive, or ``None``."""
    text, t, (s, e) = doc.text, mention.trigger, mention.sentence
    if _JOINT().match(text, t.end):
        return None
    plural = t.pos == "noun" and t.word.endswith("s")
    if (
        t.kind is EventKind.CALL
        and (plural or t.pos == "verb")
        and not _CONFERENCE().search(text, max(0, t.start - 40), min(e, t.end + 40))
    ):
        # "calls with Chile, Colombia and Uruguay", "has spoken with the leaders of the United
        # States, Japan and India": a call is between two
        return "parties.distributive-plural"
    if plural and _BEFORE().search(text, max(0, t.start - 40), t.start):
        return "parties.distributive-plural"
    if _AFTER().match(text, t.end, min(e, t.end + DISTRIBUTIVE_REACH)) is not None:
        return "parties.distributive-plural"
    front = _FRONT_DISTRIBUTIVE().match(text, s)
    if front is not None and front.end() <= t.start:
        # "In separate meetings on Monday, Sisi discussed trade with the ministers of …"
        return "parties.distributive-plural"
    if (
        t.pos == "verb"
        and t.kind is EventKind.MEETING
        and _SIDELINES().search(text, s, t.start)
        and _officials_of_each(doc, mention)
    ):
        # "On the sidelines of the summit, the President met with A's Prime Minister X and
        # B's Prime Minister Y": leaders meet one by one on the margins of a summit
        return "parties.sideline-partners"
    return None


# "In separate meetings on Monday, …", "In bilateral talks, …": a distributive event phrase
# that opens the sentence
_FRONT_DISTRIBUTIVE = lazy_regex(
    r"[ \t]*(?:In|During)[ \t]+(?:separate|individual|bilateral|one-on-one)[ \t]+"
    r"(?:[\w-]+[ \t]+)?(?:meetings|talks|calls|conversations|contacts)\b[^,;.]{0,40},",
)
# "In separate meetings on Monday, …": the event phrase fronted, its subject after the comma
_FRONTED = lazy_regex(r"[ \t]*(?:In|During|At)[ \t]+$")
_FRONT_END = lazy_regex(r"[^,;.]{0,40},[ \t]+")


def _subject(doc: Document, s: int, at: int, countries: tuple[Country, ...]) -> Country | None:
    """The one party named before the event word in its sentence, if exactly one is; an
    official's state before a place's ("During a stopover in Kuala Lumpur, Macron held
    bilateral meetings with …"); for a fronted event phrase ("In separate meetings on Monday,
    Sisi discussed trade with …"), the first party after it."""
    people = {a.actor.country for a in doc.within(doc.actors, s, at) if a.end <= at}
    before = people | {c.country for c in doc.within(doc.countries, s, at) if c.end <= at}
    named = [c for c in countries if c in before]
    if len(named) == 1:
        return named[0]
    officials = [c for c in countries if c in people]
    if len(officials) == 1:
        return officials[0]
    if named or not _FRONTED().search(doc.text, s, doc.text.rfind(" ", s, at) + 1 or s):
        return None
    front = _FRONT_END().match(doc.text, at)
    if front is None:
        return None
    after = doc.within(doc.actors, front.end(), front.end() + 1)
    if after and after[0].actor.country in countries:
        return after[0].actor.country
    return None
