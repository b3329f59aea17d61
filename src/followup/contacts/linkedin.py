"""LinkedIn's Connections.csv, alone or inside the whole data-export ZIP (A2).

The real file opens with a few lines of notes before its header, may carry a UTF-8 BOM and
CRLF line ends, quotes fields with commas ("Stripe, Inc."), leaves most emails empty, has blank
rows, and writes dates like "12 Mar 2024". Each row is read on its own: a malformed one is
reported with its line number and skipped.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path, PurePosixPath

from followup import budgets
from followup.contacts.files import (
    MAX_TEXT,
    decode,
    read_bytes,
    read_stream,
    text_lines,
    too_large,
)
from followup.core import details as fields
from followup.core.companies import company_key
from followup.core.contacts import Problem
from followup.core.errors import BadInput
from followup.core.validate import strip_controls

REQUIRED = ("First Name", "Last Name", "Company", "Position", "Connected On")
OPTIONAL = ("URL", "Email Address")
_MONTHS = {m: i for i, m in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    start=1)}
_HEADER_SEARCH_LINES = 50
# Fast paths for what nearly every row holds; anything else takes the careful checks.
_PLAIN_PROFILE = re.compile(r"https?://(?:[a-z]{2,3}\.)?linkedin\.com/in/([^/?#\s]+)/?$", re.I)
_PLAIN_EMAIL = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})$")


@dataclass(frozen=True, slots=True)
class Row:
    """One connection as read: the key that identifies it across exports, and its values."""

    line: int
    key: str
    first_name: str
    last_name: str
    url: str | None
    email: str | None
    company: str | None
    company_key: str
    position: str | None
    connected_on: date | None

    def values(self) -> tuple[str | None, ...]:
        """In the order of store.contacts' connection columns."""
        return (self.first_name, self.last_name, self.url, self.email, self.company,
                self.company_key, self.position,
                self.connected_on.isoformat() if self.connected_on else None)


def read(path: Path, counts: dict[str, int] | None = None) -> tuple[str, list[Row | Problem]]:
    """(the name to report the file by, each row read) within the reading budgets: bytes
    (`budgets.TEXT_BYTES`), rows (`budgets.CONNECTIONS`) and time
    (`budgets.CONNECTIONS_SECONDS`), all read before anything is stored."""
    return budgets.within(budgets.CONNECTIONS_SECONDS, path.name, _read, path, counts)


def _read(path: Path, counts: dict[str, int] | None) -> tuple[str, list[Row | Problem]]:
    text, name = read_export(path)
    items: list[Row | Problem] = []
    for item in parse(text, name, counts):
        items.append(item)
        budgets.at_most(len(items), budgets.CONNECTIONS, name, "rows")
    return name, items


def read_export(path: Path) -> tuple[str, str]:
    """(text of Connections.csv, the name to report it by) from the CSV or the export ZIP,
    each read as a capped stream."""
    with budgets.open_regular(path) as probe:
        magic = probe.read(4)
    if magic in (b"PK\x03\x04", b"PK\x05\x06"):
        return _from_zip(path)
    return decode(read_bytes(path, MAX_TEXT), path.name), path.name


def _from_zip(path: Path) -> tuple[str, str]:
    """Connections.csv from the export ZIP. Its declared size is checked first, and the
    bytes actually unpacked are counted too: a member may lie about its size."""
    name = path.name
    try:
        with zipfile.ZipFile(path) as archive:
            members = [m for m in archive.infolist()
                       if PurePosixPath(m.filename).name.lower() == "connections.csv"]
            if not members:
                raise BadInput(f"{name}: this ZIP has no Connections.csv; is it LinkedIn's "
                               "data export?")
            member = min(members, key=lambda m: m.filename.count("/"))
            label = f"{name}:{member.filename}"
            if member.file_size > MAX_TEXT:
                raise too_large(label, MAX_TEXT)
            with archive.open(member) as stream:
                return decode(read_stream(stream, label, MAX_TEXT), label), label
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, NotImplementedError,
            RuntimeError) as exc:
        raise BadInput(f"{name}: cannot open this ZIP file ({exc})") from None
    except OSError as exc:
        raise BadInput(f"cannot read {name}: {exc.strerror or exc}") from None


