"""Tests of bilateral._countries_tokens: the tokens the country finder reads."""

from __future__ import annotations

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
