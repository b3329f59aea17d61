"""`followup sync` against the ways Nextcloud and iCloud answer (tests/caldav_fake.py), and
against servers that are down, slow, refuse the password or answer garbage: one clear line,
a non-zero exit, and nothing changed here."""

from __future__ import annotations

import socket
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from caldav_fake import Fake
from caldav_servers import FileKeyring, Radicale, radicale, settings
from test_sync import BILL, JANE, MARIA, ok, search

Cli = Callable[..., Any]
__all__ = ["radicale", "search"]  # fixtures, used by name


@pytest.fixture
def fakes() -> Iterator[list[Fake]]:
    made: list[Fake] = []
    yield made
    for f in made:
        f.stop()


@pytest.mark.parametrize("flavour", ["nextcloud", "icloud"])
def test_nextcloud_and_icloud_formats(flavour: str, cli: Cli, search: list[int],
                                      monkeypatch: pytest.MonkeyPatch,
                                      fakes: list[Fake]) -> None:
    fake = Fake(flavour)
    fakes.append(fake)
    settings(fake.url, monkeypatch)
    first = ok(cli("sync", "--json", now="2026-11-23T08:00"))
    assert first["created"] == 3 and not first["made_list"]
    assert sorted(fake.requests) == ["PROPFIND", "PUT", "PUT", "PUT", "REPORT", "REPORT"]
    fake.requests.clear()
    assert ok(cli("sync", "--json", now="2026-11-23T08:05"))["requests"] == 1
    assert fake.requests == ["REPORT"]  # nothing changed: one request
    fake.phone(JANE, "nextcloud-tasks-completed.ics" if flavour == "nextcloud"
               else "apple-reminders-completed.ics")
    fake.phone(MARIA, "apple-reminders-moved.ics")
    report = ok(cli("sync", "--json", now="2026-11-24T08:00"))
    assert len(report["applied"]) == 2 and report["proposed"] == [], report
    jane, maria, _ = search
    steps = {s["id"]: s for a in (1, 2)
             for s in ok(cli("show", str(a), "--json", now="2026-11-24T08:00"))["steps"]}
    assert steps[jane]["status"] == "done" and steps[jane]["done_on"] == "2026-11-23"
    assert steps[maria]["due"] == "2026-12-01"
    fake.requests.clear()
    assert ok(cli("sync", "--json", now="2026-11-24T08:05"))["requests"] == 1


def test_a_server_without_sync_collection_is_read_by_its_ctag(
        cli: Cli, search: list[int], monkeypatch: pytest.MonkeyPatch,
        fakes: list[Fake]) -> None:
    fake = Fake("nextcloud", sync_collection=False)
    fakes.append(fake)
    settings(fake.url, monkeypatch)
    assert ok(cli("sync", "--json", now="2026-11-23T08:00"))["created"] == 3
    fake.requests.clear()  # the first sync learnt the ctag after its writes
    assert ok(cli("sync", "--json", now="2026-11-23T08:02"))["requests"] == 1
    assert fake.requests == ["PROPFIND"]  # the ctag, unchanged: no REPORT tried again
    fake.phone(JANE, "nextcloud-tasks-completed.ics")
    report = ok(cli("sync", "--json", now="2026-11-23T12:00"))
    assert len(report["applied"]) == 1


def _snapshot(db: Path) -> list[Any]:
    conn = sqlite3.connect(db)
    try:
        return [conn.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall()
                for t in ("applications", "steps", "events", "task_proposals")]
    finally:
        conn.close()


def _fails_cleanly(cli: Cli, db: Path, *args: str) -> str:
    before = _snapshot(db)
    res = cli("sync", *args, now="2026-11-23T12:00")
    assert res.code != 0 and res.stdout == ""
    assert res.stderr.startswith("followup: error: ") and res.stderr.count("\n") == 1, res.stderr
    assert "Traceback" not in res.stderr
    assert _snapshot(db) == before
    return res.stderr


