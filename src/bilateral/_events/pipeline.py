"""extract(): one typed event per real-world event of an article, by the declared stages.

The finders report mentions (:func:`~bilateral.annotate` puts them in one
:class:`~bilateral.Document`); the stages decide. For each trigger word ("met", "talks",
"visit", …) the mention stage gathers the states taking part from the officials and country
mentions of its clause (leaving out those in a topic phrase: "talks on security concerns
about North Korea"), the status from the modality around it, the date the text ties to it
(never a report date, never the publication date by default) and its polarity; the later
stages combine the mentions of one sentence, then merge those of one real-world event — a
headline and its paraphrases — into one :class:`~bilateral.Meeting`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import attrs

from bilateral._args import check_published, check_text
from bilateral._document import Document, build
from bilateral._events.article import article_stage
from bilateral._events.assemble import assemble_stage
from bilateral._events.combine import combine_stage
from bilateral._events.dates import dated_lines_stage
from bilateral._events.mention import mentions_stage
from bilateral._events.merge import merge_stage
from bilateral._events.records import State
from bilateral._events.status import carry_stage
from bilateral._gazetteer import Gazetteer, using
from bilateral._model import Event

__all__ = ["STAGES", "Stage", "extract", "run"]


@attrs.frozen
class Stage:
    """One step of the event layer: its name, the module that owns it, and its function."""

    name: str
    module: str
    run: Callable[[Document, State], State]


#: The event layer, in order. Each stage reads the document and the state the stages
#: before it made, and returns a new state.
STAGES: tuple[Stage, ...] = (
    Stage("mentions", "_events/mention.py", mentions_stage),
    Stage("article", "_events/article.py", article_stage),
    Stage("combine", "_events/combine.py", combine_stage),
    Stage("dated-lines", "_events/dates.py", dated_lines_stage),
    Stage("carry-status", "_events/status.py", carry_stage),
    Stage("merge", "_events/merge.py", merge_stage),
    Stage("assemble", "_events/assemble.py", assemble_stage),
)


def run(doc: Document) -> State:
    """Every stage over one document; the final state holds the events and the trace."""
    state = State()
    if not doc.triggers:
        return state  # no word of the family: nothing to find
    for stage in STAGES:
        state = stage.run(doc, state)
    return state


def extract(
    text: str, *, published: dt.date | dt.datetime | str, gazetteer: Gazetteer | None = None
) -> list[Event]:
    """The bilateral-relations events of an article, one per real-world event.

    ``published`` (a date, a datetime or an ISO-8601 string) anchors relative dates;
    it is never used as an event's date by default. A :class:`~bilateral.Gazetteer` adds a
    user's own aliases, places and office holders for this call.

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
    if gazetteer is None:
        return list(run(build(text, day, all_dates=False)).events)
    with using(gazetteer):  # the places and the roster read it while this call runs
        return list(run(build(text, day, all_dates=False, gazetteer=gazetteer)).events)
