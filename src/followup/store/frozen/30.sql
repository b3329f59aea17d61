
        CREATE TABLE sent_copies (
            id INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL UNIQUE,
            folder TEXT NOT NULL,
            message TEXT NOT NULL,
            sent_at TEXT NOT NULL
        );
        ALTER TABLE imports ADD COLUMN source TEXT;
        ALTER TABLE imports ADD COLUMN rows_done INTEGER NOT NULL DEFAULT 0;
        