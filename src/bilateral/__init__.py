"""bilateral: typed bilateral-relations events from English news.

>>> import datetime as dt, bilateral
>>> bilateral.resolve_country("Seoul").alpha_3
'KOR'
"""

from __future__ import annotations

from bilateral._actors import find_actors
from bilateral._batch import extract_many, iter_extract
from bilateral._codes import to_plover
from bilateral._countries import find_countries, resolve_country
from bilateral._dates import find_dates, resolve_date
from bilateral._document import Document, annotate
from bilateral._errors import BilateralError, ValidationError
from bilateral._events.pipeline import extract
from bilateral._explain import DroppedCandidate, ExplainedEvent, Explanation, RuleUse, explain
from bilateral._frames import to_arrow, to_dataframe, write_parquet
from bilateral._json import from_dict, from_json, json_schema, to_dict, to_json
from bilateral._mentions import ActorMention, CountryMention, DateMention
from bilateral._model import (
    Actor,
    Codes,
    Country,
    DateSpan,
    Duration,
    Dyad,
    Event,
    Evidence,
    Location,
    Meeting,
    TimeRef,
)
from bilateral._records import event_id, to_records
from bilateral._report import Report, read_jsonl, write_jsonl
from bilateral._rules import Rule, rules
from bilateral._triggers import Cue, Trigger
from bilateral._versions import DataVersion, data_versions
from bilateral._vocab import (
    ActorKind,
    Channel,
    DateMod,
    EventKind,
    Granularity,
    Level,
    PloverMode,
    PloverType,
    Recognition,
    Status,
    Tense,
)

__version__ = "0.1.0"

__all__ = [
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
]
