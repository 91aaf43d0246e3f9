"""The contexts the trigger rules read: word lists, patterns and window sizes.

Each list names the words around a trigger word that turn it into something else ("call
for", "a cabinet meeting", "met the deadline") or that it needs ("sat down", "arrived in").
The rules that read them live in :mod:`bilateral._triggers`.
"""

from __future__ import annotations

import re

from bilateral._regex import lazy_regex

__all__ = [
    "AFTER_BILATERAL",
    "APPEAL_AFTER",
    "ATTEND",
    "CALLED_ON_OFFICIAL",
    "CALL_ON",
    "CEREMONY_AFTER",
    "COME",
    "DETERMINERS",
    "EVENT_NOUNS",
    "GENERIC_GUESTS",
    "GREETING",
    "HOSTED_AT",
    "HOSTED_WORDS",
    "HOSTING",
    "IN_PERSON",
    "IN_PERSON_CHARS",
    "JOINT",
    "MEET_WORDS",
    "NEEDS_NEXT",
    "NOT_AFTER",
    "NOT_BEFORE",
    "NOUN_TALKS_AFTER",
    "OFFICIALS_BEFORE",
    "OFFICIAL_AHEAD",
    "OFFICIAL_CHARS",
    "PHONE",
    "PHONE_ONLY",
    "PHONE_WORDS",
    "RETREAT_BEFORE",
    "SHARED_BODY",
    "SPOKE",
    "SPOKE_ADVERBS",
    "SPORT_AFTER",
    "UNMET",
]

