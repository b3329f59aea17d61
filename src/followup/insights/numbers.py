"""`followup stats` (A5): how the candidate's follow-ups are working, from what is kept."""

from __future__ import annotations

from datetime import date
from typing import Any

from followup.core import stats as st
from followup.core.errors import BadInput
from followup.store.reads_more import change_mark, stats_counts
from followup.store.sqlite import Store

_KEPT: Any = None  # Store -> {(change mark, today, since, weeks): Stats}, for the web page
_KEEP = 8  # periods kept per connection


def stats(store: Store, today: date, since: date | None = None,
          weeks: int = 8) -> st.Stats:
    """Response rates, time to first reply, ghosting, the funnel and weekly activity. The
    same numbers are counted again only once something was written (by any process)."""
    global _KEPT
    if since is not None and since > today:
        raise BadInput(f"--since {since} is after today")
    if _KEPT is None:
        import weakref

        _KEPT = weakref.WeakKeyDictionary()
    # Counted in SQL; st.compute over store.insights.stats_facts, the same numbers, is the
    # reference.
    with store.read():
        key = (change_mark(store.conn), today, since, weeks)
        kept: dict[Any, st.Stats] = _KEPT.setdefault(store, {})
        if key in kept:
            return kept[key]
        counts = stats_counts(store.conn, today, since, weeks)
    numbers = st.from_counts(counts, today, since, weeks)
    if len(kept) >= _KEEP or any(k[0] != key[0] for k in kept):
        kept.clear()
    kept[key] = numbers
    return numbers
