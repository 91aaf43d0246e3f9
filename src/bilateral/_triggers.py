"""Event triggers: the words that name a meeting, a call, a visit, and the rules that keep them.

``data/triggers.tsv`` lists the trigger words with their event kind, part of speech and verb
form. A word counts only where its context allows: each rule below names one context that
turns a trigger word into something else ("call for", "a cabinet meeting", "met the
deadline", "came to power", "host the match"). Everything here works on one sentence or
window at a time; the words and cues come from :mod:`bilateral._triggers_cues`.
"""

from __future__ import annotations

import functools
import itertools
import operator
from collections.abc import Callable

import attrs

from bilateral import _triggers_context as tc
from bilateral._regex import lazy_regex
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
    m = tc.CALLED_ON_OFFICIAL().match(text, w_end, end)
    return m is not None and not tc.APPEAL_AFTER().match(text, m.end(), end)


def _not_after(at: _At) -> bool:
    """A word after it that makes it something else: "call for", "met by", "tour de"."""
    return at.nxt in tc.NOT_AFTER.get(at.word, ()) and not (
        (at.prev in tc.PHONE and at.word in {"call", "calls"})  # "a phone call on Tuesday"
        or (at.word in tc.SPOKE and _on_the_phone(at))  # "spoke on the telephone"
        # "played host to the Nigerian president": hosting a guest, not "host to refugees"
        or (at.word == "host" and at.prev in tc.PLAYED and at.nxt == "to" and _guest_after(at, 2))
    )


def _guest_after(at: _At, k: int) -> bool:
    """Whether a person or a state's guest follows ``k`` words on: a capitalised word, "his",
    or "the" before an official."""
    if at.i + k >= len(at.words):
        return False
    word, start, _ = at.words[at.i + k]
    return (
        at.text[start].isupper()
        or word in {"his", "her", "their"}
        or (
            word == "the"
            and tc.OFFICIAL_AHEAD().search(at.text, start, min(at.end, start + 40)) is not None
        )
    )


def _on_the_phone(at: _At) -> bool:
    """ "spoke on the phone", "spoke over the telephone": the two words after it."""
    nxt = [w for w, _, _ in at.words[at.i + 1 : at.i + 4]]
    return nxt[:2] in (["on", "the"], ["over", "the"]) and nxt[2:] in (["phone"], ["telephone"])


def _not_before(at: _At) -> bool:
    """A word before it that makes it something else: "a cabinet meeting", but "a binational
    cabinet meeting"."""
    return at.prev in tc.NOT_BEFORE.get(at.word, ()) and not (
        (at.i > 1 and at.words[at.i - 2][0] in tc.SHARED_BODY)
        # "took a call from the president": a call received
        or (
            at.word == "call"
            and at.nxt == "from"
            and at.i > 1
            and at.words[at.i - 2][0] in tc.TOOK_A_CALL
        )
        # "said that talks between …", "that talks would resume": the noun, not "that talks
        # about"
        or (at.word == "talks" and at.prev == "that" and at.nxt in tc.NOUN_TALKS_AFTER)
    )


def _unmet(at: _At) -> bool:
    """ "met the deadline", "meet their targets"; not "met the president"."""
    return (
        at.nxt in tc.DETERMINERS
        and at.i + 2 < len(at.words)
        and at.words[at.i + 2][0] in tc.NOT_AFTER.get(at.word, ())
    )


def _lacks_next(at: _At) -> bool:
    """A word that counts only before a given next word: "sat down", "arrived in"; "on to"
    stands for "to" ("will travel on to Kenya")."""
    wanted = tc.NEEDS_NEXT[at.word]
    if at.nxt == "on" and "to" in wanted and at.i + 2 < len(at.words):
        return at.words[at.i + 2][0] != "to"
    if at.word == "due" and at.nxt == "in":
        return not _guest_after(at, 2)  # "due in London", not "due in March" or "in part"
    return at.nxt not in wanted


def _phone_context(at: _At) -> bool:
    """Whether "call", "spoke" or "conversation" stands where it names a phone call."""
    words, i = at.words, at.i
    # "exchanged views over the phone": the phone words come after the thing exchanged
    ahead = tc.PHONE_WORDS + (2 if at.word in {"exchanged", "exchanging"} else 0)
    window = {w for w, _, _ in words[max(0, i - tc.PHONE_WORDS) : i + ahead + 1]} - {at.word}
    k = i + 1
    if at.nxt in tc.SPOKE_ADVERBS and k + 1 < len(words) and words[k + 1][0] in {"with", "to"}:
        k += 1  # "spoke today with", "spoke separately with"
    nxt = words[k][0] if k < len(words) else ""
    after = words[k + 1] if k + 1 < len(words) else None
    official_next = after is not None and (
        at.text[after[1]].isupper() or after[0] in {"the", "his", "her", "their"}
    )
    return bool(
        window & tc.PHONE
        # "a call with the president", "PM call with Prime Minister Carney"
        or (at.word in {"call", "calls"} and at.nxt == "with" and official_next)
        # "took a call from the Canadian prime minister"
        or (
            at.word == "call"
            and at.nxt == "from"
            and official_next
            and i >= 2
            and words[i - 2][0] in tc.TOOK_A_CALL
        )
        # "spoke with the new Prime Minister of Canada", not "spoke to reporters"
        or (at.word in tc.SPOKE and nxt in {"with", "to"} and official_next)
    )


