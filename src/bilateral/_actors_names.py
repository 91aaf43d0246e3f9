"""Personal names: the patterns of a name, the words that are no name, and name clean-up.

A name is up to five capitalised words, with particles ("bin", "von der") and initials
("KP Sharma Oli") between them; honorifics ("Mr", "H.E."), military ranks and royal styles
stand before a name and are not part of it.
"""

from __future__ import annotations

import re
import unicodedata

from bilateral._actors_roster import STYLE
from bilateral._regex import lazy_regex

__all__ = [
    "LEADERS",
    "MID_SENTENCE",
    "NAME",
    "NAME_BEFORE_COMMA",
    "NOT_NAMES",
    "SURNAMES",
    "ascii_name",
    "clean_name",
    "name_after",
    "names_in",
    "unstyled",
]

# letters beyond ASCII: "Sánchez", "Jean-Noël", "Łukasz", "Émile"
_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĪİĶĻĽŁŃŅŇŌŐŒŘŚŞŠŢŤŪŮŰŲŹŻŽ"
_LOWER = r"[^\W\d_A-Z]"
_NAME_WORD = (
    r"(?:Jr|Sr)\.(?=[\s,;:)]|$)|"  # "Ferdinand Marcos Jr.": the suffix keeps its stop
    rf"(?:(?:al|el|bin|ibn|abu)-)?[{_UPPER}](?:{_LOWER}+(?:[{_UPPER}]{_LOWER}+)?|[A-Z]?{_LOWER}+)"
    r"(?:-[^\W\d_]+|['’](?![sS](?![A-Za-z]))[^\W\d_]+)*(?![\w])|[A-Z]\.(?=\s)"
    r"|[A-Z]{2,3}(?=[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z])"  # initials: "KP Sharma Oli"
)
_PARTICLE = r"(?:bin|bint|ibn|al|el|van|von|der|den|de|da|dos|du|la|le|abu|di)"
# a regnal number after a sovereign's name: "Mohammed VI", "Charles III", "Abdullah II"
_REGNAL = r"(?:[ \t]+(?:XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II)(?![\w]))?"
#: A personal name: up to five name words, with up to two particles between two of them,
#: and a regnal number.
NAME = lazy_regex(
    rf"(?:{_NAME_WORD})(?:[ \t]+(?:{_PARTICLE}[ \t]+){{0,2}}(?:{_NAME_WORD})){{0,4}}{_REGNAL}"
)
# Where a name may start: a capital, or "al-", "el-", "bin-", "ibn-", "abu-" before one.
_NAME_CAPITAL = lazy_regex(rf"[{_UPPER}]")
_NAME_PREFIX = lazy_regex(r"(?:al|el|bin|ibn|abu)-")
#: "Sergey Lavrov, Russia's foreign minister": a name before a comma at the end of a window.
NAME_BEFORE_COMMA = lazy_regex(
    rf"(?P<name>[A-Z][\w'’\-]*(?:[ \t]+(?:{_PARTICLE}[ \t]+)?[A-Z][\w'’\-]*){{0,4}}),"
    r"[ \t]+(?:the[ \t]+)?$"
)
#: Words that are also surnames ("He Lifeng"): a name after a title, or when the person was
#: named before and the word stands mid-sentence.
SURNAMES = frozenset(["He"])
#: The words before a surname that stands mid-sentence ("Bessent and He").
MID_SENTENCE = lazy_regex(r"(?:\b(?:and|with|met|between|by|to|from|told)|,)[ \t]+$")
#: Capitalised words that are never a name nor the end of one.
NOT_NAMES = frozenset(
    [
        "The",
        "A",
        "An",
        "And",
        "Or",
        "But",
        "In",
        "On",
        "At",
        "To",
        "For",
        "Of",
        "With",
        "From",
        "By",
        "As",
        "During",
        "After",
        "Before",
        "Since",
        "Amid",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "He",
        "She",
        "They",
        "It",
        "His",
        "Her",
        "Their",
        "This",
        "That",
        "These",
        "Those",
        "Minister",
        "Ministers",
        "Ministry",
        "Secretary",
        "President",
        "Prime",
        "Premier",
        "Foreign",
        "Finance",
        "Defence",
        "Defense",
        "Trade",
        "Treasury",
        "State",
        "Vice",
        "Deputy",
        "Chancellor",
        "Will",
        "Would",
        "Could",
        "Should",
        "Has",
        "Have",
        "Had",
        "Is",
        "Are",
        "Was",
        "Were",
        "Be",
        "Been",
        "Said",
        "Says",
        "Told",
        "Met",
        "Meets",
        "Meeting",
        "Talks",
        "Summit",
        "Visit",
        "Call",
        "Both",
        "Two",
        "Three",
        "Several",
        "Officials",
        "Leaders",
    ]
)
_PLURAL_TITLES = frozenset(
    [
        "Presidents",
        "Premiers",
        "Chancellors",
        "Ministers",
        "Secretaries",
        "Leaders",
        "Kings",
        "Emirs",
        "Ambassadors",
        "Envoys",
        "Generals",
        "Senators",
    ]
)
_HONORIFIC_WORDS = frozenset(
    [
        *["Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Shri", "Smt", "Prof"],
        # religious and courtly styles of regional English: "Sayyid Badr Albusaidi",
        # "Ayatollah Ali Khamenei", "Samdech Hun Manet", "Haji Mohamad Hasan"
        *["Sayyid", "Seyyed", "Ayatollah", "Samdech", "Haji"],
    ]
)
_OPENERS = frozenset(
    ["When", "While", "If", "Although", "Though", "Once", "Then", "Meanwhile", "Later"]
)
#: Words that open a run of capitalised words before a name: plural titles ("Presidents
#: Felix Tshisekedi and Paul Kagame"), honorifics, sentence openers and non-names.
LEADERS = _PLURAL_TITLES | _HONORIFIC_WORDS | _OPENERS | NOT_NAMES
_HONORIFIC = lazy_regex(
    r"(?:(?:Shri|Shrimati|Smt\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.[ \t]?E\.|His[ \t]+Excellency"
    r"|Her[ \t]+Excellency|Sir|Dame|Prof\.?|Professor|Hon\.?|Honourable|Honorable"
    r"|H\.[ \t]?(?:R\.[ \t]?)?H\.|(?:His|Her)[ \t]+(?:Royal[ \t]+)?(?:Highness|Majesty)"
    # honorifics of regional English: "Foreign Minister Senator Mohammad Ishaq Dar", "Datuk
    # Seri Anwar Ibrahim", "Dasho Tshering Tobgay", "Amb. Yusuf Tuggar"
    r"|Senator|Sen\.|Amb\.|Dasho|Datuk(?:[ \t]+Seri(?:[ \t]+Utama)?)?|Dato['’]?(?:[ \t]+Seri)?"
    r"|Tan[ \t]+Sri|Pehin|Alhaji|Engr\.|Sayyid|Seyyed|Ayatollah|Samdech|Haji)[ \t,]+)+"
)
# a military rank before a name, which is not part of it
_RANK = lazy_regex(
    r"(?:(?:Field|Air[ \t]+Chief|Air)[ \t]+Marshal|(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier)"
    r"[ \t]+General|Vice[ \t]+Admiral|Rear[ \t]+Admiral|General|Gen\.|Admiral|Adm\.|Marshal"
    r"|Colonel|Col\.|Captain|Capt\.|Lieutenant[ \t]+Colonel|Major|Maj\.)[ \t]+"
)
_BODIES = frozenset(["Senate", "House", "Parliament", "Assembly", "Congress", "Council"])


