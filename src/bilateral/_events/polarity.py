"""Polarity: whether the text tells an event or denies, supposes, offers or conditions it
("did not meet", "would have visited", "if the ceasefire holds", "no plans to visit"). Each
rule has a name; the first that holds is noted."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from bilateral._events.status import merely_possible, not_planned_after
from bilateral._mentions import DateMention
from bilateral._text import Span
from bilateral._triggers import Cue, Trigger
from bilateral._vocab import (
    EventKind,
)

#: Characters between a negation cue and the trigger it negates.
NEGATION_REACH = 30
#: Characters between a denial ("ruled out", "denied") and the trigger it denies.
DENIAL_REACH = 90
#: Characters before a trigger where "would have" may make it counterfactual.
COUNTERFACTUAL_REACH = 30
#: Characters between a non-state cue ("board", "shareholders") and its trigger.
NONSTATE_REACH = 40
#: Characters before an event noun where "the" makes it definite.
THE_REACH = 40
#: Characters before a trigger where "if", "unless", "whether" may open its condition.
CONDITION_REACH = 90
#: Characters before an event noun where "not", "no", "offered", "calls for" may stand.
NEGATED_NOUN_REACH = 45
#: Characters before a trigger where a crowd ("thousands of tourists") may be told.
CROWD_REACH = 50


# "dismissed as false a report that …": what a report said is denied
_UNTRUE = ("false", "untrue", "baseless", "fake", "fabricated", "unfounded")
_CLAIMS = ("claims", "reports", "suggestions")
_DENIALS = frozenset(
    ["ruled out", "rules out", "rule out", "denied", "denies", "deny", "denying"]
    + [f"{verb} as {what}" for verb in ("dismissed", "rejected") for what in _UNTRUE]
    + [
        f"{verb} {what}"
        for verb in ("dismissed", "dismissing", "dismisses", "rejected", "rejecting", "rejects")
        for what in _CLAIMS
    ]
    + ["denied claims", "denying claims", "denying reports"]
)


# topic markers that place an event rather than say what it was about: "after the summit"
_NOT_TOPIC_MARKERS = frozenset(["after", "before", "since", "while", "amid", "despite"])


# "would have visited", "could have met": what did not happen
_COUNTERFACTUAL = re.compile(
    r"\b(?:would|could|might)(?:[ \t]+not)?[ \t]+have[ \t]+(?:[a-z]+[ \t]+)?$", re.IGNORECASE
)


_IF_CLAUSE = re.compile(r"\b(?:if|unless|whether)\b[^,.;:]{0,70}$", re.IGNORECASE)


# "8.8 million South Koreans visiting Japan", "thousands of Chinese tourists visit": people
_PEOPLE_COUNT = re.compile(
    r"\b(?:\d[\d.]*[ \t]+(?:million|thousand|hundred)|\d{1,3}(?:,\d{3})+|millions|thousands"
    r"|hundreds)[ \t]+(?:of[ \t]+)?(?:[A-Z][\w-]*[ \t]+){1,2}(?:[a-z]+[ \t]+)?$"
)


# "would not beg for talks", "has not held a publicly announced meeting", "no talks"
_NOT_BEFORE_NOUN = re.compile(
    r"\b(?:not|no|never|without)[ \t]+(?!only\b|least\b|just\b)(?:[\w'’-]+[ \t]+){0,4}$"
    r"|\b(?:through|via)[ \t]+(?:[\w'’-]+[ \t]+)?$",  # "resolve their differences through dialogue"
    re.IGNORECASE,
)


# "Sharif offers talks", "calls for dialogue", "offered a state visit": offered or sought
_OFFERED = re.compile(
    r"\b(?:offers?|offered|offering|calls?[ \t]+for|called[ \t]+for|calling[ \t]+for|urged?|urges"
    r"|urging)[ \t]+(?:(?:a|an|the|new|fresh|direct|more|meaningful|serious|state|official"
    r"|continued|renewed|further|sustained)[ \t]+)"
    r"{0,2}$",
    re.IGNORECASE,
)


_THE_BEFORE = re.compile(r"\bthe[ \t]+(?:[\w'’-]+[ \t]+){0,2}$", re.IGNORECASE)


def negated(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    triggers: list[Trigger],
    cues: list[Cue],
    own_cues: list[Cue],
    dates: list[DateMention],
    fired: list[tuple[str, str]],
) -> bool:
    """Whether the text denies, wishes, offers or supposes the event rather than tells it;
    the rule that says so is noted."""
    low = text[sentence[0] : trigger.start].lower()
    at = _Clause(
        text, sentence, trigger, triggers, cues, own_cues, dates, low if low.isascii() else None
    )
    for rule, test in _POLARITY:
        if test(at):
            fired.append((rule, "polarity"))
            return True
    return False


class _Clause(NamedTuple):
    """What the polarity rules read around one trigger."""

    text: str
    sentence: Span
    trigger: Trigger
    triggers: list[Trigger]
    cues: list[Cue]  # the sentence's
    own: list[Cue]  # the trigger's own (nearest to it)
    dates: list[DateMention]
    low: str | None  # the sentence before the trigger, lowercase; None if not ASCII

    def before(self, reach: int) -> tuple[int, int]:
        """The span of up to ``reach`` characters of the sentence before the trigger."""
        return max(self.sentence[0], self.trigger.start - reach), self.trigger.start

    def lacks(self, reach: int, words: tuple[str, ...]) -> bool:
        """Whether none of ``words`` stands in the ``reach`` characters before the trigger
        (as :func:`~bilateral._text.lacks` tells, from the one lowercase copy of the clause):
        then a rule whose pattern needs one holds not."""
        if self.low is None:
            return False
        return not any(map(self.low[-reach:].__contains__, words))


def _negation_cue(c: _Clause) -> bool:
    """ "did not meet", "no talks": a negation just before the trigger."""
    t = c.trigger
    return any(q.role == "negation" and 0 <= t.start - q.end <= NEGATION_REACH for q in c.own)


def _denial(c: _Clause) -> bool:
    """ "ruled out inviting Colombia's President Petro to the border meeting", "denied a
    report that Mulino would travel to Washington": a denial reaches further, up to the
    next trigger."""
    t = c.trigger
    return any(
        q.role == "negation"
        and q.phrase in _DENIALS
        and 0 <= t.start - q.end <= DENIAL_REACH
        and (
            not any(q.end <= u.start and u.end <= t.start for u in c.triggers)
            # "rejected claims that its minister would travel to Fiji for talks": one denied
            # proposition, its words in one clause
            or (_DENIED_CLAIM.match(q.phrase) and not _TURN.search(c.text, q.end, t.start))
        )
        for q in c.cues
    )


_DENIED_CLAIM = re.compile(
    r"(?:denied|denying|dismissed|dismissing|dismisses|rejected|rejecting|rejects)[ \t]+"
    r"(?:claims|reports|suggestions)"
)
_TURN = re.compile(r"[,;]|\bbut\b")


def _counterfactual(c: _Clause) -> bool:
    """ "Had the dispute been settled, Macron would have visited Germany": it did not happen;
    nor in the clause of an inverted condition ("Had Modi met Sharif last month, …")."""
    if _INVERTED_CONDITION.match(c.text, c.sentence[0], c.trigger.start):
        return True
    if c.lacks(COUNTERFACTUAL_REACH, ("have",)):
        return False
    return bool(_COUNTERFACTUAL.search(c.text, *c.before(COUNTERFACTUAL_REACH)))


# "Had Modi met Sharif last month, …", "Were Modi to visit Pakistan, …": the condition's clause
_INVERTED_CONDITION = re.compile(r"[ \t\"“]*(?:Had|Were|Should)[ \t]+[^,;:]{1,120}$")


def _reports_called_false(c: _Clause) -> bool:
    """ "Reports that Modi held secret talks with Sharif last week are false": what the
    reports tell is denied."""
    opened = _REPORTS_THAT.match(c.text, c.sentence[0], c.trigger.start)
    return (
        opened is not None
        and _CALLED_FALSE.search(c.text, c.trigger.end, c.sentence[1]) is not None
    )


# "Reports that …", "Media claims of …", "Rumours that …": a sentence that opens with what was said
_REPORTS_THAT = re.compile(
    r"[ \t\"“]*(?:(?:Media|Press|Earlier)[ \t]+)?(?:Reports|Claims|Suggestions|Rumou?rs)[ \t]+"
    r"(?:that|of)\b[^;:]{0,160}$"
)
_CALLED_FALSE = re.compile(
    r"\b(?:are|were|is|was)[ \t]+(?:(?:completely|entirely|simply|totally)[ \t]+)?"
    r"(?:false|untrue|baseless|fabricated|wrong|inaccurate|unfounded)\b",
    re.IGNORECASE,
)


def _summit_as_topic(c: _Clause) -> bool:
    """ "spoke by phone … about the BRICS summit": a summit in another event's topic phrase
    is what they discussed, not an event of the article."""
    t = c.trigger
    if t.kind is not EventKind.SUMMIT or t.pos != "noun":
        return False
    return any(
        u.end <= q.start
        and q.end <= t.start
        and not any(ch in ",;" for ch in c.text[q.end : t.start])
        for u in c.triggers
        if u is not t and u.end <= t.start
        for q in c.cues
        if q.role == "topic_marker" and q.phrase not in _NOT_TOPIC_MARKERS
    )


# a question ("Will he meet Lavrov in Kuala Lumpur?") or a journalist's turn in a transcript
# ("Q: …", "Question: There are reports …"): asked, not told
_QUESTION_TURN = re.compile(r"[\s\"“]*(?:Q|QUESTION|Question)[ \t]*:")
_QUESTION_END = re.compile(r"\?[\"”’)]*\s*$")


def _question(c: _Clause) -> bool:
    """ "Q: Will President Erdogan visit Damascus soon?": a question tells no event."""
    s, e = c.sentence
    return bool(_QUESTION_END.search(c.text, s, e) or _QUESTION_TURN.match(c.text, s, e))


# a sentence about sport: "Egypt face Ethiopia in a World Cup qualifier", "France travel to
# Rome to meet Italy in the Six Nations"
_SPORT = re.compile(
    r"\b(?:World[ \t]+Cup|qualifiers?|Six[ \t]+Nations|football|rugby|cricket|Test[ \t]+match"
    r"|friendly[ \t]+match|kick-off|coach|squad|Olympics?|Grand[ \t]+Prix|Copa[ \t]+Am[eé]rica"
    r"|Euro[ \t]+20\d\d|AFCON|Africa[ \t]+Cup)\b"
    # "hosted Trump at a packed cricket stadium": a venue, not a match
    r"(?![ \t]+(?:stadium|ground|arena|pitch|club|federation)\b)"
)


# a word that every match of _SPORT holds: searched for first, in C (the pattern itself, which
# opens with "\b", is tried at every character of the sentence)
_SPORT_WORD = re.compile(
    r"World|qualifier|Six|football|rugby|cricket|Test|friendly|kick-off|coach|squad|Olympic"
    r"|Grand|Copa|Euro|AFCON|Africa"
)


def _sport(c: _Clause) -> bool:
    """ "Nigeria host Rwanda in Uyo" in a sentence about a World Cup qualifier: teams."""
    if _SPORT_WORD.search(c.text, *c.sentence) is None:
        return False
    return bool(_SPORT.search(c.text, *c.sentence))


def _nonstate(c: _Clause) -> bool:
    """A cue of a meeting that is no state's ("board", "shareholders") before the trigger."""
    t = c.trigger
    return any(q.role == "nonstate" and 0 <= t.start - q.end <= NONSTATE_REACH for q in c.cues)


