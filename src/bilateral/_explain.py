"""explain(): which stages and named rules made each event of an article, and why the other
candidates were dropped."""

from __future__ import annotations

import datetime as dt

import attrs

from bilateral._args import check_published, check_text
from bilateral._document import Document, build
from bilateral._events.pipeline import run
from bilateral._events.records import Note
from bilateral._model import Event
from bilateral._rules import rules

__all__ = ["DroppedCandidate", "ExplainedEvent", "Explanation", "RuleUse", "explain"]


@attrs.frozen
class RuleUse:
    """One rule that set a field of an event, where it fired."""

    #: The rule's id (see the rules reference).
    rule: str
    #: The stage that applied it.
    stage: str
    #: The field it set.
    field: str
    #: The event word whose mention it changed (empty for rules of a whole event).
    trigger: str
    #: The offsets of that word in the text (``-1`` for rules of a whole event).
    start: int
    end: int


@attrs.frozen
class ExplainedEvent:
    """One event and the rules that made it."""

    #: The event, as ``extract`` returns it.
    event: Event
    #: The rules that set its fields, in the order the stages applied them.
    rules: tuple[RuleUse, ...]


@attrs.frozen
class DroppedCandidate:
    """An event word that made no event, and why."""

    #: The event word and its offsets.
    trigger: str
    start: int
    end: int
    #: The stage that owns the rule that dropped it, and the rule.
    stage: str
    rule: str
    #: The rules that had set its fields before it was dropped.
    rules: tuple[RuleUse, ...] = ()


@attrs.frozen
class Explanation:
    """What :func:`explain` found: the document, each event with its rules, and the
    dropped candidates. ``str()`` gives a readable report."""

    #: The annotated article.
    document: Document
    #: The events, in the order ``extract`` returns them, with the rules behind them.
    events: tuple[ExplainedEvent, ...]
    #: The event words that made no event.
    dropped: tuple[DroppedCandidate, ...]
    #: The rules applied to event words that were joined into another of their sentence
    #: (each joined word, and the rules that had set its fields).
    joined: tuple[RuleUse, ...] = ()

    def fired(self) -> set[str]:
        """The ids of every rule that fired: on an event, to drop a candidate, or on a
        candidate before it was dropped."""
        kept = {u.rule for t in self.events for u in t.rules} | {u.rule for u in self.joined}
        return kept | {r for c in self.dropped for r in (c.rule, *(u.rule for u in c.rules))}

    def __str__(self) -> str:
        lines = []
        for i, t in enumerate(self.events, start=1):
            e = t.event
            states = ", ".join(c.alpha_3 for c in e.countries)
            when = e.date.timex if e.date is not None else "no date"
            lines.append(f"event {i}: {e.kind.value}, {e.status.value}: {states} ({when})")
            lines += [f"  {s.start:>4}-{s.end:<4} {s.text!r} [{s.trigger}]" for s in e.evidence]
            for u in t.rules:
                where = f" at {u.start}-{u.end} {u.trigger!r}" if u.start >= 0 else ""
                lines.append(f"    {u.field:<12} {u.rule} ({u.stage}){where}")
        for c in self.dropped:
            lines.append(f"dropped {c.trigger!r} at {c.start}-{c.end}: {c.rule} ({c.stage})")
        return "\n".join(lines) if lines else "no event words"


def explain(text: str, *, published: dt.date | dt.datetime | str) -> Explanation:
    """The events of an article with the stages and named rules that made each field, and
    the candidates that were dropped, with the rule that dropped them.

    >>> import bilateral
    >>> why = bilateral.explain("Modi met Ishiba in Tokyo on Friday. No talks are planned.",
    ...                         published="2025-08-20")
    >>> [u.rule for u in why.events[0].rules if u.field == "status"]
    ['status.dated-before-publication']
    >>> [(c.trigger, c.rule) for c in why.dropped]
    [('talks', 'polarity.negated-noun')]
    """
    check_text(text)
    day = check_published(published)
    doc = build(text, day, all_dates=False)
    state = run(doc) if text.strip() else None
    if state is None:
        return Explanation(doc, (), ())
    traced = []
    for event, group, assembled in zip(state.events, state.groups, state.assembled, strict=True):
        uses = [_use(n) for m in group.mentions for n in m.rules]
        uses += [RuleUse(rule, _stage(rule), field, "", -1, -1) for rule, field in assembled]
        traced.append(ExplainedEvent(event, tuple(uses)))
    dropped = tuple(
        DroppedCandidate(
            d.trigger.word,
            d.trigger.start,
            d.trigger.end,
            _stage(d.rule),
            d.rule,
            tuple(_use(n) for n in d.rules),
        )
        for d in state.dropped
    )
    return Explanation(doc, tuple(traced), dropped, tuple(_use(n) for n in state.absorbed))


def _use(note: Note) -> RuleUse:
    t = note.trigger
    return RuleUse(note.rule, _stage(note.rule), note.field, t.word, t.start, t.end)


def _stage(rule: str) -> str:
    found = rules().get(rule)
    return "?" if found is None else found.stage