# Contexts that turn a trigger word into something else.
# what one meets that is no counterpart: "meet the demand", "met its targets"
UNMET = frozenset(
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
NOT_AFTER = {
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
    "meet": UNMET | {"standards"},
    "meets": UNMET | {"the", "its", "their"},
    "met": UNMET | {"by"},
    "meeting": UNMET | {"the", "its", "their"},
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
NOT_BEFORE = {
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
# words after "that talks" that make "talks" the noun: "said that talks between …"
NOUN_TALKS_AFTER = frozenset(
    ["between", "with", "would", "will", "were", "had", "have", "could", "should", "may", "might"]
)
SHARED_BODY = frozenset(["binational", "bilateral", "joint", "intergovernmental", "bi-national"])
# "call", "conversation", "spoke", "speak" are phone triggers only near these words.
PHONE = {
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
JOINT = {"joint", "binational", "bi-national", "intergovernmental", "inter-governmental"}
AFTER_BILATERAL = {"", "on", "with", "at", "in", "during", "between", "later", "earlier"}
HOSTED_AT = lazy_regex(
    r"\b(?:at|during|for)[ \t]+(?:the|a|an|this|their)[ \t]+(?:[\w-]+[ \t]+){0,2}?"
    r"(?:summit|conference|forum|gathering|meeting of)\b",
    re.IGNORECASE,
)
HOSTING = {"host", "hosts", "hosted", "hosting"}
#: "played host to": the verbs that make "host to" a hosting, not "host to refugees"
PLAYED = {"play", "plays", "played", "playing"}
#: Meals a host gives for a guest: "hosted a working dinner for the president".
MEALS = {"dinner", "lunch", "breakfast", "luncheon", "banquet", "reception", "dinners"}
GENERIC_GUESTS = {"foreign", "world", "many", "several", "numerous", "dozens", "other", "visiting"}
EVENT_NOUNS = {
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
RETREAT_BEFORE = {"leaders", "leaders'", "leaders’", "annual", "ministerial", "bilateral"}
MEET_WORDS = {"meet", "met", "meets", "meeting"}
DETERMINERS = {"the", "its", "their", "his", "her", "our", "these", "those", "all"}
SPOKE = {"spoke", "speak", "speaks", "spoken", "speaking"}
# words between "spoke" and "with": "spoke today with", "spoke separately with"
SPOKE_ADVERBS = frozenset(
    ["today", "yesterday", "again", "briefly", "separately", "earlier", "later", "also", "twice"]
)
PHONE_ONLY = {"call", "calls", "conversation", "spoke", "speak", "spoken", "speaks", "speaking"}
# "exchanged views over the phone": a call only where a phone word is near
PHONE_ONLY |= {"exchanged", "exchanging"}
#: The verbs of a call taken: "took a call from the president".
TOOK_A_CALL = {"took", "takes", "take", "taking", "received", "receives", "got", "had"}
# "sat", "sits" count in "sat down with", "sits down with"; "arrive(d)" and "landed" need "in".
NEEDS_NEXT = {
    "sat": {"down"},
    "sit": {"down"},
    "sits": {"down"},
    "sitting": {"down"},
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
    "fly": {"to", "into"},
    "flies": {"to", "into"},
    "flew": {"to", "into"},
    "flying": {"to", "into"},
    "flown": {"to", "into"},
    "jets": {"off"},
    # "is due in London next week": a visit to the place after "in" (not "due to", "due on")
    "due": {"in"},
    # "exchanged views over the phone", not "exchanged fire"
    "exchanged": {"views", "greetings", "ideas", "opinions", "thoughts"},
    "exchanging": {"views", "greetings", "ideas", "opinions", "thoughts"},
}
# "welcomed" and "received" host a visit only with a person after them, not "the decision"
ATTEND = {"attend", "attended", "attending", "attends"}
COME = {"come", "comes", "came", "coming"}
CEREMONY_AFTER = lazy_regex(
    r"[ \t]+(?:the|a)[ \t]+(?:[\w'’-]+[ \t]+){0,2}?(?:inauguration|swearing-in|funeral"
    r"|coronation|investiture)\b",
    re.IGNORECASE,
)
SPORT_AFTER = lazy_regex(
    r"[ \t]+(?:[A-Z][\w'’.-]*[ \t]+){0,4}(?:again[ \t]+)?(?:in|at)[ \t]+"
    r"(?:the|a|an|their|this)[ \t]+(?:[\w'’-]+[ \t]+){0,3}?"
    r"(?:final|finals|semifinal|semi-final|quarterfinal|quarter-final|match|game|fixture|derby"
    r"|opener|playoff|play-off|tie|round[ \t]+of[ \t]+16|group[ \t]+stage|tournament|cup"
    r"|qualifier|qualifiers|friendly|friendlies|decider|rematch)\b",
    re.IGNORECASE,
)
IN_PERSON = lazy_regex(
    r"\bon[ \t]+the[ \t]+(?:margins|sidelines|fringes)\b|\bin[ \t]+person\b|\bface-to-face\b",
    re.IGNORECASE,
)
GREETING = {
    "welcomed",
    "welcomes",
    "welcome",
    "welcoming",
    "received",
    "receives",
    "receive",
    "receiving",
}
OFFICIAL_AHEAD = lazy_regex(
    r"\b(?:[Mm]inister|[Pp]resident|[Pp]remier|[Aa]mbassador|[Ee]nvoy|[Ss]ecretary|[Dd]elegation"
    r"|[Ss]peaker|[Cc]hancellor)\b"
)
#: Officials, one or many, told before a passive greeting: "Greek envoys were received at …".
OFFICIALS_BEFORE = lazy_regex(
    r"\b(?:[Mm]inisters?|[Pp]residents?|[Pp]remiers?|[Aa]mbassadors?|[Ee]nvoys?|[Ss]ecretary"
    r"|[Dd]elegations?|[Ss]peakers?|[Cc]hancellors?|[Dd]iplomats|[Nn]egotiators)\b"
)

# "will go on to Tonga", "went on to Hanoi": a trip's next stop, a state's capital after "to"
GO_ON = frozenset(["go", "goes", "went", "going", "gone"])

CALL_ON = frozenset(["call", "calls", "called"])
# "on President Xi Jinping", then not "to stop …" or "for help": an appeal
CALLED_ON_OFFICIAL = lazy_regex(
    r"[ \t]+on[ \t]+(?:President|Prime|King|Queen|Emir|Crown|Sultan|Chancellor|Premier|Vice"
    r"|General|Secretary|Speaker|Foreign|Defen[cs]e|Minister|Sheikh|Prince|Chairman)\b"
    r"(?:[ \t]+[A-Z][\w.'’-]*){0,6}"
)
APPEAL_AFTER = lazy_regex(r"[ \t]*(?:to|for)\b")

# Windows, in words or characters, around a trigger word that its rules read.
#: words on each side of "call", "spoke", "conversation" that may make it a phone call
PHONE_WORDS = 3
#: characters on each side of "conversation" that may put it on the margins of a meeting
IN_PERSON_CHARS = 150
#: characters after "received at/in/on" in which an official may be named
OFFICIAL_CHARS = 90
#: words after "host" in which the event it hosts may be named
HOSTED_WORDS = 6
