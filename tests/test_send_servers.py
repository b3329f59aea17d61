"""Real mail servers for the mail tests, on loopback only: an aiosmtpd SMTP server in a thread
and Debian's dovecot IMAP server in a child process with a throwaway config and maildir.

Imported by test_send*, test_remind* and test_inbox*; it holds a few checks of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
import imaplib
import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import message_from_bytes
from email.message import Message
from email.policy import default
from pathlib import Path
from typing import Any

import pytest

LOOPBACK = "127.0.0.1"


def free_port() -> int:
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return int(s.getsockname()[1])


def make_certificate(folder: Path) -> tuple[Path, Path]:
    """A self-signed certificate for localhost and 127.0.0.1 (openssl's command line)."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is not installed: no certificate for the TLS tests")
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext",
                    "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", str(key),
                    "-out", str(cert)], check=True, capture_output=True, timeout=60)
    return cert, key


MAIL_SETTINGS = ("FOLLOWUP_SMTP_HOST", "FOLLOWUP_SMTP_PORT", "FOLLOWUP_SMTP_SECURITY",
                 "FOLLOWUP_SMTP_USER", "FOLLOWUP_SMTP_PASSWORD", "FOLLOWUP_REMIND_TO",
                 "FOLLOWUP_IMAP_HOST", "FOLLOWUP_IMAP_PORT", "FOLLOWUP_IMAP_SECURITY",
                 "FOLLOWUP_IMAP_USER", "FOLLOWUP_IMAP_PASSWORD", "FOLLOWUP_IMAP_FOLDER",
                 "FOLLOWUP_SENT_FOLDER",
                 "FOLLOWUP_CALENDAR_ALARM", "SSL_CERT_FILE")


@pytest.fixture(autouse=True)
def no_mail_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reaches the developer's own mail servers; a test module that imports this
    fixture starts with none configured."""
    for name in MAIL_SETTINGS:
        monkeypatch.delenv(name, raising=False)


# -- SMTP ------------------------------------------------------------------------------------


@dataclass
class Smtp:
    """What the SMTP server received, and hooks to make it misbehave."""

    port: int
    received: list[Message] = field(default_factory=list)
    envelopes: list[tuple[str, list[str]]] = field(default_factory=list)
    logins: list[str] = field(default_factory=list)
    on_data: Callable[[], None] | None = None  # runs before the message is accepted
    refuse_rcpt: bool = False
    refuse_data: bool = False
    slow_rcpt: float = 0.0  # seconds, so that two clients overlap

    async def handle_RCPT(self, server: Any, session: Any, envelope: Any, address: str,
                          options: list[str]) -> str:
        if self.slow_rcpt:
            await asyncio.sleep(self.slow_rcpt)
        if self.refuse_rcpt:
            return "550 5.1.1 No such user here"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.refuse_data:
            return "554 5.7.1 Message rejected"
        if self.on_data is not None:
            self.on_data()
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.received.append(message_from_bytes(envelope.content, policy=default))
        return "250 2.0.0 Message accepted for delivery"

    def env(self, security: str = "none") -> dict[str, str]:
        return {"FOLLOWUP_SMTP_HOST": LOOPBACK, "FOLLOWUP_SMTP_PORT": str(self.port),
                "FOLLOWUP_SMTP_SECURITY": security}


@contextlib.contextmanager
def smtp_server(**options: Any) -> Iterator[Smtp]:
    """aiosmtpd's Controller on a free loopback port, stopped afterwards."""
    from aiosmtpd.controller import Controller

    handler = Smtp(free_port())
    logins = handler.logins

    def authenticator(server: Any, session: Any, envelope: Any, mechanism: str,
                      data: Any) -> Any:
        from aiosmtpd.smtp import AuthResult, LoginPassword

        good = isinstance(data, LoginPassword) and (data.login, data.password) == (
            b"alex", b"app-password")
        if good:
            logins.append(data.login.decode())
        return AuthResult(success=good, handled=False)

    if options.pop("auth", False):
        options["authenticator"] = authenticator
    controller = Controller(handler, hostname=LOOPBACK, port=handler.port, **options)
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


@pytest.fixture
def smtp(monkeypatch: pytest.MonkeyPatch) -> Iterator[Smtp]:
    with smtp_server() as server:
        for name, value in server.env().items():
            monkeypatch.setenv(name, value)
        yield server


# -- IMAP: dovecot ---------------------------------------------------------------------------


def dovecot_binary() -> str:
    found = shutil.which("dovecot") or next(
        (p for p in ("/usr/sbin/dovecot", "/usr/local/sbin/dovecot") if Path(p).exists()), None)
    if found is None:
        pytest.skip("dovecot is not installed (Debian: apt-get install dovecot-imapd; .ci/run "
                    "installs it): the IMAP tests need a real server")
    return found


CONFIG = """\
protocols = imap
listen = 127.0.0.1
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
ssl = {ssl}
{ssl_files}
disable_plaintext_auth = no
auth_failure_delay = 0
auth_mechanisms = plain login
first_valid_uid = 0
mail_location = maildir:{root}/mail/%u
{users}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail/%u
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
"""


