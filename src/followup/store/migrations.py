"""Numbered schema migrations. Each runs in one transaction together with its record.

Never edit a migration that has shipped: add the next number. Migrations never drop user data.
"""

from __future__ import annotations

import sqlite3

from followup.store import derived, upnext

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "applications, interviews, contacts, events and steps",
        "@1.sql",
    ),
    (
        2,
        "the candidate's profile: one row that signs every draft",
        """
        CREATE TABLE profile (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT,
            email TEXT,
            phone TEXT,
            region TEXT,
            address TEXT,
            signature TEXT,
            linkedin TEXT,
            updated_at TEXT NOT NULL
        );
        """,
    ),
    (
        3,
        "contacts: addresses, LinkedIn profiles, several emails and phones; LinkedIn network",
        """
        ALTER TABLE contacts ADD COLUMN address TEXT;
        ALTER TABLE contacts ADD COLUMN adr TEXT;
        ALTER TABLE contacts ADD COLUMN linkedin_url TEXT;
        ALTER TABLE contacts ADD COLUMN updated_at TEXT;
        ALTER TABLE contacts ADD COLUMN company_key TEXT;
        CREATE INDEX contacts_company_key ON contacts(company_key);
        CREATE TABLE contact_details (
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('email', 'phone')),
            value TEXT NOT NULL,
            position INTEGER NOT NULL,
            PRIMARY KEY (contact_id, kind, value)
        );
        CREATE INDEX contact_details_value ON contact_details(kind, value);
        CREATE TABLE connections (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            first_name TEXT NOT NULL,
            last_name TEXT NOT NULL,
            url TEXT,
            email TEXT,
            company TEXT,
            company_key TEXT NOT NULL DEFAULT '',
            position TEXT,
            connected_on TEXT,
            imported_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX connections_company_key ON connections(company_key);
        """,
    ),
    (
        4,
        "snoozed steps: put off to a later business day, with the reason",
        """
        ALTER TABLE steps ADD COLUMN snoozed_until TEXT;
        ALTER TABLE steps ADD COLUMN snooze_reason TEXT;
        """,
    ),
    (
        5,
        "journal: the candidate's notes and retros, per application and interview (A4)",
        """
        CREATE TABLE journal (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            interview_id INTEGER REFERENCES interviews(id) ON DELETE CASCADE,
            written_on TEXT NOT NULL,
            note TEXT,
            went_well TEXT,
            questions TEXT,
            improve TEXT,
            outcome TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX journal_application ON journal(application_id, written_on)
        """,
    ),
    (
        6,
        "indexes for the overview and for finding a known contact",
        """
        CREATE INDEX steps_application_status_due ON steps(application_id, status, due, id);
        CREATE INDEX contacts_email_lower ON contacts(lower(email));
        CREATE INDEX contacts_company_name_lower ON contacts(lower(company), lower(name))
        """,
    ),
    (
        7,
        "mail and calendar: sent messages, daily digests, replies read from the inbox, and a "
        "per-step revision counter for calendar exports",
        """
        ALTER TABLE steps ADD COLUMN ical_sequence INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE steps ADD COLUMN ical_modified TEXT;
        CREATE TRIGGER steps_ical_revision AFTER UPDATE OF due, latest, status ON steps
        FOR EACH ROW WHEN old.due IS NOT new.due OR old.latest IS NOT new.latest
            OR old.status IS NOT new.status
        BEGIN
            UPDATE steps SET ical_sequence = old.ical_sequence + 1,
                ical_modified = new.updated_at WHERE id = new.id;
        END;
        CREATE TABLE sent_messages (
            id INTEGER PRIMARY KEY,
            step_id INTEGER NOT NULL REFERENCES steps(id) ON DELETE CASCADE,
            message_id TEXT NOT NULL UNIQUE,
            sender TEXT NOT NULL,
            recipient TEXT NOT NULL,
            subject TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
            error TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT
        );
        CREATE INDEX sent_messages_step ON sent_messages(step_id, state);
        CREATE TABLE digests (
            id INTEGER PRIMARY KEY,
            day TEXT NOT NULL,
            recipient TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('sending', 'sent', 'failed')),
            message_id TEXT NOT NULL,
            steps INTEGER NOT NULL,
            error TEXT,
            started_at TEXT NOT NULL,
            finished_at TEXT,
            UNIQUE (day, recipient)
        );
        CREATE TABLE inbox_marks (
            id INTEGER PRIMARY KEY,
            mailbox TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            last_uid INTEGER NOT NULL,
            read_at TEXT NOT NULL,
            UNIQUE (mailbox, uidvalidity)
        );
        CREATE TABLE inbox_messages (
            id INTEGER PRIMARY KEY,
            mailbox TEXT NOT NULL,
            uidvalidity INTEGER NOT NULL,
            uid INTEGER NOT NULL,
            message_id TEXT,
            sender TEXT NOT NULL,
            subject TEXT NOT NULL,
            sent_at TEXT NOT NULL,
            outcome TEXT NOT NULL
                CHECK (outcome IN ('reply', 'unsure', 'confirmed', 'dismissed', 'ignored')),
            reason TEXT NOT NULL,
            event_id INTEGER REFERENCES events(id) ON DELETE SET NULL,
            seen_at TEXT NOT NULL,
            UNIQUE (mailbox, uidvalidity, uid)
        );
        CREATE INDEX inbox_messages_message_id ON inbox_messages(message_id);
        CREATE INDEX inbox_messages_outcome ON inbox_messages(outcome);
        CREATE TABLE inbox_candidates (
            message INTEGER NOT NULL REFERENCES inbox_messages(id) ON DELETE CASCADE,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            PRIMARY KEY (message, application_id)
        )
        """,
    ),
    (
        8,
        "the rolling plan: projected steps, where the holiday calendar came from, and the "
        "undo log",
        """
        ALTER TABLE steps ADD COLUMN projected INTEGER NOT NULL DEFAULT 0;
        UPDATE steps SET projected = 1 WHERE status = 'pending'
            AND kind IN ('follow_up', 'call', 'close') AND EXISTS (
                SELECT 1 FROM steps p WHERE p.application_id = steps.application_id
                AND p.status = 'pending' AND p.kind IN ('follow_up', 'call')
                AND p.id != steps.id AND (steps.kind = 'close' OR p.touch < steps.touch));
        CREATE INDEX steps_actionable ON steps(status, projected, due);
        ALTER TABLE applications ADD COLUMN holidays_from TEXT;
        CREATE TABLE undo_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            what TEXT NOT NULL,
            apps TEXT NOT NULL,
            snapshot TEXT NOT NULL,
            after TEXT
        )
        """,
    ),
    (
        10,
        "what stood out with each interviewer; a greeting of one's own",
        """
        ALTER TABLE interviewers ADD COLUMN noted TEXT;
        ALTER TABLE interviews ADD COLUMN noted TEXT;
        ALTER TABLE contacts ADD COLUMN greeting TEXT
        """,
    ),
    (
        11,
        "capture: the calendar invitation behind an interview, and what replies proposed",
        """
        CREATE TABLE invitations (
            uid TEXT PRIMARY KEY,
            interview_id INTEGER REFERENCES interviews(id) ON DELETE CASCADE,
            sequence INTEGER NOT NULL DEFAULT 0,
            location TEXT,
            video TEXT,
            cancelled INTEGER NOT NULL DEFAULT 0,
            seen_at TEXT NOT NULL
        );
        CREATE INDEX invitations_interview ON invitations(interview_id);
        CREATE TABLE inbox_proposals (
            id INTEGER PRIMARY KEY,
            message_key TEXT NOT NULL UNIQUE,
            application_id INTEGER REFERENCES applications(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            summary TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'confirmed', 'dismissed')),
            created_at TEXT NOT NULL
        );
        CREATE INDEX inbox_proposals_state ON inbox_proposals(state)
        """,
    ),
    (
        12,
        "one person, one contact: people kept twice are folded into one, links kept",
        # Finding who is who is Python (the rules of core/identity): see PYTHON_STEPS.
        """
        CREATE INDEX contact_details_lower ON contact_details(kind, lower(value))
        """,
    ),
    (
        13,
        "the journal of an import that commits in chunks, so a killed one can be taken back",
        """
        CREATE TABLE imports (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            pid INTEGER NOT NULL,
            host TEXT NOT NULL,
            process TEXT NOT NULL,
            started_at TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'running'
                CHECK (state IN ('running', 'done', 'taken back'))
        );
        CREATE TABLE import_rows (
            id INTEGER PRIMARY KEY,
            import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
            tbl TEXT NOT NULL,
            row INTEGER NOT NULL,
            action TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
            before TEXT,
            UNIQUE (import_id, tbl, row)
        )
        """,
    ),
    (
        14,
        "a full-text index for the pipeline's search (company, role, interviewers' names); indexes"
        " for its sorts and Today's counts",
        # A trigram index answers "contains this text" (what LIKE '%text%' did by scanning
        # every application and contact) from the index. It keeps its own copy of the words
        # rather than pointing at the tables: a row is refreshed by deleting it by rowid and
        # inserting it again, which stays right through cascades, undo and contact merges
        # (an external-content index would need the exact old text to delete a row).
        """
        CREATE VIEW app_search_source AS
            SELECT a.id, a.company, a.role,
                (SELECT group_concat(n, char(10)) FROM (
                    SELECT c.name AS n FROM interviews i
                    JOIN interviewers w ON w.interview_id = i.id
                    JOIN contacts c ON c.id = w.contact_id
                    WHERE i.application_id = a.id)) AS people
            FROM applications a;
        CREATE INDEX applications_created ON applications(created_at);
        CREATE INDEX applications_company_lower ON applications(lower(company));
        CREATE INDEX applications_role_lower ON applications(lower(role));
        CREATE INDEX steps_agenda ON steps(status, projected, due, latest, kind);
        CREATE VIRTUAL TABLE app_search USING fts5(
            company, role, people, tokenize = 'trigram');
        INSERT INTO app_search (rowid, company, role, people)
            SELECT id, company, role, people FROM app_search_source;
        CREATE TRIGGER app_search_app_insert AFTER INSERT ON applications BEGIN
            INSERT INTO app_search (rowid, company, role, people)
                SELECT id, company, role, people FROM app_search_source WHERE id = NEW.id;
        END;
        CREATE TRIGGER app_search_app_update AFTER UPDATE OF company, role ON applications
        BEGIN
            DELETE FROM app_search WHERE rowid IN (OLD.id, NEW.id);
            INSERT INTO app_search (rowid, company, role, people)
                SELECT id, company, role, people FROM app_search_source WHERE id = NEW.id;
        END;
        CREATE TRIGGER app_search_app_delete AFTER DELETE ON applications BEGIN
            DELETE FROM app_search WHERE rowid = OLD.id;
        END;
        CREATE TRIGGER app_search_interview_delete AFTER DELETE ON interviews BEGIN
            DELETE FROM app_search WHERE rowid = OLD.application_id;
            INSERT INTO app_search (rowid, company, role, people)
                SELECT id, company, role, people FROM app_search_source
                WHERE id = OLD.application_id;
        END;
        CREATE TRIGGER app_search_interview_move AFTER UPDATE OF application_id ON interviews
        BEGIN
            DELETE FROM app_search WHERE rowid IN (OLD.application_id, NEW.application_id);
            INSERT INTO app_search (rowid, company, role, people)
                SELECT id, company, role, people FROM app_search_source
                WHERE id IN (OLD.application_id, NEW.application_id);
        END;
        CREATE TRIGGER app_search_people_insert AFTER INSERT ON interviewers BEGIN
            DELETE FROM app_search WHERE rowid =
                (SELECT application_id FROM interviews WHERE id = NEW.interview_id);
            INSERT INTO app_search (rowid, company, role, people)
                SELECT id, company, role, people FROM app_search_source WHERE id =
                    (SELECT application_id FROM interviews WHERE id = NEW.interview_id);
        END;
        CREATE TRIGGER app_search_people_delete AFTER DELETE ON interviewers BEGIN
            DELETE FROM app_search WHERE rowid =
                (SELECT application_id FROM interviews WHERE id = OLD.interview_id);
            INSERT INTO app_search (rowid, company, role, people)
                SELECT id, company, role, people FROM app_search_source WHERE id =
                    (SELECT application_id FROM interviews WHERE id = OLD.interview_id);
        END;
        CREATE TRIGGER app_search_people_update AFTER UPDATE OF interview_id, contact_id
            ON interviewers BEGIN
            DELETE FROM app_search WHERE rowid IN (SELECT application_id FROM interviews
                WHERE id IN (OLD.interview_id, NEW.interview_id));
            INSERT INTO app_search (rowid, company, role, people)
                SELECT id, company, role, people FROM app_search_source WHERE id IN
                    (SELECT application_id FROM interviews
                     WHERE id IN (OLD.interview_id, NEW.interview_id));
        END;
        CREATE TRIGGER app_search_name_update AFTER UPDATE OF name ON contacts BEGIN
            DELETE FROM app_search WHERE rowid IN (SELECT i.application_id FROM interviews i
                JOIN interviewers w ON w.interview_id = i.id WHERE w.contact_id = NEW.id);
            INSERT INTO app_search (rowid, company, role, people)
                SELECT id, company, role, people FROM app_search_source WHERE id IN
                    (SELECT i.application_id FROM interviews i
                     JOIN interviewers w ON w.interview_id = i.id WHERE w.contact_id = NEW.id);
        END
        """,
    ),
    (
        15,
        "index of the steps carried out",
        # `list` finds each application's last touch carried out, `stats` every touch: without
        # this index every done step's row was read (40 ms and more at 10,000 applications).
        # Partial (steps carried out only) and covering what those two queries read.
        """
        CREATE INDEX steps_done ON steps(application_id, done_on, kind, channel, touch)
            WHERE status = 'done';
        """,
    ),
    # As it shipped (derived.SCRIPT then); the tables are redefined by 21.
    (16, "what `list` and `stats` read, kept in step by triggers", "@16.sql"),
    (
        18,
        "phone numbers typed with their country code kept in E.164",
        "",  # all in Python: store/contacts.normalise_phones
    ),
    (
        19,
        "how an interview was held, and whether it was the final round",
        # Issue 20: a phone or video interview is thanked for "speaking with" the candidate,
        # and a final round is said to be one. NULL: not said (in person, unless an
        # invitation's video link says otherwise).
        """
        ALTER TABLE interviews ADD COLUMN medium TEXT;
        ALTER TABLE interviews ADD COLUMN final INTEGER NOT NULL DEFAULT 0;
        """,
    ),
    (20, "what is next for each application, as core.upnext says, kept until it changes",
     upnext.SCRIPT),
    # As it shipped (derived.SCRIPT then); the tables are redefined by 33.
    (21, "the next step leaves app_overview (core.upnext owns it)", "@21.sql"),
    (
        22,
        "each step's window in real time, so that a day is decided in its plan's zone",
        # UTC text (core.when.stamp): the moment a step is listed from and the moment its
        # window ends. Written and no longer read once core.upnext kept the answers: dropped
        # by migration 29.
        """
        ALTER TABLE steps ADD COLUMN opens_at TEXT;
        ALTER TABLE steps ADD COLUMN closes_at TEXT;
        """,  # no index: store.reads bounds `due` as well, and steps_actionable serves that
    ),
    (
        24,
        "ids never used twice: AUTOINCREMENT on applications, their parts and contacts",
        "",  # all in Python, with foreign keys off: store/rebuild.never_reuse_ids
    ),
    (
        26,
        "two-way task sync over CalDAV: the list, each task's last known state, and what the "
        "phone changed that waits for the candidate",
        # No foreign key to steps: a task whose step is deleted with its application must
        # still be found, to be removed from the server.
        "@26.sql",
    ),
    (
        29,
        "one notion of a day: the zone each application's days are in, kept with what is "
        "next; the steps' own copy of their windows goes",
        # Issue 21. app_next.tz: the zone of the plan's dates (core.upnext.zone_of), kept by
        # service.upnext with the answer, so that a day is decided in it (core.when.day_of).
        # steps.opens_at/closes_at (22) were written and never read: core.upnext works the
        # windows out and app_next/next_actions keep the moments that matter. Every kept
        # answer is worked out again on the next read, which fills tz.
        "@29.sql",
    ),
    (
        30,
        "copies owed to the Sent folder; where an interrupted import stopped, to resume it",
        # Issue 22: mail/send.py (a copy is owed from the send's own transaction until it is
        # saved; not exported) and store/imports.py (Journal.resume).
        "@30.sql",
    ),
    (
        31,
        "one message, a proposal per application it decides something about",
        # Issue 23: "we've filled the Marketing Analyst position … your Data Analyst process
        # is still active" proposes for one application and may for another. One proposal
        # per message and application (an invitation for a new application has none: 0);
        # the same mail read twice proposes nothing new.
        "@31.sql",
    ),
    (
        32,
        "who was part of an application's interviews and taken out of them: the employer's "
        "side of that application, never its network (A2)",
        # Issue 23: a coordinator replaced by `interviewer ID --role coordinator`, or someone
        # taken out with --remove who stays a contact elsewhere. service/roles.py writes it,
        # contacts/network.py reads it; undo keeps it with the application's rows.
        """
        CREATE TABLE former_people (
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
            was TEXT NOT NULL CHECK (was IN ('coordinator', 'interviewer')),
            left_at TEXT NOT NULL,
            PRIMARY KEY (application_id, contact_id)
        );
        CREATE INDEX former_people_contact ON former_people(contact_id)
        """,
    ),
    (33, "a cancelled interview is no contact: the last contact and the rounds leave it out",
     derived.SCRIPT),
)

