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

import functools
import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from bilateral._args import check_text
from bilateral._mentions import CountryMention
from bilateral._model import Country
from bilateral._tables import read_tsv
from bilateral._vocab import Recognition

__all__ = ["find_countries", "resolve_country"]

# A word with inner apostrophes or dots ("d'Ivoire", "U.S", "S.Korea"), or one punctuation mark.
_TOKEN = re.compile(r"\w+(?:['’.]\w+)*|[^\w\s]")
_APOSTROPHES = "'’"
_DASHES = {"–": "-", "—": "-", "‐": "-", "‑": "-", "’": "'"}

_MENTION, _BLOCK, _CUE = 0, 1, 2


class _Entry:
    """One form of the index: what it names and the cues that can rule it out."""

    __slots__ = (
        "after",
        "before",
        "codes",
        "countries",
        "document",
        "flags",
        "kind",
        "ntok",
        "organization",
        "recognition",
        "surface",
    )

    def __init__(
        self,
        kind: int,
        surface: str,
        ntok: int,
        codes: tuple[str, ...] = (),
        recognition: Recognition | None = None,
        flags: frozenset[str] = frozenset(),
        organization: str | None = None,
    ) -> None:
        self.kind = kind
        self.surface = surface
        self.ntok = ntok
        self.codes = codes
        self.countries = tuple(Country(c) for c in codes)
        self.recognition = recognition
        self.flags = flags
        self.organization = organization
        self.before: list[tuple[str, ...]] = []
        self.after: list[tuple[str, ...]] = []
        self.document: list[str] = []


# ---------------------------------------------------------------------------------------------
# Tokens


def _norm(token: str) -> str:
    """The lookup form of a token: lowercase, without diacritics, plain hyphen and apostrophe."""
    if token.isascii():
        return token.lower()
    token = "".join(_DASHES.get(ch, ch) for ch in token)
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class _Tokens:
    """The tokens of a text: offsets, lookup forms, and the end including a possessive."""

    __slots__ = ("ends", "norms", "posends", "starts")

    def __init__(self, text: str) -> None:
        starts: list[int] = []
        ends: list[int] = []
        norms: list[str] = []
        posends: list[int] = []
        cache: dict[str, str] = {}
        n = len(text)
        skip = 0
        for match in _TOKEN.finditer(text):
            start, end = match.span()
            if start < skip:
                continue
            token = match.group()
            if token.isalnum() and (len(token) > 1 or end == n or text[end] != "."):
                # the common case, a plain word: no possessive, no abbreviation dot
                norm = cache.get(token)
                if norm is None:
                    norm = cache[token] = _norm(token)
                starts.append(start)
                ends.append(end)
                norms.append(norm)
                posends.append(end)
                continue
            first = token[0]
            if first in _APOSTROPHES and len(token) == 1 and ends and ends[-1] == start:
                # "U.S.'" and "the Philippines'": a bare apostrophe after s or a dot.
                last = text[start - 1]
                if last in "sS." and (end == n or not text[end].isalnum()):
                    posends[-1] = end
                    continue
            posend = end
            if len(token) > 2 and token[-1] in "sS" and token[-2] in _APOSTROPHES:
                end -= 2  # "Seoul's" -> "Seoul" + 's
                token = token[:-2]
            elif end < n and text[end] == "." and ("." in token or len(token) == 1):
                end += 1  # "U.S" + "." -> "U.S."
                posend = skip = end
                token += "."
                if (
                    text[end : end + 1] in _APOSTROPHES
                    and text[end + 1 : end + 2] in ("s", "S")
                    and (end + 2 == n or not text[end + 2].isalnum())
                ):
                    posend = skip = end + 2  # "U.S.'s"
            norm = cache.get(token)
            if norm is None:
                # A lone combining mark ("Korea" + U+0301, as NFD text writes "Koreá") has an
                # empty lookup form, which is the trie's end-of-form key: keep the token.
                norm = cache[token] = _norm(token) or token
            starts.append(start)
            ends.append(end)
            norms.append(norm)
            posends.append(posend)
        self.starts, self.ends, self.norms, self.posends = starts, ends, norms, posends


