"""Round-up items opened by a label of state names (rule ``merge.paragraph-label``)."""

from __future__ import annotations

import pytest

import bilateral

DAY = "2025-03-21"
ITEM = "The round of talks that had been due in Brussels on Tuesday was postponed."


def states(text: str) -> list[list[str]]:
    return [[c.alpha_3 for c in e.countries] for e in bilateral.extract(text, published=DAY)]


@pytest.mark.parametrize(
    "label",
    [
        "Serbia and Kosovo.",
        "Serbia-Kosovo.",
        "Serbia – Kosovo:",
        "SERBIA/KOSOVO",
        "Serbia & Kosovo.",
    ],
)
def test_a_label_gives_its_states_to_its_item(label: str) -> None:
    assert states(f"The week in brief\n\n{label} {ITEM}") == [["SRB", "XKX"]]


def test_a_sentence_that_says_more_than_the_names_is_no_label() -> None:
    assert states(f"The week in brief\n\nSerbia and Kosovo have new leaders. {ITEM}") == []


def test_the_label_ends_with_its_paragraph() -> None:
    text = f"The week in brief\n\nSerbia and Kosovo. Leaders changed.\n\nAlso noted. {ITEM}"
    assert states(text) == []


def test_a_state_outside_the_label_keeps_its_own_event() -> None:
    text = "The week in brief\n\nSerbia and Kosovo. Serbia's president will visit France on Friday."
    assert states(text) == [["FRA", "SRB"]]


def test_an_item_naming_one_of_the_labels_states() -> None:
    text = (
        "The week in brief\n\nGhana-Nigeria. The joint commission finally met in Abuja last week."
    )
    assert states(text) == [["GHA", "NGA"]]
