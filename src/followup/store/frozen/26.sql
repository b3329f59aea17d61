
        CREATE TABLE task_sync (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            account TEXT NOT NULL,
            collection TEXT,
            salt TEXT NOT NULL,
            sync_token TEXT,
            ctag TEXT,
            synced_at TEXT
        );
        CREATE TABLE task_items (
            step_id INTEGER PRIMARY KEY,
            href TEXT NOT NULL UNIQUE,
            etag TEXT,
            due TEXT NOT NULL,
            status TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            gone INTEGER NOT NULL DEFAULT 0,
            written_at TEXT NOT NULL
        );
        CREATE TABLE task_proposals (
            id INTEGER PRIMARY KEY,
            step_id INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('done', 'snooze', 'skip')),
            day TEXT,
            reason TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'accepted',
                'dismissed')),
            created_at TEXT NOT NULL
        );
        CREATE UNIQUE INDEX task_proposals_open ON task_proposals(step_id, kind)
            WHERE state = 'open';
        