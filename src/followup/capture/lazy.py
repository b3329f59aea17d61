"""A pattern compiled the first time it is used, not when its module is imported.

Reading one invitation needs about half of the capture modules' patterns; compiling all of them
at import was a third of `add --from`'s time (issue 15: under 10x `python -c pass`). `lazy()`
returns an object that behaves as the compiled pattern (`search`, `sub`, `finditer` …); its
`pattern` is the source, given without compiling, so that one pattern can be written into
another at import. It is for module-level patterns used through their methods only: never hand
one to `re.search(PATTERN, …)` or `isinstance(…, re.Pattern)`. The compiled programs are kept
between runs of `add --from` (core/patterns.py, store/regex_cache.py).
"""

from __future__ import annotations

import re
from typing import Any, cast

from followup.core.patterns import rx


class _Lazy:
    __slots__ = ("_compiled", "_flags", "pattern")

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self._flags = flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = rx(self.pattern, self._flags)  # kept between runs
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r})"


def lazy(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, done at the first use instead of now."""
    return cast("re.Pattern[str]", _Lazy(source, flags))
