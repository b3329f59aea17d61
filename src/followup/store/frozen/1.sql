
        CREATE TABLE contacts (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            email TEXT,
            phone TEXT,
            title TEXT,
            company TEXT,
            preferred_channel TEXT,
            linkedin_ok INTEGER,
            notes TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX contacts_email ON contacts(email);
        CREATE TABLE applications (
            id INTEGER PRIMARY KEY,
            company TEXT NOT NULL CHECK (length(trim(company)) > 0),
            role TEXT NOT NULL,
            status TEXT NOT NULL DEFAULT 'active',
            playbook TEXT NOT NULL,
            holidays TEXT,
            phase TEXT NOT NULL DEFAULT '',
            notices TEXT NOT NULL DEFAULT '[]',
            notes TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX applications_status ON applications(status);
        CREATE TABLE interviews (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            round INTEGER NOT NULL,
            at TEXT NOT NULL,
            tz TEXT NOT NULL,
            coordinator_id INTEGER REFERENCES contacts(id),
            decision_by TEXT,
            timeline_note TEXT,
            all_contacted INTEGER,
            follow_up_on TEXT,
            call_in INTEGER,
            follow_up_by TEXT,
            thank_you_by TEXT,
            fit INTEGER NOT NULL DEFAULT 1,
            needs TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX interviews_application ON interviews(application_id);
        CREATE TABLE interviewers (
            interview_id INTEGER NOT NULL REFERENCES interviews(id) ON DELETE CASCADE,
            contact_id INTEGER NOT NULL REFERENCES contacts(id),
            position INTEGER NOT NULL,
            PRIMARY KEY (interview_id, contact_id)
        );
        CREATE TABLE events (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            on_date TEXT NOT NULL,
            note TEXT,
            decision_by TEXT,
            follow_up_on TEXT,
            call_in INTEGER,
            follow_up_by TEXT,
            created_at TEXT NOT NULL
        );
        CREATE INDEX events_application ON events(application_id);
        CREATE TABLE steps (
            id INTEGER PRIMARY KEY,
            application_id INTEGER NOT NULL REFERENCES applications(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            kind TEXT NOT NULL,
            channel TEXT NOT NULL,
            recipients TEXT NOT NULL,
            via TEXT,
            due TEXT NOT NULL,
            latest TEXT NOT NULL,
            status TEXT NOT NULL,
            rule TEXT NOT NULL,
            why TEXT NOT NULL,
            touch INTEGER NOT NULL DEFAULT 0,
            done_on TEXT,
            updated_at TEXT NOT NULL,
            UNIQUE (application_id, key)
        );
        CREATE INDEX steps_status_due ON steps(status, due);
        