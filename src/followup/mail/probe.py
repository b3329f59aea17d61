"""Trying the mail settings: log in to the outgoing and the incoming server and leave at once,
sending nothing and changing nothing (the dashboard's connection test)."""

from __future__ import annotations

from followup.mail import MailError
from followup.mail.config import Server, tls_context

TIMEOUT_S = 15.0


def smtp(srv: Server, password: str | None) -> str:
    """Connect, secure the line as set, log in, and say goodbye: what the server said."""
    import smtplib
    import ssl

    try:
        if srv.security == "ssl":
            client: smtplib.SMTP = smtplib.SMTP_SSL(srv.host, srv.port, timeout=TIMEOUT_S,
                                                    context=tls_context())
        else:
            client = smtplib.SMTP(srv.host, srv.port, timeout=TIMEOUT_S)
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(f"cannot reach the outgoing server {srv.host}:{srv.port}: {exc}"
                        ) from None
    try:
        client.ehlo()
        if srv.security == "starttls":
            client.starttls(context=tls_context())
            client.ehlo()
        if srv.user is not None:
            client.login(srv.user, password or "")
    except smtplib.SMTPAuthenticationError as exc:
        raise MailError(f"the outgoing server {srv.host} refused the login for {srv.user}: "
                        f"{exc.smtp_code}") from None
    except smtplib.SMTPNotSupportedError as exc:
        raise MailError(f"the outgoing server {srv.host}:{srv.port} does not offer that: "
                        f"{exc}; choose another kind of security") from None
    except ssl.SSLError as exc:
        raise MailError(f"no secure connection to {srv.host}:{srv.port}: {exc}") from None
    except (OSError, smtplib.SMTPException) as exc:
        raise MailError(f"the outgoing server {srv.host}:{srv.port} failed: {exc}") from None
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()
    who = f" as {srv.user}" if srv.user else ""
    return f"the outgoing server {srv.host} answered{who}"


def imap(srv: Server, password: str | None, folder: str) -> str:
    """Log in and look the folder up, read-only: what was found."""
    from followup.mail.imap import session

    with session(srv, password, f"looking for the folder {folder}") as client:
        if not client.folder_exists(folder):
            raise MailError(f"the mail server {srv.host} has no folder named {folder}")
    return f"the mail server {srv.host} let {srv.user} in and has the folder {folder}"
