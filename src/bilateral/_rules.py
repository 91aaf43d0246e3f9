"""The named rules of the event layer, read from ``data/rules.tsv``.

Every decision an event stage takes is a rule with an id ("status.past-verb"), the stage
that owns it, the field it sets, what it does, an example where it must fire and a
near-miss where it must not. The stages note the ids as they fire (a mention carries the
rules that set its fields); :func:`~bilateral.explain` shows them, and a test runs every
rule's example and near-miss.
"""

from __future__ import annotations

import functools

import attrs

from bilateral._tables import read_tsv

__all__ = ["Rule", "rules"]


@attrs.frozen
class Rule:
    """One named rule of the event layer.

    >>> rules()["status.past-verb"].stage
    'mentions'
    """

    #: The rule's id: the field group it decides, a dot and a name ("status.past-verb").
    id: str
    #: The stage that applies it (a name of ``STAGES``).
    stage: str
    #: The field of the event it sets, or "polarity" for a rule that makes no event.
    field: str
    #: The file of the package whose code applies it ("_events/status.py").
    module: str
    #: What it does, in a sentence.
    effect: str
    #: A text where it must fire, and the publication date it is read with.
    example: str
    #: A text close to the example where it must not fire.
    near_miss: str
    #: The publication date of the example and the near-miss (ISO 8601).
    published: str


@functools.cache
def rules() -> dict[str, Rule]:
    """Every rule by id, read once from the table."""
    return {
        row["id"]: Rule(
            id=row["id"],
            stage=row["stage"],
            field=row["field"],
            module=row["module"],
            effect=row["effect"],
            example=row["example"].replace("\\n", "\n"),
            near_miss=row["near_miss"].replace("\\n", "\n"),
            published=row["published"],
        )
        for row in read_tsv("rules.tsv")
    }
