"""Check the built sdist and wheel beyond ``twine check``: nothing a user needs is missing.

``python tools/check_dist.py dist`` looks in ``dist/`` for one sdist and one wheel of the
version in ``src/bilateral/__init__.py`` and checks that the wheel holds every module, every
data table, ``py.typed``, the license and the entry points (the ``bilateral`` command and the
spaCy factory), and that the sdist holds the tests, docs and example articles. It prints what
is missing and exits non-zero.
"""

from __future__ import annotations

import re
import sys
import tarfile
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "bilateral"


def version() -> str:
    """The version written in ``src/bilateral/__init__.py``, the one place it lives."""
    found = re.search(r'^__version__ = "([^"]+)"$', (PACKAGE / "__init__.py").read_text(), re.M)
    if found is None:
        raise SystemExit("check_dist: no __version__ in src/bilateral/__init__.py")
    return found.group(1)


def wheel_problems(wheel: Path, ver: str) -> list[str]:
    """What the wheel lacks: package files, license, entry points, version."""
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = f"bilateral-{ver}.dist-info"
        entry_points = archive.read(f"{info}/entry_points.txt").decode()
        metadata = archive.read(f"{info}/METADATA").decode()
    wanted = {
        f"bilateral/{p.relative_to(PACKAGE).as_posix()}"
        for p in PACKAGE.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }
    problems = [f"wheel lacks {name}" for name in sorted(wanted - names)]
    if not any(n.startswith(f"{info}/licenses/") for n in names):
        problems.append("wheel lacks the license file")
    needed = ("bilateral = bilateral.__main__:main", "bilateral = bilateral.spacy:")
    problems.extend(f"wheel's entry points lack {n!r}" for n in needed if n not in entry_points)
    if f"\nVersion: {ver}\n" not in metadata:
        problems.append(f"wheel's METADATA does not say Version: {ver}")
    return problems


def sdist_problems(sdist: Path, ver: str) -> list[str]:
    """What the sdist lacks: the sources of the tests, the docs and the examples."""
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    needed = [
        "pyproject.toml",
        "LICENSE",
        "README.md",
        "src/bilateral/__init__.py",
        "tests/conftest.py",
        "docs/conf.py",
        "examples/expected.jsonl",
        "tools/test.sh",
    ]
    return [f"sdist lacks {name}" for name in needed if name not in names]


def main(argv: list[str]) -> int:
    """Check ``argv[0]`` (default ``dist``); print each problem, return 1 if there is one."""
    folder = Path(argv[0] if argv else "dist")
    ver = version()
    wheels = sorted(folder.glob(f"bilateral-{ver}-*.whl"))
    sdists = sorted(folder.glob(f"bilateral-{ver}.tar.gz"))
    if len(wheels) != 1 or len(sdists) != 1:
        print(f"check_dist: want one wheel and one sdist of version {ver} in {folder}/")
        return 1
    problems = wheel_problems(wheels[0], ver) + sdist_problems(sdists[0], ver)
    for problem in problems:
        print(f"check_dist: {problem}")
    if not problems:
        print(f"check_dist: {wheels[0].name} and {sdists[0].name} are complete")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
