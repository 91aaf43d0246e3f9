"""The library's exceptions; each subclasses the builtin a caller would catch."""

from __future__ import annotations

__all__ = ["BilateralError", "ValidationError"]


class BilateralError(Exception):
    """Base class of every exception raised on purpose by ``bilateral``.

    >>> issubclass(ValidationError, BilateralError)
    True
    """


class ValidationError(BilateralError, ValueError):
    """Data that does not fit the ``bilateral/1`` form.

    ``errors`` lists one message a bad field, each ending in the path of the field
    (``"… @ $.participants[0].country"``); ``str()`` joins them.

    >>> import bilateral
    >>> try:
    ...     bilateral.from_dict({"kind": "meeting"})
    ... except ValueError as e:
    ...     print(e.errors[0])
    required field missing @ $.status
    """

    errors: tuple[str, ...]

    def __init__(self, errors: list[str] | tuple[str, ...], *, what: str = "event") -> None:
        self.errors = tuple(errors)
        lines = "\n".join(f"  - {e}" for e in self.errors)
        super().__init__(f"invalid {what} ({len(self.errors)} error(s)):\n{lines}")
