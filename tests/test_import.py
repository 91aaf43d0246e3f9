"""The import contract: light imports and an exact public surface."""

from __future__ import annotations

import subprocess
import sys

import pytest

import bilateral

PUBLIC = {
    "Actor",
    "ActorKind",
    "ActorMention",
    "BilateralError",
    "Channel",
    "Clause",
    "ClauseKind",
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
    "Gazetteer",
    "Granularity",
    "Level",
    "Location",
    "Meeting",
    "Official",
    "PloverMode",
    "PloverType",
    "Recognition",
    "Recurrence",
    "Report",
    "Rule",
    "RuleUse",
    "Status",
    "Tense",
    "TimeOfDay",
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
    "Conflict",
    "Sighting",
    "Story",
    "link",
    "read_stories",
    "states_key",
    "story_from_dict",
    "story_records",
    "story_schema",
    "story_to_dict",
    "write_stories",
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


class TestLazyExports:
    def test_homes_are_the_public_surface(self) -> None:
        """Every public name has a home module, and the type checkers' imports agree."""
        import ast
        from pathlib import Path

        homes = bilateral._HOME
        assert set(homes) == set(bilateral.__all__)
        tree = ast.parse(Path(bilateral.__file__).read_text(encoding="utf-8"))
        checked = {
            a.name: node.module
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            for a in node.names
        }
        assert {n: m for n, m in checked.items() if n in homes} == homes

    def test_each_name_is_its_homes(self) -> None:
        """Every public name resolves to the object its home module defines."""
        import importlib

        for name, module in bilateral._HOME.items():
            assert getattr(bilateral, name) is getattr(importlib.import_module(module), name)

    def test_import_loads_no_submodule(self) -> None:
        """import bilateral alone imports none of the package's modules."""
        code = (
            "import sys, bilateral; "
            "print(sorted(m for m in sys.modules if m.startswith('bilateral.')))"
        )
        out = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True
        )
        assert out.stdout.strip() == "[]"

    def test_unknown_name(self) -> None:
        """A name that is not public is an AttributeError, as for any module."""
        with pytest.raises(AttributeError, match="no attribute 'nope'"):
            bilateral.nope  # noqa: B018
