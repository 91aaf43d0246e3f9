"""Country resolution: every form news uses for a state, resolved, unresolved or ruled out.

The forms live in ``data/country_*.tsv`` (names, aliases, demonyms, capitals, metonyms,
historical names, organisations, blockers, negative cues, context cues, word lists). They are
read once, lazily, into one token trie; :func:`find_countries` tokenises an article once and
takes the longest form at each token, so its time is linear in the length of the text.

Decisions, in order:

1. **Longest form wins.** "Papua New Guinea" is PNG, "New Mexico" and "Indo-Pacific" are
   blockers that yield nothing, "U.S.-South Korea" gives USA and KOR.
2. **Local cues.** A capitalised form must start with a capital letter ("china" and
   "turkey" are not states); acronyms that are words (US, WHO, AU) must match their case; a
   form that is also a personal name (Jordan, Chad, Israel) is dropped between capitalised
   words that are not titles ("Michael Jordan", "Chad Smith"); "Place, Region" (Lebanon,
   Pennsylvania) is a place; a capital before "-based" is a place; the cues of
   ``country_cues.tsv`` rule out Washington state, Georgia's governor and the like.
3. **Document cues.** A form with ``document`` cues (Georgia beside Atlanta) is dropped when
   the article holds a cue and does not anchor the state otherwise (by Tbilisi, say).
4. **Context decides ambiguity.** An ambiguous form (Korea, Korean, Congo, Congolese,
   Guinean, Dominican) takes the one candidate the rest of the article names (by a name,
   capital, official or state medium); otherwise it stays unresolved, with ``candidates``.
   A ``weak`` form (Victoria, Kingston) counts only when the article names its state.
5. **Organisations are not states.** "NATO", "the EU" are mentions with ``country=None``
   and ``organization`` set; Brussels stands for the EU in an article that names the EU.

Possessives belong to the mention: ``"Seoul's"``, ``"U.S.'"``; a leading "the" does not.
"""

from __future__ import annotations

import itertools

from bilateral._args import check_text
from bilateral._countries_index import BLOCK, CUE, MENTION, Entry, Index, index, index_with
from bilateral._countries_tokens import Tokens, norm
from bilateral._gazetteer import Gazetteer
from bilateral._mentions import CountryMention
from bilateral._model import Country
from bilateral._vocab import Recognition

__all__ = ["find_countries", "norm", "resolve_country"]


# ---------------------------------------------------------------------------------------------
# Scanning


class _Hit:
    """A provisional mention: an entry at token ``i``, before the document pass."""

    __slots__ = ("entry", "start", "stop")

    def __init__(self, entry: Entry, start: int, stop: int) -> None:
        self.entry = entry
        self.start = start
        self.stop = stop


def _is_name_word(token: str) -> bool:
    """A capitalised word that is not all capitals: "Michael", "O'Keeffe", not "IDF"."""
    return token[0].isupper() and not token.isupper() and token[0].isalpha()


def _person_name(text: str, toks: Tokens, i: int, j: int, idx: Index) -> bool:
    """Whether the form at tokens i..j sits inside a personal name ("Michael Jordan")."""
    norms = toks.norms
    if i > 0 and norms[i - 1] == "-":
        return False  # "the Malaysia-China Kuantan park": the second half of a compound
    if i > 0:
        prev = text[toks.starts[i - 1] : toks.ends[i - 1]]
        if prev == "." and i > 1 and norms[i - 2] in idx.honorific:
            return True
        if (
            toks.ends[i - 1] < toks.starts[i]
            and _is_name_word(prev)
            and norms[i - 1] not in idx.title
            and norms[i - 1] not in idx.trie
        ):
            return True
    if j < len(norms) and toks.posends[j - 1] == toks.ends[j - 1]:
        after = text[toks.starts[j] : toks.ends[j]]
        if toks.ends[j - 1] < toks.starts[j] and _is_name_word(after):
            if norms[j] not in idx.title and norms[j] not in idx.trie:
                return True
            # a month as a middle name: "Georgia May Jagger" (not "Georgia May 5")
            return (
                norms[j] == "may"
                and j + 1 < len(norms)
                and _is_name_word(text[toks.starts[j + 1] : toks.ends[j + 1]])
                and norms[j + 1] not in idx.title
                and norms[j + 1] not in idx.trie
            )
    return False


