"""Tests of bilateral._countries: resolve_country and find_countries."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

import pycountry
import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import Country, CountryMention, Recognition, find_countries, resolve_country

CASES_FILE = Path(__file__).parent / "data" / "countries_cases.tsv"


def _load_cases() -> list[dict[str, str]]:
    with CASES_FILE.open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


CASES = _load_cases()


def _params(kinds: set[str] | None = None) -> list[Any]:
    params = []
    for case in CASES:
        if kinds is not None and case["kind"] not in kinds:
            continue
        marks = []
        if case["note"].startswith("xfail:"):
            marks.append(pytest.mark.xfail(reason=case["note"][6:].strip(), strict=True))
        params.append(pytest.param(case, marks=marks, id=f"{case['kind']}:{case['sentence'][:40]}"))
    return params


def _mention_of(case: dict[str, str]) -> CountryMention | None:
    """The mention whose text is the case's mention, if find_countries reports one."""
    for mention in find_countries(case["sentence"]):
        if mention.text == case["mention"]:
            return mention
    return None


def _expected_country(case: dict[str, str]) -> str | None:
    expected = case["expected"]
    return None if expected[:1] in "-?@" else expected


class TestFindCountriesCases:
    """find_countries on the case table."""

    @pytest.mark.parametrize("case", _params())
    def test_case(self, case: dict[str, str]) -> None:
        """The mention of each case is found with its country, candidates and recognition."""
        expected = case["expected"]
        mention = _mention_of(case)
        if expected == "-":
            assert mention is None or mention.country is None
            return
        assert mention is not None, [m.text for m in find_countries(case["sentence"])]
        if expected.startswith("?"):
            assert mention.country is None
            assert [c.alpha_3 for c in mention.candidates] == expected[1:].split()
            assert mention.is_ambiguous
        elif expected.startswith("@"):
            assert mention.country is None
            assert mention.organization == expected[1:]
        else:
            assert mention.country is not None
            assert mention.country.alpha_3 == expected
        if case["recognition"]:
            assert mention.recognition == Recognition(case["recognition"])


class TestResolveCountryCases:
    """resolve_country on the case table, with the sentence as context."""

    @pytest.mark.parametrize(
        "case", _params({"names", "aliases", "demonyms", "capitals", "metonyms", "historical"})
    )
    def test_case_in_context(self, case: dict[str, str]) -> None:
        """A mention resolves to its expected country given its sentence as context."""
        country = resolve_country(case["mention"], context=case["sentence"])
        expected = _expected_country(case)
        assert (country.alpha_3 if country else None) == expected

    @pytest.mark.parametrize("case", _params({"ambiguous", "organizations"}))
    def test_ambiguous_in_context(self, case: dict[str, str]) -> None:
        """An ambiguous mention is decided by its sentence, or stays None."""
        country = resolve_country(case["mention"], context=case["sentence"])
        assert (country.alpha_3 if country else None) == _expected_country(case)