def parse_date(raw: str) -> date:
    """LinkedIn writes "12 Mar 2024"; older exports "03/12/24"; ISO is accepted too."""
    text = raw.strip()
    parts = text.replace(",", " ").split()
    if len(parts) == 3 and parts[1][:3].lower() in _MONTHS and parts[0].isdigit():
        return date(int(parts[2]), _MONTHS[parts[1][:3].lower()], int(parts[0]))
    if len(parts) == 3 and parts[0][:3].lower() in _MONTHS and parts[1].isdigit():
        return date(int(parts[2]), _MONTHS[parts[0][:3].lower()], int(parts[1]))
    if "/" in text:
        month, day, year = (int(p) for p in text.split("/"))
        return date(year + 2000 if year < 100 else year, month, day)
    return date.fromisoformat(text)


def _header(reader: Iterator[list[str]], name: str) -> tuple[dict[str, int], int]:
    for row in reader:
        cells = [c.strip().lstrip("\ufeff") for c in row]
        if "First Name" in cells and "Last Name" in cells:
            missing = [c for c in REQUIRED if c not in cells]
            if missing:
                raise BadInput(f"{name}: the header lacks {', '.join(missing)}; is this "
                               "LinkedIn's Connections.csv?")
            return {c: cells.index(c) for c in (*REQUIRED, *OPTIONAL) if c in cells}, len(cells)
        line = getattr(reader, "line_num", 0)
        if line > _HEADER_SEARCH_LINES:
            break
    raise BadInput(f"{name}: not LinkedIn's Connections.csv (no 'First Name,Last Name,...' "
                   "header in its first lines)")


def parse(text: str, name: str, counts: dict[str, int] | None = None
          ) -> Iterator[Row | Problem]:
    """Each data row as a Row, or a Problem saying why it was skipped. Blank rows are
    passed over silently. Refuses a file without the header. `counts["controls"]` adds up
    the control characters removed from the cells."""
    try:
        reader = csv.reader(text_lines(text), strict=True)
        columns, width = _header(reader, name)
    except csv.Error as exc:
        raise BadInput(f"{name}: not a readable CSV file ({exc})") from None
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield Problem(reader.line_num, f"malformed CSV ({exc})")
            continue
        line = reader.line_num
        cells = [c.strip() for c in cells]
        if counts is not None and not all(c.isprintable() for c in cells):
            counts["controls"] = counts.get("controls", 0) + sum(
                strip_controls(c)[1] for c in cells if not c.isprintable())
        if not any(cells):
            continue
        if len(cells) != width:
            yield Problem(line, f"expected {width} fields, found {len(cells)}")
            continue
        try:
            yield _row(line, cells, columns)
        except BadInput as exc:
            yield Problem(line, exc.message)


def _cell(cells: list[str], columns: dict[str, int], name: str) -> str | None:
    """One stripped cell, its inner white space made single; None when empty or absent."""
    index = columns.get(name)
    if index is None:
        return None
    text = cells[index]
    if not text:
        return None
    if not text.isprintable():  # someone else's data: controls removed, not refused
        text, _removed = strip_controls(text)
    elif "  " in text:
        text = " ".join(text.split())
    if len(text) > 1000:
        raise BadInput(f"{name} is too long ({len(text)} characters; at most 1000)")
    return text or None


def _profile(raw: str) -> tuple[str, str]:
    """(the profile address, its key) from the URL column."""
    plain = _PLAIN_PROFILE.match(raw)
    if plain:
        return f"https://www.linkedin.com/in/{plain[1]}", f"in:/in/{plain[1].lower()}"
    url = fields.linkedin_url(raw, "URL")
    return url, "in:" + fields.profile_key(url)


def _email(raw: str) -> str:
    plain = _PLAIN_EMAIL.match(raw)
    if plain and ".." not in raw:
        return raw[:plain.start(1)] + plain[1].lower()
    return fields.email(raw, "Email Address")


def _row(line: int, cells: list[str], columns: dict[str, int]) -> Row:
    first = _cell(cells, columns, "First Name") or ""
    last = _cell(cells, columns, "Last Name") or ""
    if not (first or last):
        raise BadInput("no name (LinkedIn leaves it empty for members who hide it)")
    raw_url = _cell(cells, columns, "URL")
    raw_email = _cell(cells, columns, "Email Address")
    email = _email(raw_email) if raw_email else None
    company = _cell(cells, columns, "Company")
    key_of_company = company_key(company)
    raw_date = _cell(cells, columns, "Connected On")
    try:
        connected = parse_date(raw_date) if raw_date else None
    except ValueError:
        raise BadInput(f"Connected On: {raw_date!r} is not a date") from None
    if raw_url:
        url, key = _profile(raw_url)
    else:
        url, key = None, f"name:{first.casefold()} {last.casefold()}|{key_of_company}"
    return Row(line=line, key=key, first_name=first, last_name=last, url=url, email=email,
               company=company, company_key=key_of_company,
               position=_cell(cells, columns, "Position"), connected_on=connected)