def _region_after(toks: Tokens, j: int, idx: Index) -> int:
    """The token index after "', Region'" following token j, or 0 when none follows."""
    norms = toks.norms
    if j >= len(norms) or norms[j] != ",":
        return 0
    for n in range(min(idx.region_len, len(norms) - j - 1), 0, -1):
        key = tuple(norms[j + 1 : j + 1 + n])
        if key in idx.regions:
            return j + 1 + n
    return 0


def _cued(entry: Entry, toks: Tokens, i: int, j: int) -> bool:
    norms = toks.norms
    for cue in entry.before:
        if i >= len(cue) and tuple(norms[i - len(cue) : i]) == cue:
            return True
    return any(tuple(norms[j : j + len(cue)]) == cue for cue in entry.after)


#: How a text is written: as usual, all in lower case (a social post), or all in capitals
#: (a headline).
MIXED, LOWER, CAPS = 0, 1, 2

#: The forms a lower-case text may write in lower case: names, not demonyms ("polish").
_LOWER_OK = (Recognition.NAME, Recognition.ALIAS, Recognition.CAPITAL, Recognition.HISTORICAL)


def _case_ok(entry: Entry, surface: str, mode: int = MIXED, before: str = "") -> bool:
    """Whether the form may stand as written. In a text without capitals, a name that is not
    also a lower-case word ("china", "turkey") counts, and one that is also a personal name
    ("jordan") only after a preposition; in an all-capitals text, an acronym that is also a
    word ("CAR") does not."""
    flags = entry.flags
    if "case" in flags:
        return surface == entry.surface and not (mode == CAPS and "word" in flags)
    if surface[0].isupper() or "lower" in flags or not surface[0].isalpha():
        return True
    if mode != LOWER or "cap" in flags or entry.recognition not in _LOWER_OK:
        return False
    return "person" not in flags or before in ("in", "to", "from", "of", "and", "visit")


def _thing(text: str, toks: Tokens, idx: Index, i: int, j: int, demonym: bool = False) -> bool:
    """Whether the form at tokens i..j is part of the name of a thing: a head word after it
    ("Turkish coffee", "Denmark Street", "Japan Times") or a lead word before it ("chicken
    Kiev", "the tanker Seoul Spirit", "Air India", "Lake Chad"). A form after a hyphen keeps
    its sense ("the Nazi-Soviet Pact"), and so does a form whose good is traded ("Brazil coffee
    exports")."""
    norms = toks.norms
    n = len(norms)
    if j < n and toks.posends[j - 1] == toks.ends[j - 1] and (i == 0 or norms[i - 1] != "-"):
        after = norms[j]
        if after in idx.head or (after in idx.head_cap and text[toks.starts[j]].isupper()):
            # "Brazil coffee exports", "India rice ban": trade in a good names the state
            return j + 1 >= n or norms[j + 1] not in idx.trade
        if j + 1 < n and _head_after_one(text, toks, idx, j, demonym):
            return True
    if i == 0:
        return False
    before = norms[i - 1]
    if before in idx.lead_cap and text[toks.starts[i - 1]].isupper():
        return True
    return (before,) in idx.lead or (i > 1 and (norms[i - 2], before) in idx.lead)


