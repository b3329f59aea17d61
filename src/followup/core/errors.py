"""Domain errors. Each carries the exit code the command line uses for it (CONTRACT.md)."""

from __future__ import annotations


class FollowupError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInput(FollowupError):
    """The user asked for something impossible or malformed; nothing was changed."""

    exit_code = 2


class NotFound(FollowupError):
    """An id that names nothing."""

    exit_code = 1


class Conflict(FollowupError):
    """A well-formed request that the current state does not allow."""

    exit_code = 2


class Unconfirmed(BadInput):
    """Something unusual that the user must confirm (`--yes`, or a question in a terminal)."""