class TestResolveCountry:
    """resolve_country on single forms."""

    @pytest.mark.parametrize(
        ("form", "code"),
        [
            ("Seoul", "KOR"),
            ("Seoul's", "KOR"),
            ("the U.S.", "USA"),
            ("The United States", "USA"),
            ("U.S.'", "USA"),
            ("US", "USA"),
            ("united states", "USA"),
            ("  South Korea  ", "KOR"),
            ("SOUTH KOREA", "KOR"),
            ("DPRK", "PRK"),
            ("Türkiye", "TUR"),
            ("TURKIYE", "TUR"),
            ("Côte d'Ivoire", "CIV"),
            ("Cote d’Ivoire", "CIV"),
            ("Sao Tome", "STP"),
            ("the Kremlin", "RUS"),
            ("Burma", "MMR"),
            ("Soviet Union", "SUN"),
            ("Sino-", "CHN"),
            ("Holland", "NLD"),
            ("Korea, Republic of", "KOR"),
        ],
    )
    def test_forms(self, form: str, code: str) -> None:
        """Common forms resolve, whatever their case, diacritics, article or possessive."""
        country = resolve_country(form)
        assert country is not None
        assert country.alpha_3 == code

    @pytest.mark.parametrize(
        "form",
        [
            "us",
            "who",
            "china",
            "turkey",
            "chad",
            "Korea",
            "Korean",
            "Congo",
            "NATO",
            "EU",
            "",
            " ",
            "Geneva",
            "Atlantis",
            "New Mexico",
            "Indo-Pacific",
            "Kim Jong Un",
            "Us",
            "Sino-Tibetan",
        ],
    )
    def test_no_country(self, form: str) -> None:
        """Lowercase words, ambiguous forms, organisations and unknown words give None."""
        assert resolve_country(form) is None

    def test_historical_flag(self) -> None:
        """A dissolved state resolves to its ISO 3166-3 code, flagged historical."""
        country = resolve_country("Yugoslavia")
        assert country is not None
        assert country.historical
        assert country.alpha_3 == "YUG"

    def test_context_decides_korean(self) -> None:
        """An article about the South makes "Korean" KOR; one about the North, PRK."""
        south = resolve_country("Korean", context="South Korea's Yoon met reporters.")
        north = resolve_country("Korean", context="Pyongyang said on Sunday.")
        assert south == Country("KOR")
        assert north == Country("PRK")
        assert resolve_country("Korean", context="Seoul and Pyongyang both spoke.") is None

    def test_context_negative_cue(self) -> None:
        """Georgia in an article about Atlanta is not the country, unless Tbilisi anchors it."""
        assert resolve_country("Georgia", context="Atlanta's mayor spoke.") is None
        anchored = resolve_country("Georgia", context="Tbilisi and Atlanta signed a twinning deal.")
        assert anchored == Country("GEO")

    def test_context_organization(self) -> None:
        """Brussels stands for the EU in an article that names the EU."""
        assert resolve_country("Brussels", context="The EU said on Monday.") is None
        assert resolve_country("Brussels", context="Belgium's government said.") == Country("BEL")

    def test_weak_form_needs_context(self) -> None:
        """A weak capital alone resolves, but in context it needs its state named."""
        assert resolve_country("Victoria") == Country("SYC")
        assert resolve_country("Victoria", context="Victoria Beckham arrived.") is None
        assert resolve_country("Victoria", context="Seychelles said.") == Country("SYC")

    def test_blocker_in_context(self) -> None:
        """A blocked form gives None even with context."""
        assert resolve_country("Kim Jong Un", context="North Korea said.") is None

    @pytest.mark.parametrize("bad", [b"Seoul", None, 410, ["Seoul"]])
    def test_wrong_type_text(self, bad: Any) -> None:
        """A non-str text is a TypeError naming 'text'."""
        with pytest.raises(TypeError, match="'text'"):
            resolve_country(bad)

    @pytest.mark.parametrize("bad", [b"Seoul", 1])
    def test_wrong_type_context(self, bad: Any) -> None:
        """A non-str context is a TypeError naming 'context'."""
        with pytest.raises(TypeError, match="'context'"):
            resolve_country("Korean", context=bad)

    @given(
        st.sampled_from(list(pycountry.countries)),
        st.sampled_from(["name", "official_name", "common_name"]),
    )
    def test_every_pycountry_name(self, record: Any, attribute: str) -> None:
        """Every pycountry name, official name and common name resolves to its own code."""
        name = getattr(record, attribute, None)
        if name is None or name == "Congo":  # "Congo" alone is ambiguous (COD, COG)
            return
        country = resolve_country(name)
        assert country is not None, name
        assert country.alpha_3 == record.alpha_3

    def test_every_pycountry_name_exhaustive(self) -> None:
        """The same property over all 249 entries, not just a sample."""
        wrong = []
        for record in pycountry.countries:
            for attribute in ("name", "official_name", "common_name"):
                name = getattr(record, attribute, None)
                if name is None or name == "Congo":
                    continue
                country = resolve_country(name)
                if country is None or country.alpha_3 != record.alpha_3:
                    wrong.append(name)
        assert wrong == []

    @given(st.text())
    def test_any_str(self, text: str) -> None:
        """Any str gives a Country or None, never an exception."""
        result = resolve_country(text, context=text)
        assert result is None or isinstance(result, Country)


