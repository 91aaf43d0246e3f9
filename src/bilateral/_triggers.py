"""Event triggers: the words that name a meeting, a call, a visit, and the rules that keep them.

``data/triggers.tsv`` lists the trigger words with their event kind, part of speech and verb
form. A word counts only where its context allows: each rule below names one context that
turns a trigger word into something else ("call for", "a cabinet meeting", "met the
deadline", "came to power", "host the match"). Everything here works on one sentence or
window at a time; the words and cues come from :mod:`bilateral._triggers_cues`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

import attrs

from bilateral._lazyre import lazy_pattern
from bilateral._tables import read_tsv
from bilateral._triggers_cues import Cue, Words, cues_in, words_in
from bilateral._vocab import EventKind, Level

__all__ = [
    "Cue",
    "Trigger",
    "Words",
    "cues_in",
    "find_triggers",
    "level_rank",
]

# Contexts that turn a trigger word into something else.
# what one meets that is no counterpart: "meet the demand", "met its targets"
_UNMET = frozenset(
    {
        "demand",
        "demands",
        "targets",
        "target",
        "deadline",
        "needs",
        "expectations",
        "requirements",
        "criteria",
        "obligations",
        "goals",
    }
)
_NOT_AFTER = {
    # "call for", "called on", "calls off" (handled as a status cue), "so-called"
    "call": {"for", "on", "upon", "off", "it", "them", "him", "her", "the", "a", "an", "this"},
    "calls": {"for", "on", "upon", "off", "from", "to", "by", "grew", "have", "are", "mounted"},
    "called": {
        "for",
        "on",
        "upon",
        "off",
        "it",
        "the",
        "a",
        "an",
        "this",
        "that",
        "them",
        "him",
        "her",
        "into",
        "up",
        "back",
        "in",
        "out",
        "to",
        "by",
    },
    "meet": _UNMET | {"standards"},
    "meets": _UNMET | {"the", "its", "their"},
    "met": _UNMET | {"by"},
    "meeting": _UNMET | {"the", "its", "their"},
    "host": {"country", "nation", "city", "of", "to"},
    "hosts": {"of"},
    "tour": {"of", "de"},
    "speak": {"to", "about", "out", "of", "for", "at"},
    "spoke": {
        "to",
        "about",
        "out",
        "of",
        "for",
        "at",
        "during",
        "after",
        "before",
        "in",
        "on",
        "while",
        "as",
    },
    "conversation": {"about", "around"},
    "trip": {"up", "over"},
    "arrive": {"at"},
}
_NOT_BEFORE = {
    "call": {
        "wake-up",
        "roll",
        "wakeup",
        "judgment",
        "judgement",
        "close",
        "margin",
        "the",
        "a",
        "final",
        "last",
        "first",
        "tough",
        "difficult",
        "clarion",
        "repeated",
        "his",
        "her",
        "their",
        "its",
        "renewed",
        "urgent",
        "public",
        "phone-in",
    },
    "calls": {"wake-up", "growing", "repeated", "renewed", "urgent", "public", "the", "mounting"},
    "meeting": {
        "board",
        "shareholder",
        "shareholders",
        "cabinet",
        "party",
        "committee",
        "council",
        "staff",
        "annual",
        "general",
        "plenary",
    },
    "meetings": {"board", "shareholder", "shareholders", "cabinet", "party", "committee"},
    "talks": {"he", "she", "it", "who", "that", "peace"},
    "visit": {"site", "home", "hospital", "field", "school", "factory", "tourists"},
    # "a meeting … is also being discussed": the subject is the topic, not a party
    "discussed": {"is", "are", "was", "were", "be", "been", "being"},
}
_SHARED_BODY = frozenset(["binational", "bilateral", "joint", "intergovernmental", "bi-national"])
# "call", "conversation", "spoke", "speak" are phone triggers only near these words.
_PHONE = {
    "phone",
    "telephone",
    "telephoned",
    "phoned",
    "video",
    "virtual",
    "call",
    "calls",
    "called",
    "by",
    "line",
}
_JOINT = {"joint", "binational", "bi-national", "intergovernmental", "inter-governmental"}
_AFTER_BILATERAL = {"", "on", "with", "at", "in", "during", "between", "later", "earlier"}
_HOSTED_AT = lazy_pattern(
    r"\b(?:at|during|for)[ \t]+(?:the|a|an|this|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:summit|conference|forum|gathering|meeting of)\b",
    re.IGNORECASE,
)
_HOSTING = {"host", "hosts", "hosted", "hosting"}
_GENERIC_GUESTS = {"foreign", "world", "many", "several", "numerous", "dozens", "other", "visiting"}
_EVENT_NOUNS = {
    "round",
    "rounds",
    "conference",
    "forum",
    "session",
    "gathering",
    "games",
    # what a state hosts that is no diplomatic event: "beat bids from India to host the match"
    "match",
    "championship",
    "tournament",
    "olympics",
    "cup",
    "final",
    "expo",
    "exhibition",
    "festival",
    "congress",
}
_RETREAT_BEFORE = {"leaders", "leaders'", "leaders’", "annual", "ministerial", "bilateral"}
_MEET_WORDS = {"meet", "met", "meets", "meeting"}
_DETERMINERS = {"the", "its", "their", "his", "her", "our", "these", "those", "all"}
_SPOKE = {"spoke", "speak", "speaks", "spoken", "speaking"}
_PHONE_ONLY = {"call", "calls", "conversation", "spoke", "speak", "spoken", "speaks", "speaking"}
# "sat" counts in "sat down with"; "arrive(d)" and "landed" need "in".
_NEEDS_NEXT = {
    "sat": {"down"},
    # "a lunch with Milei", not "lunch in the canteen"
    "lunch": {"with"},
    "dinner": {"with"},
    "breakfast": {"with"},
    "luncheon": {"with"},
    "arrived": {"in"},
    "arrives": {"in"},
    "arrive": {"in"},
    "arriving": {"in"},
    "landed": {"in"},
    "travel": {"to"},
    "travels": {"to"},
    "travelled": {"to"},
    "traveled": {"to"},
    "travelling": {"to"},
    "traveling": {"to"},
    "fly": {"to"},
    "flies": {"to"},
    "flew": {"to"},
    "flying": {"to"},
    "flown": {"to"},
    "jets": {"off"},
}
# "welcomed" and "received" host a visit only with a person after them, not "the decision"
_ATTEND = {"attend", "attended", "attending", "attends"}
_COME = {"come", "comes", "came", "coming"}
_CEREMONY_AFTER = lazy_pattern(
    r"[ \t]+(?:the|a)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:inauguration|swearing-in|funeral"
    r"|coronation|investiture)\b",
    re.IGNORECASE,
)
_SPORT_AFTER = lazy_pattern(
    r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,4}(?:again[ \t]+)?(?:in|at)[ \t]+"
    r"(?:the|a|an|their|this)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?:final|finals|semifinal|semi-final|quarterfinal|quarter-final|match|game|fixture|derby"
    r"|opener|playoff|play-off|tie|round[ \t]+of[ \t]+16|group[ \t]+stage|tournament|cup)\b",
    re.IGNORECASE,
)
_IN_PERSON = lazy_pattern(
    r"\bon[ \t]+the[ \t]+(?:margins|sidelines|fringes)\b|\bin[ \t]+person\b|\bface-to-face\b",
    re.IGNORECASE,
)
_GREETING = {"welcomed", "welcomes", "received", "receives"}
_OFFICIAL_AHEAD = lazy_pattern(
    r"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Aa]mbassador|[Ee]nvoy|[Ss]ecretary|[Dd]elegation"
    r"|[Ss]peaker|[Cc]hancellor)\b"
)

_CALL_ON = frozenset(["call", "calls", "called"])
# "on President Xi Jinping", then not "to stop …" or "for help": an appeal
_CALLED_ON_OFFICIAL = lazy_pattern(
    r"[ \t]+on[ \t]+(?:President|Prime|King|Queen|Emir|Crown|Sultan|Chancellor|Premier|Vice"
    r"|General|Secretary|Speaker|Foreign|Defen[cs]e|Minister|Sheikh|Prince|Chairman)\b"
    r"(?:[ \t]+[A-Z][\w.'’-]*){0,6}"
)
_APPEAL_AFTER = lazy_pattern(r"[ \t]*(?:to|for)\b")

# Windows, in words or characters, around a trigger word that its rules read.
#: words on each side of "call", "spoke", "conversation" that may make it a phone call
_PHONE_WORDS = 3
#: characters on each side of "conversation" that may put it on the margins of a meeting
_IN_PERSON_CHARS = 150
#: characters after "received at/in/on" in which an official may be named
_OFFICIAL_CHARS = 90
#: words after "host" in which the event it hosts may be named
_HOSTED_WORDS = 6


@attrs.frozen
class Trigger:
    """One trigger word in a sentence."""

    word: str
    start: int
    end: int
    kind: EventKind
    pos: str
    form: str


@functools.cache
def _trigger_table() -> dict[str, tuple[EventKind, str, str]]:
    return {
        row["word"]: (EventKind(row["kind"]), row["pos"], row["form"])
        for row in read_tsv("triggers.tsv")
    }


class _At:
    """A trigger word in its window: the words around it and the text it stands in."""

    __slots__ = (
        "end",
        "entry",
        "i",
        "nxt",
        "prev",
        "start",
        "text",
        "w_end",
        "w_start",
        "word",
        "words",
    )

    def __init__(
        self,
        text: str,
        span: tuple[int, int],
        words: list[tuple[str, int, int]],
        i: int,
        entry: tuple[EventKind, str, str],
    ) -> None:
        self.text = text
        self.start, self.end = span
        self.words = words
        self.i = i
        self.word, self.w_start, self.w_end = words[i]
        self.entry = entry
        self.nxt = words[i + 1][0] if i + 1 < len(words) else ""
        self.prev = words[i - 1][0] if i else ""

    def capitalised(self, k: int) -> bool:
        """Whether the word ``k`` places after the trigger exists and starts with a capital."""
        return self.i + k < len(self.words) and self.text[self.words[self.i + k][1]].isupper()

    def trigger(self, kind: EventKind | None = None, end: int | None = None) -> Trigger:
        """The trigger this word makes, of its own kind or of ``kind``."""
        own, pos, form = self.entry
        return Trigger(
            self.word, self.w_start, self.w_end if end is None else end, kind or own, pos, form
        )


def _courtesy_call(text: str, prev: str, w_end: int, end: int) -> bool:
    """Whether "call on" tells a visit to an official, not an appeal ("called on the
    government to …"): after "courtesy", or before a titled official not followed by
    "to" or "for"."""
    if prev == "courtesy":
        return True
    m = _CALLED_ON_OFFICIAL().match(text, w_end, end)
    return m is not None and not _APPEAL_AFTER().match(text, m.end(), end)


def _not_after(at: _At) -> bool:
    """A word after it that makes it something else: "call for", "met by", "tour de"."""
    return at.nxt in _NOT_AFTER.get(at.word, ()) and not (
        at.prev in _PHONE and at.word in {"call", "calls"}  # "a phone call on Tuesday"
    )


def _not_before(at: _At) -> bool:
    """A word before it that makes it something else: "a cabinet meeting", but "a binational
    cabinet meeting"."""
    return at.prev in _NOT_BEFORE.get(at.word, ()) and not (
        at.i > 1 and at.words[at.i - 2][0] in _SHARED_BODY
    )


def _unmet(at: _At) -> bool:
    """ "met the deadline", "meet their targets"; not "met the president"."""
    return (
        at.nxt in _DETERMINERS
        and at.i + 2 < len(at.words)
        and at.words[at.i + 2][0] in _NOT_AFTER.get(at.word, ())
    )


def _lacks_next(at: _At) -> bool:
    """A word that counts only before a given next word: "sat down", "arrived in"."""
    return at.nxt not in _NEEDS_NEXT[at.word]


def _phone_context(at: _At) -> bool:
    """Whether "call", "spoke" or "conversation" stands where it names a phone call."""
    words, i = at.words, at.i
    window = {w for w, _, _ in words[max(0, i - _PHONE_WORDS) : i + _PHONE_WORDS + 1]} - {at.word}
    after = words[i + 2] if i + 2 < len(words) else None
    official_next = after is not None and (
        at.text[after[1]].isupper() or after[0] in {"the", "his", "her", "their"}
    )
    return bool(
        window & _PHONE
        # "a call with the president", "PM call with Prime Minister Carney"
        or (at.word in {"call", "calls"} and at.nxt == "with" and official_next)
        # "spoke with the new Prime Minister of Canada", not "spoke to reporters"
        or (at.word in _SPOKE and at.nxt in {"with", "to"} and official_next)
    )


def _in_person_conversation(at: _At) -> bool:
    """ "had a good conversation … on the margins of the conference": a meeting."""
    return (
        at.word == "conversation"
        and _IN_PERSON().search(
            at.text,
            max(at.start, at.w_start - _IN_PERSON_CHARS),
            min(at.end, at.w_end + _IN_PERSON_CHARS),
        )
        is not None
    )


def _called_no_name(at: _At) -> bool:
    """ "called" before anything but a capitalised word: "so-called", "called it"."""
    return not (at.nxt and at.capitalised(1))


def _come_no_place(at: _At) -> bool:
    """ "Georgiev will come to Skopje", not "came to power" or "come to terms"."""
    return not (at.nxt == "to" and at.capitalised(2))


def _attend_no_ceremony(at: _At) -> bool:
    """ "attended the inauguration of …" is a trip; "attended a lecture" is not."""
    return not _CEREMONY_AFTER().match(at.text, at.w_end, at.end)


def _sport(at: _At) -> bool:
    """ "Kazakhstan and Kyrgyzstan meet in the kokpar final": a match."""
    return _SPORT_AFTER().match(at.text, at.w_end, at.end) is not None


def _greeting_no_guest(at: _At) -> bool:
    """ "welcomed" and "received" host a visit only with a person after them."""
    return not (
        (at.nxt and at.capitalised(1))
        or at.nxt in {"his", "her", "their"}
        # "received at Bayan Palace on Monday Iraq's Foreign Minister": agency style
        or (
            at.nxt in {"at", "in", "on"}
            and at.prev not in {"be", "been", "being", "is", "was", "were", "are"}
            and _OFFICIAL_AHEAD().search(at.text, at.w_end, min(at.end, at.w_end + _OFFICIAL_CHARS))
            is not None
        )
    )


def _mountain(at: _At) -> bool:
    """A mountain's summit."""
    return at.prev in {"mountain", "everest"}


def _hosts_generic(at: _At) -> bool:
    """ "where Xi has hosted foreign leaders": a habit, not an event."""
    return at.nxt in _GENERIC_GUESTS


def _hosts_event(at: _At) -> bool:
    """ "ready to host a third round of talks": the talks are the event."""
    table = _trigger_table()
    ahead = at.words[at.i + 1 : at.i + _HOSTED_WORDS + 1]
    return any(w in table or w in _EVENT_NOUNS for w, _, _ in ahead) or (
        _HOSTED_AT().search(at.text, at.w_end, at.end) is not None
    )


def _not_a_bilateral(at: _At) -> bool:
    """ "held a bilateral on the margins", not "a bilateral trade deal"."""
    return (
        at.prev not in {"a", "the", "their", "his", "her", "two"} or at.nxt not in _AFTER_BILATERAL
    )


def _not_joint(at: _At) -> bool:
    """A joint commission meets; the European Commission does not."""
    return at.prev not in _JOINT


def _not_video(at: _At) -> bool:
    """A "video conference" is a call; any other conference is not."""
    return at.prev not in _PHONE


def _army_retreat(at: _At) -> bool:
    """A leaders' retreat, not an army's."""
    return not (at.text[at.w_start].isupper() or at.prev in _RETREAT_BEFORE)


def _capital_noun(at: _At) -> bool:
    """A capitalised "Host" or "Call" inside a sentence: a name, not the noun."""
    return at.text[at.w_start].isupper() and at.i > 0 and at.entry[1] == "noun"


_Rule = Callable[[_At], bool]
#: Each rule with the trigger words it reads; it rules such a word out where it holds. The
#: word rules are read before the phone rule, the context rules after it, each in order.
_WORD_RULES: tuple[tuple[frozenset[str], _Rule], ...] = (
    (frozenset(_NOT_AFTER), _not_after),
    (frozenset(_NOT_BEFORE), _not_before),
    (frozenset(_MEET_WORDS), _unmet),
    (frozenset(_NEEDS_NEXT), _lacks_next),
)
_CONTEXT_RULES: tuple[tuple[frozenset[str], _Rule], ...] = (
    (frozenset(["called"]), _called_no_name),
    (frozenset(_COME), _come_no_place),
    (frozenset(_ATTEND), _attend_no_ceremony),
    (frozenset(_MEET_WORDS), _sport),
    (frozenset(_GREETING), _greeting_no_guest),
    (frozenset(["summit", "summits"]), _mountain),
    (frozenset(_HOSTING), _hosts_generic),
    (frozenset(_HOSTING), _hosts_event),
    (frozenset(["bilateral", "bilaterals"]), _not_a_bilateral),
    (frozenset(["commission"]), _not_joint),
    (frozenset(["conference"]), _not_video),
    (frozenset(["retreat"]), _army_retreat),
    (frozenset(["host", "call"]), _capital_noun),
)


@functools.cache
def _rules_for(word: str) -> tuple[tuple[_Rule, ...], tuple[_Rule, ...]]:
    """The word rules and the context rules that read ``word``, in order."""
    return (
        tuple(rule for words, rule in _WORD_RULES if word in words),
        tuple(rule for words, rule in _CONTEXT_RULES if word in words),
    )


def _judge(at: _At) -> Trigger | None:
    """The trigger a trigger word makes in its context, or None where a rule rules it out."""
    if (
        at.word in _CALL_ON
        and at.nxt == "on"
        and _courtesy_call(at.text, at.prev, at.w_end, at.end)
    ):
        # "paid a courtesy call on Mudavadi", "will call on President Erdogan on Thursday":
        # the trigger spans "call on", so "on" is not read as the start of a topic
        return at.trigger(EventKind.MEETING, end=at.words[at.i + 1][2])
    word_rules, context_rules = _rules_for(at.word)
    if any(rule(at) for rule in word_rules):
        return None
    if at.word in _PHONE_ONLY and not _phone_context(at):
        return at.trigger(EventKind.MEETING) if _in_person_conversation(at) else None
    if any(rule(at) for rule in context_rules):
        return None
    return at.trigger()


def find_triggers(text: str, start: int, end: int, tokens: Words | None = None) -> list[Trigger]:
    """The trigger words of the sentence ``text[start:end]``, filtered by their context.

    >>> t = "They met on Monday and will meet the deadline."
    >>> [(tr.word, tr.kind.value, tr.form) for tr in find_triggers(t, 0, len(t))]
    [('met', 'meeting', 'past')]
    """
    words = words_in(text, start, end, tokens)
    table = _trigger_table()
    out: list[Trigger] = []
    for i, (word, _, _) in enumerate(words):
        entry = table.get(word)
        if entry is not None and (trigger := _judge(_At(text, (start, end), words, i, entry))):
            out.append(trigger)
    return out


_RANK = {
    Level.HEAD_OF_STATE: 6,
    Level.MINISTERIAL: 5,
    Level.VICE_MINISTERIAL: 4,
    Level.SENIOR_OFFICIAL: 3,
    Level.MILITARY: 3,
    Level.PARLIAMENTARY: 2,
    Level.WORKING_LEVEL: 1,
}


def level_rank(level: Level | None) -> int:
    """The order of levels, highest first when sorted descending; 0 for None.

    >>> level_rank(Level.HEAD_OF_STATE) > level_rank(Level.MINISTERIAL) > level_rank(None)
    True
    """
    return 0 if level is None else _RANK[level]
