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


def test_a_kept_program_is_built_only_when_a_run_asks_for_it(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A run of `add --from` asks for about half of what earlier runs kept: the others are
    read (their code as bytes) but never handed to the engine. The order of what is kept
    stays as it was, so that a run asking for nothing new rewrites nothing."""
    import re

    from followup.core import patterns
    from followup.store import regex_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_GIVEN", {})
    monkeypatch.setattr(patterns, "_USED", {})
    monkeypatch.setattr(patterns, "_FRESH", set())
    asked = (r"\binterview(?:ed)?\s+with\s+(\w+)", re.IGNORECASE)
    idle = (r"\bcoordinat(?:or|rice|ora)\b", 0)
    regex_cache.save([asked, idle], "capture")
    kept = regex_cache.path("capture").read_bytes()
    given = regex_cache.load("capture")
    assert all(isinstance(p, regex_cache.Later) for p in given.values())
    patterns.give(given)
    found = patterns.rx(*asked).search("We interviewed with Marisol today")
    assert found is not None and found.group(1) == "Marisol"
    assert isinstance(patterns._GIVEN[asked], re.Pattern), "built in its place"
    assert isinstance(patterns._GIVEN[idle], regex_cache.Later), "never asked for, never built"
    assert patterns.used() == ([asked], False), "nothing compiled afresh"
    assert patterns.known() == [asked, idle]
    regex_cache.save(patterns.known(), "capture")
    assert regex_cache.path("capture").read_bytes() == kept


def test_a_damaged_program_is_compiled_afresh(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine checks every program it is given: code spoilt on disk (the right length,
    the wrong words) is refused there, and the pattern is compiled as if nothing was kept."""
    import marshal

    from followup.core import patterns
    from followup.store import regex_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.setattr(patterns, "_GIVEN", {})
    monkeypatch.setattr(patterns, "_USED", {})
    monkeypatch.setattr(patterns, "_FRESH", set())
    key = (r"(?P<who>[A-Z]\w+) will (?:host|join) you", 0)
    regex_cache.save([key], "capture")
    where = regex_cache.path("capture")
    stamp, entries = marshal.loads(where.read_bytes())
    entry = list(entries[0])
    entry[3] = b"\xff" * len(entry[3])
    where.write_bytes(marshal.dumps((stamp, [tuple(entry)])))
    patterns.give(regex_cache.load("capture"))
    found = patterns.rx(*key).search("Dara will host you")
    assert found is not None and found.group("who") == "Dara"
    assert patterns.used() == ([key], True), "compiled afresh, to be kept again"


def test_add_from_runs_without_the_garbage_collector_or_tempfile(tmp_path: Path) -> None:
    """A fast path is short: no cyclic collection while its modules load, what it built frozen
    at its end (the interpreter's last collection walks nothing), and its files written
    without `tempfile` (its import alone was 4 ms of the 10x budget)."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "FOLLOWUP_CONFIG_DIR": str(tmp_path)}
    invite = _invite(tmp_path, "Kestrel", "k1")
    code = ("import gc, sys\nfrom followup.cli import main\n"
            "try:\n"
            f"    main(['--db', {str(tmp_path / 'x.db')!r}, '--now', '2026-11-26T09:00', 'add',"
            f" '--from', {str(invite)!r}, '--yes', '--json'])\n"
            "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
            "print(gc.isenabled(), gc.get_freeze_count() > 1000, 'tempfile' in sys.modules,"
            " file=sys.stderr)\n")
    # The first run on a machine fills the holiday cache: `holidays` loads tempfile.
    for later in (False, True):
        done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                              env=env, timeout=120, check=True)
        assert done.stderr.split()[-3:-1] == ["False", "True"]
        assert not later or done.stderr.split()[-1] == "False"


def test_a_server_started_by_a_fast_path_collects_its_garbage(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """`followup mcp` answers for hours: the collector the fast path turned off is on again
    before it starts serving."""
    import gc

    from followup.cli import assistant, fast

    seen: list[bool] = []
    monkeypatch.setattr(assistant, "start", lambda *a, **k: seen.append(gc.isenabled()))
    was = gc.isenabled()
    gc.disable()
    try:
        assert fast.run(["mcp"]) == 0
    finally:
        if was:
            gc.enable()
    assert seen == [True]
