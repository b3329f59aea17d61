"""One context per invocation (settings, store, clock, output mode) and the one place that
turns domain errors into a message and an exit code."""

from __future__ import annotations

import functools
import os
import sqlite3
import sys
from datetime import date, datetime

from followup.core.errors import BadInput, FollowupError

TYPE_CHECKING = False  # mypy treats this name as True; `typing` stays unimported at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import Any, ParamSpec, TypeVar

    from followup.store.sqlite import Store

    P = ParamSpec("P")
    R = TypeVar("R")


class Context:
    def __init__(self, db: str | None, now: str | None, *, read_only: bool = False) -> None:
        self._read_only = read_only  # the store never writes (followup mcp, read-only)
        self._db_option = db or os.environ.get("FOLLOWUP_DB") or None
        self._now_option = now or os.environ.get("FOLLOWUP_NOW") or None
        self._settings: dict[str, str | None] | None = None
        self._store: Store | None = None
        self._now: datetime | None = None
        self.resume: str | None = None  # an import's source, set before the store opens

    @property
    def given_db(self) -> str | None:
        """--db as given (or FOLLOWUP_DB), for a server that opens a context per request."""
        return self._db_option

    @property
    def given_now(self) -> str | None:
        """--now as given (or FOLLOWUP_NOW); None: the real clock."""
        return self._now_option

    @property
    def settings(self) -> dict[str, str | None]:
        if self._settings is None:
            from followup import settings

            self._settings = settings.load()
        return self._settings

    @property
    def tz(self) -> str:
        tz = self.settings.get("tz")
        if tz:
            from followup.core.when import zone

            zone(tz)
            return tz
        from followup.clock import system_zone

        return system_zone()

    @property
    def now(self) -> datetime:
        if self._now is None:
            if self._now_option:
                from followup.core.when import parse_now

                self._now = parse_now(self._now_option, self.tz)
            else:
                from followup.clock import real_now

                self._now = real_now(self.tz)
        return self._now

    @property
    def today(self) -> date:
        return self.now.date()

    @property
    def db_file(self) -> str:
        """`db_path` as text; pathlib stays unloaded when --db or FOLLOWUP_DB names it."""
        if self._db_option:
            return os.path.expanduser(self._db_option)  # noqa: PTH111
        return str(self.db_path)

    @property
    def db_path(self) -> Path:
        from pathlib import Path

        if self._db_option:
            return Path(self._db_option).expanduser()
        configured = self.settings.get("db")
        if configured:
            return Path(configured).expanduser()
        from followup import private
        from followup.settings import default_db

        path = default_db()
        private.own_folder(path.parent, make=False)  # followup's own data folder: 0700
        return path

    @property
    def store(self) -> Store:
        if self._store is None:
            raw = self._db_option or self.settings.get("db") or ""
            if raw.startswith(("postgresql://", "postgres://")):
                raise BadInput("PostgreSQL is not supported yet: give a SQLite file path")
            if raw:
                check_db_name(raw)
            from followup.store.sqlite import Store

            self._store = Store(self.db_path, read_only=self._read_only, resume=self.resume)
            for notice in self._store.notices:  # an interrupted import taken back, say
                print(f"followup: {notice}", file=sys.stderr)
        return self._store

    def close(self) -> None:
        if self._store is not None:
            self._store.close()


def check_db_name(raw: str) -> None:
    """Only a file keeps data; an in-memory or URI name would lose it silently."""
    name = raw.strip()
    if name == ":memory:" or name.lower().startswith("file:") or "mode=memory" in name:
        raise BadInput(f"--db {raw!r}: give the path of a SQLite file; in-memory and URI "
                       "names would lose your data when the command ends")
    if name != raw or not name or "\x00" in name:
        raise BadInput(f"--db {raw!r}: give the path of a SQLite file")


def fail(message: str, code: int) -> None:
    """One line on stderr; whatever the message quotes from data is shown escaped."""
    from followup.core.validate import safe

    print(f"followup: error: {safe(message)}", file=sys.stderr)
    raise SystemExit(code)


def _ids_in_range(options: dict[str, object]) -> None:
    """Every whole number given on the command line (ids above all) fits SQLite's integers:
    a larger one is one line here, not an OverflowError from the store."""
    for name, value in options.items():
        if type(value) is not int:
            continue
        from followup.core.validate import ID_MAX  # only when a number was given

        if not -ID_MAX <= value <= ID_MAX:
            raise BadInput(f"{name.replace('_', ' ')}: {value} is out of range (ids and "
                           f"numbers go up to {ID_MAX})")


def handles_errors(func: Callable[P, R]) -> Callable[P, R]:
    """Domain errors become one line on stderr and their exit code; never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            _ids_in_range(kwargs)
            return func(*args, **kwargs)
        except KeyboardInterrupt:
            fail("interrupted; nothing was changed", 130)
        except BrokenPipeError:
            # The reader went away (`followup today | head`): leave quietly, like cat does.
            sys.stderr.close()
            os._exit(141)
        except (FollowupError, sqlite3.Error, OSError) as exc:
            fail(*said(exc))
        raise AssertionError("unreachable")

    return wrapper


def said(exc: FollowupError | sqlite3.Error | OSError) -> tuple[str, int]:
    """The one line (without "followup: error: ") and the exit code of an error, as every
    front end words it (the command line here, the assistant's tools in assistant.server)."""
    if isinstance(exc, FollowupError):
        return exc.message, exc.exit_code
    if isinstance(exc, sqlite3.Error):
        return f"database error: {exc}; nothing was changed", 1
    return (f"{exc.strerror or exc} ({exc.filename})" if exc.filename else str(exc)), 1


def emit_json(document: Any) -> None:
    from followup.jsonout import dumps

    sys.stdout.write(dumps(document) + "\n")
