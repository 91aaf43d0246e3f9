"""annotate() and the Document: one tokenisation, sentences and every finder's layer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest
from hypothesis import given
from hypothesis import strategies as st

import bilateral

DAY = dt.date(2025, 8, 20)


class TestAnnotate:
    def test_layers(self) -> None:
        """Each finder's layer is there, with offsets into the text."""
        text = "Chinese Premier Li Qiang will visit Canberra next week for talks."
        doc = bilateral.annotate(text, published=DAY)
        assert [text[t.start : t.end] for t in doc.triggers] == ["visit", "talks"]
        assert [c.text for c in doc.countries] == ["Chinese", "Canberra"]
        assert [a.actor.name for a in doc.actors] == ["Li Qiang"]
        assert [d.text for d in doc.dates] == ["next week"]
        assert doc.sentences == ((0, len(text)),)
        assert doc.date_scope is None
        assert any(c.role == "status" for c in doc.cues)

    def test_headline_lead_and_dateline(self) -> None:
        """A headline line, a dateline and the lead are found as spans."""
        text = (
            "Leaders to meet in Rome\n\nROME, May 3 — Italian Prime Minister Giorgia Meloni "
            "will host French President Emmanuel Macron on Friday for talks on migration and "
            "defence, officials said.\n\nA second paragraph follows here."
        )
        doc = bilateral.annotate(text, published="2025-05-03")
        assert doc.headline == (0, 23)
        assert doc.dateline is not None
        assert text[doc.dateline[0] : doc.dateline[1]].startswith("ROME")
        assert text[: doc.lead[1]].endswith("officials said.")

    def test_no_headline_when_the_first_line_is_a_sentence(self) -> None:
        """A first line that ends with a full stop is no headline."""
        doc = bilateral.annotate("Talks resumed.\n\nMore.", published=DAY)
        assert doc.headline is None

    def test_link_blocks_give_no_triggers(self) -> None:
        """Headlines of other stories under "Related" are not read for event words."""
        text = "Leaders met.\n\nRelated\n- Envoys to meet in Oslo\n- Talks in Rome\n\nEnd."
        doc = bilateral.annotate(text, published=DAY)
        assert [t.word for t in doc.triggers] == ["met"]
        assert doc.in_link_block(text.index("Envoys"))
        assert not doc.in_link_block(0)

    def test_within_and_sentence_of(self) -> None:
        """Lookups by span and by offset."""
        text = "Xi met Lula. Modi met Ishiba."
        doc = bilateral.annotate(text, published=DAY)
        assert [t.start for t in doc.within(doc.triggers, 0, 12)] == [3]
        assert doc.sentence_of(20) == (13, 29)
        assert doc.sentence_of(12) is None  # the blank between two sentences

    def test_tokens(self) -> None:
        """One tokenisation: lower-cased words with offsets."""
        doc = bilateral.annotate("Wang Yi's talks", published=DAY)
        assert doc.tokens == [("wang", 0, 4), ("yi's", 5, 9), ("talks", 10, 15)]

    @pytest.mark.parametrize("bad", [None, 3, b"text"])
    def test_text_must_be_a_str(self, bad: object) -> None:
        """A text that is no str is a TypeError naming the argument."""
        with pytest.raises(TypeError, match="text"):
            bilateral.annotate(bad, published=DAY)  # type: ignore[arg-type]

    def test_published_is_checked(self) -> None:
        """A bad publication date is an error naming the argument."""
        with pytest.raises((TypeError, ValueError), match="published"):
            bilateral.annotate("Talks.", published="yesterday")


class TestDocumentProperties:
    @given(st.text(max_size=300))
    def test_never_raises_and_offsets_index_the_text(self, text: str) -> None:
        """Any str gives a document whose layers are sorted and inside the text."""
        doc = bilateral.annotate(text, published=DAY)
        for layer in (doc.triggers, doc.countries, doc.actors, doc.dates, doc.cues):
            starts = [x.start for x in layer]
            assert starts == sorted(starts)
            assert all(0 <= x.start <= x.end <= len(text) for x in layer)
        assert all(0 <= s <= e <= len(text) for s, e in doc.sentences)

    @given(
        st.lists(
            st.sampled_from(["Modi", "met", "Xi", "in", "Delhi", "on", "Friday", "."]), max_size=30
        )
    )
    def test_triggers_lie_in_sentences(self, words: list[str]) -> None:
        """Every trigger lies in a sentence of the document."""
        doc = bilateral.annotate(" ".join(words), published=DAY)
        assert all(doc.sentence_of(t.start) is not None for t in doc.triggers)


class TestDocumentOnExamples:
    def test_every_event_word_of_an_event_is_in_the_trigger_layer(
        self, example_set: Callable[[str], list[tuple[str, str]]]
    ) -> None:
        """The evidence of every event of the example articles names a trigger of the
        document, in the evidence sentence."""
        for text, published in example_set("examples"):
            doc = bilateral.annotate(text, published=published)
            for event in bilateral.extract(text, published=published):
                for ev in event.evidence:
                    words = {t.word for t in doc.within(doc.triggers, ev.start, ev.end)}
                    assert ev.trigger in words
