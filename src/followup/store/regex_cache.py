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
import importlib
import marshal
import os
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


def _stamp() -> str:
    return f"{sys.version}|{_engine().MAGIC}|{_engine().CODESIZE}"


# What load() read, written back as it was: (pattern, flags, all flags, code, groups,
# groupindex, indexgroup) by (pattern, flags).
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


def load(kind: str = "tone") -> dict[tuple[str, int], re.Pattern[str]]:
    """The patterns compiled by an earlier run, by (pattern, flags); {} when there is none."""
    _KEPT.clear()
    _ONCE.clear()
    with contextlib.suppress(Exception):
        _ONCE.extend(int(d) for d in _read(path(kind).with_suffix(".once")))
    try:
        sre = _engine()
        given = {}
        for entry in _read(path(kind)):
            pattern, flags, all_flags, code, groups, groupindex, indexgroup = entry
            given[(pattern, flags)] = sre.compile(pattern, all_flags, code, groups, groupindex,
                                                  indexgroup)
            _KEPT[(pattern, flags)] = entry
        return given
    except Exception:  # a cache: anything wrong with it means compiling afresh
        _KEPT.clear()
        return {}


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """What re.compile hands the engine (re/_compiler.py's compile, without the engine)."""
    parser = importlib.import_module("re._parser")
    compiler = importlib.import_module("re._compiler")
    p = parser.parse(pattern, flags)
    code = [int(c) for c in compiler._code(p, flags)]
    groupindex = dict(p.state.groupdict)
    indexgroup: list[str | None] = [None] * p.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (pattern, int(flags), int(flags | p.state.flags), code, p.state.groups - 1, groupindex,
            tuple(indexgroup))


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
        if wanted == list(_KEPT):
            return
        entries = [_KEPT.get(k) or _program(*k) for k in wanted]
        for entry in entries[-1:]:  # the engine must take what we would give it back
            _engine().compile(*entry[:1], *entry[2:])
        _write(path(kind), entries)


def _write(where: Path, content: Any) -> None:
    import tempfile

    data = marshal.dumps((_stamp(), content))
    where.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(dir=where.parent, prefix=f".{where.name}.")
    try:
        with os.fdopen(fd, "wb") as out:  # mkstemp makes it 0600
            out.write(data)
        Path(tmp).replace(where)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def check_same(pattern: str, flags: int = 0) -> bool:
    """The engine's program for `pattern`, rebuilt as load() does, matches as re.compile's:
    a self-test for the tests (the cache leans on re's internals)."""
    entry = _program(pattern, flags)
    rebuilt = _engine().compile(entry[0], *entry[2:])
    plain = re.compile(pattern, flags)
    return bool(rebuilt.pattern == plain.pattern and rebuilt.flags == plain.flags
                and rebuilt.groups == plain.groups)
