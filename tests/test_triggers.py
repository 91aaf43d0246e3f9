"""Tests of bilateral._triggers: trigger words and the rules that keep or rule them out."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral
from bilateral import EventKind, Level
from bilateral._text import sentences
from bilateral._triggers import Words, cues_in, find_triggers, level_rank

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _words(text: str) -> list[tuple[str, str]]:
    return [(t.word, t.kind.value) for t in find_triggers(text, 0, len(text))]


def _articles() -> list[tuple[str, str, bool]]:
    out = []
    for expected in sorted(EXAMPLES.glob("**/expected.jsonl")):
        for line in expected.read_text(encoding="utf-8").splitlines():
            if line.strip():
                gold = json.loads(line)
                raw = (expected.parent / "articles" / f"{gold['id']}.txt").read_text("utf-8")
                out.append((gold["id"], raw.partition("\n\n")[2], bool(gold["events"])))
    return out


ARTICLES = _articles()


class TestFindTriggers:
    @pytest.mark.parametrize(
        ("text", "expected"),
        [
            # each rule: a sentence where it rules the word out, then its near miss
            ("They called for calm.", []),
            ("Biden called Xi on Tuesday.", [("called", "call")]),
            ("The cabinet meeting ended.", []),
            ("The binational cabinet meeting ended.", [("meeting", "meeting")]),
            ("They met the deadline.", []),
            ("They met the president.", [("met", "meeting")]),
            ("She came to power in 2019.", []),
            ("Georgiev will come to Skopje.", [("come", "visit")]),
            ("He attended a lecture.", []),
            ("He attended the inauguration of Lula.", [("attended", "visit")]),
            ("Kazakhstan and Kyrgyzstan meet in the kokpar final.", []),
            ("The climbers reached the mountain summit.", []),
            ("Xi has hosted foreign leaders.", []),
            ("Oman is ready to host a third round of talks.", [("talks", "talks")]),
            ("They signed a bilateral trade deal.", []),
            ("The two held a bilateral on the margins.", [("bilateral", "meeting")]),
            ("The European Commission said.", []),
            ("The joint commission met.", [("commission", "meeting"), ("met", "meeting")]),
            ("The army began its retreat.", []),
            ("It was a leaders' retreat.", [("retreat", "summit")]),
            # phone words count only near a phone word or before an official
            ("He spoke to reporters.", []),
            ("He spoke by phone with Ramaphosa.", [("spoke", "call")]),
            (
                "They had a conversation on the sidelines of the summit.",
                [("conversation", "meeting"), ("summit", "summit")],
            ),
            # a courtesy call spans "call on"
            ("He paid a courtesy call on Mudavadi.", [("call", "meeting")]),
        ],
    )
    def test_rules(self, text: str, expected: list[tuple[str, str]]) -> None:
        """Each context rule fires on its example and not on its near miss."""
        assert _words(text) == expected

    def test_courtesy_call_spans_on(self) -> None:
        """The trigger of "call on" ends after "on"."""
        text = "He paid a courtesy call on Mudavadi."
        (trigger,) = find_triggers(text, 0, len(text))
        assert text[trigger.start : trigger.end] == "call on"
        assert trigger.kind is EventKind.MEETING

    @given(st.text())
    def test_never_raises_and_offsets_index_text(self, text: str) -> None:
        """Any text: triggers in order, each a word of the text's own letters."""
        found = find_triggers(text, 0, len(text))
        assert [t.start for t in found] == sorted(t.start for t in found)
        for t in found:
            assert text[t.start : t.start + len(t.word)].lower() == t.word

    @given(st.text(alphabet=st.sampled_from("metcaldhosLMCT .,'")))
    def test_words_found_once_give_the_same_triggers(self, text: str) -> None:
        """Triggers from the words of the whole text, found once, equal those found afresh."""
        words = Words(text)
        assert find_triggers(text, 0, len(text), words) == find_triggers(text, 0, len(text))
        assert cues_in(text, 0, len(text), words) == cues_in(text, 0, len(text))


#: Words, apostrophes and hyphens mixed, with cue words, so that the word reading meets
#: every edge of a run ("O'Brien", "Sino-", "talks'").
_WORD_TEXT = st.lists(
    st.sampled_from(
        [
            *("Sino", "-", "'", "’", "O", "Brien", "s", " ", "\n", ".", "é", "1"),
            *("talks", "were", "postponed", "said", "told", "reporters", "Talks"),
        ]
    ),
    max_size=30,
).map("".join)


class TestWords:
    @given(st.one_of(_WORD_TEXT, st.text()))
    def test_same_as_one_word_at_a_time(self, text: str) -> None:
        """The words read from the shared letter runs are those the word pattern matches
        one at a time over the whole text, and the cues are those of that reading."""
        pattern = r"[A-Za-z]+(?:['’][a-z]+)?(?:-[A-Za-z]+)*"
        found = [(m.group().lower(), m.start(), m.end()) for m in re.finditer(pattern, text)]
        words = Words(text)
        assert words.within(0, len(text)) == found
        assert words.cues(0, len(text)) == cues_in(text, 0, len(text))

    def test_cases(self) -> None:
        """A run with an apostrophe or a hyphen is read by the word pattern."""
        words = Words("O'Brien's Sino-Japanese talks-")
        assert [w for w, _, _ in words.within(0, 30)] == ["o", "brien's", "sino-japanese", "talks"]


