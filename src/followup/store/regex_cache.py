"""Compiled patterns kept between runs: the tone check's (issue 24: `followup check -` starts
within 5× a bare `python -c pass`; compiling its patterns alone would cost more than that) and
the invitation reader's (issue 15: `add --from` under 10×), one file each.

One file in the user's cache folder, 0600: for each pattern, the regular-expression engine's
compiled program (what `re` computes in pure Python before handing it to `_sre`), stamped with
the Python version and the engine's magic number. A missing, unreadable, stale or foreign file
is simply rebuilt; `_sre` itself checks every program it is given, and any failure here falls
back to `re.compile`. Nothing depends on it but speed.
"""

from __future__ import annotations

import contextlib
import functools
import importlib
import marshal
import re
import sys
import zlib
from pathlib import Path

from followup.store import cache_folder

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from typing import Any



KINDS = ("tone", "capture")  # one file each: `check -` and `add --from` use other patterns


def path(kind: str = "tone") -> Path:
    assert kind in KINDS
    return cache_folder.folder() / f"{kind}-patterns.bin"


def _engine() -> Any:
    return importlib.import_module("_sre")


FORMAT = 2  # 2: each program's code packed as bytes, built when first asked for


def _stamp() -> str:
    return f"{FORMAT}|{sys.version}|{_engine().MAGIC}|{_engine().CODESIZE}"


@functools.cache
def _word() -> str:
    """The array type code of one word of the engine's code."""
    from array import array

    return next(t for t in "IL" if array(t).itemsize == _engine().CODESIZE)


class Later:
    """A kept program not yet handed to the engine: a run of `add --from` asks for about half
    of the patterns earlier runs kept, and building each costs a list of its code's words.
    `build()` makes the compiled pattern; core/patterns.py calls it on first use. Read as a
    pattern (`search`, `pattern` …) it builds itself, for code that takes what load() gave."""

    __slots__ = ("_built", "entry")

    def __init__(self, entry: tuple[Any, ...]) -> None:
        self.entry = entry
        self._built: re.Pattern[str] | None = None

    def build(self) -> re.Pattern[str]:
        if self._built is None:
            from array import array

            pattern, _flags, all_flags, code, groups, groupindex, indexgroup, _inline = self.entry
            self._built = _engine().compile(pattern, all_flags, array(_word(), code).tolist(),
                                            groups, groupindex, indexgroup)
        return self._built

    def __getattr__(self, name: str) -> Any:
        return getattr(self.build(), name)


# What load() read, written back as it was: (pattern, flags, all flags, code as bytes, groups,
# groupindex, indexgroup, inline) by (pattern, flags); `inline` marks a pattern written inline
# (`re.search(r"…")`), which must be built at load and handed to `re`'s cache.
_KEPT: dict[tuple[str, int], tuple[Any, ...]] = {}
# Inline patterns one run asked for, by digest (`_digest`), in a small file beside: one is kept
# when another run asks for it again. Bounded, the oldest dropped first.
_ONCE: list[int] = []
ONCE_KEPT = 4000


def _digest(key: tuple[str, int]) -> int:
    return zlib.crc32(key[0].encode("utf-8", "surrogatepass")) << 8 | key[1] & 0xFF


def _read(where: Path) -> Any:
    from followup.budgets import CACHE_BYTES, open_regular

    with open_regular(where) as stream:  # a FIFO or a device is refused, not waited on
        raw = stream.read(CACHE_BYTES + 1)
    if len(raw) > CACHE_BYTES:
        raise ValueError("too large")
    stamp, content = marshal.loads(raw)
    if stamp != _stamp():
        raise ValueError("another Python")
    return content


def load(kind: str = "tone") -> dict[tuple[str, int], re.Pattern[str] | Later]:
    """The patterns compiled by an earlier run, by (pattern, flags): inline ones built, the
    others `Later`; {} when there is none."""
    _KEPT.clear()
    _ONCE.clear()
    with contextlib.suppress(Exception):
        _ONCE.extend(int(d) for d in _read(path(kind).with_suffix(".once")))
    try:
        given: dict[tuple[str, int], re.Pattern[str] | Later] = {}
        for entry in _read(path(kind)):
            pattern, flags, _all, code, _groups, _index, _names, inline = entry
            if not isinstance(code, bytes) or len(code) % _engine().CODESIZE:
                raise ValueError("not a program")
            later = Later(entry)
            given[(pattern, flags)] = later.build() if inline else later
            _KEPT[(pattern, flags)] = entry
        return given
    except Exception:  # a cache: anything wrong with it means compiling afresh
        _KEPT.clear()
        return {}


def _program(pattern: str, flags: int, inline: bool) -> tuple[Any, ...]:
    """What re.compile hands the engine (re/_compiler.py's compile, without the engine)."""
    from array import array

    parser = importlib.import_module("re._parser")
    compiler = importlib.import_module("re._compiler")
    p = parser.parse(pattern, flags)
    code = array(_word(), compiler._code(p, flags)).tobytes()
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, int(flags), int(flags | p.state.flags), code, p.state.groups - 1, groupindex,
            tuple(indexgroup), inline)


def save(keys: list[tuple[str, int]], kind: str = "tone",
         inline: list[tuple[str, int]] | None = None) -> None:
    """Keep these patterns (the ones a run used) for the next run, and of the `inline` ones
    (compiled by `re` itself, core/patterns.py) those an earlier run asked for too; one asked
    for once is only noted, as a pattern built from one invitation's names never comes back.
    Each file is written only when what it holds changes."""
    with contextlib.suppress(Exception):
        once = set(_ONCE)
        again = [k for k in inline or () if _digest(k) in once]
        first = [_digest(k) for k in inline or () if _digest(k) not in once]
        if first or again:
            gone = {_digest(k) for k in again}
            _write(path(kind).with_suffix(".once"),
                   ([d for d in _ONCE if d not in gone] + first)[-ONCE_KEPT:])
        wanted = list(dict.fromkeys([*keys, *again]))
        if wanted == list(_KEPT) and not [k for k in again if not _KEPT[k][-1]]:
            return
        now_inline = set(again)
        entries = [(*_KEPT[k][:-1], True) if k in now_inline and k in _KEPT
                   else _KEPT.get(k) or _program(*k, k in now_inline) for k in wanted]
        for entry in entries[-1:]:  # the engine must take what we would give it back
            Later(entry).build()
        _write(path(kind), entries)


def _write(where: Path, content: Any) -> None:
    from followup import private

    private.write(where, marshal.dumps((_stamp(), content)))  # its folder made 0700 there


def check_same(pattern: str, flags: int = 0) -> bool:
    """The engine's program for `pattern`, rebuilt as load() does, matches as re.compile's:
    a self-test for the tests (the cache leans on re's internals)."""
    rebuilt = Later(_program(pattern, flags, False)).build()
    plain = re.compile(pattern, flags)
    return bool(rebuilt.pattern == plain.pattern and rebuilt.flags == plain.flags
                and rebuilt.groups == plain.groups)
