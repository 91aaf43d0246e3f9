"""How often each named rule fires over every example set, and in how many articles.

Run: python benchmarks/bench_rules.py   (writes the "rules" section of RESULTS.md)

A rule written for a class of sentences fires in many articles; one that fires in a single
article may have been written for that article and is flagged for a second look. A rule
that never fires on the sets is listed too (its own example and near-miss still test it).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from _corpus import SETS, articles
from _results import write_section

import bilateral


def count() -> tuple[Counter[str], dict[str, set[str]]]:
    """Hits per rule, and the articles each rule fired in, over all sets."""
    hits: Counter[str] = Counter()
    where: dict[str, set[str]] = defaultdict(set)
    for name in SETS:
        for art in articles(name):
            why = bilateral.explain(art["text"], published=art["published"])
            fired = [u.rule for t in why.events for u in t.rules]
            fired += [u.rule for u in why.joined]
            fired += [r for c in why.dropped for r in (c.rule, *(u.rule for u in c.rules))]
            hits.update(fired)
            for rule in fired:
                where[rule].add(f"{name}/{art['id']}")
    return hits, where


def main() -> None:
    hits, where = count()
    table = bilateral.rules()
    n_articles = sum(len(articles(name)) for name in SETS)
    lines = [
        "## rules",
        "",
        f"Named rules of the event layer over the {n_articles} articles of all {len(SETS)} "
        "example sets (`bilateral.explain`): hits (rule applications) and the number of "
        "articles each rule fired in. **one article** flags a rule that fires in a single "
        "article only: read it for a rule written for that article.",
        "",
        "| rule | stage | hits | articles | |",
        "|---|---|---:|---:|---|",
    ]
    for rule in sorted(table, key=lambda r: (-hits[r], r)):
        n = len(where.get(rule, ()))
        flag = "**one article**" if n == 1 else ("never fires" if n == 0 else "")
        lines.append(f"| `{rule}` | {table[rule].stage} | {hits[rule]} | {n} | {flag} |")
    single = sorted(r for r in table if len(where.get(r, ())) == 1)
    never = sorted(r for r in table if not where.get(r))
    lines += [
        "",
        f"{len(table)} rules; {len(single)} fire in one article only"
        + (f" ({', '.join(f'`{r}`' for r in single)})" if single else "")
        + f"; {len(never)} never fire on the sets"
        + (f" ({', '.join(f'`{r}`' for r in never)})" if never else "")
        + ".",
    ]
    write_section("rules", "\n".join(lines))
    print("\n".join(lines))


if __name__ == "__main__":
    main()