def test_a_server_that_is_down(cli: Cli, search: list[int], db_path: Path,
                               monkeypatch: pytest.MonkeyPatch) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nobody listens there
    settings(f"http://127.0.0.1:{port}/dav/", monkeypatch)
    assert "cannot reach the CalDAV server" in _fails_cleanly(cli, db_path)


def test_a_server_that_never_answers(cli: Cli, search: list[int], db_path: Path,
                                     monkeypatch: pytest.MonkeyPatch) -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)  # accepts connections, never says a word
    settings(f"http://127.0.0.1:{listener.getsockname()[1]}/dav/", monkeypatch)
    try:
        assert "did not answer within 1 s" in _fails_cleanly(cli, db_path, "--timeout", "1")
    finally:
        listener.close()


def test_a_refused_password(cli: Cli, search: list[int], db_path: Path, radicale: Radicale,
                            monkeypatch: pytest.MonkeyPatch) -> None:
    settings(radicale.url, monkeypatch, password="wrong")
    assert "refused the login for alex" in _fails_cleanly(cli, db_path)


def test_a_missing_password_says_where_to_put_it(cli: Cli, search: list[int], db_path: Path,
                                                 radicale: Radicale,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    settings(radicale.url, monkeypatch)
    monkeypatch.delenv("FOLLOWUP_CALDAV_PASSWORD")
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    said = _fails_cleanly(cli, db_path)
    assert "keyring set followup caldav:alex@127.0.0.1" in said


@pytest.mark.parametrize("broken", ["xml", "task"])
def test_malformed_answers(broken: str, cli: Cli, search: list[int], db_path: Path,
                           monkeypatch: pytest.MonkeyPatch, fakes: list[Fake]) -> None:
    fake = Fake("nextcloud")
    fakes.append(fake)
    settings(fake.url, monkeypatch)
    ok(cli("sync", now="2026-11-23T08:00"))
    fake.phone(JANE, "nextcloud-tasks-completed.ics")
    fake.broken = broken
    said = _fails_cleanly(cli, db_path)
    assert ("cannot be read" if broken == "task" else "followup cannot read") in said


def test_plain_http_to_another_machine_is_refused(cli: Cli, search: list[int], db_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    settings("http://dav.example.com/", monkeypatch)
    assert "unencrypted" in _fails_cleanly(cli, db_path)


def test_the_password_goes_to_the_keyring(cli: Cli, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring

    kept = keyring.get_keyring()
    keyring.set_keyring(FileKeyring(tmp_path / "keys.json"))
    try:
        settings("https://dav.example.com/", monkeypatch)
        monkeypatch.delenv("FOLLOWUP_CALDAV_PASSWORD")
        res = cli("sync", "--password", input="s3cret\n")
        assert res.code == 0, res.stderr
        assert keyring.get_password("followup", "caldav:alex@dav.example.com") == "s3cret"
        # and the sync reads it from there (the server is not reachable: it gets that far)
        from followup import sync as tasksync

        acct = tasksync.account({"caldav_url": "https://dav.example.com/",
                                 "caldav_user": "alex"})
        assert tasksync.password(acct) == "s3cret"
    finally:
        keyring.set_keyring(kept)


def _synced(cli: Cli, monkeypatch: pytest.MonkeyPatch, fakes: list[Fake]) -> Fake:
    """A Nextcloud-style server the search has been synced to once."""
    fake = Fake("nextcloud")
    fakes.append(fake)
    settings(fake.url, monkeypatch)
    ok(cli("sync", now="2026-11-23T08:00"))
    return fake


def test_a_task_cancelled_in_thunderbird_is_proposed_as_a_skip(
        cli: Cli, search: list[int], monkeypatch: pytest.MonkeyPatch,
        fakes: list[Fake]) -> None:
    fake = _synced(cli, monkeypatch, fakes)
    fake.phone(BILL, "thunderbird-cancelled.ics")
    report = ok(cli("sync", "--json", now="2026-11-23T12:00"))
    assert report["applied"] == [] and len(report["proposed"]) == 1
    assert "cancelled on your phone: skip it?" in report["proposed"][0]
    bill = search[2]
    assert bill in {s["id"] for s in ok(cli("today", "--json", now="2026-11-23T12:00"))}


def _task_rows(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM task_items").fetchone()[0])
    finally:
        conn.close()


def test_a_full_account_stops_the_sync_cleanly_and_the_next_one_carries_on(
        cli: Cli, search: list[int], db_path: Path, monkeypatch: pytest.MonkeyPatch,
        fakes: list[Fake]) -> None:
    fake = Fake("nextcloud")
    fakes.append(fake)
    fake.room = 2  # the third task does not fit: HTTP 507
    settings(fake.url, monkeypatch)
    res = cli("sync", now="2026-11-23T08:00")
    assert res.code != 0 and res.stdout == "" and "Traceback" not in res.stderr
    assert res.stderr.count("\n") == 1, res.stderr
    assert "HTTP 507 (Insufficient Storage" in res.stderr
    assert "kept: 2 new task(s)" in res.stderr and "the next sync carries on" in res.stderr
    assert len(fake.items) == 2 and _task_rows(db_path) == 2  # what was done is remembered

    fake.room = None  # room made on the server
    report = ok(cli("sync", "--json", now="2026-11-23T08:10"))
    assert report["created"] == 1 and report["updated"] == 0, report
    summaries = [d for _, d in fake.items.values()]
    assert len(summaries) == 3 and _task_rows(db_path) == 3  # none twice
    assert ok(cli("sync", "--json", now="2026-11-23T08:15"))["requests"] == 1


def test_an_outage_after_the_phone_s_changes_keeps_them(
        cli: Cli, search: list[int], db_path: Path, monkeypatch: pytest.MonkeyPatch,
        fakes: list[Fake]) -> None:
    fake = _synced(cli, monkeypatch, fakes)
    fake.phone(JANE, "nextcloud-tasks-completed.ics")
    fake.phone(MARIA, "apple-reminders-moved.ics")
    fake.refuse = 503  # down for maintenance when the moved task is written back
    res = cli("sync", now="2026-11-23T12:00")
    assert res.code != 0 and res.stderr.count("\n") == 1, res.stderr
    assert "HTTP 503 (Service Unavailable" in res.stderr
    assert "2 change(s) from your phone" in res.stderr
    jane, maria, _ = search
    steps = {s["id"]: s for a in (1, 2)
             for s in ok(cli("show", str(a), "--json", now="2026-11-23T12:00"))["steps"]}
    assert steps[jane]["status"] == "done"  # the completion is kept, not lost
    assert steps[maria]["due"] == "2026-12-01"

    fake.refuse = None
    report = ok(cli("sync", "--json", now="2026-11-23T12:05"))
    assert report["applied"] == [] and report["proposed"] == [], report  # not done twice
    uids = [d.split("UID:", 1)[1].split("\r\n", 1)[0] for _, d in fake.items.values()]
    assert len(uids) == len(set(uids))
    assert ok(cli("sync", "--json", now="2026-11-23T12:10"))["requests"] == 1


def test_a_move_that_cannot_be_carried_out_is_proposed_in_plain_words(
        cli: Cli, search: list[int], monkeypatch: pytest.MonkeyPatch,
        fakes: list[Fake]) -> None:
    import re

    fake = _synced(cli, monkeypatch, fakes)
    href, (_, data) = next((h, v) for h, v in fake.items.items()
                           if f"SUMMARY:{JANE}" in v[1].replace("\r\n ", ""))
    fake._store(href, re.sub(r"DUE;VALUE=DATE:\d{8}", "DUE;VALUE=DATE:20261120", data))
    report = ok(cli("sync", "--json", now="2026-11-23T12:00"))
    assert report["applied"] == [] and len(report["proposed"]) == 1, report
    said = report["proposed"][0]
    assert "moved to Fri 20 Nov on your phone, not carried out: the day" in said, said
    assert "--" not in said
