"""One SMTP transaction, driven step by step so the caller can record its claim between RCPT
and DATA: whatever fails before DATA certainly sent nothing; a connection lost during DATA
may have delivered the message, and the caller's record says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from email.message import EmailMessage
from email.policy import SMTP
from typing import TYPE_CHECKING

from followup.mail import MailError
from followup.mail.config import Server, tls_context

if TYPE_CHECKING:
    import smtplib

TIMEOUT_S = 30.0


class NotSent(MailError):
    """Nothing went out: the server was unreachable, refused the login, a sender or a
    recipient, or refused the message itself."""

    def __init__(self, message: str, *, refused_data: bool = False) -> None:
        super().__init__(message)
        self.refused_data = refused_data


class MaybeSent(MailError):
    """The connection broke while the message was being handed over: it may have arrived."""


def quoted_printable(msg: EmailMessage) -> EmailMessage:
    """A plain-text message that any server accepts, 8BITMIME or not."""
    body = msg.get_content()
    if isinstance(body, str) and not body.isascii():
        msg.set_content(body, cte="quoted-printable")
    return msg


def _text(value: bytes | str) -> str:
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _check(reply: tuple[int, bytes], ok: tuple[int, ...], what: str) -> None:
    code, text = reply
    if code not in ok:
        raise NotSent(f"the server refused {what}: {code} {text.decode(errors='replace')}")


def session(srv: Server, password: str | None) -> smtplib.SMTP:
    """A connection to `srv`, secured as set and logged in; any failure is NotSent (nothing
    can have gone out yet) and leaves no connection open."""
    import smtplib

    try:
        if srv.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(srv.host, srv.port, timeout=TIMEOUT_S,
                                                    context=tls_context())
        else:
            client = smtplib.SMTP(srv.host, srv.port, timeout=TIMEOUT_S)
    except (OSError, smtplib.SMTPException) as exc:
        raise NotSent(f"cannot reach the mail server {srv.host}:{srv.port}: {exc}") from None
    try:
        client.ehlo()
        if srv.security == "starttls":
            client.starttls(context=tls_context())
            client.ehlo()
        if srv.user is not None:
            client.login(srv.user, password or "")
    except Exception as exc:
        goodbye(client)
        _refused(exc, srv)
        raise
    return client


def _refused(exc: Exception, srv: Server) -> None:
    """The one line for what went wrong before the message was handed over."""
    import smtplib
    import ssl

    if isinstance(exc, smtplib.SMTPAuthenticationError):
        raise NotSent(f"the server {srv.host} refused the login for {srv.user}: "
                      f"{exc.smtp_code} {_text(exc.smtp_error)}") from None
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        raise NotSent(f"{srv.host}:{srv.port}: {exc}; check smtp_security") from None
    if isinstance(exc, ssl.SSLError):
        raise NotSent(f"no secure connection to {srv.host}:{srv.port}: {exc}") from None
    if isinstance(exc, OSError | smtplib.SMTPException):
        raise NotSent(f"the mail server {srv.host}:{srv.port} failed: {exc}") from None


def goodbye(client: smtplib.SMTP) -> None:
    import smtplib

    try:
        client.quit()
    except (OSError, smtplib.SMTPException):
        client.close()  # a failed goodbye changes nothing that happened before it


def deliver(srv: Server, password: str | None, msg: EmailMessage, sender: str,
            recipients: Sequence[str], before_data: Callable[[], None]) -> str:
    """Send `msg`; `before_data` runs (and commits its record) right before DATA, and may
    raise to leave without sending. Returns the server's answer to the message."""
    import smtplib

    data = quoted_printable(msg).as_bytes(policy=SMTP)
    client = session(srv, password)
    try:
        try:
            _check(client.mail(sender), (250,), f"the sender {sender}")
            for rcpt in recipients:
                _check(client.rcpt(rcpt), (250, 251), f"the recipient {rcpt}")
        except (OSError, smtplib.SMTPException) as exc:
            _refused(exc, srv)
            raise
        before_data()
        try:
            code, answer = client.data(data)
        except smtplib.SMTPDataError as exc:
            raise NotSent(f"the server refused the message: {exc.smtp_code} "
                          f"{_text(exc.smtp_error)}", refused_data=True
                          ) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise MaybeSent(f"the connection to {srv.host} broke while the message was being "
                            f"handed over ({exc})") from None
        if code != 250:
            raise NotSent(f"the server refused the message: {code} {_text(answer)}",
                          refused_data=True)
        return f"{code} {_text(answer)}"
    finally:
        goodbye(client)
