"""Issue 22.6: `send` saves a copy in the Sent folder over IMAP (APPEND, to the real dovecot the
inbox tests start) as soon as the SMTP server has taken the message, so the advice a send
that did not finish gives ("look in your Sent folder") can be followed: killed just before
SMTP DATA, nothing is there and nothing went; sent, the copy is there."""

from __future__ import annotations

import imaplib
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from test_send_servers import Dovecot, Smtp, dovecot, no_mail_settings, smtp

Cli = Callable[..., Any]
NOW = "2026-11-23T18:00"
SRC = Path(__file__).resolve().parents[1] / "src"
__all__ = ["dovecot", "no_mail_settings", "smtp"]  # fixtures, used by name

# The real `followup send`, stopped right before SMTP DATA (its 'sending' record committed):
# it says so and waits for the kill.
SENDER = textwrap.dedent("""
    import sys
    from followup.mail import smtp

    real = smtp.deliver

    def deliver(srv, password, msg, sender, recipients, before_data):
        def stop():
            before_data()
            print("before data", flush=True)
            sys.stdin.readline()
        return real(srv, password, msg, sender, recipients, stop)

    smtp.deliver = deliver
    sys.argv = ["followup", *sys.argv[1:]]
    from followup.cli import main
    main()
""")


def _sent(server: Dovecot, folder: str = "Sent") -> list[tuple[str, str]]:
    """(Message-ID, flags) of every message in `folder` ([] when there is no such folder)."""
    conn = server.client()
    try:
        typ, _ = conn.select(folder, readonly=True)
        if typ != "OK":
            return []
        _, data = conn.fetch("1:*", "(FLAGS BODY.PEEK[HEADER.FIELDS (MESSAGE-ID)])")
        out = []
        for item in data:
            if isinstance(item, tuple):
                flags = item[0].decode()
                mid = item[1].decode().split(":", 1)[1].strip()
                out.append((mid, flags))
        return out
    except imaplib.IMAP4.error:
        return []
    finally:
        conn.logout()


@pytest.fixture
def acme(cli: Cli, monkeypatch: pytest.MonkeyPatch, dovecot: Dovecot) -> None:
    monkeypatch.setenv("FOLLOWUP_SENT_FOLDER", "Sent")
    assert cli("me", "--name", "Alex Candidate", "--email", "alex@example.com").code == 0
    res = cli("add", "Acme", "--role", "Data Analyst", "--interviewed", "2026-11-23 10:00",
              "--tz", "America/New_York", "--with", "Jane Doe <jane@acme.example>",
              "--noted", "the move to dbt")
    assert res.code == 0, res.stderr


def test_a_sent_email_is_copied_to_the_sent_folder(cli: Cli, smtp: Smtp, dovecot: Dovecot,
                                                   acme: None) -> None:
    res = cli("send", "1", "--yes", "--json")
    assert res.code == 0, res.stderr
    doc = res.json()
    assert doc["note"] is None and len(smtp.received) == 1
    copies = _sent(dovecot)
    assert [mid for mid, _ in copies] == [doc["message_id"]]
    assert "\\Seen" in copies[0][1]


def test_killed_just_before_data_the_sent_folder_tells_it_did_not_go(
        cli: Cli, smtp: Smtp, dovecot: Dovecot, acme: None, db_path: Path) -> None:
    child = subprocess.Popen([sys.executable, "-c", SENDER, "--db", str(db_path), "--now", NOW,
                              "send", "1", "--yes"], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(SRC)})
    assert child.stdout is not None
    while (line := child.stdout.readline()) != "before data\n":
        assert line, "the sender ended before DATA"
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL
    conn = sqlite3.connect(db_path)
    assert conn.execute("SELECT state FROM sent_messages").fetchall() == [("sending",)]
    conn.close()
    again = cli("send", "1", "--yes")
    assert again.code == 2 and "Look in your Sent folder" in again.stderr
    # The advice, followed: the copy is not there, so it did not go; send it.
    assert _sent(dovecot) == [] and smtp.received == []
    res = cli("send", "1", "--yes", "--resend", "--json")
    assert res.code == 0, res.stderr
    assert len(smtp.received) == 1
    assert [mid for mid, _ in _sent(dovecot)] == [res.json()["message_id"]]


def test_a_copy_that_cannot_be_saved_is_said_and_the_send_stands(
        cli: Cli, smtp: Smtp, dovecot: Dovecot, acme: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "wrong")
    res = cli("send", "1", "--yes")
    assert res.code == 0, res.stderr
    assert len(smtp.received) == 1 and "Marked it done" in res.stdout
    assert "no copy was saved in Sent" in res.stderr and "refused the login" in res.stderr