# Columns a migration dropped on purpose, by table, with the version that dropped them: an
# upgrade does not keep them, and an export made before that version may still hold them.
DROPPED = {"steps": (29, ("opens_at", "closes_at"))}

# Tables worked out from the others and kept in step by triggers (migration 16): an export
# leaves them out and an import's journal does not watch them; the triggers put them right.
DERIVED = derived.TABLES | upnext.TABLES

# Migrations whose work needs more than SQL: run after the version's statements, in the same
# transaction.
PYTHON_STEPS = frozenset({12, 18, 22, 24})

# The migration that rebuilds tables: it runs in a transaction of its own with foreign keys
# off (SQLite cannot turn them off inside a transaction, and with them on, dropping a table
# deletes its rows first, cascading to every child).
REBUILD = 24

LATEST = MIGRATIONS[-1][0]


def script_text(script: str) -> str:
    """A migration's SQL: "@NAME" is a file of store/frozen, a text kept as it shipped."""
    if not script.startswith("@"):
        return script
    from pathlib import Path

    return (Path(__file__).parent / "frozen" / script[1:]).read_text(encoding="utf-8")


def _statements(script: str) -> list[str]:
    """The statements of a script; a trigger's body (BEGIN ...; END) stays whole."""
    script = script_text(script)
    out: list[str] = []
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \n;"):
                out.append(pending.strip().rstrip(";").strip())
            pending = ""
    if pending.strip(" \n;"):
        out.append(pending.strip().rstrip(";").strip())
    return out