def _head_after_one(text: str, toks: Tokens, idx: Index, j: int, demonym: bool) -> bool:
    """A head word one word further on: after a name ("the Norwegian Forest cat"), after any
    capitalised word when a demonym comes first and the head is capitalised ("Indian Premier
    League", "Chinese New Year"), or after a lower-case word that is not a function word when
    both are ("French onion soup"); not when the good is traded ("Chinese steel pipe
    exports")."""
    norms = toks.norms
    word, head = text[toks.starts[j] : toks.ends[j]], norms[j + 1]
    if j + 2 < len(norms) and norms[j + 2] in idx.trade:
        return False
    if demonym and head in idx.head_cap and text[toks.starts[j + 1]].isupper():
        return _is_name_word(word)
    if head not in idx.head or norms[j] in idx.title:
        return False
    if word.islower():
        return word.isalpha()
    return _is_name_word(word) and norms[j] not in idx.trie


#: Words after a language name that leave it a language ("in French and German", "Swiss
#: German is spoken").
_AFTER_LANGUAGE = frozenset(
    {"and", "or", "at", "to", "for", "by", "with", "on", "as", "but", "is", "was", "speakers"}
)


def _language(toks: Tokens, idx: Index, i: int, j: int) -> bool:
    """Whether a demonym that is also a language names the language: nothing nominal follows
    it, and a word such as "in", "translated" or "speaks" stands just before it, maybe across
    another language ("fluent in Russian and Turkish", "speaks Brazilian Portuguese"), or
    another demonym does ("Swiss German is spoken there")."""
    norms = toks.norms
    n = len(norms)
    while j + 1 < n and norms[j] in ("and", "or", ",") and norms[j + 1] in idx.entries_language:
        j += 2  # "from Japanese and Taiwanese firms": what follows the whole list decides
    after = norms[j] if j < n else "."
    if after == "-":
        return False
    if i and norms[i - 1] in idx.entries_language and toks.ends[i - 1] < toks.starts[i]:
        # a language of a place: "Swiss German is spoken", "Canadian French in Quebec"
        return not after[0].isalnum() or after in _AFTER_LANGUAGE or after == "in"
    if after[0].isalnum() and after not in _AFTER_LANGUAGE:
        return False
    k = i - 1
    while k >= max(0, i - 4):
        if norms[k] in idx.language:
            return True
        if norms[k] not in ("and", "or", ",") and norms[k] not in idx.entries_language:
            return False
        k -= 1
    return False


def _stem(text: str, toks: Tokens, j: int, idx: Index) -> bool:
    """Whether a capitalised word follows the form directly, making it the start of a longer
    name ("Niger Delta", "Sudan Tribune"); titles ("Niger President") do not."""
    norms = toks.norms
    if (
        j >= len(norms)
        or toks.posends[j - 1] != toks.ends[j - 1]
        or toks.ends[j - 1] == toks.starts[j]
    ):
        return False
    after = text[toks.starts[j] : toks.ends[j]]
    return _is_name_word(after) and norms[j] not in idx.title and norms[j] not in idx.trie


def _index(gazetteer: Gazetteer | None) -> Index:
    """The bundled index, or a copy with a user's aliases."""
    if gazetteer is None:
        return index()
    if not isinstance(gazetteer, Gazetteer):
        raise TypeError(f"'gazetteer' must be a bilateral.Gazetteer or None, not {gazetteer!r}")
    return index_with(gazetteer.aliases)


