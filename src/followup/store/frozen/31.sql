
        CREATE TABLE inbox_proposals_31 (
            id INTEGER PRIMARY KEY,
            message_key TEXT NOT NULL,
            application_id INTEGER REFERENCES applications(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            payload TEXT NOT NULL,
            summary TEXT NOT NULL,
            state TEXT NOT NULL DEFAULT 'open'
                CHECK (state IN ('open', 'confirmed', 'dismissed')),
            created_at TEXT NOT NULL
        );
        INSERT INTO inbox_proposals_31 (id, message_key, application_id, kind, payload,
            summary, state, created_at)
            SELECT id, message_key, application_id, kind, payload, summary, state, created_at
            FROM inbox_proposals;
        DROP TABLE inbox_proposals;
        ALTER TABLE inbox_proposals_31 RENAME TO inbox_proposals;
        CREATE INDEX inbox_proposals_state ON inbox_proposals(state);
        CREATE UNIQUE INDEX inbox_proposals_one ON inbox_proposals(message_key,
            ifnull(application_id, 0));
        CREATE INDEX inbox_proposals_application ON inbox_proposals(application_id)
        
