"""extract() against dateparser.search.search_dates on the same articles, and its accuracy.

Run: python benchmarks/bench_extract.py   (writes the "extract" section of RESULTS.md)

Speed: articles per second of ``bilateral.extract`` and of ``search_dates`` on the bundled
example articles, measured side by side in one run (median of repeats). Accuracy: event
precision/recall/F1 and agreement on kind, status and date over the example corpus, matched
one-to-one by country set as ``../shared/tools/score_events.py`` does; when ``../shared`` is
beside the project, the seeds are scored by that script too.
"""

from __future__ import annotations

import datetime as dt
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from _corpus import SETS, articles, write_gold_jsonl
from _results import machine, write_section

import bilateral

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"


def _time(fn: Any, repeats: int = 5) -> float:
    runs = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t0)
    return statistics.median(runs)


def _score(arts: list[dict[str, Any]]) -> dict[str, float]:
    tp = fp = fn = 0
    agree = {"kind": [0, 0], "status": [0, 0], "date": [0, 0], "host": [0, 0]}
    people = [0, 0]  # gold participants named, and in all, on matched events
    for art in arts:
        pred = [
            bilateral.to_dict(e) for e in bilateral.extract(art["text"], published=art["published"])
        ]
        used: set[int] = set()
        for gold in sorted(art["events"], key=lambda g: bool(g.get("optional"))):
            cands = [
                i
                for i, p in enumerate(pred)
                if i not in used and p["countries"] == sorted(gold["countries"])
            ]
            if not cands:
                fn += 0 if gold.get("optional") else 1
                continue

            def fit(i: int, pred: list[dict[str, Any]] = pred, gold: dict[str, Any] = gold) -> int:
                p = pred[i]
                kinds = [gold["kind"], *gold.get("alt", {}).get("kind", [])]
                return (
                    (p["kind"] in kinds)
                    + (p["status"] == gold["status"])
                    + (p["date"] == gold.get("date"))
                )

            best = max(cands, key=fit)
            used.add(best)
            if gold.get("optional"):
                continue
            tp += 1
            p = pred[best]
            kinds = [gold["kind"], *gold.get("alt", {}).get("kind", [])]
            agree["kind"][0] += p["kind"] in kinds
            agree["status"][0] += p["status"] == gold["status"]
            g_date, p_date = gold.get("date"), p["date"]
            key = ("start", "end", "granularity")
            agree["date"][0] += (g_date is None and p_date is None) or (
                g_date is not None
                and p_date is not None
                and all(g_date[k] == p_date[k] for k in key)
            )
            hosts = [gold.get("host"), *gold.get("alt", {}).get("host", [])]
            agree["host"][0] += p["host"] in hosts
            names = {(q.get("name") or "").lower() for q in p["participants"]}
            wanted = [g["name"].lower() for g in gold.get("participants", []) if g.get("name")]
            people[0] += sum(n in names for n in wanted)
            people[1] += len(wanted)
            for k in agree:
                agree[k][1] += 1
        fp += len(pred) - len(used)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    out = {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1}
    out.update({f"{k}_acc": a / n if n else 0.0 for k, (a, n) in agree.items()})
    out["people_acc"] = people[0] / people[1] if people[1] else 0.0
    return out


