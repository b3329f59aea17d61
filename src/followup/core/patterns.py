"""Regular expressions compiled once per machine, not once per run: `rx` compiles as
`re.compile` does, unless a cache (store/regex_cache.py, read and written by the command
line's fast paths) has already given the compiled program. A few hundred large patterns cost
tens of milliseconds to compile, more than the rest of `followup check -` or `add --from`
(issues 15 and 24). Pure: no I/O here.
"""

from __future__ import annotations

import re

Key = tuple[str, int]
_GIVEN: dict[Key, re.Pattern[str]] = {}
_USED: dict[Key, re.Pattern[str]] = {}
_FRESH: set[Key] = set()


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    key = (pattern, int(flags))
    hit = _GIVEN.get(key)
    if hit is None:
        hit = re.compile(pattern, flags)
        _FRESH.add(key)
    _USED[key] = hit
    return hit


def give(compiled: dict[Key, re.Pattern[str]]) -> None:
    """Patterns compiled by an earlier run, to be used instead of compiling them again."""
    _GIVEN.update(compiled)


def used() -> tuple[list[Key], bool]:
    """Every pattern this run asked for, and whether any had to be compiled afresh."""
    return list(_USED), bool(_FRESH)


def known() -> list[Key]:
    """The patterns given by the cache and those compiled since: what the next run may need."""
    return list({**_GIVEN, **_USED})
