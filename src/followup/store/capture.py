"""SQL for capture: invitations kept on interviews, and proposals from the inbox."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from followup.store.sqlite import Store


def invitation(store: Store, uid: str) -> sqlite3.Row | None:
    rows = store.rows("SELECT v.*, i.application_id FROM invitations v LEFT JOIN interviews i"
                     " ON i.id = v.interview_id WHERE v.uid = ?", (uid,))
    return rows[0] if rows else None


def keep_invitation(store: Store, uid: str, interview_id: int | None, sequence: int,
                    location: str | None, video: str | None, cancelled: bool,
                    now: datetime) -> None:
    store.conn.execute(
        "INSERT INTO invitations (uid, interview_id, sequence, location, video, cancelled,"
        " seen_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET"
        " interview_id = excluded.interview_id, sequence = excluded.sequence,"
        " location = excluded.location, video = excluded.video,"
        " cancelled = excluded.cancelled, seen_at = excluded.seen_at",
        (uid, interview_id, sequence, location, video, int(cancelled), now.isoformat()))


def latest_interview_id(store: Store, app_id: int) -> int:
    return int(store.rows("SELECT max(id) FROM interviews WHERE application_id = ?",
                  (app_id,))[0][0])


def move_interview(store: Store, interview_id: int, at: datetime, tz: str) -> None:
    store.conn.execute("UPDATE interviews SET at = ?, tz = ? WHERE id = ?",
                       (at.isoformat(), tz, interview_id))


def drop_interview(store: Store, interview_id: int) -> None:
    store.conn.execute("DELETE FROM interviews WHERE id = ?", (interview_id,))


def interview_count(store: Store, app_id: int) -> int:
    return int(store.rows("SELECT count(*) FROM interviews WHERE application_id = ?",
                  (app_id,))[0][0])


def places(store: Store, app_id: int) -> dict[int, tuple[str | None, str | None]]:
    """interview id -> (location, video link) from the invitations behind them."""
    rows = store.rows("SELECT v.interview_id, v.location, v.video FROM invitations v JOIN"
                     " interviews i ON i.id = v.interview_id WHERE i.application_id = ?",
              (app_id,))
    return {int(r[0]): (r[1], r[2]) for r in rows}


def known_apps(store: Store) -> list[sqlite3.Row]:
    return store.rows("SELECT id, company, role, status FROM applications ORDER BY id")


def people_addresses(store: Store) -> list[tuple[int, str]]:
    """(application, address) for the interviewers and coordinators of each application."""
    rows = store.rows("""
        SELECT i.application_id, c.email FROM interviewers v
          JOIN interviews i ON i.id = v.interview_id JOIN contacts c ON c.id = v.contact_id
          WHERE c.email IS NOT NULL
        UNION SELECT i.application_id, c.email FROM interviews i
          JOIN contacts c ON c.id = i.coordinator_id WHERE c.email IS NOT NULL""")
    return [(int(r[0]), str(r[1]).lower()) for r in rows]


def contact_companies(store: Store) -> list[tuple[str, str]]:
    rows = store.rows("SELECT email, company FROM contacts WHERE email IS NOT NULL AND"
                     " company IS NOT NULL AND company != ''")
    return [(str(r[0]).lower(), str(r[1])) for r in rows]


# -- proposals from the inbox ----------------------------------------------------------------


def add_proposal(store: Store, key: str, app_id: int | None, kind: str,
                 payload: dict[str, Any], summary: str, now: datetime) -> int | None:
    cur = store.conn.execute(
        "INSERT OR IGNORE INTO inbox_proposals (message_key, application_id, kind, payload,"
        " summary, created_at) VALUES (?, ?, ?, ?, ?, ?)",
        (key, app_id, kind, json.dumps(payload), summary, now.isoformat()))
    return int(cur.lastrowid or 0) if cur.rowcount else None


def proposals(store: Store, state: str = "open") -> list[sqlite3.Row]:
    return store.rows("SELECT * FROM inbox_proposals WHERE state = ? ORDER BY id", (state,))


def proposal(store: Store, proposal_id: int) -> sqlite3.Row | None:
    rows = store.rows("SELECT * FROM inbox_proposals WHERE id = ?", (proposal_id,))
    return rows[0] if rows else None


def settle_proposal(store: Store, proposal_id: int, state: str) -> None:
    store.conn.execute("UPDATE inbox_proposals SET state = ? WHERE id = ?",
                       (state, proposal_id))


def waiting_count(store: Store) -> int:
    """Messages the candidate has to look at: unsure ones, and those with an open proposal."""
    return int(store.rows("SELECT count(*) FROM inbox_messages WHERE outcome = 'unsure' OR"
                         " 'm' || id IN (SELECT message_key FROM inbox_proposals"
                         " WHERE state = 'open')")[0][0])


def known_keys(store: Store) -> set[str]:
    return {str(r[0]) for r in store.rows("SELECT message_key FROM inbox_proposals")}


def profile_email(store: Store) -> str | None:
    """The candidate's own address from the profile (without loading the profile model)."""
    row = store.conn.execute("SELECT email FROM profile WHERE id = 1").fetchone()
    return str(row["email"]) if row is not None and row["email"] else None
