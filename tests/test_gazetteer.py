"""Tests of bilateral.Gazetteer: a user's own aliases, places and office holders, passed to
the resolvers and to extract; and the date the bundled roster is current to."""

from __future__ import annotations

import datetime as dt
import re
import threading
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import Country, Gazetteer, Official

ROOT = Path(__file__).resolve().parent.parent

MINE = Gazetteer(
    aliases={"Aotearoa": "NZL", "Oz": "AUS"},
    places={"Kuantan": "MYS"},
    officials=[Official("Jane Quill", "Foreign Minister", "NZL", start="2026-11-01")],
    current_to="2026-12-01",
)
TEXT = (
    "Jane Quill will meet Chinese Foreign Minister Wang Yi in Kuantan next week, "
    "Aotearoa officials said."
)


class TestResolvers:
    """Aliases reach resolve_country and find_countries only when the gazetteer is passed."""

    def test_alias(self) -> None:
        """A user's alias resolves with the gazetteer and not without it."""
        assert bilateral.resolve_country("Aotearoa") is None
        assert bilateral.resolve_country("Aotearoa", gazetteer=MINE) == Country("NZL")
        assert bilateral.resolve_country("the Aotearoa", gazetteer=MINE) == Country("NZL")

    def test_find(self) -> None:
        """find_countries finds the alias, and the bundled forms beside it, with offsets."""
        ms = bilateral.find_countries("Aotearoa and Samoa met.", gazetteer=MINE)
        assert [(m.text, m.country.alpha_3 if m.country else None) for m in ms] == [
            ("Aotearoa", "NZL"),
            ("Samoa", "WSM"),
        ]
        assert bilateral.find_countries("Aotearoa and Samoa met.")[0].text == "Samoa"

    def test_bundled_tables_unchanged(self) -> None:
        """Using a gazetteer changes nothing for calls without it (no global registry)."""
        bilateral.find_countries("Oz and Aotearoa", gazetteer=MINE)
        assert bilateral.find_countries("Oz and Aotearoa") == []

    def test_threads_do_not_mix(self) -> None:
        """Two threads, one with the gazetteer and one without, each see their own."""
        out: dict[str, Any] = {}

        def run(name: str, gazetteer: Gazetteer | None) -> None:
            for _ in range(50):
                out[name] = bilateral.extract(TEXT, published="2026-12-05", gazetteer=gazetteer)

        threads = [
            threading.Thread(target=run, args=("mine", MINE)),
            threading.Thread(target=run, args=("none", None)),
        ]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert out["none"] == []
        assert [c.alpha_3 for c in out["mine"][0].countries] == ["CHN", "NZL"]


class TestExtract:
    """extract reads the aliases, places and office holders of its gazetteer."""

    def test_end_to_end(self) -> None:
        """The official places her state, the place gives the location."""
        assert bilateral.extract(TEXT, published="2026-12-05") == []
        [event] = bilateral.extract(TEXT, published="2026-12-05", gazetteer=MINE)
        assert [c.alpha_3 for c in event.countries] == ["CHN", "NZL"]
        assert event.location is not None and event.location.place == "Kuantan"
        assert event.location.country == Country("MYS")
        quill = next(p for p in event.participants if p.name == "Jane Quill")
        assert quill.country == Country("NZL")

    def test_annotate(self) -> None:
        """annotate places the user's official and finds the user's alias."""
        doc = bilateral.annotate(TEXT, published="2026-12-05", gazetteer=MINE)
        assert ("Jane Quill", "NZL") in [
            (a.actor.name, a.actor.country.alpha_3) for a in doc.actors if a.actor.country
        ]
        assert "Aotearoa" in [m.text for m in doc.countries]
        plain = bilateral.annotate(TEXT, published="2026-12-05")
        assert "Aotearoa" not in [m.text for m in plain.countries]

    @pytest.mark.parametrize("workers", [1, 2])
    def test_batch(self, workers: int) -> None:
        """extract_many and iter_extract read the gazetteer for every article, in the calling
        process and in worker processes alike."""
        articles = [(TEXT, "2026-12-05")] * 4
        many = bilateral.extract_many(articles, workers=workers, chunksize=2, gazetteer=MINE)
        assert [[c.alpha_3 for c in e.countries] for [e] in many] == [["CHN", "NZL"]] * 4
        assert bilateral.extract_many(articles, workers=workers, chunksize=2) == [[]] * 4
        stream = bilateral.iter_extract(iter(articles), workers=workers, gazetteer=MINE)
        assert [len(events) for events in stream] == [1] * 4

    def test_no_gazetteer_is_the_default(self) -> None:
        """gazetteer=None is the same call as none."""
        text = "Japan's prime minister met Indian Prime Minister Narendra Modi on Friday."
        assert bilateral.extract(text, published="2025-08-30", gazetteer=None) == (
            bilateral.extract(text, published="2025-08-30")
        )


