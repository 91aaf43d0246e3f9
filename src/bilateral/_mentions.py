"""What the finders return: one mention of a country, date or actor, with its offsets.

Every mention satisfies ``input[m.start:m.end] == m.text``.
"""

from __future__ import annotations

from collections.abc import Iterable

from attrs import field, frozen

from bilateral._model import Actor, Country, DateSpan, Duration, TimeRef
from bilateral._model_time import Recurrence, TimeOfDay
from bilateral._vocab import Recognition, Tense

__all__ = ["ActorMention", "CountryMention", "DateMention"]


def _as_tuple(value: Iterable[Country]) -> tuple[Country, ...]:
    return tuple(value)


@frozen(kw_only=True)
class CountryMention:
    """A span of text that names a state (or an international organisation).

    ``country`` is ``None`` when the mention is ambiguous (``candidates`` lists the
    possibilities), when context rules it out, or for an organisation (``organization``
    names it).

    >>> import bilateral
    >>> m = bilateral.find_countries("Seoul's Ministry of Finance said")[0]
    >>> m.text, m.country.alpha_3, m.recognition
    ("Seoul's", 'KOR', <Recognition.CAPITAL: 'capital'>)
    """

    text: str  #: The mention as written: ``input[start:end]``.
    start: int  #: Offset of its first character in the input.
    end: int  #: Offset just past its last character.
    #: The state named, or ``None`` (ambiguous, ruled out, or an organisation).
    country: Country | None
    recognition: Recognition  #: How the state was recognised: name, alias, demonym, capital, …
    #: The states that fit an ambiguous mention.
    candidates: tuple[Country, ...] = field(default=(), converter=_as_tuple)
    organization: str | None = None  #: The international organisation named, or ``None``.

    @property
    def is_ambiguous(self) -> bool:
        """Whether more than one state fits and context did not decide."""
        return self.country is None and len(self.candidates) > 1


@frozen(kw_only=True)
class DateMention:
    """A date or time expression with its value anchored on the publication date.

    ``value`` is a :class:`~bilateral.DateSpan` (TIMEX3 DATE), a :class:`~bilateral.Duration`
    (DURATION), a :class:`~bilateral.TimeOfDay` (TIME), a :class:`~bilateral.Recurrence`
    (SET), or a :class:`~bilateral.TimeRef` for vague references (``PRESENT_REF``,
    ``PAST_REF``, ``FUTURE_REF``); ``timex`` is the value's TIMEX3 form.
    ``tense`` is the direction that decided an open reference ("on Wednesday").

    >>> import datetime as dt, bilateral
    >>> m = bilateral.find_dates("They will meet next week.", published=dt.date(2025, 4, 16))[0]
    >>> m.text, m.timex
    ('next week', '2025-W17')
    """

    text: str  #: The expression as written: ``input[start:end]``.
    start: int  #: Offset of its first character in the input.
    end: int  #: Offset just past its last character.
    #: A date span, a duration, a time of day, a recurrence, a vague reference, or ``None``.
    value: DateSpan | Duration | TimeRef | TimeOfDay | Recurrence | None
    timex: str | None = None  #: The TIMEX3 value of ``value``, or ``None``.
    tense: Tense | None = None  #: The tense that decided an open reference, or ``None``.


@frozen(kw_only=True)
class ActorMention:
    """An official, a government body or a state acting, found in the text.

    ``source`` says where the actor's country came from: ``"text"``, ``"roster"`` (the
    bundled table of office holders), ``"counterpart"``, or ``None`` when it is unknown.

    >>> import bilateral
    >>> m = bilateral.find_actors("Chinese Premier Li Qiang arrived.")[0]
    >>> m.actor.name, m.actor.title, m.actor.country.alpha_3
    ('Li Qiang', 'Premier', 'CHN')
    """

    text: str  #: The actor as written: ``input[start:end]``.
    start: int  #: Offset of its first character in the input.
    end: int  #: Offset just past its last character.
    actor: Actor  #: The official, body or state.
    #: Where the actor's country came from: text, roster, counterpart, or ``None``.
    source: str | None = None