def _conditional(c: _Clause) -> bool:
    """ "if they meet", "unless the summit goes ahead": a condition, not an event."""
    if c.lacks(CONDITION_REACH, ("if", "unless", "whether")):
        return False
    t = c.trigger
    bare = t.form in ("base", "present") or (
        t.pos == "noun" and not _THE_BEFORE.search(c.text, *c.before(THE_REACH))
    )
    return bare and bool(_IF_CLAUSE.search(c.text, *c.before(CONDITION_REACH)))


def _possible(c: _Clause) -> bool:
    """ "any meeting", "a summit would achieve little", in a sentence with no date."""
    return not c.dates and merely_possible(c.text, c.trigger, c.sentence[0])


def _negated_noun(c: _Clause) -> bool:
    """ "would not beg for talks", "no talks", "through dialogue": a noun that is no event."""
    if c.trigger.pos != "noun" or c.lacks(
        NEGATED_NOUN_REACH, ("not", "no", "never", "without", "through", "via")
    ):
        return False
    return bool(_NOT_BEFORE_NOUN.search(c.text, *c.before(NEGATED_NOUN_REACH)))


# "urged India to return to a comprehensive dialogue", "called on both sides to resume talks"
_URGED_TO = re.compile(
    r"\b(?:urg(?:ed|es|ing|e)|call(?:ed|s|ing)?[ \t]+on|ask(?:ed|s|ing)?|press(?:ed|es|ing)?)"
    r"[ \t]+(?:[\w'’-]+[ \t]+){0,4}to[ \t]+(?:return[ \t]+to|resume|hold|begin|start|join"
    r"|engage[ \t]+in|come[ \t]+to)[ \t]+(?:(?:the|a|an|new|direct)[ \t]+)?[\"“]?"
    r"(?:[\w'’-]+[ \t]+){0,2}$",
    re.IGNORECASE,
)
# "offered Tbilisi as a venue for Armenian-Azerbaijani talks": a venue offered, no event yet
_OFFERED_VENUE = re.compile(
    r"\boffer(?:s|ed|ing)?[ \t]+(?:[\w'’-]+[ \t]+){0,3}as[ \t]+(?:a[ \t]+|the[ \t]+)?"
    r"(?:venue|host|location|site|place)[ \t]+for[ \t]+(?:(?:a|the|new|future)[ \t]+)?"
    r"(?:[\w'’-]+[ \t]+){0,2}$",
    re.IGNORECASE,
)
#: Characters before a trigger where "urged X to return to" may stand.
URGED_REACH = 90


