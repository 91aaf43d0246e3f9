"""Typed tables of events: a pandas DataFrame, an Arrow table and a Parquet file.

pandas and pyarrow are optional extras (``bilateral[pandas]``, ``bilateral[arrow]``), imported
inside the functions that use them, so ``import bilateral`` never imports either.
:func:`to_dataframe` types the flat rows of :func:`bilateral.to_records`;
:func:`to_arrow` keeps lists as lists (countries, topics) and participants and evidence as
lists of structs, under one schema that does not depend on the data.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from bilateral._model import Country, DateSpan, Event, Meeting
from bilateral._records import (
    ARTICLE_COLUMNS,
    RECORD_COLUMNS,
    article_part,
    check_events,
    enum_value,
    flat_row,
    record_event_id,
    to_records,
)
from bilateral._vocab import (
    Channel,
    DateMod,
    EventKind,
    Granularity,
    Level,
    PloverMode,
    PloverType,
    Status,
)

if TYPE_CHECKING:
    import pandas
    import pyarrow

__all__ = ["to_arrow", "to_dataframe", "write_parquet"]

#: Columns that hold one member of a closed vocabulary, and that vocabulary.
CATEGORIES: dict[str, tuple[str, ...]] = {
    "kind": tuple(m.value for m in EventKind),
    "status": tuple(m.value for m in Status),
    "date_granularity": tuple(m.value for m in Granularity),
    "date_mod": tuple(m.value for m in DateMod),
    "level": tuple(m.value for m in Level),
    "first_since_mod": tuple(m.value for m in DateMod),
    "channel": tuple(m.value for m in Channel),
    "plover": tuple(m.value for m in PloverType),
    "plover_mode": tuple(m.value for m in PloverMode),
}
#: Columns of calendar dates (ISO strings in the rows).
DATES = ("published", "date_start", "date_end")
#: Columns of integers that may be missing.
INTEGERS = ("evidence_start", "evidence_end")


def _pandas() -> Any:
    try:
        import pandas
    except ImportError:
        raise ImportError(
            "to_dataframe needs pandas: pip install 'bilateral[pandas]' (or pandas itself)"
        ) from None
    return pandas


def _pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise ImportError(
            "to_arrow and write_parquet need pyarrow: pip install 'bilateral[arrow]'"
        ) from None
    return pyarrow


def _frame_dtype(pd: Any, column: str, values: list[Any]) -> Any:
    if column in CATEGORIES:
        return pd.CategoricalDtype(list(CATEGORIES[column]), ordered=False)
    if column in DATES:
        return "datetime64[s]"
    if column in INTEGERS:
        return "Int64"
    if column == "article_id" and values and all(type(v) is int for v in values):
        return "Int64"
    return pd.StringDtype()


def to_dataframe(
    events: Iterable[Event],
    *,
    dyads: bool = False,
    article_id: str | int | None = None,
    published: Any = None,
) -> pandas.DataFrame:
    """The rows of :func:`bilateral.to_records` as a pandas DataFrame with honest dtypes.

    The columns and arguments are those of :func:`~bilateral.to_records`, always with the
    ``article_id`` and ``published`` columns first (missing when not given). Codes and
    text are pandas ``string`` (CAMEO ``"036"`` stays ``"036"``), closed vocabularies
    (kind, status, granularity, mod, level, channel, PLOVER type and mode) are
    categoricals with every member of the vocabulary as a category, dates are
    ``datetime64[s]``, and the evidence offsets ``Int64``; every column is nullable.
    ``article_id`` is ``Int64`` when the ids are integers. Needs the ``pandas`` extra.

    >>> import bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"],
    ...                          codes=bilateral.Codes(cameo="041", plover="CONSULT"),
    ...                          date=bilateral.DateSpan.from_timex("2025-03-05"))
    >>> df = bilateral.to_dataframe([call], article_id="a32", published="2025-03-07")
    >>> df.loc[0, "cameo"], str(df["status"].dtype), str(df["date_start"].dtype)
    ('041', 'category', 'datetime64[s]')
    """
    pd = _pandas()
    rows = to_records(events, dyads=dyads, article_id=article_id, published=published)
    head = ("event", "source", "target") if dyads else ("event",)
    columns = [*ARTICLE_COLUMNS, *head, *RECORD_COLUMNS[1:]]
    data = {c: [row.get(c) for row in rows] for c in columns}
    return pd.DataFrame(
        {c: pd.Series(v, dtype=_frame_dtype(pd, c, v), name=c) for c, v in data.items()},
        columns=columns,
    )


def arrow_schema() -> pyarrow.Schema:
    """The Arrow schema of :func:`to_arrow`, the same for every input."""
    pa = _pyarrow()
    text, day = pa.string(), pa.date32()
    category = pa.dictionary(pa.int8(), pa.string())
    participant = pa.struct(
        [
            ("kind", text),
            ("name", text),
            ("title", text),
            ("country", text),
            ("level", text),
        ]
    )
    evidence = pa.struct(
        [("text", text), ("start", pa.int64()), ("end", pa.int64()), ("trigger", text)]
    )
    fields = [
        ("article_id", text),
        ("published", day),
        ("event", text),
        ("kind", category),
        ("status", category),
        ("countries", pa.list_(text)),
        ("host", text),
        ("location_country", text),
        ("location_place", text),
        ("date_start", day),
        ("date_end", day),
        ("date_granularity", category),
        ("date_timex", text),
        ("date_mod", category),
        ("date_text", text),
        ("level", category),
        ("topics", pa.list_(text)),
        ("first_since", text),
        ("first_since_mod", category),
        ("channel", category),
        ("cameo", text),
        ("plover", category),
        ("plover_mode", category),
        ("participants", pa.list_(participant)),
        ("evidence", pa.list_(evidence)),
    ]
    return pa.schema(fields, metadata={"bilateral.format": "bilateral/1"})


def _code(country: Country | None) -> str | None:
    return None if country is None else country.alpha_3


def _arrow_row(event: Event, article: list[Any]) -> dict[str, Any]:
    flat = flat_row(event)
    meeting = event if isinstance(event, Meeting) else None
    date: DateSpan | None = event.date
    ident, day = article if article else (None, None)
    return {
        **flat,
        "article_id": None if ident is None else str(ident),
        "published": None if day is None else dt.date.fromisoformat(day),
        "event": record_event_id(flat, event, article),
        "countries": [c.alpha_3 for c in event.countries],
        "date_start": None if date is None else date.start,
        "date_end": None if date is None else date.end,
        "topics": [] if meeting is None else list(meeting.topics),
        "participants": [
            {
                "kind": p.kind.value,
                "name": p.name,
                "title": p.title,
                "country": _code(p.country),
                "level": enum_value(p.level),
            }
            for p in event.participants
        ],
        "evidence": [
            {"text": e.text, "start": e.start, "end": e.end, "trigger": e.trigger}
            for e in event.evidence
        ],
    }


def to_arrow(
    events: Iterable[Event], *, article_id: str | int | None = None, published: Any = None
) -> pyarrow.Table:
    """The events as an Arrow table of one stable schema, one row per event.

    The columns are those of :func:`bilateral.to_records` with ``article_id`` (a string)
    and ``published`` (``date32``) first, except that lists stay lists: ``countries``
    and ``topics`` are ``list<string>``, ``participants`` is a list of structs (``kind``,
    ``name``, ``title``, ``country``, ``level``) and ``evidence`` a list of structs
    (``text``, ``start``, ``end``, ``trigger``) holding every evidence span. Dates are
    ``date32``, closed vocabularies ``dictionary<int8, string>``, everything else
    ``string``. Tables of many articles share the schema, so ``pyarrow.concat_tables``
    stacks them. Needs the ``arrow`` extra.

    >>> import bilateral
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> table = bilateral.to_arrow([call], article_id="a32")
    >>> table.column("countries").to_pylist(), table.column("article_id").to_pylist()
    ([['MEX', 'USA']], ['a32'])
    >>> [f.name for f in table.schema.field("participants").type.value_type]
    ['kind', 'name', 'title', 'country', 'level']
    """
    pa = _pyarrow()
    article = article_part(article_id, published)
    rows = [_arrow_row(event, article) for event in check_events(events)]
    schema = arrow_schema()
    return pa.Table.from_pylist(rows, schema=schema)


def _parts(item: Any, index: int) -> tuple[Any, Any, Any]:
    """(id, published, events) of one article: a tuple, or an object with those attributes."""
    if isinstance(item, tuple) and len(item) == 3:
        return item[0], item[1], item[2]
    if all(hasattr(item, a) for a in ("id", "published", "events")):
        return item.id, item.published, item.events
    raise TypeError(
        f"'articles[{index}]' must be an (id, published, events) tuple or a report with "
        f"those attributes, not {type(item).__name__}"
    )


def write_parquet(path: str | os.PathLike[str], articles: Iterable[Any]) -> int:
    """Write the events of many articles to one Parquet file; return the number of rows.

    ``articles`` yields ``(article_id, published, events)`` tuples, or reports with
    ``id``, ``published`` and ``events`` attributes; each article is converted by
    :func:`to_arrow` and written as it comes, so a corpus need not fit in memory. The file
    reads back with ``pandas.read_parquet``, ``pyarrow.parquet.read_table``, polars and
    DuckDB. Needs the ``arrow`` extra.

    >>> import bilateral, tempfile, os
    >>> call = bilateral.Meeting(kind="call", status="occurred", countries=["MEX", "USA"])
    >>> path = os.path.join(tempfile.mkdtemp(), "events.parquet")
    >>> bilateral.write_parquet(path, [("a1", "2025-03-07", [call]), ("a2", "2025-03-08", [])])
    1
    """
    if not isinstance(path, str | os.PathLike):
        raise TypeError(f"'path' must be a str or a path, not {type(path).__name__}")
    if isinstance(articles, str | bytes) or not isinstance(articles, Iterable):
        raise TypeError(f"'articles' must be an iterable, not {type(articles).__name__}")
    _pyarrow()
    import pyarrow.parquet as pq

    total = 0
    with pq.ParquetWriter(os.fspath(path), arrow_schema()) as writer:
        for index, item in enumerate(articles):
            ident, published, events = _parts(item, index)
            table = to_arrow(events, article_id=ident, published=published)
            if table.num_rows:
                writer.write_table(table)
                total += table.num_rows
    return total
