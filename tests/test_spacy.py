"""The spaCy component: nlp.add_pipe("bilateral") on a blank English pipeline."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import bilateral

spacy = pytest.importorskip("spacy")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
TEXT = (
    "Indian Prime Minister Narendra Modi will meet Japanese Prime Minister "
    "Shigeru Ishiba in Tokyo next week."
)


@pytest.fixture(scope="module")
def nlp() -> object:
    """A blank English pipeline with the bilateral component: no model download."""
    pipeline = spacy.blank("en")
    pipeline.add_pipe("bilateral")
    return pipeline


def annotate(nlp: object, text: str, published: object) -> object:
    doc = nlp.make_doc(text)  # type: ignore[attr-defined]
    doc._.published = published
    return nlp(doc)  # type: ignore[operator]


class TestComponent:
    def test_events_are_those_of_extract(self, nlp: object) -> None:
        """doc._.events equals what extract gives for the same text and date."""
        doc = annotate(nlp, TEXT, dt.date(2025, 8, 20))
        assert doc._.events == bilateral.extract(TEXT, published="2025-08-20")  # type: ignore[attr-defined]
        assert len(doc._.events) == 1  # type: ignore[attr-defined]

    def test_span_groups(self, nlp: object) -> None:
        """Countries, dates, actors and triggers are span groups labelled with their values."""
        doc = annotate(nlp, TEXT, "2025-08-20")
        spans = {k: [(s.text, s.label_) for s in v] for k, v in doc.spans.items()}  # type: ignore[attr-defined]
        assert set(spans) == set(bilateral.spacy.SPAN_GROUPS.values())
        assert ("Tokyo", "JPN") in spans["bilateral_countries"]
        assert spans["bilateral_dates"] == [("next week", "2025-W35")]
        assert ("Indian Prime Minister Narendra Modi", "IND") in spans["bilateral_actors"]
        assert spans["bilateral_triggers"] == [("meet", "meeting")]

    def test_offsets_map_to_tokens(self, nlp: object) -> None:
        """Each span covers its mention's characters, on spaCy token boundaries."""
        text = "Seoul's finance chief met U.S. officials on 5 June 2024 in Washington."
        doc = annotate(nlp, text, "2024-06-10")
        mentions = [(m.start, m.end) for m in bilateral.find_countries(text)]
        spans = doc.spans["bilateral_countries"]  # type: ignore[attr-defined]
        assert len(spans) == len(mentions) > 0
        for span, (start, end) in zip(spans, mentions, strict=True):
            assert span.start_char <= start < end <= span.end_char
            assert span.start_char == doc[span.start].idx  # type: ignore[index]

    def test_missing_published_is_a_clear_error(self, nlp: object) -> None:
        """Without doc._.published the component refuses, naming it: no date from the clock."""
        with pytest.raises(ValueError, match=r"'doc\._\.published' must be set"):
            nlp(TEXT)  # type: ignore[operator]

    def test_bad_published_names_the_extension(self, nlp: object) -> None:
        """A published value of the wrong type is a TypeError naming doc._.published."""
        with pytest.raises(TypeError, match=r"'doc\._\.published' must be a datetime\.date"):
            annotate(nlp, TEXT, 20250820)

    def test_pipe_over_many_docs(self, nlp: object) -> None:
        """nlp.pipe over prepared docs gives each its own events."""
        docs = []
        for text, published in ((TEXT, "2025-08-20"), ("Nothing happened.", "2025-08-20")):
            doc = nlp.make_doc(text)  # type: ignore[attr-defined]
            doc._.published = published
            docs.append(doc)
        done = list(nlp.pipe(docs))  # type: ignore[attr-defined]
        assert [len(d._.events) for d in done] == [1, 0]

    def test_saved_pipeline_loads_again(self, nlp: object, tmp_path: Path) -> None:
        """A pipeline saved to disk loads with spacy.load, the component found by name."""
        nlp.to_disk(tmp_path / "pipeline")  # type: ignore[attr-defined]
        again = spacy.load(tmp_path / "pipeline")
        assert again.pipe_names == ["bilateral"]
        assert len(annotate(again, TEXT, "2025-08-20")._.events) == 1  # type: ignore[attr-defined]

    @settings(max_examples=40, deadline=None)
    @given(st.text(max_size=200))
    def test_never_raises_on_any_text(self, nlp: object, text: str) -> None:
        """Any text gives a list of events and span groups whose spans are inside the doc."""
        doc = annotate(nlp, text, "2025-01-01")
        assert isinstance(doc._.events, list)  # type: ignore[attr-defined]
        for group in doc.spans.values():  # type: ignore[attr-defined]
            for span in group:
                assert 0 <= span.start_char <= span.end_char <= len(text)


class TestEntryPoint:
    def test_add_pipe_without_importing_bilateral(self) -> None:
        """spaCy finds the factory through the entry point; import bilateral needs no spaCy."""
        code = (
            "import sys, spacy; nlp = spacy.blank('en'); nlp.add_pipe('bilateral'); "
            "print(nlp.pipe_names, 'bilateral.spacy' in sys.modules)"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "['bilateral'] True"


class TestExampleCorpus:
    def test_every_article(self, nlp: object) -> None:
        """On every example article the component's events are extract's, spans in range."""
        total = 0
        for path in sorted((EXAMPLES / "articles").glob("*.txt")):
            header, _, text = path.read_text(encoding="utf-8").partition("\n\n")
            published = header.removeprefix("published:").strip()
            doc = annotate(nlp, text, published)
            assert doc._.events == bilateral.extract(text, published=published)  # type: ignore[attr-defined]
            total += len(doc.spans["bilateral_triggers"])  # type: ignore[attr-defined]
        assert total > 50