@dataclass
class Dovecot:
    """A dovecot serving one user (alex / imap-secret) on a loopback port."""

    root: Path
    port: int
    process: subprocess.Popen[bytes]
    cert: Path | None = None
    user: str = "alex"
    password: str = "imap-secret"

    def env(self, security: str = "none") -> dict[str, str]:
        return {"FOLLOWUP_IMAP_HOST": LOOPBACK, "FOLLOWUP_IMAP_PORT": str(self.port),
                "FOLLOWUP_IMAP_SECURITY": security, "FOLLOWUP_IMAP_USER": self.user,
                "FOLLOWUP_IMAP_PASSWORD": self.password}

    def client(self) -> imaplib.IMAP4:
        conn = imaplib.IMAP4(LOOPBACK, self.port, timeout=10)
        conn.login(self.user, self.password)
        return conn

    def deliver(self, raw: bytes, when: datetime) -> None:
        """Put a message in the INBOX, arrived at `when` (IMAP APPEND, unread)."""
        conn = self.client()
        try:
            typ, _ = conn.append("INBOX", "", imaplib.Time2Internaldate(when),
                                 raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
            assert typ == "OK"
        finally:
            conn.logout()

    def flags(self) -> list[str]:
        """Every message's flags, as a client that SELECTs the folder sees them."""
        conn = self.client()
        try:
            conn.select("INBOX")
            _, data = conn.fetch("1:*", "(FLAGS)")
            return [d.decode() for d in data if isinstance(d, bytes)]
        finally:
            conn.logout()

    def log(self) -> str:
        path = self.root / "dovecot.log"
        return path.read_text(errors="replace") if path.exists() else ""


def _mail_owner() -> tuple[int, int, str]:
    if os.getuid() != 0:
        me = pwd.getpwuid(os.getuid())
        return me.pw_uid, me.pw_gid, me.pw_name
    for name in ("nobody", "dovecot"):  # dovecot refuses to serve mail as root
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return entry.pw_uid, entry.pw_gid, name
    pytest.skip("no unprivileged user to own the test mailbox")
    raise AssertionError


@contextlib.contextmanager
def dovecot_server(tls: bool = False) -> Iterator[Dovecot]:
    binary = dovecot_binary()
    root = Path(tempfile.mkdtemp(prefix="followup-dovecot-"))
    root.chmod(0o755)  # the mail user must reach its maildir
    process = None
    try:
        uid, gid, user = _mail_owner()
        (root / "mail").mkdir()
        (root / "state").mkdir()
        os.chown(root / "mail", uid, gid)
        (root / "passwd").write_text("alex:{PLAIN}imap-secret\n")
        cert = key = None
        if tls:
            cert, key = make_certificate(root)
        users = "" if os.getuid() == 0 else (
            f"default_login_user = {user}\ndefault_internal_user = {user}")
        port = free_port()
        (root / "dovecot.conf").write_text(CONFIG.format(
            root=root, port=port, uid=uid, gid=gid, users=users, ssl="yes" if tls else "no",
            ssl_files=f"ssl_cert = <{cert}\nssl_key = <{key}" if tls else ""))
        process = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")],
                                   stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                                   start_new_session=True)
        deadline = time.monotonic() + 15
        while True:
            with contextlib.suppress(OSError), socket.create_connection(
                    (LOOPBACK, port), timeout=1) as probe:
                if probe.recv(100).startswith(b"* OK"):
                    break
            if process.poll() is not None or time.monotonic() > deadline:
                out = process.stdout.read().decode(errors="replace") if process.stdout else ""
                log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() \
                    else ""
                pytest.skip(f"dovecot did not start: {out} {log}".strip())
            time.sleep(0.05)
        yield Dovecot(root, port, process, cert)
    finally:
        if process is not None:
            # the master and every process it started, at once: a throwaway server
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=10)
        if process is not None and process.stdout:
            process.stdout.close()
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def dovecot(monkeypatch: pytest.MonkeyPatch) -> Iterator[Dovecot]:
    with dovecot_server() as server:
        for name, value in server.env().items():
            monkeypatch.setenv(name, value)
        yield server


# -- checks of the servers themselves --------------------------------------------------------


def test_the_smtp_server_takes_a_message() -> None:
    import smtplib

    with smtp_server() as server, smtplib.SMTP(LOOPBACK, server.port, timeout=10) as client:
        client.sendmail("a@example.com", ["b@example.com"], b"Subject: hi\r\n\r\nhello\r\n")
    assert server.received[0]["Subject"] == "hi"


def test_dovecot_serves_a_throwaway_mailbox() -> None:
    with dovecot_server() as server:
        server.deliver(b"From: a@example.com\r\nSubject: hi\r\n\r\nhello\r\n", datetime.now(UTC))
        assert server.flags() == ["1 (FLAGS (\\Recent))"]
