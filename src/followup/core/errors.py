"""Domain errors. Each carries the exit code the command line uses for it (CONTRACT.md)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class FollowupError(Exception):
    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class BadInput(FollowupError):
    """The user asked for something impossible or malformed; nothing was changed. `field`
    names the input it is about (a key of core.fields.FIELD, or another form field) when the
    check knows it, so a page shows the message beside that input."""

    exit_code = 2

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFound(FollowupError):
    """An id that names nothing."""

    exit_code = 1


class Conflict(FollowupError):
    """A well-formed request that the current state does not allow."""

    exit_code = 2


class SharedAddress(BadInput):
    """An address someone else is kept under another name: the candidate says whether it is
    that person (--merge) or another one (--new); nothing is changed until they do."""


class Unconfirmed(BadInput):
    """Something unusual that the user must confirm (`--yes`, or a question in a terminal)."""


@contextmanager
def on_field(name: str) -> Iterator[None]:
    """Bad input raised inside belongs to the field `name`, unless it already names one."""
    try:
        yield
    except BadInput as exc:
        if exc.field is None:
            exc.field = name
        raise
