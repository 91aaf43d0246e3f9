"""Word classes and patterns that more than one event stage reads."""

from __future__ import annotations

import re

from bilateral._regex import alternation
from bilateral._words import month_words, report_verbs, weekday_words

HOST_WORDS = frozenset(
    {"host", "hosts", "hosted", "hosting", "welcomed", "welcomes", "received", "receives"}
    | {"welcome", "welcoming", "receive", "receiving"}
)


COORDINATION = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+|[ \t]*/[ \t]*")


#: The reporting verbs of the word table, as a regex group.
REPORT_VERBS = f"(?:{alternation(report_verbs())})"


#: The month words (names and abbreviations) and weekday names of the word tables, as
#: capitalised news writes them: the words, and a regex alternation of them.
CALENDAR_WORDS = (*month_words(), *weekday_words("name"))
MONTHS_DAYS = alternation(w.capitalize() for w in CALENDAR_WORDS)


# "The two men met", "Both leaders then held talks": the pair told of before is the subject
PAIR_SUBJECT = re.compile(
    r"\b(?:the|both)[ \t]+(?:two[ \t]+)?(?:men|women|leaders|sides|presidents|premiers"
    r"|ministers|officials|delegations)(?:,[ \t]+who)?[ \t]+"
    r"(?:(?:also|then|later|again|had|have|first|last)[ \t]+)?$",
    re.IGNORECASE,
)


# a comma that opens a relative clause ("…, which had been planned for December") or a
# schedule of the noun ("the summit, due to take place next week,") keeps the date with the
# trigger; any other comma is a clause break
LOOSE_COMMA = re.compile(
    r",(?![ \t]+(?:which|where|when|held)\b)"
    # an enclosed schedule of the subject: "the summit, due to take place next week, was …"
    r"(?![ \t]+(?:due|scheduled|slated|planned|set[ \t]+(?:for|to)|originally)\b[^,;.]*,)"
    # an appositive name: ", Jashim Uddin,", ", the United Arab Emirates,"
    r"(?![ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*,)"
    # a list of names: "Indonesia, Malaysia and the Philippines"
    r"(?![ \t]+(?:the[ \t]+)?(?:[A-Z][\w'’-]*[ \t]+){1,3}(?:and|or)[ \t])"
)


WINDOW_BEFORE = 60

#: Characters before a trigger where "the two men", "both leaders" name its subject.
PAIR_SUBJECT_REACH = 50
