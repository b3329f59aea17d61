"""SQL for mail and the calendar: sent messages, daily digests, what the inbox
has shown us, and the steps a calendar export needs.

The Mail sub-store (`store.mail`); the caller opens the transaction (store.write()) when it
writes, so a claim ('sending') is committed before the SMTP DATA command and its outcome
after it.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import date, datetime

from followup.core.errors import NotFound
from followup.store.sqlite import Area

# -- calendar ------------------------------------------------------------------------------


# -- sent messages -------------------------------------------------------------------------


# -- daily digests -------------------------------------------------------------------------


# -- the inbox -----------------------------------------------------------------------------


class Mail(Area):
    """The SQL for sent mail, daily digests, the calendar's steps and the inbox (`store.mail`)."""

    def calendar_steps(self, changed_since: date | None = None,
                       ids: list[int] | None = None) -> list[sqlite3.Row]:
        """Every step changed on or after `changed_since` or still pending (None: all), or
        the steps `ids`, with what a calendar entry shows of their application."""
        where, args = "", tuple[str, ...]()
        if ids is not None:
            where, args = " WHERE s.id IN (SELECT value FROM json_each(?))", (json.dumps(ids),)
        elif changed_since is not None:
            where = (" WHERE s.status = 'pending' OR"
                     " substr(coalesce(s.ical_modified, s.updated_at), 1, 10) >= ?")
            args = (changed_since.isoformat(),)
        return self.rows(
            "SELECT s.id, s.application_id, s.key, s.kind, s.channel, s.recipients, s.via,"
            " s.due, s.latest, s.status, s.rule, s.why, s.done_on, s.updated_at,"
            " s.ical_sequence, s.ical_modified, a.company, a.role, a.created_at AS app_created"
            " FROM steps s JOIN applications a ON a.id = s.application_id"
            f"{where} ORDER BY s.due, s.id", args)

    def last_send(self, step_id: int) -> sqlite3.Row | None:
        """The newest send of a step that went out or may have ('sent' or 'sending')."""
        rows = self.rows("SELECT * FROM sent_messages WHERE step_id = ? AND state != 'failed'"
                         " ORDER BY id DESC LIMIT 1", (step_id,))
        return rows[0] if rows else None

    def claim_send(self, step_id: int, message_id: str, sender: str, recipient: str,
                   subject: str, now: datetime) -> int:
        cur = self.conn.execute(
            "INSERT INTO sent_messages (step_id, message_id, sender, recipient, subject, state,"
            " started_at) VALUES (?, ?, ?, ?, ?, 'sending', ?)",
            (step_id, message_id, sender, recipient, subject, now.isoformat()))
        return int(cur.lastrowid or 0)

    def finish_send(self, send_id: int, state: str, now: datetime,
                    error: str | None = None) -> None:
        self.conn.execute("UPDATE sent_messages SET state = ?, error = ?, finished_at = ?"
                           " WHERE id = ?", (state, error, now.isoformat(), send_id))

    def owe_copy(self, message_id: str, folder: str, message: str, now: datetime) -> None:
        """A copy of a message the server took is owed to `folder` (in the send's own
        transaction), until `copy_saved`."""
        self.conn.execute("INSERT OR IGNORE INTO sent_copies (message_id, folder, message,"
                          " sent_at) VALUES (?, ?, ?, ?)",
                          (message_id, folder, message, now.isoformat()))

    def owed_copies(self) -> list[sqlite3.Row]:
        return self.rows("SELECT * FROM sent_copies ORDER BY id")

    def copy_saved(self, message_id: str) -> None:
        self.conn.execute("DELETE FROM sent_copies WHERE message_id = ?", (message_id,))

    def sent_message_ids(self) -> dict[str, int]:
        """Message-ID of everything we sent (or may have) -> its application."""
        return {r["message_id"]: int(r["application_id"]) for r in self.rows(
            "SELECT m.message_id, s.application_id FROM sent_messages m"
            " JOIN steps s ON s.id = m.step_id WHERE m.state != 'failed'")}

    def digest_for(self, day: date, recipient: str) -> sqlite3.Row | None:
        rows = self.rows("SELECT * FROM digests WHERE day = ? AND lower(recipient) = lower(?)",
                  (day.isoformat(), recipient))
        return rows[0] if rows else None

    def claim_digest(self, day: date, recipient: str, message_id: str, steps: int,
                     now: datetime) -> bool:
        """Take today's digest for `recipient`; False if it is taken already (sent, or a send
        that may have gone out). A failed one may be tried again."""
        found = self.digest_for(day, recipient)
        if found is not None and found["state"] != "failed":
            return False
        if found is not None:
            self.conn.execute("DELETE FROM digests WHERE id = ?", (found["id"],))
        self.conn.execute(
            "INSERT INTO digests (day, recipient, state, message_id, steps, started_at)"
            " VALUES (?, ?, 'sending', ?, ?, ?)",
            (day.isoformat(), recipient.lower(), message_id, steps, now.isoformat()))
        return True

    def finish_digest(self, day: date, recipient: str, state: str, now: datetime,
                      error: str | None = None) -> None:
        self.conn.execute(
            "UPDATE digests SET state = ?, error = ?, finished_at = ? WHERE day = ?"
            " AND recipient = ?",
            (state, error, now.isoformat(), day.isoformat(), recipient.lower()))

    def inbox_mark(self, mailbox: str, uidvalidity: int) -> int:
        """The highest UID already read in this mailbox (0: none yet)."""
        rows = self.rows("SELECT last_uid FROM inbox_marks WHERE mailbox = ? AND uidvalidity = ?",
                  (mailbox, uidvalidity))
        return int(rows[0]["last_uid"]) if rows else 0

    def set_inbox_mark(self, mailbox: str, uidvalidity: int, last_uid: int,
                       now: datetime) -> None:
        self.conn.execute(
            "INSERT INTO inbox_marks (mailbox, uidvalidity, last_uid, read_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (mailbox, uidvalidity) DO UPDATE SET"
            " last_uid = max(last_uid, excluded.last_uid), read_at = excluded.read_at",
            (mailbox, uidvalidity, last_uid, now.isoformat()))

    def message_known(self, mailbox: str, uidvalidity: int, uid: int,
                      message_id: str | None) -> bool:
        """Whether this message was counted already, by its UID or (after the server renumbered
        the folder) by its Message-ID."""
        if self.rows("SELECT 1 FROM inbox_messages WHERE mailbox = ? AND uidvalidity = ?"
                     " AND uid = ?", (mailbox, uidvalidity, uid)):
            return True
        return bool(message_id and self.rows("SELECT 1 FROM inbox_messages WHERE message_id = ?",
                                      (message_id,)))

    def record_message(self, *, mailbox: str, uidvalidity: int, uid: int,
                       message_id: str | None, sender: str, subject: str, sent_at: datetime,
                       outcome: str, reason: str, event_id: int | None,
                       candidates: Iterable[int], now: datetime) -> int:
        cur = self.conn.execute(
            "INSERT INTO inbox_messages (mailbox, uidvalidity, uid, message_id, sender, subject,"
            " sent_at, outcome, reason, event_id, seen_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (mailbox, uidvalidity, uid, message_id, sender, subject, sent_at.isoformat(), outcome,
             reason, event_id, now.isoformat()))
        row_id = int(cur.lastrowid or 0)
        self.conn.executemany(
            "INSERT OR IGNORE INTO inbox_candidates (message, application_id) VALUES (?, ?)",
            [(row_id, app_id) for app_id in candidates])
        return row_id

    def inbox_message(self, row_id: int) -> sqlite3.Row:
        rows = self.rows("SELECT * FROM inbox_messages WHERE id = ?", (row_id,))
        if not rows:
            raise NotFound(f"no message {row_id} in what `followup inbox` has read")
        return rows[0]

    def candidates_of(self, row_id: int) -> list[int]:
        return [int(r["application_id"]) for r in self.rows(
            "SELECT application_id FROM inbox_candidates WHERE message = ?"
            " ORDER BY application_id", (row_id,))]

    def messages_with(self, outcome: str) -> list[sqlite3.Row]:
        return self.rows("SELECT * FROM inbox_messages WHERE outcome = ? ORDER BY sent_at, id",
                  (outcome,))

    def settle(self, row_id: int, outcome: str, event_id: int | None) -> None:
        self.conn.execute("UPDATE inbox_messages SET outcome = ?, event_id = ? WHERE id = ?",
                           (outcome, event_id, row_id))

    def matchable_applications(self) -> list[sqlite3.Row]:
        """Applications a reply could belong to: live ones, and closed ones (a late answer can
        reopen them, A3), with their interviews' span, their last reply's day (and its moment
        when the inbox logged it from a message, none being logged by hand that day) and
        whether a thank-you is still to go."""
        return self.rows(
            "SELECT r.*,"
            " (SELECT max(m.sent_at) FROM inbox_messages m JOIN events e ON e.id = m.event_id"
            "   WHERE e.application_id = r.id AND e.kind = 'reply'"
            "   AND e.on_date = r.last_reply) AS last_reply_mail_at,"
            " EXISTS (SELECT 1 FROM events e WHERE e.application_id = r.id"
            "   AND e.kind IN ('reply', 'reopened') AND e.on_date = r.last_reply"
            "   AND NOT EXISTS (SELECT 1 FROM inbox_messages m WHERE m.event_id = e.id))"
            "   AS last_reply_by_hand"
            " FROM (SELECT a.id, a.company, a.role, a.status,"
            " (SELECT max(at) FROM interviews WHERE application_id = a.id) AS last_interview,"
            " (SELECT tz FROM interviews WHERE application_id = a.id ORDER BY id DESC LIMIT 1)"
            "   AS tz,"
            " (SELECT max(on_date) FROM events WHERE application_id = a.id"
            "   AND kind IN ('reply', 'reopened')) AS last_reply,"
            " EXISTS (SELECT 1 FROM steps WHERE application_id = a.id AND status = 'pending'"
            "   AND kind = 'thank_you') AS thanks_pending"
            " FROM applications a WHERE a.status IN ('active', 'responded', 'closed')) r"
            " ORDER BY r.id")

    def application_names(self) -> list[tuple[int, str]]:
        """(application, name) for its interviewers and coordinators."""
        rows = self.rows("""
            SELECT i.application_id AS app, c.name FROM interviewers v
              JOIN interviews i ON i.id = v.interview_id JOIN contacts c ON c.id = v.contact_id
            UNION SELECT i.application_id, c.name FROM interviews i
              JOIN contacts c ON c.id = i.coordinator_id
        """)
        return [(int(r["app"]), str(r["name"])) for r in rows if r["name"]]

    def application_addresses(self) -> list[tuple[int, str]]:
        """(application, address) for every person known at an application's company: its
        interviewers and coordinators (with their other addresses), contacts filed under the
        company, and whoever we sent mail to for it."""
        rows = self.rows("""
            WITH people AS (
                SELECT i.application_id AS app, v.contact_id AS contact
                  FROM interviewers v JOIN interviews i ON i.id = v.interview_id
                UNION SELECT application_id, coordinator_id FROM interviews
                  WHERE coordinator_id IS NOT NULL
                UNION SELECT a.id, c.id FROM applications a JOIN contacts c
                  ON lower(c.company) = lower(a.company)
            )
            SELECT p.app, c.email AS address FROM people p JOIN contacts c ON c.id = p.contact
              WHERE c.email IS NOT NULL
            UNION SELECT p.app, d.value FROM people p JOIN contact_details d
              ON d.contact_id = p.contact AND d.kind = 'email'
            UNION SELECT s.application_id, m.recipient FROM sent_messages m
              JOIN steps s ON s.id = m.step_id
        """)
        return [(int(r["app"]), str(r["address"])) for r in rows if r["address"]]
