"""The forms a draft comes in: plain text, a JSON document, an unsent .eml, a mailto: URL.

Header values pass through `one_line`, and addresses through the email package's own
`Address`, so no name or subject can ever add a header. The body is never interpreted: text
that looks like HTML stays text.
"""

from __future__ import annotations

from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import default
from email.utils import format_datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from followup.core.profile import one_line

if TYPE_CHECKING:
    from collections.abc import Sequence

    from followup.messages.drafts import Draft
    from followup.messages.tone import Finding


def _address(name: str | None, email: str | None) -> str:
    clean = one_line(name or "")
    if not email:
        return clean
    return f"{clean} <{email}>" if clean else email


def plain(d: Draft) -> str:
    """What goes to stdout: To and Subject lines for a message to send, then the text."""
    head = []
    if d.sent_by_email:
        if d.to_name or d.to_email:
            head.append(f"To: {_address(d.to_name, d.to_email)}")
        if d.subject:
            head.append(f"Subject: {one_line(d.subject)}")
    return ("\n".join(head) + "\n\n" if head else "") + d.body


def as_json(d: Draft) -> dict[str, Any]:
    return {
        "step_id": d.step_id,
        "application_id": d.application_id,
        "template": d.template,
        "phrasing": d.variant + 1,
        "channel": d.channel,
        "to": {"name": d.to_name, "email": d.to_email} if d.to_name or d.to_email else None,
        "from": {"name": d.from_name, "email": d.from_email},
        "subject": d.subject,
        "title": d.title,
        "body": d.body,
        "warnings": [{"rule": f.rule, "phrase": f.phrase, "text": f.suggestion}
                     for f in d.findings]
        + [{"rule": n.rule, "phrase": None, "text": n.text} for n in d.notices],
        "notes": d.notes,
    }


def check_json(findings: Sequence[Finding]) -> dict[str, Any]:
    """`check --json`: whether the text is clean, and what was found (M5, T5, M1, M2, M4)."""
    return {"clean": not findings, "findings": [
        {"rule": f.rule, "phrase": f.phrase, "category": f.category,
         "suggestion": f.suggestion} for f in findings]}


def _mail_address(name: str | None, email: str) -> Address:
    user, _, domain = email.rpartition("@")
    return Address(display_name=one_line(name or ""), username=user, domain=domain)


def eml(d: Draft, now: datetime) -> bytes:
    """An RFC 5322 message marked X-Unsent: mail programs open it as a draft to send."""
    msg = EmailMessage(policy=default)
    msg["X-Unsent"] = "1"
    if d.from_email:
        msg["From"] = _mail_address(d.from_name, d.from_email)
    to_name, to_email = (d.to_name, d.to_email) if d.sent_by_email else (
        d.from_name, d.from_email)
    if to_email:
        msg["To"] = _mail_address(to_name, to_email)
    msg["Subject"] = one_line(d.subject or d.title)
    msg["Date"] = format_datetime(now)
    msg.set_content(d.body)
    return msg.as_bytes(policy=default.clone(linesep="\r\n"))


def mailto(d: Draft) -> str:
    """A mailto: URL (RFC 6068) that opens the draft in the user's mail program."""
    to_email = d.to_email if d.sent_by_email else d.from_email
    target = quote(to_email, safe="@") if to_email else ""
    subject = quote(one_line(d.subject or d.title), safe="")
    body = quote(d.body.replace("\r\n", "\n").replace("\n", "\r\n"), safe="")
    return f"mailto:{target}?subject={subject}&body={body}"
