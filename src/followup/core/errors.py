"""Domain errors. Each carries the exit code the command line uses for it (CONTRACT.md)."""

from __future__ import annotations

TYPE_CHECKING = False  # contextlib and typing stay unloaded on the fast read paths
if TYPE_CHECKING:
    from types import TracebackType


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


class on_field:  # used as a function: `with on_field("email"):`
    """Bad input raised inside belongs to the field `name`, unless it already names one.
    A class rather than a contextlib.contextmanager: this module is on every path."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        if isinstance(exc, BadInput) and exc.field is None:
            exc.field = self.name