_CALLED_FOR = re.compile(r"\b(?:calls?|called|calling|urged?|urges|urging)[ \t]+for\b")
_AND_FOR = re.compile(
    r"\band[ \t]+for[ \t]+(?:(?:a|an|the|new|fresh|direct|continued|renewed|further"
    r"|sustained|meaningful|serious)[ \t]+){0,2}$",
    re.IGNORECASE,
)


def _offered(c: _Clause) -> bool:
    """ "offers talks", "calls for dialogue", "offered a state visit", "urged India to return
    to a dialogue": sought, not held."""
    near = c.before(NEGATED_NOUN_REACH)
    if not c.lacks(NEGATED_NOUN_REACH, ("offer", "call", "urg")) and _OFFERED.search(c.text, *near):
        return True
    lo, hi = c.before(URGED_REACH)
    window = c.text[lo:hi].lower()
    if "offer" in window and _OFFERED_VENUE.search(c.text, lo, hi):
        return True
    if (
        not c.lacks(NEGATED_NOUN_REACH, ("for",))
        and _AND_FOR.search(c.text, *near)
        and _CALLED_FOR.search(c.text, c.sentence[0], c.trigger.start)
    ):
        # "called for the restoration of order …, and for continued dialogue": the second
        # thing called for
        return True
    urged = " to " in window and any(w in window for w in ("urg", "call", "ask", "press"))
    return urged and _URGED_TO.search(c.text, lo, hi) is not None


