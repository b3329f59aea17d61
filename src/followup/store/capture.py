"""SQL for capture: invitations kept on interviews, and proposals from the inbox."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from typing import Any

from followup.store.sqlite import Area

# -- proposals from the inbox ----------------------------------------------------------------


class Capture(Area):
    """The SQL for invitations kept on interviews and the inbox's proposals (`store.capture`)."""

    def invitation(self, uid: str) -> sqlite3.Row | None:
        rows = self.rows("SELECT v.*, i.application_id FROM invitations v LEFT JOIN interviews i"
                         " ON i.id = v.interview_id WHERE v.uid = ?", (uid,))
        return rows[0] if rows else None

    def keep_invitation(self, uid: str, interview_id: int | None, sequence: int,
                        location: str | None, video: str | None, cancelled: bool,
                        now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO invitations (uid, interview_id, sequence, location, video, cancelled,"
            " seen_at) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO UPDATE SET"
            " interview_id = excluded.interview_id, sequence = excluded.sequence,"
            " location = excluded.location, video = excluded.video,"
            " cancelled = excluded.cancelled, seen_at = excluded.seen_at",
            (uid, interview_id, sequence, location, video, int(cancelled), now.isoformat()))

    def latest_interview_id(self, app_id: int) -> int:
        return int(self.rows("SELECT max(id) FROM interviews WHERE application_id = ?",
                      (app_id,))[0][0])

    def move_interview(self, interview_id: int, at: datetime, tz: str) -> None:
        self.conn.execute("UPDATE interviews SET at = ?, tz = ? WHERE id = ?",
                           (at.isoformat(), tz, interview_id))

    def drop_interview(self, interview_id: int) -> None:
        self.conn.execute("DELETE FROM interviews WHERE id = ?", (interview_id,))

    def interview_count(self, app_id: int) -> int:
        return int(self.rows("SELECT count(*) FROM interviews WHERE application_id = ?",
                      (app_id,))[0][0])

    def coordinators_replaced(self, contact_id: int, apps: list[int]
                              ) -> list[tuple[int, str, int]]:
        """The coordinators of the interviews of `apps` that `contact_id` interviews in
        (id, name, application): whom making them the coordinator would replace."""
        marks = ",".join("?" * len(apps))
        return [(int(cid), str(name), int(app)) for cid, name, app in self.rows(
            "SELECT DISTINCT c.id, c.name, i.application_id FROM interviews i JOIN contacts c "
            f"ON c.id = i.coordinator_id WHERE i.application_id IN ({marks}) AND "
            "i.coordinator_id != ? AND EXISTS (SELECT 1 FROM interviewers v WHERE "
            "v.interview_id = i.id AND v.contact_id = ?)", (*apps, contact_id, contact_id))]

    def role_in(self, app_id: int, contact_id: int) -> str | None:
        """What `contact_id` is in `app_id`'s interviews: "coordinator" (of any of them),
        "interviewer", or None (in none)."""
        row = self.rows(
            "SELECT max(i.coordinator_id = ?), max(EXISTS (SELECT 1 FROM interviewers v WHERE"
            " v.interview_id = i.id AND v.contact_id = ?)) FROM interviews i WHERE"
            " i.application_id = ?", (contact_id, contact_id, app_id))[0]
        return "coordinator" if row[0] else "interviewer" if row[1] else None

    def places(self, app_id: int) -> dict[int, tuple[str | None, str | None]]:
        """interview id -> (location, video link) from the invitations behind them."""
        rows = self.rows("SELECT v.interview_id, v.location, v.video FROM invitations v JOIN"
                         " interviews i ON i.id = v.interview_id WHERE i.application_id = ?",
                  (app_id,))
        return {int(r[0]): (r[1], r[2]) for r in rows}

    def known_apps(self) -> list[sqlite3.Row]:
        return self.rows("SELECT id, company, role, status FROM applications ORDER BY id")

    def people_addresses(self) -> list[tuple[int, str]]:
        """(application, address) for the interviewers and coordinators of each application."""
        rows = self.rows("""
            SELECT i.application_id, c.email FROM interviewers v
              JOIN interviews i ON i.id = v.interview_id JOIN contacts c ON c.id = v.contact_id
              WHERE c.email IS NOT NULL
            UNION SELECT i.application_id, c.email FROM interviews i
              JOIN contacts c ON c.id = i.coordinator_id WHERE c.email IS NOT NULL""")
        return [(int(r[0]), str(r[1]).lower()) for r in rows]

    def contact_companies(self) -> list[tuple[str, str]]:
        rows = self.rows("SELECT email, company FROM contacts WHERE email IS NOT NULL AND"
                         " company IS NOT NULL AND company != ''")
        return [(str(r[0]).lower(), str(r[1])) for r in rows]

    def add_proposal(self, key: str, app_id: int | None, kind: str,
                     payload: dict[str, Any], summary: str, now: datetime) -> int | None:
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO inbox_proposals (message_key, application_id, kind, payload,"
            " summary, created_at) VALUES (?, ?, ?, ?, ?, ?)",
            (key, app_id, kind, json.dumps(payload), summary, now.isoformat()))
        return int(cur.lastrowid or 0) if cur.rowcount else None

    def proposal_for(self, key: str, app_id: int) -> sqlite3.Row | None:
        """Message `key`'s proposal for application `app_id`, whatever its state."""
        rows = self.rows("SELECT * FROM inbox_proposals WHERE message_key = ? AND"
                         " application_id = ?", (key, app_id))
        return rows[0] if rows else None

    def proposals(self, state: str = "open") -> list[sqlite3.Row]:
        return self.rows("SELECT * FROM inbox_proposals WHERE state = ? ORDER BY id", (state,))

    def proposal(self, proposal_id: int) -> sqlite3.Row | None:
        rows = self.rows("SELECT * FROM inbox_proposals WHERE id = ?", (proposal_id,))
        return rows[0] if rows else None

    def settle_proposal(self, proposal_id: int, state: str) -> None:
        self.conn.execute("UPDATE inbox_proposals SET state = ? WHERE id = ?",
                           (state, proposal_id))

    def waiting_count(self) -> int:
        """Messages the candidate has to look at: unsure ones, and those with an open proposal."""
        return int(self.rows("SELECT count(*) FROM inbox_messages WHERE outcome = 'unsure' OR"
                             " 'm' || id IN (SELECT message_key FROM inbox_proposals"
                             " WHERE state = 'open')")[0][0])

    def known_keys(self) -> set[str]:
        return {str(r[0]) for r in self.rows("SELECT message_key FROM inbox_proposals")}

    def profile_email(self) -> str | None:
        """The candidate's own address from the profile (without loading the profile model)."""
        row = self.conn.execute("SELECT email FROM profile WHERE id = 1").fetchone()
        return str(row["email"]) if row is not None and row["email"] else None
