"""Regular expressions compiled once per machine, not once per run: `rx` compiles as
`re.compile` does, unless a cache (store/regex_cache.py, read and written by the command
line's fast paths) has already given the compiled program. A few hundred large patterns cost
tens of milliseconds to compile, more than the rest of `followup check -` or `add --from`
(issues 15 and 24). Pure: no I/O here.

Patterns written inline (`re.search(r"…", text)`, `re.sub(SOURCE, …)`) are compiled by `re`
itself, into its own per-process cache; a hundred of them cost `add --from` about 15 ms.
`give` puts the kept programs in that cache too, and `inline` says which ones `re` had to
compile this run. Some of those are built from the invitation's own names and will never be
asked for again: the store keeps an inline pattern only once a second run has asked for it.
"""

from __future__ import annotations

import re

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Protocol

    class Unbuilt(Protocol):
        def build(self) -> re.Pattern[str]: ...

Key = tuple[str, int]
_GIVEN: dict[Key, re.Pattern[str] | Unbuilt] = {}
_USED: dict[Key, re.Pattern[str]] = {}
_FRESH: set[Key] = set()


def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    key = (pattern, int(flags))
    given = _GIVEN.get(key)
    hit = given if given is None or isinstance(given, re.Pattern) else _built(key, given)
    if hit is None:
        hit = re.compile(pattern, flags)
        _FRESH.add(key)
    _USED[key] = hit
    return hit


def _built(key: Key, unbuilt: Unbuilt) -> re.Pattern[str] | None:
    try:
        hit = _GIVEN[key] = unbuilt.build()  # in its place: the order of _GIVEN is kept
    except Exception:  # a kept program the engine refuses is simply compiled again
        del _GIVEN[key]
        return None
    return hit


def _re_cache() -> dict[tuple[type, str, int], re.Pattern[str]] | None:
    """`re`'s own cache of compiled patterns, keyed (type, pattern, flags) in CPython 3.11 to
    3.13; None where it is not that (then inline patterns are simply compiled, as before)."""
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


def give(compiled: Mapping[Key, re.Pattern[str] | Unbuilt]) -> None:
    """Patterns compiled by an earlier run, to be used instead of compiling them again, by `rx`
    and, those given built, by `re`'s functions alike."""
    _GIVEN.update(compiled)
    cache = _re_cache()
    if cache is not None:
        for (pattern, flags), program in compiled.items():
            if isinstance(program, re.Pattern):
                cache.setdefault((str, pattern, flags), program)


def used() -> tuple[list[Key], bool]:
    """Every pattern this run asked for, and whether any had to be compiled afresh."""
    return list(_USED), bool(_FRESH)


def inline() -> list[Key]:
    """The text patterns `re` compiled itself in this process, none of them given or `rx`'s."""
    cache = _re_cache()
    if cache is None:
        return []
    return [(pattern, flags) for kind, pattern, flags in list(cache)
            if kind is str and isinstance(flags, int)
            and not isinstance(_GIVEN.get((pattern, flags)), re.Pattern)
            and (pattern, flags) not in _USED]


def known() -> list[Key]:
    """The patterns given by the cache and those compiled since: what the next run may need."""
    return list({**_GIVEN, **_USED})