def _in_person_conversation(at: _At) -> bool:
    """ "had a good conversation … on the margins of the conference": a meeting."""
    return (
        at.word == "conversation"
        and tc.IN_PERSON().search(
            at.text,
            max(at.start, at.w_start - tc.IN_PERSON_CHARS),
            min(at.end, at.w_end + tc.IN_PERSON_CHARS),
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
    return not tc.CEREMONY_AFTER().match(at.text, at.w_end, at.end)


def _sport(at: _At) -> bool:
    """ "Kazakhstan and Kyrgyzstan meet in the kokpar final": a match."""
    return tc.SPORT_AFTER().match(at.text, at.w_end, at.end) is not None


# "received on Tuesday at the palace by the President": adjuncts, then the passive's agent
_BY_AGENT_AHEAD = lazy_regex(r"[^,;.]{1,60}?[ \t]by[ \t]+(?:the[ \t]+)?[A-Z]")
# ", whom the president received": a relative clause whose object is its head
_WHOM_BEFORE = lazy_regex(r",[ \t]+whom[ \t]+[^,;.]{1,70}$")

#: The auxiliaries of a passive: "was received", "will be hosted".
AUXILIARIES = frozenset({"be", "been", "being", "is", "was", "were", "are"})


def _greeting_no_guest(at: _At) -> bool:
    """ "welcomed" and "received" host a visit only with a person after them."""
    return not (
        (at.nxt and at.capitalised(1))
        or at.nxt in {"his", "her", "their"}
        # "Tinubu, whom Erdogan received on Tuesday,": the guest is the relative's head
        or _WHOM_BEFORE().search(at.text, max(at.start, at.w_start - 80), at.w_start) is not None
        # "received the Belgian defence minister", "welcomed the visiting Kenyan president"
        or (
            at.nxt == "the"
            and tc.OFFICIAL_AHEAD().search(at.text, at.w_end, min(at.end, at.w_end + 40))
            is not None
        )
        # "was received by President Macron": the passive names the host after "by"
        or (at.nxt == "by" and at.prev in AUXILIARIES and at.capitalised(2))
        # "was received on Tuesday at the Presidential Palace by the President of …"
        or (
            at.prev in AUXILIARIES
            and _BY_AGENT_AHEAD().match(at.text, at.w_end, min(at.end, at.w_end + 80)) is not None
        )
        # "Prime Minister Pedro Sanchez was received in Rabat": an official received in a
        # place names no host, but the place's state receives them
        or (
            at.nxt in {"in", "at"}
            and at.prev in AUXILIARIES
            # "was received in Rabat", "were received at the Casa Rosada"
            and (at.capitalised(2) or (_word(at, 2) == "the" and at.capitalised(3)))
            and tc.OFFICIALS_BEFORE().search(at.text, max(at.start, at.w_start - 80), at.w_start)
            is not None
        )
        # "received at Bayan Palace on Monday Iraq's Foreign Minister": agency style
        or (
            at.nxt in {"at", "in", "on"}
            and at.prev not in AUXILIARIES
            and tc.OFFICIAL_AHEAD().search(
                at.text, at.w_end, min(at.end, at.w_end + tc.OFFICIAL_CHARS)
            )
            is not None
        )
    )


def _not_going_on(at: _At) -> bool:
    """ "go on to Tonga": a trip's next stop; not "went on to say", "go on for days"."""
    words, i = at.words, at.i
    return not (
        i + 3 < len(words)
        and words[i + 1][0] == "on"
        and words[i + 2][0] == "to"
        and at.capitalised(3)
    )


def _mountain(at: _At) -> bool:
    """A mountain's summit."""
    return at.prev in {"mountain", "everest"}


def _word(at: _At, k: int) -> str:
    """The word ``k`` places after the trigger, or ""."""
    return at.words[at.i + k][0] if at.i + k < len(at.words) else ""


def _hosted_by_modifier(at: _At) -> bool:
    """ "Talks between Canada and Morocco, hosted by Oman, took place …": a participle that
    modifies the event noun before it, not an event of its own."""
    if at.nxt != "by" or at.text[max(at.start, at.w_start - 2) : at.w_start] != ", ":
        return False
    table = _trigger_table()
    before = at.words[max(0, at.i - tc.HOSTED_WORDS - 2) : at.i]
    return any(table.get(w, (None, ""))[1] == "noun" for w, _, _ in before)


def _hosts_generic(at: _At) -> bool:
    """ "where Xi has hosted foreign leaders": a habit, not an event."""
    return at.nxt in tc.GENERIC_GUESTS


def _hosts_event(at: _At) -> bool:
    """ "ready to host a third round of talks": the talks are the event."""
    table = _trigger_table()
    ahead = at.words[at.i + 1 : at.i + tc.HOSTED_WORDS + 1]
    comma = at.text.find(",", at.w_end, at.end)
    if comma != -1:  # "whom Carney hosted in Ottawa, will meet …": the next clause's word
        ahead = [w for w in ahead if w[1] < comma]
    # "hosted a working dinner for Ruto": a meal hosted for a guest is the guest hosted
    ahead = [w for k, w in enumerate(ahead, start=1) if not _meal_for_a_guest(at, k)]
    return any(w in table or w in tc.EVENT_NOUNS for w, _, _ in ahead) or (
        tc.HOSTED_AT().search(at.text, at.w_end, at.end) is not None
    )


def _meal_for_a_guest(at: _At, k: int) -> bool:
    """ "a working dinner for President Ruto": the word ``k`` places after the trigger is a
    meal, then "for" and a person."""
    return _word(at, k) in tc.MEALS and _word(at, k + 1) == "for" and _guest_after(at, k + 2)


def _not_a_bilateral(at: _At) -> bool:
    """ "held a bilateral on the margins", not "a bilateral trade deal"."""
    return (
        at.prev not in {"a", "the", "their", "his", "her", "two"}
        or at.nxt not in tc.AFTER_BILATERAL
    )


def _not_joint(at: _At) -> bool:
    """A joint commission meets; the European Commission does not."""
    return at.prev not in tc.JOINT


def _not_video(at: _At) -> bool:
    """A "video conference" is a call; any other conference is not."""
    return at.prev not in tc.PHONE


def _army_retreat(at: _At) -> bool:
    """A leaders' retreat, not an army's."""
    return not (at.text[at.w_start].isupper() or at.prev in tc.RETREAT_BEFORE)


def _capital_noun(at: _At) -> bool:
    """A capitalised "Host" or "Call" inside a sentence: a name, not the noun."""
    return at.text[at.w_start].isupper() and at.i > 0 and at.entry[1] == "noun"


_Rule = Callable[[_At], bool]
#: Each rule with the trigger words it reads; it rules such a word out where it holds. The
#: word rules are read before the phone rule, the context rules after it, each in order.
_WORD_RULES: tuple[tuple[frozenset[str], _Rule], ...] = (
    (frozenset(tc.NOT_AFTER), _not_after),
    (frozenset(tc.NOT_BEFORE), _not_before),
    (frozenset(tc.MEET_WORDS), _unmet),
    (frozenset(tc.NEEDS_NEXT), _lacks_next),
)
_CONTEXT_RULES: tuple[tuple[frozenset[str], _Rule], ...] = (
    (frozenset(["called"]), _called_no_name),
    (frozenset(tc.COME), _come_no_place),
    (frozenset(tc.ATTEND), _attend_no_ceremony),
    (frozenset(tc.MEET_WORDS), _sport),
    (frozenset(tc.GREETING), _greeting_no_guest),
    (frozenset(["summit", "summits"]), _mountain),
    (tc.GO_ON, _not_going_on),
    (frozenset(tc.HOSTING), _hosted_by_modifier),
    (frozenset(tc.HOSTING), _hosts_generic),
    (frozenset(tc.HOSTING), _hosts_event),
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
        at.word in tc.CALL_ON
        and at.nxt == "on"
        and _courtesy_call(at.text, at.prev, at.w_end, at.end)
    ):
        # "paid a courtesy call on Mudavadi", "will call on President Erdogan on Thursday":
        # the trigger spans "call on", so "on" is not read as the start of a topic
        return at.trigger(EventKind.MEETING, end=at.words[at.i + 1][2])
    if at.prev == "courtesy" and at.word in {"call", "calls"} and at.nxt in {"to", "with"}:
        return at.trigger(EventKind.MEETING)  # "paid a courtesy call to Prime Minister Chinh"
    word_rules, context_rules = _rules_for(at.word)
    if any(rule(at) for rule in word_rules):
        return None
    if at.word in tc.PHONE_ONLY and not _phone_context(at):
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
    # the few words of the table, found in C: no Python step per word of the sentence
    keys = list(map(operator.itemgetter(0), words))
    judged = (
        _judge(_At(text, (start, end), words, i, table[keys[i]]))
        for i in itertools.compress(range(len(keys)), map(table.__contains__, keys))
    )
    return [t for t in judged if t is not None]


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