def _people(c: _Clause) -> bool:
    """ "8.8 million South Koreans visiting Japan": tourists, not a state."""
    if c.lacks(CROWD_REACH, ("millions", "thousands", "hundreds")) and not _DIGIT.search(
        c.text, *c.before(CROWD_REACH)
    ):
        return False
    return bool(_PEOPLE_COUNT.search(c.text, *c.before(CROWD_REACH)))


_DIGIT = re.compile(r"\d")


# "visits by Indian tourists", "trips by Chinese students": private travellers, not a state
_PRIVATE_TRAVELLERS = re.compile(
    r"[ \t]+by[ \t]+(?:[A-Z][\w'’-]*[ \t]+){1,2}(?:tourists|travell?ers|visitors|nationals"
    r"|citizens|students|pilgrims|fans|holidaymakers|pensioners|workers)\b"
)


# "Chinese business people are visiting Santiago", "students visited": private subjects
_PRIVATE_SUBJECT = re.compile(
    r"\b(?:tourists|travell?ers|visitors|students|pilgrims|fans|holidaymakers|pensioners"
    r"|business[ \t-]?people|businessmen|businesswomen|executives|investors|entrepreneurs"
    r"|players|athletes|footballers|players[ \t]+and[ \t]+officials)"
    r"[ \t]+(?:(?:is|are|was|were|will|have|has|had|also)[ \t]+){0,2}(?:been[ \t]+)?$",
    re.IGNORECASE,
)


def _private_travellers(c: _Clause) -> bool:
    """ "Visits by Indian tourists to the Maldives", "Chinese business people are visiting
    Santiago": an event word whose travellers are private."""
    if _PRIVATE_TRAVELLERS.match(c.text, c.trigger.end, c.sentence[1]) is not None:
        return True
    if c.lacks(CROWD_REACH, _PRIVATE_WORDS):
        return False
    return bool(_PRIVATE_SUBJECT.search(c.text, *c.before(CROWD_REACH)))


# a word that every match of _PRIVATE_SUBJECT holds
_PRIVATE_WORDS = (
    "tourists",
    "travel",
    "visitors",
    "students",
    "pilgrims",
    "fans",
    "holidaymakers",
    "pensioners",
    "business",
    "executives",
    "investors",
    "entrepreneurs",
    "players",
    "athletes",
    "footballers",
)


