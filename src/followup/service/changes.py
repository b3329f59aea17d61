"""The last change `followup undo` would take back, for a front end that reports a change in
plain words (the assistant's tools, followup mcp)."""

from __future__ import annotations

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from followup.store.sqlite import Store


def last_change(store: Store) -> tuple[int, str] | None:
    """The newest undoable change: its number and what it did ("marked step 3 (...) done on
    Mon 23 Nov"), or None when there is none."""
    from followup.store import undo as undo_log

    entry = undo_log.latest(store.conn)
    return None if entry is None else (entry.id, entry.what)
