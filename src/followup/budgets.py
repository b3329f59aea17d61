"""Budgets: the one home of every limit on reading outside data, and the ways to hold a
reader to them.

Whatever comes from outside (a file given on the command line, an upload, a stranger's mail
in the inbox, another tool's export, the config file) is read under four kinds of limit:

- size: bytes read at most, counted on the stream (a file's reported size is not trusted);
- count: events, attendees, MIME parts, cards, rows: each format's own table below;
- depth: nesting (MIME multiparts, JSON arrays); a RecursionError is a broken depth budget;
- time: `within(seconds, what, fn)` stops a reader that runs past its time (a recurrence
  rule that yields a moment every second since 1601) wherever it is, in any thread.

A reader that breaks a budget raises `OverBudget`, a BadInput: one clear line, exit 2,
nothing stored; the inbox skips such a message, reports it and goes on with the rest.
Only regular files are opened (`open_regular`): a FIFO, a device or a socket is refused
before anything waits on it. Standard input, when it is a pipe, is read under an idle bound
(`stdin`): a producer that stops sending without closing the pipe does not hang the command.
"""

from __future__ import annotations

import os
import stat
import time

from followup.core.errors import BadInput

TYPE_CHECKING = False  # mypy reads it as True; `typing` and pathlib stay unloaded at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from pathlib import Path
    from typing import IO, ParamSpec, TypeVar

    P = ParamSpec("P")
    T = TypeVar("T")

# Time: seconds one reading may take (a generous bound on a busy machine; real files take
# milliseconds).
SECONDS = 5.0

# Standard input ("-" for a file): a pipe that sends nothing for this long is not sending a
# message. A terminal is never timed (a person is typing). FOLLOWUP_STDIN_IDLE overrides it.
STDIN_IDLE_SECONDS = 30.0

# Calendar invitations (.ics, or an e-mail carrying one): `add --from`, the inbox, uploads.
ICS_BYTES = 2_000_000
ICS_EVENTS = 50  # VEVENTs in one invitation (a whole series is one VEVENT with an RRULE)
ICS_ATTENDEES = 200  # people on one invitation: an interview panel is a handful
ICS_ZONE_RULES = 20  # STANDARD/DAYLIGHT blocks in one VTIMEZONE
ICS_ZONE_FREQS = ("YEARLY",)  # a zone's offsets change at most a few times a year
ICS_SEQUENCE = 2**31 - 1  # RFC 5545: SEQUENCE is an integer; stored in SQLite

# E-mail messages: the inbox and `add --from message.eml`.
MAIL_BYTES = 25 * 1024 * 1024  # a message with attachments, as most servers cap it
MAIL_MULTIPARTS = 40  # multipart containers in one message (depth is at most this)
MAIL_PARTS = 500  # boundary lines in one message

# Files brought by the candidate: vCards, CSV, LinkedIn exports, JSON backups.
FILE_BYTES = 512 * 1024 * 1024  # a vCard address book, photos included (streamed, skipped)
TEXT_BYTES = 64 * 1024 * 1024  # a file read whole: LinkedIn's 30,000 connections are ~5 MB
CARD_LINES = 500
CARDS = 50_000  # far beyond any address book; keeps an import's memory bounded
CARD_CHARS = 256 * 1024
CSV_ROWS = 50_000  # applications in one file: far beyond any search; keeps memory bounded
CONNECTIONS = 100_000  # rows of LinkedIn's Connections.csv: it caps a network at 30,000
CONNECTIONS_SECONDS = 30.0  # reading all of them (30,000 take well under a second)

# Caches of ours that any run may rebuild (holiday tables, compiled patterns).
CACHE_BYTES = 4_000_000

# Configuration and templates.
TOML_BYTES = 1024 * 1024  # config.toml, and the dashboard's secrets file
TEMPLATE_BYTES = 256 * 1024  # a template of the candidate's own
TEMPLATE_SECONDS = 2.0
TEMPLATE_OUTPUT = 100_000  # characters: a long letter is 5,000
TEMPLATE_ITEMS = 100_000  # range() items in one rendering, all loops together
TEMPLATE_GROWTH_KIB = 64 * 1024


