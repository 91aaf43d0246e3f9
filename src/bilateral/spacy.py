"""The ``bilateral`` spaCy component: events and mentions on a spaCy ``Doc``.

Opt-in: ``import bilateral`` never imports this module or spaCy. Install the ``spacy``
extra (``pip install "bilateral[spacy]"``); spaCy finds the factory through the
``spacy_factories`` entry point, so ``nlp.add_pipe("bilateral")`` works without an import.
The component runs on any English pipeline, ``spacy.blank("en")`` included: it reads the
text, not spaCy's annotations, and maps the library's character offsets to spaCy tokens.

>>> import spacy
>>> nlp = spacy.blank("en")
>>> _ = nlp.add_pipe("bilateral")
>>> doc = nlp.make_doc("Indian Prime Minister Narendra Modi will meet Japanese Prime Minister "
...                    "Shigeru Ishiba in Tokyo next week.")
>>> doc._.published = "2025-08-20"
>>> doc = nlp(doc)
>>> [(e.kind.value, [c.alpha_3 for c in e.countries]) for e in doc._.events]
[('meeting', ['IND', 'JPN'])]
>>> [(s.text, s.label_) for s in doc.spans["bilateral_dates"]]
[('next week', '2025-W35')]
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from bilateral._args import check_published
from bilateral._document import annotate
from bilateral._events.pipeline import extract

__all__ = ["SPAN_GROUPS", "BilateralComponent", "make_component"]

#: The span groups the component sets, by what they hold.
SPAN_GROUPS: dict[str, str] = {
    "countries": "bilateral_countries",
    "dates": "bilateral_dates",
    "actors": "bilateral_actors",
    "triggers": "bilateral_triggers",
}


def _register_extensions() -> None:
    """``Doc._.published`` (read) and ``Doc._.events`` (written), registered once."""
    for name in ("published", "events"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _span(doc: Doc, start: int, end: int, label: str) -> Span | None:
    """The tokens that cover ``[start, end)``; ``None`` for an empty range."""
    return doc.char_span(start, end, label=label, alignment_mode="expand")


def _group(doc: Doc, items: list[tuple[int, int, str]]) -> list[Span]:
    spans = (_span(doc, start, end, label) for start, end, label in items)
    return [s for s in spans if s is not None]


class BilateralComponent:
    """Sets ``doc._.events`` and the span groups of :data:`SPAN_GROUPS` on each ``Doc``.

    The publication date comes from ``doc._.published`` (a date, datetime or ISO-8601
    string, as for :func:`bilateral.extract`); a ``Doc`` without one is a ``ValueError``,
    since the library never takes a date from the clock. Span labels: a country's alpha-3
    code (``"?"`` when unresolved), a date's TIMEX3 value, an actor's country code (``"?"``
    when unknown) and a trigger's event kind.
    """

    def __init__(self, name: str = "bilateral") -> None:
        """A component named ``name`` in its pipeline."""
        _register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        """Annotate ``doc`` in place and return it."""
        value = doc._.published
        if value is None:
            raise ValueError(
                "'doc._.published' must be set before the bilateral pipe runs "
                "(a date, datetime or ISO-8601 str): events are dated from it"
            )
        published = check_published(value, name="doc._.published")
        text = doc.text
        doc._.events = extract(text, published=published)
        layers = annotate(text, published=published)
        countries = [
            (m.start, m.end, "?" if m.country is None else m.country.alpha_3)
            for m in layers.countries
        ]
        dates = [(m.start, m.end, m.timex or "?") for m in layers.dates]
        actors = [
            (m.start, m.end, "?" if m.actor.country is None else m.actor.country.alpha_3)
            for m in layers.actors
        ]
        triggers = [(t.start, t.end, t.kind.value) for t in layers.triggers]
        groups = {"countries": countries, "dates": dates, "actors": actors, "triggers": triggers}
        for key, items in groups.items():
            doc.spans[SPAN_GROUPS[key]] = _group(doc, items)
        return doc


@Language.factory("bilateral")
def make_component(nlp: Language, name: str) -> BilateralComponent:
    """The factory behind ``nlp.add_pipe("bilateral")``.

    >>> import spacy
    >>> spacy.blank("en").add_pipe("bilateral").name
    'bilateral'
    """
    del nlp  # the component reads the text, not the pipeline's other annotations
    return BilateralComponent(name)
