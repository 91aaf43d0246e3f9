"""Event triggers and the context cues around them: kind, status, topics, level.

Tables: ``data/triggers.tsv`` (trigger words) and ``data/cues.tsv`` (status, topic-marker,
report, level, topic and state-noun cues). Everything here works on one sentence at a time.
"""

from __future__ import annotations

import bisect
import functools
import re

import attrs

from bilateral._tables import read_tsv
from bilateral._vocab import EventKind, Level, Status

__all__ = [
    "Cue",
    "Trigger",
    "cues_in",
    "find_triggers",
    "level_rank",
]

_WORD = re.compile(r"[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*")

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
_HOSTED_AT = re.compile(
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
_CEREMONY_AFTER = re.compile(
    r"[ \t]+(?:the|a)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:inauguration|swearing-in|funeral"
    r"|coronation|investiture)\b",
    re.IGNORECASE,
)
_SPORT_AFTER = re.compile(
    r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,4}(?:again[ \t]+)?(?:in|at)[ \t]+"
    r"(?:the|a|an|their|this)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?:final|finals|semifinal|semi-final|quarterfinal|quarter-final|match|game|fixture|derby"
    r"|opener|playoff|play-off|tie|round[ \t]+of[ \t]+16|group[ \t]+stage|tournament|cup)\b",
    re.IGNORECASE,
)
_IN_PERSON = re.compile(
    r"\bon[ \t]+the[ \t]+(?:margins|sidelines|fringes)\b|\bin[ \t]+person\b|\bface-to-face\b",
    re.IGNORECASE,
)
_GREETING = {"welcomed", "welcomes", "received", "receives"}
_OFFICIAL_AHEAD = re.compile(
    r"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Aa]mbassador|[Ee]nvoy|[Ss]ecretary|[Dd]elegation"
    r"|[Ss]peaker|[Cc]hancellor)\b"
)


@attrs.frozen
class Trigger:
    """One trigger word in a sentence."""

    word: str
    start: int
    end: int
    kind: EventKind
    pos: str
    form: str


@attrs.frozen
class Cue:
    """One context cue found in a sentence."""

    role: str
    phrase: str
    value: str
    start: int
    end: int


@functools.cache
def _trigger_table() -> dict[str, tuple[EventKind, str, str]]:
    return {
        row["word"]: (EventKind(row["kind"]), row["pos"], row["form"])
        for row in read_tsv("triggers.tsv")
    }


@functools.cache
def _cue_table() -> dict[tuple[str, ...], tuple[tuple[str, str], ...]]:
    table: dict[tuple[str, ...], list[tuple[str, str]]] = {}
    for row in read_tsv("cues.tsv"):
        table.setdefault(tuple(row["phrase"].split()), []).append((row["role"], row["value"]))
    return {k: tuple(v) for k, v in table.items()}


@functools.cache
def _cue_starts() -> dict[str, tuple[tuple[str, ...], ...]]:
    starts: dict[str, list[tuple[str, ...]]] = {}
    for phrase in _cue_table():
        starts.setdefault(phrase[0], []).append(phrase)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in starts.items()}


class Words:
    """The words of a whole text, lowercased with their offsets, found once and sliced.

    ``extract`` asks for the triggers and cues of many windows of one article; tokenising
    each window again cost more than everything else it did.
    """

    __slots__ = ("_cue_starts", "_cues", "_ends", "_starts", "_words")

    def __init__(self, text: str) -> None:
        self._words = [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text)]
        self._starts = [w[1] for w in self._words]
        self._ends = [w[2] for w in self._words]
        self._cues: list[Cue] | None = None
        self._cue_starts: list[int] = []

    def cues(self, start: int, end: int) -> list[Cue]:
        """The cues of the whole text, found once, that lie wholly inside ``start:end``:
        ``extract`` asks for those of every sentence and of a window after every state."""
        if self._cues is None:
            self._cues = _cues_of(self._words)
            self._cue_starts = [c.start for c in self._cues]
        lo = bisect.bisect_left(self._cue_starts, start)
        hi = bisect.bisect_left(self._cue_starts, end, lo)
        return [c for c in self._cues[lo:hi] if c.end <= end]

    def within(self, start: int, end: int) -> list[tuple[str, int, int]]:
        """The words that lie wholly inside ``start:end``."""
        lo = bisect.bisect_left(self._starts, start)
        hi = bisect.bisect_right(self._ends, end, lo)
        return self._words[lo:hi]


