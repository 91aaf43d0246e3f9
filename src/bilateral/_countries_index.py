"""The index of every form a country finder knows, read once from ``data/country_*.tsv``.

One token trie holds every form (names, aliases, historical names, demonyms, capitals,
metonyms, organisations, context cues, blockers), each with the cues that can rule it out,
the word lists (titles, honorifics, suffixes, regions), and a dictionary of exact forms for
:func:`~bilateral.resolve_country`'s fast path.
"""

from __future__ import annotations

import copy
import functools
from typing import Any

from bilateral._countries_tokens import key
from bilateral._model import Country
from bilateral._tables import read_tsv
from bilateral._vocab import Recognition

__all__ = ["BLOCK", "CUE", "MENTION", "Entry", "Index", "index", "index_with"]

#: What an entry of the index is: a mention of a state or an organisation, a blocker that
#: yields nothing ("New Mexico"), or a context cue that names a state without being a mention.
MENTION, BLOCK, CUE = 0, 1, 2

#: The flags that make the finder look beyond a capital initial: exact case, "the" before,
#: a language, the start of a longer name.
_GUARDS = frozenset({"case", "article", "language", "stem"})


class Entry:
    """One form of the index: what it names and the cues that can rule it out."""

    __slots__ = (
        "after",
        "before",
        "candidates",
        "codes",
        "countries",
        "document",
        "flags",
        "guarded",
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
        #: the candidates a mention of an ambiguous form reports (none for one state)
        self.candidates = self.countries if len(codes) > 1 else ()
        self.recognition = recognition
        self.flags = flags
        #: whether a flag asks for more than a capital initial (the finder's quick test)
        self.guarded = bool(flags & _GUARDS)
        self.organization = organization
        self.before: list[tuple[str, ...]] = []
        self.after: list[tuple[str, ...]] = []
        self.document: list[str] = []


class Index:
    """The trie of every form, the word lists and the fast exact-form dictionary."""

    def __init__(self) -> None:
        self.trie: dict[str, Any] = {}
        self.entries: dict[tuple[str, ...], Entry] = {}
        self.title: frozenset[str] = frozenset()
        self.honorific: frozenset[str] = frozenset()
        self.suffix: frozenset[str] = frozenset()
        self.head: frozenset[str] = frozenset()
        self.head_cap: frozenset[str] = frozenset()
        self.lead: frozenset[tuple[str, ...]] = frozenset()
        self.lead_cap: frozenset[str] = frozenset()
        #: every head word, and every word just before a form in a lead: the finder's quick
        #: tests before it looks for the name of a thing
        self.heads: frozenset[str] = frozenset()
        self.leads: frozenset[str] = frozenset()
        self.language: frozenset[str] = frozenset()
        self.trade: frozenset[str] = frozenset()
        self.entries_language: frozenset[str] = frozenset()
        self.pronoun_lead: frozenset[str] = frozenset()
        self.regions: dict[tuple[str, ...], str] = {}
        self.region_len = 0
        self.exact: dict[str, Entry] = {}

    def add(self, form: str, entry: Entry, form_key: tuple[str, ...] | None = None) -> None:
        """Index ``entry`` under ``form`` (or ``form_key``) and its exact spellings."""
        form_key = key(form) if form_key is None else form_key
        self.entries[form_key] = entry
        self.exact[form] = entry
        self.exact["the " + form] = entry
        self.exact["The " + form] = entry
        if "and" in form_key:  # "Trinidad and Tobago" is also written "Trinidad & Tobago"
            amp = tuple("&" if token == "and" else token for token in form_key)
            self.entries.setdefault(amp, entry)
            self.exact.setdefault(form.replace(" and ", " & "), entry)


def _flags(cell: str) -> frozenset[str]:
    return frozenset(cell.split())


def _mention(form: str, codes: str, recognition: Recognition, flags: str) -> Entry:
    form_key = key(form)
    ntok = len(form_key) - 1 if "prefix" in flags else len(form_key)
    return Entry(MENTION, form, ntok, tuple(codes.split()), recognition, _flags(flags))


@functools.cache
def index() -> Index:
    """Build the index from the tables, once.

    >>> index().entries[("south", "korea")].codes
    ('KOR',)
    """
    built = Index()
    _add_names(built)
    _add_forms(built)
    _add_others(built)
    _add_cues(built)
    _add_words(built)
    for form_key, entry in built.entries.items():
        node = built.trie
        for token in form_key:
            node = node.setdefault(token, {})
        node[""] = entry
    return built


@functools.lru_cache(maxsize=16)
def index_with(aliases: tuple[tuple[str, str], ...]) -> Index:
    """The bundled index with a user's aliases added (form, alpha-3): a copy that shares
    every trie node off the aliases' paths, so the bundled index is never changed.

    >>> mine = index_with((("Aotearoa", "NZL"),))
    >>> mine.entries[("aotearoa",)].codes, ("aotearoa",) in index().entries
    (('NZL',), False)
    """
    base = index()
    if not aliases:
        return base
    built = copy.copy(base)
    built.entries, built.exact, built.trie = dict(base.entries), dict(base.exact), dict(base.trie)
    for form, code in aliases:
        form_key = key(form)
        entry = _mention(form, code, Recognition.ALIAS, "")
        built.add(form, entry, form_key)
        for variant in {form_key, tuple("&" if t == "and" else t for t in form_key)}:
            node = built.trie
            for token in variant:
                child = dict(node.get(token, {}))  # a copy: the bundled node stays as it is
                node[token] = child
                node = child
            node[""] = entry
    return built


def _add_names(built: Index) -> None:
    """The names of ``country_names.tsv``: short, official and common."""
    for row in read_tsv("country_names.tsv"):
        for column in ("name", "official_name", "common_name"):
            name = row[column]
            if name:
                entry = _mention(name, row["alpha_3"], Recognition.NAME, "")
                form_key = key(name)
                if form_key[0] == "the":  # "the State of Eritrea": the article is not the name
                    form_key = form_key[1:]
                    entry.ntok -= 1
                built.add(name, entry, form_key)
                for variant in _reordered(name):
                    built.add(variant, _mention(variant, row["alpha_3"], Recognition.NAME, ""))


def _reordered(name: str) -> tuple[str, ...]:
    """The other ways statistical tables write a reordered name: "Korea, Republic of" is
    also "Korea (Republic of)", and "Iran (Islamic Republic of)" also "Iran, Islamic
    Republic of".

    >>> _reordered("Korea, Republic of"), _reordered("Bolivia (Plurinational State of)")
    (('Korea (Republic of)',), ('Bolivia, Plurinational State of',))
    """
    if ", " in name and "(" not in name:
        head, _, tail = name.partition(", ")
        return (f"{head} ({tail})",)
    if name.endswith(")") and " (" in name:
        head, _, tail = name[:-1].partition(" (")
        return (f"{head}, {tail}",)
    return ()


def _add_forms(built: Index) -> None:
    """Aliases, historical names, demonyms, capitals and metonyms."""
    for row in read_tsv("country_aliases.tsv"):
        recognition = Recognition(row["recognition"])
        built.add(row["alias"], _mention(row["alias"], row["alpha_3"], recognition, row["flags"]))
    for row in read_tsv("country_historical.tsv"):
        entry = _mention(row["name"], row["alpha_3"], Recognition.HISTORICAL, row["flags"])
        built.add(row["name"], entry)
    for row in read_tsv("country_demonyms.tsv"):
        form = row["demonym"]
        entry = _mention(form, row["alpha_3"], Recognition.DEMONYM, row["flags"])
        built.add(form, entry, key(form.rstrip("-")) + (("-",) if form.endswith("-") else ()))
    for row in read_tsv("country_capitals.tsv"):
        entry = _mention(row["capital"], row["alpha_3"], Recognition.CAPITAL, row["flags"])
        entry.organization = row["organization"] or None
        built.add(row["capital"], entry)
    for row in read_tsv("country_metonyms.tsv"):
        entry = _mention(row["metonym"], row["alpha_3"], Recognition.METONYM, row["flags"])
        built.add(row["metonym"], entry)


def _add_others(built: Index) -> None:
    """Organisations, context cues and blockers."""
    for row in read_tsv("country_organizations.tsv"):
        form_key = key(row["form"])
        entry = Entry(MENTION, row["form"], len(form_key), (), Recognition.ORGANIZATION)
        entry.flags, entry.organization = _flags(row["flags"]), row["organization"]
        entry.guarded = bool(entry.flags & _GUARDS)
        built.add(row["form"], entry, form_key)
    for row in read_tsv("country_context.tsv"):
        form_key = key(row["cue"])
        built.add(row["cue"], Entry(CUE, row["cue"], len(form_key), (row["alpha_3"],)), form_key)
    for row in read_tsv("country_blockers.tsv"):
        form_key = key(row["phrase"])
        built.add(row["phrase"], Entry(BLOCK, row["phrase"], len(form_key)), form_key)


def _add_cues(built: Index) -> None:
    """The negative cues of ``country_cues.tsv``, on the entries they can rule out."""
    for row in read_tsv("country_cues.tsv"):
        target = built.entries[key(row["form"])]
        if row["where"] == "document":
            target.document.append(row["cue"])
        else:
            getattr(target, row["where"]).append(tuple(row["cue"].split()))


def _add_words(built: Index) -> None:
    """The word lists of ``country_words.tsv``: titles, honorifics, suffixes and regions."""
    words: dict[str, set[str]] = {
        role: set()
        for role in (
            "title",
            "honorific",
            "suffix",
            "head",
            "head_cap",
            "lead_cap",
            "language",
            "language_name",
            "pronoun",
            "trade",
        )
    }
    leads: set[tuple[str, ...]] = set()
    for row in read_tsv("country_words.tsv"):
        if row["role"] == "region":
            form_key = key(row["word"])
            built.regions[form_key] = row["word"]
            built.region_len = max(built.region_len, len(form_key))
        elif row["role"] == "lead":
            leads.add(key(row["word"]))
        else:
            words[row["role"]].add(row["word"])
    built.title = frozenset(words["title"])
    built.honorific = frozenset(words["honorific"])
    built.suffix = frozenset(words["suffix"])
    built.head = frozenset(words["head"])
    built.head_cap = frozenset(words["head_cap"])
    built.lead = frozenset(leads)
    built.lead_cap = frozenset(words["lead_cap"])
    built.heads = built.head | built.head_cap
    built.leads = built.lead_cap | {lead[-1] for lead in leads}
    built.language = frozenset(words["language"])
    built.pronoun_lead = frozenset(words["pronoun"])
    built.trade = frozenset(words["trade"])
    # the words that may stand between a language cue and a language: other languages
    built.entries_language = frozenset(words["language_name"]) | frozenset(
        e.surface.lower() for e in built.entries.values() if e.recognition is Recognition.DEMONYM
    )