def _key(form: str) -> tuple[str, ...]:
    return tuple(_Tokens(form).norms)


# ---------------------------------------------------------------------------------------------
# The index


class _Index:
    """The trie of every form, the word lists and the fast exact-form dictionary."""

    def __init__(self) -> None:
        self.trie: dict[str, Any] = {}
        self.entries: dict[tuple[str, ...], _Entry] = {}
        self.title: frozenset[str] = frozenset()
        self.honorific: frozenset[str] = frozenset()
        self.suffix: frozenset[str] = frozenset()
        self.regions: dict[tuple[str, ...], str] = {}
        self.region_len = 0
        self.exact: dict[str, _Entry] = {}

    def add(self, form: str, entry: _Entry, key: tuple[str, ...] | None = None) -> None:
        key = _key(form) if key is None else key
        self.entries[key] = entry
        self.exact[form] = entry
        self.exact["the " + form] = entry
        self.exact["The " + form] = entry


def _flags(cell: str) -> frozenset[str]:
    return frozenset(cell.split())


def _mention(form: str, codes: str, recognition: Recognition, flags: str) -> _Entry:
    key = _key(form)
    ntok = len(key) - 1 if "prefix" in flags else len(key)
    return _Entry(_MENTION, form, ntok, tuple(codes.split()), recognition, _flags(flags))


@functools.cache
def _index() -> _Index:
    """Build the index from the tables, once."""
    index = _Index()
    for row in read_tsv("country_names.tsv"):
        for column in ("name", "official_name", "common_name"):
            name = row[column]
            if name:
                entry = _mention(name, row["alpha_3"], Recognition.NAME, "")
                key = _key(name)
                if key[0] == "the":  # "the State of Eritrea": the article is not the name
                    key = key[1:]
                    entry.ntok -= 1
                index.add(name, entry, key)
    for row in read_tsv("country_aliases.tsv"):
        recognition = Recognition(row["recognition"])
        index.add(row["alias"], _mention(row["alias"], row["alpha_3"], recognition, row["flags"]))
    for row in read_tsv("country_historical.tsv"):
        entry = _mention(row["name"], row["alpha_3"], Recognition.HISTORICAL, row["flags"])
        index.add(row["name"], entry)
    for row in read_tsv("country_demonyms.tsv"):
        form = row["demonym"]
        entry = _mention(form, row["alpha_3"], Recognition.DEMONYM, row["flags"])
        index.add(form, entry, _key(form.rstrip("-")) + (("-",) if form.endswith("-") else ()))
    for row in read_tsv("country_capitals.tsv"):
        entry = _mention(row["capital"], row["alpha_3"], Recognition.CAPITAL, row["flags"])
        entry.organization = row["organization"] or None
        index.add(row["capital"], entry)
    for row in read_tsv("country_metonyms.tsv"):
        entry = _mention(row["metonym"], row["alpha_3"], Recognition.METONYM, row["flags"])
        index.add(row["metonym"], entry)
    for row in read_tsv("country_organizations.tsv"):
        key = _key(row["form"])
        entry = _Entry(_MENTION, row["form"], len(key), (), Recognition.ORGANIZATION)
        entry.flags, entry.organization = _flags(row["flags"]), row["organization"]
        index.add(row["form"], entry, key)
    for row in read_tsv("country_context.tsv"):
        key = _key(row["cue"])
        index.add(row["cue"], _Entry(_CUE, row["cue"], len(key), (row["alpha_3"],)), key)
    for row in read_tsv("country_blockers.tsv"):
        key = _key(row["phrase"])
        index.add(row["phrase"], _Entry(_BLOCK, row["phrase"], len(key)), key)
    for row in read_tsv("country_cues.tsv"):
        target = index.entries[_key(row["form"])]
        if row["where"] == "document":
            target.document.append(row["cue"])
        else:
            getattr(target, row["where"]).append(tuple(row["cue"].split()))
    words: dict[str, set[str]] = {"title": set(), "honorific": set(), "suffix": set()}
    for row in read_tsv("country_words.tsv"):
        if row["role"] == "region":
            key = _key(row["word"])
            index.regions[key] = row["word"]
            index.region_len = max(index.region_len, len(key))
        else:
            words[row["role"]].add(row["word"])
    index.title = frozenset(words["title"])
    index.honorific = frozenset(words["honorific"])
    index.suffix = frozenset(words["suffix"])
    for key, entry in index.entries.items():
        node = index.trie
        for token in key:
            node = node.setdefault(token, {})
        node[""] = entry
    return index


