"""ISO 3166 records of the codes a :class:`~bilateral.Country` may hold, and the sovereign of
each dependent territory. Codes come from pycountry (ISO 3166-1 and -3), and one state
without an ISO code, Kosovo, takes the user-assigned ``XKX`` that the EU and the IMF use.
"""

from __future__ import annotations

import functools

from bilateral._tables import read_tsv

__all__ = ["alpha_3_of", "iso_record", "sovereigns"]

#: States without an ISO 3166-1 code, under the user-assigned code the EU and the IMF use:
#: alpha-3 -> (alpha_2, numeric, name, historical).
_USER_ASSIGNED = {"XKX": ("XK", "", "Kosovo", False)}


@functools.lru_cache(maxsize=1024)
def iso_record(alpha_3: str) -> tuple[str, str, str, bool] | None:
    """(alpha_2, numeric, name, historical) of an ISO 3166-1 or -3 alpha-3 code, or of a
    user-assigned code (Kosovo, ``XKX``).

    >>> iso_record("XKX")
    ('XK', '', 'Kosovo', False)
    """
    import pycountry

    if alpha_3 in _USER_ASSIGNED:
        return _USER_ASSIGNED[alpha_3]
    record = pycountry.countries.get(alpha_3=alpha_3)
    if record is not None:
        return record.alpha_2, record.numeric, record.name, False
    for old in pycountry.historic_countries:
        if old.alpha_3 == alpha_3:
            return old.alpha_2, getattr(old, "numeric", ""), old.name, True
    return None


@functools.lru_cache(maxsize=1024)
def alpha_3_of(code: str) -> str | None:
    """The alpha-3 code of an alpha-2, alpha-3 or numeric code, in any case, or ``None``.

    >>> alpha_3_of("kr"), alpha_3_of("XK"), alpha_3_of("410")
    ('KOR', 'XKX', 'KOR')
    """
    import pycountry

    code = code.strip().upper()
    if len(code) == 3 and code.isalpha():
        return code if iso_record(code) is not None else None
    if len(code) == 2 and code.isalpha():
        if code == "XK":
            return "XKX"
        record = pycountry.countries.get(alpha_2=code)
    elif code.isdigit():
        record = pycountry.countries.get(numeric=code.zfill(3))
    else:
        record = None
    return None if record is None else str(record.alpha_3)


@functools.cache
def sovereigns() -> dict[str, str]:
    """Territory alpha-3 -> sovereign alpha-3, from ``data/country_sovereigns.tsv``.

    >>> sovereigns()["GRL"]
    'DNK'
    """
    return {row["alpha_3"]: row["sovereign"] for row in read_tsv("country_sovereigns.tsv")}
