"""`add --from` keeps the invitation reader's compiled patterns between runs (issue 15: under
10x `python -c pass`; compiling them was over a third of each run): the first run on a machine
fills a private file, the next runs read it, and what they store is the same either way. A bad
file is ignored and rebuilt."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

EX = Path(__file__).parent / "fixtures" / "invites" / "examples"
SRC = Path(__file__).resolve().parents[1] / "src"


def _invite(tmp: Path, name: str, uid: str) -> Path:
    path = tmp / f"{name}.ics"
    path.write_bytes((EX / "outlook.ics").read_bytes().replace(b"D0B9outlook", uid.encode())
                     .replace(b"northwind", name.lower().encode())
                     .replace(b"Northwind", name.encode()))
    return path


def _add(tmp: Path, env: dict[str, str], path: Path) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-m", "followup", "--db", str(tmp / "x.db"), "--now",
                           "2026-11-26T09:00", "add", "--from", str(path), "--yes", "--json"],
                          capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    doc = json.loads(done.stdout)
    return {k: doc[k] for k in ("company", "role", "interviews", "steps")}


def test_the_patterns_are_kept_and_the_result_is_the_same(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(SRC), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "FOLLOWUP_CONFIG_DIR": str(tmp_path)}
    cache = tmp_path / "cache" / "followup" / "capture-patterns.bin"
    first = _add(tmp_path, env, _invite(tmp_path, "Kestrel", "k1"))
    assert cache.stat().st_mode & 0o777 == 0o600
    (tmp_path / "x.db").unlink()
    again = _add(tmp_path, env, _invite(tmp_path, "Kestrel", "k1"))
    assert again == first, "the cached patterns read the invitation as the fresh ones did"
    kept, noted = cache.read_bytes(), cache.with_suffix(".once").read_bytes()
    (tmp_path / "x.db").unlink()
    assert _add(tmp_path, env, _invite(tmp_path, "Kestrel", "k1")) == first
    assert cache.read_bytes() == kept, "nothing new to keep: the file is not rewritten"
    assert cache.with_suffix(".once").read_bytes() == noted
    assert cache.with_suffix(".once").stat().st_mode & 0o777 == 0o600
    cache.write_bytes(b"not a cache")
    (tmp_path / "x.db").unlink()
    assert _add(tmp_path, env, _invite(tmp_path, "Kestrel", "k1")) == first
    assert cache.read_bytes() != b"not a cache", "a bad file is rebuilt"


def test_a_kept_pattern_matches_as_re_compile_does(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import re

    from followup.capture import employer_sources
    from followup.store import regex_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    source = employer_sources.IN_TEXT.pattern
    regex_cache.save([(source, re.MULTILINE)], "capture")
    loaded = regex_cache.load("capture")[(source, re.MULTILINE)]
    plain = re.compile(source, re.MULTILINE)
    for text in ("Interview at Quayside Freight", "Sam,\nOstrava Glassworks\n", "nothing"):
        assert [m.group(0) for m in loaded.finditer(text)] == \
            [m.group(0) for m in plain.finditer(text)]
    assert regex_cache.load("tone") == {}, "the tone check's file is another one"


def test_an_inline_pattern_is_kept_once_a_second_run_asks_for_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`re.search(r"…", text)` compiles into re's own cache, not through `rx`: such a pattern is
    noted the first time, kept the second, and handed to re by the third run; one built from
    one invitation's names, asked for once, is never kept."""
    import re

    from followup.core import patterns
    from followup.store import regex_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    static = (r"(?:Vorstellungsgespräch|entretien|colloquio)\s+(?:with|mit|avec)\s+(\w+)", 0)
    named = (r"(?<!\w)Tamsin\ Oyelaran-Brook(?!\w)", re.IGNORECASE)

    def one_run(*keys: tuple[str, int]) -> dict[tuple[str, int], re.Pattern[str]]:
        re.purge()  # a new process: re's cache starts empty
        given = regex_cache.load("capture")
        patterns.give(given)
        for pattern, flags in keys:
            re.search(pattern, "colloquio con Dario", flags)
        inline = [k for k in patterns.inline() if k in keys]
        regex_cache.save([], "capture", inline)
        return given

    assert one_run(static, named) == {}
    assert static not in one_run(static), "noted, not yet kept"
    given = one_run()
    assert static in given and named not in given
    re.purge()
    patterns.give(given)
    assert re.search(static[0], "entretien avec Chloé").group(1) == "Chloé"
    assert static not in patterns.inline(), "re used the kept program, compiling nothing"


def test_the_tone_checks_kept_patterns_stay_kept(tmp_path: Path) -> None:
    """`check -` keeps what it compiled as `add --from` does: once a second run has kept the
    inline patterns, later runs rewrite neither file (they were dropped and noted again, every
    other run, when only the patterns used through `rx` were saved)."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "FOLLOWUP_CONFIG_DIR": str(tmp_path)}
    cache = tmp_path / "cache" / "followup" / "tone-patterns.bin"
    seen = []
    for _ in range(4):
        done = subprocess.run([sys.executable, "-m", "followup", "--db", str(tmp_path / "x.db"),
                               "check", "-"], input="Just checking in on my application.\n",
                              capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode in (0, 1), done.stderr
        seen.append((cache.read_bytes(), cache.with_suffix(".once").read_bytes()
                     if cache.with_suffix(".once").exists() else b""))
    assert seen[2] == seen[1] and seen[3] == seen[2]
