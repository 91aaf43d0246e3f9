"""annotate(): one :class:`Document` per article, built once, read by every event stage.

The document holds the text, the publication date, one tokenisation, the sentences, the
headline, the lead, the dateline and the blocks of links to other stories, and a layer per
finder: countries, actors, dates, event words (triggers) and context cues. Every span is a
pair of offsets into the text, and every layer is sorted by start, so that ``within`` is a
bisect, never a scan of the article.
"""

from __future__ import annotations

import bisect
import datetime as dt
import operator
import re
from collections.abc import Sequence
from typing import Protocol, TypeVar

import attrs

from bilateral._actors import find_actor_mentions
from bilateral._args import check_published, check_text
from bilateral._clauses import Clause, find_clauses
from bilateral._countries import find_countries
from bilateral._dates import date_mentions
from bilateral._gazetteer import Gazetteer, using
from bilateral._mentions import ActorMention, CountryMention, DateMention
from bilateral._text import LetterRuns, Span, link_lists, sentences
from bilateral._triggers import Cue, Trigger, Words, find_triggers
from bilateral._vocab import ActorKind

__all__ = ["Document", "annotate"]

#: A sentence of news names a handful of event words (four at most in the example and
#: development sets); a run of them is no prose, and reading only its first few keeps the
#: work per sentence bounded ("talks talks talks …" costs no more than news).
MAX_TRIGGERS = 8
#: A dateline stands in the first lines of an article.
DATELINE_REACH = 600
#: A headline is short: no scan of a whole long text for its end.
HEADLINE_REACH = 1000
#: The lead is the first paragraph of at least this many characters after the headline
#: (bylines and datelines are shorter).
LEAD_LENGTH = 120

_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
# "WASHINGTON —", "ABU DHABI, 12th November, 2024 (WAM) --": what follows a dateline's place.
# "[ \t]*(?:,…)?[ \t]+" read the same strings, but tried every split of a run of blanks
# between its two quantifiers: O(k**2) on k blanks after a capitalised name.
DATELINE_AFTER = re.compile(r"(?:[ \t]*,[^\n—–]{0,30})?[ \t]+[—–-]+[ \t]")


class _Located(Protocol):
    @property
    def start(self) -> int: ...


_L = TypeVar("_L", bound=_Located)


#: The key of the layers' bisects, called in C (a Python function here cost a call per probe).
_start_of = operator.attrgetter("start")