def name_after(text: str, at: int) -> re.Match[str] | None:
    """The name that starts at ``at``, after any honorific; None where no name starts there.

    >>> name_after("Prime Minister Shri Narendra Modi said", 15).group()
    'Narendra Modi'
    """
    honorific = _HONORIFIC().match(text, at)  # "Prime Minister Shri Narendra Modi", "H.E. Mr."
    if honorific is not None:
        at = honorific.end()
    m = NAME().match(text, at)
    if m is None:
        return None
    words = m.group().split()
    if words[0] in NOT_NAMES and not (words[0] in SURNAMES and len(words) > 1):
        return None  # "Vice Premier He Lifeng": after a title, "He" is a surname
    return m


def names_in(text: str) -> list[re.Match[str]]:
    """The matches of ``NAME`` in ``text``, as ``NAME().finditer(text)`` finds them, tried only
    where a name may start (the pattern, tried at every character, cost more than the rest
    of the actor finder).

    >>> [m.group() for m in names_in("Xi met Lula in Brasilia.")]
    ['Xi', 'Lula', 'Brasilia']
    """
    starts = [m.start() for m in _NAME_CAPITAL().finditer(text)]
    if "-" in text:
        starts = sorted(starts + [m.start() for m in _NAME_PREFIX().finditer(text)])
    name, out, done = NAME().match, [], 0
    for at in starts:
        if at >= done and (m := name(text, at)) is not None:
            out.append(m)
            done = m.end()
    return out


def clean_name(name: str) -> str:
    """A name without the non-name words at its end.

    >>> clean_name("Scott Bessent Monday")
    'Scott Bessent'
    """
    words = name.split()
    while words and words[-1] in NOT_NAMES:
        words.pop()
    return " ".join(words)


def unstyled(name: str) -> str:
    """A name without a royal or Gulf style before it ("Sheikh Mohamed bin Zayed Al Nahyan"
    is Mohamed bin Zayed Al Nahyan; a two-word name keeps it: "Sheikh Hasina"), or the body
    a title names ("President of Nigeria's Senate Godswill Akpabio").

    >>> unstyled("Field Marshal Asim Munir"), unstyled("Sheikh Hasina")
    ('Asim Munir', 'Sheikh Hasina')
    """
    rank = _RANK().match(name)
    if rank is not None and len(name[rank.end() :].split()) >= 2:
        name = name[rank.end() :]  # "Field Marshal Asim Munir", "Gen. Zhang Youxia"
    words = name.split()
    if len(words) > 2 and (STYLE().match(name) or words[0] in _BODIES):
        return " ".join(words[1:])
    return name


def ascii_name(name: str) -> str:
    """A name in ASCII letters, its accents dropped: "Luiz Inácio" is "Luiz Inacio".

    >>> ascii_name("Luiz Inácio Lula da Silva")
    'Luiz Inacio Lula da Silva'
    """
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