class OverBudget(BadInput):
    """A reader went past one of its budgets; the message says which, and what was read."""


class _Expired(BaseException):
    """Raised inside the reading thread when its time is up (BaseException, so that a
    library's `except Exception` cannot swallow it)."""


class _Watchdog:
    """One daemon thread that raises _Expired in each reading thread whose time is up."""

    def __init__(self) -> None:
        import threading

        self.local = threading.local()  # whether this thread reads under a budget already
        # The readers take the plain lock, never the condition: _Expired can land in a reader
        # at any bytecode, and inside Condition.__enter__ (Python code) it would leave the lock
        # taken for good and every later reader waiting on it. `with` on a C lock has no
        # bytecode between taking it and the block that gives it back.
        self.lock = threading.Lock()
        self.cond = threading.Condition(self.lock)  # the watchdog's own wait
        self.entries: dict[int, tuple[float, int]] = {}  # token -> (deadline, thread)
        self.counter = 0
        self.thread: threading.Thread | None = None

    def add(self, thread_id: int, seconds: float) -> int:
        with self.lock:
            self.counter += 1
            self.entries[self.counter] = (time.monotonic() + seconds, thread_id)
            if self.thread is None:
                import threading

                self.thread = threading.Thread(target=self.run, name="followup-budgets",
                                               daemon=True)
                self.thread.start()
            self.cond.notify()
            return self.counter

    def remove(self, token: int) -> bool:
        """Stop watching; True if the time had run out (an _Expired is, or was, raised)."""
        with self.lock:
            return self.entries.pop(token, None) is None

    def run(self) -> None:
        with self.lock:
            while True:
                now = time.monotonic()
                for token, (deadline, thread_id) in list(self.entries.items()):
                    if deadline <= now:
                        del self.entries[token]
                        _raise_in(thread_id, _Expired)
                soonest = min((d for d, _ in self.entries.values()), default=None)
                self.cond.wait(None if soonest is None else max(soonest - now, 0.001))


def _raise_in(thread_id: int, kind: type[BaseException] | None) -> None:
    """CPython's way to raise an exception in another thread at its next bytecode (pure
    Python code, as every slow reader is; C code finishes its call first). None clears
    one that is still pending."""
    import ctypes

    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread_id),
                                               ctypes.py_object(kind) if kind else None)


_watchdogs: list[_Watchdog] = []  # made on first use: `threading` stays off the fast path


def _watchdog() -> _Watchdog:
    if not _watchdogs:
        _watchdogs.append(_Watchdog())
    return _watchdogs[0]


def within(seconds: float, what: str, fn: Callable[P, T], *args: P.args,
           **kwargs: P.kwargs) -> T:
    """fn(*args, **kwargs), stopped with OverBudget past `seconds` or past the interpreter's
    depth. Nested calls run under the outermost budget."""
    import threading

    dog = _watchdog()
    if getattr(dog.local, "on", False):
        return fn(*args, **kwargs)
    me = threading.get_ident()
    dog.local.on = True
    token = 0  # no token is 0: none taken yet
    # The watchdog raises _Expired at most once per token, at any bytecode from the moment
    # `add` lets its lock go (on a busy machine the time can be up before add has returned):
    # every line from there to the token's removal is inside the try that turns it into
    # OverBudget, and the thread's flag is put back only after, where nothing can land.
    try:
        try:
            try:
                token = dog.add(me, seconds)
                return fn(*args, **kwargs)
            finally:
                if token and dog.remove(token):
                    _raise_in(me, None)
                    raise _Expired
        except _Expired:
            raise OverBudget(f"{what} takes too long to read (over {seconds:g} s): "
                             "nothing was read from it") from None
        except RecursionError:
            raise OverBudget(f"{what} is nested too deeply to read: nothing was read from it"
                             ) from None
    finally:
        dog.local.on = False


