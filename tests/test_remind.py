"""`followup remind`: one digest a day of what is due and overdue, through a real SMTP server
on loopback (aiosmtpd), at most once per day and recipient however often it runs."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from test_send_servers import Smtp, no_mail_settings, smtp

Cli = Callable[..., Any]
SRC = Path(__file__).resolve().parents[1] / "src"
__all__ = ["no_mail_settings", "smtp"]  # fixtures, used by name


def ok(res: Any) -> Any:
    assert res.code == 0, res.stderr
    return res.json() if res.stdout[:1] in ("[", "{") else res.stdout


@pytest.fixture
def two(cli: Cli) -> list[dict[str, Any]]:
    """Acme (interviewed Monday 10:00) and Globex (Tuesday 06:30), thank-yous not yet sent:
    at 07:00 on Tuesday both are open (a thank-you is listed from the interview on, for 24
    hours, T2)."""
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com",
           now="2026-11-23T08:00"))
    return [ok(cli("add", company, "--role", "Analyst", "--interviewed", when, "--with",
                   person, "--tz", "America/New_York", "--json", now=f"{when[:10]}T18:00"))
            for company, when, person in (
                ("Acme", "2026-11-23 10:00", "Jane Doe <jane@acme.example>"),
                ("Globex", "2026-11-24 06:30", "Maria Ruiz <maria@globex.example>"))]


def test_dry_run_prints_the_digest_and_records_nothing(cli: Cli, smtp: Smtp, two: Any,
                                                       db_path: Path) -> None:
    res = cli("remind", "--dry-run", now="2026-11-24T07:00")
    assert res.code == 0, res.stderr
    out = res.stdout
    assert out.startswith("To: alex@example.com\nSubject: followup: 2 steps for Tue 24 Nov "
                          "(1 overdue)\n")
    overdue, today = out.split("OVERDUE", 1)[1].split("DUE TODAY", 1)
    assert "#1  Acme — thank-you email → Jane Doe" in overdue
    assert "due Mon 23 Nov; it can still go out until Tue 24 Nov" in overdue
    assert "Globex — thank-you email → Maria Ruiz" in today
    assert out.count("      Subject: ") == 2  # each draft's subject
    assert "followup send 1" in out
    assert "dry run" in res.stderr and smtp.received == []
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT count(*) FROM digests").fetchone()[0] == 0
    conn.close()


def test_one_digest_a_day_however_often_it_runs(cli: Cli, smtp: Smtp, two: Any) -> None:
    first = cli("remind", "--json", now="2026-11-24T07:00")
    assert first.code == 0 and first.json()["sent"] is True, first.stderr
    for hour in ("09", "13", "23"):
        again = cli("remind", now=f"2026-11-24T{hour}:00")
        assert again.code == 0 and "already went to alex@example.com" in again.stdout
    assert len(smtp.received) == 1
    msg = smtp.received[0]
    assert msg["To"] == "alex@example.com" and msg["Auto-Submitted"] == "auto-generated"
    assert msg["Message-ID"] == first.json()["message_id"]
    assert "Acme" in msg.get_content() and "Globex" in msg.get_content()
    # a new day, a new digest (Globex's thank-you is open until 06:30)
    assert cli("remind", now="2026-11-25T06:00").code == 0
    assert len(smtp.received) == 2
    other = cli("remind", "--to", "me@elsewhere.example", now="2026-11-25T06:10")
    assert other.code == 0 and len(smtp.received) == 3  # once per day *per recipient*
    assert smtp.envelopes[-1][1] == ["me@elsewhere.example"]


def test_two_runs_at_once_send_one_digest(smtp: Smtp, two: Any, db_path: Path) -> None:
    smtp.slow_rcpt = 0.5  # both are connected before either reaches DATA
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    runs = [subprocess.Popen([sys.executable, "-m", "followup", "--db", str(db_path), "--now",
                              "2026-11-24T07:00", "remind"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [r.communicate(timeout=60) for r in runs]
    assert [r.returncode for r in runs] == [0, 0], outputs
    assert len(smtp.received) == 1
    said = " ".join(out for out, _err in outputs)
    # The other run either lost the claim while both were connected, or started after the
    # first had finished (a busy machine): either way it says so and sends nothing.
    assert "Sent today's digest" in said
    assert ("already gone to alex@example.com" in said
            or "already went to alex@example.com" in said)


def test_nothing_due_sends_nothing_and_a_refusal_is_retried(cli: Cli, smtp: Smtp, two: Any,
                                                            db_path: Path) -> None:
    for app in two:
        thanks = next(s["id"] for s in app["steps"] if s["kind"] == "thank_you")
        ok(cli("done", str(thanks), "--json", now="2026-11-24T18:00"))
    res = cli("remind", now="2026-11-25T07:00")
    assert res.code == 0 and "Nothing due today or overdue" in res.stdout
    smtp.refuse_data = True
    res = cli("remind", now="2026-12-01T07:00")
    assert res.code == 1 and "refused the message" in res.stderr
    assert "the next run tries again" in res.stderr
    smtp.refuse_data = False
    assert cli("remind", now="2026-12-01T08:00").code == 0
    assert len(smtp.received) == 1
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT day, state FROM digests").fetchall() == [("2026-12-01", "sent")]
    conn.close()


def test_the_recipient_comes_from_the_settings(cli: Cli, smtp: Smtp,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    ok(cli("add", "Acme", "--role", "Analyst", "--interviewed", "2026-11-23 10:00", "--json"))
    res = cli("remind")
    assert res.code == 2 and "where should the digest go?" in res.stderr
    monkeypatch.setenv("FOLLOWUP_REMIND_TO", "Alex <alex@example.com>")
    res = cli("remind", "--dry-run")
    assert res.code == 0 and res.stdout.startswith("To: alex@example.com\n")
    assert "(no draft yet: the thank-you email needs your name" in res.stdout