# "declined an invitation to visit", "turned down an invitation from Xi to visit": refused
_REFUSED = re.compile(
    r"\b(?:declin(?:ed|es|ing)|turn(?:ed|s|ing)[ \t]+down|reject(?:ed|s|ing)|refus(?:ed|es|ing)"
    r"|spurn(?:ed|s|ing))[ \t]+(?:(?:an?|the|his|her|their|its)[ \t]+)?(?:[\w'’.-]+[ \t]+){0,3}?"
    # "an invitation to visit", "a proposal to hold talks", "an offer of talks"
    r"(?:invitation|offer|request|proposal)\b(?:[^;!?]{0,80}?\bto[ \t]+"
    r"(?:(?:hold|have|conduct|resume|open|start|host)[ \t]+"
    r"(?:an?[ \t]+|direct[ \t]+|new[ \t]+)?)?"
    r"|[ \t]+(?:of|for)[ \t]+(?:direct[ \t]+|new[ \t]+|fresh[ \t]+)?)$",
    re.IGNORECASE,
)
# "There are no plans for Modi to visit", "has no plans to meet": nothing is planned
_NO_PLANS = re.compile(
    r"\bno[ \t]+(?:immediate[ \t]+|current[ \t]+)?plans?[ \t]+(?:for\b[^;!?]{0,80}?\b)?to[ \t]+$",
    re.IGNORECASE,
)
# "If the ceasefire holds, Modi will visit": a condition opens the sentence
_FRONTED_CONDITION = re.compile(r"[\s\"“]*(?:If|Unless|Should|Provided)\b[^.;!?]{0,120},[ \t]")
# "would meet Sharif only if the sanctions were lifted": a condition after the event
_ONLY_IF = re.compile(r"[^.;!?]{0,80}?\b(?:only[ \t]+if|on[ \t]+condition[ \t]+that)\b", re.I)
#: Characters before a trigger where a refusal or "no plans" may govern it.
REFUSAL_REACH = 140


def _refused(c: _Clause) -> bool:
    """ "declined an invitation to visit China": an invitation refused is no event."""
    if c.lacks(REFUSAL_REACH, ("declin", "turn", "reject", "refus", "spurn")):
        return False
    return bool(_REFUSED.search(c.text, *c.before(REFUSAL_REACH)))


def _no_plans(c: _Clause) -> bool:
    """ "There are no plans for Modi to visit Pakistan this year": nothing planned."""
    if c.lacks(REFUSAL_REACH, ("plan",)):
        return False
    return bool(_NO_PLANS.search(c.text, *c.before(REFUSAL_REACH)))


def _fronted_condition(c: _Clause) -> bool:
    """ "If the ceasefire holds, Modi will visit Pakistan", "would meet … only if …": a verb
    under a condition tells no planned event (a noun or a past verb there may be told of
    another clause: "If it goes ahead, it would be the first meeting since Biden met Putin")."""
    if c.trigger.pos != "verb" or c.trigger.form != "base":
        return False
    opened = _FRONTED_CONDITION.match(c.text, c.sentence[0], c.trigger.start)
    later = _ONLY_IF.match(c.text, c.trigger.end, c.sentence[1])
    return opened is not None or later is not None


def _not_planned(c: _Clause) -> bool:
    """ "a separate meeting … was not planned": the noun's own predicate denies it."""
    return c.trigger.pos == "noun" and not_planned_after(
        c.text, c.trigger, c.triggers, c.sentence[1]
    )


#: The polarity rules, in the order they are tried; the first that holds names the reason.
_POLARITY: tuple[tuple[str, Callable[[_Clause], bool]], ...] = (
    ("polarity.negation", _negation_cue),
    ("polarity.denial", _denial),
    ("polarity.counterfactual", _counterfactual),
    ("polarity.reports-called-false", _reports_called_false),
    ("polarity.question", _question),
    ("polarity.sport", _sport),
    ("polarity.summit-as-topic", _summit_as_topic),
    ("polarity.not-a-state-meeting", _nonstate),
    ("polarity.conditional", _conditional),
    ("polarity.condition-of-the-sentence", _fronted_condition),
    ("polarity.refused-invitation", _refused),
    ("polarity.no-plans", _no_plans),
    ("polarity.merely-possible", _possible),
    ("polarity.negated-noun", _negated_noun),
    ("polarity.offered-or-sought", _offered),
    ("polarity.crowd-of-people", _people),
    ("polarity.private-travellers", _private_travellers),
    ("polarity.not-planned", _not_planned),
)