def _words(
    text: str, start: int, end: int, words: Words | None = None
) -> list[tuple[str, int, int]]:
    if words is not None:
        return words.within(start, end)
    return [(m.group().lower(), m.start(), m.end()) for m in _WORD.finditer(text, start, end)]


_CALL_ON = frozenset(["call", "calls", "called"])
# "on President Xi Jinping", then not "to stop …" or "for help": an appeal
_CALLED_ON_OFFICIAL = re.compile(
    r"[ \t]+on[ \t]+(?:President|Prime|King|Queen|Emir|Crown|Sultan|Chancellor|Premier|Vice"
    r"|General|Secretary|Speaker|Foreign|Defen[cs]e|Minister|Sheikh|Prince|Chairman)\b"
    r"(?:[ \t]+[A-Z][\w.'’-]*){0,6}"
)
_APPEAL_AFTER = re.compile(r"[ \t]*(?:to|for)\b")


def _courtesy_call(text: str, prev: str, w_end: int, end: int) -> bool:
    """Whether "call on" tells a visit to an official, not an appeal ("called on the
    government to …"): after "courtesy", or before a titled official not followed by
    "to" or "for"."""
    if prev == "courtesy":
        return True
    m = _CALLED_ON_OFFICIAL.match(text, w_end, end)
    return m is not None and not _APPEAL_AFTER.match(text, m.end(), end)