class TestValidation:
    """Bad entries give a clear error naming the argument."""

    @pytest.mark.parametrize(
        ("kwargs", "error", "name"),
        [
            ({"aliases": {"Oz": "XYZ"}}, ValueError, "aliases"),
            ({"aliases": "Oz"}, TypeError, "aliases"),
            ({"places": {"": "AUS"}}, ValueError, "places"),
            ({"officials": ["Jane"]}, TypeError, "officials"),
            ({"current_to": "soon"}, ValueError, "current_to"),
        ],
    )
    def test_bad_entries(self, kwargs: dict[str, Any], error: type[Exception], name: str) -> None:
        """Each bad field raises, naming itself."""
        with pytest.raises(error, match=name):
            Gazetteer(**kwargs)

    def test_forms_of_entries(self) -> None:
        """Pairs work as well as a mapping; dates may be date, datetime or ISO strings."""
        a = Gazetteer(aliases=[("Oz", "AUS")], current_to=dt.datetime(2026, 12, 1, 9))
        b = Gazetteer(aliases={"Oz": "AUS"}, current_to=dt.date(2026, 12, 1))
        assert a == b and hash(a) == hash(b)
        official = Official("A B", "Minister", "NZL", start=dt.date(2026, 1, 1), end="2026-06-01")
        assert official.end == dt.date(2026, 6, 1)

    @pytest.mark.parametrize(
        ("kwargs", "error", "name"),
        [
            ({"aliases": [("Oz",)]}, TypeError, "aliases"),
            ({"aliases": {3: "AUS"}}, ValueError, "aliases"),
            ({"officials": "Jane"}, TypeError, "officials"),
        ],
    )
    def test_more_bad_entries(
        self, kwargs: dict[str, Any], error: type[Exception], name: str
    ) -> None:
        """A pair that is not one, a form that is not a string, officials as a string."""
        with pytest.raises(error, match=name):
            Gazetteer(**kwargs)

    def test_bad_official(self) -> None:
        """An unknown role or state is a ValueError naming it."""
        with pytest.raises(ValueError, match="role"):
            Official("A B", "Minister", "NZL", start="2026-01-01", role="chief")
        with pytest.raises(ValueError, match="country"):
            Official("A B", "Minister", "ZZZ", start="2026-01-01")
        with pytest.raises(ValueError, match="'name'"):
            Official(" ", "Minister", "NZL", start="2026-01-01")
        with pytest.raises(ValueError, match="'start'"):
            Official("A B", "Minister", "NZL", start="January")
        with pytest.raises(ValueError, match="'end'"):
            Official("A B", "Minister", "NZL", start="2026-01-01", end=5)

    @pytest.mark.parametrize("bad", ["mine", 3, {"Oz": "AUS"}])
    def test_wrong_type(self, bad: Any) -> None:
        """A gazetteer that is not one is a TypeError naming 'gazetteer'."""
        with pytest.raises(TypeError, match="'gazetteer'"):
            bilateral.find_countries("Oz", gazetteer=bad)
        with pytest.raises(TypeError, match="'gazetteer'"):
            bilateral.extract("Oz met Japan.", published="2025-01-01", gazetteer=bad)
        with pytest.raises(TypeError, match="'gazetteer'"):
            bilateral.extract_many([("Oz met Japan.", "2025-01-01")], gazetteer=bad)

    @given(st.dictionaries(st.text(min_size=1, max_size=12).filter(str.strip), st.just("NZL")))
    def test_any_aliases(self, aliases: dict[str, str]) -> None:
        """Any non-empty forms make a gazetteer; find_countries never raises with it."""
        mine = Gazetteer(aliases=aliases)
        text = " and ".join(aliases) + " met."
        for m in bilateral.find_countries(text, gazetteer=mine):
            assert text[m.start : m.end] == m.text


def _release_date() -> dt.date:
    """The date of the release: the newest dated section of CHANGELOG.md, or today while the
    top section is Unreleased (a release would be cut from it today)."""
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    heading = re.search(r"^## \[([^\]]+)\](?: - (\d{4}-\d\d-\d\d))?", changelog, re.MULTILINE)
    if heading is None or heading.group(1) == "Unreleased" or heading.group(2) is None:
        return dt.date.today()
    return dt.date.fromisoformat(heading.group(2))


def _month(text: str) -> dt.date:
    return dt.date.fromisoformat(text if len(text) == 10 else text + "-01")


@pytest.mark.xfail(
    strict=True,
    reason="roster.tsv is dated 2025-06 (51 states to 2026-06): more than a year before a "
    "release cut today; refresh the roster and its date in tables.tsv",
)
def test_roster_is_current() -> None:
    """The bundled roster is current to a date at most a year before the release date."""
    dated = {v.table: v.current_to for v in bilateral.data_versions()}
    current_to = dated["roster.tsv"]
    assert current_to is not None
    assert (_release_date() - _month(current_to)).days <= 366


def test_user_roster_states_its_date() -> None:
    """A gazetteer states the day its entries are checked to."""
    assert MINE.current_to == dt.date(2026, 12, 1)
    assert Gazetteer().current_to is None
