"""Tests of the modules under find_actors: roster, titles, names, run state, entry points."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bilateral import Actor, ActorKind, find_actors, find_countries
from bilateral._actors import find_actor_mentions
from bilateral._actors_names import clean_name, name_after, unstyled
from bilateral._actors_roster import roster_country, roster_lookup
from bilateral._actors_state import Found, Taken
from bilateral._actors_titles import level_of_title, role_of_title, scan_titles, titles
from bilateral._text import LetterRuns

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
ARTICLES = sorted(EXAMPLES.glob("**/articles/*.txt"))


def _person(name: str, country: str | None = None) -> Actor:
    from bilateral import Country

    return Actor(kind=ActorKind.PERSON, name=name, country=Country(country) if country else None)


class TestEntryPoints:
    @given(st.text())
    def test_mentions_equal_find_actors(self, text: str) -> None:
        """On the text's own country mentions, the shared entry gives what find_actors gives."""
        assert find_actor_mentions(text, find_countries(text), None) == find_actors(text)


class TestRoster:
    def test_style_and_date(self) -> None:
        """A royal style is dropped for the look-up; a date keeps the terms held then."""
        assert roster_lookup("Sheikh Mohamed bin Zayed Al Nahyan")
        assert roster_country("Li Qiang", dt.date(2024, 5, 27)) == ("CHN", "Premier")
        assert roster_country("No Such Person", None) == (None, None)

    @given(st.text(), st.none() | st.dates())
    def test_never_raises(self, name: str, on: dt.date | None) -> None:
        """Any name and date: terms held on that date, all of them among the undated ones."""
        held = roster_lookup(name, on)
        assert set(held) <= set(roster_lookup(name))


class TestTitles:
    def test_table(self) -> None:
        """The table gives canonical titles, roles and levels."""
        assert titles()[("foreign", "minister")].canonical == "Foreign Minister"
        assert role_of_title("Crown Prince") == "royal"
        assert level_of_title(None) is None and level_of_title("Grand Vizier") is None

    def test_scan_longest_first(self) -> None:
        """The longest title at a word wins, and its words must be adjacent."""
        text = "Deputy Prime Minister Dar met Prime\nMinister Modi."
        found = [(text[s:e], t.canonical) for s, e, t in scan_titles(text)]
        assert found[0] == ("Deputy Prime Minister", "Deputy Prime Minister")
        assert ("Prime\nMinister", "Prime Minister") in found

    @given(
        st.lists(
            st.sampled_from(["Prime", "Minister", "ministers", "'", "’", "-", " ", "\n", "of"]),
            max_size=12,
        ).map("".join)
    )
    def test_shared_runs(self, text: str) -> None:
        """The titles read from a document's letter runs are those of a fresh scan, and
        the runs' apostrophes and hyphens are read as a fresh scan reads them."""
        assert scan_titles(text, LetterRuns(text)) == scan_titles(text)

    def test_apostrophe_and_dash(self) -> None:
        """A title's last word may end in an apostrophe, not in a hyphen or an "'s"."""
        text = "Prime Minister' Modi, Prime Minister- Carney, Foreign Minister's visit"
        assert [text[s:e] for s, e, _ in scan_titles(text)] == ["Prime Minister'"]

    @given(st.text())
    def test_spans_index_text(self, text: str) -> None:
        """Any text: each title span holds the title's words, in order, without overlap."""
        end = 0
        for start, stop, title in scan_titles(text):
            assert start >= end
            assert tuple(text[start:stop].lower().replace("’", "'").split()) in titles()
            assert title.canonical
            end = stop


class TestNames:
    @pytest.mark.parametrize(
        ("text", "at", "name"),
        [
            ("Prime Minister Shri Narendra Modi said", 15, "Narendra Modi"),
            ("Vice Premier He Lifeng said", 13, "He Lifeng"),
            ("the minister He said", 13, None),
            ("Minister KP Sharma Oli", 9, "KP Sharma Oli"),
        ],
    )
    def test_name_after(self, text: str, at: int, name: str | None) -> None:
        """A name after a title: honorifics skipped, "He" a surname only before a name."""
        found = name_after(text, at)
        assert (found.group() if found else None) == name

    def test_clean_and_unstyled(self) -> None:
        """Non-name words end no name; styles and ranks go unless the name is two words."""
        assert clean_name("Scott Bessent Monday") == "Scott Bessent"
        assert unstyled("Sheikh Mohamed bin Zayed") == "Mohamed bin Zayed"
        assert unstyled("Gen. Zhang Youxia") == "Zhang Youxia"


