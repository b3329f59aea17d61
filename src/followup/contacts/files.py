"""Reading the files candidates bring: bytes to text, or one clear refusal (exit 2)."""

from __future__ import annotations

from pathlib import Path

from followup.core.errors import BadInput

MAX_BYTES = 200 * 1024 * 1024


def read_bytes(path: Path) -> bytes:
    """The file's content, or BadInput saying why it cannot be read."""
    try:
        if path.is_dir():
            raise BadInput(f"{path} is a folder, not a file")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadInput(f"{path} is too large ({size // 1_048_576} MB)")
        return path.read_bytes()
    except FileNotFoundError:
        raise BadInput(f"cannot read {path}: no such file") from None
    except PermissionError:
        raise BadInput(f"cannot read {path}: permission denied") from None
    except OSError as exc:
        raise BadInput(f"cannot read {path}: {exc.strerror or exc}") from None


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