def _scan(text: str, idx: Index | None = None) -> tuple[list[_Hit], Tokens, set[str]]:
    """Longest forms left to right that survive the local cues; and the context codes."""
    idx = index() if idx is None else idx
    trie = idx.trie
    toks = Tokens(text)
    mode = LOWER if text.islower() else CAPS if text.isupper() else MIXED
    norms, posends, ends = toks.norms, toks.posends, toks.ends
    hits: list[_Hit] = []
    context: set[str] = set()
    n = len(norms)
    i = 0
    # only the tokens that open a form of the trie are walked from: found in C, not by a
    # Python step per token of the text
    for at in itertools.compress(range(n), map(trie.__contains__, norms)):
        if at < i:
            continue
        i = at
        node = trie[norms[i]]
        # the longest form from token i: walk the trie while the tokens follow it
        found: Entry | None = None
        stop = k = i
        crossed = False  # past a possessive: "Ceylon's tea" is not "Ceylon tea", but
        while True:  # "People's Republic of China" is written with its own
            entry = node.get("")
            if entry is not None and (not crossed or "'" in entry.surface or "’" in entry.surface):
                found, stop = entry, k + 1
            k += 1
            if k >= n:
                break
            child = node.get(norms[k])
            if child is None:
                break
            if posends[k - 1] != ends[k - 1]:
                crossed = True
            node = child
        if found is None:
            i += 1
        elif found.kind == BLOCK:
            i = stop
        elif found.kind == CUE:
            context.update(found.codes)
            i = stop
        else:
            i = _local(text, toks, idx, found, i, stop, hits, mode)
    return hits, toks, context


def _local(
    text: str,
    toks: Tokens,
    idx: Index,
    found: Entry,
    i: int,
    stop: int,
    hits: list[_Hit],
    mode: int = MIXED,
) -> int:
    """Add the form at token ``i`` to ``hits`` unless a local cue rules it out; the token
    where the scan goes on."""
    norms = toks.norms
    j = i + found.ntok
    n = len(norms)
    before = norms[i - 1] if i else ""
    surface = text[toks.starts[i] : toks.ends[j - 1]]
    flags = found.flags
    if (found.guarded or not surface[0].isupper()) and not _case_ok(found, surface, mode, before):
        return i + 1
    if found.guarded and (
        ("article" in flags and before != "the")
        or (mode == CAPS and norms[i] == "us" and before in idx.pronoun_lead)
    ):
        return i + 1
    heads = idx.heads  # set lookups first: most forms have no head or lead word beside them
    if (
        (
            (j < n and (norms[j] in heads or (j + 1 < n and norms[j + 1] in heads)))
            or before in idx.leads
        )
        and _thing(text, toks, idx, i, j, found.recognition is Recognition.DEMONYM)
    ) or (
        found.guarded
        and (
            ("language" in flags and _language(toks, idx, i, j))
            or ("stem" in flags and mode != CAPS and _stem(text, toks, j, idx))
        )
    ):
        return stop
    skip = _region_after(toks, j, idx) if j < n and norms[j] == "," else 0
    if skip:
        region = idx.entries.get(tuple(norms[j + 1 : skip]))
        if region is None or region.codes != found.codes:
            return skip
    if ((found.before or found.after) and _cued(found, toks, i, j)) or (
        "person" in found.flags and _person_name(text, toks, i, j, idx)
    ):
        return stop
    if (
        found.recognition in (Recognition.CAPITAL, Recognition.METONYM)
        and j + 1 < len(norms)
        and norms[j] == "-"
        and norms[j + 1] in idx.suffix
    ):
        return j + 2
    hits.append(_Hit(found, i, j))
    return stop


def _decide(hits: list[_Hit], toks: Tokens, context: set[str]) -> list[tuple[_Hit, int]]:
    """The document pass: each surviving hit with its verdict.

    The verdict is -1 for dropped, 0 for unresolved or an organisation, and 1 + the index of
    the chosen candidate otherwise.
    """
    words: set[str] | None = None
    anchors = set(context)
    for hit in hits:
        entry = hit.entry
        if len(entry.codes) == 1 and not entry.document and "weak" not in entry.flags:
            anchors.update(entry.codes)
    present = set(context)
    organizations = set()
    verdicts: list[int] = []
    for hit in hits:
        entry = hit.entry
        verdict = 1
        if entry.document and entry.codes[0] not in anchors:
            if words is None:
                words = set(toks.norms)
            if any(cue in words for cue in entry.document):
                verdict = -1
        if entry.organization is not None and not entry.codes:
            organizations.add(entry.organization)
        if verdict == 1 and len(entry.codes) == 1 and "weak" not in entry.flags:
            present.update(entry.codes)
        verdicts.append(verdict)
    out: list[tuple[_Hit, int]] = []
    for hit, verdict in zip(hits, verdicts, strict=True):
        entry = hit.entry
        if verdict == 1:
            verdict = _verdict(entry, present, organizations)
        if verdict >= 0:
            out.append((hit, verdict))
    return out