def _run_python(conn: sqlite3.Connection, version: int) -> None:
    if version == 12:
        if conn.execute("SELECT count(*) FROM contacts").fetchone()[0] < 2:
            return  # nobody to fold: a new database need not load the contacts code
        from followup.store.contacts import merge_duplicates  # lazy: only an upgrade

        merge_duplicates(conn)
    elif version == 18:
        from followup.store.contacts import normalise_phones  # lazy: only an upgrade

        normalise_phones(conn)
    elif version == 22:
        # The steps' windows it added are dropped again by migration 29 (nothing reads them)
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'app_next'").fetchone():
            upnext.forget(conn)  # kept by day before: worked out again, by the moment
    elif version == REBUILD:
        from followup.store.rebuild import never_reuse_ids  # lazy: only once per database

        never_reuse_ids(conn)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, upto: int = LATEST) -> list[int]:
    """Bring the database up to `upto`; safe when several processes start at once.

    The version is re-read under the write lock, so a process that waited for another one's
    migration finds nothing left to do.
    """
    found = schema_version(conn)
    if found > LATEST:  # never read or write a layout this version does not know
        from followup.core.errors import FollowupError

        raise FollowupError(
            f"this database was made by a newer followup (schema version {found}; this one "
            f"knows up to {LATEST}): upgrade followup to open it; nothing was changed")
    if found >= upto:
        return []
    if found < REBUILD <= upto and not _rebuilt(conn):
        applied = _migrate(conn, REBUILD - 1, backup=True)  # foreign keys on, as always
        keys = conn.execute("PRAGMA foreign_keys").fetchone()[0]
        conn.execute("PRAGMA foreign_keys = OFF")
        try:
            applied += _migrate(conn, REBUILD, backup=not applied)
        finally:
            conn.execute(f"PRAGMA foreign_keys = {int(keys)}")
        return applied + _migrate(conn, upto, backup=False)
    return _migrate(conn, upto, backup=True)


