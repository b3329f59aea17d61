"""`followup send`: a step's email goes out once, through a real SMTP server on loopback
(aiosmtpd), with the Message-ID recorded and the step marked done. A process killed between
the SMTP transaction and its record never causes a second send."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from test_send_servers import Smtp, make_certificate, no_mail_settings, smtp, smtp_server

Cli = Callable[..., Any]
NOW = "2026-11-23T18:00"
SRC = Path(__file__).resolve().parents[1] / "src"
__all__ = ["no_mail_settings", "smtp"]  # fixtures, used by name


def ok(res: Any) -> Any:
    assert res.code == 0, res.stderr
    return res.json() if res.stdout[:1] in ("[", "{") else res.stdout


def rows(db: Path, sql: str, args: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    conn = sqlite3.connect(db)
    try:
        return [tuple(r) for r in conn.execute(sql, args).fetchall()]
    finally:
        conn.close()


def status(cli: Cli, step_id: int, app_id: int = 1) -> str:
    doc = ok(cli("show", str(app_id), "--json"))
    return str(next(s["status"] for s in doc["steps"] if s["id"] == step_id))


@pytest.fixture
def acme(cli: Cli) -> dict[str, Any]:
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com", "--phone",
           "+1 212 555 0100", now=NOW))
    doc: dict[str, Any] = ok(cli(
        "add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00", "--tz",
        "America/New_York", "--with", "Jane Doe <jane@acme.example>", "--decision-by",
        "2026-11-25", "--noted", "the move to dbt", "--json", now=NOW))
    return doc


def test_send_shows_asks_sends_records_and_marks_done(cli: Cli, smtp: Smtp, acme: Any,
                                                      db_path: Path) -> None:
    no = cli("send", "1", input="n\n")
    assert no.code == 1 and "Send this email to jane@acme.example" in no.stdout
    assert "To: Jane Doe <jane@acme.example>" in no.stdout and "Subject:" in no.stdout
    assert smtp.received == [] and status(cli, 1) == "pending"
    assert rows(db_path, "SELECT * FROM sent_messages") == []

    res = cli("send", "1", input="y\n")
    assert res.code == 0, res.stderr
    assert len(smtp.received) == 1
    msg = smtp.received[0]
    assert msg["From"] == "Alex Candidate <alex@example.com>"
    assert msg["To"] == "Jane Doe <jane@acme.example>"
    assert "X-Unsent" not in msg and msg["Subject"]
    assert "Alex Candidate" in msg.get_content()
    assert smtp.envelopes == [("alex@example.com", ["jane@acme.example"])]
    recorded = rows(db_path, "SELECT step_id, message_id, state, recipient FROM sent_messages")
    assert recorded == [(1, msg["Message-ID"], "sent", "jane@acme.example")]
    assert msg["Message-ID"] in res.stdout and "Marked it done" in res.stdout
    assert status(cli, 1) == "done"


def test_a_sent_step_is_never_sent_again_without_resend(cli: Cli, smtp: Smtp,
                                                        acme: Any) -> None:
    first = cli("send", "1", "--yes", "--json")
    assert first.code == 0, first.stderr
    doc = first.json()
    assert doc["sent"] and doc["marked_done"] and doc["application"]["steps"][0]["status"] \
        == "done"
    again = cli("send", "1", "--yes")
    assert again.code == 2
    assert "step 1 was sent on" in again.stderr and "--resend" in again.stderr
    assert len(smtp.received) == 1
    resent = cli("send", "1", "--yes", "--resend")
    assert resent.code == 0, resent.stderr
    assert len(smtp.received) == 2
    assert smtp.received[0]["Message-ID"] != smtp.received[1]["Message-ID"]


def test_a_process_killed_after_the_smtp_transaction_never_sends_twice(
        cli: Cli, smtp: Smtp, acme: Any, db_path: Path) -> None:
    """The server takes the message, then the sender is killed (SIGKILL) before it can
    record 'sent': the next `send` refuses, because 'sending' was committed before DATA."""
    env = {**os.environ, "PYTHONPATH": str(SRC)}
    child = subprocess.Popen([sys.executable, "-m", "followup", "--db", str(db_path), "--now",
                              NOW, "send", "1", "--yes"], env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)

    def kill_the_sender() -> None:  # the whole message is in; 250 is not yet answered
        os.kill(child.pid, signal.SIGKILL)

    smtp.on_data = kill_the_sender
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10
    while not smtp.received and time.monotonic() < deadline:
        time.sleep(0.02)
    assert len(smtp.received) == 1
    assert rows(db_path, "SELECT state FROM sent_messages") == [("sending",)]
    assert status(cli, 1) == "pending"

    smtp.on_data = None
    again = cli("send", "1", "--yes")
    assert again.code == 2 and "may already have gone out" in again.stderr
    assert smtp.received[0]["Message-ID"] in again.stderr
    assert len(smtp.received) == 1, "no second send after the crash"
    resent = cli("send", "1", "--yes", "--resend")
    assert resent.code == 0, resent.stderr
    assert len(smtp.received) == 2 and status(cli, 1) == "done"


def test_a_draft_that_fails_the_tone_check_is_refused_unless_forced(
        cli: Cli, smtp: Smtp, acme: Any, db_path: Path) -> None:
    follow_up = next(s for s in acme["steps"] if s["kind"] == "follow_up")["id"]
    pushy = ("--update", "I need an answer ASAP")
    res = cli("send", str(follow_up), "--yes", *pushy, now="2026-11-30T09:00")
    assert res.code == 2 and "fails the tone check" in res.stderr and "--force" in res.stderr
    assert smtp.received == [] and rows(db_path, "SELECT * FROM sent_messages") == []
    forced = cli("send", str(follow_up), "--yes", "--force", *pushy, now="2026-11-30T09:00")
    assert forced.code == 0, forced.stderr
    assert "ASAP" in smtp.received[0].get_content()


def test_letters_and_calls_are_marked_done_never_sent(cli: Cli, smtp: Smtp) -> None:
    ok(cli("me", "--name", "Alex Candidate", "--email", "alex@example.com", "--phone",
           "+1 212 555 0100", now=NOW))
    doc = ok(cli("add", "Globex", "--role", "PM", "--interviewed", "2026-11-23 10:00",
                 "--with", "Maria Ruiz <maria@globex.example>", "--thank-you-by", "phone",
                 "--json", now=NOW))
    call = next(s for s in doc["steps"] if s["kind"] == "thank_you")
    assert call["channel"] == "phone"
    res = cli("send", str(call["id"]), "--yes")
    assert res.code == 0, res.stderr
    assert "is a call: followup does not post letters or place calls" in res.stderr
    assert "Marked step" in res.stderr and smtp.received == []
    assert status(cli, call["id"], doc["id"]) == "done"
    close = next(s for s in doc["steps"] if s["kind"] == "close")
    refused = cli("send", str(close["id"]), "--yes")
    assert refused.code == 2 and "the day to move on, not a message" in refused.stderr


def test_refusals_by_the_server(cli: Cli, smtp: Smtp, acme: Any, db_path: Path) -> None:
    smtp.refuse_rcpt = True
    res = cli("send", "1", "--yes")
    assert res.code == 1 and "refused the recipient jane@acme.example" in res.stderr
    assert "nothing was sent" in res.stderr
    assert rows(db_path, "SELECT * FROM sent_messages") == []  # no claim before RCPT is OK
    smtp.refuse_rcpt, smtp.refuse_data = False, True
    res = cli("send", "1", "--yes")
    assert res.code == 1 and "refused the message: 554" in res.stderr
    assert rows(db_path, "SELECT state FROM sent_messages") == [("failed",)]
    assert status(cli, 1) == "pending"
    smtp.refuse_data = False
    assert cli("send", "1", "--yes").code == 0  # a refused message may be tried again
    assert len(smtp.received) == 1 and status(cli, 1) == "done"


def test_starttls_with_a_login(cli: Cli, acme: Any, tmp_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    import ssl

    cert, key = make_certificate(tmp_path)
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    with smtp_server(tls_context=context, require_starttls=True, auth=True,
                     auth_required=True) as server:
        for name, value in server.env("starttls").items():
            monkeypatch.setenv(name, value)
        monkeypatch.setenv("SSL_CERT_FILE", str(cert))
        monkeypatch.setenv("FOLLOWUP_SMTP_USER", "alex")
        monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD", "wrong")
        bad = cli("send", "1", "--yes")
        assert bad.code == 1 and "refused the login for alex" in bad.stderr
        monkeypatch.setenv("FOLLOWUP_SMTP_PASSWORD", "app-password")
        good = cli("send", "1", "--yes")
        assert good.code == 0, good.stderr
        assert server.logins == ["alex"] and len(server.received) == 1


def test_settings_are_checked_before_anything_is_sent(cli: Cli, acme: Any,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    res = cli("send", "1", "--yes")
    assert res.code == 2 and "set smtp_host in config.toml" in res.stderr
    monkeypatch.setenv("FOLLOWUP_SMTP_HOST", "smtp.example.com")
    monkeypatch.setenv("FOLLOWUP_SMTP_SECURITY", "none")
    res = cli("send", "1", "--yes")
    assert res.code == 2 and "only to a server on this machine" in res.stderr
    monkeypatch.setenv("FOLLOWUP_SMTP_SECURITY", "starttls")
    monkeypatch.setenv("FOLLOWUP_SMTP_USER", "alex@example.com")
    monkeypatch.delenv("FOLLOWUP_SMTP_PASSWORD", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    res = cli("send", "1", "--yes")
    assert res.code == 2 and "no smtp password" in res.stderr
    assert "keyring set followup smtp:alex@example.com@smtp.example.com" in res.stderr
    assert cli("send", "1", "--json").code == 2  # --json with no one to ask needs --yes
    assert status(cli, 1) == "pending"
