"""Sphinx configuration for the bilateral docs."""

from __future__ import annotations

import bilateral

project = "bilateral"
author = "The bilateral developers"
copyright = "2026, The bilateral developers"  # noqa: A001
release = bilateral.__version__

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
]
html_theme = "furo"
html_title = "bilateral"
exclude_patterns = ["_build"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}
autodoc_type_aliases: dict[str, str] = {}
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}
nitpick_ignore = [
    ("py:class", "datetime.date"),
    ("py:class", "datetime.datetime"),
    ("py:class", "collections.abc.Iterator"),
    ("py:class", "os.PathLike"),
    ("py:class", "IO"),
    ("py:class", "typing.IO"),
    ("py:class", "hypothesis.strategies.SearchStrategy"),
    ("py:class", "SearchStrategy"),
    ("py:class", "st.SearchStrategy"),
    ("py:class", "Granularity"),
    ("py:class", "DateMod"),
    ("py:class", "ActorKind"),
    ("py:class", "Level"),
    ("py:class", "Country"),
    ("py:class", "Channel"),
    ("py:class", "PloverType"),
    ("py:class", "PloverMode"),
    ("py:class", "Recognition"),
    ("py:class", "Tense"),
    ("py:class", "EventKind"),
    ("py:class", "Status"),
    ("py:class", "DateSpan"),
    ("py:class", "Duration"),
    ("py:class", "Actor"),
    ("py:class", "Location"),
    ("py:class", "Codes"),
    ("py:class", "Evidence"),
    ("py:class", "Event"),
    ("py:class", "Meeting"),
    ("py:class", "attrs.Attribute"),
    ("py:class", "enum.StrEnum"),
    ("py:class", "collections.abc.Iterable"),
    ("py:class", "collections.abc.Mapping"),
    ("py:mod", "dateparser"),
    ("py:class", "Words"),
    ("py:class", "bilateral._triggers.Words"),
    ("py:class", "bilateral._triggers_cues.Words"),
    ("py:class", "collections.abc.Sequence"),
    ("py:class", "bilateral._document._L"),
    ("py:class", "Span"),
    ("py:class", "pandas.DataFrame"),
    ("py:class", "pyarrow.Table"),
    ("py:class", "os.PathLike"),
]
# Docstrings shown by autodoc run here too, with the names of their own module in scope.
doctest_global_setup = """
import datetime as dt
import bilateral
from bilateral import *
from bilateral.strategies import *
try:
    import pandas
except ImportError:  # the tutorial's pandas steps are skipped without it
    pandas = None
try:
    import pyarrow
except ImportError:  # the Arrow and Parquet steps are skipped without it
    pyarrow = None
try:
    import spacy
except ImportError:  # and the spaCy how-to without spaCy
    spacy = None
try:
    import jsonschema
except ImportError:  # so is the schema validation of the JSON how-to
    jsonschema = None
"""
