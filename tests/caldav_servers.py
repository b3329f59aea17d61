"""A real Radicale CalDAV server on loopback for the sync tests, and a phone: a separate
caldav client that ticks off, moves and deletes tasks as DAVx5, Apple Reminders or
Thunderbird would."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

USER, PASSWORD = "alex", "correct horse"


def _file_keyring() -> type:
    from keyring.backend import KeyringBackend

    class FileKeyring(KeyringBackend):
        """A plaintext keyring in one JSON file: for tests only."""

        priority = 1  # type: ignore[assignment]

        def __init__(self, path: Path) -> None:
            super().__init__()
            self.path = path

        def _all(self) -> dict[str, str]:
            return json.loads(self.path.read_text()) if self.path.exists() else {}

        def get_password(self, service: str, username: str) -> str | None:
            return self._all().get(f"{service}/{username}")

        def set_password(self, service: str, username: str, password: str) -> None:
            found = self._all()
            found[f"{service}/{username}"] = password
            self.path.write_text(json.dumps(found))

        def delete_password(self, service: str, username: str) -> None:
            found = self._all()
            found.pop(f"{service}/{username}", None)
            self.path.write_text(json.dumps(found))

    return FileKeyring


FileKeyring = _file_keyring()


class Radicale:
    def __init__(self, folder: Path, *, fsync: bool = True) -> None:
        """Radicale on loopback with its own folder; `fsync=False` (bench/sync.py only)
        starts it through bench/radicale_nofsync.py, without its flush of each item."""
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "users").write_text(f"{USER}:{PASSWORD}\n", encoding="utf-8")
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.url = f"http://127.0.0.1:{self.port}/"
        command = [sys.executable, "-m", "radicale", "--server-hosts", f"127.0.0.1:{self.port}",
                   "--storage-filesystem-folder", str(folder / "collections"),
                   "--auth-type", "htpasswd", "--auth-htpasswd-filename", str(folder / "users"),
                   "--auth-htpasswd-encryption", "plain", "--logging-level", "info"]
        if not fsync:
            command = [sys.executable, str(Path(__file__).parents[1] / "bench" /
                                           "radicale_nofsync.py"), str(self.port),
                       str(folder / "collections"), str(folder / "users")]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL,
                                        stderr=subprocess.PIPE, text=True)
        assert self.process.stderr is not None
        for line in self.process.stderr:  # synchronised on Radicale saying it listens
            if "Listening on" in line:
                break
        else:
            raise RuntimeError("Radicale did not start")
        # keep reading its log, or it stalls once the pipe is full
        threading.Thread(target=self.process.stderr.read, daemon=True).start()

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[Radicale]:
    pytest.importorskip("radicale")
    server = Radicale(tmp_path / "radicale")
    yield server
    server.stop()


def settings(server_url: str, monkeypatch: pytest.MonkeyPatch, password: str = PASSWORD
             ) -> None:
    monkeypatch.setenv("FOLLOWUP_CALDAV_URL", server_url)
    monkeypatch.setenv("FOLLOWUP_CALDAV_USER", USER)
    monkeypatch.setenv("FOLLOWUP_CALDAV_PASSWORD", password)


class Phone:
    """The task app: its own caldav client, its own connection."""

    def __init__(self, url: str, list_name: str = "followup") -> None:
        import caldav

        self.client = caldav.DAVClient(url=url, username=USER, password=PASSWORD)
        found = [c for c in self.client.principal().calendars()
                 if c.get_display_name() == list_name]
        assert len(found) == 1, "exactly one list of that name"
        self.calendar = found[0]

    def all(self) -> list[Any]:
        return list(self.calendar.todos(include_completed=True))

    def tasks(self, *, completed: bool = True) -> dict[str, Any]:
        """summary -> the task; a completed one only where no open one has its summary."""
        found = self.all()
        uids = [str(t.icalendar_component["uid"]) for t in found]
        assert len(uids) == len(set(uids))
        out: dict[str, Any] = {}
        for t in sorted(found, key=lambda t: not _is_open(t)):
            summary = str(t.icalendar_component.get("summary"))
            if _is_open(t):
                assert summary not in out, f"a duplicate task: {summary}"
                out[summary] = t
            elif completed:
                out.setdefault(summary, t)
        return out

    def open_tasks(self) -> dict[str, Any]:
        return {k: v for k, v in self.tasks().items() if _is_open(v)}

    def complete(self, summary: str, when: datetime) -> None:
        task = self.tasks(completed=False)[summary]
        task.complete(completion_timestamp=when)

    def move(self, summary: str, day: date) -> None:
        task = self.tasks(completed=False)[summary]
        component = task.icalendar_component
        del component["due"]
        component.add("due", day)
        task.save()

    def delete(self, summary: str) -> None:
        self.tasks(completed=False)[summary].delete()

    def close(self) -> None:
        self.client.close()


def _is_open(task: Any) -> bool:
    return str(task.icalendar_component.get("status", "")) != "COMPLETED"
