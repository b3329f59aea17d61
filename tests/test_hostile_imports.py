"""Issue 12.3: imports read as capped streams. Each bomb is made by the test; each import runs
in a child whose address space is limited with setrlimit, so a reader that holds the whole
file (or trusts a size it was told) fails the test instead of the machine."""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"
LIMIT = 200 * 1024 * 1024  # the bound on an import's memory
NOW = "2026-11-23T18:00"
HEADER = b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n"


def bounded(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The real program with at most LIMIT bytes of address space."""

    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))

    return subprocess.run(
        [sys.executable, "-m", "followup", "--db", str(db), "--now", NOW, *args],
        capture_output=True, text=True, timeout=300, check=False, preexec_fn=limit,
        env={**os.environ, "PYTHONPATH": str(SRC), "OPENBLAS_NUM_THREADS": "1"})


def one_line(res: subprocess.CompletedProcess[str]) -> str:
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in res.stderr, res.stderr
    return lines[0]


def _card(name: str, photo: bytes) -> bytes:
    return (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name.encode() + b"\r\nEMAIL:"
            + name.split()[0].lower().encode() + b"@acme.example\r\n" + photo
            + b"ORG:Acme\r\nEND:VCARD\r\n")


def test_a_200_mb_vcard_with_a_huge_photo_imports_in_bounded_memory(tmp_path: Path) -> None:
    cards = tmp_path / "photo.vcf"
    block = b"QUFB" * (1 << 18)  # 1 MiB of base64
    with cards.open("wb") as out:
        out.write(_card("Ann Lee", b"PHOTO;ENCODING=b;TYPE=JPEG:" + block * 100 + b"\r\n"))
        folded = b"PHOTO;ENCODING=b;TYPE=JPEG:" + b"".join(
            b" " + block[:74] + b"\r\n" for _ in range(1_000)) + b"\r\n"
        out.write(_card("Bo Chan", folded))
        out.write(_card("Cy Diaz", b"LOGO;ENCODING=b:" + block * 100 + b"\r\n"))
    assert cards.stat().st_size > 200_000_000
    res = bounded(tmp_path / "f.db", "contacts", "import", str(cards), "--json")
    assert res.returncode == 0, res.stderr
    assert '"imported": 3' in res.stdout


def test_a_vcard_line_too_long_outside_a_photo_skips_only_its_card(tmp_path: Path) -> None:
    cards = tmp_path / "long.vcf"
    cards.write_bytes(_card("Ann Lee", b"NOTE:" + b"x" * 2_000_000 + b"\r\n")
                      + _card("Bo Chan", b""))
    res = bounded(tmp_path / "f.db", "contacts", "import", str(cards), "--json")
    assert res.returncode == 0, res.stderr
    assert '"imported": 1' in res.stdout and "too long" in res.stdout


@pytest.mark.parametrize("command", [["contacts", "import"], ["network", "import"],
                                     ["import", "json"], ["import", "csv"]])
def test_dev_zero_is_refused_at_once(command: list[str], tmp_path: Path) -> None:
    res = bounded(tmp_path / "f.db", *command, "/dev/zero")
    assert res.returncode == 2
    assert "not a regular file" in one_line(res)


@pytest.mark.parametrize("command", [["network", "import"], ["import", "json"],
                                     ["import", "csv"]])
def test_a_200_mb_text_file_is_refused_in_bounded_memory(command: list[str],
                                                        tmp_path: Path) -> None:
    big = tmp_path / "big.csv"
    row = b"Ann,Lee,,,Acme,Analyst,12 Mar 2024\r\n"
    with big.open("wb") as out:
        out.write(HEADER)
        chunk = row * (1 << 15)
        for _ in range(200 * 1024 * 1024 // len(chunk) + 1):
            out.write(chunk)
    res = bounded(tmp_path / "f.db", *command, str(big))
    assert res.returncode == 2
    assert "too large" in one_line(res)


def test_a_zip_whose_csv_unpacks_past_the_cap_is_refused(tmp_path: Path) -> None:
    """A small ZIP that declares a 300 MB Connections.csv (LinkedIn's is a few MB)."""
    archive = tmp_path / "export.zip"
    row = b"Ann,Lee,,,Acme,Analyst,12 Mar 2024\r\n" * (1 << 14)
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED,
                         compresslevel=1) as z, z.open("Connections.csv", "w",
                                                       force_zip64=True) as member:
        member.write(HEADER)
        for _ in range(300 * 1024 * 1024 // len(row)):
            member.write(row)
    assert archive.stat().st_size < 10_000_000
    res = bounded(tmp_path / "f.db", "network", "import", str(archive))
    assert res.returncode == 2
    assert "too large" in one_line(res)


# Found again by hand (issue 12, re-checked): an invitation read with `add --from` trusted the
# file to end; /dev/zero took 23 GB before the kernel killed it.
@pytest.mark.parametrize("flags", [["--yes"], ["--json"], []])
def test_add_from_dev_zero_is_refused_at_once(flags: list[str], tmp_path: Path) -> None:
    res = bounded(tmp_path / "f.db", "add", "--from", "/dev/zero", *flags)
    assert res.returncode == 2 and "not a regular file" in one_line(res)
    assert not (tmp_path / "f.db").exists() or _applications(tmp_path / "f.db") == 0


def _applications(db: Path) -> int:
    import sqlite3

    conn = sqlite3.connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM applications").fetchone()[0])
    finally:
        conn.close()


def _big_text(path: Path, size: int = 200 * 1024 * 1024) -> Path:
    line = b"DESCRIPTION:" + b"a" * 60 + b"\r\n"
    with path.open("wb") as out:
        out.write(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\n")
        chunk = line * (1 << 14)
        for _ in range(size // len(chunk) + 1):
            out.write(chunk)
    return path


def test_a_200_mb_invitation_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    res = bounded(tmp_path / "f.db", "add", "--from", str(_big_text(tmp_path / "big.ics")),
                  "--yes")
    assert res.returncode == 2 and "too large" in one_line(res)


def test_an_endless_invitation_on_standard_input_is_refused(tmp_path: Path) -> None:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_AS, (LIMIT, LIMIT))

    with open("/dev/zero", "rb") as zeros:
        res = subprocess.run(
            [sys.executable, "-m", "followup", "--db", str(tmp_path / "f.db"), "--now", NOW,
             "add", "--from", "-", "--yes"], stdin=zeros, capture_output=True, text=True,
            timeout=300, check=False, preexec_fn=limit,
            env={**os.environ, "PYTHONPATH": str(SRC)})
    assert res.returncode == 2 and "binary" in one_line(res)


def test_checking_the_tone_of_a_200_mb_file_reads_only_what_a_message_can_be(
        tmp_path: Path) -> None:
    res = bounded(tmp_path / "f.db", "check", str(_big_text(tmp_path / "big.txt")))
    assert res.returncode == 2 and "too long to be a message" in one_line(res)


def test_a_vcard_of_a_million_small_cards_is_refused_in_bounded_memory(tmp_path: Path
                                                                        ) -> None:
    cards = tmp_path / "many.vcf"
    card = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A B\r\nEMAIL:a@b.example\r\nEND:VCARD\r\n"
    with cards.open("wb") as out:
        for _ in range(20):
            out.write(card * 50_000)
    assert cards.stat().st_size > 50_000_000
    res = bounded(tmp_path / "f.db", "contacts", "import", str(cards))
    assert res.returncode == 2 and "more than 50,000 cards" in one_line(res)


def test_a_csv_of_a_million_short_rows_is_refused_in_bounded_memory(tmp_path: Path) -> None:
    rows = tmp_path / "many.csv"
    with rows.open("wb") as out:
        out.write(b"company,role,interviewed\n")
        for _ in range(10):
            out.write(b"A,B,2026-11-20 10:00\n" * 100_000)
    res = bounded(tmp_path / "f.db", "import", "csv", str(rows))
    assert res.returncode == 2 and "more than 50,000 rows" in one_line(res)
