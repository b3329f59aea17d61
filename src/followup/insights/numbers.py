"""`followup stats` (A5): how the candidate's follow-ups are working, from what is kept."""

from __future__ import annotations

from datetime import date

from followup.core import stats as st
from followup.core.errors import BadInput
from followup.store.reads_more import stats_counts
from followup.store.sqlite import Store


def stats(store: Store, today: date, since: date | None = None,
          weeks: int = 8) -> st.Stats:
    """Response rates, time to first reply, ghosting, the funnel and weekly activity."""
    if since is not None and since > today:
        raise BadInput(f"--since {since} is after today")
    # Counted in SQL; st.compute over store.insights.stats_facts, the same numbers, is the
    # reference.
    with store.read():
        counts = stats_counts(store.conn, today, since, weeks)
    return st.from_counts(counts, today, since, weeks)