def find_triggers(text: str, start: int, end: int, tokens: Words | None = None) -> list[Trigger]:
    """The trigger words of the sentence ``text[start:end]``, filtered by their context."""
    words = _words(text, start, end, tokens)
    table = _trigger_table()
    out: list[Trigger] = []
    for i, (word, w_start, w_end) in enumerate(words):
        entry = table.get(word)
        if entry is None:
            continue
        kind, pos, form = entry
        nxt = words[i + 1][0] if i + 1 < len(words) else ""
        prev = words[i - 1][0] if i else ""
        if word in _CALL_ON and nxt == "on" and _courtesy_call(text, prev, w_end, end):
            # "paid a courtesy call on Mudavadi", "will call on President Erdogan on Thursday"
            # the trigger spans "call on", so "on" is not read as the start of a topic
            out.append(Trigger(word, w_start, words[i + 1][2], EventKind.MEETING, pos, form))
            continue
        if nxt in _NOT_AFTER.get(word, ()) and not (
            prev in _PHONE and word in {"call", "calls"}  # "a phone call on Tuesday"
        ):
            continue
        if prev in _NOT_BEFORE.get(word, ()) and not (i > 1 and words[i - 2][0] in _SHARED_BODY):
            continue  # "a cabinet meeting", but "a binational cabinet meeting"
        if (
            word in _MEET_WORDS
            and nxt in _DETERMINERS
            and i + 2 < len(words)
            and words[i + 2][0] in _NOT_AFTER.get(word, ())
        ):
            continue  # "met the deadline", "meet their targets"; not "met the president"
        if word in _NEEDS_NEXT and nxt not in _NEEDS_NEXT[word]:
            continue
        if word in _PHONE_ONLY:
            window = {w for w, _, _ in words[max(0, i - 3) : i + 4]} - {word}
            after = words[i + 2] if i + 2 < len(words) else None
            official_next = after is not None and (
                text[after[1]].isupper() or after[0] in {"the", "his", "her", "their"}
            )
            if not (
                window & _PHONE
                # "a call with the president", "PM call with Prime Minister Carney"
                or (word in {"call", "calls"} and nxt == "with" and official_next)
                # "spoke with the new Prime Minister of Canada", not "spoke to reporters"
                or (word in _SPOKE and nxt in {"with", "to"} and official_next)
            ):
                if word == "conversation" and _IN_PERSON.search(
                    text, max(start, w_start - 150), min(end, w_end + 150)
                ):
                    # "had a good conversation … on the margins of the conference"
                    out.append(Trigger(word, w_start, w_end, EventKind.MEETING, pos, form))
                continue
        if word == "called" and not (nxt and text[words[i + 1][1]].isupper()):
            continue
        if word in _COME and not (
            nxt == "to" and i + 2 < len(words) and text[words[i + 2][1]].isupper()
        ):
            continue  # "Georgiev will come to Skopje", not "came to power" or "come to terms"
        if word in _ATTEND and not _CEREMONY_AFTER.match(text, w_end, end):
            continue  # "attended the inauguration of …" is a trip; "attended a lecture" is not
        if word in _MEET_WORDS and _SPORT_AFTER.match(text, w_end, end):
            continue  # "Kazakhstan and Kyrgyzstan meet in the kokpar final": a match
        if word in _GREETING and not (
            (nxt and text[words[i + 1][1]].isupper())
            or nxt in {"his", "her", "their"}
            # "received at Bayan Palace on Monday Iraq's Foreign Minister": agency style
            or (
                nxt in {"at", "in", "on"}
                and prev not in {"be", "been", "being", "is", "was", "were", "are"}
                and _OFFICIAL_AHEAD.search(text, w_end, min(end, w_end + 90))
            )
        ):
            continue
        if word in {"summit", "summits"} and prev in {"mountain", "everest"}:
            continue
        if word in _HOSTING and nxt in _GENERIC_GUESTS:
            continue  # "where Xi has hosted foreign leaders": a habit, not an event
        if word in _HOSTING and (
            any(w in table or w in _EVENT_NOUNS for w, _, _ in words[i + 1 : i + 7])
            or _HOSTED_AT.search(text, w_end, end)
        ):
            continue  # "ready to host a third round of talks": the talks are the event
        if word in {"bilateral", "bilaterals"} and (
            prev not in {"a", "the", "their", "his", "her", "two"} or nxt not in _AFTER_BILATERAL
        ):
            continue  # "held a bilateral on the margins", not "a bilateral trade deal"
        if word == "commission" and prev not in _JOINT:
            continue  # a joint commission meets; the European Commission does not
        if word == "conference" and prev not in _PHONE:
            continue  # a "video conference" is a call; any other conference is not
        if word == "retreat" and not (text[w_start].isupper() or prev in _RETREAT_BEFORE):
            continue  # a leaders' retreat, not an army's
        if text[w_start].isupper() and i and word in {"host", "call"} and pos == "noun":
            continue
        out.append(Trigger(word, w_start, w_end, kind, pos, form))
    return out


def cues_in(text: str, start: int, end: int, tokens: Words | None = None) -> list[Cue]:
    """Every cue phrase in ``text[start:end]``, longest match first at each word."""
    if tokens is not None:
        return tokens.cues(start, end)
    return _cues_of(_words(text, start, end))


def _cues_of(found: list[tuple[str, int, int]]) -> list[Cue]:
    """The cue phrases of a run of words, longest match first at each word."""
    starts = _cue_starts()
    table = _cue_table()
    out: list[Cue] = []
    i = 0
    while i < len(found):
        matched = 0
        for phrase in starts.get(found[i][0], ()):
            n = len(phrase)
            if tuple(w[0] for w in found[i : i + n]) == phrase:
                for role, value in table[phrase]:
                    out.append(Cue(role, " ".join(phrase), value, found[i][1], found[i + n - 1][2]))
                matched = n
                break
        i += matched or 1
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
    """The order of levels, highest first when sorted descending; 0 for None."""
    return 0 if level is None else _RANK[level]


def status_of_form(form: str) -> Status | None:
    """The status a verb form alone suggests: past 'met' → occurred."""
    return Status.OCCURRED if form == "past" else None
