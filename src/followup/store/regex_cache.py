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


def load(kind: str = "tone") -> dict[tuple[str, int], re.Pattern[str]]:
    """The patterns compiled by an earlier run, by (pattern, flags); {} when there is none."""
    try:
        from followup.budgets import CACHE_BYTES, open_regular

        with open_regular(path(kind)) as stream:  # a FIFO or a device is refused, not waited on
            raw = stream.read(CACHE_BYTES + 1)
        if len(raw) > CACHE_BYTES:
            return {}
        stamp, entries = marshal.loads(raw)
        if stamp != _stamp():
            return {}
        sre = _engine()
        given = {}
        for pattern, flags, all_flags, code, groups, groupindex, indexgroup in entries:
            given[(pattern, flags)] = sre.compile(pattern, all_flags, code, groups, groupindex,
                                                  indexgroup)
        return given
    except Exception:  # a cache: anything wrong with it means compiling afresh
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


def save(keys: list[tuple[str, int]], kind: str = "tone") -> None:
    """Keep these patterns (the ones a run used) for the next run."""
    import tempfile

    with contextlib.suppress(Exception):
        entries = [_program(p, f) for p, f in keys]
        for entry in entries[:1]:  # the engine must take what we would give it back
            _engine().compile(*entry[:1], *entry[2:])
        data = marshal.dumps((_stamp(), entries))
        where = path(kind)
        where.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd, tmp = tempfile.mkstemp(dir=where.parent, prefix=f".{kind}-patterns.")
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