def _verdict(entry: Entry, present: set[str], organizations: set[str]) -> int:
    """The verdict of one surviving entry given the codes and organisations the article names."""
    codes = entry.codes
    if not codes:
        return 0
    if entry.organization is not None and entry.organization in organizations:
        return 0
    if len(codes) > 1:
        chosen = [k for k, code in enumerate(codes) if code in present]
        return chosen[0] + 1 if len(chosen) == 1 else 0
    if "weak" in entry.flags and codes[0] not in present:
        return -1
    return 1


# ---------------------------------------------------------------------------------------------
# Public API


def resolve_country(
    text: str, *, context: str | None = None, gazetteer: Gazetteer | None = None
) -> Country | None:
    """The state one mention names, or ``None`` when it names none or cannot be decided.

    ``text`` is the mention alone ("Seoul", "the U.S.", "China's", "Korean"); a leading "the"
    and a possessive are ignored, case and diacritics too, except that acronyms that are words
    ("US", "WHO") must be in capitals and "china" or "turkey" in lowercase are not states.
    ``context``, the surrounding sentence or article, decides ambiguous forms ("Korean" in an
    article about Seoul) and negative cues ("Georgia" in an article about Atlanta).
    Organisations ("NATO") are not states: ``None``. A :class:`~bilateral.Gazetteer` adds
    a user's own aliases for this call.

    >>> resolve_country("Seoul's").alpha_3
    'KOR'
    >>> resolve_country("DPRK").alpha_3, resolve_country("Burma").alpha_3
    ('PRK', 'MMR')
    >>> resolve_country("Korean") is None
    True
    >>> resolve_country("Korean", context="Seoul said on Monday that ...").alpha_3
    'KOR'
    """
    check_text(text, "text")
    if context is not None:
        check_text(context, "context")
    idx = _index(gazetteer)
    entry = idx.exact.get(text)
    surface = text
    if entry is None:
        entry, surface = _lookup(text, idx)
        if entry is None:
            return None
    if entry.kind != MENTION or not entry.codes:
        return None
    if not _resolve_case_ok(entry, surface) and not (context is not None and context.islower()):
        return None  # in a text without capitals, the finder's rules for such text decide
    if context is None:
        return entry.countries[0] if len(entry.codes) == 1 else None
    hits, toks, cues = _scan(context, idx)
    places = _places_in(toks, context, text)
    if places:  # the mention stands in its context: judge it where it stands
        return _where_it_stands(entry, _decide(hits, toks, cues), toks, places)
    present = set(cues)
    anchors = set(cues)
    organizations = set()
    for hit, verdict in _decide(hits, toks, cues):
        other = hit.entry
        if verdict > 0:
            present.add(other.codes[verdict - 1])
            if not other.document and "weak" not in other.flags:
                anchors.add(other.codes[verdict - 1])
        elif other.organization is not None and not other.codes:
            organizations.add(other.organization)
    if entry.document and entry.codes[0] not in anchors:
        words = set(toks.norms)
        if any(cue in words for cue in entry.document):
            return None
    verdict = _verdict(entry, present, organizations)
    return entry.countries[verdict - 1] if verdict > 0 else None


