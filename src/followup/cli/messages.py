"""Commands for messages (issue 3): filled in by the messages work."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add the message commands to `app`."""
