"""A story corpus's gold (``examples/stories``), its measures and its baselines.

Used by the tests of ``link`` and by ``benchmarks/bench_link.py``. A gold event is a dict of
the examples' gold form plus ``story``; :func:`gold_event` makes it a ``bilateral.Meeting``.
Measures: B³ (Bagga and Baldwin 1998) and pairwise precision, recall and F1 over mentions
(one mention = one event of one article). End to end, predicted events are matched to gold
events of their article as the shared scorer does (same states, then the most agreeing
fields); a predicted event with no gold twin is a gold singleton, a gold event with no
predicted twin a predicted singleton (the B³ "sys" variant of Cai and Strube 2010).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from pathlib import Path
from typing import Any

import bilateral

ROOT = Path(__file__).resolve().parent.parent
STORIES = ROOT / "examples" / "stories"

Mention = tuple[str, int]  # (article id, index of the event in its report)
Clusters = dict[Mention, Hashable]


def articles(folder: Path = STORIES) -> list[dict[str, Any]]:
    """Each article as {id, published, events (gold dicts), text}, in corpus order."""
    out = []
    for line in (folder / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            art = json.loads(line)
            raw = (folder / "articles" / f"{art['id']}.txt").read_text(encoding="utf-8")
            art["text"] = raw.partition("\n\n")[2]
            out.append(art)
    return out


def _span(d: dict[str, Any] | None) -> bilateral.DateSpan | None:
    if d is None:
        return None
    start, end = dt.date.fromisoformat(d["start"]), dt.date.fromisoformat(d["end"])
    return bilateral.DateSpan(start=start, end=end, granularity=d["granularity"])


def gold_event(g: dict[str, Any]) -> bilateral.Meeting:
    """A gold event as the library's event (no evidence, no codes, no first_since)."""
    people = [
        bilateral.Actor(kind="person", name=p.get("name"), title=p.get("title"),
                        country=p.get("country"))
        for p in g.get("participants", [])
    ]  # fmt: skip
    host = g.get("host")
    if host is not None and host not in g["countries"] and g["kind"] in ("visit", "call"):
        host = None
    return bilateral.Meeting(
        kind=g["kind"], status=g["status"], countries=g["countries"], host=host,
        participants=people, date=_span(g.get("date")), level=g.get("level"),
    )  # fmt: skip


def gold_reports(arts: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One report per article with its gold events (optional ones included)."""
    return [
        {"id": a["id"], "published": a["published"], "events": [gold_event(e) for e in a["events"]]}
        for a in arts
    ]


def gold_clusters(arts: Sequence[dict[str, Any]], *, optional: bool = True) -> Clusters:
    """Each gold mention's story id."""
    return {
        (a["id"], i): e["story"]
        for a in arts
        for i, e in enumerate(a["events"])
        if optional or not e.get("optional")
    }


def story_clusters(stories: Iterable[bilateral.Story], reports: Sequence[Any]) -> Clusters:
    """Each mention's story id, a mention being (article id, index of its event)."""
    index = {}
    for r in reports:
        rid = r["id"] if isinstance(r, dict) else r.id
        events = r["events"] if isinstance(r, dict) else r.events
        for i, e in enumerate(events):
            index[(rid, id(e))] = (rid, i)
    return {index[(s.article, id(s.event))]: story.id for story in stories for s in story.timeline}


def _groups(clusters: Clusters) -> dict[Hashable, set[Mention]]:
    out: dict[Hashable, set[Mention]] = defaultdict(set)
    for mention, key in clusters.items():
        out[key].add(mention)
    return out


def _b3_side(of: Clusters, against: Clusters) -> float:
    mine, theirs = _groups(of), _groups(against)
    total = 0.0
    for mention, key in of.items():
        cluster = mine[key]
        other = theirs[against[mention]] if mention in against else {mention}
        total += len(cluster & other) / len(cluster)
    return total / len(of) if of else 1.0


def _prf(p: float, r: float) -> dict[str, float]:
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def b3(gold: Clusters, pred: Clusters) -> dict[str, float]:
    """B³ precision (over predicted mentions), recall (over gold mentions) and F1."""
    return _prf(_b3_side(pred, gold), _b3_side(gold, pred))


def _pairs(clusters: Clusters) -> set[frozenset[Mention]]:
    out = set()
    for members in _groups(clusters).values():
        ordered = sorted(members)
        out.update(frozenset((a, b)) for i, a in enumerate(ordered) for b in ordered[i + 1 :])
    return out


def pairwise(gold: Clusters, pred: Clusters) -> dict[str, float]:
    """Pairwise precision, recall and F1 over pairs of mentions put in one story."""
    g, p = _pairs(gold), _pairs(pred)
    return _prf(len(g & p) / len(p) if p else 1.0, len(g & p) / len(g) if g else 1.0)


def _week(day: dt.date) -> tuple[int, int]:
    iso = day.isocalendar()
    return iso.year, iso.week


def baseline(reports: Sequence[dict[str, Any]], unit: str) -> Clusters:
    """Same states and same day (``unit="day"``) or ISO week (``"week"``) of the event's date
    start, or of the publication date when it has none: the crude rule users write."""
    out: Clusters = {}
    for r in reports:
        published = dt.date.fromisoformat(str(r["published"]))
        for i, e in enumerate(r["events"]):
            day = e.date.start if e.date is not None else published
            when: Hashable = day if unit == "day" else _week(day)
            out[(r["id"], i)] = (bilateral.states_key(e), when)
    return out


def _agree(g: dict[str, Any], p: bilateral.Event) -> int:
    score = int(g["kind"] == p.kind.value) + int(g["status"] == p.status.value)
    gd = g.get("date")
    if gd and p.date is not None and gd["start"] == p.date.start.isoformat():
        score += 1
    return score


def _states(g: dict[str, Any]) -> list[list[str]]:
    alt = g.get("alt", {}).get("countries", [])
    return [sorted(g["countries"]), *[sorted(a) for a in alt]]


def align(gold: list[dict[str, Any]], pred: Sequence[bilateral.Event]) -> dict[int, int]:
    """Predicted index → gold index within one article: same states, most agreeing, 1:1;
    optional gold events are claimed last."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if [c.alpha_3 for c in p.countries] in _states(g):
                pairs.append((bool(g.get("optional")), -_agree(g, p), gi, pi))
    out: dict[int, int] = {}
    used: set[int] = set()
    for _, _, gi, pi in sorted(pairs):
        if pi not in out and gi not in used:
            out[pi] = gi
            used.add(gi)
    return out


def end_to_end(arts: Sequence[dict[str, Any]], link: Callable[[Any], list[bilateral.Story]]
               ) -> tuple[Clusters, Clusters, list[dict[str, Any]]]:  # fmt: skip
    """(gold, predicted, reports) over extracted events; twinless mentions are singletons
    keyed so that they never meet a real story. Optional gold events with no twin are left
    out."""
    reports, gold = [], {}
    for a in arts:
        events = bilateral.extract(a["text"], published=a["published"])
        reports.append({"id": a["id"], "published": a["published"], "events": events})
        twins = align(a["events"], events)
        for pi in range(len(events)):
            gi = twins.get(pi)
            gold[(a["id"], pi)] = a["events"][gi]["story"] if gi is not None else ("x", a["id"], pi)
        claimed = set(twins.values())
        for gi, g in enumerate(a["events"]):
            if gi not in claimed and not g.get("optional"):
                gold[(a["id"], 1000 + gi)] = g["story"]
    pred = story_clusters(link(reports), reports)
    for mention in gold:
        if mention not in pred:
            pred[mention] = ("missed", *mention)
    return gold, pred, reports