class TestExamples:
    @pytest.mark.parametrize(("name", "text", "has_events"), ARTICLES, ids=[a[0] for a in ARTICLES])
    def test_triggers_on_example_articles(self, name: str, text: str, has_events: bool) -> None:
        """Every article with an event has a trigger, and the words found once per article
        give each sentence the triggers a fresh scan gives."""
        assert not has_events or find_triggers(text, 0, len(text))
        words = Words(text)
        for start, end in sentences(text):
            assert find_triggers(text, start, end, words) == find_triggers(text, start, end)


class TestLevelRank:
    def test_order(self) -> None:
        """Head of state outranks minister outranks working level outranks no level."""
        ranks = [level_rank(x) for x in (Level.HEAD_OF_STATE, Level.MINISTERIAL, None)]
        assert ranks == sorted(ranks, reverse=True)
        assert level_rank(Level.WORKING_LEVEL) > level_rank(None) == 0


class TestCourtesyCallTo:
    def test_courtesy_call_to_an_official_is_a_meeting(self) -> None:
        t = "The minister paid a courtesy call to Prime Minister Pham Minh Chinh."
        assert [(x.word, x.kind.value) for x in find_triggers(t, 0, len(t))] == [
            ("call", "meeting")
        ]

    def test_near_miss_a_call_to_reporters(self) -> None:
        t = "The minister made a call to reporters."
        assert find_triggers(t, 0, len(t)) == []


class TestHostedBeforeAClause:
    def test_hosted_in_a_relative_clause(self) -> None:
        """The event word of the next clause does not make "hosted" host that event."""
        t = "Tusk, whom Carney hosted in Ottawa on Saturday, will meet Sheinbaum next week."
        assert [x.word for x in find_triggers(t, 0, len(t))] == ["hosted", "meet"]

    def test_near_miss_hosted_talks(self) -> None:
        """ "hosted talks": the talks are the event word, not the hosting."""
        t = "Carney hosted talks in Ottawa on Saturday."
        assert [x.word for x in find_triggers(t, 0, len(t))] == ["talks"]


class TestSitsDown:
    def test_sits_down_with_is_a_meeting(self) -> None:
        t = "In a few minutes he sits down with President Donald Trump in the Oval Office."
        assert [(x.word, x.kind.value) for x in find_triggers(t, 0, len(t))] == [
            ("sits", "meeting")
        ]

    def test_near_miss_the_committee_sits(self) -> None:
        t = "The committee sits on Tuesdays."
        assert find_triggers(t, 0, len(t)) == []


class TestTouredWith:
    """ "toured X with <host official>": a visit; a tour at home is no event."""

    def test_a_tour_abroad_with_the_host_is_a_visit(self) -> None:
        text = (
            "Italian Prime Minister Giorgia Meloni toured the Albanian port of Shengjin on "
            "Wednesday with Albanian Prime Minister Edi Rama."
        )
        [event] = bilateral.extract(text, published="2024-06-06")
        assert (event.kind.value, [c.alpha_3 for c in event.countries]) == ("visit", ["ALB", "ITA"])

    def test_a_tour_at_home_is_no_event(self) -> None:  # near-miss
        text = "The Italian Prime Minister toured a car factory in Turin on Monday."
        assert bilateral.extract(text, published="2024-06-06") == []


class TestReceivedInAPlace:
    """ "<official> was received in Rabat": a visit to the place's state, its host."""

    def test_an_official_received_in_a_capital(self) -> None:
        text = "Spanish Prime Minister Pedro Sanchez was received in Rabat on Thursday."
        [event] = bilateral.extract(text, published="2022-04-09")
        assert [c.alpha_3 for c in event.countries] == ["ESP", "MAR"]
        assert event.host is not None and event.host.alpha_3 == "MAR"

    def test_a_proposal_received_in_a_capital_is_no_visit(self) -> None:  # near-miss
        text = "The Spanish proposal was received in Rabat with caution."
        assert bilateral.extract(text, published="2022-04-09") == []


class TestGoOnTo:
    """ "will go on to Tonga": a trip's next stop is a visit; "went on to say" is none."""

    def test_going_on_to_a_state(self) -> None:
        text = "New Zealand Foreign Minister Nanaia Mahuta will go on to Tonga next week."
        [event] = bilateral.extract(text, published="2022-08-02")
        assert [c.alpha_3 for c in event.countries] == ["NZL", "TON"]
        assert event.kind.value == "visit" and event.status.value == "planned"

    def test_going_on_to_say_is_no_trip(self) -> None:  # near-miss
        text = "Ardern went on to say that Samoa and New Zealand would work together."
        assert bilateral.extract(text, published="2022-08-02") == []
