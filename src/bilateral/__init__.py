"""bilateral: typed bilateral-relations events from English news.

>>> import datetime as dt, bilateral
>>> bilateral.resolve_country("Seoul").alpha_3
'KOR'
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # what type checkers and readers see; at run time, ``__getattr__`` below
    from bilateral._actors import find_actors as find_actors
    from bilateral._batch import extract_many as extract_many
    from bilateral._batch import iter_extract as iter_extract
    from bilateral._clauses import Clause as Clause
    from bilateral._clauses import ClauseKind as ClauseKind
    from bilateral._codes import to_plover as to_plover
    from bilateral._countries import find_countries as find_countries
    from bilateral._countries import resolve_country as resolve_country
    from bilateral._dates import find_dates as find_dates
    from bilateral._dates import resolve_date as resolve_date
    from bilateral._document import Document as Document
    from bilateral._document import annotate as annotate
    from bilateral._errors import BilateralError as BilateralError
    from bilateral._errors import ValidationError as ValidationError
    from bilateral._events.pipeline import extract as extract
    from bilateral._explain import DroppedCandidate as DroppedCandidate
    from bilateral._explain import ExplainedEvent as ExplainedEvent
    from bilateral._explain import Explanation as Explanation
    from bilateral._explain import RuleUse as RuleUse
    from bilateral._explain import explain as explain
    from bilateral._frames import to_arrow as to_arrow
    from bilateral._frames import to_dataframe as to_dataframe
    from bilateral._frames import write_parquet as write_parquet
    from bilateral._gazetteer import Gazetteer as Gazetteer
    from bilateral._gazetteer import Official as Official
    from bilateral._json import from_dict as from_dict
    from bilateral._json import from_json as from_json
    from bilateral._json import json_schema as json_schema
    from bilateral._json import to_dict as to_dict
    from bilateral._json import to_json as to_json
    from bilateral._link import link as link
    from bilateral._link import states_key as states_key
    from bilateral._mentions import ActorMention as ActorMention
    from bilateral._mentions import CountryMention as CountryMention
    from bilateral._mentions import DateMention as DateMention
    from bilateral._model import Actor as Actor
    from bilateral._model import Codes as Codes
    from bilateral._model import Country as Country
    from bilateral._model import DateSpan as DateSpan
    from bilateral._model import Duration as Duration
    from bilateral._model import Dyad as Dyad
    from bilateral._model import Event as Event
    from bilateral._model import Evidence as Evidence
    from bilateral._model import Location as Location
    from bilateral._model import Meeting as Meeting
    from bilateral._model import TimeRef as TimeRef
    from bilateral._model_time import Recurrence as Recurrence
    from bilateral._model_time import TimeOfDay as TimeOfDay
    from bilateral._records import event_id as event_id
    from bilateral._records import to_records as to_records
    from bilateral._report import Report as Report
    from bilateral._report import read_jsonl as read_jsonl
    from bilateral._report import write_jsonl as write_jsonl
    from bilateral._rules import Rule as Rule
    from bilateral._rules import rules as rules
    from bilateral._story import Conflict as Conflict
    from bilateral._story import Sighting as Sighting
    from bilateral._story import Story as Story
    from bilateral._story_json import read_stories as read_stories
    from bilateral._story_json import story_from_dict as story_from_dict
    from bilateral._story_json import story_schema as story_schema
    from bilateral._story_json import story_to_dict as story_to_dict
    from bilateral._story_json import write_stories as write_stories
    from bilateral._story_records import story_records as story_records
    from bilateral._triggers import Cue as Cue
    from bilateral._triggers import Trigger as Trigger
    from bilateral._versions import DataVersion as DataVersion
    from bilateral._versions import data_versions as data_versions
    from bilateral._vocab import ActorKind as ActorKind
    from bilateral._vocab import Channel as Channel
    from bilateral._vocab import DateMod as DateMod
    from bilateral._vocab import EventKind as EventKind
    from bilateral._vocab import Granularity as Granularity
    from bilateral._vocab import Level as Level
    from bilateral._vocab import PloverMode as PloverMode
    from bilateral._vocab import PloverType as PloverType
    from bilateral._vocab import Recognition as Recognition
    from bilateral._vocab import Status as Status
    from bilateral._vocab import Tense as Tense

__version__ = "0.1.0"

#: The module that defines each public name. ``import bilateral`` imports none of them: a
#: name's module is imported the first time the name is used (PEP 562), so a script pays
#: only for what it calls.
_HOME: dict[str, str] = {
    "Actor": "bilateral._model",
    "ActorKind": "bilateral._vocab",
    "ActorMention": "bilateral._mentions",
    "BilateralError": "bilateral._errors",
    "Channel": "bilateral._vocab",
    "Codes": "bilateral._model",
    "Conflict": "bilateral._story",
    "Country": "bilateral._model",
    "CountryMention": "bilateral._mentions",
    "Clause": "bilateral._clauses",
    "ClauseKind": "bilateral._clauses",
    "Cue": "bilateral._triggers",
    "DataVersion": "bilateral._versions",
    "DateMention": "bilateral._mentions",
    "DateMod": "bilateral._vocab",
    "DateSpan": "bilateral._model",
    "Document": "bilateral._document",
    "DroppedCandidate": "bilateral._explain",
    "Duration": "bilateral._model",
    "Dyad": "bilateral._model",
    "Event": "bilateral._model",
    "EventKind": "bilateral._vocab",
    "Evidence": "bilateral._model",
    "ExplainedEvent": "bilateral._explain",
    "Explanation": "bilateral._explain",
    "Gazetteer": "bilateral._gazetteer",
    "Granularity": "bilateral._vocab",
    "Level": "bilateral._vocab",
    "Location": "bilateral._model",
    "Meeting": "bilateral._model",
    "Official": "bilateral._gazetteer",
    "PloverMode": "bilateral._vocab",
    "PloverType": "bilateral._vocab",
    "Recognition": "bilateral._vocab",
    "Recurrence": "bilateral._model_time",
    "Report": "bilateral._report",
    "Rule": "bilateral._rules",
    "RuleUse": "bilateral._explain",
    "Sighting": "bilateral._story",
    "Status": "bilateral._vocab",
    "Story": "bilateral._story",
    "Tense": "bilateral._vocab",
    "TimeOfDay": "bilateral._model_time",
    "TimeRef": "bilateral._model",
    "Trigger": "bilateral._triggers",
    "ValidationError": "bilateral._errors",
    "annotate": "bilateral._document",
    "data_versions": "bilateral._versions",
    "event_id": "bilateral._records",
    "explain": "bilateral._explain",
    "extract": "bilateral._events.pipeline",
    "extract_many": "bilateral._batch",
    "find_actors": "bilateral._actors",
    "find_countries": "bilateral._countries",
    "find_dates": "bilateral._dates",
    "from_dict": "bilateral._json",
    "from_json": "bilateral._json",
    "iter_extract": "bilateral._batch",
    "json_schema": "bilateral._json",
    "link": "bilateral._link",
    "read_jsonl": "bilateral._report",
    "resolve_country": "bilateral._countries",
    "resolve_date": "bilateral._dates",
    "rules": "bilateral._rules",
    "states_key": "bilateral._link",
    "to_arrow": "bilateral._frames",
    "to_dataframe": "bilateral._frames",
    "to_dict": "bilateral._json",
    "to_json": "bilateral._json",
    "to_plover": "bilateral._codes",
    "to_records": "bilateral._records",
    "write_jsonl": "bilateral._report",
    "read_stories": "bilateral._story_json",
    "story_records": "bilateral._story_records",
    "story_from_dict": "bilateral._story_json",
    "story_schema": "bilateral._story_json",
    "story_to_dict": "bilateral._story_json",
    "write_stories": "bilateral._story_json",
    "write_parquet": "bilateral._frames",
}

__all__ = [
    "Actor",
    "ActorKind",
    "ActorMention",
    "BilateralError",
    "Channel",
    "Clause",
    "ClauseKind",
    "Codes",
    "Conflict",
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
    "Sighting",
    "Status",
    "Story",
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
    "link",
    "read_jsonl",
    "read_stories",
    "resolve_country",
    "resolve_date",
    "rules",
    "states_key",
    "story_from_dict",
    "story_records",
    "story_schema",
    "story_to_dict",
    "to_arrow",
    "to_dataframe",
    "to_dict",
    "to_json",
    "to_plover",
    "to_records",
    "write_jsonl",
    "write_parquet",
    "write_stories",
]


def __getattr__(name: str) -> Any:
    """The public name ``name``, imported from its module on first use."""
    module = _HOME.get(name)
    if module is None:
        raise AttributeError(f"module 'bilateral' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later lookups find it without this function
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOME})