def _rebuilt(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'"
                        ).fetchone() is not None and conn.execute(
        "SELECT 1 FROM schema_migrations WHERE version = ?", (REBUILD,)).fetchone() is not None


def _migrate(conn: sqlite3.Connection, upto: int, *, backup: bool) -> list[int]:
    """One transaction of `migrate`: the versions up to `upto` that are missing."""
    applied: list[int] = []
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
            " version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
        )
        from followup.clock import utc_now  # the one reader of the clock; lazy: a rare path

        current = schema_version(conn)
        done = {int(r[0]) for r in conn.execute("SELECT version FROM schema_migrations")}
        # A version is applied when its record is missing, not merely when it is above
        # user_version: a database made between two numbers' landings may lack one.
        todo = [(version, name, script) for version, name, script in MIGRATIONS
                if not (version in done or version > upto or (version <= current and not done))]
        if backup and todo and current > 0:
            from followup.store.backup import before_migration  # lazy: a rare path

            before_migration(conn, current)
        for version, name, script in todo:
            for statement in _statements(script):
                conn.execute(statement)
            if version in PYTHON_STEPS:
                _run_python(conn, version)
            conn.execute(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                (version, name, utc_now().isoformat(timespec="seconds")),
            )
            applied.append(version)
        conn.execute(f"PRAGMA user_version = {int(max(current, *applied, 0))}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return applied
