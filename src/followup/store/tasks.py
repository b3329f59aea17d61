"""What the CalDAV task sync remembers (migration 26): the list it writes to, the server's
sync-token or ctag, each task as it was last written or read, and the phone's changes that
wait for the candidate (proposals, shown on Today)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class State:
    account: str
    collection: str | None
    salt: str
    sync_token: str | None
    ctag: str | None
    synced_at: str | None


@dataclass(frozen=True, slots=True)
class Item:
    step_id: int
    href: str
    etag: str | None
    due: date  # the due day last written to (or agreed with) the server
    status: str  # the step's status when it was last written
    fingerprint: str  # of what was last written
    gone: bool  # deleted on the phone; a proposal to skip waits


@dataclass(frozen=True, slots=True)
class Proposal:
    id: int
    step_id: int
    kind: str  # done | snooze | skip
    day: date | None
    reason: str
    created_at: str


def state(conn: sqlite3.Connection) -> State | None:
    row = conn.execute("SELECT account, collection, salt, sync_token, ctag, synced_at"
                       " FROM task_sync WHERE id = 1").fetchone()
    return None if row is None else State(*row)


def start(conn: sqlite3.Connection, account: str, salt: str) -> None:
    """A new account (or list): everything known about the old one is forgotten."""
    conn.execute("DELETE FROM task_items")
    conn.execute("DELETE FROM task_sync")
    conn.execute("INSERT INTO task_sync (id, account, salt) VALUES (1, ?, ?)", (account, salt))


def set_collection(conn: sqlite3.Connection, url: str) -> None:
    conn.execute("UPDATE task_sync SET collection = ? WHERE id = 1", (url,))


def set_marks(conn: sqlite3.Connection, sync_token: str | None, ctag: str | None,
              now: datetime) -> None:
    conn.execute("UPDATE task_sync SET sync_token = ?, ctag = ?, synced_at = ? WHERE id = 1",
                 (sync_token, ctag, now.isoformat(timespec="seconds")))


def items(conn: sqlite3.Connection) -> dict[int, Item]:
    return {int(r[0]): Item(int(r[0]), r[1], r[2], date.fromisoformat(r[3]), r[4], r[5],
                            bool(r[6]))
            for r in conn.execute("SELECT step_id, href, etag, due, status, fingerprint, gone"
                                  " FROM task_items")}


def put_item(conn: sqlite3.Connection, item: Item, now: datetime) -> None:
    conn.execute(
        "INSERT INTO task_items (step_id, href, etag, due, status, fingerprint, gone,"
        " written_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (step_id) DO UPDATE SET"
        " href = excluded.href, etag = excluded.etag, due = excluded.due,"
        " status = excluded.status, fingerprint = excluded.fingerprint,"
        " gone = excluded.gone, written_at = excluded.written_at",
        (item.step_id, item.href, item.etag, item.due.isoformat(), item.status,
         item.fingerprint, int(item.gone), now.isoformat(timespec="seconds")))


def set_etag(conn: sqlite3.Connection, step_id: int, etag: str | None) -> None:
    conn.execute("UPDATE task_items SET etag = ? WHERE step_id = ?", (etag, step_id))


def drop_item(conn: sqlite3.Connection, step_id: int) -> None:
    conn.execute("DELETE FROM task_items WHERE step_id = ?", (step_id,))


def zones(conn: sqlite3.Connection) -> dict[int, str]:
    """Each application's time zone: that of its latest interview (its steps' dates are
    days in that zone)."""
    return {int(r[0]): str(r[1]) for r in conn.execute(
        "SELECT i.application_id, i.tz FROM interviews i WHERE i.at = (SELECT max(j.at)"
        " FROM interviews j WHERE j.application_id = i.application_id)")}


def propose(conn: sqlite3.Connection, step_id: int, kind: str, day: date | None, reason: str,
            now: datetime) -> None:
    """One open proposal per step and kind: the newest reading replaces an older one."""
    conn.execute(
        "INSERT INTO task_proposals (step_id, kind, day, reason, created_at) VALUES"
        " (?, ?, ?, ?, ?) ON CONFLICT (step_id, kind) WHERE state = 'open' DO UPDATE SET"
        " day = excluded.day, reason = excluded.reason",
        (step_id, kind, day.isoformat() if day else None, reason,
         now.isoformat(timespec="seconds")))


def proposals(conn: sqlite3.Connection) -> list[Proposal]:
    return [Proposal(int(r[0]), int(r[1]), r[2], date.fromisoformat(r[3]) if r[3] else None,
                     r[4], r[5])
            for r in conn.execute("SELECT id, step_id, kind, day, reason, created_at FROM"
                                  " task_proposals WHERE state = 'open' ORDER BY id")]


def open_count(conn: sqlite3.Connection) -> int:
    """How many proposals wait (0 on a database that has never synced)."""
    return int(conn.execute("SELECT count(*) FROM task_proposals WHERE state = 'open'"
                            ).fetchone()[0])


def close_proposal(conn: sqlite3.Connection, proposal_id: int, outcome: str) -> None:
    conn.execute("UPDATE task_proposals SET state = ? WHERE id = ?", (outcome, proposal_id))


def close_proposals_of(conn: sqlite3.Connection, step_id: int) -> None:
    """The step was settled some other way: what the phone proposed for it is moot."""
    conn.execute("UPDATE task_proposals SET state = 'dismissed' WHERE step_id = ? AND"
                 " state = 'open'", (step_id,))
