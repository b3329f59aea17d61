"""Issue 22.6: `send` saves a copy in the Sent folder over IMAP (APPEND, to the real dovecot the
inbox tests start) once the SMTP server (aiosmtpd) has taken the message: killed just before
SMTP DATA, nothing is there and nothing went; sent, the copy is there; killed after the server
took it but before the copy, the send is recorded with the copy it owes, and the next run
saves that copy once and never sends the message again."""

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


def kill_at(script: str, said: str, args: list[str], **env: str) -> None:
    """Run `script` (a followup stopped at some point) with `args`; once it prints `said`,
    SIGKILL it. Synchronised on that line, never on time."""
    child = subprocess.Popen([sys.executable, "-c", script, *args], stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True,
                             env={**os.environ, "PYTHONPATH": str(SRC), **env})
    assert child.stdout is not None
    while (line := child.stdout.readline()) != said + "\n":
        assert line, f"it ended before {said!r}"
    os.kill(child.pid, signal.SIGKILL)
    child.communicate()
    assert child.returncode == -signal.SIGKILL


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
    kill_at(SENDER, "before data", ["--db", str(db_path), "--now", NOW, "send", "1", "--yes"])
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


# The real `followup send`, stopped once the SMTP server has taken the message and the send
# is recorded: before the copy is saved in Sent ("before-copy"), or right after the IMAP
# APPEND, before that is recorded ("after-append"). It says so and waits for the kill.
STOPPED = textwrap.dedent("""
    import os, sys
    from followup.mail import imap, send

    def stop(real):
        def wrapped(*args, **kwargs):
            if os.environ["STOP_AT"] == "after-append":
                real(*args, **kwargs)
            print("stopped", flush=True)
            sys.stdin.readline()
        return wrapped

    if os.environ["STOP_AT"] == "after-append":
        imap.save_copy = stop(imap.save_copy)
    else:
        send._save_copy = stop(send._save_copy)
    sys.argv = ["followup", *sys.argv[1:]]
    from followup.cli import main
    main()
""")


def _killed(db_path: Path, stop_at: str) -> None:
    kill_at(STOPPED, "stopped", ["--db", str(db_path), "--now", NOW, "send", "1", "--yes"],
            STOP_AT=stop_at)


def _state(db_path: Path) -> tuple[list[tuple[str, str]], list[str], str]:
    conn = sqlite3.connect(db_path)
    try:
        sends = conn.execute("SELECT state, message_id FROM sent_messages").fetchall()
        owed = [r[0] for r in conn.execute("SELECT message_id FROM sent_copies")]
        status = conn.execute("SELECT status FROM steps WHERE id = 1").fetchone()[0]
        return sends, owed, status
    finally:
        conn.close()


@pytest.mark.parametrize("later", [["send", "1", "--yes"], ["send", "2", "--yes"],
                                   ["inbox", "--since", "2026-11-20"]])
def test_killed_before_the_copy_a_later_run_saves_it_once_and_never_resends(
        later: list[str], cli: Cli, smtp: Smtp, dovecot: Dovecot, acme: None,
        db_path: Path) -> None:
    """The server took the message, then the run was killed before its copy was saved: the
    send is recorded (sent, step done) with the copy it owes; the next `send` (of this step
    or another) or `inbox` saves the copy, once, and the message is never sent twice."""
    _killed(db_path, "before-copy")
    sends, owed, status = _state(db_path)
    assert [s for s, _ in sends] == ["sent"] and status == "done"
    mid = sends[0][1]
    assert owed == [mid] and len(smtp.received) == 1 and _sent(dovecot) == []
    res = cli(*later)
    assert "saved the copy an earlier send owed to your Sent folder" in res.stderr, res.stderr
    if later == ["send", "1", "--yes"]:
        assert res.code == 2 and "was sent on" in res.stderr  # never twice
    assert [m for m, _ in _sent(dovecot)].count(mid) == 1
    assert _state(db_path)[1] == []
    again = cli(*later)
    assert "saved the copy" not in again.stderr
    assert [m for m, _ in _sent(dovecot)].count(mid) == 1
    assert len([m for m in smtp.received if m["Message-ID"] == mid]) == 1


def test_killed_after_the_copy_was_appended_it_is_not_saved_twice(
        cli: Cli, smtp: Smtp, dovecot: Dovecot, acme: None, db_path: Path) -> None:
    """Killed after the APPEND but before it was recorded: the next run finds the copy there
    by its Message-ID and does not add a second one."""
    _killed(db_path, "after-append")
    sends, owed, _status = _state(db_path)
    mid = sends[0][1]
    assert owed == [mid] and [m for m, _ in _sent(dovecot)] == [mid]
    res = cli("send", "1", "--yes")
    assert res.code == 2 and len(smtp.received) == 1
    assert [m for m, _ in _sent(dovecot)] == [mid]
    assert _state(db_path)[1] == []
