"""The candidate's profile in SQLite: one row (id 1), created on first write."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from followup.core.profile import FIELDS, Profile
from followup.store.sqlite import Area


class Profiles(Area):
    """The SQL for the candidate's profile (`store.profile`)."""

    def get_profile(self) -> Profile:
        row = self.conn.execute("SELECT * FROM profile WHERE id = 1").fetchone()
        if row is None:
            return Profile()
        return Profile(**{f: row[f] for f in FIELDS})

    def save_profile(self, changes: Mapping[str, str | None], now: datetime) -> Profile:
        """Set the given fields (None clears one) in one transaction; the others stay."""
        columns = [c for c in FIELDS if c in changes]
        with self.store.write():
            self.conn.execute(
                "INSERT INTO profile (id, updated_at) VALUES (1, ?) ON CONFLICT (id) DO NOTHING",
                (now.isoformat(),))
            if columns:
                assignments = ", ".join(f"{c} = ?" for c in columns)
                self.conn.execute(
                    f"UPDATE profile SET {assignments}, updated_at = ? WHERE id = 1",
                    (*(changes[c] for c in columns), now.isoformat()))
        return self.get_profile()
