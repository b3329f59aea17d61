"""`show ID`, `network ID` and `add` load only what they use (issue 11, point 4): no Typer,
no Rich, no `dataclasses` (it loads `inspect`), no `typing`, no `holidays` once its tables are
kept, and `add --with "Name <email>"` no email package. Measured in bench/commands.py; here
only which modules a run loads."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from followup.core.parse import parse_person

HEAVY = ("typer", "rich", "dataclasses", "typing", "holidays", "email.utils", "shutil")


def _loaded(db: Path, cache: Path, *runs: list[str]) -> list[str]:
    code = ("import sys\nfrom followup.cli import main\n"
            f"for args in {[list(r) for r in runs]!r}:\n"
            f"    try:\n        main(['--db', {str(db)!r}, '--now', '2026-11-23T18:00', *args])\n"
            "    except SystemExit as exc:\n        assert exc.code == 0, exc.code\n"
            f"print(sorted(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "COLUMNS": "100"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env=env)
    return [m for m in done.stderr.strip().strip("[]").replace("'", "").split(", ") if m]


def test_show_network_and_add_load_only_what_they_use(db_path: Path, tmp_path: Path) -> None:
    add = ["add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-20 10:00", "--tz",
           "America/New_York", "--with", "Jane Doe <jane@acme.example>"]
    cache = tmp_path / "cache"
    # The first `add` on a machine makes the database and the holiday tables (Typer's path
    # creates the file; `holidays` is loaded once to learn the tables).
    _loaded(db_path, cache, add)
    assert _loaded(db_path, cache, add) == []
    assert _loaded(db_path, cache, [*add, "--json"]) == []
    assert _loaded(db_path, cache, ["show", "1"], ["show", "2", "--all"]) == []
    assert _loaded(db_path, cache, ["network", "1"]) == []


@pytest.mark.parametrize("raw", [
    "Jane Doe <jane@acme.example>", "Chloé Levi-Ross <c.levi+jobs@mail.example.co.uk>",
    "Seán O'Neil <sean_o%x@a-b.example>", '"Doe, Jane" <jane@acme.example>',
    "Jane  Doe <jane@acme.example>", "jane@acme.example", "Jane Doe<jane@acme.example>",
    "Jane (Acme) <jane@acme.example>",
])
def test_the_plain_name_and_address_reads_as_the_email_package_reads_it(raw: str) -> None:
    from email.utils import parseaddr

    name, addr = parseaddr(raw)
    person = parse_person(raw)
    assert person.email == addr
    assert person.name == (name.strip().strip('"').strip() or addr.split("@")[0])


def test_today_json_loads_no_regex_engine(db_path: Path, tmp_path: Path) -> None:
    """The hottest read (issue 21: ≤ 3× `python -c pass`) loads neither `re` nor
    `contextlib`: the control-character checks compile their pattern only for unprintable
    text (core.validate), and nothing on its path needs a regex."""
    add = ["add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-20 10:00", "--tz",
           "America/New_York", "--with", "Jane Doe <jane@acme.example>"]
    cache = tmp_path / "cache"
    _loaded(db_path, cache, add)
    _loaded(db_path, cache, ["today", "--json"])  # what is next is kept for the moment
    code = ("import sys\nfrom followup.cli import main\n"
            "try:\n"
            f"    main(['--db', {str(db_path)!r}, '--now', '2026-11-23T18:00', 'today',"
            " '--json'])\n"
            "except SystemExit as exc:\n    assert exc.code == 0, exc.code\n"
            "print(sorted(m for m in ('re', 'contextlib', 'enum') if m in sys.modules),"
            " file=sys.stderr)\n")
    env = {**os.environ, "XDG_CACHE_HOME": str(cache), "FOLLOWUP_TZ": "America/New_York"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env=env)
    assert done.stderr.strip() == "[]"


def test_every_control_character_is_unprintable() -> None:
    """core.validate skips its regex for printable text: sound only while every character its
    patterns match is unprintable (all of Unicode checked against the compiled patterns)."""
    from followup.core import validate

    patterns = [validate._CONTROL._pattern(), validate._CONTROL_MULTI._pattern()]
    matched = [chr(c) for c in range(0x110000) if any(p.match(chr(c)) for p in patterns)]
    assert len(matched) > 60 and not any(ch.isprintable() for ch in matched)
    assert validate.has_control("a\u202eb") and not validate.has_control("Zoë Ünal")
    assert validate.safe("x\x1by") == "x\\x1by"