class TestFindCountries:
    """find_countries on whole texts."""

    def test_docstring_example(self) -> None:
        """The CountryMention docstring example holds: the possessive is in the mention."""
        mention = find_countries("Seoul's Ministry of Finance said")[0]
        assert (mention.text, mention.start, mention.end) == ("Seoul's", 0, 7)
        assert mention.country == Country("KOR")
        assert mention.recognition is Recognition.CAPITAL

    def test_hyphenated_compounds(self) -> None:
        """Hyphenated compounds give one mention per state, and Indo-Pacific none."""
        text = "U.S.-South Korea talks; a China-Japan-South Korea summit; the Indo-Pacific."
        codes = [m.country.alpha_3 for m in find_countries(text) if m.country]
        assert codes == ["USA", "KOR", "CHN", "JPN", "KOR"]

    def test_article_decides_korean(self) -> None:
        """An article naming only the South makes every "Korean" KOR."""
        text = "Seoul's finance minister flew to Washington. The Korean delegation met Bessent."
        korean = next(m for m in find_countries(text) if m.text == "Korean")
        assert korean.country == Country("KOR")
        assert [c.alpha_3 for c in korean.candidates] == ["KOR", "PRK"]
        assert not korean.is_ambiguous

    def test_article_leaves_korean_open(self) -> None:
        """An article naming both Koreas leaves "Korean" unresolved, with both candidates."""
        text = "Seoul and Pyongyang traded threats. A Korean official spoke."
        korean = next(m for m in find_countries(text) if m.text == "Korean")
        assert korean.country is None
        assert korean.is_ambiguous

    def test_organization_mention(self) -> None:
        """Organisations are mentions with no country and a canonical name."""
        (mention,) = find_countries("NATO met.")
        assert mention.recognition is Recognition.ORGANIZATION
        assert mention.organization == "NATO"
        assert mention.country is None

    def test_brussels_with_eu(self) -> None:
        """Brussels in an article about the EU is the organisation, not Belgium."""
        mentions = find_countries("Brussels warned that the EU would retaliate.")
        assert mentions[0].recognition is Recognition.ORGANIZATION
        assert mentions[0].organization == "EU"

    def test_weak_capital_confirmed(self) -> None:
        """A weak capital counts when the article names its state."""
        codes = [m.country for m in find_countries("Jamaica said Kingston would host it.")]
        assert codes == [Country("JAM"), Country("JAM")]

    def test_document_cue_drops_georgian(self) -> None:
        """Georgian voters in an article about Atlanta are not the country's."""
        assert find_countries("Atlanta's Georgian voters turned out.") == []

    def test_the_is_outside(self) -> None:
        """A leading "the" is not part of the mention."""
        (mention,) = find_countries("the Netherlands' king")
        assert mention.text == "Netherlands'"

    def test_empty(self) -> None:
        """An empty text gives an empty list."""
        assert find_countries("") == []

    def test_offsets_with_unicode(self) -> None:
        """Offsets index the input even after non-ASCII text."""
        text = "Über alles: Türkiye’s envoy met São Tomé’s minister in Chișinău."
        mentions = find_countries(text)
        assert [m.text for m in mentions] == ["Türkiye’s", "São Tomé’s", "Chișinău"]
        for m in mentions:
            assert text[m.start : m.end] == m.text

    def test_prefix_at_end(self) -> None:
        """A lone "Sino" without a hyphen is not a mention."""
        assert find_countries("Sino") == []
        assert find_countries("Sino-")[0].text == "Sino"

    def test_region_same_state(self) -> None:
        """Tbilisi, Georgia is the state, not a place in the U.S. state of Georgia."""
        codes = [m.country for m in find_countries("Tbilisi, Georgia hosted the talks.")]
        assert codes == [Country("GEO"), Country("GEO")]

    def test_dash_token_at_end(self) -> None:
        """A capital before a hyphen at the very end is still a mention."""
        assert [m.text for m in find_countries("Seoul-")] == ["Seoul"]

    def test_exported(self) -> None:
        """Both functions are exported from the package."""
        assert bilateral.find_countries is find_countries
        assert bilateral.resolve_country is resolve_country

    @pytest.mark.parametrize("bad", [b"text", None, 3])
    def test_wrong_type(self, bad: Any) -> None:
        """A non-str text is a TypeError naming 'text'."""
        with pytest.raises(TypeError, match="'text'"):
            find_countries(bad)

    @given(st.text())
    def test_any_str(self, text: str) -> None:
        """Any str gives a list of mentions whose offsets index the input."""
        for mention in find_countries(text):
            assert text[mention.start : mention.end] == mention.text
            assert 0 <= mention.start < mention.end <= len(text)

    @given(
        st.lists(
            st.sampled_from(
                [
                    "U.S.",
                    "Seoul's",
                    "the",
                    "Korean",
                    "-",
                    "'",
                    "’s",
                    ",",
                    " ",
                    ".",
                    "Georgia",
                    "Washington",
                    "Mr",
                    "Michael",
                    "Jordan",
                    "NATO",
                    "Pennsylvania",
                    "Sino",
                    "based",
                    "Côte",
                    "d'Ivoire",
                    "Congo",
                    "Kim Jong Un",
                    "Victoria",
                    "US",
                    "us",
                    "\n",
                ]
            )
        )
    )
    def test_news_like_tokens(self, parts: list[str]) -> None:
        """Sequences of tricky tokens never raise and keep offsets exact."""
        text = " ".join(parts) if len(parts) % 2 else "".join(parts)
        for mention in find_countries(text):
            assert text[mention.start : mention.end] == mention.text


class TestSharedCapitalNames:
    def test_tripoli_is_decided_by_the_article(self) -> None:
        """Tripoli is Libya's capital and a Lebanese city: the article decides, or nothing."""
        lebanon = bilateral.find_countries("Lebanon's coast guard patrols near Tripoli.")
        assert [m.country.alpha_3 if m.country else None for m in lebanon] == ["LBN", "LBN"]
        libya = bilateral.find_countries("Libyan officials met in Tripoli.")
        assert [m.country.alpha_3 if m.country else None for m in libya] == ["LBY", "LBY"]
        alone = bilateral.find_countries("Talks were held in Tripoli.")
        assert alone[0].country is None
        assert sorted(c.alpha_3 for c in alone[0].candidates) == ["LBN", "LBY"]