# ---------------------------------------------------------------------------------------------
# Scanning


class _Hit:
    """A provisional mention: an entry at token ``i``, before the document pass."""

    __slots__ = ("entry", "start", "stop")

    def __init__(self, entry: _Entry, start: int, stop: int) -> None:
        self.entry = entry
        self.start = start
        self.stop = stop


def _is_name_word(token: str) -> bool:
    """A capitalised word that is not all capitals: "Michael", "O'Keeffe", not "IDF"."""
    return token[0].isupper() and not token.isupper() and token[0].isalpha()


def _person_name(text: str, toks: _Tokens, i: int, j: int, index: _Index) -> bool:
    """Whether the form at tokens i..j sits inside a personal name ("Michael Jordan")."""
    norms = toks.norms
    if i > 0:
        prev = text[toks.starts[i - 1] : toks.ends[i - 1]]
        if prev == "." and i > 1 and norms[i - 2] in index.honorific:
            return True
        if (
            toks.ends[i - 1] < toks.starts[i]
            and _is_name_word(prev)
            and norms[i - 1] not in index.title
            and norms[i - 1] not in index.trie
        ):
            return True
    if j < len(norms) and toks.posends[j - 1] == toks.ends[j - 1]:
        after = text[toks.starts[j] : toks.ends[j]]
        if (
            toks.ends[j - 1] < toks.starts[j]
            and _is_name_word(after)
            and norms[j] not in index.title
            and norms[j] not in index.trie
        ):
            return True
    return False


def _region_after(toks: _Tokens, j: int, index: _Index) -> int:
    """The token index after "', Region'" following token j, or 0 when none follows."""
    norms = toks.norms
    if j >= len(norms) or norms[j] != ",":
        return 0
    for n in range(min(index.region_len, len(norms) - j - 1), 0, -1):
        key = tuple(norms[j + 1 : j + 1 + n])
        if key in index.regions:
            return j + 1 + n
    return 0


def _cued(entry: _Entry, toks: _Tokens, i: int, j: int) -> bool:
    norms = toks.norms
    for cue in entry.before:
        if i >= len(cue) and tuple(norms[i - len(cue) : i]) == cue:
            return True
    return any(tuple(norms[j : j + len(cue)]) == cue for cue in entry.after)


def _case_ok(entry: _Entry, surface: str) -> bool:
    if "case" in entry.flags:
        return surface == entry.surface
    return surface[0].isupper() or "lower" in entry.flags or not surface[0].isalpha()


