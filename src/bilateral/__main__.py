"""``python -m bilateral`` and the ``bilateral`` console script; the command is in ``_cli``."""

from __future__ import annotations

from bilateral._cli import main

__all__ = ["main"]

if __name__ == "__main__":
    raise SystemExit(main())
