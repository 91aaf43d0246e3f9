"""The import contract: light imports and an exact public surface."""

from __future__ import annotations

import subprocess
import sys

import bilateral

PUBLIC = {
    "Actor",
    "ActorKind",
    "ActorMention",
    "BilateralError",
    "Channel",
    "Codes",
    "Country",
    "CountryMention",
    "Cue",
    "DataVersion",
    "DateMention",
    "DateMod",
    "DateSpan",
    "Document",
    "DroppedCandidate",
    "Duration",
    "Dyad",
    "Event",
    "EventKind",
    "Evidence",
    "ExplainedEvent",
    "Explanation",
    "Granularity",
    "Level",
    "Location",
    "Meeting",
    "PloverMode",
    "PloverType",
    "Recognition",
    "Report",
    "Rule",
    "RuleUse",
    "Status",
    "Tense",
    "TimeRef",
    "Trigger",
    "ValidationError",
    "annotate",
    "data_versions",
    "event_id",
    "explain",
    "extract",
    "extract_many",
    "find_actors",
    "find_countries",
    "find_dates",
    "from_dict",
    "from_json",
    "iter_extract",
    "json_schema",
    "read_jsonl",
    "resolve_country",
    "resolve_date",
    "rules",
    "to_arrow",
    "to_dataframe",
    "to_dict",
    "to_json",
    "to_plover",
    "to_records",
    "write_jsonl",
    "write_parquet",
}


class TestImport:
    def test_heavy_modules_not_imported(self) -> None:
        """import bilateral imports none of dateparser, hypothesis, pandas, pyarrow, spaCy."""
        code = (
            "import sys, bilateral; "
            "bad = [m for m in ('dateparser', 'hypothesis', 'bilateral.strategies', 'pandas', "
            "'pyarrow', 'spacy', 'bilateral.spacy', 'numpy') "
            "if m in sys.modules]; "
            "print(','.join(bad))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == ""

    def test_all_is_the_public_surface(self) -> None:
        """__all__ is exactly the documented public names, sorted, each importable."""
        assert set(bilateral.__all__) == PUBLIC
        assert list(bilateral.__all__) == sorted(bilateral.__all__)
        for name in bilateral.__all__:
            assert getattr(bilateral, name) is not None

    def test_errors_subclass_builtins(self) -> None:
        """ValidationError is caught by except ValueError."""
        assert issubclass(bilateral.ValidationError, ValueError)
        assert issubclass(bilateral.ValidationError, bilateral.BilateralError)
