"""The state of one ``find_actors`` run: the country mentions it reads, the mentions it found.

:class:`Places` indexes the text's country mentions by their offsets, so that the state
before, inside or after a title is one dictionary look-up. :class:`Found` holds the actor
mentions found so far, the characters they cover, and the named people that later short
mentions ("Choi" after "Choi Sang-mok") refer to.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from bilateral._actors_names import NOT_NAMES, SURNAMES
from bilateral._mentions import ActorMention, CountryMention
from bilateral._model import Actor
from bilateral._regex import lazy_regex

__all__ = ["Found", "Places", "Taken"]

_HIS_HER = lazy_regex(r"(?:his|her|their|its)\s+$", re.IGNORECASE)
_GAP_BEFORE_TITLE = lazy_regex(r"(?P<pos>'s|’s|’|')?[ \t]+(?:the[ \t]+)?$")


class Taken:
    """The characters already given to a mention: O(1) and O(span) checks, not a list scan.

    A scan of every earlier span at every title and name made ``find_actors`` O(n**2) in the
    length of an article; a byte a character keeps it linear.

    >>> taken = Taken(10)
    >>> taken.append((2, 4))
    >>> taken.covers(3), taken.covers(4), taken.overlaps(0, 3), taken.overlaps(4, 9)
    (True, False, True, False)
    """

    __slots__ = ("_chars",)

    def __init__(self, size: int) -> None:
        self._chars = bytearray(size + 1)

    def append(self, span: tuple[int, int]) -> None:
        """Mark the characters of ``span`` as taken."""
        start, end = span
        self._chars[start:end] = b"\x01" * (end - start)

    def covers(self, at: int) -> bool:
        """Whether a mention holds the character at ``at``."""
        return self._chars[at] == 1

    def overlaps(self, start: int, end: int) -> bool:
        """Whether a mention holds any character of ``start:end``."""
        return self._chars.find(1, start, end) != -1


class Found:
    """The actor mentions of one text so far, their characters, and the people named."""

    __slots__ = ("mentions", "short", "taken", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.mentions: list[ActorMention] = []
        self.taken = Taken(len(text))
        #: a full name, a first or last word, or a surname with its particle -> the person,
        #: or None where two people share the key
        self.short: dict[str, Actor | None] = {}

    def add(self, start: int, end: int, actor: Actor, source: str | None) -> None:
        """Record a mention of ``actor`` at ``start:end``."""
        self.mentions.append(
            ActorMention(
                text=self.text[start:end], start=start, end=end, actor=actor, source=source
            )
        )
        self.taken.append((start, end))

    def remember(self, actor: Actor) -> None:
        """Index a named person by full name and by first and last word, for later short
        mentions."""
        assert actor.name is not None
        parts = actor.name.split()
        # first and last word, and a surname with its particle: "De Wever", "von der Leyen"
        keys = {parts[0], parts[-1], *(" ".join(parts[i:]) for i in range(1, len(parts) - 1))}
        for key in keys if len(parts) > 1 else set():
            if (key in NOT_NAMES and key not in SURNAMES) or len(key) < 2:
                continue
            previous = self.short.get(key, actor)
            self.short[key] = actor if previous == actor else None
        self.short[actor.name] = actor


class Places:
    """The text's country mentions that name a state, by where they start and end."""

    __slots__ = ("by_end", "by_start", "countries", "starts")

    def __init__(self, all_countries: Sequence[CountryMention]) -> None:
        self.countries = [m for m in all_countries if m.country is not None]
        self.by_end = {m.end: m for m in self.countries}
        self.by_start = {m.start: m for m in self.countries}
        self.starts = [m.start for m in self.countries]

    def inside(self, t_start: int, t_end: int) -> CountryMention | None:
        """The state whose name starts inside a title's words and runs past them."""
        i = bisect.bisect_right(self.starts, t_start)
        if i < len(self.countries) and self.countries[i].start < t_end < self.countries[i].end:
            return self.countries[i]
        return None

    def before(self, text: str, title_start: int) -> tuple[CountryMention | None, int, bool]:
        """The country mention right before a title, the start of the whole mention, and
        whether the title is a counterpart's ("his Ghanaian counterpart")."""
        gap = _GAP_BEFORE_TITLE().search(text, max(0, title_start - 12), title_start)
        if gap is None:
            return None, title_start, False
        # a possessive belongs to the country mention ("Pakistan's"), or not ("U.S.'")
        mention = self.by_end.get(gap.start()) or self.by_end.get(gap.end("pos"))
        if mention is None:
            return None, title_start, False
        counterpart = _HIS_HER().search(text, max(0, mention.start - 8), mention.start) is not None
        return mention, mention.start, counterpart
