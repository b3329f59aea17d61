"""Issue 22.5: what is stored, and where it comes from, passes the checks the command line
makes. Settings from config.toml, from the environment and from `settings set`; JSON imports;
zones without rules; ids past SQLite's integers; a database of another program; a template
or a note with escapes; a broken dashboard password. Each row: exit 2, one clean line,
nothing changed."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import invoke
from tests.test_hostile_inputs import RAW
from tests.test_hostile_parsers import base, db, refused

NOW = "2026-11-23T18:00"
__all__ = ["base", "db"]  # fixtures, used by name

# Values no setting takes; each with the settings it is tried on.
BAD_SETTINGS = [
    ("smtp_port", "99999"), ("smtp_port", "0"), ("smtp_port", "-1"), ("smtp_port", "abc"),
    ("smtp_port", "5 87"), ("imap_port", "65536"), ("imap_port", "１４３"),
    ("smtp_security", "tls"), ("imap_security", "plain"), ("calendar_alarm", "25:00"),
    ("calendar_alarm", "9am"), ("remind_to", "not an address"),
    ("remind_to", "me@x.example\r\nBcc: a@b.example"), ("smtp_host", "smtp example.org"),
    ("imap_host", "user@imap.example.org"), ("tz", "EST"), ("tz", "PST"), ("tz", "CST"),
    ("tz", "Mars/Olympus"), ("tz", "../../etc/passwd"), ("holidays", "../../etc"),
    ("holidays", "XX"), ("playbook", "nonsense"), ("min_active", "-1"),
    ("min_active", "many"), ("imap_folder", "IN\x1bBOX"), ("smtp_user", "sam\u202e"),
    ("imap_folder", "x" * 501),
]
_IDS = [f"{name}={value[:12]!r}" for name, value in BAD_SETTINGS]


def _toml(value: str) -> str:
    return json.dumps(value, ensure_ascii=True)  # a TOML basic string, escapes and all


@pytest.mark.parametrize(("name", "value"), BAD_SETTINGS, ids=_IDS)
def test_settings_set_refuses_what_the_option_refuses(name: str, value: str, db: Path) -> None:
    config = Path(os.environ["FOLLOWUP_CONFIG_DIR"]) / "config.toml"
    refused(db, "settings", "set", name, *(["--"] if value.startswith("-") else []), value)
    assert not config.exists()


@pytest.mark.parametrize(("name", "value"), BAD_SETTINGS, ids=_IDS)
def test_a_bad_value_in_config_toml_is_one_line(name: str, value: str, db: Path) -> None:
    folder = Path(os.environ["FOLLOWUP_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_text(f"{name} = {_toml(value)}\n", encoding="utf-8")
    line = refused(db, "settings")
    assert "config.toml" in line


@pytest.mark.parametrize(("name", "value"), [b for b in BAD_SETTINGS if "\x1b" not in b[1]],
                         ids=[i for i, b in zip(_IDS, BAD_SETTINGS, strict=True)
                              if "\x1b" not in b[1]])
def test_a_bad_value_in_the_environment_is_one_line(name: str, value: str, db: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(f"FOLLOWUP_{name.upper()}", value)
    line = refused(db, "settings")
    assert f"FOLLOWUP_{name.upper()}" in line


CONFIG_FILES = {
    "port as a number": "smtp_port = 99999\n",
    "a table": "[smtp_port]\nx = 1\n",
    "an array": "smtp_port = [1, 2]\n",
    "a boolean": "min_active = true\n",
    "unknown key": "colour = \"red\"\n",
    "not TOML": "smtp_port = = 3\n",
    "not UTF-8": "tz = \"\xff\"\n",
    "raw escape": "tz = \"UTC\x1b[2J\"\n",
    "deep nesting": "x = " + "[" * 5000 + "]" * 5000 + "\n",
    "two megabytes": "# " + "x" * 2_000_000 + "\n",
}


@pytest.mark.parametrize("name", list(CONFIG_FILES))
def test_a_broken_config_file_is_one_line(name: str, db: Path) -> None:
    folder = Path(os.environ["FOLLOWUP_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.toml").write_bytes(CONFIG_FILES[name].encode("latin-1"))
    refused(db, "list")


def test_settings_shows_what_it_prints_escaped(tmp_path: Path) -> None:
    """Nothing raw from the config reaches the terminal (every value is checked first), and
    a path with an escape in its name is shown escaped."""
    odd = tmp_path / "data\x1b[2J" / "followup.db"
    res = invoke(["--db", str(odd), "--now", NOW, "settings"])
    assert res.code == 0 and "\\x1b[2J" in res.stdout and not RAW.search(res.stdout)


# -- zones without rules --------------------------------------------------------------------

ABBREVIATIONS = ["EST", "PST", "CST", "MST", "HST", "EST5EDT", "PST8PDT", "CET", "est",
                 "BST", "IST"]
ADD = ["add", "Beta", "--role", "Analyst", "--interviewed", "2026-11-23 10:00"]


@pytest.mark.parametrize("where", ["add", "interview", "fast add"])
@pytest.mark.parametrize("name", ABBREVIATIONS)
def test_a_zone_without_rules_names_the_zone_to_use(name: str, where: str, db: Path) -> None:
    args = {"add": [*ADD, "--with", "Bo <bo@beta.example>", "--tz", name],
            "fast add": [*ADD, "--tz", name],
            "interview": ["interview", "1", "--at", "2026-11-25 15:00", "--tz", name]}[where]
    line = refused(db, *args)
    assert "/" in line and "abbreviation" in line, line


def test_an_invitation_in_est_is_new_york_and_says_so(db: Path, tmp_path: Path) -> None:
    from tests.test_hostile_parsers import ics

    path = tmp_path / "est.ics"
    path.write_bytes(ics(start="DTSTART;TZID=EST:20261124T100000"))
    res = invoke(["--db", str(db), "--now", NOW, "add", "--from", str(path), "--json"])
    assert res.code == 0, res.stderr
    assert "America/New_York" in res.stdout and "Bogota" not in res.stdout


# -- ids from outside -----------------------------------------------------------------------

HUGE = ["99999999999999999999999", str(2**63), str(2**64)]
ID_COMMANDS = {
    "show": ["show", "{}"], "show --json": ["show", "{}", "--json"], "done": ["done", "{}"],
    "skip": ["skip", "{}"], "snooze": ["snooze", "{}", "--until", "2026-12-01"],
    "delete": ["delete", "{}", "--yes"], "edit": ["edit", "{}", "--role", "X"],
    "journal": ["journal", "{}", "--show"], "network": ["network", "{}"],
    "draft": ["draft", "{}"], "log": ["log", "{}", "reply"],
    "interview": ["interview", "{}", "--at", "2026-11-25 15:00"],
    "contacts show": ["contacts", "show", "{}"], "inbox --confirm": ["inbox", "--confirm", "{}"],
}


@pytest.mark.parametrize("number", HUGE)
@pytest.mark.parametrize("command", list(ID_COMMANDS))
def test_an_id_past_sqlites_integers_is_one_line(command: str, number: str, db: Path) -> None:
    refused(db, *[a.format(number) for a in ID_COMMANDS[command]])


# -- another program's database -------------------------------------------------------------

FOREIGN = {
    "browser history": ["CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)",
                        "INSERT INTO moz_places (url) VALUES ('https://example.org')"],
    "a table named steps": ["CREATE TABLE steps (x)", "PRAGMA user_version = 5"],
    "at our version": ["CREATE TABLE notes (body TEXT)", "PRAGMA user_version = 22"],
}


@pytest.mark.parametrize("args", [["list"], ["today", "--json"], ["show", "1"], ADD,
                                  ["stats"]], ids=["list", "today", "show", "add", "stats"])
@pytest.mark.parametrize("kind", list(FOREIGN))
def test_another_programs_database_is_refused_untouched(kind: str, args: list[str],
                                                        tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    for statement in FOREIGN[kind]:
        conn.execute(statement)
    conn.commit()
    conn.close()
    before = path.read_bytes()
    res = invoke(["--db", str(path), "--now", NOW, *args])
    assert res.code != 0 and len(res.stderr.strip().splitlines()) == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert path.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == [
        "other.sqlite"]


# -- escapes in notes and templates ---------------------------------------------------------

ESCAPES = {"csi": "\x1b[31mred", "osc title": "\x1b]0;owned\x07", "bell": "ding\x07",
           "rlo": "abc\u202eevil", "c1": "x\x9b31m"}


@pytest.mark.parametrize("name", list(ESCAPES))
def test_a_journal_note_with_escapes_is_refused(name: str, db: Path) -> None:
    refused(db, "journal", "1", "--note", f"went well {ESCAPES[name]}")


@pytest.mark.parametrize("name", list(ESCAPES))
def test_a_template_with_escapes_makes_no_draft(name: str, db: Path) -> None:
    folder = Path(os.environ["FOLLOWUP_CONFIG_DIR"]) / "templates"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "thank_you_email.j2").write_text(f"Subject: Thanks\n\nDear {{{{ to_name }}}},\n"
                                               f"{ESCAPES[name]}\n", encoding="utf-8")
    refused(db, "draft", "1")


def test_an_old_note_with_escapes_is_shown_escaped(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("INSERT INTO journal (application_id, written_on, note, created_at) VALUES "
                 "(1, '2026-11-23', ?, '2026-11-23T18:00:00+00:00')",
                 ("went \x1b[31mred\x1b[0m and \u202eevil",))
    conn.commit()
    conn.close()
    for args in (["journal", "1", "--show"], ["show", "1"]):
        res = invoke(["--db", str(db), "--now", NOW, *args])
        assert res.code == 0 and "\\x1b[31m" in res.stdout, res.stdout
        assert not RAW.search(res.stdout), args


# -- JSON imports (the column checks are rows of test_hostile_inputs.IMPORTS) -----------

def _emptied(base: Path, tmp_path: Path) -> Path:
    """A followup database with no application in it, to import into."""
    target = tmp_path / "target.db"
    shutil.copy(base, target)
    conn = sqlite3.connect(target)
    conn.execute("DELETE FROM applications")
    conn.execute("DELETE FROM contacts")
    conn.execute("DELETE FROM profile")
    conn.commit()
    conn.close()
    return target


CSV_ROWS = {
    "company esc": {"company": "Acme\x1b[2J"}, "role rlo": {"role": "Dev\u202e"},
    "notes esc": {"notes": "x\x1b]0;t\x07"}, "tz EST": {"tz": "EST"},
    "tz path": {"tz": "../../etc/passwd"}, "playbook unknown": {"playbook": "nonsense"},
    "holidays path": {"holidays": "../../etc"},
    "with esc": {"with": "Jane\x1b[2J <jane@acme.example>"}, "status unknown":
    {"status": "hired"}, "interviewed year 0": {"interviewed": "0000-01-01 10:00"},
    "decision_by 30 feb": {"decision_by": "2026-02-30"},
    "coordinator crlf": {"coordinator": "Sam <sam@x.example>\r\nBcc: a@b.example"},
}


@pytest.mark.parametrize("name", list(CSV_ROWS))
def test_import_csv_checks_what_the_cli_checks(name: str, db: Path, tmp_path: Path) -> None:
    import csv

    row = {"company": "Initech", "role": "Analyst", "interviewed": "2026-11-20 10:00",
           **CSV_ROWS[name]}
    path = tmp_path / "rows.csv"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(row))
        writer.writeheader()
        writer.writerow(row)
    refused(db, "import", "csv", str(path))


@pytest.mark.parametrize("state", ["sending", "sent"])
def test_a_forged_sent_message_cannot_block_sending(state: str, base: Path,
                                                    tmp_path: Path) -> None:
    document = json.loads(invoke(["--db", str(base), "--now", NOW, "export", "json"]).stdout)
    document["tables"]["sent_messages"] = [{
        "id": 1, "step_id": 1, "message_id": "<forged@evil.example>", "sender":
        "sam@example.org", "recipient": "jane@acme.example", "subject": "Thanks",
        "state": state, "error": None, "started_at": "2026-11-23T18:00:00+00:00",
        "finished_at": None}]
    file = tmp_path / "export.json"
    file.write_text(json.dumps(document), encoding="utf-8")
    line = refused(_emptied(base, tmp_path), "import", "json", str(file))
    assert "still to do" in line


# -- the dashboard's password hash ----------------------------------------------------------

HASHES = ["garbage", "", "$argon2id$v=19$m=65536", 12345, "$2b$12$abcdefghijklmnopqrstuv"]


@pytest.mark.parametrize("stored", HASHES, ids=[repr(h)[:20] for h in HASHES])
def test_a_broken_password_hash_is_reported_at_start(stored: object, db: Path) -> None:
    folder = Path(os.environ["FOLLOWUP_CONFIG_DIR"])
    folder.mkdir(parents=True, exist_ok=True)
    from followup.web.config import secrets_path

    path = secrets_path(folder)
    path.write_text(json.dumps({"session_key": "k" * 43, "feed_token": "t" * 43,
                                "password_hash": stored}), encoding="utf-8")
    line = refused(db, "web", "--certfile", "missing.pem")  # never gets as far as serving
    assert "password" in line and "--set-password" in line