def at_most(count: int, limit: int, what: str, unit: str) -> None:
    """OverBudget when `count` is over `limit` ("the invitation has more than 200 attendees")."""
    if count > limit:
        raise OverBudget(f"{what} has more than {limit:,} {unit}: too many to be read")


def said(exc: BaseException, cap: int = 200) -> str:
    """What a library's exception says, as one line of at most `cap` characters (icalendar
    quotes the whole calendar, across lines)."""
    text = " ".join(str(exc).split())
    return text if len(text) <= cap else text[:cap - 1] + "…"


def read_small(path: str | Path, cap: int, what: str) -> str:
    """A small text file of ours that anyone may have edited (config, template): a regular
    file, at most `cap` bytes, UTF-8."""
    with open_regular(path) as stream:
        raw = stream.read(cap + 1)
    at_most(len(raw), cap, what, "bytes")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput(f"{what} is not UTF-8 text") from None


class _IdleBounded:
    """Standard input read like a buffered stream (read(n) fills up to n bytes or the end),
    with OverBudget when nothing arrives for `idle` seconds."""

    def __init__(self, fd: int, name: str, idle: float) -> None:
        self.fd, self.name, self.idle = fd, name, idle

    def read(self, n: int = -1) -> bytes:
        import select

        parts: list[bytes] = []
        got = 0
        while n < 0 or got < n:
            ready, _, _ = select.select([self.fd], [], [], self.idle)
            if not ready:
                raise OverBudget(f"{self.name}: nothing arrived for {self.idle:g} s and the "
                                 "input was not closed; pipe a whole message, or give a file")
            chunk = os.read(self.fd, 65536 if n < 0 else min(n - got, 65536))
            if not chunk:
                break
            parts.append(chunk)
            got += len(chunk)
        return b"".join(parts)


def stdin(name: str) -> IO[bytes]:
    """Standard input as a byte stream: a pipe or a redirected file under the idle bound, a
    terminal (or a stream without a descriptor, as in tests) as it is."""
    import sys

    stream = sys.stdin.buffer
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return stream
    if os.isatty(fd) or sys.platform == "win32":  # select() needs sockets on Windows
        return stream
    try:
        idle = float(os.environ.get("FOLLOWUP_STDIN_IDLE", STDIN_IDLE_SECONDS))
    except ValueError:
        idle = STDIN_IDLE_SECONDS
    return _IdleBounded(fd, name, idle if idle > 0 else STDIN_IDLE_SECONDS)  # type: ignore[return-value]


def open_regular(path: str | Path) -> IO[bytes]:
    """The file opened for reading, if it is a regular file; a folder, FIFO, device or socket
    is refused without waiting on it (O_NONBLOCK: opening a FIFO never blocks)."""
    try:
        _regular(os.stat(path).st_mode, path)  # noqa: PTH116  # str on the fast path
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except FileNotFoundError:
        raise BadInput(f"cannot read {path}: no such file") from None
    except PermissionError:
        raise BadInput(f"cannot read {path}: permission denied") from None
    except IsADirectoryError:
        raise BadInput(f"{path} is a folder, not a file") from None
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror or exc}") from None
    try:
        _regular(os.fstat(fd).st_mode, path)  # the file opened is the one checked
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def _regular(mode: int, path: str | Path) -> None:
    if stat.S_ISDIR(mode):
        raise BadInput(f"{path} is a folder, not a file")
    if not stat.S_ISREG(mode):
        kind = ("a pipe (FIFO)" if stat.S_ISFIFO(mode) else "a socket"
                if stat.S_ISSOCK(mode) else "a device")
        raise BadInput(f"{path} is {kind}, not a regular file: save it to a file first")


def mail_shape(raw: bytes, what: str) -> None:
    """A message's size and MIME shape within the mail budgets, counted on the bytes before
    any parser sees them (the stdlib parser recurses once per nested multipart)."""
    at_most(len(raw), MAIL_BYTES, what, "bytes")
    low = raw.lower()
    at_most(low.count(b"multipart/"), MAIL_MULTIPARTS, what, "nested multipart parts")
    at_most(low.count(b"\n--"), MAIL_PARTS, what, "MIME parts")
