"""Reading the files candidates bring: bytes to text, or one clear refusal (exit 2).

Every read is a capped stream: the size a file reports is not trusted (`/dev/zero`
reports none, a ZIP member may lie), so reading stops at the cap whatever the file says.
"""

from __future__ import annotations

import codecs
import io
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from followup import budgets
from followup.core.errors import BadInput

MAX_BYTES = budgets.FILE_BYTES
MAX_TEXT = budgets.TEXT_BYTES
CHUNK = 1024 * 1024


def too_large(name: str, cap: int) -> BadInput:
    size = f"{cap // 1_048_576} MB" if cap % 1_048_576 == 0 else f"{cap:,} bytes"
    return BadInput(f"{name} is too large (more than {size}); nothing was imported")


def read_stream(stream: IO[bytes], name: str, cap: int) -> bytes:
    """At most `cap` bytes of `stream`; BadInput as soon as there are more."""
    parts: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = stream.read(CHUNK)
        except OSError as exc:
            raise BadInput(f"cannot read {name}: {exc.strerror or exc}") from None
        if not chunk:
            return b"".join(parts)
        total += len(chunk)
        if total > cap:
            raise too_large(name, cap)
        if not parts and b"\x00" in chunk[:4096] and not chunk.startswith(
                (b"\xff\xfe", b"\xfe\xff", b"PK")):
            raise BadInput(f"{name}: this is a binary file, not text")
        parts.append(chunk)


def read_bytes(path: Path, cap: int = MAX_TEXT) -> bytes:
    """The file's content, read as a capped stream, or BadInput saying why it cannot be."""
    with budgets.open_regular(path) as stream:
        return read_stream(stream, path.name, cap)


def decode(data: bytes, name: str) -> str:
    """UTF-8 (with or without a BOM), else UTF-16 with a BOM, else Windows-1252 as older
    address-book exports use; refuses what looks binary."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise BadInput(f"{name}: not readable text (broken UTF-16)") from None
    if b"\x00" in data[:4096]:
        raise BadInput(f"{name}: this is a binary file, not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        raise BadInput(f"{name}: not readable text (neither UTF-8 nor Windows-1252)") from None


def lines(path: Path, *, cap: int = MAX_BYTES, max_line: int = 64 * 1024,
          skip_long: tuple[str, ...] = ()) -> Iterator[tuple[int, str | None]]:
    """(line number, text) for each line, read as a stream: never more than `max_line` bytes
    of one line and `cap` bytes in all are held. A longer line whose name (the part before
    `;` or `:`) is in `skip_long` is passed over; any other comes as (number, None)."""
    name = path.name
    with budgets.open_regular(path) as stream:
        head = stream.read(4)
        if head.startswith((b"\xff\xfe", b"\xfe\xff")):
            yield from _utf16_lines(stream, head, name, cap, max_line)
            return
        if b"\x00" in head:
            raise BadInput(f"{name}: this is a binary file, not text")
        total = len(head)
        pending = head
        number = 0
        while True:
            try:
                raw = pending + stream.readline(max_line + 1 - len(pending))
            except OSError as exc:
                raise BadInput(f"cannot read {name}: {exc.strerror or exc}") from None
            pending = b""
            if not raw:
                return
            total += len(raw)
            if total > cap:
                raise too_large(name, cap)
            if b"\x00" in raw:
                raise BadInput(f"{name}: this is a binary file, not text")
            number += 1
            if not raw.endswith(b"\n") and len(raw) > max_line:
                total += _skip_line(stream, name, cap, cap - total)
                key = raw[:80].split(b":", 1)[0].split(b";", 1)[0].strip().decode(
                    "ascii", "replace").upper()
                yield number, ("" if key in skip_long else None)
                continue
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:  # older address books write Windows-1252
                text = raw.decode("cp1252", "replace")
            yield number, text.rstrip("\r\n")


def _skip_line(stream: IO[bytes], name: str, cap: int, room: int) -> int:
    """Read past the rest of an over-long line; the bytes passed over."""
    skipped = 0
    while True:
        chunk = stream.readline(CHUNK)
        skipped += len(chunk)
        if skipped > room:
            raise too_large(name, cap)
        if not chunk or chunk.endswith(b"\n"):
            return skipped


def _utf16_lines(stream: IO[bytes], head: bytes, name: str, cap: int,
                 max_line: int) -> Iterator[tuple[int, str | None]]:
    """UTF-16 files are rare (old Outlook exports): read whole, within the cap."""
    data = head + read_stream(stream, name, cap - len(head))
    text = decode(data, name)
    for number, line in enumerate(text.splitlines(), start=1):
        yield number, (line if len(line) <= max_line else None)


def text_lines(text: str) -> Iterator[str]:
    """The text's lines, one at a time with their endings (no copy of the whole text: a
    StringIO of it would hold four bytes a character)."""
    start = 1 if text.startswith("\ufeff") else 0
    if "\n" not in text:  # one line, or old Mac endings: small enough to split at once
        yield from io.StringIO(text[start:], newline="")
        return
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end + 1]
        start = end + 1
