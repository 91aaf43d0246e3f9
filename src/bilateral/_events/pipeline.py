"""extract(): one typed event per real-world event of an article, by the declared stages."""

from __future__ import annotations

import datetime as dt
import re

from bilateral._actors import _find_actors
from bilateral._args import check_published, check_text
from bilateral._countries import find_countries
from bilateral._dates import _date_mentions
from bilateral._events.article import (
    a_bodys_own,
    add_delegations,
    dateline_country,
    host_by_dateline,
    place_the_other_side,
    visitor_is_a_body,
)
from bilateral._events.assemble import assemble_event
from bilateral._events.combine import (
    combine_sentence,
    drop_denied,
    share_parties,
    share_setting,
    split_tours,
)
from bilateral._events.dates import date_by_line, date_spans, in_dateline
from bilateral._events.items import sentence_items
from bilateral._events.mention import build_mention, by_phone, last_official
from bilateral._events.merge import merge_mentions
from bilateral._events.records import Item, Mention
from bilateral._events.spans import inside, lead_end_of, nearest_to, within
from bilateral._events.status import carry_status
from bilateral._events.words import PAIR_SUBJECT
from bilateral._model import (
    Actor,
    Event,
)
from bilateral._text import link_lists, sentences
from bilateral._triggers import Cue, Words, cues_in, find_triggers
from bilateral._vocab import (
    ActorKind,
)

__all__ = ["extract"]


# A sentence of news names a handful of event words (four at most in the example and
# development sets); a run of them is no prose, and reading only its first few keeps the
# work per sentence bounded ("talks talks talks …" no longer costs 9 seconds a megabyte).
_MAX_TRIGGERS = 8


def extract(text: str, *, published: dt.date | dt.datetime | str) -> list[Event]:
    """The bilateral-relations events of an article, one per real-world event.

    ``published`` (a date, a datetime or an ISO-8601 string) anchors relative dates;
    it is never used as an event's date by default.

    >>> import datetime as dt
    >>> text = ("Indian Prime Minister Narendra Modi will meet Japanese Prime Minister "
    ...         "Shigeru Ishiba in Tokyo next week.")
    >>> [e] = extract(text, published=dt.date(2025, 8, 20))
    >>> e.kind.value, e.status.value, [c.alpha_3 for c in e.countries], e.date.timex
    ('meeting', 'planned', ['IND', 'JPN'], '2025-W35')
    """
    check_text(text)
    day = check_published(published)
    if not text.strip():
        return []
    tokens = Words(text)
    sents = sentences(text)
    links = link_lists(text)
    link_starts = [a for a, _ in links]
    with_triggers = [
        (s, e, t[:_MAX_TRIGGERS])
        for s, e in sents
        if not inside(links, link_starts, s) and (t := find_triggers(text, s, e, tokens))
    ]
    if not with_triggers:
        return []  # no word of the family: nothing to find, and nothing else to scan
    found = find_countries(text)
    countries = [m for m in found if m.country is not None or m.organization is not None]
    actors = _find_actors(text, found, day)
    persons = [
        a for a in actors if a.actor.kind is ActorKind.PERSON and a.actor.country is not None
    ]
    # the persons who are not the object of an event verb ("he had met Crown Prince …"),
    # whom a later "He" may be
    subjects = [
        a for a in persons if not _OBJECT_BEFORE.search(text, max(0, a.start - 30), a.start)
    ]
    dates = _date_mentions(text, day, sents, date_spans(text, sents, with_triggers))
    unplaced = [a for a in actors if a.actor.kind is ActorKind.PERSON and a.actor.country is None]
    per_sentence: list[list[Mention]] = []
    lone: list[tuple[Mention, Actor]] = []
    for s_start, s_end, found_triggers in with_triggers:
        triggers = [by_phone(text, t, s_start, s_end) for t in found_triggers]
        cues = cues_in(text, s_start, s_end, tokens)
        items = sentence_items(text, s_start, s_end, countries, actors, day, tokens)
        s_dates = [
            d
            for d in within(dates, s_start, s_end)
            if d.end <= s_end and not in_dateline(text, d.start, d.end)
        ]
        prior = last_official(persons, subjects, s_start)
        # each item and cue belongs to its nearest trigger: found once, not once per trigger
        spans: list[Item | Cue] = [*items, *cues]
        owner = {id(x): nearest_to(x.start, x.end, triggers, text) for x in spans}
        sentence_mentions = [
            build_mention(
                text, (s_start, s_end), t, triggers, items, cues, s_dates, day, prior, owner
            )
            for t in triggers
        ]
        for a in within(unplaced, s_start, s_end):
            near = nearest_to(a.start, a.end, triggers, text)
            lone.extend(
                (m, a.actor)
                for m in sentence_mentions
                if m.trigger is near and len(m.countries) == 1 and not m.multi
            )
        for m in sentence_mentions:
            if visitor_is_a_body(text, m, found, s_start) or a_bodys_own(text, m, found, day):
                m.negated = True
        per_sentence.append(sentence_mentions)
    place_the_other_side(lone, per_sentence)
    add_delegations(text, sents, with_triggers, persons, per_sentence)
    host_by_dateline(text, dateline_country(text, found), found, actors, per_sentence)
    mentions: list[Mention] = []
    for sentence_mentions in per_sentence:
        sentence_mentions = split_tours(sentence_mentions)
        share_parties(text, sentence_mentions)
        share_setting(text, sentence_mentions)
        sentence_mentions = drop_denied(sentence_mentions)
        mentions.extend(combine_sentence(text, sentence_mentions))
    date_by_line(text, sents, dates, mentions)
    lead_end = lead_end_of(text)
    for m in mentions:
        m.lead = m.trigger.start < lead_end
        m.background = m.date is not None and (day - m.date.end).days > 7
        m.pair_subject = bool(
            PAIR_SUBJECT.search(text, max(m.sentence[0], m.trigger.start - 50), m.trigger.start)
        )
    carry_status(mentions)
    drafts = merge_mentions(mentions)
    events = [assemble_event(text, d, day) for d in drafts]
    return [e for e in events if e is not None]


_OBJECT_BEFORE = re.compile(
    r"\b(?:met|meet|meets|meeting|with|received|receives|hosted|hosts|welcomed|called[ \t]+on)"
    r"[ \t]+$",
    re.IGNORECASE,
)
