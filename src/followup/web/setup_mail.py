"""The mail page: the outgoing and incoming servers, their passwords (kept in the system
keyring, as the command line keeps them), a connection test, and "Check my inbox now", which
reads the inbox as the command line does and shows what it proposes."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from followup.core.errors import FollowupError
from followup.web.forms import plain
from followup.web.posts import Form
from followup.web.runtime import runtime, session

router = APIRouter(include_in_schema=False)
SECURITY = {"smtp": (("starttls", "Secured after connecting (STARTTLS), usually port 587"),
                     ("ssl", "Secured from the start (SSL/TLS), usually port 465"),
                     ("none", "Not secured: only for a server on this machine")),
            "imap": (("ssl", "Secured from the start (SSL/TLS), usually port 993"),
                     ("starttls", "Secured after connecting (STARTTLS), usually port 143"),
                     ("none", "Not secured: only for a server on this machine"))}


def _page(request: Request, values: dict[str, Any], status: int = 200,
          tried: list[Any] | None = None) -> Response:
    from followup.mail.setup import FIELDS

    return runtime(request).render(
        request, "settings_mail.html", status=status, security=SECURITY, tried=tried,
        values={k: values.get(k) or "" for k in FIELDS})


@router.get("/settings/mail", response_class=HTMLResponse)
def mail_page(request: Request) -> Response:
    from followup.mail.setup import current

    return _page(request, current())


@router.post("/settings/mail")
def save_mail(request: Request, data: Form) -> Response:
    """Saved to the config file the command line reads; passwords to the system keyring."""
    from followup.mail import setup

    passwords = {k: str(data.get(f"{k}_password") or "") for k in setup.KINDS}
    try:
        kept = setup.save({k: str(data.get(k) or "") for k in setup.FIELDS}, passwords)
    except FollowupError as exc:
        session(request).say("error", plain(exc.message))
        return _page(request, data, status=400)
    also = f"; {' and '.join(kept)} {'is' if len(kept) == 1 else 'are'} kept in your " \
        "system keyring" if kept else ""
    session(request).say("ok", f"Mail settings saved{also}.")
    return RedirectResponse("/settings/mail", status_code=303)


@router.post("/settings/mail/test", response_class=HTMLResponse)
def test_mail(request: Request) -> Response:
    """Log in to each server and leave: nothing is sent, nothing in the mailbox changes."""
    from followup.mail import setup

    values = setup.current()
    try:
        tried = setup.test(values)
    except FollowupError as exc:
        session(request).say("error", plain(exc.message))
        return _page(request, values, status=400)
    return _page(request, values, tried=[(t.kind, t.ok, plain(t.said)) for t in tried])


@router.post("/inbox/check")
def check_inbox(request: Request) -> Response:
    """Read new mail now (read-only), as the command line does: replies are logged, and what
    it is unsure of waits on the inbox page with what each message proposes."""
    from followup.mail.reading import read_inbox
    from followup.mail.setup import current

    rt = runtime(request)
    try:
        report = read_inbox(rt.store(), current(), rt.now(), rt.config.tz)
    except FollowupError as exc:
        session(request).say("error", plain(exc.message))
        return RedirectResponse("/inbox", status_code=303)
    read = f"Read {report.read} new message{'' if report.read == 1 else 's'}"
    waiting = len(report.unsure) + len(report.proposals)
    said = f"{read}; {len(report.replies)} logged as replies, so their follow-ups stop (F12)" \
        if report.replies else f"{read}; none is certainly a reply from an employer"
    if waiting:
        said += f"; {waiting} wait{'s' if waiting == 1 else ''} for you below"
    session(request).say("ok", said + ".")
    if report.replies:  # each reply is one change: Undo takes back the newest
        session(request).say("undo", f"Reply from {report.replies[-1]['from']} logged")
    return RedirectResponse("/inbox", status_code=303)
