"""Capture without typing: calendar invitations and employers' replies."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from followup.store.sqlite import Store


def waiting(store: Store) -> int:
    """How many inbox messages wait for the candidate: unsure ones, and open proposals (said
    by Today on the web and by `followup today`; cheap to import: no reader loads for it)."""
    return store.capture.waiting_count()
