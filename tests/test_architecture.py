"""The structure that stays: module and function sizes, and which module may import which.

The model imports no parser; the resolvers and finders never import the event layer; the
event stages import only what lies below them; no module imports another's private names.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import bilateral

SRC = Path(bilateral.__file__).resolve().parent
MODULES = sorted(SRC.rglob("*.py"))
MODEL = {"_model", "_vocab", "_mentions", "_errors", "_calendar", "_tables"}
PARSERS = {
    "_dates",
    "_countries",
    "_actors",
    "_triggers",
    "_text",
    "_document",
    "_events",
    "_explain",
    "_dateparser",
}
FINDERS = {"_dates", "_countries", "_actors", "_triggers", "_text", "_calendar", "_dateparser"}
EVENT_LAYER = {"_events", "_document", "_explain"}
#: The event package's modules, lowest first: a module imports only those before it.
EVENT_ORDER = [
    "words",
    "records",
    "spans",
    "items",
    "status",
    "polarity",
    "calls",
    "entries",
    "dates",
    "distribute",
    "roles",
    "subjects",
    "voice",
    "mention",
    "venues",
    "article",
    "combine",
    "labels",
    "merge",
    "assemble",
    "pipeline",
]


def _name(path: Path) -> str:
    return ".".join(path.relative_to(SRC.parent).with_suffix("").parts)


def _imports(path: Path) -> list[tuple[str, list[str]]]:
    """(module, names) for each ``from bilateral… import …`` and ``import bilateral…``."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("bilateral"):
            out.append((node.module, [a.name for a in node.names]))
        elif isinstance(node, ast.Import):
            out += [(a.name, []) for a in node.names if a.name.startswith("bilateral")]
    return out


def _top(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


@pytest.mark.parametrize("path", MODULES, ids=_name)
class TestEachModule:
    def test_at_most_600_lines(self, path: Path) -> None:
        """No module over 600 lines."""
        assert len(path.read_text(encoding="utf-8").splitlines()) <= 600

    def test_functions_at_most_60_lines(self, path: Path) -> None:
        """No function over 60 lines."""
        tree = ast.parse(path.read_text(encoding="utf-8"))
        long = [
            f.name
            for f in ast.walk(tree)
            if isinstance(f, ast.FunctionDef | ast.AsyncFunctionDef)
            and (f.end_lineno or f.lineno) - f.lineno + 1 > 60
        ]
        assert long == []

    def test_no_private_names_of_other_modules(self, path: Path) -> None:
        """A module imports no name with a leading underscore from another module."""
        private = [
            (module, n)
            for module, names in _imports(path)
            for n in names
            # "from bilateral import _workers" imports a module, not another module's name
            if n.startswith("_") and not n.startswith("__") and module != "bilateral"
        ]
        assert private == []

    def test_the_model_imports_no_parser(self, path: Path) -> None:
        """The model, vocabularies, mentions and errors import no finder or event stage."""
        if _top(_name(path)) not in MODEL:
            pytest.skip("not a model module")
        assert {_top(m) for m, _ in _imports(path)} & PARSERS == set()

    def test_finders_never_import_the_event_layer(self, path: Path) -> None:
        """The resolvers and finders never import the event layer or the document."""
        if _top(_name(path)) not in FINDERS:
            pytest.skip("not a finder")
        assert {_top(m) for m, _ in _imports(path)} & EVENT_LAYER == set()


@pytest.mark.parametrize("path", sorted((SRC / "_events").glob("*.py")), ids=_name)
def test_event_stages_import_only_what_lies_below(path: Path) -> None:
    """Within the event package, arrows point down the declared order (no cycles)."""
    if path.stem == "__init__":
        return
    rank = EVENT_ORDER.index(path.stem)
    for module, _ in _imports(path):
        parts = module.split(".")
        if parts[:2] == ["bilateral", "_events"] and len(parts) == 3:
            assert EVENT_ORDER.index(parts[2]) < rank, module
        assert parts[1:2] != ["_explain"], module


def test_every_event_module_is_ranked() -> None:
    """The order above lists every module of the event package."""
    stems = {p.stem for p in (SRC / "_events").glob("*.py")} - {"__init__"}
    assert stems == set(EVENT_ORDER)
