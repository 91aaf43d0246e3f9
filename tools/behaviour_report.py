"""Pass rate of the behavioural suite per linguistic phenomenon, as a Markdown table.

Runs the behavioural modules (``tests/test_behaviour_*.py`` unless paths are given) in this
process with ``-p no:cacheprovider`` and ``--runxfail`` (known misses count as what they are,
not as expected failures), reads each test class's ``@pytest.mark.phenomenon(NAME)`` mark and
prints ``phenomenon | cases | passed | rate``. A case passes when none of its phases fails.
Cases without the mark are grouped by their class. Usage, from the repository root::

    python tools/behaviour_report.py [pytest paths or options …]
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


class PhenomenonTally:
    """A pytest plugin: the phenomenon of every collected case and whether it passed."""

    def __init__(self) -> None:
        self.phenomenon: dict[str, str] = {}
        self.failed: set[str] = set()
        self.ran: set[str] = set()

    def pytest_collection_modifyitems(self, items: list[pytest.Item]) -> None:
        """Name each case's phenomenon from its mark, or from its class without one."""
        for item in items:
            mark = item.get_closest_marker("phenomenon")
            cls = getattr(item, "cls", None)
            unmarked = f"(unmarked) {cls.__name__ if cls else item.path.name}"
            self.phenomenon[item.nodeid] = str(mark.args[0]) if mark else unmarked

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        """Note each case that ran and each that failed or was skipped in some phase."""
        self.ran.add(report.nodeid)
        if report.failed or report.skipped:
            self.failed.add(report.nodeid)

    def table(self) -> str:
        """The Markdown table, phenomena in the order first collected, then the total."""
        cases: Counter[str] = Counter()
        passed: Counter[str] = Counter()
        for nodeid, name in self.phenomenon.items():
            cases[name] += 1
            passed[name] += nodeid in self.ran and nodeid not in self.failed
        rows = ["| phenomenon | cases | passed | rate |", "|---|---:|---:|---:|"]
        for name, total in cases.items():
            rows.append(f"| {name} | {total} | {passed[name]} | {passed[name] / total:.0%} |")
        total, good = sum(cases.values()), sum(passed.values())
        if total:
            rows.append(f"| **all** | {total} | {good} | {good / total:.0%} |")
        return "\n".join(rows)


def main(argv: list[str]) -> int:
    """Run the suite quietly, then print the table; the exit code is pytest's."""
    for path in (ROOT / "src", ROOT):
        if str(path) not in sys.path:
            sys.path.insert(0, str(path))
    paths = argv or sorted(str(p) for p in (ROOT / "tests").glob("test_behaviour_*.py"))
    tally = PhenomenonTally()
    args = ["-q", "-p", "no:cacheprovider", "--runxfail", "--no-header", "-rN", "--tb=no"]
    code = pytest.main([*args, "--rootdir", str(ROOT), *paths], plugins=[tally])
    print()
    print(tally.table())
    return int(code)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
