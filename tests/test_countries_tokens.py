"""Tests of bilateral._countries_tokens: the tokens the country finder reads."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import find_countries
from bilateral._countries_tokens import Tokens, key, norm

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = sorted(EXAMPLES.glob("**/articles/*.txt"))


def _check(text: str) -> Tokens:
    """Assert the invariants of the tokens of ``text`` and return them."""
    toks = Tokens(text)
    assert len(toks.starts) == len(toks.ends) == len(toks.norms) == len(toks.posends)
    assert toks.starts == sorted(toks.starts)
    for start, end, form, posend in zip(
        toks.starts, toks.ends, toks.norms, toks.posends, strict=True
    ):
        assert start < end <= posend <= len(text)
        assert form == (norm(text[start:end]) or text[start:end])
    return toks


class TestTokens:
    @pytest.mark.parametrize(
        ("text", "norms", "possessives"),
        [
            ("Seoul's envoy", ["seoul", "envoy"], ["Seoul's"]),
            ("the U.S.' role", ["the", "u.s.", "role"], ["U.S.'"]),
            ("U.S.'s envoy", ["u.s.", "envoy"], ["U.S.'s"]),
            ("the Philippines' coast", ["the", "philippines", "coast"], ["Philippines'"]),
            ("Côte d'Ivoire", ["cote", "d'ivoire"], []),
            ("U.S.-South Korea", ["u.s.", "-", "south", "korea"], []),
        ],
    )
    def test_cases(self, text: str, norms: list[str], possessives: list[str]) -> None:
        """Abbreviations keep their dot; a possessive ends the mention, not the token."""
        toks = _check(text)
        assert toks.norms == norms
        owned = [
            text[s:p] for s, e, p in zip(toks.starts, toks.ends, toks.posends, strict=True) if p > e
        ]
        assert owned == possessives

    def test_key(self) -> None:
        """A form's key is its normalised words."""
        assert key("Türkiye") == ("turkiye",)

    @pytest.mark.parametrize(
        "text",
        ["Korea \uff9e talks", "\uff9e's Korea", "Korea\u0301 talks", "Korea \uff9e."],
    )
    def test_empty_lookup_form(self, text: str) -> None:
        """A token whose lookup form is empty (a lone halfwidth sound mark) keeps its text,
        plain or not, and the country finder reads past it (it raised AttributeError)."""
        toks = _check(text)
        assert "" not in toks.norms
        assert [m.text for m in find_countries(text)][:1] == ["Korea"]

    @given(st.text(alphabet=st.sampled_from(list("aUS.'’s -\u0301\uff9e\xe91_\n,")), max_size=40))
    def test_same_as_one_token_at_a_time(self, text: str) -> None:
        """The tokens read in one split are those of a match-by-match reading of the text."""
        toks = Tokens(text)
        assert (toks.starts, toks.ends, toks.norms, toks.posends) == _one_at_a_time(text)

    @given(st.text())
    def test_any_text(self, text: str) -> None:
        """Any text: ordered tokens whose lookup forms are those of their own characters."""
        _check(text)

    @pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
    def test_example_articles(self, path: Path) -> None:
        """Every example article: the invariants hold, and every country mention starts and
        ends on a token."""
        text = path.read_text(encoding="utf-8").partition("\n\n")[2]
        toks = _check(text)
        starts, ends = set(toks.starts), set(toks.ends) | set(toks.posends)
        for mention in find_countries(text):
            assert mention.start in starts
            assert mention.end in ends


def _one_at_a_time(text: str) -> tuple[list[int], list[int], list[str], list[int]]:
    """The tokens as the rules of the module state them, read one regex match at a time:
    the reference that the split reading of ``Tokens`` must reproduce."""
    starts: list[int] = []
    ends: list[int] = []
    norms: list[str] = []
    posends: list[int] = []
    skip = 0
    for m in re.finditer(r"\w+(?:['’.]\w+)*|[^\w\s]", text):
        start, end, token = m.start(), m.end(), m.group()
        if start < skip:
            continue
        after = text[end : end + 1]
        # "the Philippines'": the apostrophe belongs to the mention that ends there
        bare = token in ("'", "’") and ends and ends[-1] == start and text[start - 1] in "sS."
        if bare and not after.isalnum():
            posends[-1] = end
            continue
        posend = end
        if len(token) > 2 and token[-1] in "sS" and token[-2] in "'’":
            end, token = end - 2, token[:-2]  # "Seoul's"
        elif after == "." and ("." in token or len(token) == 1):
            end, token = end + 1, token + "."  # "U.S" + "."
            posend = skip = end
            possessive = text[end : end + 2] in ("'s", "'S", "’s", "’S")
            if possessive and not text[end + 2 : end + 3].isalnum():
                posend = skip = end + 2  # "U.S.'s"
        starts.append(start)
        ends.append(end)
        norms.append(norm(token) or token)
        posends.append(posend)
    return starts, ends, norms, posends
