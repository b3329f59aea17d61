"""Trying the mail settings: log in to the outgoing and the incoming server and leave at once,
sending nothing and changing nothing (the dashboard's connection test)."""

from __future__ import annotations

from followup.mail import MailError
from followup.mail.config import Server


def smtp(srv: Server, password: str | None) -> str:
    """Connect, secure the line as set, log in, and say goodbye: what the server said."""
    from followup.mail.smtp import goodbye, session

    goodbye(session(srv, password))
    who = f" as {srv.user}" if srv.user else ""
    return f"the outgoing server {srv.host} let you in{who}"


def imap(srv: Server, password: str | None, folder: str) -> str:
    """Log in and look the folder up, read-only: what was found."""
    from followup.mail.imap import session

    with session(srv, password, f"looking for the folder {folder}") as client:
        if not client.folder_exists(folder):
            raise MailError(f"the mail server {srv.host} has no folder named {folder}")
    return f"the mail server {srv.host} let {srv.user} in and has the folder {folder}"