def main() -> None:
    from dateparser.search import search_dates

    arts = articles()
    texts = [(a["text"], dt.date.fromisoformat(a["published"])) for a in arts]
    size = sum(len(t) for t, _ in texts)
    bilateral.extract(texts[0][0], published=texts[0][1])  # load the tables once

    def run_extract() -> None:
        for text, day in texts:
            bilateral.extract(text, published=day)

    def run_search() -> None:
        for text, day in texts:
            base = dt.datetime.combine(day, dt.time())
            search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base})

    run_search()  # dateparser's own first-call set-up is not counted
    t_extract = _time(run_extract)
    t_search = _time(run_search, repeats=3)

    # SPEC §5 names a 3 KB article: the examples joined into articles of about 3 KB, and
    # search_dates both restricted to English and as called with no settings.
    big: list[tuple[str, dt.date]] = []
    cur = ""
    for text, day in texts:
        cur += text + "\n\n"
        if len(cur) >= 3000:
            big.append((cur, day))
            cur = ""
    base = {day: dt.datetime.combine(day, dt.time()) for _, day in big}

    def big_extract() -> None:
        for text, day in big:
            bilateral.extract(text, published=day)

    def big_search_en() -> None:
        for text, day in big:
            search_dates(text, languages=["en"], settings={"RELATIVE_BASE": base[day]})

    def big_search_default() -> None:
        for text, day in big:
            search_dates(text, settings={"RELATIVE_BASE": base[day]})

    big_search_default()
    b_extract = _time(big_extract)
    b_en = _time(big_search_en, repeats=3)
    b_default = _time(big_search_default, repeats=1)
    nb = len(big)
    big_kb = sum(len(t) for t, _ in big) / nb / 1024
    scores = {name: _score(articles(name)) for name in SETS}
    score = scores["examples"]
    n = len(texts)
    lines = [
        "## extract",
        "",
        f"Measured on {machine()}, {n} example articles ({size / n / 1024:.1f} KB on average), "
        "median of repeated runs in one process.",
        "",
        "| | articles/s | ms per article |",
        "|---|---:|---:|",
        f"| `bilateral.extract` | {n / t_extract:,.0f} | {1000 * t_extract / n:.2f} |",
        f"| `search_dates(text, languages=['en'])` | {n / t_search:,.0f} | "
        f"{1000 * t_search / n:.2f} |",
        "",
        f"**extract is {t_search / t_extract:.1f}× faster than search_dates** (English only) on "
        "the same texts, while it also finds countries, actors, triggers and events.",
        "",
        f"On {nb} articles of about 3 KB ({big_kb:.1f} KB on average; the examples joined), "
        "as SPEC §5 states the bar:",
        "",
        "| | ms per article | extract is faster by |",
        "|---|---:|---:|",
        f"| `bilateral.extract` | {1000 * b_extract / nb:.2f} | |",
        f"| `search_dates(text, languages=['en'])` | {1000 * b_en / nb:.2f} | "
        f"**{b_en / b_extract:.1f}×** |",
        f"| `search_dates(text)` (no settings: language detection) | "
        f"{1000 * b_default / nb:.2f} | {b_default / b_extract:.1f}× |",
        "",
        "The peer is `search_dates` restricted to English, as SPEC §5 names it (language "
        "detection is a cost no English pipeline pays). Against it the bars are "
        f"{'met' if b_en / b_extract >= 10 else '**not met**'}: issue #11's ≥ 10× "
        f"({b_en / b_extract:.1f}× here) and SPEC §5's ≥ 20×. The figure against the call "
        "with language detection is shown for comparison only.",
        "",
        "Accuracy (events matched one-to-one by country set; kind, status and date agreement "
        "on matched events; host agreement, and the share of gold participants named). "
        "`examples` is the corpus the tests use; `dev` to `dev14`, "
        "`stories` and `stories2` were "
        "written afterwards, one after the other, by other hands without seeing the rules. "
        "Each has since been used to find general fixes, so the fairer guide to unseen news "
        "is each set's first measurement, taken before any fix it inspired (events F1 / date "
        "agreement): dev 0.827 / 0.605, dev2 0.725 / 0.56, dev3 0.682 / 0.617, dev4 0.819 / "
        "0.623, dev5 0.778 / 0.667, dev6 0.827 / 0.655, dev7 0.855 / 0.758, dev8 (clause "
        "phenomena, written for issue #12) 0.687 / 0.739, dev9 (long wire stories with much "
        "reported speech, live blogs; issue #12) 0.784 / 0.596, dev10 (regional agency "
        "English, round-ups and ministry readouts; issue #12) 0.756 / 0.538, stories (87 short "
        "articles of many outlets about 74 real-world events, written for issue #15) "
        "0.784 / 0.724, dev11 (analysis pieces, briefings, press-conference transcripts, "
        "TV and radio scripts; measured at the end of the clause work) 0.707 / 0.707, "
        "stories2 (49 short articles of 2023 about 43 real-world events, written for issue "
        "#15 after the linker was built) 0.816 / 0.854, dev12 (40 articles of 2022–2026, "
        "ten styles from wire copy to briefing transcripts, regions seldom covered) "
        "0.775 / 0.716, dev13 (40 articles of 2019–2026: timelines, digests, trade press, "
        "opinion, profiles and obituaries, local papers, small states' releases, sports "
        "diplomacy, corrections, interviews) 0.779 / 0.603, dev14 (40 articles of 2019–2025 "
        "from regions seldom covered: the Pacific, Central Asia, the Caucasus, the Horn of "
        "Africa, West Africa, the Caribbean, the Balkans, the Gulf; half wire copy) "
        "0.793 / 0.770.",
        "",
        "| set | gold events | P | R | F1 | kind | status | date | host | participants |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
        *(
            f"| {name} | {s['tp'] + s['fn']} | {s['precision']:.3f} | {s['recall']:.3f} | "
            f"**{s['f1']:.3f}** | {s['kind_acc']:.3f} | {s['status_acc']:.3f} | "
            f"{s['date_acc']:.3f} | {s['host_acc']:.3f} | {s['people_acc']:.3f} |"
            for name, s in scores.items()
        ),
    ]
    del score
    scorer = SHARED / "tools" / "score_events.py"
    if scorer.exists():
        seeds = (
            subprocess.run(
                [
                    sys.executable,
                    str(scorer),
                    str(SHARED / "seeds" / "expected.json"),
                    "--seeds",
                    str(SHARED / "seeds"),
                ],
                capture_output=True,
                text=True,
                check=False,
            )
            .stdout.strip()
            .splitlines()
        )
        lines += [
            "",
            "`../shared/tools/score_events.py` on the seeds: `"
            + (seeds[-1] if seeds else "no output")
            + "`",
        ]
        with tempfile.TemporaryDirectory() as tmp:
            for name in SETS:
                gold = Path(tmp) / f"{name}.jsonl"
                write_gold_jsonl(gold, name)
                own = (
                    subprocess.run(
                        [sys.executable, str(scorer), str(gold)],
                        capture_output=True,
                        text=True,
                        check=False,
                    )
                    .stdout.strip()
                    .splitlines()
                )
                lines += [
                    "",
                    f"`../shared/tools/score_events.py` on `{name}`: `"
                    + (own[-1] if own else "no output")
                    + "`",
                ]
    else:
        lines += ["", "(../shared not found: the seed score was skipped.)"]
    text = "\n".join(lines)
    print(text)
    write_section("extract", text)


if __name__ == "__main__":
    main()
