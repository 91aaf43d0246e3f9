"""The states of one event word's parties, with the subjects its sentence implies: a
pronoun ("he met Fidan": the official named before), the subject of an adjunct ("a day after
meeting Zelenskyy": the sentence's subject)."""

from __future__ import annotations

import re

from bilateral._events.records import Item
from bilateral._events.roles import Roles
from bilateral._model import Actor, Country
from bilateral._triggers import Trigger
from bilateral._vocab import ActorKind

__all__ = ["party_states"]

_PRONOUN_SUBJECT = re.compile(
    # "He and Yoon spoke", "On April 8 he held talks with Mikati"
    r"[\s\"“]*(?:(?:On|In|Last|Earlier|Later|Then|That|A[ \t]+day[ \t]+later"
    r"|Two[ \t]+days[ \t]+later|The[ \t]+(?:day|week|month)[ \t]+(?:before|after)"
    r"|The[ \t]+(?:next|previous|following)[ \t]+(?:day|week|month))\b[^,.;\"“”]{0,30}?,?[ \t]+"
    r"(?=he\b|she\b))?"
    r"(?:[Hh]e|[Ss]he)\b(?:[ \t]+and\b)?"
)


# "…, when he met", "and she also held talks": the pronoun just before the event word
_PRONOUN_VERB = re.compile(
    r"\b(?:[Hh]e|[Ss]he)[ \t]+(?:(?:also|then|later|had|has|will|would|again|briefly|already|just"
    r"|recently|previously)[ \t]+){0,2}"
    r"(?:(?:held|holds|hold|had|have|attended|attends|joined|joins|chaired|co-chaired)[ \t]+"
    r"(?:[a-z]+[ \t]+){0,2})?$"
)


def party_states(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    roles: Roles,
    prior: Actor | None,
    items: list[Item],
    fired: list[tuple[str, str]],
) -> list[Country]:
    """The parties' states in order; "He and Yoon spoke": he is the official named before."""
    countries: list[Country] = []
    for item in roles.parties:
        if item.country not in countries:
            countries.append(item.country)
    if len(countries) == 1 and _adjunct_subject(text, sentence, trigger, items, countries, roles):
        fired.append(("parties.subject-of-an-adjunct", "countries"))
        return [roles.parties[0].country, *countries]
    late = _PRONOUN_VERB.search(text, max(sentence[0], trigger.start - 40), trigger.start)
    # "he held separate meetings with Manalo and Kamikawa": the pronoun is the subject of a
    # list of partners after the word
    after_only = late is not None and all(i.start >= trigger.end for i in roles.parties)
    if not countries or (len(countries) != 1 and not after_only):
        return countries
    if late is not None:
        # "Sybiha visited Ankara, where he met Fidan": an official named before in the
        # sentence, else the one named before it
        before = [i.actor for i in items if i.actor is not None and i.end <= late.start()]
        people = [a for a in before if a.kind is ActorKind.PERSON and a.country is not None]
        prior = people[-1] if people else prior
    if (
        prior is not None
        and prior.country is not None
        and prior.country not in countries
        and (late is not None or _PRONOUN_SUBJECT.match(text, sentence[0], trigger.start))
    ):
        countries.insert(0, prior.country)
        roles.parties.insert(0, Item(trigger.start, trigger.start, prior.country, prior))
        fired.append(("parties.pronoun-subject", "countries"))
    return countries


# "a day after meeting Zelenskyy in Kyiv", "before visiting Japan": an adjunct of time
_ADJUNCT_GERUND = re.compile(r"\b(?:after|before|since|while|following)[ \t]+$", re.IGNORECASE)
_ADJUNCT_NOUN = re.compile(
    r"\b(?:after|before|following)[ \t]+(?:(?:a|an|his|her|their|the)[ \t]+)?$", re.IGNORECASE
)
_WITH = re.compile(r"[ \t]+with\b")


def _adjunct_subject(
    text: str,
    sentence: tuple[int, int],
    trigger: Trigger,
    items: list[Item],
    countries: list[Country],
    roles: Roles,
) -> bool:
    """ "Widodo held talks with Putin on Thursday, a day after meeting Zelenskyy": a gerund
    after "after"/"before" (or a noun with "with": "after talks with Scholz") has the
    sentence's subject for its own; the first official named in the sentence, of another
    state, joins the parties (first)."""
    gerund = trigger.form == "ing" and _ADJUNCT_GERUND.search(
        text, max(sentence[0], trigger.start - 12), trigger.start
    )
    # "a trip that comes after talks with Scholz last week": a noun of the same adjunct
    noun = (
        trigger.pos == "noun"
        and _ADJUNCT_NOUN.search(text, max(sentence[0], trigger.start - 20), trigger.start)
        and _WITH.match(text, trigger.end)
    )
    if not (gerund or noun):
        return False
    subject = next(
        (i for i in items if i.actor is not None and i.actor.kind is ActorKind.PERSON
         and i.end <= trigger.start and i.country is not None),
        None,
    )  # fmt: skip
    if subject is None or subject.country in countries:
        return False
    roles.parties.insert(0, Item(trigger.start, trigger.start, subject.country, subject.actor))
    return True