def _scan(text: str) -> tuple[list[_Hit], _Tokens, set[str]]:
    """Longest forms left to right that survive the local cues; and the context codes."""
    index = _index()
    trie = index.trie
    toks = _Tokens(text)
    norms, starts, ends = toks.norms, toks.starts, toks.ends
    hits: list[_Hit] = []
    context: set[str] = set()
    n = len(norms)
    i = 0
    while i < n:
        node = trie.get(norms[i])
        if node is None:
            i += 1
            continue
        found: _Entry | None = None
        stop = i
        k = i
        while True:
            entry = node.get("")
            if entry is not None:
                found, stop = entry, k + 1
            k += 1
            if k >= n:
                break
            child = node.get(norms[k])
            if child is None:
                break
            node = child
        if found is None:
            i += 1
            continue
        if found.kind == _BLOCK:
            i = stop
            continue
        if found.kind == _CUE:
            context.update(found.codes)
            i = stop
            continue
        j = i + found.ntok
        if not _case_ok(found, text[starts[i] : ends[j - 1]]):
            i += 1
            continue
        skip = _region_after(toks, j, index)
        if skip:
            region = index.entries.get(tuple(norms[j + 1 : skip]))
            if region is None or region.codes != found.codes:
                i = skip
                continue
        if _cued(found, toks, i, j) or (
            "person" in found.flags and _person_name(text, toks, i, j, index)
        ):
            i = stop
            continue
        if (
            found.recognition in (Recognition.CAPITAL, Recognition.METONYM)
            and j + 1 < n
            and norms[j] == "-"
            and norms[j + 1] in index.suffix
        ):
            i = j + 2
            continue
        hits.append(_Hit(found, i, j))
        i = stop
    return hits, toks, context


def _decide(hits: list[_Hit], toks: _Tokens, context: set[str]) -> list[tuple[_Hit, int]]:
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


def _verdict(entry: _Entry, present: set[str], organizations: set[str]) -> int:
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


def resolve_country(text: str, *, context: str | None = None) -> Country | None:
    """The state one mention names, or ``None`` when it names none or cannot be decided.

    ``text`` is the mention alone ("Seoul", "the U.S.", "China's", "Korean"); a leading "the"
    and a possessive are ignored, case and diacritics too, except that acronyms that are words
    ("US", "WHO") must be in capitals and "china" or "turkey" in lowercase are not states.
    ``context``, the surrounding sentence or article, decides ambiguous forms ("Korean" in an
    article about Seoul) and negative cues ("Georgia" in an article about Atlanta).
    Organisations ("NATO") are not states: ``None``.

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
    index = _index()
    entry = index.exact.get(text)
    surface = text
    if entry is None:
        entry, surface = _lookup(text, index)
        if entry is None:
            return None
    if entry.kind != _MENTION or not entry.codes or not _resolve_case_ok(entry, surface):
        return None
    if context is None:
        return entry.countries[0] if len(entry.codes) == 1 else None
    hits, toks, cues = _scan(context)
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


def _lookup(text: str, index: _Index) -> tuple[_Entry | None, str]:
    """The entry a whole mention matches after normalisation, and its surface form."""
    toks = _Tokens(text.strip())
    norms = toks.norms
    if len(norms) > 1 and norms[0] == "the":
        del norms[0], toks.starts[0], toks.ends[0], toks.posends[0]
    if not norms:
        return None, text
    surface = text.strip()[toks.starts[0] : toks.ends[-1]]
    entry = index.entries.get(tuple(norms))
    if entry is None and norms[-1] != "-":
        entry = index.entries.get((*norms, "-"))  # "Sino" as find_countries reports it
    if entry is None or entry.ntok != len(norms):
        return None, surface
    return entry, surface


def _resolve_case_ok(entry: _Entry, surface: str) -> bool:
    if "case" in entry.flags:
        return surface == entry.surface
    if "cap" in entry.flags or "person" in entry.flags:
        return surface[:1].isupper()
    return True


def find_countries(text: str) -> list[CountryMention]:
    """Every mention of a state or an international organisation in ``text``, in order.

    Each mention satisfies ``text[m.start:m.end] == m.text``; a possessive belongs to the
    mention ("Seoul's"), a leading "the" does not. Ambiguous forms are decided by the rest of
    the article or left with ``country=None`` and their ``candidates``. Never raises on a
    ``str``.

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
    hits, toks, context = _scan(text)
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
                candidates=_candidates(entry.countries),
                organization=organization,
            )
        )
    return mentions


def _candidates(countries: Iterable[Country]) -> tuple[Country, ...]:
    items = tuple(countries)
    return items if len(items) > 1 else ()
