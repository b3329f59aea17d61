"""Snapshots of rendered drafts: every template in plain text, and each step kind in every
form (plain, JSON, .eml, mailto:), with the clock fixed by --now.

Regenerate after a deliberate change of wording:
    FOLLOWUP_UPDATE_SNAPSHOTS=1 pytest tests/test_messages_snapshots.py
then read the diff of tests/snapshots/messages/ before committing it.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

SNAPSHOTS = Path(__file__).parent / "snapshots" / "messages"
NOW = "2026-11-23T18:00"  # the interviews are on Monday 2026-11-23
PROFILE = ("me", "--name", "Ana Lima", "--email", "ana.lima@example.com", "--phone",
           "212 555 0147", "--region", "US", "--address", "12 Orchard Lane\\nBrooklyn, NY 11201",
           "--linkedin", "ana-lima")
TO_ADDRESS = "Globex Corporation\\n400 Market Street\\nSan Francisco, CA 94105"

# name: (company, extra `add` options)
APPLICATIONS: dict[str, tuple[str, tuple[str, ...]]] = {
    "weekly": ("Acme", ("--with", "Jane Doe <jane@acme.example>", "--with", "Raj Patel",
                        "--coordinator", "Sam Rivera <sam@acme.example>",
                        "--needs", "the link to my portfolio",
                        "--timeline", "They will invite finalists to meet the director.",
                        "--noted", "Jane: the dbt migration",
                        "--noted", "Raj: how the team shares its on-call week")),
    "agreed": ("Globex", ("--with", "Maria Garcia <m.garcia@globex.example>",
                          "--thank-you-by", "letter", "--follow-up-on", "2026-12-01",
                          "--noted", "Maria: the new pricing dashboard")),
    "call_in": ("Initech", ("--with", "Bill Lumbergh <bill@initech.example>", "--call-in", "4",
                            "--thank-you-by", "phone")),
    "decision": ("Umbrella", ("--with", "Alice Wong <alice@umbrella.example>",
                              "--decision-by", "2026-12-04",
                              "--noted", "Alice: the churn model")),
    "calls": ("Stark", ("--with", "Pepper Potts <pepper@stark.example>", "--playbook", "call",
                        "--decision-by", "2026-12-04", "--noted", "Pepper: the energy pilot")),
    "no_fit": ("Wayne", ("--with", "Lucius Fox <lfox@wayne.example>", "--fit", "no",
                            "--noted", "Lucius: the applied sciences lab")),
    "two_weeks": ("Hooli", ("--with", "Gavin Belson <gavin@hooli.example>",
                            "--playbook", "two-weeks",
                            "--noted", "Gavin: the compression benchmark")),
    "soon": ("Pied Piper", ("--with", "Monica Hall <monica@piedpiper.example>",
                            "--decision-by", "2026-11-24",
                            "--noted", "Monica: the launch plan")),
    "team": ("Vandelay", ("--coordinator", "Art Vandelay <art@vandelay.example>",
                          "--noted", "the tour of the warehouse")),
    # Interviewed four days before NOW; Tom's thank-you was missed and no later touch
    # reaches him: one late note (T7).
    "late": ("Soylent", ("--with", "Jane Doe <jane@soylent.example>",
                         "--with", "Tom Ó Briain <tom@soylent.example>",
                         "--noted", "Tom: the supply forecasts")),
}
LATE_INTERVIEW = "2026-11-19 10:00"

# case: (application, kind, rule, nth step of that kind and rule, extra `draft` options)
CASES: dict[str, tuple[str, str, str, int, tuple[str, ...]]] = {
    "thank_you_email": ("weekly", "thank_you", "T2", 0, ()),
    "thank_you_relay": ("weekly", "thank_you", "T6", 0, ()),
    "thank_you_relay_team": ("team", "thank_you", "T6", 0, ()),
    "thank_you_letter": ("agreed", "thank_you", "T3", 0, ("--to-address", TO_ADDRESS)),
    "thank_you_call": ("call_in", "thank_you", "T4", 0, ()),
    "thank_you_soon": ("soon", "thank_you", "F11", 0, ()),
    "follow_up_week1": ("weekly", "follow_up", "F2", 0, ("--update", "I have since finished "
                                                         "my AWS certification")),
    "touch_base_week2": ("weekly", "follow_up", "F3", 0, ()),
    "call_week3": ("weekly", "call", "F4", 0, ()),
    "agreed_follow_up": ("agreed", "follow_up", "F6", 0, ()),
    "retry_email": ("agreed", "follow_up", "F7", 0, ()),
    "call_agreed": ("call_in", "call", "F6", 0, ()),
    "call_retry": ("call_in", "call", "F9", 0, ()),
    "status_check": ("decision", "follow_up", "F5", 0, ("--update", "I have a second "
                                                         "interview elsewhere next week, but "
                                                         "this role is my first choice.")),
    "call_status": ("calls", "call", "F5", 0, ()),
    "two_weeks_try1": ("two_weeks", "follow_up", "F8", 0, ()),
    "two_weeks_try2": ("two_weeks", "follow_up", "F8", 1, ()),
    "move_on_f10": ("weekly", "close", "F10", 0, ()),
    "move_on_c7": ("no_fit", "close", "C7", 0, ()),
    "move_on_f8": ("two_weeks", "close", "F8", 0, ()),
    "withdrawal": ("weekly", "close", "F10", 0, ("--as", "withdrawal", "--update",
                                                 "I have accepted another offer.")),
    "rejection_reply": ("decision", "close", "F10", 0, ("--as", "rejection-reply")),
    "network_note": ("weekly", "network", "A2", 0, ()),
    "network_as": ("decision", "follow_up", "F5", 0, ("--as", "network", "--to",
                                                      "Priya Shah <priya@example.org>")),
    "late_thanks": ("late", "thank_you", "T7", 0, ()),
}
# Each step kind in every form.
ALL_FORMS = ("thank_you_email", "thank_you_letter", "follow_up_week1", "call_week3",
             "network_note", "move_on_f10", "rejection_reply")


def build_search(cli: Callable[..., Any]) -> dict[str, int]:
    """A job search with one application per playbook situation; application ids by name."""
    assert cli(*PROFILE).code == 0
    ids = {}
    for name, (company, extra) in APPLICATIONS.items():
        res = cli("add", company, "--role", f"{company} Analyst" if name == "team" else
                  "Data Analyst", "--interviewed",
                  LATE_INTERVIEW if name == "late" else "2026-11-23 10:00", "--tz",
                  "America/New_York", *extra, "--json")
        assert res.code == 0, res.stderr
        ids[name] = res.json()["id"]
    bill = cli("show", str(ids["call_in"]), "--json").json()["interviews"][0]["interviewers"][0]
    assert cli("interviewer", str(bill["id"]), "--phone", "+1 212 555 0100").code == 0
    return ids


def add_network_step(db_path: Path, app_id: int) -> None:
    """The planner makes no A2 step yet: store one as a front end would."""
    import sqlite3

    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            "INSERT INTO steps (application_id, key, kind, channel, recipients, due, latest,"
            " status, rule, why, touch, updated_at) VALUES (?, 'network:priya', 'network',"
            " 'email', '[\"Priya Shah\"]', '2026-11-30', '2026-11-30', 'pending', 'A2',"
            " 'Ask a friend at the company (A2).', 0, '2026-11-23T18:00')", (app_id,))
    conn.close()


def find_step(cli: Callable[..., Any], app_id: int, kind: str, rule: str, nth: int = 0) -> int:
    steps = [s for s in cli("show", str(app_id), "--all", "--json").json()["steps"]
             if s["kind"] == kind and s["rule"] == rule]
    assert len(steps) > nth, f"no {kind}/{rule} step #{nth} in application {app_id}"
    return int(steps[nth]["id"])


def check_snapshot(name: str, data: str | bytes) -> None:
    path = SNAPSHOTS / name
    raw = data.encode() if isinstance(data, str) else data
    if os.environ.get("FOLLOWUP_UPDATE_SNAPSHOTS"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(raw)
        return
    assert path.is_file(), f"no snapshot {path}: run with FOLLOWUP_UPDATE_SNAPSHOTS=1"
    assert raw == path.read_bytes(), f"{name} changed; if on purpose, regenerate (see top)"


def build_once(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    """The search, built once per module into its own file (the autouse isolation fixtures
    are per test, so the same isolation is set here)."""
    from typer.testing import CliRunner

    from followup.cli.app import app

    home = tmp_path_factory.mktemp("search")
    db = home / "search.db"
    runner = CliRunner()

    def run(*args: str, now: str | None = NOW) -> Any:
        res = runner.invoke(app, ["--db", str(db), "--now", now or NOW, *args])

        class Out:
            code, stdout, stderr = res.exit_code, res.stdout, res.stderr

            @staticmethod
            def json() -> Any:
                return json.loads(res.stdout)

        return Out()

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("FOLLOWUP_CONFIG_DIR", str(home / "config"))
        mp.setenv("FOLLOWUP_TZ", "America/New_York")
        for var in ("FOLLOWUP_DB", "FOLLOWUP_NOW", "FOLLOWUP_HOLIDAYS", "FOLLOWUP_PLAYBOOK"):
            mp.delenv(var, raising=False)
        ids = build_search(run)
    add_network_step(db, ids["weekly"])
    return db, ids


def copy_search(built: tuple[Path, dict[str, int]], db_path: Path) -> dict[str, int]:
    """A private copy of the built search for one test."""
    shutil.copyfile(built[0], db_path)
    return built[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    return build_once(tmp_path_factory)


@pytest.fixture
def search(built: tuple[Path, dict[str, int]], db_path: Path) -> dict[str, int]:
    return copy_search(built, db_path)


def _draft(cli: Callable[..., Any], search: dict[str, int], case: str, *form: str) -> Any:
    app, kind, rule, nth, extra = CASES[case]
    step = find_step(cli, search[app], kind, rule, nth)
    res = cli("draft", str(step), *extra, *form, now=NOW)
    assert res.code == 0, res.stderr
    return res


@pytest.mark.parametrize("case", sorted(CASES))
def test_plain_snapshot(cli: Callable[..., Any], search: dict[str, int], case: str) -> None:
    res = _draft(cli, search, case)
    check_snapshot(f"{case}.txt", res.stdout)
    assert "warning:" not in res.stderr  # every shipped phrasing passes its own tone check


@pytest.mark.parametrize("case", ALL_FORMS)
def test_json_snapshot(cli: Callable[..., Any], search: dict[str, int], case: str) -> None:
    doc = _draft(cli, search, case, "--json").json()
    assert set(doc) >= {"subject", "body", "to", "channel", "warnings"}
    assert not [w for w in doc["warnings"] if w["phrase"]]
    check_snapshot(f"{case}.json", json.dumps(doc, indent=2, ensure_ascii=False) + "\n")


@pytest.mark.parametrize("case", ALL_FORMS)
def test_eml_snapshot(cli: Callable[..., Any], search: dict[str, int], case: str,
                      tmp_path: Path) -> None:
    out = tmp_path / "draft.eml"
    _draft(cli, search, case, "--eml", str(out))
    check_snapshot(f"{case}.eml", out.read_bytes())


@pytest.mark.parametrize("case", ALL_FORMS)
def test_mailto_snapshot(cli: Callable[..., Any], search: dict[str, int], case: str) -> None:
    res = _draft(cli, search, case, "--mailto")
    assert res.stdout.startswith("mailto:") and res.stdout.count("\n") == 1
    check_snapshot(f"{case}.url", res.stdout)
