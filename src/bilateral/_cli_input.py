"""The inputs of the ``bilateral`` command: files, folders and standard input, read lazily.

Each input yields its articles, or a :class:`Problem` that says where and what went wrong;
``bilateral extract`` reads many inputs, ``bilateral explain`` one ``.txt`` article.
Uses only the standard library.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

from attrs import frozen

from bilateral._args import check_published
from bilateral._json import loads

__all__ = ["Article", "Input", "Problem", "from_json_line", "plan", "read_input"]

_SUFFIXES = (".txt", ".jsonl")
_HEADER = re.compile(r"published:[ \t]*(.*?)\s*", re.IGNORECASE)


@frozen
class Article:
    """One article read from an input, with the id it gets in the output."""

    id: str | int
    published: dt.date
    text: str
    url: str | None = None


@frozen
class Problem:
    """An input that could not be read: where (file, file:line) and why."""

    where: str
    message: str


_Read = Iterator[Article | Problem]


@frozen
class Input:
    """One input to read: a file with the id it gives its article(s), or standard input."""

    path: Path | None  # None: standard input
    ident: str
    jsonl: bool


def _unencodable(text: str) -> str | None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"\\u{ord(text[exc.start]):04x}"
    return None


def _from_txt(data: bytes, name: str, ident: str, default: dt.date | None) -> _Read:
    try:
        raw = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        yield Problem(f"{name}:{line}", f"not UTF-8 text ({exc.reason})")
        return
    if not raw.strip():
        yield Problem(name, "the file is empty" if not raw else "the file holds only blanks")
        return
    first, _, rest = raw.partition("\n")
    header = _HEADER.fullmatch(first)
    text, published = raw, default
    if header is not None:
        text = rest[2:] if rest.startswith("\r\n") else rest[1:] if rest.startswith("\n") else rest
        try:
            published = check_published(header.group(1))
        except ValueError as exc:
            yield Problem(f"{name}:1", str(exc))
            return
    if published is None:
        yield Problem(
            f"{name}:1",
            "no publication date: start the file with 'published: YYYY-MM-DD' "
            "and an empty line, or pass --published",
        )
        return
    yield Article(id=ident, published=published, text=text)


def _check_record(obj: dict[str, Any]) -> str | None:
    text, ident, url = obj.get("text"), obj.get("id", ""), obj.get("url")
    if not isinstance(text, str):
        return f"'text' must be a string, not {json.dumps(text)[:60]}"
    if not isinstance(ident, str | int) or isinstance(ident, bool):
        return f"'id' must be a string or an integer, not {json.dumps(ident)[:60]}"
    if url is not None and not isinstance(url, str):
        return f"'url' must be a string, not {json.dumps(url)[:60]}"
    bad = _unencodable(text)
    return None if bad is None else f"'text' holds {bad}, a lone surrogate, not a character"


def from_json_line(
    line: bytes, name: str, ident: str, lineno: int, default: dt.date | None
) -> Article | Problem:
    where = f"{name}:{lineno}"
    try:
        obj = loads(line.removeprefix(b"\xef\xbb\xbf") if lineno == 1 else line)
    except ValueError as exc:
        return Problem(where, str(exc))
    if not isinstance(obj, dict):
        return Problem(where, f"expected a JSON object, not {type(obj).__name__}")
    problem = _check_record(obj)
    if problem is not None:
        return Problem(where, problem)
    published = default
    if obj.get("published") is not None:
        try:
            published = check_published(obj["published"])
        except (TypeError, ValueError) as exc:
            return Problem(where, str(exc))
    if published is None:
        return Problem(where, "no 'published' date: add one, or pass --published")
    ident_value = obj.get("id", f"{ident}:{lineno}")
    return Article(id=ident_value, published=published, text=obj["text"], url=obj.get("url"))


def _from_jsonl(lines: Iterable[bytes], name: str, ident: str, default: dt.date | None) -> _Read:
    empty = True
    for lineno, line in enumerate(lines, 1):  # only b"\n" ends a line: JSON allows U+2028
        if line.strip():
            empty = False
            yield from_json_line(line, name, ident, lineno, default)
    if empty:
        yield Problem(name, "the file is empty (no JSON lines)")


def read_input(item: Input, default: dt.date | None) -> _Read:
    if item.path is None:
        stdin = sys.stdin.buffer
        if item.jsonl:
            yield from _from_jsonl(stdin, "<stdin>", "-", default)
        else:
            yield from _from_txt(stdin.read(), "<stdin>", "-", default)
        return
    try:
        with item.path.open("rb") as file:
            if item.jsonl:
                yield from _from_jsonl(file, str(item.path), item.ident, default)
            else:
                yield from _from_txt(file.read(), str(item.path), item.ident, default)
    except OSError as exc:
        yield Problem(str(item.path), f"cannot read: {exc.strerror or exc}")


def plan(paths: Sequence[str], stdin_jsonl: bool) -> Iterator[Input | Problem]:
    """The inputs to read, in order: files of folders listed (names only, nothing read)."""
    for name in paths:
        path = Path(name)
        if name == "-":
            yield Input(None, "-", stdin_jsonl)
        elif not path.is_dir():
            yield Input(path, path.stem, path.suffix.lower() == ".jsonl")
        else:
            files = sorted(
                p for p in path.rglob("*") if p.suffix.lower() in _SUFFIXES and p.is_file()
            )
            if not files:
                yield Problem(name, "no .txt or .jsonl files in this folder")
            for file in files:
                ident = file.relative_to(path).with_suffix("").as_posix()
                yield Input(file, ident, file.suffix.lower() == ".jsonl")