@attrs.frozen(eq=False)
class Document:
    """One article, annotated: the text, its tokens and sentences, and each finder's layer.

    Built by :func:`annotate` (``extract`` builds one per article and reads nothing else).
    Immutable; every span is ``(start, end)`` into :attr:`text`, and every layer is a tuple
    sorted by start.

    >>> import bilateral
    >>> doc = bilateral.annotate("Modi met Ishiba in Tokyo on Friday.", published="2025-08-20")
    >>> [t.word for t in doc.triggers], [c.text for c in doc.countries]
    (['met'], ['Tokyo'])
    >>> [d.text for d in doc.dates], doc.sentence_of(4)
    (['Friday'], (0, 35))
    """

    #: The article's text, as given.
    text: str
    #: The publication date: the anchor of relative dates.
    published: dt.date
    #: The sentences, in order.
    sentences: tuple[Span, ...]
    #: Blocks of links to other stories ("Related", "Read more"): not read for events.
    link_blocks: tuple[Span, ...]
    #: The headline (a first line with no full stop, then a blank line), if there is one.
    headline: Span | None
    #: The lead: from the start to the end of the first paragraph of some length.
    lead: Span
    #: The dateline ("ANKARA, March 3 —"), if the article opens with one.
    dateline: Span | None
    #: Country, capital, demonym and organisation mentions.
    countries: tuple[CountryMention, ...]
    #: Officials and bodies, with the states they serve.
    actors: tuple[ActorMention, ...]
    #: Date, duration and vague time mentions (see :attr:`date_scope`).
    dates: tuple[DateMention, ...]
    #: Event words ("met", "talks", "visit"), at most ``MAX_TRIGGERS`` a sentence, none in
    #: link blocks.
    triggers: tuple[Trigger, ...]
    #: Context cues: status, report, topic, level and polarity phrases (none read by
    #: ``extract`` in a text with no event word).
    cues: tuple[Cue, ...]
    #: Clauses embedded in the sentences (relative clauses, appositions), each with the noun
    #: phrase it is about; ``extract`` reads those of sentences with event words only.
    clauses: tuple[Clause, ...]
    #: The spans whose dates were read; ``None`` when the whole text was.
    date_scope: tuple[Span, ...] | None
    _words: Words = attrs.field(alias="words", repr=False)
    _sentence_starts: list[int] = attrs.field(alias="sentence_starts", repr=False)

    @property
    def tokens(self) -> list[tuple[str, int, int]]:
        """The words of the text, lowercased, with their offsets: ``(word, start, end)``.

        >>> import bilateral
        >>> bilateral.annotate("Talks resumed.", published="2025-01-01").tokens
        [('talks', 0, 5), ('resumed', 6, 13)]
        """
        return self._words.within(0, len(self.text))

    @property
    def words(self) -> Words:
        """The tokenisation that the trigger and cue finders read (private to the library)."""
        return self._words

    def within(self, layer: Sequence[_L], start: int, end: int) -> list[_L]:
        """The items of a layer (sorted by start) that start in ``start:end``: a bisect.

        >>> import bilateral
        >>> doc = bilateral.annotate("Xi met Lula. Modi met Ishiba.", published="2025-01-01")
        >>> [t.start for t in doc.within(doc.triggers, 13, 29)]
        [18]
        """
        return within(layer, start, end)

    def sentence_of(self, offset: int) -> Span | None:
        """The sentence that holds ``offset``, or ``None`` between sentences.

        >>> import bilateral
        >>> bilateral.annotate("Talks resumed. Both met.", published="2025-01-01").sentence_of(16)
        (15, 24)
        """
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if i < 0 or offset >= self.sentences[i][1]:
            return None
        return self.sentences[i]

    def in_link_block(self, offset: int) -> bool:
        """Whether ``offset`` lies in a block of links to other stories."""
        return _in_spans(self.link_blocks, offset)


def annotate(
    text: str, *, published: dt.date | dt.datetime | str, gazetteer: Gazetteer | None = None
) -> Document:
    """The :class:`Document` of an article: tokens, sentences and every finder's layer.

    ``published`` (a date, a datetime or an ISO-8601 string) anchors relative dates. This is
    what :func:`~bilateral.extract` reads; use it to see what the finders found. A
    :class:`~bilateral.Gazetteer` adds a user's own entries, as for ``extract``.

    >>> import bilateral
    >>> doc = bilateral.annotate(
    ...     "Chinese Premier Li Qiang will visit Canberra next week.", published="2025-06-10")
    >>> [(a.actor.name, a.actor.country.alpha_3) for a in doc.actors]
    [('Li Qiang', 'CHN')]
    >>> [(t.word, t.kind.value) for t in doc.triggers], doc.dates[0].value.timex
    ([('visit', 'visit')], '2025-W25')
    """
    check_text(text)
    day = check_published(published)
    with using(gazetteer):  # the roster reads it while the actors are found
        return build(text, day, gazetteer=gazetteer)