class TestState:
    def test_taken(self) -> None:
        """Taken spans answer covers and overlaps by character."""
        taken = Taken(20)
        taken.append((5, 9))
        assert taken.covers(5) and not taken.covers(9)
        assert taken.overlaps(0, 6) and not taken.overlaps(9, 20)

    def test_remember(self) -> None:
        """A person is known by full name, first and last word; a shared key knows no one."""
        found = Found("")
        found.remember(_person("Ursula von der Leyen", "DEU"))
        found.remember(_person("Ursula Plassnik", "AUT"))
        assert found.short["von der Leyen"] is not None
        assert found.short["Leyen"] is not None
        assert found.short["Ursula"] is None
        assert found.short["Ursula Plassnik"] is not None


class TestExamples:
    @pytest.mark.parametrize("path", ARTICLES, ids=[p.stem for p in ARTICLES])
    def test_example_articles(self, path: Path) -> None:
        """Every example article: mentions index the text, in order, and the shared entry on
        the article's countries gives what find_actors gives."""
        head, _, text = path.read_text(encoding="utf-8").partition("\n\n")
        on = dt.date.fromisoformat(head.split(":", 1)[1].strip())
        mentions = find_actors(text, on=on)
        assert mentions == find_actor_mentions(text, find_countries(text), on)
        assert [m.start for m in mentions] == sorted(m.start for m in mentions)
        for m in mentions:
            assert text[m.start : m.end] == m.text


class TestRegnalNumbers:
    """A sovereign's regnal number is part of the name: "King Mohammed VI", "Charles III"."""

    @pytest.mark.parametrize(
        ("text", "name", "state"),
        [
            ("Sanchez was received by King Mohammed VI in Rabat.", "King Mohammed VI", "MAR"),
            ("King Charles III welcomed the president.", "King Charles III", "GBR"),
        ],
    )
    def test_the_number_is_read(self, text: str, name: str, state: str) -> None:
        found = {(a.text, a.actor.country.alpha_3 if a.actor.country else None)
                 for a in find_actors(text)}  # fmt: skip
        assert (name, state) in found

    def test_a_pronoun_after_a_name_is_no_number(self) -> None:  # near-miss
        names = [a.text for a in find_actors("As Prime Minister Pedro Sanchez I said.")]
        assert "Prime Minister Pedro Sanchez" in names


class TestFormerOfficialsOfABody:
    """A former minister who now holds an international body's post is placed by neither."""

    def test_a_body_post_before_the_name(self) -> None:
        text = "The talks ended on Saturday, EU foreign policy chief Josep Borrell said."
        actors = find_actor_mentions(text, find_countries(text), dt.date(2023, 3, 19))
        found = [a for a in actors if "Borrell" in a.text]
        assert found == [] or all(a.actor.country is None for a in found)

    def test_a_bare_former_minister_keeps_his_state(self) -> None:  # near-miss
        text = "Josep Borrell said the talks ended on Saturday."
        found = find_actor_mentions(text, find_countries(text), dt.date(2023, 3, 19))
        assert [a.actor.country.alpha_3 for a in found if a.actor.country] == ["ESP"]


class TestRosterShorterForm:
    """A name written longer than the roster's ("Mohammad Ishaq Dar") in the office the text
    names is placed by the roster's shorter form."""

    def test_longer_name_in_the_same_office(self) -> None:
        text = "Foreign Minister Senator Mohammad Ishaq Dar arrived in Baku."
        found = find_actor_mentions(text, find_countries(text), dt.date(2024, 9, 4))
        assert [a.actor.country.alpha_3 for a in found if a.actor.country] == ["PAK"]

    def test_longer_name_in_another_office(self) -> None:  # near-miss
        text = "Finance Minister Senator Mohammad Ishaq Dar arrived in Baku."
        found = find_actor_mentions(text, find_countries(text), dt.date(2024, 9, 4))
        assert [a.actor.country for a in found if "Dar" in a.text] == [None]
