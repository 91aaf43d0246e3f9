"""Field-by-field tests of ``extract`` on every example set, from the sets' gold events.

Each gold event of each article is one group of cases: whether it is found at all (an event
of the same states), then, for the event matched to it, its kind, status, host, date and
participants. Each extra event is a case of its own. Known misses are listed in
``tests/data/known_misses.txt`` and run as strict xfails, so that a miss that starts passing
turns CI red (and the list is rewritten with ``python tools/known_misses.py``), and a field
that regresses on any article fails by name: "dev4/c07_…/2/status".

The matching follows the scorer in the shared tools: a predicted event is a candidate for a
gold event when its sorted states equal the gold ones (or an alternative); among candidates
the one agreeing on most fields is taken, one to one, optional gold events first claimed last.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import bilateral

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
KNOWN = Path(__file__).resolve().parent / "data" / "known_misses.txt"
SETS = [
    "examples",
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "stories",
    "stories2",
    "dev12",
    "dev13",
    "dev14",
]
FIELDS = ("kind", "status", "host", "date", "participants")


def _folder(name: str) -> Path:
    return EXAMPLES if name == "examples" else EXAMPLES / name


def _articles(name: str) -> Iterator[dict[str, Any]]:
    for line in (_folder(name) / "expected.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            art = json.loads(line)
            raw = (_folder(name) / "articles" / f"{art['id']}.txt").read_text(encoding="utf-8")
            art["text"] = raw.partition("\n\n")[2]
            yield art


def _accepted(gold: dict[str, Any], field: str) -> list[Any]:
    values = [sorted(gold["countries"])] if field == "countries" else [gold.get(field)]
    alts = gold.get("alt", {}).get(field, [])
    values += [sorted(a) for a in alts] if field == "countries" else alts
    return values


def _date_key(d: dict[str, Any] | None) -> tuple[Any, ...] | None:
    return None if not d else (d["start"], d["end"], d["granularity"])


def _tokens(name: str) -> set[str]:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return {t for t in re.findall(r"[a-z0-9]+", plain) if t not in ("al", "el")}


def _same_person(a: str, b: str) -> bool:
    """One name is the other, or the shorter's words all stand in the longer, accents aside."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and (ta <= tb or tb <= ta)


def _agrees(gold: dict[str, Any], pred: dict[str, Any]) -> dict[str, bool]:
    out = {
        "kind": pred["kind"] in _accepted(gold, "kind"),
        "status": pred["status"] in _accepted(gold, "status"),
    }
    if "host" in gold:
        out["host"] = pred["host"] in _accepted(gold, "host")
    if "date" in gold:
        out["date"] = _date_key(pred["date"]) in [_date_key(d) for d in _accepted(gold, "date")]
    names = [p["name"] for p in pred["participants"] if p.get("name")]
    wanted = [p["name"] for p in gold.get("participants", []) if p.get("name")]
    out["participants"] = all(any(_same_person(w, n) for n in names) for w in wanted)
    return out


def _article_cases(name: str, art: dict[str, Any]) -> Iterator[tuple[str, bool]]:
    pred = [
        bilateral.to_dict(e) for e in bilateral.extract(art["text"], published=art["published"])
    ]
    used: set[int] = set()
    order = sorted(range(len(art["events"])), key=lambda i: bool(art["events"][i].get("optional")))
    for g_index in order:
        gold = art["events"][g_index]
        where = f"{name}/{art['id']}/{g_index}"
        cands = []
        for i, p in enumerate(pred):
            if i not in used and sorted(p["countries"]) in _accepted(gold, "countries"):
                agree = _agrees(gold, p)
                cands.append((sum(agree.values()), -i, i, agree))
        if not cands:
            if not gold.get("optional"):
                yield f"{where}/found", False
                fields = [f for f in FIELDS if f not in ("host", "date") or f in gold]
                yield from ((f"{where}/{field}", False) for field in fields)
            continue
        *_, i, agree = max(cands)
        used.add(i)
        if not gold.get("optional"):
            yield f"{where}/found", True
            yield from ((f"{where}/{field}", ok) for field, ok in agree.items())
    for i, p in enumerate(pred):
        if i not in used:
            yield f"{name}/{art['id']}/extra/{'-'.join(p['countries'])}/{p['kind']}", False


@functools.cache
def outcomes() -> dict[str, bool]:
    """Every case of every set, with whether ``extract`` gets it right today."""
    out: dict[str, bool] = {}
    for name in SETS:
        for art in _articles(name):
            for case, ok in _article_cases(name, art):
                while case in out:  # two extra events alike: number them
                    case += "+"
                out[case] = ok
    return out


def _known() -> set[str]:
    lines = KNOWN.read_text(encoding="utf-8").splitlines()
    return {line for line in lines if line and not line.startswith("#")}


def _params() -> list[Any]:
    known = _known()
    found_cases = {c for c in known if c.split("/")[2] != "extra"}
    params = []
    for name in SETS:
        for art in _articles(name):
            for g_index, gold in enumerate(art["events"]):
                if gold.get("optional"):
                    continue
                for field in ("found", *FIELDS):
                    if field in ("host", "date") and field not in gold:
                        continue
                    case = f"{name}/{art['id']}/{g_index}/{field}"
                    marks = [pytest.mark.xfail(strict=True)] if case in found_cases else []
                    params.append(pytest.param(case, marks=marks, id=case))
    return params


class TestGoldFields:
    @pytest.mark.parametrize("case", _params())
    def test_field(self, case: str) -> None:
        """The gold event is found, and the matched event has this field right."""
        got = outcomes()
        assert got[case], case


class TestNoExtraEvents:
    def test_extras_are_the_known_ones(self) -> None:
        """Every event ``extract`` finds is matched to a gold event, or is a known extra."""
        extras = {c for c, ok in outcomes().items() if "/extra/" in c and not ok}
        known = {c for c in _known() if "/extra/" in c}
        assert extras - known == set(), "new extra events"
        assert known - extras == set(), "known extras gone: rewrite the list"

    def test_known_misses_are_cases(self) -> None:
        """Every line of the known-miss list names a case that exists."""
        cases = set(outcomes())
        assert {c for c in _known() if "/extra/" not in c} <= cases
