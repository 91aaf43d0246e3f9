"""The tokens the country finder reads: offsets, lookup forms, and possessive ends.

A token is a word with inner apostrophes or dots ("d'Ivoire", "U.S", "S.Korea") or one
punctuation mark. An abbreviation keeps its final dot ("U.S."); a possessive ("Seoul's",
"U.S.'s", "the Philippines'") is not part of the token but of the mention that ends there,
which ``posends`` records.
"""

from __future__ import annotations

import bisect
import itertools
import unicodedata
from collections.abc import Iterable

from bilateral._regex import lazy_regex

__all__ = ["Tokens", "key", "norm"]

# A word with inner apostrophes or dots ("d'Ivoire", "U.S", "S.Korea"), or one punctuation mark.
# (possessive quantifiers: the same tokens, with no backtracking state kept per character)
_TOKEN_SPLIT = lazy_regex(r"(\w++(?:['’.]\w++)*+|[^\w\s])")
_APOSTROPHES = "'’"
_MARK = lazy_regex(r"['’.]")
_DASHES = {"–": "-", "—": "-", "‐": "-", "‑": "-", "’": "'"}


def norm(token: str) -> str:
    """The lookup form of a token: lowercase, without diacritics, plain hyphen and apostrophe.

    >>> norm("Côte"), norm("Türkiye’s"), norm("Sino–")
    ('cote', "turkiye's", 'sino-')
    """
    if token.isascii():
        return token.lower()
    token = "".join(_DASHES.get(ch, ch) for ch in token)
    decomposed = unicodedata.normalize("NFKD", token)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


class Tokens:
    """The tokens of a text: offsets, lookup forms, and the end including a possessive.

    >>> toks = Tokens("U.S.'s envoy")
    >>> toks.norms, toks.starts, toks.ends, toks.posends
    (['u.s.', 'envoy'], [0, 7], [4, 12], [6, 12])
    """

    __slots__ = ("ends", "norms", "posends", "starts")

    def __init__(self, text: str) -> None:
        # One split in C gives every token with the blanks between them, so that the offsets
        # are running sums of lengths; only the few tokens with an apostrophe or before a
        # dot (see _odd_tokens) take the Python path below.
        # An ASCII text is split lowercased: its tokens are their own lookup forms (what is
        # read of them below does not depend on case).
        plain = text.isascii()
        parts = _TOKEN_SPLIT().split(text.lower() if plain else text)
        toks = parts[1::2]
        bounds = list(itertools.accumulate(map(len, parts)))
        starts, ends = bounds[0:-1:2], bounds[1::2]
        forms: list[str] = toks if plain else list(map(str.lower, toks))  # ASCII: lookup forms
        cache: dict[str, str] = {}
        odd_letters: Iterable[bool] = () if plain else map(_not_ascii, toks)
        for i in itertools.compress(range(len(toks)), odd_letters):
            form = cache.get(toks[i])
            if form is None:
                # a token whose lookup form is empty (a lone combining sound mark) keeps its text
                form = cache[toks[i]] = norm(toks[i]) or toks[i]
            forms[i] = form
        odd = _odd_tokens(text, toks, starts, ends)
        if not odd:
            self.starts, self.ends, self.norms, self.posends = starts, ends, forms, list(ends)
            return
        self.starts, self.ends, self.norms, self.posends = [], [], [], []
        skip = 0
        j = 0  # the next plain token to copy
        for i in [*odd, len(toks)]:
            while j < i and starts[j] < skip:
                j += 1  # the dot and the "'s" of "U.S.'s", read with the abbreviation
            self.starts += starts[j:i]
            self.ends += ends[j:i]
            self.norms += forms[j:i]
            self.posends += ends[j:i]
            j = i + 1
            if i < len(toks) and starts[i] >= skip:
                skip = self._add_other(text, starts[i], ends[i], toks[i], skip, cache)

    def _append(self, start: int, end: int, form: str, posend: int) -> None:
        self.starts.append(start)
        self.ends.append(end)
        self.norms.append(form)
        self.posends.append(posend)

    def _add_other(
        self, text: str, start: int, end: int, token: str, skip: int, cache: dict[str, str]
    ) -> int:
        """Add a token that is not a plain word; the offset before which tokens are skipped."""
        n = len(text)
        if (
            token[0] in _APOSTROPHES
            and len(token) == 1
            and self.ends
            and self.ends[-1] == start
            # "U.S.'" and "the Philippines'": a bare apostrophe after s or a dot.
            and text[start - 1] in "sS."
            and (end == n or not text[end].isalnum())
        ):
            self.posends[-1] = end
            return skip
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
        form = cache.get(token)
        if form is None:
            # A lone combining mark ("Korea" + U+0301, as NFD text writes "Koreá") has an
            # empty lookup form, which is the trie's end-of-form key: keep the token.
            form = cache[token] = norm(token) or token
        self._append(start, end, form, posend)
        return skip


def _not_ascii(token: str) -> bool:
    return not token.isascii()


def _odd_tokens(text: str, toks: list[str], starts: list[int], ends: list[int]) -> list[int]:
    """The indices of the tokens that are not read as they stand: those with an apostrophe
    (a possessive) and those right before a dot that they take ("U.S", "a", ")" before ".").
    Found from the few apostrophes and dots of the text, not by a test of every token."""
    odd = set()
    for mark in _MARK().finditer(text):
        i = bisect.bisect_right(starts, mark.start()) - 1  # the token that holds the mark
        if mark.group() != ".":
            odd.add(i)
        elif toks[i] == "." and i and ends[i - 1] == starts[i]:
            before = toks[i - 1]
            if len(before) == 1 or "." in before:
                odd.add(i - 1)
    return sorted(odd)


def key(form: str) -> tuple[str, ...]:
    """The lookup forms of the tokens of a table's form.

    >>> key("Côte d'Ivoire")
    ('cote', "d'ivoire")
    """
    return tuple(Tokens(form).norms)