def build(
    text: str, day: dt.date, *, all_dates: bool = True, gazetteer: Gazetteer | None = None
) -> Document:
    """The document of checked arguments. With ``all_dates=False`` only the sentences that
    may date an event are read for dates (those with an event word, the two before each, and
    short lines of their own), as ``extract`` needs; the rest of the work is the same."""
    runs = LetterRuns(text)  # the one pass over the words: the word, cue and title finders
    words = Words(text, runs)
    sents = sentences(text)
    links = link_lists(text)
    doc_links = tuple(links)
    triggers: list[Trigger] = []
    for s, e in sents:
        if _in_spans(doc_links, s):
            continue
        triggers += find_triggers(text, s, e, words)[:MAX_TRIGGERS]
    countries = find_countries(text, gazetteer=gazetteer) if triggers or all_dates else []
    actors = find_actor_mentions(text, countries, day, runs) if triggers or all_dates else []
    scope = None if all_dates else _date_scope(text, sents, triggers)
    clauses = find_clauses(
        text, sents if all_dates else [s for s in sents if within(triggers, s[0], s[1])]
    )
    dates = date_mentions(text, day, sents, scope, events=True) if scope is None or scope else []
    return Document(
        text=text,
        published=day,
        sentences=tuple(sents),
        link_blocks=doc_links,
        headline=_headline(text),
        lead=(0, _lead_end(text)),
        dateline=_dateline(text, countries),
        countries=tuple(countries),
        actors=tuple(actors),
        dates=tuple(dates),
        triggers=tuple(triggers),
        # the cue layer is read only around event words: no event word, no cue scan
        cues=tuple(words.cues(0, len(text))) if triggers or all_dates else (),
        clauses=tuple(clauses),
        date_scope=None if scope is None else tuple(scope),
        words=words,
        sentence_starts=[s for s, _ in sents],
    )


def within(layer: Sequence[_L], start: int, end: int) -> list[_L]:
    """The items of a layer sorted by start that start in ``start:end``: a bisect, not a scan
    of the article for each sentence (which would make the work grow with its square)."""
    lo = bisect.bisect_left(layer, start, key=_start_of)
    return list(layer[lo : bisect.bisect_left(layer, end, lo, key=_start_of)])


def _in_spans(spans: tuple[Span, ...], at: int) -> bool:
    i = bisect.bisect_right(spans, (at, 1 << 62)) - 1
    return i >= 0 and at < spans[i][1]


def _date_scope(text: str, sents: list[Span], triggers: list[Trigger]) -> list[Span]:
    """The sentences whose dates can matter: each one with a trigger, the two before it,
    whose dates anchor "the next day" or "two days later", and short lines of their own
    (a date above an item of a list); the rest are not read."""
    starts = [s for s, _ in sents]
    wanted: set[int] = set()
    for t in triggers:
        i = bisect.bisect_right(starts, t.start) - 1
        wanted.update(range(max(0, i - 2), i + 1))
    wanted.update(
        i
        for i, (s, e) in enumerate(sents)
        if e - s <= 40 and (s == 0 or text[s - 1] == "\n") and (e == len(text) or text[e] == "\n")
    )
    return [sents[i] for i in sorted(wanted)]


def _headline(text: str) -> Span | None:
    """A first line with no full stop, then a blank line."""
    first = text.find("\n\n", 0, HEADLINE_REACH)
    if first < 0 or text[:first].rstrip().endswith((".", '"', "”")):
        return None
    return (0, first)


def _lead_end(text: str) -> int:
    """The end of the lead: the first paragraph of ``LEAD_LENGTH`` characters or more after
    the headline; the whole text if it has no such paragraph."""
    start = 0
    for i, brk in enumerate(_PARAGRAPH_BREAK.finditer(text)):
        if i and len(text[start : brk.start()].strip()) >= LEAD_LENGTH:
            return brk.start()
        start = brk.end()
    return len(text)


def _dateline(text: str, countries: list[CountryMention]) -> Span | None:
    """A place in capitals at the start of a line near the top, then a dash: "LONDON —"."""
    for c in countries:
        if c.start > DATELINE_REACH:
            break
        at_line_start = c.start == 0 or text[c.start - 1] == "\n"
        if c.country is not None and c.text.isupper() and at_line_start:
            dash = DATELINE_AFTER.match(text, c.end)
            if dash is not None:
                return (c.start, dash.end())
    return None


def persons(doc: Document) -> list[ActorMention]:
    """The people of the actor layer whose state is known."""
    return [
        a for a in doc.actors if a.actor.kind is ActorKind.PERSON and a.actor.country is not None
    ]


def state_mentions(doc: Document) -> list[CountryMention]:
    """The country layer less the mentions that name neither a state nor a body."""
    return [m for m in doc.countries if m.country is not None or m.organization is not None]


def dates_in(doc: Document, start: int, end: int) -> list[DateMention]:
    """The date mentions that lie wholly in ``start:end``."""
    return [d for d in doc.within(doc.dates, start, end) if d.end <= end]