def _places_in(toks: Tokens, context: str, text: str) -> list[tuple[int, int]]:
    """Where ``text`` stands in the context as whole tokens (not inside a longer word, as
    "Niger" in "Nigeria")."""
    if text not in context:
        return []
    starts, ends = set(toks.starts), set(toks.ends) | set(toks.posends)
    places = []
    at = context.find(text)
    while at >= 0:
        if at in starts and at + len(text) in ends:
            places.append((at, at + len(text)))
        at = context.find(text, at + 1)
    return places


def _where_it_stands(
    entry: Entry, decided: list[tuple[_Hit, int]], toks: Tokens, places: list[tuple[int, int]]
) -> Country | None:
    """The state of the mention where it stands in the context, as the finder decides it
    there (the first place where it is found as itself); ``None`` when it is ruled out
    everywhere or only part of longer forms ("Sudan" in "South Sudan")."""
    spans = [(toks.starts[hit.start], toks.posends[hit.stop - 1]) for hit, _ in decided]
    for at, end in places:
        for (start, stop), (hit, verdict) in zip(spans, decided, strict=True):
            if start < end and at < stop and hit.entry.codes == entry.codes:
                return entry.countries[verdict - 1] if verdict > 0 else None
    return None


def _lookup(text: str, idx: Index) -> tuple[Entry | None, str]:
    """The entry a whole mention matches after normalisation, and its surface form."""
    toks = Tokens(text.strip())
    norms = toks.norms
    if len(norms) > 1 and norms[0] == "the":
        del norms[0], toks.starts[0], toks.ends[0], toks.posends[0]
    if not norms:
        return None, text
    surface = text.strip()[toks.starts[0] : toks.ends[-1]]
    entry = idx.entries.get(tuple(norms))
    if entry is None and norms[-1] != "-":
        entry = idx.entries.get((*norms, "-"))  # "Sino" as find_countries reports it
    if entry is None or entry.ntok != len(norms):
        return None, surface
    return entry, surface


def _resolve_case_ok(entry: Entry, surface: str) -> bool:
    if "case" in entry.flags:
        return surface == entry.surface
    if "cap" in entry.flags or "person" in entry.flags:
        return surface[:1].isupper()
    return True


def find_countries(text: str, *, gazetteer: Gazetteer | None = None) -> list[CountryMention]:
    """Every mention of a state or an international organisation in ``text``, in order.

    Each mention satisfies ``text[m.start:m.end] == m.text``; a possessive belongs to the
    mention ("Seoul's"), a leading "the" does not. Ambiguous forms are decided by the rest of
    the article or left with ``country=None`` and their ``candidates``. Never raises on a
    ``str``. A :class:`~bilateral.Gazetteer` adds a user's own aliases for this call.

    >>> ms = find_countries("U.S.-South Korea talks: Seoul's envoy met NATO officials.")
    >>> for m in ms:
    ...     print(m.start, m.text, m.country and m.country.alpha_3, m.recognition.value)
    0 U.S. USA alias
    5 South Korea KOR name
    24 Seoul's KOR capital
    42 NATO None organization
    >>> m = find_countries("A Korean delegation arrived.")[0]
    >>> m.country, [c.alpha_3 for c in m.candidates]
    (None, ['KOR', 'PRK'])
    """
    check_text(text, "text")
    hits, toks, context = _scan(text, _index(gazetteer))
    mentions = []
    for hit, verdict in _decide(hits, toks, context):
        entry = hit.entry
        start = toks.starts[hit.start]
        end = toks.posends[hit.stop - 1]
        country = entry.countries[verdict - 1] if verdict > 0 else None
        if country is None and entry.organization is not None and entry.codes:
            recognition: Recognition = Recognition.ORGANIZATION
            organization: str | None = entry.organization
        else:
            recognition = entry.recognition  # type: ignore[assignment]
            organization = entry.organization if not entry.codes else None
        mentions.append(
            CountryMention(
                text=text[start:end],
                start=start,
                end=end,
                country=country,
                recognition=recognition,
                candidates=entry.candidates,
                organization=organization,
            )
        )
    return mentions
