"""Where the tone check's patterns are compiled: a few hundred large regular expressions cost
about 50 ms to compile, more than the rest of `followup check -` together (issue 24, point 4).

`rx` compiles as `re.compile` does, unless a cache (store/regex_cache.py, used by the command
line's fast path) has already given the compiled pattern. Pure: no I/O here.
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
